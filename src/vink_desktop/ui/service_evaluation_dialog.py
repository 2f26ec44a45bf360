"""The service evaluation of a closed course, offered right after the course is closed: did
the young person (1-1 mentoring) or the parent (parent coaching) experience good service
from SSP, from VINK and from DKA? One answer for each: yes, no, or not answered (which also
covers "that body was not involved in my case").

The course must be closed (the service refuses otherwise) and has at most one evaluation;
when it has one already, the dialog shows it and saves nothing. "Not now" closes the dialog
without an evaluation; the course then counts as closed without one (data completeness).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from vink_desktop.domain.model import Track
from vink_desktop.domain.office import ServiceAnswer, ServiceEvaluation
from vink_desktop.domain.validation import ValidationError
from vink_desktop.services import courses as course_service
from vink_desktop.services import office_records
from vink_desktop.services import participants as participant_service
from vink_desktop.services.context import Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.ui import course_texts as words
from vink_desktop.ui import office_texts as texts
from vink_desktop.ui.record_dialog import RecordDialog, choose_data, date_edit, pydate, qdate

#: The bodies asked about, in the order the success criterion names them.
BODIES = ("ssp", "vink", "dka")
SERVICE_EVALUATION_DRAFT_PREFIX = "service_evaluation:"


class ServiceEvaluationDialog(RecordDialog):
    #: The evaluation was saved: the course id.
    evaluation_saved = Signal(str)

    def __init__(self, ctx: Context, course_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceEvaluationDialog")
        self.setWindowTitle(self.tr("Service evaluation"))
        self._ctx = ctx
        self.course_id = course_id
        self.evaluation: ServiceEvaluation | None = None
        course = course_service.get_course(ctx, course_id)
        person = participant_service.get_participant(ctx, course.participant_id)
        if course.track is Track.PARENT_COACHING:
            intro = self.tr(
                "The course of {code} is closed. Ask the parent: in this case, did you"
                " experience good service from SSP, from VINK and from DKA?"
            )
        else:
            intro = self.tr(
                "The course of {code} is closed. Ask the young person: in this case, did you"
                " experience good service from SSP, from VINK and from DKA?"
            )
        self.intro(intro.format(code=person.code))
        self.answers: dict[str, QComboBox] = {}
        labels = {
            "ssp": (self.tr("&SSP"), self.tr("Good service from SSP")),
            "vink": (self.tr("&VINK"), self.tr("Good service from VINK")),
            "dka": (
                self.tr("&DKA (the police's crime prevention unit)"),
                self.tr("Good service from DKA"),
            ),
        }
        for body in BODIES:
            combo = QComboBox()
            combo.setObjectName(f"serviceAnswer:{body}")
            for answer in (ServiceAnswer.YES, ServiceAnswer.NO, ServiceAnswer.NOT_ANSWERED):
                combo.addItem(texts.service_answer_label(answer.value), answer.value)
            choose_data(combo, ServiceAnswer.NOT_ANSWERED.value)
            text, accessible = labels[body]
            self.add_row(text, combo, body, accessible)
            self.answers[body] = combo
        self.evaluated_on = date_edit("serviceEvaluationDate", course.end or ctx.clock.today())
        self.add_row(
            self.tr("&Evaluated on"),
            self.evaluated_on,
            "evaluated_on",
            self.tr("Date of the evaluation"),
        )
        self.finish(self.tr("Save evaluation"), "serviceEvaluationOk", self.tr("Not now"))
        existing = office_records.evaluation_of_course(ctx, course_id)
        if existing is not None:
            self._show_existing(existing)

    def _show_existing(self, existing: ServiceEvaluation) -> None:
        for body, answer in existing.answers().items():
            choose_data(self.answers[body], answer.value)
            self.answers[body].setEnabled(False)
        self.evaluated_on.setDate(qdate(existing.evaluated_on))
        self.evaluated_on.setEnabled(False)
        self.ok_button.setEnabled(False)
        self.show_notice(
            self.tr("This course already has a service evaluation ({date}).").format(
                date=words.day(existing.evaluated_on)
            )
        )

    def answer(self, body: str) -> ServiceAnswer:
        return ServiceAnswer(self.answers[body].currentData())

    def draft_key(self) -> str:
        return SERVICE_EVALUATION_DRAFT_PREFIX + self.course_id

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {body: self.answers[body].currentData() for body in BODIES}
        data["evaluated_on"] = pydate(self.evaluated_on.date()).isoformat()
        return data

    def apply_payload(self, payload: dict[str, Any]) -> None:
        for body in BODIES:
            choose_data(self.answers[body], payload.get(body))
        evaluated_on = payload.get("evaluated_on")
        if isinstance(evaluated_on, str):
            self.evaluated_on.setDate(qdate(date.fromisoformat(evaluated_on)))

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.evaluation = office_records.add_evaluation(
                self._ctx,
                self.course_id,
                ssp=self.answer("ssp"),
                vink=self.answer("vink"),
                dka=self.answer("dka"),
                evaluated_on=pydate(self.evaluated_on.date()),
            )
        except (ValidationError, InvalidState, NotFound) as error:
            self.show_error(error)
            return
        super().accept()
        self.evaluation_saved.emit(self.course_id)
