"""Receipts: the office says which batches it holds; the field laptop believes it only with
the office's signature, and only then counts its changes as safe at the office.

A receipt confirms every batch up to its ``highest_contiguous`` (those are applied at the
office); batches it lists as held beyond a gap are shown, not confirmed. The field checks,
in order: format, from the enrolled office (signature), for this device, the hash of the
highest batch equals the one this laptop wrote with that number, and not older than the
last receipt it accepted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from vink_desktop.services.context import Context
from vink_desktop.services.sync_service import (
    DEFAULT_WARN_AFTER_DAYS,
    SyncError,
    device_identity,
    enrolled_office,
    office_identity,
    read_small_file,
    require_field,
    require_office,
)
from vink_desktop.storage import sync_store
from vink_desktop.storage.atomic import atomic_write_bytes
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.storage.sync_store import ReceiptRow
from vink_desktop.sync.identity import format_id, parse_id
from vink_desktop.sync.receipt_format import (
    MAX_HELD_RANGES,
    MAX_RECEIPT_SIZE,
    ReceiptFormatError,
    check_receipt_device,
    encode_receipt,
    parse_receipt,
    ranges_from_sequences,
    receipt_file_name,
    verify_receipt,
)

# -- office: writing receipts -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WrittenReceipt:
    device_id: str
    path: Path
    highest_contiguous: int
    held_ranges: tuple[tuple[int, int], ...]


def write_receipts(ctx: Context, out_dir: Path) -> tuple[WrittenReceipt, ...]:
    """One signed receipt per approved device in ``out_dir`` (file names name the device)."""
    require_office(ctx, "writing receipts")
    if not out_dir.is_dir():
        raise SyncError("not_a_folder", f"{out_dir} is not a folder")
    office = office_identity(ctx)
    conn = ctx.vault.conn
    held = sync_store.held_sequences(conn)
    now = ctx.clock.now()
    written: list[WrittenReceipt] = []
    for device in sync_store.list_devices(conn):
        if device.status != "approved":
            continue
        beyond = [s for s in held.get(device.device_id, []) if s > device.highest_contiguous + 1]
        ranges = ranges_from_sequences(beyond)[:MAX_HELD_RANGES]
        raw_id = parse_id(device.device_id)
        data = encode_receipt(
            office, raw_id, device.highest_contiguous, device.highest_hash, now,
            [s for first, last in ranges for s in range(first, last + 1)],
        )  # fmt: skip
        path = out_dir / receipt_file_name(raw_id, device.highest_contiguous)
        atomic_write_bytes(path, data, mode=0o644)
        written.append(WrittenReceipt(device.device_id, path, device.highest_contiguous, ranges))
    with ctx.vault.transaction() as tx:
        audit(tx, now, ctx.actor_id, AuditAction.EXPORT, "receipts", None,
              f"{len(written)} receipts")  # fmt: skip
    return tuple(written)


# -- field: importing a receipt ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReceiptImport:
    #: ``accepted`` or ``duplicate`` (the same receipt again).
    status: str
    issued_at: datetime
    highest_contiguous: int
    #: Batches this receipt confirmed that were not confirmed before.
    newly_confirmed: int
    held_ranges: tuple[tuple[int, int], ...]


def import_receipt(ctx: Context, path: Path) -> ReceiptImport:
    """Verify a receipt and mark the batches it confirms. Refusals are :class:`SyncError`
    with the receipt format's codes or ``receipt_unknown_batch``, ``receipt_hash_mismatch``,
    ``receipt_stale``, ``receipt_regressed``."""
    require_field(ctx, "importing a receipt")
    office = enrolled_office(ctx)
    device = device_identity(ctx)
    device_id = format_id(device.device_id)
    data = read_small_file(path, MAX_RECEIPT_SIZE)
    try:
        receipt = parse_receipt(data)
        verify_receipt(receipt, office)
        check_receipt_device(receipt, device.device_id)
    except ReceiptFormatError as exc:
        raise SyncError(str(exc.code), f"{path.name}: {exc}") from None
    conn = ctx.vault.conn
    highest = receipt.highest_contiguous
    if highest:
        mine = sync_store.get_outbox(conn, device_id, highest)
        if mine is None:
            raise SyncError("receipt_unknown_batch", "the receipt names a batch never written")
        if mine.batch_hash != receipt.highest_contiguous_hash:
            raise SyncError("receipt_hash_mismatch", "the office holds another batch")
    last = sync_store.last_receipt(conn, device_id)
    if last is not None:
        if receipt.issued_at < last.issued_at:
            raise SyncError("receipt_stale", "older than the last receipt accepted")
        if highest < last.highest_contiguous:
            raise SyncError("receipt_regressed", "confirms less than an earlier receipt")
        if receipt.issued_at == last.issued_at and highest == last.highest_contiguous:
            return ReceiptImport("duplicate", receipt.issued_at, highest, 0,
                                 receipt.held_ranges)  # fmt: skip
    now = ctx.clock.now()
    with ctx.vault.transaction() as tx:
        confirmed = sync_store.confirm_outbox(tx, device_id, highest, now)
        sync_store.insert_receipt(
            tx,
            ReceiptRow(
                format_id(receipt.office_id), device_id, receipt.issued_at, highest,
                receipt.highest_contiguous_hash, json.dumps(receipt.held_ranges), now,
            ),
        )  # fmt: skip
        audit(tx, now, ctx.actor_id, AuditAction.IMPORT, "receipt", device_id,
              f"confirmed through {highest}; {confirmed} batches newly confirmed")  # fmt: skip
    return ReceiptImport("accepted", receipt.issued_at, highest, confirmed, receipt.held_ranges)


# -- field: status ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyncStatus:
    device_id: str
    device_fingerprint: str
    office_id: str | None
    office_fingerprint: str | None
    #: Change-log entries not yet confirmed by a receipt (sent or not).
    unconfirmed_changes: int
    #: Of those, not yet in any batch.
    unexported_changes: int
    oldest_unconfirmed_at: datetime | None
    oldest_unconfirmed_age: timedelta | None
    #: Every change made before this time (the export that carried it) is at the office.
    confirmed_up_to: datetime | None
    last_export_at: datetime | None
    last_receipt_at: datetime | None
    unconfirmed_batches: int
    held_at_office: tuple[tuple[int, int], ...]
    warn_after_days: int
    #: True when a change has waited longer than ``warn_after_days`` for a receipt.
    warning: bool


def sync_status(ctx: Context, *, warn_after_days: int = DEFAULT_WARN_AFTER_DAYS) -> SyncStatus:
    """What the sync panel shows on a field laptop."""
    require_field(ctx, "sync status")
    device = device_identity(ctx)
    device_id = format_id(device.device_id)
    conn = ctx.vault.conn
    enrollment = sync_store.current_enrollment(conn)
    summary = sync_store.outbox_summary(conn, device_id)
    unconfirmed, oldest = sync_store.changes_after(conn, summary.confirmed_through)
    unexported, _ = sync_store.changes_after(conn, summary.exported_through)
    receipt = sync_store.last_receipt(conn, device_id)
    now = ctx.clock.now()
    age = None if oldest is None else max(timedelta(0), now - oldest)
    held: tuple[tuple[int, int], ...] = ()
    if receipt is not None:
        held = tuple((int(a), int(b)) for a, b in json.loads(receipt.held_ranges))
    return SyncStatus(
        device_id=device_id,
        device_fingerprint=device.public.fingerprint,
        office_id=None if enrollment is None else enrollment.office_id,
        office_fingerprint=None if enrollment is None else enrollment.fingerprint,
        unconfirmed_changes=unconfirmed,
        unexported_changes=unexported,
        oldest_unconfirmed_at=oldest,
        oldest_unconfirmed_age=age,
        confirmed_up_to=summary.confirmed_export_at,
        last_export_at=summary.last_export_at,
        last_receipt_at=None if receipt is None else receipt.issued_at,
        unconfirmed_batches=summary.unconfirmed,
        held_at_office=held,
        warn_after_days=warn_after_days,
        warning=age is not None and age > timedelta(days=warn_after_days),
    )
