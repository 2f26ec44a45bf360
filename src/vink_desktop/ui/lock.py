"""The idle lock (after Bouquin): an overlay hides everything, the views save their drafts
and drop their data, and the vault closes. Unlocking re-opens it and the views restore.

Three things lock:

* **idle time**: an application-wide event filter restarts a timer on every key, click,
  wheel or touch; when it runs out (the ``idle_lock_minutes`` setting), the app locks;
* **Ctrl+L** (the main window's *Lock* action);
* **sleep**: the application is suspended, or a watchdog sees the wall clock jump ahead of
  the monotonic clock by more than a minute (the monotonic clock stands still while the
  machine sleeps), which means the machine has just woken;
* **a locked desktop session**: where the desktop announces it on D-Bus
  (``ui/session_lock.py``: the screen saver turning on, or logind locking the session).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from vink_desktop.services import vault_service
from vink_desktop.services.context import Context
from vink_desktop.ui.main_window import MainWindow
from vink_desktop.ui.unlock import UnlockWidget
from vink_desktop.ui.vault_access import VaultAccess

#: A wall-clock jump beyond the monotonic clock larger than this means "woke from sleep".
SLEEP_JUMP_SECONDS = 60.0
#: How often the sleep watchdog looks at the clocks.
WATCHDOG_INTERVAL_MS = 10_000

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`lock_due` with a reason: ``idle``, ``woke``, ``suspended`` or
    ``session_locked``. ``session_lock`` is any object with a ``session_locked`` signal
    (by default a :class:`~vink_desktop.ui.session_lock.SessionLockWatcher` on the real
    buses)."""

    lock_due = Signal(str)

    def __init__(
        self,
        timeout_ms: int,
        parent: QObject | None = None,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        watchdog_interval_ms: int = WATCHDOG_INTERVAL_MS,
        session_lock: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._wall = wall
        self._monotonic = monotonic
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(timeout_ms)
        self._idle.timeout.connect(lambda: self.lock_due.emit("idle"))
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(watchdog_interval_ms)
        self._watchdog.timeout.connect(self.check_clocks)
        self._marks = (wall(), monotonic())
        self._active = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self._session_lock = session_lock if session_lock is not None else _session_watcher(self)
        if self._session_lock is not None:
            self._session_lock.session_locked.connect(self._session_locked)  # type: ignore[attr-defined]

    @property
    def timeout_ms(self) -> int:
        return self._idle.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._idle.setInterval(timeout_ms)
        if self._active:
            self._idle.start()

    def start(self) -> None:
        self._active = True
        self._marks = (self._wall(), self._monotonic())
        self._idle.start()
        self._watchdog.start()

    def stop(self) -> None:
        self._active = False
        self._idle.stop()
        self._watchdog.stop()

    def is_active(self) -> bool:
        return self._active

    def remaining_ms(self) -> int:
        return self._idle.remainingTime()

    def check_clocks(self) -> None:
        """Lock if the wall clock ran ahead of the monotonic clock (the machine slept)."""
        wall, mono = self._wall(), self._monotonic()
        slept = (wall - self._marks[0]) - (mono - self._marks[1])
        self._marks = (wall, mono)
        if self._active and slept > SLEEP_JUMP_SECONDS:
            self.lock_due.emit("woke")

    def _session_locked(self) -> None:
        if self._active:
            self.lock_due.emit("session_locked")

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self._active and state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_due.emit("suspended")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _ACTIVITY:
            self._idle.start()
        return False

    def close(self) -> None:
        self.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def _session_watcher(parent: QObject) -> QObject | None:
    try:
        from vink_desktop.ui.session_lock import SessionLockWatcher
    except ImportError:  # a Qt build without D-Bus
        return None
    return SessionLockWatcher(parent)


class LockOverlay(QWidget):
    """An opaque page over the whole host window, holding an unlock widget."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("lock_overlay")
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("VINK Desktop is locked"))
        self._layout = QVBoxLayout(self)
        self.unlock: UnlockWidget | None = None
        host.installEventFilter(self)
        self.hide()

    def show_with(self, unlock: UnlockWidget) -> None:
        if self.unlock is not None:
            self.unlock.deleteLater()
        self.unlock = unlock
        unlock.setParent(self)
        self._layout.addWidget(unlock)
        self._cover()
        self.show()
        self.raise_()
        unlock.setFocus()

    def dismiss(self) -> None:
        self.hide()
        if self.unlock is not None:
            self.unlock.deleteLater()
            self.unlock = None

    def _cover(self) -> None:
        host = self.parentWidget()
        if host is not None:
            self.setGeometry(host.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._cover()
        return False


class ScreenLock(QObject):
    """Locks and unlocks one main window and its vault.

    On lock: ``window.about_to_lock`` is emitted, the views save their drafts (the vault is
    still open; an open record dialog included) and clear their data, any dialog still
    open is closed, the vault closes, and the overlay with an unlock widget covers the
    window. On unlock: the same :class:`Context`
    gets the re-opened vault, the views restore, and the focus returns where it was.
    """

    locked = Signal(str)
    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        ctx: Context,
        access: VaultAccess,
        *,
        idle_minutes: int = 5,
        watcher: IdleWatcher | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self._access = access
        self.folder: Path = ctx.vault.paths.folder
        self.watcher = watcher or IdleWatcher(idle_minutes * 60_000, self)
        self.overlay = LockOverlay(window)
        self.is_locked = False
        self._focus: QWidget | None = None
        self.watcher.lock_due.connect(self.lock)
        window.lock_requested.connect(lambda: self.lock("shortcut"))
        self.watcher.start()

    def set_idle_minutes(self, minutes: int) -> None:
        self.watcher.set_timeout_ms(minutes * 60_000)

    def lock(self, reason: str = "shortcut") -> None:
        if self.is_locked:
            return
        self.is_locked = True
        self.watcher.stop()
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and focus.window() is self.window else None
        # The views first: a view's open record dialog is saved as a draft and closed by
        # the view itself, which remembers to open it again after unlock. Closing the
        # dialogs before would leave the views nothing to save.
        self.window.about_to_lock.emit()
        self.window.save_drafts()
        self.window.clear_views()
        _close_dialogs()
        if self.ctx.vault.is_open:
            vault_service.close(self.ctx)
        self.window.set_locked(True)
        unlock = UnlockWidget(self.folder, self._access, reopen=self.ctx, locked_screen=True)
        unlock.unlocked.connect(self._unlocked)
        self.overlay.show_with(unlock)
        self.locked.emit(reason)

    def _unlocked(self, _ctx: Context) -> None:
        self.overlay.dismiss()
        self.window.set_locked(False)
        self.window.restore_views(self.ctx)
        self.is_locked = False
        self.watcher.start()
        focus, self._focus = self._focus, None
        # A view may have rebuilt the focused widget while restoring; then it keeps its own.
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        self.unlocked.emit()

    def close(self) -> None:
        self.watcher.close()


def _close_dialogs() -> None:
    """Reject every open dialog: nothing may stay readable over the overlay.

    A dialog that implements ``save_draft()`` is asked to keep its content first.
    """
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            save = getattr(widget, "save_draft", None)
            if callable(save):
                try:
                    save()
                except Exception:
                    sys.excepthook(*sys.exc_info())
            widget.reject()
