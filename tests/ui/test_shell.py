"""The shell: main window and view registration, settings, the operation helper, the event
bridge, error texts, the exception hook, accessibility and 200 % scaling."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThread
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import find

from tests.conftest import PASSPHRASE
from vink_desktop.domain.validation import Problem, ValidationError
from vink_desktop.services import vault_service
from vink_desktop.services.context import Context
from vink_desktop.services.events import Event
from vink_desktop.storage import errors as storage_errors
from vink_desktop.ui import app as app_module
from vink_desktop.ui import error_text
from vink_desktop.ui.crash_report import ExceptionHook, redacted_report
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.main_window import MainWindow
from vink_desktop.ui.operations import OperationControl, run_operation
from vink_desktop.ui.settings import (
    ALL_OPTIONS,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    WINDOW_GEOMETRY,
    Settings,
    SettingsDialog,
)
from vink_desktop.ui.start_window import StartWindow
from vink_desktop.ui.unlock import UnlockWidget
from vink_desktop.ui.vault_access import VaultAccess

SRC = Path(__file__).resolve().parents[2] / "src" / "vink_desktop"
Wait = Callable[[object], None]


def main_window(qtbot: QtBot, ctx: Context, settings: Settings) -> MainWindow:
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.show()
    return window


# -- main window --------------------------------------------------------------------------------


def test_shell_without_views_shows_the_placeholder(
    qtbot: QtBot, danish: None, ctx: Context, ui_settings: Settings
) -> None:
    window = main_window(qtbot, ctx, ui_settings)
    assert window.windowTitle() == "VINK Desktop"
    assert find(window, QWidget, "placeholder_view").isVisible()
    assert not find(window, QListWidget, "navigation").isVisible()
    assert find(window, QLabel, "status_worker").text() == "Mette Mentor"
    assert find(window, QLabel, "status_vault_kind").text() == "Feltboks"
    assert find(window, QLabel, "status_lock").text() == "Ulåst"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Filer", "&Vis", "&Hjælp"]
    assert window.action_lock.shortcut().toString() == "Ctrl+L"
    assert window.current_view_key() is None


def test_views_register_into_navigation_stack_and_menu(
    qtbot: QtBot, ctx: Context, ui_settings: Settings
) -> None:
    window = main_window(qtbot, ctx, ui_settings)
    first, second = QPlainTextEdit(), QPlainTextEdit()
    window.add_view("courses", "Courses", first)
    window.add_view("sync", "Sync", second)
    assert window.findChild(QWidget, "placeholder_view") is None
    assert window.view_keys() == ["courses", "sync"]
    assert window.current_view_key() == "courses"
    navigation = find(window, QListWidget, "navigation")
    assert navigation.isVisible() and navigation.count() == 2
    navigation.setCurrentRow(1)
    assert window.current_view_key() == "sync"
    assert window.view("sync") is second
    action = window.findChild(type(window.action_lock), "action_view_courses")
    assert action is not None and action.shortcut().toString() == "Ctrl+1"
    action.trigger()
    assert window.current_view_key() == "courses"
    assert navigation.currentRow() == 0
    with pytest.raises(ValueError, match="already registered"):
        window.add_view("sync", "Sync", QWidget())


def test_the_views_follow_the_kind_of_vault(
    qtbot: QtBot, ctx: Context, ui_settings: Settings, tmp_path: Path
) -> None:
    window = main_window(qtbot, ctx, ui_settings)
    app_module.register_available_views(window, ctx, EventBridge(ctx.events, window))
    assert window.view_keys() == [
        "courses", "follow_up", "dashboard", "concerns", "outreach", "sync",
    ]  # fmt: skip
    assert window.records_actions is not None

    from tests.conftest import PASSPHRASE
    from vink_desktop.domain.model import VaultKind
    from vink_desktop.services import vault_service
    from vink_desktop.storage.kdf import TEST_KDF_PARAMS

    office = vault_service.create_vault(
        tmp_path / "office", PASSPHRASE, VaultKind.OFFICE, "Sara",
        kdf_params=TEST_KDF_PARAMS, clock=ctx.clock,
    ).context  # fmt: skip
    try:
        window2 = main_window(qtbot, office, ui_settings)
        app_module.register_available_views(window2, office, EventBridge(office.events, window2))
        assert window2.view_keys() == [
            "courses", "follow_up", "dashboard", "concerns", "outreach", "sync_import", "devices",
        ]  # fmt: skip
    finally:
        vault_service.close(office)


def test_follow_up_opens_the_course_in_the_courses_view(
    qtbot: QtBot, ctx: Context, ui_settings: Settings
) -> None:
    from datetime import date

    from vink_desktop.domain.model import ParticipantKind
    from vink_desktop.services import audit_service, courses, participants

    person = participants.add_participant(ctx, "Emil-K0001", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, person.id, date(2026, 1, 5))
    window = main_window(qtbot, ctx, ui_settings)
    app_module.register_available_views(window, ctx, EventBridge(ctx.events, window))
    follow_up = window.view("follow_up")
    assert follow_up is not None
    follow_up.course_requested.emit(course.id)  # type: ignore[attr-defined]
    assert window.current_view_key() == "courses"
    views = audit_service.list_audit(ctx, course_id=course.id, action="view")
    assert len(views) == 1


def test_window_geometry_is_remembered(qtbot: QtBot, ctx: Context, ui_settings: Settings) -> None:
    window = main_window(qtbot, ctx, ui_settings)
    window.close()
    assert ui_settings.get(WINDOW_GEOMETRY)


# -- settings -----------------------------------------------------------------------------------


def test_settings_are_typed_with_defaults(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    assert settings.get(LANGUAGE) == "da"
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    assert settings.get(WINDOW_GEOMETRY) == b""
    settings.set(IDLE_LOCK_MINUTES, 12)
    settings.set(WINDOW_GEOMETRY, b"\x00\x01binary")
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.get(IDLE_LOCK_MINUTES) == 12
    assert again.get(WINDOW_GEOMETRY) == b"\x00\x01binary"
    store.setValue(IDLE_LOCK_MINUTES.key, "not a number")
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    assert len({o.key for o in ALL_OPTIONS}) == len(ALL_OPTIONS)
    assert all(o.title() for o in ALL_OPTIONS)


def test_settings_dialog_saves_preferences_and_changes_the_passphrase(
    qtbot: QtBot, danish: None, ctx: Context, ui_settings: Settings, tmp_path: Path,
    wait_idle: Wait,
) -> None:  # fmt: skip
    dialog = SettingsDialog(ctx, ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert find(dialog, QLabel, "kdf_memory").text() == "64 KiB"
    assert find(dialog, QLabel, "kdf_iterations").text() == "1"
    assert find(dialog, QLabel, "kdf_lanes").text() == "1"
    assert find(dialog, QLabel, "vault_kind").text() == "Felt (mentor eller forældrecoach)"

    new = "a completely new passphrase"
    change = find(dialog, QPushButton, "change_passphrase")
    find(dialog, QLineEdit, "old_passphrase").setText("wrong old passphrase")
    find(dialog, QLineEdit, "new_passphrase").setText(new)
    find(dialog, QLineEdit, "new_passphrase_repeat").setText(new)
    assert change.isEnabled()
    change.click()
    wait_idle(dialog)
    assert find(dialog, QLabel, "passphrase_message").text().startswith("Adgangskoden er forkert")

    find(dialog, QLineEdit, "old_passphrase").setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=30_000):
        change.click()
    assert find(dialog, QLabel, "passphrase_message").text() == "Adgangskoden er skiftet."
    assert find(dialog, QLineEdit, "new_passphrase").text() == ""

    find(dialog, QComboBox, "language").setCurrentIndex(1)
    find(dialog, QAbstractSpinBox, "idle_minutes").setValue(9)  # type: ignore[attr-defined]
    dialog.accept()
    assert ui_settings.get(LANGUAGE) == "en"
    assert ui_settings.get(IDLE_LOCK_MINUTES) == 9

    folder = ctx.vault.paths.folder
    vault_service.close(ctx)
    vault_service.close(vault_service.open_vault(folder, new))
    stored = Path(ui_settings.file_name).read_bytes()
    for secret in (new, PASSPHRASE, "Mette"):
        assert secret.encode() not in stored


# -- operations and the event bridge ------------------------------------------------------------


def test_operation_reports_progress_and_result_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    threads: list[bool] = []
    seen: list[tuple[int, int]] = []

    def work(control: OperationControl) -> str:
        threads.append(QThread.currentThread() == qapp.thread())
        for step in range(3):
            control.progress(step + 1, 3)
        return "done"

    results: list[str] = []

    def on_progress(done: int, total: int) -> None:
        threads.append(QThread.currentThread() == qapp.thread())
        seen.append((done, total))

    op = run_operation(work, on_success=results.append, on_progress=on_progress)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert results == ["done"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert threads[0] is False  # the work ran in a worker
    assert all(threads[1:])  # the callbacks on the GUI thread


def test_operation_cancel_and_error(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(control: OperationControl) -> None:
        started.set()
        while not control.cancelled():
            QThread.msleep(5)
        raise ValueError("stopped")

    errors: list[BaseException] = []
    op = run_operation(work, on_failure=errors.append)
    assert started.wait(5)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.cancel()
    assert isinstance(errors[0], ValueError)
    assert op.error is errors[0]


def test_event_bridge_delivers_worker_events_on_the_gui_thread(
    qtbot: QtBot, ctx: Context, qapp: QApplication
) -> None:
    bridge = EventBridge(ctx.events)
    received: list[tuple[str, dict[str, object], bool]] = []
    bridge.event.connect(
        lambda name, data: received.append((name, data, QThread.currentThread() == qapp.thread()))
    )
    worker = threading.Thread(target=lambda: ctx.events.emit(Event.COURSE_SAVED, course_id="c1"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(received))
    assert received == [("course_saved", {"course_id": "c1"}, True)]
    bridge.close()
    ctx.events.emit(Event.COURSE_SAVED, course_id="c2")
    qapp.processEvents()
    assert len(received) == 1


# -- error texts --------------------------------------------------------------------------------


def _vault_error_codes() -> set[str]:
    return {
        cls.code
        for cls in vars(storage_errors).values()
        if isinstance(cls, type) and issubclass(cls, storage_errors.VaultError)
    }


def _problem_codes() -> set[str]:
    """Every literal code passed to ``Problem(...)`` in the domain and the services."""
    codes: set[str] = set()
    for folder in ("domain", "services"):
        for path in (SRC / folder).glob("*.py"):
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"))
            except SyntaxError:  # a module for a newer Python fails its own tests
                continue
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "Problem"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    codes.add(node.args[0].value)
    return codes


def test_every_vault_error_code_has_its_own_danish_sentence(danish: None) -> None:
    fallback = error_text.vault_error_text("no such code")
    codes = _vault_error_codes() - {"vault_error"}
    assert len(codes) >= 12
    for code in codes:
        text = error_text.vault_error_text(code, "/x")
        assert text != fallback, code
        assert "{" not in text, code
        assert " the " not in text, f"{code}: English left in {text!r}"


def test_every_validation_problem_code_has_its_own_sentence(danish: None) -> None:
    fallback = error_text.problem_text(Problem("no such code", "notes", ""))
    codes = _problem_codes()
    assert {"required", "rating_out_of_scale", "duplicate_code"} <= codes
    params = {
        "limit": 40, "value": 9, "min": 0, "max": 4, "indicator": "ties",
        "expected": "mentoring", "track": "parent_coaching", "course_start": "2026-03-01",
        "course_end": "2026-03-02", "wall": "2026-03-29T02:30:00",
    }  # fmt: skip
    for code in codes:
        text = error_text.problem_text(Problem(code, "notes", "", params))
        assert text != fallback, code
        assert "{" not in text, code
    assert error_text.problem_text(Problem("bad_code", "code", "", {"limit": 40})) == (
        "Koden må højst have 40 tegn og ingen mellemrum først eller sidst."
    )
    nonexistent = Problem("nonexistent_time", "start", "", {"wall": "2026-03-29T02:30:00"})
    assert "29.03.2026 02.30" in error_text.problem_text(nonexistent)
    text = error_text.describe_error(ValidationError([Problem("required", "code", "")]))
    assert text == "Intet blev gemt:\n• Pseudonymkode: Pseudonymkode skal udfyldes."


def test_service_errors_and_records_format_have_sentences(danish: None) -> None:
    from vink_desktop.services.errors import InvalidState, NotFound
    from vink_desktop.services.records_io import RecordsFormatError

    for code in ("course_closed", "use_close", "course_already_open"):
        assert error_text.invalid_state_text(code) != error_text.invalid_state_text("?")
    for entity in ("participant", "course", "session", "worker"):
        assert error_text.not_found_text(entity) != error_text.not_found_text("?")
    assert error_text.describe_error(InvalidState("course_closed", "x")) == (
        "Forløbet er afsluttet og kan ikke ændres. Genåbn det først."
    )
    assert error_text.describe_error(NotFound("course", "c1")) is not None
    assert "VINK-datafil" in (error_text.describe_error(RecordsFormatError("x")) or "")
    assert error_text.describe_error(RuntimeError("a bug")) is None


# -- the exception hook -------------------------------------------------------------------------


def test_exception_hook_logs_no_message_and_shows_a_dialog(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    secret = "Emil-K0001 talte om sin bror"

    def inner() -> None:
        raise KeyError(secret)

    try:
        try:
            inner()
        except KeyError as exc:
            raise ValueError(f"while saving {secret}") from exc
    except ValueError as exc:
        caught = exc

    hook = ExceptionHook(tmp_path / "logs")
    hook(type(caught), caught, caught.__traceback__)
    log = (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")
    assert "ValueError" in log and "from KeyError" in log
    assert "test_shell.py" in log and " in inner" in log
    assert secret not in log and "Emil" not in log and "saving" not in log
    assert str(tmp_path) not in log  # no user folders in frame paths
    assert oct((tmp_path / "logs" / "errors.log").stat().st_mode & 0o777) == "0o600"

    dialog = hook.dialog
    assert isinstance(dialog, QMessageBox)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "crash_dialog"
    assert dialog.isVisible()
    assert secret not in dialog.text() + dialog.informativeText()
    assert dialog.text().startswith("Noget uventet gik galt")


def test_exception_hook_installs_and_uninstalls(tmp_path: Path) -> None:
    previous = sys.excepthook
    hook = ExceptionHook(tmp_path, show_dialog=False)
    hook.install()
    try:
        assert sys.excepthook is hook
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
    finally:
        hook.uninstall()
    assert sys.excepthook is previous
    assert "ZeroDivisionError" in (tmp_path / "errors.log").read_text(encoding="utf-8")


def test_redacted_report_has_frames_but_no_message() -> None:
    try:
        {}["secret-key"]
    except KeyError as exc:
        report = redacted_report(KeyError, exc, exc.__traceback__)
    assert report.splitlines()[0].endswith("unhandled KeyError")
    assert "secret-key" not in report
    assert "test_redacted_report_has_frames_but_no_message" in report


# -- accessibility ------------------------------------------------------------------------------


INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit)


def _screens(qtbot: QtBot, ctx: Context, settings: Settings, access: VaultAccess) -> list[QWidget]:
    start = StartWindow(access)
    start.welcome.show_create(demo=True)
    unlock = UnlockWidget(Path("/nowhere"), access)
    dialog = SettingsDialog(ctx, settings)
    window = MainWindow(ctx, settings)
    screens: list[QWidget] = [start, unlock, dialog, window]
    for screen in screens:
        qtbot.addWidget(screen)
    return screens


def test_every_input_has_an_accessible_name_and_a_buddy_label(
    qtbot: QtBot, danish: None, ctx: Context, ui_settings: Settings, access: VaultAccess
) -> None:
    for screen in _screens(qtbot, ctx, ui_settings, access):
        buddies = {id(label.buddy()) for label in screen.findChildren(QLabel) if label.buddy()}
        for widget in screen.findChildren(QWidget):
            if isinstance(widget, INPUTS) and not isinstance(widget.parentWidget(), INPUTS):
                name = widget.objectName()
                assert widget.accessibleName(), f"{name} has no accessible name"
                assert id(widget) in buddies, f"{name} has no buddy label"
            if widget.objectName().startswith("qt_"):  # Qt's own parts
                continue
            if isinstance(widget, QAbstractButton) and not widget.text():
                assert widget.accessibleName() or widget.toolTip(), widget.objectName()


def test_tab_order_follows_the_create_form(qtbot: QtBot, access: VaultAccess) -> None:
    start = StartWindow(access)
    qtbot.addWidget(start)
    start.welcome.show_create(demo=True)
    expected = [
        "vault_folder_edit", "browse_folder", "kind_field", "kind_office", "worker_name",
        "create_passphrase", "create_passphrase_repeat", "demo_participants", "create_button",
    ]  # fmt: skip
    widget = find(start, QLineEdit, "vault_folder_edit")
    order = [widget.objectName()]
    for _ in expected[1:]:
        widget = widget.nextInFocusChain()
        while (
            not widget.objectName()
            or widget.objectName().startswith("qt_")
            or widget.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            widget = widget.nextInFocusChain()
        order.append(widget.objectName())
    assert order == expected


SCALE_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.ui.app import install_translators
from vink_desktop.ui.unlock import UnlockWidget
from vink_desktop.ui.vault_access import VaultAccess
from vink_desktop.ui.start_window import StartWindow
keep = install_translators(app, "da", qm_dir=Path(sys.argv[1]))
assert app.devicePixelRatio() == 2.0, app.devicePixelRatio()
access = VaultAccess(kdf_params=TEST_KDF_PARAMS)
screens = []
for demo in (False, True):
    start = StartWindow(access)
    start.welcome.show_create(demo=demo)
    screens.append(start)
start = StartWindow(access)
start.welcome.show_recovery_key("7KQ2-9XHM-0D4F-RW3T-8B6N-PZ1C-Y5JE-GQ7V-4KMA")
screens.append(start)
screens.append(UnlockWidget(Path("/nowhere"), access))
for screen in screens:
    hint = screen.minimumSizeHint()
    # 200 % on a 2560x1600 panel leaves 1280x800 logical pixels, less the taskbar.
    assert hint.width() <= 1280 and hint.height() <= 740, (type(screen).__name__, hint)
    screen.resize(hint)
    image = screen.grab().toImage()
    assert image.width() >= 2 * hint.width() - 2, (image.width(), hint.width())
print("ok")
"""


