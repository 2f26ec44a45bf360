"""Record a report of concern, and its first reaction and outcome.

Times are Copenhagen wall time, as a person reads them off a clock; the services turn them
into instants (a time in the hour skipped in spring is refused next to the field). Nothing
in either dialog describes the concern itself: who reported, about whom (a participant or a
new pseudonym code), where, and when it was reacted to.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from vink_desktop.domain.model import Participant
from vink_desktop.domain.office import ConcernOutcome, ConcernSource, ReportOfConcern
from vink_desktop.domain.validation import MAX_CODE, ValidationError
from vink_desktop.services import office_lists, office_records
from vink_desktop.services.context import COPENHAGEN, Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.services.office_records import ConcernInput
from vink_desktop.ui import course_texts as words
from vink_desktop.ui import office_texts as texts
from vink_desktop.ui.record_dialog import (
    RecordDialog,
    choose_data,
    combo_value,
    date_edit,
    district_combo,
    set_wall_time,
    time_edit,
    wall_time,
    worker_combo,
)

#: The outcome combo's "not decided yet" (item data is never None, see ``record_dialog``).
NO_OUTCOME = ""
#: The draft key of the new-report dialog.
NEW_REPORT_DRAFT = "concern:new"
REACTION_DRAFT_PREFIX = "concern:reaction:"


def _now_wall(ctx: Context) -> datetime:
    """Now as Copenhagen wall time, to the minute."""
    return ctx.clock.now().astimezone(COPENHAGEN).replace(tzinfo=None, second=0, microsecond=0)


class ConcernReportDialog(RecordDialog):
    """Received when, from whom, about whom, where; the responsible worker at the office."""

    report_added = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concernReportDialog")
        self.setWindowTitle(self.tr("New report of concern"))
        self._ctx = ctx
        self.report: ReportOfConcern | None = None
        self._people: dict[str, Participant] = {p.code: p for p in office_lists.participants(ctx)}
        self.intro(
            self.tr(
                "Record who reported a concern, and about whom. Do not describe the concern"
                " here. The first reaction is due within 24 hours of receipt."
            )
        )
        now = _now_wall(ctx)
        self.received_date = date_edit("concernReceivedDate", now.date())
        self.add_row(self.tr("Received &date"), self.received_date, None, self.tr("Date received"))
        self.received_time = time_edit("concernReceivedTime", now.time())
        self.add_row(
            self.tr("Received &time (Copenhagen)"),
            self.received_time,
            "received_at",
            self.tr("Time received, Copenhagen time"),
        )
        self.source = QComboBox()
        self.source.setObjectName("concernSource")
        for source in ConcernSource:
            self.source.addItem(texts.source_label(source.value), source.value)
        self.source.setPlaceholderText(self.tr("Choose…"))
        self.source.setCurrentIndex(-1)
        self.add_row(self.tr("&Reported by"), self.source, "source", self.tr("Reported by"))

        self.about = QComboBox()
        self.about.setObjectName("concernAbout")
        self.about.setEditable(True)
        self.about.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in sorted(self._people, key=str.casefold):
            self.about.addItem(code, self._people[code].id)
        self.about.setCurrentIndex(-1)
        line = self.about.lineEdit()
        if line is not None:
            line.setMaxLength(MAX_CODE)
            line.setPlaceholderText(self.tr("Pick a participant or type a new pseudonym code"))
        completer = self.about.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_row(
            self.tr("&About whom"),
            self.about,
            "about",
            self.tr("About whom: an existing participant or a new pseudonym code"),
        )
        self.about_hint = QLabel()
        self.about_hint.setObjectName("concernAboutHint")
        self.about_hint.setWordWrap(True)
        self.form.addRow("", self.about_hint)
        self.district = district_combo("concernDistrict")
        self.add_row(self.tr("D&istrict"), self.district, "district", self.tr("District"))
        self.worker = worker_combo(ctx, "concernWorker")
        self.add_row(self.tr("Res&ponsible"), self.worker, "worker", self.tr("Responsible worker"))
        # A field laptop has one worker: nothing to choose.
        self.form.setRowVisible(self.worker, self.worker.count() > 1)
        self.finish(self.tr("Record report"), "concernReportOk")
        self.about.currentTextChanged.connect(self._about_changed)
        self._about_changed()

    # -- about whom -----------------------------------------------------------------------

    def participant(self) -> Participant | None:
        """The existing participant whose code is typed or picked, if any."""
        return self._people.get(self.about.currentText().strip())

    def _about_changed(self, *_args: object) -> None:
        text = self.about.currentText().strip()
        person = self.participant()
        if person is not None:
            hint = self.tr("An existing participant ({kind}).").format(
                kind=words.participant_kind_label(person.kind.value)
            )
            if person.district and not self.district.currentText().strip():
                self.district.setCurrentText(person.district)
        elif text:
            hint = self.tr("A new pseudonym code: not a participant yet.")
        else:
            hint = ""
        self.about_hint.setText(hint)
        self.about_hint.setAccessibleName(hint)
        self.form.setRowVisible(self.about_hint, bool(hint))

    # -- drafts ---------------------------------------------------------------------------

    def draft_key(self) -> str:
        return NEW_REPORT_DRAFT

    def payload(self) -> dict[str, Any]:
        return {
            "received": wall_time(self.received_date, self.received_time).isoformat(),
            "source": combo_value(self.source),
            "about": self.about.currentText(),
            "district": self.district.currentText(),
            "worker": self.worker.currentData(),
        }

    def apply_payload(self, payload: dict[str, Any]) -> None:
        received = payload.get("received")
        if isinstance(received, str):
            set_wall_time(self.received_date, self.received_time, datetime.fromisoformat(received))
        choose_data(self.source, payload.get("source"))
        self.about.setCurrentText(str(payload.get("about") or ""))
        self.district.setCurrentText(str(payload.get("district") or ""))
        choose_data(self.worker, payload.get("worker"))

    # -- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        self.clear_errors()
        missing = False
        if self.source.currentIndex() < 0:
            self.show_field_error("source", self.tr("Choose who reported the concern."))
            missing = True
        about = self.about.currentText().strip()
        if not about:
            self.show_field_error(
                "about", self.tr("Pick a participant, or type a new pseudonym code.")
            )
            missing = True
        if missing:
            return
        person = self.participant()
        worker = combo_value(self.worker)
        try:
            self.report = office_records.add_concern(
                self._ctx,
                ConcernInput(
                    received_at=wall_time(self.received_date, self.received_time),
                    source=ConcernSource(self.source.currentData()),
                    participant=None if person is None else person.id,
                    new_code=about if person is None else None,
                    district=self.district.currentText().strip() or None,
                    worker=None if worker is None else str(worker),
                ),
            )
        except (ValidationError, InvalidState, NotFound) as error:
            self.show_error(error)
            return
        super().accept()
        self.report_added.emit(self.report.id)


class ReactionDialog(RecordDialog):
    """The first reaction (when, by whom) and the outcome; once there is a reaction, only
    the outcome can still be set."""

    reaction_saved = Signal(str)

    def __init__(self, ctx: Context, report_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactionDialog")
        self.setWindowTitle(self.tr("Reaction to a report of concern"))
        self._ctx = ctx
        row = office_lists.concern_row_of(ctx, report_id)
        self.report: ReportOfConcern = row.report
        view = office_records.concern_view(self.report, ctx.clock.now())
        self.intro(
            self.tr(
                "Received {received} from {source}, about {about}. A first reaction is due by"
                " {deadline}."
            ).format(
                received=words.wall_time(self.report.received.wall),
                source=texts.source_label(self.report.source.value),
                about=row.about_code,
                deadline=words.wall_time(view.deadline_wall),
            )
        )
        self.reacted = self.report.reaction is not None
        if self.reacted:
            assert self.report.reaction is not None
            done = QLabel(
                self.tr("{when}, by {worker} ({status})").format(
                    when=words.wall_time(self.report.reaction.wall),
                    worker=row.reacted_by_name or "–",
                    status=texts.reaction_status_label(view.status.value),
                )
            )
            done.setObjectName("reactionDone")
            self.add_row(self.tr("First reaction"), done, None, self.tr("First reaction"))
        else:
            now = _now_wall(ctx)
            self.reaction_date = date_edit("reactionDate", now.date())
            self.add_row(
                self.tr("Reaction &date"), self.reaction_date, None, self.tr("Date of reaction")
            )
            self.reaction_time = time_edit("reactionTime", now.time())
            self.add_row(
                self.tr("Reaction &time (Copenhagen)"),
                self.reaction_time,
                "reaction_at",
                self.tr("Time of the first reaction, Copenhagen time"),
            )
            self.reacted_by = worker_combo(ctx, "reactionBy")
            self.add_row(
                self.tr("Reacted &by"), self.reacted_by, "reacted_by", self.tr("Reacted by")
            )
        self.outcome = QComboBox()
        self.outcome.setObjectName("reactionOutcome")
        self.outcome.addItem(texts.outcome_label(None), NO_OUTCOME)
        for outcome in ConcernOutcome:
            self.outcome.addItem(texts.outcome_label(outcome.value), outcome.value)
        if self.report.outcome is not None:
            choose_data(self.outcome, self.report.outcome.value)
        self.add_row(self.tr("&Outcome"), self.outcome, "outcome", self.tr("Outcome"))
        self.finish(self.tr("Save reaction"), "reactionOk")

    def draft_key(self) -> str:
        return REACTION_DRAFT_PREFIX + self.report.id

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {"outcome": self.outcome.currentData()}
        if not self.reacted:
            data["reaction"] = wall_time(self.reaction_date, self.reaction_time).isoformat()
            data["by"] = self.reacted_by.currentData()
        return data

    def apply_payload(self, payload: dict[str, Any]) -> None:
        choose_data(self.outcome, payload.get("outcome"))
        reaction = payload.get("reaction")
        if not self.reacted and isinstance(reaction, str):
            set_wall_time(self.reaction_date, self.reaction_time, datetime.fromisoformat(reaction))
            choose_data(self.reacted_by, payload.get("by"))

    def accept(self) -> None:
        self.clear_errors()
        value = combo_value(self.outcome)
        outcome = ConcernOutcome(value) if value else None
        if self.reacted and outcome is None:
            self.show_field_error(
                "outcome", self.tr("The reaction is recorded already; choose the outcome.")
            )
            return
        try:
            office_records.record_reaction(
                self._ctx,
                self.report.id,
                at=None if self.reacted else wall_time(self.reaction_date, self.reaction_time),
                by=None if self.reacted else str(self.reacted_by.currentData()),
                outcome=outcome,
            )
        except (ValidationError, InvalidState, NotFound) as error:
            self.show_error(error)
            return
        super().accept()
        self.reaction_saved.emit(self.report.id)
