"""The success-criteria dashboard: every criterion with the numbers ``compute_criteria``
gives for the same filter, filters that recompute, a drill-down that lists exactly the
records behind a figure, the field vault's own figures, the lock, accessibility, and the
Danish table of its strings."""

# ruff: noqa: F811 - the fixtures are imported from test_dashboard_fixtures by name

from __future__ import annotations

import ast
import re
import statistics
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_dashboard_fixtures import (  # noqa: F401 - fixtures
    DANISH,
    DASHBOARD_UI_FILES,
    NOW,
    dashboard_strings,
    make_office,
    office,
    office_clock,
    show_dashboard,
)
from test_translations import PLACEHOLDER, _Collector

from tests.conftest import PASSPHRASE
from vink_desktop.domain.model import Track, VaultKind
from vink_desktop.domain.office import ConcernSource
from vink_desktop.domain.success_criteria import CRITERIA, Measure, RecordKind
from vink_desktop.services import demo, office_records, vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.dashboard_data import ActivityRecord, records_behind
from vink_desktop.services.office_records import ConcernInput
from vink_desktop.services.success_criteria import (
    CriteriaFilter,
    CriterionResult,
    compute_criteria,
)
from vink_desktop.ui.dashboard_model import (
    COL_CRITERION,
    COL_DENOMINATOR,
    COL_INTERVAL,
    COL_MET,
    COL_Q2,
    COL_TARGET,
    COL_VALUE,
    QUARTER_COLUMNS,
    RESULT_ROLE,
)
from vink_desktop.ui.dashboard_view import DashboardView
from vink_desktop.ui.drill_down import DrillDownDialog

ROOT = Path(__file__).resolve().parents[2]


# -- the expected cells, formatted here from compute_criteria's numbers (Danish) -------------


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def _n(value: int | float | None) -> str:
    return "–" if value is None else QLocale().toString(int(value))


def expected_cells(result: CriterionResult) -> dict[int, str]:
    share = result.criterion.measure is Measure.SHARE_AT_LEAST
    cells = {
        COL_VALUE: _pct(result.value) if share else _n(result.successes),
        COL_DENOMINATOR: _n(result.denominator),
        COL_INTERVAL: "–"
        if result.interval is None
        else f"{round(result.interval[0] * 100)}–{round(result.interval[1] * 100)} %",
    }
    for column, quarter in zip(QUARTER_COLUMNS, result.quarters, strict=True):
        cells[column] = _pct(quarter.value) if share else _n(quarter.successes)
    met = {None: "Kan ikke vurderes", True: "Nået", False: "Ikke nået"}[result.met]
    cells[COL_MET] = met + (" †" if result.certain is False else "")
    return cells


