"""A locked desktop session locks the vault: real D-Bus signals on a private bus (a
``dbus-daemon`` started for the test), the real main window, lock and vault."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from vink_desktop.services.context import Context
from vink_desktop.ui.lock import IdleWatcher, ScreenLock
from vink_desktop.ui.main_window import MainWindow
from vink_desktop.ui.session_lock import SessionLockWatcher, login_session_path
from vink_desktop.ui.settings import Settings
from vink_desktop.ui.vault_access import VaultAccess

SESSION_ID = "2"


@pytest.fixture
def bus_address() -> Iterator[str]:
    """The address of a private session bus, for this test only."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (make test installs it where it can)")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    try:
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)


def _connect(address: str, name: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected(), bus.lastError().message()
    return bus


def _signal(bus: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert bus.send(message)


def test_login_session_paths_are_escaped_as_systemd_does() -> None:
    base = "/org/freedesktop/login1/session/"
    assert login_session_path("2") == base + "_32"
    assert login_session_path("12") == base + "_312"
    assert login_session_path("c1") == base + "c1"
    assert login_session_path("c-1") == base + "c_2d1"
    assert login_session_path("") == base + "_"


def test_a_locked_desktop_session_locks_the_vault(
    qtbot: QtBot, ctx: Context, ui_settings: Settings, access: VaultAccess, bus_address: str
) -> None:
    watch = _connect(bus_address, "vink-test-watch")
    send = _connect(bus_address, "vink-test-send")
    try:
        window = MainWindow(ctx, ui_settings)
        qtbot.addWidget(window)
        # The private bus stands in for both the session and the system bus.
        watcher = SessionLockWatcher(window, session_bus=watch, system_bus=watch,
                                     session_id=SESSION_ID)  # fmt: skip
        assert watcher.listening == ["screensaver", "logind"]
        lock = ScreenLock(window, ctx, access,
                          watcher=IdleWatcher(3_600_000, window, session_lock=watcher))  # fmt: skip
        window.show()
        qtbot.waitExposed(window)

        # The screen saver going off, or another login session locking: nothing happens.
        _signal(send, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                "ActiveChanged", False)  # fmt: skip
        _signal(send, login_session_path("7"), "org.freedesktop.login1.Session", "Lock")
        with qtbot.assertNotEmitted(lock.locked, wait=300):
            pass
        assert ctx.vault.is_open

        # GNOME's screen saver turning on locks the vault.
        with qtbot.waitSignal(lock.locked, timeout=5_000):
            _signal(send, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
                    True)  # fmt: skip
        assert lock.is_locked and not ctx.vault.is_open
    finally:
        QDBusConnection.disconnectFromBus("vink-test-watch")
        QDBusConnection.disconnectFromBus("vink-test-send")


def test_logind_locking_this_session_is_heard(qtbot: QtBot, bus_address: str) -> None:
    watch = _connect(bus_address, "vink-test-watch-2")
    send = _connect(bus_address, "vink-test-send-2")
    try:
        watcher = SessionLockWatcher(session_bus=watch, system_bus=watch, session_id=SESSION_ID)
        idle = IdleWatcher(3_600_000, session_lock=watcher)
        idle.start()
        try:
            with qtbot.waitSignal(idle.lock_due, timeout=5_000) as caught:
                _signal(send, login_session_path(SESSION_ID), "org.freedesktop.login1.Session",
                        "Lock")  # fmt: skip
            assert caught.args == ["session_locked"]
            idle.stop()  # not watching (locked already): a second lock is not asked for
            with qtbot.assertNotEmitted(idle.lock_due, wait=300):
                _signal(send, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                        "ActiveChanged", True)  # fmt: skip
        finally:
            idle.close()
    finally:
        QDBusConnection.disconnectFromBus("vink-test-watch-2")
        QDBusConnection.disconnectFromBus("vink-test-send-2")


def test_without_a_bus_nothing_is_listened_to(qtbot: QtBot) -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "vink-test-nowhere")
    try:
        watcher = SessionLockWatcher(session_bus=nowhere, system_bus=nowhere, session_id="2")
        assert watcher.listening == []
    finally:
        QDBusConnection.disconnectFromBus("vink-test-nowhere")
