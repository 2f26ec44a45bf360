"""Recovery through the office, when both the passphrase and the printed recovery key are lost
(DESIGN.md §5; ``docs/sync.md`` §12).

1. **Field, unlocked** (:func:`ensure_office_wrap`): once the laptop has enrolled, the key
   file holds the data key sealed to the office (``storage/office_wrap.py``). Added by
   ``enroll`` and, for a vault enrolled before this existed, after the next unlock.
2. **Field, locked** (:func:`write_request`): the office wrap and its ids go into a
   ``*.vinkrecovery-request`` file. No passphrase is needed, and nothing in it is secret.
3. **Office** (:func:`preview_request`, :func:`answer_request`): the supervisor sees the
   vault, the laptop and its fingerprint and status; the office opens the wrap, checks the
   key check, and writes a ``*.vinkrecovery-answer`` holding the data key under a **new
   one-time key**, which is returned to be shown once and read out by phone after the
   supervisor has made sure who is calling. It is never written anywhere: not to a file, a
   log or the audit log (which says "recovery answered", with ids only).
4. **Field, locked** (:func:`recover_with_answer`): the one-time key opens the answer; a new
   passphrase and a new printed recovery key are set in one write of the key file; the
   office wrap stays.

Device status policy at the office: a laptop the office has revoked is refused
(``device_revoked``) unless the supervisor forces it (audited as forced): a revoked laptop
is usually a lost one. A laptop whose key differs from the one the office pinned for its id
is always refused (``device_key_mismatch``). A laptop the office has never seen a batch from
(``unknown``) or not yet approved (``pending``) may be answered: that is the laptop whose
data has not reached the office, the case this exists for.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vink_desktop.domain.framework_loader import FrameworkRegistry
from vink_desktop.domain.model import VaultKind
from vink_desktop.services import vault_service
from vink_desktop.services.context import Clock, Context, IdFactory
from vink_desktop.services.sync_service import SyncError, office_identity, require_office
from vink_desktop.storage import sync_store
from vink_desktop.storage.atomic import atomic_write_bytes
from vink_desktop.storage.errors import (
    DiskFull,
    NoOfficeWrap,
    RecoveryFileDamaged,
    VaultNotFound,
)
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.storage.kdf import KdfParams
from vink_desktop.storage.keyfile import key_check, office_wrap_info, read_keyfile
from vink_desktop.storage.office_wrap import open_office_wrap
from vink_desktop.storage.recovery_exchange import (
    RecoveryAnswer,
    RecoveryRequest,
    read_recovery_file,
)
from vink_desktop.storage.recovery_key import format_recovery_key, new_recovery_key
from vink_desktop.storage.vault import Vault, VaultPaths
from vink_desktop.sync.identity import (
    DevicePublic,
    IdentityFormatError,
    OfficePublic,
    fingerprint_from_key_id,
    format_id,
)

_log = logging.getLogger(__name__)


# -- 1. field, unlocked: keep the office wrap current ----------------------------------------


def ensure_office_wrap(ctx: Context) -> bool:
    """Seal the data key to the enrolled office if the key file lacks a wrap for the current
    office key and device key; True when the key file was rewritten (audited).

    A field vault that has not enrolled, and an office vault, are left alone. The usual
    case (the wrap is there) costs two small queries and no write.
    """
    vault = ctx.vault
    if vault.kind is not VaultKind.FIELD:
        return False
    conn = vault.conn
    enrollment = sync_store.current_enrollment(conn)
    device_row = sync_store.current_identity(conn, "device")
    if enrollment is None or device_row is None:
        return False
    device = DevicePublic.from_bytes(device_row.public_key)
    current = vault.office_wrap
    if (
        current is not None
        and current.office_id.hex() == enrollment.office_id
        and current.office_key_id.hex() == enrollment.key_id
        and current.device_id == device.device_id
        and current.device_key == device.signing_key
    ):
        return False
    office = OfficePublic.from_bytes(enrollment.public_key)
    vault.set_office_wrap(
        office.hpke_public_key(),
        office_id=office.office_id,
        office_key_id=office.key_id,
        device_id=device.device_id,
        device_key=device.signing_key,
    )
    with vault.transaction() as tx:
        audit(tx, ctx.clock.now(), ctx.actor_id, AuditAction.UPDATE, "vault_key",
              vault.vault_id, f"office recovery wrap for office {format_id(office.office_id)},"
              f" device {format_id(device.device_id)}")  # fmt: skip
    return True


def ensure_office_wrap_quietly(ctx: Context) -> bool:
    """:func:`ensure_office_wrap` after an unlock: a full disk or an unwritable folder must
    not stop the unlock (the next unlock tries again), so those are logged, not raised."""
    try:
        return ensure_office_wrap(ctx)
    except (OSError, DiskFull) as exc:
        _log.warning("could not add the office recovery wrap: %s", type(exc).__name__)
        return False


# -- 2. field, locked: the request -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestSummary:
    """What the field worker reads out to the office along with the request file."""

    path: Path
    vault_id: str
    device_id: str
    #: The laptop's fingerprint (the office compares it with the one it pinned).
    device_fingerprint: str
    office_id: str
    office_fingerprint: str


def _summary(path: Path, request: RecoveryRequest) -> RequestSummary:
    wrap = request.office
    return RequestSummary(
        path=path,
        vault_id=request.vault_id,
        device_id=format_id(wrap.device_id),
        device_fingerprint=_device_fingerprint(wrap.device_id, wrap.device_key),
        office_id=format_id(wrap.office_id),
        office_fingerprint=fingerprint_from_key_id(wrap.office_key_id),
    )


def _device_fingerprint(device_id: bytes, device_key: bytes) -> str:
    try:
        return DevicePublic(device_id, device_key).fingerprint
    except IdentityFormatError:
        raise RecoveryFileDamaged("the device key in the request is not valid") from None


def write_request(folder: Path, out: Path) -> RequestSummary:
    """Write the recovery request for the vault in ``folder`` to ``out`` (no passphrase:
    the key file is read, nothing in the vault changes). :class:`NoOfficeWrap` when the key
    file has no office wrap."""
    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound(str(folder))
    keyfile = read_keyfile(paths.key)
    if keyfile.office_wrap is None:
        raise NoOfficeWrap("the key file has no office wrap")
    request = RecoveryRequest.from_keyfile(keyfile)
    summary = _summary(out, request)  # checks the device key before anything is written
    atomic_write_bytes(out, request.to_bytes(), mode=0o644)
    return summary


# -- 3. office: preview and answer -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestView:
    """A request as the office sees it, before answering."""

    vault_id: str
    kind: str
    device_id: str
    device_fingerprint: str
    #: ``approved``, ``pending``, ``revoked`` (from imported batches) or ``unknown``.
    device_status: str
    #: The fingerprint the office pinned for this device id, when it knows the device.
    pinned_fingerprint: str | None

    @property
    def fingerprint_matches(self) -> bool:
        return self.pinned_fingerprint in (None, self.device_fingerprint)


def _read_request(ctx: Context, path: Path) -> tuple[RecoveryRequest, RequestView]:
    require_office(ctx, "answering a recovery request")
    request = RecoveryRequest.from_bytes(read_recovery_file(path))
    office = office_identity(ctx).public
    if request.office.office_id != office.office_id:
        raise SyncError("recovery_other_office", "the request is for another office")
    if request.office.office_key_id != office.key_id:
        raise SyncError("recovery_other_office_key", "the request is sealed to another key")
    device_id = format_id(request.office.device_id)
    fingerprint = _device_fingerprint(request.office.device_id, request.office.device_key)
    row = sync_store.get_device(ctx.vault.conn, device_id)
    view = RequestView(
        vault_id=request.vault_id,
        kind=request.kind,
        device_id=device_id,
        device_fingerprint=fingerprint,
        device_status="unknown" if row is None else row.status,
        pinned_fingerprint=None if row is None else row.fingerprint,
    )
    return request, view


def preview_request(ctx: Context, path: Path) -> RequestView:
    """Read a request without opening it: which vault and laptop, its fingerprint, status."""
    return _read_request(ctx, path)[1]


@dataclass(frozen=True, slots=True)
class AnsweredRequest:
    view: RequestView
    path: Path
    #: Show once (in groups), read out by phone; never store, log or print elsewhere.
    one_time_key: str = field(repr=False)
    forced: bool = False


def answer_request(
    ctx: Context,
    request_path: Path,
    out: Path,
    *,
    force: bool = False,
    rng: Callable[[int], bytes] = secrets.token_bytes,
) -> AnsweredRequest:
    """Open the request's wrap with the office's private key, check the key check, and
    write the answer to ``out`` under a new one-time key (returned, never stored).

    Refusals (:class:`SyncError`): ``recovery_other_office``, ``recovery_other_office_key``,
    ``device_key_mismatch``, ``device_revoked`` (unless ``force``); a wrap that does not
    open is :class:`RecoveryFileDamaged`.
    """
    request, view = _read_request(ctx, request_path)
    if not view.fingerprint_matches:
        raise SyncError(
            "device_key_mismatch", "the laptop's key differs from the one the office pinned"
        )
    if view.device_status == "revoked" and not force:
        raise SyncError("device_revoked", "the office has revoked this laptop")
    identity = office_identity(ctx)
    info = office_wrap_info(request.vault_id, request.kind, request.key_check, request.office)
    data_key = open_office_wrap(request.office, identity.hpke_private_key(), info)
    if data_key is None:
        raise RecoveryFileDamaged("the request's wrap does not open (altered?)")
    if not hmac.compare_digest(key_check(data_key), request.key_check):
        raise RecoveryFileDamaged("the request's key does not match its key check")
    one_time_raw = new_recovery_key(rng)
    answer = RecoveryAnswer.seal(request, data_key, one_time_raw, rng=rng)
    atomic_write_bytes(out, answer.to_bytes(), mode=0o600)
    forced = force and view.device_status == "revoked"
    detail = f"recovery answered for vault {view.vault_id}, device {view.device_id}"
    if forced:
        detail += " (forced: device revoked)"
    with ctx.vault.transaction() as conn:
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.EXPORT, "vault_recovery",
              view.vault_id, detail)  # fmt: skip
    return AnsweredRequest(view, out, format_recovery_key(one_time_raw), forced)


# -- 4. field, locked: recover with the answer --------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnswerSummary:
    """An answer file, read and checked against this vault (no key needed yet)."""

    vault_id: str
    office_id: str
    device_id: str


def check_answer(folder: Path, answer_path: Path) -> AnswerSummary:
    """Whether ``answer_path`` is an intact answer for the vault in ``folder`` (before the
    one-time key is asked for): :class:`RecoveryFileDamaged` or
    :class:`RecoveryFileMismatch` otherwise. Reads only; changes nothing."""
    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound(str(folder))
    answer = RecoveryAnswer.from_bytes(read_recovery_file(answer_path))
    answer.check_meant_for(read_keyfile(paths.key))
    return AnswerSummary(answer.vault_id, format_id(answer.office_id), format_id(answer.device_id))


@dataclass(frozen=True, slots=True)
class RecoveredWithOffice:
    context: Context
    #: The new printed recovery key: show once, in groups, to be written down.
    recovery_key: str = field(repr=False)


def recover_with_answer(
    folder: Path,
    answer_path: Path,
    one_time_key: str,
    new_passphrase: str,
    *,
    kdf_params: KdfParams | None = None,
    clock: Clock | None = None,
    ids: IdFactory | None = None,
    frameworks: FrameworkRegistry | None = None,
) -> RecoveredWithOffice:
    """Open the vault with the office's answer and the one-time key read out by phone; set
    ``new_passphrase`` and a new printed recovery key. A damaged answer, one for another
    vault, office or laptop, or a wrong one-time key changes nothing on disk."""
    if not new_passphrase:
        raise ValueError("the passphrase must not be empty")
    answer = RecoveryAnswer.from_bytes(read_recovery_file(answer_path))
    vault, recovery_key = Vault.open_with_office_answer(
        folder, answer, one_time_key, new_passphrase, kdf_params=kdf_params
    )
    context = vault_service.context_for(
        vault, AuditAction.UNLOCK_RECOVERY, clock, ids, frameworks,
        detail=f"with the answer of office {format_id(answer.office_id)}; new recovery key",
    )  # fmt: skip
    return RecoveredWithOffice(context, recovery_key)
