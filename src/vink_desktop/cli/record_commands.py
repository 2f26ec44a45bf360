"""`participants add|list`, `courses open|list|show|close`, `sessions add|list`."""

from __future__ import annotations

import argparse

from vink_desktop.cli.common import (
    EXIT_OK,
    UsageError,
    parse_date,
    parse_wall_time,
    print_json,
    print_table,
    unlocked,
)
from vink_desktop.cli.course_view import print_course_detail
from vink_desktop.domain.model import (
    ClosingReason,
    ContactKind,
    CourseStatus,
    ParticipantKind,
    ReferralSource,
    Track,
)
from vink_desktop.services import courses, participants, sessions
from vink_desktop.services.sessions import SessionInput
from vink_desktop.storage.course_queries import CourseQuery, SortKey


def _values(enum_type: type[ParticipantKind] | type[Track] | type[CourseStatus]) -> list[str]:
    return [e.value for e in enum_type]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_participants(sub)
    _register_courses(sub)
    _register_sessions(sub)


def _register_participants(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("participants", help="young people and parents").add_subparsers(
        dest="action", required=True
    )
    p = group.add_parser("add", help="add a young person or a parent")
    p.add_argument("--code", required=True, help="the pseudonym the office knows them by")
    p.add_argument("--kind", choices=_values(ParticipantKind), required=True)
    p.add_argument("--birth-year", type=int)
    p.add_argument("--district")
    p.add_argument("--referral", choices=[r.value for r in ReferralSource])
    p.add_argument(
        "--link", action="append", default=[], help="(parents) code of a young person; repeatable"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_participants_add)
    # Names and contact details are kept local; they are entered in the app, not on a
    # command line where they would end up in the shell's history.

    p = group.add_parser("list", help="list participants")
    p.add_argument("--kind", choices=_values(ParticipantKind))
    p.add_argument("--search", help="part of a code or a district")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_participants_list)


