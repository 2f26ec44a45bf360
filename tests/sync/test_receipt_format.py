"""Receipt format v1: round trips, ranges, and every way a receipt must be refused."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from format_fixtures import DEVICE_ID, seeded
from hypothesis import given, settings
from hypothesis import strategies as st

from vink_desktop.sync.identity import OfficeIdentity
from vink_desktop.sync.receipt_format import (
    FIXED_SIZE,
    MAX_HELD_RANGES,
    RECEIPT_MAGIC,
    SIGNATURE_SIZE,
    ReceiptErrorCode,
    ReceiptFormatError,
    check_receipt_device,
    encode_receipt,
    parse_receipt,
    ranges_from_sequences,
    receipt_file_name,
    verify_receipt,
)

ISSUED_AT = datetime(2025, 5, 1, 7, 45, 12, 5, tzinfo=UTC)
BATCH_HASH = hashlib.sha256(b"batch 12").digest()
HIGHEST_AT = 50
RANGES_AT = FIXED_SIZE


@pytest.fixture(scope="module")
def receipt_bytes(office: OfficeIdentity) -> bytes:
    return encode_receipt(office, DEVICE_ID, 12, BATCH_HASH, ISSUED_AT, {14, 15, 16, 20})


def accept(data: bytes, office: OfficeIdentity) -> None:
    receipt = parse_receipt(data)
    verify_receipt(receipt, office.public)
    check_receipt_device(receipt, DEVICE_ID)


def put(data: bytes, offset: int, value: bytes) -> bytes:
    changed = bytearray(data)
    changed[offset : offset + len(value)] = value
    return bytes(changed)


def test_round_trip(receipt_bytes: bytes, office: OfficeIdentity) -> None:
    accept(receipt_bytes, office)
    receipt = parse_receipt(receipt_bytes)
    assert receipt.office_id == office.office_id
    assert receipt.device_id == DEVICE_ID
    assert receipt.issued_at == ISSUED_AT
    assert receipt.highest_contiguous == 12
    assert receipt.highest_contiguous_hash == BATCH_HASH
    assert receipt.held_ranges == ((14, 16), (20, 20))
    assert [n for n in range(1, 25) if receipt.holds(n)] == [*range(1, 13), 14, 15, 16, 20]
    assert len(receipt_bytes) == FIXED_SIZE + 2 * 16 + SIGNATURE_SIZE


def test_nothing_held_yet(office: OfficeIdentity) -> None:
    data = encode_receipt(office, DEVICE_ID, 0, bytes(32), ISSUED_AT, [3])
    receipt = parse_receipt(data)
    verify_receipt(receipt, office.public)
    assert (receipt.highest_contiguous, receipt.held_ranges) == (0, ((3, 3),))
    assert not receipt.holds(1)
    assert not receipt.holds(0)


def test_ranges_from_sequences() -> None:
    assert ranges_from_sequences([]) == ()
    assert ranges_from_sequences([9, 3, 4, 5, 7, 4]) == ((3, 5), (7, 7), (9, 9))


def test_file_name() -> None:
    assert receipt_file_name(DEVICE_ID, 12) == (
        "vink-receipt-000102030405060708090a0b0c0d0e0f-00000012.vinkreceipt"
    )


@pytest.mark.parametrize("mask", [0x01, 0xFF])
def test_every_single_byte_change_is_refused(
    receipt_bytes: bytes, office: OfficeIdentity, mask: int
) -> None:
    accepted = []
    for index in range(len(receipt_bytes)):
        damaged = bytearray(receipt_bytes)
        damaged[index] ^= mask
        try:
            accept(bytes(damaged), office)
        except ReceiptFormatError:
            continue
        accepted.append(index)
    assert accepted == []


def test_truncation_at_every_length_is_refused(receipt_bytes: bytes) -> None:
    codes = set()
    for length in range(len(receipt_bytes)):
        with pytest.raises(ReceiptFormatError) as caught:
            parse_receipt(receipt_bytes[:length])
        codes.add(caught.value.code)
    assert codes == {ReceiptErrorCode.TRUNCATED}


def test_trailing_data_is_refused(receipt_bytes: bytes) -> None:
    for tail in (b"\x00", receipt_bytes):
        with pytest.raises(ReceiptFormatError) as caught:
            parse_receipt(receipt_bytes + tail)
        assert caught.value.code == ReceiptErrorCode.TRAILING_DATA


def test_a_receipt_signed_by_another_key_is_refused(
    receipt_bytes: bytes, office: OfficeIdentity
) -> None:
    """An impostor who knows the office id but not its key cannot write a receipt."""
    impostor = OfficeIdentity.from_seeds(office.office_id, seeded(1, 32), seeded(2, 32))
    forged = encode_receipt(impostor, DEVICE_ID, 12, BATCH_HASH, ISSUED_AT)
    with pytest.raises(ReceiptFormatError) as caught:
        verify_receipt(parse_receipt(forged), office.public)
    assert caught.value.code == ReceiptErrorCode.BAD_SIGNATURE
    body = receipt_bytes[:-SIGNATURE_SIZE]
    for message in (body, b"VINK-DESKTOP-BATCH-V1-SIGNATURE" + hashlib.sha256(body).digest()):
        with pytest.raises(ReceiptFormatError) as caught:
            verify_receipt(parse_receipt(body + office.signing_key.sign(message)), office.public)
        assert caught.value.code == ReceiptErrorCode.BAD_SIGNATURE


def test_a_receipt_from_another_office_or_for_another_device_is_refused(
    office: OfficeIdentity, other_office: OfficeIdentity
) -> None:
    theirs = parse_receipt(encode_receipt(other_office, DEVICE_ID, 1, BATCH_HASH, ISSUED_AT))
    with pytest.raises(ReceiptFormatError) as caught:
        verify_receipt(theirs, office.public)
    assert caught.value.code == ReceiptErrorCode.WRONG_OFFICE
    other_device = parse_receipt(encode_receipt(office, seeded(7, 16), 1, BATCH_HASH, ISSUED_AT))
    verify_receipt(other_device, office.public)
    with pytest.raises(ReceiptFormatError) as caught:
        check_receipt_device(other_device, DEVICE_ID)
    assert caught.value.code == ReceiptErrorCode.WRONG_DEVICE


@pytest.mark.parametrize("version", [0, 2, 0xFFFF])
def test_unknown_versions_are_refused(receipt_bytes: bytes, version: int) -> None:
    with pytest.raises(ReceiptFormatError) as caught:
        parse_receipt(put(receipt_bytes, 8, version.to_bytes(2, "big")))
    assert caught.value.code == ReceiptErrorCode.UNSUPPORTED_VERSION


@pytest.mark.parametrize(
    ("offset", "value", "code"),
    [
        (0, b"VINKBAT\x00", ReceiptErrorCode.NOT_A_RECEIPT),
        (42, (-1).to_bytes(8, "big", signed=True), ReceiptErrorCode.MALFORMED_RECEIPT),
        (HIGHEST_AT, bytes(8), ReceiptErrorCode.MALFORMED_RECEIPT),  # 0 with a hash
        (HIGHEST_AT, (2**63).to_bytes(8, "big"), ReceiptErrorCode.MALFORMED_RECEIPT),
        (HIGHEST_AT, (14).to_bytes(8, "big"), ReceiptErrorCode.MALFORMED_RECEIPT),  # no gap
        (HIGHEST_AT, (13).to_bytes(8, "big"), ReceiptErrorCode.MALFORMED_RECEIPT),  # 14 held
        (90, (MAX_HELD_RANGES + 1).to_bytes(4, "big"), ReceiptErrorCode.MALFORMED_RECEIPT),
        (90, (3).to_bytes(4, "big"), ReceiptErrorCode.TRUNCATED),
        (90, (1).to_bytes(4, "big"), ReceiptErrorCode.TRAILING_DATA),
        (RANGES_AT, (17).to_bytes(8, "big"), ReceiptErrorCode.MALFORMED_RECEIPT),  # first>last
        (RANGES_AT + 8, (19).to_bytes(8, "big"), ReceiptErrorCode.MALFORMED_RECEIPT),  # touch
        (RANGES_AT + 8, (25).to_bytes(8, "big"), ReceiptErrorCode.MALFORMED_RECEIPT),  # overlap
        (RANGES_AT + 24, (2**63).to_bytes(8, "big"), ReceiptErrorCode.MALFORMED_RECEIPT),
    ],
)
def test_body_checks(receipt_bytes: bytes, offset: int, value: bytes, code: str) -> None:
    with pytest.raises(ReceiptFormatError) as caught:
        parse_receipt(put(receipt_bytes, offset, value))
    assert caught.value.code == code


def test_too_large_is_checked_first() -> None:
    with pytest.raises(ReceiptFormatError) as caught:
        parse_receipt(RECEIPT_MAGIC + bytes(70_000))
    assert caught.value.code == ReceiptErrorCode.TOO_LARGE


@pytest.mark.parametrize(
    ("highest", "hash_", "held"),
    [
        (-1, bytes(32), ()),
        (2**63, BATCH_HASH, ()),
        (0, BATCH_HASH, ()),
        (3, bytes(32), ()),
        (3, bytes(31), ()),
        (3, BATCH_HASH, (4,)),
        (3, BATCH_HASH, (2, 9)),
        (3, BATCH_HASH, (2**63,)),
    ],
)
def test_encode_refuses_caller_mistakes(
    office: OfficeIdentity, highest: int, hash_: bytes, held: tuple[int, ...]
) -> None:
    with pytest.raises(ValueError):
        encode_receipt(office, DEVICE_ID, highest, hash_, ISSUED_AT, held)


def test_encode_refuses_too_many_ranges(office: OfficeIdentity) -> None:
    held = range(3, 3 + 2 * (MAX_HELD_RANGES + 1), 2)
    with pytest.raises(ReceiptFormatError) as caught:
        encode_receipt(office, DEVICE_ID, 1, BATCH_HASH, ISSUED_AT, held)
    assert caught.value.code == ReceiptErrorCode.TOO_LARGE
    most = range(3, 3 + 2 * MAX_HELD_RANGES, 2)
    receipt = parse_receipt(encode_receipt(office, DEVICE_ID, 1, BATCH_HASH, ISSUED_AT, most))
    assert len(receipt.held_ranges) == MAX_HELD_RANGES


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_random_bytes_raise_only_receipt_errors(data: bytes) -> None:
    with pytest.raises(ReceiptFormatError):
        parse_receipt(data)
    with pytest.raises(ReceiptFormatError):
        parse_receipt(RECEIPT_MAGIC + b"\x00\x01" + data)


@settings(max_examples=200, deadline=None)
@given(
    highest=st.integers(0, 1000),
    held=st.sets(st.integers(0, 1100), max_size=40),
)
def test_fuzz_round_trip(office: OfficeIdentity, highest: int, held: set[int]) -> None:
    beyond = {n for n in held if n > highest + 1}
    hash_ = BATCH_HASH if highest else bytes(32)
    receipt = parse_receipt(encode_receipt(office, DEVICE_ID, highest, hash_, ISSUED_AT, beyond))
    verify_receipt(receipt, office.public)
    assert {n for n in range(1, 1101) if receipt.holds(n)} == set(range(1, highest + 1)) | beyond
