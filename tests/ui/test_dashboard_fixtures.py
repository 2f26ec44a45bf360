"""Fixtures and helpers for the dashboard tests (no tests here): an office vault with demo
data and a clock at :data:`NOW`, the dashboard on screen, and the dashboard's strings with
their Danish table (``tools/translations_da_dashboard.py``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_ui_helpers import NOW, create_office
from pytestqt.qtbot import QtBot
from test_translations import strings_in
from ui_helpers import show_sized

from vink_desktop.services import demo, office_demo, vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.ui.dashboard_view import DashboardView

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from translations_da_dashboard import DANISH  # noqa: E402

__all__ = ["DANISH", "DASHBOARD_UI_FILES", "NOW", "dashboard_strings", "make_office"]


def make_office(folder: Path, clock: FixedClock, participants: int, reports: int) -> Context:
    ctx = create_office(folder, clock)
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
    return strings_in(name.removesuffix(".py") for name in DASHBOARD_UI_FILES)


def show_dashboard(
    ctx: Context, qtbot: QtBot, width: int = 1280, height: int = 800
) -> DashboardView:
    view = DashboardView(ctx)
    show_sized(view, qtbot, width, height)
    return view
