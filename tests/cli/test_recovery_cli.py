"""Recovery through the office on the command line, through real subprocesses: the request,
the office's answer, recovery with the one-time key, and the exit codes of each refusal."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.test_cli import Cli

KEY_RE = re.compile(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){8}")


def setup(tmp_path: Path) -> tuple[Cli, Cli, Path, Path]:
    field, office = Cli(tmp_path / "field"), Cli(tmp_path / "office")
    field.ok("init", "--kind", "field", "--worker", "Mette Mentor", "--insecure-test-kdf")
    office.ok("init", "--kind", "office", "--worker", "Sara Supervisor", "--insecure-test-kdf")
    identity = tmp_path / "office.vinkoffice"
    office.ok("office", "identity", "--out", str(identity))
    field.ok("enroll", str(identity))
    field.ok("participants", "add", "--code", "Emil-K0001", "--kind", "youth")
    request, answer = tmp_path / "m.vinkrecovery-request", tmp_path / "m.vinkrecovery-answer"
    return field, office, request, answer


def test_forgotten_passphrase_and_lost_key_recovered_through_the_office(tmp_path: Path) -> None:
    field, office, request, answer = setup(tmp_path)
    env = {k: v for k, v in field.env.items() if k != "VINK_PASSPHRASE_FILE"}  # forgotten
    made = field.run("recover", "--office-request", str(request), env=env)
    assert made.returncode == 0, made.stderr
    fingerprint = re.search(r"Its fingerprint:\s+([0-9 ]{35})", made.stdout)
    assert fingerprint is not None

    preview = office.json("office", "recovery-answer", str(request), "--preview")
    assert preview["device_status"] == "unknown"  # type: ignore[index]
    assert preview["device_fingerprint"] == fingerprint.group(1)  # type: ignore[index]
    assert not answer.exists()
    shown = office.ok("office", "recovery-answer", str(request), "--out", str(answer))
    one_time = KEY_RE.findall(shown)
    assert len(one_time) == 1 and answer.exists()
    audit = json.dumps(office.json("audit"))
    assert "vault_recovery" in audit and one_time[0] not in audit

    key_file, new = tmp_path / "otk.txt", tmp_path / "new.txt"
    new.write_text("the passphrase after the call\n")
    key_file.write_text("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ\n")
    before = (field.vault / "vault.key").read_bytes()
    args = ("recover", "--office-answer", str(answer), "--one-time-key-file", str(key_file),
            "--new-passphrase-file", str(new))  # fmt: skip
    wrong = field.run(*args, env=env)
    assert wrong.returncode == 2 and "nothing was changed" in wrong.stderr
    assert (field.vault / "vault.key").read_bytes() == before

    key_file.write_text(one_time[0] + "\n")
    done = field.run(*args, env=env)
    assert done.returncode == 0, done.stderr
    new_recovery = KEY_RE.findall(done.stdout)
    assert len(new_recovery) == 1 and new_recovery[0] != one_time[0]
    assert field.run("info").returncode == 2  # the old passphrase no longer opens it
    info = field.run("participants", "list", "--json", "--passphrase-file", str(new))
    assert info.returncode == 0 and "Emil-K0001" in info.stdout
    assert (field.vault / "vault.key").read_bytes().startswith(b"VINK-KEYFILE 2\n")
    # The new printed recovery key works as any recovery key does.
    printed, third = tmp_path / "printed.txt", tmp_path / "third.txt"
    printed.write_text(new_recovery[0])
    third.write_text("a third long passphrase\n")
    field.ok("recover", "--recovery-key-file", str(printed), "--new-passphrase-file", str(third))


def test_refusals_and_their_exit_codes(tmp_path: Path) -> None:
    field, office, request, answer = setup(tmp_path)
    # No answer file yet, a damaged one, and one for another vault: exit 1, nothing changed.
    field.ok("recover", "--office-request", str(request))
    office.ok("office", "recovery-answer", str(request), "--out", str(answer))
    before = (field.vault / "vault.key").read_bytes()
    damaged = tmp_path / "damaged"
    damaged.write_bytes(answer.read_bytes()[:-5])
    result = field.run("recover", "--office-answer", str(damaged))
    assert result.returncode == 1 and "damaged" in result.stderr
    other = Cli(tmp_path / "other")
    other.ok("init", "--kind", "field", "--worker", "Ole", "--insecure-test-kdf")
    other.ok("enroll", str(tmp_path / "office.vinkoffice"))
    result = other.run("recover", "--office-answer", str(answer))
    assert result.returncode == 1 and "not for this vault" in result.stderr
    assert (field.vault / "vault.key").read_bytes() == before
    # The field vault cannot answer; the office needs --out; a field vault never enrolled
    # cannot make a request.
    result = field.run("office", "recovery-answer", str(request), "--out", str(tmp_path / "x"))
    assert result.returncode == 1 and not (tmp_path / "x").exists()
    assert office.run("office", "recovery-answer", str(request)).returncode == 1
    lonely = Cli(tmp_path / "lonely")
    lonely.ok("init", "--kind", "field", "--worker", "Ane", "--insecure-test-kdf")
    result = lonely.run("recover", "--office-request", str(tmp_path / "y"))
    assert result.returncode == 1 and "no wrap for the office" in result.stderr
    assert "Traceback" not in result.stderr
