"""The criteria table under filters, the records behind each figure, the follow-up list
(counting live from the clock), and the same through the command line."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.office.conftest import InProcessCli, fill_demo
from vink_desktop.domain.model import ClosingReason, ContactKind, ParticipantKind, Track, Worker
from vink_desktop.domain.office import ConcernSource, OutreachKind, ReactionStatus
from vink_desktop.services import (
    courses,
    follow_up,
    kpi_service,
    office_records,
    participants,
    sessions,
    vault_service,
)
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.follow_up import DeviceSyncState
from vink_desktop.services.office_records import ActivityInput, ConcernInput
from vink_desktop.services.sessions import SessionInput
from vink_desktop.services.success_criteria import CriteriaFilter, compute_criteria
from vink_desktop.storage import repositories

CONCERN = ("extremist_ties", "polarising_views", "violence_acceptance", "us_and_them")
RESILIENCE = (
    "source_criticism",
    "own_needs_before_group",
    "positive_communities",
    "future_prospects",
)


def _second_worker(ctx: Context) -> str:
    with ctx.vault.transaction() as tx:
        repositories.put_worker(tx, Worker("w2", "Yusuf Mentor", 1, ctx.clock.now()))
    return "w2"


def test_progression_rows_are_the_kpi_service_figures(office: Context) -> None:
    fill_demo(office)
    for selection in (CriteriaFilter(2026), CriteriaFilter(2025, district="Valby")):
        table = compute_criteria(office, selection)
        kpis = kpi_service.programme_kpis(
            office,
            period_start=date(selection.year, 1, 1),
            period_end=date(selection.year, 12, 31),
            district=selection.district,
        )
        for track in Track:
            row = table.row(f"{track.value}_progression")
            figures = kpis.track(track)
            assert (row.successes, row.denominator) == (
                figures.with_progression,
                figures.assessable,
            )
            assert row.details["not_assessable"] == figures.not_assessable
            assert len(row.group("with_progression").ids) == figures.with_progression
            assert len(row.group("not_assessable").ids) == figures.not_assessable
            assert row.participant == figures.participant
            for quarter in row.quarters:  # the same rule as the KPI service, per quarter
                period = selection.quarter(quarter.quarter)
                q = kpi_service.programme_kpis(
                    office,
                    period_start=period.start,
                    period_end=period.end,
                    track=track,
                    district=selection.district,
                ).track(track)
                assert (quarter.successes, quarter.n) == (q.with_progression, q.assessable)


def test_a_filter_change_reads_nothing_again_but_a_change_is_seen_at_once(
    office: Context, office_clock: FixedClock
) -> None:
    fill_demo(office, participants=40, reports=30)
    before = compute_criteria(office, CriteriaFilter(2026))
    assert compute_criteria(office, CriteriaFilter(2026)) == before
    office_records.add_activity(
        office, ActivityInput(date(2026, 6, 1), OutreachKind.PARENT_NETWORK, 17)
    )
    after = compute_criteria(office, CriteriaFilter(2026))
    assert after.row("reach_parents").successes == before.row("reach_parents").successes + 17
    course_id = after.row("mentoring_progression").group("with_progression").ids[0]
    course = courses.get_course(office, course_id)
    courses.close_course(office, course.id, date(2026, 11, 1), ClosingReason.GOALS_MET)
    closed = compute_criteria(office, CriteriaFilter(2026)).row("good_service")
    assert course_id in closed.group("not_evaluated").ids


def test_filters(office: Context) -> None:
    other = _second_worker(office)
    office_records.add_activity(
        office, ActivityInput(date(2026, 3, 1), OutreachKind.STAFF_TRAINING, 40)
    )
    office_records.add_activity(
        office,
        ActivityInput(
            date(2026, 3, 2), OutreachKind.STAFF_TRAINING, 25, worker=other, district="Valby"
        ),
    )
    office_records.add_concern(
        office,
        ConcernInput(
            datetime(2026, 3, 3, 9),
            ConcernSource.SSP,
            new_code="B-1",
            worker=other,
            district="Valby",
        ),
    )
    office_records.add_concern(
        office, ConcernInput(datetime(2025, 3, 3, 9), ConcernSource.SSP, new_code="B-0")
    )

    everyone = compute_criteria(office, CriteriaFilter(2026))
    assert everyone.row("reach_staff").successes == 65
    assert everyone.row("concern_reports_more").details["previous_year"] == 1
    mine = compute_criteria(office, CriteriaFilter(2026, worker_id=office.actor_id))
    assert mine.row("reach_staff").successes == 40
    assert mine.row("concern_reports_more").successes == 0
    valby = compute_criteria(office, CriteriaFilter(2026, district="Valby"))
    assert valby.row("reach_staff").successes == 25
    assert valby.row("concern_reports_more").group("counted").entity == "concern_report"
    assert len(valby.row("concern_reports_more").group("counted").ids) == 1

    mentoring = compute_criteria(office, CriteriaFilter(2026, track=Track.MENTORING))
    ids = [row.id for row in mentoring.rows]
    assert "mentoring_progression" in ids and "parent_coaching_progression" not in ids
    assert mentoring.row("reach_staff").ignored_filters == ("track",)
    assert mentoring.row("good_service").ignored_filters == ()
    assert everyone.row("reach_staff").ignored_filters == ()


def test_a_running_year_is_compared_with_the_same_part_of_the_year_before(
    office: Context,
) -> None:
    """Clock: 2 November 2026. A report on 10 December 2025 is after that day a year
    earlier, so 2026 so far is compared with 1 January–2 November 2025."""
    for day, code in (
        (date(2025, 2, 1), "B-1"),
        (date(2025, 12, 10), "B-2"),
        (date(2026, 2, 1), "B-3"),
        (date(2026, 5, 1), "B-4"),
    ):
        office_records.add_concern(
            office,
            ConcernInput(
                datetime.combine(day, datetime.min.time()).replace(hour=9),
                ConcernSource.SCHOOL,
                new_code=code,
            ),
        )
    row = compute_criteria(office, CriteriaFilter(2026)).row("concern_reports_more")
    assert (row.successes, row.details["previous_year"], row.met) == (2, 1, True)
    past = compute_criteria(office, CriteriaFilter(2025)).row("concern_reports_more")
    assert (past.successes, past.details["previous_year"], past.met) == (2, 0, None)


def test_follow_up_counts_live_from_the_clock(office: Context, office_clock: FixedClock) -> None:
    youth = participants.add_participant(office, "Emil-K0001", ParticipantKind.YOUTH)
    course = courses.open_course(office, youth.id, date(2026, 8, 3))
    ratings = {i: 3 for i in CONCERN} | {i: 3 for i in RESILIENCE}
    sessions.record_session(
        office,
        course.id,
        SessionInput(datetime(2026, 8, 4, 10), 60, ContactKind.MEETING, ratings=ratings),
    )
    waiting = office_records.add_concern(
        office, ConcernInput(datetime(2026, 11, 1, 14, 0), ConcernSource.PARENT, new_code="B-9")
    )
    found = follow_up.follow_up_list(office)
    assert [c.course_id for c in found.no_recent_session] == [course.id]
    assert found.no_recent_session[0].weeks_without_session == 12
    off = {c.course_id: [r["code"] for r in c.reasons] for c in found.off_track}
    assert "no_recent_session" in off[course.id]
    assert found.overdue_concerns == ()
    assert [v.report.id for v in found.pending_concerns] == [waiting.id]
    assert found.pending_concerns[0].hours_left == pytest.approx(4.0)
    assert found.device_checks == "available" and found.stale_devices == ()

    assert follow_up.follow_up_list(office, no_session_weeks=13).no_recent_session == ()
    office_clock.at += timedelta(hours=5)  # now past the 24 hours
    later = follow_up.follow_up_list(office)
    assert later.pending_concerns == ()
    assert later.overdue_concerns[0].status is ReactionStatus.OVERDUE
    assert later.overdue_concerns[0].hours_overdue == pytest.approx(1.0)


def test_follow_up_without_sync_tables_or_on_a_field_laptop(office: Context, ctx: Context) -> None:
    """The device checks need the sync layer's tables: without them, nothing (and says so)."""
    assert follow_up.follow_up_list(ctx).device_checks == "unavailable"  # a field vault
    with office.vault.transaction() as tx:
        for table in ("sync_held", "sync_ledger", "sync_devices"):
            tx.execute(f"DROP TABLE {table}")
    found = follow_up.follow_up_list(office)
    assert (found.device_checks, found.stale_devices, found.batch_gaps) == ("unavailable", (), ())


