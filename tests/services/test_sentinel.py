"""A unique string typed into a session's notes appears in no byte of any file the program
writes: the database, its -wal and -shm, the key file, and everything under the data,
config, cache, state and log folders (the plaintext export the user asks for aside)."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from vink_desktop.domain.model import ContactKind, ParticipantKind
from vink_desktop.services import courses, participants, records_io, sessions, vault_service
from vink_desktop.services.context import Context
from vink_desktop.services.sessions import SessionInput

SENTINEL = "SENTINEL-7f3a9c-hemmelig-note"


def _files_under(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            found.extend(Path(folder) / name for name in files)
    return found


def _containing(paths: list[Path], needle: bytes) -> list[Path]:
    return [p for p in paths if p.is_file() and needle in p.read_bytes()]


def test_sentinel_never_reaches_disk(ctx: Context, isolated_home: Path, tmp_path: Path) -> None:
    youth = participants.add_participant(ctx, "Emil-K0001", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, youth.id, date(2026, 3, 1))
    entry = SessionInput(
        start=datetime(2026, 3, 5, 14, 0),
        duration_minutes=45,
        contact_kind=ContactKind.HOME_VISIT,
        notes=f"Notes with {SENTINEL} in them",
        follow_up=f"follow {SENTINEL}",
        ratings={"extremist_ties": 3},
    )
    session = sessions.record_session(ctx, course.id, entry)
    sessions.update_session(ctx, session.id, entry)
    sessions.save_draft(ctx, "session:draft", {"notes": SENTINEL})
    courses.show_course(ctx, course.id)
    vault_dir = ctx.vault.paths.folder
    needles = [SENTINEL.encode("utf-8"), SENTINEL.encode("utf-16-le")]

    # While the vault is open: the WAL and SHM exist and hold the newest pages.
    open_files = _files_under(vault_dir, isolated_home)
    assert any(p.name.endswith("-wal") for p in open_files)
    for needle in needles:
        assert _containing(open_files, needle) == []

    vault_service.close(ctx)
    closed_files = _files_under(vault_dir, isolated_home, tmp_path)
    for needle in needles:
        assert _containing(closed_files, needle) == []


def test_only_an_explicit_plaintext_export_contains_it(ctx: Context, tmp_path: Path) -> None:
    youth = participants.add_participant(ctx, "Emil-K0001", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, youth.id, date(2026, 3, 1))
    sessions.record_session(
        ctx,
        course.id,
        SessionInput(datetime(2026, 3, 5, 14, 0), 45, ContactKind.PHONE, notes=SENTINEL),
    )
    out = tmp_path / "export.json"
    records_io.export_records(ctx, out, "json")
    assert SENTINEL.encode() in out.read_bytes()
    assert _containing(_files_under(ctx.vault.paths.folder), SENTINEL.encode()) == []
