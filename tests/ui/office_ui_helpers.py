"""Helpers for the office window tests: an office vault whose clock the test moves, and a
translator built on the fly from ``tools/translations_da_office.py`` (for the Danish
screenshots before the strings are in ``resources/i18n/vink_da.ts``)."""

from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTranslator

from vink_desktop.domain.model import VaultKind
from vink_desktop.services import vault_service
from vink_desktop.services.context import Context, FixedClock, IdFactory
from vink_desktop.storage.kdf import TEST_KDF_PARAMS

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"  # as in tests/conftest.py
#: Monday 2 November 2026, 10:00 in Copenhagen.
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def seeded_ids(seed: int) -> IdFactory:
    import random

    return IdFactory(random.Random(seed).randbytes)


def create_office(folder: Path, clock: FixedClock) -> Context:
    """A fresh office vault (real SQLCipher, cheap KDF) on ``clock``."""
    created = vault_service.create_vault(
        folder,
        PASSPHRASE,
        VaultKind.OFFICE,
        "Sara Supervisor",
        kdf_params=TEST_KDF_PARAMS,
        clock=clock,
        ids=seeded_ids(11),
    )
    return created.context


#: The modules of the office windows (their strings are in the on-the-fly catalogue).
OFFICE_UI_MODULES = (
    "bridge_link", "concern_dialogs", "concern_list_model", "concern_reports_view",
    "dialog_host", "follow_up_model", "follow_up_view", "office_texts", "outreach_dialog",
    "outreach_model", "outreach_view", "record_dialog", "record_table",
    "service_evaluation_dialog",
)  # fmt: skip


def office_danish() -> dict[str, str]:
    tools = str(ROOT / "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)
    module = importlib.import_module("translations_da_office")
    return dict(module.DANISH)


def _strings(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every ``self.tr("…")`` (context: the class) and
    ``translate("Context", "…")`` in a module, as ``pyside6-lupdate`` finds them."""
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
                elif name == "translate" and len(literal) >= 2:
                    found.append((str(literal[0]), str(literal[1])))
            visit(item, context)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def office_translator(folder: Path) -> QTranslator:
    """A translator compiled now from :data:`OFFICE_UI_MODULES` and the Danish table."""
    danish = office_danish()
    contexts: dict[str, dict[str, str]] = {}
    for module in OFFICE_UI_MODULES:
        path = ROOT / "src" / "vink_desktop" / "ui" / f"{module}.py"
        for context, source in _strings(path):
            contexts.setdefault(context, {})[source] = danish[source]
    root = ET.Element("TS", version="2.1", language="da_DK")
    for context, messages in sorted(contexts.items()):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, text in messages.items():
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    ts, qm = folder / "vink_da_office.ts", folder / "vink_da_office.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    subprocess.run([lrelease or "pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator
