"""Programme KPIs: the share of courses with progression, with a Wilson 95 % interval.

* Every course selected is counted. A course that is not assessable (fewer than two
  complete assessments) is counted as such and is never silently dropped: it is reported
  in ``not_assessable``, and the share is ``with_progression / assessable``.
* ``met`` compares the point estimate with the target: met when ``share >= target``; None
  when no course is assessable. The interval is reported beside it, not used for ``met``;
  ``certain`` says whether the whole interval lies on the same side of the target.
* The participant-reported figure is computed the same way over the courses whose
  participant has given a self rating.
* One call summarises one track: the target is per track.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from vink_desktop.domain.change import ChangeClass
from vink_desktop.domain.model import Track
from vink_desktop.domain.outcome import CourseOutcome

#: The normal quantile for a two-sided 95 % interval.
Z_95 = 1.959964


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval for ``successes`` out of ``n``; (0, 1) when ``n`` is 0."""
    if n < 0 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n, got {successes} of {n}")
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    z2 = z * z
    denominator = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1.0 - p) / n + z2 / (4 * n * n)) / denominator
    low = 0.0 if successes == 0 else max(0.0, min(p, centre - half))
    high = 1.0 if successes == n else min(1.0, max(p, centre + half))
    return (low, high)


@dataclass(frozen=True, slots=True)
class ShareFigure:
    """``successes`` of ``n`` with the share and its Wilson 95 % interval."""

    n: int
    successes: int
    share: float | None
    interval: tuple[float, float]

    @classmethod
    def of(cls, successes: int, n: int) -> ShareFigure:
        return cls(
            n=n,
            successes=successes,
            share=successes / n if n else None,
            interval=wilson_interval(successes, n),
        )


@dataclass(frozen=True, slots=True)
class KpiFigures:
    courses: int
    assessable: int
    not_assessable: int
    #: Practitioner-rated progression among the assessable courses.
    practitioner: ShareFigure
    target: float
    #: share >= target; None when no course is assessable.
    met: bool | None
    #: Whether the whole interval lies on the side of the target that ``met`` says.
    certain: bool | None
    #: Participant-reported progression among the courses with a self rating.
    participant: ShareFigure
    #: Count of each overall change class among the assessable courses (every class
    #: present, in enum order).
    classes: Mapping[ChangeClass, int]

    @property
    def with_progression(self) -> int:
        return self.practitioner.successes

    @property
    def share(self) -> float | None:
        return self.practitioner.share

    @property
    def interval(self) -> tuple[float, float]:
        return self.practitioner.interval


@dataclass(frozen=True, slots=True)
class OutcomeGroup:
    """``count`` courses that share one overall class, progression and participant-reported
    progression (None: not assessable / no self rating). KPIs over many courses are
    summed from such groups, which a database can count without building an object per
    course."""

    overall_class: ChangeClass | None
    progression: bool | None
    self_reported_progression: bool | None
    count: int


def summarise(outcomes: Iterable[CourseOutcome], target_share: float) -> KpiFigures:
    """The KPI figures of ``outcomes`` (one track) against ``target_share``."""
    counts: Counter[tuple[ChangeClass | None, bool | None, bool | None]] = Counter(
        (o.overall_class, o.progression, o.self_reported_progression) for o in outcomes
    )
    return summarise_groups(
        (OutcomeGroup(cls, prog, self_prog, n) for (cls, prog, self_prog), n in counts.items()),
        target_share,
    )


def summarise_groups(groups: Iterable[OutcomeGroup], target_share: float) -> KpiFigures:
    """The KPI figures from counted groups of outcomes (one track) against ``target_share``."""
    courses = assessable = with_progression = rated = self_progression = 0
    classes = dict.fromkeys(ChangeClass, 0)
    for group in groups:
        n = group.count
        courses += n
        if group.progression is not None and group.overall_class is not None:
            assessable += n
            with_progression += n if group.progression else 0
            classes[group.overall_class] += n
        if group.self_reported_progression is not None:
            rated += n
            self_progression += n if group.self_reported_progression else 0
    practitioner = ShareFigure.of(with_progression, assessable)
    met: bool | None = None
    certain: bool | None = None
    if practitioner.share is not None:
        met = practitioner.share >= target_share
        low, high = practitioner.interval
        certain = low >= target_share if met else high < target_share
    return KpiFigures(
        courses=courses,
        assessable=assessable,
        not_assessable=courses - assessable,
        practitioner=practitioner,
        target=target_share,
        met=met,
        certain=certain,
        participant=ShareFigure.of(self_progression, rated),
        classes=MappingProxyType(classes),
    )


@dataclass(frozen=True, slots=True)
class KpiSelection:
    """Which courses a KPI counts. A course is in the period when it was open on at least
    one day of it (started on or before ``period_end``, not ended before ``period_start``).
    None means no restriction."""

    track: Track
    period_start: date | None = None
    period_end: date | None = None
    worker_id: str | None = None
    district: str | None = None

    def includes(self, outcome: CourseOutcome) -> bool:
        return (
            outcome.track == self.track
            and (self.period_end is None or outcome.start <= self.period_end)
            and (
                self.period_start is None or outcome.end is None or outcome.end >= self.period_start
            )
            and (self.worker_id is None or outcome.worker_id == self.worker_id)
            and (self.district is None or outcome.district == self.district)
        )

    def select(self, outcomes: Iterable[CourseOutcome]) -> list[CourseOutcome]:
        return [outcome for outcome in outcomes if self.includes(outcome)]
