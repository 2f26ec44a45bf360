"""Screenshots of the office record windows in Danish, with demo data in an office vault.

Written into ``docs/screenshots/`` with ``VINK_SCREENSHOTS=1`` (or ``--screenshots``),
otherwise into the test's temporary folder, so the suite always renders them. The Danish
comes from the compiled catalogue (``resources/i18n/vink_da.ts``). The ``*-200pct`` pictures
(temporary folder only) render at device pixel ratio 2 in 683 × 384 logical pixels: a
1366 × 768 laptop at 200 %.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from course_ui_helpers import child, choose
from office_ui_helpers import NOW, create_office
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import render_shot, show_sized

from vink_desktop.domain.model import CourseStatus, Track
from vink_desktop.domain.office import ConcernOutcome, ConcernSource
from vink_desktop.services import courses, demo, office_demo, office_records, vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.follow_up import DeviceSyncState
from vink_desktop.services.office_records import ConcernInput
from vink_desktop.ui.concern_reports_view import ConcernReportsView
from vink_desktop.ui.follow_up_view import FollowUpView
from vink_desktop.ui.outreach_view import OutreachView
from vink_desktop.ui.service_evaluation_dialog import ServiceEvaluationDialog


@pytest.fixture
def demo_office(tmp_path: Path, danish: None) -> Iterator[Context]:
    clock = FixedClock(NOW)
    ctx = create_office(tmp_path / "office", clock)
    demo.generate_demo(ctx, 2014, 120)
    office_demo.generate_office_demo(ctx, 7, concern_reports=160, activities_per_year=40)
    # Three fresh reports: one past its 24 hours, one waiting, one reacted to in time.
    add = office_records.add_concern
    add(ctx, ConcernInput(datetime(2026, 10, 31, 14, 20), ConcernSource.PARENT, new_code="Bek-A17"))
    add(ctx, ConcernInput(datetime(2026, 11, 2, 8, 15), ConcernSource.SCHOOL, new_code="Bek-A18"))
    reacted = add(
        ctx, ConcernInput(datetime(2026, 11, 1, 19, 5), ConcernSource.SSP, new_code="Bek-A19")
    )
    office_records.record_reaction(
        ctx, reacted.id, at=datetime(2026, 11, 2, 9, 10), outcome=ConcernOutcome.ADVICE_GIVEN
    )
    yield ctx
    if ctx.vault.is_open:
        vault_service.close(ctx)


def test_screenshot_concern_reports(
    demo_office: Context, qtbot: QtBot, shots: Path, tmp_path: Path
) -> None:
    view = ConcernReportsView(demo_office)
    show_sized(view, qtbot, 1280, 720)
    assert view.model.rowCount() == 163
    counts = child(view, QLabel, "concernCounts").text()
    assert "overskredet" in counts, counts  # Danish
    view.table.selectRow(1)
    render_shot(view, shots, "concern-reports")
    view.resize(683, 384)
    render_shot(view, tmp_path, "concern-reports-200pct", scale=2.0)
    # The dialogs fit a 1366 × 768 screen at 200 % (683 × 384 logical pixels).
    dialog = view.new_report_dialog()
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)))
    assert dialog.width() <= 683 and dialog.height() <= 384
    render_shot(dialog, tmp_path, "concern-report-dialog", scale=2.0)
    dialog.reject()
    for row in (0, 1):  # waiting for a reaction; reacted to
        reaction = view.reaction_dialog(view.proxy.row_id(row))
        reaction.resize(reaction.sizeHint().expandedTo(QSize(560, 0)))
        assert reaction.width() <= 683 and reaction.height() <= 384
        render_shot(reaction, tmp_path, f"reaction-dialog-{row}", scale=2.0)
        reaction.reject()


def test_screenshot_outreach(
    demo_office: Context, qtbot: QtBot, shots: Path, tmp_path: Path
) -> None:
    view = OutreachView(demo_office)
    show_sized(view, qtbot, 1280, 720)
    choose(child(view, QComboBox, "outreachYearFilter"), 2026)
    assert view.proxy.rowCount() > 10
    render_shot(view, shots, "outreach")
    view.resize(683, 384)
    render_shot(view, tmp_path, "outreach-200pct", scale=2.0)
    dialog = view.new_activity_dialog()
    choose(child(dialog, QComboBox, "outreachKind"), "staff_training")
    dialog.evaluation.setChecked(True)
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)))
    assert dialog.width() <= 683 and dialog.height() <= 384
    render_shot(dialog, tmp_path, "outreach-dialog", scale=2.0)
    dialog.reject()


def test_screenshot_follow_up(
    demo_office: Context, qtbot: QtBot, shots: Path, tmp_path: Path
) -> None:
    now = demo_office.clock.now()
    devices = [
        DeviceSyncState("d1", "7F3A 91C2 0B4E 55D1", now - timedelta(days=23, hours=3)),
        DeviceSyncState("d2", "C04B 2E19 88AF 3D70", now - timedelta(days=2), ((41, 42),)),
        DeviceSyncState("d3", "12EE 7A05 F3C9 6B28", now - timedelta(hours=5)),
    ]
    view = FollowUpView(demo_office, device_source=lambda _ctx: devices)
    show_sized(view, qtbot, 1280, 760)
    kinds = {view.model.shown_kind(row) for row in view.model.rows()}
    assert {"concern_overdue", "concern_pending", "off_track", "stale_device"} <= kinds
    first_course = next(
        r for r in range(view.proxy.rowCount()) if "kurs" in view.proxy.index(r, 0).data()
    )
    assert view.proxy.index(first_course, 0).data() == "Forløb ude af kurs"  # Danish
    view.table.selectRow(0)
    render_shot(view, shots, "follow-up")
    view.resize(683, 384)
    render_shot(view, tmp_path, "follow-up-200pct", scale=2.0)


def test_screenshot_service_evaluation(
    demo_office: Context, qtbot: QtBot, shots: Path, tmp_path: Path
) -> None:
    closed = next(
        r
        for r in courses.list_courses(demo_office)
        if r.status is CourseStatus.CLOSED
        and r.track is Track.MENTORING
        and office_records.evaluation_of_course(demo_office, r.id) is None
    )
    dialog = ServiceEvaluationDialog(demo_office, closed.id)
    choose(child(dialog, QComboBox, "serviceAnswer:ssp"), "yes")
    choose(child(dialog, QComboBox, "serviceAnswer:vink"), "yes")
    size = dialog.sizeHint().expandedTo(QSize(560, 0))
    show_sized(dialog, qtbot, size.width(), size.height())
    render_shot(dialog, shots, "service-evaluation")
    # At 200 % on a 1366 × 768 screen the dialog still fits (683 × 384 logical pixels).
    assert dialog.width() <= 683 and dialog.height() <= 384
    render_shot(dialog, tmp_path, "service-evaluation-200pct", scale=2.0)
