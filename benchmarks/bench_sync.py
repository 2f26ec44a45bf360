"""Issue 5 figures: batch export, batch import, batch size.

    python -m benchmarks.bench_sync [--export-sessions 50000] [--sessions 100000]
                                    [--devices 20] [--full]

* export (field): ``sync export`` of a vault with N sessions, every record changed
  (the first export), in sessions per second; baseline: ``json.dumps`` of the same records
  (the shapes of ``records export``). Target: >= 50,000 sessions/s.
* size: one batch of 10,000 sessions against the same records as gzip-compressed JSON
  (gzip level 6, the gzip tool's default, and level 9, Python's). Target: <= 1.2 x.
* import (office): batches holding N sessions from D devices (``--full``: 1,000,000 from
  500), two data batches per device after an approved first one, imported as one folder
  in a fresh process that reports its peak memory (VmHWM); baseline: raw sqlcipher3
  ``executemany`` of the same rows (workers, participants, courses, sessions) into a vault
  with the same schema, in one transaction. The import's time includes keeping the outcome
  cache of every course right (computed in the import for the courses a batch creates,
  ``outcomes.refresh_stale`` at the end for the others). Target: >= 0.5 x the raw
  throughput, peak memory <= 1 GB.
* ``--import-only --compare-src OTHER/src [--rounds 3]`` (issue 10, ownership): the same
  batches imported by this tree's code and by the code in OTHER/src (e.g. a ``git archive``
  of main), alternating with the raw baseline in each round, so that a busy machine slows
  all three alike; prints each round's ratio against that round's raw figure and the best.
  The office vault is created by OTHER's code (the older schema) and migrated on open.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import NOW, PASSPHRASE, line, new_vault, peak_rss_mib, scratch
from vink_desktop.domain.model import VaultKind
from vink_desktop.services import demo, records_io, sync_devices, sync_export, sync_import
from vink_desktop.services.context import Context
from vink_desktop.services.sync_outgoing import (
    course_record,
    participant_record,
    session_json,
    session_record,
    worker_record,
)
from vink_desktop.services.sync_service import (
    device_identity,
    enroll,
    export_office_identity,
    office_identity,
)
from vink_desktop.storage import bulk, repositories, sync_records
from vink_desktop.storage.codec import dt_to_text
from vink_desktop.storage.repositories import SESSION_COLUMNS
from vink_desktop.sync.batch_format import batch_file_name, batch_hash, encode_batch
from vink_desktop.sync.identity import DeviceIdentity, OfficePublic
from vink_desktop.sync.payload import encode_payload_texts, encode_record
from vink_desktop.sync.wire import ZERO_HASH


def _fill(ctx: Context, sessions: int, seed: int = 2026) -> int:
    made = 0
    while made < sessions:
        made += demo.generate_demo(ctx, seed + made, max(1, (sessions - made) // 17)).sessions
    return made


# -- export and size ---------------------------------------------------------------------------


def bench_export(root: Path, sessions: int) -> None:
    office = new_vault(root / "office")
    field = new_vault(root / "field", VaultKind.FIELD)
    total = _fill(field, sessions)
    export_office_identity(office, root / "office.vinkoffice")
    enroll(field, root / "office.vinkoffice")
    out = root / "export"
    out.mkdir()
    start = time.perf_counter()
    result = sync_export.export_batches(field, out)
    seconds = time.perf_counter() - start
    # Baseline: json.dumps of the same records, already in memory as dicts.
    conn = field.vault.conn
    records = [records_io._session_out(s) for s in bulk.iter_sessions(conn)]
    others = {
        "participants": [records_io._participant_out(p, False)
                         for p in repositories.list_participants(conn)],
        "courses": [records_io._course_out(c) for c in repositories.list_courses(conn)],
    }  # fmt: skip
    start = time.perf_counter()
    json.dumps({**others, "sessions": records}, ensure_ascii=False, separators=(",", ":"))
    dumps = time.perf_counter() - start
    line(f"sync export, first export of {total} sessions", f"{seconds:.2f} s",
         f"{total / seconds:,.0f} sessions/s (target >= 50,000); {len(result.batches)}"
         f" batches")  # fmt: skip
    line("  baseline json.dumps of the same records", f"{dumps:.2f} s",
         f"export takes {seconds / dumps:.1f}x json.dumps")  # fmt: skip

    # Size: 10,000 sessions in one batch against gzip of the same records as JSON.
    rows = conn.execute(f"SELECT {SESSION_COLUMNS} FROM sessions LIMIT 10000").fetchall()
    payload = encode_payload_texts({"sessions": [session_json(r) for r in rows]})
    batch = encode_batch(device_identity(field), office_identity(office).public, 1, ZERO_HASH,
                         payload, NOW)  # fmt: skip
    plain = json.dumps([session_record(r) for r in rows], ensure_ascii=False,
                       separators=(",", ":")).encode()  # fmt: skip
    gz6 = len(gzip.compress(plain, 6))
    gz9 = len(gzip.compress(plain, 9))
    line("batch of 10,000 sessions", f"{len(batch):,} B",
         f"{len(batch) / gz6:.3f}x gzip -6 ({gz6:,} B), {len(batch) / gz9:.3f}x gzip -9"
         f" ({gz9:,} B); target <= 1.2x")  # fmt: skip
    field.vault.close()
    office.vault.close()


# -- import -------------------------------------------------------------------------------------


def _device_batches(
    source: Context, office: OfficePublic, devices: int, out: Path, first: Path
) -> int:
    """Split the source vault's records over ``devices`` synthetic devices: for each, a
    first batch (its worker only, into ``first``) and two chained data batches (``out``).
    Returns the number of sessions written."""
    conn = source.vault.conn
    course_rows = conn.execute(f"SELECT {sync_records.COURSE_COLUMNS} FROM courses"
                               " ORDER BY id").fetchall()  # fmt: skip
    people = {str(r[0]): r for r in conn.execute(
        f"SELECT {sync_records.PARTICIPANT_COLUMNS} FROM participants")}  # fmt: skip
    total = 0
    for index in range(devices):
        device = DeviceIdentity.from_seeds(index.to_bytes(16, "big"),
                                           (index + 1).to_bytes(32, "big"))  # fmt: skip
        worker_id = f"{index:032x}"
        mine = course_rows[index::devices]
        worker_json = encode_record(worker_record((worker_id, f"Mentor {index}", 1,
                                                   dt_to_text(NOW))))  # fmt: skip
        data = encode_batch(device, office, 1, ZERO_HASH,
                            encode_payload_texts({"workers": [worker_json]}), NOW)  # fmt: skip
        (first / batch_file_name(device.device_id, 1)).write_bytes(data)
        previous = batch_hash(data)
        halves = (mine[: len(mine) // 2], mine[len(mine) // 2 :])
        for sequence, part in enumerate(halves, start=2):
            courses = [{**course_record(c), "worker_id": worker_id} for c in part]
            participants = [participant_record(people[str(c[1])], {}) for c in part]
            ids = [str(c[0]) for c in part]
            rows: list[Any] = []
            for chunk in range(0, len(ids), 500):
                some = ids[chunk : chunk + 500]
                sql = f"SELECT {SESSION_COLUMNS} FROM sessions WHERE course_id IN"
                rows += conn.execute(f"{sql} ({','.join('?' * len(some))})", some).fetchall()
            total += len(rows)
            payload = encode_payload_texts({
                "participants": [encode_record(p) for p in participants],
                "courses": [encode_record(c) for c in courses],
                "sessions": [session_json(r) for r in rows],
            })  # fmt: skip
            data = encode_batch(device, office, sequence, previous, payload, NOW)
            (out / batch_file_name(device.device_id, sequence)).write_bytes(data)
            previous = batch_hash(data)
    return total


def _raw_executemany(folder: Path, source: Context, devices: int) -> float:
    """Seconds for raw executemany of the same rows into a vault of the same schema, in one
    transaction (rows read beforehand, in pieces, outside the timing)."""
    target = new_vault(folder)
    conn = target.vault.conn
    src = source.vault.conn
    elapsed = 0.0
    conn.execute("BEGIN IMMEDIATE")
    workers = [(f"{i:032x}", f"Mentor {i}", 1, "2026-11-02T09:00:00.000000Z")
               for i in range(devices)]  # fmt: skip
    pieces = [("workers", "id, name, revision, updated_at", workers)]
    pieces.append(("participants", "*", src.execute("SELECT * FROM participants").fetchall()))
    course_rows = [list(r) for r in src.execute("SELECT * FROM courses ORDER BY id")]
    for index, row in enumerate(course_rows):
        row[3] = f"{index % devices:032x}"
    pieces.append(("courses", "*", course_rows))
    for table, columns, rows in pieces:
        marks = ",".join("?" * len(rows[0]))
        names = "" if columns == "*" else f" ({columns})"
        start = time.perf_counter()
        conn.executemany(f"INSERT INTO {table}{names} VALUES ({marks})", rows)
        elapsed += time.perf_counter() - start
    cursor = src.execute(f"SELECT {SESSION_COLUMNS} FROM sessions")
    while rows := cursor.fetchmany(50_000):
        start = time.perf_counter()
        repositories.put_session_rows(conn, rows)
        elapsed += time.perf_counter() - start
    start = time.perf_counter()
    conn.execute("COMMIT")
    elapsed += time.perf_counter() - start
    target.vault.close()
    return elapsed


_CHILD = """
import json, sys, time
from pathlib import Path
from vink_desktop.services import outcomes, sync_import, vault_service
from benchmarks.common import NOW
from vink_desktop.services.context import FixedClock
ctx = vault_service.open_vault(Path(sys.argv[1]), sys.argv[2], clock=FixedClock(NOW))
refresh = [0.0]
original = outcomes.refresh_stale
def timed_refresh(c):
    start = time.perf_counter()
    try:
        return original(c)
    finally:
        refresh[0] += time.perf_counter() - start
