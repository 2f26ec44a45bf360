"""Importing batch files at the office: one file, many, or a folder.

Every file goes through the checks in this order, and the first that fails decides its
result: size → format and version → recipient is this office → device approved (an unknown
or pending device's batch is held) → signature → ledger (an exact duplicate is a no-op; the
same sequence number with other content is refused; a gap is held) → decrypt → read and
check every record → apply, with the ledger row in the same transaction as the records.
After a batch is applied, the device's held batches that now follow on are applied in
order. Every file gets a :class:`BatchResult`: imported, duplicate, held or refused, with a
stable code. Refusals are audited (``refused_import``); nothing of a refused batch is kept.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from vink_desktop.services import crash_log, outcomes, sync_ownership
from vink_desktop.services.context import Context
from vink_desktop.services.events import Event
from vink_desktop.services.sync_ahead import (
    UNREADABLE,
    Ahead,
    Arrival,
    ImportLine,
    arrive_bytes,
)
from vink_desktop.services.sync_apply import Beside, RecordCounts, write_batch
from vink_desktop.services.sync_payload import (
    RecordRefused,
    read_content,
)
from vink_desktop.services.sync_service import office_identity, require_office
from vink_desktop.storage import sync_store
from vink_desktop.storage.database import IntegrityError
from vink_desktop.storage.errors import DiskFull
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.sync.batch_format import (
    BATCH_FILE_SUFFIX,
    BATCH_MAGIC,
    PREFIX_SIZE,
    BatchFormatError,
    ParsedBatch,
    batch_hash,
    decrypt_batch,
    verify_batch_signature,
)
from vink_desktop.sync.identity import DevicePublic, OfficeIdentity, format_id
from vink_desktop.sync.payload import PayloadError, decode_payload

Progress = Callable[[int, int], None]
#: Records written per commit when importing many files (several whole batches): large
#: enough to save most of the commits, small enough (about a second) that the vault's write
#: lock is never held long against another connection (the GUI thread's busy timeout is 5 s).
GROUP_RECORDS = 20_000


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    HELD = "held"
    REFUSED = "refused"


class HeldReason(StrEnum):
    DEVICE_PENDING = "device_pending"
    GAP = "gap"


class RefusedReason(StrEnum):
    """Refusals decided here; the format layer adds its own codes (``BatchErrorCode``,
    ``PayloadErrorCode``) and the record checks theirs (``invalid_record``,
    ``code_conflict``, ``unknown_reference``, and ``not_owner`` from
    ``sync_ownership``)."""

    UNREADABLE = UNREADABLE
    #: Something unexpected went wrong with this file (a bug): the last-resort guard
    #: refused it and wrote a redacted entry to the crash log (``services/crash_log.py``).
    INTERNAL = "internal"
    DEVICE_REVOKED = "device_revoked"
    SEQUENCE_CONFLICT = "sequence_conflict"
    CHAIN_MISMATCH = "chain_mismatch"
    CONFLICTS_WITH_OFFICE_DATA = "conflicts_with_office_data"


@dataclass(frozen=True, slots=True)
class BatchResult:
    #: The file name (for a batch applied from the held ones: the name it arrived under).
    source: str
    status: ImportStatus
    #: Why it was held or refused (a stable code); None when imported or a duplicate.
    code: str | None = None
    #: For a refused record: which record and rule (never content).
    detail: str | None = None
    device_id: str | None = None
    sequence: int | None = None
    counts: RecordCounts | None = None
    #: True for a held batch applied because the batch before it arrived (or on approval).
    from_held: bool = False


@dataclass(frozen=True, slots=True)
class ImportReport:
    results: tuple[BatchResult, ...]
    #: Files found (a folder counts its batch files).
    files: int
    cancelled: bool = False

    def count(self, status: ImportStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def all_applied(self) -> bool:
        """Nothing held or refused (the CLI's exit code 4 when False)."""
        return not any(r.status in (ImportStatus.HELD, ImportStatus.REFUSED) for r in self.results)


def batch_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import: each file as given, and a folder's ``*.vinkbatch`` files."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.name.endswith(BATCH_FILE_SUFFIX)))
        else:
            found.append(path)
    return found


def import_batches(
    ctx: Context,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    refresh_outcomes: bool = True,
) -> ImportReport:
    """Import batch files and folders of them. ``progress(done, total)`` is called after
    each file; ``cancelled()`` is asked before each file (a batch is never half applied).
    The outcomes of the courses a batch creates are computed with it; those of other
    courses it touches are invalidated and recomputed at the end; with
    ``refresh_outcomes=False`` that is left to the next ``outcomes.refresh_stale`` (which
    every course listing runs), e.g. for a window that wants to show the import's results
    first."""
    require_office(ctx, "importing batches")
    office = office_identity(ctx)
    files = _in_batch_order(batch_files(paths))
    results: list[BatchResult] = []
    stopped = False
    index = 0
    with ImportLine(ctx, office, files) as line:
        while index < len(files) and not stopped:
            start, mark, reached = index, len(results), [index]
            try:
                index, stopped = _import_group(line, index, results, reached, progress,
                                               cancelled)  # fmt: skip
            except GroupAborted:
                # A batch conflicted with the office's data while being written, or met an
                # unexpected error: the group was rolled back; redo it one batch per commit,
                # so only that one is refused and the batches before it are kept.
                del results[mark:]
                for index in range(start, reached[0] + 1):
                    results.extend(_receive_guarded(ctx, office, line, index))
                index = reached[0] + 1
    return _finish(ctx, results, len(files), stopped, refresh_outcomes)


class GroupAborted(Exception):
    """A batch failed while being written inside a group of batches sharing one commit;
    the whole group is rolled back and must be redone one batch per commit."""


def _import_group(
    line: ImportLine,
    index: int,
    results: list[BatchResult],
    reached: list[int],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, bool]:
    """Import files from ``index`` in one transaction until about :data:`GROUP_RECORDS`
    records are written: a crash loses the open group, never part of a batch, and each
    batch's ledger row is committed with its records. Returns (next index, cancelled)."""
    ctx, files = line.ctx, line.files
    written = 0
    with ctx.vault.transaction():
        while index < len(files) and written < GROUP_RECORDS:
            if cancelled is not None and cancelled():
                return index, True
            reached[0] = index
            try:
                found = receive(ctx, line.office, line.take(index),
                                helper=line.beside(index + 1))  # fmt: skip
            except (GroupAborted, DiskFull):
                raise
            except Exception:
                # Unexpected: part of the file may be written inside the shared transaction;
                # only a rollback of the group undoes it. The redo guards each file.
                raise GroupAborted() from None
            results.extend(found)
            written += sum(r.counts.total for r in found if r.counts is not None)
            index += 1
            if progress is not None:
                progress(index, len(files))
    return index, False


def import_batch_bytes(ctx: Context, data: bytes, source: str) -> ImportReport:
    """Import one batch given as bytes (a dropped attachment, tests)."""
    require_office(ctx, "importing batches")
    office = office_identity(ctx)
    results = _guard(ctx, source, lambda: receive(ctx, office, arrive_bytes(data, source, office)))
    return _finish(ctx, results, 1, False)


def _receive_guarded(
    ctx: Context, office: OfficeIdentity, line: ImportLine, index: int
) -> list[BatchResult]:
    """File ``index`` in a transaction of its own, behind the last-resort guard."""
    return _guard(ctx, line.files[index].name, lambda: receive(ctx, office, line.take(index)))


def _guard(ctx: Context, source: str, work: Callable[[], list[BatchResult]]) -> list[BatchResult]:
    """Run ``work`` for one file outside any open transaction; an unexpected exception
    (a bug the hostile-file tests have not found yet) refuses that file as ``internal``
    with a redacted crash-log entry, instead of stopping the import with a traceback. Its
    own transaction was rolled back, so nothing of the file is kept. A full disk is not the
    file's fault and stops the import (``DiskFull``), as before."""
    try:
        return work()
    except (DiskFull, KeyboardInterrupt):
        raise
    except Exception as exc:
        crash_log.log_exception(exc, "sync import: one file refused as internal")
        return [_refuse(ctx, source, RefusedReason.INTERNAL, "logged without content")]


def _finish(
    ctx: Context, results: list[BatchResult], files: int, stopped: bool, refresh: bool = True
) -> ImportReport:
    report = ImportReport(tuple(results), files, stopped)
    imported = report.count(ImportStatus.IMPORTED)
    if imported and refresh:
        outcomes.refresh_stale(ctx)
    with ctx.vault.transaction() as conn:
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.IMPORT, "batches", None,
              f"{files} files; {imported} imported; "
              f"{report.count(ImportStatus.DUPLICATE)} duplicate; "
              f"{report.count(ImportStatus.HELD)} held; "
              f"{report.count(ImportStatus.REFUSED)} refused"
              + ("; cancelled" if stopped else ""))  # fmt: skip
    if imported:
        sessions = sum(r.counts.sessions for r in results if r.counts is not None)
        ctx.events.emit(Event.RECORDS_IMPORTED, sessions=sessions)
    return report


