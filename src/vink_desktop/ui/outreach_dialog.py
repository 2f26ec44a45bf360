"""Record an outreach activity: when, what kind (the audience follows from it), how many
came, where, and the evaluation if one was made (how many answered; how many of them feel
able to help a young person — staff and parents — or find that the dialogue gives them
options — young people)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from vink_desktop.domain.office import (
    AUDIENCE_FOR_KIND,
    MAX_HEAD_COUNT,
    OutreachActivity,
    OutreachKind,
)
from vink_desktop.domain.validation import ValidationError
from vink_desktop.services import office_records
from vink_desktop.services.context import Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.services.office_records import ActivityInput
from vink_desktop.ui import office_texts as texts
from vink_desktop.ui.error_text import problem_text
from vink_desktop.ui.record_dialog import (
    RecordDialog,
    choose_data,
    combo_value,
    date_edit,
    district_combo,
    pydate,
    qdate,
    worker_combo,
)

NEW_ACTIVITY_DRAFT = "outreach:new"


def _count(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, MAX_HEAD_COUNT)
    return spin


class OutreachDialog(RecordDialog):
    activity_added = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outreachDialog")
        self.setWindowTitle(self.tr("New outreach activity"))
        self._ctx = ctx
        self.activity: OutreachActivity | None = None
        self.held_on = date_edit("outreachDate", ctx.clock.today())
        self.add_row(self.tr("&Date held"), self.held_on, "held_on", self.tr("Date held"))
        self.kind = QComboBox()
        self.kind.setObjectName("outreachKind")
        for kind in OutreachKind:
            self.kind.addItem(texts.activity_kind_label(kind.value), kind.value)
        self.kind.setPlaceholderText(self.tr("Choose…"))
        self.kind.setCurrentIndex(-1)
        self.add_row(self.tr("&Kind"), self.kind, "kind", self.tr("Kind of activity"))
        self.audience = QLabel("–")
        self.audience.setObjectName("outreachAudience")
        self.add_row(self.tr("Audience"), self.audience, "audience", self.tr("Audience"))
        self.head_count = _count("outreachHeadCount")
        self.add_row(self.tr("&Head count"), self.head_count, "head_count", self.tr("Head count"))
        self.district = district_combo("outreachDistrict")
        self.add_row(self.tr("D&istrict"), self.district, "district", self.tr("District"))
        self.worker = worker_combo(ctx, "outreachWorker")
        self.add_row(self.tr("Held &by"), self.worker, "worker", self.tr("Held by"))
        self.form.setRowVisible(self.worker, self.worker.count() > 1)

        self.evaluation = QGroupBox(self.tr("&Evaluation made"))
        self.evaluation.setObjectName("outreachEvaluation")
        self.evaluation.setCheckable(True)
        self.evaluation.setChecked(False)
        self.evaluation.setAccessibleName(self.tr("An evaluation was made"))
        evaluation_form = QFormLayout(self.evaluation)
        evaluation_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        evaluation_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.respondents = _count("outreachRespondents")
        self.add_row(
            self.tr("&Answered"),
            self.respondents,
            "respondents",
            self.tr("How many answered the evaluation"),
            evaluation_form,
        )
        self.positive = _count("outreachPositive")
        self.positive_label = self.add_row(
            self.tr("Of them &positive"),
            self.positive,
            "positive",
            self.tr("How many of them answered yes"),
            evaluation_form,
        )
        self.question = QLabel()
        self.question.setObjectName("outreachQuestion")
        self.question.setWordWrap(True)
        evaluation_form.addRow("", self.question)
        self.rows.addWidget(self.evaluation)
        self.finish(self.tr("Record activity"), "outreachOk")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        value = combo_value(self.kind)
        if value is None:
            self.audience.setText("–")
            self.question.setText("")
            return
        audience = AUDIENCE_FOR_KIND[OutreachKind(value)].value
        self.audience.setText(texts.audience_label(audience))
        question = self.tr("Positive means: {question}.").format(
            question=texts.positive_question(audience).lower()
        )
        self.question.setText(question)
        self.positive.setAccessibleDescription(question)

    # -- drafts ---------------------------------------------------------------------------

    def draft_key(self) -> str:
        return NEW_ACTIVITY_DRAFT

    def payload(self) -> dict[str, Any]:
        return {
            "held_on": pydate(self.held_on.date()).isoformat(),
            "kind": combo_value(self.kind),
            "head_count": self.head_count.value(),
            "district": self.district.currentText(),
            "worker": self.worker.currentData(),
            "evaluation": self.evaluation.isChecked(),
            "respondents": self.respondents.value(),
            "positive": self.positive.value(),
        }

    def apply_payload(self, payload: dict[str, Any]) -> None:
        held_on = payload.get("held_on")
        if isinstance(held_on, str):
            self.held_on.setDate(qdate(date.fromisoformat(held_on)))
        choose_data(self.kind, payload.get("kind"))
        self.head_count.setValue(int(payload.get("head_count") or 0))
        self.district.setCurrentText(str(payload.get("district") or ""))
        choose_data(self.worker, payload.get("worker"))
        self.evaluation.setChecked(bool(payload.get("evaluation")))
        self.respondents.setValue(int(payload.get("respondents") or 0))
        self.positive.setValue(int(payload.get("positive") or 0))

    # -- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        self.clear_errors()
        if self.kind.currentIndex() < 0:
            self.show_field_error("kind", self.tr("Choose the kind of activity."))
            return
        evaluated = self.evaluation.isChecked()
        worker = combo_value(self.worker)
        try:
            self.activity = office_records.add_activity(
                self._ctx,
                ActivityInput(
                    held_on=pydate(self.held_on.date()),
                    kind=OutreachKind(self.kind.currentData()),
                    head_count=self.head_count.value(),
                    respondents=self.respondents.value() if evaluated else None,
                    positive=self.positive.value() if evaluated else None,
                    district=self.district.currentText().strip() or None,
                    worker=None if worker is None else str(worker),
                ),
            )
        except ValidationError as error:
            for problem in error.problems:
                # The service names the audience's question; the form has one field for it.
                field = problem.field
                if field in ("able_to_help", "dialogue_gives_options"):
                    field = "positive"
                self.show_field_error(field, problem_text(problem))
            return
        except (InvalidState, NotFound) as error:
            self.show_error(error)
            return
        super().accept()
        self.activity_added.emit(self.activity.id)
