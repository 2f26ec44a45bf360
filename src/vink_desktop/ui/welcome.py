"""The first run: create a vault, open an existing one, or try a demo vault; and the start
window that hosts the welcome pages and the unlock screen before the main window opens.

Creating runs in a worker (calibrating Argon2id takes a moment; the demo generator longer,
with a progress bar and cancel); the new vault is then opened on the GUI thread and the
recovery key is shown, in groups, until the person ticks that they have written it down.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCommandLinkButton,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.storage.paths import APP_AUTHOR, APP_NAME, VaultPaths, default_vault_dir
from vink_desktop.ui.error_text import describe_error, vault_error_text
from vink_desktop.ui.operations import Operation, ProgressDialog, run_operation
from vink_desktop.ui.unlock import busy_bar
from vink_desktop.ui.vault_access import CreatedInWorker, VaultAccess
from vink_desktop.ui.widgets import (
    NewPassphraseFields,
    RecoveryKeyView,
    explanation,
    heading,
    message_label,
    show_message,
)

if TYPE_CHECKING:
    from vink_desktop.services.context import Context

DEFAULT_DEMO_PARTICIPANTS = 200


def default_demo_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR) / "demo-vault"


def _centered(page: QWidget) -> QWidget:
    """``page`` in the middle third of a wider area, so forms do not stretch edge to edge."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.addStretch(1)
    row.addWidget(page, 4)
    row.addStretch(1)
    return holder


