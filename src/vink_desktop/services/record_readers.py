"""Strict readers of the records of ``docs/records-format.md``: workers, participants,
courses and sessions, each from one parsed JSON object. Records files (``records_io``) and
batch payloads (``sync_payload``) read with these, so both accept exactly the same values.
The office records' readers are in ``office_interchange``.

Each reader raises ``KeyError``, ``TypeError`` or ``ValueError`` (see ``json_fields``); the
checks against the rules and the vault come after, in the callers.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

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
    optional_int,
    optional_str,
    required_int,
    required_str,
    revision,
    utc_time,
    wall_time,
)
from vink_desktop.storage import repositories
from vink_desktop.storage.codec import dt_to_text, wall_to_text

CONTACT_KINDS = frozenset(k.value for k in ContactKind)

#: A session as (database row in the shape of ``repositories.session_row``, start,
#: ratings): the row is what is written, start and ratings what the rules check.
SessionRow = tuple[tuple[object, ...], LocalTime, dict[str, int]]


def worker_in(item: Mapping[str, Any]) -> Worker:
    return Worker(
        required_str(item, "id"),
        required_str(item, "name"),
        revision(item),
        utc_time(item, "updated_at"),
    )


def participant_in(item: Mapping[str, Any]) -> Participant:
    links = item.get("linked_youth_ids", [])
    if not isinstance(links, list) or not all(isinstance(x, str) for x in links):
        raise TypeError("linked_youth_ids must be a list of ids")
    referral = optional_str(item, "referral_source")
    return Participant(
        id=required_str(item, "id"),
        code=required_str(item, "code"),
        kind=ParticipantKind(required_str(item, "kind")),
        birth_year=optional_int(item, "birth_year"),
        district=optional_str(item, "district"),
        referral_source=None if referral is None else ReferralSource(referral),
        name=optional_str(item, "name"),
        contact=optional_str(item, "contact"),
        linked_youth_ids=tuple(links),
        revision=revision(item),
        updated_at=utc_time(item, "updated_at"),
    )


def course_in(item: Mapping[str, Any]) -> Course:
    end = optional_str(item, "end")
    reason = optional_str(item, "closing_reason")
    return Course(
        id=required_str(item, "id"),
        participant_id=required_str(item, "participant_id"),
        track=Track(required_str(item, "track")),
        worker_id=required_str(item, "worker_id"),
        start=date.fromisoformat(required_str(item, "start")),
        status=CourseStatus(required_str(item, "status")),
        end=None if end is None else date.fromisoformat(end),
        closing_reason=None if reason is None else ClosingReason(reason),
        final_evaluation=optional_str(item, "final_evaluation"),
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
    start = LocalTime(utc=utc_time(item, "start_utc"), wall=wall, zone=required_str(item, "zone"))
    acute = item.get("acute_concern", False)
    if type(acute) is not bool:
        raise TypeError("acute_concern must be true or false")
    notes = item.get("notes") or ""
    follow_up = item.get("follow_up") or ""
    if type(notes) is not str or type(follow_up) is not str:
        raise TypeError("notes and follow_up must be text")
    kind = item["contact_kind"]
    if kind not in CONTACT_KINDS:
        raise ValueError(f"unknown contact_kind {kind!r}")
    row = (
        required_str(item, "id"),
        required_str(item, "course_id"),
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
