"""Recovery through the office: the request a locked field laptop writes, and the office's
answer (DESIGN.md §5; the story is in ``docs/sync.md`` §12).

Both files have the key file's framing (:mod:`.framed_file`): three lines of ASCII, a
magic with the format version, one line of canonical JSON (sorted keys, no spaces, ASCII;
binary values in standard base64 with padding, ids in lowercase hex), and the SHA-256 of
everything before it. Reading is strict in the same way: every field, no other, each its
type and length, and the bytes exactly as this module would write them. ::

    VINK-RECOVERY-REQUEST 1
    {"key_check":"…","kind":"field","office":{…},"vault_id":"…"}
    sha256:<64 lowercase hex digits>

    VINK-RECOVERY-ANSWER 1
    {"answer":{"kdf":"hkdf-sha256","nonce":"…","salt":"…","wrapped":"…"},"device_id":"…",
     "key_check":"…","kind":"field","office_id":"…","office_key_id":"…","vault_id":"…"}
    sha256:<64 lowercase hex digits>

* The **request** is the key file's office wrap with the header it is bound to (vault id,
  kind, key check): nothing secret, and nothing the office can use without its private key.
  It is written without the passphrase (the laptop's vault stays locked). No signature is
  needed: the HPKE ``info`` binds the vault, office, device id and device key, so a genuine
  wrap cannot be made to name another laptop, and a forged request can only hold a data
  key its forger already knows.
* The **answer** wraps the data key under a new *one-time key* (20 random bytes in the
  printed recovery-key format, :mod:`.recovery_key`) exactly as the key file's recovery wrap
  does (HKDF-SHA256 with a salt, AES-256-GCM), with its own HKDF info
  ``vink office recovery answer v1`` and the name ``office_answer`` in the bound header,
  whose parameters also name the office (id and key id) and the device. The one-time key is
  read to the field worker by phone; it is never in the file.

Errors: :class:`RecoveryFileDamaged` for anything the checksum or the parser catches,
:class:`RecoveryFileMismatch` for an answer meant for another vault, office or laptop,
:class:`WrongOneTimeKey` when the one-time key does not open the answer.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vink_desktop.storage import framed_file
from vink_desktop.storage.errors import (
    RecoveryFileDamaged,
    RecoveryFileMismatch,
    WrongOneTimeKey,
)
from vink_desktop.storage.framed_file import b64 as _b64
from vink_desktop.storage.framed_file import random_bytes as _random
from vink_desktop.storage.keyfile import (
    DATA_KEY_BYTES,
    KEY_CHECK_BYTES,
    NONCE_BYTES,
    SALT_BYTES,
    WRAPPED_BYTES,
    KeyFile,
    bound_header,
)
from vink_desktop.storage.office_wrap import ID_BYTES, KEY_ID_BYTES, OfficeWrap
from vink_desktop.storage.recovery_key import RECOVERY_KEY_BYTES, recovery_key_bytes

REQUEST_SUFFIX: Final = ".vinkrecovery-request"
ANSWER_SUFFIX: Final = ".vinkrecovery-answer"
FORMAT_VERSION: Final = 1
#: Both files are a few kilobytes; anything far larger is not one.
MAX_FILE_BYTES: Final = 64 * 1024

_REQUEST_MAGIC: Final = b"VINK-RECOVERY-REQUEST "
_ANSWER_MAGIC: Final = b"VINK-RECOVERY-ANSWER "
_HEX_RE: Final = re.compile(r"[0-9a-f]+")
_ANSWER_INFO: Final = b"vink office recovery answer v1"


@dataclass(frozen=True, slots=True)
class RecoveryRequest:
    """What a locked laptop sends the office: its office wrap and the header it binds."""

    vault_id: str
    kind: str
    key_check: bytes
    office: OfficeWrap

    @classmethod
    def from_keyfile(cls, keyfile: KeyFile) -> RecoveryRequest:
        """The request for ``keyfile``; ``ValueError`` if it has no office wrap."""
        if keyfile.office_wrap is None:
            raise ValueError("the key file has no office wrap")
        return cls(keyfile.vault_id, keyfile.kind, keyfile.key_check, keyfile.office_wrap)

    def to_bytes(self) -> bytes:
        body = {
            "vault_id": self.vault_id,
            "kind": self.kind,
            "key_check": _b64(self.key_check),
            "office": self.office.to_json(),
        }
        return _frame(_REQUEST_MAGIC, body)

    @classmethod
    def from_bytes(cls, raw: bytes) -> RecoveryRequest:
        top = _unframe(raw, _REQUEST_MAGIC, "request", {"vault_id", "kind", "key_check", "office"})
        try:
            office = OfficeWrap.from_json(top["office"])
        except ValueError as exc:
            raise RecoveryFileDamaged(str(exc)) from None
        request = cls(
            _ident(top, "vault_id"),
            _ident(top, "kind"),
            _bytes(top, "key_check", KEY_CHECK_BYTES),
            office,
        )
        if request.to_bytes() != bytes(raw):
            raise RecoveryFileDamaged("the request is not in canonical form")
        return request


@dataclass(frozen=True, slots=True)
class RecoveryAnswer:
    """The office's answer: the data key wrapped under a one-time key (not in the file)."""

    vault_id: str
    kind: str
    key_check: bytes
    office_id: bytes
    office_key_id: bytes
    device_id: bytes
    salt: bytes
    nonce: bytes
    wrapped: bytes

    @classmethod
    def seal(
        cls,
        request: RecoveryRequest,
        data_key: bytes,
        one_time_raw: bytes,
        *,
        rng: Callable[[int], bytes] = secrets.token_bytes,
    ) -> RecoveryAnswer:
        """Wrap ``data_key`` (already checked against the request's key check) for the
        laptop that sent ``request``, under the 20-byte ``one_time_raw``."""
        if len(data_key) != DATA_KEY_BYTES or len(one_time_raw) != RECOVERY_KEY_BYTES:
            raise ValueError("a 32-byte data key and a 20-byte one-time key are needed")
        salt, nonce = _random(rng, SALT_BYTES), _random(rng, NONCE_BYTES)
        office = request.office
        draft = cls(request.vault_id, request.kind, request.key_check, office.office_id,
                    office.office_key_id, office.device_id, salt, nonce, b"")  # fmt: skip
        wrapped = AESGCM(_answer_key(one_time_raw, salt)).encrypt(nonce, data_key, draft._aad())
        return cls(draft.vault_id, draft.kind, draft.key_check, draft.office_id,
                   draft.office_key_id, draft.device_id, salt, nonce, wrapped)  # fmt: skip

    def _aad(self) -> bytes:
        params = {
            "kdf": "hkdf-sha256",
            "salt": _b64(self.salt),
            "office_id": self.office_id.hex(),
            "office_key_id": self.office_key_id.hex(),
            "device_id": self.device_id.hex(),
        }
        return bound_header(self.vault_id, self.kind, self.key_check, "office_answer", params)

    def check_meant_for(self, keyfile: KeyFile) -> None:
        """:class:`RecoveryFileMismatch` unless this answer is for this vault, its office
        and this laptop (no cryptography: a plain comparison of the ids, before the one-time
        key is even asked for)."""
        if self.vault_id != keyfile.vault_id or self.kind != keyfile.kind:
            raise RecoveryFileMismatch("other_vault", "the answer is for another vault")
        if not hmac.compare_digest(self.key_check, keyfile.key_check):
            raise RecoveryFileMismatch("other_vault", "the answer is for another vault key")
        office = keyfile.office_wrap
        if office is None:
            raise RecoveryFileMismatch("not_enrolled", "this vault has no office wrap")
        if (self.office_id, self.office_key_id) != (office.office_id, office.office_key_id):
            raise RecoveryFileMismatch("other_office", "the answer comes from another office")
        if self.device_id != office.device_id:
            raise RecoveryFileMismatch("other_device", "the answer is for another laptop")

    def open(self, keyfile: KeyFile, one_time_key: str | bytes) -> bytes:
        """The data key. Checks :meth:`check_meant_for` first; a one-time key that is not
        one gives :class:`MalformedRecoveryKey`, a wrong one :class:`WrongOneTimeKey`."""
        self.check_meant_for(keyfile)
        raw = recovery_key_bytes(one_time_key, "a one-time key")
        try:
            data_key = AESGCM(_answer_key(raw, self.salt)).decrypt(
                self.nonce, self.wrapped, self._aad()
            )
        except InvalidTag:
            raise WrongOneTimeKey("the one-time key does not open this answer") from None
        return keyfile.confirmed(data_key)

    def to_bytes(self) -> bytes:
        body = {
            "vault_id": self.vault_id,
            "kind": self.kind,
            "key_check": _b64(self.key_check),
            "office_id": self.office_id.hex(),
            "office_key_id": self.office_key_id.hex(),
            "device_id": self.device_id.hex(),
            "answer": {
                "kdf": "hkdf-sha256",
                "salt": _b64(self.salt),
                "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped),
            },
        }
        return _frame(_ANSWER_MAGIC, body)

    @classmethod
    def from_bytes(cls, raw: bytes) -> RecoveryAnswer:
        names = {"vault_id", "kind", "key_check", "office_id", "office_key_id", "device_id"}
        top = _unframe(raw, _ANSWER_MAGIC, "answer", names | {"answer"})
        answer = top["answer"]
        if not isinstance(answer, dict) or set(answer) != {"kdf", "salt", "nonce", "wrapped"}:
            raise RecoveryFileDamaged("answer: not the expected fields")
        if answer["kdf"] != "hkdf-sha256":
            raise RecoveryFileDamaged("answer.kdf is not hkdf-sha256")
        parsed = cls(
            _ident(top, "vault_id"),
            _ident(top, "kind"),
            _bytes(top, "key_check", KEY_CHECK_BYTES),
            _hex(top, "office_id", ID_BYTES),
            _hex(top, "office_key_id", KEY_ID_BYTES),
            _hex(top, "device_id", ID_BYTES),
            _bytes(answer, "salt", SALT_BYTES),
            _bytes(answer, "nonce", NONCE_BYTES),
            _bytes(answer, "wrapped", WRAPPED_BYTES),
        )
        if parsed.to_bytes() != bytes(raw):
            raise RecoveryFileDamaged("the answer is not in canonical form")
        return parsed


