"""Helpers for the batch-sync tests: real vaults on disk (cheap KDF), records made through
the services, and comparisons of what the office holds with what the laptops hold."""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from vink_desktop.domain.model import ContactKind, ParticipantKind, VaultKind
from vink_desktop.services import courses, participants, sessions, sync_service, vault_service
from vink_desktop.services.context import Context, FixedClock, IdFactory
from vink_desktop.services.sessions import SessionInput
from vink_desktop.storage.kdf import TEST_KDF_PARAMS

PASSPHRASE = "correct horse battery staple"
T0 = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
RATINGS = {
    "extremist_ties": 3, "polarising_views": 3, "violence_acceptance": 2, "us_and_them": 3,
    "source_criticism": 3, "own_needs_before_group": 3, "positive_communities": 4,
    "future_prospects": 3,
}  # fmt: skip


def seeded_ids(seed: int) -> IdFactory:
    rng = random.Random(seed)
    return IdFactory(rng.randbytes)


def new_vault(folder: Path, kind: VaultKind, name: str, seed: int, clock: FixedClock) -> Context:
    created = vault_service.create_vault(
        folder, PASSPHRASE, kind, name, kdf_params=TEST_KDF_PARAMS, clock=clock,
        ids=seeded_ids(seed),
    )  # fmt: skip
    return created.context


def reopen(ctx: Context) -> Context:
    """Close and open again (the way a new process would)."""
    folder = ctx.vault.paths.folder
    clock = ctx.clock
    vault_service.close(ctx)
    return vault_service.open_vault(folder, PASSPHRASE, clock=clock)


def enroll(field: Context, office: Context, folder: Path) -> None:
    identity = folder / "office.vinkoffice"
    if not identity.exists():
        sync_service.export_office_identity(office, identity)
    sync_service.enroll(field, identity)


def add_youth_with_sessions(
    ctx: Context, code: str, count: int, *, notes: str = "notes", start: date | None = None
) -> tuple[str, list[str]]:
    """A young person with a course and ``count`` sessions; (course id, session ids)."""
    youth = participants.add_participant(
        ctx, code, ParticipantKind.YOUTH, district="Valby", name="Real Name", contact="555-0100"
    )
    begin = start or date(2026, 1, 5)
    course = courses.open_course(ctx, youth.id, begin)
    ids = []
    for index in range(count):
        when = datetime.combine(begin + timedelta(days=index), datetime.min.time()).replace(hour=15)
        ids.append(
            sessions.record_session(
                ctx, course.id,
                SessionInput(when, 60, ContactKind.MEETING, notes, dict(RATINGS), 3),
            ).id
        )  # fmt: skip
    return course.id, ids


def snapshot(ctx: Context) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every record by entity and id: the columns that travel (no name, no contact)."""
    conn = ctx.vault.conn
    out: dict[str, dict[str, tuple[Any, ...]]] = {}
    queries = {
        "participant": "SELECT id, code, kind, birth_year, district, referral_source, revision,"
        " updated_at, (SELECT group_concat(youth_id) FROM (SELECT youth_id FROM"
        " participant_links l WHERE l.parent_id = p.id ORDER BY youth_id)) FROM participants p",
        "course": "SELECT * FROM courses",
        "session": "SELECT * FROM sessions",
        "concern_report": "SELECT * FROM concern_reports",
        "outreach_activity": "SELECT * FROM outreach_activities",
        "service_evaluation": "SELECT * FROM service_evaluations",
    }
    for entity, sql in queries.items():
        out[entity] = {str(r[0]): tuple(r) for r in conn.execute(sql)}
    return out


def union(
    snapshots: Sequence[dict[str, dict[str, tuple[Any, ...]]]],
) -> dict[str, dict[str, tuple[Any, ...]]]:
    merged: dict[str, dict[str, tuple[Any, ...]]] = {}
    for snap in snapshots:
        for entity, records in snap.items():
            merged.setdefault(entity, {}).update(records)
    return merged


def cli_main(argv: Sequence[str]) -> int:
    """The real CLI, with the sync commands registered even before cli/__init__ does it."""
    import argparse

    from vink_desktop.cli import _add_vault_options_to_leaves, build_parser, sync_commands
    from vink_desktop.cli.common import run_guarded

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "sync" not in sub.choices:
        sync_commands.register(sub)
        _add_vault_options_to_leaves(parser)
    args = parser.parse_args(list(argv))
    return run_guarded(args.handler, args)


if __name__ == "__main__":
    sys.exit(cli_main(sys.argv[1:]))


class World:
    """An office vault and field vaults on disk, enrolled, sharing one clock."""

    def __init__(self, root: Path, fields: int = 3) -> None:
        self.root = root
        self.clock = FixedClock(T0)
        self.office = new_vault(root / "office", VaultKind.OFFICE, "Susanne Supervisor", 1,
                                self.clock)  # fmt: skip
        self.fields = [
            new_vault(root / f"field{i}", VaultKind.FIELD, f"Mentor {i}", 10 + i, self.clock)
            for i in range(fields)
        ]
        for field in self.fields:
            enroll(field, self.office, root)
        self.outbox = root / "outbox"
        self.outbox.mkdir()
        self.receipts = root / "receipts"
        self.receipts.mkdir()

    def close(self) -> None:
        for ctx in (self.office, *self.fields):
            if ctx.vault.is_open:
                vault_service.close(ctx)

    def device_id(self, field: Context) -> str:
        from vink_desktop.sync.identity import format_id

        return format_id(sync_service.device_identity(field).device_id)