class WelcomeWidget(QWidget):
    """The welcome pages. Emits :attr:`created` (an open context) or :attr:`open_requested`."""

    created = Signal(object)
    open_requested = Signal(object)

    def __init__(self, access: VaultAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_widget")
        self._access = access
        self._demo = False
        self._folder = Path()
        self._pending: Context | None = None
        self.operation: Operation[CreatedInWorker] | None = None
        self.progress: ProgressDialog | None = None

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("welcome_pages")
        self.choice_page = self._build_choice_page()
        self.create_page = self._build_create_page()
        self.recovery_page = self._build_recovery_page()
        self.open_page = self._build_open_page()
        for page in (self.choice_page, self.create_page, self.recovery_page, self.open_page):
            self.pages.addWidget(_centered(page))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- pages -----------------------------------------------------------------------------

    def _build_choice_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("choice_page")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(heading(self.tr("Welcome to VINK Desktop"), page))
        layout.addWidget(
            explanation(
                self.tr(
                    "Your records are kept in a vault: an encrypted file on this computer that"
                    " only opens with your passphrase. Nothing leaves the computer unless you"
                    " export it."
                ),
                page,
            )
        )
        self.create_button = QCommandLinkButton(
            self.tr("Create a new vault"),
            self.tr("For a new mentor, parent coach or office. You choose a passphrase."),
            page,
        )
        self.create_button.setObjectName("create_vault_button")
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing vault"),
            self.tr("A vault folder that is already on this computer."),
            page,
        )
        self.open_button.setObjectName("open_vault_button")
        self.demo_button = QCommandLinkButton(
            self.tr("Try it with demo data"),
            self.tr("A separate vault filled with invented young people and parents."),
            page,
        )
        self.demo_button.setObjectName("demo_vault_button")
        for button in (self.create_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        layout.addStretch(2)
        self.create_button.clicked.connect(lambda: self.show_create(demo=False))
        self.open_button.clicked.connect(self.show_open)
        self.demo_button.clicked.connect(lambda: self.show_create(demo=True))
        return page

    def _build_create_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("create_page")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.create_title = heading(self.tr("Create a new vault"), page)
        layout.addWidget(self.create_title)
        self.create_intro = explanation("", page)
        layout.addWidget(self.create_intro)
        form = QFormLayout()

        self.folder_edit = QLineEdit(page)
        self.folder_edit.setObjectName("vault_folder_edit")
        self.folder_edit.setAccessibleName(self.tr("Vault folder"))
        self.browse_button = QPushButton(self.tr("B&rowse…"), page)
        self.browse_button.setObjectName("browse_folder")
        self.browse_button.setAccessibleName(self.tr("Choose the vault folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        folder_label = QLabel(self.tr("&Folder:"), page)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)

        kind_box = QWidget(page)
        kind_box.setObjectName("vault_kind")
        kind_layout = QVBoxLayout(kind_box)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_field = QRadioButton(self.tr("F&ield: a mentor or parent coach"), kind_box)
        self.kind_field.setObjectName("kind_field")
        self.kind_office = QRadioButton(self.tr("&Office: a supervisor"), kind_box)
        self.kind_office.setObjectName("kind_office")
        self.kind_field.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.kind_field)
        self.kind_group.addButton(self.kind_office)
        kind_layout.addWidget(self.kind_field)
        kind_layout.addWidget(self.kind_office)
        kind_box.setAccessibleName(self.tr("Kind of vault"))
        kind_label = QLabel(self.tr("Kind:"), page)
        kind_label.setBuddy(self.kind_field)
        form.addRow(kind_label, kind_box)

        self.worker_name = QLineEdit(page)
        self.worker_name.setObjectName("worker_name")
        self.worker_name.setAccessibleName(self.tr("Your name"))
        self.worker_name.setMaxLength(200)
        name_label = QLabel(self.tr("Your na&me:"), page)
        name_label.setBuddy(self.worker_name)
        form.addRow(name_label, self.worker_name)

        self.new_fields = NewPassphraseFields(page, prefix="create")
        self.new_fields.add_to(form)

        self.demo_participants = QSpinBox(page)
        self.demo_participants.setObjectName("demo_participants")
        self.demo_participants.setRange(10, 20_000)
        self.demo_participants.setSingleStep(50)
        self.demo_participants.setValue(DEFAULT_DEMO_PARTICIPANTS)
        self.demo_participants.setAccessibleName(self.tr("Number of demo participants"))
        self.demo_label = QLabel(self.tr("&Demo participants:"), page)
        self.demo_label.setBuddy(self.demo_participants)
        form.addRow(self.demo_label, self.demo_participants)
        layout.addLayout(form)

        self.create_busy = busy_bar("create_busy", self.tr("Creating the vault"), page)
        layout.addWidget(self.create_busy)
        self.create_message = message_label("create_message", page)
        layout.addWidget(self.create_message)

        self.create_back = QPushButton(self.tr("&Back"), page)
        self.create_back.setObjectName("create_back")
        self.create_vault = QPushButton(self.tr("&Create the vault"), page)
        self.create_vault.setObjectName("create_button")
        self.create_vault.setDefault(True)
        self.create_vault.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_vault)
        layout.addLayout(buttons)
        layout.addStretch(2)

        for edit in (self.folder_edit, self.worker_name):
            edit.textChanged.connect(self._update_create_button)
        self.new_fields.changed.connect(self._update_create_button)
        self.browse_button.clicked.connect(lambda: self._browse(self.folder_edit))
        self.create_back.clicked.connect(self.show_choice)
        self.create_vault.clicked.connect(self.start_creating)
        order = [
            self.folder_edit,
            self.browse_button,
            self.kind_field,
            self.kind_office,
            self.worker_name,
            self.new_fields.first,
            self.new_fields.second,
            self.demo_participants,
            self.create_vault,
            self.create_back,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("recovery_key_page")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(heading(self.tr("Write down your recovery key"), page))
        layout.addWidget(
            explanation(
                self.tr(
                    "If you forget your passphrase, this key is the only way into the vault."
                    " Write it on paper now and keep the paper safe, away from this computer."
                    " It is shown only this once."
                ),
                page,
            )
        )
        self.recovery_view = RecoveryKeyView(page)
        layout.addWidget(self.recovery_view)
        self.written_down = QCheckBox(
            self.tr("I have &written the recovery key down and keep it safe"), page
        )
        self.written_down.setObjectName("written_down")
        layout.addWidget(self.written_down)
        self.continue_button = QPushButton(self.tr("C&ontinue"), page)
        self.continue_button.setObjectName("continue_button")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addStretch(2)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        return page

    def _build_open_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("open_page")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(heading(self.tr("Open an existing vault"), page))
        layout.addWidget(
            explanation(self.tr("Choose the folder that holds vault.db and vault.key."), page)
        )
        form = QFormLayout()
        self.open_folder = QLineEdit(page)
        self.open_folder.setObjectName("open_folder_edit")
        self.open_folder.setAccessibleName(self.tr("Vault folder"))
        self.open_browse = QPushButton(self.tr("B&rowse…"), page)
        self.open_browse.setObjectName("open_browse")
        self.open_browse.setAccessibleName(self.tr("Choose the vault folder"))
        row = QHBoxLayout()
        row.addWidget(self.open_folder, 1)
        row.addWidget(self.open_browse)
        label = QLabel(self.tr("&Folder:"), page)
        label.setBuddy(self.open_folder)
        form.addRow(label, row)
        layout.addLayout(form)
        self.open_message = message_label("open_message", page)
        layout.addWidget(self.open_message)
        self.open_back = QPushButton(self.tr("&Back"), page)
        self.open_back.setObjectName("open_back")
        self.open_continue = QPushButton(self.tr("C&ontinue"), page)
        self.open_continue.setObjectName("open_continue")
        self.open_continue.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_back)
        buttons.addStretch(1)
        buttons.addWidget(self.open_continue)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.open_browse.clicked.connect(lambda: self._browse(self.open_folder))
        self.open_back.clicked.connect(self.show_choice)
        self.open_continue.clicked.connect(self._open)
        self.open_folder.returnPressed.connect(self._open)
        QWidget.setTabOrder(self.open_folder, self.open_browse)
        QWidget.setTabOrder(self.open_browse, self.open_continue)
        QWidget.setTabOrder(self.open_continue, self.open_back)
        return page

    # -- navigation ------------------------------------------------------------------------

    def _show(self, page: QWidget) -> None:
        holder = page.parentWidget()
        self.pages.setCurrentWidget(holder if holder is not None else page)

    def current_page(self) -> QWidget | None:
        """The page shown (inside its centring holder)."""
        for page in (self.choice_page, self.create_page, self.recovery_page, self.open_page):
            if page.parentWidget() is self.pages.currentWidget():
                return page
        return None

    def show_choice(self) -> None:
        self._show(self.choice_page)
        self.create_button.setFocus()

    def show_create(self, *, demo: bool) -> None:
        self._demo = demo
        if demo:
            self.create_title.setText(self.tr("Create a demo vault"))
            self.create_intro.setText(
                self.tr(
                    "A vault of its own with invented participants, courses and sessions, to"
                    " look around in. It still needs a passphrase."
                )
            )
            self.folder_edit.setText(str(default_demo_dir()))
            if not self.worker_name.text():
                self.worker_name.setText(self.tr("Demo mentor"))
        else:
            self.create_title.setText(self.tr("Create a new vault"))
            self.create_intro.setText(
                self.tr(
                    "Choose a passphrase you can remember: a short sentence is good. Nobody,"
                    " not even the office, can open the vault without it or the recovery key."
                )
            )
            self.folder_edit.setText(str(default_vault_dir()))
        self.demo_label.setVisible(demo)
        self.demo_participants.setVisible(demo)
        show_message(self.create_message, "")
        self._show(self.create_page)
        self.worker_name.setFocus()

    def show_open(self) -> None:
        if not self.open_folder.text():
            self.open_folder.setText(str(default_vault_dir()))
        show_message(self.open_message, "")
        self._show(self.open_page)
        self.open_folder.setFocus()

    def show_recovery_key(self, recovery_key: str) -> None:
        self.recovery_view.set_key(recovery_key)
        self.written_down.setChecked(False)
        self._show(self.recovery_page)
        self.written_down.setFocus()

    def _browse(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the vault folder"), edit.text()
        )
        if folder:
            edit.setText(folder)

    # -- creating --------------------------------------------------------------------------

    def _update_create_button(self) -> None:
        ready = (
            bool(self.folder_edit.text().strip())
            and bool(self.worker_name.text().strip())
            and self.new_fields.is_acceptable()
        )
        self.create_vault.setEnabled(ready and not self.is_busy())

    def is_busy(self) -> bool:
        return self.operation is not None and not self.operation.done

    def start_creating(self) -> None:
        if self.is_busy() or not self.create_vault.isEnabled():
            return
        from vink_desktop.domain.model import VaultKind

        folder = Path(self.folder_edit.text().strip()).expanduser()
        kind = VaultKind.OFFICE if self.kind_office.isChecked() else VaultKind.FIELD
        participants = self.demo_participants.value() if self._demo else 0
        work = self._access.create_work(
            folder,
            self.new_fields.passphrase(),
            kind,
            self.worker_name.text(),
            demo_participants=participants,
        )
        self._folder = folder
        show_message(self.create_message, "")
        self.operation = run_operation(work, on_success=self._created, on_failure=self._failed)
        self._set_busy(True)
        if self._demo:
            self.progress = ProgressDialog(self.tr("Creating the demo vault…"), self)
            self.progress.follow(self.operation)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.folder_edit, self.browse_button, self.kind_field, self.kind_office,
                       self.worker_name, self.new_fields.first, self.new_fields.second,
                       self.demo_participants, self.create_back):  # fmt: skip
            widget.setEnabled(not busy)
        self.create_busy.setVisible(busy)
        self._update_create_button()

    def _created(self, result: CreatedInWorker) -> None:
        self._set_busy(False)
        try:
            ctx = self._access.open(result.key)
        except Exception as exc:
            self._failed(exc)
            return
        self._pending = ctx
        self.new_fields.clear()
        self.show_recovery_key(result.recovery_key)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = describe_error(exc, folder=str(self._folder))
        if text is None:
            raise exc
        show_message(self.create_message, text)

    def _continue(self) -> None:
        if not self.written_down.isChecked() or self._pending is None:
            return
        ctx, self._pending = self._pending, None
        self.recovery_view.set_key("")
        self.created.emit(ctx)

    def pending_context(self) -> Context | None:
        return self._pending

    # -- opening ---------------------------------------------------------------------------

    def _open(self) -> None:
        folder = Path(self.open_folder.text().strip()).expanduser()
        if not self.open_folder.text().strip() or not VaultPaths(folder).exists():
            show_message(self.open_message, vault_error_text("vault_not_found", str(folder)))
            return
        self.open_requested.emit(folder)
