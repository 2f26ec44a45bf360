"""Recovery through the office in the desktop app, with real vaults, real request and answer
files and real widgets: the laptop's unlock screen writes the request, the office's File menu
answers it, the laptop recovers with the one-time key, shows the new printed recovery key and
opens the vault."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from office_recovery_helpers import NEW_PASSPHRASE, Laptop, enrolled_laptop, make_office
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import find, snapshot

from tests.conftest import PASSPHRASE
from vink_desktop.services import audit_service, courses, vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.storage.errors import WrongPassphrase
from vink_desktop.storage.keyfile import read_keyfile
from vink_desktop.storage.recovery_key import format_recovery_key, parse_recovery_key
from vink_desktop.ui import app as app_module
from vink_desktop.ui import sync_texts
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.main_window import MainWindow
from vink_desktop.ui.office_help import OfficeHelpWidget
from vink_desktop.ui.recovery_answer_dialog import OfficeRecoveryActions, RecoveryAnswerDialog
from vink_desktop.ui.settings import Settings
from vink_desktop.ui.unlock import UnlockWidget
from vink_desktop.ui.vault_access import VaultAccess

Wait = Callable[[object], None]
#: The unlock screens of the current test (a widget without a parent lives as long as its
#: Python wrapper).
_alive: list[UnlockWidget] = []


@pytest.fixture(autouse=True)
def _release_widgets() -> Iterator[None]:
    yield
    _alive.clear()


@pytest.fixture
def office(tmp_path: Path, clock: FixedClock) -> Iterator[Context]:
    ctx = make_office(tmp_path / "office", clock)
    yield ctx
    if ctx.vault.is_open:
        vault_service.close(ctx)


@pytest.fixture
def laptop(office: Context, tmp_path: Path, clock: FixedClock) -> Laptop:
    return enrolled_laptop(office, tmp_path / "field", clock)


def office_actions(qtbot: QtBot, office: Context, settings: Settings) -> OfficeRecoveryActions:
    """The office's main window with its views, as the app builds it; its recovery actions."""
    window = MainWindow(office, settings)
    qtbot.addWidget(window)
    app_module.register_available_views(window, office, EventBridge(office.events, window))
    actions = window.office_recovery_actions
    assert isinstance(actions, OfficeRecoveryActions)
    assert actions.action in window.file_menu.actions()
    return actions


