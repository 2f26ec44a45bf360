"""Screenshots of the success-criteria dashboard in Danish, with demo data: the table, the
charts, a drill-down, the yearly-report dialog, and the table at 200 % scaling.

Written into ``docs/screenshots/`` with ``VINK_SCREENSHOTS=1`` (or ``--screenshots``),
otherwise into the test's temporary folder, so the suite always renders them. The
``*-200pct`` shot renders at device pixel ratio 2 in a window of 683 × 384 logical pixels:
a 1366 × 768 laptop at 200 % scaling.
"""

# ruff: noqa: F811 - the fixtures are imported from test_dashboard_fixtures by name

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_dashboard_fixtures import (  # noqa: F401 - fixtures
    danish_dashboard,
    dashboard_qm,
    office,
    office_clock,
    show_dashboard,
)
from ui_helpers import screenshots_requested

from vink_desktop.services.context import Context
from vink_desktop.ui.dashboard_model import COL_VALUE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shots(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if screenshots_requested(request.config):
        folder = ROOT / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path


def _save(widget: QWidget, folder: Path, name: str, *, scale: float = 1.0) -> Path:
    QApplication.processEvents()
    size = widget.size()
    pixmap = QPixmap(QSize(int(size.width() * scale), int(size.height() * scale)))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(widget.palette().window().color())
    widget.render(pixmap)
    path = folder / f"{name}.png"
    assert pixmap.save(str(path))
    assert path.stat().st_size > 5_000
    return path


def test_screenshot_dashboard(
    office: Context, danish_dashboard: None, qtbot: QtBot, shots: Path
) -> None:
    view = show_dashboard(office, qtbot, 1280, 800)
    row = view.model.row_of("mentoring_progression")
    assert row is not None
    view.table.setCurrentIndex(view.model.index(row, COL_VALUE))
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Mål"  # Danish
    _save(view, shots, "dashboard")

    view.tabs.setCurrentWidget(view.charts)
    assert view.charts.progression.chart().series()
    _save(view, shots, "dashboard-charts")
    view.tabs.setCurrentIndex(0)

    dialog = view.open_drill_down("mentoring_progression")
    assert dialog is not None
    dialog.resize(1000, 560)
    dialog.table.selectRow(1)
    _save(dialog, shots, "dashboard-drill-down")

    report = view.open_report_dialog()
    report.path.setText("/home/sara/Dokumenter/vink-aarsrapport-2026.pdf")  # not a temp path
    report.resize(report.sizeHint().expandedTo(QSize(620, 0)))
    _save(report, shots, "dashboard-yearly-report-dialog")
    report.reject()

    view.resize(683, 384)
    _save(view, shots, "dashboard-200pct", scale=2.0)
