"""The indicator framework as a data model.

A framework is data, not code: it is read from ``resources/frameworks/*.toml`` by
``framework_loader.py``. Tracks hold domains, domains hold indicators, each indicator has a
scale with a label for every step (Danish and English) and a polarity. The scoring rules a
supervisor may need to adjust (coverage, reliable change, progression, off-track signals)
are part of the framework too, so they are versioned with it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Polarity(enum.StrEnum):
    #: A higher rating is better (resilience, parent capacity).
    HIGHER_IS_BETTER = "higher_is_better"
    #: A lower rating is better (signs of concern).
    LOWER_IS_BETTER = "lower_is_better"


@dataclass(frozen=True, slots=True)
class Text:
    """A text in Danish and English."""

    da: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.da


@dataclass(frozen=True, slots=True)
class ScaleStep:
    value: int
    label: Text


@dataclass(frozen=True, slots=True)
class Scale:
    """Consecutive integer steps from ``minimum`` to ``maximum``, each with a label."""

    steps: tuple[ScaleStep, ...]
    #: The first and last step's value (plain attributes: scoring reads them per rating).
    minimum: int = field(init=False)
    maximum: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "minimum", self.steps[0].value)
        object.__setattr__(self, "maximum", self.steps[-1].value)

    def contains(self, value: int) -> bool:
        return self.minimum <= value <= self.maximum

    def label(self, value: int) -> Text:
        return self.steps[value - self.minimum].label


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    label: Text
    help: Text
    polarity: Polarity
    scale: Scale


@dataclass(frozen=True, slots=True)
class Domain:
    id: str
    label: Text
    indicators: tuple[Indicator, ...]
    #: How many of the domain's indicators must be rated for the domain to count.
    min_rated: int
    #: Test-retest reliability and standard deviation of the domain score (0-100 scale),
    #: for the Jacobson-Truax reliable change index. Both or neither.
    reliability: float | None = None
    sd: float | None = None
    #: The smallest change on the 0-100 scale that counts as change where no reliability
    #: is given (and the threshold for "improved" / "deteriorated" without being reliable).
    min_change: float = 5.0


@dataclass(frozen=True, slots=True)
class ProgressionRule:
    """What counts as progression for the KPI, per track."""

    #: Overall (course score) improvement from baseline must exceed this, in points 0-100.
    min_overall_change: float
    #: When true, a domain that reliably deteriorated rules progression out.
    forbid_reliable_deterioration: bool


@dataclass(frozen=True, slots=True)
class OffTrackRule:
    """Thresholds for the signals that a course is not moving."""

    #: No improvement after this many sessions...
    no_improvement_sessions: int
    #: ... or this many weeks since the course started.
    no_improvement_weeks: int
    #: No session for this many weeks.
    no_session_weeks: int


@dataclass(frozen=True, slots=True)
class Track:
    id: str  # "mentoring" or "parent_coaching"
    label: Text
    domains: tuple[Domain, ...]
    #: The participant's own view of their progress: a scale, and the cut at or above
    #: which it counts as participant-reported progression.
    self_report_question: Text
    self_report_scale: Scale
    self_report_cut: int
    progression: ProgressionRule
    off_track: OffTrackRule
    #: The share of participants with progression that the programme aims for (0.8).
    target_share: float = 0.8

    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(ind for dom in self.domains for ind in dom.indicators)


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    version: str
    title: Text
    tracks: tuple[Track, ...]

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    def track(self, track_id: str) -> Track:
        for track in self.tracks:
            if track.id == track_id:
                return track
        raise KeyError(track_id)

    def indicator(self, track_id: str, indicator_id: str) -> Indicator:
        for ind in self.track(track_id).indicators():
            if ind.id == indicator_id:
                return ind
        raise KeyError(indicator_id)
