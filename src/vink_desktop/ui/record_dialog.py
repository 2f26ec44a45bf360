"""The shared frame of the office record dialogs: a form whose every input has a buddy label
and an accessible name, an error line under each field (from the ``ValidationError``
problems' field names), a banner for the rest, OK and Cancel; and the date and time inputs
the dialogs use (dates in the user's format, times as Copenhagen wall time)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain.validation import ValidationError
from vink_desktop.services import office_lists
from vink_desktop.services.context import Context
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.error_text import describe_error, problem_text
from vink_desktop.ui.participant_dialog import DISTRICTS

ERROR_STYLE = "color: #a40000; font-weight: bold;"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy" if words.ui_language() == "da" else "yyyy-MM-dd")
    edit.setDate(qdate(value))
    return edit


def time_edit(name: str, value: time) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute))
    return edit


def wall_time(day: QDateEdit, at: QTimeEdit) -> datetime:
    """The naive wall-clock time of a date and a time input (Copenhagen, to the minute)."""
    qd, qt = day.date(), at.time()
    return datetime.combine(pydate(qd), time(qt.hour(), qt.minute()))


def set_wall_time(day: QDateEdit, at: QTimeEdit, value: datetime) -> None:
    day.setDate(qdate(value.date()))
    at.setTime(QTime(value.hour, value.minute))


def choose_data(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is ``value`` (unchanged when there is none)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def worker_combo(ctx: Context, name: str) -> QComboBox:
    """Every worker of the vault by name, the vault's own worker chosen."""
    combo = QComboBox()
    combo.setObjectName(name)
    for worker in office_lists.workers(ctx):
        combo.addItem(worker.name, worker.id)
    choose_data(combo, ctx.actor_id)
    return combo


def district_combo(name: str) -> QComboBox:
    """Copenhagen's districts to pick from; any other text may be typed."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    combo.addItems(list(DISTRICTS))
    return combo


def combo_value(combo: QComboBox) -> Any:
    """The current item's data; None when nothing is chosen.

    No item of these dialogs carries None as its data, and "nothing chosen" is read from
    ``currentIndex``: the PySide6 6.12 wheels on Python 3.11 lose a reference to None each
    time Qt hands one back to Python (``currentData()``, ``index.data()``), and enough of
    them crash the interpreter."""
    return combo.currentData() if combo.currentIndex() >= 0 else None


class RecordDialog(QDialog):
    """Build the form with :meth:`add_row`, then call :meth:`finish`."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self.rows = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows.addLayout(self.form)

    def intro(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(f"{self.objectName()}Intro")
        label.setWordWrap(True)
        self.form.addRow(label)
        return label

    def add_row(
        self,
        text: str,
        widget: QWidget,
        field: str | None,
        accessible: str,
        form: QFormLayout | None = None,
    ) -> QLabel:
        """A labelled row (the label is the input's buddy) with an error line under it."""
        target = form or self.form
        label = QLabel(text)
        label.setBuddy(widget)
        # Only long labels wrap: a wrapped label in a form row is measured too short.
        label.setWordWrap(len(text) > 40)
        widget.setAccessibleName(accessible)
        target.addRow(label, widget)
        if field is not None:
            error = QLabel()
            error.setObjectName(f"error:{field}")
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            target.addRow("", error)
            self._errors[field] = error
        return label

    def finish(self, ok_text: str, ok_name: str, cancel_text: str | None = None) -> None:
        self.notice = QLabel()
        self.notice.setObjectName(f"{self.objectName()}Notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.rows.addWidget(self.notice)
        self.banner = QLabel()
        self.banner.setObjectName(f"{self.objectName()}ErrorBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        self.rows.addWidget(self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName(f"{self.objectName()}Buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName(ok_name)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(cancel_text or self.tr("Cancel"))
        cancel.setObjectName(f"{self.objectName()}Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.rows.addWidget(self.buttons)

    def clear_errors(self) -> None:
        self.banner.hide()
        for label in self._errors.values():
            label.hide()

    def show_field_error(self, field: str, text: str) -> None:
        label = self._errors.get(field)
        if label is None:
            self.show_banner(text)
            return
        label.setText("⚠ " + text)
        label.setAccessibleName(text)
        label.show()

    def show_notice(self, text: str) -> None:
        """A plain message (not an error), e.g. that a draft was brought back."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.show()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()

    def show_error(self, error: Exception) -> None:
        """Problems next to their fields; anything else in the banner."""
        if isinstance(error, ValidationError):
            for problem in error.problems:
                self.show_field_error(problem.field, problem_text(problem))
            return
        self.show_banner(describe_error(error) or str(error))
