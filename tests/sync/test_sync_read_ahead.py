"""The import reads the next file ahead on a helper thread and computes the outcomes of the
courses a batch creates while it writes that batch's sessions (``sync_ahead``,
``sync_import._write``). Nothing of that may change a result: every refusal is reported at
its own step, and the outcome cache ends exactly as a rebuild from the stored rows makes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import T0, World, add_youth_with_sessions
from test_sync_refusals import _approved, _session, _state

from vink_desktop.domain.model import ContactKind
from vink_desktop.services import outcomes, sessions, sync_devices, sync_export, sync_import
from vink_desktop.services.sessions import SessionInput
from vink_desktop.services.sync_ahead import arrive_bytes, read_ahead
from vink_desktop.services.sync_import import ImportStatus
from vink_desktop.services.sync_service import device_identity, office_identity
from vink_desktop.storage import course_queries
from vink_desktop.sync.batch_format import batch_hash, encode_batch
from vink_desktop.sync.payload import encode_payload


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path, fields=2)
    yield w
    w.close()


def _sealed(world: World, sequence: int, previous: bytes, payload: bytes) -> bytes:
    field = world.fields[0]
    return encode_batch(device_identity(field), office_identity(world.office).public, sequence,
                        previous, payload, T0)  # fmt: skip


def _course(course_id: str, participant_id: str, worker_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "id": course_id, "participant_id": participant_id, "track": "mentoring",
        "worker_id": worker_id, "start": "2026-01-05", "status": "active", "end": None,
        "closing_reason": None, "final_evaluation": None, "framework_id": "vink-2014",
        "framework_version": "1", "revision": 1, "updated_at": "2026-03-12T09:00:00.000000Z",
        **changes,
    }  # fmt: skip


def _bad_payloads(world: World) -> list[tuple[str, bytes, str, str | None]]:
    """(name, payload, expected code, expected start of the detail)."""
    conn = world.office.vault.conn
    stored_course, participant_id, worker_id = conn.execute(
        "SELECT id, participant_id, worker_id FROM courses"
    ).fetchone()
    new_course = _course("c0" * 16, participant_id, worker_id)
    good = _session(stored_course, "5a" * 16)
    inside = {**_session("c0" * 16, "5b" * 16), "start_utc": "2026-02-02T14:00:00.000000Z"}
    long = {"duration_minutes": 5000}

    def payload(**sections: list[dict[str, Any]]) -> bytes:
        return encode_payload(sections)

    return [
        ("a session too long, course stored",
         payload(sessions=[good, {**good, "id": "52" * 16, **long}]),
         "invalid_record", "sessions[1].duration_minutes"),
        ("a session too long, course in the batch",
         payload(courses=[new_course], sessions=[inside, {**inside, "id": "53" * 16, **long}]),
         "invalid_record", "sessions[1].duration_minutes"),
        ("the first problem by position wins (stored course first)",
         payload(courses=[new_course],
                 sessions=[{**good, **long}, {**inside, "id": "54" * 16, **long}]),
         "invalid_record", "sessions[0].duration_minutes"),
        ("the first problem by position wins (batch course first)",
         payload(courses=[new_course],
                 sessions=[{**inside, **long}, {**good, "id": "55" * 16, **long}]),
         "invalid_record", "sessions[0].duration_minutes"),
        ("an unknown course", payload(sessions=[{**good, "course_id": "ee" * 16}]),
         "invalid_record", "sessions[0]: unknown_course"),
        ("a field too many", payload(sessions=[{**good, "name": "x"}]),
         "invalid_record", "sessions[0]: fields"),
        ("a bad course before a bad session",
         payload(courses=[{**new_course, "track": "SECRET"}], sessions=[{**inside, **long}]),
         "invalid_record", "courses[0]"),
        ("not JSON", b"SECRET not json", "payload_not_json", None),
        ("text that is not Unicode",
         payload(sessions=[{**good, "notes": "aSURRb"}]).replace(b"SURR", b"\\ud800"),
         "payload_malformed", None),
    ]  # fmt: skip


def test_refusals_found_ahead_are_reported_as_in_turn(world: World, tmp_path: Path) -> None:
    """Each bad batch follows a good one in the same folder, so it is read ahead while the
    good one is written; it gets the code and detail it gets when imported on its own, and
    leaves nothing behind."""
    field = world.fields[0]
    _approved(world, field)
    cases = _bad_payloads(world)
    for number, (name, payload, code, detail) in enumerate(cases):
        add_youth_with_sessions(field, f"Good-{number}", 2)
        [good] = sync_export.export_batches(field, world.outbox).batches
        bad = _sealed(world, good.sequence + 1, batch_hash(good.path.read_bytes()), payload)
        folder = tmp_path / f"case-{number}"
        folder.mkdir()
        (folder / good.path.name).write_bytes(good.path.read_bytes())
        (folder / "z-bad.vinkbatch").write_bytes(bad)
        report = sync_import.import_batches(world.office, [folder])
        first, second = report.results
        assert first.status is ImportStatus.IMPORTED, name
        assert (second.status, second.code) == (ImportStatus.REFUSED, code), name
        assert detail is None or (second.detail or "").startswith(detail), (name, second.detail)
        after = _state(world.office)
        [alone] = sync_import.import_batch_bytes(world.office, bad, "z-bad.vinkbatch").results
        assert (alone.status, alone.code, alone.detail) == (
            second.status, second.code, second.detail), name  # fmt: skip
        assert _state(world.office) == after, name
        assert "SECRET" not in repr(report.results)


def test_a_bad_batch_read_ahead_behind_a_gap_is_held_then_refused(
    world: World, tmp_path: Path
) -> None:
    """The ledger is checked before decryption: a batch after a gap is held however bad its
    contents, and refused for them only when its turn comes."""
    field = world.fields[0]
    _approved(world, field)
    add_youth_with_sessions(field, "Gap-1", 1)
    [second] = sync_export.export_batches(field, world.outbox).batches
    add_youth_with_sessions(field, "Gap-2", 1)
    [third] = sync_export.export_batches(field, world.outbox).batches
    bad = _sealed(world, third.sequence + 1, batch_hash(third.path.read_bytes()), b"[]")
    folder = tmp_path / "gap"
    folder.mkdir()
    (folder / second.path.name).write_bytes(second.path.read_bytes())
    (folder / "z-bad.vinkbatch").write_bytes(bad)
    report = sync_import.import_batches(world.office, [folder])
    assert [(r.status, r.code) for r in report.results] == [
        (ImportStatus.IMPORTED, None), (ImportStatus.HELD, "gap")]  # fmt: skip
    report = sync_import.import_batches(world.office, [third.path])
    assert [(r.status, r.code, r.source) for r in report.results] == [
        (ImportStatus.IMPORTED, None, third.path.name),
        (ImportStatus.REFUSED, "payload_wrong_format", "z-bad.vinkbatch"),
    ]
    assert world.office.vault.conn.execute("SELECT count(*) FROM sync_held").fetchone() == (0,)


def test_read_ahead_needs_the_approved_key(world: World) -> None:
    """A batch is read ahead only for a device approved with the key that signed it."""
    field = world.fields[0]
    _approved(world, field)
    add_youth_with_sessions(field, "Ahead-1", 3)
    [batch] = sync_export.export_batches(field, world.outbox).batches
    office = office_identity(world.office)
    frameworks = world.office.frameworks
    device = sync_devices.get_device(world.office, world.device_id(field))
    key = device_identity(field).public.to_bytes()
    unknown = arrive_bytes(batch.path.read_bytes(), "b", office)
    read_ahead(unknown, office, frameworks, {})
    assert unknown.ahead is None
    wrong = arrive_bytes(batch.path.read_bytes(), "b", office)
    read_ahead(wrong, office, frameworks, {device.device_id: device_identity(world.fields[1])
                                           .public.to_bytes()})  # fmt: skip
    assert wrong.ahead is not None and wrong.ahead.signature_problem is not None
    assert wrong.ahead.payload is None
    right = arrive_bytes(batch.path.read_bytes(), "b", office)
    read_ahead(right, office, frameworks, {device.device_id: key})
    ahead = right.ahead
    assert ahead is not None and ahead.signature_problem is None
    assert ahead.sessions is not None and len(ahead.sessions) == 3
    assert ahead.checks is not None and ahead.checks.problem is None
    assert json.loads(ahead.rows_json or "") == [list(row) for row, _, _ in ahead.sessions]


def _outcomes(world: World) -> list[tuple[Any, ...]]:
    return world.office.vault.conn.execute(
        "SELECT * FROM course_outcomes ORDER BY course_id"
    ).fetchall()


def test_outcomes_computed_in_the_import_equal_a_rebuild(world: World, tmp_path: Path) -> None:
    """New courses are scored from the batch while it is written; courses that had
    sessions before are rebuilt from the vault. Either way the cache holds what a rebuild
    of every course from the stored rows gives."""
    first, second = world.fields
    _approved(world, first)
    _approved(world, second)
    for index, field in enumerate(world.fields):
        for number in range(3):
            add_youth_with_sessions(field, f"O-{index}-{number}", 2 + 3 * number,
                                    start=date(2026, 1, 5 + number))  # fmt: skip
    outbox = tmp_path / "round-1"
    outbox.mkdir()
    for field in world.fields:
        sync_export.export_batches(field, outbox)
    # Round two: more sessions in a course the office holds, one edited, a new course.
    held_course = first.vault.conn.execute("SELECT id FROM courses LIMIT 1").fetchone()[0]
    sessions.record_session(
        first, held_course,
        SessionInput(datetime(2026, 3, 1, 15, 0), 60, ContactKind.MEETING, "n",
                     {"extremist_ties": 1, "polarising_views": 1}, 5),
    )  # fmt: skip
    edited = sessions.list_sessions(first, held_course)[0]
    sessions.update_session(
        first, edited.id,
        SessionInput(edited.start.wall, 30, edited.contact_kind, "n", {"extremist_ties": 4}, 1),
    )  # fmt: skip
    add_youth_with_sessions(second, "O-late", 4, start=date(2026, 2, 2))
    outbox_two = tmp_path / "round-2"
    outbox_two.mkdir()
    for field in world.fields:
        sync_export.export_batches(field, outbox_two)
    report = sync_import.import_batches(world.office, [outbox, outbox_two])
    assert {r.status for r in report.results} == {ImportStatus.IMPORTED}
    assert len(report.results) == 4
    conn = world.office.vault.conn
    assert course_queries.stale_course_ids(conn, world.clock.today()) == []
    computed = _outcomes(world)
    assert len(computed) == conn.execute("SELECT count(*) FROM courses").fetchone()[0]
    with world.office.vault.transaction() as tx:
        outcomes.invalidate(tx, [row[0] for row in computed])
    assert outcomes.refresh_stale(world.office) == len(computed)
    assert _outcomes(world) == computed


def test_an_import_on_a_later_day_scores_new_courses_on_that_day(world: World) -> None:
    """The outcomes computed in the import depend on the day (weeks without a session):
    they use the import's clock like the rebuild does."""
    field = world.fields[0]
    _approved(world, field)
    course_id, _ = add_youth_with_sessions(field, "Late-1", 2, start=date(2026, 1, 5))
    sync_export.export_batches(field, world.outbox)
    world.clock.at = datetime(2026, 9, 1, 9, 0, tzinfo=T0.tzinfo)
    report = sync_import.import_batches(world.office, [world.outbox])
    assert [r.status for r in report.results][-1] is ImportStatus.IMPORTED
    signals = world.office.vault.conn.execute(
        "SELECT off_track FROM course_outcomes WHERE course_id = ?", (course_id,)
    ).fetchone()[0]
    assert "no_recent_session" in signals
