"""One writer per vault: an exclusive, non-blocking lock on a file beside the database.

POSIX uses ``flock(LOCK_EX | LOCK_NB)``, Windows ``msvcrt.locking(LK_NBLCK)``. Both locks
belong to the open file and vanish when the process ends, however it ends (a crash, a kill,
a power cut), so a stale lock file never blocks anyone. ``flock`` locks belong to the open
file description, so a second :class:`VaultLock` in the same process is refused as well.

The lock file holds the holder's process id, written after the lock is taken and used only
for the message; the lock itself is the kernel's, never the file's content. The file is
left in place on release: deleting it would let a process that had just opened the old file
and a process creating a new one both believe they hold the lock.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from vink_desktop.storage.errors import VaultLocked

# Windows locks are mandatory, so the locked byte lies far beyond the process id, which
# other processes must still be able to read.
_WINDOWS_LOCK_OFFSET = 1 << 30
_MAX_PID_BYTES = 32


def lock_path_for(database: Path) -> Path:
    """The conventional lock file of a database: ``vault.db`` → ``vault.db.lock``."""
    return database.with_name(database.name + ".lock")


def _try_lock(fd: int) -> bool:
    """Take the lock on ``fd`` without waiting; False if another open file holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    else:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, _MAX_PID_BYTES).decode("ascii").strip()
        return int(text) if text.isdigit() else None
    except (OSError, UnicodeDecodeError, ValueError):
        return None


class VaultLock:
    """An exclusive lock on ``path`` (e.g. ``vault.db.lock``); :class:`VaultLocked` if taken.

    Use as a context manager, or call :meth:`acquire` and :meth:`release` (release is safe
    to call more than once).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def __repr__(self) -> str:
        return f"VaultLock({str(self.path)!r}, held={self.held})"

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock now or raise :class:`VaultLocked` naming the holder's process id."""
        if self._fd is not None:
            raise RuntimeError("this VaultLock is already held")
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            if not _try_lock(fd):
                pid = _read_pid(fd)
                holder = f"process {pid}" if pid is not None else "another process"
                raise VaultLocked(f"the vault is in use by {holder}")
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except BaseException:
            os.close(fd)  # closing also drops a lock taken above
            raise
        self._fd = fd

    def release(self) -> None:
        """Give the lock up. Does nothing if it is not held."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            with contextlib.suppress(OSError):
                _unlock(fd)
        finally:
            os.close(fd)

    def holder_pid(self) -> int | None:
        """The process id written by the current holder, if any (for messages only)."""
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            return None
        try:
            return _read_pid(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        # A forgotten lock is released with its object rather than with the process.
        if getattr(self, "_fd", None) is not None:
            with contextlib.suppress(Exception):
                self.release()