_ORDER_KEY = struct.Struct(">16s80xQ")  # sender device id, then the sequence (docs §4.2)


def _in_batch_order(files: list[Path]) -> list[Path]:
    """Files sorted by device and sequence (read from their headers), so a folder applies
    in order without holding; files without a readable header keep their place first."""

    def key(path: Path) -> tuple[bytes, int]:
        try:
            with open(path, "rb") as handle:
                head = handle.read(PREFIX_SIZE)
        except OSError:
            return (b"", 0)
        if len(head) < PREFIX_SIZE or not head.startswith(BATCH_MAGIC):
            return (b"", 0)
        device_id, sequence = _ORDER_KEY.unpack_from(head, 12)
        return (bytes(device_id), int(sequence))

    return sorted(files, key=key)


def receive(
    ctx: Context, office: OfficeIdentity, arrival: Arrival, *, helper: Beside | None = None
) -> list[BatchResult]:
    """Check one batch and apply, hold or refuse it; then apply what it unblocks."""
    source = arrival.source
    parsed = arrival.parsed
    if parsed is None:
        return [_refuse(ctx, source, arrival.refusal or RefusedReason.UNREADABLE)]
    header = parsed.header
    device_id = format_id(header.sender_device_id)
    sequence = header.sequence
    conn = ctx.vault.conn
    device = sync_store.get_device(conn, device_id)

    def refuse(code: str, detail: str | None = None) -> list[BatchResult]:
        return [_refuse(ctx, source, code, detail, device_id, sequence)]

    if device is not None and device.status == "revoked":
        return refuse(RefusedReason.DEVICE_REVOKED)
    pinned = header.sender_public if device is None else DevicePublic.from_bytes(device.public_key)
    ahead = arrival.ahead
    if ahead is not None and ahead.key != pinned.to_bytes():
        ahead = None  # read ahead with another key than the one pinned now: not used
    if ahead is not None and ahead.signature_problem is not None:
        return refuse(ahead.signature_problem)
    if ahead is None:
        try:
            verify_batch_signature(parsed, pinned)
        except BatchFormatError as exc:
            return refuse(exc.code)
    digest = batch_hash(parsed.data)

    held = sync_store.held_hash(conn, device_id, sequence)
    if held is not None:
        if held != digest:
            return refuse(RefusedReason.SEQUENCE_CONFLICT, "differs from the held batch")
        reason = (
            HeldReason.DEVICE_PENDING if device and device.status == "pending" else HeldReason.GAP
        )
        return [BatchResult(source, ImportStatus.HELD, reason, None, device_id, sequence)]
    if device is None or device.status == "pending":
        return [_hold(ctx, parsed, digest, source, HeldReason.DEVICE_PENDING, new=device is None)]

    applied = sync_store.ledger_hash(conn, device_id, sequence)
    if applied is not None:
        if applied != digest:
            return refuse(RefusedReason.SEQUENCE_CONFLICT, "differs from the imported batch")
        return [BatchResult(source, ImportStatus.DUPLICATE, None, None, device_id, sequence)]
    if sequence <= device.highest_contiguous:  # pragma: no cover - the ledger holds these
        return refuse(RefusedReason.SEQUENCE_CONFLICT)
    if sequence > device.highest_contiguous + 1:
        return [_hold(ctx, parsed, digest, source, HeldReason.GAP, new=False)]
    if header.previous_hash != device.highest_hash:
        return refuse(RefusedReason.CHAIN_MISMATCH)
    result = _apply(ctx, office, parsed, digest, source, from_held=False, ahead=ahead,
                    helper=helper)  # fmt: skip
    if result.status is not ImportStatus.IMPORTED:
        return [result]
    return [result, *apply_held(ctx, office, device_id)]


