"""Course listings and the per-course outcome cache.

A listing is one SQL query over courses, participants, workers and the cached outcome of
each course, so it stays fast for tens of thousands of courses. The cache is written by the
services whenever a course or its sessions change (in the same transaction) and refreshed
when time alone changes a course's signals (``valid_until``).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from vink_desktop.domain.model import CourseStatus, Track
from vink_desktop.storage.codec import date_from_text, dt_to_text, opt_date
from vink_desktop.storage.database import Connection


@dataclass(frozen=True, slots=True)
class StoredOutcome:
    """What the cache keeps per course: enough for lists, KPIs and follow-up."""

    course_id: str
    sessions: int
    assessments: int
    last_session_utc: str | None
    baseline_score: float | None
    current_score: float | None
    overall_change: float | None
    overall_class: str | None
    progression: bool | None
    self_reported_progression: bool | None
    #: Off-track signals as plain dicts: {"code": ..., <numbers behind it>}.
    off_track: tuple[dict[str, Any], ...]
    #: The first day on which the passing of time alone may change this outcome.
    valid_until: date | None


def put_outcome(conn: Connection, o: StoredOutcome) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO course_outcomes (course_id, sessions, assessments,"
        " last_session_utc, baseline_score, current_score, overall_change, overall_class,"
        " progression, self_reported_progression, off_track, valid_until)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            o.course_id,
            o.sessions,
            o.assessments,
            o.last_session_utc,
            o.baseline_score,
            o.current_score,
            o.overall_change,
            o.overall_class,
            _opt_bool(o.progression),
            _opt_bool(o.self_reported_progression),
            json.dumps(list(o.off_track), sort_keys=True, separators=(",", ":")),
            "" if o.valid_until is None else o.valid_until.isoformat(),
        ),
    )


#: ``valid_until`` of an outcome that must be recomputed before it is read.
STALE = "0001-01-01"


def mark_outcomes_stale(conn: Connection, course_ids: Iterable[str]) -> None:
    """Mark outcomes for recomputation (a placeholder row where none exists yet), so that
    every course always has a row and finding stale ones is an index lookup."""
    conn.executemany(
        "INSERT INTO course_outcomes (course_id, sessions, assessments, off_track, valid_until)"
        f" VALUES (?, 0, 0, '[]', '{STALE}')"
        f" ON CONFLICT (course_id) DO UPDATE SET valid_until = '{STALE}'",
        [(course_id,) for course_id in course_ids],
    )


def stale_course_ids(conn: Connection, today: date) -> list[str]:
    """Courses whose cached outcome is marked stale or may have changed with the date."""
    rows = conn.execute(
        "SELECT course_id FROM course_outcomes WHERE valid_until <> '' AND valid_until <= ?",
        (today.isoformat(),),
    )
    return [str(r[0]) for r in rows]


def _opt_bool(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _bool(value: object) -> bool | None:
    return None if value is None else bool(value)


class SortKey(enum.StrEnum):
    CODE = "code"
    START = "start"
    LAST_SESSION = "last_session"
    SCORE = "score"
    CHANGE = "change"


@dataclass(frozen=True, slots=True)
class CourseQuery:
    track: Track | None = None
    statuses: tuple[CourseStatus, ...] = ()
    worker_id: str | None = None
    district: str | None = None
    #: Part of the participant's code.
    search: str | None = None
    off_track_only: bool = False
    #: Courses active at some time in [active_from, active_to] (for periods and reports).
    active_from: date | None = None
    active_to: date | None = None
    #: Only courses without a session since a day given per track: (track, the last such
    #: local day, the first UTC instant after it). A course's day is its last session's
    #: local date, or its start date when it has no session.
    quiet_until: tuple[tuple[Track, date, datetime], ...] = ()
    #: Just this course.
    course_id: str | None = None
    sort: SortKey = SortKey.CODE
    descending: bool = False
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class CourseSummary:
    id: str
    participant_id: str
    participant_code: str
    participant_kind: str
    district: str | None
    track: Track
    worker_id: str
    worker_name: str
    start: date
    status: CourseStatus
    end: date | None
    sessions: int
    last_session_utc: str | None
    current_score: float | None
    overall_change: float | None
    overall_class: str | None
    progression: bool | None
    self_reported_progression: bool | None
    off_track: tuple[dict[str, Any], ...] = field(default=())

    @property
    def is_off_track(self) -> bool:
        return bool(self.off_track)


_SORT_SQL = {
    SortKey.CODE: "p.code",
    SortKey.START: "c.start_date",
    SortKey.LAST_SESSION: "o.last_session_utc",
    SortKey.SCORE: "o.current_score",
    SortKey.CHANGE: "o.overall_change",
}


def course_summaries(conn: Connection, query: CourseQuery) -> list[CourseSummary]:
    clauses, params = _where(query)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    order = _SORT_SQL[query.sort] + (" DESC" if query.descending else "")
    sql = (
        "SELECT c.id, c.participant_id, p.code, p.kind, p.district, c.track, c.worker_id,"
        " w.name, c.start_date, c.status, c.end_date, o.sessions, o.last_session_utc,"
        " o.current_score, o.overall_change, o.overall_class, o.progression,"
        " o.self_reported_progression, o.off_track"
        " FROM courses c"
        " JOIN participants p ON p.id = c.participant_id"
        " JOIN workers w ON w.id = c.worker_id"
        " LEFT JOIN course_outcomes o ON o.course_id = c.id"
        f"{where} ORDER BY {order}, c.id"
    )
    if query.limit is not None:
        sql += " LIMIT ?"
        params.append(query.limit)
    return [_summary(r) for r in conn.execute(sql, params)]


def _where(query: CourseQuery) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if query.course_id is not None:
        clauses.append("c.id = ?")
        params.append(query.course_id)
    if query.track is not None:
        clauses.append("c.track = ?")
        params.append(query.track.value)
    if query.statuses:
        clauses.append(f"c.status IN ({','.join('?' * len(query.statuses))})")
        params.extend(s.value for s in query.statuses)
    if query.worker_id is not None:
        clauses.append("c.worker_id = ?")
        params.append(query.worker_id)
    if query.district is not None:
        clauses.append("p.district = ?")
        params.append(query.district)
    if query.search:
        clauses.append("p.code LIKE ? ESCAPE '\\'")
        escaped = query.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    if query.off_track_only:
        clauses.append("o.off_track IS NOT NULL AND o.off_track <> '[]'")
    if query.quiet_until:
        parts = []
        for track, day, after in query.quiet_until:
            parts.append(
                "(c.track = ? AND CASE WHEN o.last_session_utc IS NULL THEN c.start_date <= ?"
                " ELSE o.last_session_utc < ? END)"
            )
            params.extend((track.value, day.isoformat(), dt_to_text(after)))
        clauses.append(f"({' OR '.join(parts)})")
    if query.active_to is not None:
        clauses.append("c.start_date <= ?")
        params.append(query.active_to.isoformat())
    if query.active_from is not None:
        clauses.append("(c.end_date IS NULL OR c.end_date >= ?)")
        params.append(query.active_from.isoformat())
    return clauses, params


def _summary(r: Sequence[Any]) -> CourseSummary:
    return CourseSummary(
        id=str(r[0]),
        participant_id=str(r[1]),
        participant_code=str(r[2]),
        participant_kind=str(r[3]),
        district=r[4],
        track=Track(r[5]),
        worker_id=str(r[6]),
        worker_name=str(r[7]),
        start=date_from_text(str(r[8])),
        status=CourseStatus(r[9]),
        end=opt_date(r[10]),
        sessions=int(r[11] or 0),
        last_session_utc=r[12],
        current_score=r[13],
        overall_change=r[14],
        overall_class=r[15],
        progression=_bool(r[16]),
        self_reported_progression=_bool(r[17]),
        off_track=tuple(json.loads(r[18])) if r[18] else (),
    )


def outcome_groups(conn: Connection, query: CourseQuery) -> list[tuple[Any, ...]]:
    """(overall_class, progression, self_reported_progression, count) over the selected
    courses: the KPIs counted by the database."""
    clauses, params = _where(query)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    join = " JOIN participants p ON p.id = c.participant_id" if _needs_participants(query) else ""
    return conn.execute(
        "SELECT o.overall_class, o.progression, o.self_reported_progression, count(*)"
        f" FROM courses c{join} LEFT JOIN course_outcomes o ON o.course_id = c.id{where}"
        " GROUP BY 1, 2, 3",
        params,
    ).fetchall()


def _needs_participants(query: CourseQuery) -> bool:
    return query.district is not None or bool(query.search)
