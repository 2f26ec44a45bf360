"""Programme KPIs: the one function behind the CLI's `kpi`, the dashboard and the yearly
report, so their numbers can never disagree.

Each course counts with its outcome *as of the latest data* (the cached outcome, kept
current as sessions are recorded and imported): a course in a past period is judged by
everything recorded for it so far. The report states the date the figures are as of.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vink_desktop.domain.change import ChangeClass
from vink_desktop.domain.kpi import KpiFigures, summarise
from vink_desktop.domain.model import CourseStatus, Track
from vink_desktop.domain.outcome import CourseOutcome
from vink_desktop.services import outcomes
from vink_desktop.services.context import Context
from vink_desktop.storage import course_queries
from vink_desktop.storage.course_queries import CourseQuery


@dataclass(frozen=True, slots=True)
class TrackKpi:
    track: Track
    figures: KpiFigures


@dataclass(frozen=True, slots=True)
class KpiReport:
    period_start: date | None
    period_end: date | None
    worker_id: str | None
    district: str | None
    #: The day the figures are as of (the outcomes reflect every session up to then).
    as_of: date
    tracks: tuple[TrackKpi, ...]

    def track(self, track: Track) -> KpiFigures:
        for item in self.tracks:
            if item.track is track:
                return item.figures
        raise KeyError(track)


def programme_kpis(
    ctx: Context,
    *,
    period_start: date | None = None,
    period_end: date | None = None,
    track: Track | None = None,
    worker_id: str | None = None,
    district: str | None = None,
) -> KpiReport:
    """The KPI figures per track for courses open on some day of the period."""
    outcomes.refresh_stale(ctx)
    framework = ctx.frameworks.latest("vink-2014")
    tracks = [track] if track is not None else list(Track)
    results: list[TrackKpi] = []
    for current in tracks:
        query = CourseQuery(
            track=current,
            worker_id=worker_id,
            district=district,
            active_from=period_start,
            active_to=period_end,
        )
        rows = course_queries.outcome_rows(ctx.vault.conn, query)
        target = framework.track(current.value).target_share
        results.append(TrackKpi(current, summarise((_outcome(r) for r in rows), target)))
    return KpiReport(
        period_start=period_start,
        period_end=period_end,
        worker_id=worker_id,
        district=district,
        as_of=ctx.clock.today(),
        tracks=tuple(results),
    )


def _outcome(row: course_queries.OutcomeRow) -> CourseOutcome:
    assessable = row.progression is not None and row.overall_class is not None
    return CourseOutcome(
        course_id=row.course_id,
        track=Track(row.track),
        worker_id=row.worker_id,
        district=row.district,
        start=row.start,
        end=row.end,
        status=CourseStatus(row.status),
        overall_class=ChangeClass(row.overall_class) if assessable else None,
        progression=row.progression if assessable else None,
        self_reported_progression=row.self_reported_progression,
    )
