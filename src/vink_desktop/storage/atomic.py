"""Atomic file replacement: after a crash the target holds either the old or the new bytes.

Steps (:func:`atomic_write_bytes`):

1. create a temporary file beside the target (same folder, so the same file system) with
   ``O_CREAT | O_EXCL`` and the final permissions, before a single byte is written;
2. write every byte, then ``fsync`` the file;
3. ``os.replace`` it over the target (atomic on POSIX and on Windows/NTFS);
4. ``fsync`` the folder (POSIX), so the rename itself survives a power cut.

If anything fails before step 3 the temporary file is removed and the target is untouched;
``ENOSPC`` and ``EDQUOT`` become :class:`DiskFull`. A process killed between steps can leave
a temporary file named ``.<target name>.<random>.tmp``; :func:`remove_stale_temp_files`
clears them (call it only while holding the vault lock, so no live writer is disturbed).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

from vink_desktop.storage.errors import DiskFull

_DISK_FULL = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)
# Folder fsync is not supported everywhere (some network and FUSE file systems).
_FSYNC_UNSUPPORTED = frozenset(
    code
    for code in (errno.EINVAL, getattr(errno, "ENOTSUP", None), getattr(errno, "EOPNOTSUPP", None))
    if code is not None
)
_TEMP_SUFFIX = ".tmp"
_TEMP_TOKEN_BYTES = 6


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(_TEMP_TOKEN_BYTES)}{_TEMP_SUFFIX}")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # pragma: no cover - os.write raises instead on real failures
            raise OSError(errno.EIO, "write made no progress")
        view = view[written:]


def fsync_directory(folder: Path) -> None:
    """Make a rename or creation in ``folder`` durable (no-op on Windows)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def atomic_write_bytes(
    path: Path,
    data: bytes,
    *,
    mode: int = 0o600,
    _before_replace: Callable[[], None] | None = None,
) -> None:
    """Replace ``path`` with ``data`` atomically, leaving it with permissions ``mode``.

    Raises :class:`DiskFull` when the disk or quota is full; the target is then unchanged
    and no temporary file is left. ``_before_replace`` is a test hook only (it lets a test
    kill the process between the fsync and the rename).
    """
    path = Path(path)
    temp = _temp_path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, mode)
    except OSError as exc:
        if exc.errno in _DISK_FULL:
            raise DiskFull(f"no space to write {path.name}") from exc
        raise
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)  # exactly ``mode``, whatever the umask
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if _before_replace is not None:
            _before_replace()
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL:
            raise DiskFull(f"no space to write {path.name}") from exc
        raise
    fsync_directory(path.parent)


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Remove temporary files an interrupted :func:`atomic_write_bytes` left beside ``path``."""
    path = Path(path)
    pattern = re.compile(
        rf"\.{re.escape(path.name)}\.[0-9a-f]{{{2 * _TEMP_TOKEN_BYTES}}}"
        rf"{re.escape(_TEMP_SUFFIX)}"
    )
    removed = []
    for name in sorted(os.listdir(path.parent)):
        if pattern.fullmatch(name):
            with contextlib.suppress(FileNotFoundError):
                (path.parent / name).unlink()
                removed.append(path.parent / name)
    return removed
