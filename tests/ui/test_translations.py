"""The Qt Linguist catalogues are complete: every visible string of every ``ui/`` module is in
the ``.ts`` files, and every one has its Danish translation.

Strings are found in the source the way ``pyside6-lupdate`` finds them: ``self.tr("…")``
inside a class (context: the class), ``QCoreApplication.translate("Context", "…")`` or
``translate("Context", "…")``, and ``QT_TRANSLATE_NOOP("Context", "…")``.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "vink_desktop" / "ui"
I18N = ROOT / "resources" / "i18n"
DEAD = ("vanished", "obsolete")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True)
class Found:
    path: str
    line: int
    context: str
    source: str


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path.name
        self.lines = path.read_text(encoding="utf-8").splitlines()
        self.classes: list[str] = []
        self.found: list[Found] = []
        self.not_literal: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node.func)
        if (
            name == "tr"
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in ("self", "cls")
        ):
            self._record(node, self.classes[-1] if self.classes else "", node.args[:1])
        elif name in TRANSLATE_NAMES and len(node.args) >= 2:
            context = node.args[0]
            if isinstance(context, ast.Constant) and isinstance(context.value, str):
                self._record(node, context.value, node.args[1:2])
            else:
                self.not_literal.append(f"{self.path}:{node.lineno} context is not a literal")
        self.generic_visit(node)

    def _record(self, node: ast.Call, context: str, args: list[ast.expr]) -> None:
        if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            self.found.append(Found(self.path, node.lineno, context, args[0].value))
        elif "translated late" not in self.lines[node.lineno - 1]:
            # A text marked with QT_TRANSLATE_NOOP and translated where it is shown may pass
            # a variable; such a line says "translated late".
            self.not_literal.append(f"{self.path}:{node.lineno} text is not a string literal")


def strings_in(modules: Iterable[str]) -> list[tuple[str, str]]:
    """(context, source) of every translatable string in the named ``ui/`` modules."""
    found: list[tuple[str, str]] = []
    for module in modules:
        path = UI / f"{module}.py"
        collector = _Collector(path)
        collector.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += [(f.context, f.source) for f in collector.found]
    return found


def _source_strings() -> tuple[list[Found], list[str]]:
    found: list[Found] = []
    problems: list[str] = []
    for path in sorted(UI.glob("*.py")):
        collector = _Collector(path)
        collector.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += collector.found
        problems += collector.not_literal
    return found, problems


def _catalogue(name: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(I18N / name).getroot()
    messages: dict[tuple[str, str], ET.Element] = {}
    for context in root.findall("context"):
        context_name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in DEAD:
                continue
            messages[(context_name, message.findtext("source") or "")] = translation
    return messages


def test_the_source_has_strings_to_translate() -> None:
    found, _ = _source_strings()
    assert len(found) > 200
    contexts = {f.context for f in found}
    assert {"MainWindow", "UnlockWidget", "WelcomeWidget", "ErrorText"} <= contexts


def test_every_tr_call_has_a_literal_text() -> None:
    _, problems = _source_strings()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("catalogue", ["vink_da.ts", "vink_en.ts"])
def test_every_source_string_is_in_the_catalogue(catalogue: str) -> None:
    found, _ = _source_strings()
    messages = _catalogue(catalogue)
    missing = sorted(
        {f"{f.path}:{f.line} [{f.context}] {f.source!r}" for f in found
         if (f.context, f.source) not in messages}
    )  # fmt: skip
    assert missing == [], (
        f"{len(missing)} string(s) are not in {catalogue}; run `make update-translations`"
        " and fill in the Danish:\n" + "\n".join(missing)
    )


def test_every_visible_string_has_a_danish_translation() -> None:
    untranslated = sorted(
        f"[{context}] {source!r}"
        for (context, source), translation in _catalogue("vink_da.ts").items()
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    )
    assert untranslated == [], (
        f"{len(untranslated)} string(s) have no Danish translation:\n" + "\n".join(untranslated)
    )


def test_danish_keeps_placeholders_and_accelerators() -> None:
    wrong: list[str] = []
    for (context, source), translation in _catalogue("vink_da.ts").items():
        text = translation.text or ""
        if not text:
            continue  # reported by the test above
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"[{context}] placeholders differ: {source!r} → {text!r}")
        accel_source = source.replace("&&", "").count("&")
        accel_text = text.replace("&&", "").count("&")
        if accel_source != accel_text:
            wrong.append(f"[{context}] accelerator differs: {source!r} → {text!r}")
    assert wrong == [], "\n".join(wrong)


def test_english_catalogue_is_the_source_language() -> None:
    root = ET.parse(I18N / "vink_en.ts").getroot()
    assert root.get("sourcelanguage", "").startswith("en")
    danish = ET.parse(I18N / "vink_da.ts").getroot()
    assert danish.get("language", "").startswith("da")
