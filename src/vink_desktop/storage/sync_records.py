"""Record-level SQL for batch sync: reading what changed (field export) and the look-ups,
history and deletions an import needs (office). Inserts and updates of records go through
``repositories`` and ``office_store`` as everywhere else, so the change log and its triggers
stay the one way records are written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from vink_desktop.storage.database import Connection
from vink_desktop.storage.office_schema import OFFICE_ENTITIES
from vink_desktop.storage.repositories import SESSION_COLUMNS

#: Entity -> table of the records every payload version carries.
CORE_TABLES = {"worker": "workers", "participant": "participants", "course": "courses",
               "session": "sessions"}  # fmt: skip
#: Entity -> table of the office records (payload version 2 on).
OFFICE_TABLES = {entity: table for table, entity in OFFICE_ENTITIES.items()}
#: Every record that travels: entity (as in the change log) -> table.
TABLES = {**CORE_TABLES, **OFFICE_TABLES}
WORKER_COLUMNS = "id, name, revision, updated_at"
PARTICIPANT_COLUMNS = "id, code, kind, birth_year, district, referral_source, revision, updated_at"
COURSE_COLUMNS = (
    "id, participant_id, track, worker_id, start_date, status, end_date, closing_reason,"
    " final_evaluation, framework_id, framework_version, revision, updated_at"
)
#: The office records' columns, in the order of their payload fields.
CONCERN_COLUMNS = (
    "id, received_utc, received_wall, zone, source, participant_id, subject_code, district,"
    " worker_id, reaction_utc, reaction_wall, reacted_by, outcome, revision, updated_at"
)
ACTIVITY_COLUMNS = (
    "id, held_on, kind, audience, head_count, worker_id, district, respondents, able_to_help,"
    " dialogue_gives_options, revision, updated_at"
)
EVALUATION_COLUMNS = "id, course_id, evaluated_on, ssp, vink, dka, revision, updated_at"
_CHUNK = 500

Row = Sequence[Any]


def _table(entity: str) -> str:
    try:
        return TABLES[entity]
    except KeyError:
        raise ValueError(f"unknown entity {entity!r}") from None


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _marks(count: int) -> str:
    return ",".join("?" * count)


# -- export: what changed -------------------------------------------------------------------


def collect_changed(conn: Connection, after: int, through: int) -> dict[str, int]:
    """Note every record changed in change-log range (after, through] in a temporary,
    in-memory table (ids only), and return how many there are per entity. Call
    :func:`drop_changed` when done."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_changed (entity TEXT NOT NULL,"
        " entity_id TEXT NOT NULL, PRIMARY KEY (entity, entity_id)) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.sync_changed")
    conn.execute(
        "INSERT OR IGNORE INTO temp.sync_changed SELECT entity, entity_id FROM change_log"
        " WHERE seq > ? AND seq <= ?",
        (after, through),
    )
    counts = {entity: 0 for entity in TABLES}
    for entity, number in conn.execute(
        "SELECT entity, count(*) FROM temp.sync_changed GROUP BY entity"
    ):
        counts[str(entity)] = int(number)
    return counts


def drop_changed(conn: Connection) -> None:
    conn.execute("DROP TABLE IF EXISTS temp.sync_changed")


def changed_workers(conn: Connection) -> list[Row]:
    rows: list[Row] = conn.execute(
        f"SELECT {_prefixed('w', WORKER_COLUMNS)} FROM temp.sync_changed k"
        " JOIN workers w ON w.id = k.entity_id WHERE k.entity = 'worker' ORDER BY w.id"
    ).fetchall()
    return rows


def changed_participants(conn: Connection) -> tuple[list[Row], dict[str, list[str]]]:
    """Changed participants, young people first (a parent's links point at them), without
    name and contact; and the linked young people of each changed parent."""
    rows = conn.execute(
        f"SELECT {_prefixed('p', PARTICIPANT_COLUMNS)} FROM temp.sync_changed k"
        " JOIN participants p ON p.id = k.entity_id WHERE k.entity = 'participant'"
        " ORDER BY p.kind = 'parent', p.id"
    ).fetchall()
    links: dict[str, list[str]] = {}
    for parent_id, youth_id in conn.execute(
        "SELECT l.parent_id, l.youth_id FROM temp.sync_changed k"
        " JOIN participant_links l ON l.parent_id = k.entity_id"
        " WHERE k.entity = 'participant' ORDER BY l.parent_id, l.youth_id"
    ):
        links.setdefault(str(parent_id), []).append(str(youth_id))
    return rows, links


