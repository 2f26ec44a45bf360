"""The key file (``vault.key``): the vault's data key, wrapped by the passphrase, by the
recovery key and, once the vault has enrolled with an office, by the office's public key,
in an authenticated sidecar beside the database (DESIGN.md §5).

Format, versions 1 and 2: three lines of ASCII text::

    VINK-KEYFILE 1
    {"key_check":"…","kind":"field","passphrase":{…},"recovery":{…},"vault_id":"…"}
    sha256:<64 lowercase hex digits>

    VINK-KEYFILE 2
    {"key_check":"…","kind":"field","office":{…},"passphrase":{…},"recovery":{…},"vault_id":"…"}
    sha256:<64 lowercase hex digits>

Version 2 is version 1 plus the ``office`` wrap; a file without an office wrap is written
as version 1, byte for byte as before, so vaults never enrolled stay readable by older
programs. (An older program reading a version 2 file says the format is newer.)

* The framing (:mod:`.framed_file`, shared with the recovery files): line 1 is the magic
  and the format version, line 3 the SHA-256 of every byte before it, the same in every
  version, so damage (a flipped byte, a truncation, a zeroed file) is told apart from a newer
  version (:class:`UnsupportedKeyFileVersion`, a kind of :class:`KeyFileDamaged`) before the
  body is read. Line 2 is canonical JSON (binary values in base64), read strictly: every
  field, no other, each its type and length, the bytes exactly as this module writes them. ::

      vault_id    identifier of the vault ([A-Za-z0-9][A-Za-z0-9_.-]{0,127})
      kind        kind of vault, fixed at creation (same alphabet)
      key_check   HMAC-SHA256(data_key, "vink key check v1"), 32 bytes
      passphrase  kdf "argon2id", memory_kib, iterations, lanes, salt (16), nonce (12),
                  wrapped (48: the 32-byte data key + the 16-byte GCM tag)
      recovery    kdf "hkdf-sha256", salt (16), nonce (12), wrapped (48)
      office      (version 2 only, and required there) the data key sealed with HPKE to
                  the enrolled office: office_id, office_key_id, device_id, device_key,
                  suite names and sealed (1168); see :mod:`.office_wrap`

* Each wrap is AES-256-GCM. The passphrase wrap's key is Argon2id(passphrase, salt,
  memory_kib, iterations, lanes); the recovery wrap's key is HKDF-SHA256 of the 20-byte
  recovery key (160 random bits need no stretching) with its salt and the info
  ``vink keyfile recovery wrap v1``. The office wrap is HPKE (the batches' suite) to the
  office's ML-KEM-768 + X25519 key; only the office's private key opens it.
* The associated data of each wrap (for the office wrap: its HPKE ``info``) is the
  canonical JSON of the format version that defined the wrap (1 for passphrase and
  recovery, 2 for office), vault_id, kind, key_check, the wrap's name and that wrap's own
  parameters (all but nonce and wrapped or sealed; for the office wrap: the office id and
  key id, the device id and the device's public key). Altering any of them, or moving a wrap
  to another vault's file, makes the wrap fail to open. Each wrap binds only its own
  parameters, so a passphrase change rewrites the passphrase wrap and leaves the recovery
  and office wraps byte for byte as they were, and adding or replacing the office wrap
  leaves the other two as they were.

Errors: an intact file whose passphrase wrap does not open gives :class:`WrongPassphrase`
(this includes a deliberately altered file whose checksum was recomputed: without the key
no one can tell the two apart). Anything the checksum or the parser catches gives
:class:`KeyFileDamaged` with a short reason. Neither the passphrase, the recovery key nor
the data key ever appears in a message or a ``repr``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vink_desktop.storage import framed_file
from vink_desktop.storage.atomic import atomic_write_bytes
from vink_desktop.storage.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vink_desktop.storage.framed_file import IDENT_RE, canonical, frame, random_bytes, unframe
from vink_desktop.storage.framed_file import b64 as _b64
from vink_desktop.storage.kdf import KdfParams, derive_key
from vink_desktop.storage.office_wrap import OfficeWrap, seal_office_wrap
from vink_desktop.storage.recovery_key import RECOVERY_KEY_BYTES, recovery_key_bytes

if TYPE_CHECKING:
    from cryptography.hazmat.primitives import hpke

#: The newest format this module reads and writes (2: with the office wrap).
FORMAT_VERSION: Final = 2
#: The format version a file without an office wrap is written in.
FORMAT_VERSION_WITHOUT_OFFICE: Final = 1
#: The format version bound into the passphrase and recovery wraps (they were defined in
#: version 1 and are unchanged in version 2).
_BASE_WRAP_FORMAT: Final = 1
_OFFICE_WRAP_FORMAT: Final = 2
DATA_KEY_BYTES: Final = 32
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
WRAPPED_BYTES: Final = DATA_KEY_BYTES + 16
KEY_CHECK_BYTES: Final = 32
#: A key file is a few hundred bytes; anything far larger is not one.
MAX_KEYFILE_BYTES: Final = 64 * 1024

_MAGIC: Final = b"VINK-KEYFILE "
_KEY_CHECK_LABEL: Final = b"vink key check v1"
_RECOVERY_INFO: Final = b"vink keyfile recovery wrap v1"
_AAD_PREFIX: Final = b"VINK-KEYFILE AAD\n"


class UnsupportedKeyFileVersion(KeyFileDamaged):
    """The key file is intact but written in a format this program does not know (newer)."""

    def __init__(self, version: int) -> None:
        super().__init__(f"unsupported key file format version {version}")
        self.version = version


def key_check(data_key: bytes) -> bytes:
    """The value stored to confirm an unwrapped data key (reveals nothing about the key)."""
    return hmac.new(data_key, _KEY_CHECK_LABEL, hashlib.sha256).digest()


def _recovery_wrapping_key(recovery_raw: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_RECOVERY_INFO)
    return hkdf.derive(recovery_raw)


@dataclass(frozen=True, slots=True)
class _Wrap:
    salt: bytes
    nonce: bytes
    wrapped: bytes


def _seal(
    key: bytes, data_key: bytes, aad: bytes, salt: bytes, rng: Callable[[int], bytes]
) -> _Wrap:
    nonce = rng(NONCE_BYTES)
    if len(nonce) != NONCE_BYTES:
        raise ValueError("the random source returned the wrong number of bytes")
    return _Wrap(salt, nonce, AESGCM(key).encrypt(nonce, data_key, aad))


def _open(key: bytes, wrap: _Wrap, aad: bytes) -> bytes | None:
    try:
        return AESGCM(key).decrypt(wrap.nonce, wrap.wrapped, aad)
    except InvalidTag:
        return None


@dataclass(frozen=True, slots=True, repr=False)
class KeyFile:
    """A parsed key file. Holds only wrapped keys, salts and parameters, never a secret."""

    vault_id: str
    kind: str
    kdf_params: KdfParams
    _key_check: bytes
    _passphrase: _Wrap
    _recovery: _Wrap
    _office: OfficeWrap | None = None

    def __repr__(self) -> str:
        return (
            f"KeyFile(format_version={self.format_version}, vault_id={self.vault_id!r}, "
            f"kind={self.kind!r}, kdf_params={self.kdf_params!r})"
        )

    @property
    def format_version(self) -> int:
        return FORMAT_VERSION_WITHOUT_OFFICE if self._office is None else FORMAT_VERSION

    @property
    def key_check(self) -> bytes:
        """The key-check value (public: HMAC of the data key, reveals nothing about it)."""
        return self._key_check

    @property
    def office_wrap(self) -> OfficeWrap | None:
        """The data key sealed to the enrolled office, if the vault has enrolled."""
        return self._office

    # -- creating --------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        data_key: bytes,
        passphrase: str,
        recovery_raw: bytes,
        params: KdfParams,
        *,
        vault_id: str,
        kind: str,
        rng: Callable[[int], bytes] = secrets.token_bytes,
    ) -> KeyFile:
        """Wrap ``data_key`` under ``passphrase`` (Argon2id, ``params``) and the recovery key."""
        if len(data_key) != DATA_KEY_BYTES:
            raise ValueError(f"the data key must be {DATA_KEY_BYTES} bytes")
        if len(recovery_raw) != RECOVERY_KEY_BYTES:
            raise ValueError(f"the recovery key must be {RECOVERY_KEY_BYTES} bytes")
        for name, value in (("vault_id", vault_id), ("kind", kind)):
            if not IDENT_RE.fullmatch(value):
                raise ValueError(f"{name} must match {IDENT_RE.pattern}")
        check = key_check(data_key)
        salt = random_bytes(rng, SALT_BYTES)
        aad = _recovery_aad(vault_id, kind, check, salt)
        recovery = _seal(_recovery_wrapping_key(recovery_raw, salt), data_key, aad, salt, rng)
        draft = cls(vault_id, kind, params, check, _Wrap(b"", b"", b""), recovery)
        return draft._rewrapped(data_key, passphrase, params, rng)

    def with_new_passphrase(
        self,
        data_key: bytes,
        new_passphrase: str,
        params: KdfParams,
        *,
        rng: Callable[[int], bytes] = secrets.token_bytes,
    ) -> KeyFile:
        """A copy whose passphrase wrap is ``new_passphrase``; the recovery wrap is unchanged.

        ``data_key`` must be the key this file wraps (checked against the key check), so a
        mistake here can never write a key file that opens the wrong key.
        """
        if not self.matches(data_key):
            raise ValueError("data_key is not the key this key file wraps")
        return self._rewrapped(data_key, new_passphrase, params, rng)

    def _rewrapped(
        self, data_key: bytes, passphrase: str, params: KdfParams, rng: Callable[[int], bytes]
    ) -> KeyFile:
        if not passphrase:
            raise ValueError("the passphrase must not be empty")
        salt = random_bytes(rng, SALT_BYTES)
        aad = _passphrase_aad(self.vault_id, self.kind, self._key_check, params, salt)
        wrap = _seal(derive_key(passphrase, salt, params), data_key, aad, salt, rng)
        return replace(self, kdf_params=params, _passphrase=wrap)

    def with_new_recovery_key(
        self,
        data_key: bytes,
        recovery_raw: bytes,
        *,
        rng: Callable[[int], bytes] = secrets.token_bytes,
    ) -> KeyFile:
        """A copy whose recovery wrap is the new ``recovery_raw``; the others are unchanged."""
        if not self.matches(data_key):
            raise ValueError("data_key is not the key this key file wraps")
        if len(recovery_raw) != RECOVERY_KEY_BYTES:
            raise ValueError(f"the recovery key must be {RECOVERY_KEY_BYTES} bytes")
        salt = random_bytes(rng, SALT_BYTES)
        aad = _recovery_aad(self.vault_id, self.kind, self._key_check, salt)
        wrap = _seal(_recovery_wrapping_key(recovery_raw, salt), data_key, aad, salt, rng)
        return replace(self, _recovery=wrap)

    def with_office_wrap(
        self,
        data_key: bytes,
        public_key: hpke.MLKEM768X25519PublicKey,
        *,
        office_id: bytes,
        office_key_id: bytes,
        device_id: bytes,
        device_key: bytes,
    ) -> KeyFile:
        """A copy (format version 2) whose office wrap seals ``data_key`` to ``public_key``.

        ``office_key_id`` must be the id of ``public_key`` (the caller takes both from the
        same office identity); the passphrase and recovery wraps are kept byte for byte.
        """
        if not self.matches(data_key):
            raise ValueError("data_key is not the key this key file wraps")
        wrap = seal_office_wrap(
            data_key,
            public_key,
            office_id=office_id,
            office_key_id=office_key_id,
            device_id=device_id,
            device_key=device_key,
            info=lambda draft: office_wrap_info(self.vault_id, self.kind, self._key_check, draft),
        )
        return replace(self, _office=wrap)

    # -- unlocking -------------------------------------------------------------------------

    def matches(self, data_key: bytes) -> bool:
        """Whether ``data_key`` is the key this file wraps (compares the key check)."""
        return hmac.compare_digest(key_check(data_key), self._key_check)

    def unlock(self, passphrase: str) -> bytes:
        """The data key; :class:`WrongPassphrase` if ``passphrase`` does not open the file."""
        wrap = self._passphrase
        aad = _passphrase_aad(self.vault_id, self.kind, self._key_check, self.kdf_params, wrap.salt)
        try:
            key: bytes | None = derive_key(passphrase, wrap.salt, self.kdf_params)
        except ValueError:  # not encodable as UTF-8, so it cannot be the passphrase
            key = None
        data_key = None if key is None else _open(key, wrap, aad)
        if data_key is None:
            raise WrongPassphrase("the passphrase does not open this vault")
        return self.confirmed(data_key)

    def unlock_with_recovery(self, recovery_key: str | bytes) -> bytes:
        """The data key from the printed recovery key (text) or its 20 raw bytes.

        :class:`MalformedRecoveryKey` if the text is not a recovery key (typo caught by its
        checksum); :class:`WrongRecoveryKey` if it is one but not this vault's.
        """
        raw = recovery_key_bytes(recovery_key)
        wrap = self._recovery
        aad = _recovery_aad(self.vault_id, self.kind, self._key_check, wrap.salt)
        data_key = _open(_recovery_wrapping_key(raw, wrap.salt), wrap, aad)
        if data_key is None:
            raise WrongRecoveryKey("the recovery key does not open this vault")
        return self.confirmed(data_key)

    def confirmed(self, data_key: bytes) -> bytes:
        """``data_key`` if it is this file's key, else :class:`KeyFileDamaged` (also for a
        key unwrapped elsewhere, as from the office's answer). For the file's own wraps this
        is unreachable unless the file was forged: key_check is bound into every wrap's AAD."""
        if not self.matches(data_key):
            raise KeyFileDamaged("the unwrapped key does not match the key check")
        return data_key

    # -- bytes -----------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        p, r = self._passphrase, self._recovery
        body = {
            "vault_id": self.vault_id,
            "kind": self.kind,
            "key_check": _b64(self._key_check),
            "passphrase": {**_passphrase_params(self.kdf_params, p.salt), **_sealed(p)},
            "recovery": {**_recovery_params(r.salt), **_sealed(r)},
        }
        if self._office is not None:
            body["office"] = self._office.to_json()
        return frame(_MAGIC, self.format_version, body)

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse a key file; :class:`KeyFileDamaged` (with a short reason) if it is not intact."""
        raw = bytes(raw)
        if not raw:
            raise KeyFileDamaged("the key file is empty")
        if len(raw) > MAX_KEYFILE_BYTES:
            raise KeyFileDamaged("the key file is too large")
        if not raw.startswith(_MAGIC):
            raise KeyFileDamaged("not a VINK key file")
        version, rest = unframe(raw, _MAGIC, KeyFileDamaged, "the key file")
        if version not in (FORMAT_VERSION_WITHOUT_OFFICE, FORMAT_VERSION):
            raise UnsupportedKeyFileVersion(version)
        keyfile = _parse_body(rest, with_office=version == FORMAT_VERSION)
        if keyfile.to_bytes() != raw:
            raise KeyFileDamaged("the key file is not in canonical form")
        return keyfile


# A wrap's parameters: in the file with its nonce and wrapped key, and bound into its AAD.


def _passphrase_params(params: KdfParams, salt: bytes) -> dict[str, Any]:
    return {"kdf": "argon2id", "memory_kib": params.memory_kib,
            "iterations": params.iterations, "lanes": params.lanes, "salt": _b64(salt)}  # fmt: skip


def _recovery_params(salt: bytes) -> dict[str, Any]:
    return {"kdf": "hkdf-sha256", "salt": _b64(salt)}


def _sealed(wrap: _Wrap) -> dict[str, str]:
    return {"nonce": _b64(wrap.nonce), "wrapped": _b64(wrap.wrapped)}


def _passphrase_aad(
    vault_id: str, kind: str, check: bytes, params: KdfParams, salt: bytes
) -> bytes:
    return _aad(vault_id, kind, check, "passphrase", _passphrase_params(params, salt))


def _recovery_aad(vault_id: str, kind: str, check: bytes, salt: bytes) -> bytes:
    return _aad(vault_id, kind, check, "recovery", _recovery_params(salt))


def office_wrap_info(vault_id: str, kind: str, check: bytes, wrap: OfficeWrap) -> bytes:
    """The HPKE ``info`` of an office wrap: the header it binds (see the module docstring).
    The office rebuilds it from a recovery request to open the wrap."""
    return _aad(vault_id, kind, check, "office", wrap.params(), _OFFICE_WRAP_FORMAT)


def bound_header(
    vault_id: str, kind: str, check: bytes, wrap: str, params: dict[str, Any]
) -> bytes:
    """The associated data for a wrap named ``wrap`` of this vault's data key with
    ``params`` (format 1 framing, as the passphrase and recovery wraps): for wraps that
    live outside the key file, like the office's recovery answer."""
    return _aad(vault_id, kind, check, wrap, params)


