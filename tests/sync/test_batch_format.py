"""Batch format v1: round trips, and every way a batch must be refused."""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from format_fixtures import CREATED_AT, SMALL_PAYLOAD, seeded
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vink_desktop.sync import batch_format
from vink_desktop.sync.batch_format import (
    BATCH_MAGIC,
    ENCAPSULATED_KEY_SIZE,
    MAX_PAYLOAD_SIZE,
    MIN_BATCH_SIZE,
    PREFIX_SIZE,
    SIGNATURE_SIZE,
    BatchErrorCode,
    BatchFormatError,
    batch_file_name,
    batch_hash,
    check_recipient,
    decrypt_batch,
    encode_batch,
    parse_batch,
    verify_batch_signature,
)
from vink_desktop.sync.compression import deflate
from vink_desktop.sync.identity import DeviceIdentity, OfficeIdentity, OfficePublic

# Offsets of header fields in the file (12 bytes of magic, version and header length first).
SEQUENCE_AT = 12 + 96
PREVIOUS_HASH_AT = 12 + 104
CREATED_AT_AT = 12 + 136
KEM_AT = 12 + 144
COMPRESSION_AT = 12 + 150
PAYLOAD_LENGTH_AT = 12 + 151
CIPHERTEXT_LENGTH_AT = 12 + 159


def open_batch(data: bytes, device: DeviceIdentity, office: OfficeIdentity) -> bytes:
    """The office's whole sequence of checks, in the documented order."""
    parsed = parse_batch(data)
    check_recipient(parsed, office.office_id, office.public.key_id)
    verify_batch_signature(parsed, device.public)
    return decrypt_batch(parsed, office)


def refusal(data: bytes, device: DeviceIdentity, office: OfficeIdentity) -> str | None:
    try:
        open_batch(data, device, office)
    except BatchFormatError as error:
        return str(error.code)
    return None


def put(data: bytes, offset: int, value: bytes) -> bytes:
    changed = bytearray(data)
    changed[offset : offset + len(value)] = value
    return bytes(changed)


def forge(
    device: DeviceIdentity,
    office: OfficePublic,
    compressed: bytes,
    payload_length: int,
    *,
    sequence: int = 1,
    previous_hash: bytes = bytes(32),
    compression: int = 1,
) -> bytes:
    """A batch built by hand from the specification, validly sealed and signed, with whatever
    content and declared lengths the test wants."""
    header = struct.pack(
        ">16s32s16s32sQ32sqHHHBQQ",
        device.device_id,
        device.public.signing_key,
        office.office_id,
        office.key_id,
        sequence,
        previous_hash,
        0,
        0x647A,
        0x0001,
        0x0002,
        compression,
        payload_length,
        len(compressed) + 16,
    )
    prefix = BATCH_MAGIC + struct.pack(">HH", 1, len(header)) + header
    info = b"VINK-DESKTOP-BATCH-V1-HPKE-INFO" + hashlib.sha256(prefix).digest()
    suite = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    body = prefix + suite.encrypt(compressed, office.hpke_public_key(), info=info)
    message = b"VINK-DESKTOP-BATCH-V1-SIGNATURE" + hashlib.sha256(body).digest()
    return body + device.signing_key.sign(message)


# ------------------------------------------------------------------------------ round trips


