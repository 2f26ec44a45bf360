"""Applying a checked batch to the office vault, inside the caller's transaction.

The rule for every record: the newest revision wins. A record the office does not hold is
written; a newer revision replaces the stored one, which goes to the history
(``record_history``, reason ``replaced``); the same revision again changes nothing; an
older revision than the stored one (or than a deletion) is kept in the history only
(``arrived_late``). A tombstone deletes a record whose stored revision is older than the
deletion (the row goes to the history, ``deleted``) and is itself kept, so a late copy of
the record cannot bring it back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from vink_desktop.domain.model import Course, Participant, ParticipantKind
from vink_desktop.services.context import Context
from vink_desktop.services.sync_payload import BatchContent, Tombstone
from vink_desktop.storage import office_store, repositories, sync_records
from vink_desktop.storage.codec import dt_to_text
from vink_desktop.storage.database import Connection
from vink_desktop.storage.journal import Op, log_change
from vink_desktop.storage.sync_records import HistoryRow


@dataclass(frozen=True, slots=True)
class RecordCounts:
    """What one batch did to the office's records."""

    workers: int = 0
    participants: int = 0
    courses: int = 0
    sessions: int = 0
    concern_reports: int = 0
    outreach_activities: int = 0
    service_evaluations: int = 0
    #: Records deleted by a tombstone (tombstones for records never seen are kept too).
    deleted: int = 0
    #: Records the office already held at the same or a newer revision.
    unchanged: int = 0
    #: Earlier revisions moved to (or kept in) the history.
    history: int = 0

    @property
    def total(self) -> int:
        """Records the batch carried (written, deleted or unchanged)."""
        return (self.workers + self.participants + self.courses + self.sessions
                + self.concern_reports + self.outreach_activities + self.service_evaluations
                + self.deleted + self.unchanged)  # fmt: skip


@dataclass(slots=True)
class _Plan:
    write: list[str]
    replaced: list[str]
    late: list[str]
    unchanged: int


def _plan(conn: Connection, entity: str, records: Sequence[tuple[str, int]]) -> _Plan:
    ids = [record_id for record_id, _ in records]
    stored = sync_records.stored_revisions(conn, entity, ids)
    deleted = sync_records.tombstone_revisions(conn, entity, ids)
    plan = _Plan([], [], [], 0)
    for record_id, revision in records:
        current = stored.get(record_id)
        gone = deleted.get(record_id)
        if gone is not None and gone >= revision:
            plan.late.append(record_id)
        elif current is None:
            plan.write.append(record_id)
        elif current < revision:
            plan.write.append(record_id)
            plan.replaced.append(record_id)
        elif current == revision:
            plan.unchanged += 1
        else:
            plan.late.append(record_id)
    return plan


def _participant_row(p: Participant) -> tuple[object, ...]:
    """The row ``repositories.put_participant`` writes."""
    if p.updated_at is None:  # pragma: no cover - the records reader requires it
        raise ValueError("a participant without updated_at")
    referral = None if p.referral_source is None else p.referral_source.value
    return (p.id, p.code, p.kind.value, p.birth_year, p.district, referral, p.name, p.contact,
            p.revision, dt_to_text(p.updated_at))  # fmt: skip


def _json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class _History:
    def __init__(self, conn: Connection, device_id: str, sequence: int, at: str) -> None:
        self.conn = conn
        self.device_id = device_id
        self.sequence = sequence
        self.at = at
        self.rows: list[HistoryRow] = []

    def stored(self, entity: str, ids: list[str], reason: str) -> dict[str, dict[str, Any]]:
        rows = sync_records.stored_rows(self.conn, entity, ids) if ids else {}
        for record_id, row in rows.items():
            self.add(entity, record_id, int(row["revision"]), reason, row)
        return rows

    def add(
        self, entity: str, record_id: str, revision: int, reason: str, record: dict[str, Any]
    ) -> None:
        self.rows.append(
            (entity, record_id, revision, reason, _json(record), self.device_id, self.sequence,
             self.at)
        )  # fmt: skip