def assert_shows(view: DashboardView, ctx: Context, selection: CriteriaFilter) -> None:
    table = compute_criteria(ctx, selection)
    model = view.model
    assert view.selection() == selection
    assert [model.index(r, 0).data(RESULT_ROLE).criterion.id for r in range(model.rowCount())] == [
        row.criterion.id for row in table.rows
    ]
    for r, result in enumerate(table.rows):
        label = model.index(r, COL_CRITERION).data()
        assert label.startswith(result.criterion.label.da)
        for column, text in expected_cells(result).items():
            assert model.index(r, column).data() == text, (result.criterion.id, column)
        assert model.index(r, COL_TARGET).data()


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData("" if value is None else value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


# -- the figures ----------------------------------------------------------------------------


def test_every_criterion_is_a_row_with_compute_criteria_numbers(
    office: Context, danish: None, qtbot: QtBot
) -> None:
    view = show_dashboard(office, qtbot)
    assert view.model.rowCount() == len(CRITERIA)
    assert_shows(view, office, CriteriaFilter(2026))
    # Not colour alone: every verdict has its word and an icon.
    for r in range(view.model.rowCount()):
        index = view.model.index(r, COL_MET)
        assert index.data() and not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Kontorboks" in view.scope_label.text()


def test_a_filter_change_recomputes(office: Context, danish: None, qtbot: QtBot) -> None:
    view = show_dashboard(office, qtbot)
    workers = [view.worker_filter.itemData(i) for i in range(1, view.worker_filter.count())]
    assert len(workers) > 1 and view.worker_filter.isVisible()
    choose(view.track_filter, Track.MENTORING.value)
    assert view.model.rowCount() == len(CRITERIA) - 1  # parent coaching's row is left out
    assert_shows(view, office, CriteriaFilter(2026, track=Track.MENTORING))
    choose(view.district_filter, "Valby")
    assert_shows(view, office, CriteriaFilter(2026, track=Track.MENTORING, district="Valby"))
    choose(view.track_filter, None)
    choose(view.district_filter, None)
    choose(view.worker_filter, workers[1])
    assert_shows(view, office, CriteriaFilter(2026, worker_id=workers[1]))
    choose(view.worker_filter, None)
    choose(view.year_filter, 2025)
    assert_shows(view, office, CriteriaFilter(2025))
    assert view.last_refresh_ms > 0

    # A record written elsewhere (no event) is counted when the view is shown again.
    choose(view.year_filter, 2026)
    before = compute_criteria(office, CriteriaFilter(2026)).row("concern_reports_more").successes
    office_records.add_concern(
        office, ConcernInput(datetime(2026, 11, 1, 12, 0), ConcernSource.SCHOOL, new_code="Ny-1")
    )
    view.hide()
    view.show()
    row = view.model.row_of("concern_reports_more")
    assert row is not None
    assert view.model.index(row, COL_VALUE).data() == _n(before + 1)


def test_a_track_filter_marks_the_rows_it_does_not_split(
    office: Context, danish: None, qtbot: QtBot
) -> None:
    view = show_dashboard(office, qtbot)
    choose(view.track_filter, Track.PARENT_COACHING.value)
    row = view.model.row_of("reach_staff")
    assert row is not None
    assert "Opdeles ikke på spor" in view.model.index(row, COL_CRITERION).data()


# -- the drill-down ---------------------------------------------------------------------------


def test_a_drill_down_lists_exactly_the_ids_behind_the_figure(
    office: Context, danish: None, qtbot: QtBot
) -> None:
    view = show_dashboard(office, qtbot)
    choose(view.district_filter, "Nørrebro")
    table = compute_criteria(office, CriteriaFilter(2026, district="Nørrebro"))
    for result in table.rows:
        dialog = view.open_drill_down(result.criterion.id)
        assert isinstance(dialog, DrillDownDialog) and view.current_dialog() is dialog
        every = {i for group in result.records for i in group.ids}
        assert set(dialog.record_ids()) == every and len(dialog.record_ids()) == len(every)
        for group in result.records:
            dialog.show_part(group.key)
            assert set(dialog.record_ids()) == set(group.ids), (result.criterion.id, group.key)
        dialog.show_part(None)
        assert len(dialog.record_ids()) == len(every)
        dialog.reject()


def test_a_quarter_drill_down_lists_the_records_its_figure_counts(office: Context) -> None:
    for selection in (CriteriaFilter(2026), CriteriaFilter(2025, track=Track.MENTORING)):
        table = compute_criteria(office, selection)
        for result in table.rows:
            for figure in result.quarters:
                drill = records_behind(office, table, result.criterion.id, quarter=figure.quarter)
                parts = dict(drill.parts)
                name = (result.criterion.id, figure.quarter)
                if result.criterion.records is RecordKind.OUTREACH and figure.n is not None:
                    # answers, summed over the quarter's evaluated activities
                    activities = [r for r in drill.records if isinstance(r, ActivityRecord)]
                    assert sum(r.positive or 0 for r in activities) == figure.successes, name
                    assert sum(r.respondents or 0 for r in activities) == figure.n, name
                    assert all(r.respondents is not None for r in activities), name
                elif result.criterion.measure is Measure.SHARE_AT_LEAST:
                    success = next(iter(parts))  # the first part is the successes
                    assert parts[success] == figure.successes, name
                    assert len(drill.records) == figure.n, name
                elif result.criterion.id.startswith("reach_"):
                    heads = sum(r.head_count for r in drill.records)  # type: ignore[union-attr]
                    assert heads == figure.successes, name
                else:
                    assert len(drill.records) == figure.successes, name
                assert drill.ids() <= {i for g in result.records for i in g.ids}


def test_activating_a_figure_opens_its_records(office: Context, danish: None, qtbot: QtBot) -> None:
    view = show_dashboard(office, qtbot)
    row = view.model.row_of("mentoring_progression")
    assert row is not None
    view.table.activated.emit(view.model.index(row, COL_Q2))
    dialog = view.current_dialog()
    assert isinstance(dialog, DrillDownDialog)
    assert dialog.drill.quarter == 2 and dialog.drill.criterion_id == "mentoring_progression"
    assert "2. kvartal 2026" in dialog.findChild(QLabel, "drillDownScope").text()
    assert dialog.open_button.isVisibleTo(dialog)
    dialog.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the pseudonym, Z to A
    codes = [dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())]
    assert codes == sorted(codes, key=str.casefold, reverse=True) and len(codes) > 2
    wanted: list[str] = []
    view.course_requested.connect(wanted.append)
    dialog.table.selectRow(0)
    dialog.open_button.click()
    assert wanted == [dialog.record_ids()[0]]

    view.table.activated.emit(view.model.index(row, COL_VALUE))
    year = view.current_dialog()
    assert isinstance(year, DrillDownDialog) and year.drill.quarter is None
    assert not dialog.isVisible()  # one drill-down at a time
    concern = view.model.row_of("concern_reaction_24h")
    view.charts.figure_requested.emit("concern_reaction_24h", 0)
    shown = view.current_dialog()
    assert isinstance(shown, DrillDownDialog) and concern is not None
    assert not shown.open_button.isVisibleTo(shown)


