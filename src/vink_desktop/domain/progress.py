"""A course's progress: score history, baseline and current, change, progression, signals.

* The history is every session scored under its own framework version, in chronological
  order (start in UTC, then session id), whatever order the sessions are given in.
* Baseline is the first complete assessment, current the latest. With fewer than two there
  is no change to judge: ``progression`` and the classes are None (*not assessable*).
* Change is judged under the rules of the course's framework version (the one stored on
  the course): domain reliability, ``min_change``, the progression rule and the off-track
  thresholds. A domain is compared only when both assessments score it.
* Progression: the overall change exceeds the track's ``min_overall_change``, and, where
  the track forbids it, no domain reliably deteriorated.
* Participant-reported progression: the self rating at the latest session that has one is
  at or above the cut of the framework version that session was rated under.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vink_desktop.domain import framework as fw
from vink_desktop.domain.change import Change, ChangeClass, compare, exceeds
from vink_desktop.domain.framework_registry import FrameworkRegistry
from vink_desktop.domain.model import Course, Session
from vink_desktop.domain.off_track import OffTrackSignal, off_track_signals
from vink_desktop.domain.outcome import CourseOutcome
from vink_desktop.domain.scoring import ScoringError, SessionScore, score_history


@dataclass(frozen=True, slots=True)
class CourseProgress:
    course: Course
    #: Every session's scores, chronological.
    history: tuple[SessionScore, ...]
    #: First and latest complete assessment (the same one when there is only one).
    baseline: SessionScore | None
    current: SessionScore | None
    #: Change per domain (domains scored in both) and overall; empty / None when the
    #: course has fewer than two complete assessments.
    domains: tuple[Change, ...]
    overall: Change | None
    progression: bool | None
    #: The latest self rating, the session it was given in, and whether it meets the cut.
    self_rating: int | None
    self_rating_session_id: str | None
    self_reported_progression: bool | None
    off_track: tuple[OffTrackSignal, ...]

    @property
    def assessable(self) -> bool:
        return self.progression is not None

    @property
    def overall_class(self) -> ChangeClass | None:
        return None if self.overall is None else self.overall.change_class

    @property
    def complete_assessments(self) -> int:
        return sum(1 for score in self.history if score.complete)

    def domain_change(self, domain_id: str) -> Change | None:
        for change in self.domains:
            if change.domain_id == domain_id:
                return change
        return None

    def outcome(self, district: str | None = None) -> CourseOutcome:
        """The flat summary the KPIs count (``district`` comes from the participant)."""
        course = self.course
        return CourseOutcome(
            course_id=course.id,
            track=course.track,
            worker_id=course.worker_id,
            district=district,
            start=course.start,
            end=course.end,
            status=course.status,
            overall_class=self.overall_class,
            progression=self.progression,
            self_reported_progression=self.self_reported_progression,
        )


def as_registry(frameworks: FrameworkRegistry | fw.Framework) -> FrameworkRegistry:
    if isinstance(frameworks, fw.Framework):
        return FrameworkRegistry((frameworks,))
    return frameworks


def course_track(course: Course, registry: FrameworkRegistry) -> fw.Track:
    """The course's track in the course's own framework version (its rules)."""
    framework = registry.get(course.framework_id, course.framework_version)
    try:
        return framework.track(course.track.value)
    except KeyError:
        raise ScoringError(
            f"course {course.id}: framework {framework.id} version {framework.version} "
            f"has no track {course.track.value}"
        ) from None


def assess_course(
    course: Course,
    sessions: Iterable[Session],
    frameworks: FrameworkRegistry | fw.Framework,
    today: date,
) -> CourseProgress:
    """Everything the course view, the off-track list and the KPIs need for one course."""
    registry = as_registry(frameworks)
    track = course_track(course, registry)
    history = score_history(course, list(sessions), registry)
    complete = [score for score in history if score.complete]
    baseline = complete[0] if complete else None
    current = complete[-1] if complete else None

    domains: tuple[Change, ...] = ()
    overall: Change | None = None
    progression: bool | None = None
    if len(complete) >= 2:
        assert baseline is not None and current is not None
        comparison = compare(baseline, current, track)
        domains, overall = comparison.domains, comparison.overall
        rule = track.progression
        progression = overall_exceeds(overall, rule) and not (
            rule.forbid_reliable_deterioration and comparison.reliably_deteriorated
        )

    self_rated = next((score for score in reversed(history) if score.self_rating is not None), None)
    self_reported: bool | None = None
    if self_rated is not None and self_rated.self_rating is not None:
        cut = (
            registry.get(self_rated.framework_id, self_rated.framework_version)
            .track(course.track.value)
            .self_report_cut
        )
        self_reported = self_rated.self_rating >= cut

    return CourseProgress(
        course=course,
        history=history,
        baseline=baseline,
        current=current,
        domains=domains,
        overall=overall,
        progression=progression,
        self_rating=None if self_rated is None else self_rated.self_rating,
        self_rating_session_id=None if self_rated is None else self_rated.session_id,
        self_reported_progression=self_reported,
        off_track=off_track_signals(course, history, overall, track, today),
    )


def overall_exceeds(overall: Change, rule: fw.ProgressionRule) -> bool:
    """The overall score rose by more than the progression threshold."""
    return exceeds(overall.change, rule.min_overall_change)