def office_help(qtbot: QtBot, folder: Path, access: VaultAccess) -> OfficeHelpWidget:
    """The unlock screen, recovery page, "Get help from the office" (the unlock screen is
    kept alive as the help widget's parent)."""
    widget = UnlockWidget(folder, access)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.mouseClick(find(widget, QPushButton, "use_recovery_key"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(widget, QPushButton, "use_office_help"), Qt.MouseButton.LeftButton)
    assert widget.office_help is not None
    assert widget.pages.currentWidget() is widget.office_help
    _alive.append(widget)
    return widget.office_help


def answer(
    qtbot: QtBot, office: Context, settings: Settings, request: Path, out: Path
) -> RecoveryAnswerDialog:
    dialog = office_actions(qtbot, office, settings).open_request(request)
    assert dialog is not None
    find(dialog, QCheckBox, "recoveryCompared").setChecked(True)
    assert dialog.write_answer(out)
    return dialog


def message(widget: OfficeHelpWidget, name: str) -> str:
    label = find(widget, QLabel, name)
    assert label.isVisibleTo(widget)
    return label.text()


def test_round_trip_field_office_field(
    qtbot: QtBot, danish: None, office: Context, laptop: Laptop, access: VaultAccess,
    ui_settings: Settings, tmp_path: Path, isolated_home: Path, wait_idle: Wait,
) -> None:  # fmt: skip
    # Step A on the locked laptop: the request and the fingerprint to read out.
    help_widget = office_help(qtbot, laptop.folder, access)
    request = tmp_path / "stick" / "mette.vinkrecovery-request"
    request.parent.mkdir()
    assert help_widget.save_request(request)
    assert request.exists()
    summary = help_widget.request
    assert summary is not None
    shown = find(help_widget, QLabel, "request_fingerprint").text()
    assert shown == sync_texts.fingerprint_text(summary.device_fingerprint)
    assert "\n" in shown  # in groups, three to a line
    assert find(help_widget, QLabel, "request_saved").isVisibleTo(help_widget)

    # The office: File → Recovery answer for a laptop…
    dialog = office_actions(qtbot, office, ui_settings).open_request(request)
    assert dialog is not None
    assert find(dialog, QLabel, "recoveryStatus").text().startswith("Ukendt")
    assert find(dialog, QLabel, "recoveryFingerprint").text() == shown
    write = find(dialog, QAbstractButton, "recoveryWrite")
    assert not write.isEnabled()  # not before the fingerprint was compared
    assert not find(dialog, QCheckBox, "recoveryAnswerAnyway").isVisibleTo(dialog)
    find(dialog, QCheckBox, "recoveryCompared").setChecked(True)
    assert write.isEnabled()
    answer_file = tmp_path / "stick" / "mette.vinkrecovery-answer"
    assert dialog.write_answer(answer_file)
    one_time_key = dialog.key_view.key
    parse_recovery_key(one_time_key)
    assert dialog.pages.currentWidget() is dialog.key_page
    # A screen reader calls it what it is.
    assert find(dialog, QLabel, "recovery_key_text").accessibleName() == "Engangsnøgle"
    dialog.accept()
    assert dialog.key_view.key == ""  # not kept once the dialog is closed

    # Step B on the laptop: the answer, the one-time key, a new passphrase.
    help_widget.show_request()
    assert help_widget.open_answer(answer_file)
    assert help_widget.pages.currentWidget() is help_widget.answer_page
    recover = find(help_widget, QPushButton, "office_recover_button")
    assert not recover.isEnabled()
    find(help_widget, QLineEdit, "one_time_key").setText(one_time_key.lower().replace("-", " "))
    find(help_widget, QLineEdit, "office_new_passphrase").setText(NEW_PASSPHRASE)
    find(help_widget, QLineEdit, "office_new_passphrase_repeat").setText(NEW_PASSPHRASE)
    assert recover.isEnabled()
    qtbot.mouseClick(recover, Qt.MouseButton.LeftButton)
    wait_idle(help_widget)

    # The new printed recovery key, shown as at vault creation, until it is ticked.
    assert help_widget.pages.currentWidget() is help_widget.new_key_page
    new_key = help_widget.recovery_view.key
    assert new_key and new_key != one_time_key
    assert find(help_widget, QLineEdit, "one_time_key").text() == ""
    go_on = find(help_widget, QPushButton, "office_continue_button")
    assert not go_on.isEnabled()
    find(help_widget, QCheckBox, "office_written_down").setChecked(True)
    unlock = help_widget.parentWidget()
    while not isinstance(unlock, UnlockWidget):
        assert unlock is not None
        unlock = unlock.parentWidget()
    with qtbot.waitSignal(unlock.unlocked, timeout=30_000) as signal:
        qtbot.mouseClick(go_on, Qt.MouseButton.LeftButton)
    ctx = signal.args[0]
    assert isinstance(ctx, Context) and ctx.vault.is_open
    assert courses.show_course(ctx, laptop.course_id).sessions[0].notes == "not synced"
    assert "unlock_recovery" in [e.action for e in audit_service.list_audit(ctx, limit=5)]
    assert help_widget.recovery_view.key == ""
    vault_service.close(ctx)

    # The new passphrase and the new printed key open the vault; the old passphrase not.
    vault_service.close(vault_service.open_vault(laptop.folder, NEW_PASSPHRASE))
    with pytest.raises(WrongPassphrase):
        vault_service.open_vault(laptop.folder, PASSPHRASE)
    read_keyfile(laptop.folder / "vault.key").unlock_with_recovery(new_key)

    # Neither the one-time key nor the new recovery key reached a file or QSettings (its
    # file is under tmp_path; the app's default one would be under the isolated home).
    settings_file = Path(ui_settings.file_name)
    assert settings_file.is_relative_to(tmp_path)
    office_dir = office.vault.paths.folder
    vault_service.close(office)
    needles = []
    for key in (one_time_key, new_key):
        raw = parse_recovery_key(key)
        needles += [key.encode(), key.replace("-", "").encode(), raw, raw.hex().encode()]
    for path in [*tmp_path.rglob("*"), *isolated_home.rglob("*"), *office_dir.rglob("*")]:
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, path


def test_wrong_one_time_key_says_so_and_changes_nothing(
    qtbot: QtBot, danish: None, office: Context, laptop: Laptop, access: VaultAccess,
    ui_settings: Settings, tmp_path: Path, wait_idle: Wait,
) -> None:  # fmt: skip
    help_widget = office_help(qtbot, laptop.folder, access)
    request, answer_file = tmp_path / "r.vinkrecovery-request", tmp_path / "a.vinkrecovery-answer"
    assert help_widget.save_request(request)
    answer(qtbot, office, ui_settings, request, answer_file)
    before = snapshot(laptop.folder)
    assert help_widget.open_answer(answer_file)
    find(help_widget, QLineEdit, "one_time_key").setText(format_recovery_key(bytes(20)))
    find(help_widget, QLineEdit, "office_new_passphrase").setText(NEW_PASSPHRASE)
    find(help_widget, QLineEdit, "office_new_passphrase_repeat").setText(NEW_PASSPHRASE)
    qtbot.mouseClick(
        find(help_widget, QPushButton, "office_recover_button"), Qt.MouseButton.LeftButton
    )
    wait_idle(help_widget)
    text = message(help_widget, "office_answer_message")
    assert "engangsnøgle åbner ikke kontorets svar" in text
    assert "Intet er ændret" in text
    assert help_widget.pages.currentWidget() is help_widget.answer_page
    assert snapshot(laptop.folder) == before
    # A typo is caught before any cryptography.
    find(help_widget, QLineEdit, "one_time_key").setText("ABCD-" * 8 + "ABCD")
    help_widget.recover()
    wait_idle(help_widget)
    assert "ikke en gendannelsesnøgle" in message(help_widget, "office_answer_message")


def test_an_answer_for_another_vault_is_refused_before_the_key_is_asked_for(
    qtbot: QtBot, danish: None, office: Context, laptop: Laptop, access: VaultAccess,
    ui_settings: Settings, tmp_path: Path, clock: FixedClock,
) -> None:  # fmt: skip
    request, answer_file = tmp_path / "r.vinkrecovery-request", tmp_path / "a.vinkrecovery-answer"
    first = office_help(qtbot, laptop.folder, access)
    assert first.save_request(request)
    answer(qtbot, office, ui_settings, request, answer_file)
    other = enrolled_laptop(office, tmp_path / "other-field", clock)
    before = snapshot(other.folder)
    help_widget = office_help(qtbot, other.folder, access)
    assert not help_widget.open_answer(answer_file)
    text = message(help_widget, "request_message")
    assert "Kontorets svar er til en anden boks" in text
    assert help_widget.pages.currentWidget() is help_widget.request_page
    assert snapshot(other.folder) == before
    # Not an answer at all.
    assert not help_widget.open_answer(request)
    assert "beskadiget" in message(help_widget, "request_message")


def test_a_laptop_without_the_office_wrap_gets_a_message(
    qtbot: QtBot, danish: None, closed_vault: Path, access: VaultAccess, tmp_path: Path
) -> None:
    help_widget = office_help(qtbot, closed_vault, access)
    out = tmp_path / "r.vinkrecovery-request"
    assert not help_widget.save_request(out)
    assert "ikke gendannes gennem kontoret" in message(help_widget, "request_message")
    assert not out.exists()


def test_a_revoked_laptop_needs_the_explicit_tick_at_the_office(
    qtbot: QtBot, danish: None, office: Context, access: VaultAccess, ui_settings: Settings,
    tmp_path: Path, clock: FixedClock,
) -> None:  # fmt: skip
    laptop = enrolled_laptop(office, tmp_path / "field", clock, revoked=True)
    request = tmp_path / "r.vinkrecovery-request"
    assert office_help(qtbot, laptop.folder, access).save_request(request)
    dialog = office_actions(qtbot, office, ui_settings).open_request(request)
    assert dialog is not None
    assert find(dialog, QLabel, "recoveryStatus").text() == "Tilbagekaldt"
    assert find(dialog, QLabel, "recoveryNotice").isVisibleTo(dialog)
    anyway = find(dialog, QCheckBox, "recoveryAnswerAnyway")
    assert anyway.isVisibleTo(dialog)
    write = find(dialog, QAbstractButton, "recoveryWrite")
    find(dialog, QCheckBox, "recoveryCompared").setChecked(True)
    assert not write.isEnabled()
    out = tmp_path / "a.vinkrecovery-answer"
    assert not dialog.write_answer(out)
    assert not out.exists()
    anyway.setChecked(True)
    assert write.isEnabled()
    assert dialog.write_answer(out)
    assert out.exists() and dialog.key_view.key
    entry = next(
        e for e in audit_service.list_audit(office, limit=5) if e.entity == "vault_recovery"
    )
    assert "forced" in (entry.detail or "")


def test_a_request_for_another_office_is_refused_with_a_message(
    qtbot: QtBot, danish: None, office: Context, access: VaultAccess, ui_settings: Settings,
    tmp_path: Path, clock: FixedClock,
) -> None:  # fmt: skip
    other_office = make_office(tmp_path / "other-office", clock)
    try:
        laptop = enrolled_laptop(other_office, tmp_path / "field", clock)
    finally:
        vault_service.close(other_office)
    request = tmp_path / "r.vinkrecovery-request"
    assert office_help(qtbot, laptop.folder, access).save_request(request)
    actions = office_actions(qtbot, office, ui_settings)
    assert actions.open_request(request) is None
    assert actions.error_box is not None
    assert "et andet kontor" in actions.error_box.text()


def test_the_menu_action_is_only_in_the_office(
    qtbot: QtBot, ctx: Context, ui_settings: Settings
) -> None:
    window = MainWindow(ctx, ui_settings)
    qtbot.addWidget(window)
    app_module.register_available_views(window, ctx, EventBridge(ctx.events, window))
    assert window.office_recovery_actions is None
    assert window.findChild(QAction, "action_recovery_answer") is None