def test_round_trip_small(
    small_batch: bytes, device: DeviceIdentity, office: OfficeIdentity
) -> None:
    assert open_batch(small_batch, device, office) == SMALL_PAYLOAD
    header = parse_batch(small_batch).header
    assert header.format_version == 1
    assert header.sender_device_id == device.device_id
    assert header.sender_public == device.public
    assert header.sender_fingerprint == device.public.fingerprint
    assert header.recipient_office_id == office.office_id
    assert header.recipient_key_id == office.public.key_id
    assert header.sequence == 1
    assert header.previous_hash == bytes(32)
    assert header.created_at == CREATED_AT
    assert header.payload_length == len(SMALL_PAYLOAD)
    assert len(small_batch) == MIN_BATCH_SIZE + header.ciphertext_length - 16
    assert b"SENTINEL" not in small_batch


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"x",
        os.urandom(5000),
        b"session " * 300_000 + os.urandom(70_000),  # > 2 MiB: the threaded deflate
        bytes(3 * 1024 * 1024),  # an exact multiple of the deflate piece
    ],
    ids=["empty", "one-byte", "random", "multi-mib", "whole-pieces"],
)
def test_round_trip_payloads(
    payload: bytes, device: DeviceIdentity, office: OfficeIdentity
) -> None:
    previous = hashlib.sha256(b"batch 41").digest()
    data = encode_batch(device, office.public, 42, previous, payload, CREATED_AT)
    assert open_batch(data, device, office) == payload
    header = parse_batch(data).header
    assert (header.sequence, header.previous_hash) == (42, previous)


def test_encryption_is_randomised_but_the_header_is_not(
    device: DeviceIdentity, office: OfficeIdentity, small_batch: bytes
) -> None:
    again = encode_batch(device, office.public, 1, bytes(32), SMALL_PAYLOAD, CREATED_AT)
    assert again[:PREFIX_SIZE] == small_batch[:PREFIX_SIZE]
    assert again[PREFIX_SIZE:] != small_batch[PREFIX_SIZE:]


def test_created_at_is_stored_in_utc(device: DeviceIdentity, office: OfficeIdentity) -> None:
    copenhagen_summer = timezone(timedelta(hours=2))
    moment = datetime(2025, 6, 1, 14, 0, tzinfo=copenhagen_summer)
    data = encode_batch(device, office.public, 1, bytes(32), b"", moment)
    created = parse_batch(data).header.created_at
    assert created == moment
    assert created.utcoffset() == timedelta(0)


def test_batch_hash_and_file_name(small_batch: bytes, device: DeviceIdentity) -> None:
    assert batch_hash(small_batch) == hashlib.sha256(small_batch).digest()
    assert batch_file_name(device.device_id, 7) == (
        "vink-000102030405060708090a0b0c0d0e0f-00000007.vinkbatch"
    )
    assert batch_file_name(device.device_id, 123_456_789).endswith("-123456789.vinkbatch")


def test_overhead_is_constant(device: DeviceIdentity, office: OfficeIdentity) -> None:
    payload = b"".join(b'{"id":"%d","notes":"samtale om skole"},' % i for i in range(20_000))
    data = encode_batch(device, office.public, 1, bytes(32), payload, CREATED_AT)
    overhead = len(data) - len(zlib.compress(payload, 6))
    assert 0 < overhead < 1500


# ---------------------------------------------------------------- every byte, every length


@pytest.mark.parametrize("mask", [0x01, 0xFF])
def test_every_single_byte_change_is_refused(
    small_batch: bytes, device: DeviceIdentity, office: OfficeIdentity, mask: int
) -> None:
    accepted, codes_after_header = [], set()
    for index in range(len(small_batch)):
        damaged = bytearray(small_batch)
        damaged[index] ^= mask
        code = refusal(bytes(damaged), device, office)
        if code is None:
            accepted.append(index)
        elif index >= PREFIX_SIZE:
            codes_after_header.add(code)
    assert accepted == []
    # A change in the key, the ciphertext or the signature is caught by the signature,
    # before anything is decrypted.
    assert codes_after_header == {BatchErrorCode.BAD_SIGNATURE}


def test_decryption_alone_refuses_every_change_before_the_signature(
    small_batch: bytes, office: OfficeIdentity
) -> None:
    """Even an importer that skipped the signature check would get no payload out of a
    changed header, key or ciphertext: the header is bound into the HPKE key schedule."""
    accepted = []
    for index in range(len(small_batch) - SIGNATURE_SIZE):
        damaged = bytearray(small_batch)
        damaged[index] ^= 0x01
        try:
            decrypt_batch(parse_batch(bytes(damaged)), office)
        except BatchFormatError:
            continue
        accepted.append(index)
    assert accepted == []


