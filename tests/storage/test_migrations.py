"""Opening a vault saved by each earlier schema version: data kept, copy taken first."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from vink_desktop.services import courses, vault_service
from vink_desktop.storage import schema
from vink_desktop.storage.vault import Vault

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_open_schema_1_vault_migrates_with_a_backup(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault-schema-1", folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.schema_version == schema.LATEST_VERSION
        assert vault.integrity_check() == []
    backups = list(folder.glob("vault.db.schema-1.*.bak"))
    assert len(backups) == 1
    # The copy is still schema 1 and opens with the same key (through the same key file).
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(backups[0], copy / "vault.db")
    shutil.copy(folder / "vault.key", copy / "vault.key")
    from vink_desktop.storage import database
    from vink_desktop.storage.keyfile import read_keyfile

    key = read_keyfile(copy / "vault.key").unlock(PASSPHRASE)
    conn = database.connect(copy / "vault.db", key)
    assert schema.current_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 2
    conn.close()


def test_migrated_vault_works_through_the_services(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault-schema-1", folder)
    ctx = vault_service.open_vault(folder, PASSPHRASE)
    try:
        rows = courses.list_courses(ctx)
        assert [r.participant_code for r in rows] == ["Emil-K0001"]
        assert rows[0].sessions == 2
        detail = courses.show_course(ctx, "c1")
        assert [s.notes for s in detail.sessions] == ["schema one notes"] * 2
    finally:
        vault_service.close(ctx)
