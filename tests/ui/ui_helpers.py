"""Helpers shared by the desktop tests."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget

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