# -- files -----------------------------------------------------------------------------------


def read_recovery_file(path: Path) -> bytes:
    """The bytes of a request or answer file (:class:`RecoveryFileDamaged` if unreadable)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise RecoveryFileDamaged(f"cannot read {Path(path).name}: {exc.strerror}") from None
    if len(data) > MAX_FILE_BYTES:
        raise RecoveryFileDamaged("the file is too large")
    return data


# -- framing (:mod:`.framed_file`) and strict parsing ----------------------------------------


def _frame(magic: bytes, body: dict[str, Any]) -> bytes:
    return framed_file.frame(magic, FORMAT_VERSION, body)


def _unframe(raw: bytes, magic: bytes, what: str, names: set[str]) -> dict[str, Any]:
    raw = bytes(raw)
    if not raw.startswith(magic):
        raise RecoveryFileDamaged(f"not a recovery {what}")
    if len(raw) > MAX_FILE_BYTES:
        raise RecoveryFileDamaged("the file is too large")
    version, rest = framed_file.unframe(raw, magic, RecoveryFileDamaged, "the file")
    if version != FORMAT_VERSION:
        raise RecoveryFileDamaged(f"unsupported format version {version}")
    body = framed_file.body_json(rest, RecoveryFileDamaged, "the body")
    if not isinstance(body, dict) or set(body) != names:
        raise RecoveryFileDamaged(f"the {what} does not have the expected fields")
    return body


def _ident(obj: dict[str, Any], name: str) -> str:
    return framed_file.ident_field(obj, name, RecoveryFileDamaged)


def _hex(obj: dict[str, Any], name: str, size: int) -> bytes:
    value = obj[name]
    if not isinstance(value, str) or len(value) != 2 * size or not _HEX_RE.fullmatch(value):
        raise RecoveryFileDamaged(f"{name} is not {2 * size} lowercase hex digits")
    return bytes.fromhex(value)


def _bytes(obj: dict[str, Any], name: str, size: int) -> bytes:
    return framed_file.b64_field(obj, name, size, RecoveryFileDamaged)


def _answer_key(one_time_raw: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_ANSWER_INFO)
    return hkdf.derive(one_time_raw)
