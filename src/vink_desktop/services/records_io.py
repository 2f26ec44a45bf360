"""Plaintext export and import of records in the versioned interchange format
(``docs/records-format.md``).

An export is plaintext by nature, so the caller must ask for it explicitly; it is audited.
Names and contact details stay on the laptop unless the caller asks for them too.
Import applies a whole file in one transaction: all of it, or (on any error) none of it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from vink_desktop.domain import limits
from vink_desktop.domain.limits import updated_at_problem
from vink_desktop.domain.model import (
    Course,
    Participant,
    ParticipantKind,
    Session,
    Worker,
)
from vink_desktop.domain.text import json_text_is_unicode
from vink_desktop.domain.validation import (
    Problem,
    ValidationError,
    check_course,
    check_participant,
    session_problems,
)
from vink_desktop.services import crash_log, office_interchange, outcomes
from vink_desktop.services.context import Context
from vink_desktop.services.errors import Cancelled
from vink_desktop.services.events import Event
from vink_desktop.services.json_fields import Reader, reason
from vink_desktop.services.record_readers import (
    course_in,
    participant_in,
    session_row,
    worker_in,
)
from vink_desktop.storage import bulk, repositories, sync_records
from vink_desktop.storage.atomic import atomic_write_bytes
from vink_desktop.storage.codec import dt_to_text
from vink_desktop.storage.database import Connection
from vink_desktop.storage.errors import DiskFull, VaultError
from vink_desktop.storage.journal import AuditAction, audit

FORMAT_NAME = "vink-records"
FORMAT_VERSION = 1
Progress = Callable[[int, int], None]


class RecordsFormatError(ValueError):
    """The file is not a records file this program can read; nothing was imported."""

    code = "records_format"
    exit_code = 1


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    workers: int
    participants: int
    courses: int
    sessions: int
    # The office records (office_interchange.py).
    concern_reports: int = 0
    outreach_activities: int = 0
    service_evaluations: int = 0


@dataclass(frozen=True, slots=True)
class ImportResult:
    workers: int
    participants: int
    courses: int
    sessions: int
    #: Records skipped because the vault already held the same or a newer revision.
    unchanged: int
    # The office records (office_interchange.py).
    concern_reports: int = 0
    outreach_activities: int = 0
    service_evaluations: int = 0


# -- export --------------------------------------------------------------------------------


def export_records(
    ctx: Context,
    out: Path,
    fmt: str,
    *,
    include_identities: bool = False,
    cancelled: Callable[[], bool] = lambda: False,
) -> ExportResult:
    """Write every record to ``out`` as JSON (the interchange format) or CSV (one row per
    session, for spreadsheets). Plaintext: the caller has asked for it explicitly. When
    ``cancelled()`` turns true before the file is written, nothing is written."""
    conn = ctx.vault.conn
    workers = repositories.list_workers(conn)
    participants = repositories.list_participants(conn)
    courses = repositories.list_courses(conn)
    sessions = list(bulk.iter_sessions(conn))
    office: dict[str, list[dict[str, Any]]] = {}  # JSON only (the CSV is one row per session)
    if fmt == "json":
        document = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_at": ctx.clock.now().isoformat(),
            "vault_kind": ctx.vault.kind.value,
            "workers": [_worker_out(w) for w in workers],
            "participants": [_participant_out(p, include_identities) for p in participants],
            "courses": [_course_out(c) for c in courses],
            "sessions": [_session_out(s) for s in sessions],
        }
        office = office_interchange.export_lists(conn)
        document.update(office)
        data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    elif fmt == "csv":
        data = _sessions_csv(ctx, participants, courses, sessions).encode("utf-8")
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    if cancelled():
        raise Cancelled()
    atomic_write_bytes(out, data)
    with ctx.vault.transaction() as tx:
        audit(
            tx,
            ctx.clock.now(),
            ctx.actor_id,
            AuditAction.EXPORT,
            "records",
            None,
            f"{fmt}; {len(sessions)} sessions; identities={'yes' if include_identities else 'no'}",
        )
    return ExportResult(
        out, len(workers), len(participants), len(courses), len(sessions),
        *(len(office.get(key, [])) for key in office_interchange.KEYS),
    )  # fmt: skip


def _worker_out(w: Worker) -> dict[str, Any]:
    return {"id": w.id, "name": w.name, "revision": w.revision, "updated_at": _ts(w.updated_at)}


def _participant_out(p: Participant, include_identities: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": p.id,
        "code": p.code,
        "kind": p.kind.value,
        "birth_year": p.birth_year,
        "district": p.district,
        "referral_source": None if p.referral_source is None else p.referral_source.value,
        "linked_youth_ids": list(p.linked_youth_ids),
        "revision": p.revision,
        "updated_at": _ts(p.updated_at),
    }
    if include_identities:
        out["name"] = p.name
        out["contact"] = p.contact
    return out


def _course_out(c: Course) -> dict[str, Any]:
    return {
        "id": c.id,
        "participant_id": c.participant_id,
        "track": c.track.value,
        "worker_id": c.worker_id,
        "start": c.start.isoformat(),
        "status": c.status.value,
        "end": None if c.end is None else c.end.isoformat(),
        "closing_reason": None if c.closing_reason is None else c.closing_reason.value,
        "final_evaluation": c.final_evaluation,
        "framework_id": c.framework_id,
        "framework_version": c.framework_version,
        "revision": c.revision,
        "updated_at": _ts(c.updated_at),
    }


def _session_out(s: Session) -> dict[str, Any]:
    return {
        "id": s.id,
        "course_id": s.course_id,
        "start_utc": _ts(s.start.utc),
        "start_wall": s.start.wall.isoformat(timespec="minutes"),
        "zone": s.start.zone,
        "duration_minutes": s.duration_minutes,
        "contact_kind": s.contact_kind.value,
        "framework_id": s.framework_id,
        "framework_version": s.framework_version,
        "notes": s.notes,
        "ratings": s.ratings,
        "self_rating": s.self_rating,
        "follow_up": s.follow_up,
        "acute_concern": s.acute_concern,
        "revision": s.revision,
        "updated_at": _ts(s.updated_at),
    }


def _ts(value: datetime | None) -> str | None:
    """UTC as RFC 3339 with microseconds and ``Z`` (the vault's own form)."""
    return None if value is None else dt_to_text(value)


def _sessions_csv(
    ctx: Context,
    participants: list[Participant],
    courses: list[Course],
    sessions: list[Session],
) -> str:
    codes = {p.id: p for p in participants}
    by_id = {c.id: c for c in courses}
    indicator_ids = sorted(
        {ind.id for fw in ctx.frameworks.all() for t in fw.tracks for ind in t.indicators()}
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "session_id", "course_id", "participant_code", "participant_kind", "district",
            "track", "course_status", "start_wall", "start_utc", "duration_minutes",
            "contact_kind", "framework", "self_rating", "acute_concern", *indicator_ids,
            "notes", "follow_up",
        ]
    )  # fmt: skip
    for s in sessions:
        course = by_id[s.course_id]
        person = codes[course.participant_id]
        writer.writerow(
            [
                s.id, course.id, person.code, person.kind.value, person.district or "",
                course.track.value, course.status.value,
                s.start.wall.isoformat(timespec="minutes"), _ts(s.start.utc),
                s.duration_minutes, s.contact_kind.value,
                f"{s.framework_id}/{s.framework_version}",
                "" if s.self_rating is None else s.self_rating, int(s.acute_concern),
                *(s.ratings.get(i, "") for i in indicator_ids), s.notes, s.follow_up,
            ]
        )  # fmt: skip
    return buffer.getvalue()