def changed_courses(conn: Connection) -> list[Row]:
    rows: list[Row] = conn.execute(
        f"SELECT {_prefixed('c', COURSE_COLUMNS)} FROM temp.sync_changed k"
        " JOIN courses c ON c.id = k.entity_id WHERE k.entity = 'course' ORDER BY c.id"
    ).fetchall()
    return rows


def changed_sessions(conn: Connection, page: int = 5000) -> Iterator[list[Row]]:
    """Changed sessions in pages of ``page`` rows (keyset pagination, so no cursor stays
    open while the caller writes). When many sessions changed (a first export), the table
    is read in storage order, which is several times faster than looking each one up."""
    wanted = conn.execute(
        "SELECT count(*) FROM temp.sync_changed WHERE entity = 'session'"
    ).fetchone()[0]
    largest = conn.execute("SELECT coalesce(max(rowid), 0) FROM sessions").fetchone()[0]
    if int(wanted) * 8 >= int(largest):
        sql = (
            f"SELECT s.rowid, {_prefixed('s', SESSION_COLUMNS)} FROM sessions s"
            " CROSS JOIN temp.sync_changed k ON k.entity = 'session' AND k.entity_id = s.id"
            " WHERE s.rowid > ? ORDER BY s.rowid LIMIT ?"
        )
        last: object = -1
    else:
        sql = (
            f"SELECT k.entity_id, {_prefixed('s', SESSION_COLUMNS)} FROM temp.sync_changed k"
            " JOIN sessions s ON s.id = k.entity_id"
            " WHERE k.entity = 'session' AND k.entity_id > ? ORDER BY k.entity_id LIMIT ?"
        )
        last = ""
    while True:
        rows = conn.execute(sql, (last, page)).fetchall()
        if not rows:
            return
        yield [row[1:] for row in rows]
        last = rows[-1][0]


def changed_concern_reports(conn: Connection) -> list[Row]:
    return _changed_office(conn, "concern_report", CONCERN_COLUMNS)


def changed_activities(conn: Connection) -> list[Row]:
    return _changed_office(conn, "outreach_activity", ACTIVITY_COLUMNS)


def changed_evaluations(conn: Connection) -> list[Row]:
    return _changed_office(conn, "service_evaluation", EVALUATION_COLUMNS)


def _changed_office(conn: Connection, entity: str, columns: str) -> list[Row]:
    rows: list[Row] = conn.execute(
        f"SELECT {_prefixed('r', columns)} FROM temp.sync_changed k"
        f" JOIN {OFFICE_TABLES[entity]} r ON r.id = k.entity_id WHERE k.entity = ?"
        " ORDER BY r.id",
        (entity,),
    ).fetchall()
    return rows


def changed_tombstones(conn: Connection) -> list[Row]:
    """(entity, id, revision, deleted_at) of changed records that no longer exist."""
    found: list[Row] = []
    for entity, table in TABLES.items():
        found.extend(
            conn.execute(
                "SELECT t.entity, t.entity_id, t.revision, t.deleted_at FROM temp.sync_changed k"
                " JOIN tombstones t ON t.entity = k.entity AND t.entity_id = k.entity_id"
                f" WHERE k.entity = ? AND NOT EXISTS (SELECT 1 FROM {table} r"
                " WHERE r.id = k.entity_id) ORDER BY t.entity_id",
                (entity,),
            ).fetchall()
        )
    return found


def _prefixed(alias: str, columns: str) -> str:
    return ", ".join(f"{alias}.{name.strip()}" for name in columns.split(","))


# -- import: look-ups -----------------------------------------------------------------------


def stored_revisions(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, int]:
    """id -> revision of the records among ``ids`` that the vault holds."""
    table = _table(entity)
    found: dict[str, int] = {}
    for chunk in _chunks(ids):
        for record_id, revision in conn.execute(
            f"SELECT id, revision FROM {table} WHERE id IN ({_marks(len(chunk))})", chunk
        ):
            found[str(record_id)] = int(revision)
    return found


def tombstone_revisions(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, int]:
    """id -> revision of the deletion, for the records among ``ids`` that were deleted."""
    _table(entity)
    found: dict[str, int] = {}
    if (
        not ids
        or conn.execute("SELECT 1 FROM tombstones WHERE entity = ? LIMIT 1", (entity,)).fetchone()
        is None
    ):
        return found
    for chunk in _chunks(ids):
        for record_id, revision in conn.execute(
            "SELECT entity_id, revision FROM tombstones WHERE entity = ?"
            f" AND entity_id IN ({_marks(len(chunk))})",
            (entity, *chunk),
        ):
            found[str(record_id)] = int(revision)
    return found