def apply_held(
    ctx: Context,
    office: OfficeIdentity,
    device_id: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[BatchResult]:
    """Apply the held batches of an approved device that follow on from what it has, in
    order, until one is missing or refused (or ``cancelled()`` says stop, between batches).
    ``progress(done, total)`` counts the device's held batches."""
    results: list[BatchResult] = []
    total = len(sync_store.held_sequences(ctx.vault.conn, device_id).get(device_id, []))
    while True:
        if progress is not None:
            progress(len(results), total)
        if cancelled is not None and cancelled():
            return results
        conn = ctx.vault.conn
        device = sync_store.get_device(conn, device_id)
        if device is None or device.status != "approved":
            return results
        found = sync_store.held_batch(conn, device_id, device.highest_contiguous + 1)
        if found is None:
            return results
        held, data = found
        arrival = arrive_bytes(data, held.file_name, office)
        parsed, code = arrival.parsed, arrival.refusal
        if parsed is not None:
            try:
                verify_batch_signature(parsed, DevicePublic.from_bytes(device.public_key))
            except BatchFormatError as exc:
                code = exc.code
        if (
            parsed is not None
            and code is None
            and parsed.header.previous_hash != device.highest_hash
        ):
            code = RefusedReason.CHAIN_MISMATCH
        if parsed is None or code is not None:
            results.append(
                _refuse(
                    ctx,
                    held.file_name,
                    code or RefusedReason.UNREADABLE,
                    None,
                    device_id,
                    held.sequence,
                    drop_held=True,
                )
            )
            return results
        try:
            result = _apply(ctx, office, parsed, held.batch_hash, held.file_name, from_held=True)
        except (DiskFull, KeyboardInterrupt):
            raise
        except Exception as exc:  # the last-resort guard, as for a file (see _guard)
            crash_log.log_exception(exc, "sync import: one held batch refused as internal")
            result = _refuse(ctx, held.file_name, RefusedReason.INTERNAL, "logged without content",
                             device_id, held.sequence, drop_held=True)  # fmt: skip
        results.append(result)
        if result.status is not ImportStatus.IMPORTED:
            return results


def _apply(
    ctx: Context,
    office: OfficeIdentity,
    parsed: ParsedBatch,
    digest: bytes,
    source: str,
    *,
    from_held: bool,
    ahead: Ahead | None = None,
    helper: Beside | None = None,
) -> BatchResult:
    header = parsed.header
    device_id = format_id(header.sender_device_id)
    sequence = header.sequence

    def refuse(code: str, detail: str | None = None) -> BatchResult:
        return _refuse(ctx, source, code, detail, device_id, sequence, drop_held=from_held)

    try:
        if ahead is not None and ahead.payload_problem is not None:
            raise ahead.payload_problem
        payload = (
            ahead.payload
            if ahead is not None and ahead.payload is not None
            else decode_payload(decrypt_batch(parsed, office))
        )
    except (BatchFormatError, PayloadError) as exc:
        return refuse(exc.code)
    try:
        if ahead is None:
            content = read_content(ctx, payload, source, created_at=header.created_at)
        else:
            content = read_content(ctx, payload, source, ahead.sessions, ahead.sessions_problem,
                                   ahead.checks, created_at=header.created_at)  # fmt: skip
        owned = sync_ownership.check(ctx.vault.conn, content, device_id)
    except RecordRefused as exc:
        return refuse(exc.code, exc.detail)
    now = ctx.clock.now()
    grouped = ctx.vault.conn.in_transaction
    try:
        with ctx.vault.transaction() as conn:
            device = sync_store.get_device(conn, device_id)
            if device is None or device.highest_contiguous != sequence - 1:
                raise RuntimeError("the ledger moved during the import")  # single writer
            counts = write_batch(ctx, conn, content, device_id, sequence,
                                 None if ahead is None else ahead.rows_json, helper,
                                 owned)  # fmt: skip
            sync_store.insert_ledger(conn, device_id, sequence, digest, header.previous_hash,
                                     header.created_at, now, content.records)  # fmt: skip
            sync_store.advance_device(conn, device_id, sequence, digest, now)
            if from_held:
                sync_store.delete_held(conn, device_id, sequence)
            audit(conn, now, ctx.actor_id, AuditAction.IMPORT, "batch", f"{device_id}:{sequence}",
                  _counts_text(counts))  # fmt: skip
    except IntegrityError:
        if grouped:  # part of the batch may be written: only a rollback of all undoes it
            raise GroupAborted() from None
        return refuse(RefusedReason.CONFLICTS_WITH_OFFICE_DATA)
    except RecordRefused as exc:  # a session the office held belongs to another device
        if grouped:
            raise GroupAborted() from None
        return refuse(exc.code, exc.detail)
    return BatchResult(source, ImportStatus.IMPORTED, None, None, device_id, sequence, counts,
                       from_held)  # fmt: skip


def _counts_text(c: RecordCounts) -> str:
    return (
        f"{c.workers} workers; {c.participants} participants; {c.courses} courses;"
        f" {c.sessions} sessions; {c.concern_reports} concern reports;"
        f" {c.outreach_activities} outreach activities;"
        f" {c.service_evaluations} service evaluations; {c.deleted} deleted;"
        f" {c.unchanged} unchanged; {c.history} to history"
    )


def _hold(
    ctx: Context, parsed: ParsedBatch, digest: bytes, source: str, reason: HeldReason, *, new: bool
) -> BatchResult:
    header = parsed.header
    device_id = format_id(header.sender_device_id)
    now = ctx.clock.now()
    with ctx.vault.transaction() as conn:
        if new:
            public = header.sender_public
            sync_store.insert_device(conn, device_id, public.to_bytes(), public.fingerprint, now)
        sync_store.insert_held(conn, device_id, header.sequence, digest, source, now, parsed.data)
        audit(conn, now, ctx.actor_id, AuditAction.IMPORT, "batch",
              f"{device_id}:{header.sequence}", f"held: {reason.value}")  # fmt: skip
    return BatchResult(source, ImportStatus.HELD, reason, None, device_id, header.sequence)


def _refuse(
    ctx: Context,
    source: str,
    code: str,
    detail: str | None = None,
    device_id: str | None = None,
    sequence: int | None = None,
    *,
    drop_held: bool = False,
) -> BatchResult:
    """Report and audit a refusal (the code and where, never content); a refused held batch
    is dropped in the same transaction."""
    code = str(code)
    with ctx.vault.transaction() as conn:
        if drop_held and device_id is not None and sequence is not None:
            sync_store.delete_held(conn, device_id, sequence)
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.REFUSED_IMPORT, "batch",
              None if device_id is None else f"{device_id}:{sequence}",
              f"{code}; {source}" + (f"; {detail}" if detail else ""))  # fmt: skip
    return BatchResult(source, ImportStatus.REFUSED, code, detail, device_id, sequence)
