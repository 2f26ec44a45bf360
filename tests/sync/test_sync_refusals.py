"""What the office refuses or holds, and that a refused batch leaves nothing behind."""

from __future__ import annotations

import dataclasses
import json
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import T0, World, add_youth_with_sessions, new_vault

from vink_desktop.domain.model import ParticipantKind, VaultKind
from vink_desktop.services import (
    sync_devices,
    sync_export,
    sync_import,
    sync_receipts,
    sync_service,
)
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.sync_import import ImportStatus
from vink_desktop.services.sync_service import SyncError
from vink_desktop.storage.journal import list_audit
from vink_desktop.sync.batch_format import batch_hash, encode_batch
from vink_desktop.sync.identity import DeviceIdentity
from vink_desktop.sync.payload import encode_payload
from vink_desktop.sync.receipt_format import encode_receipt


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path, fields=2)
    yield w
    w.close()


def _state(ctx: Context) -> dict[str, Any]:
    conn = ctx.vault.conn
    tables = ("workers", "participants", "courses", "sessions", "tombstones", "sync_ledger",
              "sync_held", "sync_devices", "record_history", "course_outcomes")  # fmt: skip
    state: dict[str, Any] = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                             for t in tables}  # fmt: skip
    return state


def _approved(world: World, field: Context) -> Path:
    """Export what the laptop has, import it and approve the device: batch 1 applied."""
    add_youth_with_sessions(field, f"Base-{world.device_id(field)[:6]}", 1)
    result = sync_export.export_batches(field, world.outbox)
    sync_import.import_batches(world.office, [b.path for b in result.batches])
    sync_devices.approve_device(world.office, world.device_id(field))
    return result.batches[-1].path


def _craft(
    field: Context,
    world: World,
    sequence: int,
    previous: bytes,
    sections: dict[str, list[dict[str, Any]]],
    device: DeviceIdentity | None = None,
) -> bytes:
    """A batch signed with the laptop's own key (or ``device``), sealed to the office."""
    return encode_batch(
        device or sync_service.device_identity(field),
        sync_service.office_identity(world.office).public,
        sequence,
        previous,
        encode_payload(sections),
        T0,
    )


def _written(world: World, data: bytes) -> Path:
    """The outbox file holding ``data``."""
    return next(p for p in world.outbox.iterdir() if p.read_bytes() == data)


def _next_batch(world: World, field: Context, code: str, sessions: int = 1) -> bytes:
    add_youth_with_sessions(field, code, sessions)
    result = sync_export.export_batches(field, world.outbox)
    return result.batches[-1].path.read_bytes()


def test_every_single_byte_change_and_every_truncation_is_refused(world: World) -> None:
    field = world.fields[0]
    _approved(world, field)
    good = _next_batch(world, field, "Byte-1")
    assert len(good) < 2500, len(good)
    before = _state(world.office)
    rng = random.Random(5)
    codes: set[str] = set()
    started = time.perf_counter()
    for position in range(len(good)):
        mutated = bytearray(good)
        mutated[position] ^= rng.randrange(1, 256)
        report = sync_import.import_batch_bytes(world.office, bytes(mutated), f"flip-{position}")
        [result] = report.results
        assert result.status is ImportStatus.REFUSED, (position, result)
        codes.add(str(result.code))
    for length in range(len(good)):
        report = sync_import.import_batch_bytes(world.office, good[:length], f"cut-{length}")
        [result] = report.results
        assert result.status is ImportStatus.REFUSED, (length, result)
        codes.add(str(result.code))
    assert time.perf_counter() - started < 30
    assert _state(world.office) == before  # nothing applied, nothing held
    assert codes <= {"bad_signature", "not_a_batch", "truncated", "unsupported_version",
                     "malformed_header", "unsupported_algorithm", "wrong_recipient",
                     "wrong_recipient_key", "sender_key_changed", "payload_too_large",
                     "trailing_data"}, codes  # fmt: skip
    refused = list_audit(world.office.vault.conn, action="refused_import", limit=10_000)
    assert len(refused) == 2 * len(good)
    # The genuine batch still imports.
    [result] = sync_import.import_batch_bytes(world.office, good, "good").results
    assert result.status is ImportStatus.IMPORTED


