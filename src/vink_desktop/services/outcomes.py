"""Scoring a course and keeping its cached outcome current.

The cache (``course_outcomes``) is written in the same transaction as any change to a course
or its sessions. Time alone can change a course's off-track signals (weeks without a
session), so each cached outcome also says from which day it may be stale
(``valid_until``); :func:`refresh_stale` recomputes just those.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta

from vink_desktop.domain.model import Course, CourseStatus, Session
from vink_desktop.domain.off_track import OffTrackCode
from vink_desktop.domain.progress import CourseProgress, assess_course, course_track
from vink_desktop.services.context import Context
from vink_desktop.storage import course_queries, repositories
from vink_desktop.storage.codec import dt_to_text
from vink_desktop.storage.course_queries import StoredOutcome
from vink_desktop.storage.database import Connection

_TIME_SIGNALS = (OffTrackCode.NO_IMPROVEMENT, OffTrackCode.NO_RECENT_SESSION)


def assess(ctx: Context, course: Course, sessions: Sequence[Session]) -> CourseProgress:
    return assess_course(course, sessions, ctx.frameworks, ctx.clock.today())


def refresh(ctx: Context, conn: Connection, course: Course, sessions: Sequence[Session]) -> None:
    """Recompute and store one course's outcome (inside the caller's transaction)."""
    today = ctx.clock.today()
    progress = assess_course(course, sessions, ctx.frameworks, today)
    course_queries.put_outcome(conn, stored_outcome(ctx, progress, today))


def stored_outcome(ctx: Context, progress: CourseProgress, today: date) -> StoredOutcome:
    course = progress.course
    history = progress.history
    last = history[-1] if history else None
    overall = progress.overall
    signals = tuple(
        {
            key: (value.isoformat() if isinstance(value, date) else value)
            for key, value in (
                ("code", s.code.value),
                ("sessions", s.sessions),
                ("weeks", s.weeks),
                ("threshold", s.threshold),
                ("points", s.points),
                ("session_id", s.session_id),
                ("on", s.on),
                ("previous_session_id", s.previous_session_id),
                ("domain_ids", list(s.domain_ids) or None),
            )
            if value is not None
        }
        for s in progress.off_track
    )
    return StoredOutcome(
        course_id=course.id,
        sessions=len(history),
        assessments=progress.complete_assessments,
        last_session_utc=None if last is None else dt_to_text(last.start_utc),
        baseline_score=None if progress.baseline is None else progress.baseline.overall,
        current_score=None if progress.current is None else progress.current.overall,
        overall_change=None if overall is None else overall.change,
        overall_class=None if overall is None else overall.change_class.value,
        progression=progress.progression,
        self_reported_progression=progress.self_reported_progression,
        off_track=signals,
        valid_until=_valid_until(ctx, progress, today),
    )


def _valid_until(ctx: Context, progress: CourseProgress, today: date) -> date | None:
    """The first day on which the date alone might change this course's signals."""
    course = progress.course
    if course.status is CourseStatus.CLOSED:
        return None
    rule = course_track(course, ctx.frameworks).off_track
    last_day = progress.history[-1].local_date if progress.history else course.start
    candidates = [
        course.start + timedelta(weeks=rule.no_improvement_weeks),
        last_day + timedelta(weeks=rule.no_session_weeks),
    ]
    if any(s.code in _TIME_SIGNALS for s in progress.off_track):
        # The signal's count of weeks grows as days pass.
        candidates.append(today + timedelta(days=1))
    future = [d for d in candidates if d > today]
    return min(future) if future else None


def compute(
    ctx: Context, courses: Iterable[tuple[Course, Sequence[Session]]]
) -> list[StoredOutcome]:
    """The outcomes of courses whose sessions the caller holds, without the database (the
    batch import runs this on a helper thread while its connection writes those sessions);
    :func:`store` writes them."""
    today = ctx.clock.today()
    return [
        stored_outcome(ctx, assess_course(course, sessions, ctx.frameworks, today), today)
        for course, sessions in courses
    ]


def store(conn: Connection, computed: Iterable[StoredOutcome]) -> None:
    """Write outcomes from :func:`compute` (inside the caller's transaction)."""
    for outcome in computed:
        course_queries.put_outcome(conn, outcome)


def invalidate(conn: Connection, course_ids: Iterable[str]) -> None:
    """Mark cached outcomes stale (after a bulk import); :func:`refresh_stale` rebuilds
    them before anything reads them."""
    course_queries.mark_outcomes_stale(conn, course_ids)


#: Courses recomputed per write transaction: short enough that another connection (the
#: window while a worker imports) never waits long for the write lock.
REFRESH_CHUNK = 200


def refresh_stale(
    ctx: Context,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Recompute every outcome that is marked stale or may have changed with the date, in
    short transactions (each leaves the cache correct for the courses it did; a cancel
    leaves the rest marked stale). Returns how many were recomputed."""
    stale = course_queries.stale_course_ids(ctx.vault.conn, ctx.clock.today())
    done = 0
    for start in range(0, len(stale), REFRESH_CHUNK):
        if cancelled():
            break
        chunk = stale[start : start + REFRESH_CHUNK]
        with ctx.vault.transaction() as tx:
            by_course = repositories.sessions_of_courses(tx, chunk)
            for course in repositories.list_courses(tx, chunk):
                refresh(ctx, tx, course, by_course.get(course.id, []))
        done += len(chunk)
        if progress is not None:
            progress(done, len(stale))
    return done
