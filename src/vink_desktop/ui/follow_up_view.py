"""The follow-up list: what a supervisor (or a mentor, for their own courses) should look
at now — reports of concern past 24 hours without a reaction (and those still waiting),
courses off track with their reasons, courses with no session for K weeks, devices that
have not synced for N days and gaps in a device's batches (when the vault has sync
records).

The list comes from ``services.follow_up.follow_up_list``; it is read again when the view is
shown, on Refresh (F5), when K or N change and after an import. The reports' status counts
live: once a minute the view reads the services' clock (``ctx.clock``) and a report whose 24
hours have run out moves to *overdue* without a query.

Double-click (or Enter) opens what a row is about: :attr:`FollowUpView.course_requested`
or :attr:`FollowUpView.report_requested` carries its id; the shell shows it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.services import follow_up, office_lists
from vink_desktop.services.context import Context
from vink_desktop.services.events import Event
from vink_desktop.services.follow_up import DeviceSource
from vink_desktop.ui.bridge_link import BridgeLink
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.follow_up_model import (
    COL_DETAIL,
    COL_KIND,
    COL_SUBJECT,
    COL_WORKER,
    KIND_CONCERN,
    OPENS_COURSE,
    SHOW_CONCERNS,
    SHOW_COURSES,
    SHOW_DEVICES,
    SHOW_EVERYTHING,
    TARGET_ROLE,
    FollowUpModel,
    FollowUpRow,
    build_rows,
    follow_up_filter,
)
from vink_desktop.ui.record_table import ROW_ROLE, RecordFilterProxy, record_table
from vink_desktop.ui.widgets import counts_label, repeating_timer

#: How often the reports' status is recomputed (milliseconds).
TICK_MS = 60_000
#: The default N: a device that has not sent a batch for this many days is listed.
DEVICE_DAYS = 14


class _PaddedRows(QStyledItemDelegate):
    """Rows as tall as their lines plus the padding the other lists have."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height() + 8, option.fontMetrics.height() + 10))


