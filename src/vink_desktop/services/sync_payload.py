"""Records in a batch payload: the field writes them from stored rows, the office reads them
back strictly and checks them against its own data before anything is applied.

The record shapes are those of the records interchange format (``records_io``,
``office_interchange``), with participants always without name and contact; the readers are
the records readers (``record_readers``, ``office_interchange``), so a batch and a records
file accept exactly the same values. The office records' own parts are in
``sync_office_payload``. ``docs/sync.md`` lists the fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from vink_desktop.domain.framework import Framework
from vink_desktop.domain.framework_registry import FrameworkRegistry
from vink_desktop.domain.limits import (
    EARLIEST_TEXT,
    UPDATED_AHEAD,
    is_record_id,
    revision_in_range,
    updated_at_problem,
)
from vink_desktop.domain.model import (
    ContactKind,
    Course,
    LocalTime,
    Participant,
    ParticipantKind,
    Session,
    Worker,
)
from vink_desktop.domain.validation import (
    ValidationError,
    check_course,
    check_participant,
    session_problems,
)

# The records readers are reused on purpose: one set of rules for every way records enter.
from vink_desktop.services import office_interchange, sync_office_payload
from vink_desktop.services.context import Context
from vink_desktop.services.json_fields import (
    READ_ERRORS,
    Reader,
    optional_int,
    parse_utc,
    parse_wall,
    record_id,
    required_int,
    required_str,
    revision,
    utc_time,
    zone_name,
)
from vink_desktop.services.office_interchange import OfficeFormatError, OfficeRecords
from vink_desktop.services.record_readers import (
    CONTACT_KINDS,
    check_free_text,
    course_in,
    participant_in,
    session_row,
    worker_in,
)
from vink_desktop.services.records_io import RecordsFormatError
from vink_desktop.storage import repositories, sync_records
from vink_desktop.storage.codec import dt_from_text, dt_to_text
from vink_desktop.sync.payload import OFFICE_SECTIONS, Payload

WORKER_FIELDS = frozenset({"id", "name", "revision", "updated_at"})
PARTICIPANT_FIELDS = frozenset(
    {"id", "code", "kind", "birth_year", "district", "referral_source", "linked_youth_ids",
     "revision", "updated_at"}
)  # fmt: skip
COURSE_FIELDS = frozenset(
    {"id", "participant_id", "track", "worker_id", "start", "status", "end", "closing_reason",
     "final_evaluation", "framework_id", "framework_version", "revision", "updated_at"}
)  # fmt: skip
SESSION_FIELDS = frozenset(
    {"id", "course_id", "start_utc", "start_wall", "zone", "duration_minutes", "contact_kind",
     "framework_id", "framework_version", "notes", "ratings", "self_rating", "follow_up",
     "acute_concern", "revision", "updated_at"}
)  # fmt: skip
TOMBSTONE_FIELDS = frozenset({"entity", "id", "revision", "deleted_at"})
_FIELDS = {"workers": WORKER_FIELDS, "participants": PARTICIPANT_FIELDS,
           "courses": COURSE_FIELDS, "sessions": SESSION_FIELDS,
           **sync_office_payload.FIELDS, "tombstones": TOMBSTONE_FIELDS}  # fmt: skip


# -- office: payload -> checked content -------------------------------------------------------


class RecordRefused(ValueError):
    """A record in the batch is invalid or conflicts with the office's data: the whole batch
    is refused. ``code`` is stable; ``detail`` names the record and rule, never content."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


#: A session read from the payload: its database row, start and ratings (not yet checked
#: against its course and framework).
ParsedSession = tuple[tuple[object, ...], LocalTime, dict[str, int]]


@dataclass(frozen=True, slots=True)
class Tombstone:
    entity: str
    id: str
    revision: int
    deleted_at: datetime


@dataclass(frozen=True, slots=True)
class BatchContent:
    """A batch's records, read and checked, in the order they are applied."""

    workers: list[Worker]
    participants: list[Participant]
    courses: list[Course]
    #: Database rows in the shape of ``repositories.session_row``.
    sessions: list[tuple[object, ...]]
    tombstones: list[Tombstone]
    payload: Payload
    #: Reports of concern, outreach activities and service evaluations (payload version 2).
    office: OfficeRecords = field(default_factory=OfficeRecords)
    #: The sessions as read (``sessions`` are their rows), for scoring them.
    parsed_sessions: list[ParsedSession] = field(default_factory=list)

    @property
    def records(self) -> int:
        return self.payload.records


