"""The redacted crash log, without Qt: what a developer needs to find a bug, and nothing a
record could leak through.

An entry keeps the time, what the program was doing (a fixed phrase chosen by the caller,
e.g. "sync import: one file"), the exception's type, and for each traceback frame the
module file, the function and the line number. **Not** the exception's message
(``str(exc)`` can quote a name, a note, a zone name from a hostile file or a path), not the
source lines, not local variables. It is written, owner-only, to
``platformdirs.user_log_path("vink-desktop", "VINK")/errors.log`` (``$VINK_LOG_DIR``
instead, for tests and portable installs). The desktop app's exception hook
(``ui/crash_report.py``) writes the same entries to the same file.
"""

from __future__ import annotations

import os
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs

from vink_desktop.storage.paths import APP_AUTHOR, APP_NAME

LOG_NAME = "errors.log"
#: When the log grows past this, the older half is dropped.
MAX_LOG_BYTES = 256 * 1024
LOG_DIR_ENV = "VINK_LOG_DIR"


def default_log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
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
    doing: str = "unhandled",
) -> str:
    """The log entry: time, type and frames of the exception and of its causes."""
    moment = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [f"{moment} {doing} {_type_name(exc_type)}"]
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


def log_exception(exc: BaseException, doing: str, log_dir: Path | None = None) -> Path | None:
    """Write a redacted entry for ``exc`` (caught by a last-resort guard); the path, or
    None when the log cannot be written (a full disk must not turn into a second crash)."""
    try:
        report = redacted_report(type(exc), exc, exc.__traceback__, doing=doing)
        return write_log(report, log_dir or default_log_dir())
    except OSError:
        return None
