"""Migration 5 on an office vault that already holds laptops' records: owners where the
history shows them, 'unclaimed' elsewhere (the first approved laptop to change the record
claims it), and deletions of records the office never had moved to the not-yet-seen ones,
where they block no one."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sync_helpers import World, add_youth_with_sessions

from vink_desktop.domain.model import ContactKind
from vink_desktop.services import participants, sessions, sync_devices, sync_export, sync_import
from vink_desktop.services.context import Context
from vink_desktop.services.sessions import SessionInput
from vink_desktop.services.sync_import import ImportStatus
from vink_desktop.storage import ownership, schema


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path, fields=2)
    yield w
    w.close()


def _sync(world: World, field: Context) -> list[ImportStatus]:
    result = sync_export.export_batches(field, world.outbox)
    report = sync_import.import_batches(world.office, [b.path for b in result.batches])
    return [r.status for r in report.results]


def _as_before_v5(world: World) -> None:
    """Turn the office vault back into what a version 4 vault held: the same records,
    no owners, every deletion in ``tombstones``."""
    conn = world.office.vault.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO tombstones (entity, entity_id, revision, deleted_at)"
        " SELECT entity, entity_id, revision, deleted_at FROM unseen_tombstones"
    )
    conn.execute("DROP TABLE record_owners")
    conn.execute("DROP TABLE unseen_tombstones")
    conn.execute("PRAGMA user_version = 4")
    conn.execute("COMMIT")


def test_the_backfill_finds_owners_where_it_can_and_leaves_the_rest_to_be_claimed(
    world: World,
) -> None:
    first, second = world.fields
    course, ids = add_youth_with_sessions(first, "Early-1", 3)
    gone_before_export = sessions.record_session(
        first, course, SessionInput(datetime(2026, 1, 20, 15, 0), 30, ContactKind.MEETING,
                                    "short", {}, None),
    ).id  # fmt: skip
    sessions.delete_session(first, gone_before_export)
    for field in world.fields:
        if field is second:
            add_youth_with_sessions(second, "Early-2", 1)
        _sync(world, field)
        sync_devices.approve_device(world.office, world.device_id(field))
    # The first laptop replaces one session and deletes another at the office.
    mine = sessions.get_session(first, ids[0])
    assert mine is not None
    sessions.update_session(
        first, ids[0], SessionInput(mine.start.wall, 45, mine.contact_kind, "again", {}, None)
    )
    sessions.delete_session(first, ids[1])
    assert _sync(world, first) == [ImportStatus.IMPORTED]
    first_id, second_id = world.device_id(first), world.device_id(second)

    _as_before_v5(world)
    conn = world.office.vault.conn
    assert schema.migrate(conn) == [5]

    owners = dict(
        conn.execute("SELECT entity || ':' || record_id, owner FROM record_owners").fetchall()
    )
    # The course of the replaced session is the first laptop's (the history says so) ...
    assert owners[f"course:{course}"] == first_id
    # ... and so is the session it deleted.
    assert owners[f"session:{ids[1]}"] == first_id
    # Nothing shows whose the other records are: unclaimed.
    second_course = conn.execute("SELECT id FROM courses WHERE id != ?", (course,)).fetchone()[0]
    assert owners[f"course:{second_course}"] == ownership.UNCLAIMED
    assert {owners[f"worker:{w}"] for (w,) in conn.execute("SELECT id FROM workers")} == {
        ownership.UNCLAIMED
    }
    # The deletion of a session the office never had blocks no one now.
    assert conn.execute("SELECT device_id, entity_id FROM unseen_tombstones").fetchall() == [
        ("", gone_before_export)
    ]
    assert conn.execute("SELECT entity_id FROM tombstones ORDER BY entity_id").fetchall() == [
        (ids[1],)
    ]

    # The second laptop changes its participant: it claims it, and it is its own from now.
    youth = participants.get_participant(second, "Early-2")
    participants.update_participant(second, dataclasses.replace(youth, district="Amager"))
    assert _sync(world, second) == [ImportStatus.IMPORTED]
    assert ownership.owners_of(conn, "participant", [youth.id]) == {youth.id: second_id}
    # A migrated field vault gets no rows: its records are its own.
    field_conn = first.vault.conn
    assert field_conn.execute("SELECT count(*) FROM record_owners").fetchone() == (0,)
