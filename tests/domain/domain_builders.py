"""Small builders for domain tests: courses and sessions with sensible defaults."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from vink_desktop.domain.change import ChangeClass
from vink_desktop.domain.framework import Framework
from vink_desktop.domain.framework_loader import builtin_frameworks
from vink_desktop.domain.model import (
    ContactKind,
    Course,
    CourseStatus,
    LocalTime,
    Session,
    Track,
)
from vink_desktop.domain.outcome import CourseOutcome

COPENHAGEN = ZoneInfo("Europe/Copenhagen")

CONCERN = ("extremist_ties", "polarising_views", "violence_acceptance", "us_and_them")
RESILIENCE = (
    "source_criticism",
    "own_needs_before_group",
    "positive_communities",
    "future_prospects",
)
PARENT_CAPACITY = (
    "support_of_young_person",
    "parent_child_relationship",
    "conflict_handling",
    "seeking_help",
)


def vink() -> Framework:
    return builtin_frameworks().get("vink-2014", "1")


def local(wall: datetime) -> LocalTime:
    utc = wall.replace(tzinfo=COPENHAGEN).astimezone(UTC)
    return LocalTime(utc=utc, wall=wall)


def course(
    course_id: str = "c1",
    track: Track = Track.MENTORING,
    start: date = date(2025, 1, 6),
    status: CourseStatus = CourseStatus.ACTIVE,
    end: date | None = None,
    framework_version: str = "1",
) -> Course:
    return Course(
        id=course_id,
        participant_id="p1",
        track=track,
        worker_id="w1",
        start=start,
        framework_id="vink-2014",
        framework_version=framework_version,
        status=status,
        end=end,
    )


def session(
    session_id: str,
    when: datetime,
    ratings: dict[str, int],
    *,
    course_id: str = "c1",
    self_rating: int | None = None,
    acute_concern: bool = False,
    framework_version: str = "1",
) -> Session:
    return Session(
        id=session_id,
        course_id=course_id,
        start=local(when),
        duration_minutes=60,
        contact_kind=ContactKind.MEETING,
        framework_id="vink-2014",
        framework_version=framework_version,
        ratings=dict(ratings),
        self_rating=self_rating,
        acute_concern=acute_concern,
    )


def mentoring_ratings(concern: tuple[int, ...], resilience: tuple[int, ...]) -> dict[str, int]:
    """Ratings in indicator order; 0 leaves an indicator unrated."""
    pairs = [*zip(CONCERN, concern, strict=True), *zip(RESILIENCE, resilience, strict=True)]
    return {indicator: value for indicator, value in pairs if value}


def parent_ratings(values: tuple[int, ...]) -> dict[str, int]:
    return {
        indicator: value for indicator, value in zip(PARENT_CAPACITY, values, strict=True) if value
    }


def framework_text() -> str:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "resources" / "frameworks" / "vink-2014.toml"
    return path.read_text(encoding="utf-8")


def second_version() -> Framework:
    """vink-2014 version 2: the concern scale runs 0-4 instead of 1-5."""
    from vink_desktop.domain.framework_loader import load_framework_text

    text = framework_text().replace('version = "1"', 'version = "2"', 1)
    start = text.index("[scales.concern]")
    end = text.index("[scales.strength]")
    block = text[start:end]
    for value in range(1, 6):
        block = block.replace(f"{{ value = {value},", f"{{ value = {value - 1},")
    return load_framework_text(text[:start] + block + text[end:], "vink-2014-v2.toml")


def outcome(
    course_id: str,
    overall_class: ChangeClass | None = None,
    progression: bool | None = None,
    self_reported: bool | None = None,
    *,
    track: Track = Track.MENTORING,
    worker_id: str = "w1",
    district: str | None = "Nørrebro",
    start: date = date(2025, 1, 1),
    end: date | None = None,
) -> CourseOutcome:
    return CourseOutcome(
        course_id=course_id,
        track=track,
        worker_id=worker_id,
        district=district,
        start=start,
        end=end,
        status=CourseStatus.ACTIVE if end is None else CourseStatus.CLOSED,
        overall_class=overall_class,
        progression=progression,
        self_reported_progression=self_reported,
    )
