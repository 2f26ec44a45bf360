"""The session editor: every field, the framework's texts, keyboard use, inline validation
and drafts."""

from __future__ import annotations

from datetime import date

import pytest
from course_ui_helpers import MENTORING_RATINGS, child, choose, click, fill_session
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vink_desktop.domain.model import Course, ParticipantKind
from vink_desktop.services import courses, participants, sessions
from vink_desktop.services.context import Context
from vink_desktop.ui.session_editor import SessionEditor, draft_key


@pytest.fixture
def course(ctx: Context) -> Course:
    person = participants.add_participant(ctx, "Noah-S1", ParticipantKind.YOUTH)
    return courses.open_course(ctx, person.id, date(2026, 1, 5))


def _editor(
    ctx: Context, qtbot: QtBot, course_id: str, session_id: str | None = None
) -> SessionEditor:
    editor = SessionEditor(ctx, course_id, session_id)
    qtbot.addWidget(editor)
    editor.resize(900, 1000)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def test_every_indicator_shows_label_help_and_every_step(
    ctx: Context, qtbot: QtBot, course: Course
) -> None:
    editor = _editor(ctx, qtbot, course.id)
    track = ctx.frameworks.latest("vink-2014").track("mentoring")
    for indicator in track.indicators():
        combo = child(editor, QComboBox, f"rating:{indicator.id}")
        items = [combo.itemText(i) for i in range(combo.count())]
        assert combo.itemData(0) is None  # "not rated"
        assert items[1:] == [f"{s.value} – {s.label.da}" for s in indicator.scale.steps]
        assert combo.accessibleName() == indicator.label.da
        assert combo.accessibleDescription() == indicator.help.da
        assert combo.toolTip() == indicator.help.da
        help_text = child(editor, QLabel, f"helpText:{indicator.id}")
        assert help_text.text() == indicator.help.da and help_text.isHidden()
        button = child(editor, QToolButton, f"help:{indicator.id}")
        button.click()
        assert not help_text.isHidden()
        # The label is the combo's buddy (Alt+letter and screen readers find it).
        labels = [
            label for label in editor.findChildren(QLabel) if label.text() == indicator.label.da
        ]
        assert labels and labels[0].buddy() is combo
    own = child(editor, QComboBox, "sessionSelfRating")
    assert own.count() == 1 + len(track.self_report_scale.steps)
    assert own.itemText(4) == "4 – Tydelig fremgang"
    assert own.accessibleDescription() == track.self_report_question.da
    # Every input has an accessible name.
    for widget in editor.findChildren(QWidget):
        if isinstance(widget, QComboBox | QDateEdit | QSpinBox | QPlainTextEdit):
            assert widget.accessibleName(), widget.objectName()


def _tab_chain(start: QWidget, stop: QWidget) -> list[str]:
    names: list[str] = []
    widget = start
    for _ in range(200):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.objectName()
            and not widget.objectName().startswith("qt_")
        ):
            names.append(widget.objectName())
        if widget is stop:
            break
        widget = widget.nextInFocusChain()
    return names


def test_tab_order_follows_the_form(ctx: Context, qtbot: QtBot, course: Course) -> None:
    editor = _editor(ctx, qtbot, course.id)
    chain = _tab_chain(
        child(editor, QDateEdit, "sessionDate"), child(editor, QWidget, "cancelSessionButton")
    )
    expected_start = ["sessionDate", "sessionTime", "sessionDuration", "sessionContactKind"]
    assert chain[:5] == [*expected_start, "sessionNotes"]
    assert chain[5:7] == ["rating:extremist_ties", "help:extremist_ties"]
    ratings = [name for name in chain if name.startswith("rating:")]
    assert ratings == [f"rating:{i}" for i in MENTORING_RATINGS[0]]
    tail = chain[chain.index("rating:future_prospects") :]
    assert tail[2:] == [
        "sessionSelfRating",
        "sessionFollowUp",
        "sessionAcuteConcern",
        "saveSessionButton",
        "cancelSessionButton",
    ]