def participant_facts(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    """id -> kind ('youth' or 'parent') of the participants among ``ids``."""
    found: dict[str, str] = {}
    for chunk in _chunks(ids):
        for record_id, kind in conn.execute(
            f"SELECT id, kind FROM participants WHERE id IN ({_marks(len(chunk))})", chunk
        ):
            found[str(record_id)] = str(kind)
    return found


def participant_ids_by_code(conn: Connection, codes: Sequence[str]) -> dict[str, str]:
    """code -> id of the participants holding any of ``codes``."""
    found: dict[str, str] = {}
    for chunk in _chunks(codes):
        for code, record_id in conn.execute(
            f"SELECT code, id FROM participants WHERE code IN ({_marks(len(chunk))})", chunk
        ):
            found[str(code)] = str(record_id)
    return found


def stored_rows(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """id -> the stored row (column name -> value), for the history."""
    table = _table(entity)
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        cursor = conn.execute(f"SELECT * FROM {table} WHERE id IN ({_marks(len(chunk))})", chunk)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            record = dict(zip(names, row, strict=True))
            found[str(record["id"])] = record
    return found


# -- import: many records at once ------------------------------------------------------------
# The same statements as ``repositories.put_participant`` and ``put_course``, run with
# executemany: an import writes thousands of them (the change-log triggers fire as ever).

_PARTICIPANT_UPSERT = (
    "INSERT INTO participants (id, code, kind, birth_year, district, referral_source, name,"
    " contact, revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET code = excluded.code, kind = excluded.kind,"
    " birth_year = excluded.birth_year, district = excluded.district,"
    " referral_source = excluded.referral_source, name = excluded.name,"
    " contact = excluded.contact, revision = excluded.revision,"
    " updated_at = excluded.updated_at"
)
_COURSE_UPSERT = (
    f"INSERT INTO courses ({COURSE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET participant_id = excluded.participant_id,"
    " track = excluded.track, worker_id = excluded.worker_id,"
    " start_date = excluded.start_date, status = excluded.status,"
    " end_date = excluded.end_date, closing_reason = excluded.closing_reason,"
    " final_evaluation = excluded.final_evaluation, framework_id = excluded.framework_id,"
    " framework_version = excluded.framework_version, revision = excluded.revision,"
    " updated_at = excluded.updated_at"
)


def put_participant_rows(
    conn: Connection, rows: Sequence[Row], links: Sequence[tuple[str, str]]
) -> None:
    """Participants as rows (id, code, kind, birth_year, district, referral_source, name,
    contact, revision, updated_at) and their links (parent id, youth id), which replace the
    links those participants had."""
    conn.executemany(_PARTICIPANT_UPSERT, rows)
    conn.executemany(
        "DELETE FROM participant_links WHERE parent_id = ?", [(row[0],) for row in rows]
    )
    conn.executemany("INSERT INTO participant_links (parent_id, youth_id) VALUES (?, ?)", links)


def put_course_rows(conn: Connection, rows: Sequence[Row]) -> None:
    """Courses as rows in the shape of ``repositories.course_row``."""
    conn.executemany(_COURSE_UPSERT, rows)


# -- import: history and deletions ----------------------------------------------------------

#: (entity, entity id, revision, reason, record JSON, device id, sequence, recorded at)
HistoryRow = tuple[str, str, int, str, str, str | None, int | None, str]


def insert_history(conn: Connection, rows: Iterable[HistoryRow]) -> None:
    conn.executemany(
        "INSERT INTO record_history (entity, entity_id, revision, reason, record, device_id,"
        " sequence, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        list(rows),
    )


def history_of(conn: Connection, entity: str, entity_id: str) -> list[tuple[int, str, str]]:
    """(revision, reason, record JSON) of one record's earlier revisions, oldest first."""
    rows = conn.execute(
        "SELECT revision, reason, record FROM record_history WHERE entity = ? AND entity_id = ?"
        " ORDER BY revision, id",
        (entity, entity_id),
    )
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def delete_record(conn: Connection, entity: str, entity_id: str) -> None:
    """Delete one record (a tombstone from a device). The caller logs the deletion."""
    conn.execute(f"DELETE FROM {_table(entity)} WHERE id = ?", (entity_id,))
