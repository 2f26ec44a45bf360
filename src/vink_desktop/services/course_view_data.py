"""What the course screens need beyond ``services.courses``: one course's list row, and the
course's detail re-read after the viewer's own change (without a second audit entry).

``courses.show_course`` is the way to *open* a course: it writes a view to the audit log.
When the same person has just changed the course (a session saved, the course paused) the
screen re-reads it with :func:`refresh_detail`, which is not a new look at the record.
"""

from __future__ import annotations

from vink_desktop.services.context import Context
from vink_desktop.services.courses import CourseDetail, get_course
from vink_desktop.services.outcomes import assess, refresh_stale
from vink_desktop.services.participants import get_participant, parents_of
from vink_desktop.storage import course_queries, repositories
from vink_desktop.storage.course_queries import CourseSummary


def course_summary(ctx: Context, course_id: str) -> CourseSummary | None:
    """The list row of one course, or None when it is gone.

    Built from the course, its participant and worker and its cached outcome, each read by
    key: a few milliseconds whatever the number of courses (a listing filtered by code
    would scan them all). The outcome is current: the services refresh it in the same
    transaction as every change, and a missing or stale one is recomputed first.
    """
    conn = ctx.vault.conn
    course = repositories.get_course(conn, course_id)
    if course is None:
        return None
    outcome = course_queries.outcomes_for(conn, [course_id]).get(course_id)
    if outcome is None or (
        outcome.valid_until is not None and outcome.valid_until <= ctx.clock.today()
    ):
        refresh_stale(ctx)
        outcome = course_queries.outcomes_for(conn, [course_id]).get(course_id)
    participant = get_participant(ctx, course.participant_id)
    worker = repositories.get_worker(conn, course.worker_id)
    return CourseSummary(
        id=course.id,
        participant_id=participant.id,
        participant_code=participant.code,
        participant_kind=participant.kind.value,
        district=participant.district,
        track=course.track,
        worker_id=course.worker_id,
        worker_name=worker.name if worker is not None else course.worker_id,
        start=course.start,
        status=course.status,
        end=course.end,
        sessions=0 if outcome is None else outcome.sessions,
        last_session_utc=None if outcome is None else outcome.last_session_utc,
        current_score=None if outcome is None else outcome.current_score,
        overall_change=None if outcome is None else outcome.overall_change,
        overall_class=None if outcome is None else outcome.overall_class,
        progression=None if outcome is None else outcome.progression,
        self_reported_progression=None if outcome is None else outcome.self_reported_progression,
        off_track=() if outcome is None else outcome.off_track,
    )


def refresh_detail(ctx: Context, course_id: str) -> CourseDetail:
    """The same as ``courses.show_course`` but without writing a view to the audit log."""
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
        progress=assess(ctx, course, sessions),
    )
