"""Scores for one session: ratings normalised to 0-100, domain scores, the course score.

The rules (docs/scoring.md explains them for a supervisor):

* Every rating is normalised to 0-100 where 100 is best: ``100 * (rating - min) / (max -
  min)``, reversed (``100 * (max - rating) / (max - min)``) for a lower-is-better indicator.
* A domain score is the mean of the normalised values of the domain's *rated* indicators,
  and exists only when at least the domain's ``min_rated`` indicators are rated (coverage).
* The overall (course) score is the mean of the domain scores, and exists only when every
  domain of the track has a score. A session with an overall score is a *complete
  assessment*; only complete assessments serve as baseline and current score.

A session is scored under the framework id and version stored with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from vink_desktop.domain import framework as fw
from vink_desktop.domain.framework_registry import FrameworkRegistry
from vink_desktop.domain.model import Course, Session


class ScoringError(ValueError):
    """A session that cannot be scored: a rating the framework does not know or allow."""


@dataclass(frozen=True, slots=True)
class DomainScore:
    domain_id: str
    #: Mean of the rated indicators' normalised values (0-100), or None below coverage.
    score: float | None
    #: How many of the domain's indicators were rated, how many must be, how many exist.
    rated: int
    required: int
    indicators: int

    @property
    def counts(self) -> bool:
        return self.score is not None


@dataclass(frozen=True, slots=True)
class SessionScore:
    session_id: str
    start_utc: datetime
    #: The day of the session in the time zone it was entered in (Europe/Copenhagen).
    local_date: date
    framework_id: str
    framework_version: str
    domains: tuple[DomainScore, ...]
    #: Mean of the domain scores, or None unless every domain counts.
    overall: float | None
    self_rating: int | None
    acute_concern: bool

    @property
    def complete(self) -> bool:
        """A complete assessment: every domain meets its coverage rule."""
        return self.overall is not None

    @property
    def rated(self) -> bool:
        """Whether any indicator was rated at all (a phone call may rate nothing)."""
        return any(domain.rated for domain in self.domains)

    def domain(self, domain_id: str) -> DomainScore | None:
        for domain in self.domains:
            if domain.domain_id == domain_id:
                return domain
        return None


def normalise(value: int, indicator: fw.Indicator) -> float:
    """A rating on ``indicator``'s scale as 0-100, where 100 is the best end of the scale."""
    scale = indicator.scale
    low, high = scale.minimum, scale.maximum
    if not low <= value <= high:
        raise ScoringError(f"rating {value} of {indicator.id} is outside its scale {low}-{high}")
    if indicator.polarity is fw.Polarity.LOWER_IS_BETTER:
        return 100.0 * (high - value) / (high - low)
    return 100.0 * (value - low) / (high - low)


def score_domain(ratings: Mapping[str, int], domain: fw.Domain) -> DomainScore:
    values = [
        normalise(ratings[indicator.id], indicator)
        for indicator in domain.indicators
        if indicator.id in ratings
    ]
    counts = len(values) >= domain.min_rated
    return DomainScore(
        domain_id=domain.id,
        score=sum(values) / len(values) if counts else None,
        rated=len(values),
        required=domain.min_rated,
        indicators=len(domain.indicators),
    )


def score_session(session: Session, track: fw.Track) -> SessionScore:
    """Score one session under ``track`` (of the framework the session was rated with)."""
    domains = tuple(score_domain(session.ratings, domain) for domain in track.domains)
    if sum(domain.rated for domain in domains) != len(session.ratings):
        known = {indicator.id for indicator in track.indicators()}
        unknown = sorted(set(session.ratings) - known)
        raise ScoringError(
            f"session {session.id} rates indicators that track {track.id} of "
            f"{session.framework_id} version {session.framework_version} does not have: "
            + ", ".join(unknown)
        )
    if session.self_rating is not None and not track.self_report_scale.contains(
        session.self_rating
    ):
        scale = track.self_report_scale
        raise ScoringError(
            f"session {session.id}: self rating {session.self_rating} is outside the scale "
            f"{scale.minimum}-{scale.maximum}"
        )
    scores = [domain.score for domain in domains if domain.score is not None]
    overall = sum(scores) / len(scores) if len(scores) == len(domains) else None
    return SessionScore(
        session_id=session.id,
        start_utc=session.start.utc,
        local_date=session.start.wall.date(),
        framework_id=session.framework_id,
        framework_version=session.framework_version,
        domains=domains,
        overall=overall,
        self_rating=session.self_rating,
        acute_concern=session.acute_concern,
    )


def chronological(sessions: Sequence[Session]) -> list[Session]:
    """Sessions in the order they happened: by start (UTC), then by id for equal starts."""
    return sorted(sessions, key=lambda session: (session.start.utc, session.id))


def session_track(session: Session, course: Course, registry: FrameworkRegistry) -> fw.Track:
    """The course's track in the framework version the session was rated with."""
    framework = registry.get(session.framework_id, session.framework_version)
    try:
        return framework.track(course.track.value)
    except KeyError:
        raise ScoringError(
            f"session {session.id}: framework {framework.id} version {framework.version} "
            f"has no track {course.track.value}"
        ) from None


def score_history(
    course: Course, sessions: Sequence[Session], registry: FrameworkRegistry
) -> tuple[SessionScore, ...]:
    """Every session of ``course`` scored, in chronological order."""
    tracks: dict[tuple[str, str], fw.Track] = {}
    scores: list[SessionScore] = []
    for session in chronological(sessions):
        if session.course_id != course.id:
            raise ScoringError(f"session {session.id} belongs to course {session.course_id}")
        key = (session.framework_id, session.framework_version)
        track = tracks.get(key)
        if track is None:
            track = tracks[key] = session_track(session, course, registry)
        scores.append(score_session(session, track))
    return tuple(scores)
