"""Issue 2 figures: recording a session, importing records, opening the vault.

    python -m benchmarks.bench_foundation [--sessions 200000]

* record one session through the service (validation, change log, audit log and the
  outcome cache included), median, with 0 and with N sessions stored; baseline: one raw
  INSERT of the same row and COMMIT on the same connection.
* `records import` of N sessions; baseline: raw sqlcipher3 executemany of the same session
  rows into the same schema, in one transaction. Throughput ratio import/raw.
* opening the vault (after the KDF) with N sessions; baseline: a raw SQLCipher connect,
  key and first read of the same file. Each open runs in a fresh process, which also
  reports its peak memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.common import PASSPHRASE, line, median_ms, new_vault, peak_rss_mib, scratch
from vink_desktop.domain.model import ContactKind, ParticipantKind
from vink_desktop.services import courses, demo, participants, records_io, sessions
from vink_desktop.services.context import Context
from vink_desktop.services.sessions import SessionInput
from vink_desktop.storage import repositories

RATINGS = {
    "extremist_ties": 3, "polarising_views": 3, "violence_acceptance": 2, "us_and_them": 3,
    "source_criticism": 3, "own_needs_before_group": 3, "positive_communities": 4,
    "future_prospects": 3,
}  # fmt: skip


def _record_medians(ctx: Context, repeat: int = 60) -> tuple[float, float]:
    """(service median ms, raw insert+commit median ms)."""
    youth = participants.add_participant(ctx, f"Bench-{time.time_ns()}", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, youth.id, date(2026, 1, 5))
    when = [datetime(2026, 1, 5, 10, 0)]

    def record() -> None:
        when[0] += timedelta(days=1)
        sessions.record_session(
            ctx,
            course.id,
            SessionInput(when[0], 60, ContactKind.MEETING, "notes", dict(RATINGS), 3),
        )

    service = median_ms(record, repeat)
    template = sessions.list_sessions(ctx, course.id)[-1]
    conn = ctx.vault.conn
    counter = [0]

    def raw() -> None:
        counter[0] += 1
        row = list(repositories.session_row(template))
        row[0] = f"raw-{time.time_ns()}-{counter[0]}"
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(repositories.SESSION_INSERT, row)
        conn.execute("COMMIT")

    return service, median_ms(raw, repeat)


def _raw_executemany(folder: Path, source: Context) -> float:
    """Seconds for raw executemany of the same rows (workers, participants and their links,
    courses, sessions) into a vault with the same schema, in one transaction."""
    target = new_vault(folder)
    conn = target.vault.conn
    src = source.vault.conn
    tables = {}
    for table in ("workers", "participants", "participant_links", "courses", "sessions"):
        tables[table] = src.execute(f"SELECT * FROM {table}").fetchall()
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for table, rows in tables.items():
        if rows:
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    target.vault.close()
    return elapsed


def _open_in_subprocess(folder: Path, raw: bool) -> dict[str, float]:
    code = f"""
import json, time, resource
from pathlib import Path
from vink_desktop.storage.vault import Vault
from vink_desktop.storage.keyfile import read_keyfile
from vink_desktop.storage import database
folder = Path({str(folder)!r})
key = read_keyfile(folder / "vault.key").unlock({PASSPHRASE!r})
start = time.perf_counter()
if {raw!r}:
    conn = database.sqlcipher3.connect(str(folder / "vault.db"))
    conn.execute("PRAGMA key = \\"x'" + key.hex() + "'\\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    elapsed = time.perf_counter() - start
    conn.close()
else:
    vault = Vault.open(folder, {PASSPHRASE!r})
    vault.conn.execute("SELECT count(*) FROM sessions").fetchone()
    elapsed = time.perf_counter() - start
    vault.close()
# ru_maxrss survives exec on Linux (it would report the parent's peak); VmHWM does not.
status = Path("/proc/self/status")
lines = status.read_text().splitlines() if status.exists() else []
hwm = [l for l in lines if l.startswith("VmHWM")]
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak = int(hwm[0].split()[1]) / 1024 if hwm else own / 1024
print(json.dumps({{"ms": elapsed * 1000, "rss": peak}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=200_000)
    args = parser.parse_args()
    root = scratch()
    print(f"# bench_foundation: {args.sessions} sessions, scratch {root}")

    empty = new_vault(root / "empty")
    service0, raw0 = _record_medians(empty)
    empty.vault.close()
    line("record session, empty vault (median)", f"{service0:.2f} ms",
         f"raw insert+commit {raw0:.2f} ms, ratio {service0 / raw0:.1f}x")  # fmt: skip

    full = new_vault(root / "full")
    start = time.perf_counter()
    participants_needed = max(1, args.sessions // 20)
    made = demo.generate_demo(full, 2026, participants_needed)
    extra = args.sessions - made.sessions
    while extra > 0:
        more = demo.generate_demo(full, 2026 + extra, max(1, extra // 20))
        extra -= more.sessions
    total = repositories.count(full.vault.conn, "sessions")
    line("demo generation", f"{time.perf_counter() - start:.1f} s", f"{total} sessions")
    serviceN, rawN = _record_medians(full)
    line(f"record session, {total} stored (median)", f"{serviceN:.2f} ms",
         f"raw insert+commit {rawN:.2f} ms, ratio {serviceN / rawN:.1f}x")  # fmt: skip

    export = root / "records.json"
    records_io.export_records(full, export, "json")
    raw_seconds = _raw_executemany(root / "raw", full)
    full.vault.close()
    target = new_vault(root / "import")
    start = time.perf_counter()
    result = records_io.import_records(target, export)
    import_seconds = time.perf_counter() - start
    target.vault.close()
    line(f"records import ({result.sessions} sessions)", f"{import_seconds:.2f} s",
         f"{result.sessions / import_seconds:,.0f}/s")  # fmt: skip
    line("raw executemany of the same rows", f"{raw_seconds:.2f} s",
         f"{total / raw_seconds:,.0f}/s; import throughput = "
         f"{raw_seconds / import_seconds:.2f} x raw (target >= 0.5)")  # fmt: skip

    opens = [_open_in_subprocess(root / "full", raw=False) for _ in range(5)]
    raws = [_open_in_subprocess(root / "full", raw=True) for _ in range(5)]
    open_ms = sorted(o["ms"] for o in opens)[2]
    raw_ms = sorted(o["ms"] for o in raws)[2]
    line(f"open vault after KDF, {total} sessions (median of 5)", f"{open_ms:.1f} ms",
         f"raw connect+key+read {raw_ms:.1f} ms, ratio {open_ms / raw_ms:.1f}x")  # fmt: skip
    line("peak memory of the opening process", f"{max(o['rss'] for o in opens):.0f} MiB")
    line("peak memory of this benchmark process", f"{peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