# -- import --------------------------------------------------------------------------------


def import_records(
    ctx: Context,
    path: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportResult:
    """Apply a records file: every record whose revision is newer than the vault's copy is
    written, in one transaction. Nothing is written when anything in the file is wrong, or
    when ``cancelled()`` turns true before the end (:class:`Cancelled`)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RecordsFormatError(f"cannot read {path.name}: {exc.strerror}") from None
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordsFormatError(f"{path.name} is not a JSON records file: {exc}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise RecordsFormatError(f"{path.name} is not a {FORMAT_NAME} file")
    if not json_text_is_unicode(raw, document):
        raise RecordsFormatError(f"{path.name} holds text that is not valid Unicode")
    if document.get("version") != FORMAT_VERSION:
        raise RecordsFormatError(
            f"{path.name} has format version {document.get('version')!r}; this program reads"
            f" version {FORMAT_VERSION}"
        )
    try:
        return _import_document(ctx, document, path.name, progress, cancelled)
    except (RecordsFormatError, ValidationError, Cancelled, DiskFull, KeyboardInterrupt):
        raise
    except VaultError:
        raise
    except Exception as exc:
        # The last-resort guard: a bug the hostile-file tests have not found yet. Nothing
        # was written (the transaction rolled back); the log has no content of the file.
        crash_log.log_exception(exc, "records import: file refused as internal")
        raise RecordsFormatError(
            f"{path.name} could not be imported (an internal error; a note without any"
            " content of the file was written to the error log). Nothing was imported"
        ) from None


def _import_document(
    ctx: Context,
    document: dict[str, Any],
    source: str,
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> ImportResult:
    reader = Reader(source, RecordsFormatError)
    workers = reader.many(document, "workers", worker_in)
    # Young people before parents: a parent's links point at young people.
    participants = sorted(
        reader.many(document, "participants", participant_in),
        key=lambda p: p.kind is not ParticipantKind.YOUTH,
    )
    courses = reader.many(document, "courses", course_in)
    _check_records(ctx, workers, participants, courses)
    session_rows = _session_rows(ctx, reader, document, courses)
    office = _office_records(ctx, document, source, workers, participants, courses)
    if cancelled():
        raise Cancelled()
    return _apply(
        ctx, workers, participants, courses, session_rows, source, progress, office, cancelled
    )


def _check_records(
    ctx: Context, workers: list[Worker], participants: list[Participant], courses: list[Course]
) -> None:
    """The rules of participants and courses, and their references and codes against the
    file and the vault, before anything is written: what the database would refuse with
    a raw FOREIGN KEY or UNIQUE error is a problem naming the record. Up to 20."""
    conn = ctx.vault.conn
    today = ctx.clock.today()
    latest = ctx.clock.now()
    problems: list[Problem] = []

    def add(where: str, code: str, message: str, field: str = "") -> None:
        problems.append(Problem(code, f"{where}.{field}" if field else where, message))

    sections: tuple[tuple[str, Sequence[Worker | Participant | Course]], ...] = (
        ("workers", workers), ("participants", participants), ("courses", courses),
    )  # fmt: skip
    for section, records in sections:
        seen: set[str] = set()
        for index, record in enumerate(records):
            if record.id in seen:
                add(f"{section}[{index}]", "duplicate_id", "the same id twice in the file")
            seen.add(record.id)
            if updated_at_problem(record.updated_at, latest):
                add(f"{section}[{index}]", "time_out_of_range", "out of range", "updated_at")
    in_file = {p.id: p for p in participants}
    codes: dict[str, str] = {}
    holders = sync_records.participant_ids_by_code(conn, [p.code for p in participants])
    linked = sorted({y for p in participants for y in p.linked_youth_ids} - set(in_file))
    stored_kinds = sync_records.participant_facts(conn, linked)
    for index, p in enumerate(participants):
        where = f"participants[{index}]"
        try:
            check_participant(p, today)
        except ValidationError as exc:
            problems.extend(Problem(q.code, f"{where}.{q.field}", q.message, q.params)
                            for q in exc.problems)  # fmt: skip
        if codes.setdefault(p.code, p.id) != p.id or holders.get(p.code, p.id) != p.id:
            add(where, "duplicate_code", "another participant has this code", "code")
        for youth_id in p.linked_youth_ids:
            kind = in_file[youth_id].kind.value if youth_id in in_file else None
            kind = kind or stored_kinds.get(youth_id)
            if kind is None:
                add(where, "unknown_participant", "no such young person", "linked_youth_ids")
            elif kind != ParticipantKind.YOUTH.value:
                add(where, "link_not_youth", "not a young person", "linked_youth_ids")
    worker_ids = {w.id for w in workers}
    worker_ids |= set(sync_records.stored_revisions(
        conn, "worker", sorted({c.worker_id for c in courses} - worker_ids)))  # fmt: skip
    for index, course in enumerate(courses):
        where = f"courses[{index}]"
        participant = in_file.get(course.participant_id) or repositories.get_participant(
            conn, course.participant_id
        )
        if participant is None:
            add(where, "unknown_participant", "no such participant", "participant_id")
        if course.worker_id not in worker_ids:
            add(where, "unknown_worker", "no such worker", "worker_id")
        try:
            framework = ctx.frameworks.get(course.framework_id, course.framework_version)
        except KeyError:
            add(where, "unknown_framework", "unknown framework version", "framework_version")
            continue
        if participant is not None:
            try:
                check_course(course, participant, framework, today)
            except ValidationError as exc:
                problems.extend(Problem(q.code, f"{where}.{q.field}", q.message, q.params)
                                for q in exc.problems)  # fmt: skip
        if len(problems) >= 20:
            break
    if problems:
        raise ValidationError(problems[:20])


def _office_records(
    ctx: Context,
    document: Mapping[str, Any],
    source: str,
    workers: list[Worker],
    participants: list[Participant],
    courses: list[Course],
) -> office_interchange.OfficeRecords:
    """The office lists of the file, read strictly and checked against the file and vault."""
    try:
        office = office_interchange.read_lists(document, source)
    except office_interchange.OfficeFormatError as exc:
        raise RecordsFormatError(str(exc)) from None
    problems = office_interchange.check(
        ctx.vault.conn,
        office,
        now=ctx.clock.now(),
        worker_ids=(w.id for w in workers),
        participant_ids=(p.id for p in participants),
        course_starts={c.id: c.start for c in courses},
    )
    if problems:
        raise ValidationError(problems[:20])
    return office


def _session_rows(
    ctx: Context, reader: Reader, document: Mapping[str, Any], courses: list[Course]
) -> list[tuple[object, ...]]:
    """Check every session and turn it straight into a database row (the hot path of an
    import: no intermediate objects). Raises with up to 20 problems, naming each session."""
    items = document.get("sessions", [])
    if not isinstance(items, list):
        raise RecordsFormatError(f"{reader.source}: sessions must be a list")
    conn = ctx.vault.conn
    by_id = {c.id: c for c in courses}
    latest_text = dt_to_text(ctx.clock.now() + limits.UPDATED_AHEAD)
    rows: list[tuple[object, ...]] = []
    problems: list[Problem] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise RecordsFormatError(f"{reader.source}: sessions[{index}] must be an object")
        try:
            row, start, ratings = session_row(item)
        except (KeyError, TypeError, ValueError) as exc:
            raise RecordsFormatError(f"{reader.source}: sessions[{index}]: {reason(exc)}") from None
        if str(row[15]) > latest_text or str(row[15]) < limits.EARLIEST_TEXT:
            problems.append(
                Problem("time_out_of_range", f"sessions[{index}].updated_at", "out of range")
            )
            continue
        course_id = str(row[1])
        course = by_id.get(course_id)
        if course is None:
            course = repositories.get_course(conn, course_id)
            if course is None:
                problems.append(Problem("unknown_course", f"sessions[{index}]", "no such course"))
                continue
            by_id[course_id] = course
        try:
            framework = ctx.frameworks.get(str(row[7]), str(row[8]))
        except KeyError:
            problems.append(
                Problem("unknown_framework", f"sessions[{index}]", "unknown framework version")
            )
            continue
        found = session_problems(
            start=start,
            duration_minutes=int(row[5]),  # type: ignore[call-overload]
            ratings=ratings,
            self_rating=row[11],  # type: ignore[arg-type]
            notes=str(row[9]),
            follow_up=str(row[12]),
            course=course,
            framework=framework,
        )
        if found:
            problems.extend(
                Problem(p.code, f"sessions[{index}].{p.field}", p.message, p.params) for p in found
            )
            if len(problems) >= 20:
                break
            continue
        rows.append(row)
    if problems:
        raise ValidationError(problems[:20])
    return rows


def _apply(
    ctx: Context,
    workers: list[Worker],
    participants: list[Participant],
    courses: list[Course],
    sessions: list[tuple[object, ...]],
    source: str,
    progress: Progress | None,
    office: office_interchange.OfficeRecords | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportResult:
    office = office or office_interchange.OfficeRecords()
    total = len(workers) + len(participants) + len(courses) + len(sessions)
    written = [0, 0, 0, 0]
    unchanged = 0
    with ctx.vault.transaction() as conn:
        known = bulk.revisions(conn)
        groups: tuple[tuple[str, Sequence[Any], Callable[[Connection, Any], None]], ...] = (
            ("worker", workers, repositories.put_worker),
            ("participant", participants, repositories.put_participant),
            ("course", courses, repositories.put_course),
        )
        for index, (entity, records, put) in enumerate(groups):
            for record in records:
                if known.get((entity, record.id), 0) >= record.revision:
                    unchanged += 1
                    continue
                put(conn, record)
                written[index] += 1
        fresh = [r for r in sessions if known.get(("session", str(r[0])), 0) < r[14]]  # type: ignore[operator]
        unchanged += len(sessions) - len(fresh)
        done = total - len(sessions)
        for start in range(0, len(fresh), 5000):
            chunk = fresh[start : start + 5000]
            repositories.put_session_rows(conn, chunk)
            done += len(chunk)
            if cancelled():
                raise Cancelled()  # the transaction rolls back: nothing is kept
            if progress is not None:
                progress(done, total)
        written[3] = len(fresh)
        touched = {c.id for c in courses} | {str(r[1]) for r in fresh}
        outcomes.invalidate(conn, touched)
        *office_written, office_unchanged = office_interchange.apply(conn, office)
        unchanged += office_unchanged
        audit(
            conn,
            ctx.clock.now(),
            ctx.actor_id,
            AuditAction.IMPORT,
            "records",
            None,
            f"{source}; {written[3]} sessions; {unchanged} unchanged",
        )
    ctx.events.emit(Event.RECORDS_IMPORTED, sessions=written[3])
    return ImportResult(written[0], written[1], written[2], written[3], unchanged, *office_written)
