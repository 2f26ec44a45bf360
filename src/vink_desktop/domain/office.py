"""The office records the success criteria need, with their rules: reports of concern (and
the 24-hour rule), outreach activities and service evaluations. No Qt, no SQL, no I/O.

**The 24-hour rule.** A report of concern is *reacted to within 24 hours* when its first
reaction came at most 24 hours of real elapsed time after it was received:
``reaction.utc - received.utc <= 24 h``. Both moments are compared as UTC instants, so the
rule means the same across midnight and across the daylight-saving changes in
Europe/Copenhagen: a report received on the Saturday before summer time starts at 14:00
has its deadline on Sunday at 15:00 on the wall clock (the clocks skipped an hour), and one
received on the Saturday before winter time at 14:00 has its deadline on Sunday at 13:00.
Exactly 24 hours counts as within; one second more does not. A report with no reaction is
*pending* while its deadline has not passed and *overdue* after it (an overdue report
counts as a failure of the rule; a pending one is not yet judged).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from vink_desktop.domain.model import LocalTime
from vink_desktop.domain.validation import MAX_CODE, Problem, ValidationError

#: The longest a first reaction may take: 24 hours of real (UTC) time.
REACTION_LIMIT = timedelta(hours=24)
#: More people than this at one activity is almost certainly a typo.
MAX_HEAD_COUNT = 10_000
MAX_DISTRICT = 200


class ConcernSource(enum.StrEnum):
    SCHOOL = "school"
    SSP = "ssp"
    PARENT = "parent"
    POLICE = "police"
    SOCIAL_SERVICES = "social_services"
    OTHER = "other"


class ConcernOutcome(enum.StrEnum):
    ADVICE_GIVEN = "advice_given"
    COURSE_OPENED = "course_opened"
    REFERRED_ON = "referred_on"
    NO_FURTHER_ACTION = "no_further_action"


class ReactionStatus(enum.StrEnum):
    #: Reacted to at most 24 hours after it was received.
    WITHIN_LIMIT = "within_24h"
    #: Reacted to, but more than 24 hours after it was received.
    LATE = "late"
    #: No reaction, and more than 24 hours have passed.
    OVERDUE = "overdue"
    #: No reaction yet, and the 24 hours have not yet passed.
    PENDING = "pending"


@dataclass(frozen=True, slots=True)
class ReportOfConcern:
    """A report of concern about a young person (a *bekymringshenvendelse*).

    It is about an existing participant (``participant_id``) or about someone not (yet)
    known, by a new pseudonym (``subject_code``): never both. ``worker_id`` is the worker
    responsible for it (who received it); ``reacted_by`` is who gave the first reaction.
    No free text: nothing in it describes the concern itself.
    """

    id: str
    received: LocalTime
    source: ConcernSource
    worker_id: str
    participant_id: str | None = None
    subject_code: str | None = None
    district: str | None = None
    reaction: LocalTime | None = None
    reacted_by: str | None = None
    outcome: ConcernOutcome | None = None
    revision: int = 1
    updated_at: datetime | None = None

    @property
    def deadline(self) -> datetime:
        """The last instant (UTC) at which a first reaction still counts as within 24 h."""
        return reaction_deadline(self.received)

    def status(self, now: datetime) -> ReactionStatus:
        return reaction_status(self.received, self.reaction, now)


def reaction_deadline(received: LocalTime) -> datetime:
    return received.utc + REACTION_LIMIT


def deadline_wall(received: LocalTime) -> datetime:
    """The deadline as the wall-clock time in the report's zone (naive), for display."""
    zone = ZoneInfo(received.zone)
    return reaction_deadline(received).astimezone(zone).replace(tzinfo=None)


def reacted_within_limit(received: LocalTime, reaction: LocalTime) -> bool:
    """The 24-hour rule: at most 24 hours of real elapsed time (see the module docstring)."""
    return reaction.utc - received.utc <= REACTION_LIMIT


def reaction_status(
    received: LocalTime, reaction: LocalTime | None, now: datetime
) -> ReactionStatus:
    return status_at(received.utc, None if reaction is None else reaction.utc, now)


def status_at(
    received_utc: datetime, reaction_utc: datetime | None, now: datetime
) -> ReactionStatus:
    """The 24-hour status from the UTC instants alone (all the rule needs)."""
    deadline = received_utc + REACTION_LIMIT
    if reaction_utc is not None:
        return ReactionStatus.WITHIN_LIMIT if reaction_utc <= deadline else ReactionStatus.LATE
    return ReactionStatus.OVERDUE if now > deadline else ReactionStatus.PENDING


