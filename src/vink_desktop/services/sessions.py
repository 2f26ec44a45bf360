"""Use cases for sessions: record, change, delete, list; and encrypted drafts."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from vink_desktop.domain.model import ContactKind, CourseStatus, Session
from vink_desktop.domain.validation import check_session, local_time
from vink_desktop.services import outcomes
from vink_desktop.services.context import Context
from vink_desktop.services.courses import get_course
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.services.events import Event
from vink_desktop.storage import drafts, repositories
from vink_desktop.storage.journal import AuditAction, audit


@dataclass(frozen=True, slots=True)
class SessionInput:
    """What a person enters for a session. ``start`` is the wall-clock time in Copenhagen."""

    start: datetime
    duration_minutes: int
    contact_kind: ContactKind
    notes: str = ""
    ratings: dict[str, int] = field(default_factory=dict)
    self_rating: int | None = None
    follow_up: str = ""
    acute_concern: bool = False


def record_session(ctx: Context, course_id: str, entry: SessionInput) -> Session:
    """Record a new session in a course (validated, change-logged, audited, rescored)."""
    course = get_course(ctx, course_id)
    if course.status is CourseStatus.CLOSED:
        raise InvalidState("course_closed", "the course is closed; reopen it first")
    framework = ctx.frameworks.get(course.framework_id, course.framework_version)
    session = Session(
        id=ctx.ids.new_id(),
        course_id=course.id,
        start=local_time(entry.start),
        duration_minutes=entry.duration_minutes,
        contact_kind=entry.contact_kind,
        framework_id=framework.id,
        framework_version=framework.version,
        notes=entry.notes,
        ratings=dict(entry.ratings),
        self_rating=entry.self_rating,
        follow_up=entry.follow_up,
        acute_concern=entry.acute_concern,
        revision=1,
        updated_at=ctx.clock.now(),
    )
    check_session(session, course, framework)
    with ctx.vault.transaction() as conn:
        repositories.put_session(conn, session)
        outcomes.refresh(ctx, conn, course, repositories.sessions_of_course(conn, course.id))
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.CREATE, "session", session.id)
    ctx.events.emit(Event.SESSION_SAVED, session_id=session.id, course_id=course.id)
    return session


def update_session(ctx: Context, session_id: str, entry: SessionInput) -> Session:
    """Change a session; it keeps the framework version it was first rated under."""
    current = get_session(ctx, session_id)
    course = get_course(ctx, current.course_id)
    framework = ctx.frameworks.get(current.framework_id, current.framework_version)
    updated = dataclasses.replace(
        current,
        start=local_time(entry.start),
        duration_minutes=entry.duration_minutes,
        contact_kind=entry.contact_kind,
        notes=entry.notes,
        ratings=dict(entry.ratings),
        self_rating=entry.self_rating,
        follow_up=entry.follow_up,
        acute_concern=entry.acute_concern,
        revision=current.revision + 1,
        updated_at=ctx.clock.now(),
    )
    check_session(updated, course, framework)
    with ctx.vault.transaction() as conn:
        repositories.put_session(conn, updated)
        outcomes.refresh(ctx, conn, course, repositories.sessions_of_course(conn, course.id))
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.UPDATE, "session", updated.id)
    ctx.events.emit(Event.SESSION_SAVED, session_id=updated.id, course_id=course.id)
    return updated


def delete_session(ctx: Context, session_id: str) -> None:
    """Delete a session; a tombstone carries the deletion to the office."""
    session = get_session(ctx, session_id)
    course = get_course(ctx, session.course_id)
    with ctx.vault.transaction() as conn:
        repositories.delete_session(conn, session, ctx.clock.now())
        outcomes.refresh(ctx, conn, course, repositories.sessions_of_course(conn, course.id))
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.DELETE, "session", session.id)
    ctx.events.emit(Event.SESSION_DELETED, session_id=session.id, course_id=course.id)


def get_session(ctx: Context, session_id: str) -> Session:
    session = repositories.get_session(ctx.vault.conn, session_id)
    if session is None:
        raise NotFound("session", session_id)
    return session


def list_sessions(ctx: Context, course_id: str) -> list[Session]:
    get_course(ctx, course_id)
    return repositories.sessions_of_course(ctx.vault.conn, course_id)


# -- drafts: what is being typed, kept encrypted in the vault ------------------------------


def save_draft(ctx: Context, key: str, payload: dict[str, Any]) -> None:
    """Keep an unfinished form (e.g. a session being written) inside the encrypted vault."""
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False)
    with ctx.vault.transaction() as conn:
        drafts.put_draft(conn, key, text, ctx.clock.now())


def load_draft(ctx: Context, key: str) -> dict[str, Any] | None:
    text = drafts.get_draft(ctx.vault.conn, key)
    if text is None:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else None


def discard_draft(ctx: Context, key: str) -> None:
    with ctx.vault.transaction() as conn:
        drafts.delete_draft(conn, key)
