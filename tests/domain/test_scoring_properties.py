"""Properties of the scoring rules, checked with hypothesis over many inputs."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from domain_builders import course, outcome, session, vink
from hypothesis import given, settings
from hypothesis import strategies as st

from vink_desktop.domain import framework as fw
from vink_desktop.domain.change import RCI_CRITICAL, ChangeClass, ChangeRule, measure, s_diff
from vink_desktop.domain.kpi import summarise, wilson_interval
from vink_desktop.domain.model import Track
from vink_desktop.domain.progress import assess_course
from vink_desktop.domain.scoring import normalise, score_session

FRAMEWORK = vink()
TRACKS = {track.id: track for track in FRAMEWORK.tracks}


def ratings_for(track: fw.Track) -> st.SearchStrategy[dict[str, int]]:
    """Any subset of the track's indicators, each rated somewhere on its scale."""
    parts = {
        indicator.id: st.none() | st.integers(indicator.scale.minimum, indicator.scale.maximum)
        for indicator in track.indicators()
    }
    return st.fixed_dictionaries(parts).map(
        lambda values: {key: value for key, value in values.items() if value is not None}
    )


tracks = st.sampled_from(sorted(TRACKS))


def flipped(track: fw.Track) -> fw.Track:
    """The track with every indicator's polarity reversed."""
    other = {
        fw.Polarity.HIGHER_IS_BETTER: fw.Polarity.LOWER_IS_BETTER,
        fw.Polarity.LOWER_IS_BETTER: fw.Polarity.HIGHER_IS_BETTER,
    }
    domains = tuple(
        replace(
            domain,
            indicators=tuple(
                replace(indicator, polarity=other[indicator.polarity])
                for indicator in domain.indicators
            ),
        )
        for domain in track.domains
    )
    return replace(track, domains=domains)


def better(indicator: fw.Indicator, value: int) -> int | None:
    """One step better on the indicator's scale, or None at the best end."""
    step = -1 if indicator.polarity is fw.Polarity.LOWER_IS_BETTER else 1
    improved = value + step
    return improved if indicator.scale.contains(improved) else None


@given(tracks, st.data())
def test_improving_one_rating_never_lowers_a_score(track_id: str, data: st.DataObject) -> None:
    track = TRACKS[track_id]
    ratings = data.draw(ratings_for(track).filter(bool))
    indicator_id = data.draw(st.sampled_from(sorted(ratings)))
    indicator = FRAMEWORK.indicator(track_id, indicator_id)
    improved = better(indicator, ratings[indicator_id])
    if improved is None:
        return
    when = datetime(2025, 1, 8, 12)
    before = score_session(session("s", when, ratings), track)
    after = score_session(session("s", when, {**ratings, indicator_id: improved}), track)
    for old, new in zip(before.domains, after.domains, strict=True):
        assert (old.score is None) == (new.score is None)
        if old.score is not None and new.score is not None:
            assert new.score >= old.score
    if before.overall is not None:
        assert after.overall is not None and after.overall > before.overall


@given(tracks, st.data())
def test_reversing_the_polarity_mirrors_the_score(track_id: str, data: st.DataObject) -> None:
    track = TRACKS[track_id]
    ratings = data.draw(ratings_for(track))
    when = datetime(2025, 1, 8, 12)
    original = score_session(session("s", when, ratings), track)
    mirrored = score_session(session("s", when, ratings), flipped(track))
    for a, b in zip(original.domains, mirrored.domains, strict=True):
        if a.score is None or b.score is None:
            assert a.score is None and b.score is None
        else:
            assert math.isclose(a.score + b.score, 100.0, abs_tol=1e-9)
    if original.overall is not None:
        assert mirrored.overall is not None
        assert math.isclose(original.overall + mirrored.overall, 100.0, abs_tol=1e-9)
    for indicator, flip in zip(track.indicators(), flipped(track).indicators(), strict=True):
        for value in range(indicator.scale.minimum, indicator.scale.maximum + 1):
            assert normalise(value, indicator) == 100.0 - normalise(value, flip)


