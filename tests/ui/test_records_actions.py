"""File → Import/Export records: on a worker thread with its own connection, progress and
Cancel; a bad file gives a Danish message and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, seeded_ids
from vink_desktop.domain.model import VaultKind
from vink_desktop.services import courses, demo, vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.ui.main_window import MainWindow
from vink_desktop.ui.records_actions import RecordsActions
from vink_desktop.ui.settings import Settings


def _window(qtbot: QtBot, ctx: Context, settings: Settings) -> tuple[MainWindow, RecordsActions]:
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    return window, RecordsActions(window, ctx)


def _other(tmp_path: Path, clock: FixedClock) -> Context:
    return vault_service.create_vault(
        tmp_path / "office", PASSPHRASE, VaultKind.OFFICE, "Sara",
        kdf_params=TEST_KDF_PARAMS, clock=clock, ids=seeded_ids(3),
    ).context  # fmt: skip


def test_export_then_import_in_another_vault(
    qtbot: QtBot, ctx: Context, ui_settings: Settings, tmp_path: Path, clock: FixedClock,
    danish: None,
) -> None:  # fmt: skip
    demo.generate_demo(ctx, 8, 25)
    window, actions = _window(qtbot, ctx, ui_settings)
    assert actions.action_import in window.file_menu.actions()
    out = tmp_path / "records.json"
    operation = actions.export_file(out, "json")
    qtbot.waitUntil(lambda: operation.done, timeout=30_000)
    assert operation.error is None
    exported = json.loads(out.read_text())
    assert len(exported["courses"]) == len(courses.list_courses(ctx))
    assert "eksporterede" in actions.last_message.lower()

    office = _other(tmp_path, clock)
    try:
        _window2, actions2 = _window(qtbot, office, ui_settings)
        progress: list[tuple[int, int]] = []
        operation2 = actions2.import_file(out)
        operation2.progressed.connect(lambda d, t: progress.append((d, t)))
        qtbot.waitUntil(lambda: operation2.done, timeout=30_000)
        assert operation2.error is None
        assert len(courses.list_courses(office)) == len(exported["courses"])
        assert "importerede" in actions2.last_message.lower()
    finally:
        vault_service.close(office)


def test_cancel_keeps_nothing_and_a_bad_file_says_why(
    qtbot: QtBot, ctx: Context, ui_settings: Settings, tmp_path: Path, clock: FixedClock,
    danish: None,
) -> None:  # fmt: skip
    demo.generate_demo(ctx, 9, 30)
    out = tmp_path / "records.json"
    _window1, actions = _window(qtbot, ctx, ui_settings)
    done = actions.export_file(out, "json")
    qtbot.waitUntil(lambda: done.done, timeout=30_000)
    office = _other(tmp_path, clock)
    try:
        _window2, actions2 = _window(qtbot, office, ui_settings)
        operation = actions2.import_file(out)
        operation.cancel()
        qtbot.waitUntil(lambda: operation.done, timeout=30_000)
        assert operation.error is not None
        assert courses.list_courses(office) == []
        assert "annulleret" in actions2.last_message.lower()

        broken = tmp_path / "broken.json"
        broken.write_text('{"format": "vink-records", "version": 42}')
        failing = actions2.import_file(broken)
        qtbot.waitUntil(lambda: failing.done, timeout=30_000)
        assert failing.error is not None
        assert courses.list_courses(office) == []
        assert actions2.last_message  # a sentence in Danish, not a traceback
        assert "Traceback" not in actions2.last_message
    finally:
        vault_service.close(office)