def test_in_english_the_labels_are_english(office: Context, english: None, qtbot: QtBot) -> None:
    view = show_dashboard(office, qtbot)
    table = compute_criteria(office, CriteriaFilter(2026))
    for r, result in enumerate(table.rows):
        assert view.model.index(r, COL_CRITERION).data() == result.criterion.label.en
        met = view.model.index(r, COL_MET).data()
        assert met.removesuffix(" †") in {"Met", "Not met", "Cannot tell"}
    assert view.model.headerData(COL_TARGET, Qt.Orientation.Horizontal) == "Target"
    share = view.model.row_of("good_service")
    assert share is not None and view.model.index(share, COL_VALUE).data().endswith("%")


# -- a field vault ----------------------------------------------------------------------------


def test_a_field_vault_sees_its_own_figures(ctx: Context, danish: None, qtbot: QtBot) -> None:
    demo.generate_demo(ctx, 2014, 60)
    assert ctx.vault.kind is VaultKind.FIELD
    view = show_dashboard(ctx, qtbot)
    assert "Feltboks" in view.scope_label.text()
    assert_shows(view, ctx, CriteriaFilter(ctx.clock.today().year))


# -- the lock -------------------------------------------------------------------------------


def test_clear_drops_the_figures_and_restore_brings_them_back(
    office: Context, danish: None, qtbot: QtBot
) -> None:
    view = show_dashboard(office, qtbot)
    choose(view.track_filter, Track.MENTORING.value)
    choose(view.year_filter, 2025)
    dialog = view.open_drill_down("mentoring_progression")
    assert dialog is not None
    view.save_draft()
    view.clear()
    assert view.model.rowCount() == 0 and view.table_data is None
    assert view.current_dialog() is None and not dialog.isVisible()
    assert view.worker_filter.count() == 0 and view.district_filter.count() == 0
    folder = office.vault.paths.folder
    vault_service.close(office)
    reopened = vault_service.open_vault(folder, PASSPHRASE, clock=office.clock)
    view.restore(reopened)
    assert_shows(view, reopened, CriteriaFilter(2025, track=Track.MENTORING))
    vault_service.close(reopened)


# -- accessibility and layout ---------------------------------------------------------------


def _focus_chain(root: QWidget) -> list[str]:
    names: list[str] = []
    widget = root.nextInFocusChain()
    while widget is not root and len(names) < 200:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(root):
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return names


