"""Identities: generation, private and public encodings, fingerprints, the identity file."""

from __future__ import annotations

import hashlib
import json
import random
import re

import pytest
from format_fixtures import DEVICE_ID, OFFICE_ID, seeded

from vink_desktop.sync.identity import (
    ED25519_PUBLIC_SIZE,
    XWING_PUBLIC_SIZE,
    DeviceIdentity,
    DevicePublic,
    IdentityErrorCode,
    IdentityFormatError,
    OfficeIdentity,
    OfficePublic,
    expand_xwing_seed,
    fingerprint,
    format_id,
    key_id,
    parse_id,
)
from vink_desktop.sync.identity_file import MAX_IDENTITY_FILE_SIZE

FINGERPRINT = re.compile(r"^\d{5}( \d{5}){5}$")

# draft-connolly-cfrg-xwing-kem-08, appendix C, first vector: seed, ciphertext, shared secret.
XWING_SEED = "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26"
XWING_SHARED_SECRET = "d2df0522128f09dd8e2c92b1e905c793d8f57a54c3da25861f10bf4ca613e384"
XWING_CIPHERTEXT = (
    "b83aa828d4d62b9a83ceffe1d3d3bb1ef31264643c070c5798927e41fb07914a273f8f96"
    "e7826cd5375a283d7da885304c5de0516a0f0654243dc5b97f8bfeb831f68251219aabdd"
    "723bc6512041acbaef8af44265524942b902e68ffd23221cda70b1b55d776a92d1143ea3"
    "a0c475f63ee6890157c7116dae3f62bf72f60acd2bb8cc31ce2ba0de364f52b8ed38c79d"
    "719715963a5dd3842d8e8b43ab704e4759b5327bf027c63c8fa857c4908d5a8a7b88ac7f"
    "2be394d93c3706ddd4e698cc6ce370101f4d0213254238b4a2e8821b6e414a1cf20f6c12"
    "44b699046f5a01caa0a1a55516300b40d2048c77cc73afba79afeea9d2c0118bdf2adb88"
    "70dc328c5516cc45b1a2058141039e2c90a110a9e16b318dfb53bd49a126d6b73f215787"
    "517b8917cc01cabd107d06859854ee8b4f9861c226d3764c87339ab16c3667d2f49384e5"
    "5456dd40414b70a6af841585f4c90c68725d57704ee8ee7ce6e2f9be582dbee985e038ff"
    "c346ebfb4e22158b6c84374a9ab4a44e1f91de5aac5197f89bc5e5442f51f9a5937b102b"
    "a3beaebf6e1c58380a4a5fedce4a4e5026f88f528f59ffd2db41752b3a3d90efabe46389"
    "9b7d40870c530c8841e8712b733668ed033adbfafb2d49d37a44d4064e5863eb0af0a08d"
    "47b3cc888373bc05f7a33b841bc2587c57eb69554e8a3767b7506917b6b70498727f16ea"
    "c1a36ec8d8cfaf751549f2277db277e8a55a9a5106b23a0206b4721fa9b3048552c5bd5b"
    "594d6e247f38c18c591aea7f56249c72ce7b117afcc3a8621582f9cf71787e183dee0936"
    "7976e98409ad9217a497df888042384d7707a6b78f5f7fb8409e3b535175373461b77600"
    "2d799cbad62860be70573ecbe13b246e0da7e93a52168e0fb6a9756b895ef7f0147a0dc8"
    "1bfa644b088a9228160c0f9acf1379a2941cd28c06ebc80e44e17aa2f8177010afd78a97"
    "ce0868d1629ebb294c5151812c583daeb88685220f4da9118112e07041fcc24d5564a99f"
    "dbde28869fe0722387d7a9a4d16e1cc8555917e09944aa5ebaaaec2cf62693afad42a3f5"
    "18fce67d273cc6c9fb5472b380e8573ec7de06a3ba2fd5f931d725b493026cb0acbd3fe6"
    "2d00e4c790d965d7a03a3c0b4222ba8c2a9a16e2ac658f572ae0e746eafc4feba023576f"
    "08942278a041fb82a70a595d5bacbf297ce2029898a71e5c3b0d1c6228b485b1ade509b3"
    "5fbca7eca97b2132e7cb6bc465375146b7dceac969308ac0c2ac89e7863eb8943015b243"
    "14cafb9c7c0e85fe543d56658c213632599efabfc1ec49dd8c88547bb2cc40c9d38cbd30"
    "99b4547840560531d0188cd1e9c23a0ebee0a03d5577d66b1d2bcb4baaf21cc7fef1e038"
    "06ca96299df0dfbc56e1b2b43e4fc20c37f834c4af62127e7dae86c3c25a2f696ac8b589"
    "dec71d595bfbe94b5ed4bc07d800b330796fda89edb77be0294136139354eb8cd3759157"
    "8f9c600dd9be8ec6219fdd507adf3397ed4d68707b8d13b24ce4cd8fb22851bfe9d63240"
    "7f31ed6f7cb1600de56f17576740ce2a32fc5145030145cfb97e63e0e41d354274a079d3"
    "e6fb2e15"
)


