"""Batch sync, the shared part: errors, which kind of vault may do what, this vault's own
identity (created on first need, private key only inside the vault), the office's public
identity file and enrollment.

The rest of sync lives beside it: ``sync_export`` (field: write batches),
``sync_import`` (office: read batches), ``sync_devices`` (office: approve, revoke),
``sync_receipts`` (receipts both ways and the field's status). ``docs/sync.md`` tells the
whole story.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vink_desktop.domain.model import VaultKind
from vink_desktop.services.context import Context
from vink_desktop.services.errors import InvalidState
from vink_desktop.storage import sync_store
from vink_desktop.storage.atomic import atomic_write_bytes
from vink_desktop.storage.database import Connection
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.sync.identity import (
    DeviceIdentity,
    IdentityFormatError,
    OfficeIdentity,
    OfficePublic,
    format_id,
)
from vink_desktop.sync.identity_file import MAX_IDENTITY_FILE_SIZE

#: A field laptop warns when changes have waited longer than this for a receipt. The GUI
#: keeps the person's choice under :data:`WARN_AFTER_DAYS_SETTING`.
DEFAULT_WARN_AFTER_DAYS = 7
WARN_AFTER_DAYS_SETTING = "sync/warn_after_days"


class SyncError(InvalidState):
    """A sync operation that does not fit this vault or its state. ``code`` is stable (the
    UI and CLI turn it into words); the message is for logs and holds no content."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)


def require_field(ctx: Context, what: str) -> None:
    if ctx.vault.kind is not VaultKind.FIELD:
        raise SyncError("field_only", f"{what} is done on a field laptop, not at the office")


def require_office(ctx: Context, what: str) -> None:
    if ctx.vault.kind is not VaultKind.OFFICE:
        raise SyncError("office_only", f"{what} is done at the office, not on a field laptop")


def read_small_file(path: Path, limit: int) -> bytes:
    """A whole small file (identity, receipt), refusing one above ``limit`` bytes."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise SyncError("unreadable_file", f"cannot read {path.name}: {exc.strerror}") from None
    if len(data) > limit:
        raise SyncError("too_large", f"{path.name} is larger than {limit} bytes")
    return data


# -- this vault's own identity --------------------------------------------------------------


def device_identity(ctx: Context) -> DeviceIdentity:
    """The field laptop's device identity, created on first need."""
    require_field(ctx, "a device identity")
    row = sync_store.current_identity(ctx.vault.conn, "device")
    if row is not None:
        return DeviceIdentity.from_private_bytes(row.secret)
    with ctx.vault.transaction() as conn:
        return _new_device_identity(ctx, conn)


def _new_device_identity(ctx: Context, conn: Connection) -> DeviceIdentity:
    identity = DeviceIdentity.generate()
    public = identity.public
    sync_store.put_identity(
        conn,
        "device",
        public.key_id.hex(),
        format_id(identity.device_id),
        public.to_bytes(),
        identity.to_private_bytes(),
        ctx.clock.now(),
    )
    audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.CREATE, "device_identity",
          format_id(identity.device_id), f"fingerprint {public.fingerprint}")  # fmt: skip
    return identity


def office_identity(ctx: Context) -> OfficeIdentity:
    """The office's identity (HPKE key pair and receipt signing key), created on first need."""
    require_office(ctx, "the office identity")
    row = sync_store.current_identity(ctx.vault.conn, "office")
    if row is not None:
        return OfficeIdentity.from_private_bytes(row.secret)
    identity = OfficeIdentity.generate()
    public = identity.public
    with ctx.vault.transaction() as conn:
        sync_store.put_identity(
            conn,
            "office",
            public.key_id.hex(),
            format_id(identity.office_id),
            public.to_bytes(),
            identity.to_private_bytes(),
            ctx.clock.now(),
        )
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.CREATE, "office_identity",
              format_id(identity.office_id), f"fingerprint {public.fingerprint}")  # fmt: skip
    return identity


@dataclass(frozen=True, slots=True)
class OfficeIdentityFile:
    path: Path
    office_id: str
    fingerprint: str


def export_office_identity(ctx: Context, out: Path) -> OfficeIdentityFile:
    """Write the office's public identity file (what field laptops enroll with)."""
    identity = office_identity(ctx)
    public = identity.public
    atomic_write_bytes(out, public.to_identity_file(), mode=0o644)
    with ctx.vault.transaction() as conn:
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.EXPORT, "office_identity",
              format_id(public.office_id), out.name)  # fmt: skip
    return OfficeIdentityFile(out, format_id(public.office_id), public.fingerprint)


# -- enrollment (field) -----------------------------------------------------------------------


def read_office_identity(path: Path) -> OfficePublic:
    """The office identity in a file, read but not enrolled (to show its fingerprint before
    enrolling). Raises :class:`SyncError` with the enrollment's codes (``unreadable_file``,
    ``too_large`` and the identity file's format codes)."""
    data = read_small_file(path, MAX_IDENTITY_FILE_SIZE)
    try:
        return OfficePublic.from_identity_file(data)
    except IdentityFormatError as exc:
        raise SyncError(str(exc.code), f"{path.name}: {exc}") from None


