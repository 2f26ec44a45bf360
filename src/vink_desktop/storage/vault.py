"""The vault: one encrypted SQLCipher database, its key file and its lock, in one folder.

::

    <vault folder>/vault.db        SQLCipher 4 database (plus -wal and -shm)
    <vault folder>/vault.key       the key file: the data key wrapped by passphrase, recovery key
                                   and (once enrolled) the office's public key
    <vault folder>/vault.db.lock   held while a process has the vault open

Opening is: lock → read key file → unwrap the data key (Argon2id) → open SQLCipher with the
raw key → migrate if needed (after an encrypted copy). Nothing on disk changes before the
passphrase has been proved right, so a wrong passphrase or a damaged file leaves every file
as it was.

The file names, :class:`VaultPaths` and :func:`default_vault_dir` live in
:mod:`storage.paths` (light enough for the desktop app's start window) and are re-exported
here.
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vink_desktop.domain.model import VaultKind
from vink_desktop.storage import database, schema
from vink_desktop.storage.atomic import remove_stale_temp_files
from vink_desktop.storage.database import Connection
from vink_desktop.storage.errors import (
    DiskFull,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from vink_desktop.storage.kdf import KdfParams, calibrate
from vink_desktop.storage.keyfile import KeyFile, read_keyfile, write_keyfile
from vink_desktop.storage.office_wrap import OfficeWrap
from vink_desktop.storage.paths import APP_AUTHOR as APP_AUTHOR
from vink_desktop.storage.paths import APP_NAME as APP_NAME
from vink_desktop.storage.paths import DB_NAME as DB_NAME
from vink_desktop.storage.paths import KEY_NAME as KEY_NAME
from vink_desktop.storage.paths import LOCK_NAME as LOCK_NAME
from vink_desktop.storage.paths import VaultPaths as VaultPaths
from vink_desktop.storage.paths import default_vault_dir as default_vault_dir
from vink_desktop.storage.recovery_key import format_recovery_key, new_recovery_key
from vink_desktop.storage.vault_lock import VaultLock

if TYPE_CHECKING:
    from cryptography.hazmat.primitives import hpke

    from vink_desktop.storage.recovery_exchange import RecoveryAnswer


@dataclass(frozen=True, slots=True)
class CreatedVault:
    vault: Vault
    #: Shown once to the person who created the vault, never stored in plain form.
    recovery_key: str


def _now() -> datetime:
    return datetime.now(UTC)


class Vault:
    """An open vault. Use :meth:`create` or :meth:`open`; close with :meth:`close`."""

    def __init__(
        self,
        paths: VaultPaths,
        conn: Connection,
        keyfile: KeyFile,
        lock: VaultLock | None,
        data_key: bytes,
    ) -> None:
        self.paths = paths
        self._conn: Connection | None = conn
        self._keyfile = keyfile
        self._lock = lock
        self._data_key: bytes | None = data_key
        self._depth = 0

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        kind: VaultKind,
        *,
        kdf_params: KdfParams | None = None,
        rng: Callable[[int], bytes] = secrets.token_bytes,
        now: Callable[[], datetime] = _now,
    ) -> CreatedVault:
        """Create a new vault in ``folder``; returns it open, with the recovery key to show."""
        paths = VaultPaths(folder)
        if paths.exists():
            raise VaultExists(str(folder))
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            params = kdf_params if kdf_params is not None else calibrate()
            data_key = rng(32)
            recovery_raw = rng(20)
            vault_id = uuid.UUID(bytes=rng(16), version=4).hex
            keyfile = KeyFile.create(
                data_key, passphrase, recovery_raw, params, vault_id=vault_id, kind=kind.value
            )
            conn = database.connect(paths.db, data_key, create=True)
            try:
                schema.migrate(conn)
                with _transaction(conn):
                    conn.executemany(
                        "INSERT INTO meta (key, value) VALUES (?, ?)",
                        [
                            ("vault_id", vault_id),
                            ("kind", kind.value),
                            ("created_at", now().isoformat()),
                        ],
                    )
                # The key file is written last: a vault without one was never finished.
                write_keyfile(paths.key, keyfile)
            except BaseException:
                conn.close()
                for suffix in ("", "-wal", "-shm"):
                    Path(str(paths.db) + suffix).unlink(missing_ok=True)
                raise
        except BaseException:
            lock.release()
            raise
        vault = cls(paths, conn, keyfile, lock, data_key)
        return CreatedVault(vault, format_recovery_key(recovery_raw))

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Vault:
        return cls._open(folder, lambda keyfile: keyfile.unlock(passphrase))

    @classmethod
    def open_with_recovery_key(
        cls,
        folder: Path,
        recovery_key: str,
        new_passphrase: str,
        *,
        kdf_params: KdfParams | None = None,
    ) -> Vault:
        """Unlock with the recovery key and set a new passphrase in the same step."""
        vault = cls._open(folder, lambda keyfile: keyfile.unlock_with_recovery(recovery_key))
        try:
            vault._rewrap(new_passphrase, kdf_params)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def open_with_office_answer(
        cls,
        folder: Path,
        answer: RecoveryAnswer,
        one_time_key: str,
        new_passphrase: str,
        *,
        kdf_params: KdfParams | None = None,
        rng: Callable[[int], bytes] = secrets.token_bytes,
    ) -> tuple[Vault, str]:
        """Unlock with the office's answer and its one-time key; set a new passphrase and a
        new printed recovery key (the old one was lost) in one atomic write of the key file.
        The office wrap stays as it was. Returns the vault and the new recovery key to show.
        """
        vault = cls._open(folder, lambda keyfile: answer.open(keyfile, one_time_key))
        try:
            recovery_raw = new_recovery_key(rng)
            vault._rewrap(new_passphrase, kdf_params, recovery_raw=recovery_raw)
        except BaseException:
            vault.close()
            raise
        return vault, format_recovery_key(recovery_raw)

    @classmethod
    def open_with_data_key(cls, folder: Path, data_key: bytes) -> Vault:
        """Open with a data key unwrapped earlier (the GUI derives it off its own thread).

        The key file is read again under the lock; if it no longer wraps this key (the
        passphrase changed in between) :class:`WrongPassphrase` is raised.
        """

        def confirmed(keyfile: KeyFile) -> bytes:
            if not keyfile.matches(data_key):
                raise WrongPassphrase("the key file changed while unlocking")
            return data_key

        return cls._open(folder, confirmed)

    @classmethod
    def _open(cls, folder: Path, unwrap: Callable[[KeyFile], bytes]) -> Vault:
        paths = VaultPaths(folder)
        if not paths.exists():
            raise VaultNotFound(str(folder))
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            # A passphrase change killed mid-write may have left a temp key file behind.
            remove_stale_temp_files(paths.key)
            keyfile = read_keyfile(paths.key)
            data_key = unwrap(keyfile)
            conn = database.connect(paths.db, data_key)
            try:
                _migrate_with_backup(conn, paths, data_key)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(paths, conn, keyfile, lock, data_key)

    def close(self) -> None:
        """Close the database, forget the key and release the lock. Safe to call twice."""
        if self._conn is not None:
            if self._lock is not None:
                with contextlib.suppress(database.DatabaseError):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
        self._data_key = None
        if self._lock is not None:
            self._lock.release()

    def open_for_thread(self) -> Vault:
        """A second handle on this open vault for another thread (SQLCipher connections
        belong to the thread that opened them): its own connection with the same key.
        Closing it closes only that connection; the process keeps its lock through this
        handle. WAL lets it write while the other connection reads."""
        conn = database.connect(self.paths.db, self._key())
        return Vault(self.paths, conn, self._keyfile, None, self._key())

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    # -- keys ------------------------------------------------------------------------------

    def change_passphrase(
        self, old_passphrase: str, new_passphrase: str, *, kdf_params: KdfParams | None = None
    ) -> None:
        """Re-wrap the data key under a new passphrase; the database is not re-encrypted.

        The old passphrase is checked first. The key file is replaced atomically, so a crash
        leaves either the old or the new passphrase working.
        """
        self._keyfile.unlock(old_passphrase)
        self._rewrap(new_passphrase, kdf_params)

    def _rewrap(
        self,
        new_passphrase: str,
        kdf_params: KdfParams | None,
        *,
        recovery_raw: bytes | None = None,
    ) -> None:
        current = self._current_keyfile()
        params = kdf_params if kdf_params is not None else current.kdf_params
        keyfile = current.with_new_passphrase(self._key(), new_passphrase, params)
        if recovery_raw is not None:
            keyfile = keyfile.with_new_recovery_key(self._key(), recovery_raw)
        write_keyfile(self.paths.key, keyfile)
        self._keyfile = keyfile

    def _current_keyfile(self) -> KeyFile:
        """The key file as it is on disk now (another handle of this process may have
        changed it, e.g. added the office wrap), confirmed to wrap this vault's key."""
        keyfile = read_keyfile(self.paths.key)
        if not keyfile.matches(self._key()):
            raise WrongPassphrase("the key file no longer wraps this vault's key")
        return keyfile

    @property
    def office_wrap(self) -> OfficeWrap | None:
        """The office wrap in the key file as this handle last read or wrote it."""
        return self._keyfile.office_wrap

    def set_office_wrap(
        self,
        public_key: hpke.MLKEM768X25519PublicKey,
        *,
        office_id: bytes,
        office_key_id: bytes,
        device_id: bytes,
        device_key: bytes,
    ) -> None:
        """Seal the data key to the office (replacing an earlier office wrap) and replace
        the key file atomically; the passphrase and recovery wraps stay byte for byte."""
        keyfile = self._current_keyfile().with_office_wrap(
            self._key(),
            public_key,
            office_id=office_id,
            office_key_id=office_key_id,
            device_id=device_id,
            device_key=device_key,
        )
        write_keyfile(self.paths.key, keyfile)
        self._keyfile = keyfile

    @property
    def kdf_params(self) -> KdfParams:
        return self._keyfile.kdf_params

    def _key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("vault is closed")
        return self._data_key

    # -- database --------------------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("vault is closed")
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction (nested calls join the outer one)."""
        conn = self.conn
        if self._depth:
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with _transaction(conn):
                yield conn
        finally:
            self._depth = 0

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def kind(self) -> VaultKind:
        return VaultKind(self.meta("kind") or "field")

    @property
    def vault_id(self) -> str:
        return self.meta("vault_id") or ""

    @property
    def schema_version(self) -> int:
        return schema.current_version(self.conn)

    def backup_to(self, target: Path) -> None:
        """An encrypted copy of the database (same key) at ``target``."""
        database.export_copy(self.conn, target, self._key())

    def integrity_check(self) -> list[str]:
        return database.integrity_check(self.conn)


@contextlib.contextmanager
def _transaction(conn: Connection) -> Iterator[None]:
    """One write transaction. A full disk (or a database at its size limit) is
    :class:`DiskFull` whether a statement or the commit meets it; the transaction is then
    rolled back (SQLite may have done so already), so the vault is as it was."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except database.OperationalError as exc:
        _rollback(conn)
        if _is_full(exc):
            raise DiskFull(str(exc)) from None
        raise
    except BaseException:
        _rollback(conn)
        raise
    try:
        conn.execute("COMMIT")
    except database.OperationalError as exc:
        _rollback(conn)
        if _is_full(exc):
            raise DiskFull(str(exc)) from None
        raise


def _rollback(conn: Connection) -> None:
    """Roll back what is still open; an error is raised only if it stays open."""
    if not conn.in_transaction:
        return
    try:
        conn.execute("ROLLBACK")
    except database.DatabaseError:
        if conn.in_transaction:
            raise


def _is_full(exc: Exception) -> bool:
    return "full" in str(exc).lower()


def _migrate_with_backup(conn: Connection, paths: VaultPaths, data_key: bytes) -> None:
    steps = schema.pending(conn)
    if not steps:
        return
    version = schema.current_version(conn)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = paths.folder / f"vault.db.schema-{version}.{stamp}.bak"
    database.export_copy(conn, backup, data_key)
    schema.migrate(conn)
