"""Programme KPIs: Wilson interval, the summary, the selection of courses."""

from __future__ import annotations

from datetime import date

import pytest
from domain_builders import outcome

from vink_desktop.domain.change import ChangeClass
from vink_desktop.domain.kpi import KpiSelection, summarise, wilson_interval
from vink_desktop.domain.model import Track


def test_wilson_interval_known_values() -> None:
    # Reference values: Wilson score interval, 95 %.
    assert wilson_interval(8, 10) == pytest.approx((0.4902, 0.9433), abs=1e-4)
    assert wilson_interval(80, 100) == pytest.approx((0.7112, 0.8666), abs=1e-4)
    assert wilson_interval(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)
    assert wilson_interval(10, 10)[1] == 1.0
    assert wilson_interval(0, 10)[0] == 0.0
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_wilson_interval_refuses_impossible_counts() -> None:
    for successes, n in ((3, 2), (-1, 2), (0, -1)):
        with pytest.raises(ValueError, match="successes"):
            wilson_interval(successes, n)


def test_summary_counts_every_course() -> None:
    outcomes = [
        outcome("a", ChangeClass.RELIABLY_IMPROVED, True, True),
        outcome("b", ChangeClass.IMPROVED, True, False),
        outcome("c", ChangeClass.UNCHANGED, False, None),
        outcome("d", ChangeClass.RELIABLY_DETERIORATED, False, True),
        outcome("e", None, None, True),  # not assessable, but has a self rating
        outcome("f"),  # nothing at all
    ]
    figures = summarise(outcomes, 0.8)
    assert (figures.courses, figures.assessable, figures.not_assessable) == (6, 4, 2)
    assert figures.with_progression == 2 and figures.share == 0.5
    assert figures.interval == wilson_interval(2, 4)
    assert figures.target == 0.8 and figures.met is False and figures.certain is False
    assert (figures.participant.n, figures.participant.successes) == (4, 3)
    assert figures.participant.share == 0.75
    assert dict(figures.classes) == {
        ChangeClass.RELIABLY_IMPROVED: 1,
        ChangeClass.IMPROVED: 1,
        ChangeClass.UNCHANGED: 1,
        ChangeClass.DETERIORATED: 0,
        ChangeClass.RELIABLY_DETERIORATED: 1,
    }
    assert list(figures.classes) == list(ChangeClass)


def test_met_uses_the_share_and_certain_uses_the_interval() -> None:
    eight_of_ten = [outcome(str(i), ChangeClass.IMPROVED, i < 8) for i in range(10)]
    figures = summarise(eight_of_ten, 0.8)
    assert figures.share == 0.8 and figures.met is True and figures.certain is False
    many = [outcome(str(i), ChangeClass.IMPROVED, i % 100 < 95) for i in range(1000)]
    figures = summarise(many, 0.8)
    assert figures.met is True and figures.certain is True
    few = [outcome(str(i), ChangeClass.UNCHANGED, i % 10 < 3) for i in range(100)]
    assert summarise(few, 0.8).certain is True and summarise(few, 0.8).met is False


def test_nothing_assessable() -> None:
    figures = summarise([outcome("a"), outcome("b", self_reported=False)], 0.8)
    assert figures.assessable == 0 and figures.not_assessable == 2
    assert figures.share is None and figures.interval == (0.0, 1.0)
    assert figures.met is None and figures.certain is None
    assert figures.participant.share == 0.0
    empty = summarise([], 0.8)
    assert empty.courses == 0 and empty.met is None and empty.participant.share is None


def test_outcome_must_be_consistent() -> None:
    with pytest.raises(ValueError, match="both"):
        outcome("a", ChangeClass.IMPROVED, None)
    with pytest.raises(ValueError, match="both"):
        outcome("a", None, True)


def test_selection_by_period_track_worker_and_district() -> None:
    outcomes = [
        outcome("ended-before", start=date(2023, 3, 1), end=date(2023, 12, 31)),
        outcome("ended-in", start=date(2023, 3, 1), end=date(2024, 1, 1)),
        outcome("open", start=date(2024, 6, 1)),
        outcome("starts-after", start=date(2025, 1, 1)),
        outcome("parent", start=date(2024, 6, 1), track=Track.PARENT_COACHING),
        outcome("other-worker", start=date(2024, 6, 1), worker_id="w2"),
        outcome("other-district", start=date(2024, 6, 1), district="Amager"),
    ]
    year = KpiSelection(Track.MENTORING, date(2024, 1, 1), date(2024, 12, 31))
    assert [o.course_id for o in year.select(outcomes)] == [
        "ended-in",
        "open",
        "other-worker",
        "other-district",
    ]
    narrow = KpiSelection(
        Track.MENTORING, date(2024, 1, 1), date(2024, 12, 31), worker_id="w1", district="Nørrebro"
    )
    assert [o.course_id for o in narrow.select(outcomes)] == ["ended-in", "open"]
    assert len(KpiSelection(Track.PARENT_COACHING).select(outcomes)) == 1