def deterministic_rng(seed: int) -> random.Random:
    return random.Random(seed)


def test_xwing_seed_expansion_matches_the_draft_vector() -> None:
    """The documented seed expansion and combiner reproduce X-Wing's published vector."""
    from cryptography.hazmat.primitives.asymmetric import x25519

    mlkem_key, x25519_key = expand_xwing_seed(bytes.fromhex(XWING_SEED))
    ciphertext = bytes.fromhex(XWING_CIPHERTEXT)
    ss_m = mlkem_key.decapsulate(ciphertext[:1088])
    ss_x = x25519_key.exchange(x25519.X25519PublicKey.from_public_bytes(ciphertext[1088:]))
    pk_x = x25519_key.public_key().public_bytes_raw()
    shared = hashlib.sha3_256(ss_m + ss_x + ciphertext[1088:] + pk_x + b"\\.//^\\").digest()
    assert shared.hex() == XWING_SHARED_SECRET


def test_generate_uses_the_injected_random_source() -> None:
    first = DeviceIdentity.generate(deterministic_rng(1).randbytes)
    again = DeviceIdentity.generate(deterministic_rng(1).randbytes)
    other = DeviceIdentity.generate(deterministic_rng(2).randbytes)
    assert first.to_private_bytes() == again.to_private_bytes()
    assert first.public != other.public
    office = OfficeIdentity.generate(deterministic_rng(3).randbytes)
    assert (
        office.to_private_bytes()
        == OfficeIdentity.generate(deterministic_rng(3).randbytes).to_private_bytes()
    )


def test_generate_refuses_a_short_random_source() -> None:
    with pytest.raises(ValueError):
        DeviceIdentity.generate(lambda size: bytes(size - 1))


def test_generate_with_the_system_random_source_differs_each_time() -> None:
    assert DeviceIdentity.generate().public != DeviceIdentity.generate().public
    assert OfficeIdentity.generate().public != OfficeIdentity.generate().public


def test_device_private_bytes_round_trip(device: DeviceIdentity) -> None:
    blob = device.to_private_bytes()
    assert len(blob) == 58
    restored = DeviceIdentity.from_private_bytes(blob)
    assert restored.device_id == DEVICE_ID
    assert restored.public == device.public
    assert restored.to_private_bytes() == blob


def test_office_private_bytes_round_trip(office: OfficeIdentity) -> None:
    blob = office.to_private_bytes()
    assert len(blob) == 92
    restored = OfficeIdentity.from_private_bytes(blob)
    assert restored.office_id == OFFICE_ID
    assert restored.public == office.public
    assert restored.to_private_bytes() == blob


def test_reprs_hold_no_key_material(device: DeviceIdentity, office: OfficeIdentity) -> None:
    for identity in (device, office):
        text = repr(identity)
        assert "key" not in text.lower()
        assert identity.to_private_bytes()[-32:].hex() not in text


@pytest.mark.parametrize("kind", ["device", "office"])
def test_private_blobs_refuse_damage(
    kind: str, device: DeviceIdentity, office: OfficeIdentity
) -> None:
    blob = device.to_private_bytes() if kind == "device" else office.to_private_bytes()

    def load(data: bytes) -> object:
        if kind == "device":
            return DeviceIdentity.from_private_bytes(data)
        return OfficeIdentity.from_private_bytes(data)

    cases = {
        IdentityErrorCode.NOT_AN_IDENTITY: [b"", b"VINKXXX\x00" + blob[8:], blob[:5]],
        IdentityErrorCode.UNSUPPORTED_VERSION: [blob[:8] + b"\x00\x02" + blob[10:]],
        IdentityErrorCode.MALFORMED: [blob[:9], blob[:-1], blob + b"\x00"],
    }
    for code, samples in cases.items():
        for sample in samples:
            with pytest.raises(IdentityFormatError) as caught:
                load(sample)
            assert caught.value.code == code
    # The public encoding is not a private blob, and the other kind's blob neither.
    with pytest.raises(IdentityFormatError):
        load(device.public.to_bytes() if kind == "device" else office.public.to_bytes())
    with pytest.raises(IdentityFormatError):
        load(office.to_private_bytes() if kind == "device" else device.to_private_bytes())


