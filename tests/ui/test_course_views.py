"""The course screens end to end: real widgets, a real vault, offscreen.

Add a participant and open a course through the dialogs, record three sessions through the
session editor, see three points per series in the chart, find the view in the audit log,
and keep a draft across a lock (save_draft / clear / vault closed / restore).
"""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

from course_ui_helpers import MENTORING_RATINGS, child, choose, click, fill_session
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from vink_desktop.domain.model import ContactKind, CourseStatus, ParticipantKind
from vink_desktop.services import audit_service, courses, participants, sessions, vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.ui.course_dialogs import CloseCourseDialog, OpenCourseDialog
from vink_desktop.ui.course_list_model import COL_CODE, OFF_TRACK_REASONS_ROLE
from vink_desktop.ui.courses_view import PAGE_COURSE, PAGE_LIST, CoursesView
from vink_desktop.ui.participant_dialog import ParticipantDialog
from vink_desktop.ui.session_editor import SessionEditor

PASSPHRASE = "correct horse battery staple"  # as in tests/conftest.py


def _view(ctx: Context, qtbot: QtBot) -> CoursesView:
    view = CoursesView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def _add_participant_and_course(view: CoursesView, qtbot: QtBot, code: str) -> str:
    click(qtbot, view, "newParticipantButton")
    dialog = view.findChild(ParticipantDialog, "participantDialog")
    assert dialog is not None and dialog.isVisible()
    child(dialog, QLineEdit, "participantCode").setText(code)
    choose(child(dialog, QComboBox, "participantKind"), "youth")
    child(dialog, QSpinBox, "participantBirthYear").setValue(2010)
    child(dialog, QComboBox, "participantDistrict").setCurrentText("Nørrebro")
    choose(child(dialog, QComboBox, "participantReferral"), "school")
    child(dialog, QLineEdit, "participantName").setText("Local Name")
    click(qtbot, dialog, "participantOk")
    # Adding a participant goes straight on to opening a course for them.
    opener = view.findChild(OpenCourseDialog, "openCourseDialog")
    assert opener is not None and opener.isVisible()
    assert child(opener, QComboBox, "courseParticipant").currentText().startswith(code)
    child(opener, QDateEdit, "courseStartDate").setDate(QDate(2026, 1, 5))
    click(qtbot, opener, "openCourseOk")
    assert opener.course is not None
    return opener.course.id


def test_participant_course_three_sessions_chart_and_audit(
    ctx: Context, qtbot: QtBot, clock: FixedClock
) -> None:
    view = _view(ctx, qtbot)
    assert view.model.rowCount() == 0
    course_id = _add_participant_and_course(view, qtbot, "Yusuf-T1")
    person = participants.get_participant(ctx, "Yusuf-T1")
    assert person.kind is ParticipantKind.YOUTH and person.birth_year == 2010
    assert person.district == "Nørrebro" and person.name == "Local Name"
    # The new course shows in the list (through the event bridge) and is opened.
    assert view.model.rowCount() == 1
    assert view.current_page() == PAGE_COURSE
    assert view.course_view.course_id == course_id
    assert "Yusuf-T1" in child(view, QLabel, "courseTitle").text()

    timings = []
    for number, (day, ratings) in enumerate(
        zip((date(2026, 1, 8), date(2026, 2, 5), date(2026, 3, 5)), MENTORING_RATINGS, strict=True)
    ):
        click(qtbot, view.course_view, "newSessionButton")
        editor = view.editor()
        assert editor is not None and editor.session_id is None
        fill_session(
            editor,
            day=day,
            at="15:30",
            duration=45 + number * 15,
            kind="meeting" if number != 1 else "home_visit",
            ratings=ratings,
            self_rating=2 + number,
            notes=f"Session {number + 1}: talked about school.",
        )
        started = time.perf_counter()
        click(qtbot, editor, "saveSessionButton")
        timings.append((time.perf_counter() - started) * 1000)
        assert view.editor() is None, editor.problem_fields()
        assert view.current_page() == PAGE_COURSE
    print(f"\nsave session + refresh (ms): {', '.join(f'{t:.1f}' for t in timings)}")

    stored = sessions.list_sessions(ctx, course_id)
    assert len(stored) == 3
    assert stored[0].ratings == MENTORING_RATINGS[0]
    assert [s.self_rating for s in stored] == [2, 3, 4]
    assert stored[1].contact_kind.value == "home_visit"
    assert stored[0].start.wall.hour == 15 and stored[0].start.wall.minute == 30

    series = view.course_view.chart().line_series()
    for name in ("overall", "domain:concern", "domain:resilience", "self"):
        assert series[name].count() == 3, name
    assert series["baseline"].count() == 2
    assert series["baseline"].at(0).y() == series["overall"].at(0).y()
    assert series["overall"].at(2).y() > series["overall"].at(0).y()
    # The same numbers in the table for screen readers.
    table_model = view.course_view.chart()._table.model()
    assert table_model.rowCount() == 3
    assert child(view.course_view, QLabel, "courseProgression").text() in ("Ja", "Yes")
    assert child(view.course_view, QLabel, "courseSelfProgression").text() in ("Ja", "Yes")

    # The list row follows: three sessions, a score.
    row = view.model.summary(0)
    assert row.sessions == 3 and row.current_score is not None and row.progression is True

    # Opening the course was audited as a view (through the service); refreshing after the
    # mentor's own saves was not counted as new views.
    views = audit_service.list_audit(ctx, course_id=course_id, action="view")
    assert len(views) == 1
    view.show_list()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.current_page() == PAGE_COURSE
    assert len(audit_service.list_audit(ctx, course_id=course_id, action="view")) == 2


