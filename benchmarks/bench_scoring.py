"""Issue 3 figures: programme KPIs over a large vault, and one course's score history.

    python -m benchmarks.bench_scoring [--participants 50000]

* KPIs (services.kpi_service.programme_kpis, both tracks, one year) over every course;
  baseline: a plain `SELECT` scan of the same sessions (every column fetched) in the same
  run. With --participants 50000 the demo makes ~1,000,000 sessions in 50,000 courses.
* A course's full score history with 40 sessions (domain.progress.assess_course), median;
  baseline: reading those 40 sessions from the vault.
"""

from __future__ import annotations

import argparse
import time
from datetime import date, datetime, timedelta

from benchmarks.common import line, median_ms, new_vault, scratch
from vink_desktop.domain.model import ContactKind, ParticipantKind
from vink_desktop.domain.progress import assess_course
from vink_desktop.services import courses, demo, kpi_service, participants, sessions
from vink_desktop.services.sessions import SessionInput
from vink_desktop.storage import repositories


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=5000)
    args = parser.parse_args()
    root = scratch()
    ctx = new_vault(root / "vault")
    seconds = time.perf_counter()
    made = demo.generate_demo(ctx, 3, args.participants)
    seconds = time.perf_counter() - seconds
    print(f"# bench_scoring: {made.courses} courses, {made.sessions} sessions ({seconds:.0f} s)")

    conn = ctx.vault.conn

    def scan() -> int:
        return len(conn.execute(f"SELECT {repositories.SESSION_COLUMNS} FROM sessions").fetchall())

    def kpis() -> object:
        return kpi_service.programme_kpis(
            ctx, period_start=date(2025, 1, 1), period_end=date(2026, 12, 31)
        )

    kpis()  # outcomes are cached at generation; this warms the page cache like the scan
    scan_ms = median_ms(scan, 3)
    kpi_ms = median_ms(kpis, 5)
    ratio = kpi_ms / scan_ms
    line(f"KPIs over {made.sessions} sessions (median of 5)", f"{kpi_ms:.0f} ms",
         f"SELECT scan {scan_ms:.0f} ms, ratio {ratio:.2f}x (target <= 1000 ms)")  # fmt: skip

    youth = participants.add_participant(ctx, "Bench-40", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, youth.id, date(2024, 1, 1))
    ratings = {
        "extremist_ties": 4, "polarising_views": 3, "violence_acceptance": 3, "us_and_them": 4,
        "source_criticism": 2, "own_needs_before_group": 3, "positive_communities": 2,
        "future_prospects": 3,
    }  # fmt: skip
    for n in range(40):
        when = datetime(2024, 1, 2, 10, 0) + timedelta(days=7 * n)
        sessions.record_session(
            ctx, course.id, SessionInput(when, 60, ContactKind.MEETING, "", ratings, 3)
        )
    history = repositories.sessions_of_course(conn, course.id)
    read_ms = median_ms(lambda: repositories.sessions_of_course(conn, course.id), 50)
    score_ms = median_ms(
        lambda: assess_course(course, history, ctx.frameworks, date(2026, 11, 2)), 200
    )
    line("score history of a 40-session course (median)", f"{score_ms:.2f} ms",
         f"reading its sessions {read_ms:.2f} ms, ratio {score_ms / read_ms:.2f}x "
         "(target <= 5 ms)")  # fmt: skip
    ctx.vault.close()


if __name__ == "__main__":
    main()