@dataclass(frozen=True, slots=True)
class Enrollment:
    """What a person compares over the phone after enrolling."""

    office_id: str
    #: The office's fingerprint: read it out and compare with the supervisor's screen.
    office_fingerprint: str
    device_id: str
    #: This laptop's fingerprint: the supervisor approves it at the office.
    device_fingerprint: str
    #: ``enrolled`` (first time), ``unchanged`` (same office again), ``replaced`` (another
    #: office key) or ``renewed`` (same office, new device identity).
    status: str


def enroll(ctx: Context, identity_file: Path, *, replace: bool = False) -> Enrollment:
    """Pin the office public identity in ``identity_file``.

    Enrolling again with the same office changes nothing. Another office key is refused
    (``office_key_changed``) unless ``replace`` is given. With ``replace`` (audited), a
    laptop that has already sent batches starts a new device identity, so the office sees a
    new device to approve and receives every record afresh from sequence 1; with the same
    office this "renews" the laptop (the way out when a batch was refused and the batches
    after it wait behind it).
    """
    require_field(ctx, "enrolling")
    office = read_office_identity(identity_file)
    conn = ctx.vault.conn
    current = sync_store.current_enrollment(conn)
    if current is not None and current.public_key == office.to_bytes() and not replace:
        device = device_identity(ctx)
        from vink_desktop.services.office_recovery import ensure_office_wrap

        ensure_office_wrap(ctx)
        return _enrollment(office, device, "unchanged")
    if current is not None and not replace:
        raise SyncError(
            "office_key_changed",
            "this laptop is enrolled with another office key; compare the fingerprints with"
            " the office and enroll again with --replace if the change is expected",
        )
    with ctx.vault.transaction() as tx:
        row = sync_store.current_identity(tx, "device")
        if row is not None and sync_store.last_outbox(tx, row.identity_id) is not None:
            sync_store.retire_identity(tx, row.key_id, ctx.clock.now())
            row = None
        if row is None:
            device = _new_device_identity(ctx, tx)
        else:
            device = DeviceIdentity.from_private_bytes(row.secret)
        sync_store.put_enrollment(
            tx,
            format_id(office.office_id),
            office.key_id.hex(),
            office.to_bytes(),
            office.fingerprint,
            ctx.clock.now(),
        )
        status = "enrolled"
        detail = f"fingerprint {office.fingerprint}"
        if current is not None and current.public_key == office.to_bytes():
            status = "renewed"
            detail = f"renewed with {office.fingerprint}; device {format_id(device.device_id)}"
        elif current is not None:
            status = "replaced"
            detail = f"replaced {current.fingerprint} with {office.fingerprint}"
        audit(tx, ctx.clock.now(), ctx.actor_id,
              AuditAction.UPDATE if current is not None else AuditAction.CREATE,
              "office_enrollment", format_id(office.office_id), detail)  # fmt: skip
    # After the commit: the key file then wraps the data key for this office too, so the
    # office can help if passphrase and recovery key are both lost (services/office_recovery).
    from vink_desktop.services.office_recovery import ensure_office_wrap

    ensure_office_wrap(ctx)
    return _enrollment(office, device, status)


def _enrollment(office: OfficePublic, device: DeviceIdentity, status: str) -> Enrollment:
    return Enrollment(
        office_id=format_id(office.office_id),
        office_fingerprint=office.fingerprint,
        device_id=format_id(device.device_id),
        device_fingerprint=device.public.fingerprint,
        status=status,
    )


def enrolled_office(ctx: Context) -> OfficePublic:
    """The office this laptop enrolled with (``not_enrolled`` when none)."""
    require_field(ctx, "sync")
    row = sync_store.current_enrollment(ctx.vault.conn)
    if row is None:
        raise SyncError(
            "not_enrolled", "this laptop is not enrolled with an office; use `enroll FILE`"
        )
    return OfficePublic.from_bytes(row.public_key)


@dataclass(frozen=True, slots=True)
class IdentitySummary:
    """This vault's identity and, on a field laptop, the office it enrolled with."""

    kind: str
    own_id: str
    own_fingerprint: str
    office_id: str | None
    office_fingerprint: str | None


def identity_summary(ctx: Context) -> IdentitySummary:
    """For the sync panel and the devices view: the fingerprints to compare."""
    if ctx.vault.kind is VaultKind.OFFICE:
        office = office_identity(ctx).public
        fingerprint = office.fingerprint
        office_id = format_id(office.office_id)
        return IdentitySummary("office", office_id, fingerprint, office_id, fingerprint)
    device = device_identity(ctx)
    row = sync_store.current_enrollment(ctx.vault.conn)
    return IdentitySummary(
        "field",
        format_id(device.device_id),
        device.public.fingerprint,
        None if row is None else row.office_id,
        None if row is None else row.fingerprint,
    )
