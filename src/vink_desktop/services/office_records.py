"""Use cases for the office records: reports of concern (add, react, list), outreach
activities (add, list) and service evaluations (add when a course closes).

Every write is validated, change-logged (by the schema's triggers) and audited in one
transaction, like the other records.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from vink_desktop.domain.model import CourseStatus, LocalTime
from vink_desktop.domain.office import (
    AUDIENCE_FOR_KIND,
    Audience,
    ConcernOutcome,
    ConcernSource,
    OutreachActivity,
    OutreachKind,
    ReactionStatus,
    ReportOfConcern,
    ServiceAnswer,
    ServiceEvaluation,
    check_activity,
    check_evaluation,
    check_report,
    deadline_wall,
)
from vink_desktop.domain.validation import Problem, ValidationError, local_time
from vink_desktop.services.context import Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.storage import office_store, repositories
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.storage.office_store import Period, Scope


def resolve_worker(ctx: Context, ref: str | None) -> str:
    """A worker id from an id or an exact name; the vault's own worker when ``ref`` is None."""
    if ref is None:
        return ctx.actor_id
    workers = repositories.list_workers(ctx.vault.conn)
    matches = [w for w in workers if ref in (w.id, w.name)]
    if len(matches) != 1:
        raise NotFound("worker", ref)
    return matches[0].id


def _local(wall: datetime, field: str) -> LocalTime:
    try:
        return local_time(wall)
    except ValidationError as exc:
        raise ValidationError([dataclasses.replace(p, field=field) for p in exc.problems]) from None


# -- reports of concern --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConcernInput:
    """A report of concern as a person enters it. ``received_at`` is the Copenhagen wall
    time. Give ``participant`` (an id or code of an existing participant) or ``new_code``
    (a new pseudonym for someone not yet a participant), not both."""

    received_at: datetime
    source: ConcernSource
    participant: str | None = None
    new_code: str | None = None
    district: str | None = None
    #: The responsible worker (id or name); default: the vault's own worker.
    worker: str | None = None


@dataclass(frozen=True, slots=True)
class ConcernView:
    """A report with its 24-hour status as of now (for lists and the follow-up)."""

    report: ReportOfConcern
    status: ReactionStatus
    #: The deadline as Copenhagen wall time (24 hours of real time after receipt).
    deadline_wall: datetime
    #: Hours past the deadline (overdue) or left until it (pending); None once reacted.
    hours_overdue: float | None
    hours_left: float | None


def add_concern(ctx: Context, entry: ConcernInput) -> ReportOfConcern:
    conn = ctx.vault.conn
    participant_id: str | None = None
    district = entry.district or None
    if entry.participant is not None and entry.new_code is not None:
        raise ValidationError(
            [Problem("subject_required", "about", "give a participant or a new code, not both")]
        )
    if entry.participant is not None:
        found = repositories.get_participant(
            conn, entry.participant
        ) or repositories.find_participant_by_code(conn, entry.participant)
        if found is None:
            raise NotFound("participant", entry.participant)
        participant_id = found.id
        district = district or found.district
    elif entry.new_code is not None and repositories.find_participant_by_code(conn, entry.new_code):
        raise ValidationError(
            [
                Problem(
                    "code_is_participant",
                    "about",
                    "this code belongs to an existing participant; name the participant instead",
                )
            ]
        )
    report = ReportOfConcern(
        id=ctx.ids.new_id(),
        received=_local(entry.received_at, "received_at"),
        source=entry.source,
        worker_id=resolve_worker(ctx, entry.worker),
        participant_id=participant_id,
        subject_code=entry.new_code,
        district=district,
        revision=1,
        updated_at=ctx.clock.now(),
    )
    check_report(report, ctx.clock.now())
    with ctx.vault.transaction() as tx:
        office_store.put_concern_report(tx, report)
        audit(tx, ctx.clock.now(), ctx.actor_id, AuditAction.CREATE, "concern_report", report.id)
    return report


def get_concern(ctx: Context, report_id: str) -> ReportOfConcern:
    found = office_store.get_concern_report(ctx.vault.conn, report_id)
    if found is None:
        raise NotFound("report of concern", report_id)
    return found


def record_reaction(
    ctx: Context,
    report_id: str,
    *,
    at: datetime | None = None,
    by: str | None = None,
    outcome: ConcernOutcome | None = None,
) -> ReportOfConcern:
    """Record the first reaction (``at``, Copenhagen wall time, by ``by``) and/or the outcome.

    Without ``at`` only the outcome changes, and the report must already have a reaction.
    """
    current = get_concern(ctx, report_id)
    reaction, reacted_by = current.reaction, current.reacted_by
    if at is not None:
        reaction, reacted_by = _local(at, "reaction_at"), resolve_worker(ctx, by)
    elif by is not None:
        raise InvalidState("reaction_time_required", "give the time of the reaction too")
    if at is None and outcome is None:
        raise InvalidState("nothing_to_record", "give a reaction time or an outcome")
    updated = dataclasses.replace(
        current,
        reaction=reaction,
        reacted_by=reacted_by,
        outcome=outcome if outcome is not None else current.outcome,
        revision=current.revision + 1,
        updated_at=ctx.clock.now(),
    )
    check_report(updated, ctx.clock.now())
    with ctx.vault.transaction() as tx:
        office_store.put_concern_report(tx, updated)
        audit(tx, ctx.clock.now(), ctx.actor_id, AuditAction.UPDATE, "concern_report", updated.id)
    return updated


def concern_view(report: ReportOfConcern, now: datetime) -> ConcernView:
    status = report.status(now)
    hours = (now - report.deadline).total_seconds() / 3600
    return ConcernView(
        report=report,
        status=status,
        deadline_wall=deadline_wall(report.received),
        hours_overdue=hours if status is ReactionStatus.OVERDUE else None,
        hours_left=-hours if status is ReactionStatus.PENDING else None,
    )


def list_concerns(
    ctx: Context,
    *,
    year: int | None = None,
    worker: str | None = None,
    district: str | None = None,
    unreacted_only: bool = False,
    limit: int | None = None,
) -> list[ConcernView]:
    """Reports, newest first, each with its 24-hour status counted from ``ctx.clock``."""
    period = Period() if year is None else Period(date(year, 1, 1), date(year, 12, 31))
    scope = Scope(None if worker is None else resolve_worker(ctx, worker), district)
    reports = office_store.list_concern_reports(
        ctx.vault.conn, period, scope, unreacted_only=unreacted_only, limit=limit
    )
    now = ctx.clock.now()
    return [concern_view(r, now) for r in reports]


# -- outreach activities -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActivityInput:
    held_on: date
    kind: OutreachKind
    head_count: int
    #: Default: the audience the kind is held for.
    audience: Audience | None = None
    respondents: int | None = None
    #: Staff and parents: how many feel able to help. Young people: how many find that the
    #: dialogue gives them options. The service stores it under the audience's question.
    positive: int | None = None
    district: str | None = None
    worker: str | None = None


def add_activity(ctx: Context, entry: ActivityInput) -> OutreachActivity:
    audience = entry.audience or AUDIENCE_FOR_KIND[entry.kind]
    youth = audience is Audience.PUPILS_YOUTH_CLUB
    activity = OutreachActivity(
        id=ctx.ids.new_id(),
        held_on=entry.held_on,
        kind=entry.kind,
        audience=audience,
        head_count=entry.head_count,
        worker_id=resolve_worker(ctx, entry.worker),
        district=entry.district or None,
        respondents=entry.respondents,
        able_to_help=None if youth else entry.positive,
        dialogue_gives_options=entry.positive if youth else None,
        revision=1,
        updated_at=ctx.clock.now(),
    )
    check_activity(activity, ctx.clock.today())
    with ctx.vault.transaction() as tx:
        office_store.put_activity(tx, activity)
        audit(
            tx, ctx.clock.now(), ctx.actor_id, AuditAction.CREATE, "outreach_activity", activity.id
        )
    return activity


def list_activities(
    ctx: Context,
    *,
    year: int | None = None,
    worker: str | None = None,
    district: str | None = None,
) -> list[OutreachActivity]:
    period = Period() if year is None else Period(date(year, 1, 1), date(year, 12, 31))
    scope = Scope(None if worker is None else resolve_worker(ctx, worker), district)
    return office_store.list_activities(ctx.vault.conn, period, scope)


# -- service evaluations -------------------------------------------------------------------


def add_evaluation(
    ctx: Context,
    course_id: str,
    *,
    ssp: ServiceAnswer = ServiceAnswer.NOT_ANSWERED,
    vink: ServiceAnswer = ServiceAnswer.NOT_ANSWERED,
    dka: ServiceAnswer = ServiceAnswer.NOT_ANSWERED,
    evaluated_on: date | None = None,
) -> ServiceEvaluation:
    """The service evaluation of a closed course (one per course); the date defaults to the
    course's end."""
    conn = ctx.vault.conn
    course = repositories.get_course(conn, course_id)
    if course is None:
        raise NotFound("course", course_id)
    if course.status is not CourseStatus.CLOSED or course.end is None:
        raise InvalidState(
            "course_not_closed", "a service evaluation is made when the course closes"
        )
    if office_store.evaluation_of_course(conn, course.id) is not None:
        raise InvalidState("already_evaluated", "the course already has a service evaluation")
    evaluation = ServiceEvaluation(
        id=ctx.ids.new_id(),
        course_id=course.id,
        evaluated_on=evaluated_on or course.end,
        ssp=ssp,
        vink=vink,
        dka=dka,
        revision=1,
        updated_at=ctx.clock.now(),
    )
    check_evaluation(evaluation, course.start, ctx.clock.today())
    with ctx.vault.transaction() as tx:
        office_store.put_evaluation(tx, evaluation)
        audit(
            tx,
            ctx.clock.now(),
            ctx.actor_id,
            AuditAction.CREATE,
            "service_evaluation",
            evaluation.id,
        )
    return evaluation


def evaluation_of_course(ctx: Context, course_id: str) -> ServiceEvaluation | None:
    return office_store.evaluation_of_course(ctx.vault.conn, course_id)
