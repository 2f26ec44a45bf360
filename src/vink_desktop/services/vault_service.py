"""Use cases around the vault itself: create, unlock, recover, change passphrase, describe."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vink_desktop.domain.framework_loader import FrameworkRegistry, builtin_frameworks
from vink_desktop.domain.model import VaultKind, Worker
from vink_desktop.services.context import Clock, Context, IdFactory
from vink_desktop.storage import database, repositories
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.storage.kdf import KdfParams
from vink_desktop.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class Created:
    context: Context
    #: Show this once, in groups, and ask the person to write it down.
    recovery_key: str


@dataclass(frozen=True, slots=True)
class VaultInfo:
    folder: str
    kind: str
    vault_id: str
    worker_id: str
    worker_name: str
    schema_version: int
    sqlcipher_version: str
    kdf_memory_kib: int
    kdf_iterations: int
    kdf_lanes: int
    participants: int
    courses: int
    sessions: int
    frameworks: tuple[str, ...]


def create_vault(
    folder: Path,
    passphrase: str,
    kind: VaultKind,
    worker_name: str,
    *,
    kdf_params: KdfParams | None = None,
    clock: Clock | None = None,
    ids: IdFactory | None = None,
    frameworks: FrameworkRegistry | None = None,
) -> Created:
    """Create a vault for ``worker_name``; returns it unlocked with its recovery key."""
    name = worker_name.strip()
    if not name:
        from vink_desktop.domain.validation import Problem, ValidationError

        raise ValidationError([Problem("required", "worker", "a worker name is required")])
    clock = clock or Clock()
    ids = ids or IdFactory()
    created = Vault.create(folder, passphrase, kind, kdf_params=kdf_params, now=clock.now)
    vault = created.vault
    try:
        worker = Worker(id=ids.new_id(), name=name, revision=1, updated_at=clock.now())
        with vault.transaction() as conn:
            vault.set_meta("worker_id", worker.id)
            repositories.put_worker(conn, worker)
            audit(conn, clock.now(), worker.id, AuditAction.CREATE_VAULT, "vault", vault.vault_id)
    except BaseException:
        vault.close()
        raise
    context = Context(
        vault=vault,
        actor_id=worker.id,
        frameworks=frameworks or builtin_frameworks(),
        clock=clock,
        ids=ids,
    )
    return Created(context, created.recovery_key)


def open_vault(
    folder: Path,
    passphrase: str,
    *,
    clock: Clock | None = None,
    ids: IdFactory | None = None,
    frameworks: FrameworkRegistry | None = None,
) -> Context:
    vault = Vault.open(folder, passphrase)
    return context_for(vault, AuditAction.UNLOCK, clock, ids, frameworks)


def recover_vault(
    folder: Path,
    recovery_key: str,
    new_passphrase: str,
    *,
    kdf_params: KdfParams | None = None,
    clock: Clock | None = None,
    ids: IdFactory | None = None,
    frameworks: FrameworkRegistry | None = None,
) -> Context:
    """Unlock with the recovery key and set a new passphrase."""
    vault = Vault.open_with_recovery_key(
        folder, recovery_key, new_passphrase, kdf_params=kdf_params
    )
    return context_for(vault, AuditAction.UNLOCK_RECOVERY, clock, ids, frameworks)


def context_for(
    vault: Vault,
    action: AuditAction,
    clock: Clock | None,
    ids: IdFactory | None,
    frameworks: FrameworkRegistry | None,
    *,
    detail: str | None = None,
) -> Context:
    """The context for a vault just opened; audits how it was opened.

    A field vault enrolled with an office gets the office recovery wrap in its key file
    here if it lacks one for the current office key (vaults enrolled before the wrap
    existed); when it is there already this costs two small queries.
    """
    clock = clock or Clock()
    try:
        actor = vault.meta("worker_id") or "unknown"
        with vault.transaction() as conn:
            audit(conn, clock.now(), actor, action, "vault", vault.vault_id, detail)
    except BaseException:
        vault.close()
        raise
    context = Context(
        vault=vault,
        actor_id=actor,
        frameworks=frameworks or builtin_frameworks(),
        clock=clock,
        ids=ids or IdFactory(),
    )
    if vault.kind is VaultKind.FIELD:  # an office vault has no office wrap to keep
        from vink_desktop.services.office_recovery import ensure_office_wrap_quietly

        ensure_office_wrap_quietly(context)
    return context


def change_passphrase(
    ctx: Context, old: str, new: str, *, kdf_params: KdfParams | None = None
) -> None:
    ctx.vault.change_passphrase(old, new, kdf_params=kdf_params)
    with ctx.vault.transaction() as conn:
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.CHANGE_PASSPHRASE, "vault")


def vault_info(ctx: Context) -> VaultInfo:
    vault = ctx.vault
    conn = vault.conn
    worker = repositories.get_worker(conn, ctx.actor_id)
    params = vault.kdf_params
    return VaultInfo(
        folder=str(vault.paths.folder),
        kind=vault.kind.value,
        vault_id=vault.vault_id,
        worker_id=ctx.actor_id,
        worker_name=worker.name if worker else "",
        schema_version=vault.schema_version,
        sqlcipher_version=database.sqlcipher_version(),
        kdf_memory_kib=params.memory_kib,
        kdf_iterations=params.iterations,
        kdf_lanes=params.lanes,
        participants=repositories.count(conn, "participants"),
        courses=repositories.count(conn, "courses"),
        sessions=repositories.count(conn, "sessions"),
        frameworks=tuple(f"{f.id} v{f.version}" for f in ctx.frameworks.all()),
    )


def close(ctx: Context) -> None:
    from vink_desktop.services.events import Event

    ctx.vault.close()
    ctx.events.emit(Event.VAULT_CLOSED)