def _register_courses(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("courses", help="mentoring and parent-coaching courses").add_subparsers(
        dest="action", required=True
    )
    p = group.add_parser("open", help="open a course for a participant")
    p.add_argument("--participant", required=True, help="code or id")
    p.add_argument("--start", type=parse_date, required=True, help="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_courses_open)

    p = group.add_parser("list", help="list courses")
    p.add_argument("--track", choices=_values(Track))
    p.add_argument("--status", choices=_values(CourseStatus), action="append", default=[])
    p.add_argument("--district")
    p.add_argument("--search", help="part of a participant code")
    p.add_argument("--off-track", action="store_true", help="only courses that are off track")
    p.add_argument("--sort", choices=[s.value for s in SortKey], default=SortKey.CODE.value)
    p.add_argument("--desc", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_courses_list)

    p = group.add_parser("show", help="a course with its sessions, scores and signals")
    p.add_argument("course_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_courses_show)

    p = group.add_parser("close", help="close a course")
    p.add_argument("course_id")
    p.add_argument("--end", type=parse_date, required=True)
    p.add_argument("--reason", choices=[r.value for r in ClosingReason], required=True)
    p.add_argument("--evaluation-file", help="the final evaluation, read from this file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_courses_close)


def _register_sessions(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("sessions", help="sessions within a course").add_subparsers(
        dest="action", required=True
    )
    p = group.add_parser("add", help="record a session")
    p.add_argument("--course", required=True)
    p.add_argument("--start", type=parse_wall_time, required=True, help="YYYY-MM-DDTHH:MM")
    p.add_argument("--minutes", type=int, required=True)
    p.add_argument("--kind", choices=[k.value for k in ContactKind], default="meeting")
    p.add_argument(
        "--rate", action="append", default=[], metavar="INDICATOR=VALUE", help="repeatable"
    )
    p.add_argument("--self-rating", type=int)
    p.add_argument("--acute", action="store_true", help="flag an acute concern")
    p.add_argument("--notes-file", help="session notes, read from this file")
    p.add_argument("--follow-up-file", help="follow-up, read from this file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sessions_add)

    p = group.add_parser("list", help="the sessions of a course")
    p.add_argument("--course", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sessions_list)


def cmd_participants_add(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        participant = participants.add_participant(
            ctx,
            args.code,
            ParticipantKind(args.kind),
            birth_year=args.birth_year,
            district=args.district,
            referral_source=ReferralSource(args.referral) if args.referral else None,
            linked_youth=args.link,
        )
    if args.json:
        print_json(participant)
    else:
        print(f"Added {participant.kind.value} {participant.code} ({participant.id})")
    return EXIT_OK


def cmd_participants_list(args: argparse.Namespace) -> int:
    kind = ParticipantKind(args.kind) if args.kind else None
    with unlocked(args) as ctx:
        found = participants.list_participants(ctx, kind=kind, search=args.search)
    if args.json:
        print_json(found)
        return EXIT_OK
    print_table(
        ["code", "kind", "born", "district", "referral", "linked", "id"],
        [
            (
                p.code,
                p.kind,
                p.birth_year,
                p.district,
                p.referral_source,
                len(p.linked_youth_ids) or None,
                p.id,
            )
            for p in found
        ],
    )
    return EXIT_OK


def cmd_courses_open(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        course = courses.open_course(ctx, args.participant, args.start)
    if args.json:
        print_json(course)
    else:
        print(f"Opened {course.track.value} course {course.id}")
    return EXIT_OK


def cmd_courses_list(args: argparse.Namespace) -> int:
    query = CourseQuery(
        track=Track(args.track) if args.track else None,
        statuses=tuple(CourseStatus(s) for s in args.status),
        district=args.district,
        search=args.search,
        off_track_only=args.off_track,
        sort=SortKey(args.sort),
        descending=args.desc,
    )
    with unlocked(args) as ctx:
        rows = courses.list_courses(ctx, query)
    if args.json:
        print_json(rows)
        return EXIT_OK
    print_table(
        [
            "participant",
            "track",
            "status",
            "start",
            "sessions",
            "score",
            "change",
            "class",
            "progression",
            "off track",
            "id",
        ],
        [
            (
                r.participant_code,
                r.track,
                r.status,
                r.start,
                r.sessions,
                r.current_score,
                r.overall_change,
                r.overall_class,
                r.progression,
                ",".join(str(s["code"]) for s in r.off_track) or None,
                r.id,
            )
            for r in rows
        ],
    )
    print(f"{len(rows)} course(s)")
    return EXIT_OK


def cmd_courses_show(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        detail = courses.show_course(ctx, args.course_id)
        framework = ctx.frameworks.get(detail.course.framework_id, detail.course.framework_version)
    if args.json:
        print_json(detail)
    else:
        print_course_detail(detail, framework)
    return EXIT_OK


def cmd_courses_close(args: argparse.Namespace) -> int:
    evaluation = _read_text_file(args.evaluation_file)
    with unlocked(args) as ctx:
        course = courses.close_course(
            ctx, args.course_id, args.end, ClosingReason(args.reason), evaluation
        )
    if args.json:
        print_json(course)
    else:
        print(f"Closed course {course.id} ({course.closing_reason})")
    return EXIT_OK


def cmd_sessions_add(args: argparse.Namespace) -> int:
    ratings: dict[str, int] = {}
    for item in args.rate:
        indicator, sep, value = item.partition("=")
        if not sep or not value.strip().lstrip("-").isdigit():
            raise UsageError(f"--rate takes INDICATOR=VALUE, not {item!r}")
        ratings[indicator.strip()] = int(value)
    entry = SessionInput(
        start=args.start,
        duration_minutes=args.minutes,
        contact_kind=ContactKind(args.kind),
        notes=_read_text_file(args.notes_file) or "",
        ratings=ratings,
        self_rating=args.self_rating,
        follow_up=_read_text_file(args.follow_up_file) or "",
        acute_concern=args.acute,
    )
    with unlocked(args) as ctx:
        session = sessions.record_session(ctx, args.course, entry)
    if args.json:
        print_json(session)
    else:
        print(f"Recorded session {session.id}")
    return EXIT_OK


def cmd_sessions_list(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        found = sessions.list_sessions(ctx, args.course)
    if args.json:
        print_json(found)
        return EXIT_OK
    print_table(
        ["when (Copenhagen)", "minutes", "kind", "rated", "self", "acute", "id"],
        [
            (
                s.start.wall.strftime("%Y-%m-%d %H:%M"),
                s.duration_minutes,
                s.contact_kind,
                len(s.ratings),
                s.self_rating,
                s.acute_concern,
                s.id,
            )
            for s in found
        ],
    )
    return EXIT_OK


def _read_text_file(path: str | None) -> str | None:
    """Free text (notes, evaluations) comes from files, never argv or the shell history."""
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().strip()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
