"""How the GUI creates, unlocks and recovers vaults, split for the thread rule.

The ``*_work`` functions are the slow halves and run in an operation's worker thread
(:mod:`ui.operations`); they never leave a vault open behind them. :meth:`VaultAccess.open`
is the fast half and runs on the GUI thread, which then owns the SQLCipher connection.

Everything the tests must control (cheap KDF parameters, a fixed clock, seeded ids) is
injected through :class:`VaultAccess`; the app passes the defaults.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vink_desktop.storage.paths import DB_NAME, KEY_NAME, LOCK_NAME
from vink_desktop.ui.operations import OperationControl

if TYPE_CHECKING:
    # The services (SQLCipher, cryptography, the frameworks) are imported when a vault is
    # created or opened, not before the start window shows (see docs/performance.md).
    from vink_desktop.domain.framework_loader import FrameworkRegistry
    from vink_desktop.domain.model import VaultKind
    from vink_desktop.services import demo
    from vink_desktop.services.context import Clock, Context, IdFactory
    from vink_desktop.services.vault_steps import DerivedKey
    from vink_desktop.storage.kdf import KdfParams


@dataclass(frozen=True, slots=True)
class CreatedInWorker:
    key: DerivedKey
    #: Shown once, in groups; never stored.
    recovery_key: str = field(repr=False)
    demo: demo.DemoResult | None = None


@dataclass(frozen=True, slots=True)
class RecoveredInWorker:
    """A vault given back by the office's answer: the key to open it with, and the new
    printed recovery key."""

    key: DerivedKey
    #: Shown once, in groups; never stored.
    recovery_key: str = field(repr=False)


def _default_ids() -> IdFactory:
    from vink_desktop.services.context import IdFactory

    return IdFactory()


@dataclass
class VaultAccess:
    """The injected parts of vault access: KDF cost, clock, ids and frameworks."""

    #: ``None``: calibrated on this machine when a vault is created (about 0.5–1 s).
    kdf_params: KdfParams | None = None
    #: ``None``: the real clock (made when first needed: its module loads the services).
    clock: Clock | None = None
    ids: Callable[[], IdFactory] = _default_ids
    frameworks: FrameworkRegistry | None = None
    demo_seed: int = 2014

    # -- GUI thread ------------------------------------------------------------------------

    def _clock(self) -> Clock:
        """The injected clock, else the real one, made on first use."""
        if self.clock is None:
            from vink_desktop.services.context import Clock

            self.clock = Clock()
        return self.clock

    def open(self, key: DerivedKey, into: Context | None = None) -> Context:
        """Open the vault with a derived key on the calling (GUI) thread.

        With ``into``, the existing context gets the new vault (after an idle lock), so
        views, the event hub and the event bridge keep working with the same object.
        """
        from vink_desktop.services import vault_steps

        frameworks = self.frameworks or (into.frameworks if into is not None else None)
        fresh = vault_steps.open_with_key(
            key, clock=self._clock(), ids=self.ids(), frameworks=frameworks
        )
        if into is None:
            return fresh
        into.vault = fresh.vault
        into.actor_id = fresh.actor_id
        return into

    # -- worker thread ---------------------------------------------------------------------

    def derive_work(
        self, folder: Path, passphrase: str
    ) -> Callable[[OperationControl], DerivedKey]:
        def work(_control: OperationControl) -> DerivedKey:
            from vink_desktop.services import vault_steps

            return vault_steps.derive_key(folder, passphrase)

        return work

    def recover_work(
        self, folder: Path, recovery_key: str, new_passphrase: str
    ) -> Callable[[OperationControl], DerivedKey]:
        """Recover (through the service, audited), close, then derive the key anew.

        The second derivation costs another half second, but keeps every step of the
        recovery inside :func:`vault_service.recover_vault`.
        """

        clock = self._clock()

        def work(_control: OperationControl) -> DerivedKey:
            from vink_desktop.services import vault_service, vault_steps

            ctx = vault_service.recover_vault(
                folder,
                recovery_key,
                new_passphrase,
                clock=clock,
                ids=self.ids(),
                frameworks=self.frameworks,
            )
            ctx.vault.close()
            return vault_steps.derive_key(folder, new_passphrase)

        return work

    def office_recover_work(
        self, folder: Path, answer: Path, one_time_key: str, new_passphrase: str
    ) -> Callable[[OperationControl], RecoveredInWorker]:
        """Recover with the office's answer (through the service, audited; a new passphrase
        and a new printed recovery key), close, then derive the key anew, as
        :meth:`recover_work` does: every Argon2id run stays off the GUI thread."""

        clock = self._clock()

        def work(_control: OperationControl) -> RecoveredInWorker:
            from vink_desktop.services import office_recovery, vault_steps

            recovered = office_recovery.recover_with_answer(
                folder,
                answer,
                one_time_key,
                new_passphrase,
                clock=clock,
                ids=self.ids(),
                frameworks=self.frameworks,
            )
            recovered.context.vault.close()
            key = vault_steps.derive_key(folder, new_passphrase)
            return RecoveredInWorker(key, recovered.recovery_key)

        return work

    def create_work(
        self,
        folder: Path,
        passphrase: str,
        kind: VaultKind,
        worker_name: str,
        *,
        demo_participants: int = 0,
    ) -> Callable[[OperationControl], CreatedInWorker]:
        """Create the vault in the worker (calibration, Argon2id), optionally fill it with
        demo data, close it there, and hand back the derived key and the recovery key.

        A cancelled demo removes the vault it had just created: the person asked for
        nothing to be made.
        """

        clock = self._clock()

        def work(control: OperationControl) -> CreatedInWorker:
            from vink_desktop.services import demo, vault_service, vault_steps

            existed = folder.exists()
            created = vault_service.create_vault(
                folder,
                passphrase,
                kind,
                worker_name,
                kdf_params=self.kdf_params,
                clock=clock,
                ids=self.ids(),
                frameworks=self.frameworks,
            )
            ctx = created.context
            result: demo.DemoResult | None = None
            try:
                if demo_participants > 0:
                    result = demo.generate_demo(
                        ctx,
                        self.demo_seed,
                        demo_participants,
                        progress=control.progress,
                        cancelled=control.cancelled,
                    )
            except demo.Cancelled:
                ctx.vault.close()
                remove_new_vault(folder, remove_folder=not existed)
                raise
            finally:
                ctx.vault.close()
            return CreatedInWorker(
                vault_steps.derive_key(folder, passphrase), created.recovery_key, result
            )

        return work


def remove_new_vault(folder: Path, *, remove_folder: bool) -> None:
    """Delete the files of a vault this program has just created (and nothing else)."""
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEY_NAME, LOCK_NAME):
        (folder / name).unlink(missing_ok=True)
    if remove_folder:
        with contextlib.suppress(OSError):
            folder.rmdir()