def check_report(report: ReportOfConcern, now: datetime) -> None:
    """The rules of a report of concern on its own (references are checked by the service)."""
    problems: list[Problem] = []
    if (report.participant_id is None) == (report.subject_code is None):
        problems.append(
            Problem(
                "subject_required",
                "about",
                "a report is about an existing participant or a new pseudonym code (one of them)",
            )
        )
    if report.subject_code is not None:
        code = report.subject_code
        if not code.strip() or len(code) > MAX_CODE or code != code.strip():
            problems.append(
                Problem(
                    "bad_code",
                    "about",
                    f"the code must be 1 to {MAX_CODE} characters, without leading or"
                    " trailing spaces",
                    {"limit": MAX_CODE},
                )
            )
    problems += _time_problems("received_at", report.received, now)
    if report.reaction is not None:
        problems += _time_problems("reaction_at", report.reaction, now)
        if report.reaction.utc < report.received.utc:
            problems.append(
                Problem(
                    "reaction_before_received",
                    "reaction_at",
                    "the first reaction cannot come before the report was received",
                )
            )
    if (report.reaction is None) != (report.reacted_by is None):
        problems.append(
            Problem(
                "reaction_incomplete",
                "reacted_by",
                "a reaction needs both a time and the worker who reacted",
            )
        )
    if report.outcome is not None and report.reaction is None:
        problems.append(
            Problem("outcome_without_reaction", "outcome", "an outcome needs a first reaction")
        )
    problems += _district_problems(report.district)
    if problems:
        raise ValidationError(problems)


def _time_problems(name: str, moment: LocalTime, now: datetime) -> list[Problem]:
    problems: list[Problem] = []
    zone = ZoneInfo(moment.zone)
    if moment.utc.astimezone(zone).replace(tzinfo=None) != moment.wall:
        problems.append(
            Problem("inconsistent_time", name, "the UTC time and the wall time disagree")
        )
    if moment.utc > now:
        problems.append(Problem("in_future", name, "the time is in the future"))
    return problems


def _district_problems(district: str | None) -> list[Problem]:
    if district is not None and len(district) > MAX_DISTRICT:
        return [
            Problem(
                "too_long", "district", f"longer than {MAX_DISTRICT} characters",
                {"limit": MAX_DISTRICT},
            )
        ]  # fmt: skip
    return []


# -- outreach ------------------------------------------------------------------------------


class OutreachKind(enum.StrEnum):
    STAFF_TRAINING = "staff_training"
    PARENT_NETWORK = "parent_network"
    YOUTH_DIALOGUE = "youth_dialogue"
    POLICE_SSP_TALK = "police_ssp_talk"


class Audience(enum.StrEnum):
    #: Front-line staff with youth contact (and NGO staff), local police and SSP.
    FRONT_LINE_STAFF = "front_line_staff"
    #: Parents of young people in areas at risk.
    PARENTS = "parents"
    #: Pupils in the upper school years and youth-club members.
    PUPILS_YOUTH_CLUB = "pupils_youth_club"


#: The audience each kind of activity is held for.
AUDIENCE_FOR_KIND: dict[OutreachKind, Audience] = {
    OutreachKind.STAFF_TRAINING: Audience.FRONT_LINE_STAFF,
    OutreachKind.PARENT_NETWORK: Audience.PARENTS,
    OutreachKind.YOUTH_DIALOGUE: Audience.PUPILS_YOUTH_CLUB,
    OutreachKind.POLICE_SSP_TALK: Audience.FRONT_LINE_STAFF,
}


@dataclass(frozen=True, slots=True)
class OutreachActivity:
    """One training, network meeting, dialogue or talk, with its head count and evaluation.

    The evaluation is optional: ``respondents`` answered; of them ``able_to_help`` (staff
    and parents) feel able to help a young person, or ``dialogue_gives_options`` (young
    people) find that the dialogue gives them options. Only the count that fits the
    audience is given.
    """

    id: str
    held_on: date
    kind: OutreachKind
    audience: Audience
    head_count: int
    worker_id: str
    district: str | None = None
    respondents: int | None = None
    able_to_help: int | None = None
    dialogue_gives_options: int | None = None
    revision: int = 1
    updated_at: datetime | None = None

    @property
    def positive_answers(self) -> int | None:
        """The count of positive answers, whichever question the audience was asked."""
        if self.audience is Audience.PUPILS_YOUTH_CLUB:
            return self.dialogue_gives_options
        return self.able_to_help


