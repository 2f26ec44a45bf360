"""Every success criterion as one row — target, value, denominator, Wilson 95 % interval,
met or not, the figure per quarter, and the ids of the records behind it — for a year and
optional track, worker and district. The dashboard, the CLI's ``criteria`` and the yearly
report all read :func:`compute_criteria`; the two progression rows come from
:func:`kpi_service.programme_kpis`, the one function behind every progression figure.

How each figure is computed is written for a supervisor in ``docs/success-criteria.md``.

Speed: the records the criteria count (every course with its cached outcome and service
evaluation, every report of concern, every outreach activity) are read in one pass and
kept for as long as the data has not changed (:func:`office_store.data_version` and the
date), so a filter change only filters in memory and asks the KPI service for the year's
progression figures. The quarters and the ids behind the progression figures apply the
KPI service's selection rule to the same cached outcomes; if their count ever differs
from the KPI service's (a write in between), everything is read again.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from vink_desktop.domain.kpi import KpiFigures, ShareFigure
from vink_desktop.domain.model import Track
from vink_desktop.domain.office import (
    OutreachActivity,
    ReactionStatus,
    status_at,
)
from vink_desktop.domain.success_criteria import CRITERIA, Criterion, Measure, RecordKind
from vink_desktop.services import kpi_service
from vink_desktop.services.context import Context
from vink_desktop.services.events import Event, EventHub
from vink_desktop.storage import office_store
from vink_desktop.storage.office_store import ConcernFact, CourseFact, Period

QUARTERS = (1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class CriteriaFilter:
    """Which records the criteria count: one calendar year (Copenhagen dates), and
    optionally one track, one worker (id) and one district."""

    year: int
    track: Track | None = None
    worker_id: str | None = None
    district: str | None = None

    @property
    def period(self) -> Period:
        return Period(date(self.year, 1, 1), date(self.year, 12, 31))

    def quarter(self, number: int) -> Period:
        start = date(self.year, 3 * number - 2, 1)
        end = date(self.year, 12, 31) if number == 4 else date(self.year, 3 * number + 1, 1)
        if number != 4:
            end = date.fromordinal(end.toordinal() - 1)
        return Period(start, end)


@dataclass(frozen=True, slots=True)
class QuarterFigure:
    quarter: int
    #: The share (share criteria) or the count (count criteria); None when n is 0.
    value: float | None
    successes: int
    #: The denominator of a share; None for counts.
    n: int | None


@dataclass(frozen=True, slots=True)
class RecordGroup:
    """Records behind part of a figure: ``key`` names the part (``successes``,
    ``failures``, ``pending`` …), ``entity`` the kind of record the ids are of."""

    key: str
    entity: str
    ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CriterionResult:
    criterion: Criterion
    #: A share (0–1) for share criteria, a count for the others; None without data.
    value: float | None
    #: The numerator (share criteria) or the count itself.
    successes: int
    #: The denominator of a share; None for counts.
    denominator: int | None
    #: Wilson 95 % interval of a share; None for counts.
    interval: tuple[float, float] | None
    #: Whether the target is reached; None when there is nothing to judge.
    met: bool | None
    #: Whether the whole interval lies on the side of the target ``met`` says (shares).
    certain: bool | None
    quarters: tuple[QuarterFigure, ...]
    #: Further counts behind the row (pending, not_assessable, previous_year …).
    details: Mapping[str, int]
    records: tuple[RecordGroup, ...]
    #: Filters that do not apply to this criterion (e.g. the track for outreach).
    ignored_filters: tuple[str, ...] = ()
    #: Progression rows: the participant-reported figure beside the practitioner's.
    participant: ShareFigure | None = None

    @property
    def id(self) -> str:
        return self.criterion.id

    def group(self, key: str) -> RecordGroup:
        for item in self.records:
            if item.key == key:
                return item
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class CriteriaTable:
    filter: CriteriaFilter
    #: The day the figures are as of (reports of concern are judged at ``ctx.clock.now()``).
    as_of: date
    rows: tuple[CriterionResult, ...]

    def row(self, criterion_id: str) -> CriterionResult:
        for item in self.rows:
            if item.criterion.id == criterion_id:
                return item
        raise KeyError(criterion_id)


class RecordsChanged(RuntimeError):
    """The records changed while the criteria were computed (twice in a row)."""


def compute_criteria(ctx: Context, selection: CriteriaFilter) -> CriteriaTable:
    """Every criterion for ``selection``; a criterion of the other track is left out when
    the selection names a track."""
    for _ in range(2):
        try:
            return _compute(ctx, selection)
        except RecordsChanged:
            _cached.clear()
    return _compute(ctx, selection)


def _compute(ctx: Context, selection: CriteriaFilter) -> CriteriaTable:
    tracks = [selection.track] if selection.track is not None else list(Track)
    kpis = kpi_service.programme_kpis(
        ctx,
        period_start=selection.period.start,
        period_end=selection.period.end,
        track=selection.track,
        worker_id=selection.worker_id,
        district=selection.district,
    )  # refreshes stale course outcomes first, so the facts below are current
    facts = _facts(ctx)
    courses = [c for c in facts.courses if _course_in_scope(c, selection)]
    activities = [a for a in facts.activities if _in_scope(a.worker_id, a.district, selection)]
    year = selection.year
    rows: list[CriterionResult] = []
    for item in CRITERIA:
        if item.track is not None and item.track not in tracks:
            continue
        if item.records is RecordKind.OUTREACH:
            held = [a for a in activities if a.held_on.year == year]
            rows.append(_outreach_row(item, held, selection))
        elif item.track is not None:
            rows.append(_progression_row(item, kpis.track(item.track), courses, selection))
        elif item.id == "good_service":
            rows.append(_service_row(item, courses, selection))
        else:
            concerns = [c for c in facts.concerns if _in_scope(c.worker_id, c.district, selection)]
            if item.measure is Measure.MORE_THAN_PREVIOUS_YEAR:
                rows.append(_more_concerns_row(ctx, item, concerns, selection))
            else:
                received = [c for c in concerns if c.received_day.year == year]
                rows.append(_reaction_row(ctx, item, received, selection))
    return CriteriaTable(selection, ctx.clock.today(), tuple(rows))


# -- the records, read once per version of the data ----------------------------------------


@dataclass(frozen=True, slots=True)
class _Facts:
    courses: tuple[CourseFact, ...]
    concerns: tuple[ConcernFact, ...]
    activities: tuple[OutreachActivity, ...]


#: The facts of the open vault, with the version of the data they were read at. A filter
#: change reads nothing again; any change to a record (or the date) makes a new version,
#: and an import (records file or batches) or closing the vault forgets them outright.
_cached: dict[str, tuple[tuple[object, ...], _Facts]] = {}
#: The event hubs :func:`_forget` listens on (one subscription per hub).
_listening: weakref.WeakSet[EventHub] = weakref.WeakSet()


def _facts(ctx: Context) -> _Facts:
    conn = ctx.vault.conn
    folder = str(ctx.vault.paths.folder)
    version = (id(conn), office_store.data_version(conn), ctx.clock.today())
    cached = _cached.get(folder)
    if cached is not None and cached[0] == version:
        return cached[1]
    facts = _Facts(
        courses=tuple(office_store.course_facts(conn)),
        concerns=tuple(office_store.concern_facts(conn)),
        activities=tuple(office_store.list_activities(conn)),
    )
    if ctx.events not in _listening:
        ctx.events.subscribe(_forget)
        _listening.add(ctx.events)
    _cached.clear()
    _cached[folder] = (version, facts)
    return facts


def _forget(event: Event, data: Mapping[str, object]) -> None:
    if event in (Event.VAULT_CLOSED, Event.RECORDS_IMPORTED):
        _cached.clear()


def _in_scope(worker_id: str, district: str | None, selection: CriteriaFilter) -> bool:
    return (selection.worker_id is None or worker_id == selection.worker_id) and (
        selection.district is None or district == selection.district
    )


def _course_in_scope(course: CourseFact, selection: CriteriaFilter) -> bool:
    return (selection.track is None or course.track == selection.track.value) and _in_scope(
        course.worker_id, course.district, selection
    )


def _bounds(period: Period) -> tuple[str, str]:
    assert period.start is not None and period.end is not None
    return period.start.isoformat(), period.end.isoformat()


# -- shared helpers -------------------------------------------------------------------------


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _share_row(
    item: Criterion,
    figure: ShareFigure,
    quarters: Iterable[QuarterFigure],
    details: Mapping[str, int],
    records: Iterable[RecordGroup],
    ignored: tuple[str, ...],
    *,
    target: float | None = None,
    participant: ShareFigure | None = None,
) -> CriterionResult:
    goal = item.target if target is None else target
    met: bool | None = None
    certain: bool | None = None
    if figure.share is not None:
        met = figure.share >= goal
        low, high = figure.interval
        certain = low >= goal if met else high < goal
    return CriterionResult(
        criterion=item,
        value=figure.share,
        successes=figure.successes,
        denominator=figure.n,
        interval=figure.interval if figure.n else None,
        met=met,
        certain=certain,
        quarters=tuple(quarters),
        details=MappingProxyType(dict(details)),
        records=tuple(records),
        ignored_filters=ignored,
        participant=participant,
    )


def _share_quarters(pairs: Mapping[int, tuple[int, int]]) -> tuple[QuarterFigure, ...]:
    return tuple(
        QuarterFigure(q, s / n if n else None, s, n)
        for q in QUARTERS
        for s, n in [pairs.get(q, (0, 0))]
    )


def _ignored(selection: CriteriaFilter, *names: str) -> tuple[str, ...]:
    given = {"track": selection.track is not None}
    return tuple(name for name in names if given.get(name))


# -- outreach -------------------------------------------------------------------------------


def _outreach_row(
    item: Criterion, activities: Sequence[OutreachActivity], selection: CriteriaFilter
) -> CriterionResult:
    chosen = [a for a in activities if a.audience in item.audiences]
    ignored = _ignored(selection, "track")
    entity = RecordKind.OUTREACH.value
    if item.measure is Measure.COUNT_AT_LEAST:
        total = sum(a.head_count for a in chosen)
        by_quarter = dict.fromkeys(QUARTERS, 0)
        for a in chosen:
            by_quarter[_quarter_of(a.held_on)] += a.head_count
        return CriterionResult(
            criterion=item,
            value=float(total),
            successes=total,
            denominator=None,
            interval=None,
            met=total >= item.target,
            certain=None,
            quarters=tuple(QuarterFigure(q, float(v), v, None) for q, v in by_quarter.items()),
            details=MappingProxyType({"activities": len(chosen)}),
            records=(RecordGroup("counted", entity, tuple(a.id for a in chosen)),),
            ignored_filters=ignored,
        )
    evaluated = [a for a in chosen if a.respondents is not None]
    successes = sum(a.positive_answers or 0 for a in evaluated)
    respondents = sum(a.respondents or 0 for a in evaluated)
    pairs: dict[int, tuple[int, int]] = {}
    for a in evaluated:
        s, n = pairs.get(_quarter_of(a.held_on), (0, 0))
        pairs[_quarter_of(a.held_on)] = (s + (a.positive_answers or 0), n + (a.respondents or 0))
    return _share_row(
        item,
        ShareFigure.of(successes, respondents),
        _share_quarters(pairs),
        {
            "activities": len(chosen),
            "evaluated_activities": len(evaluated),
            "not_evaluated_activities": len(chosen) - len(evaluated),
            "head_count": sum(a.head_count for a in chosen),
        },
        (
            RecordGroup("evaluated", entity, tuple(a.id for a in evaluated)),
            RecordGroup(
                "not_evaluated", entity, tuple(a.id for a in chosen if a.respondents is None)
            ),
        ),
        ignored,
    )


# -- progression (the KPI service's figures) -----------------------------------------------


def _progression_row(
    item: Criterion,
    year: KpiFigures,
    courses: Sequence[CourseFact],
    selection: CriteriaFilter,
) -> CriterionResult:
    """The year's figure is the KPI service's. The quarters and the ids behind the figure
    apply the same rule (open on at least one day of the period: started on or before its
    last day, not ended before its first; ISO dates compare as text) to the same cached
    outcomes."""
    track = item.track.value if item.track is not None else ""
    first, last = _bounds(selection.period)
    quarter_bounds = [_bounds(selection.quarter(q)) for q in QUARTERS]
    groups: dict[str, list[str]] = {"with_progression": [], "without_progression": [],
                                    "not_assessable": []}  # fmt: skip
    counts = [[0, 0] for _ in QUARTERS]  # per quarter: with progression, assessable
    courses_in_year = 0
    for c in courses:  # one pass: the year's groups and the quarters' counts
        if c.track != track or c.start > last or (c.end is not None and c.end < first):
            continue
        courses_in_year += 1
        if c.progression is None:
            groups["not_assessable"].append(c.id)
            continue
        groups["with_progression" if c.progression else "without_progression"].append(c.id)
        for index, (q_first, q_last) in enumerate(quarter_bounds):
            if c.start <= q_last and (c.end is None or c.end >= q_first):
                counts[index][0] += c.progression
                counts[index][1] += 1
    with_progression = len(groups["with_progression"])
    if (with_progression, courses_in_year) != (year.with_progression, year.courses):
        # The facts were read from the same cache a moment later; a difference means a
        # write in between. Never show two different numbers for one figure.
        raise RecordsChanged("the records changed while the criteria were computed")
    quarters = [ShareFigure.of(s, n) for s, n in counts]
    entity = RecordKind.COURSE.value
    return _share_row(
        item,
        year.practitioner,
        (
            QuarterFigure(q, f.share, f.successes, f.n)
            for q, f in zip(QUARTERS, quarters, strict=True)
        ),
        {
            "courses": year.courses,
            "assessable": year.assessable,
            "not_assessable": year.not_assessable,
        },
        tuple(RecordGroup(key, entity, tuple(ids)) for key, ids in groups.items()),
        (),
        target=year.target,
        participant=year.participant,
    )


# -- service --------------------------------------------------------------------------------


def _service_row(
    item: Criterion, courses: Sequence[CourseFact], selection: CriteriaFilter
) -> CriterionResult:
    year = str(selection.year)
    closed = [c for c in courses if c.closed and c.end is not None and c.end[:4] == year]
    groups: dict[str, list[str]] = {"good": [], "not_good": [], "not_answered": [],
                                    "not_evaluated": []}  # fmt: skip
    pairs: dict[int, tuple[int, int]] = {}
    for course in closed:
        if course.evaluation is None:
            groups["not_evaluated"].append(course.id)
            continue
        given = [a for a in course.evaluation if a != "not_answered"]
        if not given:
            groups["not_answered"].append(course.id)
            continue
        good = "no" not in given
        groups["good" if good else "not_good"].append(course.id)
        quarter = (int(course.end[5:7]) - 1) // 3 + 1 if course.end else 1
        s, n = pairs.get(quarter, (0, 0))
        pairs[quarter] = (s + int(good), n + 1)
    good_n, bad_n = len(groups["good"]), len(groups["not_good"])
    entity = RecordKind.COURSE.value
    return _share_row(
        item,
        ShareFigure.of(good_n, good_n + bad_n),
        _share_quarters(pairs),
        {
            "closed_courses": len(closed),
            "evaluated": len(closed) - len(groups["not_evaluated"]),
            "not_evaluated": len(groups["not_evaluated"]),
            "not_answered": len(groups["not_answered"]),
        },
        tuple(RecordGroup(key, entity, tuple(ids)) for key, ids in groups.items()),
        (),
    )


# -- reports of concern ---------------------------------------------------------------------


def _reaction_row(
    ctx: Context, item: Criterion, concerns: Sequence[ConcernFact], selection: CriteriaFilter
) -> CriterionResult:
    now = ctx.clock.now()
    groups: dict[ReactionStatus, list[str]] = {status: [] for status in ReactionStatus}
    pairs: dict[int, tuple[int, int]] = {}
    for fact in concerns:
        status = status_at(fact.received_utc, fact.reaction_utc, now)
        groups[status].append(fact.id)
        if status is ReactionStatus.PENDING:
            continue
        quarter = _quarter_of(fact.received_day)
        s, n = pairs.get(quarter, (0, 0))
        pairs[quarter] = (s + int(status is ReactionStatus.WITHIN_LIMIT), n + 1)
    within = len(groups[ReactionStatus.WITHIN_LIMIT])
    judged = within + len(groups[ReactionStatus.LATE]) + len(groups[ReactionStatus.OVERDUE])
    entity = RecordKind.CONCERN.value
    return _share_row(
        item,
        ShareFigure.of(within, judged),
        _share_quarters(pairs),
        {
            "received": len(concerns),
            "within_24h": within,
            "late": len(groups[ReactionStatus.LATE]),
            "overdue": len(groups[ReactionStatus.OVERDUE]),
            "pending": len(groups[ReactionStatus.PENDING]),
        },
        tuple(RecordGroup(status.value, entity, tuple(ids)) for status, ids in groups.items()),
        _ignored(selection, "track"),
    )


def _more_concerns_row(
    ctx: Context, item: Criterion, concerns: Sequence[ConcernFact], selection: CriteriaFilter
) -> CriterionResult:
    """``concerns``: every report in scope, of any year."""
    before = _previous_period(selection.year, ctx.clock.today())
    assert before.start is not None and before.end is not None
    previous = sum(1 for f in concerns if before.start <= f.received_day <= before.end)
    this_year = [f for f in concerns if f.received_day.year == selection.year]
    by_quarter = dict.fromkeys(QUARTERS, 0)
    for fact in this_year:
        by_quarter[_quarter_of(fact.received_day)] += 1
    count = len(this_year)
    return CriterionResult(
        criterion=item,
        value=float(count),
        successes=count,
        denominator=None,
        interval=None,
        # Nothing recorded the year before: there is nothing to compare with.
        met=None if previous == 0 else count > previous,
        certain=None,
        quarters=tuple(QuarterFigure(q, float(v), v, None) for q, v in by_quarter.items()),
        details=MappingProxyType({"previous_year": previous}),
        records=(RecordGroup("counted", RecordKind.CONCERN.value, tuple(f.id for f in this_year)),),
        ignored_filters=_ignored(selection, "track"),
    )


def _previous_period(year: int, today: date) -> Period:
    """The year before, up to the same day when ``year`` is still running (a part of a year
    is compared with the same part of the year before)."""
    start = date(year - 1, 1, 1)
    if today.year != year:
        return Period(start, date(year - 1, 12, 31))
    day = today.day if (today.month, today.day) != (2, 29) else 28
    return Period(start, date(year - 1, today.month, day))
