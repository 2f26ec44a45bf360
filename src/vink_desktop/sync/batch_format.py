"""Batch format v1: the signed, encrypted file a field laptop sends to the office.

Layout (all integers big-endian; the full specification is ``docs/batch-format.md``)::

    magic "VINKBAT\\0" | version u16 | header length u16 | header (167 bytes, fixed fields)
    | HPKE encapsulated key (1120 bytes) | HPKE ciphertext | Ed25519 signature (64 bytes)

The payload is opaque bytes given by the caller. It is compressed (zlib) and then sealed with
HPKE (RFC 9180, base mode) to the office's X-Wing key, with everything before the encapsulated
key bound into the HPKE ``info``. The device signs everything before the signature.

Reading is split into steps so the office can check in its documented order without doing
crypto on an unknown sender's file: :func:`parse_batch` (size, magic, version, header,
structure: no crypto), :func:`check_recipient`, :func:`verify_batch_signature`,
:func:`decrypt_batch`. Every refusal is a :class:`BatchFormatError` with a stable ``code``.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke

from vink_desktop.sync.compression import CompressionError, deflate, inflate_exact
from vink_desktop.sync.identity import (
    KEM_ID_XWING,
    DeviceIdentity,
    DevicePublic,
    OfficeIdentity,
    OfficePublic,
    fingerprint,
    format_id,
    is_acceptable_ed25519_key,
)
from vink_desktop.sync.wire import (
    MAX_SEQUENCE,
    ZERO_HASH,
    SyncFormatError,
    datetime_from_micros,
    micros_from_datetime,
    timestamp_in_range,
)

BATCH_MAGIC = b"VINKBAT\x00"
BATCH_FORMAT_VERSION = 1
BATCH_FILE_SUFFIX = ".vinkbatch"

#: Largest batch file accepted or written. Exports are split well below this.
MAX_BATCH_SIZE = 512 * 1024 * 1024
#: Largest payload (before compression) a header may declare; decompression stops there.
MAX_PAYLOAD_SIZE = 1024 * 1024 * 1024

KDF_ID_HKDF_SHA256 = 0x0001
AEAD_ID_AES_256_GCM = 0x0002
COMPRESSION_ZLIB = 1

ENCAPSULATED_KEY_SIZE = 1120  # X-Wing: ML-KEM-768 ciphertext (1088) || X25519 ephemeral (32)
TAG_SIZE = 16
SIGNATURE_SIZE = 64
HASH_SIZE = 32

HPKE_INFO_LABEL = b"VINK-DESKTOP-BATCH-V1-HPKE-INFO"
SIGNATURE_LABEL = b"VINK-DESKTOP-BATCH-V1-SIGNATURE"

_PREFIX = struct.Struct(">8sHH")  # magic, format version, header length
# sender device id, sender Ed25519 key, recipient office id, recipient key id, sequence,
# previous batch hash, created-at (µs, signed), KEM id, KDF id, AEAD id, compression,
# payload length, ciphertext length
_HEADER_V1 = struct.Struct(">16s32s16s32sQ32sqHHHBQQ")
HEADER_V1_SIZE = _HEADER_V1.size  # 167
PREFIX_SIZE = _PREFIX.size + HEADER_V1_SIZE  # 179: everything before the encapsulated key
#: The smallest v1 file: an empty ciphertext is impossible, but the tag is always there.
MIN_BATCH_SIZE = PREFIX_SIZE + ENCAPSULATED_KEY_SIZE + TAG_SIZE + SIGNATURE_SIZE


class BatchErrorCode(StrEnum):
    TOO_LARGE = "too_large"
    NOT_A_BATCH = "not_a_batch"
    UNSUPPORTED_VERSION = "unsupported_version"
    MALFORMED_HEADER = "malformed_header"
    UNSUPPORTED_ALGORITHM = "unsupported_algorithm"
    TRUNCATED = "truncated"
    TRAILING_DATA = "trailing_data"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    WRONG_RECIPIENT = "wrong_recipient"
    WRONG_RECIPIENT_KEY = "wrong_recipient_key"
    WRONG_SENDER = "wrong_sender"
    SENDER_KEY_CHANGED = "sender_key_changed"
    BAD_SIGNATURE = "bad_signature"
    DECRYPT_FAILED = "decrypt_failed"
    DECOMPRESS_FAILED = "decompress_failed"


class BatchFormatError(SyncFormatError):
    """A batch file refused; ``code`` (a :class:`BatchErrorCode`) says why."""

    code: BatchErrorCode

    def __init__(self, code: BatchErrorCode, message: str = "") -> None:
        super().__init__(code, message)


@dataclass(frozen=True)
class BatchHeader:
    """The header of a batch, as read (after :func:`parse_batch` nothing here is verified:
    trust it only after :func:`verify_batch_signature`)."""

    format_version: int
    sender_device_id: bytes
    #: The sender's raw Ed25519 public key (32 bytes): what the office shows and pins.
    sender_signing_key: bytes
    recipient_office_id: bytes
    #: SHA-256 of the canonical encoding of the office public key the batch is sealed to.
    recipient_key_id: bytes
    sequence: int
    #: SHA-256 of the whole previous batch file; 32 zero bytes for sequence 1.
    previous_hash: bytes
    created_at: datetime
    kem_id: int
    kdf_id: int
    aead_id: int
    compression: int
    payload_length: int
    ciphertext_length: int

    @property
    def sender_public(self) -> DevicePublic:
        """The sender's public identity as the batch states it (unverified)."""
        return DevicePublic(self.sender_device_id, self.sender_signing_key)

    @property
    def sender_fingerprint(self) -> str:
        return fingerprint(self.sender_public)


