"""The office's import of batch files: choose a folder or files, or drop them on the view;
the import runs on a worker thread (its own connection) with a progress bar and Cancel; each
file gets a result row. Also: write the receipts, and export the office identity file whose
fingerprint is shown here for reading out over the phone.

Everything goes through the services the CLI uses (``sync_import``, ``sync_receipts``,
``sync_service``). A batch is never half applied: a cancelled import keeps the batches it
finished and leaves the others untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.services import sync_devices, sync_import, sync_receipts, sync_service
from vink_desktop.services.context import Context, thread_context
from vink_desktop.services.events import Event
from vink_desktop.services.sync_import import ImportReport, ImportStatus
from vink_desktop.services.sync_receipts import WrittenReceipt
from vink_desktop.services.sync_service import OfficeIdentityFile, SyncError
from vink_desktop.sync.batch_format import BATCH_FILE_SUFFIX
from vink_desktop.ui import sync_texts as words
from vink_desktop.ui.bridge_link import BridgeLink
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.operations import Operation, OperationControl, run_operation
from vink_desktop.ui.sync_models import COL_DETAILS, COL_FILE, ImportResultModel
from vink_desktop.ui.sync_widgets import fingerprint_label, show_fingerprint
from vink_desktop.ui.widgets import explanation, heading, message_label, show_message

_DROP_STYLE = (
    "QLabel#syncDropHint {{ border: 2px dashed {color}; border-radius: 6px; padding: 10px; }}"
)


def dropped_paths(urls: Sequence[Any]) -> list[Path]:
    """The local batch files and folders among dropped URLs (others are ignored)."""
    found = []
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or path.name.endswith(BATCH_FILE_SUFFIX):
            found.append(path)
    return found


class _OneLine(QStyledItemDelegate):
    """A cell on one line, elided (the table wraps its long reasons, not file names)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class SyncImportView(QWidget):
    """The office's import of batches. Inject the context; nothing here looks up a main
    window."""

    def __init__(
        self, ctx: Context, parent: QWidget | None = None, *, bridge: EventBridge | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncImportView")
        self._ctx = ctx
        self._events = BridgeLink(self, bridge, self._on_event)
        self._generation = 0
        #: The import in flight or last run (tests wait on it).
        self.operation: Operation[ImportReport] | None = None
        self.report: ImportReport | None = None
        self.model = ImportResultModel(self)
        self.setAcceptDrops(True)
        self._build()
        self._events.connect(ctx)
        self._show_identity()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Import batches from field laptops"), self))
        layout.addWidget(
            explanation(
                self.tr(
                    "Choose the batch files the laptops wrote, or a folder of them, or drag"
                    " them here. Each file gets a result below. A batch is applied whole or"
                    " not at all."
                ),
                self,
            )
        )
        buttons = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Import a f&older…"), self)
        self.folder_button.setObjectName("syncImportFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton(self.tr("Import &files…"), self)
        self.files_button.setObjectName("syncImportFiles")
        self.files_button.clicked.connect(self.choose_files)
        self.receipts_button = QPushButton(self.tr("Write &receipts…"), self)
        self.receipts_button.setObjectName("syncWriteReceipts")
        self.receipts_button.setToolTip(
            self.tr("A signed receipt for each approved laptop, to take back to it.")
        )
        self.receipts_button.clicked.connect(self.choose_receipts_folder)
        self.identity_button = QPushButton(self.tr("Export office &identity…"), self)
        self.identity_button.setObjectName("syncExportIdentity")
        self.identity_button.setToolTip(self.tr("The file laptops enroll with (public keys only)."))
        self.identity_button.clicked.connect(self.choose_identity_file)
        for button in (self.folder_button, self.files_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.receipts_button, self.identity_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.drop_hint = QLabel(self.tr("Drop .vinkbatch files or a folder here"), self)
        self.drop_hint.setObjectName("syncDropHint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)
        self._set_drop_highlight(False)
        layout.addWidget(self.drop_hint)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncImportProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setFormat(self.tr("%v of %m files"))
        self.cancel_button = QPushButton(self.tr("&Cancel import"), self)
        self.cancel_button.setObjectName("syncImportCancel")
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self._progress_box = QWidget(self)
        self._progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self._progress_box.setVisible(False)
        layout.addWidget(self._progress_box)

        self.summary = message_label("syncImportSummary", self)
        layout.addWidget(self.summary)
        results_label = QLabel(self.tr("Re&sults:"), self)
        self.table = QTableView(self)
        self.table.setObjectName("syncImportResults")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Import results"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # File names are long (they carry the device id): elided in the middle, so the
        # reasons keep the room they need at 200 %.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setItemDelegateForColumn(COL_FILE, _OneLine(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self._file_width = self.fontMetrics().horizontalAdvance("vink-0123…0001.vinkbatch")
        header.resizeSection(COL_FILE, self._file_width)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        results_label.setBuddy(self.table)
        layout.addWidget(results_label)
        layout.addWidget(self.table, 1)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        identity_row = QHBoxLayout()
        identity_label = QLabel(
            self.tr("This office's fingerprint (read it out when a laptop enrolls):"), self
        )
        self.office_fingerprint = fingerprint_label(
            "syncOfficeFingerprint", self.tr("This office's fingerprint"), self
        )
        identity_label.setBuddy(self.office_fingerprint)
        identity_row.addWidget(identity_label)
        identity_row.addWidget(self.office_fingerprint)
        identity_row.addStretch(1)
        layout.addLayout(identity_row)
        self.office_message = message_label("syncOfficeMessage", self)
        layout.addWidget(self.office_message)

    def _set_drop_highlight(self, on: bool) -> None:
        color = "palette(highlight)" if on else "palette(mid)"
        self.drop_hint.setStyleSheet(_DROP_STYLE.format(color=color))

    def _show_identity(self) -> None:
        if not self._ctx.vault.is_open:
            return
        summary = sync_service.identity_summary(self._ctx)
        show_fingerprint(self.office_fingerprint, summary.own_fingerprint)

    # -- choosing and dropping --------------------------------------------------------------

    def choose_folder(self) -> Operation[ImportReport] | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of batches"))
        return self.import_paths([Path(folder)]) if folder else None

    def choose_files(self) -> Operation[ImportReport] | None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import batch files"),
            "",
            self.tr("Batch files (*.vinkbatch);;All files (*)"),
        )
        return self.import_paths([Path(p) for p in paths]) if paths else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.busy or not mime.hasUrls() or not dropped_paths(mime.urls()):
            event.ignore()
            return
        self._set_drop_highlight(True)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_highlight(False)
        paths = dropped_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if self.busy or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # -- the import -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.operation is not None and not self.operation.done

    def import_paths(self, paths: Sequence[Path]) -> Operation[ImportReport] | None:
        """Import files and folders on a worker thread; None while another import runs."""
        if self.busy:
            return None
        ctx, chosen = self._ctx, list(paths)

        def work(control: OperationControl) -> ImportReport:
            with thread_context(ctx) as worker:
                return sync_import.import_batches(
                    worker, chosen, progress=control.progress, cancelled=control.cancelled
                )

        generation = self._generation
        self.progress.setRange(0, 0)
        self._progress_box.setVisible(True)
        self.cancel_button.setEnabled(True)
        show_message(self.summary, self.tr("Importing…"), error=False)
        operation = run_operation(
            work,
            on_success=lambda report: self._imported(report, generation),
            on_failure=lambda exc: self._failed(exc, generation),
            on_progress=self._progressed,
        )
        operation.finished.connect(self._finished)
        self.operation = operation
        self._update_buttons()
        return operation

    def cancel(self) -> None:
        if self.busy:
            assert self.operation is not None
            self.operation.cancel()
            self.cancel_button.setEnabled(False)
            show_message(self.summary, self.tr("Stopping after the current file…"), error=False)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _current(self, generation: int) -> bool:
        return shiboken6.isValid(self) and generation == self._generation

    def _finished(self) -> None:
        if not shiboken6.isValid(self):
            return
        self._progress_box.setVisible(False)
        self._update_buttons()

    def _imported(self, report: ImportReport, generation: int) -> None:
        if not self._current(generation):
            return
        self.report = report
        self.model.set_rows(report.results)
        self._fit_file_column()
        if report.files == 0:
            text = self.tr("No batch files were found there.")
        else:
            text = self._summary(report)
        if report.cancelled:
            text += " " + self.tr(
                "The import was cancelled: the files not reached were left untouched."
            )
        trouble = report.count(ImportStatus.REFUSED) > 0
        show_message(self.summary, text, error=trouble)

    def _fit_file_column(self) -> None:
        """Whole file names when there is room; elided in the middle when there is not."""
        wanted = self.table.sizeHintForColumn(COL_FILE) if self.model.rowCount() else 0
        room = int(self.table.viewport().width() * 0.35)
        self.table.setColumnWidth(COL_FILE, max(self._file_width, min(wanted, room)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_file_column()

    def _summary(self, report: ImportReport) -> str:
        """E.g. "4 files: 1 imported, 1 held, 2 refused." (only what happened)."""
        parts = [
            (report.count(ImportStatus.IMPORTED), self.tr("{count} imported")),
            (report.count(ImportStatus.DUPLICATE), self.tr("{count} already imported")),
            (report.count(ImportStatus.HELD), self.tr("{count} held")),
            (report.count(ImportStatus.REFUSED), self.tr("{count} refused")),
        ]
        done = ", ".join(text.format(count=count) for count, text in parts if count)
        files = words.plural(report.files, self.tr("1 file"), self.tr("{count} files"))
        return self.tr("{files}: {results}.").format(
            files=files, results=done or self.tr("none handled")
        )

    def _failed(self, exc: BaseException, generation: int) -> None:
        if not self._current(generation):
            return
        show_message(self.summary, words.describe_sync_error(exc))

    def refresh_held(self) -> None:
        """Rows of batches that were held: applied since (the laptop was approved, or the
        missing batch came), or dropped (the laptop was revoked or forgotten)."""
        if not self._ctx.vault.is_open or self.busy:
            return
        rows = self.model.rows()
        if not any(r.status == "held" for r in rows):
            return
        devices = {d.device_id: d for d in sync_devices.list_devices(self._ctx)}
        for number, row in enumerate(rows):
            result = row.result
            if row.status != "held" or result.device_id is None or result.sequence is None:
                continue
            device = devices.get(result.device_id)
            if device is None:
                self.model.mark_later(number, "forgotten")
            elif result.sequence <= device.highest_contiguous:
                self.model.mark_later(number, "applied")
            elif device.status == "revoked":
                self.model.mark_later(number, "dropped")

    def _on_event(self, name: str, _data: dict[str, Any]) -> None:
        if name == Event.RECORDS_IMPORTED:
            self.refresh_held()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_held()

    def _update_buttons(self) -> None:
        idle = not self.busy
        for button in (self.folder_button, self.files_button, self.receipts_button):
            button.setEnabled(idle)

    # -- receipts and the office identity ---------------------------------------------------

    def choose_receipts_folder(self) -> tuple[WrittenReceipt, ...] | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the receipts to"))
        return self.write_receipts_to(Path(folder)) if folder else None

    def write_receipts_to(self, folder: Path) -> tuple[WrittenReceipt, ...] | None:
        """One signed receipt per approved laptop (small files: on this thread)."""
        try:
            written = sync_receipts.write_receipts(self._ctx, folder)
        except (SyncError, OSError) as exc:
            show_message(self.office_message, words.describe_sync_error(exc))
            return None
        if len(written) == 1:
            text = self.tr("Wrote 1 receipt to {folder}. Take it back to its laptop.")
        elif written:
            text = self.tr("Wrote {count} receipts to {folder}. Take each one back to its laptop.")
        else:
            text = self.tr("No laptop is approved yet, so no receipt was written.")
        text = text.format(count=len(written), folder=folder)
        show_message(self.office_message, text, error=False)
        return written

    def choose_identity_file(self) -> OfficeIdentityFile | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the office identity"),
            "office.vinkoffice",
            self.tr("Office identity (*.vinkoffice)"),
        )
        return self.export_identity_to(Path(path)) if path else None

    def export_identity_to(self, path: Path) -> OfficeIdentityFile | None:
        try:
            written = sync_service.export_office_identity(self._ctx, path)
        except (SyncError, OSError) as exc:
            show_message(self.office_message, words.describe_sync_error(exc))
            return None
        show_message(
            self.office_message,
            self.tr(
                "The office identity was written to {file}. Give it to the field workers;"
                " when one enrolls, read this office's fingerprint out to them."
            ).format(file=written.path),
            error=False,
        )
        show_fingerprint(self.office_fingerprint, written.fingerprint)
        return written

    # -- lockable ---------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Nothing typed here needs keeping."""

    def clear(self) -> None:
        """Forget the results; an import in flight stops after its current file (whole
        batches only) and its report is dropped."""
        self._generation += 1
        if self.busy:
            assert self.operation is not None
            self.operation.cancel()
        self.report = None
        self.model.clear()
        show_message(self.summary, "")
        show_message(self.office_message, "")
        show_fingerprint(self.office_fingerprint, None)
        self._events.disconnect()

    def restore(self, ctx: Context) -> None:
        self._ctx = ctx
        self._events.connect(ctx)
        self._show_identity()
