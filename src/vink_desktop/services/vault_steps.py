"""The vault use cases split in two steps, for a caller that must not wait on Argon2id.

A SQLCipher connection belongs to the thread that opened it (``check_same_thread``), and a
desktop window must keep its connection on the GUI thread. Unlocking, though, spends half a
second to a second in Argon2id. So the GUI runs the slow step (:func:`derive_key`,
:func:`rewrap_passphrase`) on a worker thread, which touches no connection, and the fast
step (:func:`open_with_key`, :func:`record_passphrase_change`) on the GUI thread.

Everything else is as in :mod:`.vault_service`: same checks, same audit entries. The data key
lives only in :class:`DerivedKey` between the two steps and is never printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vink_desktop.domain.framework_loader import FrameworkRegistry
from vink_desktop.services import vault_service
from vink_desktop.services.context import Clock, Context, IdFactory
from vink_desktop.storage.errors import VaultNotFound
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.storage.kdf import KdfParams
from vink_desktop.storage.keyfile import read_keyfile
from vink_desktop.storage.vault import Vault, VaultPaths


@dataclass(frozen=True, slots=True)
class DerivedKey:
    """A vault folder and its unwrapped data key, between the slow and the fast step."""

    folder: Path
    data_key: bytes = field(repr=False)


def derive_key(folder: Path, passphrase: str) -> DerivedKey:
    """The slow step of unlocking (Argon2id). Any thread; reads the key file, writes nothing.

    Raises what :func:`vault_service.open_vault` raises about the key file:
    ``VaultNotFound``, ``KeyFileMissing``, ``KeyFileDamaged``, ``WrongPassphrase``.
    """
    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound(str(folder))
    return DerivedKey(folder, read_keyfile(paths.key).unlock(passphrase))


def open_with_key(
    key: DerivedKey,
    *,
    clock: Clock | None = None,
    ids: IdFactory | None = None,
    frameworks: FrameworkRegistry | None = None,
) -> Context:
    """The fast step: lock, open SQLCipher and audit the unlock, on the calling thread.

    Raises :class:`WrongPassphrase` when the passphrase changed between the two steps.
    """
    vault = Vault.open_with_data_key(key.folder, key.data_key)
    return vault_service.context_for(vault, AuditAction.UNLOCK, clock, ids, frameworks)


def rewrap_passphrase(
    ctx: Context, old: str, new: str, *, kdf_params: KdfParams | None = None
) -> None:
    """The slow step of a passphrase change: check ``old``, re-wrap under ``new``.

    Any thread: only the key file is read and (atomically) replaced; no connection is used.
    Follow it with :func:`record_passphrase_change` on the vault's thread.
    """
    ctx.vault.change_passphrase(old, new, kdf_params=kdf_params)


def record_passphrase_change(ctx: Context) -> None:
    """The audit entry of a passphrase change, on the thread that owns the connection."""
    with ctx.vault.transaction() as conn:
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.CHANGE_PASSPHRASE, "vault")
