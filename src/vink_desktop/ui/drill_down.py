"""The records behind a figure: a dialog listing the courses, reports of concern or outreach
activities (:func:`services.dashboard_data.records_behind`) by pseudonym code and date,
with the part of the figure each is in.

The office may see pseudonyms; the yearly report never has them. Listing the records is
not a view of a course: opening one (``course_requested``) goes through the course screen,
which writes the view to the audit log.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain.success_criteria import RecordKind
from vink_desktop.services.dashboard_data import (
    ActivityRecord,
    ConcernRecord,
    CourseRecord,
    DrillDown,
    DrillRecord,
)
from vink_desktop.ui import course_texts as words
from vink_desktop.ui import dashboard_texts as texts
from vink_desktop.ui.widgets import explanation, heading

ModelIndex = QModelIndex | QPersistentModelIndex

# -- columns (by entity) ----------------------------------------------------------------------
PART = "part"
CODE = "code"
TRACK = "track"
START = "start"
END = "end"
STATUS = "status"
PROGRESSION = "progression"
OWN_VIEW = "own_view"
SERVICE = "service"
RECEIVED = "received"
REACTION = "reaction"
REACTION_STATUS = "reaction_status"
SOURCE = "source"
OUTCOME = "outcome"
HELD_ON = "held_on"
KIND = "kind"
AUDIENCE = "audience"
HEAD_COUNT = "head_count"
RESPONDENTS = "respondents"
POSITIVE = "positive"
DISTRICT = "district"
WORKER = "worker"

#: Progression: one track, so no track column.
COURSE_COLUMNS = (PART, CODE, START, END, STATUS, PROGRESSION, OWN_VIEW, DISTRICT, WORKER)
SERVICE_COLUMNS = (PART, CODE, TRACK, START, END, SERVICE, DISTRICT, WORKER)
CONCERN_COLUMNS = (PART, CODE, RECEIVED, REACTION, REACTION_STATUS, SOURCE, OUTCOME, DISTRICT,
                   WORKER)  # fmt: skip
ACTIVITY_COLUMNS = (PART, HELD_ON, KIND, AUDIENCE, HEAD_COUNT, RESPONDENTS, POSITIVE, DISTRICT,
                    WORKER)  # fmt: skip
_NUMERIC = {HEAD_COUNT, RESPONDENTS, POSITIVE}

# -- roles ------------------------------------------------------------------------------------
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PART_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 3
RECORD_ROLE = Qt.ItemDataRole.UserRole + 4


def columns_for(drill: DrillDown) -> tuple[str, ...]:
    if drill.entity is RecordKind.COURSE:
        return SERVICE_COLUMNS if drill.criterion_id == "good_service" else COURSE_COLUMNS
    if drill.entity is RecordKind.CONCERN:
        return CONCERN_COLUMNS
    return ACTIVITY_COLUMNS


def _service(record: CourseRecord) -> str:
    if record.evaluation is None:
        return "–"
    ssp, vink, dka = (texts.answer_label(a) for a in record.evaluation)
    return f"SSP: {ssp} · VINK: {vink} · DKA: {dka}"


def cell(record: DrillRecord, column: str) -> tuple[str, Any]:
    """(display text, sort key) of one cell."""
    if column == PART:
        return texts.part_label(record.part), record.part
    if column == DISTRICT:
        return record.district or "–", (record.district or "").casefold()
    if column == WORKER:
        return record.worker_name, record.worker_name.casefold()
    if isinstance(record, CourseRecord):
        values: dict[str, tuple[str, Any]] = {
            CODE: (record.code, record.code.casefold()),
            TRACK: (words.track_label(record.track.value), record.track.value),
            START: (words.day(record.start), record.start.toordinal()),
            END: (words.day(record.end), record.end.toordinal() if record.end else 0),
            STATUS: (words.status_label(record.status.value), record.status.value),
            PROGRESSION: (words.judged(record.progression), _verdict(record.progression)),
            OWN_VIEW: (words.judged(record.self_reported), _verdict(record.self_reported)),
            SERVICE: (_service(record), _service(record)),
        }
    elif isinstance(record, ConcernRecord):
        values = {
            CODE: (record.code, record.code.casefold()),
            RECEIVED: (words.wall_time(record.received), record.received.isoformat()),
            REACTION: (
                "–" if record.reaction is None else words.wall_time(record.reaction),
                "" if record.reaction is None else record.reaction.isoformat(),
            ),
            REACTION_STATUS: (texts.part_label(record.status.value), record.status.value),
            SOURCE: (texts.source_label(record.source), record.source),
            OUTCOME: (
                "–" if record.outcome is None else texts.outcome_label(record.outcome),
                record.outcome or "",
            ),
        }
    else:
        assert isinstance(record, ActivityRecord)
        values = {
            HELD_ON: (words.day(record.held_on), record.held_on.toordinal()),
            KIND: (texts.outreach_kind_label(record.kind.value), record.kind.value),
            AUDIENCE: (texts.audience_label(record.audience.value), record.audience.value),
            HEAD_COUNT: (texts.count(record.head_count), record.head_count),
            RESPONDENTS: (texts.count(record.respondents), record.respondents or -1),
            POSITIVE: (texts.count(record.positive), record.positive or -1),
        }
    return values.get(column, ("", ""))


def _verdict(value: bool | None) -> int:
    return -1 if value is None else int(value)


class DrillDownModel(QAbstractTableModel):
    """The records of one :class:`DrillDown`; columns follow the kind of record.

    It sorts itself (Python's ``sorted`` over one key per row, then one ``layoutChanged``):
    a proxy's own sort would call ``data()`` for every comparison, seconds for 10,000
    courses.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[DrillRecord] = []
        self._columns: tuple[str, ...] = COURSE_COLUMNS
        self._parts: dict[str, str] = {}

    def set_drill_down(self, drill: DrillDown) -> None:
        self.beginResetModel()
        self._records = list(drill.records)
        self._columns = columns_for(drill)
        self._parts = {part: texts.part_label(part) for part, _n in drill.parts}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._records = []
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        name = self._columns[column]
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self._records[index.row()]) for index in persistent]
        self._records.sort(
            key=lambda r: cell(r, name)[1], reverse=order == Qt.SortOrder.DescendingOrder
        )
        position = {id(record): row for row, record in enumerate(self._records)}
        self.changePersistentIndexList(
            [index for index, _r in held],
            [self.index(position[id(record)], index.column()) for index, record in held],
        )
        self.layoutChanged.emit()

    def columns(self) -> tuple[str, ...]:
        return self._columns

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers().get(self._columns[section], "")

    def _headers(self) -> dict[str, str]:
        return {
            PART: self.tr("Part of the figure"),
            CODE: self.tr("Pseudonym"),
            TRACK: self.tr("Track"),
            START: self.tr("Start"),
            END: self.tr("End"),
            STATUS: self.tr("Status"),
            PROGRESSION: self.tr("Progression"),
            OWN_VIEW: self.tr("Own view"),
            SERVICE: self.tr("Service evaluation"),
            RECEIVED: self.tr("Received"),
            REACTION: self.tr("First reaction"),
            REACTION_STATUS: self.tr("24-hour rule"),
            SOURCE: self.tr("From"),
            OUTCOME: self.tr("Outcome"),
            HELD_ON: self.tr("Held on"),
            KIND: self.tr("Kind"),
            AUDIENCE: self.tr("Audience"),
            HEAD_COUNT: self.tr("Participants"),
            RESPONDENTS: self.tr("Answered"),
            POSITIVE: self.tr("Answered yes"),
            DISTRICT: self.tr("District"),
            WORKER: self.tr("Worker"),
        }

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PART:
                return self._parts.get(record.part) or texts.part_label(record.part)
            return cell(record, column)[0]
        if role == SORT_KEY_ROLE:
            return cell(record, column)[1]
        if role == RECORD_ID_ROLE:
            return record.id
        if role == PART_ROLE:
            return record.part
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = (
                Qt.AlignmentFlag.AlignRight if column in _NUMERIC else Qt.AlignmentFlag.AlignLeft
            )
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None