@dataclass(frozen=True)
class ParsedBatch:
    """A batch whose structure is sound. Nothing cryptographic has been checked yet."""

    header: BatchHeader
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def prefix(self) -> bytes:
        """Magic, version, header length and header: what the HPKE ``info`` binds."""
        return self.data[:PREFIX_SIZE]

    @property
    def encapsulated_key(self) -> bytes:
        return self.data[PREFIX_SIZE : PREFIX_SIZE + ENCAPSULATED_KEY_SIZE]

    @property
    def signature(self) -> bytes:
        return self.data[-SIGNATURE_SIZE:]

    def sealed(self) -> memoryview:
        """Encapsulated key || ciphertext, without copying."""
        return memoryview(self.data)[PREFIX_SIZE:-SIGNATURE_SIZE]

    def signed_part(self) -> memoryview:
        """Everything the signature covers (all but the last 64 bytes), without copying."""
        return memoryview(self.data)[:-SIGNATURE_SIZE]


def batch_hash(data: bytes) -> bytes:
    """SHA-256 of a whole batch file: what the next batch names as ``previous_hash``, and
    what receipts and the import ledger record."""
    return hashlib.sha256(data).digest()


def batch_file_name(device_id: bytes, sequence: int) -> str:
    """``vink-<device id, 32 hex digits>-<sequence, at least 8 digits>.vinkbatch``."""
    return f"vink-{format_id(device_id)}-{sequence:08d}{BATCH_FILE_SUFFIX}"


# ------------------------------------------------------------------------------- writing


def encode_batch(
    device: DeviceIdentity,
    office: OfficePublic,
    sequence: int,
    previous_hash: bytes,
    payload: bytes,
    created_at: datetime,
    *,
    compression_level: int = 6,
) -> bytes:
    """Compress, seal to ``office`` and sign ``payload`` as batch number ``sequence``.

    Caller mistakes (a sequence out of range, a previous hash of the wrong length or one that
    does not fit the sequence, a naive ``created_at``) raise ValueError. A payload or a
    result above the limits raises :class:`BatchFormatError` (``payload_too_large``,
    ``too_large``): the exporter then splits the changes over more batches.
    """
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise ValueError("sequence must be between 1 and 2**63 - 1")
    if len(previous_hash) != HASH_SIZE:
        raise ValueError("previous_hash must be 32 bytes")
    if (sequence == 1) != (previous_hash == ZERO_HASH):
        raise ValueError("previous_hash is all zeros exactly for sequence 1")
    if not 1 <= compression_level <= 9:
        raise ValueError("compression_level must be between 1 and 9")
    created_micros = micros_from_datetime(created_at)
    if len(payload) > MAX_PAYLOAD_SIZE:
        raise BatchFormatError(BatchErrorCode.PAYLOAD_TOO_LARGE, f"{len(payload)} bytes")

    compressed = deflate(payload, compression_level)
    ciphertext_length = len(compressed) + TAG_SIZE
    total = PREFIX_SIZE + ENCAPSULATED_KEY_SIZE + ciphertext_length + SIGNATURE_SIZE
    if total > MAX_BATCH_SIZE:
        raise BatchFormatError(BatchErrorCode.TOO_LARGE, f"{total} bytes")

    header = _HEADER_V1.pack(
        device.device_id,
        device.signing_key.public_key().public_bytes_raw(),
        office.office_id,
        office.key_id,
        sequence,
        bytes(previous_hash),
        created_micros,
        KEM_ID_XWING,
        KDF_ID_HKDF_SHA256,
        AEAD_ID_AES_256_GCM,
        COMPRESSION_ZLIB,
        len(payload),
        ciphertext_length,
    )
    out = bytearray(_PREFIX.pack(BATCH_MAGIC, BATCH_FORMAT_VERSION, HEADER_V1_SIZE))
    out += header
    sealed = _suite().encrypt(compressed, office.hpke_public_key(), info=_hpke_info(out))
    if len(sealed) != ENCAPSULATED_KEY_SIZE + ciphertext_length:
        raise RuntimeError("HPKE returned an unexpected length")
    out += sealed
    out += device.signing_key.sign(_signed_message(out))
    return bytes(out)


