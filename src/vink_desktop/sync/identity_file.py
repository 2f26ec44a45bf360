"""The office's public identity file: what a field laptop enrolls with.

A small UTF-8 JSON document, self-describing (``format``, ``version``), carrying the office id
and both public keys, with a checksum (SHA-256 of the canonical public encoding) and the
fingerprint a person compares over the phone. The checksum catches a damaged file; only the
fingerprint comparison protects against a substituted one. Specified in
``docs/batch-format.md``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from vink_desktop.sync.identity import (
    ED25519_PUBLIC_SIZE,
    KEM_ID_XWING,
    KEY_FORMAT_VERSION,
    OFFICE_PUBLIC_LAYOUT,
    OFFICE_PUBLIC_MAGIC,
    XWING_PUBLIC_SIZE,
    IdentityErrorCode,
    IdentityFormatError,
    OfficePublic,
    fingerprint_from_key_id,
    format_id,
    key_id,
    parse_id,
)

IDENTITY_FILE_FORMAT = "vink-office-identity"
IDENTITY_FILE_VERSION = 1
IDENTITY_FILE_KEM = "MLKEM768-X25519"
IDENTITY_FILE_SUFFIX = ".vinkoffice"
MAX_IDENTITY_FILE_SIZE = 64 * 1024

_KEYS = frozenset(
    {
        "format",
        "version",
        "office_id",
        "hpke_kem",
        "hpke_public_key",
        "signing_public_key",
        "fingerprint",
        "checksum",
    }
)


def write_identity_file(public: OfficePublic) -> bytes:
    """The identity file's bytes: JSON with sorted keys, two-space indent, final newline."""
    digest = key_id(public)
    document = {
        "format": IDENTITY_FILE_FORMAT,
        "version": IDENTITY_FILE_VERSION,
        "office_id": format_id(public.office_id),
        "hpke_kem": IDENTITY_FILE_KEM,
        "hpke_public_key": base64.b64encode(public.kem_public_key).decode("ascii"),
        "signing_public_key": base64.b64encode(public.signing_key).decode("ascii"),
        "fingerprint": fingerprint_from_key_id(digest),
        "checksum": "sha256:" + digest.hex(),
    }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")


def read_identity_file(data: bytes) -> OfficePublic:
    """Read an identity file strictly. Codes: ``too_large``, ``not_an_identity``,
    ``unsupported_version``, ``unsupported_algorithm``, ``malformed``, ``checksum_mismatch``
    (damaged: the keys do not match the checksum or the fingerprint), ``invalid_key``."""
    if len(data) > MAX_IDENTITY_FILE_SIZE:
        raise IdentityFormatError(IdentityErrorCode.TOO_LARGE, f"{len(data)} bytes")
    try:
        # utf-8-sig: tolerate the byte order mark some Windows editors add.
        document = json.loads(data.decode("utf-8-sig"), object_pairs_hook=_refuse_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IdentityFormatError(IdentityErrorCode.NOT_AN_IDENTITY, "not JSON") from None
    if not isinstance(document, dict) or document.get("format") != IDENTITY_FILE_FORMAT:
        raise IdentityFormatError(IdentityErrorCode.NOT_AN_IDENTITY, "not an identity file")
    version = document.get("version")
    if type(version) is not int or version != IDENTITY_FILE_VERSION:
        raise IdentityFormatError(IdentityErrorCode.UNSUPPORTED_VERSION, f"version {version!r}")
    if set(document) != _KEYS:
        raise _malformed("unexpected or missing keys")
    if _string(document, "hpke_kem") != IDENTITY_FILE_KEM:
        raise IdentityFormatError(IdentityErrorCode.UNSUPPORTED_ALGORITHM, "unknown KEM")
    office_id = parse_id(_string(document, "office_id"))
    kem_public_key = _base64(document, "hpke_public_key", XWING_PUBLIC_SIZE)
    signing_key = _base64(document, "signing_public_key", ED25519_PUBLIC_SIZE)
    # The checksum is compared before the keys are parsed, so damage reads as damage.
    canonical = OFFICE_PUBLIC_LAYOUT.pack(
        OFFICE_PUBLIC_MAGIC,
        KEY_FORMAT_VERSION,
        office_id,
        KEM_ID_XWING,
        kem_public_key,
        signing_key,
    )
    digest = hashlib.sha256(canonical).digest()
    if _string(document, "checksum") != "sha256:" + digest.hex():
        raise IdentityFormatError(IdentityErrorCode.CHECKSUM_MISMATCH, "checksum")
    if _string(document, "fingerprint") != fingerprint_from_key_id(digest):
        raise IdentityFormatError(IdentityErrorCode.CHECKSUM_MISMATCH, "fingerprint")
    return OfficePublic(office_id, kem_public_key, signing_key)


def _malformed(message: str) -> IdentityFormatError:
    return IdentityFormatError(IdentityErrorCode.MALFORMED, message)


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            raise _malformed(f"duplicate key {key!r}")
        document[key] = value
    return document


def _string(document: dict[str, Any], key: str) -> str:
    value = document[key]
    if not isinstance(value, str):
        raise _malformed(f"{key} must be a string")
    return value


def _base64(document: dict[str, Any], key: str, size: int) -> bytes:
    text = _string(document, key)
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _malformed(f"{key} is not base64") from None
    if len(raw) != size or base64.b64encode(raw).decode("ascii") != text:
        raise _malformed(f"{key} must be {size} bytes in canonical base64")
    return raw
