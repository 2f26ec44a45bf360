"""Applying a checked batch to the office vault, inside the caller's transaction.

The rule for every record: the newest revision wins. A record the office does not hold is
written; a newer revision replaces the stored one, which goes to the history
(``record_history``, reason ``replaced``); the same revision again changes nothing; an
older revision than the stored one (or than a deletion) is kept in the history only
(``arrived_late``). A tombstone deletes a record whose stored revision is older than the
deletion (the row goes to the history, ``deleted``) and is itself kept, so a late copy of
the record cannot bring it back.

Before any of that, ``sync_ownership.check`` has made sure the batch changes only its own
device's records; the writer records the owner of every record the batch creates, keeps
deletions of records the office never had as "not yet seen" for that device only, and
checks the sessions the office held already while writing them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass
from typing import Any

from vink_desktop.domain.model import Course, Participant, ParticipantKind, Session
from vink_desktop.services import outcomes, sync_ownership
from vink_desktop.services.context import Context
from vink_desktop.services.sync_ownership import Ownership
from vink_desktop.services.sync_payload import (
    BatchContent,
    ParsedSession,
    Tombstone,
    session_from_parsed,
)
from vink_desktop.storage import office_store, ownership, repositories, sync_records
from vink_desktop.storage.codec import dt_to_text
from vink_desktop.storage.course_queries import StoredOutcome
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


def _deleted(conn: Connection, device_id: str, entity: str, ids: Sequence[str]) -> dict[str, int]:
    """id -> revision of the deletion that holds for this device: the office's, or a
    deletion this device sent for a record the office had not seen."""
    deleted = sync_records.tombstone_revisions(conn, entity, ids)
    for record_id, revision in ownership.unseen_tombstone_revisions(
        conn, device_id, entity, ids
    ).items():
        deleted[record_id] = max(revision, deleted.get(record_id, 0))
    return deleted


def _plan(
    conn: Connection, device_id: str, entity: str, records: Sequence[tuple[str, int]]
) -> _Plan:
    ids = [record_id for record_id, _ in records]
    stored = sync_records.stored_revisions(conn, entity, ids)
    deleted = _deleted(conn, device_id, entity, ids)
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


class ContentWriter:
    """Writes one checked batch (in the caller's transaction) in three steps, so that the
    caller can run the largest write, the new sessions, beside other work:

    1. :meth:`write_records` writes everything but the sessions (and the sessions' part
       of the history for those that arrived after their deletion);
    2. the caller inserts :attr:`new_sessions_json` with
       ``repositories.insert_new_session_rows`` (sessions whose id is stored already are
       left alone by that statement);
    3. :meth:`finish` with the number inserted: when every session was new, that is all;
       otherwise it compares revisions for the rest, as for any other record.
    """

    def __init__(
        self,
        ctx: Context,
        conn: Connection,
        content: BatchContent,
        owned: Ownership,
        sequence: int,
    ) -> None:
        self.conn = conn
        self.content = content
        self.owned = owned
        device_id = owned.device_id
        self.history = _History(conn, device_id, sequence, dt_to_text(ctx.clock.now()))
        self.touched: set[str] = set()
        self.written: dict[str, int] = {}
        self.unchanged = 0
        self.deleted = 0
        #: Courses the office did not hold before this batch: all their sessions are in it.
        self.new_courses: list[Course] = []
        #: Sessions to insert (those arriving after their deletion are left out).
        self.sessions: list[tuple[object, ...]] = []
        self.new_sessions_json = ""

    def write_records(self, rows_json: str | None = None) -> None:
        """Step 1. ``rows_json`` is ``repositories.session_rows_json`` of all the batch's
        sessions when the caller has it already (it is used when none is left out)."""
        conn = self.conn
        content = self.content
        sync_ownership.claim(conn, self.owned, self.history.at)
        self._upsert("worker", "workers", content.workers,
                     lambda w: repositories.put_worker(conn, w))  # fmt: skip
        # Young people first: a parent's links point at them.
        people = sorted(content.participants, key=lambda p: p.kind is not ParticipantKind.YOUTH)
        chosen_people: list[Participant] = []
        self._upsert("participant", "participants", people, chosen_people.append)
        sync_records.put_participant_rows(
            conn,
            [_participant_row(p) for p in chosen_people],
            [(p.id, youth) for p in chosen_people for youth in sorted(set(p.linked_youth_ids))],
        )
        chosen_courses: list[Course] = []
        plan = self._upsert("course", "courses", content.courses, chosen_courses.append)
        replaced = set(plan.replaced)
        self.new_courses = [c for c in chosen_courses if c.id not in replaced]
        self.touched.update(plan.write)
        sync_records.put_course_rows(conn, [repositories.course_row(c) for c in chosen_courses])

        # The office records point at workers, participants and courses: after them.
        office = content.office
        self._upsert("concern_report", "concern_reports", office.concern_reports,
                     lambda r: office_store.put_concern_report(conn, r))  # fmt: skip
        self._upsert("outreach_activity", "outreach_activities", office.outreach_activities,
                     lambda a: office_store.put_activity(conn, a))  # fmt: skip
        self._upsert("service_evaluation", "service_evaluations", office.service_evaluations,
                     lambda e: office_store.put_evaluation(conn, e))  # fmt: skip
        # A batch never carries a record and its own deletion, so deleting before the
        # batch's sessions are inserted changes nothing.
        deleted, kept = _apply_tombstones(conn, content.tombstones, self.history, self.touched,
                                          self.owned)  # fmt: skip
        self.deleted = deleted
        self.unchanged += kept

        rows = content.sessions
        gone = _deleted(conn, self.owned.device_id, "session", [str(r[0]) for r in rows])
        late = {
            str(r[0])
            for r in rows
            if gone.get(str(r[0]), 0) >= int(r[14])  # type: ignore[call-overload]
        }
        self._late("session", "sessions", late)
        self.sessions = [r for r in rows if r[0] not in late] if late else rows
        if rows_json is not None and not late:
            self.new_sessions_json = rows_json
        else:
            self.new_sessions_json = repositories.session_rows_json(self.sessions)

    def finish(self, inserted: int) -> tuple[RecordCounts, set[str]]:
        """Step 3, after ``inserted`` of :attr:`sessions` were inserted. Returns the counts
        and the ids of the courses whose outcome must be recomputed."""
        rows = self.sessions
        self.touched.update(str(r[1]) for r in rows)
        written = inserted
        if inserted < len(rows):
            # Some were stored already: the newest revision wins, as for every record.
            conn = self.conn
            stored = sync_records.stored_revisions(conn, "session", [str(r[0]) for r in rows])
            held = [r for r in rows if str(r[0]) in stored]
            positions = {str(r[0]): i for i, r in enumerate(self.content.sessions)}
            sync_ownership.check_stored_sessions(conn, self.owned, held, stored, positions,
                                                 self.history.at)  # fmt: skip
            newer = [r for r in rows if stored[str(r[0])] < int(r[14])]  # type: ignore[call-overload]
            older = {str(r[0]) for r in rows if stored[str(r[0])] > int(r[14])}  # type: ignore[call-overload]
            before = self.history.stored("session", [str(r[0]) for r in newer], "replaced")
            self.touched.update(str(row["course_id"]) for row in before.values())
            self._late("session", "sessions", older)
            repositories.put_session_rows(conn, newer)
            written += len(newer)
            self.unchanged += len(rows) - inserted - len(newer) - len(older)
        self.written["session"] = written
        sync_records.insert_history(self.conn, self.history.rows)
        w = self.written
        counts = RecordCounts(
            workers=w["worker"],
            participants=w["participant"],
            courses=w["course"],
            sessions=w["session"],
            concern_reports=w["concern_report"],
            outreach_activities=w["outreach_activity"],
            service_evaluations=w["service_evaluation"],
            deleted=self.deleted,
            unchanged=self.unchanged,
            history=len(self.history.rows),
        )
        return counts, self.touched

    def _late(self, entity: str, section: str, ids: Iterable[str]) -> None:
        wanted = set(ids)
        if wanted:
            for item in getattr(self.content.payload, section):
                if item["id"] in wanted:
                    self.history.add(entity, item["id"], item["revision"], "arrived_late", item)

    def _upsert(
        self, entity: str, section: str, records: Sequence[Any], put: Callable[[Any], None]
    ) -> _Plan:
        plan = _plan(self.conn, self.owned.device_id, entity,
                     [(r.id, r.revision) for r in records])  # fmt: skip
        new = self.owned.new.get(entity, set())
        ownership.set_owner(self.conn, entity, [i for i in plan.write if i in new],
                            self.owned.device_id, self.history.at)  # fmt: skip
        self.history.stored(entity, plan.replaced, "replaced")
        self._late(entity, section, plan.late)
        chosen = set(plan.write)
        for record in records:
            if record.id in chosen:
                put(record)
        self.written[entity] = len(plan.write)
        self.unchanged += plan.unchanged
        return plan


#: For an import of several files: the helper thread, and work for it to do (read the next
#: file ahead) beside the batch's largest write. Without it everything runs in turn.
Beside = tuple[Executor, Callable[[], None] | None]


def write_batch(
    ctx: Context,
    conn: Connection,
    content: BatchContent,
    device_id: str,
    sequence: int,
    rows_json: str | None,
    helper: Beside | None,
    owned: Ownership | None = None,
) -> RecordCounts:
    """Write the batch's records and keep the outcome cache right. While its new sessions
    are inserted (one statement that runs without Python's interpreter lock), the helper
    thread scores the courses the batch creates (all their sessions are in it) and reads
    the next file ahead."""
    if owned is None:
        owned = sync_ownership.check(conn, content, device_id)
    writer = ContentWriter(ctx, conn, content, owned, sequence)
    writer.write_records(rows_json)
    new = writer.new_courses
    then = None if helper is None else helper[1]

    def beside() -> list[StoredOutcome]:
        computed = outcomes.compute(ctx, _with_sessions(new, content)) if new else []
        if then is not None:
            then()
        return computed

    def insert() -> int:
        return repositories.insert_new_session_rows(conn, writer.new_sessions_json)

    if helper is None:
        inserted, computed = insert(), beside()
    else:
        future = helper[0].submit(beside)
        try:
            inserted = insert()
        except BaseException:
            futures_wait([future])  # the helper's work never outlives the write
            raise
        computed = future.result()
    counts, touched = writer.finish(inserted)
    if inserted == len(content.sessions):  # every session new: the computed outcomes hold
        outcomes.store(conn, computed)
        touched -= {course.id for course in new}
    outcomes.invalidate(conn, touched)
    return counts


def _with_sessions(
    courses: list[Course], content: BatchContent
) -> Iterator[tuple[Course, list[Session]]]:
    """Each course with its sessions from the batch, one course at a time (a batch may
    hold 50,000 sessions: their objects are not all made at once)."""
    mine: dict[str, list[ParsedSession]] = {course.id: [] for course in courses}
    for parsed in content.parsed_sessions:
        found = mine.get(str(parsed[0][1]))
        if found is not None:
            found.append(parsed)
    for course in courses:
        yield course, [session_from_parsed(parsed) for parsed in mine.pop(course.id)]


#: What points at a record is deleted before it (only sessions are deleted today).
_DELETE_ORDER = ("service_evaluation", "concern_report", "outreach_activity", "session",
                 "course", "participant", "worker")  # fmt: skip


def _apply_tombstones(
    conn: Connection,
    tombstones: list[Tombstone],
    history: _History,
    touched: set[str],
    owned: Ownership,
) -> tuple[int, int]:
    """Apply deletions, what points at a record first. Returns (deleted, unchanged).
    Deletions of records the office never had are kept as not yet seen, for the device
    that sent them only."""
    deleted = 0
    unchanged = 0
    unseen = {(t.entity, t.id) for t in owned.unseen}
    if unseen:
        kept_rows = [(t.entity, t.id, t.revision, dt_to_text(t.deleted_at)) for t in owned.unseen]
        ownership.keep_unseen_tombstones(conn, owned.device_id, kept_rows)
        tombstones = [t for t in tombstones if (t.entity, t.id) not in unseen]
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
                    # Its course's owner owned it: the deletion stays that device's.
                    ownership.set_owner(conn, "session", [tombstone.id], owned.device_id,
                                        history.at)  # fmt: skip
                sync_records.delete_record(conn, entity, tombstone.id)
                deleted += 1
            log_change(conn, entity, tombstone.id, tombstone.revision, Op.DELETE,
                       tombstone.deleted_at)  # fmt: skip
    return deleted, unchanged
