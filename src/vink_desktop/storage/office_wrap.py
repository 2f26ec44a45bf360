"""The office wrap: the vault's data key sealed to the enrolled office's HPKE public key.

A field vault enrolled with an office keeps a third wrap of its data key in the key file
(format version 2, see :mod:`.keyfile`), so the office can help when the passphrase is
forgotten *and* the printed recovery key is lost (DESIGN.md §5). The wrap is sealed with the
same HPKE suite as the batches (RFC 9180 base mode; KEM ML-KEM-768 + X25519 "X-Wing",
KDF HKDF-SHA256, AEAD AES-256-GCM; ``docs/batch-format.md``). The HPKE ``info`` is the key
file's bound header for the wrap (:func:`.keyfile.office_wrap_info`): format version,
vault id, kind, key check, and every field below but ``sealed``. So a wrap cannot be moved to
another vault, and its office, device id and device key cannot be changed without the office
noticing when it opens the wrap.

JSON form inside the key file and the recovery request (canonical, as the key file)::

    {"aead":"aes-256-gcm","device_id":"<32 hex>","device_key":"<base64, 32 bytes>",
     "kdf":"hkdf-sha256","kem":"mlkem768-x25519","office_id":"<32 hex>",
     "office_key_id":"<64 hex>","sealed":"<base64, 1168 bytes>"}

``device_key`` is the laptop's Ed25519 *public* key, so the office can show the laptop's
fingerprint and compare it with the one it pinned. ``sealed`` is the HPKE encapsulated key
(1120 bytes) followed by the AES-256-GCM ciphertext of the 32-byte data key (48 bytes).

This module imports nothing from ``sync/``: ids and keys come in as bytes.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke

KEM_NAME: Final = "mlkem768-x25519"
KDF_NAME: Final = "hkdf-sha256"
AEAD_NAME: Final = "aes-256-gcm"
ID_BYTES: Final = 16
KEY_ID_BYTES: Final = 32
DEVICE_KEY_BYTES: Final = 32
ENCAPSULATED_KEY_BYTES: Final = 1120
#: The encapsulated key, then the data key (32 bytes) and the GCM tag (16 bytes).
SEALED_BYTES: Final = ENCAPSULATED_KEY_BYTES + 32 + 16

_FIELDS: Final = frozenset(
    {"kem", "kdf", "aead", "office_id", "office_key_id", "device_id", "device_key", "sealed"}
)


def hpke_suite() -> hpke.Suite:
    """The batches' HPKE suite (``sync.batch_format``); a test keeps the two the same."""
    return hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


@dataclass(frozen=True, slots=True)
class OfficeWrap:
    """The data key sealed to an office, and who sealed it. Holds nothing secret."""

    office_id: bytes
    office_key_id: bytes
    device_id: bytes
    #: The field laptop's Ed25519 public key (its fingerprint is shown at the office).
    device_key: bytes
    sealed: bytes = field(repr=False)

    def __post_init__(self) -> None:
        for name, value, size in (
            ("office_id", self.office_id, ID_BYTES),
            ("office_key_id", self.office_key_id, KEY_ID_BYTES),
            ("device_id", self.device_id, ID_BYTES),
            ("device_key", self.device_key, DEVICE_KEY_BYTES),
            ("sealed", self.sealed, SEALED_BYTES),
        ):
            if not isinstance(value, bytes) or len(value) != size:
                raise ValueError(f"{name} must be {size} bytes")

    def params(self) -> dict[str, Any]:
        """Every field but ``sealed``: what the HPKE ``info`` binds."""
        return {
            "kem": KEM_NAME,
            "kdf": KDF_NAME,
            "aead": AEAD_NAME,
            "office_id": self.office_id.hex(),
            "office_key_id": self.office_key_id.hex(),
            "device_id": self.device_id.hex(),
            "device_key": base64.b64encode(self.device_key).decode("ascii"),
        }

    def to_json(self) -> dict[str, Any]:
        return {**self.params(), "sealed": base64.b64encode(self.sealed).decode("ascii")}

    def same_parties(self, other: OfficeWrap) -> bool:
        """Whether ``other`` is sealed to the same office key by the same device key."""
        return (self.office_id, self.office_key_id, self.device_id, self.device_key) == (
            other.office_id,
            other.office_key_id,
            other.device_id,
            other.device_key,
        )

    @classmethod
    def from_json(cls, value: object) -> OfficeWrap:
        """Strict: every field, no other, each its type and length. ``ValueError(reason)``."""
        if not isinstance(value, dict):
            raise ValueError("office is not an object")
        if set(value) != _FIELDS:
            missing, extra = sorted(_FIELDS - set(value)), sorted(set(value) - _FIELDS)
            raise ValueError(f"office: missing {missing}, unexpected {extra}")
        if (value["kem"], value["kdf"], value["aead"]) != (KEM_NAME, KDF_NAME, AEAD_NAME):
            raise ValueError("office: unsupported HPKE suite")
        return cls(
            _hex(value, "office_id", ID_BYTES),
            _hex(value, "office_key_id", KEY_ID_BYTES),
            _hex(value, "device_id", ID_BYTES),
            _b64(value, "device_key", DEVICE_KEY_BYTES),
            _b64(value, "sealed", SEALED_BYTES),
        )


def seal_office_wrap(
    data_key: bytes,
    public_key: hpke.MLKEM768X25519PublicKey,
    *,
    office_id: bytes,
    office_key_id: bytes,
    device_id: bytes,
    device_key: bytes,
    info: Callable[[OfficeWrap], bytes],
) -> OfficeWrap:
    """Seal ``data_key`` to ``public_key``. ``info(draft)`` gives the HPKE info for a wrap
    with these parties (the key file's bound header; the sealed bytes are not part of it)."""
    draft = OfficeWrap(office_id, office_key_id, device_id, device_key, bytes(SEALED_BYTES))
    sealed = hpke_suite().encrypt(data_key, public_key, info=info(draft))
    if len(sealed) != SEALED_BYTES:
        raise RuntimeError("HPKE returned an unexpected length")
    return OfficeWrap(office_id, office_key_id, device_id, device_key, sealed)


def open_office_wrap(
    wrap: OfficeWrap, private_key: hpke.MLKEM768X25519PrivateKey, info: bytes
) -> bytes | None:
    """The data key, or None when the wrap does not open with this key and ``info``."""
    try:
        return hpke_suite().decrypt(wrap.sealed, private_key, info=info)
    except (InvalidTag, ValueError):
        return None


_HEX = re.compile(r"[0-9a-f]+")


def _hex(obj: dict[str, Any], name: str, size: int) -> bytes:
    value = obj[name]
    if not isinstance(value, str) or len(value) != 2 * size or not _HEX.fullmatch(value):
        raise ValueError(f"office.{name} is not {2 * size} lowercase hex digits")
    return bytes.fromhex(value)


def _b64(obj: dict[str, Any], name: str, size: int) -> bytes:
    value = obj[name]
    if not isinstance(value, str):
        raise ValueError(f"office.{name} is not base64 text")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"office.{name} is not valid base64") from None
    if len(data) != size:
        raise ValueError(f"office.{name} has the wrong length")
    return data
