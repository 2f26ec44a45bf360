"""Reading a batch file as far as no database is needed, so that an import can do it for the
next file on a helper thread while it writes the current one (``sync_import``).

:func:`arrive` reads the file and checks what the file alone can show: its size, format and
version, and that it is addressed to this office's key. :func:`read_ahead` goes further for
a batch from a device the office had approved when the import began: it verifies the
signature with that device's pinned key and only then decrypts, decodes and reads the
sessions, and checks those whose course the batch itself carries. It decides nothing: what
it finds is kept, and the import still takes every check in the documented order (device →
signature → ledger → decrypt → records), using this work only where the pinned key it
checks against is the one the signature was verified with. A batch that turns out to be a
duplicate or out of order was then decrypted for nothing; nothing of it is used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from vink_desktop.domain.framework_registry import FrameworkRegistry
from vink_desktop.services.context import Context
from vink_desktop.services.sync_payload import (
    ParsedSession,
    RecordRefused,
    SessionChecks,
    check_sessions_in_batch,
    parse_sessions,
)
from vink_desktop.storage import sync_store
from vink_desktop.storage.repositories import session_rows_json
from vink_desktop.sync.batch_format import (
    MAX_BATCH_SIZE,
    BatchErrorCode,
    BatchFormatError,
    ParsedBatch,
    check_recipient,
    decrypt_batch,
    parse_batch,
    verify_batch_signature,
)
from vink_desktop.sync.identity import DevicePublic, OfficeIdentity, format_id
from vink_desktop.sync.payload import Payload, PayloadError, decode_payload

#: A file that cannot be read at all.
UNREADABLE = "unreadable"


@dataclass(slots=True)
class Ahead:
    """What :func:`read_ahead` found. Each problem is kept for the step of the import that
    reports it: the signature's, then the decryption's and payload's, then the sessions'
    (the records are read in their own order, ``sync_payload.read_content``)."""

    #: The device key the signature was verified with.
    key: bytes
    signature_problem: str | None = None
    payload_problem: BatchFormatError | PayloadError | None = None
    payload: Payload | None = None
    sessions: list[ParsedSession] | None = None
    sessions_problem: RecordRefused | None = None
    #: The rows of ``sessions`` as ``repositories.session_rows_json`` writes them.
    rows_json: str | None = None
    checks: SessionChecks | None = None


@dataclass(slots=True)
class Arrival:
    """One batch file, read: ``refusal`` is a code when the file itself is refused (too
    large, unreadable, not a batch, another office); otherwise ``parsed`` holds it."""

    source: str
    parsed: ParsedBatch | None = None
    refusal: str | None = None
    ahead: Ahead | None = None

    @property
    def device_id(self) -> str | None:
        return None if self.parsed is None else format_id(self.parsed.header.sender_device_id)


def arrive(path: Path, office: OfficeIdentity) -> Arrival:
    """Read one batch file and check what needs neither keys nor the database."""
    name = path.name
    try:
        if os.stat(path).st_size > MAX_BATCH_SIZE:
            return Arrival(name, refusal=BatchErrorCode.TOO_LARGE)
        data = path.read_bytes()
    except OSError:
        return Arrival(name, refusal=UNREADABLE)
    return arrive_bytes(data, name, office)


def arrive_bytes(data: bytes, source: str, office: OfficeIdentity) -> Arrival:
    try:
        parsed = parse_batch(data)
        check_recipient(parsed, office.office_id, office.public.key_id)
    except BatchFormatError as exc:
        return Arrival(source, refusal=exc.code)
    return Arrival(source, parsed)


def read_ahead(
    arrival: Arrival,
    office: OfficeIdentity,
    frameworks: FrameworkRegistry,
    approved: Mapping[str, bytes],
) -> None:
    """Verify, decrypt and read ``arrival`` ahead of its turn when its device is among
    ``approved`` (device id -> pinned public key); otherwise leave it for its turn."""
    device_id = arrival.device_id
    key = None if device_id is None else approved.get(device_id)
    if arrival.parsed is None or device_id is None or key is None or arrival.ahead is not None:
        return
    parsed = arrival.parsed
    ahead = arrival.ahead = Ahead(key)
    try:
        verify_batch_signature(parsed, DevicePublic.from_bytes(key))
    except BatchFormatError as exc:
        ahead.signature_problem = exc.code
        return
    try:
        ahead.payload = decode_payload(decrypt_batch(parsed, office))
    except (BatchFormatError, PayloadError) as exc:
        ahead.payload_problem = exc
        return
    try:
        ahead.sessions = parse_sessions(ahead.payload.sessions)
    except RecordRefused as exc:
        ahead.sessions_problem = exc
        return
    ahead.checks = check_sessions_in_batch(ahead.payload, ahead.sessions, frameworks)
    ahead.rows_json = session_rows_json([row for row, _, _ in ahead.sessions])


class ImportLine:
    """The files of one import and a helper thread that reads the next file ahead
    (``sync_ahead``) while the current batch's sessions are written, and scores the
    courses that batch creates. The helper never touches the database."""

    def __init__(self, ctx: Context, office: OfficeIdentity, files: list[Path]) -> None:
        self.ctx = ctx
        self.office = office
        self.files = files
        self.approved = {
            row.device_id: row.public_key
            for row in sync_store.list_devices(ctx.vault.conn)
            if row.status == "approved"
        }
        self.arrivals: dict[int, Arrival] = {}
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vink-import")

    def __enter__(self) -> ImportLine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def take(self, index: int) -> Arrival:
        """File ``index``: as read ahead, or read now."""
        found = self.arrivals.pop(index, None)
        return found if found is not None else arrive(self.files[index], self.office)

    def beside(self, index: int) -> tuple[Executor, Callable[[], None] | None]:
        """The helper thread, and work for it that reads file ``index`` ahead (none past
        the last file): ``sync_apply.write_batch`` runs it beside a batch's largest write."""
        if index >= len(self.files):
            return self.pool, None

        def work() -> None:
            arrival = arrive(self.files[index], self.office)
            try:
                read_ahead(arrival, self.office, self.ctx.frameworks, self.approved)
            except Exception:
                # Unexpected (a bug): forget what was read ahead; the file is read again in
                # its turn, where the import's guard refuses it as its own (not as the
                # batch being written now).
                arrival.ahead = None
            self.arrivals[index] = arrival

        return self.pool, work