def test_batch_for_another_office_is_refused(world: World, tmp_path: Path) -> None:
    other = new_vault(tmp_path / "other", VaultKind.OFFICE, "Other", 77, FixedClock(T0))
    try:
        sync_service.export_office_identity(other, tmp_path / "other.vinkoffice")
        field = world.fields[1]
        sync_service.enroll(field, tmp_path / "other.vinkoffice", replace=True)
        add_youth_with_sessions(field, "Elsewhere-1", 1)
        result = sync_export.export_batches(field, world.outbox)
        report = sync_import.import_batches(world.office, [result.batches[0].path])
        assert [(r.status, r.code) for r in report.results] == [
            (ImportStatus.REFUSED, "wrong_recipient")
        ]
        assert not report.all_applied
    finally:
        other.vault.close()


def test_unapproved_device_is_held_then_imported_on_approval(world: World) -> None:
    field = world.fields[0]
    add_youth_with_sessions(field, "Held-1", 2)
    result = sync_export.export_batches(field, world.outbox)
    report = sync_import.import_batches(world.office, [world.outbox])
    assert [(r.status, r.code) for r in report.results] == [(ImportStatus.HELD, "device_pending")]
    [device] = sync_devices.list_devices(world.office)
    status = sync_receipts.sync_status(field)
    assert device.status == "pending" and device.fingerprint == status.device_fingerprint
    assert device.held == (1,)
    assert world.office.vault.conn.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
    # The held copy is inside the vault: the file may go away.
    result.batches[0].path.unlink()
    with pytest.raises(SyncError) as wrong:
        sync_devices.approve_device(world.office, device.device_id[:8],
                                    fingerprint="00000 00000 00000 00000 00000 00000")  # fmt: skip
    assert wrong.value.code == "fingerprint_mismatch"
    approval = sync_devices.approve_device(
        world.office, device.device_id[:8], fingerprint=status.device_fingerprint
    )
    assert [(r.status, r.from_held) for r in approval.results] == [(ImportStatus.IMPORTED, True)]
    assert approval.device.status == "approved" and approval.device.held == ()
    assert world.office.vault.conn.execute("SELECT count(*) FROM sessions").fetchone() == (2,)


def test_changed_device_key_is_refused(world: World) -> None:
    field = world.fields[0]
    first = _approved(world, field)
    impostor = DeviceIdentity.from_seeds(sync_service.device_identity(field).device_id, bytes(32))
    forged = _craft(field, world, 2, batch_hash(first.read_bytes()), {}, device=impostor)
    [result] = sync_import.import_batch_bytes(world.office, forged, "forged").results
    assert (result.status, result.code) == (ImportStatus.REFUSED, "sender_key_changed")
    # Also while the device is still pending.
    other = world.fields[1]
    add_youth_with_sessions(other, "Pending-1", 1)
    sync_export.export_batches(other, world.outbox)
    sync_import.import_batches(world.office, [world.outbox])
    impostor2 = DeviceIdentity.from_seeds(sync_service.device_identity(other).device_id, bytes(32))
    forged2 = _craft(other, world, 2, bytes(range(32)), {}, device=impostor2)
    [result] = sync_import.import_batch_bytes(world.office, forged2, "forged2").results
    assert (result.status, result.code) == (ImportStatus.REFUSED, "sender_key_changed")


def test_gap_is_held_then_filled_in_order(world: World) -> None:
    field = world.fields[0]
    _approved(world, field)
    second = _next_batch(world, field, "Gap-2")
    third = _next_batch(world, field, "Gap-3")
    fourth = _next_batch(world, field, "Gap-4")
    for name, data in (("4", fourth), ("3", third)):
        [result] = sync_import.import_batch_bytes(world.office, data, name).results
        assert (result.status, result.code) == (ImportStatus.HELD, "gap")
    [device] = sync_devices.list_devices(world.office)
    assert device.held == (3, 4) and device.gaps == ((2, 2),)
    # A receipt now says 1 and shows 3-4 held; the laptop confirms only batch 1.
    [receipt] = sync_receipts.write_receipts(world.office, world.receipts)
    accepted = sync_receipts.import_receipt(field, receipt.path)
    assert accepted.highest_contiguous == 1 and accepted.held_ranges == ((3, 4),)
    assert sync_receipts.sync_status(field).held_at_office == ((3, 4),)
    report = sync_import.import_batch_bytes(world.office, second, "2")
    assert [(r.status, r.sequence, r.from_held) for r in report.results] == [
        (ImportStatus.IMPORTED, 2, False),
        (ImportStatus.IMPORTED, 3, True),
        (ImportStatus.IMPORTED, 4, True),
    ]
    [device] = sync_devices.list_devices(world.office)
    assert device.highest_contiguous == 4 and device.held == () and device.gaps == ()
    codes = world.office.vault.conn.execute("SELECT code FROM participants ORDER BY code")
    assert [r[0] for r in codes][-3:] == ["Gap-2", "Gap-3", "Gap-4"]