def test_truncation_at_every_length_is_refused(small_batch: bytes) -> None:
    codes = set()
    for length in range(len(small_batch)):
        with pytest.raises(BatchFormatError) as caught:
            parse_batch(small_batch[:length])
        codes.add(caught.value.code)
    assert codes == {BatchErrorCode.TRUNCATED}


@pytest.mark.parametrize("extra", [b"\x00", b"\n", b"x" * 64, "copy"])
def test_trailing_data_is_refused(small_batch: bytes, extra: bytes | str) -> None:
    tail = small_batch if extra == "copy" else extra
    assert isinstance(tail, bytes)
    with pytest.raises(BatchFormatError) as caught:
        parse_batch(small_batch + tail)
    assert caught.value.code == BatchErrorCode.TRAILING_DATA


# --------------------------------------------------------------- senders and recipients


def test_a_batch_from_another_device_is_refused(
    device: DeviceIdentity, other_device: DeviceIdentity, office: OfficeIdentity
) -> None:
    data = encode_batch(other_device, office.public, 1, bytes(32), b"payload", CREATED_AT)
    parsed = parse_batch(data)
    with pytest.raises(BatchFormatError) as caught:
        verify_batch_signature(parsed, device.public)
    assert caught.value.code == BatchErrorCode.WRONG_SENDER
    # Against the key it carries, it verifies: that is what the office shows for approval.
    verify_batch_signature(parsed, parsed.header.sender_public)


def test_a_changed_device_key_is_refused(device: DeviceIdentity, office: OfficeIdentity) -> None:
    impostor = DeviceIdentity.from_seeds(device.device_id, seeded(0x33, 32))
    data = encode_batch(impostor, office.public, 2, bytes(range(32)), b"payload", CREATED_AT)
    with pytest.raises(BatchFormatError) as caught:
        verify_batch_signature(parse_batch(data), device.public)
    assert caught.value.code == BatchErrorCode.SENDER_KEY_CHANGED


def test_a_signature_by_another_key_is_refused(
    small_batch: bytes, device: DeviceIdentity, other_device: DeviceIdentity
) -> None:
    body = small_batch[:-SIGNATURE_SIZE]
    message = b"VINK-DESKTOP-BATCH-V1-SIGNATURE" + hashlib.sha256(body).digest()
    forged = body + other_device.signing_key.sign(message)
    with pytest.raises(BatchFormatError) as caught:
        verify_batch_signature(parse_batch(forged), device.public)
    assert caught.value.code == BatchErrorCode.BAD_SIGNATURE


def test_a_signature_without_the_context_label_is_refused(
    small_batch: bytes, device: DeviceIdentity
) -> None:
    body = small_batch[:-SIGNATURE_SIZE]
    for message in (body, hashlib.sha256(body).digest()):
        forged = body + device.signing_key.sign(message)
        with pytest.raises(BatchFormatError) as caught:
            verify_batch_signature(parse_batch(forged), device.public)
        assert caught.value.code == BatchErrorCode.BAD_SIGNATURE


def test_a_batch_for_another_office_is_refused_and_unreadable_there(
    device: DeviceIdentity, office: OfficeIdentity, other_office: OfficeIdentity
) -> None:
    data = encode_batch(device, other_office.public, 1, bytes(32), SMALL_PAYLOAD, CREATED_AT)
    parsed = parse_batch(data)
    verify_batch_signature(parsed, device.public)  # genuine, just not for us
    for attempt in (
        lambda: check_recipient(parsed, office.office_id),
        lambda: decrypt_batch(parsed, office),
    ):
        with pytest.raises(BatchFormatError) as caught:
            attempt()
        assert caught.value.code == BatchErrorCode.WRONG_RECIPIENT
    # Skipping every check does not help: our key cannot open it.
    suite = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    info = b"VINK-DESKTOP-BATCH-V1-HPKE-INFO" + hashlib.sha256(parsed.prefix).digest()
    with pytest.raises(InvalidTag):
        suite.decrypt(parsed.sealed(), office.hpke_private_key(), info=info)
    assert decrypt_batch(parsed, other_office) == SMALL_PAYLOAD


