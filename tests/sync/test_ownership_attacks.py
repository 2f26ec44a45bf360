"""The office's trust boundary (issue 10, part 1): an attacker holding one approved field
laptop, with validly signed batches built through the program's own code, cannot change,
delete or point at another laptop's records. Each case: the batch is refused
``not_owner`` naming the entity and id, the office's record tables are unchanged, and the
rightful laptop's later batches still apply."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import T0, World, add_youth_with_sessions

from vink_desktop.domain.model import ParticipantKind
from vink_desktop.domain.office import ConcernSource
from vink_desktop.services import (
    office_records,
    participants,
    sessions,
    sync_devices,
    sync_export,
    sync_import,
    sync_service,
)
from vink_desktop.services.context import Context
from vink_desktop.services.office_records import ConcernInput
from vink_desktop.services.sync_import import ImportStatus
from vink_desktop.services.sync_office_payload import concern_record
from vink_desktop.services.sync_outgoing import (
    course_record,
    participant_record,
    session_record,
    worker_record,
)
from vink_desktop.services.sync_ownership import MAX_REVISION_STEP
from vink_desktop.services.sync_payload import RecordRefused
from vink_desktop.storage import ownership, sync_records, sync_store
from vink_desktop.storage.repositories import SESSION_COLUMNS
from vink_desktop.sync.batch_format import encode_batch
from vink_desktop.sync.payload import encode_payload
from vink_desktop.sync.wire import ZERO_HASH

#: Every table that holds records (or what decides about them) at the office.
RECORD_TABLES = ("workers", "participants", "participant_links", "courses", "sessions",
                 "concern_reports", "outreach_activities", "service_evaluations",
                 "tombstones", "unseen_tombstones", "record_owners", "record_history",
                 "course_outcomes", "change_log", "sync_ledger")  # fmt: skip
# A jump far beyond any honest edit, but inside the readable range (revisions > 2^53 - 1
# are refused as invalid_record before ownership is asked; tests/sync hostile cases cover 2^62).
HUGE = 2**52


def dump(ctx: Context) -> dict[str, list[tuple[Any, ...]]]:
    conn = ctx.vault.conn
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in RECORD_TABLES}


@dataclasses.dataclass
class Scene:
    world: World
    victim: Context
    attacker: Context
    victim_course: str
    victim_sessions: list[str]
    victim_youth: str
    attacker_course: str

    def office_rows(self, table: str, columns: str, record_id: str) -> tuple[Any, ...]:
        conn = self.world.office.vault.conn
        row = conn.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (record_id,)).fetchone()
        assert row is not None
        return tuple(row)

    def worker_of(self, field: Context) -> str:
        row = field.vault.conn.execute("SELECT id FROM workers").fetchone()
        return str(row[0])


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    world = World(tmp_path, fields=2)
    victim, attacker = world.fields
    course, session_ids = add_youth_with_sessions(victim, "Victim-1", 2)
    youth = victim.vault.conn.execute("SELECT participant_id FROM courses").fetchone()[0]
    attacker_course, _ = add_youth_with_sessions(attacker, "Attacker-1", 1)
    for field in (victim, attacker):
        result = sync_export.export_batches(field, world.outbox)
        sync_import.import_batches(world.office, [b.path for b in result.batches])
        sync_devices.approve_device(world.office, world.device_id(field))
    yield Scene(world, victim, attacker, course, session_ids, str(youth), attacker_course)
    world.close()


def send(scene: Scene, field: Context, sections: dict[str, list[dict[str, Any]]]) -> Any:
    """A batch from ``field``'s own key, next in its chain at the office, through the
    program's encoder; imported as a file (the result)."""
    path = craft(scene, field, sections)
    [result] = sync_import.import_batches(scene.world.office, [path]).results
    return result


def craft(scene: Scene, field: Context, sections: dict[str, list[dict[str, Any]]]) -> Path:
    """The file of :func:`send`, not imported."""
    world = scene.world
    device_id = world.device_id(field)
    device = sync_store.get_device(world.office.vault.conn, device_id)
    assert device is not None
    data = encode_batch(
        sync_service.device_identity(field),
        sync_service.office_identity(world.office).public,
        device.highest_contiguous + 1,
        device.highest_hash or ZERO_HASH,
        encode_payload(sections),
        T0,
    )
    path = world.root / f"crafted-{device_id}-{device.highest_contiguous + 1}.vinkbatch"
    path.write_bytes(data)
    return path


