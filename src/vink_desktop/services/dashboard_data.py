"""What the success-criteria dashboard needs beyond :func:`success_criteria.compute_criteria`:
the choices of its filters, and the records behind a figure (the drill-down), by pseudonym
code and date. No Qt.

The drill-down lists exactly the ids :class:`CriterionResult.records` holds for the year,
each with the part of the figure it is in (``RecordGroup.key``). For one quarter it keeps
the records the quarter's figure counts, by the rules of ``docs/success-criteria.md``:

* outreach: held in the quarter;
* progression: open on a day of the quarter (started on or before its last day, not ended
  before its first), and assessable;
* good service: closed in the quarter, with an answer;
* reports of concern: received in the quarter (the 24-hour share leaves out the pending).

Pseudonyms are shown here because the office may see them; the yearly report never has
them (``services/yearly_report.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from vink_desktop.domain.model import CourseStatus, Track
from vink_desktop.domain.office import Audience, OutreachKind, ReactionStatus
from vink_desktop.domain.success_criteria import RecordKind
from vink_desktop.services import courses
from vink_desktop.services.context import Context
from vink_desktop.services.success_criteria import (
    CriteriaFilter,
    CriteriaTable,
    CriterionResult,
)
from vink_desktop.storage import office_store, repositories
from vink_desktop.storage.course_queries import CourseQuery
from vink_desktop.storage.office_store import Period, Scope

#: Parts of a figure that its quarters count (the others are shown apart for the year).
QUARTER_PARTS: dict[str, tuple[str, ...]] = {
    "with_progression": ("with_progression", "without_progression"),
    "good": ("good", "not_good"),
    ReactionStatus.WITHIN_LIMIT.value: (
        ReactionStatus.WITHIN_LIMIT.value,
        ReactionStatus.LATE.value,
        ReactionStatus.OVERDUE.value,
    ),
    "evaluated": ("evaluated",),
    "counted": ("counted",),
}


# -- filter choices -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FilterChoices:
    #: Newest first; always holds the current year.
    years: tuple[int, ...]
    #: (id, name), by name.
    workers: tuple[tuple[str, str], ...]
    districts: tuple[str, ...]


def filter_choices(ctx: Context) -> FilterChoices:
    """The years with records (up to this year), the workers and the districts in the vault."""
    conn = ctx.vault.conn
    this_year = ctx.clock.today().year
    years = {this_year}
    districts: set[str] = set()
    for course in office_store.course_facts(conn):
        years.add(int(course.start[:4]))
        if course.end is not None:
            years.add(int(course.end[:4]))
        if course.district:
            districts.add(course.district)
    for concern in office_store.concern_facts(conn):
        years.add(concern.received_day.year)
        if concern.district:
            districts.add(concern.district)
    for activity in office_store.list_activities(conn):
        years.add(activity.held_on.year)
        if activity.district:
            districts.add(activity.district)
    workers = sorted(
        ((w.id, w.name) for w in repositories.list_workers(conn)),
        key=lambda pair: (pair[1].casefold(), pair[0]),
    )
    shown = sorted((y for y in years if y <= this_year), reverse=True)
    return FilterChoices(tuple(shown), tuple(workers), tuple(sorted(districts, key=str.casefold)))


# -- the records behind a figure ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CourseRecord:
    id: str
    #: The part of the figure (``RecordGroup.key``): with_progression, good, …
    part: str
    code: str
    track: Track
    worker_name: str
    district: str | None
    start: date
    end: date | None
    status: CourseStatus
    progression: bool | None
    self_reported: bool | None
    #: (ssp, vink, dka) answers of the service evaluation, when it has one.
    evaluation: tuple[str, str, str] | None


@dataclass(frozen=True, slots=True)
class ConcernRecord:
    id: str
    part: str
    #: The participant's code, or the new pseudonym the report was made under.
    code: str
    received: datetime
    reaction: datetime | None
    status: ReactionStatus
    source: str
    outcome: str | None
    worker_name: str
    district: str | None


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    id: str
    part: str
    held_on: date
    kind: OutreachKind
    audience: Audience
    head_count: int
    respondents: int | None
    positive: int | None
    worker_name: str
    district: str | None


DrillRecord = CourseRecord | ConcernRecord | ActivityRecord


@dataclass(frozen=True, slots=True)
class DrillDown:
    criterion_id: str
    entity: RecordKind
    year: int
    #: 1–4 for one quarter's figure; None for the year's.
    quarter: int | None
    #: (part, count) in the order the criterion's groups come.
    parts: tuple[tuple[str, int], ...]
    records: tuple[DrillRecord, ...]

    def ids(self, part: str | None = None) -> set[str]:
        return {r.id for r in self.records if part is None or r.part == part}


def records_behind(
    ctx: Context, table: CriteriaTable, criterion_id: str, *, quarter: int | None = None
) -> DrillDown:
    """The records behind one row of ``table`` (its year, or one quarter of it)."""
    result = table.row(criterion_id)
    entity = RecordKind(result.criterion.records)
    selection = table.filter
    part_of = {i: g.key for g in result.records for i in g.ids}
    order = [g.key for g in result.records]
    if quarter is not None:
        counted = _quarter_parts(result)
        order = [key for key in order if key in counted]
        part_of = {i: key for i, key in part_of.items() if key in counted}
    loaded: list[DrillRecord]
    if entity is RecordKind.COURSE:
        loaded = list(_courses(ctx, selection, result, part_of))
    elif entity is RecordKind.CONCERN:
        loaded = list(_concerns(ctx, selection, part_of))
    else:
        loaded = list(_activities(ctx, selection, part_of))
    if quarter is not None:
        period = selection.quarter(quarter)
        loaded = [r for r in loaded if _in_quarter(r, result, period)]
    rank = {key: index for index, key in enumerate(order)}
    loaded.sort(key=lambda r: (rank.get(r.part, len(rank)), _day(r), r.id))
    counts = {key: 0 for key in order}
    for record in loaded:
        counts[record.part] = counts.get(record.part, 0) + 1
    return DrillDown(
        criterion_id=criterion_id,
        entity=entity,
        year=selection.year,
        quarter=quarter,
        parts=tuple(counts.items()),
        records=tuple(loaded),
    )


def _quarter_parts(result: CriterionResult) -> tuple[str, ...]:
    for key, parts in QUARTER_PARTS.items():
        if any(g.key == key for g in result.records):
            return parts
    return tuple(g.key for g in result.records)


def _day(record: DrillRecord) -> date:
    if isinstance(record, CourseRecord):
        return record.end if record.part in ("good", "not_good") and record.end else record.start
    if isinstance(record, ConcernRecord):
        return record.received.date()
    return record.held_on


def _in_quarter(record: DrillRecord, result: CriterionResult, period: Period) -> bool:
    assert period.start is not None and period.end is not None
    if isinstance(record, CourseRecord):
        if result.criterion.track is None:  # good service: by the day the course closed
            return record.end is not None and period.start <= record.end <= period.end
        return record.start <= period.end and (record.end is None or record.end >= period.start)
    return period.start <= _day(record) <= period.end


def _year(selection: CriteriaFilter) -> Period:
    return Period(date(selection.year, 1, 1), date(selection.year, 12, 31))


def _worker_names(ctx: Context) -> dict[str, str]:
    return {w.id: w.name for w in repositories.list_workers(ctx.vault.conn)}


def _courses(
    ctx: Context, selection: CriteriaFilter, result: CriterionResult, part_of: dict[str, str]
) -> Iterable[CourseRecord]:
    if not part_of:
        return []
    year = _year(selection)
    query = CourseQuery(
        track=result.criterion.track or selection.track,
        worker_id=selection.worker_id,
        district=selection.district,
        active_from=year.start,
        active_to=year.end,
    )
    evaluations: dict[str, tuple[str, str, str]] = {}
    if result.criterion.track is None:
        evaluations = {
            e.course_id: (e.ssp.value, e.vink.value, e.dka.value)
            for e in office_store.list_evaluations(ctx.vault.conn)
        }
    return [
        CourseRecord(
            id=row.id,
            part=part_of[row.id],
            code=row.participant_code,
            track=row.track,
            worker_name=row.worker_name,
            district=row.district,
            start=row.start,
            end=row.end,
            status=row.status,
            progression=row.progression,
            self_reported=row.self_reported_progression,
            evaluation=evaluations.get(row.id),
        )
        for row in courses.list_courses(ctx, query)
        if row.id in part_of
    ]


def _concerns(
    ctx: Context, selection: CriteriaFilter, part_of: dict[str, str]
) -> Iterable[ConcernRecord]:
    if not part_of:
        return []
    conn = ctx.vault.conn
    reports = office_store.list_concern_reports(
        conn, _year(selection), Scope(selection.worker_id, selection.district)
    )
    chosen = [r for r in reports if r.id in part_of]
    codes = _participant_codes(ctx, [r.participant_id for r in chosen if r.participant_id])
    names = _worker_names(ctx)
    now = ctx.clock.now()
    return [
        ConcernRecord(
            id=r.id,
            part=part_of[r.id],
            code=(codes.get(r.participant_id, "") if r.participant_id else r.subject_code) or "",
            received=r.received.wall,
            reaction=None if r.reaction is None else r.reaction.wall,
            status=r.status(now),
            source=r.source.value,
            outcome=None if r.outcome is None else r.outcome.value,
            worker_name=names.get(r.worker_id, r.worker_id),
            district=r.district,
        )
        for r in chosen
    ]


def _participant_codes(ctx: Context, ids: Sequence[str]) -> dict[str, str]:
    conn = ctx.vault.conn
    wanted = set(ids)
    if len(wanted) > 200:  # one scan beats hundreds of look-ups
        return {p.id: p.code for p in repositories.list_participants(conn) if p.id in wanted}
    codes: dict[str, str] = {}
    for participant_id in wanted:
        found = repositories.get_participant(conn, participant_id)
        if found is not None:
            codes[participant_id] = found.code
    return codes


def _activities(
    ctx: Context, selection: CriteriaFilter, part_of: dict[str, str]
) -> Iterable[ActivityRecord]:
    if not part_of:
        return []
    activities = office_store.list_activities(
        ctx.vault.conn, _year(selection), Scope(selection.worker_id, selection.district)
    )
    names = _worker_names(ctx)
    return [
        ActivityRecord(
            id=a.id,
            part=part_of[a.id],
            held_on=a.held_on,
            kind=a.kind,
            audience=a.audience,
            head_count=a.head_count,
            respondents=a.respondents,
            positive=a.positive_answers,
            worker_name=names.get(a.worker_id, a.worker_id),
            district=a.district,
        )
        for a in activities
        if a.id in part_of
    ]