def test_a_batch_sealed_to_an_older_office_key_is_refused(
    small_batch: bytes, office: OfficeIdentity
) -> None:
    rekeyed = OfficeIdentity.from_seeds(office.office_id, seeded(0x71, 32), seeded(0x72, 32))
    parsed = parse_batch(small_batch)
    check_recipient(parsed, rekeyed.office_id)
    with pytest.raises(BatchFormatError) as caught:
        decrypt_batch(parsed, rekeyed)
    assert caught.value.code == BatchErrorCode.WRONG_RECIPIENT_KEY


# ------------------------------------------------------------------- the parser's checks


@pytest.mark.parametrize("version", [0, 2, 0x0100, 0xFFFF])
def test_unknown_versions_are_refused(small_batch: bytes, version: int) -> None:
    with pytest.raises(BatchFormatError) as caught:
        parse_batch(put(small_batch, 8, version.to_bytes(2, "big")))
    assert caught.value.code == BatchErrorCode.UNSUPPORTED_VERSION


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"PK\x03\x04" + bytes(2000), BatchErrorCode.NOT_A_BATCH),
        (b"VINKRCP\x00" + bytes(2000), BatchErrorCode.NOT_A_BATCH),
        (b"VINKBAT", BatchErrorCode.TRUNCATED),
        (b"VINKBAX", BatchErrorCode.NOT_A_BATCH),
        (b"", BatchErrorCode.TRUNCATED),
    ],
)
def test_foreign_files_are_refused(data: bytes, code: BatchErrorCode) -> None:
    with pytest.raises(BatchFormatError) as caught:
        parse_batch(data)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("offset", "value", "code"),
    [
        (10, (166).to_bytes(2, "big"), BatchErrorCode.MALFORMED_HEADER),
        (10, (4096).to_bytes(2, "big"), BatchErrorCode.MALFORMED_HEADER),
        (KEM_AT, (0x0020).to_bytes(2, "big"), BatchErrorCode.UNSUPPORTED_ALGORITHM),
        (KEM_AT + 2, (0x0003).to_bytes(2, "big"), BatchErrorCode.UNSUPPORTED_ALGORITHM),
        (KEM_AT + 4, (0x0003).to_bytes(2, "big"), BatchErrorCode.UNSUPPORTED_ALGORITHM),
        (COMPRESSION_AT, b"\x02", BatchErrorCode.UNSUPPORTED_ALGORITHM),
        (COMPRESSION_AT, b"\x00", BatchErrorCode.UNSUPPORTED_ALGORITHM),
        (12 + 16, bytes(32), BatchErrorCode.MALFORMED_HEADER),  # a small-order sender key
        (SEQUENCE_AT, bytes(8), BatchErrorCode.MALFORMED_HEADER),
        (SEQUENCE_AT, (2**63).to_bytes(8, "big"), BatchErrorCode.MALFORMED_HEADER),
        (SEQUENCE_AT, (2).to_bytes(8, "big"), BatchErrorCode.MALFORMED_HEADER),
        (PREVIOUS_HASH_AT, b"\x01", BatchErrorCode.MALFORMED_HEADER),
        (CREATED_AT_AT, (-1).to_bytes(8, "big", signed=True), BatchErrorCode.MALFORMED_HEADER),
        (CREATED_AT_AT, (2**62).to_bytes(8, "big"), BatchErrorCode.MALFORMED_HEADER),
        (
            PAYLOAD_LENGTH_AT,
            (MAX_PAYLOAD_SIZE + 1).to_bytes(8, "big"),
            BatchErrorCode.PAYLOAD_TOO_LARGE,
        ),
        (CIPHERTEXT_LENGTH_AT, (15).to_bytes(8, "big"), BatchErrorCode.MALFORMED_HEADER),
        (CIPHERTEXT_LENGTH_AT, (2**40).to_bytes(8, "big"), BatchErrorCode.MALFORMED_HEADER),
    ],
)
def test_header_checks(small_batch: bytes, offset: int, value: bytes, code: str) -> None:
    with pytest.raises(BatchFormatError) as caught:
        parse_batch(put(small_batch, offset, value))
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("delta", "code"),
    [(-1, BatchErrorCode.TRAILING_DATA), (1, BatchErrorCode.TRUNCATED), (2**20, "truncated")],
)
def test_declared_ciphertext_length_must_fit_the_file(
    small_batch: bytes, delta: int, code: str
) -> None:
    declared = parse_batch(small_batch).header.ciphertext_length
    changed = put(small_batch, CIPHERTEXT_LENGTH_AT, (declared + delta).to_bytes(8, "big"))
    with pytest.raises(BatchFormatError) as caught:
        parse_batch(changed)
    assert caught.value.code == code