def check_activity(activity: OutreachActivity, today: date) -> None:
    problems: list[Problem] = []
    expected = AUDIENCE_FOR_KIND[activity.kind]
    if activity.audience is not expected:
        problems.append(
            Problem(
                "audience_mismatch",
                "audience",
                f"a {activity.kind.value} is held for {expected.value}",
                {"expected": expected.value},
            )
        )
    if activity.held_on > today:
        problems.append(Problem("in_future", "held_on", "the activity has not been held yet"))
    if not 0 <= activity.head_count <= MAX_HEAD_COUNT:
        problems.append(
            Problem(
                "bad_head_count",
                "head_count",
                f"the head count must be between 0 and {MAX_HEAD_COUNT}",
                {"limit": MAX_HEAD_COUNT},
            )
        )
    youth = activity.audience is Audience.PUPILS_YOUTH_CLUB
    if youth:
        asked, other = "dialogue_gives_options", "able_to_help"
    else:
        asked, other = "able_to_help", "dialogue_gives_options"
    positive = getattr(activity, asked)
    if getattr(activity, other) is not None:
        problems.append(
            Problem(
                "wrong_question",
                other,
                f"{activity.audience.value} are asked {asked}, not {other}",
                {"expected": asked},
            )
        )
    respondents = activity.respondents
    if (respondents is None) != (positive is None):
        problems.append(
            Problem(
                "evaluation_incomplete",
                asked,
                f"an evaluation needs both respondents and {asked}",
            )
        )
    if respondents is not None:
        if not 0 <= respondents <= activity.head_count:
            problems.append(
                Problem(
                    "bad_respondents",
                    "respondents",
                    "respondents must be between 0 and the head count",
                )
            )
        if positive is not None and not 0 <= positive <= respondents:
            problems.append(
                Problem(
                    "bad_positive",
                    asked,
                    f"{asked} must be between 0 and the number of respondents",
                )
            )
    problems += _district_problems(activity.district)
    if problems:
        raise ValidationError(problems)


# -- service evaluation --------------------------------------------------------------------


class ServiceAnswer(enum.StrEnum):
    YES = "yes"
    NO = "no"
    #: Did not answer, or the body was not involved in the case.
    NOT_ANSWERED = "not_answered"


#: The three bodies of the triangle cooperation, in the order the criterion names them.
SERVICE_BODIES = ("ssp", "vink", "dka")


@dataclass(frozen=True, slots=True)
class ServiceEvaluation:
    """When a course closes: did the young person (mentoring) or the parent (parent
    coaching) experience good service from SSP, from VINK and from DKA? One answer per body.

    **Good service** (what the criterion counts): at least one body answered and every
    answered body ``yes``. An evaluation with no answer at all is *not answered* and is left
    out of the denominator (and reported as missing).
    """

    id: str
    course_id: str
    evaluated_on: date
    ssp: ServiceAnswer = ServiceAnswer.NOT_ANSWERED
    vink: ServiceAnswer = ServiceAnswer.NOT_ANSWERED
    dka: ServiceAnswer = ServiceAnswer.NOT_ANSWERED
    revision: int = 1
    updated_at: datetime | None = None

    def answers(self) -> dict[str, ServiceAnswer]:
        return {"ssp": self.ssp, "vink": self.vink, "dka": self.dka}

    @property
    def answered(self) -> bool:
        return any(a is not ServiceAnswer.NOT_ANSWERED for a in self.answers().values())

    @property
    def good_service(self) -> bool | None:
        """None when nothing was answered; else True when no answered body got a no."""
        if not self.answered:
            return None
        return all(a is not ServiceAnswer.NO for a in self.answers().values())


def check_evaluation(evaluation: ServiceEvaluation, course_start: date, today: date) -> None:
    problems: list[Problem] = []
    if evaluation.evaluated_on < course_start:
        problems.append(
            Problem("before_course_start", "evaluated_on", "the course had not started yet")
        )
    if evaluation.evaluated_on > today:
        problems.append(Problem("in_future", "evaluated_on", "the date is in the future"))
    if problems:
        raise ValidationError(problems)
