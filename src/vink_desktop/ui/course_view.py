"""One course at a glance: who, status, the progress chart, what the change means,
progression as rated by the practitioner and as the participant reports it side by side,
off-track reasons, and the session timeline.

Opening a course goes through ``services.courses.show_course``, which writes the view to the
audit log; re-reading after the viewer's own change goes through
``services.course_view_data.refresh_detail``, which does not.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain import framework as fw
from vink_desktop.domain.model import CourseStatus
from vink_desktop.domain.progress import CourseProgress
from vink_desktop.services import course_view_data
from vink_desktop.services import courses as course_service
from vink_desktop.services.context import Context
from vink_desktop.services.courses import CourseDetail
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.course_list_model import off_track_icon
from vink_desktop.ui.error_text import describe_error
from vink_desktop.ui.progress_chart import ProgressChart
from vink_desktop.ui.session_timeline_model import SessionTimelineModel

ModelIndex = QModelIndex | QPersistentModelIndex


class CourseView(QWidget):
    """The course screen. Call :meth:`show_course` to open one (audited)."""

    new_session_requested = Signal(str)
    #: (course id, session id)
    edit_session_requested = Signal(str, str)
    close_course_requested = Signal(str)
    #: The course changed here (status); the list should refresh its row.
    course_changed = Signal(str)
    back_requested = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseView")
        self._ctx = ctx
        self._detail: CourseDetail | None = None
        self._track: fw.Track | None = None
        self._timeline_track: str | None = None
        self._build()
        self._show_detail(None)

    # -- public ---------------------------------------------------------------------------

    @property
    def course_id(self) -> str | None:
        return None if self._detail is None else self._detail.course.id

    def detail(self) -> CourseDetail | None:
        return self._detail

    def chart(self) -> ProgressChart:
        return self._chart

    def show_course(self, course_id: str) -> None:
        """Open a course: read it through the audited service and show it."""
        self._show_detail(course_service.show_course(self._ctx, course_id))

    def refresh(self) -> None:
        """Re-read the shown course after a change made here (no new audit entry)."""
        if self._detail is not None:
            self._show_detail(course_view_data.refresh_detail(self._ctx, self._detail.course.id))

    def clear(self) -> None:
        """Forget the course (on lock)."""
        self._show_detail(None)

    def set_context(self, ctx: Context) -> None:
        self._ctx = ctx

    def selected_session_id(self) -> str | None:
        rows = self._timeline.selectionModel().selectedRows()
        if rows:
            return self._timeline_model.session_id(rows[0].row())
        if self._timeline_model.rowCount() == 1:
            return self._timeline_model.session_id(0)
        return None

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self._back = QPushButton(self.tr("← All courses"))
        self._back.setObjectName("backToCoursesButton")
        self._back.setToolTip(self.tr("Back to the list of courses (Alt+Left)"))
        self._back.clicked.connect(self.back_requested)
        top.addWidget(self._back)
        self._title = QLabel()
        self._title.setObjectName("courseTitle")
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setWordWrap(True)
        top.addWidget(self._title, 1)
        outer.addLayout(top)
        back_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_shortcut.activated.connect(self.back_requested)

        buttons = QHBoxLayout()
        self._new_session = self._button(
            self.tr("&New session"), "newSessionButton", self._request_new_session
        )
        self._edit_session = self._button(
            self.tr("&Edit session"), "editSessionButton", self._request_edit_session
        )
        self._pause = self._button(self.tr("&Pause"), "pauseResumeButton", self._toggle_pause)
        self._close = self._button(
            self.tr("&Close course…"), "closeCourseButton", self._request_close
        )
        for button in (self._new_session, self._edit_session, self._pause, self._close):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self._message = QLabel()
        self._message.setObjectName("courseMessage")
        self._message.setWordWrap(True)
        self._message.setStyleSheet("color: #a40000; font-weight: bold;")
        self._message.hide()
        outer.addWidget(self._message)

        scroll = QScrollArea()
        scroll.setObjectName("courseScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        upper = QHBoxLayout()
        upper.addWidget(self._about_box(), 1)
        upper.addWidget(self._off_track_box(), 1)
        layout.addLayout(upper)
        layout.addWidget(self._progress_box())
        self._chart = ProgressChart()
        self._chart.setMinimumHeight(320)
        layout.addWidget(self._chart, 2)
        timeline_label = QLabel(self.tr("&Sessions"))
        timeline_label.setObjectName("timelineHeading")
        bold = QFont(timeline_label.font())
        bold.setBold(True)
        timeline_label.setFont(bold)
        layout.addWidget(timeline_label)
        self._timeline_model = SessionTimelineModel(self)
        self._timeline = QTableView()
        self._timeline.setObjectName("sessionTimeline")
        self._timeline.setModel(self._timeline_model)
        self._timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._timeline.verticalHeader().setVisible(False)
        header = self._timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._timeline.setAccessibleName(self.tr("Sessions"))
        self._timeline.setMinimumHeight(180)
        self._timeline.doubleClicked.connect(lambda _index: self._request_edit_session())
        self._timeline.activated.connect(lambda _index: self._request_edit_session())
        timeline_label.setBuddy(self._timeline)
        layout.addWidget(self._timeline, 1)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _value_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _about_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Course"))
        box.setObjectName("courseAbout")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._participant = self._value_label("courseParticipant")
        self._linked = self._value_label("courseLinked")
        self._status = self._value_label("courseStatus")
        self._dates = self._value_label("courseDates")
        self._worker = self._value_label("courseWorker")
        self._linked_label = QLabel(self.tr("Linked"))
        form.addRow(self.tr("Participant"), self._participant)
        form.addRow(self._linked_label, self._linked)
        form.addRow(self.tr("Status"), self._status)
        form.addRow(self.tr("Period"), self._dates)
        form.addRow(self.tr("Worker"), self._worker)
        return box

    def _off_track_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Off track?"))
        box.setObjectName("courseOffTrackBox")
        layout = QHBoxLayout(box)
        self._off_icon = QLabel()
        self._off_icon.setPixmap(off_track_icon().pixmap(32, 32))
        layout.addWidget(self._off_icon, 0, Qt.AlignmentFlag.AlignTop)
        self._off_track = self._value_label("courseOffTrack")
        self._off_track.setTextFormat(Qt.TextFormat.RichText)
        self._off_track.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._off_track, 1)
        return box

    def _progress_box(self) -> QWidget:
        box = QGroupBox(self.tr("Progress"))
        box.setObjectName("courseProgressBox")
        layout = QVBoxLayout(box)
        self._classification = self._value_label("courseClassification")
        layout.addWidget(self._classification)
        side = QHBoxLayout()
        practitioner = QGroupBox(self.tr("Practitioner-rated"))
        practitioner.setObjectName("practitionerProgress")
        form = QFormLayout(practitioner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._progression = self._value_label("courseProgression")
        self._scores = self._value_label("courseScores")
        self._domains = self._value_label("courseDomainChanges")
        form.addRow(self.tr("Progression"), self._progression)
        form.addRow(self.tr("Baseline → now"), self._scores)
        form.addRow(self.tr("Domains"), self._domains)
        participant = QGroupBox(self.tr("Participant-reported"))
        participant.setObjectName("participantProgress")
        form2 = QFormLayout(participant)
        form2.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._self_progression = self._value_label("courseSelfProgression")
        self._self_rating = self._value_label("courseSelfRating")
        self._self_cut = self._value_label("courseSelfCut")
        form2.addRow(self.tr("Progression"), self._self_progression)
        form2.addRow(self.tr("Latest own view"), self._self_rating)
        form2.addRow(self.tr("Counts from"), self._self_cut)
        side.addWidget(practitioner, 1)
        side.addWidget(participant, 1)
        layout.addLayout(side)
        return box

    # -- filling --------------------------------------------------------------------------

    def _show_detail(self, detail: CourseDetail | None) -> None:
        self._detail = detail
        self._message.hide()
        if detail is None:
            self._track = None
            self._title.setText("")
            for label in (
                self._participant,
                self._linked,
                self._status,
                self._dates,
                self._worker,
                self._off_track,
                self._classification,
                self._progression,
                self._scores,
                self._domains,
                self._self_progression,
                self._self_rating,
                self._self_cut,
            ):
                label.clear()
            self._off_icon.hide()
            self._chart.clear()
            self._timeline_model.set_rows(None, None)
            for button in (self._new_session, self._edit_session, self._pause, self._close):
                button.setEnabled(False)
            return
        course, person, progress = detail.course, detail.participant, detail.progress
        framework = self._ctx.frameworks.get(course.framework_id, course.framework_version)
        track = framework.track(course.track.value)
        self._track = track
        self._title.setText(
            self.tr("{code} · {track}").format(code=person.code, track=words.text(track.label))
        )
        about = [words.participant_kind_label(person.kind.value)]
        if person.birth_year:
            about.append(self.tr("born {year}").format(year=person.birth_year))
        if person.district:
            about.append(person.district)
        self._participant.setText(
            self.tr("{code} ({about})").format(code=person.code, about=", ".join(about))
        )
        if detail.linked:
            kinds = {p.kind.value for p in detail.linked}
            self._linked_label.setText(
                self.tr("Parents") if kinds == {"parent"} else self.tr("Young people")
            )
            self._linked.setText(", ".join(p.code for p in detail.linked))
        else:
            self._linked_label.setText(self.tr("Linked"))
            self._linked.setText(self.tr("None"))
        status = words.status_label(course.status.value)
        if course.status is CourseStatus.CLOSED and course.closing_reason is not None:
            status = self.tr("{status}: {reason}").format(
                status=status, reason=words.closing_reason_label(course.closing_reason.value)
            )
        self._status.setText(status)
        self._dates.setText(
            self.tr("{start} – {end}").format(
                start=words.day(course.start),
                end=words.day(course.end) if course.end else self.tr("ongoing"),
            )
        )
        self._worker.setText(detail.worker.name if detail.worker else "–")
        self._fill_progress(progress, track)
        self._chart.set_progress(progress, track)
        self._timeline_model.set_rows(detail, track)
        if self._timeline_track != track.id:
            # Fit the columns once per track (resizing on every refresh costs a data() call
            # per cell and role).
            self._timeline.resizeColumnsToContents()
            self._timeline_track = track.id
        closed = course.status is CourseStatus.CLOSED
        self._new_session.setEnabled(not closed)
        self._edit_session.setEnabled(bool(detail.sessions))
        self._pause.setEnabled(not closed)
        self._close.setEnabled(not closed)
        paused = course.status is CourseStatus.PAUSED
        self._pause.setText(self.tr("&Resume") if paused else self.tr("&Pause"))

    def _fill_progress(self, progress: CourseProgress, track: fw.Track) -> None:
        overall = progress.overall
        if overall is None:
            count = progress.complete_assessments
            self._classification.setText(
                self.tr(
                    "Not yet assessable: {count} complete assessment(s); two are needed to"
                    " judge change."
                ).format(count=count)
            )
        else:
            self._classification.setText(
                self.tr("Course score {change} points since the baseline: {klass}").format(
                    change=words.number(overall.change, signed=True),
                    klass=words.change_class_label(overall.change_class.value),
                )
            )
        self._progression.setText(words.judged(progress.progression))
        baseline = progress.baseline.overall if progress.baseline else None
        current = progress.current.overall if progress.current else None
        self._scores.setText(
            self.tr("{baseline} → {current} (threshold more than {threshold} points)").format(
                baseline=words.number(baseline),
                current=words.number(current),
                threshold=words.number(track.progression.min_overall_change, 0),
            )
        )
        labels = {domain.id: words.text(domain.label) for domain in track.domains}
        lines = [
            self.tr("{domain}: {change} ({klass})").format(
                domain=labels.get(change.domain_id or "", change.domain_id or ""),
                change=words.number(change.change, signed=True),
                klass=words.change_class_label(change.change_class.value),
            )
            for change in progress.domains
        ]
        self._domains.setText("\n".join(lines) if lines else "–")
        self._self_progression.setText(words.judged(progress.self_reported_progression))
        scale = track.self_report_scale
        if progress.self_rating is None:
            self._self_rating.setText(self.tr("Not asked yet"))
        else:
            label = words.text(scale.label(progress.self_rating))
            self._self_rating.setText(f"{progress.self_rating} – {label}")
        self._self_cut.setText(
            f"{track.self_report_cut} – {words.text(scale.label(track.self_report_cut))}"
        )
        self._self_cut.setToolTip(words.text(track.self_report_question))
        if progress.off_track:
            items = "".join(
                f"<li>{words.off_track_reason(_signal_dict(signal))}</li>"
                for signal in progress.off_track
            )
            self._off_track.setText(
                "<b>{}</b><ul style='margin-left:-20px; -qt-list-indent:1'>{}</ul>".format(
                    self.tr("Needs attention:"), items
                )
            )
            self._off_icon.show()
        else:
            self._off_track.setText(self.tr("No off-track signals."))
            self._off_icon.hide()

    # -- actions --------------------------------------------------------------------------

    def _request_new_session(self) -> None:
        if self._detail is not None:
            self.new_session_requested.emit(self._detail.course.id)

    def _request_edit_session(self) -> None:
        session_id = self.selected_session_id()
        if self._detail is not None and session_id is not None:
            self.edit_session_requested.emit(self._detail.course.id, session_id)

    def _request_close(self) -> None:
        if self._detail is not None:
            self.close_course_requested.emit(self._detail.course.id)

    def _toggle_pause(self) -> None:
        if self._detail is None:
            return
        course = self._detail.course
        target = (
            CourseStatus.ACTIVE if course.status is CourseStatus.PAUSED else CourseStatus.PAUSED
        )
        try:
            course_service.set_status(self._ctx, course.id, target)
        except (InvalidState, NotFound) as error:
            self._message.setText(describe_error(error) or "")
            self._message.show()
            return
        self.refresh()
        self.course_changed.emit(course.id)


def _signal_dict(signal: Any) -> dict[str, Any]:
    """An ``OffTrackSignal`` as the plain dict the phrasing takes."""
    return {
        "code": signal.code.value,
        "sessions": signal.sessions,
        "weeks": signal.weeks,
        "threshold": signal.threshold,
        "points": signal.points,
        "on": signal.on,
    }
