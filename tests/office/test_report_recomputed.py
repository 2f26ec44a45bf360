"""The yearly report's figures equal an independent recomputation from `records export` of
the same vault.

The recomputation below is written from the documented rules (docs/success-criteria.md and
docs/scoring.md) and the framework file read with tomllib: it calls none of the program's
scoring, KPI or criteria code. Both files come from the command line, run in this process
with the clock standing at NOW.
"""

from __future__ import annotations

import csv
import json
import math
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.office.conftest import InProcessCli, fill_demo
from vink_desktop.domain.office import ConcernSource
from vink_desktop.services import office_records, vault_service
from vink_desktop.services.context import Context
from vink_desktop.services.office_records import ConcernInput

FRAMEWORK = Path(__file__).parents[2] / "resources" / "frameworks" / "vink-2014.toml"
YEAR = 2026
CPH = ZoneInfo("Europe/Copenhagen")
Z = 1.959964


# -- the documented rules, written out again --------------------------------------------------


def wilson(successes: int, n: int) -> tuple[float, float]:
    p = successes / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return (0.0 if successes == 0 else centre - half, 1.0 if successes == n else centre + half)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@dataclass
class Figure:
    successes: int
    n: int | None  # None: a count, not a share
    quarters: list[tuple[int, int | None]]


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_bounds(q: int) -> tuple[date, date]:
    start = date(YEAR, 3 * q - 2, 1)
    end = date(YEAR, 12, 31) if q == 4 else date(YEAR, 3 * q + 1, 1) - timedelta(days=1)
    return start, end


class Scoring:
    """docs/scoring.md §1–7 on the export's sessions."""

    def __init__(self) -> None:
        framework = tomllib.loads(FRAMEWORK.read_text(encoding="utf-8"))
        scales = {
            name: (min(s["value"] for s in scale["steps"]), max(s["value"] for s in scale["steps"]))
            for name, scale in framework["scales"].items()
        }
        self.tracks = framework["tracks"]
        self.indicators: dict[str, tuple[str, str, tuple[int, int]]] = {}
        for track in self.tracks.values():
            for domain_id, domain in track["domains"].items():
                for ind in domain["indicators"]:
                    self.indicators[ind["id"]] = (domain_id, ind["polarity"], scales[ind["scale"]])

    def session_scores(self, track: str, ratings: dict[str, int]) -> dict[str, float] | None:
        """Domain scores of a complete assessment (every domain counts), else None."""
        values: dict[str, list[float]] = {}
        for ind, value in ratings.items():
            domain, polarity, (low, high) = self.indicators[ind]
            norm = 100 * (value - low) / (high - low)
            values.setdefault(domain, []).append(
                100 - norm if polarity == "lower_is_better" else norm
            )
        scores = {}
        for domain_id, domain in self.tracks[track]["domains"].items():
            rated = values.get(domain_id, [])
            if len(rated) < domain["min_rated"]:
                return None
            scores[domain_id] = sum(rated) / len(rated)
        return scores

    def course(self, track: str, sessions: list[dict[str, Any]]) -> tuple[bool | None, bool | None]:
        """(practitioner progression or None when not assessable, self-reported or None)."""
        rule = self.tracks[track]
        ordered = sorted(sessions, key=lambda s: (s["start_utc"], s["id"]))
        complete = [x for x in (self.session_scores(track, s["ratings"]) for s in ordered) if x]
        progression = None
        if len(complete) >= 2:
            first, last = complete[0], complete[-1]
            change = sum(last.values()) / len(last) - sum(first.values()) / len(first)
            progression = change > rule["progression"]["min_overall_change"] + 1e-9
            if rule["progression"]["forbid_reliable_deterioration"]:
                for domain_id, domain in rule["domains"].items():
                    s_diff = math.sqrt(2) * domain["sd"] * math.sqrt(1 - domain["reliability"])
                    if (last[domain_id] - first[domain_id]) / s_diff < -1.96:
                        progression = False
        rated = [s["self_rating"] for s in ordered if s["self_rating"] is not None]
        self_reported = None if not rated else rated[-1] >= rule["self_report"]["cut"]
        return progression, self_reported


