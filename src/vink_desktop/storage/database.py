"""The SQLCipher connection: the one place a key reaches SQLCipher, and the hygiene around it.

The data key travels as bytes and becomes hex only in :func:`_key_literal`, which is used
for ``PRAGMA key`` and for ``ATTACH … KEY`` (bound as a parameter there). Nothing else in
the program formats key material into SQL.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, cast

import sqlcipher3

from vink_desktop.storage.errors import DatabaseDamaged, DiskFull, NotSqlCipher

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its DB-API objects mirror the standard
    # library's sqlite3, so the type checker reads them as those.
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
    from sqlite3 import IntegrityError as IntegrityError
    from sqlite3 import OperationalError as OperationalError
else:
    Connection = sqlcipher3.Connection
    DatabaseError = sqlcipher3.DatabaseError
    IntegrityError = sqlcipher3.IntegrityError
    OperationalError = sqlcipher3.OperationalError

#: Pragmas set on every connection, after the key. ``synchronous=FULL`` because nothing a
#: mentor typed may be lost to a power cut; WAL keeps it cheap enough.
_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


def _key_literal(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"x'{data_key.hex()}'"


def sqlcipher_version() -> str:
    """The linked SQLCipher version, or an empty string on plain SQLite."""
    probe = sqlcipher3.connect(":memory:")
    try:
        row = probe.execute("PRAGMA cipher_version").fetchone()
    finally:
        probe.close()
    return str(row[0]) if row and row[0] else ""


def connect(path: Path, data_key: bytes, *, create: bool = False) -> Connection:
    """Open (or create) the encrypted database at ``path`` with a raw 32-byte key.

    Raises :class:`NotSqlCipher` on plain SQLite and :class:`DatabaseDamaged` when the file
    cannot be read with this key (the caller has already confirmed the key with the key
    file's check value, so a failure here means the database itself is damaged).
    """
    if not create and not path.exists():
        raise DatabaseDamaged(f"database file missing: {path.name}")
    if create and not path.exists():
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = cast(
        Connection,
        sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True),
    )
    try:
        conn.enable_load_extension(False)
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise NotSqlCipher("sqlite library is not SQLCipher")
        conn.execute(f'PRAGMA key = "{_key_literal(data_key)}"')
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        except DatabaseError as exc:
            raise DatabaseDamaged(str(exc)) from None
        if not mode or str(mode[0]).lower() != "wal":
            raise DatabaseDamaged("could not switch to WAL")
        for pragma in _PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def export_copy(conn: Connection, target: Path, data_key: bytes) -> None:
    """Write an encrypted copy of the whole database to ``target`` (same key).

    Uses ``ATTACH … KEY`` and ``sqlcipher_export`` as SQLCipher recommends; never
    ``VACUUM INTO``, which would write a plaintext file.
    """
    if target.exists():
        raise FileExistsError(target)
    try:
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(target), _key_literal(data_key)))
        try:
            conn.execute("SELECT sqlcipher_export('backup')").fetchone()
            # sqlcipher_export copies schema and rows but not the schema version.
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute(f"PRAGMA backup.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE backup")
    except OperationalError as exc:
        target.unlink(missing_ok=True)
        if "full" in str(exc).lower():
            raise DiskFull(str(exc)) from None
        raise
    os.chmod(target, 0o600)


def integrity_check(conn: Connection) -> list[str]:
    """Read every page and row; return the problems found (empty when all is well)."""
    problems: list[str] = []
    for (line,) in conn.execute("PRAGMA cipher_integrity_check"):
        problems.append(str(line))
    for (line,) in conn.execute("PRAGMA integrity_check"):
        if line != "ok":
            problems.append(str(line))
    for row in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {tuple(row)}")
    return problems
