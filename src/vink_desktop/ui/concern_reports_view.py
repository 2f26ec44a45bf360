"""Reports of concern: the list with its 24-hour status counting live, filters (waiting,
pending, overdue, reacted; year; search), and the dialogs to record a report and its
reaction.

"Live" means the list reads the services' clock (``ctx.clock``, injected, so a test can move
it) once a minute and recomputes each report's status and time left or overdue; nothing is
read from the vault for that.

It is *lockable*: ``save_draft()`` keeps what is typed in an open dialog (encrypted, in the
vault), ``clear()`` drops every row and closes the dialog, ``restore(ctx)`` reloads and
opens the dialog again with the draft.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain.office import ReactionStatus
from vink_desktop.services import office_lists
from vink_desktop.services.context import Context
from vink_desktop.services.errors import NotFound
from vink_desktop.services.events import Event
from vink_desktop.ui.bridge_link import BridgeLink
from vink_desktop.ui.concern_dialogs import (
    NEW_REPORT_DRAFT,
    REACTION_DRAFT_PREFIX,
    ConcernReportDialog,
    ReactionDialog,
)
from vink_desktop.ui.concern_list_model import (
    COL_REACTED_BY,
    COL_RECEIVED,
    COL_TIME,
    COL_WORKER,
    SHOW_ALL,
    SHOW_OVERDUE,
    SHOW_PENDING,
    SHOW_REACTED,
    SHOW_WAITING,
    ConcernListModel,
    concern_filter,
)
from vink_desktop.ui.dialog_host import DialogHost
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.record_table import (
    ROW_ID_ROLE,
    RecordFilterProxy,
    chosen_year,
    fill_year_filter,
    record_table,
    select_id,
    selected_id,
)
from vink_desktop.ui.widgets import counts_label, repeating_timer

#: How often the live columns are recomputed (milliseconds).
TICK_MS = 60_000


class ConcernReportsView(QWidget):
    #: The list was changed here (a report added or reacted to), with the report's id.
    report_changed = Signal(str)

    def __init__(
        self, ctx: Context, parent: QWidget | None = None, *, bridge: EventBridge | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("concernReportsView")
        self._ctx = ctx
        self._events = BridgeLink(self, bridge, self._on_event)
        self.model = ConcernListModel(self)
        self.proxy = RecordFilterProxy(self.model, self)
        self.dialogs = DialogHost(ctx, self)
        self._sized = False
        self._build()
        self.minute_timer = repeating_timer("concernMinuteTimer", TICK_MS, self.tick, self)
        self._events.connect(ctx)
        self.reload()
        self.minute_timer.start()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        show_label = QLabel(self.tr("Sho&w"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("concernStatusFilter")
        self.status_filter.addItem(self.tr("All reports"), SHOW_ALL)
        self.status_filter.addItem(self.tr("Waiting for a reaction"), SHOW_WAITING)
        self.status_filter.addItem(self.tr("Pending (within 24 hours)"), SHOW_PENDING)
        self.status_filter.addItem(self.tr("Overdue (past 24 hours)"), SHOW_OVERDUE)
        self.status_filter.addItem(self.tr("Reacted to"), SHOW_REACTED)
        self.status_filter.setAccessibleName(self.tr("Show reports"))
        show_label.setBuddy(self.status_filter)
        year_label = QLabel(self.tr("&Year"))
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("concernYearFilter")
        self.year_filter.setAccessibleName(self.tr("Year received"))
        year_label.setBuddy(self.year_filter)
        search_label = QLabel(self.tr("&Search"))
        self.search = QLineEdit()
        self.search.setObjectName("concernSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Code, district or worker"))
        self.search.setAccessibleName(self.tr("Search reports"))
        search_label.setBuddy(self.search)
        for label, widget, stretch in (
            (show_label, self.status_filter, 2),
            (year_label, self.year_filter, 1),
            (search_label, self.search, 2),
        ):
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
        layout.addLayout(filters)

        self.table = record_table("concernTable", self.tr("Reports of concern"), self.proxy)
        self.table.sortByColumn(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.counts = counts_label("concernCounts")
        bottom.addWidget(self.counts, 1)
        self.react_button = QPushButton(self.tr("Record &reaction…"))
        self.react_button.setObjectName("reactButton")
        self.react_button.clicked.connect(self._react_selected)
        self.new_button = QPushButton(self.tr("&New report…"))
        self.new_button.setObjectName("newConcernButton")
        self.new_button.clicked.connect(self.new_report_dialog)
        bottom.addWidget(self.react_button)
        bottom.addWidget(self.new_button)
        layout.addLayout(bottom)

        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.year_filter.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)
        self._selection_changed()

    # -- loading and the clock ------------------------------------------------------------

    def reload(self) -> None:
        """Read every report once; the live columns are computed from the clock."""
        selected = selected_id(self.table)
        rows = office_lists.concern_rows(self._ctx)
        self.model.load(rows, self._ctx.clock.now())
        self._fill_years()
        single = self.model.single_worker()
        self.table.setColumnHidden(COL_WORKER, single)
        self.table.setColumnHidden(COL_REACTED_BY, single)
        if rows and not self._sized:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(COL_TIME, max(self.table.columnWidth(COL_TIME), 150))
            self._sized = True
        self._filters_changed()
        if selected is not None:
            select_id(self.table, self.proxy, selected)

    def _fill_years(self) -> None:
        years = sorted({r.report.received.wall.year for r in self.model.rows()}, reverse=True)
        fill_year_filter(self.year_filter, years, self.tr("All years"))

    def tick(self) -> None:
        """Read the clock and recompute every report's status and time (once a minute)."""
        if not self._ctx.vault.is_open:
            return
        self.model.set_now(self._ctx.clock.now())
        self.proxy.refilter()
        self._update_counts()

    def _refresh_report(self, report_id: str) -> None:
        self.model.update_row(office_lists.concern_row_of(self._ctx, report_id))
        self.proxy.refilter()
        self._update_counts()
        self.report_changed.emit(report_id)

    def _filters_changed(self, *_args: object) -> None:
        self.proxy.set_predicate(
            concern_filter(
                self.model,
                str(self.status_filter.currentData()),
                chosen_year(self.year_filter),
                self.search.text(),
            )
        )
        self._update_counts()

    def _update_counts(self) -> None:
        shown = self.proxy.rowCount()
        statuses = [self.model.status(row) for row in self.proxy.visible_rows()]
        overdue = statuses.count(ReactionStatus.OVERDUE)
        pending = statuses.count(ReactionStatus.PENDING)
        text = self.tr("{shown} reports: {overdue} overdue, {pending} pending").format(
            shown=shown, overdue=overdue, pending=pending
        )
        total = len(self.model.rows())
        if shown != total:
            text += " " + self.tr("(of {total})").format(total=total)
        self.counts.setText(text)

    # -- events ---------------------------------------------------------------------------

    def _on_event(self, name: str, _data: dict[str, Any]) -> None:
        if self._ctx.vault.is_open and name in (Event.RECORDS_IMPORTED, Event.PARTICIPANT_SAVED):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()

    # -- selection and dialogs ------------------------------------------------------------

    def _selection_changed(self, *_args: object) -> None:
        self.react_button.setEnabled(selected_id(self.table) is not None)

    def _activated(self, index: QModelIndex) -> None:
        report_id = index.data(ROW_ID_ROLE)
        if isinstance(report_id, str):
            self.reaction_dialog(report_id)

    def _react_selected(self) -> None:
        report_id = selected_id(self.table)
        if report_id is not None:
            self.reaction_dialog(report_id)

    def select_report(self, report_id: str) -> bool:
        """Show and select a report (e.g. asked for from the follow-up list); the filters
        are reset when they hide it."""
        if select_id(self.table, self.proxy, report_id):
            return True
        self.status_filter.setCurrentIndex(0)
        self.year_filter.setCurrentIndex(0)
        self.search.clear()
        return select_id(self.table, self.proxy, report_id)

    def new_report_dialog(self) -> ConcernReportDialog:
        dialog = ConcernReportDialog(self._ctx, self)
        dialog.report_added.connect(self._report_added)
        self.dialogs.show(dialog)
        return dialog

    def reaction_dialog(self, report_id: str) -> ReactionDialog:
        dialog = ReactionDialog(self._ctx, report_id, self)
        dialog.reaction_saved.connect(self._refresh_report)
        self.dialogs.show(dialog)
        return dialog

    def _report_added(self, report_id: str) -> None:
        self._refresh_report(report_id)
        self._fill_years()
        self.select_report(report_id)

    # -- lockable -------------------------------------------------------------------------

    def save_draft(self) -> None:
        self.dialogs.save_draft()

    def clear(self) -> None:
        self.minute_timer.stop()
        self.dialogs.clear()
        self.model.clear()
        self._update_counts()
        self._events.disconnect()

    def restore(self, ctx: Context) -> None:
        self._ctx = ctx
        self.dialogs.set_context(ctx)
        self._events.connect(ctx)
        self.reload()
        self.minute_timer.start()
        resume = self.dialogs.take_resume()
        if resume == NEW_REPORT_DRAFT:
            self.new_report_dialog()
        elif resume is not None and resume.startswith(REACTION_DRAFT_PREFIX):
            with contextlib.suppress(NotFound):  # gone meanwhile (an import): nothing to do
                self.reaction_dialog(resume[len(REACTION_DRAFT_PREFIX) :])
