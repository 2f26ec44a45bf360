"""The office's devices: every field laptop that has sent a batch, its fingerprint, status,
when it was first seen, its last batch, how far it is applied and what waits (held batches,
missing numbers). Approve a laptop after comparing fingerprints by phone (its held batches
are then applied on a worker thread, with progress); revoke one that is lost or replaced,
and approve it again, with its fingerprint, if it turns up; forget a waiting laptop nobody
recognises (it and its held batches are deleted).

Everything goes through ``services.sync_devices``, as the CLI's ``devices`` commands do.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.services import sync_devices
from vink_desktop.services.context import Context, thread_context
from vink_desktop.services.events import Event
from vink_desktop.services.sync_devices import Approval, DeviceInfo, ForgottenDevice
from vink_desktop.services.sync_import import ImportStatus
from vink_desktop.services.sync_service import SyncError
from vink_desktop.ui import sync_texts as words
from vink_desktop.ui.bridge_link import BridgeLink
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.operations import Operation, OperationControl, ProgressDialog, run_operation
from vink_desktop.ui.sync_dialogs import ApproveDialog
from vink_desktop.ui.sync_models import COL_DEV_FIRST_SEEN, DevicesModel, SortProxy
from vink_desktop.ui.sync_widgets import DialogSlot, fingerprint_label, show_fingerprint
from vink_desktop.ui.widgets import explanation, heading, message_label, show_message


class DevicesView(QWidget):
    """The office's field laptops. Inject the context; nothing here looks up a main window."""

    #: A device was approved, revoked or forgotten (its id).
    device_changed = Signal(str)

    def __init__(
        self, ctx: Context, parent: QWidget | None = None, *, bridge: EventBridge | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("devicesView")
        self._ctx = ctx
        self._events = BridgeLink(self, bridge, self._on_event)
        self._dialogs = DialogSlot()
        self._generation = 0
        self._sized = False
        #: The approval in flight or last run (tests wait on it).
        self.operation: Operation[Approval] | None = None
        self.last_approval: Approval | None = None
        self.model = DevicesModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._events.connect(ctx)
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Field laptops"), self))
        layout.addWidget(
            explanation(
                self.tr(
                    "A laptop appears here, waiting for approval, with its first batch."
                    " Approve it only when its user has read out the laptop's fingerprint to"
                    " you and it matches; its held batches are then applied. Forget a waiting"
                    " laptop whose fingerprint does not match or that nobody knows. Revoke a"
                    " laptop that is lost or replaced; approve it again if it turns up."
                ),
                self,
            )
        )
        table_label = QLabel(self.tr("&Laptops:"), self)
        self.table = QTableView(self)
        self.table.setObjectName("devicesTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Laptops"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DEV_FIRST_SEEN, Qt.SortOrder.AscendingOrder)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        table_label.setBuddy(self.table)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)

        selected = QHBoxLayout()
        fingerprint_caption = QLabel(self.tr("Fingerprint of the selected laptop:"), self)
        self.fingerprint = fingerprint_label(
            "devicesFingerprint", self.tr("Fingerprint of the selected laptop"), self
        )
        fingerprint_caption.setBuddy(self.fingerprint)
        selected.addWidget(fingerprint_caption)
        selected.addWidget(self.fingerprint)
        selected.addStretch(1)
        layout.addLayout(selected)

        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("&Approve…"), self)
        self.approve_button.setObjectName("devicesApprove")
        self.approve_button.clicked.connect(self._approve_selected)
        self.revoke_button = QPushButton(self.tr("Re&voke…"), self)
        self.revoke_button.setObjectName("devicesRevoke")
        self.revoke_button.clicked.connect(self._revoke_selected)
        self.forget_button = QPushButton(self.tr("&Forget…"), self)
        self.forget_button.setObjectName("devicesForget")
        self.forget_button.setToolTip(
            self.tr("Delete a laptop waiting for approval, and its held batches")
        )
        self.forget_button.clicked.connect(self._forget_selected)
        self.refresh_button = QPushButton(self.tr("R&efresh"), self)
        self.refresh_button.setObjectName("devicesRefresh")
        self.refresh_button.setToolTip(self.tr("Read the list again (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)
        self.message = message_label("devicesMessage", self)
        layout.addWidget(self.message)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.reload)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        if not self._ctx.vault.is_open:
            return
        selected = self.selected_device_id()
        self.model.set_rows(sync_devices.list_devices(self._ctx))
        if self.model.rowCount() and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        if selected is not None:
            self.select_device(selected)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def select_device(self, device_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.device_id(row) == device_id:
                self.table.selectRow(row)
                return

    def selected_device_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.device_id(index.row())

    def selected_device(self) -> DeviceInfo | None:
        device_id = self.selected_device_id()
        number = -1 if device_id is None else self.model.find(device_id)
        return None if number < 0 else self.model.device(number)

    def _selection_changed(self, *_args: object) -> None:
        device = self.selected_device()
        show_fingerprint(self.fingerprint, None if device is None else device.fingerprint)
        status = None if device is None else device.status
        idle = self.operation is None or self.operation.done
        self.approve_button.setEnabled(idle and status in ("pending", "revoked"))
        self.revoke_button.setEnabled(idle and status in ("pending", "approved"))
        self.forget_button.setEnabled(idle and status == "pending")

    def _activated(self, _index: QModelIndex) -> None:
        device = self.selected_device()
        if device is not None and device.status in ("pending", "revoked"):
            self.approve_dialog(device.device_id)

    def _on_event(self, name: str, _data: dict[str, Any]) -> None:
        if name == Event.RECORDS_IMPORTED and (self.operation is None or self.operation.done):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.operation is None or self.operation.done:
            self.reload()

    # -- approve ----------------------------------------------------------------------------

    def _approve_selected(self) -> None:
        device = self.selected_device()
        if device is not None:
            self.approve_dialog(device.device_id)

    def approve_dialog(self, device_id: str) -> ApproveDialog | None:
        number = self.model.find(device_id)
        if number < 0:
            return None
        dialog = ApproveDialog(self.model.device(number), self)
        dialog.accepted.connect(lambda: self.approve(device_id, dialog.fingerprint_to_check()))
        self._dialogs.show(dialog)
        return dialog

    def approve(self, device_id: str, fingerprint: str) -> Operation[Approval]:
        """Approve on a worker thread (its own connection): the fingerprint is checked
        again by the service, then the held batches are applied in order, with progress."""
        ctx = self._ctx

        def work(control: OperationControl) -> Approval:
            with thread_context(ctx) as worker:
                return sync_devices.approve_device(
                    worker,
                    device_id,
                    fingerprint=fingerprint,
                    progress=control.progress,
                    cancelled=control.cancelled,
                )

        generation = self._generation
        label = self.tr("Approving the laptop and applying its held batches…")
        dialog = ProgressDialog(label, self)
        show_message(self.message, label, error=False)
        operation = run_operation(
            work,
            on_success=lambda approval: self._approved(approval, generation),
            on_failure=lambda exc: self._failed(exc, generation),
        )
        dialog.follow(operation)
        self.operation = operation
        self._selection_changed()
        return operation

    def _current(self, generation: int) -> bool:
        return (
            shiboken6.isValid(self) and generation == self._generation and self._ctx.vault.is_open
        )

    def _approved(self, approval: Approval, generation: int) -> None:
        if not self._current(generation):
            return
        self.last_approval = approval
        self.model.update_row(approval.device)
        applied = sum(1 for r in approval.results if r.status is ImportStatus.IMPORTED)
        refused = [r for r in approval.results if r.status is ImportStatus.REFUSED]
        if approval.previous_status == "revoked" and not approval.results:
            text = self.tr(
                "The laptop is approved again. Ask its user to write the unconfirmed batches"
                " again and bring them: the batches it sent while it was revoked were refused."
            )
        else:
            text = (
                self.tr("The laptop is approved.")
                + " "
                + words.plural(
                    applied,
                    self.tr("1 held batch was applied."),
                    self.tr("{count} held batches were applied."),
                )
            )
        if refused:
            text += " " + words.plural(
                len(refused),
                self.tr("1 was refused: {reason}"),
                self.tr("{count} were refused: {reason}"),
                reason=words.refused_reason_text(refused[0].code),
            )
        if approval.device.held:
            text += " " + words.plural(
                len(approval.device.held),
                self.tr("1 batch is still held."),
                self.tr("{count} batches are still held."),
            )
        show_message(self.message, text, error=bool(refused))
        self._selection_changed()
        self.device_changed.emit(approval.device.device_id)

    def _failed(self, exc: BaseException, generation: int) -> None:
        if not self._current(generation):
            return
        show_message(self.message, words.describe_sync_error(exc))
        self.reload()

    # -- revoke -----------------------------------------------------------------------------

    def _revoke_selected(self) -> None:
        device = self.selected_device()
        if device is not None:
            self.revoke_dialog(device.device_id)

    def revoke_dialog(self, device_id: str) -> QMessageBox | None:
        number = self.model.find(device_id)
        if number < 0:
            return None
        device = self.model.device(number)
        box = QMessageBox(self)
        box.setObjectName("revokeDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Revoke laptop"))
        box.setText(
            self.tr(
                "Revoke laptop {id}? Its later batches will be refused and its held batches"
                " dropped. If it turns up again, it can be approved again after its fingerprint"
                " is compared."
            ).format(id=words.short_id(device.device_id))
        )
        revoke = box.addButton(self.tr("Re&voke"), QMessageBox.ButtonRole.DestructiveRole)
        revoke.setObjectName("revokeAccept")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        box.setDefaultButton(cancel)
        revoke.clicked.connect(lambda: self.revoke(device_id))
        self._dialogs.show(box)
        return box

    def revoke(self, device_id: str) -> DeviceInfo | None:
        number = self.model.find(device_id)
        held = len(self.model.device(number).held) if number >= 0 else 0
        try:
            device = sync_devices.revoke_device(self._ctx, device_id)
        except SyncError as exc:
            show_message(self.message, words.describe_sync_error(exc))
            return None
        self.model.update_row(device)
        show_message(
            self.message,
            self.tr("The laptop is revoked. Its later batches will be refused.")
            + (
                " "
                + words.plural(
                    held,
                    self.tr("1 held batch was dropped."),
                    self.tr("{count} held batches were dropped."),
                )
                if held
                else ""
            ),
            error=False,
        )
        self._selection_changed()
        self.device_changed.emit(device_id)
        return device

    # -- forget -----------------------------------------------------------------------------

    def _forget_selected(self) -> None:
        device = self.selected_device()
        if device is not None:
            self.forget_dialog(device.device_id)

    def forget_dialog(self, device_id: str) -> QMessageBox | None:
        """Ask before forgetting a waiting laptop: its held batches are deleted."""
        number = self.model.find(device_id)
        if number < 0:
            return None
        device = self.model.device(number)
        box = QMessageBox(self)
        box.setObjectName("forgetDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Forget laptop"))
        text = self.tr(
            "Forget laptop {id}? It is waiting for approval; nothing from it has been applied."
        ).format(id=words.short_id(device.device_id))
        if device.held:
            text += " " + words.plural(
                len(device.held),
                self.tr("Its held batch will be deleted."),
                self.tr("Its {count} held batches will be deleted."),
            )
        text += " " + self.tr(
            "If it sends a batch again, it appears here again, waiting for approval."
        )
        box.setText(text)
        forget = box.addButton(self.tr("&Forget"), QMessageBox.ButtonRole.DestructiveRole)
        forget.setObjectName("forgetAccept")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        box.setDefaultButton(cancel)
        forget.clicked.connect(lambda: self.forget(device_id))
        self._dialogs.show(box)
        return box

    def forget(self, device_id: str) -> ForgottenDevice | None:
        try:
            forgotten = sync_devices.forget_device(self._ctx, device_id)
        except SyncError as exc:
            show_message(self.message, words.describe_sync_error(exc))
            self.reload()
            return None
        self.model.remove_device(device_id)
        text = self.tr("The laptop is forgotten.")
        if forgotten.held_deleted:
            text += " " + words.plural(
                forgotten.held_deleted,
                self.tr("1 held batch was deleted."),
                self.tr("{count} held batches were deleted."),
            )
        show_message(self.message, text, error=False)
        self._selection_changed()
        self.device_changed.emit(device_id)
        return forgotten

    # -- lockable ---------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Nothing typed here needs keeping (a fingerprint being typed is read out again)."""

    def clear(self) -> None:
        self._generation += 1
        if self.operation is not None and not self.operation.done:
            self.operation.cancel()
        self._dialogs.close()
        self.model.clear()
        self.last_approval = None
        show_fingerprint(self.fingerprint, None)
        show_message(self.message, "")
        self._events.disconnect()

    def restore(self, ctx: Context) -> None:
        self._ctx = ctx
        self._events.connect(ctx)
        self.reload()
