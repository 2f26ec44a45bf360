"""Screenshots of the sync windows in Danish, with real vaults and real batch files.

Written into ``docs/screenshots/`` (``sync-panel.png``, ``sync-import.png``,
``devices.png``: approved, waiting and revoked laptops) with ``VINK_SCREENSHOTS=1`` (or
``--screenshots``), otherwise into the test's temporary folder, so the suite always renders
them. The Danish comes from the compiled catalogue (``resources/i18n/vink_da.ts``). The
``*-200pct`` pictures (temporary folder only) render at device pixel ratio 2 in 683 × 384
logical pixels: a 1366 × 768 laptop at 200 %.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from test_sync_windows_helpers import World, add_youth_with_sessions
from ui_helpers import find, render_shot, show_sized, wait_done

from vink_desktop.services import sessions, sync_devices, sync_export, sync_import, sync_receipts
from vink_desktop.services.context import Context
from vink_desktop.ui.devices_view import DevicesView
from vink_desktop.ui.settings import Settings
from vink_desktop.ui.sync_import_view import SyncImportView
from vink_desktop.ui.sync_panel import SyncPanel


@pytest.fixture
def world(tmp_path: Path, danish: None) -> Iterator[World]:
    w = World(tmp_path / "sync", fields=4)
    yield w
    w.close()


def _more_sessions(ctx: Context, course_id: str, count: int) -> None:
    from datetime import datetime, timedelta

    from tests.sync.sync_helpers import RATINGS
    from vink_desktop.domain.model import ContactKind
    from vink_desktop.services.sessions import SessionInput

    start = datetime(2026, 2, 2, 15, 0)
    for index in range(count):
        sessions.record_session(
            ctx, course_id,
            SessionInput(start + timedelta(days=index), 60, ContactKind.MEETING, "notes",
                         dict(RATINGS), 3),
        )  # fmt: skip


def _approve_first(world: World, field: Context, folder: Path) -> str:
    """Export, import (held), approve: the laptop is known and approved."""
    exported = sync_export.export_batches(field, folder)
    report = sync_import.import_batches(world.office, [b.path for b in exported.batches])
    device_id = report.results[0].device_id
    assert device_id is not None
    sync_devices.approve_device(world.office, device_id)
    return device_id


def test_screenshot_sync_panel(
    world: World, qtbot: QtBot, shots: Path, tmp_path: Path, ui_settings: Settings
) -> None:
    field = world.fields[0]
    course_id, _ = add_youth_with_sessions(field, "Emil-K12", 6)
    usb = Path.home() / "USB-stik" / "VINK"  # the isolated home: shown as ~/USB-stik/VINK
    usb.mkdir(parents=True)
    first = tmp_path / "first"
    first.mkdir()
    _approve_first(world, field, first)
    [receipt] = sync_receipts.write_receipts(world.office, world.receipts)
    sync_receipts.import_receipt(field, receipt.path)
    world.clock.advance(days=2)
    _more_sessions(field, course_id, 3)
    world.clock.advance(days=1)
    add_youth_with_sessions(field, "Sara-K14", 2)

    panel = SyncPanel(field, settings=ui_settings)
    show_sized(panel, qtbot, 900, 880)
    panel.set_export_folder(usb)
    panel.export()
    wait_done(qtbot, panel)
    world.clock.advance(days=8)
    panel.refresh()
    assert not find(panel, QLabel, "syncWarning").isHidden()
    assert "Bekræftet af kontoret op til" in find(panel, QLabel, "syncConfirmedUpTo").text()
    render_shot(panel, shots, "sync-panel")
    panel.resize(683, 384)
    render_shot(panel, tmp_path, "sync-panel-200pct", scale=2.0)

    # The enrolment dialog (for review only).
    identity = tmp_path / "office.vinkoffice"
    identity.write_bytes((world.root / "office.vinkoffice").read_bytes())
    dialog = panel.enroll_dialog(identity)
    assert dialog is not None
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)))
    render_shot(dialog, tmp_path, "enroll-dialog")
    dialog.reject()


def _office_scene(world: World, tmp_path: Path) -> dict[str, Path]:
    """Four laptops: one approved that sends more, one new (held), one whose file is
    damaged on the way, and one approved with a gap."""
    folders = {name: tmp_path / name for name in ("first", "inbox", "later")}
    for folder in folders.values():
        folder.mkdir()
    a, b, c, d = world.fields
    course_a, _ = add_youth_with_sessions(a, "Emil-K12", 5)
    _approve_first(world, a, folders["first"])
    world.clock.advance(days=3)
    _more_sessions(a, course_a, 4)
    add_youth_with_sessions(a, "Sara-K14", 3)
    sync_export.export_batches(a, folders["inbox"])
    for batch in folders["first"].glob("*.vinkbatch"):  # sent again by mistake
        (folders["inbox"] / batch.name).write_bytes(batch.read_bytes())
    add_youth_with_sessions(b, "Omar-V03", 4)
    sync_export.export_batches(b, folders["inbox"])
    add_youth_with_sessions(c, "Lina-N07", 2)
    [damaged] = sync_export.export_batches(c, folders["inbox"]).batches
    data = bytearray(damaged.path.read_bytes())
    data[len(data) // 2] ^= 0x40
    damaged.path.write_bytes(bytes(data))
    course_d, _ = add_youth_with_sessions(d, "Ali-B21", 2)
    _approve_first(world, d, folders["first"])
    world.clock.advance(days=1)
    _more_sessions(d, course_d, 2)
    sync_export.export_batches(d, folders["later"])  # number 2: lost on the way
    world.clock.advance(days=1)
    _more_sessions(d, course_d, 1)
    world.clock.advance(days=1)
    [third] = sync_export.export_batches(d, folders["later"]).batches
    sync_import.import_batches(world.office, [third.path])  # held behind the gap
    return folders


def test_screenshot_sync_import(world: World, qtbot: QtBot, shots: Path, tmp_path: Path) -> None:
    folders = _office_scene(world, tmp_path)
    view = SyncImportView(world.office)
    show_sized(view, qtbot, 1280, 720)
    view.import_paths([folders["inbox"]])
    wait_done(qtbot, view)
    statuses = sorted(str(r.status) for r in view.model.rows())
    assert statuses == ["duplicate", "held", "imported", "refused"], statuses
    render_shot(view, shots, "sync-import")
    view.resize(683, 384)
    render_shot(view, tmp_path, "sync-import-200pct", scale=2.0)


def test_screenshot_devices(world: World, qtbot: QtBot, shots: Path, tmp_path: Path) -> None:
    folders = _office_scene(world, tmp_path)
    sync_import.import_batches(world.office, [folders["inbox"]])
    # The laptop whose file was damaged sends it again, is approved, and is later lost.
    lost = world.fields[2]
    resent = tmp_path / "resent"
    resent.mkdir()
    sync_export.resend_batches(lost, resent)
    sync_import.import_batches(world.office, [resent])
    lost_id = world.device_id(lost)
    sync_devices.approve_device(world.office, lost_id)
    world.clock.advance(days=1)
    sync_devices.revoke_device(world.office, lost_id)
    view = DevicesView(world.office)
    show_sized(view, qtbot, 1280, 720)
    statuses = sorted(view.model.device(r).status for r in range(view.model.rowCount()))
    assert statuses == ["approved", "approved", "pending", "revoked"], statuses
    pending = next(
        view.model.device(r).device_id
        for r in range(view.model.rowCount())
        if view.model.device(r).status == "pending"
    )
    view.select_device(pending)
    render_shot(view, shots, "devices")
    view.resize(683, 384)
    render_shot(view, tmp_path, "devices-200pct", scale=2.0)

    dialog = view.approve_dialog(pending)
    assert dialog is not None
    dialog.typed.setText(dialog.device.fingerprint[:17])
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)))
    render_shot(dialog, tmp_path, "approve-dialog")
    dialog.reject()

    # Forgetting the waiting laptop, and approving the lost one again (for review only).
    box = view.forget_dialog(pending)
    assert box is not None
    render_shot(box, tmp_path, "forget-dialog")
    box.reject()
    dialog = view.approve_dialog(lost_id)
    assert dialog is not None
    assert not find(dialog, QLabel, "approveRevokedNotice").isHidden()
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)))
    render_shot(dialog, tmp_path, "approve-again-dialog")
    dialog.reject()
