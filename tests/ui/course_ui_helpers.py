"""Helpers for the course screen tests: find widgets by objectName and fill the forms."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{combo.objectName()} has no item for {value!r}"
    combo.setCurrentIndex(index)


def fill_session(
    editor: QWidget,
    *,
    day: date,
    at: str = "10:00",
    duration: int = 60,
    kind: str = "meeting",
    ratings: dict[str, int] | None = None,
    self_rating: int | None = None,
    notes: str = "",
    follow_up: str = "",
    acute: bool = False,
) -> None:
    child(editor, QDateEdit, "sessionDate").setDate(QDate(day.year, day.month, day.day))
    hour, minute = (int(part) for part in at.split(":"))
    child(editor, QTimeEdit, "sessionTime").setTime(QTime(hour, minute))
    child(editor, QSpinBox, "sessionDuration").setValue(duration)
    choose(child(editor, QComboBox, "sessionContactKind"), kind)
    child(editor, QPlainTextEdit, "sessionNotes").setPlainText(notes)
    child(editor, QPlainTextEdit, "sessionFollowUp").setPlainText(follow_up)
    child(editor, QCheckBox, "sessionAcuteConcern").setChecked(acute)
    for indicator_id, value in (ratings or {}).items():
        choose(child(editor, QComboBox, f"rating:{indicator_id}"), value)
    if self_rating is not None:
        choose(child(editor, QComboBox, "sessionSelfRating"), self_rating)


def click(qtbot: object, widget: QWidget, name: str) -> None:
    button = child(widget, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


#: Ratings for a young person's three sessions, getting better: concern down, resilience up.
MENTORING_RATINGS = (
    {
        "extremist_ties": 4, "polarising_views": 4, "violence_acceptance": 3, "us_and_them": 4,
        "source_criticism": 2, "own_needs_before_group": 2, "positive_communities": 2,
        "future_prospects": 1,
    },
    {
        "extremist_ties": 3, "polarising_views": 3, "violence_acceptance": 2, "us_and_them": 3,
        "source_criticism": 3, "own_needs_before_group": 3, "positive_communities": 2,
        "future_prospects": 2,
    },
    {
        "extremist_ties": 2, "polarising_views": 2, "violence_acceptance": 1, "us_and_them": 2,
        "source_criticism": 4, "own_needs_before_group": 4, "positive_communities": 3,
        "future_prospects": 3,
    },
)  # fmt: skip
