"""The yearly report's charts, drawn with QPainter into images (no widgets, no window).

Each chart reads black-and-white too: values are written beside the bars, targets are
dashed lines, and the quarter lines differ in marker shape as well as colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from vink_desktop.services.yearly_report import ReportRow

#: Drawn this many times larger than the size it is shown at, for a sharp print.
SCALE = 3
_INK = QColor("#1a1a1a")
_GRID = QColor("#d0d0d0")
_BAR = QColor("#0072B2")
_BAR_MET = QColor("#009E73")
_TARGET = QColor("#D55E00")
_SERIES = (QColor("#0072B2"), QColor("#D55E00"), QColor("#009E73"), QColor("#CC79A7"))
_MARKERS = ("circle", "square", "triangle", "diamond")


def _canvas(width: int, height: int) -> tuple[QImage, QPainter]:
    image = QImage(width * SCALE, height * SCALE, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(SCALE, SCALE)
    return image, painter


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _pct(value: float) -> str:
    return f"{round(value * 100)} %"


def share_chart(rows: Sequence[ReportRow], labels: dict[str, str]) -> QImage:
    """Horizontal bars: each share criterion's value with its 95 % interval (whisker) and
    its target (dashed mark)."""
    width, row_h, left, right, top = 640, 34, 215, 70, 14
    height = top + row_h * len(rows) + 34
    image, p = _canvas(width, height)
    plot = QRectF(left, top, width - left - right, row_h * len(rows))

    def x(value: float) -> float:
        return plot.left() + plot.width() * value

    p.setFont(_font(6.5))
    for tick in range(0, 101, 20):
        p.setPen(QPen(_GRID, 0.6))
        p.drawLine(QPointF(x(tick / 100), plot.top()), QPointF(x(tick / 100), plot.bottom()))
        p.setPen(_INK)
        p.drawText(QRectF(x(tick / 100) - 20, plot.bottom() + 3, 40, 12),
                   Qt.AlignmentFlag.AlignHCenter, f"{tick} %")  # fmt: skip
    for index, row in enumerate(rows):
        y = plot.top() + index * row_h
        p.setPen(_INK)
        p.setFont(_font(7))
        p.drawText(QRectF(0, y, left - 8, row_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   labels.get(row.criterion_id, row.label_da))  # fmt: skip
        bar = QRectF(plot.left(), y + row_h * 0.28, 0, row_h * 0.44)
        if row.value is None:
            p.setFont(_font(6.5))
            p.setPen(QColor("#555555"))
            text = "ingen data" if row.note == "no_data" else "for få til at vise (<5)"
            p.drawText(QRectF(plot.left() + 4, y, plot.width(), row_h),
                       Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
        else:
            bar.setWidth(plot.width() * row.value)
            p.fillRect(bar, _BAR_MET if row.met else _BAR)
            if row.interval is not None:
                low, high = row.interval
                mid = bar.center().y()
                p.setPen(QPen(_INK, 1.1))
                p.drawLine(QPointF(x(low), mid), QPointF(x(high), mid))
                for end in (low, high):
                    p.drawLine(QPointF(x(end), mid - 4), QPointF(x(end), mid + 4))
            p.setPen(_INK)
            p.setFont(_font(7, bold=True))
            p.drawText(QRectF(plot.right() + 6, y, right - 6, row_h),
                       Qt.AlignmentFlag.AlignVCenter, _pct(row.value))  # fmt: skip
        target_pen = QPen(_TARGET, 1.6, Qt.PenStyle.DashLine)
        p.setPen(target_pen)
        p.drawLine(QPointF(x(row.target), y + 3), QPointF(x(row.target), y + row_h - 3))
    _legend(p, QPointF(left, height - 14),
            [("bar", _BAR, "resultat"), ("bar", _BAR_MET, "resultat, målet nået"),
             ("whisker", _INK, "95 %-interval"), ("target", _TARGET, "mål")])  # fmt: skip
    p.end()
    return image


def reach_chart(rows: Sequence[ReportRow], labels: dict[str, str]) -> QImage:
    """Vertical bars: the year's head count of each audience against its target."""
    width, height, left, bottom, top = 640, 230, 50, 50, 16
    image, p = _canvas(width, height)
    plot = QRectF(left, top, width - left - 20, height - top - bottom)
    values = [float(r.value) if r.value is not None else 0.0 for r in rows]
    peak = max([*values, *(r.target for r in rows), 1.0]) * 1.15
    step = _nice_step(peak)

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * value / peak

    p.setFont(_font(6.5))
    tick = 0.0
    while tick <= peak:
        p.setPen(QPen(_GRID, 0.6))
        p.drawLine(QPointF(plot.left(), y(tick)), QPointF(plot.right(), y(tick)))
        p.setPen(_INK)
        p.drawText(QRectF(0, y(tick) - 6, left - 6, 12),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   f"{int(tick)}")  # fmt: skip
        tick += step
    slot = plot.width() / max(1, len(rows))
    for index, row in enumerate(rows):
        cx = plot.left() + slot * (index + 0.5)
        bar_w = slot * 0.42
        value = values[index]
        bar = QRectF(cx - bar_w / 2, y(value), bar_w, plot.bottom() - y(value))
        p.fillRect(bar, _BAR_MET if row.met else _BAR)
        p.setPen(QPen(_TARGET, 1.6, Qt.PenStyle.DashLine))
        p.drawLine(
            QPointF(cx - slot * 0.36, y(row.target)), QPointF(cx + slot * 0.36, y(row.target))
        )
        p.setPen(_INK)
        p.setFont(_font(7, bold=True))
        shown = str(row.count)
        p.drawText(QRectF(cx - 40, min(y(value), y(row.target)) - 15, 80, 12),
                   Qt.AlignmentFlag.AlignHCenter, shown)  # fmt: skip
        p.setFont(_font(7))
        caption = f"{labels.get(row.criterion_id, row.label_da)} (mål {int(row.target)})"
        p.drawText(QRectF(cx - slot / 2, plot.bottom() + 4, slot, 26),
                   Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, caption)  # fmt: skip
    p.setPen(QPen(_INK, 0.8))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    _legend(p, QPointF(left, height - 12),
            [("bar", _BAR, "deltagere"), ("bar", _BAR_MET, "deltagere, målet nået"),
             ("target", _TARGET, "mål")])  # fmt: skip
    p.end()
    return image