def test_follow_up_reads_the_sync_layers_devices(office: Context) -> None:
    """The default device source: approved devices from the sync layer's device list."""
    from vink_desktop.storage import sync_store

    now = office.clock.now()
    with office.vault.transaction() as tx:
        for device_id, days in (("a" * 32, 20), ("b" * 32, 1), ("c" * 32, 30)):
            sync_store.insert_device(tx, device_id, b"k" * 32, f"fp-{device_id[0]}", now)
            sync_store.advance_device(tx, device_id, 2, b"h" * 32, now - timedelta(days=days))
        sync_store.set_device_status(tx, "a" * 32, "approved", now)
        sync_store.set_device_status(tx, "b" * 32, "approved", now)
        sync_store.insert_held(tx, "a" * 32, 5, b"x" * 32, "batch-5", now, b"...")
    found = follow_up.follow_up_list(office, device_days=14)
    assert found.device_checks == "available"
    # The third device is still pending approval: not judged.
    assert [(d.name, d.days_since) for d in found.stale_devices] == [("fp-a", 20)]
    assert [(g.name, g.missing) for g in found.batch_gaps] == [("fp-a", ((3, 4),))]


def test_follow_up_device_checks_through_a_device_source(office: Context) -> None:
    now = office.clock.now()
    states = [
        DeviceSyncState("d1", "Laptop 1", now - timedelta(days=20), ((4, 5),)),
        DeviceSyncState("d2", "Laptop 2", now - timedelta(days=2)),
        DeviceSyncState("d3", "Laptop 3", None),
    ]
    found = follow_up.follow_up_list(office, device_days=14, device_source=lambda ctx: states)
    assert found.device_checks == "available"
    assert [(d.device_id, d.days_since) for d in found.stale_devices] == [("d1", 20), ("d3", None)]
    assert [(g.device_id, g.missing) for g in found.batch_gaps] == [("d1", ((4, 5),))]