def _aad(
    vault_id: str,
    kind: str,
    check: bytes,
    wrap: str,
    params: dict[str, Any],
    format_version: int = _BASE_WRAP_FORMAT,
) -> bytes:
    header = {
        "format": format_version,
        "vault_id": vault_id,
        "kind": kind,
        "key_check": _b64(check),
        "wrap": wrap,
        "params": params,
    }
    return _AAD_PREFIX + canonical(header)


# -- strict parsing of the body (version 1, or version 2 with the office wrap) --------------


def _parse_body(rest: bytes, *, with_office: bool) -> KeyFile:
    body = framed_file.body_json(rest, KeyFileDamaged, "the key file's body")
    names = {"vault_id", "kind", "key_check", "passphrase", "recovery"}
    top = _fields(body, "key file", names | {"office"} if with_office else names)
    vault_id = framed_file.ident_field(top, "vault_id", KeyFileDamaged)
    kind = framed_file.ident_field(top, "kind", KeyFileDamaged)
    check = _bytes(top, "key_check", KEY_CHECK_BYTES)

    p = _fields(
        top["passphrase"],
        "passphrase",
        {"kdf", "memory_kib", "iterations", "lanes", "salt", "nonce", "wrapped"},
    )
    if p["kdf"] != "argon2id":
        raise KeyFileDamaged("passphrase.kdf is not argon2id")
    try:
        params = KdfParams(p["memory_kib"], p["iterations"], p["lanes"])
    except (TypeError, ValueError):
        raise KeyFileDamaged("passphrase KDF parameters are out of range") from None
    passphrase = _wrap(p, "passphrase")

    r = _fields(top["recovery"], "recovery", {"kdf", "salt", "nonce", "wrapped"})
    if r["kdf"] != "hkdf-sha256":
        raise KeyFileDamaged("recovery.kdf is not hkdf-sha256")
    recovery = _wrap(r, "recovery")
    office = None
    if with_office:
        try:
            office = OfficeWrap.from_json(top["office"])
        except ValueError as exc:
            raise KeyFileDamaged(str(exc)) from None
    return KeyFile(vault_id, kind, params, check, passphrase, recovery, office)


