"""Ownership at the office: a batch may create records, and may change or delete only the
records its own device owns (``docs/sync.md`` §5).

:func:`check` runs after the batch's records are read and checked (``sync_payload``) and
before anything is written. It refuses the whole batch (``not_owner``, naming the entity
and id) for a change or deletion of a record owned by another device or by the office, and
for a record of the batch that points at another owner's record (a course for another
device's participant or worker, a parent linked to another device's young person, a
session in another device's course, a report about another device's participant, ...).
It also bounds revisions (:data:`MAX_REVISION_STEP`), so no revision jump can freeze a
record. Sessions the office holds already are found only while the batch is written (one
statement inserts the new ones): :func:`check_stored_sessions` checks them there, and its
refusal rolls the batch back.

A record another device owns that arrives at **the same revision** it has at the office
is the same record (§5: "the same revision is the same record"): it changes nothing and
does not refuse the batch (a renewed laptop sends every record again at its revision), but
nothing of the batch may point at it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from vink_desktop.services.sync_payload import BatchContent, RecordRefused, Tombstone
from vink_desktop.storage import ownership, sync_records
from vink_desktop.storage.database import Connection

NOT_OWNER = "not_owner"
#: The most a record's revision may grow in one batch, above the highest the office knows
#: for it (stored, or deleted), or above 0 for a record the office never had. A revision
#: grows by one per save on the laptop, and a batch carries the newest state only, so
#: this is the number of saves of one record between two exports: a million (a save every
#: second for twelve days) is far beyond any real use, and with revisions below 2^63 a
#: record can take more than eight million million such jumps before it could freeze.
MAX_REVISION_STEP = 1 << 20

#: Entity -> the payload section holding it.
SECTIONS = {"worker": "workers", "participant": "participants", "course": "courses",
            "session": "sessions", "concern_report": "concern_reports",
            "outreach_activity": "outreach_activities",
            "service_evaluation": "service_evaluations"}  # fmt: skip


class NotOwner(RecordRefused):
    """The batch changes, deletes or points at a record another owner holds."""

    def __init__(self, detail: str) -> None:
        super().__init__(NOT_OWNER, detail)


@dataclass(slots=True)
class Ownership:
    """What :func:`check` found, for the writer (``sync_apply``)."""

    device_id: str
    #: entity -> ids of records the office never had (the batch creates them).
    new: dict[str, set[str]] = field(default_factory=dict)
    #: entity -> ids of records from before ownership that this batch claims.
    claims: dict[str, set[str]] = field(default_factory=dict)
    #: Tombstones for records the office never had: kept as not yet seen, for this device.
    unseen: list[Tombstone] = field(default_factory=list)


def _owner_words(owner: str) -> str:
    if owner == ownership.OFFICE_OWNER:
        return "the office"
    return f"device {owner}"


def _refuse(section: str, index: int, entity: str, record_id: str, owner: str, what: str) -> None:
    raise NotOwner(
        f"{section}[{index}]{what}: {entity} {record_id} belongs to {_owner_words(owner)}"
    )


def _too_far(section: str, index: int, what: str = ".revision") -> None:
    raise RecordRefused("invalid_record", f"{section}[{index}]{what}: revision_out_of_range")


class _Checker:
    def __init__(self, conn: Connection, device_id: str) -> None:
        self.conn = conn
        self.device = device_id
        self.result = Ownership(device_id)
        #: entity -> ids of the batch's records it may write (new, its own, claimed).
        self.writable: dict[str, set[str]] = {}
        #: entity -> ids of records the batch carries (writable or not).
        self.carried: dict[str, set[str]] = {}

    def records(self, entity: str, items: Sequence[tuple[str, int]]) -> None:
        """The batch's records of one entity: (id, revision) in payload order."""
        section = SECTIONS[entity]
        ids = [record_id for record_id, _ in items]
        owners = ownership.owners_of(self.conn, entity, ids)
        known = list(owners)
        stored = sync_records.stored_revisions(self.conn, entity, known)
        gone = sync_records.tombstone_revisions(self.conn, entity, known)
        unseen = ownership.unseen_tombstone_revisions(self.conn, self.device, entity, ids)
        writable = self.writable.setdefault(entity, set())
        self.carried.setdefault(entity, set()).update(ids)
        for index, (record_id, revision) in enumerate(items):
            owner = owners.get(record_id)
            base = max(stored.get(record_id, 0), gone.get(record_id, 0),
                       unseen.get(record_id, 0))  # fmt: skip
            if owner is not None and owner not in (self.device, ownership.UNCLAIMED):
                if stored.get(record_id) == revision:
                    continue  # the same record again: changes nothing
                _refuse(section, index, entity, record_id, owner, "")
            if revision > base + MAX_REVISION_STEP:
                _too_far(section, index)
            writable.add(record_id)
            if owner is None:
                self.result.new.setdefault(entity, set()).add(record_id)
            elif owner == ownership.UNCLAIMED:
                self.result.claims.setdefault(entity, set()).add(record_id)

    def links(
        self, section: str, entity: str, targets: Iterable[tuple[int, str, str | None]]
    ) -> None:
        """References (index of the record in ``section``, field, id of an ``entity``)
        from records the batch writes: each must be written by the batch too, or be a
        record of this device at the office (or one from before ownership: claimed)."""
        wanted = [(index, name, target) for index, name, target in targets if target]
        writable = self.writable.get(entity, set())
        outside = {target for _, _, target in wanted if target not in writable}
        if not outside:
            return
        owners = ownership.owners_of(self.conn, entity, outside)
        for index, name, target in wanted:
            if target in writable:
                continue
            assert target is not None
            owner = owners.get(target)
            if owner is None:
                continue  # unknown: ``sync_payload`` refused that already, or it is new
            if owner == ownership.UNCLAIMED:
                self.result.claims.setdefault(entity, set()).add(target)
            elif owner != self.device:
                _refuse(section, index, entity, target, owner, f".{name}")

    def tombstones(self, tombstones: Sequence[Tombstone]) -> None:
        by_entity: dict[str, list[tuple[int, Tombstone]]] = {}
        for index, tombstone in enumerate(tombstones):
            by_entity.setdefault(tombstone.entity, []).append((index, tombstone))
        for entity, mine in by_entity.items():
            ids = [t.id for _, t in mine]
            owners = ownership.owners_of(self.conn, entity, ids)
            stored = sync_records.stored_revisions(self.conn, entity, ids)
            gone = sync_records.tombstone_revisions(self.conn, entity, ids)
            unseen = ownership.unseen_tombstone_revisions(self.conn, self.device, entity, ids)
            for index, tombstone in mine:
                record_id = tombstone.id
                owner = owners.get(record_id)
                base = max(stored.get(record_id, 0), gone.get(record_id, 0),
                           unseen.get(record_id, 0))  # fmt: skip
                if owner is not None and owner not in (self.device, ownership.UNCLAIMED):
                    _refuse("tombstones", index, entity, record_id, owner, "")
                if tombstone.revision > base + MAX_REVISION_STEP:
                    _too_far("tombstones", index)
                if owner is None:
                    self.result.unseen.append(tombstone)
                elif owner == ownership.UNCLAIMED:
                    self.result.claims.setdefault(entity, set()).add(record_id)


