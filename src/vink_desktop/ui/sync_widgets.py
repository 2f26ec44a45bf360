"""Small widgets shared by the sync windows: a fingerprint large enough to read out over the
phone, a notice that stands out, and a dialog holder that a lock can close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QWidget

from vink_desktop.ui import sync_texts as words

_NOTICE_STYLE = (
    "QLabel#{name} {{ background: #fff4ce; color: #3d2e00; border: 1px solid #d8a800;"
    " border-radius: 4px; padding: 6px; }}"
)


def fingerprint_label(object_name: str, accessible_name: str, parent: QWidget | None) -> QLabel:
    """A fingerprint in a large fixed-width font, three groups per line, selectable (and
    reachable by Tab) so it can be copied or read by a screen reader."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    base = label.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * 1.5)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setAccessibleName(accessible_name)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def show_fingerprint(label: QLabel, fingerprint: str | None) -> None:
    label.setText(words.fingerprint_text(fingerprint))
    label.setAccessibleDescription(fingerprint or "")


def notice_label(object_name: str, parent: QWidget | None) -> QLabel:
    """A hidden, word-wrapping warning on a pale yellow ground (shown with setVisible)."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(_NOTICE_STYLE.format(name=object_name))
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setVisible(False)
    return label


class DialogSlot:
    """The one dialog a view has open (opened with ``open()``, so the event loop and the lock
    keep running); the lock closes it."""

    def __init__(self) -> None:
        self.dialog: QDialog | None = None

    def show(self, dialog: QDialog) -> None:
        self.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._finished(d))
        dialog.open()

    def _finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def close(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.reject()