def test_size_limit_is_checked_first(small_batch: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_format, "MAX_BATCH_SIZE", len(small_batch) - 1)
    for data in (small_batch, b"not a batch at all" * 100):
        with pytest.raises(BatchFormatError) as caught:
            parse_batch(data)
        assert caught.value.code == BatchErrorCode.TOO_LARGE


# ------------------------------------------------------------------ what is inside the seal


def test_hand_built_batch_opens(device: DeviceIdentity, office: OfficeIdentity) -> None:
    """The test's own encoder, written from the specification, agrees with the module."""
    data = forge(device, office.public, zlib.compress(b"hello"), 5)
    assert open_batch(data, device, office) == b"hello"


@pytest.mark.parametrize(
    ("compressed", "declared"),
    [
        (zlib.compress(bytes(50_000_000), 9), 1000),  # a bomb: 50 MB behind ~50 KB
        (zlib.compress(b"hello"), 6),  # shorter than declared
        (zlib.compress(b"hello"), 4),  # longer than declared
        (zlib.compress(b"hello"), 0),
        (zlib.compress(b"hello") + b"\x00", 5),  # data after the stream
        (zlib.compress(b"hello")[:-1], 5),  # the stream cut short
        (b"hello", 5),  # not zlib
        (zlib.compress(b"hello", wbits=31), 5),  # gzip, not zlib
        (zlib.compress(b"hello", wbits=-15), 5),  # raw deflate, not zlib
    ],
    ids=["bomb", "short", "long", "zero", "trailing", "cut", "plain", "gzip", "raw"],
)
def test_payload_must_inflate_to_exactly_the_declared_length(
    device: DeviceIdentity, office: OfficeIdentity, compressed: bytes, declared: int
) -> None:
    data = forge(device, office.public, compressed, declared)
    with pytest.raises(BatchFormatError) as caught:
        open_batch(data, device, office)
    assert caught.value.code == BatchErrorCode.DECOMPRESS_FAILED


def test_swapping_the_sealed_part_into_another_header_fails(
    device: DeviceIdentity, other_device: DeviceIdentity, office: OfficeIdentity
) -> None:
    """A device that re-wraps another device's ciphertext under its own header and signature
    gets a valid signature but no payload: the header is bound into the HPKE info."""
    victim = encode_batch(device, office.public, 1, bytes(32), b"victim data", CREATED_AT)
    own = encode_batch(other_device, office.public, 1, bytes(32), b"other data", CREATED_AT)
    sealed = victim[PREFIX_SIZE:-SIGNATURE_SIZE]
    prefix = own[:PREFIX_SIZE]
    prefix = put(prefix, CIPHERTEXT_LENGTH_AT, (len(sealed) - ENCAPSULATED_KEY_SIZE).to_bytes(8))
    body = prefix + sealed
    message = b"VINK-DESKTOP-BATCH-V1-SIGNATURE" + hashlib.sha256(body).digest()
    rewrapped = body + other_device.signing_key.sign(message)
    parsed = parse_batch(rewrapped)
    verify_batch_signature(parsed, other_device.public)
    with pytest.raises(BatchFormatError) as caught:
        decrypt_batch(parsed, office)
    assert caught.value.code == BatchErrorCode.DECRYPT_FAILED


