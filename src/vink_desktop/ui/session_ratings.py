"""The ratings of one domain of the framework, for the session editor.

The box says how many of its indicators must be rated for the domain to count. Each
indicator shows its label, a "?" that reveals its help text (also the tooltip and the
accessible description of its combo), and a combo whose items are the scale's steps with
their labels ("1 – Ingen tegn"), plus "Not rated". A combo takes the step's number as a key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain import framework as fw
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.session_problems import error_label


def add_scale_steps(combo: QComboBox, scale: fw.Scale, language: str) -> None:
    """One item per step of ``scale``: "3 – Nogle tegn", with the step's value as its data."""
    for step in scale.steps:
        combo.addItem(f"{step.value} – {words.text(step.label, language)}", step.value)


class DomainRatingsBox(QGroupBox):
    """A domain's indicators, each with its help text and a combo of the scale's steps.

    :attr:`ratings` holds the combos by indicator id, :attr:`error_labels` the labels under
    them by field name (``ratings.<indicator>``), :attr:`focus_chain` the inputs in tab order
    (each combo, then its "?")."""

    def __init__(self, domain: fw.Domain, language: str, parent: QWidget | None = None) -> None:
        super().__init__(words.text(domain.label, language), parent)
        self.setObjectName(f"domain:{domain.id}")
        self._language = language
        self.ratings: dict[str, QComboBox] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.focus_chain: list[QWidget] = []
        layout = QVBoxLayout(self)
        coverage = QLabel(
            self.tr("Rate at least {required} of {count} for the domain to count.").format(
                required=domain.min_rated, count=len(domain.indicators)
            )
        )
        coverage.setWordWrap(True)
        coverage.setObjectName(f"coverage:{domain.id}")
        layout.addWidget(coverage)
        for indicator in domain.indicators:
            layout.addWidget(self._indicator_row(indicator))

    def _indicator_row(self, indicator: fw.Indicator) -> QWidget:
        row = QFrame()
        row.setObjectName(f"indicator:{indicator.id}")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 4)
        label_text = words.text(indicator.label, self._language)
        help_text = words.text(indicator.help, self._language)
        top = QHBoxLayout()
        label = QLabel(label_text)
        label.setWordWrap(True)
        label_font = QFont(label.font())
        label_font.setBold(True)
        label.setFont(label_font)
        top.addWidget(label, 1)
        help_button = QToolButton()
        help_button.setObjectName(f"help:{indicator.id}")
        help_button.setText("?")
        help_button.setCheckable(True)
        help_button.setToolTip(self.tr("Show or hide the help text"))
        help_button.setAccessibleName(self.tr("Help: {label}").format(label=label_text))
        top.addWidget(help_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        help_label = QLabel(help_text)
        help_label.setObjectName(f"helpText:{indicator.id}")
        help_label.setWordWrap(True)
        help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        help_label.setStyleSheet("color: #303030; font-style: italic;")
        help_label.hide()
        help_button.toggled.connect(help_label.setVisible)
        layout.addWidget(help_label)
        combo = QComboBox()
        combo.setObjectName(f"rating:{indicator.id}")
        combo.addItem(self.tr("Not rated"), None)
        add_scale_steps(combo, indicator.scale, self._language)
        combo.setToolTip(help_text)
        combo.setAccessibleName(label_text)
        combo.setAccessibleDescription(help_text)
        label.setBuddy(combo)
        layout.addWidget(combo)
        field = f"ratings.{indicator.id}"
        self.error_labels[field] = error_label(field)
        layout.addWidget(self.error_labels[field])
        self.ratings[indicator.id] = combo
        self.focus_chain += [combo, help_button]
        return row
