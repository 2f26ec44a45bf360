"""The key file's office wrap (format version 2): round trip, strictness, what it binds, and
that the other wraps and the office wrap never disturb each other."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from vink_desktop.storage.errors import KeyFileDamaged
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.storage.keyfile import KeyFile, office_wrap_info
from vink_desktop.storage.office_wrap import open_office_wrap
from vink_desktop.sync.identity import DeviceIdentity, OfficeIdentity

DATA_KEY = bytes.fromhex("8c" * 32)
RECOVERY = bytes.fromhex("31" * 20)
PASSPHRASE = "Rødgrød med fløde, 42!"
OFFICE = OfficeIdentity.from_seeds(bytes(range(16)), bytes(range(32)), bytes(range(1, 33)))
DEVICE = DeviceIdentity.from_seeds(bytes(range(16, 32)), bytes(range(2, 34)))
OTHER_DEVICE_KEY = base64.b64encode(
    DeviceIdentity.from_seeds(bytes(16), bytes(range(3, 35))).public.signing_key
).decode()


def plain() -> KeyFile:
    return KeyFile.create(
        DATA_KEY, PASSPHRASE, RECOVERY, TEST_KDF_PARAMS, vault_id="v" * 32, kind="field"
    )


def wrapped(keyfile: KeyFile | None = None, office: OfficeIdentity = OFFICE) -> KeyFile:
    base = keyfile or plain()
    return base.with_office_wrap(
        DATA_KEY,
        office.public.hpke_public_key(),
        office_id=office.office_id,
        office_key_id=office.public.key_id,
        device_id=DEVICE.device_id,
        device_key=DEVICE.public.signing_key,
    )


def body(raw: bytes) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(raw.split(b"\n")[1])
    return loaded


def rechecksum(magic: bytes, data: dict[str, object]) -> bytes:
    content = magic + b"\n" + json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    content += b"\n"
    return content + b"sha256:" + hashlib.sha256(content).hexdigest().encode() + b"\n"


def office_opens(keyfile: KeyFile, office: OfficeIdentity = OFFICE) -> bytes | None:
    wrap = keyfile.office_wrap
    assert wrap is not None
    info = office_wrap_info(keyfile.vault_id, keyfile.kind, keyfile.key_check, wrap)
    return open_office_wrap(wrap, office.hpke_private_key(), info)


def test_round_trip_and_version() -> None:
    kf = wrapped()
    raw = kf.to_bytes()
    assert raw.startswith(b"VINK-KEYFILE 2\n")
    assert kf.format_version == 2
    again = KeyFile.from_bytes(raw)
    assert again == kf and again.to_bytes() == raw
    assert again.unlock(PASSPHRASE) == DATA_KEY
    assert again.unlock_with_recovery(RECOVERY) == DATA_KEY
    assert office_opens(again) == DATA_KEY
    assert office_opens(again, OfficeIdentity.generate()) is None
    assert "sealed" not in repr(again.office_wrap)


def test_adding_the_wrap_keeps_the_other_wraps_byte_for_byte() -> None:
    before = plain()
    after = wrapped(before)
    b, a = body(before.to_bytes()), body(after.to_bytes())
    assert {k: v for k, v in a.items() if k != "office"} == b


def test_passphrase_change_and_new_recovery_key_keep_the_office_wrap() -> None:
    kf = wrapped()
    office_json = body(kf.to_bytes())["office"]
    changed = kf.with_new_passphrase(DATA_KEY, "another passphrase", TEST_KDF_PARAMS)
    assert body(changed.to_bytes())["office"] == office_json
    renewed = changed.with_new_recovery_key(DATA_KEY, bytes(20))
    assert body(renewed.to_bytes())["office"] == office_json
    assert body(renewed.to_bytes())["passphrase"] == body(changed.to_bytes())["passphrase"]
    assert renewed.unlock_with_recovery(bytes(20)) == DATA_KEY
    assert office_opens(renewed) == DATA_KEY


def test_version_and_office_field_must_agree() -> None:
    v1, v2 = plain().to_bytes(), wrapped().to_bytes()
    with pytest.raises(KeyFileDamaged, match="missing"):
        KeyFile.from_bytes(rechecksum(b"VINK-KEYFILE 2", body(v1)))
    with pytest.raises(KeyFileDamaged, match="unexpected"):
        KeyFile.from_bytes(rechecksum(b"VINK-KEYFILE 1", body(v2)))


@pytest.mark.parametrize(
    "edit",
    [
        lambda o: o.update(kem="x25519"),
        lambda o: o.update(extra=1),
        lambda o: o.pop("device_key"),
        lambda o: o.update(office_id=o["office_id"].upper()),
        lambda o: o.update(office_key_id=o["office_key_id"][:-2]),
        lambda o: o.update(sealed=o["sealed"][:-8]),
        lambda o: o.update(device_id=1),
    ],
)
def test_the_office_wrap_is_parsed_strictly(edit: object) -> None:
    data = body(wrapped().to_bytes())
    edit(data["office"])  # type: ignore[operator]
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(rechecksum(b"VINK-KEYFILE 2", data))


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(vault_id="w" * 32),
        lambda d: d.update(kind="office"),
        lambda d: d["office"].update(device_id="00" * 16),
        lambda d: d["office"].update(device_key=OTHER_DEVICE_KEY),
    ],
)
def test_the_office_wrap_binds_its_header(edit: object) -> None:
    data = body(wrapped().to_bytes())
    edit(data)  # type: ignore[operator]
    try:
        forged = KeyFile.from_bytes(rechecksum(b"VINK-KEYFILE 2", data))
    except KeyFileDamaged:
        return  # refused by the parser already
    assert office_opens(forged) is None
