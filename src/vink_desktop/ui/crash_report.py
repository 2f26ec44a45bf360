"""The exception hook: a dialog with no personal data, and a redacted log.

The log keeps only what a developer needs to find the bug and nothing a record could leak
through: the exception's type, and for each traceback frame the module file, the function
and the line number. **Not** the exception's message (``str(exc)`` can quote a name, a note
or a path), not the source lines, not local variables. It is written, owner-only, to
``platformdirs.user_log_path("vink-desktop", "VINK")``.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from vink_desktop.storage.paths import APP_AUTHOR, APP_NAME

LOG_NAME = "errors.log"
#: When the log grows past this, the older half is dropped.
MAX_LOG_BYTES = 256 * 1024

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def default_log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, APP_AUTHOR)


def _where(filename: str) -> str:
    """A frame's file without the user's folders: from the package down, else the name."""
    parts = Path(filename).parts
    for anchor in ("vink_desktop", "PySide6", "shiboken6"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name


def _type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    return exc_type.__qualname__ if module == "builtins" else f"{module}.{exc_type.__qualname__}"


def redacted_report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    now: datetime | None = None,
) -> str:
    """The log entry: time, type and frames of the exception and of its causes."""
    moment = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [f"{moment} unhandled {_type_name(exc_type)}"]
    seen: set[int] = set()
    current_type: type[BaseException] | None = exc_type
    current, current_tb = exc, tb
    depth = 0
    while current_type is not None and depth < 10:
        if depth:
            lines.append(f"  from {_type_name(current_type)}")
        for frame in traceback.extract_tb(current_tb):
            lines.append(f"    {_where(frame.filename)}:{frame.lineno} in {frame.name}")
        if current is None:
            break
        seen.add(id(current))
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is None or id(nxt) in seen:
            break
        current, current_type, current_tb = nxt, type(nxt), nxt.__traceback__
        depth += 1
    return "\n".join(lines) + "\n"


def write_log(report: str, log_dir: Path) -> Path:
    """Append ``report`` to the owner-only log, dropping the older half when it is big."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(report)
    if path.stat().st_size > MAX_LOG_BYTES:
        text = path.read_text(encoding="utf-8")
        keep = text[len(text) // 2 :]
        keep = keep[keep.find("\n") + 1 :]
        fd = os.open(path, os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(keep)
    return path


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
