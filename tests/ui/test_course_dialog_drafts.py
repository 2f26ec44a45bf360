"""The courses view's dialogs survive the lock: through the real screen lock (Ctrl+L's path,
the vault closed, the passphrase typed on the overlay), the dialog that was open comes back
for the same subject with what was typed and a notice, and OK stores the record.

Also: a name typed into the participant dialog and left there across a lock is in no file
(the draft is inside the encrypted vault), as tests/services/test_sentinel.py checks for a
session's notes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from course_ui_helpers import child, choose, click
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot
from test_unlock_and_lock import unlock_overlay

from vink_desktop.domain.model import CourseStatus, ParticipantKind
from vink_desktop.domain.office import ServiceAnswer
from vink_desktop.services import courses, office_records, participants, sessions
from vink_desktop.services.context import Context
from vink_desktop.ui.course_dialogs import CloseCourseDialog, OpenCourseDialog
from vink_desktop.ui.courses_view import PAGE_COURSE, CoursesView
from vink_desktop.ui.lock import IdleWatcher, ScreenLock
from vink_desktop.ui.main_window import MainWindow
from vink_desktop.ui.participant_dialog import NEW_PARTICIPANT_DRAFT, ParticipantDialog
from vink_desktop.ui.service_evaluation_dialog import ServiceEvaluationDialog
from vink_desktop.ui.settings import Settings
from vink_desktop.ui.vault_access import VaultAccess

PASSPHRASE = "correct horse battery staple"  # as in tests/conftest.py
RESTORED = "Unsaved draft restored"
Wait = Callable[[object], None]


def _courses_window(
    qtbot: QtBot, ctx: Context, settings: Settings, access: VaultAccess
) -> tuple[MainWindow, CoursesView, ScreenLock]:
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    view = CoursesView(ctx)
    window.add_view("courses", "Courses", view)
    lock = ScreenLock(window, ctx, access, watcher=IdleWatcher(3_600_000, window))
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window, view, lock


def _lock_and_unlock(
    qtbot: QtBot, ctx: Context, view: CoursesView, lock: ScreenLock, wait: Wait
) -> None:
    lock.lock("shortcut")
    assert lock.is_locked and not ctx.vault.is_open
    assert view.dialogs.current() is None  # nothing readable over the overlay
    unlock_overlay(qtbot, lock, PASSPHRASE, wait)
    assert not lock.is_locked and ctx.vault.is_open


def _restored_notice(dialog: object, name: str) -> str:
    notice = child(dialog, QLabel, name)  # type: ignore[arg-type]
    assert notice.isVisible()
    return notice.text()


def test_participant_dialog_survives_the_lock(
    ctx: Context, qtbot: QtBot, ui_settings: Settings, access: VaultAccess, wait_idle: Wait
) -> None:
    youth = participants.add_participant(ctx, "Emil-K8", ParticipantKind.YOUTH)
    _window, view, lock = _courses_window(qtbot, ctx, ui_settings, access)
    click(qtbot, view, "newParticipantButton")
    dialog = view.dialogs.current()
    assert isinstance(dialog, ParticipantDialog)
    child(dialog, QLineEdit, "participantCode").setText("Mor-K9")
    choose(child(dialog, QComboBox, "participantKind"), "parent")
    child(dialog, QSpinBox, "participantBirthYear").setValue(1980)
    child(dialog, QComboBox, "participantDistrict").setCurrentText("Valby")
    choose(child(dialog, QComboBox, "participantReferral"), "school")
    child(dialog, QLineEdit, "participantName").setText("Hanne Local")
    child(dialog, QLineEdit, "participantContact").setText("+45 12 34 56 78")
    dialog.set_linked([youth.id])

    _lock_and_unlock(qtbot, ctx, view, lock, wait_idle)

    again = view.dialogs.current()
    assert isinstance(again, ParticipantDialog) and again.isVisible() and again is not dialog
    assert again.draft_key() == NEW_PARTICIPANT_DRAFT
    assert _restored_notice(again, "participantNotice") == RESTORED
    assert child(again, QLineEdit, "participantCode").text() == "Mor-K9"
    assert child(again, QComboBox, "participantKind").currentData() == "parent"
    assert child(again, QSpinBox, "participantBirthYear").value() == 1980
    assert child(again, QComboBox, "participantDistrict").currentText() == "Valby"
    assert child(again, QComboBox, "participantReferral").currentData() == "school"
    assert child(again, QLineEdit, "participantName").text() == "Hanne Local"
    assert child(again, QLineEdit, "participantContact").text() == "+45 12 34 56 78"
    assert again.linked_ids() == [youth.id]
    # The draft was taken out of the vault when the dialog came back.
    assert sessions.load_draft(ctx, NEW_PARTICIPANT_DRAFT) is None

    click(qtbot, again, "participantOk")
    parent = participants.get_participant(ctx, again.participant.id)  # type: ignore[union-attr]
    assert parent.code == "Mor-K9" and parent.name == "Hanne Local"
    assert parent.contact == "+45 12 34 56 78" and parent.birth_year == 1980
    # On to opening a course for the new parent, as without a lock.
    opener = view.dialogs.current()
    assert isinstance(opener, OpenCourseDialog)
    assert opener.participant.currentData() == parent.id


def test_open_course_dialog_survives_the_lock(
    ctx: Context, qtbot: QtBot, ui_settings: Settings, access: VaultAccess, wait_idle: Wait
) -> None:
    emil = participants.add_participant(ctx, "Emil-K8", ParticipantKind.YOUTH)
    sara = participants.add_participant(ctx, "Sara-K2", ParticipantKind.YOUTH)
    _window, view, lock = _courses_window(qtbot, ctx, ui_settings, access)
    # The participant the dialog is opened for is part of its draft key.
    keys = {view.open_course_dialog(pid).draft_key() for pid in (sara.id, None, emil.id)}
    assert len(keys) == 3
    dialog = view.dialogs.current()
    assert isinstance(dialog, OpenCourseDialog)
    key = dialog.draft_key()
    child(dialog, QDateEdit, "courseStartDate").setDate(QDate(2026, 2, 2))

    _lock_and_unlock(qtbot, ctx, view, lock, wait_idle)

    again = view.dialogs.current()
    assert isinstance(again, OpenCourseDialog) and again.isVisible()
    assert again.draft_key() == key
    assert _restored_notice(again, "openCourseDialogNotice") == RESTORED
    assert again.participant.currentData() == emil.id
    assert child(again, QDateEdit, "courseStartDate").date() == QDate(2026, 2, 2)
    click(qtbot, again, "openCourseOk")
    opened = courses.get_course(ctx, again.course.id)  # type: ignore[union-attr]
    assert opened.participant_id == emil.id and opened.start == date(2026, 2, 2)
    assert view.current_page() == PAGE_COURSE


def test_close_course_dialog_and_the_service_evaluation_survive_the_lock(
    ctx: Context, qtbot: QtBot, ui_settings: Settings, access: VaultAccess, wait_idle: Wait
) -> None:
    emil = participants.add_participant(ctx, "Emil-K8", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, emil.id, date(2026, 1, 5))
    _window, view, lock = _courses_window(qtbot, ctx, ui_settings, access)
    view.open_course(course.id)
    click(qtbot, view.course_view, "closeCourseButton")
    dialog = view.dialogs.current()
    assert isinstance(dialog, CloseCourseDialog)
    key = dialog.draft_key()
    evaluation = "Went well.\n" + "A long final evaluation, line after line.\n" * 40
    child(dialog, QDateEdit, "closeEndDate").setDate(QDate(2026, 3, 1))
    choose(child(dialog, QComboBox, "closeReason"), "goals_met")
    child(dialog, QPlainTextEdit, "closeEvaluation").setPlainText(evaluation)

    _lock_and_unlock(qtbot, ctx, view, lock, wait_idle)

    assert view.current_page() == PAGE_COURSE and view.course_view.course_id == course.id
    again = view.dialogs.current()
    assert isinstance(again, CloseCourseDialog) and again.isVisible()
    assert again.draft_key() == key and course.id in key
    assert _restored_notice(again, "closeCourseDialogNotice") == RESTORED
    assert child(again, QDateEdit, "closeEndDate").date() == QDate(2026, 3, 1)
    assert child(again, QComboBox, "closeReason").currentData() == "goals_met"
    assert child(again, QPlainTextEdit, "closeEvaluation").toPlainText() == evaluation
    click(qtbot, again, "closeCourseOk")
    closed = courses.get_course(ctx, course.id)
    assert closed.status is CourseStatus.CLOSED and closed.end == date(2026, 3, 1)
    assert closed.final_evaluation == evaluation.strip()

    # The service evaluation offered next keeps its answers across a lock too.
    qtbot.waitUntil(lambda: isinstance(view.dialogs.current(), ServiceEvaluationDialog))
    offered = view.dialogs.current()
    assert isinstance(offered, ServiceEvaluationDialog)
    choose(child(offered, QComboBox, "serviceAnswer:ssp"), ServiceAnswer.YES.value)
    choose(child(offered, QComboBox, "serviceAnswer:dka"), ServiceAnswer.NO.value)

    _lock_and_unlock(qtbot, ctx, view, lock, wait_idle)

    back = view.dialogs.current()
    assert isinstance(back, ServiceEvaluationDialog) and back.course_id == course.id
    assert back.answer("ssp") is ServiceAnswer.YES and back.answer("dka") is ServiceAnswer.NO
    click(qtbot, back, "serviceEvaluationOk")
    saved = office_records.evaluation_of_course(ctx, course.id)
    assert saved is not None and saved.ssp is ServiceAnswer.YES


# -- the draft is encrypted: what is typed reaches no file --------------------------------

SENTINEL = "SENTINEL-4b1d-navn-i-dialogen"


def _files_containing(needle: bytes, *roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            paths = (Path(folder) / name for name in files)
            found.extend(p for p in paths if p.is_file() and needle in p.read_bytes())
    return found


def test_a_name_left_in_the_participant_dialog_across_a_lock_is_in_no_file(
    ctx: Context,
    qtbot: QtBot,
    ui_settings: Settings,
    access: VaultAccess,
    wait_idle: Wait,
    isolated_home: Path,
    tmp_path: Path,
) -> None:
    _window, view, lock = _courses_window(qtbot, ctx, ui_settings, access)
    dialog = view.new_participant_dialog()
    child(dialog, QLineEdit, "participantName").setText(f"Name {SENTINEL}")
    child(dialog, QLineEdit, "participantContact").setText(SENTINEL)
    needles = [SENTINEL.encode("utf-8"), SENTINEL.encode("utf-16-le")]
    roots = (ctx.vault.paths.folder, isolated_home, tmp_path)

    lock.lock("shortcut")
    assert not ctx.vault.is_open
    for needle in needles:  # the draft is in the vault, closed: encrypted at rest
        assert _files_containing(needle, *roots) == []

    unlock_overlay(qtbot, lock, PASSPHRASE, wait_idle)
    again = view.dialogs.current()
    assert isinstance(again, ParticipantDialog)
    assert child(again, QLineEdit, "participantName").text() == f"Name {SENTINEL}"
    for needle in needles:  # the vault open again, its -wal and -shm included
        assert _files_containing(needle, *roots) == []
