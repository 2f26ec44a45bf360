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

from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot
from test_dashboard_fixtures import (  # noqa: F401 - fixtures
    office,
    office_clock,
    show_dashboard,
)
from ui_helpers import render_shot

from vink_desktop.services.context import Context
from vink_desktop.ui.dashboard_model import COL_VALUE


def test_screenshot_dashboard(office: Context, danish: None, qtbot: QtBot, shots: Path) -> None:
    view = show_dashboard(office, qtbot, 1280, 800)
    row = view.model.row_of("mentoring_progression")
    assert row is not None
    view.table.setCurrentIndex(view.model.index(row, COL_VALUE))
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Mål"  # Danish
    render_shot(view, shots, "dashboard")

    view.tabs.setCurrentWidget(view.charts)
    assert view.charts.progression.chart().series()
    render_shot(view, shots, "dashboard-charts")
    view.tabs.setCurrentIndex(0)

    dialog = view.open_drill_down("mentoring_progression")
    assert dialog is not None
    dialog.resize(1000, 560)
    dialog.table.selectRow(1)
    render_shot(dialog, shots, "dashboard-drill-down")

    report = view.open_report_dialog()
    report.path.setText("/home/sara/Dokumenter/vink-aarsrapport-2026.pdf")  # not a temp path
    report.resize(report.sizeHint().expandedTo(QSize(620, 0)))
    render_shot(report, shots, "dashboard-yearly-report-dialog")
    report.reject()

    view.resize(683, 384)
    render_shot(view, shots, "dashboard-200pct", scale=2.0)
