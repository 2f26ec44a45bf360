"""The office records in the records interchange format (``docs/records-format.md``):
``concern_reports``, ``outreach_activities`` and ``service_evaluations``, each a list of
objects. ``records_io`` calls this module for export and import; batch sync carries the
same shapes and reads them with the same readers (``sync_payload``).

Reading is strict (types, enums, UTC offsets) and says where a problem is; checking against
the vault (references, the domain rules) is separate, so an import can report every problem
before it writes anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from vink_desktop.domain.limits import updated_at_problem
from vink_desktop.domain.model import LocalTime
from vink_desktop.domain.office import (
    Audience,
    ConcernOutcome,
    ConcernSource,
    OutreachActivity,
    OutreachKind,
    ReportOfConcern,
    ServiceAnswer,
    ServiceEvaluation,
    check_activity,
    check_evaluation,
    check_report,
)
from vink_desktop.domain.validation import Problem, ValidationError
from vink_desktop.services.json_fields import (
    Reader,
    day,
    line_text,
    optional_int,
    optional_record_id,
    optional_str,
    parse_utc,
    parse_wall,
    record_id,
    required_int,
    required_str,
    revision,
    utc_time,
    wall_time,
    zone_name,
)
from vink_desktop.storage import office_store, repositories
from vink_desktop.storage.codec import dt_to_text
from vink_desktop.storage.database import Connection

KEYS = ("concern_reports", "outreach_activities", "service_evaluations")
#: Records from another device may carry times a little ahead of this clock.
CLOCK_TOLERANCE = timedelta(days=1)


class OfficeFormatError(ValueError):
    """A record that does not have the documented shape (the message says where)."""


@dataclass
class OfficeRecords:
    concern_reports: list[ReportOfConcern] = field(default_factory=list)
    outreach_activities: list[OutreachActivity] = field(default_factory=list)
    service_evaluations: list[ServiceEvaluation] = field(default_factory=list)

    def __len__(self) -> int:
        return (
            len(self.concern_reports)
            + len(self.outreach_activities)
            + len(self.service_evaluations)
        )


# -- export ---------------------------------------------------------------------------------


def export_lists(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    return {
        "concern_reports": [concern_out(r) for r in office_store.list_all_concern_reports(conn)],
        "outreach_activities": [activity_out(a) for a in office_store.list_activities(conn)],
        "service_evaluations": [evaluation_out(e) for e in office_store.list_evaluations(conn)],
    }


def _ts(value: datetime | None) -> str | None:
    return None if value is None else dt_to_text(value)


def concern_out(r: ReportOfConcern) -> dict[str, Any]:
    reaction = r.reaction
    return {
        "id": r.id,
        "received_utc": _ts(r.received.utc),
        "received_wall": r.received.wall.isoformat(timespec="seconds"),
        "zone": r.received.zone,
        "source": r.source.value,
        "participant_id": r.participant_id,
        "subject_code": r.subject_code,
        "district": r.district,
        "worker_id": r.worker_id,
        "reaction_utc": None if reaction is None else _ts(reaction.utc),
        "reaction_wall": None if reaction is None else reaction.wall.isoformat(timespec="seconds"),
        "reacted_by": r.reacted_by,
        "outcome": None if r.outcome is None else r.outcome.value,
        "revision": r.revision,
        "updated_at": _ts(r.updated_at),
    }


def activity_out(a: OutreachActivity) -> dict[str, Any]:
    return {
        "id": a.id,
        "held_on": a.held_on.isoformat(),
        "kind": a.kind.value,
        "audience": a.audience.value,
        "head_count": a.head_count,
        "worker_id": a.worker_id,
        "district": a.district,
        "respondents": a.respondents,
        "able_to_help": a.able_to_help,
        "dialogue_gives_options": a.dialogue_gives_options,
        "revision": a.revision,
        "updated_at": _ts(a.updated_at),
    }


def evaluation_out(e: ServiceEvaluation) -> dict[str, Any]:
    return {
        "id": e.id,
        "course_id": e.course_id,
        "evaluated_on": e.evaluated_on.isoformat(),
        "ssp": e.ssp.value,
        "vink": e.vink.value,
        "dka": e.dka.value,
        "revision": e.revision,
        "updated_at": _ts(e.updated_at),
    }


# -- reading --------------------------------------------------------------------------------


def read_lists(document: Mapping[str, Any], source: str) -> OfficeRecords:
    """The office lists of a parsed document (each optional); raises OfficeFormatError."""
    reader = Reader(source, OfficeFormatError)
    return OfficeRecords(
        concern_reports=reader.many(document, "concern_reports", concern_in),
        outreach_activities=reader.many(document, "outreach_activities", activity_in),
        service_evaluations=reader.many(document, "service_evaluations", evaluation_in),
    )


def concern_in(item: Mapping[str, Any]) -> ReportOfConcern:
    zone = zone_name(item)
    reaction_utc = optional_str(item, "reaction_utc")
    reaction_wall = optional_str(item, "reaction_wall")
    if (reaction_utc is None) != (reaction_wall is None):
        raise ValueError("reaction_utc and reaction_wall come together")
    reaction = None
    if reaction_utc is not None and reaction_wall is not None:
        reaction = LocalTime(
            parse_utc(reaction_utc, "reaction_utc"),
            parse_wall(reaction_wall, "reaction_wall"),
            zone,
        )
    outcome = optional_str(item, "outcome")
    return ReportOfConcern(
        id=record_id(item, "id"),
        received=LocalTime(
            utc_time(item, "received_utc"),
            wall_time(item, "received_wall"),
            zone,
        ),
        source=ConcernSource(required_str(item, "source")),
        worker_id=record_id(item, "worker_id"),
        participant_id=optional_record_id(item, "participant_id"),
        subject_code=line_text(item, "subject_code"),
        district=line_text(item, "district"),
        reaction=reaction,
        reacted_by=optional_record_id(item, "reacted_by"),
        outcome=None if outcome is None else ConcernOutcome(outcome),
        revision=revision(item),
        updated_at=utc_time(item, "updated_at"),
    )


def activity_in(item: Mapping[str, Any]) -> OutreachActivity:
    return OutreachActivity(
        id=record_id(item, "id"),
        held_on=day(item, "held_on"),
        kind=OutreachKind(required_str(item, "kind")),
        audience=Audience(required_str(item, "audience")),
        head_count=required_int(item, "head_count"),
        worker_id=record_id(item, "worker_id"),
        district=line_text(item, "district"),
        respondents=optional_int(item, "respondents"),
        able_to_help=optional_int(item, "able_to_help"),
        dialogue_gives_options=optional_int(item, "dialogue_gives_options"),
        revision=revision(item),
        updated_at=utc_time(item, "updated_at"),
    )


def evaluation_in(item: Mapping[str, Any]) -> ServiceEvaluation:
    return ServiceEvaluation(
        id=record_id(item, "id"),
        course_id=record_id(item, "course_id"),
        evaluated_on=day(item, "evaluated_on"),
        ssp=ServiceAnswer(required_str(item, "ssp")),
        vink=ServiceAnswer(required_str(item, "vink")),
        dka=ServiceAnswer(required_str(item, "dka")),
        revision=revision(item),
        updated_at=utc_time(item, "updated_at"),
    )


# -- checking and applying ------------------------------------------------------------------


def check(
    conn: Connection,
    records: OfficeRecords,
    *,
    now: datetime,
    worker_ids: Iterable[str],
    participant_ids: Iterable[str],
    course_starts: Mapping[str, date],
) -> list[Problem]:
    """Every problem with the office records: the domain rules, and references to workers,
    participants and courses that are neither in the file nor in the vault."""
    problems: list[Problem] = []
    workers = set(worker_ids)
    participants = set(participant_ids)
    later = now + CLOCK_TOLERANCE

    def worker_known(worker_id: str | None) -> bool:
        return (
            worker_id is None
            or worker_id in workers
            or (repositories.get_worker(conn, worker_id) is not None)
        )

    def add(where: str, found: Iterable[Problem]) -> None:
        problems.extend(Problem(p.code, f"{where}.{p.field}", p.message, p.params) for p in found)

    for section in ("concern_reports", "outreach_activities", "service_evaluations"):
        for index, record in enumerate(getattr(records, section)):
            if updated_at_problem(record.updated_at, now):
                problems.append(
                    Problem("time_out_of_range", f"{section}[{index}].updated_at", "out of range")
                )
    if problems:
        return problems

    for index, report in enumerate(records.concern_reports):
        where = f"concern_reports[{index}]"
        add(where, _problems(check_report, report, later))
        if not worker_known(report.worker_id) or not worker_known(report.reacted_by):
            problems.append(Problem("unknown_worker", where, "no such worker"))
        pid = report.participant_id
        if (
            pid is not None
            and pid not in participants
            and (repositories.get_participant(conn, pid) is None)
        ):
            problems.append(Problem("unknown_participant", where, "no such participant"))
    for index, activity in enumerate(records.outreach_activities):
        where = f"outreach_activities[{index}]"
        add(where, _problems(check_activity, activity, later.date()))
        if not worker_known(activity.worker_id):
            problems.append(Problem("unknown_worker", where, "no such worker"))
    for index, evaluation in enumerate(records.service_evaluations):
        where = f"service_evaluations[{index}]"
        start = course_starts.get(evaluation.course_id)
        if start is None:
            course = repositories.get_course(conn, evaluation.course_id)
            start = None if course is None else course.start
        if start is None:
            problems.append(Problem("unknown_course", where, "no such course"))
            continue
        other = office_store.evaluation_of_course(conn, evaluation.course_id)
        if other is not None and other.id != evaluation.id:
            problems.append(
                Problem("already_evaluated", where, "the course already has another evaluation")
            )
        add(where, _problems(check_evaluation, evaluation, start, later.date()))
    return problems


def _problems(rule: Callable[..., None], *args: Any) -> list[Problem]:
    try:
        rule(*args)
    except ValidationError as exc:
        return list(exc.problems)
    return []


def apply(conn: Connection, records: OfficeRecords) -> tuple[int, int, int, int]:
    """Write every record newer than the vault's copy (inside the caller's transaction).
    Returns (concern reports, activities, evaluations) written and the count unchanged."""
    known = office_store.revisions(conn)
    written = [0, 0, 0]
    unchanged = 0
    groups: tuple[tuple[str, list[Any], Callable[[Connection, Any], None]], ...] = (
        ("concern_report", records.concern_reports, office_store.put_concern_report),
        ("outreach_activity", records.outreach_activities, office_store.put_activity),
        ("service_evaluation", records.service_evaluations, office_store.put_evaluation),
    )
    for index, (entity, items, put) in enumerate(groups):
        for record in items:
            if known.get((entity, record.id), 0) >= record.revision:
                unchanged += 1
                continue
            put(conn, record)
            written[index] += 1
    return written[0], written[1], written[2], unchanged
