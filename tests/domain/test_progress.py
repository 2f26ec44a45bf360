"""Course progress: baseline and current, classes, progression, self report, off-track."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest
from domain_builders import (
    CONCERN,
    RESILIENCE,
    course,
    mentoring_ratings,
    parent_ratings,
    second_version,
    session,
    vink,
)

from vink_desktop.domain.change import Change, ChangeClass
from vink_desktop.domain.framework_loader import FrameworkRegistry
from vink_desktop.domain.model import CourseStatus, Session, Track
from vink_desktop.domain.off_track import OffTrackCode, OffTrackSignal
from vink_desktop.domain.progress import CourseProgress, assess_course

START = datetime(2025, 1, 8, 15)
TODAY = date(2025, 3, 10)


def weekly(*ratings: dict[str, int], self_ratings: tuple[int | None, ...] = ()) -> list[Session]:
    """One session a week from START with the given ratings (and self ratings)."""
    return [
        session(
            f"s{index + 1}",
            START + timedelta(weeks=index),
            rating,
            self_rating=self_ratings[index] if index < len(self_ratings) else None,
        )
        for index, rating in enumerate(ratings)
    ]


def codes(signals: tuple[OffTrackSignal, ...]) -> list[OffTrackCode]:
    return [signal.code for signal in signals]


def change_of(progress: CourseProgress, domain_id: str) -> Change:
    change = progress.domain_change(domain_id)
    assert change is not None, domain_id
    return change


FLAT = mentoring_ratings((3, 3, 3, 3), (3, 3, 3, 3))
BETTER = mentoring_ratings((2, 2, 2, 2), (4, 4, 4, 4))


def test_one_assessment_cannot_be_judged() -> None:
    progress = assess_course(course(), weekly(FLAT), vink(), TODAY)
    assert progress.baseline is not None and progress.baseline is progress.current
    assert progress.overall is None and progress.domains == ()
    assert progress.progression is None and not progress.assessable
    assert progress.overall_class is None
    assert progress.complete_assessments == 1


def test_incomplete_sessions_are_not_baseline_or_current() -> None:
    partial = mentoring_ratings((1, 1, 0, 0), (5, 5, 5, 5))  # concern: 2 of 4, below 3
    progress = assess_course(
        course(), weekly(partial, FLAT, partial, BETTER, partial), vink(), TODAY
    )
    assert [score.complete for score in progress.history] == [False, True, False, True, False]
    assert progress.baseline is not None and progress.baseline.session_id == "s2"
    assert progress.current is not None and progress.current.session_id == "s4"
    assert progress.overall is not None and progress.overall.change == 25.0
    assert progress.progression is True


def test_missing_indicators_leave_a_domain_without_a_score() -> None:
    progress = assess_course(
        course(), weekly(mentoring_ratings((1, 0, 0, 0), (3, 3, 3, 0))), vink(), TODAY
    )
    score = progress.history[0]
    assert score.domain("concern") is not None
    assert score.domains[0].score is None and score.domains[1].score == 50.0
    assert progress.baseline is None and progress.current is None
    assert progress.progression is None


def test_classes_and_progression() -> None:
    progress = assess_course(course(), weekly(FLAT, BETTER), vink(), TODAY)
    concern = progress.domain_change("concern")
    resilience = progress.domain_change("resilience")
    assert concern is not None and resilience is not None and progress.overall is not None
    s_diff = math.sqrt(2) * 18 * math.sqrt(1 - 0.8)
    assert concern.change == 25.0 and concern.s_diff == pytest.approx(s_diff)
    assert concern.rci == pytest.approx(25 / s_diff)
    assert concern.change_class is ChangeClass.RELIABLY_IMPROVED
    assert progress.overall.change_class is ChangeClass.RELIABLY_IMPROVED
    assert progress.progression is True


def test_small_changes_are_unchanged_and_mid_changes_improved() -> None:
    small = mentoring_ratings((3, 3, 3, 2), (3, 3, 3, 3))  # concern +6.25
    progress = assess_course(course(), weekly(FLAT, small), vink(), TODAY)
    assert change_of(progress, "concern").change_class is ChangeClass.UNCHANGED
    assert progress.overall is not None and progress.overall.change == 3.125
    assert progress.overall.change_class is ChangeClass.UNCHANGED
    assert progress.progression is False

    mid = mentoring_ratings((2, 2, 3, 3), (3, 3, 3, 3))  # concern +12.5
    progress = assess_course(course(), weekly(FLAT, mid), vink(), TODAY)
    assert change_of(progress, "concern").change_class is ChangeClass.IMPROVED
    assert progress.overall is not None and progress.overall.change == 6.25
    assert progress.progression is False  # 6.25 does not exceed 10


def test_youth_progression_is_ruled_out_by_a_reliably_worse_domain() -> None:
    before = mentoring_ratings((5, 5, 5, 5), (5, 5, 5, 5))  # concern 0, resilience 100
    after = mentoring_ratings((1, 1, 1, 1), (2, 2, 2, 2))  # concern 100, resilience 25
    progress = assess_course(course(), weekly(before, after), vink(), TODAY)
    assert progress.overall is not None and progress.overall.change == 12.5
    assert change_of(progress, "resilience").change_class is ChangeClass.RELIABLY_DETERIORATED
    assert progress.progression is False


def test_parent_progression_needs_only_the_overall_threshold() -> None:
    parent = course(track=Track.PARENT_COACHING)
    sessions = weekly(parent_ratings((2, 2, 2, 2)), parent_ratings((3, 3, 2, 2)))
    progress = assess_course(parent, sessions, vink(), TODAY)
    assert progress.overall is not None and progress.overall.change == 12.5
    assert progress.overall.change_class is ChangeClass.IMPROVED
    assert progress.progression is True


def test_self_reported_progression_uses_the_latest_self_rating() -> None:
    sessions = weekly(FLAT, FLAT, FLAT, self_ratings=(5, 2, None))
    progress = assess_course(course(), sessions, vink(), TODAY)
    assert progress.self_rating == 2 and progress.self_rating_session_id == "s2"
    assert progress.self_reported_progression is False
    sessions = weekly(FLAT, self_ratings=(4,))
    assert assess_course(course(), sessions, vink(), TODAY).self_reported_progression is True
    no_rating = assess_course(course(), weekly(FLAT, FLAT), vink(), TODAY)
    assert no_rating.self_reported_progression is None and no_rating.self_rating is None


def test_closed_course_without_sessions() -> None:
    closed = course(status=CourseStatus.CLOSED, end=date(2025, 2, 1))
    progress = assess_course(closed, [], vink(), TODAY)
    assert progress.history == () and progress.baseline is None
    assert progress.progression is None and progress.self_reported_progression is None
    assert progress.off_track == ()
    outcome = progress.outcome(district="Nørrebro")
    assert not outcome.assessable and outcome.overall_class is None
    assert outcome.status is CourseStatus.CLOSED and outcome.end == date(2025, 2, 1)
    assert outcome.district == "Nørrebro"


def test_course_rated_under_two_framework_versions() -> None:
    registry = FrameworkRegistry([vink(), second_version()])
    v1 = session("s1", START, mentoring_ratings((4, 4, 4, 4), (2, 2, 2, 2)))  # 25 / 25
    # The same young person a month later, concern rated on version 2's 0-4 scale.
    v2 = session(
        "s2",
        START + timedelta(weeks=4),
        dict.fromkeys(CONCERN, 1) | dict.fromkeys(RESILIENCE, 3),  # 75 / 50
        framework_version="2",
    )
    progress = assess_course(course(framework_version="2"), [v2, v1], registry, TODAY)
    assert [s.framework_version for s in progress.history] == ["1", "2"]
    assert progress.overall is not None
    assert (progress.overall.baseline, progress.overall.current) == (25.0, 62.5)
    assert change_of(progress, "concern").change == 50.0
    assert progress.progression is True


def test_outcome_carries_the_course_and_the_verdicts() -> None:
    progress = assess_course(course(), weekly(FLAT, BETTER, self_ratings=(None, 5)), vink(), TODAY)
    outcome = progress.outcome(district="Amager")
    assert outcome.course_id == "c1" and outcome.track is Track.MENTORING
    assert outcome.worker_id == "w1" and outcome.start == date(2025, 1, 6)
    assert outcome.overall_class is ChangeClass.RELIABLY_IMPROVED
    assert outcome.progression is True and outcome.self_reported_progression is True
    assert outcome.assessable


# -- off-track signals -------------------------------------------------------------------


def test_no_improvement_after_six_sessions() -> None:
    five = assess_course(course(), weekly(*[FLAT] * 5), vink(), date(2025, 2, 10))
    assert OffTrackCode.NO_IMPROVEMENT not in codes(five.off_track)
    six = assess_course(course(), weekly(*[FLAT] * 6), vink(), date(2025, 2, 14))
    (signal,) = six.off_track
    assert signal.code is OffTrackCode.NO_IMPROVEMENT
    assert (signal.sessions, signal.weeks, signal.points, signal.threshold) == (6, 5, 0.0, 10.0)


def test_no_improvement_after_twelve_weeks_even_without_assessments() -> None:
    sessions = [session("s1", datetime(2025, 3, 28, 10), {})]
    progress = assess_course(course(), sessions, vink(), date(2025, 3, 31))
    (signal,) = progress.off_track
    assert signal.code is OffTrackCode.NO_IMPROVEMENT
    assert signal.weeks == 12 and signal.points is None and signal.sessions == 1


def test_improvement_clears_no_improvement() -> None:
    progress = assess_course(course(), weekly(*[FLAT] * 5, BETTER), vink(), date(2025, 2, 14))
    assert progress.off_track == ()


def test_deterioration_between_consecutive_assessments() -> None:
    worse = mentoring_ratings((4, 4, 3, 3), (2, 2, 3, 3))  # overall 50 -> 37.5
    progress = assess_course(course(), weekly(BETTER, FLAT, worse), vink(), date(2025, 1, 24))
    (signal,) = progress.off_track
    assert signal.code is OffTrackCode.DETERIORATION
    assert signal.previous_session_id == "s2" and signal.session_id == "s3"
    assert signal.points == -12.5 and signal.domain_ids == ()
    assert signal.on == date(2025, 1, 22)


def test_deterioration_by_one_domain_alone() -> None:
    before = mentoring_ratings((5, 5, 5, 5), (5, 5, 5, 5))
    after = mentoring_ratings((1, 1, 1, 1), (2, 2, 2, 2))
    progress = assess_course(course(), weekly(before, after), vink(), date(2025, 1, 16))
    (signal,) = progress.off_track
    assert signal.code is OffTrackCode.DETERIORATION and signal.domain_ids == ("resilience",)


def test_acute_concern_on_the_latest_session() -> None:
    sessions = [*weekly(FLAT), session("s2", START + timedelta(days=2), {}, acute_concern=True)]
    progress = assess_course(course(), sessions, vink(), date(2025, 1, 12))
    (signal,) = progress.off_track
    assert signal.code is OffTrackCode.ACUTE_CONCERN
    assert signal.session_id == "s2" and signal.on == date(2025, 1, 10)
    later = [*sessions, session("s3", START + timedelta(days=5), {})]
    assert assess_course(course(), later, vink(), date(2025, 1, 14)).off_track == ()


def test_no_recent_session() -> None:
    progress = assess_course(course(), weekly(FLAT), vink(), date(2025, 2, 5))
    (signal,) = progress.off_track
    assert signal.code is OffTrackCode.NO_RECENT_SESSION
    assert signal.weeks == 4 and signal.session_id == "s1" and signal.on == date(2025, 1, 8)
    assert assess_course(course(), weekly(FLAT), vink(), date(2025, 2, 4)).off_track == ()
    empty = assess_course(course(), [], vink(), date(2025, 2, 3))
    assert codes(empty.off_track) == [OffTrackCode.NO_RECENT_SESSION]
    assert empty.off_track[0].session_id is None and empty.off_track[0].weeks == 4


def test_paused_course_keeps_only_acute_and_deterioration() -> None:
    worse = mentoring_ratings((4, 4, 3, 3), (2, 2, 3, 3))
    sessions = [
        *weekly(*[FLAT] * 6),
        session("s7", START + timedelta(weeks=6), worse, acute_concern=True),
    ]
    today = date(2025, 6, 1)
    active = assess_course(course(), sessions, vink(), today)
    assert codes(active.off_track) == [
        OffTrackCode.NO_IMPROVEMENT,
        OffTrackCode.DETERIORATION,
        OffTrackCode.ACUTE_CONCERN,
        OffTrackCode.NO_RECENT_SESSION,
    ]
    paused = assess_course(course(status=CourseStatus.PAUSED), sessions, vink(), today)
    assert codes(paused.off_track) == [OffTrackCode.DETERIORATION, OffTrackCode.ACUTE_CONCERN]
    closed = assess_course(
        course(status=CourseStatus.CLOSED, end=date(2025, 3, 1)), sessions, vink(), today
    )
    assert closed.off_track == ()