def parse_sessions(items: Sequence[Mapping[str, Any]]) -> list[ParsedSession]:
    """Read the sessions strictly with the records reader (no database needed, so the import
    can do it for the next batch while it writes this one). Raises :class:`RecordRefused`."""
    parsed: list[ParsedSession] = []
    for index, item in enumerate(items):
        if item.keys() != SESSION_FIELDS:
            raise RecordRefused("invalid_record", _fields_problem("sessions", index, item))
        try:
            parsed.append(read_session(item))
        except READ_ERRORS as exc:
            raise RecordRefused("invalid_record", f"sessions[{index}]: {_why(exc)}") from None
    return parsed


#: The records reader :func:`read_session` falls back on (a module name, so a test can
#: check that the exporter's sessions never need it).
_session_row = session_row

_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
_WALL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")
_INDICATOR = re.compile(r"[a-z0-9_]+")


def read_session(item: Mapping[str, Any]) -> ParsedSession:
    """``record_readers.session_row``, faster for what the exporter writes: times already in
    the stored form are checked and kept as they are instead of being parsed and formatted
    again, and ratings with plain indicator ids are written without the JSON encoder.
    Anything else goes to the records reader itself. Same result, same refusals
    (``tests/sync/test_sync_payload.py`` compares the two)."""
    start_utc = item.get("start_utc")
    wall_text = item.get("start_wall")
    updated = item.get("updated_at")
    ratings = item.get("ratings", {})
    if not (
        type(start_utc) is str
        and type(wall_text) is str
        and type(updated) is str
        and type(ratings) is dict
        and _STAMP.fullmatch(start_utc)
        and _WALL.fullmatch(wall_text)
        and _STAMP.fullmatch(updated)
        and all(type(key) is str and _INDICATOR.fullmatch(key) for key in ratings)
    ):
        return _session_row(item)
    if any(type(value) is not int for value in ratings.values()):
        raise TypeError("ratings must map indicator ids to whole numbers")
    start = LocalTime(
        utc=parse_utc(start_utc, "start_utc"),
        wall=parse_wall(wall_text, "start_wall"),
        zone=zone_name(item),
    )
    parse_utc(updated, "updated_at")  # a real date and time, in range
    acute = item.get("acute_concern", False)
    if type(acute) is not bool:
        raise TypeError("acute_concern must be true or false")
    notes = item.get("notes") or ""
    follow_up = item.get("follow_up") or ""
    if type(notes) is not str or type(follow_up) is not str:
        raise TypeError("notes and follow_up must be text")
    check_free_text(notes, "notes")
    check_free_text(follow_up, "follow_up")
    kind = item["contact_kind"]
    if kind not in CONTACT_KINDS:
        raise ValueError("unknown contact_kind")
    ratings_text = "{" + ",".join(f'"{k}":{v}' for k, v in sorted(ratings.items())) + "}"
    row = (
        record_id(item, "id"), record_id(item, "course_id"), start_utc, wall_text,
        start.zone, required_int(item, "duration_minutes"), kind,
        required_str(item, "framework_id"), required_str(item, "framework_version"), notes,
        ratings_text, optional_int(item, "self_rating"), follow_up, 1 if acute else 0,
        revision(item), updated,
    )  # fmt: skip
    return row, start, ratings


