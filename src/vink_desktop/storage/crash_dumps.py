"""No core dumps: a native crash must not write decrypted records or the data key to disk.

Called once at start (:func:`vink_desktop.app.main`), before any vault is opened:

* **Linux**: ``RLIMIT_CORE`` soft and hard limit 0 (a core file is never written, and the
  process cannot raise the limit again) and ``prctl(PR_SET_DUMPABLE, 0)`` (no core dump
  even through a ``core_pattern`` pipe such as systemd-coredump or apport, and no ptrace
  attach or ``/proc/PID/mem`` read by another process of the same user without
  ``CAP_SYS_PTRACE``).
* **macOS** (and other POSIX systems): ``RLIMIT_CORE`` 0; macOS has no ``PR_SET_DUMPABLE``
  (its crash reporter writes a text report with stack traces, not memory).
* **Windows**: ``SetErrorMode`` with ``SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX``
  (no crash dialog that invites "send a report"), and ``WerAddExcludedApplication`` for the
  running executable where wer.dll offers it (Windows Error Reporting then collects no
  report with a memory dump for it). Best effort: a failure is reported, not raised.

Each step is independent and reported in :class:`Hardening`, so a test (and ``info``) can
show what was set.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass

#: linux/prctl.h
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
#: Windows SetErrorMode flags.
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


@dataclass(frozen=True, slots=True)
class Hardening:
    core_limit_zero: bool = False
    not_dumpable: bool = False
    windows_error_mode: bool = False
    windows_wer_excluded: bool = False


_applied: Hardening | None = None


def disable_crash_dumps() -> Hardening:
    """Switch core dumps off for this process (idempotent; returns what was set)."""
    global _applied
    core = _core_limit_zero()
    dumpable = _not_dumpable() if sys.platform.startswith("linux") else False
    error_mode = wer = False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        error_mode, wer = _windows()
    _applied = Hardening(core, dumpable, error_mode, wer)
    return _applied


def applied() -> Hardening | None:
    """What :func:`disable_crash_dumps` set in this process, or None before it ran."""
    return _applied


def _core_limit_zero() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c") or "libc.so.6"
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def _not_dumpable() -> bool:
    libc = _libc()
    if libc is None:
        return False
    prctl = libc.prctl
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False
    return bool(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)


def _windows() -> tuple[bool, bool]:  # pragma: no cover - Windows only
    error_mode = wer = False
    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        old = kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        kernel32.SetErrorMode(old | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        error_mode = True
    except (OSError, AttributeError):
        pass
    try:
        wer_dll = ctypes.WinDLL("wer")  # type: ignore[attr-defined,unused-ignore]
        add = wer_dll.WerAddExcludedApplication
        add.argtypes = [ctypes.c_wchar_p, ctypes.c_int]
        add.restype = ctypes.c_long
        wer = add(sys.executable, 0) == 0  # S_OK; 0 = for the current user only
    except (OSError, AttributeError):
        pass
    return error_mode, wer
