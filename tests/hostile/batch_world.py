"""An office with one approved laptop, and a valid next batch to mutate: built through the
program's own code (services, exporter, batch encoder), then altered as an attacker holding
the laptop's key would, and signed again with that key."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sync_helpers import T0, World, add_youth_with_sessions

from vink_desktop.domain.model import ClosingReason, ParticipantKind
from vink_desktop.domain.office import ConcernOutcome, ConcernSource, OutreachKind, ServiceAnswer
from vink_desktop.services import (
    courses,
    office_records,
    participants,
    sessions,
    sync_devices,
    sync_export,
    sync_import,
    sync_service,
)
from vink_desktop.services.context import Context
from vink_desktop.services.office_records import ActivityInput, ConcernInput
from vink_desktop.services.sync_apply import RecordCounts
from vink_desktop.services.sync_import import ImportStatus, RefusedReason
from vink_desktop.storage.database import Connection
from vink_desktop.sync.batch_format import (
    BatchErrorCode,
    batch_hash,
    decrypt_batch,
    encode_batch,
    parse_batch,
)
from vink_desktop.sync.payload import SECTIONS, PayloadErrorCode, decode_payload

#: Every refusal the documentation lists for a batch file (docs/sync.md §4); "internal"
#: is not among them: it means a bug, and the fuzz tests fail on it.
DOCUMENTED_REFUSALS = (
    {str(c) for c in BatchErrorCode}
    | {str(c) for c in PayloadErrorCode}
    | {str(c) for c in RefusedReason if c is not RefusedReason.INTERNAL}
    | {"invalid_record", "code_conflict", "unknown_reference", "not_owner"}
)
RECORD_SECTIONS = tuple(s for s in SECTIONS if s not in ("format", "version"))


def dump(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every table but the audit log (a refusal is audited), row by row."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name != 'audit_log' ORDER BY name")]  # fmt: skip
    return {n: sorted(conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}


def payload_bytes(document: dict[str, Any]) -> bytes:
    """A payload document as bytes (ASCII JSON: a lone surrogate travels as its escape)."""
    return json.dumps(document, ensure_ascii=True, separators=(",", ":")).encode("ascii")


@dataclass
class BatchWorld:
    world: World
    field: Context
    base: dict[str, Any]
    sequence: int
    previous: bytes

    @property
    def office(self) -> Context:
        return self.world.office

    def sign(
        self, payload: bytes, sequence: int | None = None, previous: bytes | None = None
    ) -> bytes:
        """A batch of ``payload`` signed with the laptop's key for the next sequence."""
        return encode_batch(
            sync_service.device_identity(self.field),
            sync_service.office_identity(self.office).public,
            self.sequence if sequence is None else sequence,
            self.previous if previous is None else previous,
            payload,
            T0,
        )

    def imported(self, data: bytes) -> None:
        """The office applied ``data``: the next batch follows on from it."""
        self.sequence += 1
        self.previous = batch_hash(data)


def record_everything(field: Context) -> None:
    """One of every kind of record on the laptop, and a deleted session (a tombstone)."""
    course_id, session_ids = add_youth_with_sessions(field, "Fuzz-Y1", 3)
    participants.add_participant(
        field, "Fuzz-P1", ParticipantKind.PARENT, birth_year=1980, district="Valby",
        linked_youth=("Fuzz-Y1",),
    )  # fmt: skip
    sessions.delete_session(field, session_ids[-1])
    courses.close_course(field, course_id, date(2026, 3, 1), ClosingReason.GOALS_MET)
    office_records.add_evaluation(field, course_id, ssp=ServiceAnswer.YES, vink=ServiceAnswer.NO)
    about = office_records.add_concern(
        field, ConcernInput(datetime(2026, 3, 10, 9, 0), ConcernSource.SCHOOL, "Fuzz-Y1")
    )
    office_records.record_reaction(
        field, about.id, at=datetime(2026, 3, 10, 15, 0), outcome=ConcernOutcome.ADVICE_GIVEN
    )
    office_records.add_concern(
        field, ConcernInput(datetime(2026, 3, 10, 13, 0), ConcernSource.POLICE, new_code="Ny-F1")
    )
    office_records.add_activity(
        field, ActivityInput(date(2026, 3, 5), OutreachKind.PARENT_NETWORK, 20, respondents=15,
                             positive=12, district="Valby"),
    )  # fmt: skip


def build(root: Path) -> BatchWorld:
    world = World(root, fields=1)
    field = world.fields[0]
    add_youth_with_sessions(field, "Fuzz-Base", 1)
    first = sync_export.export_batches(field, world.outbox).batches
    sync_import.import_batches(world.office, [b.path for b in first])
    sync_devices.approve_device(world.office, world.device_id(field))
    record_everything(field)
    [second] = sync_export.export_batches(field, world.outbox).batches
    data = second.path.read_bytes()
    second.path.unlink()
    office = sync_service.office_identity(world.office)
    payload = decode_payload(decrypt_batch(parse_batch(data), office))
    base: dict[str, Any] = {"format": "vink-sync-payload", "version": payload.version}
    for name in RECORD_SECTIONS:
        base[name] = [dict(item) for item in getattr(payload, name)]
    if not base["workers"]:  # the worker travelled in batch 1; again, unchanged, to mutate
        earlier = decode_payload(decrypt_batch(parse_batch(first[-1].path.read_bytes()), office))
        base["workers"] = [dict(w) for w in earlier.workers]
    assert all(base[name] for name in RECORD_SECTIONS), {n: len(base[n]) for n in RECORD_SECTIONS}
    return BatchWorld(world, field, base, second.sequence, batch_hash(first[-1].path.read_bytes()))


def check_import(bw: BatchWorld, data: bytes, what: str) -> ImportStatus:
    """Import ``data``: a documented refusal with nothing changed, or imported. Anything
    else (an exception, ``internal``, a hold) fails with ``what`` in the message."""
    before = dump(bw.office.vault.conn)
    report = sync_import.import_batch_bytes(bw.office, data, "fuzz.vinkbatch")
    [result] = report.results
    if result.status is ImportStatus.IMPORTED:
        assert isinstance(result.counts, RecordCounts)
        bw.imported(data)
        return result.status
    assert result.status is ImportStatus.REFUSED, (what, result)
    assert result.code in DOCUMENTED_REFUSALS, (what, result)
    assert dump(bw.office.vault.conn) == before, what
    return result.status