def test_office_private_blob_refuses_an_unknown_kem(office: OfficeIdentity) -> None:
    blob = bytearray(office.to_private_bytes())
    blob[26:28] = (0x0020).to_bytes(2, "big")
    with pytest.raises(IdentityFormatError) as caught:
        OfficeIdentity.from_private_bytes(bytes(blob))
    assert caught.value.code == IdentityErrorCode.UNSUPPORTED_ALGORITHM


def test_public_bytes_round_trip(device: DeviceIdentity, office: OfficeIdentity) -> None:
    device_bytes = device.public.to_bytes()
    office_bytes = office.public.to_bytes()
    assert len(device_bytes) == 58
    assert len(office_bytes) == 1276
    assert DevicePublic.from_bytes(device_bytes) == device.public
    assert OfficePublic.from_bytes(office_bytes) == office.public
    assert len(office.public.kem_public_key) == XWING_PUBLIC_SIZE
    assert len(office.public.signing_key) == ED25519_PUBLIC_SIZE
    with pytest.raises(IdentityFormatError):
        DevicePublic.from_bytes(office_bytes)
    with pytest.raises(IdentityFormatError):
        OfficePublic.from_bytes(device_bytes)


def test_office_public_refuses_an_invalid_kem_key(office: OfficeIdentity) -> None:
    with pytest.raises(IdentityFormatError) as caught:
        OfficePublic(OFFICE_ID, b"\xff" * XWING_PUBLIC_SIZE, office.public.signing_key)
    assert caught.value.code == IdentityErrorCode.INVALID_KEY


def test_fingerprints_are_stable_and_distinct(
    device: DeviceIdentity,
    other_device: DeviceIdentity,
    office: OfficeIdentity,
    other_office: OfficeIdentity,
) -> None:
    prints = [fingerprint(x.public) for x in (device, other_device, office, other_office)]
    assert all(FINGERPRINT.match(text) for text in prints)
    assert len(set(prints)) == 4
    assert fingerprint(device.public) == fingerprint(
        DevicePublic.from_bytes(device.public.to_bytes())
    )
    assert device.public.fingerprint == prints[0]
    # Same key, other device id: another identity, another fingerprint.
    renamed = DeviceIdentity.from_seeds(seeded(0x55, 16), device.to_private_bytes()[-32:])
    assert fingerprint(renamed.public) != prints[0]
    # The documented derivation: six 5-byte slices of SHA-256, modulo 100000.
    digest = hashlib.sha256(office.public.to_bytes()).digest()
    assert key_id(office.public) == digest
    expected = " ".join(
        f"{int.from_bytes(digest[i : i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5)
    )
    assert prints[2] == expected


def test_ids_as_text() -> None:
    assert format_id(DEVICE_ID) == "000102030405060708090a0b0c0d0e0f"
    assert parse_id(format_id(DEVICE_ID)) == DEVICE_ID
    for bad in ("", "00", "000102030405060708090A0B0C0D0E0F", "zz" * 16, "0" * 34):
        with pytest.raises(IdentityFormatError):
            parse_id(bad)


# ---------------------------------------------------------------------- the identity file


def test_identity_file_round_trip(office: OfficeIdentity) -> None:
    data = office.public.to_identity_file()
    document = json.loads(data)
    assert document["format"] == "vink-office-identity"
    assert document["version"] == 1
    assert document["office_id"] == format_id(OFFICE_ID)
    assert document["fingerprint"] == office.public.fingerprint
    assert document["checksum"] == "sha256:" + key_id(office.public).hex()
    assert OfficePublic.from_identity_file(data) == office.public


def test_identity_file_tolerates_reformatting(office: OfficeIdentity) -> None:
    document = json.loads(office.public.to_identity_file())
    compact = json.dumps(document, separators=(",", ":")).encode()
    crlf = office.public.to_identity_file().replace(b"\n", b"\r\n")
    bom = b"\xef\xbb\xbf" + office.public.to_identity_file()
    for variant in (compact, crlf, bom):
        assert OfficePublic.from_identity_file(variant) == office.public


