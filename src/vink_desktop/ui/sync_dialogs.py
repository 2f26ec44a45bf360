"""The two dialogs where people compare fingerprints over the phone: the field laptop's
enrolment with the office's identity file (:class:`EnrollDialog`; the file is read first by
``sync_service.read_office_identity``), and the office's approval of a laptop, or of a
revoked one again (:class:`ApproveDialog`). Neither changes anything itself: the caller
enrolls or approves when the dialog is accepted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.services.sync_devices import DeviceInfo
from vink_desktop.ui import sync_texts as words
from vink_desktop.ui.sync_widgets import fingerprint_label, notice_label, show_fingerprint
from vink_desktop.ui.widgets import explanation, heading, message_label, show_message


class EnrollDialog(QDialog):
    """Shows the office's fingerprint from the identity file and asks the person to confirm
    that the office read out the same digits, before anything is enrolled."""

    def __init__(
        self, office_fingerprint: str, enrolled_fingerprint: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Enroll with the office"))
        #: True when the laptop is enrolled with another office key (it will be replaced).
        self.replace = enrolled_fingerprint not in (None, office_fingerprint)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Check the office's fingerprint"), self, level=2))
        layout.addWidget(
            explanation(
                self.tr(
                    "Phone the office and ask the supervisor to read out the office's"
                    " fingerprint from the import window. Compare it with the digits below,"
                    " group by group. Enroll only if every digit is the same."
                ),
                self,
            )
        )
        self.fingerprint = fingerprint_label(
            "enrollFingerprint", self.tr("The office's fingerprint in the file"), self
        )
        show_fingerprint(self.fingerprint, office_fingerprint)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        self.replace_notice = notice_label("enrollReplaceNotice", self)
        if self.replace:
            self.replace_notice.setText(
                self.tr(
                    "This laptop is enrolled with another office key. Enrolling with this"
                    " file replaces it: the laptop gets a new identity, and the office must"
                    " approve it again."
                )
            )
            self.replace_notice.setVisible(True)
        layout.addWidget(self.replace_notice)
        self.confirm = QCheckBox(self.tr("The supervisor read out exactly these &digits"), self)
        self.confirm.setObjectName("enrollConfirm")
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(self)
        self.accept_button = buttons.addButton(
            self.tr("&Enroll"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("enrollAccept")
        self.accept_button.setEnabled(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.confirm.toggled.connect(self.accept_button.setEnabled)
        layout.addWidget(buttons)
        self.confirm.setFocus()


class ApproveDialog(QDialog):
    """Shows the laptop's fingerprint and asks the supervisor to type the one the laptop's
    user reads out (it must match), or to confirm having compared it group by group. For a
    revoked laptop (approved again when it turns up) it says so first."""

    def __init__(self, device: DeviceInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        revoked = device.status == "revoked"
        self.setWindowTitle(
            self.tr("Approve laptop again") if revoked else self.tr("Approve laptop")
        )
        self.device = device
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Compare the fingerprint by phone"), self, level=2))
        about = self.tr("Laptop {id}, first seen {time}.").format(
            id=words.short_id(device.device_id), time=words.moment_text(device.first_seen)
        )
        if device.held:
            about += " " + words.plural(
                len(device.held),
                self.tr("1 batch is waiting."),
                self.tr("{count} batches are waiting."),
            )
        layout.addWidget(explanation(about, self))
        self.revoked_notice = notice_label("approveRevokedNotice", self)
        if revoked:
            notice = self.tr(
                "This laptop was revoked on {time}. Approve it again only if it has turned up"
                " and its user reads out the same fingerprint."
            ).format(time=words.moment_text(device.status_changed_at))
            if device.highest_contiguous:
                notice += " " + self.tr(
                    "The office has its batches up to number {number}; the next ones follow"
                    " on from there."
                ).format(number=device.highest_contiguous)
            notice += " " + self.tr(
                "The batches it sent while it was revoked were refused: ask its user to write"
                " the unconfirmed batches again in the sync panel and bring them."
            )
            self.revoked_notice.setText(notice)
            self.revoked_notice.setVisible(True)
        layout.addWidget(self.revoked_notice)
        layout.addWidget(
            explanation(
                self.tr(
                    "Phone the laptop's user and ask them to read out “This laptop's"
                    " fingerprint” from their sync panel. Type it below, or compare it group"
                    " by group with these digits and tick the box."
                ),
                self,
            )
        )
        self.fingerprint = fingerprint_label(
            "approveFingerprint", self.tr("The laptop's fingerprint"), self
        )
        show_fingerprint(self.fingerprint, device.fingerprint)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("approveTyped")
        self.typed.setPlaceholderText("00000 00000 00000 00000 00000 00000")
        self.typed.setAccessibleName(self.tr("Fingerprint read out"))
        self.typed.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        typed_label = QLabel(self.tr("&Fingerprint read out:"), self)
        typed_label.setBuddy(self.typed)
        form.addRow(typed_label, self.typed)
        layout.addLayout(form)
        self.match = message_label("approveMatch", self)
        layout.addWidget(self.match)
        self.confirm = QCheckBox(self.tr("I compared every group: the fingerprint &matches"), self)
        self.confirm.setObjectName("approveConfirm")
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(self)
        self.accept_button = buttons.addButton(
            self.tr("&Approve"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("approveAccept")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.typed.textChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self._update()
        self.typed.setFocus()

    def typed_fingerprint(self) -> str:
        return words.normalised_fingerprint(self.typed.text())

    def matches(self) -> bool:
        return self.typed_fingerprint() == self.device.fingerprint

    def _update(self) -> None:
        typed = self.typed_fingerprint()
        complete = len(typed.replace(" ", "")) >= 30
        if typed and complete and not self.matches():
            show_message(
                self.match,
                self.tr(
                    "It does not match. Do not approve: the batches may not come from this"
                    " laptop. Ask the user to read it out again."
                ),
            )
        elif typed and self.matches():
            show_message(self.match, self.tr("It matches."), error=False)
        else:
            show_message(self.match, "")
        if typed:
            self.accept_button.setEnabled(self.matches())
        else:
            self.accept_button.setEnabled(self.confirm.isChecked())

    def fingerprint_to_check(self) -> str:
        """What the service checks against the device (typed, or the one shown)."""
        return self.typed_fingerprint() or self.device.fingerprint
