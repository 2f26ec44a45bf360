"""Who owns each record at the office (schema v5, ``ownership_schema``), in bulk.

An owner is a device id, :data:`OFFICE_OWNER` or :data:`UNCLAIMED`. A stored record
without a row in ``record_owners`` belongs to the office; a session without a row of its
own belongs to the owner of its course. Records the office has never seen (neither stored,
nor deleted, nor with an owner row) have no owner: the first batch that sends them creates
them and becomes their owner.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from vink_desktop.storage.database import Connection
from vink_desktop.storage.ownership_schema import OFFICE_OWNER, UNCLAIMED
from vink_desktop.storage.sync_records import TABLES

__all__ = [
    "OFFICE_OWNER",
    "UNCLAIMED",
    "keep_unseen_tombstones",
    "move_owner",
    "owners_of",
    "set_owner",
    "unseen_tombstone_revisions",
]

_CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _marks(count: int) -> str:
    return ",".join("?" * count)


def owners_of(conn: Connection, entity: str, ids: Iterable[str]) -> dict[str, str]:
    """id -> owner of the records among ``ids`` the office knows (stored, deleted, or with
    an owner row). Ids missing from the answer are records the office never had."""
    table = TABLES[entity]
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    for chunk in _chunks(wanted):
        marks = _marks(len(chunk))
        if entity == "session":
            rows = conn.execute(
                "SELECT s.id, coalesce(o.owner, c.owner, ?) FROM sessions s"
                " LEFT JOIN record_owners o ON o.entity = 'session' AND o.record_id = s.id"
                " LEFT JOIN record_owners c ON c.entity = 'course' AND c.record_id = s.course_id"
                f" WHERE s.id IN ({marks})",
                (OFFICE_OWNER, *chunk),
            )
        else:
            rows = conn.execute(
                f"SELECT r.id, coalesce(o.owner, ?) FROM {table} r LEFT JOIN record_owners o"
                f" ON o.entity = ? AND o.record_id = r.id WHERE r.id IN ({marks})",
                (OFFICE_OWNER, entity, *chunk),
            )
        found.update((str(record_id), str(owner)) for record_id, owner in rows)
        for record_id, owner in conn.execute(
            "SELECT record_id, owner FROM record_owners WHERE entity = ?"
            f" AND record_id IN ({marks})",
            (entity, *chunk),
        ):
            found.setdefault(str(record_id), str(owner))
        for (record_id,) in conn.execute(
            f"SELECT entity_id FROM tombstones WHERE entity = ? AND entity_id IN ({marks})",
            (entity, *chunk),
        ):
            found.setdefault(str(record_id), OFFICE_OWNER)
    return found


def set_owner(conn: Connection, entity: str, ids: Iterable[str], owner: str, since: str) -> None:
    """Make ``owner`` the owner of the records ``ids`` of ``entity`` (new rows, or moved)."""
    TABLES[entity]  # a known entity
    conn.executemany(
        "INSERT INTO record_owners (entity, record_id, owner, since) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (entity, record_id) DO UPDATE SET owner = excluded.owner,"
        " since = excluded.since",
        [(entity, record_id, owner, since) for record_id in ids],
    )


def move_owner(conn: Connection, old: str, new: str, since: str) -> int:
    """Move every record of owner ``old`` to ``new`` (a handover of a whole laptop); the
    sessions follow their courses, and its deletions of records not yet seen go too.
    Returns the number of owner rows moved."""
    cursor = conn.execute(
        "UPDATE record_owners SET owner = ?, since = ? WHERE owner = ?", (new, since, old)
    )
    moved = int(cursor.rowcount)
    conn.execute(
        "INSERT INTO unseen_tombstones (device_id, entity, entity_id, revision, deleted_at)"
        " SELECT ?, entity, entity_id, revision, deleted_at FROM unseen_tombstones"
        " WHERE device_id = ? ON CONFLICT (entity, entity_id, device_id) DO NOTHING",
        (new, old),
    )
    conn.execute("DELETE FROM unseen_tombstones WHERE device_id = ?", (old,))
    return moved


def owned_count(conn: Connection, owner: str) -> dict[str, int]:
    """entity -> number of records with an owner row for ``owner``."""
    return {
        str(entity): int(number)
        for entity, number in conn.execute(
            "SELECT entity, count(*) FROM record_owners WHERE owner = ? GROUP BY entity",
            (owner,),
        )
    }


# -- deletions of records the office never had -----------------------------------------------


def unseen_tombstone_revisions(
    conn: Connection, device_id: str, entity: str, ids: Sequence[str]
) -> dict[str, int]:
    """id -> revision of the deletions ``device_id`` sent for records the office never had."""
    found: dict[str, int] = {}
    if (
        not ids
        or conn.execute(
            "SELECT 1 FROM unseen_tombstones WHERE device_id = ? AND entity = ? LIMIT 1",
            (device_id, entity),
        ).fetchone()
        is None
    ):
        return found
    for chunk in _chunks(ids):
        for record_id, revision in conn.execute(
            "SELECT entity_id, revision FROM unseen_tombstones WHERE device_id = ?"
            f" AND entity = ? AND entity_id IN ({_marks(len(chunk))})",
            (device_id, entity, *chunk),
        ):
            found[str(record_id)] = int(revision)
    return found


def keep_unseen_tombstones(
    conn: Connection, device_id: str, rows: Sequence[tuple[str, str, int, str]]
) -> None:
    """Keep (entity, id, revision, deleted_at) deletions from ``device_id`` for records the
    office never had (a newer deletion replaces an older one)."""
    conn.executemany(
        "INSERT INTO unseen_tombstones (device_id, entity, entity_id, revision, deleted_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id, device_id) DO UPDATE"
        " SET revision = excluded.revision, deleted_at = excluded.deleted_at"
        " WHERE excluded.revision > unseen_tombstones.revision",
        [(device_id, *row) for row in rows],
    )
