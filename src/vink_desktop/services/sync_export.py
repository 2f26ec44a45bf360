"""Exporting batches on a field laptop.

An export covers every change since the last export (change-log rows after the last
batch's range): the newest state of each changed record, participants without name and
contact, the office records (reports of concern, outreach activities, service evaluations),
and tombstones for deletions. More than ``max_records`` records are split over several
batches, in the order the office applies them (workers, participants, courses, sessions,
the office records, tombstones), numbered on from the last batch and chained by hash.

The changes are read from a snapshot (so the window may go on saving meanwhile), the
batches recorded in the vault (with their bytes) in one short transaction, and written to
files only after it committed: a crash can leave a batch recorded but not
written (``resend_batches`` writes it), never a file the vault does not know about, which
would make the next export reuse its sequence number with other content. Until a receipt
confirms a batch, ``resend_batches`` writes exactly the same bytes again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from vink_desktop.services.context import Context
from vink_desktop.services.sync_office_payload import (
    activity_record,
    concern_record,
    evaluation_record,
)
from vink_desktop.services.sync_outgoing import (
    course_record,
    participant_record,
    session_json,
    tombstone_record,
    worker_record,
)
from vink_desktop.services.sync_service import SyncError, device_identity, enrolled_office
from vink_desktop.storage import sync_records, sync_store
from vink_desktop.storage.atomic import atomic_write_bytes
from vink_desktop.storage.journal import AuditAction, audit
from vink_desktop.storage.sync_store import OutboxRow
from vink_desktop.sync.batch_format import batch_file_name, batch_hash, encode_batch
from vink_desktop.sync.identity import format_id
from vink_desktop.sync.payload import SECTIONS, encode_payload_texts, encode_record
from vink_desktop.sync.wire import ZERO_HASH

#: Records per batch file: a 50,000-session batch is about 40 MB of JSON, 8 MB on disk.
DEFAULT_MAX_RECORDS = 50_000
Progress = Callable[[int, int], None]
T = TypeVar("T")


class ExportCancelled(Exception):
    """The caller cancelled; nothing was recorded and no file written."""


@dataclass(frozen=True, slots=True)
class ExportedBatch:
    sequence: int
    path: Path
    records: int
    sessions: int
    size: int
    batch_hash: str


@dataclass(frozen=True, slots=True)
class ExportResult:
    device_id: str
    batches: tuple[ExportedBatch, ...]
    #: Records per section over all batches written (empty for a re-send).
    counts: dict[str, int]

    @property
    def records(self) -> int:
        return sum(b.records for b in self.batches)


def export_batches(
    ctx: Context,
    out_dir: Path,
    *,
    max_records: int = DEFAULT_MAX_RECORDS,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the changes since the last export as one or more batch files in ``out_dir``.
    Nothing to send gives a result without batches. ``progress(done, total)`` counts
    records; ``cancelled()`` is asked between pages (then nothing is kept)."""
    if max_records < 1:
        raise ValueError("max_records must be at least 1")
    office = enrolled_office(ctx)
    device = device_identity(ctx)
    device_id = format_id(device.device_id)
    _check_folder(out_dir)
    made: list[tuple[OutboxRow, bytes]] = []
    counts = dict.fromkeys(SECTIONS, 0)
    # Read and seal in a snapshot (other connections, e.g. the window's, may write
    # meanwhile: their changes go into the next export); then record every batch in one
    # short write transaction, and only then write the files.
    with sync_store.read_snapshot(ctx.vault.conn) as conn:
        last = sync_store.last_outbox(conn, device_id)
        after = 0 if last is None else last.through_change
        through = sync_store.last_change_seq(conn)
        if through > after:
            changed = sync_records.collect_changed(conn, after, through)
            total = sum(changed.values())
            sequence = 1 if last is None else last.sequence + 1
            previous = ZERO_HASH if last is None else last.batch_hash
            done = 0
            for chunk, final in _with_last(_chunks(conn, max_records)):
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                size = sum(len(v) for v in chunk.values())
                now = ctx.clock.now()
                data = encode_batch(device, office, sequence, previous,
                                    encode_payload_texts(chunk), now)  # fmt: skip
                digest = batch_hash(data)
                row = OutboxRow(
                    device_id=device_id, sequence=sequence,
                    office_id=format_id(office.office_id), batch_hash=digest,
                    previous_hash=previous, after_change=after,
                    through_change=through if final else after, records=size,
                    sessions=len(chunk["sessions"]), size=len(data),
                    file_name=batch_file_name(device.device_id, sequence), created_at=now,
                    confirmed_at=None,
                )  # fmt: skip
                made.append((row, data))
                for name, items in chunk.items():
                    counts[name] += len(items)
                done += size
                sequence += 1
                previous = digest
                if progress is not None:
                    progress(done, total)
    written = [row for row, _ in made]
    if made:
        with ctx.vault.transaction() as conn:
            now_last = sync_store.last_outbox(conn, device_id)
            if (now_last and now_last.sequence) != (last and last.sequence):
                raise SyncError("export_running", "another export finished meanwhile")
            for row, data in made:
                sync_store.insert_outbox(conn, row, data)
            audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.EXPORT, "batches", None,
                  f"sequences {written[0].sequence}-{written[-1].sequence}; "
                  + "; ".join(f"{v} {k}" for k, v in counts.items()))  # fmt: skip
    files = tuple(_write(ctx, out_dir, row) for row in written)
    return ExportResult(device_id, files, counts)


