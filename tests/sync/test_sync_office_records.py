"""Reports of concern, outreach activities and service evaluations travel in batches
(payload version 2) like the other records: recorded on a laptop, imported at the office,
counted by the office's success criteria; a newer revision replaces the older one (which
goes to the history); an invalid office record refuses the whole batch; a version 1 payload
still imports."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import T0, World, add_youth_with_sessions

from vink_desktop.domain.model import ClosingReason
from vink_desktop.domain.office import ConcernOutcome, ConcernSource, OutreachKind, ServiceAnswer
from vink_desktop.services import (
    courses,
    office_interchange,
    office_records,
    success_criteria,
    sync_devices,
    sync_export,
    sync_import,
    sync_service,
)
from vink_desktop.services.context import Context
from vink_desktop.services.office_records import ActivityInput, ConcernInput
from vink_desktop.services.success_criteria import CriteriaFilter
from vink_desktop.services.sync_import import ImportStatus
from vink_desktop.storage import sync_records
from vink_desktop.sync.batch_format import batch_hash, decrypt_batch, encode_batch, parse_batch
from vink_desktop.sync.payload import decode_payload, encode_payload

OFFICE_TABLES = ("workers", "participants", "courses", "sessions", "concern_reports",
                 "outreach_activities", "service_evaluations", "tombstones", "sync_ledger",
                 "sync_held", "record_history")  # fmt: skip


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path, fields=1)
    yield w
    w.close()


class Recorded:
    """What the laptop recorded in :func:`_record_on_the_field`."""

    def __init__(self, course_id: str, about_participant: str, new_subject: str, activity: str,
                 evaluation: str) -> None:  # fmt: skip
        self.course_id = course_id
        self.about_participant = about_participant
        self.new_subject = new_subject
        self.activity = activity
        self.evaluation = evaluation


def _record_on_the_field(field: Context) -> Recorded:
    """A closed course with its service evaluation, a report about that participant (reacted
    to within 24 hours), a report about a new pseudonym (no reaction yet) and an outreach
    activity with its evaluation."""
    course_id, _ = add_youth_with_sessions(field, "Emil-F0", 2)
    courses.close_course(field, course_id, date(2026, 3, 1), ClosingReason.GOALS_MET)
    evaluation = office_records.add_evaluation(
        field, course_id, ssp=ServiceAnswer.YES, vink=ServiceAnswer.YES
    )
    about = office_records.add_concern(
        field, ConcernInput(datetime(2026, 3, 10, 9, 0), ConcernSource.SCHOOL, "Emil-F0")
    )
    office_records.record_reaction(
        field, about.id, at=datetime(2026, 3, 10, 15, 0), outcome=ConcernOutcome.ADVICE_GIVEN
    )
    new = office_records.add_concern(
        field,
        ConcernInput(datetime(2026, 3, 10, 13, 0), ConcernSource.POLICE, new_code="Ny-Omar-1"),
    )
    activity = office_records.add_activity(
        field,
        ActivityInput(date(2026, 3, 5), OutreachKind.STAFF_TRAINING, 20, respondents=15,
                      positive=12, district="Valby"),
    )  # fmt: skip
    return Recorded(course_id, about.id, new.id, activity.id, evaluation.id)


def _office_lists(ctx: Context) -> dict[str, list[dict[str, Any]]]:
    return office_interchange.export_lists(ctx.vault.conn)


def _state(ctx: Context) -> dict[str, list[Any]]:
    conn = ctx.vault.conn
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in OFFICE_TABLES}


def _first_round(world: World) -> tuple[Recorded, Path]:
    """Record on the laptop, export (split so that office records follow what they point
    at in later batches), import (held: the device is new), approve. Returns what was
    recorded and the last batch file."""
    field = world.fields[0]
    recorded = _record_on_the_field(field)
    result = sync_export.export_batches(field, world.outbox, max_records=4)
    assert len(result.batches) == 3
    assert result.counts["concern_reports"] == 2
    assert result.counts["outreach_activities"] == result.counts["service_evaluations"] == 1
    report = sync_import.import_batches(world.office, [world.outbox])
    assert {r.code for r in report.results} == {"device_pending"}
    approval = sync_devices.approve_device(world.office, world.device_id(field))
    assert [r.status for r in approval.results] == [ImportStatus.IMPORTED] * 3
    return recorded, result.batches[-1].path


def test_office_records_travel_and_the_office_criteria_count_them(world: World) -> None:
    field, office = world.fields[0], world.office
    selection = CriteriaFilter(2026)
    before = success_criteria.compute_criteria(office, selection)  # fills the criteria cache
    assert before.row("concern_reaction_24h").details["received"] == 0
    assert before.row("reach_staff").successes == 0

    recorded, _ = _first_round(world)

    # Exactly the laptop's records, field for field (ids, revisions and all).
    assert _office_lists(office) == _office_lists(field)
    revisions = {(r["id"], r["revision"]) for r in _office_lists(office)["concern_reports"]}
    assert revisions == {(recorded.about_participant, 2), (recorded.new_subject, 1)}
    # What travelled has the records-format shapes.
    identity = sync_service.office_identity(office)
    travelled: dict[str, list[Any]] = {"concern_reports": [], "outreach_activities": [],
                                       "service_evaluations": []}  # fmt: skip
    for path in sorted(world.outbox.iterdir()):
        payload = decode_payload(decrypt_batch(parse_batch(path.read_bytes()), identity))
        assert payload.version == 2
        for name, items in travelled.items():
            items.extend(getattr(payload, name))
    expected = _office_lists(field)
    for name, items in travelled.items():
        assert sorted(items, key=lambda r: r["id"]) == sorted(expected[name], key=lambda r: r["id"])

    table = success_criteria.compute_criteria(office, selection)
    reaction = table.row("concern_reaction_24h")
    assert reaction.details["received"] == 2
    assert reaction.group("within_24h").ids == (recorded.about_participant,)
    assert reaction.group("overdue").ids == (recorded.new_subject,)  # 45 h at T0
    assert table.row("concern_reports_more").successes == 2
    assert table.row("reach_staff").successes == 20
    helped = table.row("able_to_help")
    assert (helped.successes, helped.denominator) == (12, 15)
    assert helped.group("evaluated").ids == (recorded.activity,)
    service = table.row("good_service")
    assert (service.successes, service.denominator) == (1, 1)
    assert service.group("good").ids == (recorded.course_id,)


def test_a_later_reaction_travels_as_a_newer_revision(world: World) -> None:
    field, office = world.fields[0], world.office
    recorded, _ = _first_round(world)
    selection = CriteriaFilter(2026)
    table = success_criteria.compute_criteria(office, selection)
    assert table.row("concern_reaction_24h").group("overdue").ids == (recorded.new_subject,)

    world.clock.advance(seconds=60)
    office_records.record_reaction(
        field, recorded.new_subject, at=datetime(2026, 3, 12, 9, 30),
        outcome=ConcernOutcome.REFERRED_ON,
    )  # fmt: skip
    result = sync_export.export_batches(field, world.outbox)
    assert result.counts["concern_reports"] == 1 and result.records == 1
    report = sync_import.import_batches(office, [result.batches[0].path])
    [imported] = report.results
    assert imported.status is ImportStatus.IMPORTED and imported.counts is not None
    assert (imported.counts.concern_reports, imported.counts.history) == (1, 1)

    stored = office_records.get_concern(office, recorded.new_subject)
    assert stored.revision == 2 and stored.outcome is ConcernOutcome.REFERRED_ON
    assert stored == office_records.get_concern(field, recorded.new_subject)
    [(revision, reason, record)] = sync_records.history_of(
        office.vault.conn, "concern_report", recorded.new_subject
    )
    assert (revision, reason) == (1, "replaced")
    assert json.loads(record)["reaction_utc"] is None
    # The criteria see the import at once (late: 44 h 30 min after it was received).
    after = success_criteria.compute_criteria(office, selection).row("concern_reaction_24h")
    assert after.group("late").ids == (recorded.new_subject,)
    assert after.group("overdue").ids == ()

    # Nothing changed since: nothing to send.
    again = sync_export.export_batches(field, world.outbox)
    assert again.batches == ()


def _craft(world: World, sequence: int, previous: bytes, payload: bytes) -> bytes:
    return encode_batch(
        sync_service.device_identity(world.fields[0]),
        sync_service.office_identity(world.office).public,
        sequence,
        previous,
        payload,
        T0,
    )


def _v1(**sections: list[dict[str, Any]]) -> bytes:
    document: dict[str, Any] = {"format": "vink-sync-payload", "version": 1, "workers": [],
                                "participants": [], "courses": [], "sessions": [],
                                "tombstones": []}  # fmt: skip
    document.update(sections)
    return json.dumps(document).encode()


_NEW_PARTICIPANT = {
    "id": "e" * 32, "code": "Batch-New-1", "kind": "youth", "birth_year": 2010,
    "district": "Valby", "referral_source": None, "linked_youth_ids": [], "revision": 1,
    "updated_at": "2026-03-12T08:00:00.000000Z",
}  # fmt: skip


def _bad_variants(
    lists: dict[str, list[dict[str, Any]]], recorded: Recorded
) -> list[tuple[str, bytes, str, str]]:
    """(name, payload, refusal code, detail) for batches with one invalid office record,
    each beside a valid participant, report and activity that must not be applied."""
    report = next(r for r in lists["concern_reports"] if r["id"] == recorded.new_subject)
    activity = lists["outreach_activities"][0]
    evaluation = lists["service_evaluations"][0]

    def fresh(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
        return {**copy.deepcopy(record), "id": "f" * 32, **changes}

    valid = {
        "participants": [_NEW_PARTICIPANT],
        "concern_reports": [fresh(report, id="c" * 32, subject_code="Ny-2")],
        "outreach_activities": [fresh(activity, id="a" * 32)],
    }

    def batch(section: str, bad: dict[str, Any]) -> bytes:
        sections = copy.deepcopy(valid)
        sections[section] = [*sections.get(section, []), bad]
        return encode_payload(sections)

    index = {"concern_reports": 1, "outreach_activities": 1, "service_evaluations": 0}

    def where(section: str) -> str:
        return f"{section}[{index[section]}]"

    return [
        ("no subject", batch("concern_reports", fresh(report, subject_code=None)),
         "invalid_record", f"{where('concern_reports')}.about: subject_required"),
        ("both subjects", batch("concern_reports", fresh(report, participant_id="d" * 32)),
         "invalid_record", f"{where('concern_reports')}.about: subject_required"),
        ("unknown participant",
         batch("concern_reports", fresh(report, participant_id="0" * 32, subject_code=None)),
         "unknown_reference", f"{where('concern_reports')}: unknown_participant"),
        ("unknown worker", batch("concern_reports", fresh(report, worker_id="8" * 32)),
         "unknown_reference", f"{where('concern_reports')}: unknown_worker"),
        ("unknown source", batch("concern_reports", fresh(report, source="Rumour-Secret")),
         "invalid_record", f"{where('concern_reports')}: wrong type or value"),
        ("offset-free time",
         batch("concern_reports", fresh(report, received_utc="2026-03-11T12:00:00")),
         "invalid_record", f"{where('concern_reports')}: wrong type or value"),
        ("reaction before receipt",
         batch("concern_reports", fresh(report, reaction_utc="2026-03-10T11:00:00.000000Z",
                                        reaction_wall="2026-03-10T12:00:00",
                                        reacted_by=report["worker_id"])),
         "invalid_record", f"{where('concern_reports')}.reaction_at: reaction_before_received"),
        ("extra field", batch("concern_reports", fresh(report, note="Secret text")),
         "invalid_record", f"{where('concern_reports')}: fields ['note'] not allowed"),
        ("missing field",
         batch("concern_reports",
               {k: v for k, v in fresh(report).items() if k != "outcome"}),
         "invalid_record", f"{where('concern_reports')}: missing fields ['outcome']"),
        ("same id twice", batch("concern_reports", fresh(report, id="c" * 32)),
         "invalid_record", "concern_reports: the same id twice"),
        ("audience mismatch", batch("outreach_activities", fresh(activity, audience="parents")),
         "invalid_record", f"{where('outreach_activities')}.audience: audience_mismatch"),
        ("head count as text", batch("outreach_activities", fresh(activity, head_count="20")),
         "invalid_record", f"{where('outreach_activities')}: wrong type or value"),
        ("unknown course", batch("service_evaluations", fresh(evaluation, course_id="7" * 32)),
         "unknown_reference", f"{where('service_evaluations')}: unknown_course"),
        ("second evaluation of a course", batch("service_evaluations", fresh(evaluation)),
         "invalid_record", f"{where('service_evaluations')}: already_evaluated"),
        ("evaluated in the future",
         batch("service_evaluations",
               fresh(evaluation, id=evaluation["id"], revision=2, evaluated_on="2026-04-01")),
         "invalid_record", f"{where('service_evaluations')}.evaluated_on: in_future"),
        ("office tombstone in version 1",
         _v1(participants=[_NEW_PARTICIPANT],
             tombstones=[{"entity": "concern_report", "id": report["id"], "revision": 9,
                          "deleted_at": "2026-03-12T08:00:00.000000Z"}]),
         "invalid_record", "tombstones[0]: entity or id"),
        ("a deleted course's evaluation",
         encode_payload({"service_evaluations": [fresh(evaluation, id=evaluation["id"],
                                                       revision=2)],
                         "tombstones": [{"entity": "course", "id": evaluation["course_id"],
                                         "revision": 9,
                                         "deleted_at": "2026-03-12T08:00:00.000000Z"}]}),
         "unknown_reference", "service_evaluations[0]: deleted by the batch"),
    ]  # fmt: skip


def test_an_invalid_office_record_refuses_the_whole_batch(world: World) -> None:
    recorded, last = _first_round(world)
    office = world.office
    lists = _office_lists(world.fields[0])
    before = _state(office)
    previous = batch_hash(last.read_bytes())
    for name, payload, code, detail in _bad_variants(lists, recorded):
        [result] = sync_import.import_batch_bytes(
            office, _craft(world, 4, previous, payload), name
        ).results
        assert (result.status, result.code, result.detail) == (
            ImportStatus.REFUSED, code, detail
        ), name  # fmt: skip
        assert "Secret" not in (result.detail or "") and "Rumour" not in (result.detail or "")
        assert _state(office) == before, name
    # The valid part alone imports (the refusals were about the one bad record).
    valid = {"participants": [_NEW_PARTICIPANT]}
    [result] = sync_import.import_batch_bytes(
        office, _craft(world, 4, previous, encode_payload(valid)), "valid"
    ).results
    assert result.status is ImportStatus.IMPORTED


def test_a_version_1_payload_still_imports(world: World) -> None:
    _, last = _first_round(world)
    office = world.office
    data = _craft(world, 4, batch_hash(last.read_bytes()), _v1(participants=[_NEW_PARTICIPANT]))
    [result] = sync_import.import_batch_bytes(office, data, "old-laptop.vinkbatch").results
    assert result.status is ImportStatus.IMPORTED and result.counts is not None
    assert (result.counts.participants, result.counts.concern_reports) == (1, 0)
    row = office.vault.conn.execute(
        "SELECT code, revision FROM participants WHERE id = ?", (_NEW_PARTICIPANT["id"],)
    ).fetchone()
    assert tuple(row) == ("Batch-New-1", 1)
