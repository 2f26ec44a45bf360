"""The "Yearly report…" action: a dialog to choose the year, the format and the file, and
the :class:`ReportExporter` that writes it.

The report's data is built on the GUI thread (it reads the vault, whose connection belongs
to this thread; the criteria take well under a second). CSV and JSON are then written at
once, atomically (``storage.atomic``). The PDF is drawn from the finished data in a worker
(``ui.operations``) behind a busy indicator; ``report_pdf.write_pdf`` writes it beside the
target and renames it into place. Every written report is audited; when the vault was
locked while a PDF was being drawn, the audit entry is written after the unlock.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.services import report_export, yearly_report
from vink_desktop.services.context import Context
from vink_desktop.services.yearly_report import ReportData
from vink_desktop.storage.errors import DiskFull
from vink_desktop.ui import error_text
from vink_desktop.ui.operations import Operation, OperationControl, ProgressDialog, run_operation
from vink_desktop.ui.widgets import explanation, message_label, show_message

translate = QCoreApplication.translate
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def report_error_text(exc: BaseException, out: Path) -> str:
    """What went wrong writing ``out``, and what to do, in the user's language."""
    folder = str(out.parent)
    if isinstance(exc, DiskFull) or (isinstance(exc, OSError) and exc.errno in _DISK_FULL):
        return translate(
            "ReportExport",
            "The disk is full, so the report was not written. Free some space, or choose"
            " another place, and try again.",
        )
    if isinstance(exc, IncompletePdf):
        return translate(
            "ReportExport",
            "The PDF could not be written completely, so it was not kept. Check that the disk"
            " is not full, and try again.",
        )
    if isinstance(exc, PermissionError):
        return translate(
            "ReportExport", "You may not write to the folder {folder}. Choose another folder."
        ).format(folder=folder)
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return translate(
            "ReportExport", "The folder {folder} does not exist. Choose another folder."
        ).format(folder=folder)
    if isinstance(exc, IsADirectoryError):
        return translate("ReportExport", "{path} is a folder. Give the report a file name.").format(
            path=str(out)
        )
    if isinstance(exc, OSError):
        return translate(
            "ReportExport",
            "The report could not be written to {path}. Check that you may write there, and"
            " try again.",
        ).format(path=str(out))
    return error_text.describe_error(exc) or translate(
        "ReportExport",
        "Something unexpected went wrong; no report was written. If it happens again,"
        " contact the office.",
    )


class IncompletePdf(OSError):
    """The PDF file on disk does not end as a PDF does (a write was cut short)."""