def recompute(doc: dict[str, Any]) -> tuple[dict[str, Figure], dict[str, Any]]:
    now = utc(doc["exported_at"])
    today = now.astimezone(CPH).date()
    year_start, year_end = date(YEAR, 1, 1), date(YEAR, 12, 31)
    figures: dict[str, Figure] = {}
    extra: dict[str, Any] = {}

    # Reach and the outreach evaluations (success-criteria.md: reach, able to help, dialogue).
    activities = [a for a in doc["outreach_activities"] if a["held_on"].startswith(str(YEAR))]
    for cid, audience in (
        ("reach_staff", "front_line_staff"),
        ("reach_parents", "parents"),
        ("reach_youth", "pupils_youth_club"),
    ):
        chosen = [a for a in activities if a["audience"] == audience]
        quarters = [0, 0, 0, 0]
        for a in chosen:
            quarters[quarter_of(date.fromisoformat(a["held_on"])) - 1] += a["head_count"]
        figures[cid] = Figure(sum(quarters), None, [(q, None) for q in quarters])
    for cid, audiences, field in (
        ("able_to_help", ("front_line_staff", "parents"), "able_to_help"),
        ("dialogue_gives_options", ("pupils_youth_club",), "dialogue_gives_options"),
    ):
        quarters_sn = [[0, 0] for _ in range(4)]
        for a in activities:
            if a["audience"] in audiences and a["respondents"] is not None:
                q = quarter_of(date.fromisoformat(a["held_on"])) - 1
                quarters_sn[q][0] += a[field]
                quarters_sn[q][1] += a["respondents"]
        figures[cid] = Figure(
            sum(s for s, _ in quarters_sn),
            sum(n for _, n in quarters_sn),
            [(s, n) for s, n in quarters_sn],
        )

    # Progression (docs/scoring.md §6–7, §9): courses open on a day of the period.
    scoring = Scoring()
    by_course: dict[str, list[dict[str, Any]]] = {}
    for s in doc["sessions"]:
        by_course.setdefault(s["course_id"], []).append(s)
    results = {
        c["id"]: scoring.course(c["track"], by_course.get(c["id"], [])) for c in doc["courses"]
    }

    def open_in(course: dict[str, Any], start: date, end: date) -> bool:
        return date.fromisoformat(course["start"]) <= end and (
            course["end"] is None or date.fromisoformat(course["end"]) >= start
        )

    for track in ("mentoring", "parent_coaching"):

        def share(start: date, end: date, track: str = track) -> tuple[int, int, int, int]:
            chosen = [c for c in doc["courses"] if c["track"] == track and open_in(c, start, end)]
            judged = [results[c["id"]][0] for c in chosen if results[c["id"]][0] is not None]
            felt = [results[c["id"]][1] for c in chosen if results[c["id"]][1] is not None]
            return sum(judged), len(judged), sum(felt), len(felt)

        s, n, ps, pn = share(year_start, year_end)
        quarters = [share(*quarter_bounds(q))[:2] for q in range(1, 5)]
        figures[f"{track}_progression"] = Figure(s, n, [(a, b) for a, b in quarters])
        extra[f"{track}_participant"] = (ps, pn)

    # Service when a course closes: closed in the year; good = answered and no "no".
    evaluations = {e["course_id"]: e for e in doc["service_evaluations"]}
    quarters_sn = [[0, 0] for _ in range(4)]
    for c in doc["courses"]:
        if c["status"] != "closed" or not c["end"].startswith(str(YEAR)):
            continue
        e = evaluations.get(c["id"])
        answers = [] if e is None else [e[b] for b in ("ssp", "vink", "dka")]
        given = [a for a in answers if a != "not_answered"]
        if given:
            q = quarter_of(date.fromisoformat(c["end"])) - 1
            quarters_sn[q][0] += int("no" not in given)
            quarters_sn[q][1] += 1
    figures["good_service"] = Figure(
        sum(s for s, _ in quarters_sn),
        sum(n for _, n in quarters_sn),
        [(s, n) for s, n in quarters_sn],
    )

    # Reports of concern: 24 hours of real (UTC) time; pending ones apart.
    reports = [r for r in doc["concern_reports"] if r["received_wall"].startswith(str(YEAR))]
    quarters_sn = [[0, 0] for _ in range(4)]
    pending = overdue = 0
    for r in reports:
        received = utc(r["received_utc"])
        q = quarter_of(date.fromisoformat(r["received_wall"][:10])) - 1
        if r["reaction_utc"] is None:
            if now - received <= timedelta(hours=24):
                pending += 1
                continue
            overdue += 1
            quarters_sn[q][1] += 1
            continue
        quarters_sn[q][0] += int(utc(r["reaction_utc"]) - received <= timedelta(hours=24))
        quarters_sn[q][1] += 1
    figures["concern_reaction_24h"] = Figure(
        sum(s for s, _ in quarters_sn),
        sum(n for _, n in quarters_sn),
        [(s, n) for s, n in quarters_sn],
    )
    extra["pending"], extra["overdue"] = pending, overdue
    # More reports than the year before, the same part of it while the year runs.
    counts = [0, 0, 0, 0]
    for r in reports:
        counts[quarter_of(date.fromisoformat(r["received_wall"][:10])) - 1] += 1
    figures["concern_reports_more"] = Figure(len(reports), None, [(c, None) for c in counts])
    last_day = (
        date(YEAR - 1, today.month, today.day) if today.year == YEAR else date(YEAR - 1, 12, 31)
    )
    extra["previous_year"] = sum(
        1
        for r in doc["concern_reports"]
        if date(YEAR - 1, 1, 1) <= date.fromisoformat(r["received_wall"][:10]) <= last_day
    )
    return figures, extra


