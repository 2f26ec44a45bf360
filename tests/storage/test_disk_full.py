"""A full disk while writing the vault: a clear error (DiskFull) and the vault as it was.

SQLite's ``max_page_count`` makes the database full at its current size: the same
``SQLITE_FULL`` a full disk gives, met by a statement inside the transaction (not only by
the commit)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vink_desktop.domain.model import ContactKind, ParticipantKind
from vink_desktop.services import courses, participants, sessions
from vink_desktop.services.context import Context
from vink_desktop.services.sessions import SessionInput
from vink_desktop.storage.errors import DiskFull


def _entry(notes: str) -> SessionInput:
    return SessionInput(datetime(2026, 3, 2, 15, 0), 60, ContactKind.MEETING, notes,
                        {"extremist_ties": 3}, 3)  # fmt: skip


def test_a_session_saved_on_a_full_disk_is_refused_and_nothing_changes(ctx: Context) -> None:
    youth = participants.add_participant(ctx, "Full-1", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, youth.id, date(2026, 1, 5))
    sessions.record_session(ctx, course.id, _entry("fits"))
    conn = ctx.vault.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    before = conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    log = conn.execute("SELECT count(*) FROM change_log").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull):
        sessions.record_session(ctx, course.id, _entry("x" * 19_000))
    assert not conn.in_transaction
    assert conn.execute("SELECT * FROM sessions ORDER BY id").fetchall() == before
    assert conn.execute("SELECT count(*) FROM change_log").fetchone() == log
    conn.execute(f"PRAGMA max_page_count = {2**31 - 2}")  # space freed
    sessions.record_session(ctx, course.id, _entry("x" * 19_000))
    assert len(conn.execute("SELECT id FROM sessions").fetchall()) == 2
    assert ctx.vault.integrity_check() == []
