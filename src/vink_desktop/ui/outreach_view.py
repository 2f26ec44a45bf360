"""Outreach activities: the list (year, kind), the head counts per audience of what is
shown, and the dialog to record an activity with its evaluation.

It is *lockable*: ``save_draft()`` keeps what is typed in the open dialog (encrypted, in the
vault), ``clear()`` drops every row and closes the dialog, ``restore(ctx)`` reloads and
opens the dialog again with the draft.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vink_desktop.domain.office import Audience, OutreachKind
from vink_desktop.services import office_lists
from vink_desktop.services.context import Context
from vink_desktop.services.events import Event
from vink_desktop.ui import office_texts as texts
from vink_desktop.ui.bridge_link import BridgeLink
from vink_desktop.ui.dialog_host import DialogHost
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.outreach_dialog import NEW_ACTIVITY_DRAFT, OutreachDialog
from vink_desktop.ui.outreach_model import (
    COL_DATE,
    COL_WORKER,
    OutreachModel,
    head_counts,
    outreach_filter,
)
from vink_desktop.ui.record_dialog import combo_value
from vink_desktop.ui.record_table import (
    RecordFilterProxy,
    chosen_year,
    fill_year_filter,
    record_table,
    select_id,
)
from vink_desktop.ui.widgets import counts_label


class OutreachView(QWidget):
    def __init__(
        self, ctx: Context, parent: QWidget | None = None, *, bridge: EventBridge | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outreachView")
        self._ctx = ctx
        self._events = BridgeLink(self, bridge, self._on_event)
        self._sized = False
        self.model = OutreachModel(self)
        self.proxy = RecordFilterProxy(self.model, self)
        self.dialogs = DialogHost(ctx, self)
        self._build()
        self._events.connect(ctx)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("outreachYearFilter")
        self.year_filter.setAccessibleName(self.tr("Year held"))
        year_label.setBuddy(self.year_filter)
        kind_label = QLabel(self.tr("&Kind"))
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("outreachKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in OutreachKind:
            self.kind_filter.addItem(texts.activity_kind_label(kind.value), kind.value)
        self.kind_filter.setAccessibleName(self.tr("Kind of activity"))
        kind_label.setBuddy(self.kind_filter)
        filters.addWidget(year_label)
        filters.addWidget(self.year_filter, 1)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_filter, 2)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.table = record_table("outreachTable", self.tr("Outreach activities"), self.proxy)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.counts = counts_label("outreachCounts")
        bottom.addWidget(self.counts, 1)
        self.new_button = QPushButton(self.tr("&New activity…"))
        self.new_button.setObjectName("newOutreachButton")
        self.new_button.clicked.connect(self.new_activity_dialog)
        bottom.addWidget(self.new_button)
        layout.addLayout(bottom)
        self.year_filter.currentIndexChanged.connect(self._filters_changed)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        rows = office_lists.activity_rows(self._ctx)
        self.model.set_rows(rows)
        self._fill_years()
        self.table.setColumnHidden(COL_WORKER, self.model.single_worker())
        if rows and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        self._filters_changed()

    def _fill_years(self) -> None:
        years = sorted({r.activity.held_on.year for r in self.model.rows()}, reverse=True)
        fill_year_filter(self.year_filter, years, self.tr("All years"))

    def _filters_changed(self, *_args: object) -> None:
        kind = combo_value(self.kind_filter)
        self.proxy.set_predicate(
            outreach_filter(
                chosen_year(self.year_filter),
                kind if isinstance(kind, str) and kind else None,
            )
        )
        self._update_counts()

    def _update_counts(self) -> None:
        shown = self.proxy.visible_rows()
        totals = head_counts(shown)
        self.counts.setText(
            self.tr(
                "{shown} activities. Head count: {staff} front-line staff, {parents} parents,"
                " {pupils} pupils and youth-club members."
            ).format(
                shown=len(shown),
                staff=totals[Audience.FRONT_LINE_STAFF],
                parents=totals[Audience.PARENTS],
                pupils=totals[Audience.PUPILS_YOUTH_CLUB],
            )
        )

    # -- events ---------------------------------------------------------------------------

    def _on_event(self, name: str, _data: dict[str, Any]) -> None:
        if self._ctx.vault.is_open and name == Event.RECORDS_IMPORTED:
            self.reload()

    # -- the dialog -----------------------------------------------------------------------

    def new_activity_dialog(self) -> OutreachDialog:
        dialog = OutreachDialog(self._ctx, self)
        dialog.activity_added.connect(self._activity_added)
        self.dialogs.show(dialog)
        return dialog

    def _activity_added(self, activity_id: str) -> None:
        self.reload()
        if not select_id(self.table, self.proxy, activity_id):
            self.year_filter.setCurrentIndex(0)
            self.kind_filter.setCurrentIndex(0)
            select_id(self.table, self.proxy, activity_id)

    # -- lockable -------------------------------------------------------------------------

    def save_draft(self) -> None:
        self.dialogs.save_draft()

    def clear(self) -> None:
        self.dialogs.clear()
        self.model.clear()
        self._update_counts()
        self._events.disconnect()

    def restore(self, ctx: Context) -> None:
        self._ctx = ctx
        self.dialogs.set_context(ctx)
        self._events.connect(ctx)
        self.reload()
        if self.dialogs.take_resume() == NEW_ACTIVITY_DRAFT:
            self.new_activity_dialog()
