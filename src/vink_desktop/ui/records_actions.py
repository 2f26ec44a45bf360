"""File → Import records… and Export records (unencrypted)…: long work on a worker thread
with a progress bar and Cancel, through the same services as `vink-desktop records`.

The worker gets its own connection to the open vault (``services.context.thread_context``);
the GUI thread's connection is never touched off its thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vink_desktop.services import records_io
from vink_desktop.services.context import Context, thread_context
from vink_desktop.ui.error_text import describe_error
from vink_desktop.ui.operations import Operation, OperationControl, ProgressDialog, run_operation

if TYPE_CHECKING:
    from vink_desktop.ui.main_window import MainWindow

T = TypeVar("T")


class RecordsActions(QObject):
    """The two menu actions, and the operations behind them (callable without dialogs)."""

    def __init__(self, window: MainWindow, ctx: Context) -> None:
        super().__init__(window)
        self.setObjectName("records_actions")
        self._window = window
        self._ctx = ctx
        self.last_message = ""
        self.action_import = QAction(self.tr("&Import records…"), window)
        self.action_import.setObjectName("action_import_records")
        self.action_import.triggered.connect(self.choose_and_import)
        self.action_export = QAction(self.tr("&Export records (unencrypted)…"), window)
        self.action_export.setObjectName("action_export_records")
        self.action_export.triggered.connect(self.choose_and_export)
        first = window.file_menu.actions()[0] if window.file_menu.actions() else None
        window.file_menu.insertAction(first, self.action_import)
        window.file_menu.insertAction(first, self.action_export)
        window.file_menu.insertSeparator(first)

    # -- with dialogs -------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import records"), "", self.tr("Records files (*.json)")
        )
        if path:
            self.import_file(Path(path))

    def choose_and_export(self) -> None:
        answer = QMessageBox.warning(
            self._window,
            self.tr("Export records"),
            self.tr(
                "The file will NOT be encrypted. Anyone who gets it can read the notes about"
                " the young people and parents. Names and contact details are left out.\n\n"
                "Only export to a place you trust, and delete the file when you are done."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export records"),
            "vink-records.json",
            self.tr("Records file (*.json);;Spreadsheet, one row per session (*.csv)"),
        )
        if path:
            fmt = "csv" if path.lower().endswith(".csv") or "csv" in chosen else "json"
            self.export_file(Path(path), fmt)

    # -- the operations -----------------------------------------------------------------------

    def import_file(self, path: Path) -> Operation[records_io.ImportResult]:
        ctx = self._ctx

        def work(control: OperationControl) -> records_io.ImportResult:
            with thread_context(ctx) as worker:
                return records_io.import_records(
                    worker, path, control.progress, cancelled=control.cancelled
                )

        return self._run(work, self.tr("Importing records…"), self._imported)

    def export_file(self, path: Path, fmt: str) -> Operation[records_io.ExportResult]:
        ctx = self._ctx

        def work(control: OperationControl) -> records_io.ExportResult:
            with thread_context(ctx) as worker:
                return records_io.export_records(worker, path, fmt, cancelled=control.cancelled)

        return self._run(work, self.tr("Exporting records…"), self._exported)

    def _run(
        self, work: Callable[[OperationControl], T], label: str, done: Callable[[T], None]
    ) -> Operation[T]:
        dialog = ProgressDialog(label, self._window)
        operation = run_operation(work, on_success=done, on_failure=self._failed)
        dialog.follow(operation)
        return operation

    def _imported(self, result: records_io.ImportResult) -> None:
        self.last_message = self.tr(
            "Imported {sessions} sessions, {courses} courses and {participants} participants"
            " ({unchanged} already up to date)."
        ).format(
            sessions=result.sessions,
            courses=result.courses,
            participants=result.participants,
            unchanged=result.unchanged,
        )
        self._window.statusBar().showMessage(self.last_message, 10_000)

    def _exported(self, result: records_io.ExportResult) -> None:
        self.last_message = self.tr("Exported {sessions} sessions to {file}.").format(
            sessions=result.sessions, file=result.path.name
        )
        self._window.statusBar().showMessage(self.last_message, 10_000)

    def _failed(self, error: BaseException) -> None:
        self.last_message = describe_error(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Records"), self.last_message, parent=self._window
        )
        box.setObjectName("records_error")
        box.open()  # not exec(): the event loop (and a lock) keeps running
