"""Helpers for the sync window tests (no tests here): the strings of the sync windows, a
Danish translator compiled on the fly from ``tools/translations_da_sync.py`` (so the windows
speak Danish before their strings reach ``resources/i18n/vink_da.ts``), and an office with
enrolled field laptops (``tests/sync/sync_helpers.World``)."""

from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from tests.sync.sync_helpers import World, add_youth_with_sessions, new_vault

__all__ = [
    "SYNC_UI_MODULES", "World", "add_youth_with_sessions", "new_vault", "sync_danish",
    "sync_strings", "sync_translator",
]  # fmt: skip

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "vink_desktop" / "ui"
#: The modules of the sync windows (their strings are in the on-the-fly catalogue).
SYNC_UI_MODULES = (
    "devices_view", "sync_dialogs", "sync_import_view", "sync_models", "sync_panel",
    "sync_status_box", "sync_texts", "sync_widgets",
)  # fmt: skip
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def sync_danish() -> dict[str, str]:
    tools = str(ROOT / "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)
    return dict(importlib.import_module("translations_da_sync").DANISH)


def sync_strings() -> list[tuple[str, str]]:
    """(context, source) of every ``self.tr("…")`` (context: the class), ``translate("Ctx",
    "…")`` and ``QT_TRANSLATE_NOOP("Ctx", "…")`` in the sync modules, as lupdate finds them."""
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST, context: str) -> None:
        for item in ast.iter_child_nodes(node):
            if isinstance(item, ast.ClassDef):
                visit(item, item.name)
                continue
            if isinstance(item, ast.Call):
                func, args = item.func, item.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                literal = [a.value for a in args if isinstance(a, ast.Constant)]
                if name == "tr" and literal:
                    found.append((context, str(literal[0])))
                elif name in TRANSLATE_NAMES and len(literal) >= 2:
                    found.append((str(literal[0]), str(literal[1])))
            visit(item, context)

    for module in SYNC_UI_MODULES:
        path = UI / f"{module}.py"
        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def sync_translator(folder: Path) -> QTranslator:
    """A translator compiled now from the sync modules' strings and the Danish table."""
    danish = sync_danish()
    contexts: dict[str, dict[str, str]] = {}
    for context, source in sync_strings():
        contexts.setdefault(context, {})[source] = danish[source]
    root = ET.Element("TS", version="2.1", language="da_DK")
    for context, messages in sorted(contexts.items()):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, text in messages.items():
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    ts, qm = folder / "vink_da_sync.ts", folder / "vink_da_sync.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    subprocess.run([lrelease or "pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator
