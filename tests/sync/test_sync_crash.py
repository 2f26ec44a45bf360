"""An import killed at random moments leaves a vault that opens, passes its integrity check,
and holds every batch either completely (ledger row and all its records) or not at all."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sync_helpers import PASSPHRASE, World, add_youth_with_sessions

from vink_desktop.services import sync_devices, sync_export, sync_import, sync_service
from vink_desktop.storage.vault import Vault
from vink_desktop.sync.batch_format import decrypt_batch, parse_batch
from vink_desktop.sync.identity import format_id
from vink_desktop.sync.payload import decode_payload

RUNS = 50

CHILD = """
import sys, time
from pathlib import Path
from vink_desktop.services import sync_import, vault_service
sync_import.GROUP_RECORDS = int(sys.argv[2])
folder, files = Path(sys.argv[1]), [Path(p) for p in sys.argv[3:]]
ctx = vault_service.open_vault(folder, sys.stdin.readline().rstrip("\\n"))
print("ready", flush=True)
start = time.perf_counter()
sync_import.import_batches(ctx, files)
print(f"done {time.perf_counter() - start:.4f}", flush=True)
vault_service.close(ctx)
"""


def _batch_contents(world: World, files: list[Path]) -> dict[tuple[str, int], set[str]]:
    office = sync_service.office_identity(world.office)
    contents = {}
    for path in files:
        parsed = parse_batch(path.read_bytes())
        payload = decode_payload(decrypt_batch(parsed, office))
        key = (format_id(parsed.header.sender_device_id), parsed.header.sequence)
        contents[key] = {str(s["id"]) for s in payload.sessions}
    return contents


def _run_child(folder: Path, files: list[Path], delay: float | None, group: int) -> str:
    """Import ``files`` into the vault in ``folder`` in a child process, committing every
    ``group`` records (whole batches); kill it ``delay`` seconds after it is ready."""
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(group), *map(str, files)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(PASSPHRASE + "\n")
    process.stdin.flush()
    assert process.stdout.readline().strip() == "ready"
    if delay is not None:
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
    out, _ = process.communicate(timeout=60)
    return out


@pytest.mark.slow
def test_import_killed_at_random_moments(tmp_path: Path) -> None:
    world = World(tmp_path / "world", fields=3)
    files: list[Path] = []
    try:
        for index, field in enumerate(world.fields[:2]):
            add_youth_with_sessions(field, f"Crash-{index}-a", 1)
            first = sync_export.export_batches(field, world.outbox)
            sync_import.import_batches(world.office, [first.batches[0].path])
            sync_devices.approve_device(world.office, world.device_id(field))
            for part in range(3):
                add_youth_with_sessions(field, f"Crash-{index}-{part}", 120)
            result = sync_export.export_batches(field, world.outbox, max_records=130)
            files.extend(b.path for b in result.batches)
        # A device not approved yet: its batch is held.
        add_youth_with_sessions(world.fields[2], "Crash-pending", 5)
        files.extend(b.path for b in sync_export.export_batches(world.fields[2],
                                                                world.outbox).batches)  # fmt: skip
        contents = _batch_contents(world, files)
    finally:
        world.close()
    # Deliver the second batch of each device first, so holding and applying held happens.
    order = [files[1], files[0], *files[2:4], files[5], files[4], *files[6:]]
    prepared = tmp_path / "prepared"
    shutil.copytree(tmp_path / "world" / "office", prepared)

    calibrate = tmp_path / "calibrate"
    shutil.copytree(prepared, calibrate)
    out = _run_child(calibrate, order, None, 1)
    duration = float(out.split("done")[1])
    assert _check(calibrate, contents) == len(contents) - 1  # all but the pending one

    rng = random.Random(2026)
    applied_counts = []
    started = time.perf_counter()
    for run in range(RUNS):
        folder = tmp_path / f"run{run}"
        shutil.copytree(prepared, folder)
        # Half the runs commit after every batch, half in groups of batches (the default).
        group = 1 if run % 2 else sync_import.GROUP_RECORDS
        _run_child(folder, order, rng.uniform(0, duration * 1.1), group)
        applied_counts.append(_check(folder, contents))
        shutil.rmtree(folder)
    assert time.perf_counter() - started < 60
    # The kills landed at different points of the import.
    assert len(set(applied_counts)) >= 3, applied_counts


def _check(folder: Path, contents: dict[tuple[str, int], set[str]]) -> int:
    """Open the vault, check it and check every batch is all or nothing; returns how many
    of the batches are applied."""
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.integrity_check() == []
        conn = vault.conn
        ledger = {(str(d), int(s)) for d, s in conn.execute(
            "SELECT device_id, sequence FROM sync_ledger")}  # fmt: skip
        held = {(str(d), int(s)) for d, s in conn.execute(
            "SELECT device_id, sequence FROM sync_held")}  # fmt: skip
        present = {str(r[0]) for r in conn.execute("SELECT id FROM sessions")}
        applied = 0
        for key, session_ids in contents.items():
            found = session_ids & present
            if key in ledger:
                assert found == session_ids, key
                assert key not in held
                applied += 1
            else:
                assert not found, (key, len(found), len(session_ids))
        devices = {str(d): int(h) for d, h in conn.execute(
            "SELECT device_id, highest_contiguous FROM sync_devices")}  # fmt: skip
        for device, highest in devices.items():
            mine = sorted(s for d, s in ledger if d == device)
            assert mine == list(range(1, highest + 1)), (device, mine, highest)
    return applied
