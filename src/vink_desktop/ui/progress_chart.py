"""The progress chart of one course (QtCharts) and a table of the same numbers.

Series, each with its own line style *and* marker shape so the chart reads in black and
white print too:

* ``overall``: the course score per complete assessment (thick solid line, circles);
* ``domain:<id>``: each domain's score (dash-dot / dotted lines, squares / triangles …);
* ``baseline``: the first complete assessment as a dashed horizontal line;
* ``self``: the participant's own view, normalised to 0–100 like the scores (100 = the top
  step of the self-report scale), thin solid line with crosses.

The table tab holds the same numbers for screen readers and for copying.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLegend, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from vink_desktop.domain import framework as fw
from vink_desktop.domain.progress import CourseProgress
from vink_desktop.domain.scoring import SessionScore
from vink_desktop.ui import course_texts as words

# Okabe–Ito colours (distinguishable with colour-blindness), and never colour alone.
_OVERALL = QColor("#000000")
_DOMAIN_COLOURS = (QColor("#0072B2"), QColor("#D55E00"), QColor("#009E73"), QColor("#CC79A7"))
_DOMAIN_STYLES = (Qt.PenStyle.DashDotLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotDotLine)
_DOMAIN_MARKERS = ("square", "triangle", "diamond", "star")
_SELF = QColor("#8a5a00")
_BASELINE = QColor("#555555")
_MARKER_SIZE = 11


def _marker(shape: str, colour: QColor, size: int = _MARKER_SIZE * 2) -> QImage:
    """A marker image (drawn large, scaled down by the chart) for one series."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff") if shape != "cross" else colour, 2))
    painter.setBrush(QBrush(colour))
    m = 2.0
    s = float(size)
    if shape == "circle":
        painter.drawEllipse(int(m), int(m), int(s - 2 * m), int(s - 2 * m))
    elif shape == "square":
        painter.drawRect(int(m + 1), int(m + 1), int(s - 2 * m - 2), int(s - 2 * m - 2))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(s / 2, m), QPointF(s - m, s - m), QPointF(m, s - m)])
        )
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [QPointF(s / 2, m), QPointF(s - m, s / 2), QPointF(s / 2, s - m), QPointF(m, s / 2)]
            )
        )
    elif shape == "cross":
        painter.setPen(QPen(colour, 4))
        painter.drawLine(QPointF(m + 2, m + 2), QPointF(s - m - 2, s - m - 2))
        painter.drawLine(QPointF(s - m - 2, m + 2), QPointF(m + 2, s - m - 2))
    else:  # star: a five-pointed star
        from math import cos, pi, sin

        points = []
        for k in range(10):
            radius = (s / 2 - m) if k % 2 == 0 else (s / 2 - m) * 0.45
            angle = -pi / 2 + k * pi / 5
            points.append(QPointF(s / 2 + radius * cos(angle), s / 2 + radius * sin(angle)))
        painter.drawPolygon(QPolygonF(points))
    painter.end()
    return image


def _when(score: SessionScore) -> QDateTime:
    """The session's day at noon, local time: one point per session date."""
    day = score.local_date
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def _x(score: SessionScore) -> float:
    return float(_when(score).toMSecsSinceEpoch())


def self_view_score(value: int, scale: fw.Scale) -> float:
    """A self rating on the 0–100 axis of the scores (the top step is 100)."""
    span = scale.maximum - scale.minimum
    return 100.0 * (value - scale.minimum) / span if span else 100.0


