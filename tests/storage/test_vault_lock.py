"""The vault lock: one holder at a time, across processes, released when a process dies."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vink_desktop.storage.errors import VaultLocked
from vink_desktop.storage.vault_lock import VaultLock, lock_path_for

SRC = Path(__file__).resolve().parents[2] / "src"

HOLDER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from vink_desktop.storage.vault_lock import VaultLock

    lock = VaultLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    if sys.argv[2] == "exit":
        os._exit(0)  # dies without releasing
    sys.stdin.read()  # hold until killed
    """
)

TRY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vink_desktop.storage.errors import VaultLocked
    from vink_desktop.storage.vault_lock import VaultLock

    try:
        with VaultLock(Path(sys.argv[1])):
            print("acquired")
    except VaultLocked as exc:
        print("refused:", exc)
    """
)


def python(script: str, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-c", script, *args],
        env=env,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        **kwargs,
    )


@pytest.fixture
def lock_file(tmp_path: Path) -> Path:
    return lock_path_for(tmp_path / "vault.db")


def test_lock_path_for(tmp_path: Path) -> None:
    assert lock_path_for(tmp_path / "vault.db") == tmp_path / "vault.db.lock"


def test_second_lock_in_the_same_process_is_refused(lock_file: Path) -> None:
    first = VaultLock(lock_file)
    first.acquire()
    try:
        with pytest.raises(VaultLocked) as info:
            VaultLock(lock_file).acquire()
        assert str(os.getpid()) in str(info.value)
        assert info.value.code == "vault_in_use"
    finally:
        first.release()
    with VaultLock(lock_file) as second:
        assert second.held


def test_release_is_idempotent_and_reacquire_works(lock_file: Path) -> None:
    lock = VaultLock(lock_file)
    lock.release()  # never held: nothing happens
    lock.acquire()
    with pytest.raises(RuntimeError):
        lock.acquire()
    lock.release()
    lock.release()
    assert not lock.held
    lock.acquire()
    lock.release()


def test_context_manager_releases_on_error(lock_file: Path) -> None:
    with pytest.raises(ZeroDivisionError), VaultLock(lock_file):
        1 / 0  # noqa: B018
    with VaultLock(lock_file):
        pass


def test_lock_file_holds_the_pid_only_while_held(lock_file: Path) -> None:
    lock = VaultLock(lock_file)
    with lock:
        assert lock_file.read_text().strip() == str(os.getpid())
        assert lock.holder_pid() == os.getpid()
        if os.name == "posix":
            assert stat.S_IMODE(lock_file.stat().st_mode) & 0o077 == 0
    assert lock_file.read_text() == ""
    assert lock.holder_pid() is None
    assert lock_file.exists()  # never deleted: deleting would race with a new opener


def test_stale_pid_in_the_file_does_not_block(lock_file: Path) -> None:
    lock_file.write_text("999999\n")
    with VaultLock(lock_file) as lock:
        assert lock.holder_pid() == os.getpid()


def test_other_process_is_refused_and_lock_freed_when_it_is_killed(lock_file: Path) -> None:
    holder = python(HOLDER, str(lock_file), "hold")
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(VaultLocked) as info:
            VaultLock(lock_file).acquire()
        assert f"process {holder.pid}" in str(info.value)
        assert VaultLock(lock_file).holder_pid() == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        holder.communicate(timeout=30)
    with VaultLock(lock_file) as lock:
        assert lock.held


def test_lock_is_freed_when_the_holder_exits_without_releasing(lock_file: Path) -> None:
    holder = python(HOLDER, str(lock_file), "exit")
    out, _ = holder.communicate(timeout=30)
    assert out.strip() == "locked" and holder.returncode == 0
    with VaultLock(lock_file):
        pass


def test_other_process_is_refused_while_we_hold_it(lock_file: Path) -> None:
    with VaultLock(lock_file):
        out, _ = python(TRY, str(lock_file)).communicate(timeout=30)
        assert out.startswith("refused:") and str(os.getpid()) in out
    out, _ = python(TRY, str(lock_file)).communicate(timeout=30)
    assert out.strip() == "acquired"