def test_same_sequence_with_other_content_is_refused_and_audited(world: World) -> None:
    field = world.fields[0]
    first = _approved(world, field)
    second = _next_batch(world, field, "Seq-2")
    other = _craft(field, world, 2, batch_hash(first.read_bytes()), {})
    # While the genuine one is held behind a gap, and after it was applied.
    third = _next_batch(world, field, "Seq-3")
    [held] = sync_import.import_batch_bytes(world.office, third, "3").results
    assert held.status is ImportStatus.HELD
    other3 = _craft(field, world, 3, batch_hash(second), {})
    [result] = sync_import.import_batch_bytes(world.office, other3, "other-3").results
    assert (result.status, result.code) == (ImportStatus.REFUSED, "sequence_conflict")
    sync_import.import_batch_bytes(world.office, second, "2")
    [result] = sync_import.import_batch_bytes(world.office, other, "other-2").results
    assert (result.status, result.code) == (ImportStatus.REFUSED, "sequence_conflict")
    audit = list_audit(world.office.vault.conn, action="refused_import")
    assert audit[0].detail is not None and audit[0].detail.startswith("sequence_conflict")
    # Wrong chain: a batch 4 that does not name batch 3's hash.
    broken = _craft(field, world, 4, bytes(range(32)), {})
    [result] = sync_import.import_batch_bytes(world.office, broken, "broken").results
    assert (result.status, result.code) == (ImportStatus.REFUSED, "chain_mismatch")


def test_revoked_device_is_refused(world: World) -> None:
    field = world.fields[0]
    _approved(world, field)
    second = _next_batch(world, field, "Rev-2")
    third = _next_batch(world, field, "Rev-3")
    sync_import.import_batch_bytes(world.office, third, "3")  # held behind the gap
    device = sync_devices.revoke_device(world.office, world.device_id(field))
    assert device.status == "revoked" and device.held == ()
    [result] = sync_import.import_batch_bytes(world.office, second, "2").results
    assert (result.status, result.code) == (ImportStatus.REFUSED, "device_revoked")
    with pytest.raises(SyncError) as again:  # approved again only with the fingerprint
        sync_devices.approve_device(world.office, world.device_id(field))
    assert again.value.code == "fingerprint_required"
    assert sync_receipts.write_receipts(world.office, world.receipts) == ()


def test_an_invalid_record_refuses_the_whole_batch(world: World) -> None:
    field = world.fields[0]
    first = _approved(world, field)
    previous = batch_hash(first.read_bytes())
    conn = world.office.vault.conn
    course_id = conn.execute("SELECT id FROM courses").fetchone()[0]
    session = dict(json.loads(json.dumps(_session(course_id, "5a" * 16))))
    bad = {**_session(course_id, "5b" * 16), "duration_minutes": 5000}
    before = _state(world.office)
    cases: list[tuple[dict[str, list[dict[str, Any]]], str]] = [
        ({"sessions": [session, bad]}, "invalid_record"),
        ({"sessions": [{**session, "name": "x"}]}, "invalid_record"),
        ({"sessions": [{**session, "course_id": "nope"}]}, "invalid_record"),
        ({"sessions": [{**session, "contact_kind": "SECRET-NOTE"}]}, "invalid_record"),
        ({"courses": [{"id": "c9", "track": "SECRET-NOTE"}]}, "invalid_record"),
        ({"participants": [{"id": "9" * 32, "code": "Base-" + world.device_id(field)[:6],
                            "kind": "youth", "birth_year": None, "district": None,
                            "referral_source": None, "linked_youth_ids": [], "revision": 1,
                            "updated_at": "2026-03-12T09:00:00.000000Z"}]}, "code_conflict"),
        ({"tombstones": [{"entity": "nothing", "id": "x", "revision": 1,
                          "deleted_at": "2026-03-12T09:00:00.000000Z"}]}, "invalid_record"),
    ]  # fmt: skip
    for sections, code in cases:
        data = _craft(field, world, 2, previous, sections)
        [result] = sync_import.import_batch_bytes(world.office, data, "bad").results
        assert (result.status, result.code) == (ImportStatus.REFUSED, code), result
        assert result.detail
    assert _state(world.office) == before
    for entry in list_audit(world.office.vault.conn, action="refused_import"):
        assert "SECRET" not in (entry.detail or "")
    good = _craft(field, world, 2, previous, {"sessions": [session]})
    [result] = sync_import.import_batch_bytes(world.office, good, "good").results
    assert result.status is ImportStatus.IMPORTED
    assert result.counts is not None and result.counts.sessions == 1