def shown(count: int) -> int | str:
    return "<5" if 0 < count < 5 else count


# -- the test --------------------------------------------------------------------------------


@pytest.fixture
def exported(
    office: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict[str, Any], InProcessCli, Path]:
    fill_demo(office)
    # Two reports at the edge of "now": one still within its 24 hours, one just past them.
    office_records.add_concern(
        office, ConcernInput(datetime(2026, 11, 1, 10, 30), ConcernSource.SCHOOL, new_code="Edge-1")
    )
    office_records.add_concern(
        office, ConcernInput(datetime(2026, 11, 1, 9, 59), ConcernSource.SCHOOL, new_code="Edge-2")
    )
    folder = office.vault.paths.folder
    vault_service.close(office)
    cli = InProcessCli(folder, tmp_path, monkeypatch)
    export = tmp_path / "records.json"
    cli.ok("records", "export", "--format", "json", "--out", str(export), "--plaintext")
    return json.loads(export.read_text()), cli, tmp_path


def test_report_figures_equal_an_independent_recomputation(
    exported: tuple[dict[str, Any], InProcessCli, Path],
) -> None:
    doc, cli, tmp_path = exported
    figures, extra = recompute(doc)
    assert extra["pending"] >= 1 and extra["overdue"] >= 1
    report_path = tmp_path / "report.json"
    cli.ok("report", "--year", str(YEAR), "--format", "json", "--out", str(report_path))
    report = json.loads(report_path.read_text())
    rows = {r["criterion_id"]: r for r in report["rows"]}
    assert set(rows) == set(figures)

    for cid, fig in figures.items():
        row = rows[cid]
        assert row["count"] == shown(fig.successes), cid
        if fig.n is None:
            assert row["denominator"] is None
            expected_value = fig.successes if fig.successes == 0 or fig.successes >= 5 else None
            assert row["value"] == expected_value, cid
            assert [q["count"] for q in row["quarters"]] == [shown(s) for s, _ in fig.quarters]
            continue
        assert row["denominator"] == shown(fig.n), cid
        if fig.n >= 5:
            assert row["value"] == pytest.approx(fig.successes / fig.n), cid
            assert row["interval"] == pytest.approx(wilson(fig.successes, fig.n), abs=1e-6), cid
            assert row["met"] is (fig.successes / fig.n >= row["target"])
        else:
            assert row["value"] is None and row["interval"] is None and row["met"] is None
        for quarter, (s, n) in zip(row["quarters"], fig.quarters, strict=True):
            assert quarter["count"] == shown(s) and quarter["n"] == shown(n or 0), cid
            expected = s / n if n and n >= 5 else None
            assert quarter["value"] == (pytest.approx(expected) if expected else None), cid

    for track in ("mentoring", "parent_coaching"):
        s, n = extra[f"{track}_participant"]
        assert rows[f"{track}_progression"]["participant_count"] == shown(s)
        assert rows[f"{track}_progression"]["participant_n"] == shown(n)
        assert rows[f"{track}_progression"]["participant_value"] == pytest.approx(s / n)
    more = rows["concern_reports_more"]
    previous = {d["key"]: d["value"] for d in more["details"]}["previous_year"]
    assert previous == shown(extra["previous_year"])
    assert more["met"] is (figures["concern_reports_more"].successes > extra["previous_year"])
    details = {d["key"]: d["value"] for d in rows["concern_reaction_24h"]["details"]}
    assert (details["pending"], details["overdue"]) == (
        shown(extra["pending"]),
        shown(extra["overdue"]),
    )