def write_pdf_checked(report: ReportData, out: Path) -> None:
    """Draw the PDF (in a worker: no vault connection needed) and check it is whole."""
    from vink_desktop.ui.report_pdf import write_pdf  # Qt's PDF machinery, on first use

    write_pdf(report, out)
    with open(out, "rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - 1024))
        tail = handle.read()
    if b"%%EOF" not in tail:
        out.unlink(missing_ok=True)
        raise IncompletePdf(errno.EIO, "the PDF is incomplete")


class ReportExporter(QObject):
    """Writes yearly reports; outlives the dialog (and a lock) while a PDF is drawn."""

    #: (path, format) of a report that was written.
    written = Signal(str, str)
    #: The error, in words, of a report that was not written.
    failed = Signal(str)

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.operation: Operation[None] | None = None
        self._pending_audit: list[tuple[ReportData, str]] = []

    def set_context(self, ctx: Context) -> None:
        self._ctx = ctx
        pending, self._pending_audit = self._pending_audit, []
        for report, fmt in pending:
            self._audit(report, fmt)

    def busy(self) -> bool:
        return self.operation is not None and not self.operation.done

    def export(self, year: int, fmt: str, out: Path, parent: QWidget | None = None) -> None:
        """Build the report for ``year`` and write it; ``written`` or ``failed`` follows
        (at once for CSV and JSON, when the worker is done for a PDF)."""
        try:
            report = yearly_report.build_report(self._ctx, year)
            if fmt != "pdf":
                report_export.write_report_file(self._ctx, report, fmt, out)
        except Exception as exc:
            self.failed.emit(report_error_text(exc, out))
            return
        if fmt != "pdf":
            self.written.emit(str(out), fmt)
            return

        def work(_control: OperationControl) -> None:
            write_pdf_checked(report, out)

        self.operation = run_operation(
            work,
            on_success=lambda _none: self._pdf_written(report, out),
            on_failure=lambda exc: self.failed.emit(report_error_text(exc, out)),
        )
        progress = ProgressDialog(self.tr("Writing the yearly report as a PDF…"), parent)
        progress.setObjectName("reportProgress")
        progress.setCancelButton(None)  # a few seconds at most; it cannot stop halfway
        progress.follow(self.operation)

    def _pdf_written(self, report: ReportData, out: Path) -> None:
        self._audit(report, "pdf")
        self.written.emit(str(out), "pdf")

    def _audit(self, report: ReportData, fmt: str) -> None:
        if self._ctx.vault.is_open:
            report_export.record_export(self._ctx, report, fmt)
        else:  # locked while the PDF was drawn: audited after the unlock
            self._pending_audit.append((report, fmt))


class ReportExportDialog(QDialog):
    """Choose the year, the format and the file of the yearly report."""

    def __init__(
        self,
        exporter: ReportExporter,
        years: list[int],
        year: int,
        *,
        field_vault: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportExportDialog")
        self.setWindowTitle(self.tr("Yearly report"))
        self._exporter = exporter
        layout = QVBoxLayout(self)
        intro = self.tr(
            "The yearly report to the city: the success criteria for the whole programme, in"
            " Danish. It holds no names and no pseudonyms; counts under 5 are shown as “<5”."
            " The dashboard's track, worker and district filters do not apply."
        )
        if field_vault:
            intro += " " + self.tr(
                "This is a field vault: the report covers only the records in it, not the office's."
            )
        text = explanation(intro, self)
        text.setObjectName("reportIntro")
        layout.addWidget(text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.year = QComboBox()
        self.year.setObjectName("reportYear")
        self.year.setAccessibleName(self.tr("Year of the report"))
        for item in years:
            self.year.addItem(str(item), item)
        self.year.setCurrentIndex(max(0, self.year.findData(year)))
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        form.addRow(year_label, self.year)

        formats = QVBoxLayout()
        self.formats = QButtonGroup(self)
        choices = (
            ("pdf", self.tr("&PDF, for the city council")),
            ("csv", self.tr("&CSV, for statistics")),
            ("json", self.tr("&JSON, the same figures as data")),
        )
        for key, label in choices:
            button = QRadioButton(label)
            button.setObjectName(f"reportFormat_{key}")
            button.setProperty("format", key)
            self.formats.addButton(button)
            formats.addWidget(button)
        self.formats.buttons()[0].setChecked(True)
        format_label = QLabel(self.tr("Format:"))
        form.addRow(format_label, formats)

        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("reportPath")
        self.path.setAccessibleName(self.tr("File to write"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("reportBrowse")
        self.browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, path_row)
        layout.addLayout(form)

        self.message = message_label("reportMessage", self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = QPushButton(self.tr("&Write report"))
        self.write_button.setObjectName("reportWrite")
        self.write_button.setDefault(True)
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._default_name = ""
        self.year.currentIndexChanged.connect(self._suggest_name)
        self.formats.buttonToggled.connect(self._format_toggled)
        self._folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self._suggest_name()
        exporter.written.connect(self._written)
        exporter.failed.connect(self._failed)
        self.setTabOrder(self.year, self.formats.buttons()[0])
        self.setTabOrder(self.formats.buttons()[-1], self.path)
        self.setTabOrder(self.path, self.browse)

    # -- choices --------------------------------------------------------------------------

    def chosen_format(self) -> str:
        checked = self.formats.checkedButton()
        return str(checked.property("format")) if checked is not None else "pdf"

    def choose_format(self, fmt: str) -> None:
        for button in self.formats.buttons():
            if button.property("format") == fmt:
                button.setChecked(True)

    def _format_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._suggest_name()

    def _suggest_name(self) -> None:
        """Keep the folder; replace the file name unless the person typed their own."""
        text = self.path.text().strip()
        name = self.tr("vink-yearly-report-{year}").format(year=self.year.currentData())
        name = f"{name}.{self.chosen_format()}"
        if not text:
            self.path.setText(str(self._folder / name))
        elif Path(text).name == self._default_name:
            self.path.setText(str(Path(text).parent / name))
        self._default_name = name

    def _browse(self) -> None:
        fmt = self.chosen_format()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the yearly report"), self.path.text(), f"*.{fmt}"
        )
        if chosen:
            self.path.setText(chosen)

    # -- writing --------------------------------------------------------------------------

    def write(self) -> None:
        text = self.path.text().strip()
        if not text:
            show_message(self.message, self.tr("Choose where to save the report."))
            return
        out = Path(text).expanduser()
        if not out.parent.is_dir():
            show_message(self.message, report_error_text(FileNotFoundError(text), out))
            return
        show_message(self.message, "")
        self._set_busy(True)
        self._exporter.export(int(self.year.currentData()), self.chosen_format(), out, self)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.year, self.path, self.browse, self.write_button,
                       *self.formats.buttons()):  # fmt: skip
            widget.setEnabled(not busy)

    def _written(self, _path: str, _fmt: str) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        show_message(self.message, message)
