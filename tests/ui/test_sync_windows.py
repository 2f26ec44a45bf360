"""The sync windows with real vaults, real batch files and real widgets (offscreen), in
Danish: the field laptop's sync panel exports through an operation and imports receipts;
the office's import view holds, refuses and applies batches (folder, files or a drop), and
cancels between whole batches; the devices view approves after the fingerprint is
confirmed, which applies the held batch, revokes, approves a revoked laptop again and
forgets a waiting one."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from test_sync_windows_helpers import (
    World,
    add_youth_with_sessions,
    new_vault,
    sync_danish,
    sync_strings,
)
from ui_helpers import find, wait_done

from vink_desktop.domain.model import VaultKind
from vink_desktop.services import (
    courses,
    sync_devices,
    sync_export,
    sync_import,
    sync_service,
    vault_service,
)
from vink_desktop.services.sync_import import ImportStatus
from vink_desktop.storage import sync_store
from vink_desktop.ui.devices_view import DevicesView
from vink_desktop.ui.settings import SYNC_EXPORT_FOLDER, Settings
from vink_desktop.ui.sync_dialogs import ApproveDialog
from vink_desktop.ui.sync_import_view import SyncImportView
from vink_desktop.ui.sync_models import COL_DETAILS, COL_RESULT, DEVICE_ID_ROLE, STATUS_ROLE
from vink_desktop.ui.sync_panel import SyncPanel
from vink_desktop.ui.sync_status_box import SYNC_WARN_AFTER_DAYS
from vink_desktop.ui.sync_texts import folder_text


@pytest.fixture
def world(tmp_path: Path, danish: None) -> Iterator[World]:
    w = World(tmp_path, fields=1)
    yield w
    w.close()


def _panel(qtbot: QtBot, world: World, settings: Settings) -> SyncPanel:
    panel = SyncPanel(world.fields[0], settings=settings)
    qtbot.addWidget(panel)
    return panel


def _import_view(qtbot: QtBot, world: World) -> SyncImportView:
    view = SyncImportView(world.office)
    qtbot.addWidget(view)
    return view


def _rows(view: SyncImportView) -> list[tuple[str, str, str]]:
    model = view.model
    return [
        (
            model.index(r, 0).data(STATUS_ROLE),
            model.index(r, COL_RESULT).data(),
            model.index(r, COL_DETAILS).data(),
        )
        for r in range(model.rowCount())
    ]


def _drag_enter(mime: QMimeData) -> QDragEnterEvent:
    # PySide marks the only constructor (with a QPoint) deprecated; Qt has no other.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return QDragEnterEvent(
            QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip


def _export(qtbot: QtBot, panel: SyncPanel, folder: Path) -> list[Path]:
    panel.set_export_folder(folder)
    operation = panel.export()
    assert operation is not None
    wait_done(qtbot, panel)
    assert operation.error is None, operation.error
    return sorted(folder.glob("*.vinkbatch"))


# -- field: the sync panel ------------------------------------------------------------------------


def test_panel_exports_through_the_operation_and_remembers_the_folder(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    field = world.fields[0]
    add_youth_with_sessions(field, "Emil-A1", 3)
    panel = _panel(qtbot, world, ui_settings)
    unconfirmed = find(panel, QLabel, "syncUnconfirmed").text()
    assert "ikke bekræftet" in unconfirmed, unconfirmed  # Danish, and it counts
    assert find(panel, QLabel, "syncDeviceFingerprint").text().count("\n") == 1
    office_fingerprint = sync_service.identity_summary(world.office).own_fingerprint
    assert find(panel, QLabel, "syncOfficeFingerprint").accessibleDescription() == (
        office_fingerprint
    )

    files = _export(qtbot, panel, world.outbox)
    assert len(files) == 1
    listed = find(panel, QListWidget, "syncExportedFiles")
    assert listed.count() == 1
    assert files[0].name in listed.item(0).text()
    assert "overførselsfil" in find(panel, QLabel, "syncExportMessage").text()
    assert ui_settings.get(SYNC_EXPORT_FOLDER) == str(world.outbox)
    assert panel.status is not None and panel.status.unexported_changes == 0

    # Nothing changed: no file, and the panel says so.
    again = panel.export()
    assert again is not None
    wait_done(qtbot, panel)
    assert sorted(world.outbox.glob("*.vinkbatch")) == files
    assert "ikke skrevet nogen fil" in find(panel, QLabel, "syncExportMessage").text()

    # A new panel finds the folder again.
    other = _panel(qtbot, world, ui_settings)
    assert other.folder.text() == folder_text(world.outbox)


def test_panel_warns_when_changes_wait_too_long(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    add_youth_with_sessions(world.fields[0], "Emil-A2", 1)
    panel = _panel(qtbot, world, ui_settings)
    warning = find(panel, QLabel, "syncWarning")
    assert warning.isHidden()
    world.clock.advance(days=9)
    panel.refresh()
    assert not warning.isHidden()
    assert "7 dage" in warning.text()
    assert "9 dage gammel" in find(panel, QLabel, "syncUnconfirmed").text()
    panel.warn_days.setValue(10)  # the person's choice is kept, and the warning goes
    assert ui_settings.get(SYNC_WARN_AFTER_DAYS) == 10
    assert warning.isHidden()


def test_panel_enrolls_only_after_the_fingerprint_is_confirmed(
    qtbot: QtBot, tmp_path: Path, danish: None, ui_settings: Settings
) -> None:
    world = World(tmp_path / "w", fields=0)
    laptop = new_vault(tmp_path / "laptop", VaultKind.FIELD, "Ny Mentor", 77, world.clock)
    try:
        identity = tmp_path / "office.vinkoffice"
        written = sync_service.export_office_identity(world.office, identity)
        panel = SyncPanel(laptop, settings=ui_settings)
        qtbot.addWidget(panel)
        assert not find(panel, QPushButton, "syncExportButton").isEnabled()
        assert "ikke tilmeldt" in find(panel, QLabel, "syncUnconfirmed").text()

        dialog = panel.enroll_dialog(identity)
        assert dialog is not None
        assert dialog.fingerprint.accessibleDescription() == written.fingerprint
        assert not dialog.accept_button.isEnabled()  # not before the person confirms
        dialog.reject()
        assert panel.status is not None and panel.status.office_fingerprint is None

        dialog = panel.enroll_dialog(identity)
        assert dialog is not None
        dialog.confirm.setChecked(True)
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        assert panel.status is not None
        assert panel.status.office_fingerprint == written.fingerprint
        assert find(panel, QPushButton, "syncExportButton").isEnabled()
        assert "Tilmeldt" in find(panel, QLabel, "syncEnrollMessage").text()

        broken = tmp_path / "broken.vinkoffice"
        broken.write_bytes(b"not an identity")
        assert panel.enroll_dialog(broken) is None
        assert "identitetsfil" in find(panel, QLabel, "syncEnrollMessage").text()
    finally:
        vault_service.close(laptop)
        world.close()


# -- office: import, devices, receipts ------------------------------------------------------------


def test_held_then_approved_then_receipt_confirms_everything(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    field, office = world.fields[0], world.office
    add_youth_with_sessions(field, "Emil-B1", 4)
    panel = _panel(qtbot, world, ui_settings)
    _export(qtbot, panel, world.outbox)

    # The office imports the folder: the laptop is unknown, so the batch is held.
    view = _import_view(qtbot, world)
    operation = view.import_paths([world.outbox])
    assert operation is not None
    wait_done(qtbot, view)
    assert operation.error is None
    [(status, result, details)] = _rows(view)
    assert status == "held"
    assert result == "Tilbageholdt"
    assert "ikke godkendt" in details
    assert "1 tilbageholdt" in find(view, QLabel, "syncImportSummary").text()
    assert courses.list_courses(office) == []

    # The devices view shows it pending; approving needs the fingerprint.
    devices = DevicesView(office)
    qtbot.addWidget(devices)
    assert devices.proxy.rowCount() == 1
    device_id = devices.proxy.index(0, 0).data(DEVICE_ID_ROLE)
    assert devices.proxy.index(0, 0).data(STATUS_ROLE) == "pending"
    assert find(devices, QPushButton, "devicesApprove").isEnabled()
    fingerprint = panel.status.device_fingerprint if panel.status else ""
    dialog = devices.approve_dialog(device_id)
    assert dialog is not None
    assert not dialog.accept_button.isEnabled()
    wrong = ("1" if fingerprint[0] != "1" else "2") + fingerprint[1:]
    qtbot.keyClicks(dialog.typed, wrong)
    assert not dialog.accept_button.isEnabled()
    assert "stemmer ikke" in find(dialog, QLabel, "approveMatch").text()
    dialog.confirm.setChecked(True)  # ticking the box does not override a mismatch
    assert not dialog.accept_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, fingerprint.replace(" ", ""))  # typed without spaces
    assert dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, devices)
    assert devices.operation is not None and devices.operation.error is None

    # The held batch is applied; the row and the import view follow.
    row = devices.model.find(device_id)
    info = devices.model.device(row)
    assert info.status == "approved" and info.highest_contiguous == 1 and info.held == ()
    assert devices.proxy.index(0, 2).data() == "Godkendt"
    assert (
        "1 tilbageholdt overførselsfil er indlæst" in find(devices, QLabel, "devicesMessage").text()
    )
    assert len(courses.list_courses(office)) == 1
    view.refresh_held()
    [(status, result, details)] = _rows(view)
    assert status == "imported" and result == "Importeret senere"

    # Receipts at the office, imported on the laptop: nothing is unconfirmed any more.
    written = view.write_receipts_to(world.receipts)
    assert written is not None and len(written) == 1
    assert "1 kvittering til" in find(view, QLabel, "syncOfficeMessage").text()
    receipt = panel.import_receipt_file(written[0].path)
    assert receipt is not None and receipt.newly_confirmed == 1
    assert panel.status is not None and panel.status.unconfirmed_changes == 0
    assert find(panel, QLabel, "syncUnconfirmed").text() == (
        "Alle ændringer er bekræftet af kontoret."
    )
    assert "Bekræftet af kontoret op til" in find(panel, QLabel, "syncConfirmedUpTo").text()
    # The same receipt again changes nothing and says so.
    assert panel.import_receipt_file(written[0].path) is not None
    assert "før" in find(panel, QLabel, "syncReceiptMessage").text()


def test_a_damaged_batch_is_refused_with_a_danish_reason_and_nothing_applied(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    add_youth_with_sessions(world.fields[0], "Emil-C1", 2)
    panel = _panel(qtbot, world, ui_settings)
    [batch] = _export(qtbot, panel, world.outbox)
    data = bytearray(batch.read_bytes())
    data[len(data) // 2] ^= 0x40
    batch.write_bytes(bytes(data))

    view = _import_view(qtbot, world)
    view.import_paths([batch])
    wait_done(qtbot, view)
    [(status, result, details)] = _rows(view)
    assert status == "refused"
    assert result == "Afvist"
    assert "Intet er indlæst" in details, details
    assert courses.list_courses(world.office) == []
    assert sync_devices.list_devices(world.office) == []  # not even recorded as pending
    assert "1 afvist" in find(view, QLabel, "syncImportSummary").text()


def test_files_dropped_on_the_view_are_imported(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    add_youth_with_sessions(world.fields[0], "Emil-D1", 1)
    panel = _panel(qtbot, world, ui_settings)
    [batch] = _export(qtbot, panel, world.outbox)
    (world.outbox / "notes.txt").write_text("not a batch")
    view = _import_view(qtbot, world)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)

    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(batch)), QUrl.fromLocalFile(str(world.outbox / "notes.txt"))]
    )
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = _drag_enter(mime)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), actions, mime, buttons, keys)
    QApplication.sendEvent(view, drop)
    assert view.operation is not None
    wait_done(qtbot, view)
    assert [r[0] for r in _rows(view)] == ["held"]  # the .txt was left out

    # Something that is not a batch is not accepted as a drop at all.
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(world.outbox / "notes.txt"))])
    refused = _drag_enter(other)
    QApplication.sendEvent(view, refused)
    assert not refused.isAccepted()


def test_cancel_of_a_long_import_keeps_only_whole_batches(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    field, office = world.fields[0], world.office
    for number in range(6):
        add_youth_with_sessions(field, f"Emil-E{number}", 60)
    exported = sync_export.export_batches(field, world.outbox, max_records=15)
    total = len(exported.batches)
    assert total > 20
    # The laptop is approved through its first batch, so the rest apply at once.
    first = sync_import.import_batches(office, [exported.batches[0].path])
    assert first.results[0].status is ImportStatus.HELD
    device_id = first.results[0].device_id
    assert device_id is not None
    sync_devices.approve_device(office, device_id)

    view = _import_view(qtbot, world)
    operation = view.import_paths([world.outbox])
    assert operation is not None
    # Cancel from the worker thread itself after the fourth file, so the stop is certain
    # to fall in the middle (the GUI would only see the progress later).
    operation._progress_from_worker.connect(
        lambda done, _total: operation.cancel() if done >= 4 else None,
        Qt.ConnectionType.DirectConnection,
    )
    wait_done(qtbot, view)
    assert operation.error is None
    report = view.report
    assert report is not None and report.cancelled
    assert "annulleret" in find(view, QLabel, "syncImportSummary").text()

    applied = sync_devices.get_device(office, device_id).highest_contiguous
    assert 1 < applied < total
    assert len(report.results) == applied  # duplicate of batch 1, then 2..applied
    # Every applied batch whole, nothing of the others: the sessions are exactly those of
    # the batches 1..applied.
    expected = sum(b.sessions for b in exported.batches if b.sequence <= applied)
    sessions = office.vault.conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
    assert sessions == expected
    assert sync_store.held_sequences(office.vault.conn).get(device_id, []) == []
    assert office.vault.integrity_check() == []

    # Importing again finishes the rest.
    view.import_paths([world.outbox])
    wait_done(qtbot, view)
    assert sync_devices.get_device(office, device_id).highest_contiguous == total
    all_sessions = office.vault.conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
    assert all_sessions == sum(b.sessions for b in exported.batches)


def test_revoke_asks_first_and_then_refuses_the_laptop(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    add_youth_with_sessions(world.fields[0], "Emil-F1", 1)
    panel = _panel(qtbot, world, ui_settings)
    _export(qtbot, panel, world.outbox)
    sync_import.import_batches(world.office, [world.outbox])
    devices = DevicesView(world.office)
    qtbot.addWidget(devices)
    device_id = devices.proxy.index(0, 0).data(DEVICE_ID_ROLE)
    box = devices.revoke_dialog(device_id)
    assert box is not None
    box.reject()  # cancelled: nothing happens
    assert devices.model.device(0).status == "pending"
    box = devices.revoke_dialog(device_id)
    assert box is not None
    qtbot.mouseClick(find(box, QPushButton, "revokeAccept"), Qt.MouseButton.LeftButton)
    assert devices.model.device(0).status == "revoked"
    assert devices.proxy.index(0, 2).data() == "Tilbagekaldt"
    # A revoked laptop may be approved again (with its fingerprint), not revoked or forgotten.
    assert find(devices, QPushButton, "devicesApprove").isEnabled()
    assert not find(devices, QPushButton, "devicesRevoke").isEnabled()
    assert not find(devices, QPushButton, "devicesForget").isEnabled()
    assert "1 tilbageholdt fil er slettet" in find(devices, QLabel, "devicesMessage").text()


def _buttons(devices: DevicesView) -> dict[str, bool]:
    return {
        name: find(devices, QPushButton, f"devices{name}").isEnabled()
        for name in ("Approve", "Revoke", "Forget")
    }


def test_forget_asks_first_then_deletes_the_waiting_laptop_and_its_held_batches(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    add_youth_with_sessions(world.fields[0], "Emil-H1", 1)
    panel = _panel(qtbot, world, ui_settings)
    [batch] = _export(qtbot, panel, world.outbox)
    view = _import_view(qtbot, world)
    view.import_paths([world.outbox])
    wait_done(qtbot, view)
    devices = DevicesView(world.office)
    qtbot.addWidget(devices)
    device_id = devices.proxy.index(0, 0).data(DEVICE_ID_ROLE)
    assert _buttons(devices) == {"Approve": True, "Revoke": True, "Forget": True}

    # The button asks first; cancelling changes nothing.
    qtbot.mouseClick(find(devices, QPushButton, "devicesForget"), Qt.MouseButton.LeftButton)
    box = find(devices, QMessageBox, "forgetDialog")
    assert box.windowTitle() == "Glem computer"
    assert "Dens tilbageholdte fil bliver slettet." in box.text()
    box.reject()
    assert devices.model.rowCount() == 1
    assert sync_devices.get_device(world.office, device_id).held == (1,)

    qtbot.mouseClick(find(devices, QPushButton, "devicesForget"), Qt.MouseButton.LeftButton)
    box = find(devices, QMessageBox, "forgetDialog")
    qtbot.mouseClick(find(box, QPushButton, "forgetAccept"), Qt.MouseButton.LeftButton)
    assert devices.model.rowCount() == 0
    assert sync_devices.list_devices(world.office) == []
    assert find(devices, QLabel, "devicesMessage").text() == (
        "Computeren er glemt. 1 tilbageholdt fil er slettet."
    )
    assert _buttons(devices) == {"Approve": False, "Revoke": False, "Forget": False}
    # The import view's held row says what became of it.
    view.refresh_held()
    [(status, result, details)] = _rows(view)
    assert (status, result) == ("refused", "Slettet")
    assert details == "Computeren blev glemt; den tilbageholdte fil er slettet."

    # Its batch again: it is back, waiting for approval; once approved it cannot be forgotten.
    sync_import.import_batches(world.office, [batch])
    devices.reload()
    assert devices.model.rowCount() == 1 and devices.model.device(0).status == "pending"
    sync_devices.approve_device(world.office, device_id)
    devices.reload()
    assert _buttons(devices) == {"Approve": False, "Revoke": True, "Forget": False}
    assert devices.forget(device_id) is None  # the service refuses, the view says why
    assert (
        find(devices, QLabel, "devicesMessage")
        .text()
        .startswith("Kun en computer, der venter på godkendelse, kan glemmes.")
    )
    assert devices.model.device(0).status == "approved"


def test_a_revoked_laptop_is_approved_again_after_the_fingerprint_and_resent_batches_import(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    field, office = world.fields[0], world.office
    add_youth_with_sessions(field, "Emil-J1", 1)
    panel = _panel(qtbot, world, ui_settings)
    _export(qtbot, panel, world.outbox)
    sync_import.import_batches(office, [world.outbox])
    device_id = sync_devices.list_devices(office)[0].device_id
    sync_devices.approve_device(office, device_id)
    sync_devices.revoke_device(office, device_id)
    later = world.root / "later"
    later.mkdir()
    add_youth_with_sessions(field, "Emil-J2", 1)
    _export(qtbot, panel, later)
    [refused] = sync_import.import_batches(office, [later]).results
    assert (refused.status, refused.code) == (ImportStatus.REFUSED, "device_revoked")

    devices = DevicesView(office)
    qtbot.addWidget(devices)
    assert _buttons(devices) == {"Approve": True, "Revoke": False, "Forget": False}
    qtbot.mouseClick(find(devices, QPushButton, "devicesApprove"), Qt.MouseButton.LeftButton)
    dialog = find(devices, ApproveDialog, "approveDialog")
    assert dialog.windowTitle() == "Godkend computer igen"
    notice = find(dialog, QLabel, "approveRevokedNotice")
    assert not notice.isHidden()
    assert "blev tilbagekaldt den" in notice.text()
    assert "til og med nr. 1" in notice.text()
    assert "skrive de ubekræftede filer igen" in notice.text()
    assert not dialog.accept_button.isEnabled()
    fingerprint = panel.status.device_fingerprint if panel.status else ""
    qtbot.keyClicks(dialog.typed, fingerprint)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, devices)
    assert devices.operation is not None and devices.operation.error is None
    assert devices.last_approval is not None
    assert devices.last_approval.previous_status == "revoked"
    info = devices.model.device(0)
    assert (info.status, info.highest_contiguous) == ("approved", 1)
    assert find(devices, QLabel, "devicesMessage").text().startswith("Computeren er godkendt igen.")
    assert _buttons(devices) == {"Approve": False, "Revoke": True, "Forget": False}

    # The laptop writes its unconfirmed batches again; the office imports the refused one.
    resend = world.root / "resend"
    resend.mkdir()
    panel.set_export_folder(resend)
    assert panel.resend() is not None
    wait_done(qtbot, panel)
    view = _import_view(qtbot, world)
    view.import_paths([resend])
    wait_done(qtbot, view)
    assert [status for status, _, _ in _rows(view)] == ["duplicate", "imported"]
    devices.reload()
    assert devices.model.device(0).highest_contiguous == 2


def test_views_drop_everything_on_lock_and_come_back(
    qtbot: QtBot, world: World, ui_settings: Settings
) -> None:
    add_youth_with_sessions(world.fields[0], "Emil-G1", 1)
    panel = _panel(qtbot, world, ui_settings)
    _export(qtbot, panel, world.outbox)
    view = _import_view(qtbot, world)
    view.import_paths([world.outbox])
    wait_done(qtbot, view)
    devices = DevicesView(world.office)
    qtbot.addWidget(devices)
    for widget in (panel, view, devices):
        widget.save_draft()
        widget.clear()
    assert view.model.rowCount() == 0 and devices.model.rowCount() == 0
    assert find(panel, QLabel, "syncDeviceFingerprint").accessibleDescription() == ""
    assert find(view, QLabel, "syncOfficeFingerprint").accessibleDescription() == ""
    panel.restore(world.fields[0])
    view.restore(world.office)
    devices.restore(world.office)
    assert devices.model.rowCount() == 1
    assert find(panel, QLabel, "syncDeviceFingerprint").accessibleDescription() != ""
    assert find(view, QLabel, "syncOfficeFingerprint").accessibleDescription() != ""


# -- the strings --------------------------------------------------------------------------------


def test_every_sync_string_has_danish_with_the_same_placeholders_and_accelerators() -> None:
    import re

    danish = sync_danish()
    found = sync_strings()
    assert len(found) > 150
    missing = sorted({source for _, source in found if source not in danish})
    assert missing == [], missing
    placeholder = re.compile(r"\{[a-z_]*\}")
    wrong = []
    for _, source in found:
        text = danish[source]
        if sorted(placeholder.findall(source)) != sorted(placeholder.findall(text)):
            wrong.append(f"placeholders: {source!r}")
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            wrong.append(f"accelerator: {source!r}")
    assert wrong == [], wrong
    unused = sorted(set(danish) - {source for _, source in found})
    assert unused == [], unused