def apply_content(
    ctx: Context, conn: Connection, content: BatchContent, device_id: str, sequence: int
) -> tuple[RecordCounts, set[str]]:
    """Write ``content`` (in the caller's transaction); returns the counts and the ids of
    the courses whose outcome must be recomputed."""
    history = _History(conn, device_id, sequence, dt_to_text(ctx.clock.now()))
    payload = content.payload
    touched: set[str] = set()
    written: dict[str, int] = {}
    unchanged = 0

    def late(entity: str, section: str, ids: list[str]) -> None:
        if ids:
            wanted = set(ids)
            items = getattr(payload, section)
            for item in items:
                if item["id"] in wanted:
                    history.add(entity, item["id"], item["revision"], "arrived_late", item)

    def upsert(
        entity: str, section: str, records: Sequence[Any], put: Callable[[Any], None]
    ) -> list[str]:
        nonlocal unchanged
        plan = _plan(conn, entity, [(r.id, r.revision) for r in records])
        history.stored(entity, plan.replaced, "replaced")
        late(entity, section, plan.late)
        chosen = set(plan.write)
        for record in records:
            if record.id in chosen:
                put(record)
        written[entity] = len(plan.write)
        unchanged += plan.unchanged
        return plan.write

    upsert("worker", "workers", content.workers, lambda w: repositories.put_worker(conn, w))
    # Young people first: a parent's links point at them.
    people = sorted(content.participants, key=lambda p: p.kind is not ParticipantKind.YOUTH)
    chosen_people: list[Participant] = []
    upsert("participant", "participants", people, chosen_people.append)
    sync_records.put_participant_rows(
        conn,
        [_participant_row(p) for p in chosen_people],
        [(p.id, youth) for p in chosen_people for youth in sorted(set(p.linked_youth_ids))],
    )
    chosen_courses: list[Course] = []
    touched.update(upsert("course", "courses", content.courses, chosen_courses.append))
    sync_records.put_course_rows(conn, [repositories.course_row(c) for c in chosen_courses])

    rows = content.sessions
    plan = _plan(conn, "session", [(str(r[0]), int(r[14])) for r in rows])  # type: ignore[call-overload]
    replaced = history.stored("session", plan.replaced, "replaced")
    touched.update(str(row["course_id"]) for row in replaced.values())
    late("session", "sessions", plan.late)
    if len(plan.write) == len(rows):
        fresh = rows
    else:
        chosen = set(plan.write)
        fresh = [r for r in rows if r[0] in chosen]
    repositories.put_session_rows(conn, fresh)
    touched.update(str(r[1]) for r in fresh)
    written["session"] = len(fresh)
    unchanged += plan.unchanged

    # The office records point at workers, participants and courses: after them.
    office = content.office
    upsert("concern_report", "concern_reports", office.concern_reports,
           lambda r: office_store.put_concern_report(conn, r))  # fmt: skip
    upsert("outreach_activity", "outreach_activities", office.outreach_activities,
           lambda a: office_store.put_activity(conn, a))  # fmt: skip
    upsert("service_evaluation", "service_evaluations", office.service_evaluations,
           lambda e: office_store.put_evaluation(conn, e))  # fmt: skip

    deleted, kept = _apply_tombstones(conn, content.tombstones, history, touched)
    unchanged += kept
    sync_records.insert_history(conn, history.rows)
    counts = RecordCounts(
        workers=written["worker"],
        participants=written["participant"],
        courses=written["course"],
        sessions=written["session"],
        concern_reports=written["concern_report"],
        outreach_activities=written["outreach_activity"],
        service_evaluations=written["service_evaluation"],
        deleted=deleted,
        unchanged=unchanged,
        history=len(history.rows),
    )
    return counts, touched


#: What points at a record is deleted before it (only sessions are deleted today).
_DELETE_ORDER = ("service_evaluation", "concern_report", "outreach_activity", "session",
                 "course", "participant", "worker")  # fmt: skip


def _apply_tombstones(
    conn: Connection, tombstones: list[Tombstone], history: _History, touched: set[str]
) -> tuple[int, int]:
    """Apply deletions, what points at a record first. Returns (deleted, unchanged)."""
    deleted = 0
    unchanged = 0
    for entity in _DELETE_ORDER:
        mine = [t for t in tombstones if t.entity == entity]
        if not mine:
            continue
        ids = [t.id for t in mine]
        stored = sync_records.stored_revisions(conn, entity, ids)
        gone = sync_records.tombstone_revisions(conn, entity, ids)
        doomed = [t.id for t in mine if stored.get(t.id, t.revision) < t.revision]
        rows = history.stored(entity, doomed, "deleted")
        for tombstone in mine:
            current = stored.get(tombstone.id)
            if current is not None and current >= tombstone.revision:
                unchanged += 1  # the office holds a newer revision than the deletion
                continue
            if current is None and gone.get(tombstone.id, 0) >= tombstone.revision:
                unchanged += 1
                continue
            if current is not None:
                if entity == "session":
                    touched.add(str(rows[tombstone.id]["course_id"]))
                sync_records.delete_record(conn, entity, tombstone.id)
                deleted += 1
            log_change(conn, entity, tombstone.id, tombstone.revision, Op.DELETE,
                       tombstone.deleted_at)  # fmt: skip
    return deleted, unchanged
