"""Rows for the office record lists in the desktop app: each record with the names it
refers to (the worker's name, the participant's code), so a list shows them without a
query per row. No Qt; the CLI prints ids and does not need these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vink_desktop.domain.model import Participant, Worker
from vink_desktop.domain.office import OutreachActivity, ReportOfConcern
from vink_desktop.services import office_records
from vink_desktop.services.context import Context
from vink_desktop.storage import repositories


@dataclass(frozen=True, slots=True)
class ConcernRow:
    """A report of concern as a list shows it. The 24-hour status is not stored here: it
    changes with the clock, so the list computes it (``office_records.concern_view``)."""

    report: ReportOfConcern
    #: The participant's code, or the new pseudonym the report was made under.
    about_code: str
    #: True when the report is about an existing participant.
    about_participant: bool
    worker_name: str
    reacted_by_name: str | None


@dataclass(frozen=True, slots=True)
class ActivityRow:
    activity: OutreachActivity
    worker_name: str


def workers(ctx: Context) -> list[Worker]:
    """Every worker the vault knows (one on a field laptop; everyone imported at the office)."""
    return repositories.list_workers(ctx.vault.conn)


def participants(ctx: Context) -> list[Participant]:
    return repositories.list_participants(ctx.vault.conn)


def concern_row(
    report: ReportOfConcern, codes: dict[str, str], names: dict[str, str]
) -> ConcernRow:
    about = report.subject_code or codes.get(report.participant_id or "", "?")
    return ConcernRow(
        report=report,
        about_code=about,
        about_participant=report.participant_id is not None,
        worker_name=names.get(report.worker_id, report.worker_id),
        reacted_by_name=None if report.reacted_by is None else names.get(report.reacted_by),
    )


def concern_rows(ctx: Context, *, year: int | None = None) -> list[ConcernRow]:
    """Every report of concern (of ``year``), newest first, with its names."""
    conn = ctx.vault.conn
    names = {w.id: w.name for w in repositories.list_workers(conn)}
    codes = {p.id: p.code for p in repositories.list_participants(conn)}
    return [
        concern_row(view.report, codes, names)
        for view in office_records.list_concerns(ctx, year=year)
    ]


def concern_rows_of(ctx: Context, reports: Sequence[ReportOfConcern]) -> list[ConcernRow]:
    """Rows for reports already read (e.g. the follow-up list's), in the same order."""
    conn = ctx.vault.conn
    names = {w.id: w.name for w in repositories.list_workers(conn)}
    wanted = {r.participant_id for r in reports if r.participant_id is not None}
    codes = {p.id: p.code for p in repositories.list_participants(conn) if p.id in wanted}
    return [concern_row(report, codes, names) for report in reports]


def concern_row_of(ctx: Context, report_id: str) -> ConcernRow:
    """One report's row (after it changed)."""
    conn = ctx.vault.conn
    report = office_records.get_concern(ctx, report_id)
    names = {w.id: w.name for w in repositories.list_workers(conn)}
    codes: dict[str, str] = {}
    if report.participant_id is not None:
        found = repositories.get_participant(conn, report.participant_id)
        if found is not None:
            codes[found.id] = found.code
    return concern_row(report, codes, names)


def activity_rows(ctx: Context, *, year: int | None = None) -> list[ActivityRow]:
    names = {w.id: w.name for w in repositories.list_workers(ctx.vault.conn)}
    return [
        ActivityRow(a, names.get(a.worker_id, a.worker_id))
        for a in office_records.list_activities(ctx, year=year)
    ]
