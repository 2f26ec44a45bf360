"""The unlock screen: a passphrase, or the recovery key and a new passphrase, or (both lost)
help from the office (:mod:`ui.office_help`, built when asked for).

Used at start-up (inside the start window) and on the lock overlay. The key derivation runs
off the GUI thread with a busy bar; the SQLCipher connection is then opened on the GUI
thread (see :mod:`ui.vault_access`). Errors are shown inline in the user's language; after a
failure nothing on disk has changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.ui.error_text import describe_error
from vink_desktop.ui.operations import Operation, run_operation
from vink_desktop.ui.vault_access import VaultAccess
from vink_desktop.ui.widgets import (
    NewPassphraseFields,
    explanation,
    heading,
    key_edit,
    message_label,
    password_edit,
    show_message,
)

if TYPE_CHECKING:
    from vink_desktop.services.context import Context
    from vink_desktop.services.vault_steps import DerivedKey
    from vink_desktop.ui.office_help import OfficeHelpWidget


def busy_bar(object_name: str, accessible_name: str, parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setObjectName(object_name)
    bar.setRange(0, 0)  # an indeterminate, moving bar
    bar.setTextVisible(False)
    bar.setAccessibleName(accessible_name)
    bar.setVisible(False)
    return bar


class UnlockWidget(QWidget):
    """Unlock one vault folder. Emits :attr:`unlocked` with the open :class:`Context`.

    With ``reopen`` (the idle lock), that context receives the re-opened vault and is what
    :attr:`unlocked` carries.
    """

    unlocked = Signal(object)
    #: "Open another vault…" was chosen (start window only).
    other_vault_requested = Signal()

    def __init__(
        self,
        folder: Path,
        access: VaultAccess,
        parent: QWidget | None = None,
        *,
        reopen: Context | None = None,
        locked_screen: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_widget")
        self.folder = folder
        self._access = access
        self._reopen = reopen
        self.operation: Operation[DerivedKey] | None = None
        # Help from the office (both secrets lost), built when first asked for.
        self.office_help: OfficeHelpWidget | None = None

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("unlock_pages")
        self.passphrase_page = self._build_passphrase_page(locked_screen)
        self.recovery_page = self._build_recovery_page()
        self.pages.addWidget(self.passphrase_page)
        self.pages.addWidget(self.recovery_page)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pages, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setFocusProxy(self.passphrase)

    # -- pages -----------------------------------------------------------------------------

    def _build_passphrase_page(self, locked_screen: bool) -> QWidget:
        page = QWidget(self)
        page.setObjectName("passphrase_page")
        layout = QVBoxLayout(page)
        title = self.tr("VINK Desktop is locked") if locked_screen else self.tr("Unlock the vault")
        layout.addWidget(heading(title, page))
        intro = (
            self.tr("Nothing was lost. Type your passphrase to carry on where you were.")
            if locked_screen
            else self.tr("Type the passphrase of the vault in this folder:")
        )
        layout.addWidget(explanation(intro, page))
        self.folder_label = QLabel(str(self.folder), page)
        self.folder_label.setObjectName("vault_folder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("Vault folder"))
        self.folder_label.setVisible(not locked_screen)
        layout.addWidget(self.folder_label)

        form = QFormLayout()
        self.passphrase = password_edit("passphrase", self.tr("Passphrase"), page)
        label = QLabel(self.tr("&Passphrase:"), page)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        layout.addLayout(form)

        self.unlock_button = QPushButton(self.tr("&Unlock"), page)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)

        self.busy = busy_bar("unlock_busy", self.tr("Unlocking"), page)
        layout.addWidget(self.busy)
        self.message = message_label("unlock_message", page)
        layout.addWidget(self.message)

        links = QHBoxLayout()
        self.recovery_link = QPushButton(self.tr("Forgot the passphrase? Use the &recovery key"))
        self.recovery_link.setObjectName("use_recovery_key")
        self.recovery_link.setFlat(True)
        links.addWidget(self.recovery_link)
        links.addStretch(1)
        self.other_vault = QPushButton(self.tr("Open &another vault…"), page)
        self.other_vault.setObjectName("other_vault")
        self.other_vault.setFlat(True)
        self.other_vault.setVisible(not locked_screen)
        links.addWidget(self.other_vault)
        layout.addLayout(links)

        self.passphrase.textChanged.connect(self._update_unlock_button)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.recovery_link.clicked.connect(self.show_recovery)
        self.other_vault.clicked.connect(self.other_vault_requested)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("recovery_page")
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Unlock with the recovery key"), page))
        layout.addWidget(
            explanation(
                self.tr(
                    "Type the recovery key you wrote down when the vault was created (nine"
                    " groups of four characters), and choose a new passphrase. The old"
                    " passphrase stops working."
                ),
                page,
            )
        )
        form = QFormLayout()
        self.recovery_key = key_edit("recovery_key", self.tr("Recovery key"), page)
        key_label = QLabel(self.tr("Recovery &key:"), page)
        key_label.setBuddy(self.recovery_key)
        form.addRow(key_label, self.recovery_key)
        self.new_fields = NewPassphraseFields(page, prefix="recovery_new")
        self.new_fields.add_to(form)
        layout.addLayout(form)

        self.back_button = QPushButton(self.tr("&Back"), page)
        self.back_button.setObjectName("back_to_passphrase")
        self.recover_button = QPushButton(self.tr("Unlock and &set the new passphrase"), page)
        self.recover_button.setObjectName("recover_button")
        self.recover_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout.addLayout(buttons)
        self.recovery_busy = busy_bar("recovery_busy", self.tr("Unlocking"), page)
        layout.addWidget(self.recovery_busy)
        self.recovery_message = message_label("recovery_message", page)
        layout.addWidget(self.recovery_message)
        self.office_link = QPushButton(
            self.tr("Lost the recovery key too? Get &help from the office"), page
        )
        self.office_link.setObjectName("use_office_help")
        self.office_link.setFlat(True)
        office_row = QHBoxLayout()
        office_row.addWidget(self.office_link)
        office_row.addStretch(1)
        layout.addLayout(office_row)
        layout.addStretch(1)

        self.recovery_key.textChanged.connect(self._update_recover_button)
        self.new_fields.changed.connect(self._update_recover_button)
        self.back_button.clicked.connect(self.show_passphrase)
        self.recover_button.clicked.connect(self.recover)
        self.office_link.clicked.connect(self.show_office_help)
        QWidget.setTabOrder(self.recovery_key, self.new_fields.first)
        QWidget.setTabOrder(self.new_fields.first, self.new_fields.second)
        QWidget.setTabOrder(self.new_fields.second, self.recover_button)
        QWidget.setTabOrder(self.recover_button, self.back_button)
        return page

    # -- navigation ------------------------------------------------------------------------

    def show_recovery(self) -> None:
        self.pages.setCurrentWidget(self.recovery_page)
        self.recovery_key.setFocus()

    def show_office_help(self) -> None:
        """The office's help, for when the printed recovery key is lost too."""
        if self.office_help is None:
            from vink_desktop.ui.office_help import OfficeHelpWidget

            self.office_help = OfficeHelpWidget(
                self.folder, self._access, self, reopen=self._reopen
            )
            self.office_help.back_requested.connect(self.show_recovery)
            self.office_help.unlocked.connect(self._office_unlocked)
            self.pages.addWidget(self.office_help)
        self.office_help.show_request()
        self.pages.setCurrentWidget(self.office_help)

    def _office_unlocked(self, ctx: Context) -> None:
        show_message(self.recovery_message, "")
        self.pages.setCurrentWidget(self.passphrase_page)
        self.unlocked.emit(ctx)

    def show_passphrase(self) -> None:
        self.pages.setCurrentWidget(self.passphrase_page)
        self.passphrase.setFocus()

    def is_busy(self) -> bool:
        if self.office_help is not None and self.office_help.is_busy():
            return True
        return self.operation is not None and not self.operation.done

    def _update_unlock_button(self) -> None:
        self.unlock_button.setEnabled(bool(self.passphrase.text()) and not self.is_busy())

    def _update_recover_button(self) -> None:
        ready = bool(self.recovery_key.text().strip()) and self.new_fields.is_acceptable()
        self.recover_button.setEnabled(ready and not self.is_busy())

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.recovery_key, self.new_fields.first,
                       self.new_fields.second, self.back_button, self.recovery_link,
                       self.office_link):  # fmt: skip
            widget.setEnabled(not busy)
        self.busy.setVisible(busy and self.pages.currentWidget() is self.passphrase_page)
        self.recovery_busy.setVisible(busy and self.pages.currentWidget() is self.recovery_page)
        self._update_unlock_button()
        self._update_recover_button()
        if busy:
            self.unlock_button.setEnabled(False)
            self.recover_button.setEnabled(False)

    # -- actions ---------------------------------------------------------------------------

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or self.is_busy():
            return
        show_message(self.message, "")
        self.operation = run_operation(
            self._access.derive_work(self.folder, passphrase),
            on_success=self._derived,
            on_failure=self._failed,
        )
        self._set_busy(True)

    def recover(self) -> None:
        if self.is_busy() or not self.new_fields.is_acceptable():
            return
        show_message(self.recovery_message, "")
        self.operation = run_operation(
            self._access.recover_work(
                self.folder, self.recovery_key.text(), self.new_fields.passphrase()
            ),
            on_success=self._derived,
            on_failure=self._failed,
        )
        self._set_busy(True)

    def _derived(self, key: DerivedKey) -> None:
        try:
            ctx = self._access.open(key, into=self._reopen)
        except Exception as exc:
            self._failed(exc)
            return
        self._set_busy(False)
        self.passphrase.clear()
        self.recovery_key.clear()
        self.new_fields.clear()
        show_message(self.message, "")
        show_message(self.recovery_message, "")
        self.pages.setCurrentWidget(self.passphrase_page)
        self.unlocked.emit(ctx)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = describe_error(exc, folder=str(self.folder))
        if text is None:
            raise exc
        if self.pages.currentWidget() is self.recovery_page:
            show_message(self.recovery_message, text)
            self.recovery_key.setFocus()
            self.recovery_key.selectAll()
        else:
            show_message(self.message, text)
            self.passphrase.clear()
            self.passphrase.setFocus()
