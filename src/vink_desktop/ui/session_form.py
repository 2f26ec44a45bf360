"""The session form: every field of one session in a scrolling area, and the form as plain
data (what a draft holds) and back.

Sections, in tab order: when and how (date, time, duration, kind of contact), the notes, one
box per domain of the framework (:class:`~vink_desktop.ui.session_ratings.DomainRatingsBox`),
the participant's own view, and the follow-up with the acute concern. Each input has an
accessible name, and an error label under it (:mod:`vink_desktop.ui.session_problems`).
Scrolling the form does not change a combo or spin box the pointer passes over.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain import framework as fw
from vink_desktop.domain.model import ContactKind, Session
from vink_desktop.domain.validation import MAX_SESSION_MINUTES
from vink_desktop.services.sessions import SessionInput
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.session_problems import error_label
from vink_desktop.ui.session_ratings import DomainRatingsBox, add_scale_steps


def session_payload(session: Session) -> dict[str, Any]:
    """A stored session as the form's plain data."""
    return {
        "date": session.start.wall.date().isoformat(),
        "time": session.start.wall.strftime("%H:%M"),
        "duration_minutes": session.duration_minutes,
        "contact_kind": session.contact_kind.value,
        "notes": session.notes,
        "follow_up": session.follow_up,
        "acute_concern": session.acute_concern,
        "self_rating": session.self_rating,
        "ratings": dict(session.ratings),
    }


