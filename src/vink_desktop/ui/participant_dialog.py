"""Add a participant: a young person or a parent, known by a pseudonym code.

Name and contact details are optional and are marked as staying on this laptop (they never
travel in a batch). A parent can be linked to the young people they are a parent of.

What is typed survives the idle lock as an encrypted draft (the dialog is a
:class:`~vink_desktop.ui.dialog_host.DraftDialog`, opened through the courses view's
:class:`~vink_desktop.ui.dialog_host.DialogHost`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain.model import Participant, ParticipantKind, ReferralSource
from vink_desktop.domain.validation import MAX_CODE, ValidationError
from vink_desktop.services import participants as participant_service
from vink_desktop.services.context import Context
from vink_desktop.services.errors import NotFound
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.error_text import describe_error, problem_text

#: Copenhagen's districts (bydele), offered in the district field; any text is allowed.
DISTRICTS = (
    "Amager Vest",
    "Amager Øst",
    "Bispebjerg",
    "Brønshøj-Husum",
    "Indre By",
    "Nørrebro",
    "Valby",
    "Vanløse",
    "Vesterbro/Kgs. Enghave",
    "Østerbro",
)

_ERROR_STYLE = "color: #a40000; font-weight: bold;"

#: The draft key of the dialog adding a new participant (it edits no existing one).
NEW_PARTICIPANT_DRAFT = "participant:new"


def _choose(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (unchanged when there is none)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class ParticipantDialog(QDialog):
    """Fill in and press OK: the participant is added through the service."""

    participant_added = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.setWindowTitle(self.tr("New participant"))
        self._ctx = ctx
        self.participant: Participant | None = None
        self._errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The code is a pseudonym: it is all the office sees. Do not use the person's"
                " name or initials in it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)

        self.code = QLineEdit()
        self.code.setObjectName("participantCode")
        self.code.setMaxLength(MAX_CODE)
        self._add(form, self.tr("Pseudonym &code"), self.code, "code", self.tr("Pseudonym code"))
        self.kind = QComboBox()
        self.kind.setObjectName("participantKind")
        self.kind.addItem(words.participant_kind_label("youth"), ParticipantKind.YOUTH.value)
        self.kind.addItem(words.participant_kind_label("parent"), ParticipantKind.PARENT.value)
        self._add(form, self.tr("&Kind"), self.kind, "kind", self.tr("Kind of participant"))
        self.birth_year = QSpinBox()
        self.birth_year.setObjectName("participantBirthYear")
        this_year = ctx.clock.today().year
        self.birth_year.setRange(this_year - 101, this_year)
        self.birth_year.setSpecialValueText(self.tr("Not stated"))
        self.birth_year.setValue(self.birth_year.minimum())
        self._add(
            form, self.tr("&Birth year"), self.birth_year, "birth_year", self.tr("Birth year")
        )
        self.district = QComboBox()
        self.district.setObjectName("participantDistrict")
        self.district.setEditable(True)
        self.district.addItem("")
        self.district.addItems(list(DISTRICTS))
        self.district.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._add(form, self.tr("&District"), self.district, "district", self.tr("District"))
        self.referral = QComboBox()
        self.referral.setObjectName("participantReferral")
        self.referral.addItem(self.tr("Not stated"), None)
        for source in ReferralSource:
            self.referral.addItem(words.referral_label(source.value), source.value)
        self._add(
            form,
            self.tr("&Referred by"),
            self.referral,
            "referral_source",
            self.tr("Referred by"),
        )

        self.links_box = QGroupBox(self.tr("Parent of"))
        self.links_box.setObjectName("participantLinksBox")
        links = QFormLayout(self.links_box)
        links.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.link_filter = QLineEdit()
        self.link_filter.setObjectName("participantLinkFilter")
        self.link_filter.setPlaceholderText(self.tr("Type part of a code"))
        self.link_filter.textChanged.connect(self._filter_links)
        self.linked = QListWidget()
        self.linked.setObjectName("participantLinkedYouth")
        self.linked.setMinimumHeight(self.linked.fontMetrics().lineSpacing() * 5)
        self._add(links, self.tr("&Find"), self.link_filter, None, self.tr("Find a young person"))
        self._add(
            links,
            self.tr("&Young people"),
            self.linked,
            "linked_youth",
            self.tr("Young people this parent is a parent of"),
        )
        layout.addWidget(self.links_box)

        local = QGroupBox(self.tr("Stays on this laptop (never sent to the office)"))
        local.setObjectName("participantLocalBox")
        local_form = QFormLayout(local)
        local_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        note = QLabel(self.tr("Optional. Kept encrypted in the vault on this laptop only."))
        note.setWordWrap(True)
        local_form.addRow(note)
        self.name = QLineEdit()
        self.name.setObjectName("participantName")
        self._add(local_form, self.tr("&Name"), self.name, "name", self.tr("Name (local only)"))
        self.contact = QLineEdit()
        self.contact.setObjectName("participantContact")
        self._add(
            local_form,
            self.tr("C&ontact"),
            self.contact,
            "contact",
            self.tr("Contact details (local only)"),
        )
        layout.addWidget(local)

        self.notice = QLabel()
        self.notice.setObjectName("participantNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.banner = QLabel()
        self.banner.setObjectName("participantErrorBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_ERROR_STYLE)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("participantButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add participant"))
        ok.setObjectName("participantOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._youth: list[Participant] = []
        self._kind_changed()

    def _add(
        self,
        form: QFormLayout,
        text: str,
        widget: QWidget,
        field: str | None,
        accessible: str,
    ) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        # Only long labels wrap: a wrapped label in a form row is measured too short.
        label.setWordWrap(len(text) > 40)
        widget.setAccessibleName(accessible)
        form.addRow(label, widget)
        if field is not None:
            error = QLabel()
            error.setObjectName(f"error:{field}")
            error.setWordWrap(True)
            error.setStyleSheet(_ERROR_STYLE)
            error.hide()
            form.addRow("", error)
            self._errors[field] = error

    def _kind_changed(self) -> None:
        is_parent = self.kind.currentData() == ParticipantKind.PARENT.value
        self.links_box.setVisible(is_parent)
        if is_parent and not self._youth:
            self._youth = participant_service.list_participants(
                self._ctx, kind=ParticipantKind.YOUTH
            )
            for youth in self._youth:
                item = QListWidgetItem(youth.code)
                item.setData(Qt.ItemDataRole.UserRole, youth.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.linked.addItem(item)
        self.adjustSize()

    def _filter_links(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.linked.count()):
            item = self.linked.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def linked_ids(self) -> list[str]:
        return [
            str(self.linked.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.linked.count())
            if self.linked.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_linked(self, youth_ids: list[str]) -> None:
        for row in range(self.linked.count()):
            item = self.linked.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in youth_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- drafts (kept across the idle lock) -----------------------------------------------

    def draft_key(self) -> str:
        return NEW_PARTICIPANT_DRAFT

    def payload(self) -> dict[str, Any]:
        year = self.birth_year.value()
        # Read the referral's data only when one is chosen: item 0 carries None, and None
        # handed back by Qt is best not asked for (see record_dialog.combo_value).
        referral = self.referral.currentData() if self.referral.currentIndex() > 0 else ""
        return {
            "code": self.code.text(),
            "kind": self.kind.currentData(),
            "birth_year": 0 if year == self.birth_year.minimum() else year,
            "district": self.district.currentText(),
            "referral_source": referral,
            "name": self.name.text(),
            "contact": self.contact.text(),
            "link_filter": self.link_filter.text(),
            "linked_youth": self.linked_ids(),
        }

    def apply_payload(self, payload: dict[str, Any]) -> None:
        self.code.setText(str(payload.get("code") or ""))
        _choose(self.kind, payload.get("kind"))  # a parent: the young people are listed
        year = payload.get("birth_year")
        if isinstance(year, int) and year:
            self.birth_year.setValue(year)
        self.district.setCurrentText(str(payload.get("district") or ""))
        referral = payload.get("referral_source")
        if referral:
            _choose(self.referral, referral)
        self.name.setText(str(payload.get("name") or ""))
        self.contact.setText(str(payload.get("contact") or ""))
        self.link_filter.setText(str(payload.get("link_filter") or ""))
        linked = payload.get("linked_youth")
        if isinstance(linked, list):
            self.set_linked([str(youth_id) for youth_id in linked])

    def show_notice(self, text: str) -> None:
        """A plain message (not an error), e.g. that a draft was brought back."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.show()

    def accept(self) -> None:
        for label in self._errors.values():
            label.hide()
        self.banner.hide()
        kind = ParticipantKind(self.kind.currentData())
        year = self.birth_year.value()
        referral = self.referral.currentData()
        try:
            self.participant = participant_service.add_participant(
                self._ctx,
                self.code.text(),
                kind,
                birth_year=None if year == self.birth_year.minimum() else year,
                district=self.district.currentText().strip() or None,
                referral_source=None if referral is None else ReferralSource(referral),
                name=self.name.text().strip() or None,
                contact=self.contact.text().strip() or None,
                linked_youth=self.linked_ids() if kind is ParticipantKind.PARENT else (),
            )
        except ValidationError as error:
            for problem in error.problems:
                field = "linked_youth" if problem.field.startswith("linked") else problem.field
                shown = self._errors.get(field)
                if shown is None:
                    self.banner.setText(problem_text(problem))
                    self.banner.show()
                else:
                    shown.setText("⚠ " + problem_text(problem))
                    shown.show()
            return
        except NotFound as error:
            self.banner.setText(describe_error(error) or "")
            self.banner.show()
            return
        super().accept()
        self.participant_added.emit(self.participant.id)