def test_the_commands(office: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    youth = participants.add_participant(office, "Emil-K0001", ParticipantKind.YOUTH)
    folder = office.vault.paths.folder
    vault_service.close(office)
    cli = InProcessCli(folder, tmp_path, monkeypatch)
    added = json.loads(
        cli.ok(
            "concerns",
            "add",
            "--received",
            "2026-10-24T14:00",
            "--source",
            "school",
            "--participant",
            "Emil-K0001",
            "--json",
        )
    )
    assert added["deadline_wall"] == "2026-10-25T13:00:00"
    assert added["report"]["participant_id"] == youth.id
    code, _, err = cli.run(
        "concerns", "add", "--received", "2026-10-24T14:00", "--source", "school"
    )
    assert code == 1 and "--participant" in err
    reacted = json.loads(
        cli.ok(
            "concerns",
            "react",
            added["report"]["id"],
            "--at",
            "2026-10-25T13:00:01",
            "--outcome",
            "advice_given",
            "--json",
        )
    )
    assert reacted["status"] == "late"
    listed = json.loads(cli.ok("concerns", "list", "--year", "2026", "--json"))
    assert [v["status"] for v in listed] == ["late"]
    cli.ok(
        "outreach",
        "add",
        "--date",
        "2026-09-01",
        "--kind",
        "youth_dialogue",
        "--head-count",
        "40",
        "--respondents",
        "30",
        "--positive",
        "27",
    )
    assert "youth_dialogue" in cli.ok("outreach", "list", "--year", "2026")
    code, _, err = cli.run("evaluations", "add", "--course", "nope", "--vink", "yes")
    assert code == 1 and "nope" in err

    table = json.loads(cli.ok("criteria", "--year", "2026", "--json"))
    rows = {r["criterion"]["id"]: r for r in table["rows"]}
    assert (
        rows["dialogue_gives_options"]["successes"],
        rows["dialogue_gives_options"]["denominator"],
    ) == (27, 30)
    assert rows["concern_reaction_24h"]["records"] == [
        {"key": s.value, "entity": "concern_report", "count": int(s is ReactionStatus.LATE)}
        for s in ReactionStatus
    ]
    text = cli.ok("criteria", "--year", "2026", "--track", "mentoring")
    assert "dialogue_gives_options" in text and "parent_coaching_progression" not in text
    assert "Not split by track" in text
    shown = cli.ok("follow-up")
    assert "Devices without a batch for 14 days" in shown
    assert json.loads(cli.ok("follow-up", "--json"))["device_checks"] == "available"
    out = tmp_path / "r.csv"
    assert "Wrote" in cli.ok("report", "--year", "2026", "--format", "csv", "--out", str(out))
    assert out.read_text(encoding="utf-8").startswith("section,key,label_da")
    code, _, err = cli.run(
        "report", "--year", "2026", "--format", "csv", "--out", str(tmp_path / "missing" / "r.csv")
    )
    assert code == 1 and "no such folder" in err


def test_quiet_courses_chosen_by_the_database_follow_the_definition(
    office: Context, office_clock: FixedClock
) -> None:
    """ "No session for K weeks" is picked in SQL (a bound per track); it must match the
    definition — whole weeks from the last session's Copenhagen date (or the start) to
    today — on every day around the boundary, for late-evening sessions whose UTC date is
    the day before, and across the change to summer and winter time."""
    from vink_desktop.services.context import COPENHAGEN
    from vink_desktop.storage import course_queries
    from vink_desktop.storage.course_queries import CourseQuery

    fill_demo(office, participants=60, reports=0)
    ratings = {i: 3 for i in CONCERN} | {i: 3 for i in RESILIENCE}
    # Local midnight, just after it (the UTC date is the day before), late evening; in
    # summer time (UTC+2), on the night the clocks go back (25 October) and in winter time.
    edges = [datetime(2026, 10, d, h, m) for d in (10, 24, 25, 26, 31) for h, m in
             ((0, 0), (0, 30), (1, 30), (23, 30))] + [datetime(2026, 11, 1, 0, 0)]  # fmt: skip
    for number, when in enumerate(edges):
        youth = participants.add_participant(office, f"Edge-{number}", ParticipantKind.YOUTH)
        course = courses.open_course(office, youth.id, date(2026, 3, 2))
        entry = SessionInput(when, 60, ContactKind.MEETING, ratings=ratings)
        sessions.record_session(office, course.id, entry)
    every = course_queries.course_summaries(
        office.vault.conn, CourseQuery(statuses=(courses.CourseStatus.ACTIVE,))
    )
    framework = office.frameworks.latest("vink-2014")
    start = office_clock.at
    checked = 0
    for days in range(0, 40):
        office_clock.at = start + timedelta(days=days)
        today = office_clock.at.astimezone(COPENHAGEN).date()
        for weeks in (None, 1, 2, 3, 4):
            expected = set()
            for s in every:
                limit = weeks or framework.track(s.track.value).off_track.no_session_weeks
                last = s.last_session_utc
                since = (
                    s.start if last is None
                    else datetime.fromisoformat(last[:-1] + "+00:00").astimezone(COPENHAGEN).date()
                )  # fmt: skip
                if (today - since).days // 7 >= limit:
                    expected.add(s.id)
            found = follow_up.follow_up_list(office, no_session_weeks=weeks)
            assert {c.course_id for c in found.no_recent_session} == expected, (days, weeks)
            checked += len(expected)
    assert checked > 1000