def _fields(value: object, where: str, names: set[str]) -> dict[str, Any]:
    return framed_file.fields(value, where, names, KeyFileDamaged)


def _bytes(obj: dict[str, Any], name: str, length: int, where: str = "") -> bytes:
    return framed_file.b64_field(obj, name, length, KeyFileDamaged, where)


def _wrap(obj: dict[str, Any], where: str) -> _Wrap:
    return _Wrap(
        _bytes(obj, "salt", SALT_BYTES, where),
        _bytes(obj, "nonce", NONCE_BYTES, where),
        _bytes(obj, "wrapped", WRAPPED_BYTES, where),
    )


# -- files --------------------------------------------------------------------------------


def read_keyfile(path: Path) -> KeyFile:
    """Read and parse ``path``: :class:`KeyFileMissing` if absent, else as :meth:`from_bytes`."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEYFILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileMissing(str(path)) from None
    except OSError as exc:
        raise KeyFileDamaged(f"the key file cannot be read ({exc.strerror})") from None
    return KeyFile.from_bytes(raw)


def write_keyfile(path: Path, keyfile: KeyFile) -> None:
    """Write ``keyfile`` to ``path`` atomically with permissions 0600 (see :mod:`.atomic`)."""
    atomic_write_bytes(Path(path), keyfile.to_bytes(), mode=0o600)
