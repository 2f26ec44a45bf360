"""The session editor: every field of one session, with the framework's indicators.

* Each indicator shows its label, a "?" that reveals its help text (also the tooltip and
  the accessible description of its input), and a combo whose items are the scale's steps
  with their labels ("1 – Ingen tegn"), plus "Not rated".
* Keyboard only: the tab order follows the form; Ctrl+S saves, Escape cancels; a combo
  takes the step's number as a key.
* Inline validation: problems are shown under the field they concern, from the
  ``ValidationError`` problems' field names (``start``, ``duration_minutes``,
  ``ratings.<indicator>``, ``self_rating``, ``notes``, ``follow_up``), both while typing
  (a dry run of the domain checks) and when saving.
* Drafts: what is typed is saved (encrypted, in the vault) about a second after the last
  change under ``session:<course id>:<session id or "new">``, restored when the editor opens
  again, and discarded on save or cancel. ``save_draft()`` saves at once (before a lock).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain import framework as fw
from vink_desktop.domain.model import ContactKind, Session
from vink_desktop.domain.validation import (
    MAX_SESSION_MINUTES,
    Problem,
    ValidationError,
    check_session,
    local_time,
)
from vink_desktop.services import courses as course_service
from vink_desktop.services import participants as participant_service
from vink_desktop.services import sessions as session_service
from vink_desktop.services.context import COPENHAGEN, Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.error_text import describe_error, problem_text

#: How long after the last keystroke a draft is written.
DRAFT_DELAY_MS = 1000

_ERROR_STYLE = "color: #a40000; font-weight: bold;"


def draft_key(course_id: str, session_id: str | None) -> str:
    return f"session:{course_id}:{session_id or 'new'}"


class _WheelGuard(QObject):
    """Scrolling the form must not change a combo or spin box the pointer passes over: the
    wheel scrolls the form unless the field has the focus."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            QCoreApplication.sendEvent(self._scroll.verticalScrollBar(), event)
            return True
        return False


