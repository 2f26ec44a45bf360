"""Helpers shared by the desktop tests."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def find(root: QWidget, cls: type[W], name: str) -> W:
    """A child by objectName; fails clearly when it is missing."""
    widget = root.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r} in {root.objectName()!r}"
    return widget


def screenshots_requested(config: pytest.Config) -> bool:
    return bool(os.environ.get("VINK_SCREENSHOTS")) or bool(
        config.getoption("--screenshots", default=False)
    )


def show_sized(widget: QWidget, qtbot: QtBot, width: int, height: int) -> None:
    """Show ``widget`` at ``width`` × ``height`` and wait until it is on screen."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def render_shot(widget: QWidget, folder: Path, name: str, *, scale: float = 1.0) -> Path:
    """``widget`` rendered into ``folder/name.png`` at device pixel ratio ``scale``."""
    QApplication.processEvents()
    size = widget.size()
    pixmap = QPixmap(QSize(int(size.width() * scale), int(size.height() * scale)))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(widget.palette().window().color())
    widget.render(pixmap)
    path = folder / f"{name}.png"
    assert pixmap.save(str(path))
    assert path.stat().st_size > 5_000
    return path


def wait_done(qtbot: QtBot, widget: object, timeout: int = 30_000) -> None:
    """Wait until ``widget.operation`` (an :class:`Operation`) has delivered its outcome."""
    qtbot.waitUntil(
        lambda: getattr(widget, "operation", None) is not None and widget.operation.done,  # type: ignore[attr-defined]
        timeout=timeout,
    )


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``folder``: its modification time (ns) and SHA-256.

    The lock file is left out: taking the lock writes the process id into it, and it holds
    nothing else.
    """
    return {
        str(path.relative_to(folder)): (
            path.stat().st_mtime_ns,
            hashlib.sha256(path.read_bytes()).hexdigest(),
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "vault.db.lock"
    }
