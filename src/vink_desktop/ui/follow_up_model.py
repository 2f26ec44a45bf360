"""The follow-up list as one table: a row per thing to look at, with its kind (report of
concern overdue or waiting, course off track, course without a recent session, device not
synced, gap in a device's batches), who or what it concerns, why, and since when.

A report of concern's kind and "why" are computed from a moment the view sets (the
services' clock, read once a minute), so a report moves from *waiting* to *overdue* while
the list is open, without reading the vault again.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vink_desktop.domain.office import ReactionStatus
from vink_desktop.services.context import COPENHAGEN
from vink_desktop.services.follow_up import BatchGap, FollowUpCourse, StaleDevice
from vink_desktop.services.office_lists import ConcernRow
from vink_desktop.services.office_records import concern_view
from vink_desktop.ui import course_texts as words
from vink_desktop.ui import office_texts as texts
from vink_desktop.ui.record_table import RecordTableModel

# -- kinds of row -----------------------------------------------------------------------------
KIND_CONCERN = "concern"
KIND_OFF_TRACK = "off_track"
KIND_NO_SESSION = "no_session"
KIND_DEVICE = "stale_device"
KIND_GAP = "batch_gap"

#: What each row opens: a course, a report, or nothing (devices).
OPENS_COURSE = (KIND_OFF_TRACK, KIND_NO_SESSION)

# -- columns ----------------------------------------------------------------------------------
COL_KIND = 0
COL_SUBJECT = 1
COL_DETAIL = 2
COL_SINCE = 3
COL_WORKER = 4
COL_DISTRICT = 5
COLUMN_COUNT = 6

LIVE_COLUMNS = (COL_KIND, COL_DETAIL)

# -- roles ------------------------------------------------------------------------------------
#: The row's kind as shown now ("concern_overdue", "concern_pending" or one of the KIND_*).
KIND_ROLE = Qt.ItemDataRole.UserRole + 10
#: The id a double-click opens (course id or report id; the device id for devices).
TARGET_ROLE = Qt.ItemDataRole.UserRole + 11

_ALERT = QColor("#a40000")


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    kind: str
    #: The course, report or device the row is about.
    target_id: str
    item: FollowUpCourse | ConcernRow | StaleDevice | BatchGap

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.target_id}"


def build_rows(
    off_track: Sequence[FollowUpCourse],
    quiet: Sequence[FollowUpCourse],
    concerns: Sequence[ConcernRow],
    stale: Sequence[StaleDevice],
    gaps: Sequence[BatchGap],
) -> list[FollowUpRow]:
    rows = [FollowUpRow(KIND_CONCERN, c.report.id, c) for c in concerns]
    rows += [FollowUpRow(KIND_OFF_TRACK, c.course_id, c) for c in off_track]
    rows += [FollowUpRow(KIND_NO_SESSION, c.course_id, c) for c in quiet]
    rows += [FollowUpRow(KIND_DEVICE, d.device_id, d) for d in stale]
    rows += [FollowUpRow(KIND_GAP, g.device_id, g) for g in gaps]
    return rows


def _range(bounds: tuple[int, int]) -> str:
    first, last = bounds
    return str(first) if first == last else f"{first}–{last}"


class FollowUpModel(RecordTableModel):
    column_count = COLUMN_COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = datetime.now(UTC)

    # -- the clock ------------------------------------------------------------------------

    def load(self, rows: Sequence[FollowUpRow], now: datetime) -> None:
        self._now = now
        self.set_rows(rows)

    def set_now(self, now: datetime) -> None:
        self._now = now
        self.columns_changed(LIVE_COLUMNS)
        if self.sort_column() in LIVE_COLUMNS:
            self.resort()

    def shown_kind(self, row: FollowUpRow) -> str:
        """The kind as shown now: a report is *overdue* or *pending* by the clock."""
        if isinstance(row.item, ConcernRow):
            status = row.item.report.status(self._now)
            return "concern_overdue" if status is ReactionStatus.OVERDUE else "concern_pending"
        return row.kind

    def urgent(self, row: FollowUpRow) -> bool:
        return self.shown_kind(row) == "concern_overdue"

    # -- columns --------------------------------------------------------------------------

    def row_id(self, row: FollowUpRow) -> str:
        return row.key

    def headers(self) -> list[str]:
        return [
            self.tr("Kind"),
            self.tr("Who or what"),
            self.tr("Why"),
            self.tr("Since"),
            self.tr("Worker"),
            self.tr("District"),
        ]

    def kind_label(self, kind: str) -> str:
        return {
            "concern_overdue": self.tr("Report of concern overdue"),
            "concern_pending": self.tr("Report of concern waiting"),
            KIND_OFF_TRACK: self.tr("Course off track"),
            KIND_NO_SESSION: self.tr("No recent session"),
            KIND_DEVICE: self.tr("Device not synced"),
            KIND_GAP: self.tr("Gap in batches"),
        }.get(kind, kind)

    def display(self, row: FollowUpRow, column: int) -> str | None:
        item = row.item
        if column == COL_KIND:
            return self.kind_label(self.shown_kind(row))
        if column == COL_DETAIL:
            return "\n".join(self.reasons(row))
        if isinstance(item, ConcernRow):
            return self._concern_cell(item, column)
        if isinstance(item, FollowUpCourse):
            return self._course_cell(item, column)
        if column == COL_SUBJECT:
            return item.name
        if column == COL_SINCE and isinstance(item, StaleDevice):
            if item.last_batch_at is None:
                return "–"
            return words.day(item.last_batch_at.astimezone(COPENHAGEN).date())
        return "–" if column in (COL_SINCE, COL_WORKER, COL_DISTRICT) else None

    def _concern_cell(self, item: ConcernRow, column: int) -> str | None:
        if column == COL_SUBJECT:
            return item.about_code
        if column == COL_SINCE:
            return words.wall_time(item.report.received.wall)
        if column == COL_WORKER:
            return item.worker_name
        if column == COL_DISTRICT:
            return item.report.district or "–"
        return None

    def _course_cell(self, item: FollowUpCourse, column: int) -> str | None:
        if column == COL_SUBJECT:
            return item.participant_code
        if column == COL_SINCE:
            return words.day(item.last_session)
        if column == COL_WORKER:
            return item.worker_name
        if column == COL_DISTRICT:
            return item.district or "–"
        return None

    def reasons(self, row: FollowUpRow) -> list[str]:
        """Why the row is on the list, one sentence per reason."""
        item = row.item
        if isinstance(item, ConcernRow):
            view = concern_view(item.report, self._now)
            if view.hours_overdue is not None:
                return [texts.overdue_by(view.hours_overdue)]
            return [texts.time_left(view.hours_left or 0.0)]
        if isinstance(item, FollowUpCourse):
            if row.kind == KIND_OFF_TRACK:
                return [words.off_track_reason(reason) for reason in item.reasons]
            if item.last_session is None:
                return [
                    self.tr("No session since the start, {weeks} weeks ago").format(
                        weeks=item.weeks_without_session
                    )
                ]
            return [
                self.tr("No session for {weeks} weeks").format(weeks=item.weeks_without_session)
            ]
        if isinstance(item, StaleDevice):
            if item.days_since is None:
                return [self.tr("Has never sent a batch")]
            return [self.tr("No batch for {days} days").format(days=item.days_since)]
        return [
            self.tr("Batches missing: {numbers}").format(
                numbers=", ".join(_range(r) for r in item.missing)
            )
        ]

    def sort_key(self, row: FollowUpRow, column: int) -> Any:
        item = row.item
        if column == COL_KIND:
            order = ("concern_overdue", "concern_pending", KIND_OFF_TRACK, KIND_NO_SESSION,
                     KIND_DEVICE, KIND_GAP)  # fmt: skip
            return (order.index(self.shown_kind(row)), self._urgency(row))
        if column == COL_DETAIL:
            return self._urgency(row)
        if column == COL_SINCE:
            if isinstance(item, ConcernRow):
                return item.report.received.utc.timestamp()
            if isinstance(item, FollowUpCourse):
                return None if item.last_session is None else item.last_session.toordinal()
            if isinstance(item, StaleDevice) and item.last_batch_at is not None:
                return item.last_batch_at.timestamp()
            return None
        text = self.display(row, column)
        return None if text in (None, "–") else str(text).casefold()

    def _urgency(self, row: FollowUpRow) -> float:
        """Smaller is more urgent, within a kind."""
        item = row.item
        if isinstance(item, ConcernRow):
            return item.report.deadline.timestamp()
        if isinstance(item, FollowUpCourse):
            if row.kind == KIND_OFF_TRACK:
                return -len(item.reasons) * 1000 - item.weeks_without_session
            return -item.weeks_without_session
        if isinstance(item, StaleDevice):
            return -(item.days_since if item.days_since is not None else 10**6)
        return -sum(last - first + 1 for first, last in item.missing)

    def extra_data(self, row: FollowUpRow, column: int, role: int) -> Any:
        if role == KIND_ROLE:
            return self.shown_kind(row)
        if role == TARGET_ROLE:
            return row.target_id
        if column == COL_DETAIL and role == Qt.ItemDataRole.ToolTipRole:
            reasons = "".join(f"<li>{html.escape(reason)}</li>" for reason in self.reasons(row))
            return f"<ul>{reasons}</ul>"
        if self.urgent(row) and column in LIVE_COLUMNS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_ALERT)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def counts(self) -> dict[str, int]:
        """How many rows of each shown kind."""
        found: dict[str, int] = {}
        for row in self.rows():
            kind = self.shown_kind(row)
            found[kind] = found.get(kind, 0) + 1
        return found


# -- the filter -------------------------------------------------------------------------------

SHOW_EVERYTHING = ""
SHOW_CONCERNS = "concerns"
SHOW_COURSES = "courses"
SHOW_DEVICES = "devices"


def follow_up_filter(show: str) -> Callable[[FollowUpRow], bool]:
    groups = {
        SHOW_CONCERNS: (KIND_CONCERN,),
        SHOW_COURSES: (KIND_OFF_TRACK, KIND_NO_SESSION),
        SHOW_DEVICES: (KIND_DEVICE, KIND_GAP),
    }
    kinds = groups.get(show)
    return lambda row: kinds is None or row.kind in kinds
