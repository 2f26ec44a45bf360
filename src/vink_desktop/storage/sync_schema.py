"""Schema version 3: what batch sync keeps in the vault (identities, devices, ledger,
receipts, record history). Owned by the sync layer; registered in ``schema.py``.

Both kinds of vault get every table; a field vault fills the field tables (its device
identity, the office it enrolled with, the batches it wrote, the receipts it accepted), an
office vault the office tables (its identity, the devices, the ledger, held batches and the
record history). Ids are stored as 32 lowercase hex digits, hashes and keys as bytes, times
as the vault's fixed-width UTC text. ``docs/sync.md`` describes every table.
"""

from __future__ import annotations

V3_STATEMENTS: tuple[str, ...] = (
    # This vault's own identity: a field vault's device identity or the office identity.
    # ``current`` is 1 for the identity in use and NULL for retired ones (a field vault
    # that re-enrolled with another office starts a new device identity); a retired row
    # keeps its public key only.
    """CREATE TABLE sync_identity (
        key_id TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('device', 'office')),
        identity_id TEXT NOT NULL,
        public_key BLOB NOT NULL,
        secret BLOB,
        created_at TEXT NOT NULL,
        retired_at TEXT,
        current INTEGER CHECK (current = 1),
        UNIQUE (role, current)
    )""",
    # Field: the office public identity this laptop enrolled with (current = 1), and the
    # ones it replaced.
    """CREATE TABLE sync_enrollment (
        id INTEGER PRIMARY KEY,
        office_id TEXT NOT NULL,
        key_id TEXT NOT NULL,
        public_key BLOB NOT NULL,
        fingerprint TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        replaced_at TEXT,
        current INTEGER UNIQUE CHECK (current = 1)
    )""",
    # Field: every batch written. ``after_change`` .. ``through_change`` is the change-log
    # range (seq) of the export the batch belongs to; only the last batch of an export has
    # through_change > after_change, so changes count as confirmed only when every batch
    # of their export is. ``data`` keeps the exact bytes for a re-send until confirmed.
    """CREATE TABLE sync_outbox (
        id INTEGER PRIMARY KEY,
        device_id TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        office_id TEXT NOT NULL,
        batch_hash BLOB NOT NULL,
        previous_hash BLOB NOT NULL,
        after_change INTEGER NOT NULL,
        through_change INTEGER NOT NULL,
        records INTEGER NOT NULL,
        sessions INTEGER NOT NULL,
        size INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data BLOB,
        confirmed_at TEXT,
        UNIQUE (device_id, sequence)
    )""",
    # Field: receipts accepted from the office.
    """CREATE TABLE sync_receipts (
        id INTEGER PRIMARY KEY,
        office_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        highest_contiguous INTEGER NOT NULL,
        highest_hash BLOB NOT NULL,
        held_ranges TEXT NOT NULL,
        accepted_at TEXT NOT NULL
    )""",
    # Office: every device that has sent a batch, with its pinned key.
    """CREATE TABLE sync_devices (
        device_id TEXT PRIMARY KEY,
        public_key BLOB NOT NULL,
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'revoked')),
        first_seen TEXT NOT NULL,
        status_changed_at TEXT,
        last_batch_at TEXT,
        highest_contiguous INTEGER NOT NULL DEFAULT 0,
        highest_hash BLOB NOT NULL
    ) WITHOUT ROWID""",
    # Office: the import ledger, one row per applied batch, written in the same
    # transaction as the batch's records.
    """CREATE TABLE sync_ledger (
        device_id TEXT NOT NULL REFERENCES sync_devices(device_id),
        sequence INTEGER NOT NULL,
        batch_hash BLOB NOT NULL,
        previous_hash BLOB NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        records INTEGER NOT NULL,
        PRIMARY KEY (device_id, sequence)
    ) WITHOUT ROWID""",
    # Office: batches kept until they can be applied (device not yet approved, or an
    # earlier batch missing). The bytes are the batch file itself (still encrypted).
    """CREATE TABLE sync_held (
        id INTEGER PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES sync_devices(device_id),
        sequence INTEGER NOT NULL,
        batch_hash BLOB NOT NULL,
        file_name TEXT NOT NULL,
        received_at TEXT NOT NULL,
        data BLOB NOT NULL,
        UNIQUE (device_id, sequence)
    )""",
    # Office: earlier revisions of records, as JSON of the stored row: the row a newer
    # revision replaced (replaced), the row a tombstone removed (deleted), or a revision
    # that arrived after a newer one (arrived_late).
    """CREATE TABLE record_history (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('replaced', 'deleted', 'arrived_late')),
        record TEXT NOT NULL,
        device_id TEXT,
        sequence INTEGER,
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX record_history_entity ON record_history(entity, entity_id, revision)",
)
