"""Helpers for the sync window tests (no tests here): the strings of the sync windows, their
Danish table (``tools/translations_da_sync.py``), and an office with enrolled field laptops
(``tests/sync/sync_helpers.World``)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from test_translations import strings_in

from tests.sync.sync_helpers import World, add_youth_with_sessions, new_vault

__all__ = [
    "SYNC_UI_MODULES", "World", "add_youth_with_sessions", "new_vault", "sync_danish",
    "sync_strings",
]  # fmt: skip

ROOT = Path(__file__).resolve().parents[2]
#: The modules of the sync windows.
SYNC_UI_MODULES = (
    "devices_view", "sync_dialogs", "sync_import_view", "sync_models", "sync_panel",
    "sync_status_box", "sync_texts", "sync_widgets",
)  # fmt: skip


def sync_danish() -> dict[str, str]:
    tools = str(ROOT / "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)
    tables = ("translations_da_sync", "translations_da_trust_own")
    return {k: v for t in tables for k, v in importlib.import_module(t).DANISH.items()}


def sync_strings() -> list[tuple[str, str]]:
    """(context, source) of every translatable string in the sync modules, as lupdate finds
    them."""
    return strings_in(SYNC_UI_MODULES)