def test_forms_fit_a_laptop_screen_at_200_percent(qm_dir: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    script = tmp_path / "scale.py"
    script.write_text(SCALE_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(qm_dir)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_settings_dialog_fits_at_200_percent(
    qtbot: QtBot, danish: None, ctx: Context, ui_settings: Settings
) -> None:
    # Layout sizes are logical pixels, so this holds at any scale factor.
    dialog = SettingsDialog(ctx, ui_settings)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 740, hint
    window = MainWindow(ctx, ui_settings)
    qtbot.addWidget(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 740, hint


def test_no_fixed_pixel_sizes_in_the_shell_modules() -> None:
    mine = ("app", "lock", "main_window", "settings", "unlock", "welcome", "widgets",
            "operations", "crash_report")  # fmt: skip
    for name in mine:
        text = (SRC / "ui" / f"{name}.py").read_text(encoding="utf-8")
        for call in ("setFixedSize", "setFixedWidth", "setFixedHeight", "setMinimumWidth(",
                     "setMinimumSize(", "setMaximumWidth("):  # fmt: skip
            assert call not in text, f"{name}.py uses {call}"


def test_quit_button_text_is_translated(
    qtbot: QtBot, danish: None, ctx: Context, ui_settings: Settings
) -> None:
    window = main_window(qtbot, ctx, ui_settings)
    assert window.action_quit.text() == "&Afslut"
    about = window.show_about()
    qtbot.addWidget(about)
    assert about.text().startswith("VINK Desktop 0.")
    assert "krypteret boks" in about.text()


RUN_SCRIPT = """
import argparse
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
seen = []
def look():
    seen.extend(w.objectName() for w in app.topLevelWidgets() if w.isVisible())
    app.quit()
QTimer.singleShot(300, look)
from vink_desktop.ui.app import run_gui
code = run_gui(argparse.Namespace(lang="da", vault=None))
print(code, sorted(seen), app.property("vink_language"))
"""


def test_run_gui_starts_at_the_welcome_window_and_quits(
    isolated_home: Path, tmp_path: Path
) -> None:
    script = tmp_path / "run.py"
    script.write_text(RUN_SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("0 ['start_window'] da")


def test_packaged_translations_load_when_built(qapp: QApplication) -> None:
    from vink_desktop.ui.app import install_translators, remove_translators

    if not (Path(__file__).resolve().parents[2] / "resources/i18n/vink_da.qm").exists():
        pytest.skip("run `make translations` to build the .qm files")
    translators = install_translators(qapp, "da")
    try:
        assert len(translators) == 2  # Qt's qtbase_da and ours
        assert QApplication.translate("MainWindow", "&Quit") == "&Afslut"
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    finally:
        remove_translators(qapp, translators)
