"""The exception hook: a dialog with no personal data, and a redacted log.

The log keeps only what a developer needs to find the bug and nothing a record could leak
through: the exception's type, and for each traceback frame the module file, the function
and the line number. **Not** the exception's message (``str(exc)`` can quote a name, a note
or a path), not the source lines, not local variables. It is written, owner-only, to
``platformdirs.user_log_path("vink-desktop", "VINK")``.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

# The log itself is Qt-free (the services write to it too); re-exported for the app.
from vink_desktop.services.crash_log import (
    LOG_NAME,
    MAX_LOG_BYTES,
    default_log_dir,
    redacted_report,
    write_log,
)

__all__ = [
    "LOG_NAME",
    "MAX_LOG_BYTES",
    "ExceptionHook",
    "default_log_dir",
    "redacted_report",
    "write_log",
]

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ExceptionHook:
    """``sys.excepthook`` (and ``threading.excepthook``) for the app."""

    def __init__(self, log_dir: Path | None = None, *, show_dialog: bool = True) -> None:
        self.log_dir = log_dir or default_log_dir()
        self.show_dialog = show_dialog
        self.dialog: QMessageBox | None = None
        self._previous: Hook | None = None
        self._previous_thread: Callable[[threading.ExceptHookArgs], object] | None = None
        self._busy = False

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
        if self._previous_thread is not None:
            threading.excepthook = self._previous_thread

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self(args.exc_type, args.exc_value, args.exc_traceback)

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if self._busy:  # an error while reporting an error: log only
            self._log(exc_type, exc, tb)
            return
        self._busy = True
        try:
            path = self._log(exc_type, exc, tb)
            if self.show_dialog and _on_gui_thread():
                self.dialog = self._show(path)
        finally:
            self._busy = False

    def _log(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> Path | None:
        try:
            return write_log(redacted_report(exc_type, exc, tb), self.log_dir)
        except OSError:
            return None

    def _show(self, path: Path | None) -> QMessageBox:
        translate = QCoreApplication.translate
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crash_dialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("ExceptionHook", "VINK Desktop"))
        box.setText(
            translate(
                "ExceptionHook",
                "Something unexpected went wrong. What was already saved is safe; the last"
                " thing you did may not have been saved.",
            )
        )
        if path is not None:
            box.setInformativeText(
                translate(
                    "ExceptionHook",
                    "A technical note without any personal data was written to {path}. If"
                    " it happens again, send that file to the office.",
                ).format(path=path)
            )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()
