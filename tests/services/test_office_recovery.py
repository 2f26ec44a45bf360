"""Recovery through the office, with real vaults on disk, real key files and real request and
answer files: enroll → forget the passphrase (and the printed key) → request → the office
answers → recover with the one-time key."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, seeded_ids
from vink_desktop.domain.model import ContactKind, ParticipantKind, VaultKind
from vink_desktop.services import (
    audit_service,
    courses,
    office_recovery,
    participants,
    sessions,
    sync_devices,
    sync_export,
    sync_import,
    sync_service,
    vault_service,
)
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.sessions import SessionInput
from vink_desktop.services.sync_service import SyncError
from vink_desktop.storage.errors import (
    MalformedRecoveryKey,
    NoOfficeWrap,
    RecoveryFileDamaged,
    RecoveryFileMismatch,
    WrongOneTimeKey,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.storage.keyfile import read_keyfile
from vink_desktop.storage.recovery_key import format_recovery_key
from vink_desktop.sync.batch_format import _suite
from vink_desktop.sync.identity import format_id

NEW_PASSPHRASE = "a brand new passphrase after the phone call"


def snapshot(*folders: Path) -> dict[str, bytes]:
    """Every file under the folders, by path: to prove nothing changed."""
    return {
        str(p): p.read_bytes()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def make_office(folder: Path, clock: FixedClock, seed: int = 5) -> Context:
    return vault_service.create_vault(
        folder, PASSPHRASE, VaultKind.OFFICE, "Sara Supervisor",
        kdf_params=TEST_KDF_PARAMS, clock=clock, ids=seeded_ids(seed),
    ).context  # fmt: skip


@pytest.fixture
def office(tmp_path: Path, clock: FixedClock) -> Iterator[Context]:
    ctx = make_office(tmp_path / "office", clock)
    yield ctx
    vault_service.close(ctx)


def enroll(field: Context, office: Context, tmp_path: Path, name: str = "office") -> None:
    identity = tmp_path / f"{name}.vinkoffice"
    sync_service.export_office_identity(office, identity)
    sync_service.enroll(field, identity)


def record_note(field: Context) -> str:
    youth = participants.add_participant(field, "Emil-K0001", ParticipantKind.YOUTH)
    course = courses.open_course(field, youth.id, date(2026, 3, 1))
    entry = SessionInput(datetime(2026, 3, 5, 14, 0), 45, ContactKind.MEETING, notes="not synced")
    sessions.record_session(field, course.id, entry)
    return course.id


# -- the key file --------------------------------------------------------------------------------


def test_enrolling_adds_the_office_wrap_and_keeps_the_other_wraps(
    ctx: Context, office: Context, tmp_path: Path
) -> None:
    key_path = ctx.vault.paths.key
    before = read_keyfile(key_path)
    assert before.office_wrap is None and before.format_version == 1
    enroll(ctx, office, tmp_path)
    after = read_keyfile(key_path)
    assert after.format_version == 2
    assert key_path.read_bytes().startswith(b"VINK-KEYFILE 2\n")
    body_before = json.loads(before.to_bytes().split(b"\n")[1])
    body_after = json.loads(key_path.read_bytes().split(b"\n")[1])
    assert body_after["passphrase"] == body_before["passphrase"]
    assert body_after["recovery"] == body_before["recovery"]
    wrap = after.office_wrap
    assert wrap is not None
    identity = sync_service.identity_summary(ctx)
    assert format_id(wrap.office_id) == identity.office_id
    assert format_id(wrap.device_id) == identity.own_id
    assert wrap.office_key_id == sync_service.office_identity(office).public.key_id
    assert after.unlock(PASSPHRASE) == before.unlock(PASSPHRASE)
    # Enrolling again with the same file leaves the key file as it is.
    raw = key_path.read_bytes()
    enroll(ctx, office, tmp_path)
    assert key_path.read_bytes() == raw


def test_the_office_wrap_uses_the_batches_suite() -> None:
    from vink_desktop.storage.office_wrap import hpke_suite

    # hpke.Suite has no equality; compare what each seals to the same key.
    from vink_desktop.sync.identity import OfficeIdentity

    identity = OfficeIdentity.generate()
    sealed = hpke_suite().encrypt(b"k" * 32, identity.public.hpke_public_key(), info=b"x")
    assert _suite().decrypt(sealed, identity.hpke_private_key(), info=b"x") == b"k" * 32


def test_passphrase_change_and_recovery_keep_the_office_wrap(
    vault_dir: Path, clock: FixedClock, office: Context, tmp_path: Path
) -> None:
    created = vault_service.create_vault(
        vault_dir, PASSPHRASE, VaultKind.FIELD, "Mette", kdf_params=TEST_KDF_PARAMS, clock=clock
    )
    field = created.context
    enroll(field, office, tmp_path)
    wrap_json = json.loads(field.vault.paths.key.read_bytes().split(b"\n")[1])["office"]
    vault_service.change_passphrase(field, PASSPHRASE, NEW_PASSPHRASE)
    vault_service.close(field)
    assert (
        json.loads(vault_dir.joinpath("vault.key").read_bytes().split(b"\n")[1])["office"]
        == wrap_json
    )
    recovered = vault_service.recover_vault(
        vault_dir, created.recovery_key, PASSPHRASE, kdf_params=TEST_KDF_PARAMS
    )
    vault_service.close(recovered)
    assert (
        json.loads(vault_dir.joinpath("vault.key").read_bytes().split(b"\n")[1])["office"]
        == wrap_json
    )


def test_the_wrap_appears_after_unlock_of_a_vault_enrolled_before(
    ctx: Context, office: Context, tmp_path: Path
) -> None:
    """A vault enrolled by an older version: enrolled, but a version 1 key file."""
    key_path = ctx.vault.paths.key
    old_raw = key_path.read_bytes()
    enroll(ctx, office, tmp_path)
    vault_dir = ctx.vault.paths.folder
    vault_service.close(ctx)
    key_path.write_bytes(old_raw)  # as an older version left it
    reopened = vault_service.open_vault(vault_dir, PASSPHRASE)
    try:
        wrap = read_keyfile(key_path).office_wrap
        assert wrap is not None
        assert wrap.office_key_id == sync_service.office_identity(office).public.key_id
        entries = audit_service.list_audit(reopened, limit=5)
        assert any(e.entity == "vault_key" and "office recovery wrap" in (e.detail or "")
                   for e in entries)  # fmt: skip
    finally:
        vault_service.close(reopened)
    # The next unlock finds it and writes nothing.
    raw = key_path.read_bytes()
    vault_service.close(vault_service.open_vault(vault_dir, PASSPHRASE))
    assert key_path.read_bytes() == raw


def test_replacing_the_office_replaces_the_wrap(
    ctx: Context, office: Context, tmp_path: Path, clock: FixedClock
) -> None:
    enroll(ctx, office, tmp_path)
    other = make_office(tmp_path / "office2", clock, seed=9)
    try:
        identity = tmp_path / "other.vinkoffice"
        sync_service.export_office_identity(other, identity)
        sync_service.enroll(ctx, identity, replace=True)
        wrap = read_keyfile(ctx.vault.paths.key).office_wrap
        assert wrap is not None
        assert wrap.office_id == sync_service.office_identity(other).office_id
    finally:
        vault_service.close(other)


def test_office_vault_and_unenrolled_field_vault_have_no_wrap(
    ctx: Context, office: Context
) -> None:
    assert not office_recovery.ensure_office_wrap(ctx)
    assert not office_recovery.ensure_office_wrap(office)
    assert read_keyfile(office.vault.paths.key).format_version == 1


# -- the whole round trip ---------------------------------------------------------------------


def forget_everything(
    ctx: Context, office: Context, tmp_path: Path
) -> tuple[Path, str, office_recovery.AnsweredRequest]:
    """Enroll, record a session that never reaches the office, lock; request and answer."""
    enroll(ctx, office, tmp_path)
    course_id = record_note(ctx)
    vault_dir = ctx.vault.paths.folder
    vault_service.close(ctx)
    request = tmp_path / "mette.vinkrecovery-request"
    summary = office_recovery.write_request(vault_dir, request)
    assert summary.vault_id == read_keyfile(vault_dir / "vault.key").vault_id
    view = office_recovery.preview_request(office, request)
    assert view.device_id == summary.device_id
    assert view.device_fingerprint == summary.device_fingerprint
    assert view.device_status == "unknown"  # never synced: exactly the case this is for
    answered = office_recovery.answer_request(
        office, request, tmp_path / "mette.vinkrecovery-answer"
    )
    return vault_dir, course_id, answered


def test_round_trip(ctx: Context, office: Context, tmp_path: Path) -> None:
    vault_dir, course_id, answered = forget_everything(ctx, office, tmp_path)
    wrap_before = json.loads((vault_dir / "vault.key").read_bytes().split(b"\n")[1])["office"]
    recovered = office_recovery.recover_with_answer(
        vault_dir, answered.path, answered.one_time_key.lower().replace("-", " "),
        NEW_PASSPHRASE, kdf_params=TEST_KDF_PARAMS,
    )  # fmt: skip
    try:
        assert courses.show_course(recovered.context, course_id).sessions[0].notes == "not synced"
        actions = [e.action for e in audit_service.list_audit(recovered.context, limit=3)]
        assert "unlock_recovery" in actions
    finally:
        vault_service.close(recovered.context)
    keyfile = read_keyfile(vault_dir / "vault.key")
    keyfile.unlock(NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        keyfile.unlock(PASSPHRASE)
    # A new printed recovery key works; the one-time key is not a recovery key of the vault.
    keyfile.unlock_with_recovery(recovered.recovery_key)
    with pytest.raises(WrongRecoveryKey):
        keyfile.unlock_with_recovery(answered.one_time_key)
    body = json.loads((vault_dir / "vault.key").read_bytes().split(b"\n")[1])
    assert body["office"] == wrap_before
    # The office audited it with ids only, never the one-time key.
    entries = audit_service.list_audit(office, limit=5)
    answered_entries = [e for e in entries if e.entity == "vault_recovery"]
    assert answered_entries and answered_entries[0].entity_id == keyfile.vault_id
    assert answered.view.device_id in (answered_entries[0].detail or "")
    reopened = vault_service.open_vault(vault_dir, NEW_PASSPHRASE)
    vault_service.close(reopened)


def test_the_one_time_key_is_in_no_file_and_no_audit_entry(
    ctx: Context, office: Context, tmp_path: Path, isolated_home: Path
) -> None:
    vault_dir, _, answered = forget_everything(ctx, office, tmp_path)
    recovered = office_recovery.recover_with_answer(
        vault_dir, answered.path, answered.one_time_key, NEW_PASSPHRASE,
        kdf_params=TEST_KDF_PARAMS,
    )  # fmt: skip
    for context in (recovered.context, office):
        for entry in audit_service.list_audit(context, limit=1000):
            assert answered.one_time_key not in repr(entry)
    vault_service.close(recovered.context)
    office_dir = office.vault.paths.folder
    vault_service.close(office)
    raw = bytes.fromhex(_raw_hex(answered.one_time_key))
    needles = [answered.one_time_key.encode(), answered.one_time_key.replace("-", "").encode(),
               raw, raw.hex().encode(), base64.b64encode(raw)]  # fmt: skip
    needles.append(recovered.recovery_key.encode())
    for path in [*tmp_path.rglob("*"), *isolated_home.rglob("*"), *office_dir.rglob("*")]:
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, path
    assert answered.one_time_key not in repr(answered)


def _raw_hex(text: str) -> str:
    from vink_desktop.storage.recovery_key import parse_recovery_key

    return parse_recovery_key(text).hex()


# -- refusals: nothing changes on disk ---------------------------------------------------------


def test_wrong_one_time_key_changes_nothing(ctx: Context, office: Context, tmp_path: Path) -> None:
    vault_dir, _, answered = forget_everything(ctx, office, tmp_path)
    before = snapshot(vault_dir)
    with pytest.raises(WrongOneTimeKey) as info:
        office_recovery.recover_with_answer(
            vault_dir, answered.path, format_recovery_key(bytes(20)), NEW_PASSPHRASE,
            kdf_params=TEST_KDF_PARAMS,
        )  # fmt: skip
    assert info.value.exit_code == 2
    typo = answered.one_time_key[:-1] + ("A" if answered.one_time_key[-1] != "A" else "B")
    with pytest.raises(MalformedRecoveryKey):
        office_recovery.recover_with_answer(
            vault_dir, answered.path, typo, NEW_PASSPHRASE, kdf_params=TEST_KDF_PARAMS
        )
    # The vault's own (printed) recovery key is not the one-time key either.
    assert snapshot(vault_dir) == before
    vault_service.close(vault_service.open_vault(vault_dir, PASSPHRASE))


def _rechecksum(raw: bytes, edit: object) -> bytes:
    magic, body, _ = raw.split(b"\n", 2)
    data = json.loads(body)
    edit(data)  # type: ignore[operator]
    content = magic + b"\n" + json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    content += b"\n"
    return content + b"sha256:" + hashlib.sha256(content).hexdigest().encode() + b"\n"


def _flip_b64(value: str) -> str:
    data = bytearray(base64.b64decode(value))
    data[len(data) // 2] ^= 1
    return base64.b64encode(bytes(data)).decode()


REQUEST_EDITS = {
    "vault_id": lambda d: d.update(vault_id="f" * 32),
    "kind": lambda d: d.update(kind="office"),
    "key_check": lambda d: d.update(key_check=_flip_b64(d["key_check"])),
    "device_id": lambda d: d["office"].update(device_id="0" * 32),
    "device_key": lambda d: d["office"].update(
        device_key=base64.b64encode(
            bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        ).decode()
    ),
    "sealed": lambda d: d["office"].update(sealed=_flip_b64(d["office"]["sealed"])),
}


@pytest.mark.parametrize("part", sorted(REQUEST_EDITS))
def test_a_tampered_request_is_refused_and_nothing_written(
    ctx: Context, office: Context, tmp_path: Path, part: str
) -> None:
    enroll(ctx, office, tmp_path)
    vault_dir = ctx.vault.paths.folder
    vault_service.close(ctx)
    request = tmp_path / "r.vinkrecovery-request"
    office_recovery.write_request(vault_dir, request)
    raw = request.read_bytes()
    request.write_bytes(_rechecksum(raw, REQUEST_EDITS[part]))
    out = tmp_path / "answer"
    office_dir = office.vault.paths.folder
    audit_before = len(audit_service.list_audit(office, limit=10_000))
    with pytest.raises(RecoveryFileDamaged):
        office_recovery.answer_request(office, request, out)
    assert not out.exists()
    assert len(audit_service.list_audit(office, limit=10_000)) == audit_before
    # A flipped byte without a new checksum is damage too.
    damaged = bytearray(raw)
    damaged[len(raw) // 2] ^= 0x20
    request.write_bytes(bytes(damaged))
    with pytest.raises(RecoveryFileDamaged):
        office_recovery.answer_request(office, request, out)
    assert not out.exists() and office_dir.exists()


ANSWER_EDITS = {
    "vault_id": (lambda d: d.update(vault_id="f" * 32), RecoveryFileMismatch),
    "kind": (lambda d: d.update(kind="office"), RecoveryFileMismatch),
    "key_check": (lambda d: d.update(key_check=_flip_b64(d["key_check"])), RecoveryFileMismatch),
    "office_id": (lambda d: d.update(office_id="1" * 32), RecoveryFileMismatch),
    "office_key_id": (lambda d: d.update(office_key_id="2" * 64), RecoveryFileMismatch),
    "device_id": (lambda d: d.update(device_id="3" * 32), RecoveryFileMismatch),
    "salt": (lambda d: d["answer"].update(salt=_flip_b64(d["answer"]["salt"])), WrongOneTimeKey),
    "nonce": (
        lambda d: d["answer"].update(nonce=_flip_b64(d["answer"]["nonce"])),
        WrongOneTimeKey,
    ),
    "wrapped": (
        lambda d: d["answer"].update(wrapped=_flip_b64(d["answer"]["wrapped"])),
        WrongOneTimeKey,
    ),
    "extra": (lambda d: d.update(extra=1), RecoveryFileDamaged),
}


@pytest.mark.parametrize("part", sorted(ANSWER_EDITS))
def test_a_tampered_answer_is_refused_and_nothing_changes(
    ctx: Context, office: Context, tmp_path: Path, part: str
) -> None:
    vault_dir, _, answered = forget_everything(ctx, office, tmp_path)
    raw = answered.path.read_bytes()
    edit, error = ANSWER_EDITS[part]
    answered.path.write_bytes(_rechecksum(raw, edit))
    before = snapshot(vault_dir)
    with pytest.raises(error):
        office_recovery.recover_with_answer(
            vault_dir, answered.path, answered.one_time_key, NEW_PASSPHRASE,
            kdf_params=TEST_KDF_PARAMS,
        )  # fmt: skip
    assert snapshot(vault_dir) == before
    for cut in (len(raw) - 1, len(raw) // 2, 0):
        answered.path.write_bytes(raw[:cut])
        with pytest.raises(RecoveryFileDamaged):
            office_recovery.check_answer(vault_dir, answered.path)
    assert snapshot(vault_dir) == before


def test_an_answer_for_another_vault(
    ctx: Context, office: Context, tmp_path: Path, clock: FixedClock
) -> None:
    _, _, answered = forget_everything(ctx, office, tmp_path)
    other = vault_service.create_vault(
        tmp_path / "other-field", PASSPHRASE, VaultKind.FIELD, "Ole",
        kdf_params=TEST_KDF_PARAMS, clock=clock,
    ).context  # fmt: skip
    enroll(other, office, tmp_path, "again")
    other_dir = other.vault.paths.folder
    vault_service.close(other)
    before = snapshot(other_dir)
    with pytest.raises(RecoveryFileMismatch) as info:
        office_recovery.recover_with_answer(
            other_dir, answered.path, answered.one_time_key, NEW_PASSPHRASE,
            kdf_params=TEST_KDF_PARAMS,
        )  # fmt: skip
    assert info.value.reason == "other_vault"
    assert snapshot(other_dir) == before


def test_another_office_cannot_answer(
    ctx: Context, office: Context, tmp_path: Path, clock: FixedClock
) -> None:
    enroll(ctx, office, tmp_path)
    vault_dir = ctx.vault.paths.folder
    vault_service.close(ctx)
    request = tmp_path / "r.vinkrecovery-request"
    office_recovery.write_request(vault_dir, request)
    other = make_office(tmp_path / "office2", clock, seed=11)
    try:
        with pytest.raises(SyncError) as info:
            office_recovery.answer_request(other, request, tmp_path / "a")
        assert info.value.code == "recovery_other_office"
    finally:
        vault_service.close(other)
    assert not (tmp_path / "a").exists()


def test_an_answer_from_the_previous_office_is_refused(
    ctx: Context, office: Context, tmp_path: Path, clock: FixedClock
) -> None:
    """The laptop moved to another office; an answer to a request made before is refused."""
    enroll(ctx, office, tmp_path)
    vault_dir = ctx.vault.paths.folder
    request = tmp_path / "old.vinkrecovery-request"
    office_recovery.write_request(vault_dir, request)
    answered = office_recovery.answer_request(office, request, tmp_path / "old-answer")
    other = make_office(tmp_path / "office2", clock, seed=13)
    identity = tmp_path / "new.vinkoffice"
    sync_service.export_office_identity(other, identity)
    vault_service.close(other)
    sync_service.enroll(ctx, identity, replace=True)
    vault_service.close(ctx)
    before = snapshot(vault_dir)
    with pytest.raises(RecoveryFileMismatch) as info:
        office_recovery.recover_with_answer(
            vault_dir, answered.path, answered.one_time_key, NEW_PASSPHRASE,
            kdf_params=TEST_KDF_PARAMS,
        )  # fmt: skip
    assert info.value.reason == "other_office"
    assert snapshot(vault_dir) == before


def test_no_request_without_the_office_wrap(ctx: Context, tmp_path: Path) -> None:
    vault_dir = ctx.vault.paths.folder
    vault_service.close(ctx)
    with pytest.raises(NoOfficeWrap):
        office_recovery.write_request(vault_dir, tmp_path / "r")
    assert not (tmp_path / "r").exists()


def test_a_field_vault_cannot_answer(ctx: Context, office: Context, tmp_path: Path) -> None:
    enroll(ctx, office, tmp_path)
    request = tmp_path / "r.vinkrecovery-request"
    office_recovery.write_request(ctx.vault.paths.folder, request)
    with pytest.raises(SyncError) as info:
        office_recovery.answer_request(ctx, request, tmp_path / "a")
    assert info.value.code == "office_only"


# -- device status at the office ----------------------------------------------------------------


def test_a_revoked_laptop_is_refused_unless_forced(
    ctx: Context, office: Context, tmp_path: Path
) -> None:
    enroll(ctx, office, tmp_path)
    record_note(ctx)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    sync_export.export_batches(ctx, outbox)
    sync_import.import_batches(office, sorted(outbox.iterdir()))
    device = sync_devices.list_devices(office)[0]
    sync_devices.approve_device(office, device.device_id, fingerprint=device.fingerprint)
    vault_dir = ctx.vault.paths.folder
    vault_service.close(ctx)
    request = tmp_path / "r.vinkrecovery-request"
    office_recovery.write_request(vault_dir, request)
    view = office_recovery.preview_request(office, request)
    assert view.device_status == "approved"
    assert view.pinned_fingerprint == view.device_fingerprint == device.fingerprint
    sync_devices.revoke_device(office, device.device_id)
    out = tmp_path / "answer"
    with pytest.raises(SyncError) as info:
        office_recovery.answer_request(office, request, out)
    assert info.value.code == "device_revoked"
    assert not out.exists()
    answered = office_recovery.answer_request(office, request, out, force=True)
    assert answered.forced and out.exists()
    entry = next(
        e for e in audit_service.list_audit(office, limit=5) if e.entity == "vault_recovery"
    )
    assert "forced" in (entry.detail or "")