class _WheelGuard(QObject):
    """Scrolling the form must not change a combo or spin box the pointer passes over: the
    wheel scrolls the form unless the field has the focus."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            QCoreApplication.sendEvent(self._scroll.verticalScrollBar(), event)
            return True
        return False


class SessionForm(QScrollArea):
    """The fields of a session of ``track``; :attr:`changed` when any of them changes.

    :attr:`error_labels` holds the error label of each field by field name, and
    :attr:`focus_chain` the inputs in tab order."""

    changed = Signal()

    def __init__(self, track: fw.Track, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._wheel_guard = _WheelGuard(self)
        self._language = language
        self.error_labels: dict[str, QLabel] = {}
        self.focus_chain: list[QWidget] = []
        self._ratings: dict[str, QComboBox] = {}
        body = QWidget()
        self._body = QVBoxLayout(body)
        self.setWidget(body)
        self._build_when()
        self._build_notes()
        for domain in track.domains:
            self._add_domain(domain)
        self._build_self_view(track)
        self._build_follow_up()
        self._body.addStretch(1)

    # -- the form as data -----------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        """The form as plain data (what a draft holds)."""
        return {
            "date": self._date.date().toString(Qt.DateFormat.ISODate),
            "time": self._time.time().toString("HH:mm"),
            "duration_minutes": self._duration.value(),
            "contact_kind": self._contact_kind.currentData(),
            "notes": self._notes.toPlainText(),
            "follow_up": self._follow_up.toPlainText(),
            "acute_concern": self._acute.isChecked(),
            "self_rating": self._self_rating.currentData(),
            "ratings": {
                indicator_id: combo.currentData()
                for indicator_id, combo in self._ratings.items()
                if combo.currentData() is not None
            },
        }

    def entry(self) -> SessionInput:
        data = self.payload()
        return SessionInput(
            start=self._wall_time(),
            duration_minutes=int(data["duration_minutes"]),
            contact_kind=ContactKind(data["contact_kind"]),
            notes=data["notes"],
            ratings=dict(data["ratings"]),
            self_rating=data["self_rating"],
            follow_up=data["follow_up"],
            acute_concern=bool(data["acute_concern"]),
        )

    def apply_payload(self, data: dict[str, Any]) -> None:
        """Put plain data (a draft, a stored session) into the form."""
        if isinstance(data.get("date"), str):
            self._date.setDate(QDate.fromString(data["date"], Qt.DateFormat.ISODate))
        if isinstance(data.get("time"), str):
            self._time.setTime(QTime.fromString(data["time"], "HH:mm"))
        if isinstance(data.get("duration_minutes"), int):
            self._duration.setValue(data["duration_minutes"])
        _select(self._contact_kind, data.get("contact_kind"))
        self._notes.setPlainText(str(data.get("notes") or ""))
        self._follow_up.setPlainText(str(data.get("follow_up") or ""))
        self._acute.setChecked(bool(data.get("acute_concern")))
        _select(self._self_rating, data.get("self_rating"))
        ratings = data.get("ratings") or {}
        for indicator_id, combo in self._ratings.items():
            _select(combo, ratings.get(indicator_id) if isinstance(ratings, dict) else None)

    def start_new(self, wall: datetime, duration_minutes: int) -> None:
        """The values a new session starts from: a (naive) wall-clock start and a duration."""
        self._date.setDate(QDate(wall.year, wall.month, wall.day))
        self._time.setTime(QTime(wall.hour, wall.minute))
        self._duration.setValue(duration_minutes)

    def input_for(self, field: str) -> QWidget | None:
        """The input of a field name (``start``, ``ratings.<indicator>``, …)."""
        if field.startswith("ratings."):
            return self._ratings.get(field.removeprefix("ratings."))
        return {
            "start": self._time,
            "duration_minutes": self._duration,
            "contact_kind": self._contact_kind,
            "notes": self._notes,
            "follow_up": self._follow_up,
            "self_rating": self._self_rating,
        }.get(field)

    def _wall_time(self) -> datetime:
        qdate, qtime = self._date.date(), self._time.time()
        return datetime.combine(
            date(qdate.year(), qdate.month(), qdate.day()), time(qtime.hour(), qtime.minute())
        )

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    # -- building -------------------------------------------------------------------------

    def _section(self, title: str, name: str) -> QFormLayout:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._body.addWidget(box)
        return form

    def _field(
        self, form: QFormLayout, text: str, widget: QWidget, field: str | None, accessible: str
    ) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        # Only long labels wrap: a wrapped label in a form row is measured too short.
        label.setWordWrap(len(text) > 40)
        widget.setAccessibleName(accessible)
        form.addRow(label, widget)
        if field is not None:
            self.error_labels[field] = error_label(field)
            form.addRow("", self.error_labels[field])
        self.focus_chain.append(widget)
        widget.installEventFilter(self._wheel_guard)

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(lines * 4)
        edit.setMaximumHeight(lines * 9)
        edit.textChanged.connect(self._changed)
        return edit

    def _build_when(self) -> None:
        form = self._section(self.tr("When and how"), "sessionWhen")
        self._date = QDateEdit()
        self._date.setObjectName("sessionDate")
        self._date.setCalendarPopup(True)
        self._date.setDisplayFormat("dd.MM.yyyy" if self._language == "da" else "yyyy-MM-dd")
        self._date.dateChanged.connect(self._changed)
        self._field(form, self.tr("&Date"), self._date, None, self.tr("Date"))
        self._time = QTimeEdit()
        self._time.setObjectName("sessionTime")
        self._time.setDisplayFormat("HH:mm")
        self._time.timeChanged.connect(self._changed)
        self._field(form, self.tr("T&ime (Copenhagen)"), self._time, "start", self.tr("Time"))
        self._duration = QSpinBox()
        self._duration.setObjectName("sessionDuration")
        self._duration.setRange(0, MAX_SESSION_MINUTES * 2)
        self._duration.setSingleStep(5)
        self._duration.setSuffix(self.tr(" min"))
        self._duration.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self._duration.valueChanged.connect(self._changed)
        self._field(
            form, self.tr("D&uration"), self._duration, "duration_minutes", self.tr("Duration")
        )
        self._contact_kind = QComboBox()
        self._contact_kind.setObjectName("sessionContactKind")
        for kind in ContactKind:
            self._contact_kind.addItem(words.contact_kind_label(kind.value), kind.value)
        self._contact_kind.currentIndexChanged.connect(self._changed)
        self._field(
            form,
            self.tr("&Kind of contact"),
            self._contact_kind,
            "contact_kind",
            self.tr("Kind of contact"),
        )

    def _build_notes(self) -> None:
        form = self._section(self.tr("Notes"), "sessionNotesBox")
        self._notes = self._text_edit("sessionNotes")
        self._field(form, self.tr("&Notes"), self._notes, "notes", self.tr("Notes"))

    def _add_domain(self, domain: fw.Domain) -> None:
        box = DomainRatingsBox(domain, self._language)
        for combo in box.ratings.values():
            combo.currentIndexChanged.connect(self._changed)
            combo.installEventFilter(self._wheel_guard)
        self._ratings.update(box.ratings)
        self.error_labels.update(box.error_labels)
        self.focus_chain += box.focus_chain
        self._body.addWidget(box)

    def _build_self_view(self, track: fw.Track) -> None:
        form = self._section(self.tr("The participant's own view"), "sessionSelfView")
        question = words.text(track.self_report_question, self._language)
        self._self_rating = QComboBox()
        self._self_rating.setObjectName("sessionSelfRating")
        self._self_rating.addItem(self.tr("Not asked"), None)
        add_scale_steps(self._self_rating, track.self_report_scale, self._language)
        self._self_rating.setAccessibleDescription(question)
        self._self_rating.currentIndexChanged.connect(self._changed)
        asked = QLabel(question)
        asked.setObjectName("selfReportQuestion")
        asked.setWordWrap(True)
        form.addRow(asked)
        self._field(
            form, self.tr("&Own view"), self._self_rating, "self_rating", self.tr("Own view")
        )

    def _build_follow_up(self) -> None:
        form = self._section(self.tr("Follow-up"), "sessionFollowUpBox")
        self._follow_up = self._text_edit("sessionFollowUp")
        self._field(
            form, self.tr("&Follow-up agreed"), self._follow_up, "follow_up", self.tr("Follow-up")
        )
        self._acute = QCheckBox(self.tr("&Acute concern: act now under the acute procedure"))
        self._acute.setObjectName("sessionAcuteConcern")
        self._acute.setAccessibleName(self.tr("Acute concern"))
        self._acute.toggled.connect(self._changed)
        form.addRow(self._acute)
        self.focus_chain.append(self._acute)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(0, index))
