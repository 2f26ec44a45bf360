"""The concepts of the domain as plain dataclasses: no Qt, no SQL, no I/O.

Every record that travels to the office carries a ``revision`` (1 on creation, +1 on every
change) and ``updated_at`` (UTC). Validation that needs only the record itself lives in
``validation.py``; validation against the indicator framework lives there too.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class VaultKind(enum.StrEnum):
    FIELD = "field"
    OFFICE = "office"


class ParticipantKind(enum.StrEnum):
    YOUTH = "youth"
    PARENT = "parent"


class ReferralSource(enum.StrEnum):
    SCHOOL = "school"
    SSP = "ssp"
    POLICE = "police"  # the police's crime prevention unit (DKA)
    PARENT = "parent"
    SOCIAL_SERVICES = "social_services"
    SELF = "self"
    OTHER = "other"


class Track(enum.StrEnum):
    MENTORING = "mentoring"
    PARENT_COACHING = "parent_coaching"


class CourseStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class ClosingReason(enum.StrEnum):
    GOALS_MET = "goals_met"
    ENDED_EARLY = "ended_early"  # the participant stopped coming
    REFERRED_ON = "referred_on"
    MOVED = "moved"
    OTHER = "other"


class ContactKind(enum.StrEnum):
    MEETING = "meeting"
    HOME_VISIT = "home_visit"
    PHONE = "phone"
    JOINT_MEETING = "joint_meeting"  # with SSP and/or DKA
    OTHER = "other"


#: The track a participant kind is coached in.
TRACK_FOR_KIND: dict[ParticipantKind, Track] = {
    ParticipantKind.YOUTH: Track.MENTORING,
    ParticipantKind.PARENT: Track.PARENT_COACHING,
}


@dataclass(frozen=True, slots=True)
class Worker:
    id: str
    name: str
    revision: int = 1
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    """A young person or a parent, known to the office only by ``code`` (a pseudonym).

    ``name`` and ``contact`` are optional and stay on the laptop: they never travel in a
    batch.
    """

    id: str
    code: str
    kind: ParticipantKind
    birth_year: int | None = None
    district: str | None = None
    referral_source: ReferralSource | None = None
    name: str | None = None
    contact: str | None = None
    #: For a parent: the young people they are a parent of (participant ids).
    linked_youth_ids: tuple[str, ...] = ()
    revision: int = 1
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Course:
    """One participant in one track (a *forløb*)."""

    id: str
    participant_id: str
    track: Track
    worker_id: str
    start: date
    framework_id: str
    framework_version: str
    status: CourseStatus = CourseStatus.ACTIVE
    end: date | None = None
    closing_reason: ClosingReason | None = None
    #: The worker's closing evaluation, free text (content: never logged).
    final_evaluation: str | None = None
    revision: int = 1
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class LocalTime:
    """A moment as a person entered it and as it is stored.

    ``utc`` is the unambiguous instant; ``wall`` is the naive wall-clock time the person typed
    in ``zone`` (Europe/Copenhagen), kept so that what was entered can be shown exactly as it
    was, even across daylight-saving changes.
    """

    utc: datetime
    wall: datetime
    zone: str = "Europe/Copenhagen"


@dataclass(frozen=True, slots=True)
class Session:
    """One contact in a course."""

    id: str
    course_id: str
    start: LocalTime
    duration_minutes: int
    contact_kind: ContactKind
    framework_id: str
    framework_version: str
    notes: str = ""
    #: indicator id -> rating on that indicator's scale. Indicators not rated are absent.
    ratings: dict[str, int] = field(default_factory=dict)
    #: The participant's own view of their progress on the track's self-report scale.
    self_rating: int | None = None
    follow_up: str = ""
    acute_concern: bool = False
    revision: int = 1
    updated_at: datetime | None = None
