"""The result of one course that the programme KPIs count: small, flat and cacheable.

``CourseProgress.outcome()`` produces it; the storage layer may cache one per course (and
refresh it when a session of the course changes), so that a KPI over 50,000 courses is an
aggregate over cached outcomes rather than a rescoring of a million sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vink_desktop.domain.change import ChangeClass
from vink_desktop.domain.model import CourseStatus, Track


@dataclass(frozen=True, slots=True)
class CourseOutcome:
    course_id: str
    track: Track
    worker_id: str
    #: The participant's district (from the participant, not the course).
    district: str | None
    start: date
    end: date | None
    status: CourseStatus
    #: Class of the overall change from baseline to current; None when not assessable.
    overall_class: ChangeClass | None
    #: Practitioner-rated progression per the track's rule; None when not assessable.
    progression: bool | None
    #: The participant's own view at the latest session with one, at or above the cut;
    #: None when the participant has never given one.
    self_reported_progression: bool | None

    def __post_init__(self) -> None:
        if (self.overall_class is None) != (self.progression is None):
            raise ValueError(
                f"course {self.course_id}: overall_class and progression must both be set "
                "(assessable) or both be None (not assessable)"
            )

    @property
    def assessable(self) -> bool:
        """At least two complete assessments, so progression can be judged."""
        return self.progression is not None
