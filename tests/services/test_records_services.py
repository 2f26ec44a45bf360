"""The use cases through the services, on a real vault: participants, courses, sessions,
validation, change log, audit log, drafts."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vink_desktop.domain.model import (
    ClosingReason,
    ContactKind,
    CourseStatus,
    ParticipantKind,
    Track,
)
from vink_desktop.domain.validation import ValidationError
from vink_desktop.services import audit_service, courses, participants, sessions
from vink_desktop.services.context import Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.services.sessions import SessionInput
from vink_desktop.storage import journal
from vink_desktop.storage.course_queries import CourseQuery

RATINGS = {
    "extremist_ties": 4,
    "polarising_views": 4,
    "violence_acceptance": 3,
    "us_and_them": 4,
    "source_criticism": 2,
    "own_needs_before_group": 2,
    "positive_communities": 2,
    "future_prospects": 2,
}


def _entry(day: int, **changes: object) -> SessionInput:
    values: dict[str, object] = {
        "start": datetime(2026, 3, day, 14, 30),
        "duration_minutes": 60,
        "contact_kind": ContactKind.MEETING,
        "notes": "talked about school",
        "ratings": dict(RATINGS),
        "self_rating": 2,
    }
    values.update(changes)
    return SessionInput(**values)  # type: ignore[arg-type]


def _course(ctx: Context) -> str:
    youth = participants.add_participant(
        ctx, "Emil-K0001", ParticipantKind.YOUTH, birth_year=2009, district="Nørrebro"
    )
    return courses.open_course(ctx, youth.code, date(2026, 3, 1)).id


def test_participant_course_session_round_trip(ctx: Context) -> None:
    course_id = _course(ctx)
    session = sessions.record_session(ctx, course_id, _entry(5))
    stored = sessions.get_session(ctx, session.id)
    assert stored == session
    assert stored.start.wall == datetime(2026, 3, 5, 14, 30)
    assert stored.start.utc.hour == 13  # CET is UTC+1 in March before the change
    detail = courses.show_course(ctx, course_id)
    assert detail.course.track is Track.MENTORING
    assert [s.id for s in detail.sessions] == [session.id]


def test_parent_linked_to_youth(ctx: Context) -> None:
    youth = participants.add_participant(ctx, "Emil-K0001", ParticipantKind.YOUTH)
    parent = participants.add_participant(
        ctx, "Hanne-K0002", ParticipantKind.PARENT, linked_youth=["Emil-K0001"]
    )
    assert parent.linked_youth_ids == (youth.id,)
    assert [p.code for p in participants.parents_of(ctx, youth.id)] == ["Hanne-K0002"]
    course = courses.open_course(ctx, parent.id, date(2026, 3, 1))
    assert course.track is Track.PARENT_COACHING
    assert [p.code for p in courses.show_course(ctx, course.id).linked] == ["Emil-K0001"]
    with pytest.raises(ValidationError) as err:
        participants.add_participant(
            ctx, "Other-1", ParticipantKind.PARENT, linked_youth=["Hanne-K0002"]
        )
    assert err.value.code == "link_not_youth"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"start": datetime(2026, 2, 27, 10, 0)}, "before_course_start"),
        ({"duration_minutes": -5}, "negative_duration"),
        ({"ratings": {"extremist_ties": 9}}, "rating_out_of_scale"),
        ({"ratings": {"no_such_indicator": 1}}, "unknown_indicator"),
        ({"ratings": {"support_of_young_person": 3}}, "unknown_indicator"),  # parents' only
        ({"self_rating": 0}, "rating_out_of_scale"),
        ({"start": datetime(2026, 3, 29, 2, 30)}, "nonexistent_time"),  # DST gap
    ],
)
def test_session_validation(ctx: Context, changes: dict[str, object], code: str) -> None:
    course_id = _course(ctx)
    with pytest.raises(ValidationError) as err:
        sessions.record_session(ctx, course_id, _entry(5, **changes))
    assert err.value.code == code
    assert str(err.value)  # a readable sentence for the CLI
    assert sessions.list_sessions(ctx, course_id) == []


def test_duplicate_code_and_not_found(ctx: Context) -> None:
    participants.add_participant(ctx, "Emil-K0001", ParticipantKind.YOUTH)
    with pytest.raises(ValidationError) as err:
        participants.add_participant(ctx, "Emil-K0001", ParticipantKind.YOUTH)
    assert err.value.code == "duplicate_code"
    with pytest.raises(NotFound):
        courses.show_course(ctx, "nope")


def test_one_open_course_per_track(ctx: Context) -> None:
    course_id = _course(ctx)
    with pytest.raises(InvalidState):
        courses.open_course(ctx, "Emil-K0001", date(2026, 3, 2))
    courses.close_course(ctx, course_id, date(2026, 3, 10), ClosingReason.GOALS_MET)
    courses.open_course(ctx, "Emil-K0001", date(2026, 3, 11))


def test_close_course_and_sessions_refused_after(ctx: Context) -> None:
    course_id = _course(ctx)
    sessions.record_session(ctx, course_id, _entry(5))
    with pytest.raises(ValidationError):
        courses.close_course(ctx, course_id, date(2026, 3, 4), ClosingReason.GOALS_MET)
    closed = courses.close_course(
        ctx, course_id, date(2026, 3, 10), ClosingReason.ENDED_EARLY, "stopped coming"
    )
    assert closed.status is CourseStatus.CLOSED and closed.revision == 2
    with pytest.raises(InvalidState):
        sessions.record_session(ctx, course_id, _entry(11))


def test_change_log_revisions_and_tombstones(ctx: Context) -> None:
    course_id = _course(ctx)
    s = sessions.record_session(ctx, course_id, _entry(5))
    s2 = sessions.update_session(ctx, s.id, _entry(6, notes="changed"))
    assert s2.revision == 2
    sessions.delete_session(ctx, s.id)
    log = [
        (c.entity, c.revision, c.op.value)
        for c in journal.changes_since(ctx.vault.conn)
        if c.entity == "session"
    ]
    assert log == [("session", 1, "upsert"), ("session", 2, "upsert"), ("session", 3, "delete")]
    assert ("session", s.id, 3) in journal.tombstones(ctx.vault.conn)


def test_audit_log_records_who_and_what_never_content(ctx: Context) -> None:
    course_id = _course(ctx)
    sessions.record_session(ctx, course_id, _entry(5, notes="SECRET-NOTE"))
    courses.show_course(ctx, course_id)
    lines = audit_service.list_audit(ctx, limit=50)
    actions = [(line.action, line.entity) for line in lines]
    assert ("view", "course") in actions
    assert ("create", "session") in actions
    assert ("create_vault", "vault") in actions
    assert all(line.actor_name == "Mette Mentor" for line in lines)
    dump = repr(lines)
    assert "SECRET-NOTE" not in dump and "Emil-K0001" not in dump
    views = audit_service.list_audit(ctx, course_id=course_id, action="view")
    assert len(views) == 1


def test_course_list_filters_and_outcome_cache(ctx: Context) -> None:
    course_id = _course(ctx)
    for day, level in ((3, 4), (10, 3), (17, 2)):
        ratings = {
            k: (
                level
                if k in {"extremist_ties", "polarising_views", "violence_acceptance", "us_and_them"}
                else 6 - level
            )
            for k in RATINGS
        }
        sessions.record_session(ctx, course_id, _entry(day, ratings=ratings, self_rating=4))
    rows = courses.list_courses(ctx)
    assert len(rows) == 1
    row = rows[0]
    assert row.sessions == 3
    assert row.progression is True
    assert row.self_reported_progression is True
    assert row.current_score is not None and row.current_score > 50
    assert courses.list_courses(ctx, CourseQuery(track=Track.PARENT_COACHING)) == []
    assert courses.list_courses(ctx, CourseQuery(search="k00")) == rows


def test_drafts_are_kept_in_the_vault(ctx: Context) -> None:
    sessions.save_draft(ctx, "session:new:c1", {"notes": "half a thought"})
    assert sessions.load_draft(ctx, "session:new:c1") == {"notes": "half a thought"}
    sessions.discard_draft(ctx, "session:new:c1")
    assert sessions.load_draft(ctx, "session:new:c1") is None
