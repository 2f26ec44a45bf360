"""Session scores: normalisation, coverage, the course score, framework versions."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

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

from vink_desktop.domain.framework_loader import FrameworkRegistry, UnknownFramework
from vink_desktop.domain.model import Track
from vink_desktop.domain.scoring import (
    ScoringError,
    chronological,
    normalise,
    score_history,
    score_session,
)

WHEN = datetime(2025, 3, 3, 10, 0)


def test_normalise_concern_is_reversed_and_strength_is_not() -> None:
    framework = vink()
    concern = framework.indicator("mentoring", "extremist_ties")
    strength = framework.indicator("mentoring", "source_criticism")
    assert [normalise(v, concern) for v in range(1, 6)] == [100.0, 75.0, 50.0, 25.0, 0.0]
    assert [normalise(v, strength) for v in range(1, 6)] == [0.0, 25.0, 50.0, 75.0, 100.0]


def test_normalise_refuses_a_rating_outside_the_scale() -> None:
    indicator = vink().indicator("mentoring", "extremist_ties")
    with pytest.raises(ScoringError, match="rating 6 of extremist_ties is outside its scale 1-5"):
        normalise(6, indicator)
    with pytest.raises(ScoringError):
        normalise(0, indicator)


def test_full_session_scores() -> None:
    track = vink().track("mentoring")
    score = score_session(session("s1", WHEN, mentoring_ratings((3, 4, 3, 4), (2, 2, 3, 2))), track)
    concern, resilience = score.domains
    assert (concern.score, concern.rated, concern.required, concern.indicators) == (37.5, 4, 3, 4)
    assert resilience.score == 31.25
    assert score.overall == pytest.approx(34.375)
    assert score.complete and score.rated
    assert score.local_date == WHEN.date()


def test_domain_below_coverage_has_no_score_and_session_is_incomplete() -> None:
    track = vink().track("mentoring")
    score = score_session(session("s1", WHEN, mentoring_ratings((1, 1, 0, 0), (5, 5, 5, 0))), track)
    concern = score.domain("concern")
    resilience = score.domain("resilience")
    assert concern is not None and concern.score is None and concern.rated == 2
    assert not concern.counts
    assert resilience is not None and resilience.score == 100.0
    assert score.overall is None and not score.complete


def test_session_without_ratings_is_not_an_assessment() -> None:
    score = score_session(session("s1", WHEN, {}, self_rating=3), vink().track("mentoring"))
    assert not score.rated and not score.complete
    assert score.self_rating == 3


def test_parent_session_scores() -> None:
    track = vink().track("parent_coaching")
    score = score_session(session("s1", WHEN, parent_ratings((2, 3, 4, 0))), track)
    assert score.overall == pytest.approx(50.0)
    assert score.domains[0].rated == 3


def test_unknown_indicator_is_an_error() -> None:
    ratings = {**mentoring_ratings((1, 1, 1, 1), (5, 5, 5, 5)), "support_of_young_person": 3}
    with pytest.raises(ScoringError, match="does not have: support_of_young_person"):
        score_session(session("s1", WHEN, ratings), vink().track("mentoring"))


def test_self_rating_outside_its_scale_is_an_error() -> None:
    with pytest.raises(ScoringError, match="self rating 7 is outside the scale 1-5"):
        score_session(session("s1", WHEN, {}, self_rating=7), vink().track("mentoring"))


def test_history_is_chronological_then_by_id() -> None:
    sessions = [
        session("b", datetime(2025, 3, 3, 10), {}),
        session("c", datetime(2025, 3, 1, 10), {}),
        session("a", datetime(2025, 3, 3, 10), {}),
    ]
    assert [s.id for s in chronological(sessions)] == ["c", "a", "b"]
    history = score_history(course(), sessions, FrameworkRegistry([vink()]))
    assert [score.session_id for score in history] == ["c", "a", "b"]


def test_history_orders_by_utc_not_wall_time() -> None:
    # The same wall time, but the first was entered in another zone and is earlier in UTC.
    early = session("late-wall", datetime(2025, 3, 3, 12), {})
    early = replace(early, start=replace(early.start, utc=early.start.utc.replace(hour=1)))
    other = session("early-wall", datetime(2025, 3, 3, 11), {})
    assert [s.id for s in chronological([other, early])] == ["late-wall", "early-wall"]


def test_each_session_is_scored_under_its_own_framework_version() -> None:
    registry = FrameworkRegistry([vink(), second_version()])
    # Version 2's concern scale runs 0-4: a 4 there is the worst, a 0 the best.
    sessions = [
        session("s1", datetime(2025, 1, 8, 15), mentoring_ratings((5, 5, 5, 5), (1, 1, 1, 1))),
        session(
            "s2",
            datetime(2025, 2, 8, 15),
            dict.fromkeys(CONCERN, 0) | dict.fromkeys(RESILIENCE, 1),
            framework_version="2",
        ),
    ]
    history = score_history(course(), sessions, registry)
    assert [score.framework_version for score in history] == ["1", "2"]
    assert history[0].domains[0].score == 0.0
    assert history[1].domains[0].score == 100.0
    assert history[1].overall == 50.0


def test_session_under_an_unknown_framework_version() -> None:
    sessions = [session("s1", WHEN, {}, framework_version="9")]
    with pytest.raises(UnknownFramework, match="vink-2014 version 9"):
        score_history(course(), sessions, FrameworkRegistry([vink()]))


def test_session_of_another_course_is_an_error() -> None:
    sessions = [session("s1", WHEN, {}, course_id="other")]
    with pytest.raises(ScoringError, match="belongs to course other"):
        score_history(course(), sessions, FrameworkRegistry([vink()]))


def test_parent_course_uses_the_parent_track() -> None:
    sessions = [session("s1", WHEN, parent_ratings((5, 5, 5, 5)))]
    history = score_history(
        course(track=Track.PARENT_COACHING), sessions, FrameworkRegistry([vink()])
    )
    assert history[0].overall == 100.0
