"""The list of outreach activities: a thin table model over ``ActivityRow`` rows and the
filter over it (year held, kind)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from vink_desktop.domain.office import Audience
from vink_desktop.services.office_lists import ActivityRow
from vink_desktop.ui import course_texts as words
from vink_desktop.ui import office_texts as texts
from vink_desktop.ui.record_table import RecordTableModel

# -- columns ----------------------------------------------------------------------------------
COL_DATE = 0
COL_KIND = 1
COL_AUDIENCE = 2
COL_HEAD_COUNT = 3
COL_RESPONDENTS = 4
COL_POSITIVE = 5
COL_SHARE = 6
COL_DISTRICT = 7
COL_WORKER = 8
COLUMN_COUNT = 9


def percent(share: float) -> str:
    """A share as a whole percentage, "83 %" in Danish and "83%" in English."""
    value = f"{share * 100:.0f}"
    return f"{value} %" if words.ui_language() == "da" else f"{value}%"


class OutreachModel(RecordTableModel):
    column_count = COLUMN_COUNT
    numeric = frozenset({COL_HEAD_COUNT, COL_RESPONDENTS, COL_POSITIVE, COL_SHARE})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_column = COL_DATE
        self._sort_order = Qt.SortOrder.DescendingOrder

    def row_id(self, row: ActivityRow) -> str:
        return row.activity.id

    def tie_key(self, row: ActivityRow) -> Any:
        return row.activity.held_on

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Audience"),
            self.tr("Head count"),
            self.tr("Answers"),
            self.tr("Positive"),
            self.tr("Share"),
            self.tr("District"),
            self.tr("Held by"),
        ]

    @staticmethod
    def share(row: ActivityRow) -> float | None:
        a = row.activity
        positive = a.positive_answers
        if not a.respondents or positive is None:
            return None
        return positive / a.respondents

    def display(self, row: ActivityRow, column: int) -> str | None:
        a = row.activity
        if column == COL_DATE:
            return words.day(a.held_on)
        if column == COL_KIND:
            return texts.activity_kind_label(a.kind.value)
        if column == COL_AUDIENCE:
            return texts.audience_label(a.audience.value)
        if column == COL_HEAD_COUNT:
            return str(a.head_count)
        if column == COL_RESPONDENTS:
            return "–" if a.respondents is None else str(a.respondents)
        if column == COL_POSITIVE:
            return "–" if a.positive_answers is None else str(a.positive_answers)
        if column == COL_SHARE:
            share = self.share(row)
            return "–" if share is None else percent(share)
        if column == COL_DISTRICT:
            return a.district or "–"
        if column == COL_WORKER:
            return row.worker_name
        return None

    def sort_key(self, row: ActivityRow, column: int) -> Any:
        a = row.activity
        if column == COL_DATE:
            return a.held_on
        if column == COL_HEAD_COUNT:
            return a.head_count
        if column == COL_RESPONDENTS:
            return a.respondents
        if column == COL_POSITIVE:
            return a.positive_answers
        if column == COL_SHARE:
            return self.share(row)
        text = self.display(row, column)
        return None if text in (None, "–") else str(text).casefold()

    def extra_data(self, row: ActivityRow, column: int, role: int) -> Any:
        if column == COL_POSITIVE and role == Qt.ItemDataRole.ToolTipRole:
            return texts.positive_question(row.activity.audience.value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_RESPONDENTS: self.tr("How many answered the evaluation"),
                COL_POSITIVE: self.tr(
                    "Staff and parents: feel able to help a young person. Young people: find"
                    " that the dialogue gives them options."
                ),
                COL_SHARE: self.tr("Positive answers out of those who answered"),
            }.get(section)
        return super().headerData(section, orientation, role)

    def single_worker(self) -> bool:
        return len({r.worker_name for r in self.rows()}) <= 1


def outreach_filter(year: int | None, kind: str | None) -> Callable[[ActivityRow], bool]:
    def accepts(row: ActivityRow) -> bool:
        a = row.activity
        return (year is None or a.held_on.year == year) and (kind is None or a.kind.value == kind)

    return accepts


def head_counts(rows: list[ActivityRow]) -> dict[Audience, int]:
    """The summed head count of ``rows`` for each audience."""
    totals = dict.fromkeys(Audience, 0)
    for row in rows:
        totals[row.activity.audience] += row.activity.head_count
    return totals