def _with_last(items: Iterator[T]) -> Iterator[tuple[T, bool]]:
    """Each item with whether it is the last one."""
    previous: T | None = None
    first = True
    for item in items:
        if not first:
            yield previous, False  # type: ignore[misc]
        previous = item
        first = False
    if not first:
        yield previous, True  # type: ignore[misc]


def _chunks(conn: Any, max_records: int) -> Iterator[dict[str, list[str]]]:
    """The changed records as payload sections of JSON texts, at most ``max_records`` per
    chunk, in the order the office applies them."""
    chunk: dict[str, list[str]] = {name: [] for name in SECTIONS}
    size = 0

    def records() -> Iterator[tuple[str, list[str]]]:
        yield (
            "workers",
            [encode_record(worker_record(r)) for r in sync_records.changed_workers(conn)],
        )
        rows, links = sync_records.changed_participants(conn)
        yield "participants", [encode_record(participant_record(r, links)) for r in rows]
        yield (
            "courses",
            [encode_record(course_record(r)) for r in sync_records.changed_courses(conn)],
        )
        for page in sync_records.changed_sessions(conn):
            yield "sessions", [session_json(r) for r in page]
        for section, read, build in (
            ("concern_reports", sync_records.changed_concern_reports, concern_record),
            ("outreach_activities", sync_records.changed_activities, activity_record),
            ("service_evaluations", sync_records.changed_evaluations, evaluation_record),
        ):
            yield section, [encode_record(build(r)) for r in read(conn)]
        tombstones = sync_records.changed_tombstones(conn)
        yield "tombstones", [encode_record(tombstone_record(r)) for r in tombstones]

    for section, items in records():
        start = 0
        while start < len(items):
            take = min(len(items) - start, max_records - size)
            chunk[section].extend(items[start : start + take])
            start += take
            size += take
            if size == max_records:
                yield chunk
                chunk = {name: [] for name in SECTIONS}
                size = 0
    if size:
        yield chunk


def _check_folder(out_dir: Path) -> None:
    if not out_dir.is_dir():
        raise SyncError("not_a_folder", f"{out_dir} is not a folder")


def _write(ctx: Context, out_dir: Path, row: OutboxRow) -> ExportedBatch:
    data = sync_store.outbox_data(ctx.vault.conn, row.device_id, row.sequence)
    if data is None:
        raise SyncError("batch_confirmed", f"batch {row.sequence} is confirmed; not kept")
    path = out_dir / row.file_name
    atomic_write_bytes(path, data)
    return ExportedBatch(row.sequence, path, row.records, row.sessions, row.size,
                         row.batch_hash.hex())  # fmt: skip


def resend_batches(ctx: Context, out_dir: Path) -> ExportResult:
    """Write every batch not yet confirmed again, byte for byte as first written."""
    device = device_identity(ctx)
    enrolled_office(ctx)
    _check_folder(out_dir)
    device_id = format_id(device.device_id)
    rows = sync_store.unconfirmed_outbox(ctx.vault.conn, device_id)
    files = tuple(_write(ctx, out_dir, row) for row in rows)
    if files:
        with ctx.vault.transaction() as conn:
            audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.EXPORT, "batches", None,
                  f"re-sent sequences {files[0].sequence}-{files[-1].sequence}")  # fmt: skip
    return ExportResult(device_id, files, {})