def _session(course_id: str, session_id: str) -> dict[str, Any]:
    return {
        "id": session_id, "course_id": course_id, "start_utc": "2026-02-02T14:00:00.000000Z",
        "start_wall": "2026-02-02T15:00:00", "zone": "Europe/Copenhagen",
        "duration_minutes": 60, "contact_kind": "meeting", "framework_id": "vink-2014",
        "framework_version": "1", "notes": "n", "ratings": {"extremist_ties": 2},
        "self_rating": 3, "follow_up": "", "acute_concern": False, "revision": 1,
        "updated_at": "2026-03-12T09:00:00.000000Z",
    }  # fmt: skip


def test_receipts_are_checked(world: World, tmp_path: Path) -> None:
    field, other_field = world.fields
    _approved(world, field)
    _approved(world, other_field)
    written = sync_receipts.write_receipts(world.office, world.receipts)
    receipts = {r.device_id: r.path for r in written}
    mine = receipts[world.device_id(field)]
    theirs = receipts[world.device_id(other_field)]

    def refused(path: Path) -> str:
        with pytest.raises(SyncError) as error:
            sync_receipts.import_receipt(field, path)
        return error.value.code

    assert refused(theirs) == "wrong_device"
    tampered = bytearray(mine.read_bytes())
    tampered[60] ^= 1
    (tmp_path / "t.vinkreceipt").write_bytes(bytes(tampered))
    assert refused(tmp_path / "t.vinkreceipt") == "bad_signature"
    office = sync_service.office_identity(world.office)
    device_id = sync_service.device_identity(field).device_id
    (tmp_path / "h").write_bytes(encode_receipt(office, device_id, 1, bytes(range(32)), T0))
    assert refused(tmp_path / "h") == "receipt_hash_mismatch"
    (tmp_path / "u").write_bytes(encode_receipt(office, device_id, 9, bytes(range(32)), T0))
    assert refused(tmp_path / "u") == "receipt_unknown_batch"
    assert sync_receipts.import_receipt(field, mine).status == "accepted"
    assert sync_receipts.import_receipt(field, mine).status == "duplicate"
    older = encode_receipt(office, device_id, 0, bytes(32), T0.replace(year=2025))
    (tmp_path / "o").write_bytes(older)
    assert refused(tmp_path / "o") == "receipt_stale"
    later = encode_receipt(office, device_id, 0, bytes(32), T0.replace(year=2027))
    (tmp_path / "r").write_bytes(later)
    assert refused(tmp_path / "r") == "receipt_regressed"
    other = new_vault(tmp_path / "other", VaultKind.OFFICE, "Other", 78, FixedClock(T0))
    try:
        foreign = sync_service.office_identity(other)
        (tmp_path / "f").write_bytes(encode_receipt(foreign, device_id, 0, bytes(32), T0))
        assert refused(tmp_path / "f") == "wrong_office"
    finally:
        other.vault.close()


