"""The framing shared by the key file (:mod:`.keyfile`) and the recovery request and answer
(:mod:`.recovery_exchange`): three lines of ASCII text ::

    <MAGIC> <format version>
    <one line of canonical JSON: sorted keys, no spaces, ASCII>
    sha256:<64 lowercase hex digits: the SHA-256 of every byte before this line>

and the strict reading of it: the checksum is checked before the version or the body is
looked at, so damage is told apart from a newer format; the body must be exactly one line
of JSON; fields are checked one by one (:func:`fields`, :func:`ident_field`,
:func:`b64_field`). Binary values are standard base64 with padding.

Each caller keeps its own checks around this (the size limit, the magic, which versions it
reads) and passes the error to raise (:class:`KeyFileDamaged`, :class:`RecoveryFileDamaged`)
and the nouns its messages use, so both keep their exact messages.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from collections.abc import Callable
from typing import Any, Final

#: Makes the exception for a short reason (the caller's "damaged" error class).
Damage = Callable[[str], Exception]

CHECKSUM_PREFIX: Final = b"sha256:"
TRAILER_LENGTH: Final = len(CHECKSUM_PREFIX) + 64 + 1
IDENT_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")
_VERSION_RE: Final = re.compile(rb"[1-9][0-9]{0,5}")
_HEX64_RE: Final = re.compile(rb"[0-9a-f]{64}")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def canonical(obj: object) -> bytes:
    """``obj`` as canonical JSON (sorted keys, no spaces, ASCII)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def frame(magic: bytes, version: int, body: object) -> bytes:
    """The three lines: ``magic`` and ``version``, ``body`` as canonical JSON, the checksum."""
    content = magic + str(version).encode("ascii") + b"\n" + canonical(body) + b"\n"
    return content + CHECKSUM_PREFIX + hashlib.sha256(content).hexdigest().encode() + b"\n"


def unframe(raw: bytes, magic: bytes, damage: Damage, noun: str) -> tuple[int, bytes]:
    """The format version and the body line (with its newline) of ``raw``, which starts with
    ``magic`` (checked by the caller), after checking the checksum trailer and the version
    line. ``noun`` names the file in the messages ("the key file", "the file")."""
    content, trailer = raw[:-TRAILER_LENGTH], raw[-TRAILER_LENGTH:]
    digest = trailer[len(CHECKSUM_PREFIX) : -1]
    if (
        len(raw) <= TRAILER_LENGTH
        or not trailer.startswith(CHECKSUM_PREFIX)
        or not trailer.endswith(b"\n")
        or not _HEX64_RE.fullmatch(digest)
    ):
        raise damage(f"{noun} has no checksum (truncated?)")
    if not hmac.compare_digest(hashlib.sha256(content).hexdigest().encode(), digest):
        raise damage(f"{noun}'s checksum does not match")
    version_line, _, rest = content[len(magic) :].partition(b"\n")
    if not _VERSION_RE.fullmatch(version_line):
        raise damage(f"{noun} has no valid format version")
    return int(version_line), rest


def body_json(rest: bytes, damage: Damage, noun: str) -> Any:
    """The body line (as :func:`unframe` returns it) parsed as JSON; it must be exactly one
    line. ``noun`` names the body in the messages ("the key file's body", "the body")."""
    if not rest.endswith(b"\n") or rest.count(b"\n") != 1:
        raise damage(f"{noun} is not one line")
    try:
        return json.loads(rest[:-1].decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise damage(f"{noun} is not valid JSON") from None


def fields(value: object, where: str, names: set[str], damage: Damage) -> dict[str, Any]:
    """``value`` as an object with exactly the fields ``names``."""
    if not isinstance(value, dict):
        raise damage(f"{where} is not an object")
    keys = set(value)
    if keys != names:
        missing, extra = sorted(names - keys), sorted(keys - names)
        raise damage(f"{where}: missing {missing}, unexpected {extra}")
    return value


def ident_field(obj: dict[str, Any], name: str, damage: Damage) -> str:
    """An identifier field (``[A-Za-z0-9][A-Za-z0-9_.-]{0,127}``)."""
    value = obj[name]
    if not isinstance(value, str) or not IDENT_RE.fullmatch(value):
        raise damage(f"{name} is not a valid identifier")
    return value


def b64_field(
    obj: dict[str, Any], name: str, length: int, damage: Damage, where: str = ""
) -> bytes:
    """A base64 field of exactly ``length`` bytes (``where`` prefixes the name in messages)."""
    label = f"{where}.{name}" if where else name
    value = obj[name]
    if not isinstance(value, str):
        raise damage(f"{label} is not base64 text")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise damage(f"{label} is not valid base64") from None
    if len(data) != length:
        raise damage(f"{label} has the wrong length")
    return data


def random_bytes(rng: Callable[[int], bytes], length: int) -> bytes:
    """``length`` bytes from ``rng``; ``ValueError`` if it returns another number."""
    value = rng(length)
    if len(value) != length:
        raise ValueError("the random source returned the wrong number of bytes")
    return value