def check(conn: Connection, content: BatchContent, device_id: str) -> Ownership:
    """Check a read batch against the owners at the office. Raises :class:`NotOwner`
    (or ``invalid_record`` for a revision out of range); nothing is written."""
    checker = _Checker(conn, device_id)
    office = content.office
    checker.records("worker", [(w.id, w.revision) for w in content.workers])
    checker.records("participant", [(p.id, p.revision) for p in content.participants])
    checker.records("course", [(c.id, c.revision) for c in content.courses])
    checker.records("concern_report", [(r.id, r.revision) for r in office.concern_reports])
    checker.records("outreach_activity",
                    [(a.id, a.revision) for a in office.outreach_activities])  # fmt: skip
    checker.records("service_evaluation",
                    [(e.id, e.revision) for e in office.service_evaluations])  # fmt: skip
    _session_records(checker, content)

    def written(entity: str, records: Sequence[Any]) -> Iterable[tuple[int, Any]]:
        mine = checker.writable.get(entity, set())
        return ((i, r) for i, r in enumerate(records) if r.id in mine)

    checker.links("participants", "participant",
                  ((i, "linked_youth_ids", y) for i, p in written("participant",
                   content.participants) for y in p.linked_youth_ids))  # fmt: skip
    courses = list(written("course", content.courses))
    checker.links("courses", "participant", ((i, "participant_id", c.participant_id)
                                             for i, c in courses))  # fmt: skip
    checker.links("courses", "worker", ((i, "worker_id", c.worker_id) for i, c in courses))
    reports = list(written("concern_report", office.concern_reports))
    checker.links("concern_reports", "participant",
                  ((i, "participant_id", r.participant_id) for i, r in reports))  # fmt: skip
    checker.links("concern_reports", "worker",
                  ((i, "worker_id", r.worker_id) for i, r in reports))  # fmt: skip
    checker.links("concern_reports", "worker",
                  ((i, "reacted_by", r.reacted_by) for i, r in reports))  # fmt: skip
    activities = written("outreach_activity", office.outreach_activities)
    checker.links("outreach_activities", "worker",
                  ((i, "worker_id", a.worker_id) for i, a in activities))  # fmt: skip
    evaluations = written("service_evaluation", office.service_evaluations)
    checker.links("service_evaluations", "course",
                  ((i, "course_id", e.course_id) for i, e in evaluations))  # fmt: skip
    checker.tombstones(content.tombstones)
    return checker.result