class SessionEditor(QWidget):
    """Record a new session (``session_id=None``) or change one."""

    #: The id of the session that was saved.
    saved = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        ctx: Context,
        course_id: str,
        session_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionEditor")
        self._ctx = ctx
        self._course = course_service.get_course(ctx, course_id)
        self._session: Session | None = (
            session_service.get_session(ctx, session_id) if session_id else None
        )
        framework_key = (
            (self._session.framework_id, self._session.framework_version)
            if self._session
            else (self._course.framework_id, self._course.framework_version)
        )
        self._framework = ctx.frameworks.get(*framework_key)
        self._track = self._framework.track(self._course.track.value)
        self._participant = participant_service.get_participant(ctx, self._course.participant_id)
        self._language = words.ui_language()
        self._loading = True
        self._dirty = False
        self._errors: dict[str, QLabel] = {}
        self._ratings: dict[str, QComboBox] = {}
        self._timer = QTimer(self)
        self._timer.setObjectName("draftTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self._on_timer)
        self._build()
        self._fill_from_session()
        self.restored_draft = self._restore_draft()
        self._loading = False
        self._live_check()

    # -- public ---------------------------------------------------------------------------

    @property
    def course_id(self) -> str:
        return self._course.id

    @property
    def session_id(self) -> str | None:
        return None if self._session is None else self._session.id

    def draft_key(self) -> str:
        return draft_key(self._course.id, self.session_id)

    def is_dirty(self) -> bool:
        return self._dirty

    def save_draft(self) -> None:
        """Write what is typed to the encrypted draft now (before a lock, on close)."""
        self._timer.stop()
        if not self._dirty or not self._ctx.vault.is_open:
            return
        session_service.save_draft(self._ctx, self.draft_key(), self.payload())
        self._dirty = False
        now = self._ctx.clock.now().astimezone(COPENHAGEN)
        self._draft_status.setText(self.tr("Draft saved {time}").format(time=f"{now:%H:%M}"))

    def discard_draft(self) -> None:
        self._timer.stop()
        self._dirty = False
        session_service.discard_draft(self._ctx, self.draft_key())

    def payload(self) -> dict[str, Any]:
        """The form as plain data (what a draft holds)."""
        return {
            "date": self._date.date().toString(Qt.DateFormat.ISODate),
            "time": self._time.time().toString("HH:mm"),
            "duration_minutes": self._duration.value(),
            "contact_kind": self._contact_kind.currentData(),
            "notes": self._notes.toPlainText(),
            "follow_up": self._follow_up.toPlainText(),
            "acute_concern": self._acute.isChecked(),
            "self_rating": self._self_rating.currentData(),
            "ratings": {
                indicator_id: combo.currentData()
                for indicator_id, combo in self._ratings.items()
                if combo.currentData() is not None
            },
        }

    def entry(self) -> session_service.SessionInput:
        data = self.payload()
        return session_service.SessionInput(
            start=self._wall_time(),
            duration_minutes=int(data["duration_minutes"]),
            contact_kind=ContactKind(data["contact_kind"]),
            notes=data["notes"],
            ratings=dict(data["ratings"]),
            self_rating=data["self_rating"],
            follow_up=data["follow_up"],
            acute_concern=bool(data["acute_concern"]),
        )

    def save(self) -> str | None:
        """Validate and store the session; returns its id, or None when there are problems."""
        self._clear_errors()
        try:
            entry = self.entry()
            if self._session is None:
                session = session_service.record_session(self._ctx, self._course.id, entry)
            else:
                session = session_service.update_session(self._ctx, self._session.id, entry)
        except ValidationError as error:
            self._show_problems(error.problems, focus=True)
            return None
        except (InvalidState, NotFound) as error:
            self._banner.setText(describe_error(error) or "")
            self._banner.show()
            return None
        self.discard_draft()
        self._session = session
        self.saved.emit(session.id)
        return session.id

    def cancel(self) -> None:
        self.discard_draft()
        self.cancelled.emit()

    # -- building the form ----------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel()
        title.setObjectName("sessionEditorTitle")
        heading = QFont(title.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        heading.setBold(True)
        title.setFont(heading)
        title.setWordWrap(True)
        code = self._participant.code
        track = words.track_label(self._course.track.value)
        if self._session is None:
            title.setText(self.tr("New session: {code} · {track}").format(code=code, track=track))
        else:
            title.setText(self.tr("Edit session: {code} · {track}").format(code=code, track=track))
        outer.addWidget(title)
        self._banner = QLabel()
        self._banner.setObjectName("sessionErrorBanner")
        self._banner.setWordWrap(True)
        self._banner.setStyleSheet(_ERROR_STYLE)
        self._banner.hide()
        outer.addWidget(self._banner)

        scroll = QScrollArea()
        scroll.setObjectName("sessionScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._wheel_guard = _WheelGuard(scroll)
        body = QWidget()
        self._body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self._focus_chain: list[QWidget] = []
        self._build_when()
        self._build_notes()
        for domain in self._track.domains:
            self._build_domain(domain)
        self._build_self_view()
        self._build_follow_up()
        self._body.addStretch(1)

        buttons = QHBoxLayout()
        self._draft_status = QLabel()
        self._draft_status.setObjectName("draftStatus")
        self._draft_status.setWordWrap(True)
        buttons.addWidget(self._draft_status, 1)
        self._cancel_button = QPushButton(self.tr("Cancel"))
        self._cancel_button.setObjectName("cancelSessionButton")
        self._cancel_button.setToolTip(self.tr("Close without saving; the draft is discarded"))
        self._cancel_button.clicked.connect(self.cancel)
        self._save_button = QPushButton(self.tr("Save session"))
        self._save_button.setObjectName("saveSessionButton")
        self._save_button.setDefault(True)
        self._save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self._save_button.clicked.connect(self.save)
        buttons.addWidget(self._cancel_button)
        buttons.addWidget(self._save_button)
        outer.addLayout(buttons)
        self._focus_chain += [self._save_button, self._cancel_button]
        for first, second in zip(self._focus_chain, self._focus_chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)
        cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel_shortcut.activated.connect(self.cancel)

    def _section(self, title: str, name: str) -> QFormLayout:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._body.addWidget(box)
        return form

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error:{field}")
        label.setWordWrap(True)
        label.setStyleSheet(_ERROR_STYLE)
        label.hide()
        self._errors[field] = label
        return label

    def _field(
        self, form: QFormLayout, text: str, widget: QWidget, field: str | None, accessible: str
    ) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        # Only long labels wrap: a wrapped label in a form row is measured too short.
        label.setWordWrap(len(text) > 40)
        widget.setAccessibleName(accessible)
        form.addRow(label, widget)
        if field is not None:
            form.addRow("", self._error_label(field))
        self._focus_chain.append(widget)
        widget.installEventFilter(self._wheel_guard)

    def _build_when(self) -> None:
        form = self._section(self.tr("When and how"), "sessionWhen")
        self._date = QDateEdit()
        self._date.setObjectName("sessionDate")
        self._date.setCalendarPopup(True)
        self._date.setDisplayFormat("dd.MM.yyyy" if self._language == "da" else "yyyy-MM-dd")
        self._date.dateChanged.connect(self._changed)
        self._field(form, self.tr("&Date"), self._date, None, self.tr("Date"))
        self._time = QTimeEdit()
        self._time.setObjectName("sessionTime")
        self._time.setDisplayFormat("HH:mm")
        self._time.timeChanged.connect(self._changed)
        self._field(form, self.tr("T&ime (Copenhagen)"), self._time, "start", self.tr("Time"))
        self._duration = QSpinBox()
        self._duration.setObjectName("sessionDuration")
        self._duration.setRange(0, MAX_SESSION_MINUTES * 2)
        self._duration.setSingleStep(5)
        self._duration.setSuffix(self.tr(" min"))
        self._duration.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self._duration.valueChanged.connect(self._changed)
        self._field(
            form, self.tr("D&uration"), self._duration, "duration_minutes", self.tr("Duration")
        )
        self._contact_kind = QComboBox()
        self._contact_kind.setObjectName("sessionContactKind")
        for kind in ContactKind:
            self._contact_kind.addItem(words.contact_kind_label(kind.value), kind.value)
        self._contact_kind.currentIndexChanged.connect(self._changed)
        self._field(
            form,
            self.tr("&Kind of contact"),
            self._contact_kind,
            "contact_kind",
            self.tr("Kind of contact"),
        )

    def _build_notes(self) -> None:
        form = self._section(self.tr("Notes"), "sessionNotesBox")
        self._notes = self._text_edit("sessionNotes")
        self._field(form, self.tr("&Notes"), self._notes, "notes", self.tr("Notes"))

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(lines * 4)
        edit.setMaximumHeight(lines * 9)
        edit.textChanged.connect(self._changed)
        return edit

    def _build_domain(self, domain: fw.Domain) -> None:
        box = QGroupBox(words.text(domain.label, self._language))
        box.setObjectName(f"domain:{domain.id}")
        layout = QVBoxLayout(box)
        coverage = QLabel(
            self.tr("Rate at least {required} of {count} for the domain to count.").format(
                required=domain.min_rated, count=len(domain.indicators)
            )
        )
        coverage.setWordWrap(True)
        coverage.setObjectName(f"coverage:{domain.id}")
        layout.addWidget(coverage)
        for indicator in domain.indicators:
            layout.addWidget(self._indicator_row(indicator))
        self._body.addWidget(box)

    def _indicator_row(self, indicator: fw.Indicator) -> QWidget:
        row = QFrame()
        row.setObjectName(f"indicator:{indicator.id}")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 4)
        label_text = words.text(indicator.label, self._language)
        help_text = words.text(indicator.help, self._language)
        top = QHBoxLayout()
        label = QLabel(label_text)
        label.setWordWrap(True)
        label_font = QFont(label.font())
        label_font.setBold(True)
        label.setFont(label_font)
        top.addWidget(label, 1)
        help_button = QToolButton()
        help_button.setObjectName(f"help:{indicator.id}")
        help_button.setText("?")
        help_button.setCheckable(True)
        help_button.setToolTip(self.tr("Show or hide the help text"))
        help_button.setAccessibleName(self.tr("Help: {label}").format(label=label_text))
        top.addWidget(help_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        help_label = QLabel(help_text)
        help_label.setObjectName(f"helpText:{indicator.id}")
        help_label.setWordWrap(True)
        help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        help_label.setStyleSheet("color: #303030; font-style: italic;")
        help_label.hide()
        help_button.toggled.connect(help_label.setVisible)
        layout.addWidget(help_label)
        combo = QComboBox()
        combo.setObjectName(f"rating:{indicator.id}")
        combo.addItem(self.tr("Not rated"), None)
        for step in indicator.scale.steps:
            combo.addItem(f"{step.value} – {words.text(step.label, self._language)}", step.value)
        combo.setToolTip(help_text)
        combo.setAccessibleName(label_text)
        combo.setAccessibleDescription(help_text)
        combo.currentIndexChanged.connect(self._changed)
        combo.installEventFilter(self._wheel_guard)
        label.setBuddy(combo)
        layout.addWidget(combo)
        layout.addWidget(self._error_label(f"ratings.{indicator.id}"))
        self._ratings[indicator.id] = combo
        self._focus_chain += [combo, help_button]
        return row

    def _build_self_view(self) -> None:
        form = self._section(self.tr("The participant's own view"), "sessionSelfView")
        question = words.text(self._track.self_report_question, self._language)
        self._self_rating = QComboBox()
        self._self_rating.setObjectName("sessionSelfRating")
        self._self_rating.addItem(self.tr("Not asked"), None)
        for step in self._track.self_report_scale.steps:
            self._self_rating.addItem(
                f"{step.value} – {words.text(step.label, self._language)}", step.value
            )
        self._self_rating.setAccessibleDescription(question)
        self._self_rating.currentIndexChanged.connect(self._changed)
        asked = QLabel(question)
        asked.setObjectName("selfReportQuestion")
        asked.setWordWrap(True)
        form.addRow(asked)
        self._field(
            form, self.tr("&Own view"), self._self_rating, "self_rating", self.tr("Own view")
        )

    def _build_follow_up(self) -> None:
        form = self._section(self.tr("Follow-up"), "sessionFollowUpBox")
        self._follow_up = self._text_edit("sessionFollowUp")
        self._field(
            form, self.tr("&Follow-up agreed"), self._follow_up, "follow_up", self.tr("Follow-up")
        )
        self._acute = QCheckBox(self.tr("&Acute concern: act now under the acute procedure"))
        self._acute.setObjectName("sessionAcuteConcern")
        self._acute.setAccessibleName(self.tr("Acute concern"))
        self._acute.toggled.connect(self._changed)
        form.addRow(self._acute)
        self._focus_chain.append(self._acute)

    # -- filling --------------------------------------------------------------------------

    def _fill_from_session(self) -> None:
        session = self._session
        if session is None:
            now = self._ctx.clock.now().astimezone(COPENHAGEN)
            wall = now.replace(minute=now.minute - now.minute % 5, second=0, microsecond=0)
            self._set_wall(wall.replace(tzinfo=None))
            self._duration.setValue(60)
            return
        self.apply_payload(
            {
                "date": session.start.wall.date().isoformat(),
                "time": session.start.wall.strftime("%H:%M"),
                "duration_minutes": session.duration_minutes,
                "contact_kind": session.contact_kind.value,
                "notes": session.notes,
                "follow_up": session.follow_up,
                "acute_concern": session.acute_concern,
                "self_rating": session.self_rating,
                "ratings": dict(session.ratings),
            }
        )

    def apply_payload(self, data: dict[str, Any]) -> None:
        """Put plain data (a draft, a stored session) into the form."""
        if isinstance(data.get("date"), str):
            self._date.setDate(QDate.fromString(data["date"], Qt.DateFormat.ISODate))
        if isinstance(data.get("time"), str):
            self._time.setTime(QTime.fromString(data["time"], "HH:mm"))
        if isinstance(data.get("duration_minutes"), int):
            self._duration.setValue(data["duration_minutes"])
        _select(self._contact_kind, data.get("contact_kind"))
        self._notes.setPlainText(str(data.get("notes") or ""))
        self._follow_up.setPlainText(str(data.get("follow_up") or ""))
        self._acute.setChecked(bool(data.get("acute_concern")))
        _select(self._self_rating, data.get("self_rating"))
        ratings = data.get("ratings") or {}
        for indicator_id, combo in self._ratings.items():
            _select(combo, ratings.get(indicator_id) if isinstance(ratings, dict) else None)

    def _restore_draft(self) -> bool:
        draft = session_service.load_draft(self._ctx, self.draft_key())
        if draft is None:
            return False
        self.apply_payload(draft)
        self._draft_status.setText(self.tr("Unsaved draft restored"))
        return True

    def _set_wall(self, wall: datetime) -> None:
        self._date.setDate(QDate(wall.year, wall.month, wall.day))
        self._time.setTime(QTime(wall.hour, wall.minute))

    def _wall_time(self) -> datetime:
        qdate, qtime = self._date.date(), self._time.time()
        return datetime.combine(
            date(qdate.year(), qdate.month(), qdate.day()), time(qtime.hour(), qtime.minute())
        )

    # -- changes, drafts and live validation ----------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._draft_status.setText(self.tr("Changed; the draft is saved as you type"))
        self._timer.start()

    def _on_timer(self) -> None:
        if not self._ctx.vault.is_open:
            return
        self.save_draft()
        self._live_check()

    def _live_check(self) -> None:
        """Run the domain checks on the form as it is, without storing anything."""
        self._clear_errors()
        try:
            entry = self.entry()
            start = local_time(entry.start)
            draft = Session(
                id="draft",
                course_id=self._course.id,
                start=start,
                duration_minutes=entry.duration_minutes,
                contact_kind=entry.contact_kind,
                framework_id=self._framework.id,
                framework_version=self._framework.version,
                notes=entry.notes,
                ratings=entry.ratings,
                self_rating=entry.self_rating,
                follow_up=entry.follow_up,
                acute_concern=entry.acute_concern,
            )
            check_session(draft, self._course, self._framework)
        except ValidationError as error:
            self._show_problems(error.problems, focus=False)

    def _clear_errors(self) -> None:
        self._banner.hide()
        self._banner.clear()
        for label in self._errors.values():
            label.hide()
            label.clear()

    def _show_problems(self, problems: list[Problem], *, focus: bool) -> None:
        general: list[str] = []
        first: QLabel | None = None
        for problem in problems:
            label = self._errors.get(problem.field)
            sentence = problem_text(problem)
            if label is None:
                general.append(sentence)
                continue
            label.setText("⚠ " + sentence)
            label.show()
            first = first or label
        if general:
            self._banner.setText("\n".join(general))
            self._banner.show()
        if focus and first is not None:
            buddy = self._input_for(first.objectName().removeprefix("error:"))
            if buddy is not None:
                buddy.setFocus(Qt.FocusReason.OtherFocusReason)

    def _input_for(self, field: str) -> QWidget | None:
        if field.startswith("ratings."):
            return self._ratings.get(field.removeprefix("ratings."))
        return {
            "start": self._time,
            "duration_minutes": self._duration,
            "contact_kind": self._contact_kind,
            "notes": self._notes,
            "follow_up": self._follow_up,
            "self_rating": self._self_rating,
        }.get(field)

    def problem_fields(self) -> list[str]:
        """The fields that show a problem now (for tests and accessibility checks)."""
        return [field for field, label in self._errors.items() if label.isVisible() or label.text()]


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(0, index))
