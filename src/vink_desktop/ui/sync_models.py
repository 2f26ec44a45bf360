"""Thin table models of the office's sync windows: one row per imported file, one row per
device. Rows are the services' own results (``BatchResult``, ``DeviceInfo``) kept as they
came; cells are phrased by ``sync_texts`` only when the view asks. ``set_rows`` resets,
``update_*`` changes one row with ``dataChanged``; a :class:`SortProxy` sorts by
:data:`SORT_ROLE`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from vink_desktop.services.sync_devices import DeviceInfo
from vink_desktop.services.sync_import import BatchResult
from vink_desktop.ui import sync_texts as words

ModelIndex = QModelIndex | QPersistentModelIndex

#: The device id (str) of a row.
DEVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's status code (``imported``, ``held``…; ``pending``, ``approved``…).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
#: A plain value that sorts correctly.
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_REFUSED = QColor("#a40000")
_HELD = QColor("#8a5a00")


# -- import results -----------------------------------------------------------------------------

COL_FILE, COL_DEVICE, COL_SEQUENCE, COL_RESULT, COL_DETAILS = range(5)


@dataclass(frozen=True, slots=True)
class ImportRow:
    result: BatchResult
    #: What became of a held batch since (``applied``, ``dropped`` or ``forgotten``), else
    #: None.
    later: str | None = None

    @property
    def status(self) -> str:
        if self.later == "applied":
            return "imported"
        if self.later in ("dropped", "forgotten"):
            return "refused"
        return str(self.result.status)


class ImportResultModel(QAbstractTableModel):
    """One row per result of an import (a file, or a held batch it let through)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []

    def set_rows(self, results: Sequence[BatchResult]) -> None:
        self.beginResetModel()
        self._rows = [ImportRow(r) for r in results]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def rows(self) -> list[ImportRow]:
        return list(self._rows)

    def mark_later(self, row: int, later: str) -> None:
        """A held batch was applied or dropped (``applied``, ``dropped``: the laptop was
        revoked, ``forgotten``: the laptop was forgotten) since the import: that row only."""
        self._rows[row] = replace(self._rows[row], later=later)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_DETAILS))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("File"),
            self.tr("Laptop"),
            self.tr("No."),
            self.tr("Result"),
            self.tr("Details"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        result, column = row.result, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_DEVICE:
                return result.device_id
            if column == COL_DETAILS:
                detail = self._display(row, column)
                return f"{detail}\n({result.detail})" if result.detail else detail
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RESULT:
            if row.status == "refused":
                return QBrush(_REFUSED)
            if row.status == "held":
                return QBrush(_HELD)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SEQUENCE:
            return _RIGHT
        if role == DEVICE_ID_ROLE:
            return result.device_id
        if role == STATUS_ROLE:
            return row.status
        return None

    def _display(self, row: ImportRow, column: int) -> str:
        result = row.result
        if column == COL_FILE:
            return result.source
        if column == COL_DEVICE:
            return words.short_id(result.device_id)
        if column == COL_SEQUENCE:
            return "" if result.sequence is None else str(result.sequence)
        if column == COL_RESULT:
            if row.later == "applied":
                return self.tr("Imported later")
            if row.later in ("dropped", "forgotten"):
                return self.tr("Dropped")
            return words.result_status_text(str(result.status))
        # details
        if row.later == "applied":
            return self.tr("Applied from the held batches.")
        if row.later == "dropped":
            return self.tr("The laptop was revoked; the held batch was dropped.")
        if row.later == "forgotten":
            return self.tr("The laptop was forgotten; the held batch was deleted.")
        if result.status == "imported":
            text = words.counts_text(result.counts) if result.counts else ""
            if result.from_held:
                text = self.tr("From the held batches: {counts}").format(counts=text)
            return text
        if result.status == "duplicate":
            return self.tr("The office already has this batch; nothing changed.")
        if result.status == "held":
            return words.held_reason_text(result.code)
        return words.refused_reason_text(result.code)


# -- devices ------------------------------------------------------------------------------------

(
    COL_DEV_ID,
    COL_DEV_FINGERPRINT,
    COL_DEV_STATUS,
    COL_DEV_FIRST_SEEN,
    COL_DEV_LAST_BATCH,
    COL_DEV_APPLIED,
    COL_DEV_WAITING,
) = range(7)


class DevicesModel(QAbstractTableModel):
    """The devices the office knows, as ``sync_devices.list_devices`` returns them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DeviceInfo] = []

    def set_rows(self, devices: Sequence[DeviceInfo]) -> None:
        self.beginResetModel()
        self._rows = list(devices)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def update_row(self, device: DeviceInfo) -> None:
        """One device changed (approved, revoked): that row only."""
        for number, row in enumerate(self._rows):
            if row.device_id == device.device_id:
                self._rows[number] = device
                self.dataChanged.emit(self.index(number, 0), self.index(number, COL_DEV_WAITING))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(device)
        self.endInsertRows()

    def remove_device(self, device_id: str) -> None:
        """One device was forgotten: that row goes."""
        number = self.find(device_id)
        if number >= 0:
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()

    def device(self, row: int) -> DeviceInfo:
        return self._rows[row]

    def find(self, device_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.device_id == device_id:
                return number
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Laptop"),
            self.tr("Fingerprint"),
            self.tr("Status"),
            self.tr("First seen"),
            self.tr("Last batch"),
            self.tr("Applied up to"),
            self.tr("Waiting"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        device, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(device, column)
        if role == SORT_ROLE:
            return self._sort_key(device, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DEV_ID:
            return device.device_id
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DEV_STATUS:
            if device.status == "pending":
                return QBrush(_HELD)
            if device.status == "revoked":
                return QBrush(_REFUSED)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DEV_APPLIED:
            return _RIGHT
        if role == DEVICE_ID_ROLE:
            return device.device_id
        if role == STATUS_ROLE:
            return device.status
        return None

    def _display(self, device: DeviceInfo, column: int) -> str:
        if column == COL_DEV_ID:
            return words.short_id(device.device_id)
        if column == COL_DEV_FINGERPRINT:
            return device.fingerprint
        if column == COL_DEV_STATUS:
            return words.device_status_text(device.status)
        if column == COL_DEV_FIRST_SEEN:
            return words.moment_text(device.first_seen)
        if column == COL_DEV_LAST_BATCH:
            if device.last_batch_at is None:
                return self.tr("none applied")
            return words.moment_text(device.last_batch_at)
        if column == COL_DEV_APPLIED:
            return str(device.highest_contiguous)
        return self.waiting(device)

    def waiting(self, device: DeviceInfo) -> str:
        parts = []
        if device.held:
            held = words.ranges_text(words.numbers_as_ranges(device.held))
            parts.append(self.tr("held {numbers}").format(numbers=held))
        if device.gaps:
            missing = words.ranges_text(device.gaps)
            parts.append(self.tr("missing {numbers}").format(numbers=missing))
        return "; ".join(parts)

    @staticmethod
    def _sort_key(device: DeviceInfo, column: int) -> Any:
        if column == COL_DEV_ID:
            return device.device_id
        if column == COL_DEV_FINGERPRINT:
            return device.fingerprint
        if column == COL_DEV_STATUS:
            return ("pending", "approved", "revoked").index(device.status)
        if column == COL_DEV_FIRST_SEEN:
            return device.first_seen.timestamp()
        if column == COL_DEV_LAST_BATCH:
            return 0.0 if device.last_batch_at is None else device.last_batch_at.timestamp()
        if column == COL_DEV_APPLIED:
            return device.highest_contiguous
        return len(device.held)


class SortProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE` (the lists are short: tens of devices)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def device_id(self, proxy_row: int) -> str | None:
        value = self.index(proxy_row, 0).data(DEVICE_ID_ROLE)
        return value if isinstance(value, str) else None
