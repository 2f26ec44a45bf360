"""The key file: round trips, wrong passphrase vs damage, recovery, passphrase change, crashes."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vink_desktop.storage.atomic import remove_stale_temp_files
from vink_desktop.storage.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    MalformedRecoveryKey,
    VaultError,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vink_desktop.storage.kdf import TEST_KDF_PARAMS, KdfParams
from vink_desktop.storage.keyfile import (
    KeyFile,
    UnsupportedKeyFileVersion,
    key_check,
    read_keyfile,
    write_keyfile,
)
from vink_desktop.storage.recovery_key import format_recovery_key

SRC = Path(__file__).resolve().parents[2] / "src"
DATA_KEY = bytes.fromhex("8c" * 32)
RECOVERY = bytes.fromhex("31" * 20)
PASSPHRASE = "Rødgrød med fløde, 42!"
NEW_PASSPHRASE = "en helt anden sætning"


def make(
    data_key: bytes = DATA_KEY,
    passphrase: str = PASSPHRASE,
    recovery: bytes = RECOVERY,
    vault_id: str = "0f4c2a9d6b1e4b7f8a3c5d2e1f0a9b8c",
    kind: str = "field",
) -> KeyFile:
    return KeyFile.create(
        data_key, passphrase, recovery, TEST_KDF_PARAMS, vault_id=vault_id, kind=kind
    )


@pytest.fixture(scope="module")
def keyfile() -> KeyFile:
    return make()


@pytest.fixture(scope="module")
def raw(keyfile: KeyFile) -> bytes:
    return keyfile.to_bytes()


def rechecksum(content_lines: list[bytes]) -> bytes:
    """Reassemble a key file from its first two lines with a correct checksum."""
    content = b"".join(line + b"\n" for line in content_lines)
    return content + b"sha256:" + hashlib.sha256(content).hexdigest().encode() + b"\n"


def edit_body(raw: bytes, edit: object) -> bytes:
    """Change the JSON body, keep it canonical and recompute the checksum (a forger's edit)."""
    magic, body, _ = raw.split(b"\n", 2)
    data = json.loads(body)
    edit(data)  # type: ignore[operator]
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    return rechecksum([magic, canonical])


# -- round trips ---------------------------------------------------------------------------


def test_round_trip(keyfile: KeyFile, raw: bytes) -> None:
    again = KeyFile.from_bytes(raw)
    assert again == keyfile
    assert again.to_bytes() == raw
    assert again.unlock(PASSPHRASE) == DATA_KEY
    assert again.unlock_with_recovery(format_recovery_key(RECOVERY)) == DATA_KEY
    assert again.unlock_with_recovery(RECOVERY) == DATA_KEY
    assert again.matches(DATA_KEY) and not again.matches(bytes(32))


def test_properties(keyfile: KeyFile) -> None:
    assert keyfile.vault_id == "0f4c2a9d6b1e4b7f8a3c5d2e1f0a9b8c"
    assert keyfile.kind == "field"
    assert keyfile.kdf_params == TEST_KDF_PARAMS
    assert keyfile.format_version == 1


def test_layout(raw: bytes) -> None:
    lines = raw.split(b"\n")
    assert lines[0] == b"VINK-KEYFILE 1"
    assert lines[2].startswith(b"sha256:") and lines[3] == b""
    body = json.loads(lines[1])
    assert set(body) == {"vault_id", "kind", "key_check", "passphrase", "recovery"}
    assert body["passphrase"]["kdf"] == "argon2id"
    assert body["passphrase"]["memory_kib"] == TEST_KDF_PARAMS.memory_kib
    assert body["recovery"]["kdf"] == "hkdf-sha256"
    assert len(raw) < 1024


def test_nfc_equivalent_passphrase_opens() -> None:
    kf = make(passphrase="caf\u00e9")
    assert kf.unlock("cafe\u0301") == DATA_KEY


def test_same_randomness_gives_same_bytes() -> None:
    def counter_rng() -> Callable[[int], bytes]:
        state = iter(range(1000))
        return lambda n: bytes(next(state) % 256 for _ in range(n))

    a = KeyFile.create(
        DATA_KEY,
        PASSPHRASE,
        RECOVERY,
        TEST_KDF_PARAMS,
        vault_id="v",
        kind="field",
        rng=counter_rng(),
    )
    b = KeyFile.create(
        DATA_KEY,
        PASSPHRASE,
        RECOVERY,
        TEST_KDF_PARAMS,
        vault_id="v",
        kind="field",
        rng=counter_rng(),
    )
    assert a.to_bytes() == b.to_bytes()
    assert make().to_bytes() != make().to_bytes()  # fresh salts and nonces by default


@settings(max_examples=25, deadline=None)
@given(
    passphrase=st.text(min_size=1, max_size=40),
    data_key=st.binary(min_size=32, max_size=32),
    recovery=st.binary(min_size=20, max_size=20),
    kind=st.sampled_from(["field", "office"]),
)
def test_round_trip_property(passphrase: str, data_key: bytes, recovery: bytes, kind: str) -> None:
    kf = KeyFile.from_bytes(make(data_key, passphrase, recovery, kind=kind).to_bytes())
    assert kf.unlock(passphrase) == data_key
    assert kf.unlock_with_recovery(format_recovery_key(recovery)) == data_key
    assert kf.kind == kind


@pytest.mark.parametrize(
    "kwargs",
    [
        {"data_key": bytes(31)},
        {"data_key": bytes(33)},
        {"recovery": bytes(16)},
        {"passphrase": ""},
        {"vault_id": ""},
        {"vault_id": "a b"},
        {"vault_id": "x" * 129},
        {"kind": "field\n"},
    ],
)
def test_create_refuses_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        make(**kwargs)  # type: ignore[arg-type]


# -- secrets stay out of messages and reprs ------------------------------------------------


def test_repr_hides_secrets(keyfile: KeyFile, raw: bytes) -> None:
    text = repr(keyfile) + str(keyfile)
    body = json.loads(raw.split(b"\n")[1])
    for secret in (
        body["key_check"],
        body["passphrase"]["wrapped"],
        body["recovery"]["wrapped"],
        body["passphrase"]["salt"],
        DATA_KEY.hex(),
        repr(DATA_KEY),
    ):
        assert secret not in text
    assert "field" in text and "KdfParams" in text


def test_errors_do_not_carry_secrets(keyfile: KeyFile) -> None:
    wrong = "mit-hemmelige-forkerte-kodeord"
    other_recovery = format_recovery_key(bytes(20))
    typo = format_recovery_key(RECOVERY)[:-1] + "Z"
    errors: list[BaseException] = []
    for attempt, arg in (
        (keyfile.unlock, wrong),
        (keyfile.unlock, "bad\udcff"),
        (keyfile.unlock_with_recovery, other_recovery),
        (keyfile.unlock_with_recovery, typo),
    ):
        with pytest.raises(VaultError) as info:
            attempt(arg)
        errors.append(info.value)
    for error in errors:
        text = f"{error!s} {error!r} {error.args!r}"
        for secret in (wrong, "bad", other_recovery, typo, DATA_KEY.hex(), "3131"):
            assert secret not in text
        assert error.__cause__ is None and error.__context__ is None


# -- wrong passphrase vs damaged file ------------------------------------------------------


def test_wrong_passphrase(keyfile: KeyFile) -> None:
    for wrong in ("", " " + PASSPHRASE, PASSPHRASE.upper(), PASSPHRASE[:-1], "x"):
        with pytest.raises(WrongPassphrase):
            keyfile.unlock(wrong)


def test_every_flipped_byte_is_damage_never_a_wrong_passphrase(raw: bytes) -> None:
    for index in range(len(raw)):
        for mask in (0x01, 0x20, 0x80, 0xFF):
            flipped = bytearray(raw)
            flipped[index] ^= mask
            with pytest.raises(KeyFileDamaged) as info:
                KeyFile.from_bytes(bytes(flipped)).unlock(PASSPHRASE)
            assert type(info.value) is KeyFileDamaged, (index, mask, info.value)


def test_every_truncation_is_damage(raw: bytes) -> None:
    for length in range(len(raw)):
        with pytest.raises(KeyFileDamaged):
            KeyFile.from_bytes(raw[:length])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (bytes(565), "not a VINK key file"),
        (b"\xff" * 565, "not a VINK key file"),
        (b"VINK-KEYFILE 1\n", "checksum"),
        (b"x" * (64 * 1024 + 1), "too large"),
    ],
)
def test_damaged_contents(content: bytes, reason: str) -> None:
    with pytest.raises(KeyFileDamaged) as info:
        KeyFile.from_bytes(content)
    assert reason in str(info.value)


