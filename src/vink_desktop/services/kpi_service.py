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
from vink_desktop.domain.kpi import KpiFigures, OutcomeGroup, summarise_groups
from vink_desktop.domain.model import Track
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
        groups = [
            OutcomeGroup(
                None if cls is None else ChangeClass(cls),
                None if progression is None else bool(progression),
                None if self_reported is None else bool(self_reported),
                int(count),
            )
            for cls, progression, self_reported, count in course_queries.outcome_groups(
                ctx.vault.conn, query
            )
        ]
        target = framework.track(current.value).target_share
        results.append(TrackKpi(current, summarise_groups(groups, target)))
    return KpiReport(
        period_start=period_start,
        period_end=period_end,
        worker_id=worker_id,
        district=district,
        as_of=ctx.clock.today(),
        tracks=tuple(results),
    )
