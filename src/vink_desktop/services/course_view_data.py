"""What the course screens need beyond ``services.courses``: one course's list row, and the
course's detail re-read after the viewer's own change (without a second audit entry).

``courses.show_course`` is the way to *open* a course: it writes a view to the audit log.
When the same person has just changed the course (a session saved, the course paused) the
screen re-reads it with :func:`refresh_detail`, which is not a new look at the record.
"""

from __future__ import annotations

from vink_desktop.services.context import Context
from vink_desktop.services.courses import CourseDetail, load_course_detail
from vink_desktop.services.outcomes import refresh_stale
from vink_desktop.storage import course_queries
from vink_desktop.storage.course_queries import CourseQuery, CourseSummary


def course_summary(ctx: Context, course_id: str) -> CourseSummary | None:
    """The list row of one course (by key: milliseconds whatever the number of courses),
    or None when it is gone. A stale cached outcome is recomputed first."""
    refresh_stale(ctx)
    rows = course_queries.course_summaries(ctx.vault.conn, CourseQuery(course_id=course_id))
    return rows[0] if rows else None


def refresh_detail(ctx: Context, course_id: str) -> CourseDetail:
    """The same as ``courses.show_course`` but without writing a view to the audit log."""
    return load_course_detail(ctx, course_id)