def test_appended_bytes_are_damage(raw: bytes) -> None:
    for extra in (b"\n", b" ", b"x", raw):
        with pytest.raises(KeyFileDamaged):
            KeyFile.from_bytes(raw + extra)


def test_newer_format_version_is_named(raw: bytes) -> None:
    _, body, _ = raw.split(b"\n", 2)
    newer = rechecksum([b"VINK-KEYFILE 3", body])
    with pytest.raises(UnsupportedKeyFileVersion) as info:
        KeyFile.from_bytes(newer)
    assert info.value.version == 3
    assert isinstance(info.value, KeyFileDamaged)  # exit code 3, like any unreadable file
    for bad in (b"VINK-KEYFILE 0", b"VINK-KEYFILE 01", b"VINK-KEYFILE x", b"VINK-KEYFILE 1 "):
        with pytest.raises(KeyFileDamaged) as info2:
            KeyFile.from_bytes(rechecksum([bad, body]))
        assert type(info2.value) is KeyFileDamaged


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(extra=1),
        lambda d: d.pop("kind"),
        lambda d: d["passphrase"].update(kdf="scrypt"),
        lambda d: d["recovery"].update(kdf="argon2id"),
        lambda d: d["passphrase"].update(memory_kib=2**40),  # refused before any derivation
        lambda d: d["passphrase"].update(iterations=0),
        lambda d: d["passphrase"].update(lanes=True),
        lambda d: d["passphrase"].update(memory_kib="64"),
        lambda d: d["passphrase"].update(salt=d["passphrase"]["salt"][:-4]),
        lambda d: d["passphrase"].update(nonce="!!!!" + d["passphrase"]["nonce"][4:]),
        lambda d: d["recovery"].update(wrapped=None),
        lambda d: d.update(key_check=d["key_check"].rstrip("=")),
        lambda d: d.update(vault_id="../../etc"),
        lambda d: d.update(kind=["field"]),
        lambda d: d.update(passphrase=[]),
    ],
)
def test_malformed_body_with_valid_checksum_is_damage(raw: bytes, edit: object) -> None:
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(edit_body(raw, edit))


