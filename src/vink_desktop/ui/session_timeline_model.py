"""The session timeline of one course: a thin table model, newest session first, with the
domain scores, the course score and the participant's own view of each session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vink_desktop.domain import framework as fw
from vink_desktop.domain.model import Session
from vink_desktop.domain.scoring import SessionScore
from vink_desktop.services.courses import CourseDetail
from vink_desktop.ui import course_texts as words

ModelIndex = QModelIndex | QPersistentModelIndex

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionTimelineModel(QAbstractTableModel):
    """The sessions of one course, newest first, with their scores."""

    COL_WHEN = 0
    COL_KIND = 1
    COL_DURATION = 2
    #: Domain columns follow from 3; then the course score, own view, acute, notes.

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Session, SessionScore | None]] = []
        self._domains: tuple[fw.Domain, ...] = ()
        self._self_scale: fw.Scale | None = None

    def set_rows(self, detail: CourseDetail | None, track: fw.Track | None) -> None:
        self.beginResetModel()
        if detail is None or track is None:
            self._rows, self._domains, self._self_scale = [], (), None
        else:
            scores = {score.session_id: score for score in detail.progress.history}
            ordered = sorted(detail.sessions, key=lambda s: (s.start.utc, s.id), reverse=True)
            self._rows = [(session, scores.get(session.id)) for session in ordered]
            self._domains = track.domains
            self._self_scale = track.self_report_scale
        self.endResetModel()

    def session_id(self, row: int) -> str:
        return self._rows[row][0].id

    def _col_overall(self) -> int:
        return 3 + len(self._domains)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self._domains) + 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        overall = self._col_overall()
        if section == self.COL_WHEN:
            return self.tr("Date and time")
        if section == self.COL_KIND:
            return self.tr("Contact")
        if section == self.COL_DURATION:
            return self.tr("Minutes")
        if section < overall:
            return words.text(self._domains[section - 3].label)
        return [self.tr("Course score"), self.tr("Own view"), self.tr("Acute"), self.tr("Notes")][
            section - overall
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        session, score = self._rows[index.row()]
        column = index.column()
        if role == SESSION_ID_ROLE:
            return session.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self._col_overall() + 3:
            return session.notes or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.COL_DURATION or 3 <= column <= self._col_overall():
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        overall = self._col_overall()
        if column == self.COL_WHEN:
            return words.wall_time(session.start.wall)
        if column == self.COL_KIND:
            return words.contact_kind_label(session.contact_kind.value)
        if column == self.COL_DURATION:
            return str(session.duration_minutes)
        if column < overall:
            domain_score = None if score is None else score.domain(self._domains[column - 3].id)
            return words.number(None if domain_score is None else domain_score.score)
        if column == overall:
            return words.number(None if score is None else score.overall)
        if column == overall + 1:
            if session.self_rating is None or self._self_scale is None:
                return "–"
            label = words.text(self._self_scale.label(session.self_rating))
            return f"{session.self_rating} – {label}"
        if column == overall + 2:
            return self.tr("Yes") if session.acute_concern else ""
        first_line = session.notes.strip().splitlines()[0] if session.notes.strip() else ""
        return first_line[:80] + ("…" if len(first_line) > 80 else "")
