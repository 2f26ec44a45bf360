"""A realistic synthetic data set: the same for the same seed.

Young people and parents with Danish-looking pseudonyms, courses over months whose
trajectories improve, stall, worsen or end early, some parent/youth pairs linked. Nothing in
it describes a real person. Fast enough to fill a vault with a million sessions for the
benchmarks (bulk writes in one transaction; cancel rolls everything back).
"""

from __future__ import annotations

import enum
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from vink_desktop.domain import framework as fw
from vink_desktop.domain.model import (
    ClosingReason,
    ContactKind,
    Course,
    CourseStatus,
    Participant,
    ParticipantKind,
    ReferralSource,
    Session,
    Track,
    VaultKind,
    Worker,
)
from vink_desktop.domain.progress import assess_course
from vink_desktop.domain.validation import local_time
from vink_desktop.services.context import Context
from vink_desktop.services.errors import Cancelled
from vink_desktop.services.events import Event
from vink_desktop.services.outcomes import stored_outcome
from vink_desktop.storage import course_queries, repositories
from vink_desktop.storage.journal import AuditAction, audit

FIRST_NAMES = (
    "Emil", "Noah", "William", "Oscar", "Lucas", "Mads", "Mathias", "Frederik", "Magnus",
    "Ahmad", "Yusuf", "Omar", "Ali", "Mohammed", "Ibrahim", "Hamza", "Bilal", "Adam",
    "Sara", "Fatima", "Aisha", "Maryam", "Laura", "Emma", "Ida", "Freja", "Clara", "Nour",
    "Yasmin", "Leila", "Zainab", "Anne", "Mette", "Hanne", "Jens", "Søren", "Kasper",
    "Rasmus", "Mikkel", "Tobias", "Jonas", "Amir", "Hassan", "Mustafa", "Layla", "Sofie",
)  # fmt: skip
INITIALS = "ABDEFGHIJKLMNOPRSTVØÅ"
DISTRICTS = (
    "Nørrebro", "Bispebjerg", "Amager Øst", "Amager Vest", "Valby", "Vesterbro/Kgs. Enghave",
    "Brønshøj-Husum", "Vanløse", "Østerbro", "Indre By",
)  # fmt: skip
NOTES = (
    "Samtale om skole og fremmøde. Aftalt næste møde.",
    "Talte om venner og fritid; nævnte en ny gruppe på nettet.",
    "Hjemmebesøg sammen med SSP. Stemningen var rolig.",
    "Kort telefonopfølgning. Har været til jobsamtale.",
    "Drøftede en video, der har været delt i klassen, og hvordan den vinkler begivenheden.",
    "Forælderen fortalte om konflikter derhjemme; vi øvede en rolig samtale.",
    "Fælles møde med DKA og skolen om en plan for de næste uger.",
)  # fmt: skip


class Trajectory(enum.StrEnum):
    IMPROVES = "improves"
    STALLS = "stalls"
    WORSENS = "worsens"
    ENDS_EARLY = "ends_early"


_TRAJECTORY_WEIGHTS = (
    (Trajectory.IMPROVES, 0.62),
    (Trajectory.STALLS, 0.18),
    (Trajectory.WORSENS, 0.08),
    (Trajectory.ENDS_EARLY, 0.12),
)


@dataclass(frozen=True, slots=True)
class DemoResult:
    workers: int
    participants: int
    courses: int
    sessions: int


Progress = Callable[[int, int], None]


