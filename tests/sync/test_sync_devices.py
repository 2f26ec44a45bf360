"""The office's device management beyond approve and revoke: forgetting a pending device
(it and its held batches go, as if never seen) and approving a revoked one again (its
ledger goes on; what was refused while revoked arrives when the laptop re-sends it).
Real vaults on disk, real batch files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import World, add_youth_with_sessions

from vink_desktop.services import sync_devices, sync_export, sync_import, sync_receipts
from vink_desktop.services.context import Context
from vink_desktop.services.sync_import import ImportStatus
from vink_desktop.services.sync_service import SyncError
from vink_desktop.storage.journal import list_audit


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path, fields=2)
    yield w
    w.close()


def _export(world: World, field: Context, code: str, folder: Path | None = None) -> Path:
    """One new record on the laptop, exported: the batch file."""
    add_youth_with_sessions(field, code, 1)
    [batch] = sync_export.export_batches(field, folder or world.outbox).batches
    return batch.path


def _count(ctx: Context, table: str) -> int:
    return int(ctx.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_pending_device_is_forgotten_with_its_held_batches_then_is_pending_again(
    world: World,
) -> None:
    field, other = world.fields
    first = _export(world, field, "Unknown-1")
    second = _export(world, field, "Unknown-2")
    _export(world, other, "Known-1")
    report = sync_import.import_batches(world.office, [world.outbox])
    assert [r.status for r in report.results] == [ImportStatus.HELD] * 3
    device_id = world.device_id(field)
    assert sync_devices.get_device(world.office, device_id).held == (1, 2)

    forgotten = sync_devices.forget_device(world.office, device_id[:8])
    assert (forgotten.device_id, forgotten.held_deleted) == (device_id, 2)
    assert [d.device_id for d in sync_devices.list_devices(world.office)] == [
        world.device_id(other)
    ]
    with pytest.raises(SyncError) as unknown:
        sync_devices.get_device(world.office, device_id)
    assert unknown.value.code == "unknown_device"
    assert _count(world.office, "sync_held") == 1  # the other laptop's batch stays held
    [entry] = list_audit(world.office.vault.conn, action="delete", entity="device")
    assert (entry.entity_id, entry.detail) == (
        device_id,
        "forgotten while pending; 2 held batches deleted",
    )

    # As if never seen: its next batch (here batch 2 again) makes it pending anew.
    world.clock.advance(days=1)
    [again] = sync_import.import_batches(world.office, [second]).results
    assert (again.status, again.code) == (ImportStatus.HELD, "device_pending")
    device = sync_devices.get_device(world.office, device_id)
    assert device.status == "pending" and device.held == (2,)
    assert device.first_seen == world.clock.now()
    # Approved after all (the fingerprint matched this time): both batches apply in order.
    sync_import.import_batches(world.office, [first])
    approval = sync_devices.approve_device(world.office, device_id, fingerprint=device.fingerprint)
    assert [(r.sequence, r.status) for r in approval.results] == [
        (1, ImportStatus.IMPORTED),
        (2, ImportStatus.IMPORTED),
    ]


def test_an_approved_or_revoked_device_is_not_forgotten(world: World) -> None:
    field = world.fields[0]
    sync_import.import_batches(world.office, [_export(world, field, "Kept-1")])
    device_id = world.device_id(field)
    sync_devices.approve_device(world.office, device_id)
    _export(world, field, "Kept-2", folder=world.root)  # batch 2 stays away: a gap
    _export(world, field, "Kept-3")
    sync_import.import_batches(world.office, [world.outbox])
    assert sync_devices.get_device(world.office, device_id).held == (3,)
    before = _count(world.office, "audit_log")

    for status in ("approved", "revoked"):
        with pytest.raises(SyncError) as refused:
            sync_devices.forget_device(world.office, device_id)
        assert refused.value.code == "device_not_pending"
        device = sync_devices.get_device(world.office, device_id)
        assert device.status == status and device.highest_contiguous == 1
        assert _count(world.office, "sync_ledger") == 1
        if status == "approved":
            assert device.held == (3,)  # nothing was deleted
            sync_devices.revoke_device(world.office, device_id)
    # Refusing wrote nothing (only the revocation is in the audit log).
    assert _count(world.office, "audit_log") == before + 1


def test_a_revoked_device_is_approved_again_and_its_resent_batches_import(
    world: World, tmp_path: Path
) -> None:
    field = world.fields[0]
    sync_import.import_batches(world.office, [_export(world, field, "Lost-1")])
    device_id = world.device_id(field)
    fingerprint = sync_devices.get_device(world.office, device_id).fingerprint
    sync_devices.approve_device(world.office, device_id)
    second = _export(world, field, "Lost-2")
    third = _export(world, field, "Lost-3")
    sync_import.import_batches(world.office, [third])  # held behind the gap
    # The laptop is reported lost: revoked, its held batch dropped; what it sends is refused.
    world.clock.advance(days=2)
    revoked = sync_devices.revoke_device(world.office, device_id)
    assert revoked.held == () and revoked.highest_contiguous == 1
    report = sync_import.import_batches(world.office, [second, third])
    assert [(r.status, r.code) for r in report.results] == [
        (ImportStatus.REFUSED, "device_revoked")
    ] * 2
    assert _count(world.office, "sync_held") == 0

    # It turns up. Approving it again needs the fingerprint, and the right one.
    world.clock.advance(days=5)
    with pytest.raises(SyncError) as missing:
        sync_devices.approve_device(world.office, device_id)
    assert missing.value.code == "fingerprint_required"
    wrong = ("1" if fingerprint[0] != "1" else "2") + fingerprint[1:]
    with pytest.raises(SyncError) as mismatch:
        sync_devices.approve_device(world.office, device_id, fingerprint=wrong)
    assert mismatch.value.code == "fingerprint_mismatch"
    assert sync_devices.get_device(world.office, device_id).status == "revoked"

    approval = sync_devices.approve_device(
        world.office, device_id[:6], fingerprint=fingerprint.replace(" ", "  ")
    )
    assert approval.previous_status == "revoked" and approval.results == ()
    device = approval.device
    assert device.status == "approved" and device.status_changed_at == world.clock.now()
    assert device.highest_contiguous == 1 and device.held == ()  # the ledger goes on
    [entry] = list_audit(world.office.vault.conn, action="update", entity="device", limit=1)
    assert entry.detail == (
        f"approved again after revocation; fingerprint {fingerprint}; applied up to 1"
    )

    # The refused batches were not held: the laptop writes its unconfirmed batches again.
    resend = tmp_path / "resend"
    resend.mkdir()
    rewritten = sync_export.resend_batches(field, resend)
    assert [b.sequence for b in rewritten.batches] == [1, 2, 3]
    assert (resend / second.name).read_bytes() == second.read_bytes()  # byte for byte
    report = sync_import.import_batches(world.office, [resend])
    assert [(r.sequence, r.status) for r in report.results] == [
        (1, ImportStatus.DUPLICATE),
        (2, ImportStatus.IMPORTED),
        (3, ImportStatus.IMPORTED),
    ]
    codes = world.office.vault.conn.execute("SELECT code FROM participants ORDER BY code")
    assert [r[0] for r in codes] == ["Lost-1", "Lost-2", "Lost-3"]
    # And the receipt confirms everything on the laptop.
    [receipt] = sync_receipts.write_receipts(world.office, world.receipts)
    assert receipt.highest_contiguous == 3
    assert sync_receipts.import_receipt(field, receipt.path).highest_contiguous == 3
    assert sync_receipts.sync_status(field).unconfirmed_changes == 0


def test_a_device_revoked_while_pending_is_approved_again_from_the_start(world: World) -> None:
    field = world.fields[0]
    first = _export(world, field, "Early-1")
    sync_import.import_batches(world.office, [first])
    device_id = world.device_id(field)
    fingerprint = sync_devices.get_device(world.office, device_id).fingerprint
    sync_devices.revoke_device(world.office, device_id)  # its held batch is dropped
    approval = sync_devices.approve_device(world.office, device_id, fingerprint=fingerprint)
    assert approval.device.highest_contiguous == 0 and approval.results == ()
    [result] = sync_import.import_batches(world.office, [first]).results
    assert (result.status, result.sequence) == (ImportStatus.IMPORTED, 1)
