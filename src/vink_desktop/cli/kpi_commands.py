"""`kpi`: the programme figures for a period, as a table or JSON."""

from __future__ import annotations

import argparse

from vink_desktop.cli.common import (
    EXIT_OK,
    UsageError,
    parse_date,
    print_json,
    print_table,
    unlocked,
)
from vink_desktop.domain.kpi import ShareFigure
from vink_desktop.domain.model import Track
from vink_desktop.services import kpi_service
from vink_desktop.services.context import Context
from vink_desktop.storage import repositories


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("kpi", help="programme KPIs: share of courses with progression")
    p.add_argument("--from", dest="period_start", type=parse_date, help="YYYY-MM-DD")
    p.add_argument("--to", dest="period_end", type=parse_date, help="YYYY-MM-DD")
    p.add_argument("--track", choices=[t.value for t in Track])
    p.add_argument("--worker", help="worker name or id")
    p.add_argument("--district")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_kpi)


def _worker_id(ctx: Context, ref: str | None) -> str | None:
    if ref is None:
        return None
    workers = repositories.list_workers(ctx.vault.conn)
    matches = [w for w in workers if ref in (w.id, w.name)]
    if len(matches) != 1:
        raise UsageError(f"no single worker called {ref!r}")
    return matches[0].id


def _share(figure: ShareFigure) -> str:
    if figure.share is None:
        return "-"
    low, high = figure.interval
    return f"{figure.share:.0%} ({low:.0%}–{high:.0%})"


def cmd_kpi(args: argparse.Namespace) -> int:
    if args.period_start and args.period_end and args.period_end < args.period_start:
        raise UsageError("--to is before --from")
    with unlocked(args) as ctx:
        report = kpi_service.programme_kpis(
            ctx,
            period_start=args.period_start,
            period_end=args.period_end,
            track=Track(args.track) if args.track else None,
            worker_id=_worker_id(ctx, args.worker),
            district=args.district,
        )
    if args.json:
        print_json(report)
        return EXIT_OK
    period = f"{report.period_start or '…'} – {report.period_end or '…'}"
    print(f"Programme KPIs for {period}, as of {report.as_of}")
    print()
    rows = []
    for item in report.tracks:
        f = item.figures
        met = "-" if f.met is None else ("met" if f.met else "not met")
        if f.certain is False:
            met += " (uncertain)"
        rows.append(
            (
                item.track.value,
                f.courses,
                f.assessable,
                f.not_assessable,
                f.with_progression,
                _share(f.practitioner),
                f"{f.target:.0%}",
                met,
                f"{f.participant.successes}/{f.participant.n}",
                _share(f.participant),
            )
        )
    print_table(
        ["track", "courses", "assessable", "not yet", "progression", "share (95% CI)",
         "target", "result", "self-reported", "share (95% CI)"],
        rows,
    )  # fmt: skip
    print()
    for item in report.tracks:
        classes = ", ".join(f"{k.value} {v}" for k, v in item.figures.classes.items())
        print(f"{item.track.value}: {classes}")
    return EXIT_OK
