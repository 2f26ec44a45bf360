"""Receipt format v1: the office's signed answer to one field laptop.

A receipt says which of the device's batches the office holds: every sequence number up to
``highest_contiguous`` (with the hash of that batch, so the device can check the office holds
exactly what it sent), and optionally ranges held beyond a gap. It is signed with the
office's Ed25519 key and not encrypted: it carries ids, numbers, a hash and a time, no
personal data. The byte layout is in ``docs/batch-format.md``.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from cryptography.exceptions import InvalidSignature

from vink_desktop.sync.identity import ID_SIZE, OfficeIdentity, OfficePublic, format_id
from vink_desktop.sync.wire import (
    MAX_SEQUENCE,
    ZERO_HASH,
    SyncFormatError,
    datetime_from_micros,
    micros_from_datetime,
    timestamp_in_range,
)

RECEIPT_MAGIC = b"VINKRCP\x00"
RECEIPT_FORMAT_VERSION = 1
RECEIPT_FILE_SUFFIX = ".vinkreceipt"
SIGNATURE_LABEL = b"VINK-DESKTOP-RECEIPT-V1-SIGNATURE"

#: Most ranges of sequence numbers held beyond the gap that one receipt may list.
MAX_HELD_RANGES = 4096
SIGNATURE_SIZE = 64
HASH_SIZE = 32

_PREFIX = struct.Struct(">8sH")  # magic, format version
# office id, device id, issued-at (µs, signed), highest contiguous, its hash, range count
_BODY_V1 = struct.Struct(">16s16sqQ32sI")
_RANGE = struct.Struct(">QQ")
FIXED_SIZE = _PREFIX.size + _BODY_V1.size  # 94: everything before the ranges
MAX_RECEIPT_SIZE = FIXED_SIZE + MAX_HELD_RANGES * _RANGE.size + SIGNATURE_SIZE


class ReceiptErrorCode(StrEnum):
    TOO_LARGE = "too_large"
    NOT_A_RECEIPT = "not_a_receipt"
    UNSUPPORTED_VERSION = "unsupported_version"
    MALFORMED_RECEIPT = "malformed_receipt"
    TRUNCATED = "truncated"
    TRAILING_DATA = "trailing_data"
    WRONG_OFFICE = "wrong_office"
    WRONG_DEVICE = "wrong_device"
    BAD_SIGNATURE = "bad_signature"


class ReceiptFormatError(SyncFormatError):
    """A receipt refused; ``code`` (a :class:`ReceiptErrorCode`) says why."""

    code: ReceiptErrorCode

    def __init__(self, code: ReceiptErrorCode, message: str = "") -> None:
        super().__init__(code, message)


@dataclass(frozen=True)
class Receipt:
    """A parsed receipt. Trust it only after :func:`verify_receipt`."""

    office_id: bytes
    device_id: bytes
    issued_at: datetime
    #: Every batch 1..highest_contiguous is held; 0 when batch 1 is not.
    highest_contiguous: int
    #: SHA-256 of batch ``highest_contiguous`` as the office holds it; zeros when that is 0.
    highest_contiguous_hash: bytes
    #: Inclusive (first, last) ranges held beyond the gap, ascending, neither overlapping
    #: nor touching, all above ``highest_contiguous + 1``.
    held_ranges: tuple[tuple[int, int], ...]
    data: bytes = field(repr=False)

    def holds(self, sequence: int) -> bool:
        if 1 <= sequence <= self.highest_contiguous:
            return True
        return any(first <= sequence <= last for first, last in self.held_ranges)


def receipt_file_name(device_id: bytes, sequence: int) -> str:
    """``vink-receipt-<device id>-<highest contiguous, at least 8 digits>.vinkreceipt``."""
    return f"vink-receipt-{format_id(device_id)}-{sequence:08d}{RECEIPT_FILE_SUFFIX}"


def ranges_from_sequences(sequences: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """Sorted, merged inclusive ranges of a set of sequence numbers."""
    ranges: list[tuple[int, int]] = []
    for number in sorted(set(sequences)):
        if ranges and number == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], number)
        else:
            ranges.append((number, number))
    return tuple(ranges)


def encode_receipt(
    office: OfficeIdentity,
    device_id: bytes,
    highest_contiguous: int,
    highest_contiguous_hash: bytes,
    issued_at: datetime,
    held_beyond_gap: Iterable[int] = (),
) -> bytes:
    """Sign a receipt for ``device_id``. ``held_beyond_gap`` are sequence numbers above
    ``highest_contiguous + 1`` that the office holds too. Caller mistakes raise ValueError;
    more than :data:`MAX_HELD_RANGES` ranges raise ``too_large``."""
    if len(device_id) != ID_SIZE:
        raise ValueError("device_id must be 16 bytes")
    if not 0 <= highest_contiguous <= MAX_SEQUENCE:
        raise ValueError("highest_contiguous must be between 0 and 2**63 - 1")
    if len(highest_contiguous_hash) != HASH_SIZE:
        raise ValueError("highest_contiguous_hash must be 32 bytes")
    if (highest_contiguous == 0) != (highest_contiguous_hash == ZERO_HASH):
        raise ValueError("the hash is all zeros exactly when highest_contiguous is 0")
    ranges = ranges_from_sequences(held_beyond_gap)
    if ranges and not (highest_contiguous + 1 < ranges[0][0] and ranges[-1][1] <= MAX_SEQUENCE):
        raise ValueError("held_beyond_gap must lie above highest_contiguous + 1")
    if len(ranges) > MAX_HELD_RANGES:
        raise ReceiptFormatError(ReceiptErrorCode.TOO_LARGE, f"{len(ranges)} ranges")
    out = bytearray(_PREFIX.pack(RECEIPT_MAGIC, RECEIPT_FORMAT_VERSION))
    out += _BODY_V1.pack(
        office.office_id,
        device_id,
        micros_from_datetime(issued_at),
        highest_contiguous,
        bytes(highest_contiguous_hash),
        len(ranges),
    )
    for first, last in ranges:
        out += _RANGE.pack(first, last)
    out += office.signing_key.sign(_signed_message(out))
    return bytes(out)


def parse_receipt(data: bytes) -> Receipt:
    """Check size, magic, version, body and structure, in that order. No crypto."""
    if not isinstance(data, bytes):
        data = bytes(data)
    size = len(data)
    if size > MAX_RECEIPT_SIZE:
        raise ReceiptFormatError(ReceiptErrorCode.TOO_LARGE, f"{size} bytes")
    if data[: len(RECEIPT_MAGIC)] != RECEIPT_MAGIC:
        if size < len(RECEIPT_MAGIC) and RECEIPT_MAGIC.startswith(data):
            raise ReceiptFormatError(ReceiptErrorCode.TRUNCATED, "ends inside the magic")
        raise ReceiptFormatError(ReceiptErrorCode.NOT_A_RECEIPT, "wrong magic")
    if size < _PREFIX.size:
        raise ReceiptFormatError(ReceiptErrorCode.TRUNCATED, "ends before the version")
    _, version = _PREFIX.unpack_from(data)
    if version != RECEIPT_FORMAT_VERSION:
        raise ReceiptFormatError(ReceiptErrorCode.UNSUPPORTED_VERSION, f"version {version}")
    if size < FIXED_SIZE:
        raise ReceiptFormatError(ReceiptErrorCode.TRUNCATED, "ends inside the body")
    office_id, device_id, issued_micros, highest, highest_hash, range_count = _BODY_V1.unpack_from(
        data, _PREFIX.size
    )
    if range_count > MAX_HELD_RANGES:
        raise ReceiptFormatError(ReceiptErrorCode.MALFORMED_RECEIPT, "too many ranges")
    expected = FIXED_SIZE + range_count * _RANGE.size + SIGNATURE_SIZE
    if size < expected:
        raise ReceiptFormatError(ReceiptErrorCode.TRUNCATED, f"{size} of {expected} bytes")
    if size > expected:
        raise ReceiptFormatError(ReceiptErrorCode.TRAILING_DATA, f"{size - expected} extra")
    if not timestamp_in_range(issued_micros):
        raise ReceiptFormatError(ReceiptErrorCode.MALFORMED_RECEIPT, "issued-at out of range")
    if highest > MAX_SEQUENCE or (highest == 0) != (highest_hash == ZERO_HASH):
        raise ReceiptFormatError(ReceiptErrorCode.MALFORMED_RECEIPT, "highest contiguous")
    ranges = tuple(
        _RANGE.unpack_from(data, FIXED_SIZE + index * _RANGE.size) for index in range(range_count)
    )
    floor = highest + 1  # the first number not held: every range starts above it
    for first, last in ranges:
        if not floor < first <= last <= MAX_SEQUENCE:
            raise ReceiptFormatError(ReceiptErrorCode.MALFORMED_RECEIPT, "ranges not canonical")
        floor = last + 1  # the next range must leave a gap after this one
    return Receipt(
        office_id=office_id,
        device_id=device_id,
        issued_at=datetime_from_micros(issued_micros),
        highest_contiguous=highest,
        highest_contiguous_hash=highest_hash,
        held_ranges=ranges,
        data=data,
    )


def verify_receipt(receipt: Receipt, office_public: OfficePublic) -> None:
    """Check the receipt was signed by the office the device enrolled with, unaltered."""
    if receipt.office_id != office_public.office_id:
        raise ReceiptFormatError(ReceiptErrorCode.WRONG_OFFICE, "from another office")
    signed_part = memoryview(receipt.data)[:-SIGNATURE_SIZE]
    try:
        office_public.verifier().verify(
            receipt.data[-SIGNATURE_SIZE:], _signed_message(signed_part)
        )
    except (InvalidSignature, ValueError):
        raise ReceiptFormatError(
            ReceiptErrorCode.BAD_SIGNATURE, "signature does not verify"
        ) from None


def check_receipt_device(receipt: Receipt, device_id: bytes) -> None:
    """Refuse a receipt written for another device (``wrong_device``)."""
    if receipt.device_id != device_id:
        raise ReceiptFormatError(ReceiptErrorCode.WRONG_DEVICE, "for another device")


def _signed_message(signed_part: bytes | bytearray | memoryview) -> bytes:
    return SIGNATURE_LABEL + hashlib.sha256(signed_part).digest()