class ProgressChart(QTabWidget):
    """A chart tab and a table tab over one course's progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self._chart = QChart()
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self._view = QChartView(self._chart)
        self._view.setObjectName("progressChartView")
        self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._view.setMinimumHeight(260)
        self._view.setAccessibleName(self.tr("Progress chart"))
        self._table_model = QStandardItemModel(self)
        self._table = QTableView()
        self._table.setObjectName("progressTable")
        self._table.setModel(self._table_model)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.verticalHeader().setVisible(False)
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._table.setAccessibleName(self.tr("Progress in numbers"))
        self.addTab(self._view, self.tr("Chart"))
        self.addTab(self._table, self.tr("Table"))
        self._language = words.ui_language()
        self.clear()

    # -- public ---------------------------------------------------------------------------

    def chart(self) -> QChart:
        return self._chart

    def line_series(self) -> dict[str, QLineSeries]:
        """The chart's series by object name (``overall``, ``baseline``, ``self``,
        ``domain:<id>``)."""
        return {s.objectName(): s for s in self._chart.series() if isinstance(s, QLineSeries)}

    def clear(self) -> None:
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)
        self._chart.setTitle("")
        self._table_model.clear()
        self._view.setAccessibleDescription("")

    def set_progress(self, progress: CourseProgress, track: fw.Track) -> None:
        self.clear()
        self._language = words.ui_language()
        history = progress.history
        xs = {score.session_id: _x(score) for score in history}
        if not history:
            self._chart.setTitle(
                self.tr("No sessions yet: the chart fills in as sessions are rated")
            )
        series: list[QLineSeries] = []
        overall = self._line("overall", self.tr("Course score"), _OVERALL, Qt.PenStyle.SolidLine, 3)
        self._set_marker(overall, "circle", _OVERALL)
        for score in history:
            if score.overall is not None:
                overall.append(xs[score.session_id], score.overall)
        series.append(overall)
        for index, domain in enumerate(track.domains):
            colour = _DOMAIN_COLOURS[index % len(_DOMAIN_COLOURS)]
            line = self._line(
                f"domain:{domain.id}",
                words.text(domain.label, self._language),
                colour,
                _DOMAIN_STYLES[index % len(_DOMAIN_STYLES)],
                2,
            )
            self._set_marker(line, _DOMAIN_MARKERS[index % len(_DOMAIN_MARKERS)], colour)
            for score in history:
                domain_score = score.domain(domain.id)
                if domain_score is not None and domain_score.score is not None:
                    line.append(xs[score.session_id], domain_score.score)
            series.append(line)
        own = self._line("self", self.tr("Own view (0–100)"), _SELF, Qt.PenStyle.SolidLine, 1)
        self._set_marker(own, "cross", _SELF)
        for score in history:
            if score.self_rating is not None:
                own.append(
                    xs[score.session_id],
                    self_view_score(score.self_rating, track.self_report_scale),
                )
        series.append(own)
        if progress.baseline is not None and progress.baseline.overall is not None:
            baseline = self._line(
                "baseline", self.tr("Baseline"), _BASELINE, Qt.PenStyle.DashLine, 2
            )
            baseline.append(xs[progress.baseline.session_id], progress.baseline.overall)
            baseline.append(xs[history[-1].session_id], progress.baseline.overall)
            series.append(baseline)

        for line in series:
            self._chart.addSeries(line)
        x_axis = QDateTimeAxis()
        x_axis.setObjectName("dateAxis")
        x_axis.setFormat("dd.MM.yy" if self._language == "da" else "yyyy-MM-dd")
        x_axis.setTitleText(self.tr("Session date"))
        if history:
            first, last = _when(history[0]), _when(history[-1])
            span_days = max(1, first.daysTo(last))
            pad = max(2, span_days // 20)
            x_axis.setRange(first.addDays(-pad), last.addDays(pad))
            x_axis.setTickCount(min(6, max(2, len(history) + 1)))
        else:
            today = QDateTime.currentDateTime()
            x_axis.setRange(today.addDays(-7), today.addDays(7))
        y_axis = QValueAxis()
        y_axis.setObjectName("scoreAxis")
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Score (100 = best)"))
        self._chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for line in series:
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        self._fill_table(progress, track)
        self._view.setAccessibleDescription(
            self.tr("{count} sessions; the same numbers are in the Table tab.").format(
                count=len(history)
            )
        )

    # -- helpers --------------------------------------------------------------------------

    def _line(
        self, key: str, name: str, colour: QColor, style: Qt.PenStyle, width: int
    ) -> QLineSeries:
        line = QLineSeries()
        line.setObjectName(key)
        line.setName(name)
        pen = QPen(colour, width)
        pen.setStyle(style)
        line.setPen(pen)
        return line

    def _set_marker(self, line: QLineSeries, shape: str, colour: QColor) -> None:
        line.setMarkerSize(_MARKER_SIZE)
        line.setLightMarker(_marker(shape, colour))

    def _fill_table(self, progress: CourseProgress, track: fw.Track) -> None:
        language = self._language
        headers = [self.tr("Date")]
        headers += [words.text(domain.label, language) for domain in track.domains]
        headers += [self.tr("Course score"), self.tr("Own view"), self.tr("Note")]
        self._table_model.setHorizontalHeaderLabels(headers)
        scale = track.self_report_scale
        for score in progress.history:
            cells = [words.day(score.local_date)]
            for domain in track.domains:
                domain_score = score.domain(domain.id)
                cells.append(words.number(None if domain_score is None else domain_score.score))
            cells.append(words.number(score.overall))
            if score.self_rating is None:
                cells.append("–")
            else:
                label = words.text(scale.label(score.self_rating), language)
                cells.append(f"{score.self_rating} – {label}")
            notes = []
            if progress.baseline is not None and score.session_id == progress.baseline.session_id:
                notes.append(self.tr("Baseline"))
            current = progress.current
            if (
                current is not None
                and current is not progress.baseline
                and score.session_id == current.session_id
            ):
                notes.append(self.tr("Current"))
            if score.acute_concern:
                notes.append(self.tr("Acute concern"))
            if not score.complete:
                notes.append(self.tr("Not a complete assessment"))
            cells.append(", ".join(notes))
            items = []
            for column, value in enumerate(cells):
                item = QStandardItem(value)
                if 0 < column <= len(track.domains) + 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                items.append(item)
            self._table_model.appendRow(items)