def test_edit_pause_resume_and_close(ctx: Context, qtbot: QtBot) -> None:
    person = participants.add_participant(ctx, "Sara-K2", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, person.id, date(2026, 1, 5))
    first = sessions.record_session(
        ctx,
        course.id,
        sessions.SessionInput(
            start=datetime(2026, 1, 9, 14, 0),
            duration_minutes=60,
            contact_kind=ContactKind.PHONE,
            ratings=dict(MENTORING_RATINGS[0]),
        ),
    )
    view = _view(ctx, qtbot)
    view.open_course(course.id)
    # Edit the only session: the editor opens with its values.
    click(qtbot, view.course_view, "editSessionButton")
    editor = view.editor()
    assert editor is not None and editor.session_id == first.id
    assert child(editor, QComboBox, "rating:extremist_ties").currentData() == 4
    child(editor, QPlainTextEdit, "sessionNotes").setPlainText("Changed notes")
    click(qtbot, editor, "saveSessionButton")
    assert sessions.get_session(ctx, first.id).notes == "Changed notes"
    assert sessions.get_session(ctx, first.id).revision == 2

    click(qtbot, view.course_view, "pauseResumeButton")
    assert courses.get_course(ctx, course.id).status is CourseStatus.PAUSED
    assert view.model.summary(0).status is CourseStatus.PAUSED
    click(qtbot, view.course_view, "pauseResumeButton")
    assert courses.get_course(ctx, course.id).status is CourseStatus.ACTIVE

    click(qtbot, view.course_view, "closeCourseButton")
    dialog = view.findChild(CloseCourseDialog, "closeCourseDialog")
    assert dialog is not None
    # An end before the last session is refused next to the field.
    child(dialog, QDateEdit, "closeEndDate").setDate(QDate(2026, 1, 6))
    click(qtbot, dialog, "closeCourseOk")
    assert dialog.isVisible()
    assert not child(dialog, QLabel, "error:end").isHidden()
    child(dialog, QDateEdit, "closeEndDate").setDate(QDate(2026, 3, 1))
    choose(child(dialog, QComboBox, "closeReason"), "goals_met")
    child(dialog, QPlainTextEdit, "closeEvaluation").setPlainText("Went well.")
    click(qtbot, dialog, "closeCourseOk")
    closed = courses.get_course(ctx, course.id)
    assert closed.status is CourseStatus.CLOSED and closed.final_evaluation == "Went well."
    assert not child(view.course_view, type(view.open_button), "newSessionButton").isEnabled()
    assert view.model.summary(0).status is CourseStatus.CLOSED


def test_participant_dialog_shows_problems_inline_and_links_a_parent(
    ctx: Context, qtbot: QtBot
) -> None:
    youth = participants.add_participant(ctx, "Omar-B3", ParticipantKind.YOUTH)
    dialog = ParticipantDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog, "participantOk")  # no code
    assert dialog.isVisible()
    assert not child(dialog, QLabel, "error:code").isHidden()
    child(dialog, QLineEdit, "participantCode").setText("Omar-B3")
    click(qtbot, dialog, "participantOk")  # duplicate
    assert child(dialog, QLabel, "error:code").text()
    child(dialog, QLineEdit, "participantCode").setText("Hanne-F3")
    choose(child(dialog, QComboBox, "participantKind"), "parent")
    assert not dialog.links_box.isHidden()
    dialog.set_linked([youth.id])
    click(qtbot, dialog, "participantOk")
    parent = participants.get_participant(ctx, "Hanne-F3")
    assert parent.linked_youth_ids == (youth.id,)
    # Every input has an accessible name.
    for name in ("participantCode", "participantName", "participantContact"):
        assert child(dialog, QLineEdit, name).accessibleName()


