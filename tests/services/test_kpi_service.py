"""The KPI service over a real vault: every course counted, filters, and the same numbers
through the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from tests.conftest import PASSPHRASE
from vink_desktop.domain.model import ClosingReason, ContactKind, ParticipantKind, Track
from vink_desktop.services import courses, kpi_service, participants, sessions, vault_service
from vink_desktop.services.context import Context
from vink_desktop.services.sessions import SessionInput

CONCERN = ("extremist_ties", "polarising_views", "violence_acceptance", "us_and_them")
RESILIENCE = ("source_criticism", "own_needs_before_group", "positive_communities",
              "future_prospects")  # fmt: skip


def _youth_course(ctx: Context, code: str, levels: list[int], district: str) -> str:
    youth = participants.add_participant(ctx, code, ParticipantKind.YOUTH, district=district)
    course = courses.open_course(ctx, youth.id, date(2026, 1, 5))
    for n, level in enumerate(levels):
        ratings = {i: level for i in CONCERN} | {i: 6 - level for i in RESILIENCE}
        entry = SessionInput(
            datetime(2026, 1, 6, 10) + timedelta(weeks=n), 60, ContactKind.MEETING,
            ratings=ratings, self_rating=4 if level <= 2 else 2,
        )  # fmt: skip
        sessions.record_session(ctx, course.id, entry)
    return course.id


def test_every_course_counted_and_filters(ctx: Context) -> None:
    _youth_course(ctx, "A-1", [4, 3, 2], "Valby")  # improves a lot
    _youth_course(ctx, "A-2", [4, 4, 4], "Valby")  # unchanged
    _youth_course(ctx, "A-3", [3], "Nørrebro")  # one assessment: not assessable
    closed = _youth_course(ctx, "A-4", [], "Nørrebro")  # no sessions at all
    courses.close_course(ctx, closed, date(2026, 2, 1), ClosingReason.ENDED_EARLY)
    report = kpi_service.programme_kpis(ctx, period_start=date(2026, 1, 1))
    youth = report.track(Track.MENTORING)
    assert youth.courses == 4
    assert youth.assessable == 2 and youth.not_assessable == 2
    assert youth.with_progression == 1
    assert youth.share == 0.5
    low, high = youth.interval
    assert low < 0.5 < high
    assert youth.met is False
    assert youth.participant.n == 3 and youth.participant.successes == 1
    assert report.track(Track.PARENT_COACHING).courses == 0
    valby = kpi_service.programme_kpis(ctx, district="Valby").track(Track.MENTORING)
    assert valby.courses == 2 and valby.with_progression == 1
    # A period that ends before any course started counts nothing.
    early = kpi_service.programme_kpis(ctx, period_end=date(2025, 12, 31))
    assert early.track(Track.MENTORING).courses == 0
    # A course closed before the period starts is not in it.
    later = kpi_service.programme_kpis(ctx, period_start=date(2026, 3, 1))
    assert later.track(Track.MENTORING).courses == 3


def test_cli_kpi_json_equals_the_service(ctx: Context, tmp_path: Path) -> None:
    _youth_course(ctx, "A-1", [4, 3, 2], "Valby")
    _youth_course(ctx, "A-2", [4, 4, 3], "Valby")
    expected = kpi_service.programme_kpis(ctx, period_start=date(2026, 1, 1))
    folder = ctx.vault.paths.folder
    vault_service.close(ctx)
    passfile = tmp_path / "p"
    passfile.write_text(PASSPHRASE)
    env = {**os.environ, "VINK_VAULT": str(folder), "VINK_PASSPHRASE_FILE": str(passfile)}
    out = subprocess.run(
        [sys.executable, "-m", "vink_desktop", "kpi", "--from", "2026-01-01", "--json"],
        capture_output=True, text=True, env=env, check=True, timeout=120,
    )  # fmt: skip
    data = json.loads(out.stdout)
    mentoring = next(t for t in data["tracks"] if t["track"] == "mentoring")["figures"]
    figures = expected.track(Track.MENTORING)
    assert mentoring["courses"] == figures.courses
    assert mentoring["practitioner"]["successes"] == figures.with_progression
    assert mentoring["practitioner"]["interval"] == list(figures.interval)
    table = subprocess.run(
        [sys.executable, "-m", "vink_desktop", "kpi", "--track", "mentoring"],
        capture_output=True, text=True, env=env, check=True, timeout=120,
    ).stdout  # fmt: skip
    assert "mentoring" in table and "80%" in table
