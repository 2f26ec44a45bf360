"""Strict readers of the records of ``docs/records-format.md``: workers, participants,
courses and sessions, each from one parsed JSON object. Records files (``records_io``) and
batch payloads (``sync_payload``) read with these, so both accept exactly the same values.
The office records' readers are in ``office_interchange``.

Each reader raises ``KeyError``, ``TypeError`` or ``ValueError`` (see ``json_fields``); the
checks against the rules and the vault come after, in the callers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vink_desktop.domain.limits import has_odd_text, is_record_id, text_problem
from vink_desktop.domain.model import (
    ClosingReason,
    ContactKind,
    Course,
    CourseStatus,
    LocalTime,
    Participant,
    ParticipantKind,
    ReferralSource,
    Track,
    Worker,
)
from vink_desktop.services.json_fields import (
    day,
    free_text,
    line_text,
    optional_day,
    optional_int,
    optional_str,
    record_id,
    required_int,
    required_line_text,
    required_str,
    revision,
    utc_time,
    wall_time,
    zone_name,
)
from vink_desktop.storage import repositories
from vink_desktop.storage.codec import dt_to_text, wall_to_text

CONTACT_KINDS = frozenset(k.value for k in ContactKind)

#: A session as (database row in the shape of ``repositories.session_row``, start,
#: ratings): the row is what is written, start and ratings what the rules check.
SessionRow = tuple[tuple[object, ...], LocalTime, dict[str, int]]


def check_free_text(value: str, key: str) -> None:
    """Raise ValueError for free text with a control character other than newline and tab."""
    if has_odd_text(value, one_line=False):
        raise ValueError(f"{key}: {text_problem(value, one_line=False)}")


def worker_in(item: Mapping[str, Any]) -> Worker:
    return Worker(
        record_id(item, "id"),
        required_line_text(item, "name"),
        revision(item),
        utc_time(item, "updated_at"),
    )


def participant_in(item: Mapping[str, Any]) -> Participant:
    links = item.get("linked_youth_ids", [])
    if not isinstance(links, list) or not all(isinstance(x, str) for x in links):
        raise TypeError("linked_youth_ids must be a list of ids")
    if not all(is_record_id(x) for x in links):
        raise ValueError("linked_youth_ids must be ids of 32 lower-case hex digits")
    referral = optional_str(item, "referral_source")
    return Participant(
        id=record_id(item, "id"),
        code=required_line_text(item, "code"),
        kind=ParticipantKind(required_str(item, "kind")),
        birth_year=optional_int(item, "birth_year"),
        district=line_text(item, "district"),
        referral_source=None if referral is None else ReferralSource(referral),
        name=line_text(item, "name"),
        contact=free_text(item, "contact"),
        linked_youth_ids=tuple(links),
        revision=revision(item),
        updated_at=utc_time(item, "updated_at"),
    )


def course_in(item: Mapping[str, Any]) -> Course:
    reason = optional_str(item, "closing_reason")
    return Course(
        id=record_id(item, "id"),
        participant_id=record_id(item, "participant_id"),
        track=Track(required_str(item, "track")),
        worker_id=record_id(item, "worker_id"),
        start=day(item, "start"),
        status=CourseStatus(required_str(item, "status")),
        end=optional_day(item, "end"),
        closing_reason=None if reason is None else ClosingReason(reason),
        final_evaluation=free_text(item, "final_evaluation"),
        framework_id=required_str(item, "framework_id"),
        framework_version=required_str(item, "framework_version"),
        revision=revision(item),
        updated_at=utc_time(item, "updated_at"),
    )


def session_row(item: Mapping[str, Any]) -> SessionRow:
    """One session as (database row, start, ratings); type errors raised."""
    ratings = item.get("ratings", {})
    if type(ratings) is not dict or any(type(v) is not int for v in ratings.values()):
        raise TypeError("ratings must map indicator ids to whole numbers")
    wall = wall_time(item, "start_wall")
    start = LocalTime(utc=utc_time(item, "start_utc"), wall=wall, zone=zone_name(item))
    acute = item.get("acute_concern", False)
    if type(acute) is not bool:
        raise TypeError("acute_concern must be true or false")
    notes = item.get("notes") or ""
    follow_up = item.get("follow_up") or ""
    if type(notes) is not str or type(follow_up) is not str:
        raise TypeError("notes and follow_up must be text")
    check_free_text(notes, "notes")
    check_free_text(follow_up, "follow_up")
    kind = item["contact_kind"]
    if kind not in CONTACT_KINDS:
        raise ValueError("unknown contact_kind")
    row = (
        record_id(item, "id"),
        record_id(item, "course_id"),
        dt_to_text(start.utc),
        wall_to_text(wall),
        start.zone,
        required_int(item, "duration_minutes"),
        kind,
        required_str(item, "framework_id"),
        required_str(item, "framework_version"),
        notes,
        repositories.ratings_to_text(ratings),
        optional_int(item, "self_rating"),
        follow_up,
        1 if acute else 0,
        revision(item),
        dt_to_text(utc_time(item, "updated_at")),
    )
    return row, start, ratings
