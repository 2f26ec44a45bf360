"""The course list: a thin table model over ``CourseSummary`` rows and a proxy that filters
and sorts them.

Fast with 10,000 courses:

* the rows come from one call to ``services.courses.list_courses`` (one SQL query over the
  cached outcome table) and are kept as they are; cells are formatted only when the view
  asks for them, which is only for the rows on screen;
* filtering computes one list of booleans per filter change in plain Python, so the
  proxy's per-row ``filterAcceptsRow`` is a list lookup;
* sorting is done by the source model with Python's ``sorted`` over precomputed keys (one
  ``layoutChanged``), because QSortFilterProxyModel's own sort would call ``data()`` in
  Python for every comparison (about half a second for 10,000 rows). The proxy forwards
  ``sort()`` to the source, so a header click works as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QObject,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from vink_desktop.domain.model import CourseStatus, Track
from vink_desktop.services.context import COPENHAGEN
from vink_desktop.storage.codec import dt_from_text
from vink_desktop.storage.course_queries import CourseSummary
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.record_table import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    ROW_ID_ROLE,
    SORT_KEY_ROLE,
    ModelIndex,
    RecordTableModel,
    one_row_changed,
)

# -- columns ----------------------------------------------------------------------------------
COL_OFF_TRACK = 0
COL_CODE = 1
COL_TRACK = 2
COL_STATUS = 3
COL_START = 4
COL_SESSIONS = 5
COL_LAST_SESSION = 6
COL_SCORE = 7
COL_CHANGE = 8
COL_PROGRESSION = 9
COL_SELF_REPORTED = 10
COL_DISTRICT = 11
COL_WORKER = 12
COLUMN_COUNT = 13

# -- roles ------------------------------------------------------------------------------------
#: The course id (str); SORT_KEY_ROLE is record_table's (numbers, dates, None: no value).
COURSE_ID_ROLE = ROW_ID_ROLE
#: The off-track signal codes of the row (list of str).
OFF_TRACK_CODES_ROLE = Qt.ItemDataRole.UserRole + 3
#: The off-track reasons phrased in the UI language (list of str).
OFF_TRACK_REASONS_ROLE = Qt.ItemDataRole.UserRole + 4
#: The ``CourseSummary`` itself.
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 5

_NUMERIC = {COL_OFF_TRACK, COL_SESSIONS, COL_SCORE, COL_CHANGE}


def _verdict_key(value: bool | None) -> int | None:
    return None if value is None else int(value)


def sort_key(row: CourseSummary, column: int) -> Any:
    """The value a column sorts by (None: no value, sorted last either way)."""
    if column == COL_OFF_TRACK:
        return len(row.off_track)
    if column == COL_CODE:
        return row.participant_code.casefold()
    if column == COL_TRACK:
        return row.track.value
    if column == COL_STATUS:
        return ("active", "paused", "closed").index(row.status.value)
    if column == COL_START:
        return row.start.toordinal()
    if column == COL_SESSIONS:
        return row.sessions
    if column == COL_LAST_SESSION:
        return row.last_session_utc  # ISO text in UTC: sorts chronologically
    if column == COL_SCORE:
        return row.current_score
    if column == COL_CHANGE:
        return row.overall_change
    if column == COL_PROGRESSION:
        return _verdict_key(row.progression)
    if column == COL_SELF_REPORTED:
        return _verdict_key(row.self_reported_progression)
    if column == COL_DISTRICT:
        return None if row.district is None else row.district.casefold()
    if column == COL_WORKER:
        return row.worker_name.casefold()
    return None


def last_session_day(row: CourseSummary) -> str:
    if row.last_session_utc is None:
        return words.day(None)
    return words.day(dt_from_text(row.last_session_utc).astimezone(COPENHAGEN).date())


_badge: QIcon | None = None


def off_track_icon() -> QIcon:
    """An amber warning badge with an exclamation mark (a shape, not only a colour)."""
    global _badge
    if _badge is None:
        icon = QIcon()
        for size in (16, 24, 32, 48):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor("#7a4a00"))
            painter.setBrush(QColor("#f0a000"))
            painter.drawEllipse(1, 1, size - 2, size - 2)
            font = QFont()
            font.setBold(True)
            font.setPixelSize(int(size * 0.75))
            painter.setFont(font)
            painter.setPen(QColor("#000000"))
            painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "!")
            painter.end()
            icon.addPixmap(pixmap)
        _badge = icon
    return _badge


class CourseListModel(RecordTableModel):
    """Course rows as loaded; display order kept separately so sorting is one permutation
    (the bookkeeping is :class:`RecordTableModel`'s; the roles and cells are the courses')."""

    column_count = COLUMN_COUNT
    numeric = frozenset(_NUMERIC)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_column = COL_CODE

    # -- what RecordTableModel asks -------------------------------------------------------

    def row_id(self, row: CourseSummary) -> str:
        return row.id

    def sort_key(self, row: CourseSummary, column: int) -> Any:
        return sort_key(row, column)

    def tie_key(self, row: CourseSummary) -> Any:
        # Ties keep the participant code order, so the list is stable and predictable.
        return row.participant_code.casefold()

    # -- lookups --------------------------------------------------------------------------

    def base_index(self, display_row: int) -> int:
        return self.order[display_row]

    def summary(self, display_row: int) -> CourseSummary:
        return self.row_at(display_row)

    def single_worker(self) -> bool:
        return len({row.worker_id for row in self._rows}) <= 1

    # -- Qt model interface ---------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(section)
        return super().headerData(section, orientation, role)

    def headers(self) -> list[str]:
        return [
            self.tr("Off track"),
            self.tr("Participant"),
            self.tr("Track"),
            self.tr("Status"),
            self.tr("Start"),
            self.tr("Sessions"),
            self.tr("Last session"),
            self.tr("Score"),
            self.tr("Change"),
            self.tr("Progression"),
            self.tr("Own view"),
            self.tr("District"),
            self.tr("Worker"),
        ]

    def _header_tips(self) -> dict[int, str]:
        return {
            COL_SCORE: self.tr("The latest complete assessment, 0–100 (100 is best)"),
            COL_CHANGE: self.tr("Points since the first complete assessment (baseline)"),
            COL_PROGRESSION: self.tr("Progression as rated by the practitioner"),
            COL_SELF_REPORTED: self.tr("Progression as the participant reports it"),
        }

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self.order[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == COURSE_ID_ROLE:
            return row.id
        if role == SORT_KEY_ROLE:
            return sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column in _NUMERIC else ALIGN_LEFT
        if role == OFF_TRACK_CODES_ROLE:
            return [str(signal.get("code")) for signal in row.off_track]
        if role == OFF_TRACK_REASONS_ROLE:
            return [words.off_track_reason(signal) for signal in row.off_track]
        if role == SUMMARY_ROLE:
            return row
        if column == COL_OFF_TRACK and row.off_track:
            if role == Qt.ItemDataRole.DecorationRole:
                return off_track_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                reasons = "".join(
                    f"<li>{words.off_track_reason(signal)}</li>" for signal in row.off_track
                )
                return "<b>{}</b><ul>{}</ul>".format(self.tr("Off track"), reasons)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                reasons = "; ".join(words.off_track_reason(signal) for signal in row.off_track)
                return self.tr("Off track: {reasons}").format(reasons=reasons)
        return None

    def display(self, row: CourseSummary, column: int) -> str | None:
        if column == COL_OFF_TRACK:
            return str(len(row.off_track)) if row.off_track else ""
        if column == COL_CODE:
            return row.participant_code
        if column == COL_TRACK:
            return words.track_label(row.track.value)
        if column == COL_STATUS:
            return words.status_label(row.status.value)
        if column == COL_START:
            return words.day(row.start)
        if column == COL_SESSIONS:
            return str(row.sessions)
        if column == COL_LAST_SESSION:
            return last_session_day(row)
        if column == COL_SCORE:
            return words.number(row.current_score)
        if column == COL_CHANGE:
            return words.number(row.overall_change, signed=True)
        if column == COL_PROGRESSION:
            return words.judged(row.progression)
        if column == COL_SELF_REPORTED:
            return words.judged(row.self_reported_progression)
        if column == COL_DISTRICT:
            return row.district or "–"
        if column == COL_WORKER:
            return row.worker_name
        return None


class CourseFilterProxy(QSortFilterProxyModel):
    """Search text, track, status and off-track filters over a :class:`CourseListModel`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._track: Track | None = None
        self._statuses: tuple[CourseStatus, ...] = ()
        self._off_track_only = False
        self._accepted: list[bool] = []
        #: Whether each row was off track when ``_accepted`` was computed (for the counts).
        self._off: list[bool] = []
        self._generation = -1
        self._visible = 0
        self._visible_off_track = 0
        self._model = CourseListModel(self)

    def course_model(self) -> CourseListModel:
        return self._model

    # -- filters --------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        self._change_filter(search=text.strip().casefold())

    def set_track(self, track: Track | None) -> None:
        self._change_filter(track=track)

    def set_status(self, status: CourseStatus | None) -> None:
        self._change_filter(statuses=() if status is None else (status,))

    def set_statuses(self, statuses: tuple[CourseStatus, ...]) -> None:
        """Show courses in any of ``statuses`` (all when empty)."""
        self._change_filter(statuses=tuple(statuses))

    def set_off_track_only(self, only: bool) -> None:
        self._change_filter(off_track_only=only)

    def _change_filter(self, **changes: Any) -> None:
        self.beginFilterChange()
        self._search = changes.get("search", self._search)
        self._track = changes.get("track", self._track)
        self._statuses = changes.get("statuses", self._statuses)
        self._off_track_only = changes.get("off_track_only", self._off_track_only)
        self._generation = -1
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def counts(self) -> tuple[int, int, int]:
        """(courses shown, of them off track, courses loaded)."""
        self._refresh_mask()
        return self._visible, self._visible_off_track, len(self.course_model().rows())

    def _refresh_mask(self) -> None:
        model = self.course_model()
        if self._generation == model.generation:
            return
        base = one_row_changed(model, self._generation, len(self._accepted))
        if base is not None:  # one row saved or added: look at it alone
            row = model.rows()[base]
            if base == len(self._accepted):
                self._accepted.append(False)
                self._off.append(False)
            was = (self._accepted[base], self._accepted[base] and self._off[base])
            now = (self._predicate()(row), bool(row.off_track))
            self._visible += int(now[0]) - int(was[0])
            self._visible_off_track += int(now[0] and now[1]) - int(was[1])
            self._accepted[base], self._off[base] = now
            self._generation = model.generation
            return
        rows = model.rows()
        accepts = self._predicate()
        self._accepted = [accepts(row) for row in rows]
        self._off = [bool(row.off_track) for row in rows]
        self._visible = sum(self._accepted)
        self._visible_off_track = sum(
            1 for ok, off in zip(self._accepted, self._off, strict=True) if ok and off
        )
        self._generation = model.generation

    def _predicate(self) -> Callable[[CourseSummary], bool]:
        """The filters as one function (their values bound once, for a loop over rows)."""
        needle, track, statuses = self._search, self._track, self._statuses
        off_only = self._off_track_only

        def accepts(row: CourseSummary) -> bool:
            return (
                (track is None or row.track is track)
                and (not statuses or row.status in statuses)
                and (not off_only or bool(row.off_track))
                and (
                    not needle
                    or needle in row.participant_code.casefold()
                    or (row.district is not None and needle in row.district.casefold())
                    or needle in row.worker_name.casefold()
                )
            )

        return accepts

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, CourseListModel)
        self._model = model
        self._generation = -1
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        # Called once per row on every filter change: keep it to two list lookups.
        model = self._model
        if self._generation != model.generation:
            self._refresh_mask()
        return self._accepted[model.order[source_row]]

    # -- sorting: done by the source model (see the module doc) ---------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.course_model().sort(column, order)

    # -- convenience ----------------------------------------------------------------------

    def course_id(self, proxy_row: int) -> str:
        return str(self.index(proxy_row, 0).data(COURSE_ID_ROLE))
