"""Open a course for a participant; close a course with an end date, a reason and a final
evaluation. Both call the services and show problems next to the field they concern.

Both keep what is typed across the idle lock as an encrypted draft (each is a
:class:`~vink_desktop.ui.dialog_host.DraftDialog`), under a key naming the dialog and its
subject: :func:`open_course_draft_key` (the participant it was opened for, if any) and
:func:`close_course_draft_key` (the course).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain.model import TRACK_FOR_KIND, ClosingReason, Course, ParticipantKind
from vink_desktop.domain.validation import ValidationError
from vink_desktop.services import courses as course_service
from vink_desktop.services import participants as participant_service
from vink_desktop.services.context import Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.error_text import describe_error, problem_text

_ERROR_STYLE = "color: #a40000; font-weight: bold;"

OPEN_COURSE_DRAFT_PREFIX = "course:open:"
CLOSE_COURSE_DRAFT_PREFIX = "course:close:"
#: The subject of an open-course dialog opened without a participant.
_NO_PARTICIPANT = "new"


def open_course_draft_key(participant_id: str | None) -> str:
    return OPEN_COURSE_DRAFT_PREFIX + (participant_id or _NO_PARTICIPANT)


def open_course_subject(key: str) -> str | None:
    """The participant an open-course draft key names (None: opened without one)."""
    subject = key.removeprefix(OPEN_COURSE_DRAFT_PREFIX)
    return None if subject == _NO_PARTICIPANT else subject


def close_course_draft_key(course_id: str) -> str:
    return CLOSE_COURSE_DRAFT_PREFIX + course_id


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _ServiceDialog(QDialog):
    """Shared parts: a form with an error label under each field, a banner, OK/Cancel."""

    def __init__(self, ctx: Context, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._errors: dict[str, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.addLayout(self.form)

    def _finish(self, ok_text: str, ok_name: str) -> None:
        self.notice = QLabel()
        self.notice.setObjectName(f"{self.objectName()}Notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._layout.addWidget(self.notice)
        self.banner = QLabel()
        self.banner.setObjectName(f"{self.objectName()}ErrorBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_ERROR_STYLE)
        self.banner.hide()
        self._layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setObjectName(ok_name)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)

    def _add(self, text: str, widget: QWidget, field: str | None, accessible: str) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        # Only long labels wrap: a wrapped label in a form row is measured too short.
        label.setWordWrap(len(text) > 40)
        widget.setAccessibleName(accessible)
        self.form.addRow(label, widget)
        if field is not None:
            error = QLabel()
            error.setObjectName(f"error:{field}")
            error.setWordWrap(True)
            error.setStyleSheet(_ERROR_STYLE)
            error.hide()
            self.form.addRow("", error)
            self._errors[field] = error

    def show_notice(self, text: str) -> None:
        """A plain message (not an error), e.g. that a draft was brought back."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.show()

    def _clear_errors(self) -> None:
        self.banner.hide()
        for label in self._errors.values():
            label.hide()

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            for problem in error.problems:
                label = self._errors.get(problem.field)
                if label is None:
                    self.banner.setText(problem_text(problem))
                    self.banner.show()
                else:
                    label.setText("⚠ " + problem_text(problem))
                    label.show()
            return
        self.banner.setText(describe_error(error) or str(error))
        self.banner.show()


