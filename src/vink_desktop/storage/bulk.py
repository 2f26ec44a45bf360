"""Whole-table reads and writes for exports, imports and the demo generator."""

from __future__ import annotations

from collections.abc import Iterator

from vink_desktop.domain.model import Session
from vink_desktop.storage.database import Connection
from vink_desktop.storage.repositories import SESSION_COLUMNS, session_from_row

_TABLES = {
    "worker": "workers",
    "participant": "participants",
    "course": "courses",
    "session": "sessions",
}


def iter_sessions(conn: Connection, batch: int = 5000) -> Iterator[Session]:
    """Every session, in course and time order, read in batches."""
    cursor = conn.execute(
        f"SELECT {SESSION_COLUMNS} FROM sessions ORDER BY course_id, start_utc, id"
    )
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield session_from_row(row)


def revisions(conn: Connection) -> dict[tuple[str, str], int]:
    """(entity, id) -> revision for every record the vault holds."""
    known: dict[tuple[str, str], int] = {}
    for entity, table in _TABLES.items():
        for record_id, revision in conn.execute(f"SELECT id, revision FROM {table}"):
            known[(entity, str(record_id))] = int(revision)
    return known