@settings(max_examples=60)
@given(
    tracks,
    st.lists(st.tuples(st.integers(0, 400), st.booleans(), st.none() | st.integers(1, 5))),
    st.data(),
    st.randoms(use_true_random=False),
)
def test_the_order_sessions_are_given_in_changes_nothing(
    track_id: str,
    shapes: list[tuple[int, bool, int | None]],
    data: st.DataObject,
    rng: random.Random,
) -> None:
    track = TRACKS[track_id]
    start = datetime(2025, 1, 6, 9)
    sessions = [
        session(
            f"s{index:03}",
            # Days may repeat, so equal start times are ordered by id.
            start + timedelta(days=day // 4),
            data.draw(ratings_for(track)),
            self_rating=self_rating,
            acute_concern=acute,
        )
        for index, (day, acute, self_rating) in enumerate(shapes)
    ]
    the_course = course(track=Track(track_id))
    expected = assess_course(the_course, sessions, FRAMEWORK, date(2025, 6, 1))
    shuffled = list(sessions)
    rng.shuffle(shuffled)
    assert assess_course(the_course, shuffled, FRAMEWORK, date(2025, 6, 1)) == expected
    assert assess_course(the_course, reversed(sessions), FRAMEWORK, date(2025, 6, 1)) == expected


finite = st.floats(0.0, 100.0, allow_nan=False)


@given(finite, finite, st.floats(0.5, 60.0), st.floats(0.01, 0.99), st.floats(0.5, 50.0))
def test_rci_matches_the_formula(
    baseline: float, current: float, sd: float, reliability: float, min_change: float
) -> None:
    rule = ChangeRule(s_diff=s_diff(sd, reliability), min_change=min_change)
    change = measure("d", baseline, current, rule)
    expected_s_diff = math.sqrt(2.0) * sd * math.sqrt(1.0 - reliability)
    assert change.s_diff is not None and math.isclose(change.s_diff, expected_s_diff)
    assert change.rci is not None
    assert math.isclose(change.rci, (current - baseline) / expected_s_diff, abs_tol=1e-12)
    if change.rci > RCI_CRITICAL:
        assert change.change_class is ChangeClass.RELIABLY_IMPROVED
    elif change.rci < -RCI_CRITICAL:
        assert change.change_class is ChangeClass.RELIABLY_DETERIORATED
    elif abs(change.change) < min_change - 1e-6:
        assert change.change_class is ChangeClass.UNCHANGED
    elif abs(change.change) > min_change + 1e-6:
        expected = ChangeClass.IMPROVED if change.change > 0 else ChangeClass.DETERIORATED
        assert change.change_class is expected


@given(st.integers(0, 100_000), st.data())
def test_a_share_always_lies_inside_its_wilson_interval(n: int, data: st.DataObject) -> None:
    successes = data.draw(st.integers(0, n))
    low, high = wilson_interval(successes, n)
    assert 0.0 <= low <= high <= 1.0
    if n:
        assert low <= successes / n <= high


@given(st.lists(st.tuples(st.booleans(), st.none() | st.booleans())), st.floats(0.01, 1.0))
def test_kpi_share_lies_inside_its_interval(
    verdicts: list[tuple[bool, bool | None]], target: float
) -> None:
    outcomes = [
        outcome(
            str(index),
            None if progression is None else ChangeClass.UNCHANGED,
            progression,
            self_reported,
        )
        for index, (self_reported, progression) in enumerate(verdicts)
    ]
    figures = summarise(outcomes, target)
    assert figures.assessable + figures.not_assessable == figures.courses == len(verdicts)
    for share in (figures.practitioner, figures.participant):
        low, high = share.interval
        if share.share is not None:
            assert low <= share.share <= high