def _session_records(checker: _Checker, content: BatchContent) -> None:
    """Sessions: the revision bound for new ones (those the office holds are checked while
    written), their deletions at the office, and their courses (one look-up per course)."""
    rows = content.sessions
    if not rows:
        return
    highest = max(int(row[14]) for row in rows)  # type: ignore[call-overload]
    conn = checker.conn
    ids = [str(row[0]) for row in rows]
    gone = sync_records.tombstone_revisions(conn, "session", ids)
    unseen = ownership.unseen_tombstone_revisions(conn, checker.device, "session", ids)
    if highest > MAX_REVISION_STEP or gone or unseen:
        # The few that need a look: a revision above the bound for a new record, or a
        # deletion at the office. (Stored sessions are otherwise checked while written.)
        suspects = [
            index
            for index, row in enumerate(rows)
            if int(row[14]) > MAX_REVISION_STEP or row[0] in gone or row[0] in unseen  # type: ignore[call-overload]
        ]
        wanted = [ids[index] for index in suspects]
        owners = ownership.owners_of(conn, "session", wanted)
        stored = sync_records.stored_revisions(conn, "session", wanted)
        for index in suspects:
            record_id, revision = ids[index], int(rows[index][14])  # type: ignore[call-overload]
            owner = owners.get(record_id)
            if owner is not None and owner not in (checker.device, ownership.UNCLAIMED):
                if stored.get(record_id) == revision:
                    continue
                _refuse("sessions", index, "session", record_id, owner, "")
            base = max(stored.get(record_id, 0), gone.get(record_id, 0), unseen.get(record_id, 0))
            if revision > base + MAX_REVISION_STEP:
                _too_far("sessions", index)
    _session_courses(checker, rows, ids)


def _session_courses(checker: _Checker, rows: Sequence[Sequence[Any]], ids: list[str]) -> None:
    """Each session's course must be written by the batch or be this device's; a session
    in another owner's course passes only when it is that owner's stored session at the
    same revision (the same record again)."""
    writable = checker.writable.get("course", set())
    outside = {str(row[1]) for row in rows} - writable
    if not outside:
        return
    owners = ownership.owners_of(checker.conn, "course", outside)
    foreign = set()
    for course_id, owner in owners.items():
        if owner == ownership.UNCLAIMED:
            checker.result.claims.setdefault("course", set()).add(course_id)
        elif owner != checker.device:
            foreign.add(course_id)
    if not foreign:
        return
    inside = [index for index, row in enumerate(rows) if str(row[1]) in foreign]
    stored = sync_records.stored_rows(checker.conn, "session", [ids[i] for i in inside])
    for index in inside:
        row, record = rows[index], stored.get(ids[index])
        if record is None:
            _refuse("sessions", index, "course", str(row[1]), owners[str(row[1])], ".course_id")
        elif int(record["revision"]) != int(row[14]) or record["course_id"] != row[1]:
            session_owner = ownership.owners_of(checker.conn, "session", [ids[index]])
            _refuse("sessions", index, "session", ids[index], session_owner[ids[index]], "")


def claim(conn: Connection, found: Ownership, since: str) -> None:
    """Record the claims of records from before ownership (in the batch's transaction)."""
    for entity, ids in found.claims.items():
        ownership.set_owner(conn, entity, sorted(ids), found.device_id, since)


def check_stored_sessions(
    conn: Connection,
    found: Ownership,
    rows: Sequence[Sequence[Any]],
    stored: Mapping[str, int],
    positions: Mapping[str, int],
    since: str,
) -> None:
    """The batch's sessions the office held already (``rows``, ``stored`` their stored
    revisions, ``positions`` the index of each id in the payload): each must be this
    device's (a session from before ownership claims its course), or arrive at the same
    revision; and within :data:`MAX_REVISION_STEP`.
    Raises :class:`NotOwner` inside the batch's transaction (the caller rolls it back)."""
    ids = [str(row[0]) for row in rows]
    owners = ownership.owners_of(conn, "session", ids)
    unclaimed: list[str] = []
    for row in rows:
        record_id, revision = str(row[0]), int(row[14])
        owner = owners.get(record_id, ownership.OFFICE_OWNER)
        if owner == ownership.UNCLAIMED:
            unclaimed.append(record_id)
        elif owner != found.device_id and stored[record_id] != revision:
            _refuse("sessions", positions[record_id], "session", record_id, owner, "")
        if revision > stored[record_id] + MAX_REVISION_STEP:
            _too_far("sessions", positions[record_id])
    if unclaimed:
        rows_of = sync_records.stored_rows(conn, "session", unclaimed)
        courses = {str(r["course_id"]) for r in rows_of.values()}
        ownership.set_owner(conn, "course", sorted(courses), found.device_id, since)
