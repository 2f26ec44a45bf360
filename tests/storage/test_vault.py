"""The vault on disk: create, open, wrong passphrase, damage, recovery, lock, migration."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vink_desktop.domain.model import VaultKind
from vink_desktop.storage import database, schema
from vink_desktop.storage.errors import (
    DatabaseDamaged,
    KeyFileDamaged,
    KeyFileMissing,
    MalformedRecoveryKey,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.storage.vault import Vault, default_vault_dir


def _make(folder: Path) -> str:
    created = Vault.create(folder, PASSPHRASE, VaultKind.FIELD, kdf_params=TEST_KDF_PARAMS)
    with created.vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
    created.vault.close()
    return created.recovery_key


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_create_open_close(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.kind is VaultKind.FIELD
        assert vault.meta("probe") == "x"
        assert vault.schema_version == schema.LATEST_VERSION
        assert vault.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert vault.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert vault.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert vault.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert vault.integrity_check() == []
    assert (folder / "vault.db").stat().st_mode & 0o077 == 0
    assert (folder / "vault.key").stat().st_mode & 0o077 == 0


def test_kind_is_fixed_and_create_refuses_existing(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE, VaultKind.OFFICE, kdf_params=TEST_KDF_PARAMS)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.kind is VaultKind.FIELD


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing", PASSPHRASE)


def test_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    before = _digests(folder)
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, "not the passphrase")
    assert _digests(folder) == before


def test_damaged_keyfile_is_its_own_error(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    key = folder / "vault.key"
    raw = bytearray(key.read_bytes())
    raw[len(raw) // 2] ^= 0x20
    key.write_bytes(bytes(raw))
    before = _digests(folder)
    with pytest.raises(KeyFileDamaged):
        Vault.open(folder, PASSPHRASE)
    assert _digests(folder) == before


def test_missing_keyfile(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    (folder / "vault.key").unlink()
    with pytest.raises(KeyFileMissing):
        Vault.open(folder, PASSPHRASE)


def test_damaged_database_is_its_own_error(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    db = folder / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[0:32] = bytes(32)  # the salt / first page header: SQLCipher cannot read page 1
    db.write_bytes(bytes(raw))
    before = _digests(folder)
    with pytest.raises(DatabaseDamaged):
        Vault.open(folder, PASSPHRASE)
    assert _digests(folder) == before


def test_database_replaced_by_another_vaults_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _make(a)
    _make(b)
    (a / "vault.db").write_bytes((b / "vault.db").read_bytes())
    with pytest.raises(DatabaseDamaged):
        Vault.open(a, PASSPHRASE)


def test_recovery_key_unlocks_and_sets_new_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    recovery = _make(folder)
    assert len(recovery.split("-")) >= 8
    with pytest.raises(WrongRecoveryKey):
        other = _make(tmp_path / "other")
        Vault.open_with_recovery_key(folder, other, "new passphrase 1", kdf_params=TEST_KDF_PARAMS)
    with pytest.raises(MalformedRecoveryKey):
        Vault.open_with_recovery_key(folder, "ABCD-EFGH", "x" * 12, kdf_params=TEST_KDF_PARAMS)
    vault = Vault.open_with_recovery_key(
        folder, recovery.lower().replace("-", " "), "new passphrase 1", kdf_params=TEST_KDF_PARAMS
    )
    assert vault.meta("probe") == "x"
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    Vault.open(folder, "new passphrase 1").close()


def test_change_passphrase_checks_old_and_keeps_data(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    recovery = _make(folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("wrong one", "whatever new 1")
        vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    with Vault.open(folder, "a brand new passphrase") as vault:
        assert vault.meta("probe") == "x"
    # The recovery key still works after a passphrase change.
    Vault.open_with_recovery_key(
        folder, recovery, "third passphrase", kdf_params=TEST_KDF_PARAMS
    ).close()


def test_second_opener_is_refused_in_process_and_across_processes(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    with Vault.open(folder, PASSPHRASE):
        with pytest.raises(VaultLocked):
            Vault.open(folder, PASSPHRASE)
        script = (
            "import sys\n"
            "from vink_desktop.storage.vault import Vault\n"
            "from vink_desktop.storage.errors import VaultLocked\n"
            f"try:\n    Vault.open(__import__('pathlib').Path({str(folder)!r}), {PASSPHRASE!r})\n"
            "except VaultLocked:\n    sys.exit(42)\n"
        )
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
        assert result.returncode == 42, result.stderr
    Vault.open(folder, PASSPHRASE).close()  # released on close


def test_refuses_plain_sqlite() -> None:
    assert database.sqlcipher_version() != ""


def test_default_location_and_override(tmp_path: Path, isolated_home: Path) -> None:
    assert str(default_vault_dir({})).startswith(str(isolated_home))
    assert default_vault_dir({"VINK_VAULT": str(tmp_path / "x")}) == tmp_path / "x"


def test_encrypted_backup_copy(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        vault.backup_to(tmp_path / "copy.db")
    raw = (tmp_path / "copy.db").read_bytes()
    assert b"SQLite format 3" not in raw
    assert b"probe" not in raw
