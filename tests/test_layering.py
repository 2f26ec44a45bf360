"""The core does not know Qt exists: every module of domain/, storage/, sync/, services/
and cli/ imports with PySide6 blocked, and SQL stays in storage/."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "vink_desktop"
CORE = ("domain", "storage", "sync", "services", "cli")


def _modules() -> list[str]:
    names = []
    for layer in CORE:
        for path in sorted((SRC / layer).glob("*.py")):
            stem = path.stem
            names.append(f"vink_desktop.{layer}" if stem == "__init__" else
                         f"vink_desktop.{layer}.{stem}")  # fmt: skip
    return names


def test_core_imports_without_qt() -> None:
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt imported by the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_sql_lives_in_storage() -> None:
    statement = re.compile(
        r"\b(SELECT .+ FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM"
        r"|CREATE (TABLE|INDEX|TRIGGER)|PRAGMA \w)"
    )
    offenders = []
    for layer in ("domain", "sync", "services", "cli", "ui"):
        for path in (SRC / layer).rglob("*.py"):
            for number, text in enumerate(path.read_text().splitlines(), 1):
                if statement.search(text):
                    offenders.append(f"{path.relative_to(SRC)}:{number}: {text.strip()}")
    assert offenders == []
