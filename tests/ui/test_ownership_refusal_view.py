"""What the supervisor sees when a laptop's batch touches another laptop's records (issue
10, part 1): the office's import view, real widgets offscreen, in Danish, shows the batch
refused with the ownership reason, names the record in the tooltip, and applies nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from test_sync_windows_helpers import World, add_youth_with_sessions
from ui_helpers import find, wait_done

from vink_desktop.services import sync_devices, sync_export, sync_import, sync_service
from vink_desktop.services.sync_outgoing import worker_record
from vink_desktop.storage import sync_records, sync_store
from vink_desktop.sync.batch_format import encode_batch
from vink_desktop.sync.payload import encode_payload
from vink_desktop.ui.sync_import_view import SyncImportView
from vink_desktop.ui.sync_models import COL_DETAILS, COL_RESULT, STATUS_ROLE


@pytest.fixture
def world(tmp_path: Path, danish: None) -> Iterator[World]:
    w = World(tmp_path, fields=2)
    yield w
    w.close()


def _forged_rename(world: World) -> tuple[Path, str]:
    """Both laptops approved; the second one's validly signed batch renames the first
    laptop's worker. Returns the batch file and that worker's id."""
    victim, attacker = world.fields
    for index, field in enumerate(world.fields):
        add_youth_with_sessions(field, f"Emil-O{index}", 1)
        result = sync_export.export_batches(field, world.outbox)
        sync_import.import_batches(world.office, [b.path for b in result.batches])
        sync_devices.approve_device(world.office, world.device_id(field))
    worker_id = str(victim.vault.conn.execute("SELECT id FROM workers").fetchone()[0])
    row = world.office.vault.conn.execute(
        f"SELECT {sync_records.WORKER_COLUMNS} FROM workers WHERE id = ?", (worker_id,)
    ).fetchone()
    device = sync_store.get_device(world.office.vault.conn, world.device_id(attacker))
    assert device is not None
    data = encode_batch(
        sync_service.device_identity(attacker),
        sync_service.office_identity(world.office).public,
        device.highest_contiguous + 1,
        device.highest_hash,
        encode_payload({"workers": [{**worker_record(row), "name": "Falsk", "revision": 2}]}),
        world.clock.now(),
    )
    path = world.root / "forged.vinkbatch"
    path.write_bytes(data)
    return path, worker_id


def test_the_import_view_shows_a_not_owner_refusal_in_danish(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    path, worker_id = _forged_rename(world)
    names_before = world.office.vault.conn.execute("SELECT id, name FROM workers").fetchall()
    view = SyncImportView(world.office)
    qtbot.addWidget(view)
    view.resize(1000, 360)
    view.import_paths([path])
    wait_done(qtbot, view)
    model = view.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data(STATUS_ROLE) == "refused"
    assert model.index(0, COL_RESULT).data() == "Afvist"
    details = model.index(0, COL_DETAILS).data()
    assert "tilhører en anden computer eller kontoret" in details, details
    assert "intet er indlæst" in details
    tooltip = model.index(0, COL_DETAILS).data(Qt.ItemDataRole.ToolTipRole)
    attacker, victim = world.device_id(world.fields[1]), world.device_id(world.fields[0])
    assert f"workers[0]: worker {worker_id} belongs to device {victim}" in tooltip
    assert attacker not in tooltip
    assert "1 afvist" in find(view, QLabel, "syncImportSummary").text()
    assert world.office.vault.conn.execute("SELECT id, name FROM workers").fetchall() == (
        names_before
    )
    picture = tmp_path / "sync-import-not-owner.png"
    assert view.grab().save(str(picture)) and picture.stat().st_size > 0