def _session(scene: Scene, session_id: str, **changes: Any) -> dict[str, Any]:
    row = scene.office_rows("sessions", SESSION_COLUMNS, session_id)
    return {**session_record(row), **changes}


def _course(scene: Scene, course_id: str, **changes: Any) -> dict[str, Any]:
    row = scene.office_rows("courses", sync_records.COURSE_COLUMNS, course_id)
    return {**course_record(row), **changes}


def _participant(scene: Scene, participant_id: str, **changes: Any) -> dict[str, Any]:
    row = scene.office_rows("participants", sync_records.PARTICIPANT_COLUMNS, participant_id)
    return {**participant_record(row, {}), **changes}


# -- the attacks: each returns the batch's sections and the (entity, id) it must name ---------

Attack = Callable[[Scene], tuple[dict[str, list[dict[str, Any]]], str, str]]


def rewrite_session_notes(s: Scene) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    victim = s.victim_sessions[0]
    ratings = {key: 1 for key in _session(s, victim)["ratings"]}
    forged = _session(s, victim, notes="forged", ratings=ratings, revision=HUGE)
    return {"sessions": [forged]}, "session", victim


def rewrite_session_same_size_revision(
    s: Scene,
) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    victim = s.victim_sessions[1]
    return {"sessions": [_session(s, victim, notes="forged", revision=2)]}, "session", victim


def tombstone_sessions(s: Scene) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    stones = [{"entity": "session", "id": i, "revision": HUGE,
               "deleted_at": "2026-03-12T09:00:00.000000Z"} for i in s.victim_sessions]  # fmt: skip
    return {"tombstones": stones}, "session", s.victim_sessions[0]


def rewrite_participant(s: Scene) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    forged = _participant(s, s.victim_youth, district="Amager", birth_year=1990, revision=2)
    return {"participants": [forged]}, "participant", s.victim_youth


def rename_worker(s: Scene) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    worker = s.worker_of(s.victim)
    row = s.office_rows("workers", sync_records.WORKER_COLUMNS, worker)
    forged = {**worker_record(row), "name": "Someone Else", "revision": 2}
    return {"workers": [forged]}, "worker", worker


def move_course_to_attacker(s: Scene) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    forged = _course(s, s.victim_course, worker_id=s.worker_of(s.attacker), revision=2)
    return {"courses": [forged]}, "course", s.victim_course


def add_session_inside_course(s: Scene) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    planted = _session(s, s.victim_sessions[0], id="a" * 32, revision=1, notes="planted")
    return {"sessions": [planted]}, "course", s.victim_course


def open_course_for_participant(s: Scene) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    course = _course(s, s.attacker_course, id="b" * 32, participant_id=s.victim_youth,
                     revision=1)  # fmt: skip
    return {"courses": [course]}, "participant", s.victim_youth


def link_parent_to_youth(s: Scene) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    mine = str(s.office_rows("courses", "participant_id", s.attacker_course)[0])
    parent = _participant(s, mine, id="c" * 32, code="Parent-X", kind="parent",
                          linked_youth_ids=[s.victim_youth], revision=1)  # fmt: skip
    return {"participants": [parent]}, "participant", s.victim_youth


def report_about_participant(s: Scene) -> tuple[dict[str, list[dict[str, Any]]], str, str]:
    made = office_records.add_concern(
        s.attacker, ConcernInput(T0.replace(tzinfo=None), ConcernSource.SCHOOL, "Attacker-1")
    )
    row = s.attacker.vault.conn.execute(
        f"SELECT {sync_records.CONCERN_COLUMNS} FROM concern_reports WHERE id = ?", (made.id,)
    ).fetchone()
    report = {**concern_record(row), "participant_id": s.victim_youth}
    return {"concern_reports": [report]}, "participant", s.victim_youth


ATTACKS: dict[str, Attack] = {
    "session notes and ratings, revision 2^52": rewrite_session_notes,
    "session notes, next revision": rewrite_session_same_size_revision,
    "tombstones of its sessions, revision 2^52": tombstone_sessions,
    "its participant's district and birth year": rewrite_participant,
    "rename its worker": rename_worker,
    "move its course to the attacker's worker": move_course_to_attacker,
    "a session inside its course": add_session_inside_course,
    "a course for its participant": open_course_for_participant,
    "a parent linked to its young person": link_parent_to_youth,
    "a report of concern about its participant": report_about_participant,
}


