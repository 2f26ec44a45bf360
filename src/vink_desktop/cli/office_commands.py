"""`concerns add|list|react`, `outreach add|list`, `evaluations add`, `criteria`,
`follow-up` and `report`: the office records, the success criteria and the yearly report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from vink_desktop.cli.common import (
    EXIT_OK,
    UsageError,
    parse_date,
    parse_wall_time,
    print_json,
    print_table,
    to_jsonable,
    unlocked,
)
from vink_desktop.domain.model import Track
from vink_desktop.domain.office import (
    Audience,
    ConcernOutcome,
    ConcernSource,
    OutreachKind,
    ServiceAnswer,
)
from vink_desktop.services import follow_up, office_records, success_criteria, yearly_report
from vink_desktop.services.office_records import ActivityInput, ConcernInput, ConcernView
from vink_desktop.services.success_criteria import CriteriaFilter, CriteriaTable

if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[argparse.ArgumentParser]


def _values(enum_type: type[ConcernSource] | type[ConcernOutcome] | type[OutreachKind]
            | type[Audience] | type[ServiceAnswer] | type[Track]) -> list[str]:  # fmt: skip
    return [e.value for e in enum_type]


def register(sub: Sub) -> None:
    _register_concerns(sub)
    _register_outreach(sub)
    _register_evaluations(sub)
    p = sub.add_parser("criteria", help="the success criteria for a year")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--track", choices=_values(Track))
    p.add_argument("--worker", help="worker name or id")
    p.add_argument("--district")
    p.add_argument("--ids", action="store_true", help="(--json) include the record ids")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_criteria)

    p = sub.add_parser("follow-up", help="what needs attention now")
    p.add_argument("--weeks", type=int, help="no session for this many weeks (default: framework)")
    p.add_argument("--device-days", type=int, default=14, help="no batch for this many days")
    p.add_argument("--worker", help="worker name or id")
    p.add_argument("--district")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_follow_up)

    p = sub.add_parser("report", help="the yearly report (no names, no pseudonyms)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--format", choices=["pdf", "csv", "json"], required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_report)


def _register_concerns(sub: Sub) -> None:
    group = sub.add_parser("concerns", help="reports of concern").add_subparsers(
        dest="action", required=True
    )
    p = group.add_parser("add", help="record a report of concern")
    p.add_argument("--received", type=parse_wall_time, required=True,
                   help="when it was received, YYYY-MM-DDTHH:MM (Copenhagen)")  # fmt: skip
    p.add_argument("--source", choices=_values(ConcernSource), required=True)
    about = p.add_mutually_exclusive_group(required=True)
    about.add_argument("--participant", help="an existing participant (code or id)")
    about.add_argument("--new-code", help="a new pseudonym for someone not yet a participant")
    p.add_argument("--district")
    p.add_argument("--worker", help="the responsible worker (default: you)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_concerns_add)

    p = group.add_parser("list", help="reports of concern with their 24-hour status")
    p.add_argument("--year", type=int)
    p.add_argument("--unreacted", action="store_true", help="only those without a reaction")
    p.add_argument("--worker")
    p.add_argument("--district")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_concerns_list)

    p = group.add_parser("react", help="record the first reaction and/or the outcome")
    p.add_argument("report_id")
    p.add_argument("--at", type=parse_wall_time, help="YYYY-MM-DDTHH:MM (Copenhagen)")
    p.add_argument("--by", help="the worker who reacted (default: you)")
    p.add_argument("--outcome", choices=_values(ConcernOutcome))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_concerns_react)


def _register_outreach(sub: Sub) -> None:
    group = sub.add_parser("outreach", help="outreach activities").add_subparsers(
        dest="action", required=True
    )
    p = group.add_parser("add", help="record an outreach activity and its evaluation")
    p.add_argument("--date", type=parse_date, required=True)
    p.add_argument("--kind", choices=_values(OutreachKind), required=True)
    p.add_argument("--audience", choices=_values(Audience), help="default: from the kind")
    p.add_argument("--head-count", type=int, required=True)
    p.add_argument("--respondents", type=int, help="how many answered the evaluation")
    p.add_argument("--positive", type=int,
                   help="of them: feel able to help (staff, parents) or find the dialogue"
                   " gives them options (young people)")  # fmt: skip
    p.add_argument("--district")
    p.add_argument("--worker", help="default: you")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_outreach_add)

    p = group.add_parser("list", help="outreach activities")
    p.add_argument("--year", type=int)
    p.add_argument("--worker")
    p.add_argument("--district")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_outreach_list)


def _register_evaluations(sub: Sub) -> None:
    group = sub.add_parser("evaluations", help="service evaluations").add_subparsers(
        dest="action", required=True
    )
    p = group.add_parser("add", help="the service evaluation of a closed course")
    p.add_argument("--course", required=True)
    for body in ("ssp", "vink", "dka"):
        p.add_argument(f"--{body}", choices=_values(ServiceAnswer), default="not_answered",
                       help=f"good service from {body.upper()}?")  # fmt: skip
    p.add_argument("--date", type=parse_date, help="default: the day the course closed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_evaluations_add)


# -- handlers -------------------------------------------------------------------------------


def cmd_concerns_add(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        report = office_records.add_concern(
            ctx,
            ConcernInput(
                received_at=args.received,
                source=ConcernSource(args.source),
                participant=args.participant,
                new_code=args.new_code,
                district=args.district,
                worker=args.worker,
            ),
        )
        view = office_records.concern_view(report, ctx.clock.now())
    if args.json:
        print_json(view)
    else:
        print(
            f"Recorded report of concern {report.id}; react by {view.deadline_wall:%Y-%m-%d %H:%M}"
        )
    return EXIT_OK


def _hours(view: ConcernView) -> str:
    if view.hours_overdue is not None:
        return f"{view.hours_overdue:.1f} h overdue"
    if view.hours_left is not None:
        return f"{view.hours_left:.1f} h left"
    return ""


def cmd_concerns_list(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        views = office_records.list_concerns(
            ctx, year=args.year, worker=args.worker, district=args.district,
            unreacted_only=args.unreacted, limit=args.limit,
        )  # fmt: skip
    if args.json:
        print_json(views)
        return EXIT_OK
    print_table(
        ["id", "received", "source", "status", "deadline", "reaction", "outcome", "hours"],
        [
            (
                v.report.id,
                f"{v.report.received.wall:%Y-%m-%d %H:%M}",
                v.report.source.value,
                v.status.value,
                f"{v.deadline_wall:%Y-%m-%d %H:%M}",
                None if v.report.reaction is None else f"{v.report.reaction.wall:%Y-%m-%d %H:%M}",
                v.report.outcome,
                _hours(v),
            )
            for v in views
        ],
    )
    return EXIT_OK


def cmd_concerns_react(args: argparse.Namespace) -> int:
    if args.at is None and args.outcome is None:
        raise UsageError("give --at (the first reaction), --outcome, or both")
    with unlocked(args) as ctx:
        report = office_records.record_reaction(
            ctx,
            args.report_id,
            at=args.at,
            by=args.by,
            outcome=ConcernOutcome(args.outcome) if args.outcome else None,
        )
        view = office_records.concern_view(report, ctx.clock.now())
    if args.json:
        print_json(view)
    else:
        print(f"Report {report.id}: {view.status.value}")
    return EXIT_OK


def cmd_outreach_add(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        activity = office_records.add_activity(
            ctx,
            ActivityInput(
                held_on=args.date,
                kind=OutreachKind(args.kind),
                head_count=args.head_count,
                audience=Audience(args.audience) if args.audience else None,
                respondents=args.respondents,
                positive=args.positive,
                district=args.district,
                worker=args.worker,
            ),
        )
    if args.json:
        print_json(activity)
    else:
        print(f"Recorded {activity.kind.value} on {activity.held_on} ({activity.id})")
    return EXIT_OK


def cmd_outreach_list(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        activities = office_records.list_activities(
            ctx, year=args.year, worker=args.worker, district=args.district
        )
    if args.json:
        print_json(activities)
        return EXIT_OK
    print_table(
        ["id", "date", "kind", "audience", "head count", "respondents", "positive", "district"],
        [
            (a.id, a.held_on, a.kind.value, a.audience.value, a.head_count, a.respondents,
             a.positive_answers, a.district)
            for a in activities
        ],
    )  # fmt: skip
    return EXIT_OK


def cmd_evaluations_add(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        evaluation = office_records.add_evaluation(
            ctx,
            args.course,
            ssp=ServiceAnswer(args.ssp),
            vink=ServiceAnswer(args.vink),
            dka=ServiceAnswer(args.dka),
            evaluated_on=args.date,
        )
    if args.json:
        print_json(evaluation)
    else:
        verdict = {None: "no answer", True: "good service", False: "not good service"}
        print(f"Recorded service evaluation {evaluation.id}: {verdict[evaluation.good_service]}")
    return EXIT_OK


def _figure(row: success_criteria.CriterionResult) -> str:
    if row.criterion.measure.value == "share_at_least":
        if row.value is None:
            return "-"
        low, high = row.interval or (0.0, 1.0)
        return f"{row.value:.0%} ({low:.0%}–{high:.0%})"
    return f"{row.successes}"


def _target(row: success_criteria.CriterionResult) -> str:
    measure = row.criterion.measure.value
    if measure == "count_at_least":
        return f">= {row.criterion.target:.0f}"
    if measure == "more_than_previous_year":
        return f"> {row.details['previous_year']}"
    return f"{row.criterion.target:.0%}"


def cmd_criteria(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        worker_id = None if args.worker is None else office_records.resolve_worker(ctx, args.worker)
        table = success_criteria.compute_criteria(
            ctx,
            CriteriaFilter(
                year=args.year,
                track=Track(args.track) if args.track else None,
                worker_id=worker_id,
                district=args.district,
            ),
        )
    if args.json:
        print_json(table if args.ids else _without_ids(table))
        return EXIT_OK
    print(f"Success criteria {args.year}, as of {table.as_of}")
    print()
    rows = []
    for row in table.rows:
        met = "-" if row.met is None else ("met" if row.met else "not met")
        if row.certain is False:
            met += " (uncertain)"
        quarters = " ".join(
            "-" if q.value is None else (f"{q.value:.0%}" if q.n is not None else f"{q.successes}")
            for q in row.quarters
        )
        rows.append(
            (row.id, _target(row), _figure(row),
             "-" if row.denominator is None else row.denominator, met, quarters)
        )  # fmt: skip
    print_table(["criterion", "target", "value (95% CI)", "n", "result", "Q1 Q2 Q3 Q4"], rows)
    ignored = sorted({f for row in table.rows for f in row.ignored_filters})
    if ignored:
        print(f"\nNot split by {', '.join(ignored)}: outreach and reports of concern.")
    return EXIT_OK


def _without_ids(table: CriteriaTable) -> object:
    plain = to_jsonable(table)
    for row in plain["rows"]:
        row["records"] = [
            {"key": g["key"], "entity": g["entity"], "count": len(g["ids"])} for g in row["records"]
        ]
    return plain


def cmd_follow_up(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        worker_id = None if args.worker is None else office_records.resolve_worker(ctx, args.worker)
        found = follow_up.follow_up_list(
            ctx,
            no_session_weeks=args.weeks,
            device_days=args.device_days,
            worker_id=worker_id,
            district=args.district,
        )
    if args.json:
        print_json(found)
        return EXIT_OK
    print(f"Follow-up as of {found.as_of:%Y-%m-%d %H:%M} UTC")
    print("\nReports of concern past 24 hours without a reaction:")
    print_table(
        ["id", "received", "deadline", "overdue by"],
        [(v.report.id, f"{v.report.received.wall:%Y-%m-%d %H:%M}",
          f"{v.deadline_wall:%Y-%m-%d %H:%M}", f"{v.hours_overdue or 0:.1f} h")
         for v in found.overdue_concerns],
    )  # fmt: skip
    print("\nReports of concern waiting for a reaction (within 24 hours):")
    print_table(
        ["id", "received", "deadline", "time left"],
        [(v.report.id, f"{v.report.received.wall:%Y-%m-%d %H:%M}",
          f"{v.deadline_wall:%Y-%m-%d %H:%M}", f"{v.hours_left or 0:.1f} h")
         for v in found.pending_concerns],
    )  # fmt: skip
    print("\nCourses off track:")
    print_table(
        ["course", "participant", "track", "worker", "reasons"],
        [(c.course_id, c.participant_code, c.track.value, c.worker_name,
          ", ".join(str(r.get("code")) for r in c.reasons)) for c in found.off_track],
    )  # fmt: skip
    weeks = "the framework's weeks" if found.no_session_weeks is None else found.no_session_weeks
    print(f"\nActive courses with no session for {weeks}:")
    print_table(
        ["course", "participant", "worker", "last session", "weeks"],
        [(c.course_id, c.participant_code, c.worker_name, c.last_session,
          c.weeks_without_session) for c in found.no_recent_session],
    )  # fmt: skip
    if found.device_checks == "unavailable":
        print(
            "\nDevices: no sync records in this vault (or not an office vault), so no device"
            " checks."
        )
    else:
        print(f"\nDevices without a batch for {found.device_days} days:")
        print_table(
            ["device", "name", "last batch", "days"],
            [(d.device_id, d.name, d.last_batch_at, d.days_since) for d in found.stale_devices],
        )
        print("\nGaps in batch numbers:")
        print_table(
            ["device", "name", "missing"],
            [(g.device_id, g.name, ", ".join(_range(r) for r in g.missing))
             for g in found.batch_gaps],
        )  # fmt: skip
    return EXIT_OK


def _range(bounds: tuple[int, int]) -> str:
    first, last = bounds
    return str(first) if first == last else f"{first}–{last}"


def cmd_report(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(f"no such folder: {out.parent}")
    writer = None
    if args.format == "pdf":
        from vink_desktop.ui.report_pdf import write_pdf  # Qt, only when a PDF is asked for

        writer = write_pdf
    with unlocked(args) as ctx:
        report = yearly_report.write_report(ctx, args.year, args.format, out, pdf_writer=writer)
    if args.json:
        print_json({"path": str(out), "format": args.format, "year": report.year,
                    "as_of": report.as_of})  # fmt: skip
    else:
        print(f"Wrote the {args.year} report ({args.format}) to {out}")
    return EXIT_OK