class FollowUpView(QWidget):
    #: A row about a course was opened (double-click or Enter): the course id.
    course_requested = Signal(str)
    #: A row about a report of concern was opened: the report id.
    report_requested = Signal(str)

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        *,
        bridge: EventBridge | None = None,
        device_source: DeviceSource | None = None,
    ) -> None:
        """``device_source``: where the device checks read the devices' state (default:
        the sync layer's device list, see ``services.follow_up``)."""
        super().__init__(parent)
        self.setObjectName("followUpView")
        self._ctx = ctx
        self._device_source = device_source
        self._events = BridgeLink(self, bridge, self._on_event)
        self._device_checks = "unavailable"
        #: Read since the view was last hidden (showing it then needs no new read).
        self._fresh = False
        self._sized = False
        self.model = FollowUpModel(self)
        self.proxy = RecordFilterProxy(self.model, self)
        self._build()
        self.minute_timer = repeating_timer("followUpMinuteTimer", TICK_MS, self.tick, self)
        self._events.connect(ctx)
        self.reload()
        self.minute_timer.start()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        options = QHBoxLayout()
        show_label = QLabel(self.tr("Sho&w"))
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("followUpShowFilter")
        self.show_filter.addItem(self.tr("Everything"), SHOW_EVERYTHING)
        self.show_filter.addItem(self.tr("Reports of concern"), SHOW_CONCERNS)
        self.show_filter.addItem(self.tr("Courses"), SHOW_COURSES)
        self.show_filter.addItem(self.tr("Devices"), SHOW_DEVICES)
        self.show_filter.setAccessibleName(self.tr("Show"))
        show_label.setBuddy(self.show_filter)
        weeks_label = QLabel(self.tr("No session for &at least"))
        self.weeks = QSpinBox()
        self.weeks.setObjectName("followUpWeeks")
        self.weeks.setRange(0, 52)
        self.weeks.setSpecialValueText(self.tr("the framework's weeks"))
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Weeks without a session"))
        weeks_label.setBuddy(self.weeks)
        days_label = QLabel(self.tr("Device silent for at &least"))
        self.device_days = QSpinBox()
        self.device_days.setObjectName("followUpDeviceDays")
        self.device_days.setRange(1, 365)
        self.device_days.setValue(DEVICE_DAYS)
        self.device_days.setSuffix(self.tr(" days"))
        self.device_days.setAccessibleName(self.tr("Days without a batch"))
        days_label.setBuddy(self.device_days)
        # Two rows, so the options hold at 200 % on a small screen.
        options.addWidget(show_label)
        options.addWidget(self.show_filter)
        options.addStretch(1)
        layout.addLayout(options)
        limits = QHBoxLayout()
        for label, widget in ((weeks_label, self.weeks), (days_label, self.device_days)):
            limits.addWidget(label)
            limits.addWidget(widget)
        limits.addStretch(1)
        layout.addLayout(limits)

        self.table = record_table("followUpTable", self.tr("Follow-up list"), self.proxy)
        self.table.sortByColumn(COL_KIND, Qt.SortOrder.AscendingOrder)
        # Every reason on a line of its own: rows grow to show them all (a short list).
        self.table.setWordWrap(True)
        self._delegate = _PaddedRows(self.table)
        self.table.setItemDelegate(self._delegate)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.open_row)
        self.table.activated.connect(self.open_row)
        layout.addWidget(self.table, 1)

        self.device_note = QLabel(
            self.tr(
                "Devices are not checked: this vault has no sync records (a field laptop, or"
                " an office that has not imported a batch yet)."
            )
        )
        self.device_note.setObjectName("followUpDeviceNote")
        self.device_note.setWordWrap(True)
        layout.addWidget(self.device_note)

        bottom = QHBoxLayout()
        self.counts = counts_label("followUpCounts")
        bottom.addWidget(self.counts, 1)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("followUpOpenButton")
        self.open_button.clicked.connect(self._open_selected)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("followUpRefreshButton")
        self.refresh_button.setToolTip(self.tr("Read the list again (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.refresh_button)
        layout.addLayout(bottom)

        self.show_filter.currentIndexChanged.connect(self._filter_changed)
        self.weeks.valueChanged.connect(self.reload)
        self.device_days.valueChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.reload)
        self._selection_changed()

    # -- loading and the clock ------------------------------------------------------------

    def reload(self) -> None:
        """Read the follow-up list again (and the clock)."""
        if not self._ctx.vault.is_open:
            return
        weeks = self.weeks.value()
        found = follow_up.follow_up_list(
            self._ctx,
            no_session_weeks=weeks or None,
            device_days=self.device_days.value(),
            device_source=self._device_source,
        )
        reports = [v.report for v in (*found.overdue_concerns, *found.pending_concerns)]
        rows = build_rows(
            found.off_track,
            found.no_recent_session,
            office_lists.concern_rows_of(self._ctx, reports),
            found.stale_devices,
            found.batch_gaps,
        )
        self.model.load(rows, found.as_of)
        self._fresh = True
        self._device_checks = found.device_checks
        self.device_note.setVisible(found.device_checks == "unavailable")
        workers = {getattr(r.item, "worker_name", None) for r in rows} - {None}
        self.table.setColumnHidden(COL_WORKER, len(workers) <= 1)
        if rows and not self._sized:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(COL_SUBJECT, max(self.table.columnWidth(COL_SUBJECT), 120))
            self.table.setColumnWidth(COL_DETAIL, min(self.table.columnWidth(COL_DETAIL), 520))
            self._sized = True
        self._filter_changed()

    def tick(self) -> None:
        """Read the clock: reports whose 24 hours ran out become overdue (no query)."""
        if not self._ctx.vault.is_open:
            return
        self.model.set_now(self._ctx.clock.now())
        self.proxy.refilter()
        self._update_counts()

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_predicate(follow_up_filter(str(self.show_filter.currentData() or "")))
        self._update_counts()

    def _update_counts(self) -> None:
        counts = self.model.counts()
        text = self.tr(
            "{overdue} reports of concern overdue, {pending} waiting; {off} courses off track,"
            " {quiet} without a recent session"
        ).format(
            overdue=counts.get("concern_overdue", 0),
            pending=counts.get("concern_pending", 0),
            off=counts.get("off_track", 0),
            quiet=counts.get("no_session", 0),
        )
        if self._device_checks == "available":
            devices = counts.get("stale_device", 0) + counts.get("batch_gap", 0)
            text += self.tr("; {devices} device problems").format(devices=devices)
        self.counts.setText(text)

    def rows_of_kind(self, kind: str) -> list[FollowUpRow]:
        """The rows shown now as ``kind`` ("concern_overdue", "off_track", …)."""
        return [row for row in self.model.rows() if self.model.shown_kind(row) == kind]

    # -- events ---------------------------------------------------------------------------

    def _on_event(self, name: str, _data: dict[str, Any]) -> None:
        # Sessions and courses change what is off track; read again when it is looked at.
        if name in (Event.RECORDS_IMPORTED, Event.COURSE_SAVED, Event.SESSION_SAVED,
                    Event.SESSION_DELETED) and self.isVisible():  # fmt: skip
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fresh:
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # Whatever changed elsewhere meanwhile is read when the list is shown again.
        self._fresh = False

    # -- opening --------------------------------------------------------------------------

    def _selection_changed(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        self.open_button.setEnabled(
            isinstance(row, FollowUpRow) and (row.kind == KIND_CONCERN or row.kind in OPENS_COURSE)
        )

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0])

    def open_row(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, FollowUpRow):
            return
        target = index.data(TARGET_ROLE)
        if row.kind == KIND_CONCERN:
            self.report_requested.emit(str(target))
        elif row.kind in OPENS_COURSE:
            self.course_requested.emit(str(target))

    # -- lockable -------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Nothing is typed here (K and N are not records)."""

    def clear(self) -> None:
        self.minute_timer.stop()
        self.model.clear()
        self.counts.clear()
        self._events.disconnect()

    def restore(self, ctx: Context) -> None:
        self._ctx = ctx
        self._events.connect(ctx)
        self.reload()
        self.minute_timer.start()