def generate_demo(
    ctx: Context,
    seed: int,
    participants: int,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> DemoResult:
    """Add ``participants`` synthetic participants with their courses and sessions."""
    rng = random.Random(seed)
    ids = _SeededIds(rng)
    today = ctx.clock.today()
    now = ctx.clock.now()
    framework = ctx.frameworks.latest("vink-2014")
    workers = _workers(ctx, rng, ids, participants, now)
    counts = [len(workers), 0, 0, 0]
    with ctx.vault.transaction() as tx:
        for worker in workers:
            if repositories.get_worker(tx, worker.id) is None:
                repositories.put_worker(tx, worker)
        youth_ids: list[str] = []
        step = max(1, participants // 100)
        for index in range(participants):
            if index % step == 0:
                if cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(index, participants)
            kind = ParticipantKind.YOUTH if rng.random() < 0.7 else ParticipantKind.PARENT
            linked: tuple[str, ...] = ()
            if kind is ParticipantKind.PARENT and youth_ids and rng.random() < 0.6:
                linked = (rng.choice(youth_ids),)
            person = Participant(
                id=ids.new_id(),
                code=f"{rng.choice(FIRST_NAMES)}-{rng.choice(INITIALS)}{seed % 100:02d}{index:05d}",
                kind=kind,
                birth_year=today.year
                - (rng.randint(13, 22) if kind is ParticipantKind.YOUTH else rng.randint(35, 60)),
                district=rng.choice(DISTRICTS),
                referral_source=rng.choice(list(ReferralSource)),
                linked_youth_ids=linked,
                revision=1,
                updated_at=now,
            )
            repositories.put_participant(tx, person)
            if kind is ParticipantKind.YOUTH:
                youth_ids.append(person.id)
            course, sessions = _course(rng, ids, person, rng.choice(workers), framework, today, now)
            repositories.put_course(tx, course)
            repositories.put_sessions(tx, sessions)
            progress_ = assess_course(course, sessions, ctx.frameworks, today)
            course_queries.put_outcome(tx, stored_outcome(ctx, progress_, today))
            counts[1] += 1
            counts[2] += 1
            counts[3] += len(sessions)
        audit(
            tx, now, ctx.actor_id, AuditAction.IMPORT, "demo", None,
            f"seed {seed}; {counts[1]} participants; {counts[3]} sessions",
        )  # fmt: skip
    if progress is not None:
        progress(participants, participants)
    ctx.events.emit(Event.RECORDS_IMPORTED, sessions=counts[3])
    return DemoResult(*counts)


class _SeededIds:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def new_id(self) -> str:
        return f"{self._rng.getrandbits(128):032x}"


def _workers(
    ctx: Context, rng: random.Random, ids: _SeededIds, participants: int, now: datetime
) -> list[Worker]:
    own = repositories.get_worker(ctx.vault.conn, ctx.actor_id)
    if ctx.vault.kind is VaultKind.FIELD and own is not None:
        return [own]
    count = max(2, min(60, participants // 200))
    names = [f"{rng.choice(FIRST_NAMES)} {rng.choice(INITIALS)}. (demo)" for _ in range(count)]
    return [Worker(ids.new_id(), name, 1, now) for name in names]


def _course(
    rng: random.Random,
    ids: _SeededIds,
    person: Participant,
    worker: Worker,
    framework: fw.Framework,
    today: date,
    now: datetime,
) -> tuple[Course, list[Session]]:
    track = Track.MENTORING if person.kind is ParticipantKind.YOUTH else Track.PARENT_COACHING
    fw_track = framework.track(track.value)
    trajectory = rng.choices(
        [t for t, _ in _TRAJECTORY_WEIGHTS], weights=[w for _, w in _TRAJECTORY_WEIGHTS]
    )[0]
    start = today - timedelta(days=rng.randint(14, 700))
    planned = rng.randint(8, 40) if trajectory is not Trajectory.ENDS_EARLY else rng.randint(1, 5)
    gap_days = rng.choice((7, 7, 10, 14, 14, 21))
    course_id = ids.new_id()
    sessions: list[Session] = []
    baseline = {ind.id: rng.random() for ind in fw_track.indicators()}
    day = start
    for number in range(planned):
        if day > today:
            break
        fraction = number / max(1, planned - 1)
        latent = {
            Trajectory.IMPROVES: 0.55 * fraction,
            Trajectory.STALLS: 0.05 * fraction,
            Trajectory.WORSENS: -0.35 * fraction,
            Trajectory.ENDS_EARLY: 0.1 * fraction,
        }[trajectory]
        sessions.append(
            _session(rng, ids, course_id, fw_track, framework, day, number, baseline, latent, now)
        )
        day += timedelta(days=gap_days + rng.randint(-2, 3))
    closed = trajectory is Trajectory.ENDS_EARLY or (
        sessions and day <= today and rng.random() < 0.85 and len(sessions) == planned
    )
    end = None
    reason = None
    status = CourseStatus.ACTIVE if rng.random() > 0.05 else CourseStatus.PAUSED
    if closed:
        status = CourseStatus.CLOSED
        last = sessions[-1].start.wall.date() if sessions else start
        end = min(today, last + timedelta(days=rng.randint(0, 14)))
        reason = (
            ClosingReason.ENDED_EARLY
            if trajectory is Trajectory.ENDS_EARLY
            else rng.choice((ClosingReason.GOALS_MET, ClosingReason.GOALS_MET, ClosingReason.MOVED))
        )
    course = Course(
        id=course_id,
        participant_id=person.id,
        track=track,
        worker_id=worker.id,
        start=start,
        framework_id=framework.id,
        framework_version=framework.version,
        status=status,
        end=end,
        closing_reason=reason,
        revision=1,
        updated_at=now,
    )
    return course, sessions


def _session(
    rng: random.Random,
    ids: _SeededIds,
    course_id: str,
    track: fw.Track,
    framework: fw.Framework,
    day: date,
    number: int,
    baseline: dict[str, float],
    latent: float,
    now: datetime,
) -> Session:
    ratings: dict[str, int] = {}
    rate_all = number == 0 or rng.random() < 0.75
    for ind in track.indicators():
        if not rate_all and rng.random() < 0.5:
            continue
        # ``goodness`` in [0, 1]: 1 is the best state; concern indicators are reversed.
        goodness = min(1.0, max(0.0, 0.2 + 0.4 * baseline[ind.id] + latent + rng.gauss(0, 0.08)))
        if ind.polarity is fw.Polarity.LOWER_IS_BETTER:
            goodness = 1.0 - goodness
        span = ind.scale.maximum - ind.scale.minimum
        ratings[ind.id] = ind.scale.minimum + round(goodness * span)
    scale = track.self_report_scale
    self_rating = None
    if rng.random() < 0.7:
        feel = min(1.0, max(0.0, 0.35 + latent + rng.gauss(0, 0.15)))
        self_rating = scale.minimum + round(feel * (scale.maximum - scale.minimum))
    wall = datetime.combine(day, time(rng.randint(9, 18), rng.choice((0, 15, 30, 45))))
    return Session(
        id=ids.new_id(),
        course_id=course_id,
        # Sessions fall between 09:00 and 18:45, never in the hour a DST change skips.
        start=local_time(wall),
        duration_minutes=rng.choice((30, 45, 60, 60, 90)),
        contact_kind=rng.choices(list(ContactKind), weights=(0.55, 0.15, 0.15, 0.1, 0.05))[0],
        framework_id=framework.id,
        framework_version=framework.version,
        notes=rng.choice(NOTES),
        ratings=ratings,
        self_rating=self_rating,
        follow_up="",
        acute_concern=rng.random() < 0.01,
        revision=1,
        updated_at=now,
    )
