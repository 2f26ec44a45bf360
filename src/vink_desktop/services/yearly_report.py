"""The yearly report to the city: the success criteria for one year, as plain data
(:class:`ReportData`) that three renderers turn into JSON, CSV and a Danish PDF.

The figures are :func:`success_criteria.compute_criteria` for the whole programme (no
track, worker or district filter), so the report, the dashboard and the CLI agree. Before
anything is rendered, small counts are suppressed here, once, so no renderer can leak one:

* no names, no pseudonyms, no record ids, no worker or district in the report;
* every count from 1 to 4 is shown as ``"<5"`` (0 is shown as 0: it tells of no one);
* a share (and its interval, and whether the target is met) is shown only when its
  denominator is at least 5; below that the report says there were too few to show.

The PDF is drawn by ``ui/report_pdf.py`` (Qt), which this module never imports: the caller
passes it in as the ``pdf_writer``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vink_desktop.domain import success_criteria as sc
from vink_desktop.domain.model import Track
from vink_desktop.domain.success_criteria import Measure
from vink_desktop.services.context import Context
from vink_desktop.services.success_criteria import (
    CriteriaFilter,
    CriterionResult,
    compute_criteria,
)
from vink_desktop.storage import office_store
from vink_desktop.storage.atomic import atomic_write_bytes
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.storage.office_store import Period, Scope

REPORT_FORMAT = "vink-yearly-report"
REPORT_VERSION = 1
#: Counts below this (and above 0) are shown as "<5".
SMALL_COUNT = 5
SUPPRESSED = "<5"

#: A count as the report shows it: a number, or "<5".
Count = int | str


def shown(count: int) -> Count:
    return SUPPRESSED if 0 < count < SMALL_COUNT else count


@dataclass(frozen=True, slots=True)
class ReportCount:
    key: str
    label_da: str
    label_en: str
    value: Count
    #: For "x of y" lines: y.
    of: Count | None = None


@dataclass(frozen=True, slots=True)
class ReportQuarter:
    quarter: int
    #: The share or count; None when there is nothing to show (no data, or too few).
    value: float | None
    count: Count
    n: Count | None


@dataclass(frozen=True, slots=True)
class ReportRow:
    criterion_id: str
    label_da: str
    label_en: str
    measure: str
    target: float
    #: Share (0–1) or count; None when there is no data or too few to show.
    value: float | None
    #: The numerator of a share, or the count.
    count: Count
    denominator: Count | None
    interval: tuple[float, float] | None
    met: bool | None
    certain: bool | None
    #: Why there is no value or verdict: "no_data", "too_few", "no_previous_year"; else None.
    note: str | None
    quarters: tuple[ReportQuarter, ...]
    details: tuple[ReportCount, ...]
    #: Progression rows: the participants' own view (share, count, n), same suppression.
    participant_value: float | None = None
    participant_count: Count | None = None
    participant_n: Count | None = None


@dataclass(frozen=True, slots=True)
class ProgressionRule:
    """How progression is defined for one track, from the framework."""

    track: str
    label_da: str
    domains_da: tuple[str, ...]
    min_overall_change: float
    forbid_reliable_deterioration: bool
    self_report_cut: int
    self_report_cut_label_da: str
    self_report_question_da: str
    target: float


@dataclass(frozen=True, slots=True)
class NotAssessed:
    label_da: str
    reason_da: str


@dataclass(frozen=True, slots=True)
class ReportData:
    year: int
    as_of: date
    generated_at: datetime
    framework: str
    rows: tuple[ReportRow, ...]
    completeness: tuple[ReportCount, ...]
    concern_sources: tuple[ReportCount, ...]
    concern_outcomes: tuple[ReportCount, ...]
    outreach_kinds: tuple[ReportCount, ...]
    progression_rules: tuple[ProgressionRule, ...]
    not_assessed: tuple[NotAssessed, ...]

    def row(self, criterion_id: str) -> ReportRow:
        for item in self.rows:
            if item.criterion_id == criterion_id:
                return item
        raise KeyError(criterion_id)


PdfWriter = Callable[[ReportData, Path], None]


# -- building -------------------------------------------------------------------------------


def build_report(ctx: Context, year: int) -> ReportData:
    table = compute_criteria(ctx, CriteriaFilter(year))
    rows = tuple(_row(result) for result in table.rows)
    conn = ctx.vault.conn
    period = Period(date(year, 1, 1), date(year, 12, 31))
    framework = ctx.frameworks.latest("vink-2014")
    return ReportData(
        year=year,
        as_of=table.as_of,
        generated_at=ctx.clock.now(),
        framework=f"{framework.id} v{framework.version}",
        rows=rows,
        completeness=_completeness(table.rows),
        concern_sources=_breakdown(
            office_store.concern_breakdown(conn, period, "source"), sc.SOURCE_LABELS
        ),
        concern_outcomes=_breakdown(
            office_store.concern_breakdown(conn, period, "outcome"), sc.OUTCOME_LABELS
        ),
        outreach_kinds=_outreach_kinds(ctx, period),
        progression_rules=_progression_rules(ctx),
        not_assessed=_not_assessed(rows),
    )


def _share_shown(successes: int, n: int) -> tuple[float | None, str | None]:
    if n == 0:
        return None, "no_data"
    if n < SMALL_COUNT:
        return None, "too_few"
    return successes / n, None


def _row(result: CriterionResult) -> ReportRow:
    item = result.criterion
    details = tuple(
        ReportCount(key, sc.DETAIL_LABELS[key].da, sc.DETAIL_LABELS[key].en, shown(value))
        for key, value in result.details.items()
    )
    if item.measure is Measure.SHARE_AT_LEAST:
        n = result.denominator or 0
        value, note = _share_shown(result.successes, n)
        quarters = []
        for q in result.quarters:
            q_value, _ = _share_shown(q.successes, q.n or 0)
            quarters.append(ReportQuarter(q.quarter, q_value, shown(q.successes), shown(q.n or 0)))
        participant: dict[str, Any] = {}
        if result.participant is not None:
            p = result.participant
            participant = {
                "participant_value": _share_shown(p.successes, p.n)[0],
                "participant_count": shown(p.successes),
                "participant_n": shown(p.n),
            }
        return ReportRow(
            criterion_id=item.id,
            label_da=item.label.da,
            label_en=item.label.en,
            measure=item.measure.value,
            target=item.target,
            value=value,
            count=shown(result.successes),
            denominator=shown(n),
            interval=None if note else result.interval,
            met=None if note else result.met,
            certain=None if note else result.certain,
            note=note,
            quarters=tuple(quarters),
            details=details,
            **participant,
        )
    count = result.successes
    count_value: float | None = float(count) if count == 0 or count >= SMALL_COUNT else None
    note = None
    if item.measure is Measure.MORE_THAN_PREVIOUS_YEAR and result.met is None:
        note = "no_previous_year"
    return ReportRow(
        criterion_id=item.id,
        label_da=item.label.da,
        label_en=item.label.en,
        measure=item.measure.value,
        target=item.target,
        value=count_value,
        count=shown(count),
        denominator=None,
        interval=None,
        met=result.met,
        certain=None,
        note=note,
        quarters=tuple(
            ReportQuarter(
                q.quarter,
                float(q.successes) if q.successes == 0 or q.successes >= SMALL_COUNT else None,
                shown(q.successes),
                None,
            )
            for q in result.quarters
        ),
        details=details,
    )


def _completeness(results: Iterable[CriterionResult]) -> tuple[ReportCount, ...]:
    by_id = {r.criterion.id: r for r in results}
    lines: list[ReportCount] = []

    def line(key: str, da: str, en: str, value: int, of: int | None = None) -> None:
        lines.append(ReportCount(key, da, en, shown(value), None if of is None else shown(of)))

    for track_id, da, en in (
        ("mentoring_progression", "Mentorforløb, der kan vurderes",
         "Mentoring courses that can be assessed"),
        ("parent_coaching_progression", "Forældrecoachforløb, der kan vurderes",
         "Parent-coaching courses that can be assessed"),
    ):  # fmt: skip
        d = by_id[track_id].details
        line(track_id, da, en, d["assessable"], d["courses"])
    d = by_id["good_service"].details
    line("service_evaluated", "Afsluttede forløb med serviceevaluering",
         "Closed courses with a service evaluation",
         d["evaluated"], d["closed_courses"])  # fmt: skip
    line("service_answered", "Serviceevalueringer med mindst ét svar",
         "Service evaluations with at least one answer",
         d["evaluated"] - d["not_answered"], d["evaluated"])  # fmt: skip
    for key, da, en in (
        ("able_to_help", "Aktiviteter for frontmedarbejdere og forældre med evaluering",
         "Activities for staff and parents with an evaluation"),
        ("dialogue_gives_options", "Dialoger med unge med evaluering",
         "Youth dialogues with an evaluation"),
    ):  # fmt: skip
        d = by_id[key].details
        line(key, da, en, d["evaluated_activities"], d["activities"])
    d = by_id["concern_reaction_24h"].details
    line("concern_reacted", "Bekymringshenvendelser med registreret reaktion",
         "Reports of concern with a recorded reaction",
         d["within_24h"] + d["late"], d["received"])  # fmt: skip
    return tuple(lines)


def _breakdown(counts: dict[str, int], labels: dict[str, Any]) -> tuple[ReportCount, ...]:
    return tuple(
        ReportCount(key, labels[key].da, labels[key].en, shown(counts.get(key, 0)))
        for key in labels
        if key != "none" or counts.get("none")
    )


def _outreach_kinds(ctx: Context, period: Period) -> tuple[ReportCount, ...]:
    activities = office_store.list_activities(ctx.vault.conn, period, Scope())
    lines = []
    for key, label in sc.OUTREACH_KIND_LABELS.items():
        chosen = [a for a in activities if a.kind.value == key]
        lines.append(
            ReportCount(
                key,
                label.da,
                label.en,
                shown(sum(a.head_count for a in chosen)),
                shown(len(chosen)),
            )
        )
    return tuple(lines)


def _progression_rules(ctx: Context) -> tuple[ProgressionRule, ...]:
    framework = ctx.frameworks.latest("vink-2014")
    rules = []
    for track in Track:
        t = framework.track(track.value)
        scale = t.self_report_scale
        rules.append(
            ProgressionRule(
                track=track.value,
                label_da=t.label.da,
                domains_da=tuple(d.label.da for d in t.domains),
                min_overall_change=t.progression.min_overall_change,
                forbid_reliable_deterioration=t.progression.forbid_reliable_deterioration,
                self_report_cut=t.self_report_cut,
                self_report_cut_label_da=scale.label(t.self_report_cut).da,
                self_report_question_da=t.self_report_question.da,
                target=t.target_share,
            )
        )
    return tuple(rules)


def _not_assessed(rows: Iterable[ReportRow]) -> tuple[NotAssessed, ...]:
    items = [NotAssessed(text.da, "Måles ikke i VINKs registreringer.") for text in sc.NOT_MEASURED]
    reasons = {
        "no_data": "Ingen registreringer i året.",
        "too_few": "Færre end 5 i grundlaget; tallet vises ikke.",
        "no_previous_year": "Ingen henvendelser registreret året før at sammenligne med.",
    }
    for row in rows:
        if row.note is not None:
            items.append(NotAssessed(row.label_da, reasons[row.note]))
    return tuple(items)


# -- rendering ------------------------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """Dataclasses, dates and tuples as JSON values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    return value


