"""The worked example of docs/scoring.md, number for number (rounded as the page rounds)."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from domain_builders import course, mentoring_ratings, session, vink

from vink_desktop.domain.change import ChangeClass
from vink_desktop.domain.progress import CourseProgress, assess_course
from vink_desktop.domain.scoring import normalise

# (id, wall time, concern ratings, resilience ratings, self rating); 0 = not rated.
SESSIONS = [
    ("S1", datetime(2025, 1, 8, 15, 0), (3, 4, 3, 4), (2, 2, 3, 2), 2),
    ("S2", datetime(2025, 1, 22, 16, 30), (3, 3, 0, 0), (0, 0, 3, 0), 3),
    ("S3", datetime(2025, 2, 5, 15, 0), (2, 3, 2, 3), (3, 3, 3, 0), 3),
    ("S4", datetime(2025, 2, 26, 15, 0), (2, 2, 1, 2), (3, 3, 3, 3), 4),
]
TODAY = date(2025, 3, 10)


@pytest.fixture
def progress() -> CourseProgress:
    sessions = [
        session(sid, when, mentoring_ratings(concern, resilience), self_rating=self_rating)
        for sid, when, concern, resilience, self_rating in SESSIONS
    ]
    return assess_course(course(start=date(2025, 1, 6)), sessions, vink(), TODAY)


def test_normalised_values() -> None:
    framework = vink()
    table = {
        "extremist_ties": [50, 50, 75, 75],
        "polarising_views": [25, 50, 50, 75],
        "violence_acceptance": [50, None, 75, 100],
        "us_and_them": [25, None, 50, 75],
        "source_criticism": [25, None, 50, 50],
        "own_needs_before_group": [25, None, 50, 50],
        "positive_communities": [50, 50, 50, 50],
        "future_prospects": [25, None, None, 50],
    }
    indicators = {ind.id: ind for ind in framework.track("mentoring").indicators()}
    for column, (_, _, concern, resilience, _) in enumerate(SESSIONS):
        ratings = mentoring_ratings(concern, resilience)
        for indicator_id, expected in table.items():
            value = ratings.get(indicator_id)
            got = None if value is None else normalise(value, indicators[indicator_id])
            assert got == expected[column], (indicator_id, column)


def test_session_scores(progress: CourseProgress) -> None:
    rows = [
        (score.session_id, *(domain.score for domain in score.domains), score.overall)
        for score in progress.history
    ]
    assert rows == [
        ("S1", 37.5, 31.25, 34.375),
        ("S2", None, None, None),
        ("S3", 62.5, 50.0, 56.25),
        ("S4", 81.25, 50.0, 65.625),
    ]
    assert [score.complete for score in progress.history] == [True, False, True, True]
    assert [domain.rated for domain in progress.history[1].domains] == [2, 1]
    assert progress.history[2].domains[1].rated == 3


def test_after_the_first_session_alone_the_course_cannot_be_judged() -> None:
    sid, when, concern, resilience, self_rating = SESSIONS[0]
    first = session(sid, when, mentoring_ratings(concern, resilience), self_rating=self_rating)
    progress = assess_course(course(), [first], vink(), date(2025, 1, 9))
    assert progress.progression is None and progress.overall is None


def test_change_and_classes(progress: CourseProgress) -> None:
    assert progress.baseline is not None and progress.baseline.session_id == "S1"
    assert progress.current is not None and progress.current.session_id == "S4"
    rows = [
        (
            change.domain_id,
            change.baseline,
            change.current,
            change.change,
            round(change.s_diff or 0, 2),
            round(change.rci or 0, 2),
            change.change_class,
        )
        for change in (*progress.domains, progress.overall)
        if change is not None
    ]
    assert rows == [
        ("concern", 37.5, 81.25, 43.75, 11.38, 3.84, ChangeClass.RELIABLY_IMPROVED),
        ("resilience", 31.25, 50.0, 18.75, 11.38, 1.65, ChangeClass.IMPROVED),
        (None, 34.375, 65.625, 31.25, 8.05, 3.88, ChangeClass.RELIABLY_IMPROVED),
    ]
    # The page's derivations of the two S_diffs and the reliable-change thresholds.
    assert round(math.sqrt(2) * 18 * math.sqrt(1 - 0.80), 2) == 11.38
    assert round(18 * math.sqrt(0.2), 2) == 8.05
    assert round(math.sqrt(8.05**2 + 8.05**2) / 2, 2) == 5.69
    assert round(1.96 * math.sqrt(2) * 18 * math.sqrt(0.2), 2) == 22.31
    assert round(1.96 * math.sqrt(2) * 5.692099788303083, 2) == 15.78


def test_verdicts(progress: CourseProgress) -> None:
    assert progress.progression is True
    assert progress.self_rating == 4 and progress.self_rating_session_id == "S4"
    assert progress.self_reported_progression is True
    assert progress.off_track == ()
    assert (TODAY - date(2025, 1, 6)).days == 63 and (TODAY - date(2025, 2, 26)).days == 12
    s3, s4 = progress.history[2].overall, progress.history[3].overall
    assert s3 is not None and s4 is not None and s4 - s3 == 9.375
