"""The dashboard's charts (QtCharts), for the figures a person would rather look at:

* progression per quarter: the two progression shares against the target line;
* reach: the year's head count of each audience against its target;
* shares: every share criterion against its target.

Never colour alone: the two progression lines differ in marker shape and line style, and the
target bars are hatched. A click on a bar or a point asks for the records behind it
(:attr:`DashboardCharts.figure_requested`). Each chart's accessible description holds its
numbers in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QScrollArea, QSizePolicy, QWidget

from vink_desktop.domain.success_criteria import Measure
from vink_desktop.services.success_criteria import CriterionResult
from vink_desktop.ui import dashboard_texts as texts

_SERIES = (QColor("#0072B2"), QColor("#009E73"))
_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashDotLine)
_SHAPES = (QScatterSeries.MarkerShape.MarkerShapeCircle,
           QScatterSeries.MarkerShape.MarkerShapeRectangle)  # fmt: skip
_RESULT = QColor("#0072B2")
_TARGET = QColor("#D55E00")
_INK = QColor("#1a1a1a")


def _chart_view(name: str, parent: QWidget) -> QChartView:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart, parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    em = view.fontMetrics().height()
    view.setMinimumSize(22 * em, 15 * em)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return view


def _reset(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _target_set(name: str) -> QBarSet:
    target = QBarSet(name)
    target.setColor(QColor("#ffffff"))
    target.setBrush(QBrush(_TARGET, Qt.BrushStyle.BDiagPattern))
    target.setBorderColor(_TARGET)
    target.setLabelColor(_INK)
    return target


def _nice_ceiling(value: float) -> tuple[float, int]:
    """An axis maximum at a round step (1, 2, 2.5 or 5 times a power of ten) at or above
    ``value``, and the number of ticks that puts a label on each step (at most 7)."""
    power = 1.0
    while power * 10 <= value:
        power *= 10
    step = power
    for factor in (0.1, 0.2, 0.25, 0.5, 1.0, 2.0):
        step = factor * power
        if value / step <= 6:
            break
    step = max(step, 1.0)  # head counts: whole steps
    steps = max(1, -(-value // step))
    return steps * step, int(steps) + 1


class DashboardCharts(QScrollArea):
    """Three charts over the rows of one criteria table."""

    #: (criterion id, quarter 1–4 or 0 for the year) of a clicked bar or point.
    figure_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCharts")
        self.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        self.progression = _chart_view("progressionChart", body)
        self.reach = _chart_view("reachChart", body)
        self.shares = _chart_view("sharesChart", body)
        grid.addWidget(self.progression, 0, 0)
        grid.addWidget(self.reach, 0, 1)
        grid.addWidget(self.shares, 1, 0, 1, 2)
        self.setWidget(body)
        self._reach_ids: list[str] = []
        self._share_ids: list[str] = []

    def clear(self) -> None:
        for view in (self.progression, self.reach, self.shares):
            _reset(view.chart())
            view.setAccessibleDescription("")

    def set_rows(self, rows: Sequence[CriterionResult]) -> None:
        self._progression([r for r in rows if r.criterion.track is not None])
        self._reach([r for r in rows if r.criterion.measure is Measure.COUNT_AT_LEAST])
        self._shares([r for r in rows if r.criterion.measure is Measure.SHARE_AT_LEAST])

    # -- progression per quarter ----------------------------------------------------------

    def _progression(self, rows: Sequence[CriterionResult]) -> None:
        chart = self.progression.chart()
        _reset(chart)
        title = self.tr("Progression per quarter against the target")
        chart.setTitle(title)
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.progression.setAccessibleName(title)
        x_axis = QBarCategoryAxis()
        x_axis.append([self.tr("Q1"), self.tr("Q2"), self.tr("Q3"), self.tr("Q4")])
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Share with progression (%)"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        description: list[str] = []
        target = 0.8
        for index, row in enumerate(rows):
            target = row.criterion.target
            colour = _SERIES[index % len(_SERIES)]
            line = QLineSeries()
            line.setName(texts.short_label(row.criterion.id))
            line.setPen(QPen(colour, 2.4, _STYLES[index % len(_STYLES)]))
            points = QScatterSeries()
            points.setName(texts.short_label(row.criterion.id))
            points.setMarkerShape(_SHAPES[index % len(_SHAPES)])
            points.setMarkerSize(11)
            points.setColor(colour)
            points.setBorderColor(QColor("#ffffff"))
            for q, figure in enumerate(row.quarters):
                if figure.value is not None:
                    line.append(QPointF(q, round(figure.value * 100)))
                    points.append(QPointF(q, round(figure.value * 100)))
            for series in (line, points):
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
            chart.legend().markers(line)[0].setVisible(False)
            cid = row.criterion.id
            points.clicked.connect(
                lambda point, cid=cid: self.figure_requested.emit(cid, round(point.x()) + 1)
            )
            description.append(f"{texts.short_label(cid)}: {texts.trend_description(row)}")
        goal = QLineSeries()
        goal.setName(self.tr("Target {target}").format(target=texts.percent(target)))
        goal.setPen(QPen(_TARGET, 1.8, Qt.PenStyle.DashLine))
        goal.append(QPointF(-0.5, target * 100))
        goal.append(QPointF(3.5, target * 100))
        chart.addSeries(goal)
        goal.attachAxis(x_axis)
        goal.attachAxis(y_axis)
        self.progression.setAccessibleDescription(". ".join(description))

    # -- reach ----------------------------------------------------------------------------

    def _reach(self, rows: Sequence[CriterionResult]) -> None:
        chart = self.reach.chart()
        _reset(chart)
        title = self.tr("Reach in the year against the targets")
        chart.setTitle(title)
        self.reach.setAccessibleName(title)
        reached = QBarSet(self.tr("Reached"))
        reached.setColor(_RESULT)
        reached.setLabelColor(_INK)
        target = _target_set(self.tr("Target"))
        categories = []
        peak = 1.0
        for row in rows:
            reached.append(float(row.successes))
            target.append(float(row.criterion.target))
            categories.append(texts.short_label(row.criterion.id))
            peak = max(peak, float(row.successes), row.criterion.target)
        self._reach_ids = [r.criterion.id for r in rows]
        series = QBarSeries()
        series.append(reached)
        series.append(target)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        y_axis = QValueAxis()
        top, ticks = _nice_ceiling(peak * 1.12)
        y_axis.setRange(0, top)
        y_axis.setTickCount(ticks)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Participants"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        reached.clicked.connect(self._reach_clicked)
        self.reach.setAccessibleDescription(
            ". ".join(
                f"{texts.short_label(r.criterion.id)}: {texts.value_text(r)}"
                f" ({texts.target_text(r)})"
                for r in rows
            )
        )

    def _reach_clicked(self, index: int) -> None:
        if 0 <= index < len(self._reach_ids):
            self.figure_requested.emit(self._reach_ids[index], 0)

    # -- shares ---------------------------------------------------------------------------

    def _shares(self, rows: Sequence[CriterionResult]) -> None:
        chart = self.shares.chart()
        _reset(chart)
        title = self.tr("Shares in the year against the targets")
        chart.setTitle(title)
        self.shares.setAccessibleName(title)
        ordered = list(reversed(rows))  # a horizontal bar chart draws from the bottom up
        result = QBarSet(self.tr("Result"))
        result.setColor(_RESULT)
        result.setLabelColor(_INK)
        target = _target_set(self.tr("Target"))
        target.setLabelColor(QColor(0, 0, 0, 0))  # the target is on the axis; no label
        for row in ordered:
            result.append(round((row.value or 0) * 100))
            target.append(round(row.criterion.target * 100))
        self._share_ids = [r.criterion.id for r in ordered]
        series = QHorizontalBarSeries()
        series.append(result)
        series.append(target)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value %" if texts.percent(0.5).endswith(" %") else "@value%")
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append([texts.short_label(r.criterion.id) for r in ordered])
        x_axis = QValueAxis()
        x_axis.setRange(0, 110)
        x_axis.setTickCount(12)
        x_axis.setLabelFormat("%d")
        x_axis.setTitleText(self.tr("Share (%)"))
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        result.clicked.connect(self._share_clicked)
        em = self.fontMetrics().height()
        self.shares.setMinimumHeight(int((6 + 2.2 * len(rows)) * em))
        self.shares.setAccessibleDescription(
            ". ".join(
                f"{texts.short_label(r.criterion.id)}: {texts.value_text(r)}"
                f" ({texts.target_text(r)}; {texts.met_text(r)})"
                for r in rows
            )
        )

    def _share_clicked(self, index: int) -> None:
        if 0 <= index < len(self._share_ids):
            self.figure_requested.emit(self._share_ids[index], 0)