def render_json(report: ReportData) -> bytes:
    document = {"format": REPORT_FORMAT, "version": REPORT_VERSION, **to_plain(report)}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


CSV_COLUMNS = (
    "section", "key", "label_da", "label_en", "target", "value", "count", "denominator",
    "ci_low", "ci_high", "met",
    "q1_value", "q1_count", "q1_n", "q2_value", "q2_count", "q2_n",
    "q3_value", "q3_count", "q3_n", "q4_value", "q4_count", "q4_n",
)  # fmt: skip


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}".rstrip("0").rstrip(".")


def _cell(value: Count | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def render_csv(report: ReportData) -> bytes:
    """One table, one line per figure: the criteria (with quarters), then the counts of
    the completeness section and the breakdowns (``section`` says which)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in report.rows:
        low, high = row.interval if row.interval else (None, None)
        quarters: list[str] = []
        for q in row.quarters:
            quarters += [_num(q.value), _cell(q.count), _cell(q.n)]
        writer.writerow(
            ["criterion", row.criterion_id, row.label_da, row.label_en, _num(row.target),
             _num(row.value), _cell(row.count), _cell(row.denominator), _num(low), _num(high),
             _cell(row.met), *quarters]
        )  # fmt: skip
        if row.participant_count is not None:
            writer.writerow(
                ["participant_reported", row.criterion_id, row.label_da, row.label_en,
                 _num(row.target), _num(row.participant_value), _cell(row.participant_count),
                 _cell(row.participant_n)]
            )  # fmt: skip
        for detail in row.details:
            writer.writerow(
                [f"detail:{row.criterion_id}", detail.key, detail.label_da, detail.label_en,
                 "", "", _cell(detail.value)]
            )  # fmt: skip
    for section, lines in (
        ("completeness", report.completeness),
        ("concern_source", report.concern_sources),
        ("concern_outcome", report.concern_outcomes),
        ("outreach_kind", report.outreach_kinds),
    ):
        for item in lines:
            writer.writerow(
                [section, item.key, item.label_da, item.label_en, "", "", _cell(item.value),
                 _cell(item.of)]
            )  # fmt: skip
    return buffer.getvalue().encode("utf-8")


def write_report(
    ctx: Context,
    year: int,
    fmt: str,
    out: Path,
    *,
    pdf_writer: PdfWriter | None = None,
) -> ReportData:
    """Build the report and write it as ``pdf``, ``csv`` or ``json`` (atomically); audited."""
    report = build_report(ctx, year)
    if fmt == "json":
        atomic_write_bytes(out, render_json(report))
    elif fmt == "csv":
        atomic_write_bytes(out, render_csv(report))
    elif fmt == "pdf":
        if pdf_writer is None:
            raise ValueError("a PDF needs a pdf_writer (ui.report_pdf.write_pdf)")
        pdf_writer(report, out)
    else:
        raise ValueError(f"unknown report format {fmt!r}")
    with ctx.vault.transaction() as tx:
        audit(
            tx, ctx.clock.now(), ctx.actor_id, AuditAction.EXPORT, "yearly_report", None,
            f"{fmt}; year {year}",
        )  # fmt: skip
    return report
