"""Writing an already built yearly report (:class:`yearly_report.ReportData`) to a file, in
steps a window can spread over threads: the data is built where the vault connection is
(:func:`yearly_report.build_report`), CSV and JSON are written at once
(:func:`write_report_file`), a PDF is rendered wherever the caller likes (it needs no
connection), and :func:`record_export` audits the export where the connection is.

``yearly_report.write_report`` does the same in one call, for the command line.
"""

from __future__ import annotations

from pathlib import Path

from vink_desktop.services.context import Context
from vink_desktop.services.yearly_report import ReportData, render_csv, render_json
from vink_desktop.storage.atomic import atomic_write_bytes
from vink_desktop.storage.journal import AuditAction, audit

FORMATS = ("pdf", "csv", "json")


def report_bytes(report: ReportData, fmt: str) -> bytes:
    """The CSV or JSON of ``report`` (the same bytes the command line writes)."""
    if fmt == "csv":
        return render_csv(report)
    if fmt == "json":
        return render_json(report)
    raise ValueError(f"not a text format: {fmt!r}")


def write_report_file(ctx: Context, report: ReportData, fmt: str, out: Path) -> None:
    """Write ``report`` as CSV or JSON to ``out`` atomically, and audit the export."""
    atomic_write_bytes(out, report_bytes(report, fmt))
    record_export(ctx, report, fmt)


def record_export(ctx: Context, report: ReportData, fmt: str) -> None:
    """The audit entry of a written report (as ``yearly_report.write_report`` writes it)."""
    with ctx.vault.transaction() as tx:
        audit(
            tx, ctx.clock.now(), ctx.actor_id, AuditAction.EXPORT, "yearly_report", None,
            f"{fmt}; year {report.year}",
        )  # fmt: skip