sync_import.outcomes.refresh_stale = timed_refresh
start = time.perf_counter()
report = sync_import.import_batches(ctx, [Path(sys.argv[3])])
elapsed = time.perf_counter() - start
vault_service.close(ctx)
# ru_maxrss survives exec (it would report the benchmark's own peak): VmHWM is this
# process's own high-water mark.
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"seconds": elapsed, "refresh": refresh[0],
                  "imported": report.count(sync_import.ImportStatus.IMPORTED),
                  "other": [(r.source, r.status.value, r.code, r.detail) for r in report.results
                            if r.status is not sync_import.ImportStatus.IMPORTED],
                  "rss": hwm / 1024}))
"""


def bench_import(root: Path, sessions: int, devices: int) -> None:
    source = new_vault(root / "source", VaultKind.FIELD)
    start = time.perf_counter()
    _fill(source, sessions, seed=7)
    line("demo generation (source records)", f"{time.perf_counter() - start:.1f} s")
    office = new_vault(root / "import-office")
    office_public = office_identity(office).public
    out, first = root / "batches", root / "first"
    out.mkdir()
    first.mkdir()
    start = time.perf_counter()
    total = _device_batches(source, office_public, devices, out, first)
    line(f"writing {2 * devices} data batches", f"{time.perf_counter() - start:.1f} s",
         f"{sum(p.stat().st_size for p in out.iterdir()) / 2**20:.1f} MiB")  # fmt: skip
    held = sync_import.import_batches(office, [first])
    assert {r.code for r in held.results} == {"device_pending"}, held.results[:3]
    for device in sync_devices.list_devices(office):
        approval = sync_devices.approve_device(office, device.device_id)
        assert [r.status.value for r in approval.results] == ["imported"], approval.results
    office.vault.close()
    raw = _raw_executemany(root / "raw", source, devices)
    source.vault.close()
    process = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root / "import-office"), PASSPHRASE, str(out)],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    child = json.loads(process.stdout)
    seconds = child["seconds"]
    assert not child["other"], child["other"][:5]
    line(f"sync import: {total} sessions from {devices} devices", f"{seconds:.2f} s",
         f"{total / seconds:,.0f} sessions/s; {child['imported']} batches")  # fmt: skip
    apply_only = seconds - child["refresh"]
    line("  of which the outcome refresh at the end", f"{child['refresh']:.2f} s",
         f"without it {total / apply_only:,.0f} sessions/s")  # fmt: skip
    line("  baseline raw executemany of the same rows", f"{raw:.2f} s",
         f"{total / raw:,.0f}/s; import = {raw / seconds:.2f}x raw"
         f" ({raw / apply_only:.2f}x without the refresh); target >= 0.5")  # fmt: skip
    line("  peak memory of the importing process (VmHWM)", f"{child['rss']:.0f} MiB",
         "target <= 1024 MiB")  # fmt: skip


_MAKE_OFFICE = """
import sys
from pathlib import Path
from benchmarks.common import new_vault
from vink_desktop.services import sync_service, vault_service
ctx = new_vault(Path(sys.argv[1]))
sync_service.export_office_identity(ctx, Path(sys.argv[2]))
vault_service.close(ctx)
"""

_APPROVE = """
import sys
from pathlib import Path
from benchmarks.common import NOW
from vink_desktop.services import sync_devices, sync_import, vault_service
from vink_desktop.services.context import FixedClock
ctx = vault_service.open_vault(Path(sys.argv[1]), sys.argv[2], clock=FixedClock(NOW))
held = sync_import.import_batches(ctx, [Path(sys.argv[3])])
assert {r.code for r in held.results} == {"device_pending"}, held.results[:3]
for device in sync_devices.list_devices(ctx):
    approval = sync_devices.approve_device(ctx, device.device_id)
    assert [r.status.value for r in approval.results] == ["imported"], approval.results