class OpenCourseDialog(_ServiceDialog):
    """Pick a participant and a start date; the track follows from the participant's kind."""

    course_opened = Signal(str)

    def __init__(
        self, ctx: Context, participant_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("openCourseDialog")
        self.setWindowTitle(self.tr("New course"))
        self._opened_for = participant_id
        self.course: Course | None = None
        self.participant = QComboBox()
        self.participant.setObjectName("courseParticipant")
        self.participant.setEditable(True)
        self.participant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._kinds: dict[str, ParticipantKind] = {}
        for person in participant_service.list_participants(ctx):
            label = self.tr("{code} ({kind})").format(
                code=person.code, kind=words.participant_kind_label(person.kind.value)
            )
            self.participant.addItem(label, person.id)
            self._kinds[person.id] = person.kind
        completer = self.participant.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._add(self.tr("&Participant"), self.participant, "participant", self.tr("Participant"))
        self.track = QLabel()
        self.track.setObjectName("courseTrack")
        self._add(self.tr("Track"), self.track, "track", self.tr("Track"))
        self.start = QDateEdit()
        self.start.setObjectName("courseStartDate")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd.MM.yyyy" if words.ui_language() == "da" else "yyyy-MM-dd")
        self.start.setDate(_qdate(ctx.clock.today()))
        self._add(self.tr("&Start date"), self.start, "start", self.tr("Start date"))
        self._finish(self.tr("Open course"), "openCourseOk")
        self.participant.currentIndexChanged.connect(self._update_track)
        if participant_id is not None:
            self.set_participant(participant_id)
        else:
            self.participant.setCurrentIndex(-1 if self.participant.count() != 1 else 0)
        self._update_track()

    def set_participant(self, participant_id: str) -> None:
        index = self.participant.findData(participant_id)
        self.participant.setCurrentIndex(index)

    def draft_key(self) -> str:
        return open_course_draft_key(self._opened_for)

    def payload(self) -> dict[str, Any]:
        chosen = self.participant.currentIndex() >= 0
        return {
            "participant": str(self.participant.currentData()) if chosen else "",
            "start": _pydate(self.start.date()).isoformat(),
        }

    def apply_payload(self, payload: dict[str, Any]) -> None:
        participant = payload.get("participant")
        if participant:
            self.set_participant(str(participant))
        start = payload.get("start")
        if isinstance(start, str):
            self.start.setDate(_qdate(date.fromisoformat(start)))

    def _update_track(self) -> None:
        kind = self._kinds.get(str(self.participant.currentData()))
        self.track.setText("–" if kind is None else words.track_label(TRACK_FOR_KIND[kind].value))

    def accept(self) -> None:
        self._clear_errors()
        participant_id = self.participant.currentData()
        if participant_id is None or self.participant.currentIndex() < 0:
            label = self._errors["participant"]
            label.setText("⚠ " + self.tr("Choose a participant."))
            label.show()
            self.participant.setFocus()
            return
        try:
            self.course = course_service.open_course(
                self._ctx, str(participant_id), _pydate(self.start.date())
            )
        except (ValidationError, InvalidState, NotFound) as error:
            self._show_error(error)
            return
        super().accept()
        self.course_opened.emit(self.course.id)


class CloseCourseDialog(_ServiceDialog):
    """End date, closing reason and the worker's final evaluation."""

    course_closed = Signal(str)

    def __init__(self, ctx: Context, course_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("closeCourseDialog")
        self.setWindowTitle(self.tr("Close course"))
        self._course_id = course_id
        self.course: Course | None = None
        course = course_service.get_course(ctx, course_id)
        person = participant_service.get_participant(ctx, course.participant_id)
        intro = QLabel(
            self.tr("Close the course of {code}. A closed course takes no new sessions.").format(
                code=person.code
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.end = QDateEdit()
        self.end.setObjectName("closeEndDate")
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd.MM.yyyy" if words.ui_language() == "da" else "yyyy-MM-dd")
        self.end.setDate(_qdate(ctx.clock.today()))
        self._add(self.tr("&End date"), self.end, "end", self.tr("End date"))
        self.reason = QComboBox()
        self.reason.setObjectName("closeReason")
        for reason in ClosingReason:
            self.reason.addItem(words.closing_reason_label(reason.value), reason.value)
        self._add(self.tr("&Reason"), self.reason, "status", self.tr("Closing reason"))
        self.evaluation = QPlainTextEdit()
        self.evaluation.setObjectName("closeEvaluation")
        self.evaluation.setTabChangesFocus(True)
        self.evaluation.setMinimumHeight(self.evaluation.fontMetrics().lineSpacing() * 5)
        self._add(
            self.tr("&Final evaluation"),
            self.evaluation,
            "final_evaluation",
            self.tr("Final evaluation"),
        )
        self._finish(self.tr("Close course"), "closeCourseOk")

    def draft_key(self) -> str:
        return close_course_draft_key(self._course_id)

    def payload(self) -> dict[str, Any]:
        return {
            "end": _pydate(self.end.date()).isoformat(),
            "reason": self.reason.currentData(),
            "evaluation": self.evaluation.toPlainText(),
        }

    def apply_payload(self, payload: dict[str, Any]) -> None:
        end = payload.get("end")
        if isinstance(end, str):
            self.end.setDate(_qdate(date.fromisoformat(end)))
        index = self.reason.findData(payload.get("reason"))
        if index >= 0:
            self.reason.setCurrentIndex(index)
        self.evaluation.setPlainText(str(payload.get("evaluation") or ""))

    def accept(self) -> None:
        self._clear_errors()
        try:
            self.course = course_service.close_course(
                self._ctx,
                self._course_id,
                _pydate(self.end.date()),
                ClosingReason(self.reason.currentData()),
                self.evaluation.toPlainText().strip() or None,
            )
        except (ValidationError, InvalidState, NotFound) as error:
            self._show_error(error)
            return
        super().accept()
        self.course_closed.emit(self._course_id)
