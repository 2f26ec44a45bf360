"""The office records in a batch payload (version 2 on): reports of concern, outreach
activities and service evaluations.

The field writes them from stored rows in the shapes of the records interchange format
(``office_interchange.concern_out`` and its siblings); the office reads them with the same
readers (``office_interchange.read_lists``) and checks them with the same rules
(``office_interchange.check``) as a records file, then against the rest of the batch.
``sync_payload`` turns what this module finds into the batch's refusal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from vink_desktop.domain.model import Course, Participant, Worker
from vink_desktop.services.context import Context
from vink_desktop.services.office_interchange import OfficeRecords, check
from vink_desktop.sync.payload import Record

CONCERN_FIELDS = frozenset(
    {"id", "received_utc", "received_wall", "zone", "source", "participant_id", "subject_code",
     "district", "worker_id", "reaction_utc", "reaction_wall", "reacted_by", "outcome",
     "revision", "updated_at"}
)  # fmt: skip
ACTIVITY_FIELDS = frozenset(
    {"id", "held_on", "kind", "audience", "head_count", "worker_id", "district", "respondents",
     "able_to_help", "dialogue_gives_options", "revision", "updated_at"}
)  # fmt: skip
EVALUATION_FIELDS = frozenset(
    {"id", "course_id", "evaluated_on", "ssp", "vink", "dka", "revision", "updated_at"}
)
#: Payload section -> the fields each of its objects has.
FIELDS = {"concern_reports": CONCERN_FIELDS, "outreach_activities": ACTIVITY_FIELDS,
          "service_evaluations": EVALUATION_FIELDS}  # fmt: skip

#: A reference the office cannot resolve refuses the batch as ``unknown_reference``.
_UNKNOWN = frozenset({"unknown_worker", "unknown_participant", "unknown_course"})

Row = Sequence[Any]


# -- field: stored rows -> payload records (rows in ``sync_records`` column order) -----------


def concern_record(r: Row) -> Record:
    return {
        "id": r[0], "received_utc": r[1], "received_wall": r[2], "zone": r[3], "source": r[4],
        "participant_id": r[5], "subject_code": r[6], "district": r[7], "worker_id": r[8],
        "reaction_utc": r[9], "reaction_wall": r[10], "reacted_by": r[11], "outcome": r[12],
        "revision": r[13], "updated_at": r[14],
    }  # fmt: skip


def activity_record(r: Row) -> Record:
    return {
        "id": r[0], "held_on": r[1], "kind": r[2], "audience": r[3], "head_count": r[4],
        "worker_id": r[5], "district": r[6], "respondents": r[7], "able_to_help": r[8],
        "dialogue_gives_options": r[9], "revision": r[10], "updated_at": r[11],
    }  # fmt: skip


def evaluation_record(r: Row) -> Record:
    return {
        "id": r[0], "course_id": r[1], "evaluated_on": r[2], "ssp": r[3], "vink": r[4],
        "dka": r[5], "revision": r[6], "updated_at": r[7],
    }  # fmt: skip


# -- office: checking ------------------------------------------------------------------------


def first_problem(
    ctx: Context,
    records: OfficeRecords,
    *,
    workers: Sequence[Worker],
    participants: Sequence[Participant],
    courses: Sequence[Course],
    deleted: Iterable[tuple[str, str]],
) -> tuple[str, str] | None:
    """The first reason to refuse the batch for its office records, as (code, detail
    naming the record and rule, never content), or None. ``deleted``: the (entity, id) of
    the batch's tombstones; a record may not point at one of them, so everything a record
    points at exists once the batch is applied."""
    for section, ids in (
        ("concern_reports", [r.id for r in records.concern_reports]),
        ("outreach_activities", [a.id for a in records.outreach_activities]),
        ("service_evaluations", [e.id for e in records.service_evaluations]),
    ):
        if len(set(ids)) != len(ids):
            return "invalid_record", f"{section}: the same id twice"
    evaluated = [e.course_id for e in records.service_evaluations]
    if len(set(evaluated)) != len(evaluated):
        return "invalid_record", "service_evaluations: the same course twice"
    problems = check(
        ctx.vault.conn,
        records,
        now=ctx.clock.now(),
        worker_ids=(w.id for w in workers),
        participant_ids=(p.id for p in participants),
        course_starts={c.id: c.start for c in courses},
    )
    if problems:
        first = problems[0]
        if first.code in _UNKNOWN:
            return "unknown_reference", f"{first.field}: {first.code}"
        return "invalid_record", f"{first.field}: {first.code}"
    gone = set(deleted)
    for index, report in enumerate(records.concern_reports):
        people = {("participant", report.participant_id)}
        workers_named = {("worker", report.worker_id), ("worker", report.reacted_by)}
        if (people | workers_named) & gone:
            return "unknown_reference", f"concern_reports[{index}]: deleted by the batch"
    for index, activity in enumerate(records.outreach_activities):
        if ("worker", activity.worker_id) in gone:
            return "unknown_reference", f"outreach_activities[{index}]: deleted by the batch"
    for index, evaluation in enumerate(records.service_evaluations):
        if ("course", evaluation.course_id) in gone:
            return "unknown_reference", f"service_evaluations[{index}]: deleted by the batch"
    return None
