"""The dashboard's filters: year, track, worker and district, each a combo box with its
label (and a mnemonic); :attr:`DashboardFilters.changed` when a person picks another value.

The "all" item's data is the empty string, never None: PySide6 6.12 on Python 3.11 loses a
reference to None whenever an empty QVariant comes back (``currentData()``), so none does.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from vink_desktop.domain.model import Track
from vink_desktop.services.dashboard_data import FilterChoices
from vink_desktop.services.success_criteria import CriteriaFilter
from vink_desktop.ui import course_texts as words

#: The data of a filter's "all" item.
ALL = ""


def chosen(combo: QComboBox) -> str | None:
    """The value a filter combo names, or None for its "all" item (or when it is empty)."""
    if combo.count() == 0:
        return None
    value = combo.currentData()
    return None if value == ALL else str(value)


class DashboardFilters(QWidget):
    """Four filters in a row; the combos shrink to a few characters in a narrow window."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardFilters")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.year = self._combo("dashboardYear", self.tr("Year"))
        self.track = self._combo("dashboardTrack", self.tr("Track filter"))
        self.track.addItem(self.tr("All tracks"), ALL)
        for track in Track:
            self.track.addItem(words.track_label(track.value), track.value)
        self.worker = self._combo("dashboardWorker", self.tr("Worker filter"))
        self.district = self._combo("dashboardDistrict", self.tr("District filter"))
        self.worker_label = QLabel(self.tr("&Worker"))
        for label, combo in (
            (QLabel(self.tr("&Year")), self.year),
            (QLabel(self.tr("T&rack")), self.track),
            (self.worker_label, self.worker),
            (QLabel(self.tr("&District")), self.district),
        ):
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 0 if combo is self.year else 1)
            combo.currentIndexChanged.connect(self.changed)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    def combos(self) -> tuple[QComboBox, QComboBox, QComboBox, QComboBox]:
        return self.year, self.track, self.worker, self.district

    def load(self, choices: FilterChoices, selection: CriteriaFilter) -> None:
        """Fill the year, worker and district lists and show ``selection`` (no ``changed``)."""
        for combo in self.combos():
            combo.blockSignals(True)
        try:
            self.year.clear()
            for year in choices.years:
                self.year.addItem(str(year), year)
            self.worker.clear()
            self.worker.addItem(self.tr("All workers"), ALL)
            for worker_id, name in choices.workers:
                self.worker.addItem(name, worker_id)
            self.district.clear()
            self.district.addItem(self.tr("All districts"), ALL)
            for district in choices.districts:
                self.district.addItem(district, district)
            self._select(selection)
        finally:
            for combo in self.combos():
                combo.blockSignals(False)
        several = len(choices.workers) > 1  # a field vault has one worker: no choice
        self.worker.setVisible(several)
        self.worker_label.setVisible(several)

    def select(self, selection: CriteriaFilter) -> None:
        """Show ``selection`` without emitting ``changed``."""
        for combo in self.combos():
            combo.blockSignals(True)
        try:
            self._select(selection)
        finally:
            for combo in self.combos():
                combo.blockSignals(False)

    def _select(self, selection: CriteriaFilter) -> None:
        track = None if selection.track is None else selection.track.value
        for combo, value in (
            (self.year, selection.year),
            (self.track, track),
            (self.worker, selection.worker_id),
            (self.district, selection.district),
        ):
            index = combo.findData(ALL if value is None else value)
            combo.setCurrentIndex(index if index >= 0 else 0)

    def selection(self, default_year: int) -> CriteriaFilter:
        """The filter the combos show (``default_year`` while there are no years)."""
        year = self.year.currentData() if self.year.count() else None
        track = chosen(self.track)
        return CriteriaFilter(
            year=int(year) if isinstance(year, int) else default_year,
            track=None if track is None else Track(track),
            worker_id=chosen(self.worker),
            district=chosen(self.district),
        )

    def summary(self) -> list[str]:
        """The chosen track, worker and district in words (the "all" items left out)."""
        return [c.currentText() for c in (self.track, self.worker, self.district) if chosen(c)]

    def clear(self) -> None:
        """Forget the workers and districts (on lock)."""
        for combo in (self.worker, self.district):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
