"""Key material for sync: who signs batches, who can read them, who signs receipts.

A field laptop has a :class:`DeviceIdentity` (a random device id and an Ed25519 signing key);
the office has an :class:`OfficeIdentity` (an office id, an HPKE key pair for the hybrid
post-quantum KEM ML-KEM-768 + X25519, "X-Wing", and an Ed25519 key that signs receipts).
Their public halves, :class:`DevicePublic` and :class:`OfficePublic`, have one canonical
byte encoding each; a key's id and its human fingerprint are computed over that encoding.

Private blobs (``to_private_bytes``) are meant to be stored only inside the encrypted vault.
The office's *public identity file* is what a field laptop enrolls with. All encodings are
specified in ``docs/batch-format.md``.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519

from vink_desktop.sync.wire import SyncFormatError

#: A source of random bytes: ``rng(n)`` returns exactly ``n`` bytes. ``os.urandom`` by
#: default; tests inject a deterministic one.
RandomSource = Callable[[int], bytes]

ID_SIZE = 16
ED25519_SEED_SIZE = 32
ED25519_PUBLIC_SIZE = 32
#: HPKE KEM id of MLKEM768-X25519 (X-Wing) in draft-ietf-hpke-pq.
KEM_ID_XWING = 0x647A
XWING_SEED_SIZE = 32
XWING_PUBLIC_SIZE = 1216  # ML-KEM-768 encapsulation key (1184) || X25519 public key (32)
MLKEM768_PUBLIC_SIZE = 1184

DEVICE_SECRET_MAGIC = b"VINKDSK\x00"
DEVICE_PUBLIC_MAGIC = b"VINKDPK\x00"
OFFICE_SECRET_MAGIC = b"VINKOSK\x00"
OFFICE_PUBLIC_MAGIC = b"VINKOPK\x00"
KEY_FORMAT_VERSION = 1

_DEVICE_LAYOUT = struct.Struct(">8sH16s32s")  # magic, version, device id, key
_OFFICE_SECRET_LAYOUT = struct.Struct(">8sH16sH32s32s")
OFFICE_PUBLIC_LAYOUT = struct.Struct(f">8sH16sH{XWING_PUBLIC_SIZE}s32s")


class IdentityErrorCode(StrEnum):
    TOO_LARGE = "too_large"
    NOT_AN_IDENTITY = "not_an_identity"
    UNSUPPORTED_VERSION = "unsupported_version"
    UNSUPPORTED_ALGORITHM = "unsupported_algorithm"
    MALFORMED = "malformed"
    CHECKSUM_MISMATCH = "checksum_mismatch"
    INVALID_KEY = "invalid_key"


class IdentityFormatError(SyncFormatError):
    """A key blob or a public identity file that cannot be read; ``code`` says why."""


def format_id(raw_id: bytes) -> str:
    """A device or office id as text: 32 lowercase hex digits (used in file names too)."""
    return raw_id.hex()


def parse_id(text: str) -> bytes:
    """The inverse of :func:`format_id`; refuses anything but 32 lowercase hex digits."""
    if len(text) != 2 * ID_SIZE or text != text.lower():
        raise IdentityFormatError(IdentityErrorCode.MALFORMED, "an id is 32 lowercase hex digits")
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise IdentityFormatError(IdentityErrorCode.MALFORMED, "an id is hex") from None


def _random(rng: RandomSource, size: int) -> bytes:
    value = rng(size)
    if not isinstance(value, bytes) or len(value) != size:
        raise ValueError(f"the random source must return exactly {size} bytes")
    return value


def _check_size(name: str, value: bytes, size: int) -> None:
    if not isinstance(value, bytes) or len(value) != size:
        raise ValueError(f"{name} must be {size} bytes")


def _check_magic_and_version(data: bytes, magic: bytes) -> None:
    """Refuse anything that does not start with ``magic`` and version 1."""
    if len(data) < len(magic) or data[: len(magic)] != magic:
        raise IdentityFormatError(IdentityErrorCode.NOT_AN_IDENTITY, "wrong magic")
    if len(data) < len(magic) + 2:
        raise IdentityFormatError(IdentityErrorCode.MALFORMED, "no version")
    version = int.from_bytes(data[len(magic) : len(magic) + 2], "big")
    if version != KEY_FORMAT_VERSION:
        raise IdentityFormatError(IdentityErrorCode.UNSUPPORTED_VERSION, f"version {version}")


# Ed25519 public keys of small order (and their non-canonical twins), as libsodium's
# has_small_order() lists them; the top bit (the sign of x) is ignored when comparing.
_SMALL_ORDER_ED25519 = tuple(
    bytes.fromhex(text)
    for text in (
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    )
)
_ED25519_P = 2**255 - 19


def is_acceptable_ed25519_key(raw: bytes) -> bool:
    """False for a 32-byte Ed25519 public key of small order or with a non-canonical y.
    Such a key can make one signature verify for several messages; no honest key is one."""
    if len(raw) != ED25519_PUBLIC_SIZE:
        return False
    masked = raw[:31] + bytes([raw[31] & 0x7F])
    if masked in _SMALL_ORDER_ED25519:
        return False
    return int.from_bytes(masked, "little") < _ED25519_P


def expand_xwing_seed(
    seed: bytes,
) -> tuple[mlkem.MLKEM768PrivateKey, x25519.X25519PrivateKey]:
    """X-Wing key generation from a 32-byte seed (draft-connolly-cfrg-xwing-kem):
    SHAKE256(seed, 96 bytes) -> ML-KEM-768 seed d||z (64 bytes) and X25519 private key."""
    _check_size("the X-Wing seed", seed, XWING_SEED_SIZE)
    expanded = hashlib.shake_256(seed).digest(96)
    return (
        mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]),
        x25519.X25519PrivateKey.from_private_bytes(expanded[64:]),
    )


# ---------------------------------------------------------------------------- public halves


@dataclass(frozen=True)
class DevicePublic:
    """A field laptop's public identity: what the office pins after the supervisor compares
    fingerprints. ``signing_key`` is the raw 32-byte Ed25519 public key."""

    device_id: bytes
    signing_key: bytes

    def __post_init__(self) -> None:
        _check_size("device_id", self.device_id, ID_SIZE)
        _check_size("signing_key", self.signing_key, ED25519_PUBLIC_SIZE)
        if not is_acceptable_ed25519_key(self.signing_key):
            raise IdentityFormatError(IdentityErrorCode.INVALID_KEY, "weak Ed25519 key")

    def verifier(self) -> ed25519.Ed25519PublicKey:
        return ed25519.Ed25519PublicKey.from_public_bytes(self.signing_key)

    def to_bytes(self) -> bytes:
        """The canonical encoding (58 bytes); fingerprints are computed over it."""
        return _DEVICE_LAYOUT.pack(
            DEVICE_PUBLIC_MAGIC, KEY_FORMAT_VERSION, self.device_id, self.signing_key
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> DevicePublic:
        _check_magic_and_version(data, DEVICE_PUBLIC_MAGIC)
        if len(data) != _DEVICE_LAYOUT.size:
            raise IdentityFormatError(IdentityErrorCode.MALFORMED, "wrong length")
        _, _, device_id, signing_key = _DEVICE_LAYOUT.unpack(data)
        return cls(device_id, signing_key)

    @property
    def key_id(self) -> bytes:
        return key_id(self)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self)


@dataclass(frozen=True)
class OfficePublic:
    """The office's public identity: the X-Wing HPKE public key batches are encrypted to,
    and the Ed25519 public key receipts are verified with."""

    office_id: bytes
    kem_public_key: bytes
    signing_key: bytes
    _hpke_key: hpke.MLKEM768X25519PublicKey = field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        _check_size("office_id", self.office_id, ID_SIZE)
        _check_size("kem_public_key", self.kem_public_key, XWING_PUBLIC_SIZE)
        _check_size("signing_key", self.signing_key, ED25519_PUBLIC_SIZE)
        if not is_acceptable_ed25519_key(self.signing_key):
            raise IdentityFormatError(IdentityErrorCode.INVALID_KEY, "weak Ed25519 key")
        try:
            hpke_key = hpke.MLKEM768X25519PublicKey(
                mlkem.MLKEM768PublicKey.from_public_bytes(
                    self.kem_public_key[:MLKEM768_PUBLIC_SIZE]
                ),
                x25519.X25519PublicKey.from_public_bytes(
                    self.kem_public_key[MLKEM768_PUBLIC_SIZE:]
                ),
            )
        except ValueError:
            raise IdentityFormatError(
                IdentityErrorCode.INVALID_KEY, "not an ML-KEM-768 + X25519 public key"
            ) from None
        object.__setattr__(self, "_hpke_key", hpke_key)

    def hpke_public_key(self) -> hpke.MLKEM768X25519PublicKey:
        return self._hpke_key

    def verifier(self) -> ed25519.Ed25519PublicKey:
        return ed25519.Ed25519PublicKey.from_public_bytes(self.signing_key)

    def to_bytes(self) -> bytes:
        """The canonical encoding (1,276 bytes); fingerprints are computed over it."""
        return OFFICE_PUBLIC_LAYOUT.pack(
            OFFICE_PUBLIC_MAGIC,
            KEY_FORMAT_VERSION,
            self.office_id,
            KEM_ID_XWING,
            self.kem_public_key,
            self.signing_key,
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> OfficePublic:
        _check_magic_and_version(data, OFFICE_PUBLIC_MAGIC)
        if len(data) != OFFICE_PUBLIC_LAYOUT.size:
            raise IdentityFormatError(IdentityErrorCode.MALFORMED, "wrong length")
        _, _, office_id, kem_id, kem_public_key, signing_key = OFFICE_PUBLIC_LAYOUT.unpack(data)
        if kem_id != KEM_ID_XWING:
            raise IdentityFormatError(IdentityErrorCode.UNSUPPORTED_ALGORITHM, f"KEM {kem_id}")
        return cls(office_id, kem_public_key, signing_key)

    @property
    def key_id(self) -> bytes:
        return key_id(self)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self)

    # ----------------------------------------------------------- the public identity file

    def to_identity_file(self) -> bytes:
        """The public identity file a field laptop enrolls with (see ``identity_file``)."""
        from vink_desktop.sync.identity_file import write_identity_file  # avoids a cycle

        return write_identity_file(self)

    @classmethod
    def from_identity_file(cls, data: bytes) -> OfficePublic:
        """Read a public identity file; a damaged file fails with ``checksum_mismatch``."""
        from vink_desktop.sync.identity_file import read_identity_file  # avoids a cycle

        return read_identity_file(data)


def key_id(public: DevicePublic | OfficePublic) -> bytes:
    """SHA-256 of the canonical public encoding: the 32-byte id batches name keys by."""
    return hashlib.sha256(public.to_bytes()).digest()


def fingerprint(public: DevicePublic | OfficePublic) -> str:
    """A fingerprint two people can compare over the phone: 30 decimal digits in six groups
    of five, e.g. ``"04217 88130 55902 31766 09481 72305"``. Each group is a 5-byte slice
    of :func:`key_id` (bytes 0-4, 5-9, …, 25-29) read big-endian, modulo 100000. About 100
    bits of the SHA-256 digest are shown."""
    return fingerprint_from_key_id(key_id(public))


def fingerprint_from_key_id(digest: bytes) -> str:
    """The fingerprint text of a :func:`key_id` (see :func:`fingerprint`)."""
    groups = (int.from_bytes(digest[i : i + 5], "big") % 100_000 for i in range(0, 30, 5))
    return " ".join(f"{group:05d}" for group in groups)


# ---------------------------------------------------------------------------- private halves


@dataclass(frozen=True)
class DeviceIdentity:
    """A field laptop's identity, private key included. Keep it inside the vault."""

    device_id: bytes
    signing_key: ed25519.Ed25519PrivateKey = field(repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_size("device_id", self.device_id, ID_SIZE)

    def __repr__(self) -> str:
        return f"DeviceIdentity(device_id={format_id(self.device_id)!r})"

    @classmethod
    def generate(cls, rng: RandomSource = os.urandom) -> DeviceIdentity:
        """A new identity: a random 16-byte device id and a random Ed25519 key."""
        return cls.from_seeds(_random(rng, ID_SIZE), _random(rng, ED25519_SEED_SIZE))

    @classmethod
    def from_seeds(cls, device_id: bytes, signing_seed: bytes) -> DeviceIdentity:
        _check_size("signing_seed", signing_seed, ED25519_SEED_SIZE)
        return cls(device_id, ed25519.Ed25519PrivateKey.from_private_bytes(signing_seed))

    @property
    def public(self) -> DevicePublic:
        return DevicePublic(self.device_id, self.signing_key.public_key().public_bytes_raw())

    def to_private_bytes(self) -> bytes:
        """A 58-byte versioned blob holding the private key: store it only in the vault."""
        return _DEVICE_LAYOUT.pack(
            DEVICE_SECRET_MAGIC,
            KEY_FORMAT_VERSION,
            self.device_id,
            self.signing_key.private_bytes_raw(),
        )

    @classmethod
    def from_private_bytes(cls, data: bytes) -> DeviceIdentity:
        _check_magic_and_version(data, DEVICE_SECRET_MAGIC)
        if len(data) != _DEVICE_LAYOUT.size:
            raise IdentityFormatError(IdentityErrorCode.MALFORMED, "wrong length")
        _, _, device_id, seed = _DEVICE_LAYOUT.unpack(data)
        return cls.from_seeds(device_id, seed)


class OfficeIdentity:
    """The office's identity, private keys included. Keep it inside the vault.

    ``kem_seed`` is the 32-byte X-Wing private key; the ML-KEM-768 and X25519 keys are
    derived from it (``cryptography`` cannot export a hybrid key, so the seed is what is
    stored).
    """

    __slots__ = ("_hpke_private", "_kem_seed", "_public", "office_id", "signing_key")

    def __init__(
        self, office_id: bytes, kem_seed: bytes, signing_key: ed25519.Ed25519PrivateKey
    ) -> None:
        _check_size("office_id", office_id, ID_SIZE)
        mlkem_key, x25519_key = expand_xwing_seed(kem_seed)
        self.office_id = office_id
        self.signing_key = signing_key
        self._kem_seed = kem_seed
        self._hpke_private = hpke.MLKEM768X25519PrivateKey(mlkem_key, x25519_key)
        self._public = OfficePublic(
            office_id,
            mlkem_key.public_key().public_bytes_raw() + x25519_key.public_key().public_bytes_raw(),
            signing_key.public_key().public_bytes_raw(),
        )

    def __repr__(self) -> str:
        return f"OfficeIdentity(office_id={format_id(self.office_id)!r})"

    @classmethod
    def generate(cls, rng: RandomSource = os.urandom) -> OfficeIdentity:
        """A new identity: a random office id, X-Wing seed and Ed25519 key."""
        return cls.from_seeds(
            _random(rng, ID_SIZE), _random(rng, XWING_SEED_SIZE), _random(rng, ED25519_SEED_SIZE)
        )

    @classmethod
    def from_seeds(cls, office_id: bytes, kem_seed: bytes, signing_seed: bytes) -> OfficeIdentity:
        _check_size("signing_seed", signing_seed, ED25519_SEED_SIZE)
        return cls(office_id, kem_seed, ed25519.Ed25519PrivateKey.from_private_bytes(signing_seed))

    @property
    def public(self) -> OfficePublic:
        return self._public

    def hpke_private_key(self) -> hpke.MLKEM768X25519PrivateKey:
        return self._hpke_private

    def to_private_bytes(self) -> bytes:
        """A 92-byte versioned blob holding both private keys: store it only in the vault."""
        return _OFFICE_SECRET_LAYOUT.pack(
            OFFICE_SECRET_MAGIC,
            KEY_FORMAT_VERSION,
            self.office_id,
            KEM_ID_XWING,
            self._kem_seed,
            self.signing_key.private_bytes_raw(),
        )

    @classmethod
    def from_private_bytes(cls, data: bytes) -> OfficeIdentity:
        _check_magic_and_version(data, OFFICE_SECRET_MAGIC)
        if len(data) != _OFFICE_SECRET_LAYOUT.size:
            raise IdentityFormatError(IdentityErrorCode.MALFORMED, "wrong length")
        _, _, office_id, kem_id, kem_seed, signing_seed = _OFFICE_SECRET_LAYOUT.unpack(data)
        if kem_id != KEM_ID_XWING:
            raise IdentityFormatError(IdentityErrorCode.UNSUPPORTED_ALGORITHM, f"KEM {kem_id}")
        return cls.from_seeds(office_id, kem_seed, signing_seed)
