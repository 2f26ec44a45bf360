"""The devices the office knows: list, approve (after comparing fingerprints), revoke,
approve again, forget.

A device appears, pending, with its first batch; its batches are held until a supervisor
approves it. Approving pins its key (already recorded from that first, verified batch) and
applies its held batches in order. Revoking refuses every later batch of the device and
drops the batches still held for it. A revoked device (a lost laptop that turned up again)
may be approved again, only with its fingerprint read out: its ledger goes on where it
stopped, and the laptop sends again what was refused meanwhile (``sync export --resend``).
A pending device nobody recognises is forgotten: the device and its held batches are
deleted, as if it had never been seen (its next batch makes it pending again).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from vink_desktop.services import outcomes
from vink_desktop.services.context import Context
from vink_desktop.services.events import Event
from vink_desktop.services.sync_import import (
    BatchResult,
    ImportStatus,
    apply_held,
)
from vink_desktop.services.sync_service import SyncError, office_identity, require_office
from vink_desktop.storage import ownership, sync_store
from vink_desktop.storage.codec import dt_to_text
from vink_desktop.storage.database import Connection
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.storage.sync_store import DeviceRow
from vink_desktop.sync.receipt_format import ranges_from_sequences


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    device_id: str
    fingerprint: str
    #: ``pending``, ``approved`` or ``revoked``.
    status: str
    first_seen: datetime
    status_changed_at: datetime | None
    last_batch_at: datetime | None
    #: Every batch 1..this is applied.
    highest_contiguous: int
    #: Batches received and kept but not applied (device pending, or a gap before them).
    held: tuple[int, ...]
    #: Missing sequence numbers before held batches, as inclusive ranges.
    gaps: tuple[tuple[int, int], ...]


def _info(row: DeviceRow, held: list[int]) -> DeviceInfo:
    expected = set(range(row.highest_contiguous + 1, max(held, default=0) + 1))
    missing = expected - set(held)
    return DeviceInfo(
        device_id=row.device_id,
        fingerprint=row.fingerprint,
        status=row.status,
        first_seen=row.first_seen,
        status_changed_at=row.status_changed_at,
        last_batch_at=row.last_batch_at,
        highest_contiguous=row.highest_contiguous,
        held=tuple(held),
        gaps=ranges_from_sequences(missing) if row.status == "approved" else (),
    )


def list_devices(ctx: Context) -> list[DeviceInfo]:
    require_office(ctx, "the device list")
    conn = ctx.vault.conn
    held = sync_store.held_sequences(conn)
    return [_info(row, held.get(row.device_id, [])) for row in sync_store.list_devices(conn)]


def get_device(ctx: Context, ref: str) -> DeviceInfo:
    """A device by its id or an unambiguous start of it (at least 4 hex digits)."""
    require_office(ctx, "the device list")
    conn = ctx.vault.conn
    text = ref.strip().lower()
    matches = [text] if len(text) == 32 else []
    if len(text) >= 4 and not matches:
        matches = sync_store.find_devices(conn, text)
    if len(matches) > 1:
        raise SyncError("ambiguous_device", f"{ref!r} matches {len(matches)} devices")
    row = sync_store.get_device(conn, matches[0]) if matches else None
    if row is None:
        raise SyncError("unknown_device", f"no device {ref!r}")
    return _info(row, sync_store.held_sequences(conn, row.device_id).get(row.device_id, []))


@dataclass(frozen=True, slots=True)
class Approval:
    device: DeviceInfo
    #: The held batches applied (or refused) on approval, in order.
    results: tuple[BatchResult, ...]
    #: The device's status before: ``pending``, ``approved`` (nothing to approve, held
    #: batches applied) or ``revoked`` (approved again).
    previous_status: str = "pending"


def approve_device(
    ctx: Context,
    ref: str,
    *,
    fingerprint: str | None = None,
    replaces: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Approval:
    """Approve a pending device and apply its held batches in order (``progress(done,
    total)`` per batch; ``cancelled()`` stops between batches, the rest stay held). When
    ``fingerprint`` is given (what the field worker read out), it must match
    (``fingerprint_mismatch``). Approving an approved device applies what is held.

    A revoked device is approved again only with its ``fingerprint``
    (``fingerprint_required``): its ledger goes on where it stopped (nothing was held for
    it, so nothing is applied now); the batches refused while it was revoked arrive when
    the laptop sends them again (``sync export --resend``).

    ``replaces`` names the device a renewed laptop was before (``enroll --replace``): every
    record that device owns at the office becomes this device's (docs/sync.md §5), and the
    old device is revoked, in one transaction, before the held batches are applied. Only a
    pending device may replace another (``device_not_pending``), and not itself
    (``replaces_itself``)."""
    device = get_device(ctx, ref)
    old = None if replaces is None else get_device(ctx, replaces)
    if old is not None:
        if device.status != "pending":
            raise SyncError("device_not_pending", "only a new (pending) device replaces another")
        if old.device_id == device.device_id:
            raise SyncError("replaces_itself", "a device cannot replace itself")
    if device.status == "revoked" and fingerprint is None:
        raise SyncError(
            "fingerprint_required",
            "a revoked device is approved again only with the fingerprint read out",
        )
    if fingerprint is not None and " ".join(fingerprint.split()) != device.fingerprint:
        raise SyncError("fingerprint_mismatch", "the fingerprint does not match this device")
    office = office_identity(ctx)
    if device.status != "approved":
        detail = f"approved; fingerprint {device.fingerprint}"
        if device.status == "revoked":
            detail = (
                f"approved again after revocation; fingerprint {device.fingerprint};"
                f" applied up to {device.highest_contiguous}"
            )
        with ctx.vault.transaction() as conn:
            sync_store.set_device_status(conn, device.device_id, "approved", ctx.clock.now())
            if old is not None:
                detail += f"; replaces {old.device_id}"
                _replace(ctx, conn, old, device.device_id)
            audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.UPDATE, "device",
                  device.device_id, detail)  # fmt: skip
    # One commit per batch: approving is rare, and the vault stays free for other writers.
    results = apply_held(ctx, office, device.device_id, progress=progress, cancelled=cancelled)
    imported = [r for r in results if r.status is ImportStatus.IMPORTED]
    if imported:
        outcomes.refresh_stale(ctx)
        sessions = sum(r.counts.sessions for r in imported if r.counts is not None)
        ctx.events.emit(Event.RECORDS_IMPORTED, sessions=sessions)
    return Approval(get_device(ctx, device.device_id), tuple(results), device.status)


def _replace(ctx: Context, conn: Connection, old: DeviceInfo, new_id: str) -> None:
    """Move ``old``'s records to ``new_id`` and revoke ``old`` (in the caller's transaction)."""
    now = ctx.clock.now()
    moved = ownership.move_owner(conn, old.device_id, new_id, dt_to_text(now))
    dropped = 0
    if old.status != "revoked":
        sync_store.set_device_status(conn, old.device_id, "revoked", now)
        dropped = sync_store.delete_held(conn, old.device_id)
    audit(conn, now, ctx.actor_id, AuditAction.UPDATE, "device", old.device_id,
          f"replaced by {new_id}: {moved} records moved; revoked; {dropped} held batches"
          " dropped")  # fmt: skip


def revoke_device(ctx: Context, ref: str) -> DeviceInfo:
    """Refuse every later batch of a device; its held batches are dropped. (It may be
    approved again, with its fingerprint: :func:`approve_device`.)"""
    device = get_device(ctx, ref)
    if device.status != "revoked":
        with ctx.vault.transaction() as conn:
            sync_store.set_device_status(conn, device.device_id, "revoked", ctx.clock.now())
            dropped = sync_store.delete_held(conn, device.device_id)
            audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.UPDATE, "device",
                  device.device_id, f"revoked; {dropped} held batches dropped")  # fmt: skip
    return get_device(ctx, device.device_id)


@dataclass(frozen=True, slots=True)
class ForgottenDevice:
    device_id: str
    fingerprint: str
    #: How many held batches were deleted with it.
    held_deleted: int


def forget_device(ctx: Context, ref: str) -> ForgottenDevice:
    """Forget a pending device (a fingerprint that did not match, a laptop nobody knows):
    the device and its held batches are deleted in one transaction, as if it had never
    been seen; a later batch from it makes it pending again. An approved or revoked device
    is kept (``device_not_pending``): its ledger and its revocation must stay."""
    device = get_device(ctx, ref)
    with ctx.vault.transaction() as conn:
        row = sync_store.get_device(conn, device.device_id)
        if row is None:
            raise SyncError("unknown_device", f"no device {ref!r}")
        if row.status != "pending":
            raise SyncError(
                "device_not_pending",
                f"only a pending device can be forgotten; this one is {row.status}",
            )
        deleted = sync_store.delete_held(conn, row.device_id)
        sync_store.delete_device(conn, row.device_id)
        detail = f"forgotten while pending; {deleted} held batches deleted"
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.DELETE, "device", row.device_id,
              detail)  # fmt: skip
    return ForgottenDevice(row.device_id, row.fingerprint, deleted)
