"""The yearly report as a PDF: its text (pdftotext) holds the criteria table, no name and
no pseudonym, and small counts as "<5". Needs poppler's pdftotext."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.office.conftest import InProcessCli, fill_demo
from vink_desktop.domain.model import ParticipantKind
from vink_desktop.domain.office import ConcernSource, OutreachKind
from vink_desktop.domain.success_criteria import CRITERIA
from vink_desktop.services import office_records, participants, vault_service
from vink_desktop.services.context import Context
from vink_desktop.services.office_records import ActivityInput, ConcernInput

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext is not installed (Debian/Ubuntu: apt-get install -y poppler-utils)",
)


def _text(pdf: Path, *layout: str) -> str:
    result = subprocess.run(
        ["pdftotext", *layout, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _flat(text: str) -> str:
    """One line of text, without the page footers ("Side 3 af 4")."""
    return re.sub(r"\s+", " ", re.sub(r"Side \d+ af \d+", "", text))


def _holds(flat: str, label: str) -> bool:
    """``label`` in the text, its words in order; a wrapped table cell may have the next
    cells' text (a target, a figure) between its lines."""
    words = [re.escape(w) for w in label.split()]
    return re.search(r"\s(?:\S+\s){0,8}?".join(words), flat) is not None


def _report(cli: InProcessCli, tmp_path: Path, year: int = 2026) -> tuple[Path, dict[str, Any]]:
    pdf, js = tmp_path / "report.pdf", tmp_path / "report.json"
    cli.ok("report", "--year", str(year), "--format", "pdf", "--out", str(pdf))
    cli.ok("report", "--year", str(year), "--format", "json", "--out", str(js))
    return pdf, json.loads(js.read_text())


def test_the_pdf_holds_the_criteria_table_and_no_pseudonym(
    office: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    fill_demo(office)
    conn_names = [p.code for p in participants.list_participants(office)]
    conn_names += [r.report.subject_code or "" for r in office_records.list_concerns(office)]
    folder = office.vault.paths.folder
    export = tmp_path / "records.json"
    vault_service.close(office)
    cli = InProcessCli(folder, tmp_path, monkeypatch)
    cli.ok(
        "records",
        "export",
        "--format",
        "json",
        "--out",
        str(export),
        "--plaintext",
        "--include-identities",
    )
    pdf, report = _report(cli, tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = _text(pdf)
    flat = _flat(text)

    assert "VINK – årsrapport 2026" in flat
    for heading in ("Succeskriterium", "Mål", "Resultat", "Grundlag", "95 %-interval", "Opfyldt"):
        assert heading in flat
    for criterion in CRITERIA:
        assert _holds(flat, criterion.label.da), criterion.id
    for row in report["rows"]:  # every share in the table, as the JSON has it
        if row["measure"] == "share_at_least" and row["value"] is not None:
            assert f"{round(row['value'] * 100)} %" in flat, row["criterion_id"]
            assert f"{row['count']} af {row['denominator']}" in flat, row["criterion_id"]
    for section in (
        "Sådan er progression defineret",
        "Datagrundlag og fuldstændighed",
        "Hvad kunne ikke vurderes",
        "trekantssamarbejdet",
    ):
        assert section in flat

    document = json.loads(export.read_text())
    secrets = {p["code"] for p in document["participants"]}
    secrets |= {r["subject_code"] for r in document["concern_reports"] if r["subject_code"]}
    secrets |= {w["name"] for w in document["workers"]}
    secrets |= {p["name"] for p in document["participants"] if p.get("name")}
    ids = {c["id"] for c in document["courses"]} | {r["id"] for r in document["concern_reports"]}
    assert len(secrets) > 150 and set(conn_names) - {""} <= secrets
    compact = flat.replace(" ", "")
    leaked = [s for s in secrets | ids if s in flat or s.replace(" ", "") in compact]
    assert leaked == []
    # Nor in the other two formats.
    for fmt in ("json", "csv"):
        out = tmp_path / f"report.{fmt}"
        cli.ok("report", "--year", "2026", "--format", fmt, "--out", str(out))
        body = out.read_text(encoding="utf-8")
        assert [s for s in secrets | ids if s in body] == []


def test_counts_under_five_are_shown_as_less_than_five(
    office: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    youth = participants.add_participant(office, "Nour-K0001", ParticipantKind.YOUTH)
    for hour, code in ((9, "Bek-1"), (10, "Bek-2"), (11, "Bek-3")):
        report = office_records.add_concern(
            office, ConcernInput(datetime(2026, 5, 4, hour), ConcernSource.SCHOOL, new_code=code)
        )
        office_records.record_reaction(office, report.id, at=datetime(2026, 5, 4, hour + 2))
    office_records.add_concern(
        office, ConcernInput(datetime(2026, 6, 1, 9), ConcernSource.SSP, participant=youth.id)
    )  # overdue: no reaction
    office_records.add_activity(
        office,
        ActivityInput(date(2026, 4, 2), OutreachKind.PARENT_NETWORK, 3, respondents=3, positive=2),
    )
    office_records.add_activity(
        office,
        ActivityInput(
            date(2026, 4, 9), OutreachKind.STAFF_TRAINING, 120, respondents=60, positive=51
        ),
    )
    folder = office.vault.paths.folder
    vault_service.close(office)
    pdf, report = _report(InProcessCli(folder, tmp_path, monkeypatch), tmp_path)
    rows = {r["criterion_id"]: r for r in report["rows"]}

    reaction = rows["concern_reaction_24h"]
    assert (reaction["count"], reaction["denominator"], reaction["value"]) == ("<5", "<5", None)
    assert reaction["met"] is None and reaction["note"] == "too_few"
    assert rows["reach_parents"]["count"] == "<5" and rows["reach_parents"]["value"] is None
    assert rows["reach_staff"]["count"] == 120
    able = rows["able_to_help"]  # 53 of 63: shown
    assert (able["count"], able["denominator"]) == (53, 63)
    assert rows["dialogue_gives_options"]["note"] == "no_data"

    flat = _flat(_text(pdf))
    assert "<5 af <5" in flat  # the reaction row
    assert "for få" in flat and "53 af 63" in flat and "84 %" in flat
    for number in ("3 af 3", "3 af 4", "4 af 4"):
        assert number not in flat
    # No count from 1 to 4 anywhere in the report's data.
    assert _small_counts(report) == []


_COUNT_KEYS = {"count", "denominator", "n", "of", "participant_count", "participant_n"}


def _small_counts(value: Any, path: str = "") -> list[str]:
    """Paths of every count field (and ReportCount value) holding 1, 2, 3 or 4."""
    found: list[str] = []
    if isinstance(value, dict):
        counts = _COUNT_KEYS | ({"value"} if "label_da" in value else set())
        for key, item in value.items():
            if key in counts and isinstance(item, int) and 0 < item < 5:
                found.append(f"{path}.{key}")
            found += _small_counts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _small_counts(item, f"{path}[{index}]")
    return found
