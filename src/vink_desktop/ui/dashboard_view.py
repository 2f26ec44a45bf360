"""The success-criteria dashboard: every criterion as a row (target, value, denominator,
95 % interval, met or not, the four quarters and a sparkline), filters for year, track,
worker and district, charts, the records behind any figure, and the yearly report.

All figures come from ``services.success_criteria.compute_criteria`` (the function behind
the CLI's ``criteria`` and the yearly report), read on the GUI thread: the vault connection
belongs to it, and a filter change filters records already in memory (``last_refresh_ms``
says how long the last one took). Only drawing the report's PDF runs in a worker.

A field vault sees the figures of what it holds (its own courses and records); the view
says so. The view is *lockable*: ``clear()`` drops every figure and closes its dialogs,
``restore(ctx)`` computes them again for the filters that were chosen.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain.model import VaultKind
from vink_desktop.services import dashboard_data
from vink_desktop.services.context import Context
from vink_desktop.services.dashboard_data import FilterChoices
from vink_desktop.services.events import Event
from vink_desktop.services.success_criteria import CriteriaFilter, CriteriaTable, compute_criteria
from vink_desktop.ui import course_texts as words
from vink_desktop.ui import dashboard_texts as texts
from vink_desktop.ui.dashboard_charts import DashboardCharts
from vink_desktop.ui.dashboard_filters import DashboardFilters
from vink_desktop.ui.dashboard_model import (
    COL_CRITERION,
    COL_MET,
    COL_TREND,
    QUARTER_ROLE,
    CriteriaModel,
)
from vink_desktop.ui.drill_down import DrillDownDialog
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.report_export_dialog import ReportExportDialog, ReportExporter
from vink_desktop.ui.widgets import explanation, heading

_REFRESH_EVENTS = {
    Event.PARTICIPANT_SAVED, Event.COURSE_SAVED, Event.SESSION_SAVED, Event.SESSION_DELETED,
    Event.RECORDS_IMPORTED,
}  # fmt: skip


class DashboardView(QWidget):
    """The success criteria for a year. Inject the context; nothing here finds a window."""

    #: A course was asked for from a drill-down (the course screen shows it and audits it).
    course_requested = Signal(str)
    #: A yearly report was written: (path, format).
    report_written = Signal(str, str)

    def __init__(
        self, ctx: Context, parent: QWidget | None = None, *, bridge: EventBridge | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self._ctx = ctx
        self._shared_bridge = bridge
        self._bridge: EventBridge | None = None
        self._choices = FilterChoices((ctx.clock.today().year,), (), ())
        #: The filter chosen when the view was cleared (kept across the lock).
        self._selection = CriteriaFilter(ctx.clock.today().year)
        self.table_data: CriteriaTable | None = None
        self.last_refresh_ms = 0.0
        self._dialog: QDialog | None = None
        self.exporter = ReportExporter(ctx, self)
        self.exporter.written.connect(self._report_written)
        self.model = CriteriaModel(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        self._shown_before = False
        self._charts_stale = False
        self._build()
        self._connect_events()
        self._load_choices()
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = heading(self.tr("Success criteria"), self)
        title.setObjectName("dashboardTitle")
        top.addWidget(title, 1)
        self.report_button = QPushButton(self.tr("Yearly re&port…"))
        self.report_button.setObjectName("yearlyReportButton")
        self.report_button.clicked.connect(self.open_report_dialog)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.scope_label = explanation("", self)
        self.scope_label.setObjectName("dashboardScope")
        layout.addWidget(self.scope_label)
        self.filters = DashboardFilters(self)
        self.filters.changed.connect(self.refresh)
        self.year_filter, self.track_filter, self.worker_filter, self.district_filter = (
            self.filters.combos()
        )
        layout.addWidget(self.filters)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self._build_table_page(), self.tr("&Table"))
        self.charts = DashboardCharts(self)
        self.charts.figure_requested.connect(self.open_drill_down)
        self.tabs.addTab(self.charts, self.tr("C&harts"))
        self.tabs.currentChanged.connect(self._update_charts)
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)
        chain = (
            self.year_filter, self.track_filter, self.worker_filter, self.district_filter,
            self.report_button, self.tabs, self.table, self.details, self.records_button,
        )  # fmt: skip
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _build_table_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("dashboardSplitter")
        self.table = QTableView()
        self.table.setObjectName("criteriaTable")
        self.table.setAccessibleName(self.tr("Success criteria"))
        self.model.setParent(self.table)  # deleted after the table that shows it
        self.table.setModel(self.model)
        em = self.fontMetrics().height()
        self.model.sparkline_size = QSize(int(4.6 * em), int(1.3 * em))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(self._cell_activated)
        self.table.doubleClicked.connect(self._cell_activated)
        splitter.addWidget(self.table)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        self.details = QTextBrowser()
        self.details.setObjectName("criterionDetails")
        self.details.setAccessibleName(self.tr("About the selected criterion"))
        self.details.setOpenLinks(False)
        details_layout.addWidget(self.details, 1)
        self.records_button = QPushButton(self.tr("Show the records &behind the figure…"))
        self.records_button.setObjectName("showRecordsButton")
        self.records_button.clicked.connect(self._open_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.records_button)
        details_layout.addLayout(buttons)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        return splitter

    # -- filters and figures --------------------------------------------------------------

    def _load_choices(self) -> None:
        self._choices = dashboard_data.filter_choices(self._ctx)
        self.filters.load(self._choices, self._selection)
        self._update_scope()

    def selection(self) -> CriteriaFilter:
        """The filter the widgets show."""
        return self.filters.selection(self._ctx.clock.today().year)

    def set_selection(self, selection: CriteriaFilter) -> None:
        """Choose a filter (as a person would) and recompute once."""
        self.filters.select(selection)
        self.refresh()

    def refresh(self) -> None:
        """Compute the criteria for the chosen filter and show them (GUI thread)."""
        if not self._ctx.vault.is_open:
            return
        started = time.perf_counter()
        self._refresh_timer.stop()
        current = self.table.currentIndex()
        selection = self.selection()
        self._selection = selection
        self.table_data = compute_criteria(self._ctx, selection)
        self.model.set_rows(self.table_data.rows)
        self._charts_stale = True
        self._update_charts()
        self._size_columns()
        if self.model.rowCount():
            row = current.row() if 0 <= current.row() < self.model.rowCount() else 0
            self.table.setCurrentIndex(self.model.index(row, max(current.column(), 0)))
        else:
            self._show_details(None)
        self.status.setText(
            self.tr("Figures as of {day}. Double-click a figure to see the records behind it.")
            .format(day=words.day(self.table_data.as_of))
        )  # fmt: skip
        self.last_refresh_ms = (time.perf_counter() - started) * 1000

    def _update_charts(self) -> None:
        """Draw the charts when they are shown (a filter change on the table is faster)."""
        shown = self.tabs.currentWidget() is self.charts
        if shown and self._charts_stale and self.table_data is not None:
            self.charts.set_rows(self.table_data.rows)
            self._charts_stale = False

    def _size_columns(self) -> None:
        if getattr(self, "_sized", False) or not self.model.rowCount():
            return
        em = self.fontMetrics().height()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_MET, max(self.table.columnWidth(COL_MET), int(7 * em)))
        self.table.setColumnWidth(COL_TREND, int(5.5 * em))
        self._sized = True
        self._fit_criterion_column()

    def _fit_criterion_column(self) -> None:
        """The criterion column takes the width the others leave (at least 16 em), and the
        rows grow to the wrapped labels."""
        if not getattr(self, "_sized", False):
            return
        em = self.fontMetrics().height()
        others = sum(
            self.table.columnWidth(c) for c in range(self.model.columnCount()) if c != COL_CRITERION
        )
        free = self.table.viewport().width() - others - 2
        self.table.setColumnWidth(COL_CRITERION, max(int(16 * em), free))
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = getattr(self, "table", None)
        if table is not None and watched is table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_criterion_column()
        return super().eventFilter(watched, event)

    def _update_scope(self) -> None:
        if self._ctx.vault.kind is VaultKind.FIELD:
            text = self.tr(
                "Field vault: the figures count only the courses and records held on this"
                " computer. The office's figures cover every worker."
            )
        else:
            text = self.tr(
                "Office vault: the figures count every course and record the office holds."
            )
        self.scope_label.setText(text)

    # -- details and drill-down -----------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(current.row() if current.isValid() else None)

    def _show_details(self, row: int | None) -> None:
        self.records_button.setEnabled(row is not None)
        if row is None or row >= self.model.rowCount():
            self.details.setPlainText(self.tr("Select a criterion to see how it is counted."))
            return
        self.details.setHtml(texts.details_html(self.model.result(row)))

    def _cell_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            criterion_id = str(self.model.result(index.row()).criterion.id)
            self.open_drill_down(criterion_id, int(index.data(QUARTER_ROLE)))

    def _open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_drill_down(str(self.model.result(index.row()).criterion.id), 0)

    def open_drill_down(self, criterion_id: str, quarter: int = 0) -> DrillDownDialog | None:
        """List the records behind a row's figure (``quarter`` 1–4, or 0 for the year)."""
        if self.table_data is None:
            return None
        drill = dashboard_data.records_behind(
            self._ctx, self.table_data, criterion_id, quarter=quarter or None
        )
        result = self.table_data.row(criterion_id)
        dialog = DrillDownDialog(drill, texts.label(result), self._scope_text(quarter), self)
        dialog.course_requested.connect(self.course_requested)
        self._show_dialog(dialog)
        return dialog

    def _scope_text(self, quarter: int) -> str:
        selection = self._selection
        if quarter:
            when = self.tr("Quarter {quarter} of {year}").format(
                quarter=quarter, year=selection.year
            )
        else:
            when = self.tr("The year {year}").format(year=selection.year)
        return " · ".join([when, *self.filters.summary()])

    # -- the yearly report ----------------------------------------------------------------

    def open_report_dialog(self) -> ReportExportDialog:
        dialog = ReportExportDialog(
            self.exporter,
            list(self._choices.years),
            self._selection.year,
            field_vault=self._ctx.vault.kind is VaultKind.FIELD,
            parent=self,
        )
        self._show_dialog(dialog)
        return dialog

    def _report_written(self, path: str, _fmt: str) -> None:
        self.status.setText(self.tr("The yearly report was written to {path}.").format(path=path))
        self.report_written.emit(path, _fmt)

    def _show_dialog(self, dialog: QDialog) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.reject()
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound method, not a lambda holding the view: the connection dies with the dialog.
        dialog.finished.connect(self._dialog_finished)
        dialog.resize(dialog.sizeHint())
        dialog.open()

    def _dialog_finished(self) -> None:
        if self._dialog is not None and not self._dialog.isVisible():
            self._dialog = None

    def current_dialog(self) -> QDialog | None:
        return self._dialog

    # -- events ---------------------------------------------------------------------------

    def _connect_events(self) -> None:
        if self._shared_bridge is not None:
            if self._bridge is None:
                self._bridge = self._shared_bridge
                self._bridge.event.connect(self._on_event)
            return
        self._disconnect_events()
        bridge = EventBridge(self._ctx.events, self)
        bridge.event.connect(self._on_event)
        # When the view (and so the bridge) is deleted, the hub must forget it.
        bridge.destroyed.connect(lambda *_args, b=bridge: b.close())
        self._bridge = bridge

    def _disconnect_events(self) -> None:
        if self._bridge is not None and self._bridge is not self._shared_bridge:
            self._bridge.close()
            self._bridge.deleteLater()
            self._bridge = None

    def _on_event(self, name: str, _data: dict[str, Any]) -> None:
        if name in _REFRESH_EVENTS and self._ctx.vault.is_open:
            if name == Event.RECORDS_IMPORTED:
                self._load_choices()
            if self.isVisible():
                self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Office records written in other windows raise no event: recompute on showing
        # (a filter change's cost; nothing is read again when nothing changed).
        if self._shown_before and not event.spontaneous():
            self.refresh()
        self._shown_before = True

    # -- lockable -------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Nothing is typed here; the chosen filter is kept by ``clear``."""

    def clear(self) -> None:
        """Drop every figure and record from memory; keep only the chosen filter."""
        self._selection = self.selection()
        self._refresh_timer.stop()
        if self._dialog is not None:
            self._dialog.reject()
            self._dialog = None
        self.table_data = None
        self.model.clear()
        self.charts.clear()
        self.details.clear()
        self.status.clear()
        self.filters.clear()
        self._disconnect_events()

    def restore(self, ctx: Context) -> None:
        """Compute the figures again with the unlocked vault's context."""
        self._ctx = ctx
        self.exporter.set_context(ctx)
        self._connect_events()
        self._load_choices()
        self.refresh()

    def resume_point(self) -> CriteriaFilter:
        """The filter chosen at the last :meth:`clear`."""
        return self._selection

    def resume_at(self, point: object) -> None:
        """Choose the filter of a :meth:`resume_point` (recomputed once, when it differs)."""
        if isinstance(point, CriteriaFilter) and point != self.selection():
            self.set_selection(point)
