"""Schema version 4: the office records the success criteria need (reports of concern,
outreach activities, service evaluations). Registered in ``schema.py``.

Like the other records, each row carries ``revision`` and ``updated_at``, and every insert
or update writes its change-log row through a trigger (entities ``concern_report``,
``outreach_activity`` and ``service_evaluation``), so batch sync carries them like
everything else. None of the tables holds free text.
"""

from __future__ import annotations

#: Table -> change-log entity name.
OFFICE_ENTITIES = {
    "concern_reports": "concern_report",
    "outreach_activities": "outreach_activity",
    "service_evaluations": "service_evaluation",
}

_TABLES = (
    # A report's subject is an existing participant or a new pseudonym code, never both;
    # erasing the participant leaves the report counted but about no one (SET NULL).
    """CREATE TABLE concern_reports (
        id TEXT PRIMARY KEY,
        received_utc TEXT NOT NULL,
        received_wall TEXT NOT NULL,
        zone TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN
            ('school', 'ssp', 'parent', 'police', 'social_services', 'other')),
        participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
        subject_code TEXT,
        district TEXT,
        worker_id TEXT NOT NULL REFERENCES workers(id),
        reaction_utc TEXT,
        reaction_wall TEXT,
        reacted_by TEXT REFERENCES workers(id),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN
            ('advice_given', 'course_opened', 'referred_on', 'no_further_action')),
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (participant_id IS NULL OR subject_code IS NULL),
        CHECK ((reaction_utc IS NULL) = (reacted_by IS NULL)),
        CHECK ((reaction_utc IS NULL) = (reaction_wall IS NULL)),
        CHECK (outcome IS NULL OR reaction_utc IS NOT NULL)
    )""",
    "CREATE INDEX concern_reports_received ON concern_reports(received_wall)",
    "CREATE INDEX concern_reports_participant ON concern_reports(participant_id)",
    # The follow-up list asks for reports without a reaction on every refresh.
    "CREATE INDEX concern_reports_unreacted ON concern_reports(received_utc)"
    " WHERE reaction_utc IS NULL",
    """CREATE TABLE outreach_activities (
        id TEXT PRIMARY KEY,
        held_on TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN
            ('staff_training', 'parent_network', 'youth_dialogue', 'police_ssp_talk')),
        audience TEXT NOT NULL CHECK (audience IN
            ('front_line_staff', 'parents', 'pupils_youth_club')),
        head_count INTEGER NOT NULL CHECK (head_count >= 0),
        worker_id TEXT NOT NULL REFERENCES workers(id),
        district TEXT,
        respondents INTEGER CHECK (respondents IS NULL OR respondents BETWEEN 0 AND head_count),
        able_to_help INTEGER CHECK (able_to_help IS NULL OR able_to_help BETWEEN 0 AND respondents),
        dialogue_gives_options INTEGER CHECK (dialogue_gives_options IS NULL
            OR dialogue_gives_options BETWEEN 0 AND respondents),
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX outreach_activities_held_on ON outreach_activities(held_on)",
    """CREATE TABLE service_evaluations (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL UNIQUE REFERENCES courses(id) ON DELETE CASCADE,
        evaluated_on TEXT NOT NULL,
        ssp TEXT NOT NULL CHECK (ssp IN ('yes', 'no', 'not_answered')),
        vink TEXT NOT NULL CHECK (vink IN ('yes', 'no', 'not_answered')),
        dka TEXT NOT NULL CHECK (dka IN ('yes', 'no', 'not_answered')),
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # The service criterion selects closed courses by end date.
    "CREATE INDEX courses_end_date ON courses(end_date) WHERE end_date IS NOT NULL",
)


def _change_log_triggers() -> tuple[str, ...]:
    """The same triggers as ``schema._change_log_triggers`` for the office tables: an insert
    or update writes its change-log row in the same statement (deletes are logged by the
    store, with the tombstone)."""
    statements = []
    for table, entity in OFFICE_ENTITIES.items():
        for event in ("INSERT", "UPDATE"):
            statements.append(
                f"CREATE TRIGGER {table}_log_{event.lower()} AFTER {event} ON {table}"
                " BEGIN INSERT INTO change_log (entity, entity_id, revision, op, changed_at)"
                f" VALUES ('{entity}', NEW.id, NEW.revision, 'upsert', NEW.updated_at);"
                " END"
            )
    return tuple(statements)


V4_STATEMENTS: tuple[str, ...] = (*_TABLES, *_change_log_triggers())
