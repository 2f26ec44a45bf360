"""Locking the vault when the desktop session locks (Linux desktops, over D-Bus).

On Linux, locking the screen does not suspend the application, so the idle lock would only
follow minutes later. Desktops announce the lock on D-Bus; this watcher listens for:

* ``ActiveChanged(true)`` of the screen saver on the session bus
  (``org.freedesktop.ScreenSaver``: KDE, Xfce, Cinnamon, …; ``org.gnome.ScreenSaver``:
  GNOME), and
* ``Lock`` of this login session on the system bus (``org.freedesktop.login1``, when
  ``XDG_SESSION_ID`` names the session: ``loginctl lock-session`` and many lock screens).

Where there is no D-Bus (Windows, macOS, a session without a bus) it does nothing; the idle
timer and the sleep watchdog still lock. A signal from anyone on the bus can only lock the
vault, never open it, so the sender is not checked.
"""

from __future__ import annotations

import os

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

#: (object path, interface) of the screen savers whose ActiveChanged(bool) is followed.
SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIN_SESSION_INTERFACE = "org.freedesktop.login1.Session"


def login_session_path(session_id: str) -> str:
    """The object path of a logind session, escaped as systemd escapes it (``2`` →
    ``_32``: every character but ASCII letters, and digits after the first, becomes ``_``
    and two hex digits)."""
    if not session_id:
        return "/org/freedesktop/login1/session/_"
    escaped = []
    for index, char in enumerate(session_id):
        plain = char.isascii() and (char.isalpha() or (index > 0 and char.isdigit()))
        escaped.append(char if plain else "".join(f"_{b:02x}" for b in char.encode()))
    return "/org/freedesktop/login1/session/" + "".join(escaped)


class SessionLockWatcher(QObject):
    """Emits :attr:`session_locked` when the desktop session locks. The buses and the
    session id are the real ones unless given (tests use a private bus)."""

    session_locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        #: What is listened to, for the curious and the tests: "screensaver", "logind".
        self.listening: list[str] = []
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            connected = [
                session.connect("", path, interface, "ActiveChanged", self,
                                SLOT("_active_changed(bool)"))
                for path, interface in SCREEN_SAVERS
            ]  # fmt: skip
            if any(connected):
                self.listening.append("screensaver")
        sid = session_id if session_id is not None else os.environ.get("XDG_SESSION_ID")
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if sid and system.isConnected():
            path = login_session_path(sid)
            if system.connect("", path, LOGIN_SESSION_INTERFACE, "Lock", self, SLOT("_lock()")):
                self.listening.append("logind")

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot()
    def _lock(self) -> None:
        self.session_locked.emit()
