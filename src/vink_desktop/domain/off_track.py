"""Signals that a course is not moving, each with a stable code and the numbers behind it.

The UI phrases the reason from ``code`` and the numbers, in Danish or English. Which
signals apply depends on the course's status:

* active: all four;
* paused: only ``acute_concern`` and ``deterioration`` (facts in the records that need
  attention even while the course rests; the clock-based signals would only repeat that
  the course is paused);
* closed: none.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from vink_desktop.domain import framework as fw
from vink_desktop.domain.change import Change, ChangeClass, compare, exceeds
from vink_desktop.domain.model import Course, CourseStatus
from vink_desktop.domain.scoring import SessionScore

DETERIORATED = (ChangeClass.DETERIORATED, ChangeClass.RELIABLY_DETERIORATED)


class OffTrackCode(enum.StrEnum):
    #: N sessions held or M weeks gone by without the course score improving beyond the
    #: progression threshold (or without two complete assessments to tell).
    NO_IMPROVEMENT = "no_improvement"
    #: The latest complete assessment is worse than the one before it.
    DETERIORATION = "deterioration"
    #: The latest session carries the acute-concern flag.
    ACUTE_CONCERN = "acute_concern"
    #: No session for K weeks.
    NO_RECENT_SESSION = "no_recent_session"


@dataclass(frozen=True, slots=True)
class OffTrackSignal:
    """One reason a course may be off track. Fields not relevant to ``code`` are None."""

    code: OffTrackCode
    #: no_improvement: sessions held so far.
    sessions: int | None = None
    #: no_improvement: whole weeks since the course started; no_recent_session: whole
    #: weeks since the last session (or since the start when there is none).
    weeks: int | None = None
    #: The framework threshold behind the signal (sessions, weeks or points).
    threshold: float | None = None
    #: no_improvement: overall change since baseline (None: not yet measurable);
    #: deterioration: overall change between the two assessments (negative or small).
    points: float | None = None
    #: deterioration: the later session; acute_concern: the flagged session;
    #: no_recent_session: the last session (None when there is none).
    session_id: str | None = None
    #: The day of that session.
    on: date | None = None
    #: deterioration: the earlier session of the pair.
    previous_session_id: str | None = None
    #: deterioration: domains that reliably deteriorated between the two assessments.
    domain_ids: tuple[str, ...] = ()


def off_track_signals(
    course: Course,
    history: Sequence[SessionScore],
    overall: Change | None,
    track: fw.Track,
    today: date,
) -> tuple[OffTrackSignal, ...]:
    """The signals for ``course``; ``history`` is chronological, ``overall`` the change
    from baseline to current (None with fewer than two complete assessments)."""
    if course.status is CourseStatus.CLOSED:
        return ()
    active = course.status is CourseStatus.ACTIVE
    rule = track.off_track
    signals: list[OffTrackSignal] = []

    if active:
        weeks_running = (today - course.start).days // 7
        enough = (
            len(history) >= rule.no_improvement_sessions
            or weeks_running >= rule.no_improvement_weeks
        )
        threshold = track.progression.min_overall_change
        if enough and (overall is None or not exceeds(overall.change, threshold)):
            signals.append(
                OffTrackSignal(
                    code=OffTrackCode.NO_IMPROVEMENT,
                    sessions=len(history),
                    weeks=weeks_running,
                    threshold=threshold,
                    points=None if overall is None else overall.change,
                )
            )

    deterioration = _deterioration(history, track)
    if deterioration is not None:
        signals.append(deterioration)

    if history and history[-1].acute_concern:
        latest = history[-1]
        signals.append(
            OffTrackSignal(
                code=OffTrackCode.ACUTE_CONCERN, session_id=latest.session_id, on=latest.local_date
            )
        )

    if active:
        last = history[-1] if history else None
        since = last.local_date if last is not None else course.start
        weeks_quiet = (today - since).days // 7
        if weeks_quiet >= rule.no_session_weeks:
            signals.append(
                OffTrackSignal(
                    code=OffTrackCode.NO_RECENT_SESSION,
                    weeks=weeks_quiet,
                    threshold=rule.no_session_weeks,
                    session_id=None if last is None else last.session_id,
                    on=None if last is None else last.local_date,
                )
            )
    return tuple(signals)


def _deterioration(history: Sequence[SessionScore], track: fw.Track) -> OffTrackSignal | None:
    """Compare the last two complete assessments: worse overall, or a domain reliably worse."""
    complete = [score for score in history if score.overall is not None]
    if len(complete) < 2:
        return None
    previous, latest = complete[-2], complete[-1]
    comparison = compare(previous, latest, track)
    worse = comparison.reliably_deteriorated
    if comparison.overall.change_class not in DETERIORATED and not worse:
        return None
    return OffTrackSignal(
        code=OffTrackCode.DETERIORATION,
        threshold=track.progression.min_overall_change,
        points=comparison.overall.change,
        session_id=latest.session_id,
        on=latest.local_date,
        previous_session_id=previous.session_id,
        domain_ids=worse,
    )
