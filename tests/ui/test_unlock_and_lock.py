"""The unlock screen (messages, recovery) and the idle lock (overlay, drafts, restore)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import find, snapshot

from tests.conftest import PASSPHRASE
from vink_desktop.domain.model import VaultKind
from vink_desktop.services import audit_service, sessions, vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.storage.vault import Vault
from vink_desktop.ui.lock import IdleWatcher, ScreenLock
from vink_desktop.ui.main_window import Lockable, MainWindow
from vink_desktop.ui.settings import Settings
from vink_desktop.ui.unlock import UnlockWidget
from vink_desktop.ui.vault_access import VaultAccess

Wait = Callable[[object], None]
NEW_PASSPHRASE = "a brand new sentence to remember"


def unlock_widget(qtbot: QtBot, folder: Path, access: VaultAccess) -> UnlockWidget:
    widget = UnlockWidget(folder, access)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_and_unlock(qtbot: QtBot, widget: UnlockWidget, passphrase: str, wait: Wait) -> None:
    edit = find(widget, QLineEdit, "passphrase")
    edit.setFocus()
    qtbot.keyClicks(edit, passphrase)
    qtbot.mouseClick(find(widget, QPushButton, "unlock_button"), Qt.MouseButton.LeftButton)
    wait(widget)


def message(widget: QWidget, name: str = "unlock_message") -> str:
    label = find(widget, QLabel, name)
    assert label.isVisible()
    return label.text()


# -- the unlock screen ----------------------------------------------------------------------


def test_right_passphrase_unlocks(
    qtbot: QtBot, danish: None, closed_vault: Path, access: VaultAccess, wait_idle: Wait
) -> None:
    widget = unlock_widget(qtbot, closed_vault, access)
    with qtbot.waitSignal(widget.unlocked, timeout=30_000) as signal:
        type_and_unlock(qtbot, widget, PASSPHRASE, wait_idle)
    ctx = signal.args[0]
    assert isinstance(ctx, Context)
    assert ctx.vault.is_open
    assert find(widget, QLineEdit, "passphrase").text() == ""  # not kept in the widget
    vault_service.close(ctx)


def test_wrong_passphrase_says_so_in_danish_and_changes_nothing(
    qtbot: QtBot, danish: None, closed_vault: Path, access: VaultAccess, wait_idle: Wait
) -> None:
    before = snapshot(closed_vault)
    widget = unlock_widget(qtbot, closed_vault, access)
    type_and_unlock(qtbot, widget, "not the passphrase", wait_idle)

    text = message(widget)
    assert "Adgangskoden er forkert" in text
    assert "gendannelsesnøglen" in text
    assert find(widget, QLineEdit, "passphrase").text() == ""
    assert find(widget, QLineEdit, "passphrase").isEnabled()
    assert snapshot(closed_vault) == before


def test_damaged_key_file_message(
    qtbot: QtBot, danish: None, closed_vault: Path, access: VaultAccess, wait_idle: Wait
) -> None:
    key = closed_vault / "vault.key"
    key.write_bytes(key.read_bytes()[:-40] + b"garbage" * 5 + b"\n")
    before = snapshot(closed_vault)
    widget = unlock_widget(qtbot, closed_vault, access)
    type_and_unlock(qtbot, widget, PASSPHRASE, wait_idle)
    assert "nøglefil" in message(widget)
    assert "beskadiget" in message(widget)
    assert snapshot(closed_vault) == before


def test_damaged_database_message(
    qtbot: QtBot, danish: None, closed_vault: Path, access: VaultAccess, wait_idle: Wait
) -> None:
    db = closed_vault / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[:4096] = bytes(4096)  # the first page (salt and header) destroyed
    db.write_bytes(bytes(raw))
    widget = unlock_widget(qtbot, closed_vault, access)
    type_and_unlock(qtbot, widget, PASSPHRASE, wait_idle)
    text = message(widget)
    assert "database er beskadiget" in text
    assert "sikkerhedskopi" in text


def test_vault_in_use_message(
    qtbot: QtBot, danish: None, closed_vault: Path, access: VaultAccess, wait_idle: Wait
) -> None:
    other = Vault.open(closed_vault, PASSPHRASE)
    try:
        widget = unlock_widget(qtbot, closed_vault, access)
        type_and_unlock(qtbot, widget, PASSPHRASE, wait_idle)
        assert "allerede åben" in message(widget)
    finally:
        other.close()


def test_missing_vault_message(
    qtbot: QtBot, danish: None, tmp_path: Path, access: VaultAccess, wait_idle: Wait
) -> None:
    widget = unlock_widget(qtbot, tmp_path / "nowhere", access)
    type_and_unlock(qtbot, widget, PASSPHRASE, wait_idle)
    text = message(widget)
    assert "Der er ingen boks" in text
    assert str(tmp_path / "nowhere") in text


def test_recovery_key_path(
    qtbot: QtBot, danish: None, tmp_path: Path, clock: FixedClock, access: VaultAccess,
    wait_idle: Wait,
) -> None:  # fmt: skip
    folder = tmp_path / "vault"
    created = vault_service.create_vault(
        folder, PASSPHRASE, VaultKind.FIELD, "Mette Mentor", kdf_params=TEST_KDF_PARAMS,
        clock=clock,
    )  # fmt: skip
    vault_service.close(created.context)
    widget = unlock_widget(qtbot, folder, access)
    qtbot.mouseClick(find(widget, QPushButton, "use_recovery_key"), Qt.MouseButton.LeftButton)
    assert widget.pages.currentWidget().objectName() == "recovery_page"
    recover = find(widget, QPushButton, "recover_button")
    assert not recover.isEnabled()

    # A typo in the key: refused before any cryptography, in Danish, nothing changed.
    before = snapshot(folder)
    find(widget, QLineEdit, "recovery_key").setText("ABCD-" * 8 + "ABCD")
    find(widget, QLineEdit, "recovery_new_passphrase").setText(NEW_PASSPHRASE)
    find(widget, QLineEdit, "recovery_new_passphrase_repeat").setText(NEW_PASSPHRASE)
    assert recover.isEnabled()
    qtbot.mouseClick(recover, Qt.MouseButton.LeftButton)
    wait_idle(widget)
    assert "ikke en gendannelsesnøgle" in message(widget, "recovery_message")
    assert snapshot(folder) == before

    # The right key, in lower case with spaces: unlocks and sets the new passphrase.
    key = find(widget, QLineEdit, "recovery_key")
    key.setText(created.recovery_key.lower().replace("-", " "))
    with qtbot.waitSignal(widget.unlocked, timeout=30_000) as signal:
        qtbot.mouseClick(recover, Qt.MouseButton.LeftButton)
        wait_idle(widget)
    ctx = signal.args[0]
    assert ctx.vault.is_open
    actions = [line.action for line in audit_service.list_audit(ctx)]
    assert "unlock_recovery" in actions
    vault_service.close(ctx)
    vault_service.close(vault_service.open_vault(folder, NEW_PASSPHRASE))
    with pytest.raises(Exception, match="passphrase"):
        Vault.open(folder, PASSPHRASE)


# -- the lock -------------------------------------------------------------------------------


class DraftView(QWidget):
    """A view that keeps a draft across the lock, as the session editor does."""

    KEY = "test:notes"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("draft_notes")
        self.notes.setAccessibleName("Notes")
        self.calls: list[str] = []

    def save_draft(self) -> None:
        self.calls.append("save_draft")
        sessions.save_draft(self.ctx, self.KEY, {"notes": self.notes.toPlainText()})

    def clear(self) -> None:
        self.calls.append("clear")
        self.notes.clear()

    def restore(self, ctx: Context) -> None:
        self.calls.append("restore")
        draft = sessions.load_draft(ctx, self.KEY) or {}
        self.notes.setPlainText(str(draft.get("notes", "")))


def locked_window(
    qtbot: QtBot, ctx: Context, settings: Settings, access: VaultAccess, timeout_ms: int
) -> tuple[MainWindow, DraftView, ScreenLock]:
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    view = DraftView(ctx)
    assert isinstance(view, Lockable)
    window.add_view("draft", "Draft", view)
    watcher = IdleWatcher(timeout_ms, window)
    lock = ScreenLock(window, ctx, access, watcher=watcher)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, view, lock


def unlock_overlay(qtbot: QtBot, lock: ScreenLock, passphrase: str, wait: Wait) -> None:
    unlock = lock.overlay.unlock
    assert unlock is not None
    type_and_unlock(qtbot, unlock, passphrase, wait)


def test_ctrl_l_locks_and_unlock_restores_the_draft(
    qtbot: QtBot, danish: None, ctx: Context, ui_settings: Settings, access: VaultAccess,
    wait_idle: Wait,
) -> None:  # fmt: skip
    window, view, lock = locked_window(qtbot, ctx, ui_settings, access, 60_000)
    view.notes.setFocus()
    qtbot.keyClicks(view.notes, "Talte om skolen")
    assert find(window, QLabel, "status_lock").text() == "Ulåst"

    with qtbot.waitSignal(window.about_to_lock):
        qtbot.keyClick(view.notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert lock.is_locked
    assert lock.overlay.isVisible()
    assert lock.overlay.geometry() == window.rect()
    assert ctx.vault.is_open is False
    assert view.calls == ["save_draft", "clear"]
    assert view.notes.toPlainText() == ""
    assert not window.menuBar().isEnabled()
    assert find(window, QLabel, "status_lock").text() == "Låst"
    assert find(lock.overlay, QLabel, "vault_folder").isHidden()  # nothing to read

    # A wrong passphrase on the overlay keeps it locked, with the Danish message.
    unlock_overlay(qtbot, lock, "wrong wrong wrong", wait_idle)
    assert lock.is_locked
    assert "Adgangskoden er forkert" in message(lock.overlay)

    with qtbot.waitSignal(lock.unlocked, timeout=30_000):
        unlock_overlay(qtbot, lock, PASSPHRASE, wait_idle)
    assert not lock.overlay.isVisible()
    assert ctx.vault.is_open  # the same Context holds the re-opened vault
    assert view.calls == ["save_draft", "clear", "restore"]
    assert view.notes.toPlainText() == "Talte om skolen"
    assert window.current_view_key() == "draft"
    assert view.notes.hasFocus()  # back where the mentor was
    assert find(window, QLabel, "status_lock").text() == "Ulåst"
    assert window.menuBar().isEnabled()


def test_idle_timeout_locks(
    qtbot: QtBot, ctx: Context, ui_settings: Settings, access: VaultAccess, wait_idle: Wait
) -> None:
    _window, _view, lock = locked_window(qtbot, ctx, ui_settings, access, 150)
    with qtbot.waitSignal(lock.locked, timeout=5_000) as signal:
        pass
    assert signal.args == ["idle"]
    assert lock.overlay.isVisible()
    assert ctx.vault.is_open is False
    assert not lock.watcher.is_active()  # no second lock while locked

    with qtbot.waitSignal(lock.unlocked, timeout=30_000):
        unlock_overlay(qtbot, lock, PASSPHRASE, wait_idle)
    assert ctx.vault.is_open
    assert lock.watcher.is_active()
    lock.watcher.set_timeout_ms(60_000)


def test_activity_restarts_the_idle_timer(
    qtbot: QtBot, ctx: Context, ui_settings: Settings, access: VaultAccess
) -> None:
    _window, view, lock = locked_window(qtbot, ctx, ui_settings, access, 600)
    with qtbot.assertNotEmitted(lock.locked):
        for _ in range(12):  # 1.2 s of typing, each key well inside the 0.6 s idle time
            qtbot.keyClick(view.notes, Qt.Key.Key_A)
            qtbot.wait(100)
    assert not lock.is_locked
    with qtbot.waitSignal(lock.locked, timeout=5_000):
        pass  # and once the typing stops, it locks
    assert lock.is_locked


def test_waking_from_sleep_locks(qtbot: QtBot) -> None:
    wall = [1_000_000.0]
    mono = [50.0]
    watcher = IdleWatcher(60_000, wall=lambda: wall[0], monotonic=lambda: mono[0])
    watcher.start()
    try:
        wall[0] += 10
        mono[0] += 10  # ten ordinary seconds
        with qtbot.assertNotEmitted(watcher.lock_due):
            watcher.check_clocks()
        wall[0] += 3600
        mono[0] += 10  # an hour passed on the wall clock, ten seconds awake
        with qtbot.waitSignal(watcher.lock_due) as signal:
            watcher.check_clocks()
        assert signal.args == ["woke"]
    finally:
        watcher.close()


def test_suspended_application_locks(qtbot: QtBot) -> None:
    watcher = IdleWatcher(60_000)
    watcher.start()
    try:
        with qtbot.waitSignal(watcher.lock_due) as signal:
            watcher._state_changed(Qt.ApplicationState.ApplicationSuspended)
        assert signal.args == ["suspended"]
    finally:
        watcher.close()


def test_lock_closes_open_dialogs(
    qtbot: QtBot, ctx: Context, ui_settings: Settings, access: VaultAccess
) -> None:
    window, _view, lock = locked_window(qtbot, ctx, ui_settings, access, 60_000)
    dialog = window.open_settings()
    assert dialog.isVisible()
    lock.lock()
    assert not dialog.isVisible()
    assert all(
        not (isinstance(w, QDialog) and w.isVisible()) for w in QApplication.topLevelWidgets()
    )


def test_the_registered_data_views_survive_a_lock(
    qtbot: QtBot, ctx: Context, ui_settings: Settings, access: VaultAccess, wait_idle: Wait
) -> None:
    """The app's own registration: the courses view (when it exists) is cleared and restored."""
    pytest.importorskip("vink_desktop.ui.courses_view")
    from vink_desktop.ui.app import register_available_views
    from vink_desktop.ui.event_bridge import EventBridge

    window = MainWindow(ctx, ui_settings)
    qtbot.addWidget(window)
    bridge = EventBridge(ctx.events, window)
    register_available_views(window, ctx, bridge)
    assert window.view_keys()[0] == "courses"
    view = window.view("courses")
    assert isinstance(view, Lockable)
    lock = ScreenLock(window, ctx, access, watcher=IdleWatcher(3_600_000, window))
    window.show()
    lock.lock()
    assert ctx.vault.is_open is False
    with qtbot.waitSignal(lock.unlocked, timeout=30_000):
        unlock_overlay(qtbot, lock, PASSPHRASE, wait_idle)
    assert ctx.vault.is_open
    assert window.current_view_key() == "courses"