vault_service.close(ctx)
"""

_HERE = Path(__file__).resolve().parent.parent


def _run_with(src: Path, script: str, *args: str) -> str:
    """Run ``script`` in a fresh process with the code in ``src`` (and these benchmarks)."""
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{_HERE}"}
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, check=True, cwd=_HERE, env=env)  # fmt: skip
    return done.stdout


def bench_import_compare(root: Path, sessions: int, devices: int, other: Path, rounds: int) -> None:
    """The import of the same batches by this tree's code and by ``other``'s, each round
    beside a raw baseline measured just before (docstring of the module)."""
    root.mkdir(parents=True, exist_ok=True)
    here = _HERE / "src"
    template = root / "office-template"
    identity = root / "office.vinkoffice"
    _run_with(other, _MAKE_OFFICE, str(template), str(identity))
    source = new_vault(root / "source", VaultKind.FIELD)
    _fill(source, sessions, seed=7)
    from vink_desktop.services.sync_service import read_office_identity

    out, first = root / "batches", root / "first"
    out.mkdir()
    first.mkdir()
    total = _device_batches(source, read_office_identity(identity), devices, out, first)
    variants = {"this tree": here, f"other ({other})": other}
    ready = {}
    for name, src in variants.items():
        ready[name] = root / f"office-{len(ready)}"
        shutil.copytree(template, ready[name])
        _run_with(src, _APPROVE, str(ready[name]), PASSPHRASE, str(first))
    ratios: dict[str, list[float]] = {name: [] for name in variants}
    for number in range(rounds):
        raw_folder = root / f"raw-{number}"
        raw = _raw_executemany(raw_folder, source, devices)
        shutil.rmtree(raw_folder)
        for name, src in variants.items():
            vault = root / f"run-{number}"
            shutil.copytree(ready[name], vault)
            child = json.loads(_run_with(src, _CHILD, str(vault), PASSPHRASE, str(out)))
            shutil.rmtree(vault)
            assert not child["other"], child["other"][:5]
            ratios[name].append(raw / child["seconds"])
            line(f"round {number + 1}: {name}", f"{child['seconds']:.2f} s",
                 f"raw {raw:.2f} s; import = {raw / child['seconds']:.2f}x raw")  # fmt: skip
    source.vault.close()
    for name, found in ratios.items():
        line(f"{total} sessions from {devices} devices: {name}",
             f"best {max(found):.2f}x", f"median {statistics.median(found):.2f}x raw"
             f" over {rounds} rounds")  # fmt: skip
    mine, theirs = (statistics.median(found) for found in ratios.values())
    line("  this tree against the other (median ratios)", f"{mine / theirs:.3f}",
         "target >= 0.95")  # fmt: skip
    shutil.rmtree(root)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--export-sessions", type=int, default=50_000)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--full", action="store_true", help="1,000,000 sessions, 500 devices")
    parser.add_argument("--import-only", action="store_true", help="skip the export figures")
    parser.add_argument("--compare-src", type=Path, help="another tree's src/ to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.full:
        args.sessions, args.devices = 1_000_000, 500
    root = scratch()
    print(f"# bench_sync: export {args.export_sessions}, import {args.sessions} sessions from"
          f" {args.devices} devices; scratch {root}")  # fmt: skip
    if not args.import_only:
        bench_export(root / "e", args.export_sessions)
    if args.compare_src is not None:
        bench_import_compare(root / "c", args.sessions, args.devices,
                             args.compare_src.resolve(), args.rounds)  # fmt: skip
    else:
        bench_import(root / "i", args.sessions, args.devices)
    line("peak memory of this benchmark process", f"{peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
