"""Reading the audit log: who did what to which record, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from vink_desktop.services.context import Context
from vink_desktop.storage import repositories
from vink_desktop.storage.journal import list_audit as _list_audit


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: datetime
    actor_id: str
    actor_name: str
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None


def list_audit(
    ctx: Context, *, limit: int = 100, course_id: str | None = None, action: str | None = None
) -> list[AuditLine]:
    conn = ctx.vault.conn
    entries = _list_audit(
        conn,
        limit=limit,
        entity="course" if course_id else None,
        entity_id=course_id,
        action=action,
    )
    names = {w.id: w.name for w in repositories.list_workers(conn)}
    return [
        AuditLine(
            e.at, e.actor, names.get(e.actor, e.actor), e.action, e.entity, e.entity_id, e.detail
        )
        for e in entries
    ]
