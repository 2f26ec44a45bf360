"""Screenshots of recovery through the office in Danish: the laptop's "Get help from the
office" pages on the unlock screen and the office's "Recovery answer for a laptop" dialog.

Written into ``docs/screenshots/`` with ``VINK_SCREENSHOTS=1`` (or ``--screenshots``),
otherwise into the test's temporary folder, so the suite always renders them. What varies
between runs (fingerprints, ids, keys, folders) is pinned to sample values; the widgets are
the real ones, on real vaults. The ``*-200pct`` pictures (temporary folder only) render at
device pixel ratio 2: a laptop at 200 % scaling.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from office_recovery_helpers import NEW_PASSPHRASE, enrolled_laptop, make_office
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from test_screenshots import SAMPLE_KEY, save
from ui_helpers import find, render_shot

from vink_desktop.services import vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.office_recovery import RequestView
from vink_desktop.ui.recovery_answer_dialog import RecoveryAnswerDialog
from vink_desktop.ui.sync_widgets import show_fingerprint
from vink_desktop.ui.unlock import UnlockWidget
from vink_desktop.ui.vault_access import VaultAccess

#: Sample values for the pictures only.
SAMPLE_FINGERPRINT = "48213 90577 31264 05819 77342 16908"
SAMPLE_DEVICE = "5be0c2a19d4f4e7a8c31f6d2e9b07a44"
SAMPLE_VAULT = "9c1d7e52a0b34f6e8d2a41c7b5e3f018"
SHOWN_STICK = "/media/mette/USB/vink-2026-03-12"


@pytest.fixture(autouse=True)
def steady_cursor(qapp: QApplication) -> Iterator[None]:
    flash = qapp.cursorFlashTime()
    qapp.setCursorFlashTime(0)
    yield
    qapp.setCursorFlashTime(flash)


@pytest.fixture
def office(tmp_path: Path, clock: FixedClock) -> Iterator[Context]:
    ctx = make_office(tmp_path / "office", clock)
    yield ctx
    if ctx.vault.is_open:
        vault_service.close(ctx)


def test_screenshot_office_help_on_the_laptop(
    qtbot: QtBot, danish: None, office: Context, access: VaultAccess, clock: FixedClock,
    shots: Path, tmp_path: Path,
) -> None:  # fmt: skip
    laptop = enrolled_laptop(office, tmp_path / "field", clock)
    widget = UnlockWidget(laptop.folder, access)
    qtbot.addWidget(widget)
    widget.setWindowTitle("VINK Desktop")
    widget.show_recovery()
    widget.show_office_help()
    help_widget = widget.office_help
    assert help_widget is not None
    save(widget, shots, "office-help-start")

    assert help_widget.save_request(tmp_path / "r.vinkrecovery-request")
    find(help_widget, QLabel, "request_saved").setText(
        f"Anmodningen er gemt som {SHOWN_STICK}.vinkrecovery-request."
    )
    show_fingerprint(find(help_widget, QLabel, "request_fingerprint"), SAMPLE_FINGERPRINT)
    save(widget, shots, "office-help-request", 960, 720)
    render_shot(widget, tmp_path, "office-help-request-200pct", scale=2.0)

    help_widget.pages.setCurrentWidget(help_widget.answer_page)
    find(help_widget, QLabel, "answer_file").setText(f"{SHOWN_STICK}.vinkrecovery-answer")
    find(help_widget, QLineEdit, "one_time_key").setText(SAMPLE_KEY)
    find(help_widget, QLineEdit, "office_new_passphrase").setText(NEW_PASSPHRASE)
    find(help_widget, QLineEdit, "office_new_passphrase_repeat").setText(NEW_PASSPHRASE)
    assert find(help_widget, QPushButton, "office_recover_button").isEnabled()
    save(widget, shots, "office-help-answer")
    render_shot(widget, tmp_path, "office-help-answer-200pct", scale=2.0)

    help_widget.recovery_view.set_key(SAMPLE_KEY)
    help_widget.pages.setCurrentWidget(help_widget.new_key_page)
    save(widget, shots, "office-help-new-recovery-key")
    render_shot(widget, tmp_path, "office-help-new-recovery-key-200pct", scale=2.0)
    help_widget.recovery_view.set_key("")


def test_screenshot_recovery_answer_at_the_office(
    qtbot: QtBot, danish: None, office: Context, shots: Path, tmp_path: Path
) -> None:
    view = RequestView(
        vault_id=SAMPLE_VAULT, kind="field", device_id=SAMPLE_DEVICE,
        device_fingerprint=SAMPLE_FINGERPRINT, device_status="revoked",
        pinned_fingerprint=SAMPLE_FINGERPRINT,
    )  # fmt: skip
    dialog = RecoveryAnswerDialog(office, tmp_path / "r.vinkrecovery-request", view)
    qtbot.addWidget(dialog)
    find(dialog, QCheckBox, "recoveryCompared").setChecked(True)
    find(dialog, QCheckBox, "recoveryAnswerAnyway").setChecked(True)
    hint = dialog.sizeHint()
    width, height = max(hint.width(), 640), hint.height()
    save(dialog, shots, "recovery-answer-dialog", width, height)
    render_shot(dialog, tmp_path, "recovery-answer-dialog-200pct", scale=2.0)

    dialog.saved_label.setText(
        f"Svaret er gemt som {SHOWN_STICK}.vinkrecovery-answer. Send det til"
        " computeren på en USB-nøgle eller med sikker mail."
    )
    dialog.key_view.set_key(SAMPLE_KEY)
    dialog.pages.setCurrentWidget(dialog.key_page)
    save(dialog, shots, "recovery-answer-one-time-key", width, height)
    render_shot(dialog, tmp_path, "recovery-answer-one-time-key-200pct", scale=2.0)
