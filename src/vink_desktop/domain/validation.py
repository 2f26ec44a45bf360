"""Validation of domain records, with one stable code per problem.

The ``code`` and ``params`` let the UI phrase the problem in Danish or English; ``str()``
gives a plain English sentence for the command line and the logs. Messages name the field
and the rule, never the content a person typed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from vink_desktop.domain import limits
from vink_desktop.domain.framework import Framework
from vink_desktop.domain.model import (
    TRACK_FOR_KIND,
    Course,
    CourseStatus,
    LocalTime,
    Participant,
    ParticipantKind,
    Session,
)

COPENHAGEN = "Europe/Copenhagen"
#: A session longer than this is almost certainly a typo (minutes entered as hours*100).
MAX_SESSION_MINUTES = 12 * 60
MAX_TEXT = 20_000
MAX_CODE = 40


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    field: str
    message: str
    params: dict[str, object] = dataclass_field(default_factory=dict)


class ValidationError(ValueError):
    """One or more problems with a record; nothing was stored."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))

    @property
    def code(self) -> str:
        return self.problems[0].code


def local_time(wall: datetime, zone: str = COPENHAGEN) -> LocalTime:
    """Turn a wall-clock time a person entered into an unambiguous :class:`LocalTime`.

    A time that does not exist (the hour skipped when summer time starts) is refused; a time
    that occurs twice (the hour repeated when it ends) is read as the first occurrence.
    """
    if wall.tzinfo is not None:
        raise ValueError("wall time must be naive")
    tz = ZoneInfo(zone)
    aware = wall.replace(tzinfo=tz, fold=0)
    utc = aware.astimezone(ZoneInfo("UTC"))
    if utc.astimezone(tz).replace(tzinfo=None) != wall:
        raise ValidationError(
            [
                Problem(
                    "nonexistent_time",
                    "start",
                    f"{wall:%Y-%m-%d %H:%M} does not exist in {zone} (clocks moved forward)",
                    {"wall": wall.isoformat()},
                )
            ]
        )
    return LocalTime(utc=utc, wall=wall, zone=zone)


def _text_problems(
    name: str, value: str | None, limit: int = MAX_TEXT, *, one_line: bool = False
) -> list[Problem]:
    """Length and characters (``limits.text_problem``: no control characters but newline
    and tab in free text; none at all, nor bidi controls, in one-line text)."""
    if value is None:
        return []
    if len(value) > limit:
        return [Problem("too_long", name, f"longer than {limit} characters", {"limit": limit})]
    if limits.has_odd_text(value, one_line=one_line):
        code = limits.text_problem(value, one_line=one_line) or "control_character"
        what = "a bidirectional control" if code == "bidi_control" else "a control character"
        return [Problem(code, name, f"holds {what}")]
    return []


def check_participant(p: Participant, today: date) -> None:
    problems: list[Problem] = []
    code = p.code.strip()
    if not code:
        problems.append(Problem("required", "code", "a pseudonym code is required"))
    elif len(code) > MAX_CODE or code != p.code:
        problems.append(
            Problem(
                "bad_code",
                "code",
                f"the code must be at most {MAX_CODE} characters, without leading or"
                " trailing spaces",
                {"limit": MAX_CODE},
            )
        )
    else:
        problems += _text_problems("code", code, MAX_CODE, one_line=True)
    if p.birth_year is not None and not (today.year - 100 <= p.birth_year <= today.year):
        problems.append(
            Problem(
                "bad_birth_year",
                "birth_year",
                f"birth year {p.birth_year} is not plausible",
                {"value": p.birth_year},
            )
        )
    if p.linked_youth_ids and p.kind is not ParticipantKind.PARENT:
        problems.append(
            Problem("link_not_parent", "linked_youth_ids", "only a parent can be linked")
        )
    if p.id in p.linked_youth_ids:
        problems.append(Problem("link_self", "linked_youth_ids", "cannot link to itself"))
    for name, value in (("name", p.name), ("district", p.district)):
        problems += _text_problems(name, value, 200, one_line=True)
    problems += _text_problems("contact", p.contact, 200)
    if problems:
        raise ValidationError(problems)


def check_course(
    course: Course, participant: Participant, frameworks: Framework, today: date | None = None
) -> None:
    """The rules of a course; with ``today``, also that it starts between 2000-01-01 and a
    year ahead (``limits.course_start_problem``)."""
    problems: list[Problem] = []
    if today is not None:
        where = limits.course_start_problem(course.start, today)
        if where == "start_too_early":
            problems.append(
                Problem(
                    "start_too_early",
                    "start",
                    "a course cannot start before 2000-01-01",
                    {"earliest": limits.EARLIEST_DATE.isoformat()},
                )
            )
        elif where == "start_too_late":
            latest = limits.latest_course_start(today).isoformat()
            problems.append(
                Problem(
                    "start_too_late",
                    "start",
                    "a course cannot start more than a year ahead",
                    {"latest": latest},
                )
            )
    expected = TRACK_FOR_KIND[participant.kind]
    if course.track is not expected:
        problems.append(
            Problem(
                "track_mismatch",
                "track",
                f"a {participant.kind.value} takes part in {expected.value}, not"
                f" {course.track.value}",
                {"expected": expected.value, "track": course.track.value},
            )
        )
    try:
        frameworks.track(course.track.value)
    except KeyError:
        problems.append(
            Problem(
                "track_not_in_framework",
                "track",
                f"framework {frameworks.id} v{frameworks.version} has no track"
                f" {course.track.value}",
            )
        )
    if course.end is not None and course.end < course.start:
        problems.append(
            Problem("end_before_start", "end", "the course cannot end before it starts")
        )
    if course.status is CourseStatus.CLOSED and (course.end is None or not course.closing_reason):
        problems.append(
            Problem("closing_incomplete", "status", "a closed course needs an end and a reason")
        )
    problems += _text_problems("final_evaluation", course.final_evaluation)
    if problems:
        raise ValidationError(problems)


