"""All SQL of the office records: reports of concern, outreach activities, service
evaluations, and the narrow reads the success criteria and the follow-up list make.

Domain objects in, domain objects out, like ``repositories.py``; the criteria read plain
rows (no objects) because they run over a year of records on every filter change.
Inserts and updates are change-logged by the schema's triggers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from vink_desktop.domain.model import LocalTime
from vink_desktop.domain.office import (
    Audience,
    ConcernOutcome,
    ConcernSource,
    OutreachActivity,
    OutreachKind,
    ReportOfConcern,
    ServiceAnswer,
    ServiceEvaluation,
)
from vink_desktop.storage.codec import (
    date_from_text,
    date_to_text,
    dt_from_text,
    dt_to_text,
    updated_at_text,
    wall_from_text,
    wall_to_text,
)
from vink_desktop.storage.database import Connection
from vink_desktop.storage.office_schema import OFFICE_ENTITIES

Row = Sequence[Any]


@dataclass(frozen=True, slots=True)
class Period:
    """Records of the days ``start``..``end`` (both included); None is open-ended."""

    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Scope:
    """Who and where: None means everyone / everywhere."""

    worker_id: str | None = None
    district: str | None = None


def _wall_bounds(period: Period) -> tuple[str, str]:
    low = "" if period.start is None else period.start.isoformat()
    # Wall times are 'YYYY-MM-DDTHH:MM:SS'; every time on the end day sorts below 'YYYY-MM-DDU'.
    high = "9999" if period.end is None else period.end.isoformat() + "U"
    return low, high


def _day_bounds(period: Period) -> tuple[str, str]:
    low = "" if period.start is None else period.start.isoformat()
    high = "9999" if period.end is None else period.end.isoformat()
    return low, high


def _scope_sql(scope: Scope, worker: str, district: str) -> tuple[str, list[object]]:
    """SQL conditions (each starting with AND) and parameters for ``scope``."""
    clauses: list[str] = []
    params: list[object] = []
    if scope.worker_id is not None:
        clauses.append(f"{worker} = ?")
        params.append(scope.worker_id)
    if scope.district is not None:
        clauses.append(f"{district} = ?")
        params.append(scope.district)
    return "".join(f" AND {c}" for c in clauses), params


# -- reports of concern --------------------------------------------------------------------

_CONCERN_COLUMNS = (
    "id, received_utc, received_wall, zone, source, participant_id, subject_code, district,"
    " worker_id, reaction_utc, reaction_wall, reacted_by, outcome, revision, updated_at"
)


def put_concern_report(conn: Connection, r: ReportOfConcern) -> None:
    conn.execute(
        f"INSERT INTO concern_reports ({_CONCERN_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET received_utc = excluded.received_utc,"
        " received_wall = excluded.received_wall, zone = excluded.zone,"
        " source = excluded.source, participant_id = excluded.participant_id,"
        " subject_code = excluded.subject_code, district = excluded.district,"
        " worker_id = excluded.worker_id, reaction_utc = excluded.reaction_utc,"
        " reaction_wall = excluded.reaction_wall, reacted_by = excluded.reacted_by,"
        " outcome = excluded.outcome, revision = excluded.revision,"
        " updated_at = excluded.updated_at",
        concern_row(r),
    )


def put_concern_rows(conn: Connection, rows: Sequence[Sequence[object]]) -> None:
    """Many reports already in the shape of :func:`concern_row` (the demo generator)."""
    conn.executemany(
        f"INSERT INTO concern_reports ({_CONCERN_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def concern_row(r: ReportOfConcern) -> tuple[object, ...]:
    reaction = r.reaction
    return (
        r.id,
        dt_to_text(r.received.utc),
        wall_to_text(r.received.wall),
        r.received.zone,
        r.source.value,
        r.participant_id,
        r.subject_code,
        r.district,
        r.worker_id,
        None if reaction is None else dt_to_text(reaction.utc),
        None if reaction is None else wall_to_text(reaction.wall),
        r.reacted_by,
        None if r.outcome is None else r.outcome.value,
        r.revision,
        updated_at_text(r.updated_at),
    )


def _concern(r: Row) -> ReportOfConcern:
    zone = str(r[3])
    reaction = None
    if r[9] is not None:
        reaction = LocalTime(dt_from_text(str(r[9])), wall_from_text(str(r[10])), zone)
    return ReportOfConcern(
        id=str(r[0]),
        received=LocalTime(dt_from_text(str(r[1])), wall_from_text(str(r[2])), zone),
        source=ConcernSource(r[4]),
        participant_id=r[5],
        subject_code=r[6],
        district=r[7],
        worker_id=str(r[8]),
        reaction=reaction,
        reacted_by=r[11],
        outcome=None if r[12] is None else ConcernOutcome(r[12]),
        revision=int(r[13]),
        updated_at=dt_from_text(str(r[14])),
    )


def get_concern_report(conn: Connection, report_id: str) -> ReportOfConcern | None:
    row = conn.execute(
        f"SELECT {_CONCERN_COLUMNS} FROM concern_reports WHERE id = ?", (report_id,)
    ).fetchone()
    return None if row is None else _concern(row)


def list_concern_reports(
    conn: Connection,
    period: Period = Period(),
    scope: Scope = Scope(),
    *,
    unreacted_only: bool = False,
    limit: int | None = None,
) -> list[ReportOfConcern]:
    """Reports received on the days of ``period`` (Copenhagen wall date), newest first."""
    low, high = _wall_bounds(period)
    extra, params = _scope_sql(scope, "worker_id", "district")
    if unreacted_only:
        extra += " AND reaction_utc IS NULL"
    sql = (
        f"SELECT {_CONCERN_COLUMNS} FROM concern_reports"
        f" WHERE received_wall >= ? AND received_wall < ?{extra}"
        " ORDER BY received_utc DESC, id"
    )
    all_params: list[object] = [low, high, *params]
    if limit is not None:
        sql += " LIMIT ?"
        all_params.append(limit)
    return [_concern(r) for r in conn.execute(sql, all_params)]


def unreacted_concern_reports(conn: Connection) -> list[ReportOfConcern]:
    """Every report still waiting for its first reaction, oldest first (partial index)."""
    rows = conn.execute(
        f"SELECT {_CONCERN_COLUMNS} FROM concern_reports WHERE reaction_utc IS NULL"
        " ORDER BY received_utc, id"
    )
    return [_concern(r) for r in rows]


@dataclass(frozen=True, slots=True)
class ConcernFact:
    """What the criteria need of one report: no subject, nothing else."""

    id: str
    received_utc: datetime
    #: The Copenhagen date it was received (from the wall time as entered).
    received_day: date
    reaction_utc: datetime | None
    worker_id: str
    district: str | None


def concern_facts(conn: Connection) -> list[ConcernFact]:
    """Every report, as :class:`ConcernFact` (the criteria filter them in memory)."""
    rows = conn.execute(
        "SELECT id, received_utc, substr(received_wall, 1, 10), reaction_utc, worker_id,"
        " district FROM concern_reports"
    )
    return [
        ConcernFact(
            str(r[0]),
            dt_from_text(str(r[1])),
            date_from_text(str(r[2])),
            None if r[3] is None else dt_from_text(str(r[3])),
            str(r[4]),
            r[5],
        )
        for r in rows
    ]


def concern_breakdown(conn: Connection, period: Period, column: str) -> dict[str, int]:
    """Reports of the period counted by ``source`` or ``outcome`` (None -> 'none')."""
    if column not in ("source", "outcome"):
        raise ValueError(column)
    low, high = _wall_bounds(period)
    rows = conn.execute(
        f"SELECT coalesce({column}, 'none'), count(*) FROM concern_reports"
        f" WHERE received_wall >= ? AND received_wall < ? GROUP BY 1",
        (low, high),
    )
    return {str(r[0]): int(r[1]) for r in rows}


# -- outreach activities -------------------------------------------------------------------

_ACTIVITY_COLUMNS = (
    "id, held_on, kind, audience, head_count, worker_id, district, respondents, able_to_help,"
    " dialogue_gives_options, revision, updated_at"
)


def activity_row(a: OutreachActivity) -> tuple[object, ...]:
    return (
        a.id,
        date_to_text(a.held_on),
        a.kind.value,
        a.audience.value,
        a.head_count,
        a.worker_id,
        a.district,
        a.respondents,
        a.able_to_help,
        a.dialogue_gives_options,
        a.revision,
        updated_at_text(a.updated_at),
    )


def put_activity(conn: Connection, a: OutreachActivity) -> None:
    conn.execute(
        f"INSERT INTO outreach_activities ({_ACTIVITY_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET held_on = excluded.held_on, kind = excluded.kind,"
        " audience = excluded.audience, head_count = excluded.head_count,"
        " worker_id = excluded.worker_id, district = excluded.district,"
        " respondents = excluded.respondents, able_to_help = excluded.able_to_help,"
        " dialogue_gives_options = excluded.dialogue_gives_options,"
        " revision = excluded.revision, updated_at = excluded.updated_at",
        activity_row(a),
    )


def put_activity_rows(conn: Connection, rows: Sequence[Sequence[object]]) -> None:
    conn.executemany(
        f"INSERT INTO outreach_activities ({_ACTIVITY_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _activity(r: Row) -> OutreachActivity:
    return OutreachActivity(
        id=str(r[0]),
        held_on=date_from_text(str(r[1])),
        kind=OutreachKind(r[2]),
        audience=Audience(r[3]),
        head_count=int(r[4]),
        worker_id=str(r[5]),
        district=r[6],
        respondents=None if r[7] is None else int(r[7]),
        able_to_help=None if r[8] is None else int(r[8]),
        dialogue_gives_options=None if r[9] is None else int(r[9]),
        revision=int(r[10]),
        updated_at=dt_from_text(str(r[11])),
    )


def list_activities(
    conn: Connection, period: Period = Period(), scope: Scope = Scope()
) -> list[OutreachActivity]:
    """Activities held on the days of ``period``, in date order."""
    low, high = _day_bounds(period)
    extra, params = _scope_sql(scope, "worker_id", "district")
    rows = conn.execute(
        f"SELECT {_ACTIVITY_COLUMNS} FROM outreach_activities"
        f" WHERE held_on >= ? AND held_on <= ?{extra} ORDER BY held_on, id",
        [low, high, *params],
    )
    return [_activity(r) for r in rows]


# -- service evaluations -------------------------------------------------------------------

_EVALUATION_COLUMNS = "id, course_id, evaluated_on, ssp, vink, dka, revision, updated_at"


def evaluation_row(e: ServiceEvaluation) -> tuple[object, ...]:
    return (
        e.id,
        e.course_id,
        date_to_text(e.evaluated_on),
        e.ssp.value,
        e.vink.value,
        e.dka.value,
        e.revision,
        updated_at_text(e.updated_at),
    )


def put_evaluation(conn: Connection, e: ServiceEvaluation) -> None:
    conn.execute(
        f"INSERT INTO service_evaluations ({_EVALUATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id,"
        " evaluated_on = excluded.evaluated_on, ssp = excluded.ssp, vink = excluded.vink,"
        " dka = excluded.dka, revision = excluded.revision, updated_at = excluded.updated_at",
        evaluation_row(e),
    )


def put_evaluation_rows(conn: Connection, rows: Sequence[Sequence[object]]) -> None:
    conn.executemany(
        f"INSERT INTO service_evaluations ({_EVALUATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _evaluation(r: Row) -> ServiceEvaluation:
    return ServiceEvaluation(
        id=str(r[0]),
        course_id=str(r[1]),
        evaluated_on=date_from_text(str(r[2])),
        ssp=ServiceAnswer(r[3]),
        vink=ServiceAnswer(r[4]),
        dka=ServiceAnswer(r[5]),
        revision=int(r[6]),
        updated_at=dt_from_text(str(r[7])),
    )


def evaluation_of_course(conn: Connection, course_id: str) -> ServiceEvaluation | None:
    row = conn.execute(
        f"SELECT {_EVALUATION_COLUMNS} FROM service_evaluations WHERE course_id = ?",
        (course_id,),
    ).fetchone()
    return None if row is None else _evaluation(row)


def list_evaluations(conn: Connection) -> list[ServiceEvaluation]:
    rows = conn.execute(
        f"SELECT {_EVALUATION_COLUMNS} FROM service_evaluations ORDER BY evaluated_on, id"
    )
    return [_evaluation(r) for r in rows]


@dataclass(frozen=True, slots=True)
class CourseFact:
    """What the criteria need of one course: its selection keys, its cached outcome and
    its service evaluation (answers as stored text). Dates are ISO text, which sorts as the
    dates do."""

    id: str
    track: str
    worker_id: str
    district: str | None
    start: str
    end: str | None
    closed: bool
    #: From the outcome cache; None when not assessable (or not yet cached).
    progression: bool | None
    self_reported: bool | None
    #: (ssp, vink, dka) answers, or None when the course has no service evaluation.
    evaluation: tuple[str, str, str] | None


def course_facts(conn: Connection) -> list[CourseFact]:
    """Every course with its outcome and evaluation: one scan, filtered in memory by the
    criteria (so a filter change reads nothing again)."""
    rows = conn.execute(
        "SELECT c.id, c.track, c.worker_id, p.district, c.start_date, c.end_date, c.status,"
        " o.progression, o.overall_class, o.self_reported_progression, e.ssp, e.vink, e.dka"
        " FROM courses c JOIN participants p ON p.id = c.participant_id"
        " LEFT JOIN course_outcomes o ON o.course_id = c.id"
        " LEFT JOIN service_evaluations e ON e.course_id = c.id"
    )
    return [
        CourseFact(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6] == "closed",
            None if r[7] is None or r[8] is None else bool(r[7]),
            None if r[9] is None else bool(r[9]),
            None if r[10] is None else (r[10], r[11], r[12]),
        )
        for r in rows
    ]


def data_version(conn: Connection) -> tuple[int, int]:
    """Changes whenever a record may have changed: the newest change-log entry (every
    insert, update and delete of a record writes one, whichever connection made it) and
    this connection's count of changed rows (which also sees the outcome cache)."""
    row = conn.execute("SELECT max(seq), total_changes() FROM change_log").fetchone()
    return int(row[0] or 0), int(row[1])


# -- whole tables --------------------------------------------------------------------------


def list_all_concern_reports(conn: Connection) -> list[ReportOfConcern]:
    rows = conn.execute(f"SELECT {_CONCERN_COLUMNS} FROM concern_reports ORDER BY received_utc, id")
    return [_concern(r) for r in rows]


def revisions(conn: Connection) -> dict[tuple[str, str], int]:
    """(entity, id) -> revision for every office record the vault holds."""
    known: dict[tuple[str, str], int] = {}
    for table, entity in OFFICE_ENTITIES.items():
        for record_id, revision in conn.execute(f"SELECT id, revision FROM {table}"):
            known[(entity, str(record_id))] = int(revision)
    return known


def count_rows(conn: Connection, table: str) -> int:
    """A plain count of one office table (and the two course tables; the benchmark's
    baseline)."""
    if table not in {*OFFICE_ENTITIES, "courses", "course_outcomes", "sessions"}:
        raise ValueError(table)
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def table_exists(conn: Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None