def test_non_canonical_body_is_damage(raw: bytes) -> None:
    magic, body, _ = raw.split(b"\n", 2)
    # base64 with non-zero padding bits decodes to the same bytes: still refused.
    check = json.loads(body)["key_check"]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    sloppy = check[:42] + alphabet[alphabet.index(check[42]) ^ 1] + "="
    assert base64.b64decode(sloppy) == base64.b64decode(check)
    with pytest.raises(KeyFileDamaged, match="canonical"):
        KeyFile.from_bytes(edit_body(raw, lambda d: d.update(key_check=sloppy)))
    spaced = json.dumps(json.loads(body), sort_keys=True).encode()
    with pytest.raises(KeyFileDamaged, match="canonical"):
        KeyFile.from_bytes(rechecksum([magic, spaced]))
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(rechecksum([magic, body + b" "]))
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(rechecksum([magic, b"{", body]))


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(kind="office"),
        lambda d: d.update(vault_id="another"),
        lambda d: d.update(key_check=base64.b64encode(key_check(bytes(32))).decode()),
    ],
)
def test_header_is_bound_to_both_wraps(raw: bytes, edit: object) -> None:
    """A forger who recomputes the checksum still cannot change the header unnoticed."""
    forged = KeyFile.from_bytes(edit_body(raw, edit))
    with pytest.raises(WrongPassphrase):
        forged.unlock(PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        forged.unlock_with_recovery(RECOVERY)


def test_kdf_parameters_are_bound(raw: bytes) -> None:
    def cheaper(d: dict[str, dict[str, int]]) -> None:
        d["passphrase"]["memory_kib"] = 128

    forged = KeyFile.from_bytes(edit_body(raw, cheaper))
    with pytest.raises(WrongPassphrase):
        forged.unlock(PASSPHRASE)
    assert forged.unlock_with_recovery(RECOVERY) == DATA_KEY  # the other wrap is intact


def test_wraps_cannot_be_moved_between_vaults(raw: bytes) -> None:
    other = json.loads(make(vault_id="other").to_bytes().split(b"\n")[1])

    def graft(d: dict[str, object]) -> None:
        d["recovery"] = other["recovery"]

    forged = KeyFile.from_bytes(edit_body(raw, graft))
    with pytest.raises(WrongRecoveryKey):
        forged.unlock_with_recovery(RECOVERY)


# -- recovery ------------------------------------------------------------------------------


def test_recovery_key_typo_vs_wrong_key(keyfile: KeyFile) -> None:
    text = format_recovery_key(RECOVERY)
    typo = ("2" if text[0] != "2" else "3") + text[1:]
    with pytest.raises(MalformedRecoveryKey):
        keyfile.unlock_with_recovery(typo)
    with pytest.raises(MalformedRecoveryKey):
        keyfile.unlock_with_recovery(text[:-5])
    with pytest.raises(MalformedRecoveryKey):
        keyfile.unlock_with_recovery(bytes(19))
    with pytest.raises(WrongRecoveryKey):
        keyfile.unlock_with_recovery(format_recovery_key(bytes(20)))
    with pytest.raises(WrongRecoveryKey):
        keyfile.unlock_with_recovery(bytes(20))
    sloppy = text.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keyfile.unlock_with_recovery(sloppy) == DATA_KEY


def test_passphrase_change_keeps_recovery(keyfile: KeyFile, raw: bytes) -> None:
    params = KdfParams(memory_kib=128, iterations=2, lanes=1)
    changed = keyfile.with_new_passphrase(DATA_KEY, NEW_PASSPHRASE, params)
    changed = KeyFile.from_bytes(changed.to_bytes())
    assert changed.unlock(NEW_PASSPHRASE) == DATA_KEY
    with pytest.raises(WrongPassphrase):
        changed.unlock(PASSPHRASE)
    assert changed.kdf_params == params
    assert changed.unlock_with_recovery(format_recovery_key(RECOVERY)) == DATA_KEY
    old_body = json.loads(raw.split(b"\n")[1])
    new_body = json.loads(changed.to_bytes().split(b"\n")[1])
    assert new_body["recovery"] == old_body["recovery"]
    assert new_body["key_check"] == old_body["key_check"]
    assert new_body["passphrase"]["salt"] != old_body["passphrase"]["salt"]
    assert keyfile.unlock(PASSPHRASE) == DATA_KEY  # the original object is unchanged


def test_recovery_then_new_passphrase(keyfile: KeyFile) -> None:
    data_key = keyfile.unlock_with_recovery(format_recovery_key(RECOVERY))
    changed = keyfile.with_new_passphrase(data_key, NEW_PASSPHRASE, TEST_KDF_PARAMS)
    assert changed.unlock(NEW_PASSPHRASE) == DATA_KEY


def test_passphrase_change_refuses_the_wrong_data_key(keyfile: KeyFile) -> None:
    with pytest.raises(ValueError):
        keyfile.with_new_passphrase(bytes(32), NEW_PASSPHRASE, TEST_KDF_PARAMS)
    with pytest.raises(ValueError):
        keyfile.with_new_passphrase(DATA_KEY, "", TEST_KDF_PARAMS)


def test_key_check_is_not_the_key() -> None:
    assert key_check(DATA_KEY) != DATA_KEY and len(key_check(DATA_KEY)) == 32


# -- files ---------------------------------------------------------------------------------


def test_write_and_read(tmp_path: Path, keyfile: KeyFile) -> None:
    path = tmp_path / "vault.key"
    write_keyfile(path, keyfile)
    assert read_keyfile(path) == keyfile
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["vault.key"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissing):
        read_keyfile(tmp_path / "vault.key")


def test_unreadable_path_is_damage(tmp_path: Path) -> None:
    (tmp_path / "vault.key").mkdir()
    with pytest.raises(KeyFileDamaged):
        read_keyfile(tmp_path / "vault.key")


def test_damaged_file_on_disk(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "vault.key"
    for content in (b"", raw[:100], bytes(len(raw)), raw[:-1]):
        path.write_bytes(content)
        with pytest.raises(KeyFileDamaged):
            read_keyfile(path)


# -- the crash test ------------------------------------------------------------------------

CHANGE_PASSPHRASE = textwrap.dedent(
    """
    import functools, os, sys
    from pathlib import Path
    from vink_desktop.storage import atomic, keyfile
    from vink_desktop.storage.kdf import TEST_KDF_PARAMS

    step, path = sys.argv[1], Path(sys.argv[2])
    old, new = sys.stdin.read().split("\\n")[:2]  # never in argv
    current = keyfile.read_keyfile(path)
    changed = current.with_new_passphrase(current.unlock(old), new, TEST_KDF_PARAMS)

    def die(*args, **kwargs):
        os._exit(70)

    if step == "before_write":  # temp file created, nothing written
        os.write = die
    elif step == "before_fsync":  # temp file written, not yet synced
        os.fsync = die
    elif step == "before_replace":  # temp file complete and synced
        keyfile.atomic_write_bytes = functools.partial(
            atomic.atomic_write_bytes, _before_replace=die
        )
    elif step == "after_replace":  # renamed, folder not yet synced
        real_replace = os.replace
        def replace_then_die(src, dst):
            real_replace(src, dst)
            os._exit(70)
        os.replace = replace_then_die
    keyfile.write_keyfile(path, changed)
    sys.exit(0 if step == "completed" else 71)
    """
)

STEPS = ["before_write", "before_fsync", "before_replace", "after_replace", "completed"]


def run_child(script: str, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def openers(path: Path) -> list[str]:
    keyfile = read_keyfile(path)
    works = []
    for candidate in (PASSPHRASE, NEW_PASSPHRASE):
        try:
            assert keyfile.unlock(candidate) == DATA_KEY
        except WrongPassphrase:
            continue
        works.append(candidate)
    assert keyfile.unlock_with_recovery(format_recovery_key(RECOVERY)) == DATA_KEY
    return works


@pytest.mark.parametrize("step", STEPS)
def test_passphrase_change_killed_at_each_step(tmp_path: Path, step: str) -> None:
    path = tmp_path / "vault.key"
    write_keyfile(path, make())
    result = run_child(CHANGE_PASSPHRASE, step, str(path), stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}")
    assert result.returncode == (0 if step == "completed" else 70), result.stderr

    works = openers(path)
    assert len(works) == 1, step  # exactly one of old and new, never neither
    new_expected = step in ("after_replace", "completed")
    assert works == [NEW_PASSPHRASE if new_expected else PASSPHRASE]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    # A kill before the rename leaves a private temp file; it is cleaned up on next open.
    leftovers = sorted(p for p in os.listdir(tmp_path) if p != "vault.key")
    assert len(leftovers) == (
        1 if step in ("before_write", "before_fsync", "before_replace") else 0
    )
    for name in leftovers:
        if os.name == "posix":
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    assert len(remove_stale_temp_files(path)) == len(leftovers)
    assert os.listdir(tmp_path) == ["vault.key"]


FLIP_FOREVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vink_desktop.storage import keyfile
    from vink_desktop.storage.kdf import TEST_KDF_PARAMS

    path = Path(sys.argv[1])
    a, b = sys.stdin.read().split("\\n")[:2]
    print("ready", flush=True)
    while True:
        current = keyfile.read_keyfile(path)
        try:
            key, new = current.unlock(a), b
        except Exception:
            key, new = current.unlock(b), a
        keyfile.write_keyfile(path, current.with_new_passphrase(key, new, TEST_KDF_PARAMS))
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_passphrase_changes_killed_at_random_moments(tmp_path: Path) -> None:
    """SIGKILL a process that changes the passphrase in a loop, at random moments."""
    path = tmp_path / "vault.key"
    write_keyfile(path, make())
    rng = random.Random(20240611)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    seen: set[str] = set()
    for _ in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", FLIP_FOREVER, str(path)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(f"{PASSPHRASE}\n{NEW_PASSPHRASE}")
        child.stdin.close()
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        works = openers(path)
        assert len(works) == 1
        seen.update(works)
    assert seen == {PASSPHRASE, NEW_PASSPHRASE}  # the children did change it, many times
    print("stale temp files left by the kills:", len(remove_stale_temp_files(path)))