# ------------------------------------------------------------------------------- reading


def parse_batch(data: bytes) -> ParsedBatch:
    """Check size, magic, version, header and structure, in that order. No crypto: this is
    safe to run on any file from anyone."""
    if not isinstance(data, bytes):
        data = bytes(data)  # an immutable copy: what is verified is what is decrypted
    size = len(data)
    if size > MAX_BATCH_SIZE:
        raise BatchFormatError(BatchErrorCode.TOO_LARGE, f"{size} bytes")
    if data[: len(BATCH_MAGIC)] != BATCH_MAGIC:
        if size < len(BATCH_MAGIC) and BATCH_MAGIC.startswith(data):
            raise BatchFormatError(BatchErrorCode.TRUNCATED, "ends inside the magic")
        raise BatchFormatError(BatchErrorCode.NOT_A_BATCH, "wrong magic")
    if size < _PREFIX.size:
        raise BatchFormatError(BatchErrorCode.TRUNCATED, "ends before the header")
    _, version, header_length = _PREFIX.unpack_from(data)
    if version != BATCH_FORMAT_VERSION:
        raise BatchFormatError(BatchErrorCode.UNSUPPORTED_VERSION, f"version {version}")
    if header_length != HEADER_V1_SIZE:
        raise BatchFormatError(BatchErrorCode.MALFORMED_HEADER, f"header length {header_length}")
    if size < PREFIX_SIZE:
        raise BatchFormatError(BatchErrorCode.TRUNCATED, "ends inside the header")
    header = _decode_header(data)
    expected = PREFIX_SIZE + ENCAPSULATED_KEY_SIZE + header.ciphertext_length + SIGNATURE_SIZE
    if size < expected:
        raise BatchFormatError(BatchErrorCode.TRUNCATED, f"{size} of {expected} bytes")
    if size > expected:
        raise BatchFormatError(BatchErrorCode.TRAILING_DATA, f"{size - expected} extra bytes")
    return ParsedBatch(header, data)