def read_content(
    ctx: Context,
    payload: Payload,
    source: str,
    sessions: list[ParsedSession] | None = None,
    sessions_problem: RecordRefused | None = None,
    checks: SessionChecks | None = None,
    created_at: datetime | None = None,
) -> BatchContent:
    """Read every record strictly and check it against the rules and the office's data.
    When the import read the sessions ahead (``sync_ahead``), ``sessions`` is
    :func:`parse_sessions` of the payload's sessions (or ``sessions_problem`` what it
    raised) and ``checks`` is :func:`check_sessions_in_batch`. Raises
    :class:`RecordRefused` for the first problem; nothing has been written."""
    for section, fields in _FIELDS.items():
        if section == "sessions":
            continue
        for index, item in enumerate(getattr(payload, section)):
            if item.keys() != fields:
                raise RecordRefused("invalid_record", _fields_problem(section, index, item))
    document = _as_doc(payload)
    reader = Reader(source, RecordsFormatError)
    entities = sync_records.TABLES if payload.version >= 2 else sync_records.CORE_TABLES
    try:
        workers: list[Worker] = reader.many(document, "workers", worker_in)
        participants: list[Participant] = reader.many(document, "participants", participant_in)
        courses: list[Course] = reader.many(document, "courses", course_in)
        office = office_interchange.read_lists(document, source)
        tombstones = [
            _tombstone(item, index, entities) for index, item in enumerate(payload.tombstones)
        ]
    except (RecordsFormatError, OfficeFormatError) as exc:
        raise RecordRefused("invalid_record", _where(str(exc), source)) from None
    if sessions_problem is not None:
        raise sessions_problem
    if sessions is None:
        sessions = parse_sessions(payload.sessions)
    now = ctx.clock.now()
    _check_times(min(now, created_at) if created_at is not None else now, workers,
                 participants, courses, sessions, tombstones)  # fmt: skip
    for section, records in (("workers", workers), ("participants", participants),
                             ("courses", courses)):  # fmt: skip
        _no_duplicates(section, [r.id for r in records])
    _no_duplicates("sessions", [str(row[0]) for row, _, _ in sessions])
    _check_participants(ctx, participants)
    _check_courses(ctx, courses, participants, workers)
    rows = _check_sessions(ctx, sessions, courses, checks)
    refusal = sync_office_payload.first_problem(
        ctx, office, workers=workers, participants=participants, courses=courses,
        deleted=[(t.entity, t.id) for t in tombstones],
    )  # fmt: skip
    if refusal is not None:
        raise RecordRefused(*refusal)
    return BatchContent(workers, participants, courses, rows, tombstones, payload, office,
                        sessions)  # fmt: skip


def _check_times(
    reference: datetime,
    workers: list[Worker],
    participants: list[Participant],
    courses: list[Course],
    sessions: list[ParsedSession],
    tombstones: list[Tombstone],
) -> None:
    """Every ``updated_at`` (and ``deleted_at``) between 2000-01-01 and a day after the
    batch was made (never later than the office's clock): a laptop exports what it has
    already saved, so a later time is a wrong clock or a forged record."""
    lists: tuple[tuple[str, Sequence[Worker | Participant | Course]], ...] = (
        ("workers", workers), ("participants", participants), ("courses", courses),
    )  # fmt: skip
    for section, records in lists:
        for index, record in enumerate(records):
            if updated_at_problem(record.updated_at, reference):
                raise RecordRefused(
                    "invalid_record", f"{section}[{index}].updated_at: time_out_of_range"
                )
    latest = dt_to_text(reference + UPDATED_AHEAD)
    for index, (row, _, _) in enumerate(sessions):
        if not EARLIEST_TEXT <= str(row[15]) <= latest:
            raise RecordRefused(
                "invalid_record", f"sessions[{index}].updated_at: time_out_of_range"
            )
    for index, tomb in enumerate(tombstones):
        if updated_at_problem(tomb.deleted_at, reference):
            raise RecordRefused(
                "invalid_record", f"tombstones[{index}].deleted_at: time_out_of_range"
            )


def _fields_problem(section: str, index: int, item: Mapping[str, Any]) -> str:
    fields = _FIELDS[section]
    extra = sorted(set(item) - fields)
    if extra:
        return f"{section}[{index}]: fields {extra} not allowed"
    return f"{section}[{index}]: missing fields {sorted(fields - set(item))}"


@dataclass(frozen=True, slots=True)
class SessionChecks:
    """The session checks that need only the batch (:func:`check_sessions_in_batch`)."""

    #: (index, detail) of the first problem among the sessions whose course is in the batch.
    problem: tuple[int, str] | None
    #: The sessions whose course is not in the batch: checked against the office's courses.
    elsewhere: tuple[int, ...]