def quarter_chart(rows: Sequence[ReportRow], labels: dict[str, str]) -> QImage:
    """Lines per quarter for share criteria; a quarter with too few to show is a gap."""
    width, height, left, bottom, top, right = 640, 250, 50, 56, 14, 20
    image, p = _canvas(width, height)
    plot = QRectF(left, top, width - left - right, height - top - bottom)

    def xy(quarter: int, value: float) -> QPointF:
        return QPointF(plot.left() + plot.width() * (quarter - 0.5) / 4,
                       plot.bottom() - plot.height() * value)  # fmt: skip

    p.setFont(_font(6.5))
    for tick in range(0, 101, 20):
        y = plot.bottom() - plot.height() * tick / 100
        p.setPen(QPen(_GRID, 0.6))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(_INK)
        p.drawText(QRectF(0, y - 6, left - 6, 12),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   f"{tick} %")  # fmt: skip
    for quarter in range(1, 5):
        p.drawText(QRectF(xy(quarter, 0).x() - 30, plot.bottom() + 3, 60, 12),
                   Qt.AlignmentFlag.AlignHCenter, f"{quarter}. kvartal")  # fmt: skip
    p.setPen(QPen(_TARGET, 1.4, Qt.PenStyle.DashLine))
    target_y = plot.bottom() - plot.height() * 0.8
    p.drawLine(QPointF(plot.left(), target_y), QPointF(plot.right(), target_y))
    legend: list[tuple[str, QColor, str]] = []
    for index, row in enumerate(rows):
        colour, marker = _SERIES[index % len(_SERIES)], _MARKERS[index % len(_MARKERS)]
        p.setPen(QPen(colour, 1.8))
        previous: QPointF | None = None
        for q in row.quarters:
            if q.value is None:
                previous = None
                continue
            point = xy(q.quarter, q.value)
            if previous is not None:
                p.drawLine(previous, point)
            _marker(p, marker, colour, point)
            p.setPen(QPen(colour, 1.8))
            previous = point
        legend.append((marker, colour, labels.get(row.criterion_id, row.label_da)))
    legend.append(("target", _TARGET, "mål 80 % (24 timer: 100 %)"))
    _legend(p, QPointF(left, height - 30), legend[:3])
    _legend(p, QPointF(left, height - 15), legend[3:])
    p.end()
    return image


def _nice_step(peak: float) -> float:
    for step in (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak / step <= 8:
            return float(step)
    return 10_000.0


def _marker(p: QPainter, shape: str, colour: QColor, at: QPointF, r: float = 3.6) -> None:
    p.setPen(QPen(QColor("#ffffff"), 0.8))
    p.setBrush(colour)
    if shape == "circle":
        p.drawEllipse(at, r, r)
    elif shape == "square":
        p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    else:
        path = QPainterPath()
        if shape == "triangle":
            path.moveTo(at.x(), at.y() - r * 1.2)
            path.lineTo(at.x() + r * 1.1, at.y() + r)
            path.lineTo(at.x() - r * 1.1, at.y() + r)
        else:
            path.moveTo(at.x(), at.y() - r * 1.3)
            path.lineTo(at.x() + r * 1.1, at.y())
            path.lineTo(at.x(), at.y() + r * 1.3)
            path.lineTo(at.x() - r * 1.1, at.y())
        path.closeSubpath()
        p.drawPath(path)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _legend(p: QPainter, at: QPointF, items: Sequence[tuple[str, QColor, str]]) -> None:
    x = at.x()
    p.setFont(_font(6.5))
    for kind, colour, text in items:
        mid = QPointF(x + 7, at.y() + 5)
        if kind == "bar":
            p.fillRect(QRectF(x, at.y(), 14, 10), colour)
        elif kind == "target":
            p.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, mid.y()), QPointF(x + 14, mid.y()))
        elif kind == "whisker":
            p.setPen(QPen(colour, 1.1))
            p.drawLine(QPointF(x, mid.y()), QPointF(x + 14, mid.y()))
            p.drawLine(QPointF(x, mid.y() - 4), QPointF(x, mid.y() + 4))
            p.drawLine(QPointF(x + 14, mid.y() - 4), QPointF(x + 14, mid.y() + 4))
        else:
            p.setPen(QPen(colour, 1.8))
            p.drawLine(QPointF(x, mid.y()), QPointF(x + 14, mid.y()))
            _marker(p, kind, colour, mid)
        p.setPen(_INK)
        width = p.fontMetrics().horizontalAdvance(text)
        p.drawText(QRectF(x + 18, at.y() - 1, width + 4, 12), Qt.AlignmentFlag.AlignVCenter, text)
        x += 18 + width + 16
