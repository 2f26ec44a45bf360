"""The database schema as numbered migrations. ``PRAGMA user_version`` holds the number of
the last migration applied. Every migration runs in one transaction; the vault takes an
encrypted copy of the database before it migrates (see ``vault.py``).

Never edit a migration that has shipped: add a new one. ``tests/storage/test_migrations.py``
opens a vault saved by each earlier schema version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vink_desktop.storage.database import Connection
from vink_desktop.storage.errors import SchemaTooNew
from vink_desktop.storage.office_schema import V4_STATEMENTS
from vink_desktop.storage.ownership_schema import V5_STATEMENTS
from vink_desktop.storage.ownership_schema import backfill as ownership_backfill
from vink_desktop.storage.sync_schema import V3_STATEMENTS


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: Sequence[str] = ()
    #: For migrations that need more than SQL (data conversion).
    run: Callable[[Connection], None] | None = None


_V1 = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE workers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('youth', 'parent')),
        birth_year INTEGER,
        district TEXT,
        referral_source TEXT,
        name TEXT,
        contact TEXT,
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE participant_links (
        parent_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        youth_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        PRIMARY KEY (parent_id, youth_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX participant_links_youth ON participant_links(youth_id)",
    """CREATE TABLE courses (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participants(id),
        track TEXT NOT NULL CHECK (track IN ('mentoring', 'parent_coaching')),
        worker_id TEXT NOT NULL REFERENCES workers(id),
        start_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'closed')),
        end_date TEXT,
        closing_reason TEXT,
        final_evaluation TEXT,
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX courses_participant ON courses(participant_id)",
    "CREATE INDEX courses_worker ON courses(worker_id)",
    """CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES courses(id),
        start_utc TEXT NOT NULL,
        start_wall TEXT NOT NULL,
        zone TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 0),
        contact_kind TEXT NOT NULL,
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        notes TEXT NOT NULL,
        ratings TEXT NOT NULL,
        self_rating INTEGER,
        follow_up TEXT NOT NULL,
        acute_concern INTEGER NOT NULL CHECK (acute_concern IN (0, 1)),
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX sessions_course ON sessions(course_id, start_utc)",
    """CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
        changed_at TEXT NOT NULL
    )""",
    "CREATE INDEX change_log_entity ON change_log(entity, entity_id)",
    """CREATE TABLE tombstones (
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        deleted_at TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at_utc TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT,
        entity_id TEXT,
        detail TEXT
    )""",
    "CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)",
    """CREATE TABLE drafts (
        key TEXT PRIMARY KEY,
        payload TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID""",
)

_LOGGED = ("workers", "participants", "courses", "sessions")
_ENTITY = {"workers": "worker", "participants": "participant", "courses": "course",
           "sessions": "session"}  # fmt: skip


def _change_log_triggers() -> tuple[str, ...]:
    """Every insert or update of a record writes its change-log row inside SQLite, in the
    same statement and so the same transaction (deletes are logged by the repositories,
    which also leave the tombstone)."""
    statements = []
    for table in _LOGGED:
        for event in ("INSERT", "UPDATE"):
            statements.append(
                f"CREATE TRIGGER {table}_log_{event.lower()} AFTER {event} ON {table}"
                " BEGIN INSERT INTO change_log (entity, entity_id, revision, op, changed_at)"
                f" VALUES ('{_ENTITY[table]}', NEW.id, NEW.revision, 'upsert', NEW.updated_at);"
                " END"
            )
    return tuple(statements)


#: Version 2 caches each course's scoring outcome so programme KPIs are an aggregate over
#: courses rather than a rescore of every session (rebuilt from the sessions at any time),
#: and moves change logging into triggers; the change log loses AUTOINCREMENT and its
#: entity index, which cost a third of a bulk import and served no query.
_V2 = (
    """CREATE TABLE change_log_v2 (
        seq INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
        changed_at TEXT NOT NULL
    )""",
    "INSERT INTO change_log_v2 SELECT seq, entity, entity_id, revision, op, changed_at"
    " FROM change_log",
    "DROP TABLE change_log",
    "ALTER TABLE change_log_v2 RENAME TO change_log",
    *_change_log_triggers(),
    """CREATE TABLE course_outcomes (
        course_id TEXT PRIMARY KEY REFERENCES courses(id) ON DELETE CASCADE,
        sessions INTEGER NOT NULL,
        assessments INTEGER NOT NULL,
        last_session_utc TEXT,
        baseline_score REAL,
        current_score REAL,
        overall_change REAL,
        overall_class TEXT,
        progression INTEGER,
        self_reported_progression INTEGER,
        off_track TEXT NOT NULL,
        valid_until TEXT NOT NULL
    )""",
    "CREATE INDEX course_outcomes_valid_until ON course_outcomes(valid_until)",
    # Every course has an outcome row; those of an older vault are computed on first use.
    "INSERT INTO course_outcomes (course_id, sessions, assessments, off_track, valid_until)"
    " SELECT id, 0, 0, '[]', '0001-01-01' FROM courses",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "base schema", _V1),
    Migration(2, "course outcome cache; change log by triggers", _V2),
    Migration(3, "batch sync: identities, devices, ledger, receipts", V3_STATEMENTS),
    Migration(4, "office records: concern reports, outreach, service evaluations", V4_STATEMENTS),
    Migration(5, "ownership of records at the office", V5_STATEMENTS, ownership_backfill),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def pending(conn: Connection, target: int = LATEST_VERSION) -> list[Migration]:
    version = current_version(conn)
    if version > LATEST_VERSION:
        raise SchemaTooNew(f"schema {version} is newer than {LATEST_VERSION}")
    return [m for m in MIGRATIONS if version < m.version <= target]


def migrate(conn: Connection, target: int = LATEST_VERSION) -> list[int]:
    """Apply the pending migrations up to ``target``, each in its own transaction."""
    applied: list[int] = []
    for migration in pending(conn, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.statements:
                conn.execute(statement)
            if migration.run is not None:
                migration.run(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(migration.version)
    return applied