def check_sessions_in_batch(
    payload: Payload, sessions: list[ParsedSession], frameworks: FrameworkRegistry
) -> SessionChecks | None:
    """Check the sessions whose course the batch carries (no database needed); None when
    the batch's courses cannot be read (``read_content`` refuses the batch for that)."""
    try:
        courses: list[Course] = Reader("batch", RecordsFormatError).many(
            _as_doc(payload), "courses", course_in
        )
    except RecordsFormatError:
        return None
    by_id = {c.id: c for c in courses}
    elsewhere = tuple(i for i, (row, _, _) in enumerate(sessions) if str(row[1]) not in by_id)
    inside = (i for i, (row, _, _) in enumerate(sessions) if str(row[1]) in by_id)
    return SessionChecks(_first_problem(sessions, inside, by_id.get, frameworks), elsewhere)


def _check_sessions(
    ctx: Context,
    sessions: list[ParsedSession],
    courses: list[Course],
    checks: SessionChecks | None = None,
) -> list[tuple[object, ...]]:
    """The rules of ``records_io`` for sessions: the course exists (in the batch or the
    vault), the framework version is known, and ``session_problems`` finds nothing.
    With ``checks``, only the sessions it left for the office's courses are checked here;
    the first problem by position is reported either way."""
    conn = ctx.vault.conn
    by_id: dict[str, Course | None] = {c.id: c for c in courses}

    def course_of(course_id: str) -> Course | None:
        if course_id not in by_id:
            by_id[course_id] = repositories.get_course(conn, course_id)
        return by_id[course_id]

    indices = range(len(sessions)) if checks is None else checks.elsewhere
    found = _first_problem(sessions, indices, course_of, ctx.frameworks)
    first = None if checks is None else checks.problem
    if first is not None and (found is None or first[0] < found[0]):
        found = first
    if found is not None:
        raise RecordRefused("invalid_record", found[1])
    return [row for row, _, _ in sessions]


def _first_problem(
    sessions: list[ParsedSession],
    indices: Iterable[int],
    course_of: Callable[[str], Course | None],
    registry: FrameworkRegistry,
) -> tuple[int, str] | None:
    """(index, detail) of the first of ``sessions[indices]`` that breaks a rule."""
    frameworks: dict[tuple[str, str], Framework] = {}
    for index in indices:
        row, start, ratings = sessions[index]
        course = course_of(str(row[1]))
        if course is None:
            return index, f"sessions[{index}]: unknown_course"
        key = (str(row[7]), str(row[8]))
        framework = frameworks.get(key)
        if framework is None:
            try:
                framework = frameworks[key] = registry.get(*key)
            except KeyError:
                return index, f"sessions[{index}]: unknown_framework"
        problems = session_problems(
            start=start,
            duration_minutes=row[5],  # type: ignore[arg-type]
            ratings=ratings,
            self_rating=row[11],  # type: ignore[arg-type]
            notes=row[9],  # type: ignore[arg-type]
            follow_up=row[12],  # type: ignore[arg-type]
            course=course,
            framework=framework,
        )
        if problems:
            return index, f"sessions[{index}].{problems[0].field}: {problems[0].code}"
    return None


def session_from_parsed(parsed: ParsedSession) -> Session:
    """The session a checked :data:`ParsedSession` stands for (for scoring it)."""
    row, start, ratings = parsed
    return Session(
        id=str(row[0]),
        course_id=str(row[1]),
        start=start,
        duration_minutes=int(row[5]),  # type: ignore[call-overload]
        contact_kind=ContactKind(str(row[6])),
        framework_id=str(row[7]),
        framework_version=str(row[8]),
        notes=str(row[9]),
        ratings=ratings,
        self_rating=None if row[11] is None else int(row[11]),  # type: ignore[call-overload]
        follow_up=str(row[12]),
        acute_concern=bool(row[13]),
        revision=int(row[14]),  # type: ignore[call-overload]
        updated_at=dt_from_text(str(row[15])),
    )


def _as_doc(payload: Payload) -> dict[str, Any]:
    """The sections the readers read, as the lists they expect (a version 1 payload's
    office sections are empty tuples)."""
    return {"workers": payload.workers, "participants": payload.participants,
            "courses": payload.courses,
            **{name: list(getattr(payload, name)) for name in OFFICE_SECTIONS}}  # fmt: skip


_LOCATION = re.compile(r"(\w+\[\d+\])(?:: missing field ('\w+'))?")


