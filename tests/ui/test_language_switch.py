"""The language switch takes effect at once: the main window is built again for the same open
vault, back where it was, with what was typed kept (the views hand over as for the lock)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from course_ui_helpers import child, click
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from ui_helpers import find

from tests.conftest import PASSPHRASE
from vink_desktop.domain.model import ParticipantKind, Track
from vink_desktop.services import courses, participants, sessions, vault_service
from vink_desktop.services.context import Context
from vink_desktop.services.success_criteria import CriteriaFilter
from vink_desktop.ui.app import LANGUAGE_PROPERTY, AppController
from vink_desktop.ui.courses_view import CoursesView
from vink_desktop.ui.dashboard_view import DashboardView
from vink_desktop.ui.main_window import MainWindow
from vink_desktop.ui.settings import LANGUAGE, Settings
from vink_desktop.ui.vault_access import VaultAccess

Wait = Callable[[object], None]
NOTES = "Talte om skolen og om fodbold"


@pytest.fixture
def course_vault(ctx: Context) -> tuple[Path, str]:
    """A closed field vault with one open course: its folder and the course id."""
    person = participants.add_participant(ctx, "Emil-K0001", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, person.id, date(2026, 1, 5))
    folder = ctx.vault.paths.folder
    vault_service.close(ctx)
    return folder, course.id


@pytest.fixture
def controller(
    qapp: QApplication, qm_dir: Path, ui_settings: Settings, access: VaultAccess
) -> Iterator[AppController]:
    """The app's controller, owning the translators (Danish, as the app starts). Its windows
    are closed here, not by qtbot: the controller deletes the ones it replaces."""
    locale, prop = QLocale(), qapp.property(LANGUAGE_PROPERTY)
    app = AppController(ui_settings, access, qm_dir=qm_dir)
    app.use_language("da")
    try:
        yield app
    finally:
        app.shutdown()
        for window in (app.main_window, app.start_window):
            if window is not None and shiboken6.isValid(window):
                window.close()
                window.deleteLater()
        app.remove_translations()
        QLocale.setDefault(locale)
        qapp.setProperty(LANGUAGE_PROPERTY, prop)


def unlocked_window(
    qtbot: QtBot, controller: AppController, folder: Path, wait: Wait
) -> MainWindow:
    start = controller.start(folder)
    assert start.unlock is not None
    qtbot.keyClicks(find(start, QLineEdit, "passphrase"), PASSPHRASE)
    qtbot.mouseClick(find(start, QPushButton, "unlock_button"), Qt.MouseButton.LeftButton)
    wait(start.unlock)
    window = controller.main_window
    assert window is not None
    qtbot.waitExposed(window)
    return window


def choose_language(qtbot: QtBot, window: MainWindow, language: str) -> MainWindow:
    """Settings → Language → OK, as a person does it; returns the window shown afterwards."""
    dialog = window.open_settings()
    combo = find(dialog, QComboBox, "language")
    combo.setCurrentIndex(combo.findData(language))
    buttons = find(dialog, QDialogButtonBox, "settings_buttons")
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # The old window (and its lock and watcher) go at the next turn of the event loop.
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    return window


def shown(controller: AppController, qtbot: QtBot) -> MainWindow:
    window = controller.main_window
    assert window is not None
    qtbot.waitExposed(window)
    return window


def words(window: MainWindow) -> tuple[list[str], str, str, str]:
    navigation = find(window, QListWidget, "navigation")
    return (
        [action.text() for action in window.menuBar().actions()],
        navigation.item(0).text(),
        find(window, QLabel, "status_vault_kind").text(),
        find(window, QLabel, "status_lock").text(),
    )


def notes_in_editor(window: MainWindow) -> str:
    view = window.view("courses")
    assert isinstance(view, CoursesView)
    editor = view.editor()
    assert editor is not None and editor.isVisible()
    return child(editor, QPlainTextEdit, "sessionNotes").toPlainText()


def test_switching_the_language_rebuilds_the_window_and_keeps_the_session_being_typed(
    qtbot: QtBot, controller: AppController, course_vault: tuple[Path, str],
    ui_settings: Settings, shots: Path, wait_idle: Wait,
) -> None:  # fmt: skip
    folder, course_id = course_vault
    danish_window = unlocked_window(qtbot, controller, folder, wait_idle)
    ctx = controller.ctx
    assert ctx is not None
    assert words(danish_window) == (["&Filer", "&Vis", "&Hjælp"], "Forløb", "Feltboks", "Ulåst")

    # A filter on the dashboard, an open course with a new session, the notes typed but not
    # yet saved as a draft.
    dashboard = danish_window.view("dashboard")
    assert isinstance(dashboard, DashboardView)
    chosen = CriteriaFilter(dashboard.selection().year, track=Track.PARENT_COACHING)
    dashboard.set_selection(chosen)
    assert dashboard.selection() == chosen
    danish_window.resize(780, 560)  # within the offscreen screen (800 × 600)
    courses_view = danish_window.view("courses")
    assert isinstance(courses_view, CoursesView)
    courses_view.open_course(course_id)
    click(qtbot, courses_view.course_view, "newSessionButton")
    editor = courses_view.editor()
    assert editor is not None
    notes = child(editor, QPlainTextEdit, "sessionNotes")
    notes.setFocus()
    qtbot.keyClicks(notes, NOTES)
    assert sessions.load_draft(ctx, editor.draft_key()) is None  # only in the widget so far
    geometry = danish_window.geometry()
    old_lock = controller.screen_lock
    assert old_lock is not None
    assert danish_window.grab().save(str(shots / "language_before_da.png"))

    # Danish → English, through the settings dialog.
    choose_language(qtbot, danish_window, "en")
    english_window = shown(controller, qtbot)
    assert not shiboken6.isValid(old_lock)  # the old lock, watcher and overlay are gone
    assert words(english_window) == (["&File", "&View", "&Help"], "Courses", "Field vault",
                                     "Unlocked")  # fmt: skip
    assert english_window.action_lock.text() == "&Lock"
    assert english_window.current_view_key() == "courses"
    assert english_window.geometry() == geometry
    english_dashboard = english_window.view("dashboard")
    assert isinstance(english_dashboard, DashboardView)
    assert english_dashboard.selection() == chosen
    assert notes_in_editor(english_window) == NOTES
    title = find(english_window, QLabel, "sessionEditorTitle").text()
    assert title.startswith("New session: Emil-K0001")
    assert controller.ctx is ctx and ctx.vault.is_open
    assert controller.screen_lock is not None and not controller.screen_lock.is_locked
    assert controller.screen_lock.window is english_window
    assert controller.screen_lock.watcher.is_active()
    assert ui_settings.get(LANGUAGE) == "en"
    stored = QSettings(ui_settings.file_name, QSettings.Format.IniFormat)
    assert stored.value(LANGUAGE.key) == "en"
    assert english_window.grab().save(str(shots / "language_after_en.png"))

    # The new window hears the core (through its own bridge; the old one no longer listens,
    # or this service call would reach a deleted object).
    view = english_window.view("courses")
    assert isinstance(view, CoursesView)
    rows = view.model.rowCount()
    other = participants.add_participant(ctx, "Ida-E0002", ParticipantKind.YOUTH)
    courses.open_course(ctx, other.id, date(2026, 2, 2))
    qtbot.waitUntil(lambda: view.model.rowCount() == rows + 1)

    # More typing in English, then back to Danish: all of it is still there.
    notes = child(view.editor(), QPlainTextEdit, "sessionNotes")  # type: ignore[arg-type]
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, ", og om ferien")
    choose_language(qtbot, english_window, "da")
    danish_again = shown(controller, qtbot)
    assert words(danish_again) == (["&Filer", "&Vis", "&Hjælp"], "Forløb", "Feltboks", "Ulåst")
    assert notes_in_editor(danish_again) == NOTES + ", og om ferien"
    assert ui_settings.get(LANGUAGE) == "da"
    assert ctx.vault.is_open
    assert danish_again.grab().save(str(shots / "language_after_da.png"))

    # Ctrl+L locks the new window (its drafts saved), and unlocking brings the editor back.
    lock = controller.screen_lock
    assert lock is not None and lock.window is danish_again
    danish_again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is danish_again)
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked and lock.overlay.isVisible()
    assert not ctx.vault.is_open
    unlock = lock.overlay.unlock
    assert unlock is not None
    with qtbot.waitSignal(lock.unlocked, timeout=30_000):
        qtbot.keyClicks(find(unlock, QLineEdit, "passphrase"), PASSPHRASE)
        qtbot.mouseClick(find(unlock, QPushButton, "unlock_button"), Qt.MouseButton.LeftButton)
        wait_idle(unlock)
    assert ctx.vault.is_open
    assert notes_in_editor(danish_again) == NOTES + ", og om ferien"


def test_settings_without_a_new_language_keep_the_window(
    qtbot: QtBot, controller: AppController, course_vault: tuple[Path, str], wait_idle: Wait
) -> None:
    folder, _course_id = course_vault
    window = unlocked_window(qtbot, controller, folder, wait_idle)
    dialog = window.open_settings()
    buttons = find(dialog, QDialogButtonBox, "settings_buttons")
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert controller.main_window is window
    assert words(window)[0] == ["&Filer", "&Vis", "&Hjælp"]
