"""The change log, tombstones and the audit log: written in the same transaction as the
change they describe. None of them ever holds the content of a record."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from vink_desktop.storage.codec import dt_from_text, dt_to_text
from vink_desktop.storage.database import Connection


class Op(enum.StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class AuditAction(enum.StrEnum):
    CREATE_VAULT = "create_vault"
    UNLOCK = "unlock"
    UNLOCK_RECOVERY = "unlock_recovery"
    CHANGE_PASSPHRASE = "change_passphrase"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    VIEW = "view"
    EXPORT = "export"
    IMPORT = "import"
    REFUSED_IMPORT = "refused_import"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None


@dataclass(frozen=True, slots=True)
class Change:
    seq: int
    entity: str
    entity_id: str
    revision: int
    op: Op
    changed_at: datetime


def log_change(
    conn: Connection, entity: str, entity_id: str, revision: int, op: Op, at: datetime
) -> None:
    conn.execute(
        "INSERT INTO change_log (entity, entity_id, revision, op, changed_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (entity, entity_id, revision, op.value, dt_to_text(at)),
    )
    if op is Op.DELETE:
        conn.execute(
            "INSERT INTO tombstones (entity, entity_id, revision, deleted_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (entity, entity_id) DO UPDATE"
            " SET revision = excluded.revision, deleted_at = excluded.deleted_at",
            (entity, entity_id, revision, dt_to_text(at)),
        )


def changes_since(conn: Connection, after_seq: int = 0, limit: int | None = None) -> list[Change]:
    sql = (
        "SELECT seq, entity, entity_id, revision, op, changed_at FROM change_log"
        " WHERE seq > ? ORDER BY seq"
    )
    params: tuple[int, ...] = (after_seq,)
    if limit is not None:
        sql += " LIMIT ?"
        params = (after_seq, limit)
    return [
        Change(int(r[0]), str(r[1]), str(r[2]), int(r[3]), Op(r[4]), dt_from_text(str(r[5])))
        for r in conn.execute(sql, params)
    ]


def tombstones(conn: Connection) -> list[tuple[str, str, int]]:
    return [
        (str(r[0]), str(r[1]), int(r[2]))
        for r in conn.execute("SELECT entity, entity_id, revision FROM tombstones ORDER BY 1, 2")
    ]


def audit(
    conn: Connection,
    at: datetime,
    actor: str,
    action: AuditAction,
    entity: str | None = None,
    entity_id: str | None = None,
    detail: str | None = None,
) -> None:
    """Record who did what to which record, and when. ``detail`` is for non-personal facts
    (a count, a file name, a reason code) — never a note, a name or a pseudonym."""
    conn.execute(
        "INSERT INTO audit_log (at_utc, actor, action, entity, entity_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (dt_to_text(at), actor, action.value, entity, entity_id, detail),
    )


def list_audit(
    conn: Connection,
    *,
    limit: int = 200,
    entity: str | None = None,
    entity_id: str | None = None,
    action: str | None = None,
) -> list[AuditEntry]:
    clauses: list[str] = []
    params: list[object] = []
    for column, value in (("entity", entity), ("entity_id", entity_id), ("action", action)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    params.append(limit)
    rows = conn.execute(
        "SELECT id, at_utc, actor, action, entity, entity_id, detail FROM audit_log"
        f"{where} ORDER BY id DESC LIMIT ?",
        params,
    )
    return [
        AuditEntry(int(r[0]), dt_from_text(str(r[1])), str(r[2]), str(r[3]), r[4], r[5], r[6])
        for r in rows
    ]
