"""Schema version 5: who owns each record at the office, and deletions not yet seen.
Registered in ``schema.py``; ``storage/ownership.py`` reads and writes the tables.

* ``record_owners``: the owner of a record (``entity``, ``record_id``): a device id (the
  laptop whose batch created it), ``'office'``, or ``'unclaimed'`` (a record an office
  vault held before this version whose origin cannot be known; the first approved device
  whose batch changes it claims it). **A record without a row belongs to the office**:
  records made at the office (the GUI, ``records import``) need no row, and a write path
  that forgot the owner fails closed. Sessions have no row of their own while they exist:
  a session belongs to the owner of its course, so handing a course over moves its
  sessions with it. A deleted session gets a row (its course may change hands later, and
  the deletion stays its owner's). The key is the record, not the owner, so ownership can
  move (``ownership.set_owner``) without touching the record or its change log.
* ``unseen_tombstones``: a deletion a device sent for a record the office never had. It is
  kept for that device only (so a late copy from the same device cannot bring the record
  back) and blocks no other device's record with the same id. ``device_id`` is ``''`` for
  such deletions kept before this version (their device is unknown): they block nobody.

Backfill of an office vault (a field vault's tables stay empty; every record there is its
own): a record's owner is the device of its newest ``record_history`` row when there is one
(only the owner's batches replace or delete records), else ``'unclaimed'``; a tombstone with
a ``deleted`` history row keeps that device as owner; a tombstone the office made itself (an audited
deletion) is ``'unclaimed'``; any other tombstone (a deletion of a record the office never
had) moves to ``unseen_tombstones`` with an unknown device.
"""

from __future__ import annotations

from vink_desktop.storage.database import Connection

#: The owner of records the office made itself (also every record without a row).
OFFICE_OWNER = "office"
#: The owner of records held before ownership whose device cannot be known.
UNCLAIMED = "unclaimed"

V5_STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE record_owners (
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        owner TEXT NOT NULL,
        since TEXT NOT NULL,
        PRIMARY KEY (entity, record_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX record_owners_owner ON record_owners(owner, entity)",
    """CREATE TABLE unseen_tombstones (
        device_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        deleted_at TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id, device_id)
    ) WITHOUT ROWID""",
)

#: Tables whose records get a row in the backfill (sessions follow their course).
_OWNED_TABLES = {
    "worker": "workers",
    "participant": "participants",
    "course": "courses",
    "concern_report": "concern_reports",
    "outreach_activity": "outreach_activities",
    "service_evaluation": "service_evaluations",
}


def backfill(conn: Connection) -> None:
    """Owners for the records an office vault already holds (see the module's text)."""
    found = conn.execute("SELECT value FROM meta WHERE key = 'kind'").fetchone()
    if found is None or found[0] != "office":
        return
    since = "0001-01-01T00:00:00.000000Z"
    # The device of each record's newest history row (replaced, deleted or arrived late).
    conn.execute(
        "CREATE TEMP TABLE owner_evidence AS SELECT entity, entity_id, device_id FROM"
        " (SELECT entity, entity_id, device_id, row_number() OVER (PARTITION BY entity,"
        " entity_id ORDER BY id DESC) AS n FROM record_history WHERE device_id IS NOT NULL)"
        " WHERE n = 1"
    )
    for entity, table in _OWNED_TABLES.items():
        conn.execute(
            "INSERT INTO record_owners (entity, record_id, owner, since)"
            f" SELECT ?, r.id, coalesce(e.device_id, ?), ? FROM {table} r"
            " LEFT JOIN temp.owner_evidence e ON e.entity = ? AND e.entity_id = r.id",
            (entity, UNCLAIMED, since, entity),
        )
    # A session's evidence claims its course when the course has none of its own.
    conn.execute(
        "UPDATE record_owners SET owner = (SELECT e.device_id FROM temp.owner_evidence e"
        " JOIN sessions s ON s.id = e.entity_id WHERE e.entity = 'session'"
        " AND s.course_id = record_owners.record_id ORDER BY e.rowid LIMIT 1)"
        " WHERE entity = 'course' AND owner = ? AND EXISTS (SELECT 1 FROM temp.owner_evidence e"
        " JOIN sessions s ON s.id = e.entity_id WHERE e.entity = 'session'"
        " AND s.course_id = record_owners.record_id)",
        (UNCLAIMED,),
    )
    # Deletions: the office had the record (a 'deleted' history row names the device) or
    # never had it (kept as not yet seen, device unknown).
    conn.execute(
        "INSERT OR IGNORE INTO record_owners (entity, record_id, owner, since)"
        " SELECT t.entity, t.entity_id, e.device_id, ? FROM tombstones t"
        " JOIN temp.owner_evidence e ON e.entity = t.entity AND e.entity_id = t.entity_id",
        (since,),
    )
    # Deleted at the office itself (audited there): whoever claims it first.
    conn.execute(
        "INSERT OR IGNORE INTO record_owners (entity, record_id, owner, since)"
        " SELECT t.entity, t.entity_id, ?, ? FROM tombstones t WHERE EXISTS (SELECT 1"
        " FROM audit_log a WHERE a.action = 'delete' AND a.entity = t.entity"
        " AND a.entity_id = t.entity_id)",
        (UNCLAIMED, since),
    )
    never_had = (
        " FROM tombstones t WHERE NOT EXISTS (SELECT 1 FROM record_owners o"
        " WHERE o.entity = t.entity AND o.record_id = t.entity_id)"
    )
    conn.execute(
        "INSERT INTO unseen_tombstones (device_id, entity, entity_id, revision, deleted_at)"
        f" SELECT '', t.entity, t.entity_id, t.revision, t.deleted_at{never_had}"
    )
    conn.execute(
        "DELETE FROM tombstones WHERE EXISTS (SELECT 1 FROM unseen_tombstones u"
        " WHERE u.device_id = '' AND u.entity = tombstones.entity"
        " AND u.entity_id = tombstones.entity_id)"
    )
    conn.execute("DROP TABLE temp.owner_evidence")
