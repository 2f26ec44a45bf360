"""The Qt binding keeps Python's reference counts straight: calls that hand None back from
Qt must not drop a reference to None (PySide6 6.12.0 on Python 3.11 does, and the
interpreter aborts after a few thousand such calls)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def test_none_returned_by_qt_keeps_its_reference_count(qapp: QApplication) -> None:
    widget = QWidget()
    combo = QComboBox()
    combo.addItem("x", None)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.parent()
        combo.currentData()
    # Other code may take or drop a few references meanwhile; a leak would be ~4,000.
    assert abs(sys.getrefcount(None) - before) < 100
