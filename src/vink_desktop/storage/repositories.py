"""Repositories: domain objects in, domain objects out. Every write is recorded in the change
log (entity, id, revision, operation) in the caller's transaction: inserts and updates by
the schema's triggers, deletes here, together with the tombstone.

Callers (the services) own revisions and times; a repository only stores what it is given.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from vink_desktop.domain.model import (
    ClosingReason,
    ContactKind,
    Course,
    CourseStatus,
    LocalTime,
    Participant,
    ParticipantKind,
    ReferralSource,
    Session,
    Track,
    Worker,
)
from vink_desktop.storage.codec import (
    date_from_text,
    date_to_text,
    dt_from_text,
    dt_to_text,
    opt_date,
    updated_at_text,
    wall_from_text,
    wall_to_text,
)
from vink_desktop.storage.database import Connection
from vink_desktop.storage.journal import Op, log_change

Row = Sequence[Any]


# -- workers -------------------------------------------------------------------------------


def put_worker(conn: Connection, worker: Worker) -> None:
    conn.execute(
        "INSERT INTO workers (id, name, revision, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
        " revision = excluded.revision, updated_at = excluded.updated_at",
        (worker.id, worker.name, worker.revision, updated_at_text(worker.updated_at)),
    )


def get_worker(conn: Connection, worker_id: str) -> Worker | None:
    row = conn.execute(
        "SELECT id, name, revision, updated_at FROM workers WHERE id = ?", (worker_id,)
    ).fetchone()
    return None if row is None else _worker(row)


def list_workers(conn: Connection) -> list[Worker]:
    rows = conn.execute("SELECT id, name, revision, updated_at FROM workers ORDER BY name, id")
    return [_worker(r) for r in rows]


def _worker(r: Row) -> Worker:
    return Worker(str(r[0]), str(r[1]), int(r[2]), dt_from_text(str(r[3])))


# -- participants --------------------------------------------------------------------------

_PARTICIPANT_COLUMNS = (
    "id, code, kind, birth_year, district, referral_source, name, contact, revision, updated_at"
)


def put_participant(conn: Connection, p: Participant) -> None:
    conn.execute(
        f"INSERT INTO participants ({_PARTICIPANT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET code = excluded.code, kind = excluded.kind,"
        " birth_year = excluded.birth_year, district = excluded.district,"
        " referral_source = excluded.referral_source, name = excluded.name,"
        " contact = excluded.contact, revision = excluded.revision,"
        " updated_at = excluded.updated_at",
        (
            p.id,
            p.code,
            p.kind.value,
            p.birth_year,
            p.district,
            None if p.referral_source is None else p.referral_source.value,
            p.name,
            p.contact,
            p.revision,
            updated_at_text(p.updated_at),
        ),
    )
    conn.execute("DELETE FROM participant_links WHERE parent_id = ?", (p.id,))
    conn.executemany(
        "INSERT INTO participant_links (parent_id, youth_id) VALUES (?, ?)",
        [(p.id, youth_id) for youth_id in sorted(set(p.linked_youth_ids))],
    )


def get_participant(conn: Connection, participant_id: str) -> Participant | None:
    row = conn.execute(
        f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE id = ?", (participant_id,)
    ).fetchone()
    return None if row is None else _participant(conn, row)


def find_participant_by_code(conn: Connection, code: str) -> Participant | None:
    row = conn.execute(
        f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE code = ?", (code,)
    ).fetchone()
    return None if row is None else _participant(conn, row)


def list_participants(
    conn: Connection, *, kind: ParticipantKind | None = None, search: str | None = None
) -> list[Participant]:
    clauses: list[str] = []
    params: list[object] = []
    if kind is not None:
        clauses.append("kind = ?")
        params.append(kind.value)
    if search:
        clauses.append("(code LIKE ? ESCAPE '\\' OR district LIKE ? ESCAPE '\\')")
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params.extend([pattern, pattern])
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        f"SELECT {_PARTICIPANT_COLUMNS} FROM participants{where} ORDER BY code", params
    ).fetchall()
    links = _all_links(conn)
    return [_participant(conn, r, links) for r in rows]


def parents_of(conn: Connection, youth_id: str) -> list[str]:
    rows = conn.execute(
        "SELECT parent_id FROM participant_links WHERE youth_id = ? ORDER BY parent_id",
        (youth_id,),
    )
    return [str(r[0]) for r in rows]


def _all_links(conn: Connection) -> dict[str, tuple[str, ...]]:
    links: dict[str, list[str]] = {}
    for parent_id, youth_id in conn.execute(
        "SELECT parent_id, youth_id FROM participant_links ORDER BY parent_id, youth_id"
    ):
        links.setdefault(str(parent_id), []).append(str(youth_id))
    return {k: tuple(v) for k, v in links.items()}


def _participant(
    conn: Connection, r: Row, links: dict[str, tuple[str, ...]] | None = None
) -> Participant:
    pid = str(r[0])
    if links is None:
        linked = tuple(
            str(x[0])
            for x in conn.execute(
                "SELECT youth_id FROM participant_links WHERE parent_id = ? ORDER BY youth_id",
                (pid,),
            )
        )
    else:
        linked = links.get(pid, ())
    return Participant(
        id=pid,
        code=str(r[1]),
        kind=ParticipantKind(r[2]),
        birth_year=None if r[3] is None else int(r[3]),
        district=r[4],
        referral_source=None if r[5] is None else ReferralSource(r[5]),
        name=r[6],
        contact=r[7],
        linked_youth_ids=linked,
        revision=int(r[8]),
        updated_at=dt_from_text(str(r[9])),
    )


# -- courses -------------------------------------------------------------------------------

_COURSE_COLUMNS = (
    "id, participant_id, track, worker_id, start_date, status, end_date, closing_reason,"
    " final_evaluation, framework_id, framework_version, revision, updated_at"
)


def put_course(conn: Connection, c: Course) -> None:
    conn.execute(
        f"INSERT INTO courses ({_COURSE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET participant_id = excluded.participant_id,"
        " track = excluded.track, worker_id = excluded.worker_id,"
        " start_date = excluded.start_date, status = excluded.status,"
        " end_date = excluded.end_date, closing_reason = excluded.closing_reason,"
        " final_evaluation = excluded.final_evaluation, framework_id = excluded.framework_id,"
        " framework_version = excluded.framework_version, revision = excluded.revision,"
        " updated_at = excluded.updated_at",
        course_row(c),
    )


def course_row(c: Course) -> tuple[object, ...]:
    return (
        c.id,
        c.participant_id,
        c.track.value,
        c.worker_id,
        date_to_text(c.start),
        c.status.value,
        None if c.end is None else date_to_text(c.end),
        None if c.closing_reason is None else c.closing_reason.value,
        c.final_evaluation,
        c.framework_id,
        c.framework_version,
        c.revision,
        updated_at_text(c.updated_at),
    )


def get_course(conn: Connection, course_id: str) -> Course | None:
    row = conn.execute(f"SELECT {_COURSE_COLUMNS} FROM courses WHERE id = ?", (course_id,))
    found = row.fetchone()
    return None if found is None else course_from_row(found)


def list_courses(conn: Connection, ids: Iterable[str] | None = None) -> list[Course]:
    if ids is None:
        rows = conn.execute(f"SELECT {_COURSE_COLUMNS} FROM courses ORDER BY start_date, id")
        return [course_from_row(r) for r in rows]
    wanted = list(ids)
    found: list[Course] = []
    for chunk_start in range(0, len(wanted), 500):
        chunk = wanted[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT {_COURSE_COLUMNS} FROM courses WHERE id IN ({marks})", chunk)
        found.extend(course_from_row(r) for r in rows)
    return found


def courses_of_participant(conn: Connection, participant_id: str) -> list[Course]:
    rows = conn.execute(
        f"SELECT {_COURSE_COLUMNS} FROM courses WHERE participant_id = ? ORDER BY start_date",
        (participant_id,),
    )
    return [course_from_row(r) for r in rows]


def course_from_row(r: Row) -> Course:
    return Course(
        id=str(r[0]),
        participant_id=str(r[1]),
        track=Track(r[2]),
        worker_id=str(r[3]),
        start=date_from_text(str(r[4])),
        status=CourseStatus(r[5]),
        end=opt_date(r[6]),
        closing_reason=None if r[7] is None else ClosingReason(r[7]),
        final_evaluation=r[8],
        framework_id=str(r[9]),
        framework_version=str(r[10]),
        revision=int(r[11]),
        updated_at=dt_from_text(str(r[12])),
    )


# -- sessions ------------------------------------------------------------------------------

SESSION_COLUMNS = (
    "id, course_id, start_utc, start_wall, zone, duration_minutes, contact_kind,"
    " framework_id, framework_version, notes, ratings, self_rating, follow_up,"
    " acute_concern, revision, updated_at"
)
SESSION_INSERT = (
    f"INSERT INTO sessions ({SESSION_COLUMNS})"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id,"
    " start_utc = excluded.start_utc, start_wall = excluded.start_wall, zone = excluded.zone,"
    " duration_minutes = excluded.duration_minutes, contact_kind = excluded.contact_kind,"
    " framework_id = excluded.framework_id, framework_version = excluded.framework_version,"
    " notes = excluded.notes, ratings = excluded.ratings, self_rating = excluded.self_rating,"
    " follow_up = excluded.follow_up, acute_concern = excluded.acute_concern,"
    " revision = excluded.revision, updated_at = excluded.updated_at"
)


_RATINGS_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def ratings_to_text(ratings: dict[str, int]) -> str:
    """Compact JSON with sorted keys: the same ratings always give the same text."""
    return _RATINGS_ENCODER.encode(ratings)


def session_row(s: Session) -> tuple[object, ...]:
    return (
        s.id,
        s.course_id,
        dt_to_text(s.start.utc),
        wall_to_text(s.start.wall),
        s.start.zone,
        s.duration_minutes,
        s.contact_kind.value,
        s.framework_id,
        s.framework_version,
        s.notes,
        ratings_to_text(s.ratings),
        s.self_rating,
        s.follow_up,
        1 if s.acute_concern else 0,
        s.revision,
        updated_at_text(s.updated_at),
    )


def put_session(conn: Connection, s: Session) -> None:
    conn.execute(SESSION_INSERT, session_row(s))


def put_sessions(conn: Connection, sessions: Sequence[Session]) -> None:
    """Many sessions at once (imports, the demo): one executemany."""
    conn.executemany(SESSION_INSERT, [session_row(s) for s in sessions])


def put_session_rows(conn: Connection, rows: Sequence[Sequence[object]]) -> None:
    """Rows already in the shape of :func:`session_row` (a checked bulk import)."""
    conn.executemany(SESSION_INSERT, rows)


#: New sessions given as one JSON array of rows (the shape of :func:`session_row`), written
#: by one statement: SQLite reads the rows itself, so the whole insert runs without holding
#: Python's interpreter lock and the caller's other thread can work meanwhile (the batch
#: import prepares the next batch that way). A session whose id is stored already is left
#: as it is (the caller compares revisions for those).
_NEW_SESSIONS_INSERT = (
    f"INSERT INTO sessions ({SESSION_COLUMNS}) SELECT "
    + ", ".join(f"value ->> {index}" for index in range(len(SESSION_COLUMNS.split(","))))
    + " FROM json_each(?) WHERE true ON CONFLICT (id) DO NOTHING"
)


def session_rows_json(rows: Sequence[Sequence[object]]) -> str:
    """Session rows (text, whole numbers and nulls only) as the JSON text that
    :func:`insert_new_session_rows` takes."""
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def insert_new_session_rows(conn: Connection, rows_json: str) -> int:
    """Insert the sessions of :func:`session_rows_json` whose ids are not stored yet, in one
    statement; returns how many were inserted."""
    return int(conn.execute(_NEW_SESSIONS_INSERT, (rows_json,)).rowcount)


def get_session(conn: Connection, session_id: str) -> Session | None:
    row = conn.execute(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
    found = row.fetchone()
    return None if found is None else session_from_row(found)


def sessions_of_course(conn: Connection, course_id: str) -> list[Session]:
    rows = conn.execute(
        f"SELECT {SESSION_COLUMNS} FROM sessions WHERE course_id = ? ORDER BY start_utc, id",
        (course_id,),
    )
    return [session_from_row(r) for r in rows]


def sessions_of_courses(conn: Connection, course_ids: Sequence[str]) -> dict[str, list[Session]]:
    """The sessions of several courses in one query, each list in time order."""
    found: dict[str, list[Session]] = {}
    for start in range(0, len(course_ids), 500):
        chunk = list(course_ids[start : start + 500])
        rows = conn.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE course_id IN"
            f" ({','.join('?' * len(chunk))}) ORDER BY course_id, start_utc, id",
            chunk,
        )
        for row in rows:
            session = session_from_row(row)
            found.setdefault(session.course_id, []).append(session)
    return found


def delete_session(conn: Connection, session: Session, at: datetime) -> None:
    conn.execute("DELETE FROM sessions WHERE id = ?", (session.id,))
    log_change(conn, "session", session.id, session.revision + 1, Op.DELETE, at)


def session_from_row(r: Row) -> Session:
    return Session(
        id=str(r[0]),
        course_id=str(r[1]),
        start=LocalTime(
            utc=dt_from_text(str(r[2])), wall=wall_from_text(str(r[3])), zone=str(r[4])
        ),
        duration_minutes=int(r[5]),
        contact_kind=ContactKind(r[6]),
        framework_id=str(r[7]),
        framework_version=str(r[8]),
        notes=str(r[9]),
        ratings={str(k): int(v) for k, v in json.loads(r[10]).items()},
        self_rating=None if r[11] is None else int(r[11]),
        follow_up=str(r[12]),
        acute_concern=bool(r[13]),
        revision=int(r[14]),
        updated_at=dt_from_text(str(r[15])),
    )


def count(conn: Connection, table: str) -> int:
    if table not in {"workers", "participants", "courses", "sessions", "audit_log", "change_log"}:
        raise ValueError(table)
    row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0])
