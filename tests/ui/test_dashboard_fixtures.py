"""Fixtures and helpers for the dashboard tests (no tests here): an office vault with demo
data and a clock at :data:`NOW`, the dashboard on screen, and Danish with the dashboard's
strings (from ``tools/translations_da_dashboard.py``, until they are merged into
``resources/i18n/vink_da.ts``)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, seeded_ids
from vink_desktop.domain.model import VaultKind
from vink_desktop.services import demo, office_demo, vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.ui.dashboard_view import DashboardView

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from translations_da_dashboard import DANISH  # noqa: E402

#: Monday 2 November 2026, 10:00 in Copenhagen.
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def make_office(folder: Path, clock: FixedClock, participants: int, reports: int) -> Context:
    created = vault_service.create_vault(
        folder,
        PASSPHRASE,
        VaultKind.OFFICE,
        "Sara Supervisor",
        kdf_params=TEST_KDF_PARAMS,
        clock=clock,
        ids=seeded_ids(11),
    )
    ctx = created.context
    demo.generate_demo(ctx, 5, participants)
    office_demo.generate_office_demo(
        ctx, 5, concern_reports=reports, activities_per_year=max(40, reports // 10)
    )
    return ctx


@pytest.fixture
def office_clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def office(tmp_path: Path, office_clock: FixedClock) -> Iterator[Context]:
    """An office vault (real SQLCipher, cheap KDF) with courses, sessions, reports of concern,
    outreach activities and service evaluations."""
    ctx = make_office(tmp_path / "office", office_clock, 160, 400)
    yield ctx
    if ctx.vault.is_open:
        vault_service.close(ctx)


DASHBOARD_UI_FILES = (
    "dashboard_view.py",
    "dashboard_model.py",
    "dashboard_charts.py",
    "dashboard_filters.py",
    "dashboard_texts.py",
    "drill_down.py",
    "report_export_dialog.py",
)


def dashboard_strings() -> list[tuple[str, str]]:
    """(context, source) of every translatable string in the dashboard's modules, found as
    ``pyside6-lupdate`` finds them (the collector of test_translations)."""
    from test_translations import _Collector

    found: list[tuple[str, str]] = []
    for name in DASHBOARD_UI_FILES:
        path = ROOT / "src" / "vink_desktop" / "ui" / name
        collector = _Collector(path)
        collector.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += [(f.context, f.source) for f in collector.found]
    return found


@pytest.fixture(scope="session")
def dashboard_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Danish catalogue of the dashboard's strings alone, compiled from the table."""
    root = ET.Element("TS", version="2.1", language="da_DK", sourcelanguage="en_GB")
    contexts: dict[str, ET.Element] = {}
    for context, source in sorted(set(dashboard_strings())):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = DANISH[source]
    folder = tmp_path_factory.mktemp("dashboard_qm")
    ts, qm = folder / "dashboard_da.ts", folder / "dashboard_da.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    subprocess.run([lrelease or "pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def danish_dashboard(danish: None, qapp: QApplication, dashboard_qm: Path) -> Iterator[None]:
    """Danish (the app's catalogue and Qt's), with the dashboard's own strings on top (until
    they are merged into resources/i18n/vink_da.ts)."""
    translator = QTranslator(qapp)
    assert translator.load(str(dashboard_qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def show_dashboard(
    ctx: Context, qtbot: QtBot, width: int = 1280, height: int = 800
) -> DashboardView:
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view
