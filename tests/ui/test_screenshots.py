"""Screenshots of the shell's screens in Danish.

By default they are rendered into a temporary folder, so the suite checks that every screen
renders (and shows no English) without touching the tree. With ``--screenshots`` or
``VINK_SCREENSHOTS=1`` they are written to ``docs/screenshots/``::

    VINK_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q \\
        tests/ui/test_screenshots.py

Everything that varies between runs is pinned: the recovery key, the folders shown, the
window sizes, a cursor that does not blink.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import find

from tests.conftest import PASSPHRASE
from vink_desktop.domain.model import VaultKind
from vink_desktop.services import vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.storage.kdf import KdfParams
from vink_desktop.storage.recovery_key import format_recovery_key
from vink_desktop.ui.lock import IdleWatcher, ScreenLock
from vink_desktop.ui.main_window import MainWindow
from vink_desktop.ui.settings import Settings, SettingsDialog
from vink_desktop.ui.start_window import StartWindow
from vink_desktop.ui.unlock import UnlockWidget
from vink_desktop.ui.vault_access import VaultAccess

#: A recovery key for the picture only; it opens nothing.
SAMPLE_KEY = format_recovery_key(bytes(range(3, 23)))
SHOWN_FOLDER = "/home/mentor/.local/share/vink-desktop/vault"
#: Typical parameters measured on a field laptop (the real ones vary per machine).
SHOWN_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
ENGLISH = re.compile(r"\b(the|and|vault|passphrase|unlock|create|cancel|settings)\b", re.I)

Wait = Callable[[object], None]


@pytest.fixture(autouse=True)
def steady_cursor(qapp: QApplication) -> Iterator[None]:
    flash = qapp.cursorFlashTime()
    qapp.setCursorFlashTime(0)
    yield
    qapp.setCursorFlashTime(flash)


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return [t for t in texts if t and not t.startswith("/")]  # folders are not words


def save(widget: QWidget, shots: Path, name: str, width: int = 960, height: int = 660) -> Path:
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    english = [t for t in visible_texts(widget) if ENGLISH.search(t.replace("&", ""))]
    assert english == [], f"English left in {name}: {english}"
    path = shots / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5_000
    return path


def test_welcome(qtbot: QtBot, danish: None, access: VaultAccess, shots: Path) -> None:
    start = StartWindow(access)
    qtbot.addWidget(start)
    start.show_welcome()
    save(start, shots, "welcome")


def test_create_vault_and_recovery_key(
    qtbot: QtBot, danish: None, access: VaultAccess, shots: Path
) -> None:
    start = StartWindow(access)
    qtbot.addWidget(start)
    start.welcome.show_create(demo=False)
    find(start, QLineEdit, "vault_folder_edit").setText(SHOWN_FOLDER)
    find(start, QLineEdit, "worker_name").setText("Mette Mentor")
    find(start, QLineEdit, "create_passphrase").setText(PASSPHRASE)
    find(start, QLineEdit, "create_passphrase_repeat").setText(PASSPHRASE)
    save(start, shots, "create-vault")
    start.welcome.show_recovery_key(SAMPLE_KEY)
    save(start, shots, "recovery-key")


def test_unlock_with_wrong_passphrase(
    qtbot: QtBot, danish: None, closed_vault: Path, access: VaultAccess, shots: Path,
    wait_idle: Wait,
) -> None:  # fmt: skip
    widget = UnlockWidget(closed_vault, access)
    qtbot.addWidget(widget)
    widget.setWindowTitle("VINK Desktop")
    widget.show()
    qtbot.keyClicks(find(widget, QLineEdit, "passphrase"), "forkert kode")
    widget.unlock()
    wait_idle(widget)
    widget.folder_label.setText(SHOWN_FOLDER)
    assert find(widget, QLabel, "unlock_message").isVisible()
    save(widget, shots, "unlock-wrong-passphrase")
    widget.show_recovery()
    save(widget, shots, "unlock-recovery-key")


@pytest.fixture
def shown_ctx(tmp_path: Path, clock: FixedClock) -> Iterator[Context]:
    created = vault_service.create_vault(
        tmp_path / "vault", PASSPHRASE, VaultKind.FIELD, "Mette Mentor",
        kdf_params=SHOWN_KDF, clock=clock,
    )  # fmt: skip
    yield created.context
    if created.context.vault.is_open:
        vault_service.close(created.context)


def test_main_window_and_lock_overlay(
    qtbot: QtBot, danish: None, shown_ctx: Context, ui_settings: Settings,
    access: VaultAccess, shots: Path,
) -> None:  # fmt: skip
    window = MainWindow(shown_ctx, ui_settings)
    qtbot.addWidget(window)
    save(window, shots, "main-window", 1000, 640)
    lock = ScreenLock(window, shown_ctx, access, watcher=IdleWatcher(3_600_000, window))
    lock.lock()
    assert lock.overlay.isVisible()
    save(window, shots, "lock-overlay", 1000, 640)


def test_settings_dialog(
    qtbot: QtBot, danish: None, shown_ctx: Context, ui_settings: Settings, shots: Path
) -> None:
    dialog = SettingsDialog(shown_ctx, ui_settings)
    qtbot.addWidget(dialog)
    find(dialog, QLabel, "vault_folder").setText(SHOWN_FOLDER)
    hint = dialog.sizeHint()
    save(dialog, shots, "settings", max(hint.width(), 640), hint.height())