_RatingRules = tuple[dict[str, tuple[int, int]], tuple[int, int]]
_RULES: dict[tuple[int, str], tuple[Framework, _RatingRules | None]] = {}


@functools.cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _rating_rules(framework: Framework, track_id: str) -> _RatingRules | None:
    """Indicator bounds of one track, worked out once per framework object."""
    key = (id(framework), track_id)
    cached = _RULES.get(key)
    if cached is not None and cached[0] is framework:
        return cached[1]
    try:
        track = framework.track(track_id)
    except KeyError:
        rules: _RatingRules | None = None
    else:
        bounds = {ind.id: (ind.scale.minimum, ind.scale.maximum) for ind in track.indicators()}
        scale = track.self_report_scale
        rules = (bounds, (scale.minimum, scale.maximum))
    _RULES[key] = (framework, rules)
    return rules


def check_session(session: Session, course: Course, framework: Framework) -> None:
    """Check a session against its course and the framework it was rated under."""
    problems = session_problems(
        start=session.start,
        duration_minutes=session.duration_minutes,
        ratings=session.ratings,
        self_rating=session.self_rating,
        notes=session.notes,
        follow_up=session.follow_up,
        course=course,
        framework=framework,
    )
    if problems:
        raise ValidationError(problems)


def session_problems(
    *,
    start: LocalTime,
    duration_minutes: int,
    ratings: dict[str, int],
    self_rating: int | None,
    notes: str,
    follow_up: str,
    course: Course,
    framework: Framework,
) -> list[Problem]:
    """The rules for a session, on plain values, so that a bulk import can check rows
    without building objects first. Empty when the session is valid."""
    problems: list[Problem] = []
    if not limits.time_readable(start.wall) or not limits.time_readable(start.utc):
        return [Problem("time_out_of_range", "start", "the time is out of range")]
    if not limits.is_zone_name(start.zone):
        return [Problem("bad_zone", "zone", "not a time-zone name")]
    if duration_minutes < 0:
        problems.append(
            Problem("negative_duration", "duration_minutes", "the duration cannot be negative")
        )
    elif duration_minutes < limits.MIN_SESSION_MINUTES:
        problems.append(
            Problem(
                "duration_too_short",
                "duration_minutes",
                f"a session lasts at least {limits.MIN_SESSION_MINUTES} minute",
                {"limit": limits.MIN_SESSION_MINUTES},
            )
        )
    elif duration_minutes > MAX_SESSION_MINUTES:
        problems.append(
            Problem(
                "duration_too_long",
                "duration_minutes",
                f"a session longer than {MAX_SESSION_MINUTES} minutes is not plausible",
                {"limit": MAX_SESSION_MINUTES},
            )
        )
    if start.wall.date() < course.start:
        problems.append(
            Problem(
                "before_course_start",
                "start",
                f"the session ({start.wall:%Y-%m-%d}) is before the course started"
                f" ({course.start.isoformat()})",
                {"course_start": course.start.isoformat()},
            )
        )
    if course.end is not None and start.wall.date() > course.end:
        problems.append(
            Problem(
                "after_course_end",
                "start",
                "the session is after the course ended",
                {"course_end": course.end.isoformat()},
            )
        )
    if start.utc - start.utc.replace(microsecond=0) > timedelta(0):
        problems.append(Problem("bad_time", "start", "sub-second times are not used"))
    if start.utc.astimezone(_zone(start.zone)).replace(tzinfo=None) != (start.wall):
        problems.append(
            Problem("inconsistent_time", "start", "the UTC time and the wall time disagree")
        )
    rules = _rating_rules(framework, course.track.value)
    if rules is None:
        problems.append(
            Problem("track_not_in_framework", "framework", "the framework has no such track")
        )
    else:
        bounds, self_bounds = rules
        for indicator_id, value in ratings.items():
            scale = bounds.get(indicator_id)
            if scale is None:
                problems.append(
                    Problem(
                        "unknown_indicator",
                        f"ratings.{indicator_id}",
                        f"{indicator_id} is not an indicator of {course.track.value} in"
                        f" {framework.id} v{framework.version}",
                        {"indicator": indicator_id},
                    )
                )
            elif type(value) is not int or not scale[0] <= value <= scale[1]:
                problems.append(
                    Problem(
                        "rating_out_of_scale",
                        f"ratings.{indicator_id}",
                        f"{value} is outside the scale {scale[0]}–{scale[1]}",
                        {"indicator": indicator_id, "value": value, "min": scale[0],
                         "max": scale[1]},
                    )
                )  # fmt: skip
        low, high = self_bounds
        if self_rating is not None and not low <= self_rating <= high:
            problems.append(
                Problem(
                    "rating_out_of_scale",
                    "self_rating",
                    f"{self_rating} is outside the scale {low}–{high}",
                    {"value": self_rating, "min": low, "max": high},
                )
            )
    problems += _text_problems("notes", notes)
    problems += _text_problems("follow_up", follow_up)
    return problems