def _decode_header(data: bytes) -> BatchHeader:
    (
        sender_device_id,
        sender_signing_key,
        recipient_office_id,
        recipient_key_id,
        sequence,
        previous_hash,
        created_micros,
        kem_id,
        kdf_id,
        aead_id,
        compression,
        payload_length,
        ciphertext_length,
    ) = _HEADER_V1.unpack_from(data, _PREFIX.size)
    if (kem_id, kdf_id, aead_id) != (KEM_ID_XWING, KDF_ID_HKDF_SHA256, AEAD_ID_AES_256_GCM):
        raise BatchFormatError(
            BatchErrorCode.UNSUPPORTED_ALGORITHM, f"HPKE suite {kem_id}/{kdf_id}/{aead_id}"
        )
    if compression != COMPRESSION_ZLIB:
        raise BatchFormatError(BatchErrorCode.UNSUPPORTED_ALGORITHM, f"compression {compression}")
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise BatchFormatError(BatchErrorCode.MALFORMED_HEADER, "sequence out of range")
    if (sequence == 1) != (previous_hash == ZERO_HASH):
        raise BatchFormatError(BatchErrorCode.MALFORMED_HEADER, "previous hash and sequence")
    if not timestamp_in_range(created_micros):
        raise BatchFormatError(BatchErrorCode.MALFORMED_HEADER, "created-at out of range")
    if not is_acceptable_ed25519_key(sender_signing_key):
        raise BatchFormatError(BatchErrorCode.MALFORMED_HEADER, "weak sender key")
    if payload_length > MAX_PAYLOAD_SIZE:
        raise BatchFormatError(BatchErrorCode.PAYLOAD_TOO_LARGE, f"{payload_length} bytes")
    largest_ciphertext = MAX_BATCH_SIZE - PREFIX_SIZE - ENCAPSULATED_KEY_SIZE - SIGNATURE_SIZE
    if not TAG_SIZE <= ciphertext_length <= largest_ciphertext:
        raise BatchFormatError(BatchErrorCode.MALFORMED_HEADER, "ciphertext length")
    return BatchHeader(
        format_version=BATCH_FORMAT_VERSION,
        sender_device_id=sender_device_id,
        sender_signing_key=sender_signing_key,
        recipient_office_id=recipient_office_id,
        recipient_key_id=recipient_key_id,
        sequence=sequence,
        previous_hash=previous_hash,
        created_at=datetime_from_micros(created_micros),
        kem_id=kem_id,
        kdf_id=kdf_id,
        aead_id=aead_id,
        compression=compression,
        payload_length=payload_length,
        ciphertext_length=ciphertext_length,
    )


def check_recipient(
    parsed: ParsedBatch, office_id: bytes, office_key_id: bytes | None = None
) -> None:
    """Refuse a batch addressed to another office (``wrong_recipient``) or, when
    ``office_key_id`` is given, sealed to another key of this office
    (``wrong_recipient_key``)."""
    if parsed.header.recipient_office_id != office_id:
        raise BatchFormatError(BatchErrorCode.WRONG_RECIPIENT, "addressed to another office")
    if office_key_id is not None and parsed.header.recipient_key_id != office_key_id:
        raise BatchFormatError(BatchErrorCode.WRONG_RECIPIENT_KEY, "sealed to another key")


def verify_batch_signature(parsed: ParsedBatch, device_public: DevicePublic) -> None:
    """Check the batch comes from ``device_public`` (the key the office pinned) unaltered.

    ``wrong_sender``: the header names another device. ``sender_key_changed``: the header
    carries another key than the pinned one. ``bad_signature``: the signature does not
    verify. To check a batch from a device not yet approved against the key it carries,
    pass ``parsed.header.sender_public``.
    """
    header = parsed.header
    if header.sender_device_id != device_public.device_id:
        raise BatchFormatError(BatchErrorCode.WRONG_SENDER, "from another device")
    if header.sender_signing_key != device_public.signing_key:
        raise BatchFormatError(BatchErrorCode.SENDER_KEY_CHANGED, "not the pinned key")
    try:
        device_public.verifier().verify(parsed.signature, _signed_message(parsed.signed_part()))
    except (InvalidSignature, ValueError):
        raise BatchFormatError(BatchErrorCode.BAD_SIGNATURE, "signature does not verify") from None


def decrypt_batch(parsed: ParsedBatch, office: OfficeIdentity) -> bytes:
    """Open and decompress the payload. Call only after :func:`verify_batch_signature`.

    The output is limited to the length the (signed) header declares, which is itself at
    most :data:`MAX_PAYLOAD_SIZE`: a decompression bomb stops there.
    """
    check_recipient(parsed, office.office_id, office.public.key_id)
    try:
        compressed = _suite().decrypt(
            parsed.sealed(), office.hpke_private_key(), info=_hpke_info(parsed.prefix)
        )
    except (InvalidTag, ValueError):
        raise BatchFormatError(BatchErrorCode.DECRYPT_FAILED, "HPKE open failed") from None
    try:
        return inflate_exact(compressed, parsed.header.payload_length)
    except CompressionError as error:
        raise BatchFormatError(BatchErrorCode.DECOMPRESS_FAILED, str(error)) from None


def _suite() -> hpke.Suite:
    return hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def _hpke_info(prefix: bytes | bytearray) -> bytes:
    return HPKE_INFO_LABEL + hashlib.sha256(prefix).digest()


def _signed_message(signed_part: bytes | bytearray | memoryview) -> bytes:
    return SIGNATURE_LABEL + hashlib.sha256(signed_part).digest()
