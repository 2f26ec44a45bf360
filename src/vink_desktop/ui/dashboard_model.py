"""The criteria table: a thin model over :class:`CriterionResult` rows, the met / not met
icons (a shape and a word, never colour alone), and the sparkline of the four quarters.

The rows come wholesale from ``compute_criteria`` (:meth:`CriteriaModel.set_rows`); cells
are formatted by ``dashboard_texts`` only when the view asks for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from vink_desktop.services.success_criteria import CriterionResult
from vink_desktop.ui import dashboard_texts as texts
from vink_desktop.ui.record_table import ALIGN_LEFT, ALIGN_RIGHT, ModelIndex

# -- columns ----------------------------------------------------------------------------------
COL_CRITERION = 0
COL_TARGET = 1
COL_VALUE = 2
COL_DENOMINATOR = 3
COL_INTERVAL = 4
COL_MET = 5
COL_Q1 = 6
COL_Q2 = 7
COL_Q3 = 8
COL_Q4 = 9
COL_TREND = 10
COLUMN_COUNT = 11
QUARTER_COLUMNS = (COL_Q1, COL_Q2, COL_Q3, COL_Q4)

# -- roles ------------------------------------------------------------------------------------
#: The criterion's id (str).
CRITERION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The :class:`CriterionResult` of the row.
RESULT_ROLE = Qt.ItemDataRole.UserRole + 2
#: The quarter a cell's figure is of (1–4), or 0 for the year's figure.
QUARTER_ROLE = Qt.ItemDataRole.UserRole + 3

# Roles read back in Python never carry None: PySide6 6.12 on Python 3.11 loses a reference
# to None each time an empty QVariant comes back (index.data(), currentData(), property()),
# and enough of them abort the interpreter. The delegate reads the row itself instead.

_NUMERIC = {COL_VALUE, COL_DENOMINATOR, COL_INTERVAL, *QUARTER_COLUMNS}

_MET = QColor("#006b4f")
_NOT_MET = QColor("#a33b00")
_UNKNOWN = QColor("#5a5a5a")
_LINE = QColor("#0072B2")
_TARGET = QColor("#D55E00")

_icons: dict[str, QIcon] = {}


def verdict_icon(met: bool | None) -> QIcon:
    """A filled circle with a check (met), a cross (not met) or a dash (cannot tell)."""
    key = "unknown" if met is None else ("met" if met else "not_met")
    if key not in _icons:
        colour = {"met": _MET, "not_met": _NOT_MET, "unknown": _UNKNOWN}[key]
        icon = QIcon()
        for size in (16, 24, 32, 48):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(QRectF(1, 1, size - 2, size - 2))
            p.setPen(
                QPen(
                    QColor("#ffffff"),
                    max(2.0, size / 8),
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            s = float(size)
            path = QPainterPath()
            if key == "met":
                path.moveTo(s * 0.27, s * 0.52)
                path.lineTo(s * 0.44, s * 0.69)
                path.lineTo(s * 0.74, s * 0.34)
            elif key == "not_met":
                path.moveTo(s * 0.32, s * 0.32)
                path.lineTo(s * 0.68, s * 0.68)
                path.moveTo(s * 0.68, s * 0.32)
                path.lineTo(s * 0.32, s * 0.68)
            else:
                path.moveTo(s * 0.3, s * 0.5)
                path.lineTo(s * 0.7, s * 0.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.end()
            icon.addPixmap(pixmap)
        _icons[key] = icon
    return _icons[key]


class CriteriaModel(QAbstractTableModel):
    """One row per criterion, in the order of ``domain.success_criteria.CRITERIA``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CriterionResult] = []
        self._sparklines: dict[int, QPixmap] = {}
        #: The size of a sparkline, in logical pixels (the view sets it from its font).
        self.sparkline_size = QSize(80, 22)

    def set_rows(self, rows: Sequence[CriterionResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sparklines = {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[CriterionResult]:
        return self._rows

    def result(self, row: int) -> CriterionResult:
        return self._rows[row]

    def row_of(self, criterion_id: str) -> int | None:
        for index, result in enumerate(self._rows):
            if result.criterion.id == criterion_id:
                return index
        return None

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if section in _NUMERIC else ALIGN_LEFT
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Criterion"),
            self.tr("Target"),
            self.tr("Value"),
            self.tr("Counted (n)"),
            self.tr("95 % interval"),
            self.tr("Target met"),
            self.tr("Q1"),
            self.tr("Q2"),
            self.tr("Q3"),
            self.tr("Q4"),
            self.tr("Trend"),
        ]

    def _header_tips(self) -> dict[int, str]:
        return {
            COL_DENOMINATOR: self.tr(
                "For a share: how many were counted (answers, courses, reports)"
            ),
            COL_INTERVAL: self.tr("Wilson 95 % interval of the share"),
            COL_MET: self.tr("† marks a verdict whose 95 % interval crosses the target"),
            COL_Q1: self.tr("First quarter (January–March)"),
            COL_Q2: self.tr("Second quarter (April–June)"),
            COL_Q3: self.tr("Third quarter (July–September)"),
            COL_Q4: self.tr("Fourth quarter (October–December)"),
            COL_TREND: self.tr("The four quarters as a small chart"),
        }

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(result, column)
        if role == CRITERION_ID_ROLE:
            return result.criterion.id
        if role == RESULT_ROLE:
            return result
        if role == QUARTER_ROLE:
            return QUARTER_COLUMNS.index(column) + 1 if column in QUARTER_COLUMNS else 0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column in _NUMERIC else ALIGN_LEFT
        if role == Qt.ItemDataRole.DecorationRole and column == COL_MET:
            return verdict_icon(result.met)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TREND:
            row = index.row()
            if row not in self._sparklines:
                self._sparklines[row] = sparkline(result, self.sparkline_size)
            return self._sparklines[row]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_MET:
            return _UNKNOWN if result.met is None else (_MET if result.met else _NOT_MET)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(result, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == COL_TREND:
                return texts.trend_description(result)
            return self._display(result, column)
        return None

    def _display(self, result: CriterionResult, column: int) -> str:
        if column == COL_CRITERION:
            note = texts.ignored_text(result)
            return f"{texts.label(result)}\n({note})" if note else texts.label(result)
        if column == COL_TARGET:
            return texts.target_text(result)
        if column == COL_VALUE:
            return texts.value_text(result)
        if column == COL_DENOMINATOR:
            return texts.denominator_text(result)
        if column == COL_INTERVAL:
            return texts.interval(result.interval)
        if column == COL_MET:
            return texts.met_text(result)
        if column in QUARTER_COLUMNS:
            return texts.quarter_text(result, QUARTER_COLUMNS.index(column))
        return ""

    def _tooltip(self, result: CriterionResult, column: int) -> str | None:
        if column in (COL_VALUE, COL_DENOMINATOR, COL_INTERVAL):
            return texts.value_tooltip(result)
        if column == COL_MET:
            return texts.met_tooltip(result) or None
        if column in QUARTER_COLUMNS:
            return texts.quarter_tooltip(result, QUARTER_COLUMNS.index(column))
        if column == COL_TREND:
            return texts.trend_description(result)
        if column == COL_CRITERION:
            return texts.label(result)
        return None


def trend(result: CriterionResult) -> tuple[list[float | None], float | None, bool]:
    """For the sparkline: the value of each quarter (None: nothing to show), the target
    (shares only) and whether the figure is a share."""
    share = texts.is_share(result)
    values = [q.value if share else float(q.successes) for q in result.quarters]
    return values, (result.criterion.target if share else None), share


def sparkline(result: CriterionResult, size: QSize, ratio: float = 2.0) -> QPixmap:
    """The four quarters as a small picture: a line for a share (scaled to its values and
    the dashed target, so a change of a few points shows), bars for a count. Drawn once
    per computation and shown as the cell's decoration, so repainting the table runs no
    Python."""
    values, target, share = trend(result)
    pixmap = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = QRectF(2, 2, size.width() - 4, size.height() - 4)
    step = area.width() / 4
    if share:
        shown = [v for v in values if v is not None] + ([target] if target is not None else [])
        low = max(0.0, min(shown, default=0.0) - 0.05)
        span = max(min(1.0, max(shown, default=1.0) + 0.05) - low, 0.1)

        def y(v: float) -> float:
            return area.bottom() - area.height() * (v - low) / span

        if target is not None:
            p.setPen(QPen(_TARGET, 1.2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(area.left(), y(target)), QPointF(area.right(), y(target)))
        p.setPen(QPen(_LINE, 1.6))
        p.setBrush(_LINE)
        previous: QPointF | None = None
        for i, v in enumerate(values):
            if v is None:
                previous = None
                continue
            point = QPointF(area.left() + step * (i + 0.5), y(v))
            if previous is not None:
                p.drawLine(previous, point)
            p.drawEllipse(point, 2.2, 2.2)
            previous = point
    else:
        peak = max([v for v in values if v is not None] + [1.0])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_LINE)
        for i, v in enumerate(values):
            h = max(1.0, area.height() * (v or 0) / peak)
            p.drawRect(
                QRectF(area.left() + step * i + step * 0.2, area.bottom() - h, step * 0.6, h)
            )
    p.end()
    return pixmap