def victim_still_syncs(scene: Scene) -> None:
    """The rightful laptop edits its session and exports: the office takes it."""
    world = scene.world
    session_id = scene.victim_sessions[0]
    mine = sessions.get_session(scene.victim, session_id)
    assert mine is not None
    sessions.update_session(
        scene.victim, session_id,
        sessions.SessionInput(mine.start.wall, 75, mine.contact_kind, "the real notes",
                              dict(mine.ratings), mine.self_rating),
    )  # fmt: skip
    result = sync_export.export_batches(scene.victim, world.outbox)
    report = sync_import.import_batches(world.office, [b.path for b in result.batches])
    assert [r.status for r in report.results] == [ImportStatus.IMPORTED]
    stored = world.office.vault.conn.execute(
        "SELECT notes, duration_minutes, revision FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    assert stored == ("the real notes", 75, 2)


@pytest.mark.parametrize("attack", list(ATTACKS.values()), ids=list(ATTACKS))
def test_an_approved_laptop_cannot_touch_another_laptops_records(
    scene: Scene, attack: Attack
) -> None:
    sections, entity, record_id = attack(scene)
    before = dump(scene.world.office)
    result = send(scene, scene.attacker, sections)
    assert (result.status, result.code) == (ImportStatus.REFUSED, "not_owner"), result
    assert f"{entity} {record_id} belongs to device {scene.world.device_id(scene.victim)}" in (
        result.detail or ""
    )
    assert dump(scene.world.office) == before
    audit = scene.world.office.vault.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'refused_import' ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    assert audit.startswith("not_owner; crafted-") and record_id in audit
    victim_still_syncs(scene)


def test_the_attackers_own_later_batches_still_apply(scene: Scene) -> None:
    sections, _, _ = rename_worker(scene)
    assert send(scene, scene.attacker, sections).code == "not_owner"
    mine = str(scene.office_rows("courses", "participant_id", scene.attacker_course)[0])
    renamed = _participant(scene, mine, district="Amager", revision=2)
    result = send(scene, scene.attacker, {"participants": [renamed]})
    assert result.status is ImportStatus.IMPORTED, result
    assert scene.office_rows("participants", "district", mine) == ("Amager",)


def test_a_tombstone_for_an_id_the_office_never_had_blocks_no_one(scene: Scene) -> None:
    planted = "d" * 32
    stone = {"entity": "session", "id": planted, "revision": MAX_REVISION_STEP,
             "deleted_at": "2026-03-12T09:00:00.000000Z"}  # fmt: skip
    result = send(scene, scene.attacker, {"tombstones": [stone]})
    assert result.status is ImportStatus.IMPORTED, result
    conn = scene.world.office.vault.conn
    assert conn.execute("SELECT count(*) FROM tombstones").fetchone() == (0,)
    assert conn.execute("SELECT device_id, entity_id FROM unseen_tombstones").fetchall() == [
        (scene.world.device_id(scene.attacker), planted)
    ]
    # The victim's record with that id arrives afterwards and is stored.
    new = _session(scene, scene.victim_sessions[0], id=planted, revision=1, notes="mine")
    result = send(scene, scene.victim, {"sessions": [new]})
    assert (result.status, result.counts.sessions if result.counts else 0) == (
        ImportStatus.IMPORTED, 1,
    )  # fmt: skip
    assert scene.office_rows("sessions", "notes", planted) == ("mine",)
    assert ownership.owners_of(conn, "session", [planted]) == {
        planted: scene.world.device_id(scene.victim)
    }
    # And the planting laptop cannot delete it now.
    result = send(scene, scene.attacker, {"tombstones": [{**stone, "revision": 2}]})
    assert result.code == "not_owner"


def test_a_tombstone_with_revision_2_62_for_an_unknown_id_is_refused(scene: Scene) -> None:
    before = dump(scene.world.office)
    stone = {"entity": "session", "id": "e" * 32, "revision": HUGE,
             "deleted_at": "2026-03-12T09:00:00.000000Z"}  # fmt: skip
    result = send(scene, scene.attacker, {"tombstones": [stone]})
    assert (result.status, result.code) == (ImportStatus.REFUSED, "invalid_record")
    assert result.detail == "tombstones[0].revision: revision_out_of_range"
    assert dump(scene.world.office) == before


def test_no_revision_jump_freezes_a_record_even_from_its_owner(scene: Scene) -> None:
    before = dump(scene.world.office)
    session_id = scene.victim_sessions[0]
    jump = _session(scene, session_id, notes="jump", revision=1 + MAX_REVISION_STEP + 1)
    result = send(scene, scene.victim, {"sessions": [jump]})
    assert (result.code, result.detail) == (
        "invalid_record", "sessions[0].revision: revision_out_of_range",
    )  # fmt: skip
    assert dump(scene.world.office) == before
    ok = _session(scene, session_id, notes="big but sane", revision=1 + MAX_REVISION_STEP)
    assert send(scene, scene.victim, {"sessions": [ok]}).status is ImportStatus.IMPORTED


def test_the_same_record_at_the_same_revision_is_harmless_from_anyone(scene: Scene) -> None:
    """A renewed laptop sends everything again at its revision: no change, no refusal."""
    same = _session(scene, scene.victim_sessions[0])
    before = dump(scene.world.office)["sessions"]
    result = send(scene, scene.attacker, {"sessions": [same]})
    assert result.status is ImportStatus.IMPORTED, result
    assert result.counts is not None and result.counts.unchanged == 1
    assert dump(scene.world.office)["sessions"] == before


def test_a_renewed_laptop_takes_its_records_over_when_approved_as_replacing(
    scene: Scene,
) -> None:
    world = scene.world
    old = world.device_id(scene.victim)
    renewed = sync_service.enroll(scene.victim, world.root / "office.vinkoffice", replace=True)
    participants.add_participant(scene.victim, "After-Renewal", ParticipantKind.YOUTH)
    fresh = world.root / "fresh"
    fresh.mkdir()
    sync_export.export_batches(scene.victim, fresh)
    sync_import.import_batches(world.office, [fresh])
    approval = sync_devices.approve_device(world.office, renewed.device_id, replaces=old)
    assert [r.status for r in approval.results] == [ImportStatus.IMPORTED]
    conn = world.office.vault.conn
    assert ownership.owners_of(conn, "course", [scene.victim_course]) == {
        scene.victim_course: renewed.device_id
    }
    assert sync_devices.get_device(world.office, old).status == "revoked"
    victim_still_syncs(scene)


def test_a_refused_stored_session_inside_a_group_refuses_only_that_batch(scene: Scene) -> None:
    """Sessions the office holds are found while the batch is written: the refusal rolls
    back only that batch, also when several files share one commit."""
    world = scene.world
    add_youth_with_sessions(scene.victim, "Victim-2", 2)
    good = sync_export.export_batches(scene.victim, world.outbox).batches[0].path
    # A new course of the attacker's own, holding the victim's stored session.
    forged = _session(scene, scene.victim_sessions[0], notes="forged", revision=2,
                      course_id="f" * 32)  # fmt: skip
    fresh_course = _course(scene, scene.attacker_course, id="f" * 32, revision=1)
    bad = craft(scene, scene.attacker, {"courses": [fresh_course], "sessions": [forged]})
    before = dump(world.office)
    report = sync_import.import_batches(world.office, [good, bad])
    by_device = {r.device_id: r for r in report.results}
    assert by_device[world.device_id(scene.victim)].status is ImportStatus.IMPORTED
    refused = by_device[world.device_id(scene.attacker)]
    assert (refused.status, refused.code) == (ImportStatus.REFUSED, "not_owner")
    assert refused.detail == (
        f"sessions[0]: session {scene.victim_sessions[0]} belongs to device"
        f" {world.device_id(scene.victim)}"
    )
    after = dump(world.office)
    assert after["sessions"] != before["sessions"]  # the victim's batch was applied
    conn = world.office.vault.conn
    assert conn.execute("SELECT count(*) FROM courses WHERE id = ?", ("f" * 32,)).fetchone() == (0,)
    assert scene.office_rows("sessions", "notes, revision", scene.victim_sessions[0]) == (
        "notes", 1,
    )  # fmt: skip


def test_not_owner_is_a_record_refusal() -> None:
    from vink_desktop.services.sync_ownership import NotOwner

    problem = NotOwner("sessions[0]: session x belongs to the office")
    assert isinstance(problem, RecordRefused) and problem.code == "not_owner"


def test_the_cli_reports_not_owner_with_the_record_and_exit_code_4(
    scene: Scene, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sync_helpers import PASSPHRASE, cli_main

    from vink_desktop.services import vault_service

    sections, entity, record_id = rename_worker(scene)
    path = craft(scene, scene.attacker, sections)
    office = scene.world.office
    folder = office.vault.paths.folder
    vault_service.close(office)
    passfile = scene.world.root / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    monkeypatch.setenv("VINK_PASSPHRASE_FILE", str(passfile))
    code = cli_main(["sync", "import", str(path), "--vault", str(folder)])
    out = capsys.readouterr().out
    assert code == 4
    assert "refused: changes or points at a record another device or the office owns" in out
    assert f"{entity} {record_id} belongs to device" in out
