"""Synthetic office records for the demo and the benchmarks: reports of concern, outreach
activities and service evaluations of closed courses. The same for the same seed; run it
after :func:`demo.generate_demo` so that reports can name existing participants and
evaluations can belong to closed courses. Nothing in it describes a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from vink_desktop.domain.model import CourseStatus, LocalTime, ParticipantKind
from vink_desktop.domain.office import (
    AUDIENCE_FOR_KIND,
    Audience,
    ConcernOutcome,
    ConcernSource,
    OutreachActivity,
    OutreachKind,
    ReportOfConcern,
    ServiceAnswer,
    ServiceEvaluation,
)
from vink_desktop.domain.validation import local_time
from vink_desktop.services.context import Context
from vink_desktop.services.demo import DISTRICTS
from vink_desktop.storage import office_store, repositories
from vink_desktop.storage.journal import AuditAction, audit

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
T = TypeVar("T")

#: (kind, share of activities, head count range)
_ACTIVITY_MIX = (
    (OutreachKind.STAFF_TRAINING, 0.35, (6, 30)),
    (OutreachKind.PARENT_NETWORK, 0.25, (4, 25)),
    (OutreachKind.YOUTH_DIALOGUE, 0.30, (10, 60)),
    (OutreachKind.POLICE_SSP_TALK, 0.10, (5, 20)),
)
_SOURCES = (
    (ConcernSource.SCHOOL, 0.35),
    (ConcernSource.SSP, 0.2),
    (ConcernSource.PARENT, 0.15),
    (ConcernSource.POLICE, 0.1),
    (ConcernSource.SOCIAL_SERVICES, 0.12),
    (ConcernSource.OTHER, 0.08),
)
_OUTCOMES = (
    (ConcernOutcome.ADVICE_GIVEN, 0.5),
    (ConcernOutcome.COURSE_OPENED, 0.2),
    (ConcernOutcome.REFERRED_ON, 0.18),
    (ConcernOutcome.NO_FURTHER_ACTION, 0.12),
)


@dataclass(frozen=True, slots=True)
class OfficeDemoResult:
    concern_reports: int
    outreach_activities: int
    service_evaluations: int


def generate_office_demo(
    ctx: Context,
    seed: int,
    *,
    concern_reports: int = 500,
    activities_per_year: int = 60,
    years: int = 2,
) -> OfficeDemoResult:
    """Add ``concern_reports`` reports spread over the last ``years`` years (up to now),
    ``activities_per_year`` outreach activities a year, and a service evaluation for most
    closed courses that have none."""
    rng = random.Random(seed)
    conn = ctx.vault.conn
    now = ctx.clock.now()
    today = ctx.clock.today()
    workers = [w.id for w in repositories.list_workers(conn)]
    youth = [p for p in repositories.list_participants(conn, kind=ParticipantKind.YOUTH)]
    first_day = date(today.year - years + 1, 1, 1)
    days = (today - first_day).days + 1

    def new_id() -> str:
        return f"{rng.getrandbits(128):032x}"

    reports = []
    for index in range(concern_reports):
        day = first_day + timedelta(days=rng.randrange(days))
        received = local_time(datetime.combine(day, time(rng.randint(7, 20), rng.randint(0, 59))))
        if received.utc > now:
            received = local_time(datetime.combine(today, time(7, 0)))
        delay = _reaction_delay(rng)
        reaction: LocalTime | None = None
        reacted_by = outcome = None
        if received.utc + delay <= now and rng.random() > 0.004:
            at = received.utc + delay
            reaction = LocalTime(at, at.astimezone(COPENHAGEN).replace(tzinfo=None))
            reacted_by = rng.choice(workers)
            outcome = _pick(rng, _OUTCOMES) if rng.random() < 0.93 else None
        subject = rng.choice(youth) if youth and rng.random() < 0.4 else None
        reports.append(
            ReportOfConcern(
                id=new_id(),
                received=received,
                source=_pick(rng, _SOURCES),
                worker_id=rng.choice(workers),
                participant_id=None if subject is None else subject.id,
                subject_code=None if subject is not None else f"Bek-{seed % 100:02d}{index:06d}",
                district=subject.district if subject is not None else rng.choice(DISTRICTS),
                reaction=reaction,
                reacted_by=reacted_by,
                outcome=outcome,
                revision=1,
                updated_at=now,
            )
        )

    activities = []
    for _ in range(activities_per_year * years):
        day = first_day + timedelta(days=rng.randrange(days))
        kind = _pick(rng, tuple((k, w) for k, w, _ in _ACTIVITY_MIX))
        low, high = next(r for k, _, r in _ACTIVITY_MIX if k is kind)
        audience = AUDIENCE_FOR_KIND[kind]
        head_count = rng.randint(low, high)
        respondents = positive = None
        if rng.random() < 0.8:
            respondents = rng.randint(head_count // 2, head_count)
            positive = round(respondents * min(1.0, max(0.0, rng.gauss(0.84, 0.1))))
        youth_audience = audience is Audience.PUPILS_YOUTH_CLUB
        activities.append(
            OutreachActivity(
                id=new_id(),
                held_on=day,
                kind=kind,
                audience=audience,
                head_count=head_count,
                worker_id=rng.choice(workers),
                district=rng.choice(DISTRICTS),
                respondents=respondents,
                able_to_help=None if youth_audience else positive,
                dialogue_gives_options=positive if youth_audience else None,
                revision=1,
                updated_at=now,
            )
        )

    evaluations = []
    for course in repositories.list_courses(conn):
        if course.status is not CourseStatus.CLOSED or course.end is None:
            continue
        if office_store.evaluation_of_course(conn, course.id) is not None or rng.random() < 0.15:
            continue
        evaluations.append(
            ServiceEvaluation(
                id=new_id(),
                course_id=course.id,
                evaluated_on=course.end,
                ssp=_answer(rng, 0.55),
                vink=_answer(rng, 0.95),
                dka=_answer(rng, 0.35),
                revision=1,
                updated_at=now,
            )
        )

    with ctx.vault.transaction() as tx:
        office_store.put_concern_rows(tx, [office_store.concern_row(r) for r in reports])
        office_store.put_activity_rows(tx, [office_store.activity_row(a) for a in activities])
        office_store.put_evaluation_rows(tx, [office_store.evaluation_row(e) for e in evaluations])
        audit(
            tx, now, ctx.actor_id, AuditAction.IMPORT, "demo", None,
            f"seed {seed}; {len(reports)} reports of concern; {len(activities)} activities;"
            f" {len(evaluations)} service evaluations",
        )  # fmt: skip
    return OfficeDemoResult(len(reports), len(activities), len(evaluations))


def _pick(rng: random.Random, weighted: tuple[tuple[T, float], ...]) -> T:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def _reaction_delay(rng: random.Random) -> timedelta:
    """Mostly within a working day; about one in twenty-five later than 24 hours."""
    if rng.random() < 0.96:
        return timedelta(minutes=rng.randint(5, 24 * 60))
    return timedelta(minutes=rng.randint(24 * 60 + 1, 5 * 24 * 60))


def _answer(rng: random.Random, involved: float) -> ServiceAnswer:
    if rng.random() > involved:
        return ServiceAnswer.NOT_ANSWERED
    return ServiceAnswer.YES if rng.random() < 0.88 else ServiceAnswer.NO