def test_off_track_badge_reasons_in_the_list(ctx: Context, qtbot: QtBot) -> None:
    person = participants.add_participant(ctx, "Ali-Q4", ParticipantKind.YOUTH)
    courses.open_course(ctx, person.id, date(2025, 10, 1))  # no session for 23 weeks
    view = _view(ctx, qtbot)
    index = view.proxy.index(0, 0)
    reasons = index.data(OFF_TRACK_REASONS_ROLE)
    assert reasons and any("23" in reason for reason in reasons)
    assert index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert view.proxy.index(0, COL_CODE).data() == "Ali-Q4"
    assert child(view, QLabel, "courseCounts").text().startswith("1 ")


def test_draft_survives_lock_and_unlock(
    ctx: Context, qtbot: QtBot, clock: FixedClock, vault_dir: Path
) -> None:
    person = participants.add_participant(ctx, "Emma-D5", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, person.id, date(2026, 1, 5))
    view = _view(ctx, qtbot)
    view.open_course(course.id)
    click(qtbot, view.course_view, "newSessionButton")
    editor = view.editor()
    assert editor is not None
    fill_session(
        editor,
        day=date(2026, 3, 10),
        at="16:15",
        duration=75,
        kind="phone",
        ratings={"extremist_ties": 3, "source_criticism": 4},
        self_rating=3,
        notes="Half-written note about the week",
        follow_up="Call the school",
        acute=True,
    )
    # The debounced timer writes the draft about a second after the last change.
    key = editor.draft_key()
    qtbot.waitUntil(lambda: sessions.load_draft(ctx, key) is not None, timeout=3000)

    # Lock: save the draft, drop everything, close the vault.
    child(editor, QPlainTextEdit, "sessionNotes").setPlainText("Half-written note, more")
    view.save_draft()
    view.clear()
    assert view.editor() is None
    assert view.model.rowCount() == 0
    assert view.course_view.detail() is None
    assert view.current_page() == PAGE_LIST
    vault_service.close(ctx)

    # Unlock: the vault opens again; the view goes back into the editor with the draft.
    reopened = vault_service.open_vault(vault_dir, PASSPHRASE, clock=clock)
    view.restore(reopened)
    assert view.model.rowCount() == 1
    editor = view.editor()
    assert editor is not None and editor.restored_draft
    assert child(editor, QPlainTextEdit, "sessionNotes").toPlainText() == "Half-written note, more"
    assert child(editor, QPlainTextEdit, "sessionFollowUp").toPlainText() == "Call the school"
    assert child(editor, QComboBox, "rating:extremist_ties").currentData() == 3
    assert child(editor, QComboBox, "rating:source_criticism").currentData() == 4
    assert child(editor, QComboBox, "rating:us_and_them").currentData() is None
    assert child(editor, QComboBox, "sessionSelfRating").currentData() == 3
    assert child(editor, QComboBox, "sessionContactKind").currentData() == "phone"
    assert child(editor, QSpinBox, "sessionDuration").value() == 75
    assert editor.payload()["time"] == "16:15" and editor.payload()["acute_concern"] is True

    # Saving stores the session and discards the draft.
    click(qtbot, editor, "saveSessionButton")
    assert sessions.load_draft(reopened, key) is None
    stored = sessions.list_sessions(reopened, course.id)
    assert len(stored) == 1 and stored[0].notes == "Half-written note, more"
    assert stored[0].acute_concern
    vault_service.close(reopened)


def test_editor_reopened_without_lock_restores_draft(ctx: Context, qtbot: QtBot) -> None:
    person = participants.add_participant(ctx, "Ida-E6", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, person.id, date(2026, 1, 5))
    editor = SessionEditor(ctx, course.id)
    qtbot.addWidget(editor)
    child(editor, QPlainTextEdit, "sessionNotes").setPlainText("draft text")
    editor.save_draft()
    editor.close()
    again = SessionEditor(ctx, course.id)
    qtbot.addWidget(again)
    assert again.restored_draft
    assert child(again, QPlainTextEdit, "sessionNotes").toPlainText() == "draft text"
    # Cancel discards it.
    again.cancel()
    assert sessions.load_draft(ctx, again.draft_key()) is None
