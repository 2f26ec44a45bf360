"""Atomic file replacement: permissions, cleanup, full disk."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from vink_desktop.storage.atomic import atomic_write_bytes, remove_stale_temp_files
from vink_desktop.storage.errors import DiskFull

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    atomic_write_bytes(target, b"first")
    assert target.read_bytes() == b"first"
    atomic_write_bytes(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    atomic_write_bytes(target, b"")
    assert target.read_bytes() == b""
    assert os.listdir(tmp_path) == ["vault.key"]


@posix_only
@pytest.mark.usefixtures("permissive_umask")
def test_mode_is_exact_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    target.write_bytes(b"old")
    target.chmod(0o644)
    atomic_write_bytes(target, b"new")
    assert mode_of(target) == 0o600
    atomic_write_bytes(target, b"new", mode=0o640)
    assert mode_of(target) == 0o640


@posix_only
@pytest.mark.usefixtures("permissive_umask")
def test_temp_file_is_private_before_the_first_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int]] = []
    real_write = os.write

    def spying_write(fd: int, data: bytes | memoryview) -> int:
        info = os.fstat(fd)
        seen.append((stat.S_IMODE(info.st_mode), info.st_size))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", spying_write)
    atomic_write_bytes(tmp_path / "vault.key", b"secret-ish")
    assert seen[0] == (0o600, 0)


def test_temp_file_is_beside_the_target(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    listing: list[str] = []
    atomic_write_bytes(target, b"x", _before_replace=lambda: listing.extend(os.listdir(tmp_path)))
    assert len(listing) == 1
    assert listing[0].startswith(".vault.key.") and listing[0].endswith(".tmp")


def test_partial_writes_are_completed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:3])))
    atomic_write_bytes(tmp_path / "f", b"0123456789abcdef")
    assert (tmp_path / "f").read_bytes() == b"0123456789abcdef"


def _fail_with(code: int) -> object:
    def fail(*args: object, **kwargs: object) -> object:
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize("existing", [True, False])
@pytest.mark.parametrize(
    ("function", "code"),
    [
        ("write", errno.ENOSPC),
        ("fsync", errno.ENOSPC),
        ("write", getattr(errno, "EDQUOT", errno.ENOSPC)),
        ("fsync", getattr(errno, "EDQUOT", errno.ENOSPC)),
        ("replace", errno.ENOSPC),
    ],
)
def test_disk_full_leaves_target_untouched_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, function: str, code: int, existing: bool
) -> None:
    target = tmp_path / "vault.key"
    if existing:
        target.write_bytes(b"the old key file")
    monkeypatch.setattr(os, function, _fail_with(code))
    with pytest.raises(DiskFull) as info:
        atomic_write_bytes(target, b"the new key file" * 100)
    monkeypatch.undo()
    assert isinstance(info.value.__cause__, OSError)
    if existing:
        assert target.read_bytes() == b"the old key file"
        assert os.listdir(tmp_path) == ["vault.key"]
    else:
        assert os.listdir(tmp_path) == []


def test_disk_full_when_creating_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.key"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "open", _fail_with(errno.ENOSPC))
    with pytest.raises(DiskFull):
        atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["vault.key"]


def test_other_errors_propagate_and_clean_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.key"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "fsync", _fail_with(errno.EIO))
    with pytest.raises(OSError) as info:
        atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert not isinstance(info.value, DiskFull) and info.value.errno == errno.EIO
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["vault.key"]


def test_interrupt_before_replace_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    target.write_bytes(b"old")

    def interrupt() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, b"new", _before_replace=interrupt)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["vault.key"]


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "nope" / "vault.key", b"x")


def test_remove_stale_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    target.write_bytes(b"keep")
    stale = [tmp_path / ".vault.key.0123456789ab.tmp", tmp_path / ".vault.key.deadbeef0000.tmp"]
    keep = [
        tmp_path / ".vault.key.tmp",
        tmp_path / ".vault.keyx.0123456789ab.tmp",
        tmp_path / ".vault.db.0123456789ab.tmp",
        tmp_path / "vault.key.0123456789ab.tmp",
    ]
    for path in stale + keep:
        path.write_bytes(b"x")
    assert sorted(remove_stale_temp_files(target)) == sorted(stale)
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in [target, *keep])
