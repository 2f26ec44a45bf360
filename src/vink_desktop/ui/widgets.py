"""Small widgets shared by the screens: the welcome, unlock and settings screens' passphrase
and message widgets, and the counts line and minute timer of the lists."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

#: The shortest passphrase accepted (the command line asks the same).
MIN_PASSPHRASE_LENGTH = 10
#: Strength steps: 0 too short, 1 weak, 2 fair, 3 good, 4 strong.
MIN_ACCEPTED_STRENGTH = 2


def passphrase_strength(text: str) -> int:
    """A rough strength from 0 (too short) to 4 (strong): length times the alphabet used,
    discounted for repeated characters. Not a guarantee; it nudges toward long phrases."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c.isspace() for c in text):
        pool += 1
    if any(not c.isalnum() and not c.isspace() for c in text):
        pool += 33
    distinct = len(set(text))
    effective = min(len(text), 2 * distinct)
    bits = effective * math.log2(max(pool, 2))
    if bits < 45:
        return 1
    if bits < 65:
        return 2
    if bits < 90:
        return 3
    return 4


def heading(text: str, parent: QWidget | None = None, *, level: int = 1) -> QLabel:
    """A bold, larger label for the top of a page (sizes relative to the system font)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def explanation(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def message_label(object_name: str, parent: QWidget | None = None) -> QLabel:
    """An empty, word-wrapping label for inline error or status messages."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def counts_label(object_name: str) -> QLabel:
    """An empty, word-wrapping label for the counts under a list."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


def repeating_timer(
    object_name: str, interval_ms: int, slot: Callable[[], None], parent: QObject
) -> QTimer:
    """A timer (not started) that calls ``slot`` every ``interval_ms``."""
    timer = QTimer(parent)
    timer.setObjectName(object_name)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def show_message(label: QLabel, text: str, *, error: bool = True) -> None:
    label.setText(text)
    label.setStyleSheet("color: palette(highlight);" if not error else "color: #a40000;")
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def password_edit(
    object_name: str, accessible_name: str, parent: QWidget | None = None
) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return edit


class StrengthMeter(QWidget):
    """A bar and a word for :func:`passphrase_strength`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strength_meter")
        self._bar = QProgressBar(self)
        self._bar.setObjectName("strength_bar")
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._label = QLabel(self)
        self._label.setObjectName("strength_label")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self._label, 2)
        self.score = 0
        self.show_for("")

    def show_for(self, text: str) -> None:
        self.score = passphrase_strength(text)
        words = [
            self.tr("Too short: at least 10 characters"),
            self.tr("Weak: make it longer"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        ]
        word = words[self.score] if text else self.tr("At least 10 characters; a sentence is good")
        self._bar.setValue(self.score)
        self._bar.setVisible(bool(text))  # an empty bar would look like an input field
        self._label.setText(word)
        self._bar.setAccessibleDescription(word)


class NewPassphraseFields(QObject):
    """A new passphrase typed twice, with strength feedback and a mismatch message.

    Not a widget of its own: :meth:`add_to` puts its rows into the caller's form, so labels
    line up with the rest of the form.
    """

    changed = Signal()

    def __init__(self, parent: QWidget, *, prefix: str = "new") -> None:
        super().__init__(parent)
        self.first = password_edit(f"{prefix}_passphrase", self.tr("New passphrase"), parent)
        self.second = password_edit(
            f"{prefix}_passphrase_repeat", self.tr("Repeat the new passphrase"), parent
        )
        self.meter = StrengthMeter(parent)
        self.mismatch = message_label(f"{prefix}_passphrase_mismatch", parent)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)

    def add_to(self, form: QFormLayout) -> None:
        first_label = QLabel(self.tr("&New passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Repeat it:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow("", self.meter)
        form.addRow(second_label, self.second)
        form.addRow("", self.mismatch)

    def passphrase(self) -> str:
        return self.first.text()

    def is_acceptable(self) -> bool:
        text = self.first.text()
        return passphrase_strength(text) >= MIN_ACCEPTED_STRENGTH and text == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        self.meter.show_for(self.first.text())
        differ = bool(self.second.text()) and self.second.text() != self.first.text()
        show_message(self.mismatch, self.tr("The two passphrases differ.") if differ else "")
        self.changed.emit()


def key_edit(object_name: str, accessible_name: str, parent: QWidget) -> QLineEdit:
    """An input for a key in the printed recovery-key format (nine groups of four)."""
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return edit


class RecoveryKeyView(QWidget):
    """The recovery key in large monospace groups, three to a line, to copy by hand.

    Deliberately not selectable: the key belongs on paper, not in the clipboard.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_key_view")
        self._label = QLabel(self)
        self._label.setObjectName("recovery_key_text")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._label.setFont(font)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._label.setFrameShape(QLabel.Shape.StyledPanel)
        self._label.setMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        self.key = ""

    def set_key(self, key: str, name: str | None = None) -> None:
        """Show ``key``; ``name`` is what a screen reader calls it (the recovery key
        unless given, e.g. the office's one-time key)."""
        self.key = key
        groups = [g for g in key.split("-") if g]
        lines = ["   ".join(groups[i : i + 3]) for i in range(0, len(groups), 3)]
        self._label.setText("\n".join(lines))
        self._label.setAccessibleName(name or self.tr("Recovery key"))
        # Screen readers read the groups one by one, with the separators spoken as pauses.
        self._label.setAccessibleDescription(", ".join(groups))
