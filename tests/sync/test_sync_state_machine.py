"""A hypothesis state machine over edits on several laptops, exports, deliveries to the
office in any order and with duplicates, approvals, and receipts going back.

Reports of concern (and reactions to them, newer revisions) are recorded on the laptops too.
Invariants: the office never holds a record revision that no laptop produced (and a
revision it holds equals what the laptop produced); receipts never confirm a batch the
office has not applied; after everything is delivered the office equals the union of the
laptops.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sync_helpers import World, add_youth_with_sessions, snapshot, union

from vink_desktop.domain.model import ContactKind
from vink_desktop.domain.office import ConcernSource
from vink_desktop.services import (
    office_records,
    sessions,
    sync_devices,
    sync_export,
    sync_import,
    sync_receipts,
)
from vink_desktop.services.context import Context
from vink_desktop.services.sessions import SessionInput
from vink_desktop.storage import sync_store

FIELDS = 2


def _revision(entity: str, row: tuple[object, ...]) -> int:
    """The revision column of a ``snapshot`` row."""
    return int(row[6] if entity == "participant" else row[-2])  # type: ignore[call-overload]


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="vink-sync-sm-"))
        self.world = World(self.root, fields=FIELDS)
        self.pool: list[Path] = []  # every batch file ever written: the "network"
        self.counter = 0

    def teardown(self) -> None:
        """Send and deliver everything: the office must equal the union, and receipts then
        confirm every change on every laptop."""
        try:
            for index in range(FIELDS):
                self.export(index, 1000)
            self.deliver_everything()
            assert snapshot(self.world.office) == union([snapshot(f) for f in self.world.fields])
            for index in range(FIELDS):
                self.receipt_back(index)
                assert sync_receipts.sync_status(self._field(index)).unconfirmed_changes == 0
        finally:
            self.world.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _field(self, index: int) -> Context:
        return self.world.fields[index]

    def _session_ids(self, field: Context) -> list[str]:
        return [str(r[0]) for r in field.vault.conn.execute("SELECT id FROM sessions ORDER BY id")]

    # -- laptops ---------------------------------------------------------------------------

    @rule(index=st.integers(0, FIELDS - 1), count=st.integers(1, 3))
    def add_records(self, index: int, count: int) -> None:
        self.counter += 1
        add_youth_with_sessions(self._field(index), f"P{index}-{self.counter}", count,
                                start=date(2026, 1, 1 + self.counter % 20))  # fmt: skip

    @rule(index=st.integers(0, FIELDS - 1), data=st.data())
    def edit_session(self, index: int, data: st.DataObject) -> None:
        field = self._field(index)
        ids = self._session_ids(field)
        if not ids:
            return
        current = sessions.get_session(field, data.draw(st.sampled_from(ids)))
        self.world.clock.advance(seconds=1)
        sessions.update_session(
            field, current.id,
            SessionInput(current.start.wall, current.duration_minutes % 90 + 5,
                         ContactKind.PHONE, f"edit {self.counter}", dict(current.ratings), 2),
        )  # fmt: skip

    @rule(index=st.integers(0, FIELDS - 1), data=st.data())
    def delete_session(self, index: int, data: st.DataObject) -> None:
        field = self._field(index)
        ids = self._session_ids(field)
        if ids:
            sessions.delete_session(field, data.draw(st.sampled_from(ids)))

    @rule(index=st.integers(0, FIELDS - 1))
    def add_concern(self, index: int) -> None:
        """A report of concern about a new pseudonym (the office records travel too)."""
        self.counter += 1
        office_records.add_concern(
            self._field(index),
            office_records.ConcernInput(datetime(2026, 3, 1 + self.counter % 10, 10, 0),
                                        ConcernSource.SCHOOL, new_code=f"S{index}-{self.counter}"),
        )  # fmt: skip

    @rule(index=st.integers(0, FIELDS - 1), data=st.data())
    def react_to_concern(self, index: int, data: st.DataObject) -> None:
        """A reaction recorded later: a newer revision of the report."""
        field = self._field(index)
        waiting = office_records.list_concerns(field, unreacted_only=True)
        if not waiting:
            return
        report = data.draw(st.sampled_from(waiting)).report
        self.world.clock.advance(seconds=1)
        office_records.record_reaction(
            field, report.id, at=report.received.wall + timedelta(hours=2)
        )

    @rule(index=st.integers(0, FIELDS - 1), max_records=st.sampled_from([2, 5, 1000]))
    def export(self, index: int, max_records: int) -> None:
        self.world.clock.advance(seconds=1)
        result = sync_export.export_batches(
            self._field(index), self.world.outbox, max_records=max_records
        )
        self.pool.extend(b.path for b in result.batches)

    @rule(index=st.integers(0, FIELDS - 1))
    def resend(self, index: int) -> None:
        result = sync_export.resend_batches(self._field(index), self.world.outbox)
        for batch in result.batches:
            assert batch.path in self.pool

    # -- the office --------------------------------------------------------------------------

    @precondition(lambda self: bool(self.pool))
    @rule(data=st.data())
    def deliver(self, data: st.DataObject) -> None:
        files = data.draw(st.lists(st.sampled_from(self.pool), min_size=1, max_size=4))
        report = sync_import.import_batches(self.world.office, files)
        assert not any(r.status.value == "refused" for r in report.results), report

    @rule()
    def approve(self) -> None:
        for device in sync_devices.list_devices(self.world.office):
            if device.status == "pending":
                approval = sync_devices.approve_device(self.world.office, device.device_id)
                assert all(r.status.value == "imported" for r in approval.results)

    @rule(index=st.integers(0, FIELDS - 1))
    def receipt_back(self, index: int) -> None:
        self.world.clock.advance(seconds=1)
        field = self._field(index)
        written = sync_receipts.write_receipts(self.world.office, self.world.receipts)
        mine = [r for r in written if r.device_id == self.world.device_id(field)]
        if mine:
            result = sync_receipts.import_receipt(field, mine[0].path)
            assert result.status in ("accepted", "duplicate")

    @rule(index=st.integers(0, FIELDS - 1))
    def export_then_receipt(self, index: int) -> None:
        """A receipt that arrives while a newer batch is still on its way."""
        self.export(index, 1000)
        self.receipt_back(index)

    @rule()
    def deliver_everything(self) -> None:
        sync_import.import_batches(self.world.office, list(reversed(self.pool)))
        self.approve()
        unsent = [f for f in self.world.fields
                  if sync_receipts.sync_status(f).unexported_changes]  # fmt: skip
        if not unsent:
            assert snapshot(self.world.office) == union([snapshot(f) for f in self.world.fields])

    # -- invariants --------------------------------------------------------------------------

    @invariant()
    def office_holds_only_what_laptops_produced(self) -> None:
        produced: set[tuple[str, str, int]] = set()
        for field in self.world.fields:
            produced.update(
                (str(e), str(i), int(r))
                for e, i, r in field.vault.conn.execute(
                    "SELECT entity, entity_id, revision FROM change_log WHERE op = 'upsert'"
                )
            )
        office = snapshot(self.world.office)
        current = union([snapshot(f) for f in self.world.fields])
        for entity, records in office.items():
            for record_id, row in records.items():
                revision = _revision(entity, row)
                assert (entity, record_id, revision) in produced
                mine = current.get(entity, {}).get(record_id)
                if mine is not None and _revision(entity, mine) == revision:
                    assert mine == row

    @invariant()
    def receipts_confirm_only_what_the_office_applied(self) -> None:
        conn = self.world.office.vault.conn
        for field in self.world.fields:
            device_id = self.world.device_id(field)
            applied = set(sync_store.ledger_sequences(conn, device_id))
            for row in field.vault.conn.execute(
                "SELECT sequence FROM sync_outbox WHERE device_id = ? AND confirmed_at IS NOT NULL",
                (device_id,),
            ):
                assert int(row[0]) in applied


SyncMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_sync_state_machine = SyncMachine.TestCase
