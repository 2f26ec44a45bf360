"""Screenshots of the course screens in Danish, with demo data.

Written into ``docs/screenshots/`` with ``VINK_SCREENSHOTS=1`` (or ``--screenshots``),
otherwise into the test's temporary folder, so the suite always renders them. Each one is
also checked for the basics a reader would notice: the chart has its points, the window
is not empty. The ``*-200pct`` shots render at device pixel ratio 2 in a window of
683 × 384 logical pixels: a 1366 × 768 laptop at 200 % scaling.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from course_ui_helpers import MENTORING_RATINGS, child, choose, fill_session
from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import render_shot, show_sized

from vink_desktop.domain.model import CourseStatus, ParticipantKind, Track
from vink_desktop.services import courses, demo, participants
from vink_desktop.services.context import Context
from vink_desktop.ui.course_dialogs import CloseCourseDialog, OpenCourseDialog
from vink_desktop.ui.courses_view import CoursesView
from vink_desktop.ui.participant_dialog import ParticipantDialog


@pytest.fixture
def demo_ctx(ctx: Context, danish: None) -> Iterator[Context]:
    demo.generate_demo(ctx, 2014, 120)
    yield ctx


def _view(ctx: Context, qtbot: QtBot, width: int = 1280, height: int = 800) -> CoursesView:
    view = CoursesView(ctx)
    show_sized(view, qtbot, width, height)
    return view


def _good_course(ctx: Context) -> str:
    """An active mentoring course seen lately, with a handful of sessions and clear change."""
    rows = courses.list_courses(ctx)
    best = max(
        (r for r in rows if r.track is Track.MENTORING and r.status is CourseStatus.ACTIVE),
        key=lambda r: (
            r.last_session_utc is not None and r.last_session_utc >= "2026-02-20",
            6 <= r.sessions <= 14,
            r.overall_change or -99,
        ),
    )
    return best.id


def test_screenshot_course_list(demo_ctx: Context, qtbot: QtBot, shots: Path) -> None:
    view = _view(demo_ctx, qtbot)
    view.table.selectRow(2)
    assert view.counts.text()
    render_shot(view, shots, "courses-list")
    view.off_track_only.setChecked(True)
    view.status_filter.setCurrentIndex(view.status_filter.findData("open"))
    render_shot(view, shots, "courses-list-off-track")
    view.resize(683, 384)
    render_shot(view, shots, "courses-list-200pct", scale=2.0)


def test_screenshot_course_view_with_chart(demo_ctx: Context, qtbot: QtBot, shots: Path) -> None:
    view = _view(demo_ctx, qtbot, 1280, 1000)
    view.open_course(_good_course(demo_ctx))
    series = view.course_view.chart().line_series()
    assert series["overall"].count() >= 3
    render_shot(view, shots, "course-view")
    view.course_view.chart().setCurrentIndex(1)
    render_shot(view.course_view.chart(), shots, "course-view-table")
    view.course_view.chart().setCurrentIndex(0)
    view.resize(683, 384)
    render_shot(view, shots, "course-view-200pct", scale=2.0)


def test_screenshot_session_editor(demo_ctx: Context, qtbot: QtBot, shots: Path) -> None:
    person = participants.add_participant(demo_ctx, "Yusuf-T7", ParticipantKind.YOUTH)
    course = courses.open_course(demo_ctx, person.id, date(2026, 1, 5))
    view = _view(demo_ctx, qtbot, 1000, 1200)
    view.open_course(course.id)
    editor = view.open_editor(course.id, None)
    fill_session(
        editor,
        day=date(2026, 3, 12),
        at="09:30",
        duration=45,
        ratings=dict(list(MENTORING_RATINGS[1].items())[:5]),
        self_rating=3,
        notes="Samtale på biblioteket om skolen og en video, der er blevet delt i klassen.",
        follow_up="Ringe til klasselæreren inden fredag.",
    )
    child(editor, QWidget, "help:extremist_ties").click()
    render_shot(view, shots, "session-editor")
    view.resize(683, 384)
    render_shot(view, shots, "session-editor-200pct", scale=2.0)


def test_screenshot_dialogs(demo_ctx: Context, qtbot: QtBot, shots: Path) -> None:
    dialog = ParticipantDialog(demo_ctx)
    qtbot.addWidget(dialog)
    child(dialog, QLineEdit, "participantCode").setText("Hanne-F9")
    choose(child(dialog, QComboBox, "participantKind"), "parent")
    child(dialog, QLineEdit, "participantLinkFilter").setText("a")
    dialog.show()
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)))
    qtbot.waitExposed(dialog)
    render_shot(dialog, shots, "participant-dialog")

    youth = participants.list_participants(demo_ctx, kind=ParticipantKind.YOUTH)
    free = next(
        p
        for p in youth
        if all(
            r.status is CourseStatus.CLOSED
            for r in courses.list_courses(demo_ctx)
            if r.participant_id == p.id
        )
    )
    opener = OpenCourseDialog(demo_ctx, free.id)
    qtbot.addWidget(opener)
    opener.show()
    opener.resize(opener.sizeHint().expandedTo(QSize(520, 0)))
    qtbot.waitExposed(opener)
    render_shot(opener, shots, "open-course-dialog")

    course_id = _good_course(demo_ctx)
    closer = CloseCourseDialog(demo_ctx, course_id)
    qtbot.addWidget(closer)
    child(closer, QDateEdit, "closeEndDate").setDate(QDate(2026, 3, 12))
    choose(child(closer, QComboBox, "closeReason"), "goals_met")
    child(closer, QPlainTextEdit, "closeEvaluation").setPlainText(
        "Den unge har fået fodfæste i en klub og er begyndt på en uddannelse."
    )
    closer.show()
    closer.resize(closer.sizeHint().expandedTo(QSize(520, 0)))
    qtbot.waitExposed(closer)
    render_shot(closer, shots, "close-course-dialog")
