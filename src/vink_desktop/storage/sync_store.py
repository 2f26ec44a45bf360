"""The sync bookkeeping tables of schema v3 (``sync_schema.py``): identities, enrollment,
the field's outbox and receipts, the office's devices, ledger and held batches.

Plain SQL in, plain rows out; the services decide what the rows mean. Ids are 32 lowercase
hex digits, hashes and keys bytes, times the vault's fixed-width UTC text (``codec``).
Writes run in the caller's transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vink_desktop.storage.codec import dt_from_text, dt_to_text
from vink_desktop.storage.database import Connection
from vink_desktop.storage.sync_records import TABLES

ZERO_HASH = bytes(32)


def _opt_dt(text: object) -> datetime | None:
    return None if text is None else dt_from_text(str(text))


@contextlib.contextmanager
def read_snapshot(conn: Connection) -> Iterator[Connection]:
    """A read-only transaction: every query inside sees the vault as it was at the first
    read, while other connections go on writing (WAL). Nothing written inside is kept
    (temporary tables included)."""
    conn.execute("BEGIN DEFERRED")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")


# -- this vault's identity ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IdentityRow:
    key_id: str
    role: str
    identity_id: str
    public_key: bytes
    secret: bytes
    created_at: datetime


def current_identity(conn: Connection, role: str) -> IdentityRow | None:
    row = conn.execute(
        "SELECT key_id, role, identity_id, public_key, secret, created_at FROM sync_identity"
        " WHERE role = ? AND current = 1",
        (role,),
    ).fetchone()
    if row is None:
        return None
    return IdentityRow(
        str(row[0]), str(row[1]), str(row[2]), bytes(row[3]), bytes(row[4]), dt_from_text(row[5])
    )


def put_identity(
    conn: Connection,
    role: str,
    key_id: str,
    identity_id: str,
    public_key: bytes,
    secret: bytes,
    at: datetime,
) -> None:
    conn.execute(
        "INSERT INTO sync_identity (key_id, role, identity_id, public_key, secret, created_at,"
        " current) VALUES (?, ?, ?, ?, ?, ?, 1)",
        (key_id, role, identity_id, public_key, secret, dt_to_text(at)),
    )


def retire_identity(conn: Connection, key_id: str, at: datetime) -> None:
    """Stop using an identity and forget its private key (the public key stays)."""
    conn.execute(
        "UPDATE sync_identity SET current = NULL, secret = NULL, retired_at = ? WHERE key_id = ?",
        (dt_to_text(at), key_id),
    )


# -- field: enrollment ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EnrollmentRow:
    office_id: str
    key_id: str
    public_key: bytes
    fingerprint: str
    enrolled_at: datetime


def current_enrollment(conn: Connection) -> EnrollmentRow | None:
    row = conn.execute(
        "SELECT office_id, key_id, public_key, fingerprint, enrolled_at FROM sync_enrollment"
        " WHERE current = 1"
    ).fetchone()
    if row is None:
        return None
    return EnrollmentRow(str(row[0]), str(row[1]), bytes(row[2]), str(row[3]), dt_from_text(row[4]))


def put_enrollment(
    conn: Connection, office_id: str, key_id: str, public_key: bytes, fingerprint: str, at: datetime
) -> None:
    """Make this office the current one (an earlier one is marked replaced)."""
    conn.execute(
        "UPDATE sync_enrollment SET current = NULL, replaced_at = ? WHERE current = 1",
        (dt_to_text(at),),
    )
    conn.execute(
        "INSERT INTO sync_enrollment (office_id, key_id, public_key, fingerprint, enrolled_at,"
        " current) VALUES (?, ?, ?, ?, ?, 1)",
        (office_id, key_id, public_key, fingerprint, dt_to_text(at)),
    )


# -- field: outbox --------------------------------------------------------------------------

_OUTBOX_COLUMNS = (
    "device_id, sequence, office_id, batch_hash, previous_hash, after_change, through_change,"
    " records, sessions, size, file_name, created_at, confirmed_at"
)


@dataclass(frozen=True, slots=True)
class OutboxRow:
    device_id: str
    sequence: int
    office_id: str
    batch_hash: bytes
    previous_hash: bytes
    after_change: int
    through_change: int
    records: int
    sessions: int
    size: int
    file_name: str
    created_at: datetime
    confirmed_at: datetime | None


def _outbox(r: Sequence[Any]) -> OutboxRow:
    return OutboxRow(
        str(r[0]), int(r[1]), str(r[2]), bytes(r[3]), bytes(r[4]), int(r[5]), int(r[6]),
        int(r[7]), int(r[8]), int(r[9]), str(r[10]), dt_from_text(r[11]), _opt_dt(r[12]),
    )  # fmt: skip


def insert_outbox(conn: Connection, row: OutboxRow, data: bytes) -> None:
    conn.execute(
        f"INSERT INTO sync_outbox ({_OUTBOX_COLUMNS}, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.device_id, row.sequence, row.office_id, row.batch_hash, row.previous_hash,
            row.after_change, row.through_change, row.records, row.sessions, row.size,
            row.file_name, dt_to_text(row.created_at), None, data,
        ),
    )  # fmt: skip


def last_outbox(conn: Connection, device_id: str) -> OutboxRow | None:
    row = conn.execute(
        f"SELECT {_OUTBOX_COLUMNS} FROM sync_outbox WHERE device_id = ?"
        " ORDER BY sequence DESC LIMIT 1",
        (device_id,),
    ).fetchone()
    return None if row is None else _outbox(row)


def get_outbox(conn: Connection, device_id: str, sequence: int) -> OutboxRow | None:
    row = conn.execute(
        f"SELECT {_OUTBOX_COLUMNS} FROM sync_outbox WHERE device_id = ? AND sequence = ?",
        (device_id, sequence),
    ).fetchone()
    return None if row is None else _outbox(row)


def unconfirmed_outbox(conn: Connection, device_id: str) -> list[OutboxRow]:
    rows = conn.execute(
        f"SELECT {_OUTBOX_COLUMNS} FROM sync_outbox WHERE device_id = ? AND confirmed_at IS NULL"
        " ORDER BY sequence",
        (device_id,),
    )
    return [_outbox(r) for r in rows]


def outbox_data(conn: Connection, device_id: str, sequence: int) -> bytes | None:
    row = conn.execute(
        "SELECT data FROM sync_outbox WHERE device_id = ? AND sequence = ?", (device_id, sequence)
    ).fetchone()
    return None if row is None or row[0] is None else bytes(row[0])


def confirm_outbox(conn: Connection, device_id: str, through_sequence: int, at: datetime) -> int:
    """Mark batches 1..``through_sequence`` confirmed and drop their kept bytes."""
    cursor = conn.execute(
        "UPDATE sync_outbox SET confirmed_at = ?, data = NULL"
        " WHERE device_id = ? AND sequence <= ? AND confirmed_at IS NULL",
        (dt_to_text(at), device_id, through_sequence),
    )
    return int(cursor.rowcount)


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    batches: int
    unconfirmed: int
    last_export_at: datetime | None
    #: Changes up to this change-log seq went into a batch.
    exported_through: int
    #: Changes up to this change-log seq are confirmed by a receipt.
    confirmed_through: int
    #: When the newest confirmed export was written (its changes are at the office).
    confirmed_export_at: datetime | None


def outbox_summary(conn: Connection, device_id: str) -> OutboxSummary:
    row = conn.execute(
        "SELECT count(*), count(*) - count(confirmed_at), max(created_at),"
        " coalesce(max(through_change), 0),"
        " coalesce(max(CASE WHEN confirmed_at IS NOT NULL THEN through_change END), 0)"
        " FROM sync_outbox WHERE device_id = ?",
        (device_id,),
    ).fetchone()
    confirmed = int(row[4])
    at = conn.execute(
        "SELECT max(created_at) FROM sync_outbox WHERE device_id = ? AND confirmed_at IS NOT NULL"
        " AND through_change = ? AND through_change > after_change",
        (device_id, confirmed),
    ).fetchone()
    return OutboxSummary(
        batches=int(row[0]),
        unconfirmed=int(row[1]),
        last_export_at=_opt_dt(row[2]),
        exported_through=int(row[3]),
        confirmed_through=confirmed,
        confirmed_export_at=_opt_dt(at[0]) if at else None,
    )


# -- field: receipts ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    office_id: str
    device_id: str
    issued_at: datetime
    highest_contiguous: int
    highest_hash: bytes
    held_ranges: str
    accepted_at: datetime


def last_receipt(conn: Connection, device_id: str) -> ReceiptRow | None:
    row = conn.execute(
        "SELECT office_id, device_id, issued_at, highest_contiguous, highest_hash, held_ranges,"
        " accepted_at FROM sync_receipts WHERE device_id = ? ORDER BY issued_at DESC, id DESC"
        " LIMIT 1",
        (device_id,),
    ).fetchone()
    if row is None:
        return None
    return ReceiptRow(
        str(row[0]), str(row[1]), dt_from_text(row[2]), int(row[3]), bytes(row[4]), str(row[5]),
        dt_from_text(row[6]),
    )  # fmt: skip


def insert_receipt(conn: Connection, row: ReceiptRow) -> None:
    conn.execute(
        "INSERT INTO sync_receipts (office_id, device_id, issued_at, highest_contiguous,"
        " highest_hash, held_ranges, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            row.office_id, row.device_id, dt_to_text(row.issued_at), row.highest_contiguous,
            row.highest_hash, row.held_ranges, dt_to_text(row.accepted_at),
        ),
    )  # fmt: skip


# -- field: the change log as sync sees it --------------------------------------------------


def last_change_seq(conn: Connection) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()
    return int(row[0])


#: The change-log entities a batch carries (every record that travels).
_SYNCED_ENTITIES = ", ".join(f"'{entity}'" for entity in TABLES)


def changes_after(conn: Connection, after: int) -> tuple[int, datetime | None]:
    """(how many change-log rows of records that travel follow ``after``, the earliest of
    their times)."""
    row = conn.execute(
        "SELECT count(*), min(changed_at) FROM change_log WHERE seq > ?"
        f" AND entity IN ({_SYNCED_ENTITIES})",
        (after,),
    ).fetchone()
    return int(row[0]), _opt_dt(row[1])


# -- office: devices --------------------------------------------------------------------------

_DEVICE_COLUMNS = (
    "device_id, public_key, fingerprint, status, first_seen, status_changed_at, last_batch_at,"
    " highest_contiguous, highest_hash"
)


@dataclass(frozen=True, slots=True)
class DeviceRow:
    device_id: str
    public_key: bytes
    fingerprint: str
    status: str
    first_seen: datetime
    status_changed_at: datetime | None
    last_batch_at: datetime | None
    highest_contiguous: int
    highest_hash: bytes


def _device(r: Sequence[Any]) -> DeviceRow:
    return DeviceRow(
        str(r[0]), bytes(r[1]), str(r[2]), str(r[3]), dt_from_text(r[4]), _opt_dt(r[5]),
        _opt_dt(r[6]), int(r[7]), bytes(r[8]),
    )  # fmt: skip


def get_device(conn: Connection, device_id: str) -> DeviceRow | None:
    row = conn.execute(
        f"SELECT {_DEVICE_COLUMNS} FROM sync_devices WHERE device_id = ?", (device_id,)
    ).fetchone()
    return None if row is None else _device(row)


def list_devices(conn: Connection) -> list[DeviceRow]:
    rows = conn.execute(f"SELECT {_DEVICE_COLUMNS} FROM sync_devices ORDER BY first_seen, 1")
    return [_device(r) for r in rows]


def find_devices(conn: Connection, prefix: str) -> list[str]:
    """Device ids starting with ``prefix`` (lowercase hex)."""
    pattern = prefix.replace("%", "").replace("_", "") + "%"
    rows = conn.execute("SELECT device_id FROM sync_devices WHERE device_id LIKE ?", (pattern,))
    return [str(r[0]) for r in rows]


def insert_device(
    conn: Connection, device_id: str, public_key: bytes, fingerprint: str, at: datetime
) -> None:
    conn.execute(
        f"INSERT INTO sync_devices ({_DEVICE_COLUMNS}) VALUES (?, ?, ?, 'pending', ?, NULL,"
        " NULL, 0, ?)",
        (device_id, public_key, fingerprint, dt_to_text(at), ZERO_HASH),
    )


def delete_device(conn: Connection, device_id: str) -> int:
    """Forget a device that has no ledger rows (delete its held batches first)."""
    cursor = conn.execute("DELETE FROM sync_devices WHERE device_id = ?", (device_id,))
    return int(cursor.rowcount)


def set_device_status(conn: Connection, device_id: str, status: str, at: datetime) -> None:
    conn.execute(
        "UPDATE sync_devices SET status = ?, status_changed_at = ? WHERE device_id = ?",
        (status, dt_to_text(at), device_id),
    )


def advance_device(
    conn: Connection, device_id: str, sequence: int, batch_hash: bytes, at: datetime
) -> None:
    conn.execute(
        "UPDATE sync_devices SET highest_contiguous = ?, highest_hash = ?, last_batch_at = ?"
        " WHERE device_id = ?",
        (sequence, batch_hash, dt_to_text(at), device_id),
    )


# -- office: ledger -------------------------------------------------------------------------


def ledger_hash(conn: Connection, device_id: str, sequence: int) -> bytes | None:
    row = conn.execute(
        "SELECT batch_hash FROM sync_ledger WHERE device_id = ? AND sequence = ?",
        (device_id, sequence),
    ).fetchone()
    return None if row is None else bytes(row[0])


def insert_ledger(
    conn: Connection,
    device_id: str,
    sequence: int,
    batch_hash: bytes,
    previous_hash: bytes,
    created_at: datetime,
    imported_at: datetime,
    records: int,
) -> None:
    conn.execute(
        "INSERT INTO sync_ledger (device_id, sequence, batch_hash, previous_hash, created_at,"
        " imported_at, records) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            device_id, sequence, batch_hash, previous_hash, dt_to_text(created_at),
            dt_to_text(imported_at), records,
        ),
    )  # fmt: skip


def ledger_sequences(conn: Connection, device_id: str) -> list[int]:
    rows = conn.execute(
        "SELECT sequence FROM sync_ledger WHERE device_id = ? ORDER BY sequence", (device_id,)
    )
    return [int(r[0]) for r in rows]


# -- office: held batches -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeldRow:
    device_id: str
    sequence: int
    batch_hash: bytes
    file_name: str
    received_at: datetime


def held_hash(conn: Connection, device_id: str, sequence: int) -> bytes | None:
    row = conn.execute(
        "SELECT batch_hash FROM sync_held WHERE device_id = ? AND sequence = ?",
        (device_id, sequence),
    ).fetchone()
    return None if row is None else bytes(row[0])


def insert_held(
    conn: Connection,
    device_id: str,
    sequence: int,
    batch_hash: bytes,
    file_name: str,
    at: datetime,
    data: bytes,
) -> None:
    conn.execute(
        "INSERT INTO sync_held (device_id, sequence, batch_hash, file_name, received_at, data)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (device_id, sequence, batch_hash, file_name, dt_to_text(at), data),
    )


def held_batch(conn: Connection, device_id: str, sequence: int) -> tuple[HeldRow, bytes] | None:
    row = conn.execute(
        "SELECT device_id, sequence, batch_hash, file_name, received_at, data FROM sync_held"
        " WHERE device_id = ? AND sequence = ?",
        (device_id, sequence),
    ).fetchone()
    if row is None:
        return None
    held = HeldRow(str(row[0]), int(row[1]), bytes(row[2]), str(row[3]), dt_from_text(row[4]))
    return held, bytes(row[5])


def held_sequences(conn: Connection, device_id: str | None = None) -> dict[str, list[int]]:
    """Held sequence numbers per device (of one device when ``device_id`` is given)."""
    sql = "SELECT device_id, sequence FROM sync_held"
    params: tuple[str, ...] = ()
    if device_id is not None:
        sql += " WHERE device_id = ?"
        params = (device_id,)
    held: dict[str, list[int]] = {}
    for dev, seq in conn.execute(sql + " ORDER BY device_id, sequence", params):
        held.setdefault(str(dev), []).append(int(seq))
    return held


def delete_held(conn: Connection, device_id: str, sequence: int | None = None) -> int:
    """Drop one held batch, or every held batch of a device when ``sequence`` is None."""
    if sequence is None:
        cursor = conn.execute("DELETE FROM sync_held WHERE device_id = ?", (device_id,))
    else:
        cursor = conn.execute(
            "DELETE FROM sync_held WHERE device_id = ? AND sequence = ?", (device_id, sequence)
        )
    return int(cursor.rowcount)
