"""The sync panel of a field laptop: what is not yet safe at the office and since when, export
to a remembered folder, import the office's receipt, the two fingerprints to compare over
the phone, and enrolling with the office's identity file.

Export runs on a worker thread with its own connection (``thread_context``), with progress
and Cancel (nothing is kept when cancelled). The status, a receipt and enrolling are small
and run on the GUI thread. Everything goes through the same services as the CLI
(``sync_export``, ``sync_receipts``, ``sync_service``).

Settings: the export folder (``settings.SYNC_EXPORT_FOLDER``) and the warning's number of
days (``sync_status_box.SYNC_WARN_AFTER_DAYS``, key ``sync/warn_after_days``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.services import sync_export, sync_receipts, sync_service
from vink_desktop.services.context import Context, thread_context
from vink_desktop.services.sync_export import ExportResult
from vink_desktop.services.sync_receipts import ReceiptImport, SyncStatus
from vink_desktop.services.sync_service import Enrollment, SyncError
from vink_desktop.ui import sync_texts as words
from vink_desktop.ui.bridge_link import BridgeLink
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.operations import Operation, OperationControl, ProgressDialog, run_operation
from vink_desktop.ui.settings import SYNC_EXPORT_FOLDER, Settings
from vink_desktop.ui.sync_dialogs import EnrollDialog
from vink_desktop.ui.sync_status_box import SYNC_WARN_AFTER_DAYS, SyncStatusBox
from vink_desktop.ui.sync_widgets import DialogSlot, fingerprint_label, show_fingerprint
from vink_desktop.ui.widgets import explanation, heading, message_label, show_message


class SyncPanel(QWidget):
    """The field laptop's sync. Inject the context (and the settings); nothing here looks up
    a main window."""

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        *,
        bridge: EventBridge | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self._ctx = ctx
        self._settings = settings if settings is not None else Settings()
        self._events = BridgeLink(self, bridge, self._on_event)
        self._dialogs = DialogSlot()
        #: Goes up on every lock, so an operation finishing afterwards is ignored.
        self._generation = 0
        #: The export in flight or last run (tests wait on it).
        self.operation: Operation[ExportResult] | None = None
        self.status: SyncStatus | None = None
        self.last_export: ExportResult | None = None
        self._build()
        self._events.connect(ctx)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("syncPanelScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(scroll)
        content.setObjectName("syncPanelContent")
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Sync with the office"), content))
        self.status_box = SyncStatusBox(self._settings.get(SYNC_WARN_AFTER_DAYS), content)
        self.status_box.warn_days_changed.connect(self._warn_days_changed)
        self.warn_days = self.status_box.warn_days
        layout.addWidget(self.status_box)
        layout.addWidget(self._export_group(content))
        layout.addWidget(self._receipt_group(content))
        layout.addWidget(self._fingerprint_group(content))
        layout.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        self.setTabOrder(self.warn_days, self.choose_folder_button)
        self.setTabOrder(self.choose_folder_button, self.export_button)
        self.setTabOrder(self.export_button, self.resend_button)
        self.setTabOrder(self.resend_button, self.files)
        self.setTabOrder(self.files, self.receipt_button)
        self.setTabOrder(self.receipt_button, self.office_fingerprint)
        self.setTabOrder(self.office_fingerprint, self.device_fingerprint)
        self.setTabOrder(self.device_fingerprint, self.enroll_button)

    def _export_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Send changes to the office"), parent)
        layout = QVBoxLayout(group)
        layout.addWidget(
            explanation(
                self.tr(
                    "Batch files are encrypted for the office and signed by this laptop."
                    " Write them to a network share or a USB stick and take them to the"
                    " office."
                ),
                group,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(group)
        self.folder.setObjectName("syncExportFolder")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("No folder chosen yet"))
        self.folder.setAccessibleName(self.tr("Export folder"))
        self.choose_folder_button = QPushButton(self.tr("C&hoose…"), group)
        self.choose_folder_button.setObjectName("syncChooseFolder")
        self.choose_folder_button.setAccessibleName(self.tr("Choose the export folder"))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder_button)
        folder_label = QLabel(self.tr("Export &folder:"), group)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export changes"), group)
        self.export_button.setObjectName("syncExportButton")
        self.export_button.clicked.connect(self.export)
        self.resend_button = QPushButton(self.tr("Write unconfirmed batches &again"), group)
        self.resend_button.setObjectName("syncResendButton")
        self.resend_button.setToolTip(
            self.tr("For a file that was lost on the way: the same batches, byte for byte.")
        )
        self.resend_button.clicked.connect(self.resend)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.resend_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.export_message = message_label("syncExportMessage", group)
        layout.addWidget(self.export_message)
        files_label = QLabel(self.tr("Files wri&tten:"), group)
        self.files = QListWidget(group)
        self.files.setObjectName("syncExportedFiles")
        self.files.setAccessibleName(self.tr("Files written"))
        self.files.setMaximumHeight(self.fontMetrics().height() * 5)
        files_label.setBuddy(self.files)
        layout.addWidget(files_label)
        layout.addWidget(self.files)
        return group

    def _receipt_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Receipt from the office"), parent)
        layout = QVBoxLayout(group)
        layout.addWidget(
            explanation(
                self.tr(
                    "After an import the office writes a receipt for each laptop. Import it"
                    " here: the changes it confirms are safe at the office."
                ),
                group,
            )
        )
        row = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Import &receipt…"), group)
        self.receipt_button.setObjectName("syncImportReceipt")
        self.receipt_button.clicked.connect(self.choose_receipt)
        row.addWidget(self.receipt_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.receipt_message = message_label("syncReceiptMessage", group)
        layout.addWidget(self.receipt_message)
        return group

    def _fingerprint_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Fingerprints"), parent)
        layout = QVBoxLayout(group)
        layout.addWidget(
            explanation(
                self.tr(
                    "Compare them by phone with the office: read this laptop's fingerprint"
                    " out to the supervisor, and check that the office's fingerprint is the"
                    " one the supervisor reads out."
                ),
                group,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.office_fingerprint = fingerprint_label(
            "syncOfficeFingerprint", self.tr("The office's fingerprint"), group
        )
        office_label = QLabel(self.tr("The &office's fingerprint:"), group)
        office_label.setBuddy(self.office_fingerprint)
        form.addRow(office_label, self.office_fingerprint)
        self.device_fingerprint = fingerprint_label(
            "syncDeviceFingerprint", self.tr("This laptop's fingerprint"), group
        )
        device_label = QLabel(self.tr("This &laptop's fingerprint:"), group)
        device_label.setBuddy(self.device_fingerprint)
        form.addRow(device_label, self.device_fingerprint)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.enroll_button = QPushButton(self.tr("E&nroll with an office identity file…"), group)
        self.enroll_button.setObjectName("syncEnrollButton")
        self.enroll_button.clicked.connect(self.choose_identity_file)
        row.addWidget(self.enroll_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.enroll_message = message_label("syncEnrollMessage", group)
        layout.addWidget(self.enroll_message)
        return group

    # -- the status -------------------------------------------------------------------------

    def _warn_days_changed(self, days: int) -> None:
        self._settings.set(SYNC_WARN_AFTER_DAYS, days)
        self.refresh()

    def _export_folder(self) -> Path | None:
        text = self._settings.get(SYNC_EXPORT_FOLDER)
        return Path(text) if text else None

    def refresh(self) -> None:
        """Read the status again (a few counts) and show it."""
        if not self._ctx.vault.is_open:
            return
        status = sync_receipts.sync_status(self._ctx, warn_after_days=self.warn_days.value())
        self.status = status
        self.status_box.show_status(status)
        show_fingerprint(self.office_fingerprint, status.office_fingerprint)
        show_fingerprint(self.device_fingerprint, status.device_fingerprint)
        folder = self._export_folder()
        self.folder.setText("" if folder is None else words.folder_text(folder))
        self.folder.setToolTip("" if folder is None else str(folder))
        self._update_buttons()

    def _update_buttons(self) -> None:
        enrolled = self.status is not None and self.status.office_fingerprint is not None
        idle = self.operation is None or self.operation.done
        self.export_button.setEnabled(enrolled and idle)
        self.resend_button.setEnabled(
            enrolled and idle and self.status is not None and self.status.unconfirmed_batches > 0
        )
        self.receipt_button.setEnabled(enrolled and idle)
        self.enroll_button.setEnabled(idle)
        self.choose_folder_button.setEnabled(idle)

    def _on_event(self, _name: str, _data: dict[str, Any]) -> None:
        # Any save changes the count of unconfirmed changes.
        if self.isVisible() and (self.operation is None or self.operation.done):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.operation is None or self.operation.done:
            self.refresh()

    # -- export -----------------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        current = self._export_folder()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the export folder"), "" if current is None else str(current)
        )
        if not chosen:
            return None
        self.set_export_folder(Path(chosen))
        return Path(chosen)

    def set_export_folder(self, folder: Path) -> None:
        """Remember ``folder`` for the next exports."""
        self._settings.set(SYNC_EXPORT_FOLDER, str(folder))
        self.folder.setText(words.folder_text(folder))
        self.folder.setToolTip(str(folder))

    def export(self) -> Operation[ExportResult] | None:
        """Export to the remembered folder (asked for the first time)."""
        folder = self._export_folder() or self.choose_folder()
        return None if folder is None else self.export_to(folder)

    def resend(self) -> Operation[ExportResult] | None:
        folder = self._export_folder() or self.choose_folder()
        return None if folder is None else self.export_to(folder, resend=True)

    def export_to(self, folder: Path, *, resend: bool = False) -> Operation[ExportResult]:
        """Write the batches on a worker thread (its own connection), with progress and
        Cancel; the files are listed when it is done."""
        ctx = self._ctx

        def work(control: OperationControl) -> ExportResult:
            with thread_context(ctx) as worker:
                if resend:
                    return sync_export.resend_batches(worker, folder)
                return sync_export.export_batches(
                    worker, folder, progress=control.progress, cancelled=control.cancelled
                )

        generation = self._generation
        label = self.tr("Writing batch files…")
        dialog = ProgressDialog(label, self)
        show_message(self.export_message, label, error=False)
        operation = run_operation(
            work,
            on_success=lambda result: self._exported(result, resend, generation),
            on_failure=lambda exc: self._export_failed(exc, generation),
        )
        dialog.follow(operation)
        self.operation = operation
        self._update_buttons()
        return operation

    def _current(self, generation: int) -> bool:
        return (
            shiboken6.isValid(self) and generation == self._generation and self._ctx.vault.is_open
        )

    def _exported(self, result: ExportResult, resend: bool, generation: int) -> None:
        if not self._current(generation):
            return
        self.last_export = result
        self.files.clear()
        for batch in result.batches:
            self.files.addItem(
                self.tr("{file} ({records} records)").format(
                    file=batch.path.name, records=batch.records
                )
            )
        count = len(result.batches)
        if count == 1 and resend:
            text = self.tr("Wrote 1 unconfirmed batch file again to the export folder.")
        elif count and resend:
            text = self.tr("Wrote {count} unconfirmed batch files again to the export folder.")
        elif count == 1:
            text = self.tr("Wrote 1 batch file to the export folder. Take it to the office.")
        elif count:
            text = self.tr(
                "Wrote {count} batch files to the export folder. Take them to the office."
            )
        elif resend:
            text = self.tr("Every batch is confirmed; there is nothing to write again.")
        else:
            text = self.tr("Nothing has changed since the last export; no file was written.")
        show_message(self.export_message, text.format(count=count), error=False)
        self.refresh()

    def _export_failed(self, exc: BaseException, generation: int) -> None:
        if not self._current(generation):
            return
        show_message(self.export_message, words.describe_sync_error(exc))
        self.refresh()

    # -- receipt ----------------------------------------------------------------------------

    def choose_receipt(self) -> ReceiptImport | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a receipt"),
            str(self._export_folder() or ""),
            self.tr("Receipts (*.vinkreceipt);;All files (*)"),
        )
        return self.import_receipt_file(Path(path)) if path else None

    def import_receipt_file(self, path: Path) -> ReceiptImport | None:
        """Verify a receipt and mark what it confirms (a small file: on this thread)."""
        try:
            receipt = sync_receipts.import_receipt(self._ctx, path)
        except (SyncError, OSError) as exc:
            show_message(self.receipt_message, words.describe_sync_error(exc, kind=words.RECEIPT))
            return None
        if receipt.status == "duplicate":
            text = self.tr("This receipt was imported before; nothing changed.")
        else:
            text = self.tr(
                "Receipt accepted: the office has every batch up to number {number}."
            ).format(number=receipt.highest_contiguous)
            text += " " + words.plural(
                receipt.newly_confirmed,
                self.tr("1 batch is now confirmed."),
                self.tr("{count} batches are now confirmed."),
            )
        show_message(self.receipt_message, text, error=False)
        self.refresh()
        return receipt

    # -- enrolment --------------------------------------------------------------------------

    def choose_identity_file(self) -> EnrollDialog | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Enroll with an office identity file"),
            "",
            self.tr("Office identity (*.vinkoffice);;All files (*)"),
        )
        return self.enroll_dialog(Path(path)) if path else None

    def enroll_dialog(self, path: Path) -> EnrollDialog | None:
        """Read the identity file, show its fingerprint and ask for confirmation; enroll
        only when the person confirms."""
        try:
            office = sync_service.read_office_identity(path)
        except (SyncError, OSError) as exc:
            show_message(self.enroll_message, words.describe_sync_error(exc, kind=words.IDENTITY))
            return None
        enrolled = None if self.status is None else self.status.office_fingerprint
        dialog = EnrollDialog(office.fingerprint, enrolled, self)
        dialog.accepted.connect(lambda: self.enroll(path, replace=dialog.replace))
        self._dialogs.show(dialog)
        return dialog

    def enroll(self, path: Path, *, replace: bool = False) -> Enrollment | None:
        try:
            enrollment = sync_service.enroll(self._ctx, path, replace=replace)
        except (SyncError, OSError) as exc:
            show_message(self.enroll_message, words.describe_sync_error(exc, kind=words.IDENTITY))
            return None
        if enrollment.status == "unchanged":
            text = self.tr("This laptop is already enrolled with this office; nothing changed.")
        else:
            text = self.tr(
                "Enrolled. Now read this laptop's fingerprint out to the supervisor, who"
                " approves the laptop when its first batch arrives."
            )
        show_message(self.enroll_message, text, error=False)
        self.refresh()
        return enrollment

    # -- lockable ---------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Nothing typed here needs keeping."""

    def clear(self) -> None:
        """Forget what was shown (and stop an export: cancelled, nothing is kept)."""
        self._generation += 1
        if self.operation is not None and not self.operation.done:
            self.operation.cancel()
        self._dialogs.close()
        self.status = None
        self.last_export = None
        self.status_box.clear()
        for message in (self.export_message, self.receipt_message, self.enroll_message):
            show_message(message, "")
        self.files.clear()
        show_fingerprint(self.office_fingerprint, None)
        show_fingerprint(self.device_fingerprint, None)
        self._events.disconnect()

    def restore(self, ctx: Context) -> None:
        self._ctx = ctx
        self._events.connect(ctx)
        self.refresh()
