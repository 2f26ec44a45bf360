"""Change between two scores and its classification (Jacobson-Truax reliable change).

For a domain with a test-retest reliability ``r`` and a standard deviation ``SD`` (0-100
scale) in the framework::

    S_diff = sqrt(2) * SD * sqrt(1 - r)        RCI = change / S_diff

The change is *reliable* when ``|RCI| > 1.96``; otherwise it is improved / deteriorated when
``|change| >= min_change`` and unchanged below that. A domain without ``r`` and ``SD`` has
only ``min_change``: a change of at least that much counts as a real (reliable) change.

The overall (course) score is treated the same way. Its S_diff comes from the domains'
measurement errors, assumed independent: ``SE_d = SD_d * sqrt(1 - r_d)``,
``SE = sqrt(sum(SE_d^2)) / k`` for ``k`` domains, ``S_diff = sqrt(2) * SE``; its minimal
change is the track's progression threshold, and there "improved" means *more than* the
threshold, exactly as the progression rule does.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass

from vink_desktop.domain import framework as fw
from vink_desktop.domain.scoring import SessionScore

#: |RCI| above this is a reliable change (two-sided 5 % level).
RCI_CRITICAL = 1.96
_TOLERANCE = 1e-9


class ChangeClass(enum.StrEnum):
    RELIABLY_IMPROVED = "reliably_improved"
    IMPROVED = "improved"
    UNCHANGED = "unchanged"
    DETERIORATED = "deteriorated"
    RELIABLY_DETERIORATED = "reliably_deteriorated"


@dataclass(frozen=True, slots=True)
class ChangeRule:
    """How a change in one score is judged."""

    #: Standard error of the difference; None when the framework gives no reliability.
    s_diff: float | None
    #: The smallest change that counts (points on the 0-100 scale).
    min_change: float
    #: Whether a change of exactly ``min_change`` counts (domains: yes; overall: no, it
    #: must exceed the track's progression threshold).
    inclusive: bool = True

    def beyond_min_change(self, change: float) -> bool:
        # A tolerance so that float noise (33.33... - 23.33... = 9.999...) cannot move a
        # change that is exactly at the threshold to either side of it.
        size = abs(change)
        if self.inclusive:
            return size >= self.min_change - _TOLERANCE
        return size > self.min_change + _TOLERANCE


@dataclass(frozen=True, slots=True)
class Change:
    """From ``baseline`` to ``current``; ``domain_id`` is None for the overall score."""

    domain_id: str | None
    baseline: float
    current: float
    change: float
    s_diff: float | None
    rci: float | None
    change_class: ChangeClass


def exceeds(change: float, threshold: float) -> bool:
    """``change > threshold``, robust to float noise at the threshold itself."""
    return change > threshold + _TOLERANCE


def s_diff(sd: float, reliability: float) -> float:
    """Jacobson-Truax standard error of the difference between two scores."""
    return math.sqrt(2.0) * sd * math.sqrt(1.0 - reliability)


def domain_rule(domain: fw.Domain) -> ChangeRule:
    if domain.reliability is None or domain.sd is None:
        return ChangeRule(s_diff=None, min_change=domain.min_change)
    return ChangeRule(s_diff=s_diff(domain.sd, domain.reliability), min_change=domain.min_change)


def overall_rule(track: fw.Track) -> ChangeRule:
    """The rule for the course score: combined measurement error, progression threshold."""
    threshold = track.progression.min_overall_change
    errors: list[float] = []
    for domain in track.domains:
        if domain.reliability is None or domain.sd is None:
            return ChangeRule(s_diff=None, min_change=threshold, inclusive=False)
        errors.append(domain.sd * math.sqrt(1.0 - domain.reliability))
    standard_error = math.sqrt(sum(error * error for error in errors)) / len(errors)
    return ChangeRule(s_diff=math.sqrt(2.0) * standard_error, min_change=threshold, inclusive=False)


def classify(change: float, rule: ChangeRule) -> tuple[float | None, ChangeClass]:
    """The RCI (when the rule has an S_diff) and the class of ``change``."""
    if rule.s_diff is not None:
        rci = change / rule.s_diff
        if rci > RCI_CRITICAL:
            return rci, ChangeClass.RELIABLY_IMPROVED
        if rci < -RCI_CRITICAL:
            return rci, ChangeClass.RELIABLY_DETERIORATED
        improved, deteriorated = ChangeClass.IMPROVED, ChangeClass.DETERIORATED
    else:
        rci = None
        improved, deteriorated = ChangeClass.RELIABLY_IMPROVED, ChangeClass.RELIABLY_DETERIORATED
    if rule.beyond_min_change(change):
        return rci, improved if change > 0 else deteriorated
    return rci, ChangeClass.UNCHANGED


def measure(domain_id: str | None, baseline: float, current: float, rule: ChangeRule) -> Change:
    change = current - baseline
    rci, change_class = classify(change, rule)
    return Change(
        domain_id=domain_id,
        baseline=baseline,
        current=current,
        change=change,
        s_diff=rule.s_diff,
        rci=rci,
        change_class=change_class,
    )


def reliably_deteriorated(changes: Sequence[Change]) -> tuple[str, ...]:
    """The ids of the domains among ``changes`` that reliably deteriorated."""
    return tuple(
        change.domain_id
        for change in changes
        if change.domain_id is not None and change.change_class is ChangeClass.RELIABLY_DETERIORATED
    )


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two complete assessments compared: per domain (those scored in both) and overall."""

    domains: tuple[Change, ...]
    overall: Change

    @property
    def reliably_deteriorated(self) -> tuple[str, ...]:
        return reliably_deteriorated(self.domains)


def compare(earlier: SessionScore, later: SessionScore, track: fw.Track) -> Comparison:
    """Compare two complete assessments under the rules of ``track``."""
    if earlier.overall is None or later.overall is None:
        raise ValueError("only complete assessments can be compared")
    domains: list[Change] = []
    for domain in track.domains:
        before, after = earlier.domain(domain.id), later.domain(domain.id)
        if before is None or after is None or before.score is None or after.score is None:
            continue
        domains.append(measure(domain.id, before.score, after.score, domain_rule(domain)))
    overall = measure(None, earlier.overall, later.overall, overall_rule(track))
    return Comparison(domains=tuple(domains), overall=overall)
