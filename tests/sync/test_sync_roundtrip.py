"""Batch sync end to end with real vaults and real files: field laptops export, the office
imports, receipts go back."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sync_helpers import World, add_youth_with_sessions, snapshot, union

from vink_desktop.domain.model import ClosingReason, ContactKind, ParticipantKind
from vink_desktop.services import (
    courses,
    participants,
    sessions,
    sync_devices,
    sync_export,
    sync_import,
    sync_receipts,
    sync_service,
)
from vink_desktop.services.sessions import SessionInput
from vink_desktop.services.sync_import import ImportStatus
from vink_desktop.services.sync_service import SyncError
from vink_desktop.storage import course_queries, sync_records
from vink_desktop.storage.journal import list_audit
from vink_desktop.sync.batch_format import decrypt_batch, parse_batch

SENTINEL_NAME = "Sentinel-Name-4c1e"
SENTINEL_CONTACT = "sentinel-contact-77"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def _fill(field_index: int, world: World) -> None:
    """Realistic records on one laptop: youth and parent (linked), sessions, an edited
    and a deleted session, a closed course."""
    ctx = world.fields[field_index]
    course_id, session_ids = add_youth_with_sessions(ctx, f"Emil-F{field_index}", 4)
    youth = participants.get_participant(ctx, f"Emil-F{field_index}")
    parent = participants.add_participant(
        ctx, f"Hanne-F{field_index}", ParticipantKind.PARENT, name=SENTINEL_NAME,
        contact=SENTINEL_CONTACT, linked_youth=[youth.id],
    )  # fmt: skip
    parent_course = courses.open_course(ctx, parent.id, date(2026, 1, 10))
    sessions.record_session(
        ctx, parent_course.id,
        SessionInput(datetime(2026, 1, 12, 10, 0), 45, ContactKind.HOME_VISIT, "home",
                     {"support_of_young_person": 3, "parent_child_relationship": 2,
                      "conflict_handling": 3}, 2),
    )  # fmt: skip
    first = sessions.get_session(ctx, session_ids[0])
    sessions.update_session(
        ctx, first.id,
        SessionInput(first.start.wall, 90, first.contact_kind, "changed", dict(first.ratings), 4),
    )  # fmt: skip
    sessions.delete_session(ctx, session_ids[1])
    courses.close_course(ctx, parent_course.id, date(2026, 2, 1), ClosingReason.GOALS_MET)
    add_youth_with_sessions(ctx, f"Ali-F{field_index}", 2, start=date(2026, 2, 2))
    del course_id


def _deliver(world: World, *, shuffle_seed: int | None = None) -> sync_import.ImportReport:
    files = sorted(world.outbox.iterdir())
    if shuffle_seed is not None:
        rng = random.Random(shuffle_seed)
        files = files + rng.sample(files, k=len(files) // 2)  # duplicates too
        rng.shuffle(files)
    return sync_import.import_batches(world.office, files)


def _approve_all(world: World) -> None:
    for field in world.fields:
        status = sync_receipts.sync_status(field)
        sync_devices.approve_device(
            world.office, status.device_id, fingerprint=status.device_fingerprint
        )


def _receipts_back(world: World) -> None:
    written = sync_receipts.write_receipts(world.office, world.receipts)
    by_device = {r.device_id: r.path for r in written}
    for field in world.fields:
        result = sync_receipts.import_receipt(field, by_device[world.device_id(field)])
        assert result.status in ("accepted", "duplicate")


def test_three_laptops_to_one_office_and_receipts_back(world: World) -> None:
    for index in range(3):
        _fill(index, world)
    for index, field in enumerate(world.fields):
        # One laptop splits its export into several batches.
        result = sync_export.export_batches(field, world.outbox, max_records=5 if index else 50)
        assert result.batches
    first = _deliver(world, shuffle_seed=1)
    assert {r.status for r in first.results} == {ImportStatus.HELD}
    assert {r.code for r in first.results} == {"device_pending"}
    _approve_all(world)

    office = snapshot(world.office)
    assert office == union([snapshot(f) for f in world.fields])
    conn = world.office.vault.conn
    assert conn.execute(
        "SELECT count(*) FROM participants WHERE name IS NOT NULL OR contact IS NOT NULL"
    ).fetchone() == (0,)
    # Deletions travelled as tombstones (of sessions the office never had: kept as not yet
    # seen, for their laptop only); the outcome cache covers every course.
    assert conn.execute(
        "SELECT count(*) FROM unseen_tombstones WHERE entity = 'session'"
    ).fetchone() == (3,)
    assert conn.execute("SELECT count(*) FROM course_outcomes").fetchone()[0] == len(
        office["course"]
    )
    assert world.office.vault.integrity_check() == []

    # Everything again: all duplicates, nothing changes.
    again = _deliver(world)
    assert {r.status for r in again.results} == {ImportStatus.DUPLICATE}

    _receipts_back(world)
    for field in world.fields:
        status = sync_receipts.sync_status(field)
        assert status.unconfirmed_changes == 0
        assert status.unconfirmed_batches == 0
        assert status.confirmed_up_to is not None
        assert not status.warning

    # A second round: edits and a deletion after the receipt.
    field = world.fields[0]
    course_id, ids = add_youth_with_sessions(field, "Omar-F0", 3, start=date(2026, 2, 9))
    kept = sessions.get_session(field, ids[0])
    sessions.update_session(
        field, kept.id,
        SessionInput(kept.start.wall, 30, kept.contact_kind, "again", dict(kept.ratings), 5),
    )  # fmt: skip
    sessions.delete_session(field, ids[2])
    shutil.rmtree(world.outbox)
    world.outbox.mkdir()
    assert sync_receipts.sync_status(field).unconfirmed_changes > 0
    sync_export.export_batches(field, world.outbox)
    report = _deliver(world)
    assert [r.status for r in report.results] == [ImportStatus.IMPORTED]
    assert snapshot(world.office) == union([snapshot(f) for f in world.fields])
    _receipts_back(world)
    assert sync_receipts.sync_status(field).unconfirmed_changes == 0
    del course_id


def test_newest_revision_wins_and_history_is_kept(world: World) -> None:
    field = world.fields[0]
    _, ids = add_youth_with_sessions(field, "Emil-H", 2)
    sync_export.export_batches(field, world.outbox)
    original = sessions.get_session(field, ids[0])
    sessions.update_session(
        field, original.id,
        SessionInput(original.start.wall, 75, original.contact_kind, "second", {}, None),
    )  # fmt: skip
    sessions.delete_session(field, ids[1])
    sync_export.export_batches(field, world.outbox)
    files = sorted(world.outbox.iterdir())
    assert len(files) == 2
    _approve_all_after(world, files[::-1])  # newest first: the second is held for the gap
    conn = world.office.vault.conn
    assert conn.execute(
        "SELECT revision, notes FROM sessions WHERE id = ?", (ids[0],)
    ).fetchone() == (
        2,
        "second",
    )
    assert conn.execute("SELECT count(*) FROM sessions WHERE id = ?", (ids[1],)).fetchone() == (0,)
    history = sync_records.history_of(conn, "session", ids[0])
    assert [(rev, reason) for rev, reason, _ in history] == [(1, "replaced")]
    assert '"notes":"notes"' in history[0][2]
    deleted = sync_records.history_of(conn, "session", ids[1])
    assert [(rev, reason) for rev, reason, _ in deleted] == [(1, "deleted")]
    # A late copy of the first batch changes nothing (it is a duplicate).
    report = sync_import.import_batches(world.office, [files[0]])
    assert report.results[0].status is ImportStatus.DUPLICATE


def _approve_all_after(world: World, files: list[Path]) -> None:
    """Import (everything is held: the devices are new), then approve the devices."""
    report = sync_import.import_batches(world.office, files)
    assert {r.status for r in report.results} == {ImportStatus.HELD}
    exporting = [f for f in world.fields if sync_receipts.sync_status(f).last_export_at]
    for field in exporting:
        approval = sync_devices.approve_device(world.office, world.device_id(field))
        assert approval.results
        assert all(r.status is ImportStatus.IMPORTED for r in approval.results)


def test_names_and_contacts_never_leave_the_laptop(world: World) -> None:
    field = world.fields[0]
    participants.add_participant(
        field, "Nour-N1", ParticipantKind.YOUTH, name=SENTINEL_NAME, contact=SENTINEL_CONTACT
    )
    result = sync_export.export_batches(field, world.outbox)
    office = sync_service.office_identity(world.office)
    for batch in result.batches:
        data = batch.path.read_bytes()
        assert SENTINEL_NAME.encode() not in data
        payload = decrypt_batch(parse_batch(data), office)
        assert b"Nour-N1" in payload
        assert SENTINEL_NAME.encode() not in payload
        assert SENTINEL_CONTACT.encode() not in payload
        assert b'"name"' not in payload.replace(b'"name":"Mentor 0"', b"")


def test_export_only_new_changes_and_resend_is_byte_identical(world: World) -> None:
    field = world.fields[0]
    add_youth_with_sessions(field, "Emil-R", 2)
    first = sync_export.export_batches(field, world.outbox)
    bytes_before = {b.path.name: b.path.read_bytes() for b in first.batches}
    assert sync_export.export_batches(field, world.outbox).batches == ()
    for path in world.outbox.iterdir():
        path.unlink()
    resent = sync_export.resend_batches(field, world.outbox)
    assert {b.path.name: b.path.read_bytes() for b in resent.batches} == bytes_before
    add_youth_with_sessions(field, "Emil-S", 1)
    second = sync_export.export_batches(field, world.outbox)
    assert [b.sequence for b in second.batches] == [2]
    assert second.counts["sessions"] == 1 and second.counts["participants"] == 1
    actions = [(e.action, e.entity) for e in list_audit(field.vault.conn, limit=50)]
    assert ("export", "batches") in actions
    for entry in list_audit(field.vault.conn, limit=50):
        assert "Emil" not in (entry.detail or "")
    # After a receipt nothing is left to re-send.
    _approve_all_after(world, [world.outbox])
    written = sync_receipts.write_receipts(world.office, world.receipts)
    assert [r.highest_contiguous for r in written] == [2]
    assert sync_receipts.import_receipt(field, written[0].path).newly_confirmed == 2
    assert sync_export.resend_batches(field, world.outbox).batches == ()


def test_enrollment_rules(world: World, tmp_path: Path) -> None:
    field = world.fields[0]
    same = sync_service.enroll(field, world.root / "office.vinkoffice")
    assert same.status == "unchanged"
    assert same.office_fingerprint == sync_service.office_identity(world.office).public.fingerprint
    assert len(same.office_fingerprint.split()) == 6
    # Another office: refused without --replace.
    from sync_helpers import T0, new_vault

    from vink_desktop.domain.model import VaultKind
    from vink_desktop.services.context import FixedClock

    other = new_vault(tmp_path / "other", VaultKind.OFFICE, "Other", 99, FixedClock(T0))
    try:
        sync_service.export_office_identity(other, tmp_path / "other.vinkoffice")
        with pytest.raises(SyncError) as refused:
            sync_service.enroll(field, tmp_path / "other.vinkoffice")
        assert refused.value.code == "office_key_changed"
        add_youth_with_sessions(field, "Emil-E", 1)
        sync_export.export_batches(field, world.outbox)
        before = sync_service.device_identity(field).device_id
        replaced = sync_service.enroll(field, tmp_path / "other.vinkoffice", replace=True)
        assert replaced.status == "replaced"
        after = sync_service.device_identity(field).device_id
        assert before != after  # batches went to the old office: a new device identity
        audit = list_audit(field.vault.conn, entity="office_enrollment")
        assert audit[0].action == "update" and "replaced" in (audit[0].detail or "")
        # The new office gets everything again, from sequence 1.
        out = tmp_path / "to-other"
        out.mkdir()
        result = sync_export.export_batches(field, out)
        assert result.batches[0].sequence == 1
        assert result.counts["sessions"] == 1 and result.counts["participants"] == 1
    finally:
        other.vault.close()


def test_kind_checks(world: World) -> None:
    field = world.fields[0]
    for call in (
        lambda: sync_import.import_batches(field, [world.outbox]),
        lambda: sync_receipts.write_receipts(field, world.receipts),
        lambda: sync_devices.list_devices(field),
        lambda: sync_service.export_office_identity(field, world.root / "x"),
    ):
        with pytest.raises(SyncError) as error:
            call()
        assert error.value.code == "office_only"
    for call in (
        lambda: sync_export.export_batches(world.office, world.outbox),
        lambda: sync_receipts.sync_status(world.office),
        lambda: sync_service.enroll(world.office, world.root / "office.vinkoffice"),
    ):
        with pytest.raises(SyncError) as error:
            call()
        assert error.value.code == "field_only"


def test_not_enrolled_laptop_cannot_export(tmp_path: Path) -> None:
    from sync_helpers import T0, new_vault

    from vink_desktop.domain.model import VaultKind
    from vink_desktop.services.context import FixedClock

    ctx = new_vault(tmp_path / "f", VaultKind.FIELD, "Solo", 5, FixedClock(T0))
    try:
        with pytest.raises(SyncError) as error:
            sync_export.export_batches(ctx, tmp_path)
        assert error.value.code == "not_enrolled"
        status = sync_receipts.sync_status(ctx)
        assert status.office_fingerprint is None and status.unconfirmed_changes == 1
    finally:
        ctx.vault.close()


def test_status_warns_after_the_set_number_of_days(world: World) -> None:
    field = world.fields[0]
    add_youth_with_sessions(field, "Emil-W", 1)
    assert not sync_receipts.sync_status(field).warning
    world.clock.advance(days=8)
    status = sync_receipts.sync_status(field)
    assert status.warning and status.oldest_unconfirmed_age is not None
    assert not sync_receipts.sync_status(field, warn_after_days=10).warning


def test_export_progress_and_cancel(world: World) -> None:
    field = world.fields[0]
    add_youth_with_sessions(field, "Emil-C", 6)
    seen: list[tuple[int, int]] = []
    with pytest.raises(sync_export.ExportCancelled):
        sync_export.export_batches(field, world.outbox, max_records=3, cancelled=lambda: bool(seen),
                                   progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert list(world.outbox.iterdir()) == []
    result = sync_export.export_batches(field, world.outbox, max_records=3,
                                        progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert [b.sequence for b in result.batches] == [1, 2, 3]
    assert seen[-1][0] == seen[-1][1] == 9  # worker, participant, course, 6 sessions


def test_outcomes_of_touched_courses_are_refreshed(world: World) -> None:
    field = world.fields[0]
    course_id, _ = add_youth_with_sessions(field, "Emil-O", 3)
    sync_export.export_batches(field, world.outbox)
    _approve_all_after(world, [world.outbox])
    conn = world.office.vault.conn
    stored = conn.execute("SELECT sessions FROM course_outcomes WHERE course_id = ?", (course_id,))
    assert stored.fetchone() == (3,)
    # Later sessions: the cache is invalidated with the batch; refreshed now or on demand.
    sessions.record_session(
        field, course_id,
        SessionInput(datetime(2026, 2, 20, 15, 0), 60, ContactKind.MEETING, "n", {}, 3),
    )  # fmt: skip
    sync_export.export_batches(field, world.outbox)
    report = sync_import.import_batches(world.office, [world.outbox], refresh_outcomes=False)
    assert [r.status for r in report.results] == [ImportStatus.DUPLICATE, ImportStatus.IMPORTED]
    assert course_id in course_queries.stale_course_ids(conn, world.clock.today())
    [row] = [r for r in courses.list_courses(world.office) if r.id == course_id]
    assert row.sessions == 4


def test_import_progress_and_cancel_between_batches(world: World) -> None:
    field = world.fields[0]
    add_youth_with_sessions(field, "Emil-P", 6)
    sync_export.export_batches(field, world.outbox, max_records=3)
    _approve_all_after(world, sorted(world.outbox.iterdir())[:1])
    seen: list[tuple[int, int]] = []
    report = sync_import.import_batches(
        world.office, [world.outbox], progress=lambda d, t: seen.append((d, t)),
        cancelled=lambda: len(seen) >= 2,
    )  # fmt: skip
    assert report.cancelled and report.files == 3
    assert [(r.sequence, r.status) for r in report.results] == [
        (1, ImportStatus.DUPLICATE), (2, ImportStatus.IMPORTED),
    ]  # fmt: skip
    assert seen == [(1, 3), (2, 3)]
    [device] = sync_devices.list_devices(world.office)
    assert device.highest_contiguous == 2
    rest = sync_import.import_batches(world.office, [world.outbox])
    assert [r.status for r in rest.results][-1] is ImportStatus.IMPORTED


def test_the_window_may_save_while_an_export_runs(world: World) -> None:
    """The export reads a snapshot and writes only at the end: another connection (the
    window's, while a worker thread exports) can record a session meanwhile, and that
    session goes into the next export."""
    from vink_desktop.services.context import thread_context

    field = world.fields[0]
    course_id, _ = add_youth_with_sessions(field, "Emil-T", 4)
    saved: list[str] = []

    def save_meanwhile(done: int, total: int) -> None:
        if not saved:
            with thread_context(field) as window:  # another connection, same thread is fine
                session = sessions.record_session(
                    window, course_id,
                    SessionInput(datetime(2026, 3, 1, 10, 0), 30, ContactKind.PHONE, "", {}, 2),
                )  # fmt: skip
                saved.append(session.id)

    first = sync_export.export_batches(field, world.outbox, max_records=2, progress=save_meanwhile)
    assert first.counts["sessions"] == 4
    second = sync_export.export_batches(field, world.outbox)
    assert second.counts["sessions"] == 1
    assert second.batches[0].sequence == len(first.batches) + 1
    _approve_all_after(world, [world.outbox])
    assert snapshot(world.office) == snapshot(field)
