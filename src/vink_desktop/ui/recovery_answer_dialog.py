"""File → Recovery answer for a laptop… (office vault; ``docs/sync.md`` §12).

The supervisor opens a laptop's recovery request, sees the vault, the laptop, its status and
its fingerprint, compares the fingerprint by phone with the caller, writes the answer and is
shown the new one-time key once, to read out by phone. A revoked laptop is answered only
when the supervisor ticks "answer anyway" (the service's ``force``, audited as forced); a
laptop whose key differs from the one the office pinned is never answered.

Through ``services.office_recovery``, as `vink-desktop office recovery-answer` is. Opening
the wrap is an HPKE decapsulation and an HKDF, milliseconds, so it runs on the GUI thread
with the vault's own connection (the audit entry).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.services import office_recovery
from vink_desktop.services.context import Context
from vink_desktop.services.office_recovery import AnsweredRequest, RequestView
from vink_desktop.storage.recovery_exchange import ANSWER_SUFFIX, REQUEST_SUFFIX
from vink_desktop.ui import sync_texts as words
from vink_desktop.ui.sync_widgets import fingerprint_label, notice_label, show_fingerprint
from vink_desktop.ui.widgets import (
    RecoveryKeyView,
    explanation,
    heading,
    message_label,
    show_message,
)

if TYPE_CHECKING:
    from vink_desktop.ui.main_window import MainWindow


def status_text(status: str) -> str:
    """A device status at the office, and ``unknown`` for a laptop that never sent a batch."""
    if status == "unknown":
        return QCoreApplication.translate(
            "RecoveryAnswerDialog", "Unknown: the office has received no batch from it"
        )
    return words.device_status_text(status)


class RecoveryAnswerDialog(QDialog):
    """One request: check it, then write the answer and show the one-time key once."""

    def __init__(
        self, ctx: Context, request: Path, view: RequestView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryAnswerDialog")
        self.setWindowTitle(self.tr("Recovery answer for a laptop"))
        self._ctx = ctx
        self.request = request
        self.view = view
        self.answered: AnsweredRequest | None = None
        self.pages = QStackedWidget(self)
        self.check_page = self._build_check_page()
        self.key_page = self._build_key_page()
        self.pages.addWidget(self.check_page)
        self.pages.addWidget(self.key_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._update()

    # -- pages -----------------------------------------------------------------------------

    def _build_check_page(self) -> QWidget:
        view = self.view
        page = QWidget(self)
        page.setObjectName("recoveryCheckPage")
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("A laptop asks for its vault back"), page, level=2))
        layout.addWidget(
            explanation(
                self.tr(
                    "The laptop's user has forgotten the passphrase and lost the recovery key."
                    " Answer only when you are sure who is calling. Ask the caller to read out"
                    " the laptop's fingerprint and compare it with these digits, group by"
                    " group."
                ),
                page,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.vault_label = self._value(view.vault_id, "recoveryVault", page)
        form.addRow(QLabel(self.tr("Vault:"), page), self.vault_label)
        self.device_label = self._value(view.device_id, "recoveryDevice", page)
        form.addRow(QLabel(self.tr("Laptop:"), page), self.device_label)
        self.status_label = self._value(status_text(view.device_status), "recoveryStatus", page)
        form.addRow(QLabel(self.tr("Status:"), page), self.status_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The laptop's fingerprint:"), page))
        self.fingerprint = fingerprint_label(
            "recoveryFingerprint", self.tr("The laptop's fingerprint"), page
        )
        show_fingerprint(self.fingerprint, view.device_fingerprint)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)

        self.notice = notice_label("recoveryNotice", page)
        layout.addWidget(self.notice)
        self.answer_anyway = QCheckBox(self.tr("The laptop has turned up: answer &anyway"), page)
        self.answer_anyway.setObjectName("recoveryAnswerAnyway")
        self.answer_anyway.setVisible(False)
        layout.addWidget(self.answer_anyway)
        if not view.fingerprint_matches:
            self.notice.setText(
                self.tr(
                    "This laptop's key differs from the one the office has for it. The"
                    " request cannot be answered: it may not come from that laptop."
                )
            )
            self.notice.setVisible(True)
        elif view.device_status == "revoked":
            self.notice.setText(
                self.tr(
                    "The office has revoked this laptop. A revoked laptop is usually a lost"
                    " one: answer only if it has turned up and you are sure who is calling."
                )
            )
            self.notice.setVisible(True)
            self.answer_anyway.setVisible(True)
        self.compared = QCheckBox(
            self.tr("I compared every group by phone: the fingerprint &matches"), page
        )
        self.compared.setObjectName("recoveryCompared")
        layout.addWidget(self.compared)
        self.message = message_label("recoveryMessage", page)
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QDialogButtonBox(page)
        self.write_button = buttons.addButton(
            self.tr("&Write the answer…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setObjectName("recoveryWrite")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.choose_and_write)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.compared.toggled.connect(self._update)
        self.answer_anyway.toggled.connect(self._update)
        return page

    def _build_key_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("recoveryKeyPage")
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Read out the one-time key"), page, level=2))
        self.saved_label = explanation("", page)
        self.saved_label.setObjectName("recoverySaved")
        layout.addWidget(self.saved_label)
        layout.addWidget(
            explanation(
                self.tr(
                    "Read this one-time key out to the laptop's user on the phone. Never write"
                    " it down, mail it or send it in a message, and never with the answer file."
                    " It is shown only this once."
                ),
                page,
            )
        )
        self.key_view = RecoveryKeyView(page)
        self.key_view.setObjectName("recoveryOneTimeKey")
        layout.addWidget(self.key_view)
        layout.addStretch(1)
        buttons = QDialogButtonBox(page)
        done = buttons.addButton(self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setObjectName("recoveryDone")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        return page

    @staticmethod
    def _value(text: str, name: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    # -- state -----------------------------------------------------------------------------

    def force(self) -> bool:
        return self.view.device_status == "revoked" and self.answer_anyway.isChecked()

    def can_answer(self) -> bool:
        view = self.view
        if not view.fingerprint_matches or not self.compared.isChecked():
            return False
        return view.device_status != "revoked" or self.answer_anyway.isChecked()

    def _update(self) -> None:
        self.write_button.setEnabled(self.can_answer())

    # -- writing ---------------------------------------------------------------------------

    def choose_and_write(self) -> None:
        if not self.can_answer():
            return
        name = self.request.name.removesuffix(REQUEST_SUFFIX) + ANSWER_SUFFIX
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the answer"),
            str(self.request.parent / name),
            self.tr("Answers to a recovery request (*{suffix})").format(suffix=ANSWER_SUFFIX),
        )
        if path:
            self.write_answer(Path(path))

    def write_answer(self, out: Path) -> bool:
        """Write the answer to ``out`` and show the one-time key; False (and a message)
        when the service refuses or the file cannot be written."""
        if not self.can_answer():
            return False
        show_message(self.message, "")
        try:
            answered = office_recovery.answer_request(
                self._ctx, self.request, out, force=self.force()
            )
        except Exception as exc:
            show_message(self.message, words.describe_sync_error(exc, kind=words.RECOVERY))
            return False
        self.answered = answered
        self.saved_label.setText(
            self.tr(
                "The answer is saved as {file}. Send it to the laptop on a USB stick or by"
                " secure mail."
            ).format(file=words.folder_text(out))
        )
        self.key_view.set_key(answered.one_time_key, self.tr("One-time key"))
        self.pages.setCurrentWidget(self.key_page)
        return True

    def done(self, result: int) -> None:
        # The key is not kept once the dialog closes (or the screen locks).
        self.key_view.set_key("")
        self.answered = None
        super().done(result)


class OfficeRecoveryActions(QObject):
    """The menu action (File, office vault) and the dialog it opens."""

    def __init__(self, window: MainWindow, ctx: Context) -> None:
        super().__init__(window)
        self.setObjectName("office_recovery_actions")
        self._window = window
        self._ctx = ctx
        self.dialog: RecoveryAnswerDialog | None = None
        self.error_box: QMessageBox | None = None
        self.action = QAction(self.tr("&Recovery answer for a laptop…"), window)
        self.action.setObjectName("action_recovery_answer")
        self.action.triggered.connect(self.choose_request)
        menu = window.file_menu
        actions = menu.actions()
        # After the records actions, before Lock / Settings / Quit.
        before = next((a for a in actions if a.isSeparator()), None)
        menu.insertAction(before, self.action)

    def choose_request(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open a recovery request"),
            "",
            self.tr("Recovery requests (*{suffix})").format(suffix=REQUEST_SUFFIX),
        )
        if path:
            self.open_request(Path(path))

    def open_request(self, path: Path) -> RecoveryAnswerDialog | None:
        """Read the request (without opening it) and show the dialog; an error box for a
        request this office cannot answer."""
        try:
            view = office_recovery.preview_request(self._ctx, path)
        except Exception as exc:
            box = QMessageBox(self._window)
            box.setObjectName("recoveryError")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Recovery answer for a laptop"))
            box.setText(words.describe_sync_error(exc, kind=words.RECOVERY))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.error_box = box
            return None
        dialog = RecoveryAnswerDialog(self._ctx, path, view, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog
