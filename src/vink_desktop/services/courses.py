"""Use cases for courses: open, pause and resume, close, list, show."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from vink_desktop.domain.model import (
    TRACK_FOR_KIND,
    ClosingReason,
    Course,
    CourseStatus,
    Participant,
    Session,
    Track,
    Worker,
)
from vink_desktop.domain.progress import CourseProgress
from vink_desktop.domain.validation import Problem, ValidationError, check_course
from vink_desktop.services import outcomes
from vink_desktop.services.context import Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.services.events import Event
from vink_desktop.services.participants import get_participant, parents_of
from vink_desktop.storage import course_queries, repositories
from vink_desktop.storage.course_queries import CourseQuery, CourseSummary
from vink_desktop.storage.journal import AuditAction, audit


@dataclass(frozen=True, slots=True)
class CourseDetail:
    course: Course
    participant: Participant
    worker: Worker | None
    #: For a young person: their parents; for a parent: the young people linked to them.
    linked: tuple[Participant, ...]
    sessions: tuple[Session, ...]
    progress: CourseProgress


def open_course(
    ctx: Context,
    participant_ref: str,
    start: date,
    *,
    track: Track | None = None,
    worker_id: str | None = None,
    framework_id: str = "vink-2014",
) -> Course:
    """Open a course for a participant; the track follows from the participant's kind."""
    participant = get_participant(ctx, participant_ref)
    framework = ctx.frameworks.latest(framework_id)
    course = Course(
        id=ctx.ids.new_id(),
        participant_id=participant.id,
        track=track or TRACK_FOR_KIND[participant.kind],
        worker_id=worker_id or ctx.actor_id,
        start=start,
        framework_id=framework.id,
        framework_version=framework.version,
        status=CourseStatus.ACTIVE,
        revision=1,
        updated_at=ctx.clock.now(),
    )
    check_course(course, participant, framework, ctx.clock.today())
    if repositories.get_worker(ctx.vault.conn, course.worker_id) is None:
        raise NotFound("worker", course.worker_id)
    for other in repositories.courses_of_participant(ctx.vault.conn, participant.id):
        if other.track is course.track and other.status is not CourseStatus.CLOSED:
            raise InvalidState(
                "course_already_open", "the participant already has an open course in this track"
            )
    with ctx.vault.transaction() as conn:
        repositories.put_course(conn, course)
        outcomes.refresh(ctx, conn, course, [])
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.CREATE, "course", course.id)
    ctx.events.emit(Event.COURSE_SAVED, course_id=course.id)
    return course


def get_course(ctx: Context, course_id: str) -> Course:
    course = repositories.get_course(ctx.vault.conn, course_id)
    if course is None:
        raise NotFound("course", course_id)
    return course


def set_status(ctx: Context, course_id: str, status: CourseStatus) -> Course:
    """Pause or resume a course. Closing goes through :func:`close_course`."""
    course = get_course(ctx, course_id)
    if status is CourseStatus.CLOSED:
        raise InvalidState("use_close", "close a course with close_course")
    if course.status is CourseStatus.CLOSED:
        raise InvalidState("course_closed", "the course is closed")
    return _save(ctx, dataclasses.replace(course, status=status))


def close_course(
    ctx: Context,
    course_id: str,
    end: date,
    reason: ClosingReason,
    final_evaluation: str | None = None,
) -> Course:
    course = get_course(ctx, course_id)
    if course.status is CourseStatus.CLOSED:
        raise InvalidState("course_closed", "the course is already closed")
    last = repositories.sessions_of_course(ctx.vault.conn, course.id)
    if last and last[-1].start.wall.date() > end:
        raise ValidationError(
            [Problem("end_before_last_session", "end", "the course ends before its last session")]
        )
    closed = dataclasses.replace(
        course,
        status=CourseStatus.CLOSED,
        end=end,
        closing_reason=reason,
        final_evaluation=final_evaluation or None,
    )
    return _save(ctx, closed)


def _save(ctx: Context, course: Course) -> Course:
    participant = get_participant(ctx, course.participant_id)
    framework = ctx.frameworks.get(course.framework_id, course.framework_version)
    updated = dataclasses.replace(course, revision=course.revision + 1, updated_at=ctx.clock.now())
    check_course(updated, participant, framework, ctx.clock.today())
    with ctx.vault.transaction() as conn:
        repositories.put_course(conn, updated)
        sessions = repositories.sessions_of_course(conn, updated.id)
        outcomes.refresh(ctx, conn, updated, sessions)
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.UPDATE, "course", updated.id)
    ctx.events.emit(Event.COURSE_SAVED, course_id=updated.id)
    return updated


def list_courses(ctx: Context, query: CourseQuery | None = None) -> list[CourseSummary]:
    """Course rows for a list, from the cached outcomes: fast for tens of thousands."""
    outcomes.refresh_stale(ctx)
    return course_queries.course_summaries(ctx.vault.conn, query or CourseQuery())


def show_course(ctx: Context, course_id: str) -> CourseDetail:
    """Everything about one course; records a view in the audit log."""
    detail = load_course_detail(ctx, course_id)
    with ctx.vault.transaction() as conn:
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.VIEW, "course", course_id)
    return detail


def load_course_detail(ctx: Context, course_id: str) -> CourseDetail:
    """Everything about one course, without an audit entry: for re-reading a course the
    same person already has open (after their own change). Opening goes through
    :func:`show_course`."""
    conn = ctx.vault.conn
    course = get_course(ctx, course_id)
    participant = get_participant(ctx, course.participant_id)
    if participant.linked_youth_ids:
        linked = tuple(get_participant(ctx, pid) for pid in participant.linked_youth_ids)
    else:
        linked = tuple(parents_of(ctx, participant.id))
    sessions = tuple(repositories.sessions_of_course(conn, course.id))
    return CourseDetail(
        course=course,
        participant=participant,
        worker=repositories.get_worker(conn, course.worker_id),
        linked=linked,
        sessions=sessions,
        progress=outcomes.assess(ctx, course, sessions),
    )