def test_keyboard_only_session(ctx: Context, qtbot: QtBot, course: Course) -> None:
    editor = _editor(ctx, qtbot, course.id)
    date_edit = child(editor, QDateEdit, "sessionDate")
    date_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is date_edit)
    # Walk through the form with Tab, as the mentor would; pick steps by their number.
    notes = child(editor, QPlainTextEdit, "sessionNotes")
    notes.setFocus()
    qtbot.keyClicks(notes, "Talked about the week")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    for value in (2, 2, 1, 2):  # the concern indicators
        focused = QApplication.focusWidget()
        assert isinstance(focused, QComboBox), focused
        qtbot.keyClick(focused, Qt.Key(ord(str(value))))
        assert focused.currentData() == value
        qtbot.keyClick(focused, Qt.Key.Key_Tab)  # to the "?" button
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for _ in range(4):  # the resilience indicators
        focused = QApplication.focusWidget()
        assert isinstance(focused, QComboBox), focused
        qtbot.keyClick(focused, Qt.Key.Key_4)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    own = QApplication.focusWidget()
    assert own is child(editor, QComboBox, "sessionSelfRating")
    qtbot.keyClick(own, Qt.Key.Key_3)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = sessions.list_sessions(ctx, course.id)
    assert len(stored) == 1
    assert stored[0].notes == "Talked about the week"
    assert stored[0].ratings["extremist_ties"] == 2 and stored[0].ratings["future_prospects"] == 4
    assert stored[0].self_rating == 3


def test_inline_validation_next_to_the_field(ctx: Context, qtbot: QtBot, course: Course) -> None:
    editor = _editor(ctx, qtbot, course.id)
    fill_session(editor, day=date(2025, 12, 1), duration=800)
    # Shown while typing (a dry run once the draft timer fires) ...
    qtbot.waitUntil(lambda: "start" in editor.problem_fields(), timeout=3000)
    # ... and when saving: nothing is stored, and the focus goes to the first problem.
    click(qtbot, editor, "saveSessionButton")
    assert sessions.list_sessions(ctx, course.id) == []
    start_error = child(editor, QLabel, "error:start")
    assert not start_error.isHidden() and start_error.text()
    assert not child(editor, QLabel, "error:duration_minutes").isHidden()
    assert child(editor, QLabel, "error:notes").isHidden()
    # Fix both: the problems go away and the session is saved.
    child(editor, QDateEdit, "sessionDate").setDate(QDate(2026, 2, 1))
    child(editor, QSpinBox, "sessionDuration").setValue(50)
    assert editor.save() is not None
    assert start_error.isHidden()


def test_nonexistent_time_is_shown_at_the_time_field(
    ctx: Context, qtbot: QtBot, course: Course
) -> None:
    editor = _editor(ctx, qtbot, course.id)
    fill_session(editor, day=date(2026, 3, 29), at="02:30")  # clocks go forward at 02:00
    assert editor.save() is None
    assert not child(editor, QLabel, "error:start").isHidden()


def test_edit_keeps_values_and_draft_key(ctx: Context, qtbot: QtBot, course: Course) -> None:
    editor = _editor(ctx, qtbot, course.id)
    fill_session(
        editor, day=date(2026, 2, 2), ratings=MENTORING_RATINGS[1], self_rating=2, notes="First"
    )
    session_id = editor.save()
    assert session_id is not None
    again = _editor(ctx, qtbot, course.id, session_id)
    assert (
        again.draft_key() == draft_key(course.id, session_id) == f"session:{course.id}:{session_id}"
    )
    assert again.payload()["ratings"] == MENTORING_RATINGS[1]
    assert again.payload()["date"] == "2026-02-02"
    choose(child(again, QComboBox, "rating:extremist_ties"), None)
    assert again.save() == session_id
    stored = sessions.get_session(ctx, session_id)
    assert "extremist_ties" not in stored.ratings and stored.revision == 2


def test_draft_is_written_about_a_second_after_typing(
    ctx: Context, qtbot: QtBot, course: Course
) -> None:
    editor = _editor(ctx, qtbot, course.id)
    key = editor.draft_key()
    assert key == f"session:{course.id}:new"
    qtbot.keyClicks(child(editor, QPlainTextEdit, "sessionNotes"), "abc")
    assert sessions.load_draft(ctx, key) is None  # not on every keystroke
    qtbot.waitUntil(lambda: sessions.load_draft(ctx, key) is not None, timeout=3000)
    assert sessions.load_draft(ctx, key)["notes"] == "abc"  # type: ignore[index]
    assert child(editor, QLabel, "draftStatus").text()
