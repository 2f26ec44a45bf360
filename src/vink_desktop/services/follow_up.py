"""The follow-up list: what a supervisor should look at now.

* courses off track, with the reasons (the off-track signals and the numbers behind them);
* active courses with no session for K weeks (K from the framework's track rule unless
  given);
* reports of concern without a reaction: overdue (past their 24 hours) and pending (the
  time left), counted live from ``ctx.clock``;
* devices that have not sent a batch for N days, and gaps in a device's batch numbers.

The device checks need the sync layer's records. They come through a
:data:`DeviceSource` — a function that returns the state of every known device, or None
when there is nothing to check. The default, :func:`sync_device_source`, asks the sync
layer's device list (``sync_devices.list_devices``) for the approved devices of an office
vault; it returns None — the device lists stay empty and ``device_checks`` says
``unavailable`` — in a field vault, or when the vault has no sync tables (a vault from
before batch sync, or a build without it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from vink_desktop.domain.model import CourseStatus, Track, VaultKind
from vink_desktop.domain.office import ReactionStatus
from vink_desktop.services import outcomes
from vink_desktop.services.context import COPENHAGEN, Context
from vink_desktop.services.office_records import ConcernView, concern_view
from vink_desktop.storage import course_queries, office_store
from vink_desktop.storage.codec import dt_from_text
from vink_desktop.storage.course_queries import CourseQuery, CourseSummary


@dataclass(frozen=True, slots=True)
class FollowUpCourse:
    course_id: str
    participant_code: str
    track: Track
    worker_id: str
    worker_name: str
    district: str | None
    status: CourseStatus
    last_session: date | None
    #: Whole weeks since the last session (or since the start when there is none).
    weeks_without_session: int
    #: The off-track signals, each {"code": ..., <numbers behind it>}.
    reasons: tuple[dict[str, object], ...]


@dataclass(frozen=True, slots=True)
class DeviceSyncState:
    """What the sync layer knows of one field device."""

    device_id: str
    name: str
    #: When its newest batch was imported (None: never).
    last_batch_at: datetime | None
    #: Batch sequence numbers missing before batches received, as inclusive ranges.
    missing: tuple[tuple[int, int], ...] = ()


#: Returns every device's state, or None when the vault has no sync records (yet).
DeviceSource = Callable[[Context], Sequence[DeviceSyncState] | None]


def sync_device_source(ctx: Context) -> Sequence[DeviceSyncState] | None:
    """The approved devices from the sync layer; None without sync tables or off the
    office."""
    if ctx.vault.kind is not VaultKind.OFFICE or not office_store.table_exists(
        ctx.vault.conn, "sync_devices"
    ):
        return None
    from vink_desktop.services import sync_devices  # the sync layer, only when it is there

    return [
        DeviceSyncState(d.device_id, d.fingerprint, d.last_batch_at, tuple(d.gaps))
        for d in sync_devices.list_devices(ctx)
        if d.status == "approved"
    ]


@dataclass(frozen=True, slots=True)
class StaleDevice:
    device_id: str
    name: str
    last_batch_at: datetime | None
    #: Whole days since the last batch; None when it never sent one.
    days_since: int | None


@dataclass(frozen=True, slots=True)
class BatchGap:
    device_id: str
    name: str
    #: Inclusive ranges of batch numbers not received.
    missing: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class FollowUpList:
    as_of: datetime
    off_track: tuple[FollowUpCourse, ...]
    no_recent_session: tuple[FollowUpCourse, ...]
    #: The K used (None: each track's framework rule).
    no_session_weeks: int | None
    overdue_concerns: tuple[ConcernView, ...]
    pending_concerns: tuple[ConcernView, ...]
    stale_devices: tuple[StaleDevice, ...]
    batch_gaps: tuple[BatchGap, ...]
    device_days: int
    #: "available" or "unavailable" (no sync records in this vault yet).
    device_checks: str


def follow_up_list(
    ctx: Context,
    *,
    no_session_weeks: int | None = None,
    device_days: int = 14,
    worker_id: str | None = None,
    district: str | None = None,
    device_source: DeviceSource | None = None,
) -> FollowUpList:
    outcomes.refresh_stale(ctx)
    conn = ctx.vault.conn
    now = ctx.clock.now()
    today = ctx.clock.today()
    open_statuses = (CourseStatus.ACTIVE, CourseStatus.PAUSED)
    off_track = course_queries.course_summaries(
        conn,
        CourseQuery(
            statuses=open_statuses, worker_id=worker_id, district=district, off_track_only=True
        ),
    )
    # The database picks the quiet courses: K whole weeks without a session is a last
    # session (or start) on or before today - 7K days, in Copenhagen.
    limits = []
    for track in Track:
        weeks = no_session_weeks if no_session_weeks is not None else _track_weeks(ctx, track)
        last_day = today - timedelta(days=7 * weeks)
        next_day = datetime.combine(last_day + timedelta(days=1), time(), COPENHAGEN)
        limits.append((track, last_day, next_day))
    quiet_courses = course_queries.course_summaries(
        conn,
        CourseQuery(statuses=(CourseStatus.ACTIVE,), worker_id=worker_id, district=district,
                    quiet_until=tuple(limits)),
    )  # fmt: skip
    quiet = sorted((_course(s, today) for s in quiet_courses),
                   key=lambda c: -c.weeks_without_session)  # fmt: skip

    overdue: list[ConcernView] = []
    pending: list[ConcernView] = []
    for report in office_store.unreacted_concern_reports(conn):
        if worker_id is not None and report.worker_id != worker_id:
            continue
        if district is not None and report.district != district:
            continue
        view = concern_view(report, now)
        (overdue if view.status is ReactionStatus.OVERDUE else pending).append(view)

    states = (device_source or sync_device_source)(ctx)
    stale: list[StaleDevice] = []
    gaps: list[BatchGap] = []
    for state in states or ():
        days = None if state.last_batch_at is None else (now - state.last_batch_at).days
        if days is None or days >= device_days:
            stale.append(StaleDevice(state.device_id, state.name, state.last_batch_at, days))
        if state.missing:
            gaps.append(BatchGap(state.device_id, state.name, state.missing))
    return FollowUpList(
        as_of=now,
        off_track=tuple(_course(s, today) for s in off_track),
        no_recent_session=tuple(quiet),
        no_session_weeks=no_session_weeks,
        overdue_concerns=tuple(overdue),
        pending_concerns=tuple(sorted(pending, key=lambda v: v.report.deadline)),
        stale_devices=tuple(stale),
        batch_gaps=tuple(gaps),
        device_days=device_days,
        device_checks="unavailable" if states is None else "available",
    )


def _last_session(summary: CourseSummary) -> date | None:
    if summary.last_session_utc is None:
        return None
    return dt_from_text(summary.last_session_utc).astimezone(COPENHAGEN).date()


def _weeks_quiet(summary: CourseSummary, today: date) -> int:
    since = _last_session(summary) or summary.start
    return (today - since).days // 7


def _track_weeks(ctx: Context, track: Track) -> int:
    framework = ctx.frameworks.latest("vink-2014")
    return framework.track(track.value).off_track.no_session_weeks


def _course(summary: CourseSummary, today: date) -> FollowUpCourse:
    return FollowUpCourse(
        course_id=summary.id,
        participant_code=summary.participant_code,
        track=summary.track,
        worker_id=summary.worker_id,
        worker_name=summary.worker_name,
        district=summary.district,
        status=summary.status,
        last_session=_last_session(summary),
        weeks_without_session=_weeks_quiet(summary, today),
        reasons=tuple(dict(reason) for reason in summary.off_track),
    )