@pytest.mark.parametrize("mask", [0x01, 0xFF])
def test_identity_file_any_byte_change_is_detected(office: OfficeIdentity, mask: int) -> None:
    data = office.public.to_identity_file()
    accepted = []
    for index in range(len(data)):
        damaged = bytearray(data)
        damaged[index] ^= mask
        try:
            OfficePublic.from_identity_file(bytes(damaged))
        except IdentityFormatError:
            continue
        accepted.append(index)
    assert accepted == []


def test_identity_file_damage_in_a_key_reads_as_checksum_mismatch(office: OfficeIdentity) -> None:
    document = json.loads(office.public.to_identity_file())
    key = document["hpke_public_key"]
    document["hpke_public_key"] = ("B" if key[100] != "B" else "C").join([key[:100], key[101:]])
    with pytest.raises(IdentityFormatError) as caught:
        OfficePublic.from_identity_file(json.dumps(document).encode())
    assert caught.value.code == IdentityErrorCode.CHECKSUM_MISMATCH


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda d: d.update(version=2), IdentityErrorCode.UNSUPPORTED_VERSION),
        (lambda d: d.update(version="1"), IdentityErrorCode.UNSUPPORTED_VERSION),
        (lambda d: d.update(version=True), IdentityErrorCode.UNSUPPORTED_VERSION),
        (lambda d: d.update(format="something-else"), IdentityErrorCode.NOT_AN_IDENTITY),
        (lambda d: d.update(hpke_kem="X25519"), IdentityErrorCode.UNSUPPORTED_ALGORITHM),
        (lambda d: d.update(extra="x"), IdentityErrorCode.MALFORMED),
        (lambda d: d.pop("fingerprint"), IdentityErrorCode.MALFORMED),
        (lambda d: d.update(office_id=d["office_id"].upper()), IdentityErrorCode.MALFORMED),
        (lambda d: d.update(signing_public_key="AAAA"), IdentityErrorCode.MALFORMED),
        (lambda d: d.update(checksum=d["checksum"].upper()), IdentityErrorCode.CHECKSUM_MISMATCH),
        (
            lambda d: d.update(fingerprint="00000 " * 5 + "00000"),
            IdentityErrorCode.CHECKSUM_MISMATCH,
        ),
    ],
)
def test_identity_file_refusals(office: OfficeIdentity, change: object, code: str) -> None:
    document = json.loads(office.public.to_identity_file())
    assert callable(change)
    change(document)
    with pytest.raises(IdentityFormatError) as caught:
        OfficePublic.from_identity_file(json.dumps(document).encode())
    assert caught.value.code == code


def test_identity_file_refuses_foreign_and_oversized_input(office: OfficeIdentity) -> None:
    text = office.public.to_identity_file().decode()
    duplicated = text.replace('"version": 1', '"version": 1, "version": 1')
    samples = {
        b"": IdentityErrorCode.NOT_AN_IDENTITY,
        b"[1, 2]": IdentityErrorCode.NOT_AN_IDENTITY,
        b"\xff\xfe": IdentityErrorCode.NOT_AN_IDENTITY,
        b"[" * 10_000 + b"]" * 10_000: IdentityErrorCode.NOT_AN_IDENTITY,
        duplicated.encode(): IdentityErrorCode.MALFORMED,
        b" " * (MAX_IDENTITY_FILE_SIZE + 1): IdentityErrorCode.TOO_LARGE,
    }
    for data, code in samples.items():
        with pytest.raises(IdentityFormatError) as caught:
            OfficePublic.from_identity_file(data)
        assert caught.value.code == code


@pytest.mark.parametrize(
    "key_hex",
    [
        "00" * 32,
        "01" + "00" * 31,
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",  # sign bit set
        "ec" + "ff" * 30 + "7f",
        "ec" + "ff" * 30 + "ff",
        "ff" * 32,  # y >= p: not canonical
    ],
)
def test_weak_ed25519_keys_are_refused(key_hex: str, office: OfficeIdentity) -> None:
    key = bytes.fromhex(key_hex)
    with pytest.raises(IdentityFormatError) as caught:
        DevicePublic(DEVICE_ID, key)
    assert caught.value.code == IdentityErrorCode.INVALID_KEY
    with pytest.raises(IdentityFormatError):
        OfficePublic(OFFICE_ID, office.public.kem_public_key, key)
