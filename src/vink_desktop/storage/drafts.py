"""Unfinished forms, kept inside the encrypted vault (never in a temp file or settings)."""

from __future__ import annotations

from datetime import datetime

from vink_desktop.storage.codec import dt_to_text
from vink_desktop.storage.database import Connection


def put_draft(conn: Connection, key: str, payload: str, at: datetime) -> None:
    conn.execute(
        "INSERT INTO drafts (key, payload, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (key) DO UPDATE SET payload = excluded.payload,"
        " updated_at = excluded.updated_at",
        (key, payload, dt_to_text(at)),
    )


def get_draft(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT payload FROM drafts WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def delete_draft(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM drafts WHERE key = ?", (key,))
