"""The "Yearly report…" action: the dialog writes a PDF (in a worker), a CSV and a JSON;
the CSV and JSON are the bytes of ``yearly_report``'s writers; every report is audited; a
full disk, a missing folder and a folder one may not write to give clear Danish errors."""

# ruff: noqa: F811 - the fixtures are imported from test_dashboard_fixtures by name

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from test_dashboard_fixtures import (  # noqa: F401 - fixtures
    office,
    office_clock,
    show_dashboard,
)

from tests.conftest import PASSPHRASE
from vink_desktop.services import audit_service, participants, vault_service, yearly_report
from vink_desktop.services.context import Context
from vink_desktop.ui.dashboard_view import DashboardView
from vink_desktop.ui.report_export_dialog import ReportExportDialog


def _dialog(view: DashboardView, fmt: str, out: Path, year: int = 2026) -> ReportExportDialog:
    dialog = view.open_report_dialog()
    dialog.year.setCurrentIndex(dialog.year.findData(year))
    dialog.choose_format(fmt)
    dialog.path.setText(str(out))
    return dialog


def _exports(ctx: Context) -> list[str]:
    return [
        line.detail or ""
        for line in audit_service.list_audit(ctx, action="export")
        if line.entity == "yearly_report"
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_are_the_report_writers_bytes(
    office: Context, danish: None, qtbot: QtBot, tmp_path: Path, fmt: str
) -> None:
    view = show_dashboard(office, qtbot)
    out = tmp_path / f"report.{fmt}"
    dialog = _dialog(view, fmt, out, 2025)
    with qtbot.waitSignal(view.report_written, timeout=10_000):
        dialog.write_button.click()
    assert not dialog.isVisible()
    report = yearly_report.build_report(office, 2025)
    render = yearly_report.render_csv if fmt == "csv" else yearly_report.render_json
    assert out.read_bytes() == render(report)
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert _exports(office)[0] == f"{fmt}; year 2025"
    assert str(out) in view.status.text()
    if fmt == "json":
        assert json.loads(out.read_text())["format"] == "vink-yearly-report"


def test_the_pdf_is_drawn_in_a_worker_and_holds_no_pseudonym(
    office: Context, danish: None, qtbot: QtBot, tmp_path: Path
) -> None:
    view = show_dashboard(office, qtbot)
    (tmp_path / "ud").mkdir()
    out = tmp_path / "ud" / "aarsrapport.pdf"
    dialog = _dialog(view, "pdf", out)
    with qtbot.waitSignal(view.report_written, timeout=60_000) as written:
        dialog.write_button.click()
        assert view.exporter.busy() and not dialog.write_button.isEnabled()
    assert written.args == [str(out), "pdf"]
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
    assert _exports(office)[0] == "pdf; year 2026"
    assert [p.name for p in out.parent.iterdir()] == ["aarsrapport.pdf"]  # no temporary file
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Succeskriterier" in text or "succeskriterier" in text
        codes = [p.code for p in participants.list_participants(office)]
        assert codes and not [code for code in codes if code in text]


def test_a_pdf_finished_while_locked_is_audited_after_the_unlock(
    office: Context, danish: None, qtbot: QtBot, tmp_path: Path
) -> None:
    view = show_dashboard(office, qtbot)
    dialog = _dialog(view, "pdf", tmp_path / "r.pdf")
    dialog.write_button.click()
    view.clear()  # the lock: the dialog closes, the worker goes on with the report's data
    folder = office.vault.paths.folder
    vault_service.close(office)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not view.exporter.busy(), timeout=60_000)
    assert (tmp_path / "r.pdf").exists()
    unlocked = vault_service.open_vault(folder, PASSPHRASE, clock=office.clock)
    view.restore(unlocked)
    assert _exports(unlocked)[0] == "pdf; year 2026"
    vault_service.close(unlocked)


def test_the_default_file_name_follows_year_and_format(
    office: Context, danish: None, qtbot: QtBot
) -> None:
    view = show_dashboard(office, qtbot)
    dialog = view.open_report_dialog()
    assert Path(dialog.path.text()).name == "vink-aarsrapport-2026.pdf"
    dialog.choose_format("csv")
    dialog.year.setCurrentIndex(dialog.year.findData(2025))
    assert Path(dialog.path.text()).name == "vink-aarsrapport-2025.csv"
    dialog.path.setText("/tmp/mit-eget-navn.csv")
    dialog.choose_format("json")
    assert dialog.path.text() == "/tmp/mit-eget-navn.csv"  # a name the person typed stays
    assert "filtre" in dialog.findChild(QLabel, "reportIntro").text()


def test_clear_danish_errors(
    office: Context,
    danish: None,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = show_dashboard(office, qtbot)
    folder = tmp_path / "ud"
    folder.mkdir()
    dialog = _dialog(view, "csv", folder / "findes-ikke" / "r.csv")
    dialog.write_button.click()
    assert dialog.isVisible()
    assert "findes ikke" in dialog.message.text()

    def full(_fd: int, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("vink_desktop.storage.atomic._write_all", full)
    dialog.path.setText(str(folder / "r.csv"))
    dialog.write_button.click()
    assert "Disken er fuld" in dialog.message.text()
    assert list(folder.iterdir()) == []  # no half-written file, no temporary file
    assert dialog.write_button.isEnabled()
    monkeypatch.undo()

    # A failure in the worker (the PDF) reaches the dialog too.
    (folder / "mappe.pdf").mkdir()
    dialog.choose_format("pdf")
    dialog.path.setText(str(folder / "mappe.pdf"))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=60_000)
    assert "er en mappe" in dialog.message.text()
    assert sorted(p.name for p in folder.iterdir()) == ["mappe.pdf"]

    if os.geteuid() != 0:  # root may write anywhere
        locked = folder / "laast"
        locked.mkdir(mode=0o500)
        dialog.choose_format("pdf")
        dialog.path.setText(str(locked / "r.pdf"))
        dialog.write_button.click()
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=60_000)
        assert "ikke lov" in dialog.message.text()
        locked.chmod(0o700)
    assert _exports(office) == []
