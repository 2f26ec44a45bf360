"""The top of the field laptop's sync panel: how many changes wait for the office's receipt
and how old the oldest is, "confirmed at the office up to …", what the office holds behind a
gap, and a warning when changes have waited longer than the person's number of days
(:data:`SYNC_WARN_AFTER_DAYS`, the CLI's ``--warn-days``, kept in QSettings under
``sync_service.WARN_AFTER_DAYS_SETTING``)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from vink_desktop.services.sync_receipts import SyncStatus
from vink_desktop.services.sync_service import DEFAULT_WARN_AFTER_DAYS, WARN_AFTER_DAYS_SETTING
from vink_desktop.ui import sync_texts as words
from vink_desktop.ui.settings import Option
from vink_desktop.ui.sync_widgets import notice_label
from vink_desktop.ui.widgets import explanation

#: The warning's number of days; kept in QSettings.
SYNC_WARN_AFTER_DAYS: Option[int] = Option(
    WARN_AFTER_DAYS_SETTING,
    DEFAULT_WARN_AFTER_DAYS,
    int,
    str(QT_TRANSLATE_NOOP("Settings", "Warn when changes wait longer than (days)")),
)
WARN_DAYS_RANGE = (1, 90)


def valid_warn_days(days: int) -> int:
    low, high = WARN_DAYS_RANGE
    return min(high, max(low, days))


class SyncStatusBox(QGroupBox):
    """Shows a :class:`SyncStatus`; the number of days is chosen here
    (:attr:`warn_days_changed`), the caller reads the status again and keeps the choice."""

    warn_days_changed = Signal(int)

    def __init__(self, warn_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusBox")
        self.setTitle(self.tr("What is safe at the office"))
        layout = QVBoxLayout(self)
        self.warning = notice_label("syncWarning", self)
        layout.addWidget(self.warning)
        self.unconfirmed = explanation("", self)
        self.unconfirmed.setObjectName("syncUnconfirmed")
        font = self.unconfirmed.font()
        font.setBold(True)
        self.unconfirmed.setFont(font)
        layout.addWidget(self.unconfirmed)
        self.confirmed = explanation("", self)
        self.confirmed.setObjectName("syncConfirmedUpTo")
        layout.addWidget(self.confirmed)
        self.history = explanation("", self)
        self.history.setObjectName("syncHistory")
        layout.addWidget(self.history)
        self.held = explanation("", self)
        self.held.setObjectName("syncHeldAtOffice")
        self.held.setVisible(False)
        layout.addWidget(self.held)
        row = QHBoxLayout()
        warn_label = QLabel(self.tr("&Warn when changes wait longer than"), self)
        warn_label.setWordWrap(True)
        self.warn_days = QSpinBox(self)
        self.warn_days.setObjectName("syncWarnDays")
        self.warn_days.setRange(*WARN_DAYS_RANGE)
        self.warn_days.setSuffix(self.tr(" days"))
        self.warn_days.setAccessibleName(SYNC_WARN_AFTER_DAYS.title())
        self.warn_days.setValue(valid_warn_days(warn_days))
        warn_label.setBuddy(self.warn_days)
        self.warn_days.valueChanged.connect(self.warn_days_changed)
        row.addWidget(warn_label, 1)
        row.addWidget(self.warn_days)
        layout.addLayout(row)

    def show_status(self, status: SyncStatus) -> None:
        self.unconfirmed.setText(self._unconfirmed_text(status))
        if status.confirmed_up_to is not None:
            confirmed = self.tr("Confirmed at the office up to {time}.").format(
                time=words.moment_text(status.confirmed_up_to)
            )
        else:
            confirmed = self.tr("Nothing is confirmed at the office yet.")
        self.confirmed.setText(confirmed)
        self.history.setText(
            self.tr("Last export: {export}. Last receipt: {receipt}.").format(
                export=words.moment_text(status.last_export_at),
                receipt=words.moment_text(status.last_receipt_at),
            )
        )
        if status.held_at_office:
            self.held.setText(
                self.tr(
                    "The office is waiting for an earlier batch before it can apply batches"
                    " {numbers}. Use “Write unconfirmed batches again” and take all the"
                    " files to the office."
                ).format(numbers=words.ranges_text(status.held_at_office))
            )
        self.held.setVisible(bool(status.held_at_office))
        if status.warning:
            self.warning.setText(
                self.tr(
                    "Changes have waited more than {days} days for the office's receipt."
                    " Export them, take the files to the office, and import the receipt you"
                    " get back."
                ).format(days=status.warn_after_days)
            )
        self.warning.setVisible(status.warning)

    def _unconfirmed_text(self, status: SyncStatus) -> str:
        count = status.unconfirmed_changes
        if status.office_fingerprint is None:
            return self.tr(
                "This laptop is not enrolled with an office yet. Ask the office for its"
                " identity file and enroll with it below."
            )
        if count == 0:
            return self.tr("Every change is confirmed at the office.")
        age = words.age_text(status.oldest_unconfirmed_age or timedelta(0))
        text = words.plural(
            count,
            self.tr("1 change is not yet confirmed by the office; it is {age} old."),
            self.tr(
                "{count} changes are not yet confirmed by the office; the oldest is {age} old."
            ),
            age=age,
        )
        if status.unexported_changes:
            text += " " + words.plural(
                status.unexported_changes,
                self.tr("1 of them is not exported yet."),
                self.tr("{count} of them are not exported yet."),
            )
        return text

    def clear(self) -> None:
        for label in (self.unconfirmed, self.confirmed, self.history, self.held):
            label.clear()
        self.held.setVisible(False)
        self.warning.clear()
        self.warning.setVisible(False)