def test_the_dashboard_figures_are_the_same_unrounded(
    exported: tuple[dict[str, Any], InProcessCli, Path],
) -> None:
    """`criteria --json` (what the dashboard shows) against the same recomputation, with no
    suppression, and the records behind the figures."""
    doc, cli, _ = exported
    figures, _ = recompute(doc)
    table = json.loads(cli.ok("criteria", "--year", str(YEAR), "--json", "--ids"))
    rows = {r["criterion"]["id"]: r for r in table["rows"]}
    for cid, fig in figures.items():
        assert (rows[cid]["successes"], rows[cid]["denominator"]) == (fig.successes, fig.n), cid
        assert [(q["successes"], q["n"]) for q in rows[cid]["quarters"]] == fig.quarters, cid
    groups = {g["key"]: g["ids"] for g in rows["concern_reaction_24h"]["records"]}
    now = utc(doc["exported_at"])
    expected_overdue = {
        r["id"]
        for r in doc["concern_reports"]
        if r["received_wall"].startswith(str(YEAR))
        and r["reaction_utc"] is None
        and now - utc(r["received_utc"]) > timedelta(hours=24)
    }
    assert set(groups["overdue"]) == expected_overdue
    courses = {g["key"]: g["ids"] for g in rows["mentoring_progression"]["records"]}
    assert len(courses["with_progression"]) == figures["mentoring_progression"].successes


def test_the_csv_holds_the_same_figures(
    exported: tuple[dict[str, Any], InProcessCli, Path],
) -> None:
    _, cli, tmp_path = exported
    cli.ok("report", "--year", str(YEAR), "--format", "json", "--out", str(tmp_path / "r.json"))
    cli.ok("report", "--year", str(YEAR), "--format", "csv", "--out", str(tmp_path / "r.csv"))
    rows = {r["criterion_id"]: r for r in json.loads((tmp_path / "r.json").read_text())["rows"]}
    with open(tmp_path / "r.csv", encoding="utf-8", newline="") as handle:
        lines = [line for line in csv.DictReader(handle) if line["section"] == "criterion"]
    assert [line["key"] for line in lines] == list(rows)
    for line in lines:
        row = rows[line["key"]]
        assert line["count"] == str(row["count"])
        assert line["denominator"] == (
            "" if row["denominator"] is None else str(row["denominator"])
        )
        if row["value"] is None:
            assert line["value"] == ""
        else:
            assert float(line["value"]) == pytest.approx(row["value"], abs=1e-4)