def test_inputs_have_names_buddies_and_a_tab_order(
    office: Context, danish: None, qtbot: QtBot
) -> None:
    view = show_dashboard(office, qtbot)
    for combo in view.findChildren(QComboBox):
        assert combo.accessibleName(), combo.objectName()
    buddies = {label.buddy() for label in view.findChildren(QLabel) if label.buddy()}
    for combo in (view.year_filter, view.track_filter, view.worker_filter, view.district_filter):
        assert combo in buddies
    chain = [n for n in _focus_chain(view) if n]
    wanted = [
        "dashboardYear", "dashboardTrack", "dashboardWorker", "dashboardDistrict",
        "yearlyReportButton", "criteriaTable", "criterionDetails", "showRecordsButton",
    ]  # fmt: skip
    assert [n for n in chain if n in wanted] == wanted

    dialog = view.open_drill_down("good_service")
    assert dialog is not None
    assert dialog.parts.accessibleName() and dialog.table.accessibleName()
    report = view.open_report_dialog()
    for label in report.findChildren(QLabel):
        if label.text().startswith("&"):
            assert label.buddy() is not None, label.text()


def test_the_layout_holds_at_200_percent(office: Context, danish: None, qtbot: QtBot) -> None:
    """683 × 384 logical pixels: a 1366 × 768 laptop at 200 % scaling."""
    view = show_dashboard(office, qtbot, 683, 384)
    QApplication.processEvents()
    assert view.minimumSizeHint().width() <= 683
    assert view.minimumSizeHint().height() <= 384
    for widget in (view.year_filter, view.district_filter, view.report_button, view.table):
        assert widget.isVisible() and widget.width() > 0
        assert widget.mapTo(view, widget.rect().topRight()).x() <= view.width()


# -- the Danish table ------------------------------------------------------------------------


def test_every_dashboard_string_has_danish_with_the_same_placeholders() -> None:
    for name in DASHBOARD_UI_FILES:
        path = ROOT / "src" / "vink_desktop" / "ui" / name
        collector = _Collector(path)
        collector.visit(ast.parse(path.read_text(encoding="utf-8")))
        assert collector.not_literal == [], name
    sources = {source for _context, source in dashboard_strings()}
    assert len(sources) > 100
    assert sorted(sources - set(DANISH)) == []
    for source in sources:
        text = DANISH[source]
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
        assert source.replace("&&", "").count("&") == text.replace("&&", "").count("&"), source
    assert set(DANISH) - sources == set()


def test_no_f_string_goes_into_tr() -> None:
    for name in DASHBOARD_UI_FILES:
        source = (ROOT / "src" / "vink_desktop" / "ui" / name).read_text(encoding="utf-8")
        assert not re.search(r"(?:\.tr|translate)\(\s*(?:\"[^\"]*\",\s*)?f\"", source), name


# -- speed ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_filter_change_takes_at_most_500_ms_with_a_large_vault(
    tmp_path: Path, danish: None, qtbot: QtBot
) -> None:
    clock = FixedClock(NOW)
    started = time.perf_counter()
    ctx = make_office(tmp_path / "big", clock, 20_000, 10_000)
    made = time.perf_counter() - started
    view = show_dashboard(ctx, qtbot)
    first = view.last_refresh_ms
    workers = [view.worker_filter.itemData(i) for i in range(1, view.worker_filter.count())]
    steps = [
        (view.track_filter, Track.MENTORING.value),
        (view.district_filter, "Valby"),
        (view.track_filter, None),
        (view.worker_filter, workers[len(workers) // 2]),
        (view.year_filter, 2025),
        (view.worker_filter, None),
        (view.district_filter, None),
        (view.year_filter, 2026),
    ]
    samples = []
    for combo, value in steps:
        t0 = time.perf_counter()
        choose(combo, value)
        QApplication.processEvents()
        samples.append((time.perf_counter() - t0) * 1000)
        assert view.last_refresh_ms <= samples[-1] + 1
    t0 = time.perf_counter()
    dialog = view.open_drill_down("mentoring_progression")
    drill_ms = (time.perf_counter() - t0) * 1000
    assert dialog is not None
    courses = sum(n for _part, n in dialog.drill.parts)
    print(
        f"\ndashboard, {len(view.model.rows())} criteria; vault built in {made:.0f} s;"
        f" first {first:.0f} ms; filter change median {statistics.median(samples):.0f} ms,"
        f" worst {max(samples):.0f} ms (of {len(samples)});"
        f" drill-down of {courses} courses {drill_ms:.0f} ms"
    )
    assert max(samples) <= 500
    vault_service.close(ctx)
