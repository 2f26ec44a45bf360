"""The first run: create a vault through the welcome pages, a demo vault, open one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import find

from tests.conftest import PASSPHRASE
from vink_desktop.services import vault_service
from vink_desktop.storage.keyfile import read_keyfile
from vink_desktop.storage.vault import VaultPaths
from vink_desktop.ui.app import AppController
from vink_desktop.ui.main_window import MainWindow
from vink_desktop.ui.settings import LAST_VAULT_FOLDER, Settings
from vink_desktop.ui.start_window import StartWindow
from vink_desktop.ui.unlock import UnlockWidget
from vink_desktop.ui.vault_access import VaultAccess

Wait = Callable[[object], None]


def no_views(window: MainWindow, *_args: object) -> None:
    """Tests of the shell register no data views."""


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_create_form(
    qtbot: QtBot, start: StartWindow, folder: Path, passphrase: str = PASSPHRASE
) -> None:
    folder_edit = find(start, QLineEdit, "vault_folder_edit")
    folder_edit.setText(str(folder))
    name = find(start, QLineEdit, "worker_name")
    name.clear()
    qtbot.keyClicks(name, "Mette Mentor")
    qtbot.keyClicks(find(start, QLineEdit, "create_passphrase"), passphrase)
    qtbot.keyClicks(find(start, QLineEdit, "create_passphrase_repeat"), passphrase)


def test_create_a_vault_through_the_welcome_pages(
    qtbot: QtBot, danish: None, tmp_path: Path, ui_settings: Settings, access: VaultAccess,
    wait_idle: Wait,
) -> None:  # fmt: skip
    controller = AppController(ui_settings, access, register_views=no_views)
    start = controller.start(None)
    qtbot.addWidget(start)
    assert start.welcome.current_page() is start.welcome.choice_page

    click(qtbot, find(start, QCommandLinkButton, "create_vault_button"))
    assert start.welcome.current_page() is start.welcome.create_page
    assert not find(start, QSpinBox, "demo_participants").isVisible()
    create = find(start, QPushButton, "create_button")
    assert not create.isEnabled()

    folder = tmp_path / "my-vault"
    fill_create_form(qtbot, start, folder)
    assert create.isEnabled()
    click(qtbot, create)
    wait_idle(start.welcome)

    # The recovery key, in groups, and Continue only after the box is ticked.
    assert start.welcome.current_page() is start.welcome.recovery_page
    key_text = find(start, QLabel, "recovery_key_text").text()
    groups = key_text.split()
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    assert key_text.count("\n") == 2
    proceed = find(start, QPushButton, "continue_button")
    assert not proceed.isEnabled()
    click(qtbot, proceed)
    assert controller.main_window is None
    find(start, QCheckBox, "written_down").setChecked(True)
    assert proceed.isEnabled()
    with qtbot.waitSignal(start.vault_ready):
        click(qtbot, proceed)

    window = controller.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert find(window, QLabel, "status_worker").text() == "Mette Mentor"
    assert find(window, QLabel, "status_vault_kind").text() == "Feltboks"
    assert window.findChild(QWidget, "placeholder_view") is not None
    ctx = controller.ctx
    assert ctx is not None and ctx.vault.is_open
    assert ui_settings.get(LAST_VAULT_FOLDER) == str(folder)

    # The key shown is the vault's recovery key.
    keyfile = read_keyfile(VaultPaths(folder).key)
    keyfile.unlock_with_recovery("-".join(groups))
    controller.shutdown()
    assert not ctx.vault.is_open


def test_passphrases_must_match_and_be_long_enough(
    qtbot: QtBot, danish: None, tmp_path: Path, access: VaultAccess
) -> None:
    start = StartWindow(access)
    qtbot.addWidget(start)
    start.welcome.show_create(demo=False)
    start.show()
    find(start, QLineEdit, "vault_folder_edit").setText(str(tmp_path / "v"))
    find(start, QLineEdit, "worker_name").setText("Mette")
    first = find(start, QLineEdit, "create_passphrase")
    second = find(start, QLineEdit, "create_passphrase_repeat")
    create = find(start, QPushButton, "create_button")

    first.setText("kort")
    assert find(start, QLabel, "strength_label").text().startswith("For kort")
    second.setText("kort")
    assert not create.isEnabled()

    first.setText("en lang og god sætning at huske")
    second.setText("en lang og god sætning at husk")
    mismatch = find(start, QLabel, "create_passphrase_mismatch")
    assert mismatch.isVisible() and mismatch.text() == "De to adgangskoder er ikke ens."
    assert not create.isEnabled()
    second.setText("en lang og god sætning at huske")
    assert not mismatch.isVisible()
    assert create.isEnabled()


def test_creating_where_a_vault_exists_is_refused_in_danish(
    qtbot: QtBot, danish: None, closed_vault: Path, access: VaultAccess, wait_idle: Wait
) -> None:
    start = StartWindow(access)
    qtbot.addWidget(start)
    start.show()
    start.welcome.show_create(demo=False)
    fill_create_form(qtbot, start, closed_vault)
    click(qtbot, find(start, QPushButton, "create_button"))
    wait_idle(start.welcome)
    message = find(start, QLabel, "create_message")
    assert message.isVisible()
    assert message.text().startswith("Der er allerede en boks i mappen")
    assert start.welcome.current_page() is start.welcome.create_page
    vault_service.close(vault_service.open_vault(closed_vault, PASSPHRASE))  # untouched


def test_demo_vault_is_generated_off_the_gui_thread(
    qtbot: QtBot, danish: None, tmp_path: Path, ui_settings: Settings, access: VaultAccess,
    wait_idle: Wait,
) -> None:  # fmt: skip
    controller = AppController(ui_settings, access, register_views=no_views)
    start = controller.start(None)
    qtbot.addWidget(start)
    click(qtbot, find(start, QCommandLinkButton, "demo_vault_button"))
    participants = find(start, QSpinBox, "demo_participants")
    assert participants.isVisible()
    participants.setValue(30)
    fill_create_form(qtbot, start, tmp_path / "demo")
    progress: list[tuple[int, int]] = []
    click(qtbot, find(start, QPushButton, "create_button"))
    operation = start.welcome.operation
    assert operation is not None
    operation.progressed.connect(lambda done, total: progress.append((done, total)))
    wait_idle(start.welcome)
    assert operation.error is None
    assert progress and progress[-1] == (30, 30)
    assert start.welcome.current_page() is start.welcome.recovery_page

    find(start, QCheckBox, "written_down").setChecked(True)
    click(qtbot, find(start, QPushButton, "continue_button"))
    assert controller.ctx is not None
    info = vault_service.vault_info(controller.ctx)
    assert info.participants == 30
    assert info.courses == 30
    assert info.sessions > 30
    assert controller.main_window is not None
    qtbot.addWidget(controller.main_window)
    controller.shutdown()


def test_cancelling_the_demo_leaves_nothing_behind(
    qtbot: QtBot, danish: None, tmp_path: Path, access: VaultAccess, wait_idle: Wait
) -> None:
    start = StartWindow(access)
    qtbot.addWidget(start)
    start.show()
    start.welcome.show_create(demo=True)
    find(start, QSpinBox, "demo_participants").setValue(20_000)
    folder = tmp_path / "demo"
    fill_create_form(qtbot, start, folder)
    click(qtbot, find(start, QPushButton, "create_button"))
    progress = start.welcome.progress
    assert progress is not None
    qtbot.waitUntil(progress.isVisible, timeout=10_000)  # shown after a short delay
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuller"
    click(qtbot, cancel)
    wait_idle(start.welcome)
    assert start.welcome.operation is not None
    assert start.welcome.operation.error is not None
    assert find(start, QLabel, "create_message").text() == "Annulleret. Intet blev gemt."
    assert not folder.exists()


def test_open_an_existing_vault(
    qtbot: QtBot, danish: None, closed_vault: Path, tmp_path: Path, access: VaultAccess
) -> None:
    start = StartWindow(access)
    qtbot.addWidget(start)
    start.show()
    start.show_welcome()
    click(qtbot, find(start, QCommandLinkButton, "open_vault_button"))
    folder_edit = find(start, QLineEdit, "open_folder_edit")

    folder_edit.setText(str(tmp_path / "empty"))
    click(qtbot, find(start, QPushButton, "open_continue"))
    assert find(start, QLabel, "open_message").text().startswith("Der er ingen boks")

    folder_edit.setText(str(closed_vault))
    click(qtbot, find(start, QPushButton, "open_continue"))
    assert isinstance(start.unlock, UnlockWidget)
    assert start.stack.currentWidget() is start.unlock
    assert start.unlock.folder == closed_vault

    click(qtbot, find(start.unlock, QPushButton, "other_vault"))
    assert start.welcome.current_page() is start.welcome.open_page


def test_controller_starts_at_unlock_when_a_vault_is_known(
    qtbot: QtBot, closed_vault: Path, ui_settings: Settings, access: VaultAccess,
    wait_idle: Wait,
) -> None:  # fmt: skip
    from vink_desktop.ui.app import initial_folder

    assert initial_folder(ui_settings) is None  # nothing yet: the welcome pages
    ui_settings.set(LAST_VAULT_FOLDER, str(closed_vault))
    folder = initial_folder(ui_settings)
    assert folder == closed_vault
    controller = AppController(ui_settings, access, register_views=no_views)
    start = controller.start(folder)
    qtbot.addWidget(start)
    assert start.unlock is not None
    qtbot.keyClicks(find(start, QLineEdit, "passphrase"), PASSPHRASE)
    click(qtbot, find(start, QPushButton, "unlock_button"))
    wait_idle(start.unlock)
    assert controller.main_window is not None
    qtbot.addWidget(controller.main_window)
    assert controller.screen_lock is not None
    controller.shutdown()
