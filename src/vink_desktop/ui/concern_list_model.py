"""The list of reports of concern: a thin table model over ``ConcernRow`` rows whose 24-hour
status and "time left / overdue by" are computed from a moment the view sets (the services'
clock, read once a minute), and the filters over it (status, year, search)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vink_desktop.domain.office import ReactionStatus
from vink_desktop.services.office_lists import ConcernRow
from vink_desktop.services.office_records import concern_view
from vink_desktop.ui import course_texts as words
from vink_desktop.ui import office_texts as texts
from vink_desktop.ui.record_table import RecordTableModel

# -- columns ----------------------------------------------------------------------------------
COL_RECEIVED = 0
COL_STATUS = 1
COL_TIME = 2
COL_ABOUT = 3
COL_SOURCE = 4
COL_DISTRICT = 5
COL_REACTION = 6
COL_REACTED_BY = 7
COL_OUTCOME = 8
COL_WORKER = 9
COLUMN_COUNT = 10

#: The columns whose values change as time passes.
LIVE_COLUMNS = (COL_STATUS, COL_TIME)

# -- roles ------------------------------------------------------------------------------------
#: The report's 24-hour status now (a ``ReactionStatus`` value, str).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 10

#: How urgent each status is (the status column sorts by it).
_URGENCY = {
    ReactionStatus.OVERDUE: 0,
    ReactionStatus.PENDING: 1,
    ReactionStatus.LATE: 2,
    ReactionStatus.WITHIN_LIMIT: 3,
}
_OVERDUE_COLOUR = QColor("#a40000")


class ConcernListModel(RecordTableModel):
    column_count = COLUMN_COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = datetime.now(UTC)
        self._sort_column = COL_RECEIVED
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- the clock ------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._now

    def load(self, rows: Sequence[ConcernRow], now: datetime) -> None:
        """Every row at once, with the moment their status is counted from."""
        self._now = now
        self.set_rows(rows)

    def set_now(self, now: datetime) -> None:
        """Move the model's clock: the live columns change in every row (one signal each),
        and the order follows when the list is sorted by one of them."""
        self._now = now
        self.columns_changed(LIVE_COLUMNS)
        if self.sort_column() in LIVE_COLUMNS:
            self.resort()

    def status(self, row: ConcernRow) -> ReactionStatus:
        return row.report.status(self._now)

    # -- columns --------------------------------------------------------------------------

    def row_id(self, row: ConcernRow) -> str:
        return row.report.id

    def tie_key(self, row: ConcernRow) -> Any:
        return row.report.received.utc

    def headers(self) -> list[str]:
        return [
            self.tr("Received"),
            self.tr("Status"),
            self.tr("Time left / overdue by"),
            self.tr("About"),
            self.tr("Source"),
            self.tr("District"),
            self.tr("First reaction"),
            self.tr("Reacted by"),
            self.tr("Outcome"),
            self.tr("Responsible"),
        ]

    def display(self, row: ConcernRow, column: int) -> str | None:
        report = row.report
        if column == COL_RECEIVED:
            return words.wall_time(report.received.wall)
        if column == COL_SOURCE:
            return texts.source_label(report.source.value)
        if column == COL_ABOUT:
            return row.about_code
        if column == COL_DISTRICT:
            return report.district or "–"
        if column == COL_STATUS:
            return texts.reaction_status_label(self.status(row).value)
        if column == COL_TIME:
            return self.time_text(row)
        if column == COL_REACTION:
            return "–" if report.reaction is None else words.wall_time(report.reaction.wall)
        if column == COL_REACTED_BY:
            return row.reacted_by_name or "–"
        if column == COL_OUTCOME:
            if report.reaction is None:
                return "–"
            return texts.outcome_label(None if report.outcome is None else report.outcome.value)
        if column == COL_WORKER:
            return row.worker_name
        return None

    def time_text(self, row: ConcernRow) -> str:
        view = concern_view(row.report, self._now)
        if view.hours_overdue is not None:
            return texts.overdue_by(view.hours_overdue)
        if view.hours_left is not None:
            return texts.time_left(view.hours_left)
        return "–"

    def sort_key(self, row: ConcernRow, column: int) -> Any:
        report = row.report
        if column == COL_RECEIVED:
            return report.received.utc
        if column == COL_SOURCE:
            return texts.source_label(report.source.value).casefold()
        if column == COL_ABOUT:
            return row.about_code.casefold()
        if column == COL_DISTRICT:
            return None if report.district is None else report.district.casefold()
        if column == COL_STATUS:
            return _URGENCY[self.status(row)]
        if column == COL_TIME:
            return None if report.reaction is not None else report.deadline
        if column == COL_REACTION:
            return None if report.reaction is None else report.reaction.utc
        if column == COL_REACTED_BY:
            return None if row.reacted_by_name is None else row.reacted_by_name.casefold()
        if column == COL_OUTCOME:
            return None if report.outcome is None else report.outcome.value
        if column == COL_WORKER:
            return row.worker_name.casefold()
        return None

    def extra_data(self, row: ConcernRow, column: int, role: int) -> Any:
        if role == STATUS_ROLE:
            return self.status(row).value
        overdue = self.status(row) is ReactionStatus.OVERDUE
        if column in LIVE_COLUMNS and overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if column in (COL_RECEIVED, COL_STATUS, COL_TIME) and role == Qt.ItemDataRole.ToolTipRole:
            deadline = words.wall_time(concern_view(row.report, self._now).deadline_wall)
            return self.tr("Reaction due by {deadline}").format(deadline=deadline)
        if column == COL_ABOUT and role == Qt.ItemDataRole.ToolTipRole:
            if row.about_participant:
                return self.tr("An existing participant")
            return self.tr("A new pseudonym code (not a participant)")
        return None

    def single_worker(self) -> bool:
        names = {r.worker_name for r in self.rows()}
        names |= {r.reacted_by_name for r in self.rows() if r.reacted_by_name}
        return len(names) <= 1


# -- filters ----------------------------------------------------------------------------------

#: Status filter values (the combo's item data).
SHOW_ALL = ""
SHOW_WAITING = "waiting"
SHOW_PENDING = ReactionStatus.PENDING.value
SHOW_OVERDUE = ReactionStatus.OVERDUE.value
SHOW_REACTED = "reacted"


def concern_filter(
    model: ConcernListModel, show: str, year: int | None, search: str
) -> Callable[[ConcernRow], bool]:
    """The predicate for a status filter, a year (of receipt) and a search text."""
    needle = search.strip().casefold()

    def accepts(row: ConcernRow) -> bool:
        report = row.report
        if year is not None and report.received.wall.year != year:
            return False
        if show:
            status = model.status(row)
            if show == SHOW_REACTED and report.reaction is None:
                return False
            if show == SHOW_WAITING and report.reaction is not None:
                return False
            if show in (SHOW_PENDING, SHOW_OVERDUE) and status.value != show:
                return False
        if needle:
            haystack = (row.about_code, report.district or "", row.worker_name)
            return any(needle in value.casefold() for value in haystack)
        return True

    return accepts