class DrillDownProxy(QSortFilterProxyModel):
    """Filters by the part of the figure; sorting is the source model's (see there)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, DrillDownModel):
            source.sort(column, order)


class DrillDownDialog(QDialog):
    """Lists the records behind one figure; a course can be opened from here."""

    #: A course was asked for (the course screen shows it and audits the view).
    course_requested = Signal(str)

    def __init__(
        self, drill: DrillDown, title: str, scope: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drillDownDialog")
        self.setWindowTitle(self.tr("Records behind the figure"))
        self.drill = drill
        self.table = QTableView()
        # The models are the table's children, so they outlive it when the dialog is deleted.
        self.model = DrillDownModel(self.table)
        self.model.set_drill_down(drill)
        self.proxy = DrillDownProxy(self.table)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(PART_ROLE)
        layout = QVBoxLayout(self)
        title_label = heading(title, self, level=2)
        title_label.setObjectName("drillDownTitle")
        layout.addWidget(title_label)
        scope_label = explanation(scope, self)
        scope_label.setObjectName("drillDownScope")
        layout.addWidget(scope_label)

        parts_row = QHBoxLayout()
        parts_label = QLabel(self.tr("&Show"))
        self.parts = QComboBox()
        self.parts.setObjectName("drillDownParts")
        self.parts.setAccessibleName(self.tr("Part of the figure"))
        self.parts.addItem(self.tr("All ({count})").format(count=len(drill.records)), "")
        for part, number in drill.parts:
            self.parts.addItem(f"{texts.part_label(part)} ({texts.count(number)})", part)
        parts_label.setBuddy(self.parts)
        self.parts.currentIndexChanged.connect(self._part_changed)
        parts_row.addWidget(parts_label)
        parts_row.addWidget(self.parts, 1)
        parts_row.addStretch(1)
        layout.addLayout(parts_row)

        self.table.setObjectName("drillDownTable")
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as listed: by part, date
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)

        self.counts = QLabel()
        self.counts.setObjectName("drillDownCounts")
        layout.addWidget(self.counts)
        note = explanation(
            self.tr(
                "Pseudonym codes are shown for the office's own follow-up. The yearly report"
                " never contains them."
            ),
            self,
        )
        note.setObjectName("drillDownNote")
        note.setVisible(drill.entity is not RecordKind.OUTREACH)
        layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open course"))
        self.open_button.setObjectName("drillDownOpenCourse")
        self.open_button.clicked.connect(self._open_selected)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(drill.entity is RecordKind.COURSE)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_counts()

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(60 * em, 34 * em)

    # -- behaviour ------------------------------------------------------------------------

    def record_ids(self) -> list[str]:
        """The ids in the table as shown (after the part filter)."""
        return [
            str(self.proxy.index(row, 0).data(RECORD_ID_ROLE))
            for row in range(self.proxy.rowCount())
        ]

    def show_part(self, part: str | None) -> None:
        index = self.parts.findData(part or "")
        if index >= 0:
            self.parts.setCurrentIndex(index)

    def _part_changed(self) -> None:
        part = str(self.parts.currentData() or "")
        pattern = f"^{re.escape(part)}$" if part else ""
        self.proxy.setFilterRegularExpression(QRegularExpression(pattern))
        self._update_counts()

    def _update_counts(self) -> None:
        self.counts.setText(
            self.tr("{shown} of {total} records").format(
                shown=texts.count(self.proxy.rowCount()), total=texts.count(len(self.drill.records))
            )
        )

    def _activated(self, index: QModelIndex) -> None:
        if self.drill.entity is RecordKind.COURSE:
            self.course_requested.emit(str(index.data(RECORD_ID_ROLE)))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._activated(rows[0])

    def clear(self) -> None:
        """Drop the records (on lock)."""
        self.model.clear()
