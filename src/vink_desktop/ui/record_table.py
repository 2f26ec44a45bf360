"""A thin table model over plain record rows, a proxy that filters them, and the table view
set up the way every list of the app looks, and the year filter above a list. Shared by the
course list and the office lists (reports of concern, outreach activities, the follow-up
list).

As in ``course_list_model``: rows are kept as the service returned them and cells are
formatted only when the view asks; sorting is done by the source model over precomputed
keys (one ``layoutChanged``, selection kept), because QSortFilterProxyModel's own sort would
call ``data()`` in Python for every comparison; the proxy computes one list of booleans per
filter change, so its per-row ``filterAcceptsRow`` is a list lookup.

A subclass says what its columns are: ``column_count``, ``headers()``, ``display(row, column)``,
``sort_key(row, column)`` and ``row_id(row)``; optionally ``numeric`` columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from vink_desktop.ui.record_dialog import combo_value

ModelIndex = QModelIndex | QPersistentModelIndex

#: The record's id (str).
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: A plain value that sorts correctly (None: no value, sorted last either way).
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
#: The row object itself.
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
#: A year filter's "all years" (item data is never None, see ``record_dialog``).
ALL_YEARS = 0


class RecordTableModel(QAbstractTableModel):
    """Rows in load order; the display order is one permutation of them."""

    #: How many columns (``headers()`` has as many).
    column_count = 0
    #: Columns shown right-aligned (numbers).
    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        #: display row -> index into ``_rows``
        self.order: list[int] = []
        self._base_of_id: dict[str, int] = {}
        #: Goes up whenever rows or what they show change, so a proxy knows to refilter.
        self.generation = 0
        #: (generation, row index) when that generation changed just that one row (replaced
        #: or appended): a proxy then looks at that row alone (see :func:`one_row_changed`).
        self.changed_row: tuple[int, int] | None = None
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- what a subclass says -------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str | None:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def row_id(self, row: Any) -> str:
        raise NotImplementedError

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        """Any other role (tooltips, accessible text); None by default."""
        return None

    def tie_key(self, row: Any) -> Any:
        """What equal sort keys are ordered by (load order by default)."""
        return 0

    # -- wholesale and targeted changes ---------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._base_of_id = {self.row_id(row): i for i, row in enumerate(self._rows)}
        self.order = self._sorted_order(self._sort_column, self._sort_order)
        self.generation += 1
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock): nothing about a record stays in memory here."""
        self.set_rows([])

    def update_row(self, row: Any) -> None:
        """Replace one record's row (one ``dataChanged``) or append it when it is new."""
        key = self.row_id(row)
        base = self._base_of_id.get(key)
        if base is None:
            position = len(self.order)
            # A proxy may look at the rows between these two calls: the generation moves
            # only once the new row is in place, so it never sees a half-made change.
            self.beginInsertRows(QModelIndex(), position, position)
            self._base_of_id[key] = len(self._rows)
            self._rows.append(row)
            self.order.append(len(self._rows) - 1)
            self._bump(len(self._rows) - 1)
            self.endInsertRows()
            return
        self._rows[base] = row
        self._bump(base)
        display = self.order.index(base)
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(display, 0), self.index(display, last))

    def _bump(self, base: int) -> None:
        self.generation += 1
        self.changed_row = (self.generation, base)

    def columns_changed(self, columns: Sequence[int]) -> None:
        """The values of ``columns`` changed in every row (e.g. the clock moved)."""
        self.generation += 1
        if not self.order:
            return
        last_row = len(self.order) - 1
        for column in columns:
            self.dataChanged.emit(self.index(0, column), self.index(last_row, column))

    # -- lookups --------------------------------------------------------------------------

    def rows(self) -> list[Any]:
        """All rows in load order (the proxy's filter works on these)."""
        return self._rows

    def row_at(self, display_row: int) -> Any:
        return self._rows[self.order[display_row]]

    def row_of(self, row_id: str) -> int | None:
        base = self._base_of_id.get(row_id)
        return None if base is None else self.order.index(base)

    def sort_column(self) -> int:
        return self._sort_column

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if section in self.numeric else ALIGN_LEFT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self.order[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ROW_ID_ROLE:
            return self.row_id(row)
        if role == SORT_KEY_ROLE:
            return self.sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column in self.numeric else ALIGN_LEFT
        return self.extra_data(row, column, role)

    # -- sorting --------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self.order[index.row()]) for index in persistent]
        self.order = self._sorted_order(column, order)
        position = {base: display for display, base in enumerate(self.order)}
        self.changePersistentIndexList(
            persistent, [self.index(position[base], index.column()) for index, base in held]
        )
        self.layoutChanged.emit()

    def resort(self) -> None:
        """Sort again by the current column (after its keys changed)."""
        self.sort(self._sort_column, self._sort_order)

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        rows = self._rows
        keys = [self.sort_key(row, column) for row in rows]
        present = [i for i, key in enumerate(keys) if key is not None]
        missing = [i for i, key in enumerate(keys) if key is None]
        ties = [self.tie_key(row) for row in rows]
        present.sort(key=lambda i: ties[i])
        present.sort(key=lambda i: keys[i], reverse=order == Qt.SortOrder.DescendingOrder)
        missing.sort(key=lambda i: ties[i])
        return present + missing


def one_row_changed(model: RecordTableModel, seen: int, mask_length: int) -> int | None:
    """The row index whose mask entry alone needs recomputing, when the model changed by
    exactly one row (replaced, or appended) since generation ``seen`` and the mask had
    ``mask_length`` entries; None when the whole mask must be recomputed."""
    changed = model.changed_row
    if changed is None or changed[0] != model.generation or seen != model.generation - 1:
        return None
    base = changed[1]
    rows = len(model.rows())
    if base < mask_length == rows or base == mask_length == rows - 1:
        return base
    return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Shows the rows a predicate accepts; sorting is forwarded to the source model."""

    def __init__(self, model: RecordTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._predicate: Callable[[Any], bool] = lambda _row: True
        self._accepted: list[bool] = []
        self._generation = -1
        self._visible = 0
        super().setSourceModel(model)

    def record_model(self) -> RecordTableModel:
        return self._model

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, RecordTableModel)
        self._model = model
        self._generation = -1
        super().setSourceModel(model)

    def set_predicate(self, predicate: Callable[[Any], bool]) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self._generation = -1
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Apply the same predicate again (what it depends on changed, e.g. the time)."""
        self.set_predicate(self._predicate)

    def visible_rows(self) -> list[Any]:
        """The rows shown, in load order."""
        self._refresh_mask()
        return [row for row, ok in zip(self._model.rows(), self._accepted, strict=True) if ok]

    def _refresh_mask(self) -> None:
        model = self._model
        if self._generation == model.generation:
            return
        predicate = self._predicate
        base = one_row_changed(model, self._generation, len(self._accepted))
        if base is None:
            self._accepted = [bool(predicate(row)) for row in model.rows()]
            self._visible = sum(self._accepted)
        else:
            now = bool(predicate(model.rows()[base]))
            if base == len(self._accepted):
                self._accepted.append(False)
            self._visible += int(now) - int(self._accepted[base])
            self._accepted[base] = now
        self._generation = model.generation

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self._model
        if self._generation != model.generation:
            self._refresh_mask()
        return self._accepted[model.order[source_row]]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def row_id(self, proxy_row: int) -> str:
        return str(self.index(proxy_row, 0).data(ROW_ID_ROLE))


def record_table(
    name: str, accessible: str, proxy: QSortFilterProxyModel, parent: QWidget | None = None
) -> QTableView:
    """A read-only, row-selecting, sortable table, keyboard-friendly (Tab leaves it)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(40)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)
    table.setSortingEnabled(True)
    return table


def selected_id(table: QTableView) -> str | None:
    model = table.selectionModel()
    if model is None:
        return None
    rows = model.selectedRows()
    if not rows:
        return None
    value = rows[0].data(ROW_ID_ROLE)
    return value if isinstance(value, str) else None


def select_id(table: QTableView, proxy: RecordFilterProxy, row_id: str) -> bool:
    """Select and show the row of ``row_id`` when it is visible; False when it is not."""
    display = proxy.record_model().row_of(row_id)
    if display is None:
        return False
    index = proxy.mapFromSource(proxy.record_model().index(display, 0))
    if not index.isValid():
        return False
    table.selectRow(index.row())
    table.scrollTo(index)
    return True


def fill_year_filter(combo: QComboBox, years: Sequence[int], all_years: str) -> None:
    """Fill a year filter with ``all_years`` (the caller's translated "All years") and
    ``years``, keeping the year chosen when it is still there; no change signal."""
    current = combo_value(combo) or ALL_YEARS
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_years, ALL_YEARS)
    for year in years:
        combo.addItem(str(year), year)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def chosen_year(combo: QComboBox) -> int | None:
    """The year a year filter shows; None for all years."""
    year = combo_value(combo)
    return year if isinstance(year, int) and year != ALL_YEARS else None
