"""The command line through a real subprocess: behaviour, output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery staple"


class Cli:
    def __init__(self, tmp_path: Path) -> None:
        tmp_path.mkdir(parents=True, exist_ok=True)
        self.vault = tmp_path / "vault"
        self.passfile = tmp_path / "pass.txt"
        self.passfile.write_text(PASSPHRASE + "\n")
        self.env = {**os.environ, "VINK_VAULT": str(self.vault),
                    "VINK_PASSPHRASE_FILE": str(self.passfile)}  # fmt: skip

    def run(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "vink_desktop", *args],
            capture_output=True,
            text=True,
            env=env or self.env,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )

    def ok(self, *args: str) -> str:
        result = self.run(*args)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""  # SQLCipher logs nothing; success prints nothing to stderr
        return result.stdout

    def json(self, *args: str) -> object:
        return json.loads(self.ok(*args, "--json"))


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = Cli(tmp_path)
    out = c.ok("init", "--kind", "field", "--worker", "Mette Mentor", "--insecure-test-kdf")
    assert "Recovery key" in out
    c.recovery_key = out.split("safe):")[1].split()[0]  # type: ignore[attr-defined]
    return c


def test_record_everything_without_a_window(cli: Cli, tmp_path: Path) -> None:
    info = cli.json("info")
    assert info["kind"] == "field" and info["worker_name"] == "Mette Mentor"  # type: ignore[index]
    assert info["sqlcipher_version"]  # type: ignore[index]
    cli.ok("participants", "add", "--code", "Emil-K0001", "--kind", "youth", "--district", "Valby")
    cli.ok(
        "participants", "add", "--code", "Hanne-K0002", "--kind", "parent", "--link", "Emil-K0001"
    )
    people = cli.json("participants", "list")
    assert [p["code"] for p in people] == ["Emil-K0001", "Hanne-K0002"]  # type: ignore[index, union-attr]
    course = cli.json("courses", "open", "--participant", "Emil-K0001", "--start", "2026-01-05")
    course_id = course["id"]  # type: ignore[index]
    notes = tmp_path / "notes.txt"
    notes.write_text("long talk")
    concern = ("extremist_ties", "polarising_views", "violence_acceptance", "us_and_them")
    resilience = ("source_criticism", "own_needs_before_group", "positive_communities",
                  "future_prospects")  # fmt: skip
    for day, level in (("05", 4), ("19", 3), ("26", 2)):
        rates = [f"--rate={i}={level}" for i in concern]
        rates += [f"--rate={i}={6 - level}" for i in resilience]
        cli.ok("sessions", "add", "--course", course_id, "--start", f"2026-01-{day}T15:00",
               "--minutes", "60", "--notes-file", str(notes), "--self-rating", "4",
               *rates)  # fmt: skip
    listed = cli.json("sessions", "list", "--course", course_id)
    assert len(listed) == 3  # type: ignore[arg-type]
    shown = cli.ok("courses", "show", course_id)
    assert "progression (practitioner-rated)" in shown and "Emil-K0001" in shown
    rows = cli.json("courses", "list")
    assert rows[0]["progression"] is True  # type: ignore[index]
    audit = cli.json("audit")
    assert any(a["action"] == "view" for a in audit)  # type: ignore[union-attr]
    closed = cli.json("courses", "close", course_id, "--end", "2026-02-01", "--reason", "goals_met")
    assert closed["status"] == "closed"  # type: ignore[index]


def test_wrong_passphrase_exits_2(cli: Cli, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it at all\n")
    result = cli.run("info", "--passphrase-file", str(wrong))
    assert result.returncode == 2
    assert "wrong passphrase" in result.stderr
    assert "Traceback" not in result.stderr


def test_damaged_vault_exits_3(cli: Cli) -> None:
    db = cli.vault / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[:64] = bytes(64)
    db.write_bytes(bytes(raw))
    result = cli.run("info")
    assert result.returncode == 3
    assert "damaged" in result.stderr


def test_bad_usage_and_invalid_input_exit_1(cli: Cli) -> None:
    assert cli.run("courses", "frobnicate").returncode == 1
    assert (
        cli.run("courses", "open", "--participant", "nobody", "--start", "2026-01-01").returncode
        == 1
    )
    result = cli.run("records", "export", "--format", "json", "--out", "x.json")
    assert result.returncode == 1 and "--plaintext" in result.stderr


def test_no_passphrase_source_and_no_terminal(cli: Cli) -> None:
    env = {k: v for k, v in cli.env.items() if k != "VINK_PASSPHRASE_FILE"}
    result = cli.run("info", env=env)
    assert result.returncode == 1
    assert "--passphrase-file" in result.stderr


def test_passwd_and_recover(cli: Cli, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("a new long passphrase\n")
    cli.ok("passwd", "--new-passphrase-file", str(new))
    assert cli.run("info").returncode == 2
    assert cli.run("info", "--passphrase-file", str(new)).returncode == 0
    keyfile = tmp_path / "recovery.txt"
    keyfile.write_text(cli.recovery_key)  # type: ignore[attr-defined]
    third = tmp_path / "third.txt"
    third.write_text("third long passphrase\n")
    cli.ok("recover", "--recovery-key-file", str(keyfile), "--new-passphrase-file", str(third))
    assert cli.run("info", "--passphrase-file", str(third)).returncode == 0
    keyfile.write_text("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ")
    assert cli.run("recover", "--recovery-key-file", str(keyfile),
                   "--new-passphrase-file", str(new)).returncode == 2  # fmt: skip


def test_export_import_round_trip(cli: Cli, tmp_path: Path) -> None:
    cli.ok("demo", "--seed", "5", "--participants", "20")
    out = tmp_path / "records.json"
    cli.ok("records", "export", "--format", "json", "--out", str(out), "--plaintext")
    csv_out = tmp_path / "records.csv"
    cli.ok("records", "export", "--format", "csv", "--out", str(csv_out), "--plaintext")
    assert csv_out.read_text().startswith("session_id,")
    other = Cli(tmp_path / "o")
    other.ok("init", "--kind", "office", "--worker", "Sara Supervisor", "--insecure-test-kdf")
    result = other.json("records", "import", str(out))
    original = cli.json("info")
    assert result["sessions"] == original["sessions"]  # type: ignore[index]
    again = other.json("records", "import", str(out))
    assert again["sessions"] == 0 and again["unchanged"] > 0  # type: ignore[index, operator]
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "vink-records", "version": 99}')
    bad = other.run("records", "import", str(broken))
    assert bad.returncode == 1 and "version" in bad.stderr


def test_demo_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    outs = []
    for name in ("a", "b"):
        c = Cli(tmp_path / name)
        c.ok("init", "--kind", "office", "--worker", "Sara", "--insecure-test-kdf")
        c.ok("demo", "--seed", "11", "--participants", "15")
        outs.append(
            [
                (r["participant_code"], r["sessions"], r["current_score"])
                for r in c.json("courses", "list")
            ]
        )  # type: ignore[union-attr]
    assert outs[0] == outs[1]