# ------------------------------------------------------------------------ caller mistakes


@pytest.mark.parametrize(
    ("sequence", "previous", "created"),
    [
        (0, bytes(32), CREATED_AT),
        (2**63, bytes(range(32)), CREATED_AT),
        (1, bytes(31), CREATED_AT),
        (1, bytes(range(32)), CREATED_AT),
        (2, bytes(32), CREATED_AT),
        (1, bytes(32), datetime(2025, 1, 1)),
        (1, bytes(32), datetime(1969, 12, 31, tzinfo=UTC)),
    ],
)
def test_encode_refuses_caller_mistakes(
    device: DeviceIdentity,
    office: OfficeIdentity,
    sequence: int,
    previous: bytes,
    created: datetime,
) -> None:
    with pytest.raises(ValueError):
        encode_batch(device, office.public, sequence, previous, b"x", created)


def test_encode_refuses_an_oversized_payload(
    device: DeviceIdentity, office: OfficeIdentity, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_format, "MAX_PAYLOAD_SIZE", 10)
    with pytest.raises(BatchFormatError) as caught:
        encode_batch(device, office.public, 1, bytes(32), b"x" * 11, CREATED_AT)
    assert caught.value.code == BatchErrorCode.PAYLOAD_TOO_LARGE
    monkeypatch.setattr(batch_format, "MAX_BATCH_SIZE", 1000)
    with pytest.raises(BatchFormatError) as caught:
        encode_batch(device, office.public, 1, bytes(32), b"x" * 10, CREATED_AT)
    assert caught.value.code == BatchErrorCode.TOO_LARGE


# ------------------------------------------------------------------------------- fuzzing

_FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FUZZ
@given(st.binary(max_size=3000))
def test_fuzz_random_bytes_raise_only_batch_errors(data: bytes) -> None:
    with pytest.raises(BatchFormatError):
        parse_batch(data)


@_FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes_behind_a_valid_prefix(data: bytes) -> None:
    with pytest.raises(BatchFormatError):
        parse_batch(BATCH_MAGIC + b"\x00\x01\x00\xa7" + data)


@_FUZZ
@given(data=st.data())
def test_fuzz_mutated_batches_never_open(
    data: st.DataObject, small_batch: bytes, device: DeviceIdentity, office: OfficeIdentity
) -> None:
    changed = bytearray(small_batch)
    for _ in range(data.draw(st.integers(1, 8))):
        index = data.draw(st.integers(0, len(changed) - 1))
        changed[index] ^= data.draw(st.integers(1, 255))  # a real change
    cut = data.draw(st.integers(0, len(changed)))
    tail = data.draw(st.binary(max_size=32))
    candidate = bytes(changed[:cut]) + tail
    if candidate == small_batch:
        return
    with pytest.raises(BatchFormatError):
        open_batch(candidate, device, office)
    # Decryption on its own may only refuse with a BatchFormatError, never crash.
    try:
        parsed = parse_batch(candidate)
    except BatchFormatError:
        return
    try:
        payload = decrypt_batch(parsed, office)
    except BatchFormatError:
        return
    # Only a changed signature leaves the sealed part intact.
    assert candidate[:-SIGNATURE_SIZE] == small_batch[:-SIGNATURE_SIZE]
    assert payload == SMALL_PAYLOAD


def test_threaded_deflate_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    payload = b"".join(b"record %d with some text;" % i for i in range(200_000))
    many = deflate(payload)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert deflate(payload) == many
    assert zlib.decompress(many) == payload
    assert len(many) <= len(zlib.compress(payload, 6)) * 1.01
