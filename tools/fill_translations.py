"""Fill the Qt Linguist catalogues after ``make update-translations``.

* ``resources/i18n/vink_da.ts``: every message that is unfinished gets its Danish text from
  :data:`DANISH` (``tools/translations_da*.py``, one table per area of the app), looked up
  by ``(context, source)`` first and then by ``source`` alone. Finished translations are
  left as they are (edit them in Qt Linguist or in the table and run with ``--force``).
* ``resources/i18n/vink_en.ts``: the source language; every message is its own translation.

Prints the messages still without Danish; exits 1 when there are any, so it can guard a
commit. Usage::

    make update-translations && .venv/bin/python tools/fill_translations.py
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _tables() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Every ``tools/translations_da*.py`` table merged (one per area of the app)."""
    import importlib

    plain: dict[str, str] = {}
    in_context: dict[tuple[str, str], str] = {}
    for path in sorted(Path(__file__).resolve().parent.glob("translations_da*.py")):
        module = importlib.import_module(path.stem)
        plain.update(getattr(module, "DANISH", {}))
        in_context.update(getattr(module, "DANISH_IN_CONTEXT", {}))
    return plain, in_context


DANISH, DANISH_IN_CONTEXT = _tables()

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
DEAD = ("vanished", "obsolete")


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    found = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        found.extend((name, message) for message in context.findall("message"))
    return found


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def fill_danish(path: Path, *, force: bool) -> list[tuple[str, str]]:
    tree = ET.parse(path)
    missing: list[tuple[str, str]] = []
    for context, message in _messages(tree.getroot()):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        state = translation.get("type")
        if state in DEAD:
            continue
        if state != "unfinished" and translation.text and not force:
            continue
        danish = DANISH_IN_CONTEXT.get((context, source), DANISH.get(source))
        if danish is None:
            missing.append((context, source))
            continue
        translation.text = danish
        translation.attrib.pop("type", None)
    _write(tree, path)
    return missing


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for _context, message in _messages(tree.getroot()):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in DEAD:
            continue
        translation.text = message.findtext("source") or ""
        translation.attrib.pop("type", None)
    _write(tree, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite finished Danish texts")
    args = parser.parse_args(argv)
    missing = fill_danish(I18N / "vink_da.ts", force=args.force)
    fill_english(I18N / "vink_en.ts")
    for context, source in missing:
        print(f"no Danish for [{context}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