def _where(message: str, source: str) -> str:
    """Which record a records-reader message names, without the rest: the reader's
    messages may quote values from the batch, and a refusal's detail never holds content."""
    found = _LOCATION.match(message.removeprefix(f"{source}: "))
    if found is None:
        return "a record"
    if found.group(2):
        return f"{found.group(1)}: missing field {found.group(2)}"
    return f"{found.group(1)}: wrong type or value"


def _why(exc: Exception) -> str:
    """A reader exception in words that quote nothing from the batch."""
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"  # a field name this program asked for
    return "wrong type or value"


def _no_duplicates(section: str, ids: list[str]) -> None:
    if len(set(ids)) != len(ids):
        raise RecordRefused("invalid_record", f"{section}: the same id twice")


def _tombstone(item: Mapping[str, Any], index: int, entities: Mapping[str, str]) -> Tombstone:
    """A tombstone of one of ``entities`` (the kinds of record the payload's version has)."""
    entity = item["entity"]
    tomb_id = item["id"]
    deleted_revision = item["revision"]
    if type(entity) is not str or entity not in entities or not is_record_id(tomb_id):
        raise RecordRefused("invalid_record", f"tombstones[{index}]: entity or id")
    if type(deleted_revision) is not int or not revision_in_range(deleted_revision):
        raise RecordRefused("invalid_record", f"tombstones[{index}]: revision")
    try:
        deleted_at = utc_time(item, "deleted_at")
        dt_to_text(deleted_at)
    except READ_ERRORS:
        raise RecordRefused("invalid_record", f"tombstones[{index}]: deleted_at") from None
    return Tombstone(entity, tomb_id, deleted_revision, deleted_at)


def _check_participants(ctx: Context, participants: list[Participant]) -> None:
    if not participants:
        return
    conn = ctx.vault.conn
    today = ctx.clock.today()
    codes = [p.code for p in participants]
    if len(set(codes)) != len(codes):
        raise RecordRefused("code_conflict", "participants: the same code twice")
    holders = sync_records.participant_ids_by_code(conn, codes)
    in_batch = {p.id: p.kind.value for p in participants}
    linked = sorted({y for p in participants for y in p.linked_youth_ids} - set(in_batch))
    stored_kinds = sync_records.participant_facts(conn, linked)
    for index, p in enumerate(participants):
        try:
            check_participant(p, today)
        except ValidationError as exc:
            first = exc.problems[0]
            raise RecordRefused(
                "invalid_record", f"participants[{index}].{first.field}: {first.code}"
            ) from None
        holder = holders.get(p.code)
        if holder is not None and holder != p.id:
            raise RecordRefused(
                "code_conflict", f"participants[{index}]: code held by another participant"
            )
        for youth_id in p.linked_youth_ids:
            kind = in_batch.get(youth_id) or stored_kinds.get(youth_id)
            if kind is None:
                raise RecordRefused(
                    "unknown_reference", f"participants[{index}].linked_youth_ids: not known"
                )
            if kind != ParticipantKind.YOUTH.value:
                raise RecordRefused(
                    "invalid_record", f"participants[{index}].linked_youth_ids: link_not_youth"
                )


def _check_courses(
    ctx: Context, courses: list[Course], participants: list[Participant], workers: list[Worker]
) -> None:
    if not courses:
        return
    conn = ctx.vault.conn
    people = {p.id: p for p in participants}
    known_workers = {w.id for w in workers}
    missing_workers = sorted({c.worker_id for c in courses} - known_workers)
    known_workers |= set(sync_records.stored_revisions(conn, "worker", missing_workers))
    for index, course in enumerate(courses):
        participant = people.get(course.participant_id) or repositories.get_participant(
            conn, course.participant_id
        )
        if participant is None or course.worker_id not in known_workers:
            raise RecordRefused("unknown_reference", f"courses[{index}]: participant or worker")
        people[participant.id] = participant
        try:
            framework = ctx.frameworks.get(course.framework_id, course.framework_version)
        except KeyError:
            raise RecordRefused("invalid_record", f"courses[{index}]: unknown_framework") from None
        try:
            check_course(course, participant, framework, ctx.clock.today())
        except ValidationError as exc:
            first = exc.problems[0]
            raise RecordRefused(
                "invalid_record", f"courses[{index}].{first.field}: {first.code}"
            ) from None
