"""The sync commands through a real subprocess: output, JSON and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import PASSPHRASE

HELPERS = Path(__file__).with_name("sync_helpers.py")


class Cli:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.passfile = root / "pass.txt"
        self.passfile.write_text(PASSPHRASE + "\n")
        self.env = {**os.environ, "VINK_PASSPHRASE_FILE": str(self.passfile)}
        self.env.pop("VINK_VAULT", None)

    def run(self, vault: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(HELPERS), *args, "--vault", str(self.root / vault)],
            capture_output=True, text=True, env=self.env, stdin=subprocess.DEVNULL, timeout=120,
        )  # fmt: skip

    def json(self, vault: str, *args: str, code: int = 0) -> Any:
        result = self.run(vault, *args, "--json")
        assert result.returncode == code, result.stderr
        return json.loads(result.stdout)

    def init(self, vault: str, kind: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "vink_desktop", "init", "--vault", str(self.root / vault),
             "--kind", kind, "--worker", f"{kind} worker", "--insecure-test-kdf"],
            check=True, capture_output=True, env=self.env, stdin=subprocess.DEVNULL,
        )  # fmt: skip


@pytest.mark.slow
def test_sync_commands_end_to_end(tmp_path: Path) -> None:
    cli = Cli(tmp_path)
    cli.init("office", "office")
    cli.init("field", "field")
    assert cli.run("field", "demo", "--participants", "5").returncode == 0
    out, receipts = tmp_path / "out", tmp_path / "receipts"
    out.mkdir()
    receipts.mkdir()
    identity = tmp_path / "office.vinkoffice"

    office = cli.json("office", "office", "identity", "--out", str(identity))
    assert len(office["fingerprint"].split()) == 6
    enrolled = cli.json("field", "enroll", str(identity))
    assert enrolled["office_fingerprint"] == office["fingerprint"]
    assert enrolled["status"] == "enrolled"

    wrong = cli.run("office", "enroll", str(identity))
    assert wrong.returncode == 1 and "field laptop" in wrong.stderr
    wrong = cli.run("field", "sync", "import", str(out))
    assert wrong.returncode == 1 and "office" in wrong.stderr
    wrong = cli.run("office", "sync", "export", "--out", str(out))
    assert wrong.returncode == 1

    exported = cli.json("field", "sync", "export", "--out", str(out))
    assert [b["sequence"] for b in exported["batches"]] == [1]
    held = cli.json("office", "sync", "import", str(out), code=4)
    assert [(r["status"], r["code"]) for r in held["results"]] == [("held", "device_pending")]
    [device] = cli.json("office", "devices", "list")
    assert device["status"] == "pending"
    assert device["fingerprint"] == enrolled["device_fingerprint"]
    approved = cli.json("office", "devices", "approve", device["device_id"][:10],
                        "--fingerprint", enrolled["device_fingerprint"])  # fmt: skip
    assert [r["status"] for r in approved["results"]] == ["imported"]
    again = cli.json("office", "sync", "import", str(out))
    assert [r["status"] for r in again["results"]] == ["duplicate"]

    text = cli.run("field", "sync", "status")
    assert text.returncode == 0 and "Confirmed at the office up to: nothing yet" in text.stdout
    written = cli.json("office", "sync", "receipts", "--out", str(receipts))
    assert [r["highest_contiguous"] for r in written] == [1]
    accepted = cli.json("field", "sync", "receipt-import", written[0]["path"])
    assert accepted["status"] == "accepted"
    status = cli.json("field", "sync", "status")
    assert status["unconfirmed_changes"] == 0 and status["warning"] is False

    damaged = out / "damaged.vinkbatch"
    data = bytearray((out / Path(exported["batches"][0]["path"]).name).read_bytes())
    data[-1] ^= 0xFF
    damaged.write_bytes(bytes(data))
    refused = cli.run("office", "sync", "import", str(damaged))
    assert refused.returncode == 4 and "refused" in refused.stdout
    assert cli.run("office", "sync", "import", str(tmp_path / "missing")).returncode == 1
    revoked = cli.json("office", "devices", "revoke", device["device_id"])
    assert revoked["status"] == "revoked"

    cli.passfile.write_text("not the passphrase\n")
    assert cli.run("field", "sync", "status").returncode == 2


@pytest.mark.slow
def test_devices_forget_and_approve_again(tmp_path: Path) -> None:
    cli = Cli(tmp_path)
    cli.init("office", "office")
    cli.init("field", "field")
    assert cli.run("field", "demo", "--participants", "2").returncode == 0
    out, resend = tmp_path / "out", tmp_path / "resend"
    out.mkdir()
    resend.mkdir()
    identity = tmp_path / "office.vinkoffice"
    office = cli.json("office", "office", "identity", "--out", str(identity))

    # A preview shows the office's fingerprint and enrolls nothing.
    preview = cli.json("field", "enroll", str(identity), "--preview")
    assert preview["office_fingerprint"] == office["fingerprint"]
    assert cli.json("field", "sync", "status")["office_fingerprint"] is None
    text = cli.run("field", "enroll", str(identity), "--preview")
    assert text.returncode == 0 and "Nothing was enrolled" in text.stdout
    enrolled = cli.json("field", "enroll", str(identity))
    fingerprint = enrolled["device_fingerprint"]
    cli.json("field", "sync", "export", "--out", str(out))

    # Forget the pending laptop: gone with its held batch; its batch again: pending again.
    cli.json("office", "sync", "import", str(out), code=4)
    [device] = cli.json("office", "devices", "list")
    device_id = device["device_id"]
    forgotten = cli.json("office", "devices", "forget", device_id[:8])
    assert forgotten == {"device_id": device_id, "fingerprint": fingerprint, "held_deleted": 1}
    assert cli.json("office", "devices", "list") == []
    held = cli.json("office", "sync", "import", str(out), code=4)
    assert [(r["status"], r["code"]) for r in held["results"]] == [("held", "device_pending")]
    text = cli.run("office", "devices", "forget", device_id)
    assert text.returncode == 0 and "deleted 1 held batch;" in text.stdout
    cli.json("office", "sync", "import", str(out), code=4)
    cli.json("office", "devices", "approve", device_id, "--fingerprint", fingerprint)
    refused = cli.run("office", "devices", "forget", device_id, "--json")
    assert refused.returncode == 1 and "only a pending device" in refused.stderr

    # Revoked: a batch is refused. Approved again only with the fingerprint; the refused
    # batch arrives when the laptop writes its unconfirmed batches again.
    cli.json("office", "devices", "revoke", device_id)
    add = cli.run("field", "participants", "add", "--code", "Later-K01", "--kind", "youth")
    assert add.returncode == 0, add.stderr
    cli.json("field", "sync", "export", "--out", str(out))
    refused = cli.json("office", "sync", "import", str(out), code=4)
    assert {r["code"] for r in refused["results"]} == {"device_revoked"}
    missing = cli.run("office", "devices", "approve", device_id)
    assert missing.returncode == 1 and "fingerprint" in missing.stderr
    again = cli.json("office", "devices", "approve", device_id, "--fingerprint", fingerprint)
    assert again["previous_status"] == "revoked" and again["results"] == []
    assert again["device"]["status"] == "approved"
    assert again["device"]["highest_contiguous"] == 1
    rewritten = cli.json("field", "sync", "export", "--out", str(resend), "--resend")
    assert [b["sequence"] for b in rewritten["batches"]] == [1, 2]
    imported = cli.json("office", "sync", "import", str(resend))
    assert [(r["sequence"], r["status"]) for r in imported["results"]] == [
        (1, "duplicate"),
        (2, "imported"),
    ]
