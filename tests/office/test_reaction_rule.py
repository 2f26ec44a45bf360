"""The 24-hour rule at its edges: exactly 24 hours counts, one second more does not, and it
is 24 hours of real time across midnight and both daylight-saving changes in Copenhagen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vink_desktop.domain.office import (
    ConcernSource,
    ReactionStatus,
    deadline_wall,
    reacted_within_limit,
    reaction_status,
)
from vink_desktop.domain.validation import ValidationError, local_time
from vink_desktop.services import office_records, success_criteria
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.office_records import ConcernInput

CASES = [
    # (received wall, reaction wall, within 24 h?)
    (datetime(2026, 5, 4, 9, 30), datetime(2026, 5, 5, 9, 30), True),  # exactly 24 h
    (datetime(2026, 5, 4, 9, 30), datetime(2026, 5, 5, 9, 30, 1), False),  # 24 h + 1 s
    (datetime(2026, 5, 4, 23, 50), datetime(2026, 5, 5, 23, 50), True),  # across midnight
    (datetime(2026, 5, 4, 23, 50), datetime(2026, 5, 5, 23, 50, 1), False),
    # Summer time starts Sunday 29 March 2026 at 02:00 (clocks jump to 03:00): 24 h of real
    # time after Saturday 14:00 is Sunday 15:00 on the wall clock.
    (datetime(2026, 3, 28, 14, 0), datetime(2026, 3, 29, 15, 0), True),
    (datetime(2026, 3, 28, 14, 0), datetime(2026, 3, 29, 15, 0, 1), False),
    (datetime(2026, 3, 28, 14, 0), datetime(2026, 3, 29, 14, 30), True),
    # Winter time starts Sunday 25 October 2026 at 03:00 (clocks go back to 02:00): 24 h
    # after Saturday 14:00 is Sunday 13:00 on the wall clock; 14:00 is already 25 h.
    (datetime(2026, 10, 24, 14, 0), datetime(2026, 10, 25, 13, 0), True),
    (datetime(2026, 10, 24, 14, 0), datetime(2026, 10, 25, 13, 0, 1), False),
    (datetime(2026, 10, 24, 14, 0), datetime(2026, 10, 25, 14, 0), False),
]


@pytest.mark.parametrize(("received", "reaction", "within"), CASES)
def test_the_rule_on_local_times(received: datetime, reaction: datetime, within: bool) -> None:
    got = reacted_within_limit(local_time(received), local_time(reaction))
    assert got is within


def test_deadline_on_the_wall_clock_across_dst() -> None:
    assert deadline_wall(local_time(datetime(2026, 3, 28, 14, 0))) == datetime(2026, 3, 29, 15, 0)
    assert deadline_wall(local_time(datetime(2026, 10, 24, 14, 0))) == datetime(2026, 10, 25, 13, 0)
    assert deadline_wall(local_time(datetime(2026, 5, 4, 23, 50))) == datetime(2026, 5, 5, 23, 50)


def test_pending_until_the_deadline_then_overdue() -> None:
    received = local_time(datetime(2026, 3, 28, 14, 0))  # 13:00 UTC
    deadline = datetime(2026, 3, 29, 13, 0, tzinfo=UTC)  # 15:00 summer time
    assert reaction_status(received, None, deadline) is ReactionStatus.PENDING
    assert reaction_status(received, None, deadline + timedelta(seconds=1)) is (
        ReactionStatus.OVERDUE
    )


@pytest.mark.parametrize(("received", "reaction", "within"), CASES)
def test_the_criterion_counts_the_edges(
    office: Context, received: datetime, reaction: datetime, within: bool
) -> None:
    """Through the service and the criterion: the same verdict as the rule itself."""
    report = office_records.add_concern(
        office, ConcernInput(received, ConcernSource.SCHOOL, new_code="Bek-1")
    )
    office_records.record_reaction(office, report.id, at=reaction)
    row = success_criteria.compute_criteria(office, success_criteria.CriteriaFilter(2026)).row(
        "concern_reaction_24h"
    )
    assert (row.successes, row.denominator) == ((1, 1) if within else (0, 1))
    assert row.met is within
    key = "within_24h" if within else "late"
    assert row.group(key).ids == (report.id,)


def test_pending_reports_are_shown_apart_and_overdue_ones_fail(
    office: Context, office_clock: FixedClock
) -> None:
    """Counting live from the clock: pending is not in the denominator; once the 24 hours
    have passed without a reaction the report counts as a failure."""
    office_clock.at = datetime(2026, 10, 25, 11, 0, tzinfo=UTC)  # Sunday 12:00, winter time
    reacted = office_records.add_concern(
        office, ConcernInput(datetime(2026, 10, 20, 9, 0), ConcernSource.SSP, new_code="Bek-2")
    )
    office_records.record_reaction(office, reacted.id, at=datetime(2026, 10, 20, 15, 0))
    waiting = office_records.add_concern(
        office, ConcernInput(datetime(2026, 10, 24, 14, 0), ConcernSource.PARENT, new_code="Bek-3")
    )
    selection = success_criteria.CriteriaFilter(2026)

    row = success_criteria.compute_criteria(office, selection).row("concern_reaction_24h")
    assert (row.successes, row.denominator, row.value, row.met) == (1, 1, 1.0, True)
    assert row.details["pending"] == 1 and row.group("pending").ids == (waiting.id,)
    view = office_records.list_concerns(office, unreacted_only=True)[0]
    assert view.status is ReactionStatus.PENDING
    assert view.hours_left == pytest.approx(1.0)  # deadline 13:00 wall = 12:00 UTC

    office_clock.at = datetime(2026, 10, 25, 12, 0, tzinfo=UTC)  # exactly at the deadline
    row = success_criteria.compute_criteria(office, selection).row("concern_reaction_24h")
    assert row.details["pending"] == 1 and row.details["overdue"] == 0

    office_clock.at = datetime(2026, 10, 25, 12, 0, 1, tzinfo=UTC)  # one second past
    row = success_criteria.compute_criteria(office, selection).row("concern_reaction_24h")
    assert row.details["pending"] == 0 and row.group("overdue").ids == (waiting.id,)
    assert (row.successes, row.denominator, row.met) == (1, 2, False)


def test_a_reaction_before_the_report_is_refused(office: Context) -> None:
    report = office_records.add_concern(
        office, ConcernInput(datetime(2026, 5, 4, 9, 30), ConcernSource.SCHOOL, new_code="Bek-4")
    )
    with pytest.raises(ValidationError) as caught:
        office_records.record_reaction(office, report.id, at=datetime(2026, 5, 4, 9, 29))
    assert caught.value.code == "reaction_before_received"


def test_a_time_skipped_by_summer_time_is_refused(office: Context) -> None:
    with pytest.raises(ValidationError) as caught:
        office_records.add_concern(
            office,
            ConcernInput(datetime(2026, 3, 29, 2, 30), ConcernSource.SCHOOL, new_code="Bek-5"),
        )
    assert caught.value.problems[0].code == "nonexistent_time"
    assert caught.value.problems[0].field == "received_at"