def test_a_batch_the_database_refuses_while_written_is_refused_alone(world: World) -> None:
    """Valid records the database still refuses (here: deleting a course whose sessions the
    office holds) roll back the group of batches being committed together; the group is
    redone one batch at a time, so only that batch is refused."""
    field, other = world.fields
    first = _approved(world, field)
    _approved(world, other)
    course_id = world.office.vault.conn.execute(
        "SELECT c.id FROM courses c JOIN participants p ON p.id = c.participant_id"
        " WHERE p.code LIKE ?", (f"Base-{world.device_id(field)[:6]}",),
    ).fetchone()[0]  # fmt: skip
    tombstone = {"entity": "course", "id": course_id, "revision": 9,
                 "deleted_at": "2026-03-12T09:00:00.000000Z"}  # fmt: skip
    folder = world.root / "mixed"
    folder.mkdir()
    (folder / "a.vinkbatch").write_bytes(
        _craft(field, world, 2, batch_hash(first.read_bytes()), {"tombstones": [tombstone]})
    )
    (folder / "b.vinkbatch").write_bytes(_next_batch(world, other, "Fine-2", sessions=3))
    report = sync_import.import_batches(world.office, [folder])
    outcome = {r.device_id: (r.status, r.code) for r in report.results}
    assert outcome == {
        world.device_id(field): (ImportStatus.REFUSED, "conflicts_with_office_data"),
        world.device_id(other): (ImportStatus.IMPORTED, None),
    }
    conn = world.office.vault.conn
    assert conn.execute("SELECT count(*) FROM courses WHERE id = ?", (course_id,)).fetchone() == (
        1,
    )
    assert conn.execute("SELECT count(*) FROM participants WHERE code = 'Fine-2'").fetchone() == (
        1,
    )
    applied = {d.device_id: d.highest_contiguous for d in sync_devices.list_devices(world.office)}
    assert applied == {world.device_id(field): 1, world.device_id(other): 2}


def test_code_conflict_is_refused_and_repaired_by_renewing(world: World) -> None:
    from vink_desktop.services import participants

    first, second = world.fields
    _approved(world, first)
    _approved(world, second)
    taken = f"Base-{world.device_id(first)[:6]}"
    participants.add_participant(second, taken, ParticipantKind.YOUTH)
    blocked = sync_export.export_batches(second, world.outbox).batches[0].path
    later = _next_batch(world, second, "After-1")
    report = sync_import.import_batches(world.office, [blocked, _written(world, later)])
    assert [(r.status, r.code) for r in report.results] == [
        (ImportStatus.REFUSED, "code_conflict"),
        (ImportStatus.HELD, "gap"),
    ]
    # The repair: change the code on the laptop, renew it, send everything again.
    mine = participants.get_participant(second, taken)
    participants.update_participant(second, dataclasses.replace(mine, code="Renamed-1"))
    old_device = world.device_id(second)
    renewed = sync_service.enroll(second, world.root / "office.vinkoffice", replace=True)
    assert renewed.status == "renewed" and renewed.device_id != old_device
    fresh = world.root / "fresh"
    fresh.mkdir()
    sync_export.export_batches(second, fresh)
    sync_import.import_batches(world.office, [fresh])
    # Approved as the device it replaces: the old device's records become the new one's.
    approval = sync_devices.approve_device(world.office, renewed.device_id, replaces=old_device)
    assert [r.status for r in approval.results] == [ImportStatus.IMPORTED]
    assert sync_devices.get_device(world.office, old_device).status == "revoked"
    codes = {r[0] for r in world.office.vault.conn.execute("SELECT code FROM participants")}
    assert {"Renamed-1", "After-1", taken} <= codes


def test_a_full_disk_stops_the_import_and_leaves_the_office_as_it_was(world: World) -> None:
    """The office's disk fills while a folder of batches is written (SQLite's page limit
    gives the same error): a clear DiskFull, nothing of the open group kept; once there is
    room the same folder imports."""
    from vink_desktop.storage.errors import DiskFull

    field = world.fields[0]
    _approved(world, field)
    for number in range(3):
        _next_batch(world, field, f"Full-{number}", sessions=40)
    conn = world.office.vault.conn
    before = _state(world.office)
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(DiskFull):
        sync_import.import_batches(world.office, [world.outbox])
    assert _state(world.office) == before
    conn.execute(f"PRAGMA max_page_count = {2**31 - 2}")
    report = sync_import.import_batches(world.office, [world.outbox])
    assert [r.status for r in report.results][-3:] == [ImportStatus.IMPORTED] * 3
    assert world.office.vault.integrity_check() == []
