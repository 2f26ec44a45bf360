"""The printed recovery key: 20 random bytes a person can copy by hand.

Shown as nine groups of four characters (an illustration; its checksum is not real)::

    7KQ2-9XHM-0D4F-RW3T-8B6N-PZ1C-Y5JE-GQ7V-4KMA
    \\___________ 160 bits of key __________/ \\__/ check group

The alphabet is Crockford's base32 (``0-9 A-Z`` without ``I L O U``), so no two characters
look alike. The first eight groups (32 characters) are the 20 bytes, most significant bit
first. The ninth group is a 20-bit checksum: the first 20 bits of
``SHA-256(b"vink recovery key v1" + key)``. A mistyped character is therefore caught here,
before any cryptography, as :class:`MalformedRecoveryKey` (a random typo slips through with
probability 2⁻²⁰, and then the key file reports :class:`WrongRecoveryKey`, so nothing is
ever silently wrong).

Reading is tolerant: lower case, spaces, missing or extra dashes, and the look-alikes
``O → 0`` and ``I, L → 1`` are accepted. Error messages never repeat what was typed.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable

from vink_desktop.storage.errors import MalformedRecoveryKey

#: Length of a recovery key in bytes (160 bits).
RECOVERY_KEY_BYTES = 20

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
_KEY_CHARS = RECOVERY_KEY_BYTES * 8 // 5  # 32
_CHECK_CHARS = 4
_GROUP = 4
_SEPARATORS = frozenset(" \t\r\n-\u2010\u2011\u2012\u2013\u2014\u2212\u00a0")
_CHECK_LABEL = b"vink recovery key v1"


def new_recovery_key(rng: Callable[[int], bytes] = secrets.token_bytes) -> bytes:
    """20 fresh random bytes for a new recovery key."""
    raw = rng(RECOVERY_KEY_BYTES)
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValueError("the random source returned the wrong number of bytes")
    return raw


def _encode(value: int, chars: int) -> str:
    return "".join(ALPHABET[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _check_value(raw: bytes) -> int:
    digest = hashlib.sha256(_CHECK_LABEL + raw).digest()
    return int.from_bytes(digest[:3], "big") >> 4  # first 20 bits


def format_recovery_key(raw: bytes) -> str:
    """The printed form of a 20-byte recovery key, e.g. ``7KQ2-9XHM-…-4KMA`` (nine groups)."""
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValueError(f"a recovery key is {RECOVERY_KEY_BYTES} bytes")
    text = _encode(int.from_bytes(raw, "big"), _KEY_CHARS)
    text += _encode(_check_value(raw), _CHECK_CHARS)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The 20 bytes behind a typed recovery key; :class:`MalformedRecoveryKey` if it is not one.

    The message says what kind of mistake it is (length, a character that cannot occur, or
    a checksum mismatch) but never repeats the key.
    """
    chars = [c for c in text.upper() if c not in _SEPARATORS]
    expected = _KEY_CHARS + _CHECK_CHARS
    if len(chars) != expected:
        raise MalformedRecoveryKey(f"a recovery key has {expected} characters, not {len(chars)}")
    value = 0
    for position, char in enumerate(chars, start=1):
        digit = _VALUE.get(char)
        if digit is None:
            raise MalformedRecoveryKey(f"character {position} cannot occur in a recovery key")
        value = (value << 5) | digit
    key_value, check = value >> (5 * _CHECK_CHARS), value & ((1 << (5 * _CHECK_CHARS)) - 1)
    raw = key_value.to_bytes(RECOVERY_KEY_BYTES, "big")
    if check != _check_value(raw):
        raise MalformedRecoveryKey(
            "the recovery key's checksum does not match: a character is mistyped"
        )
    return raw


def recovery_key_bytes(key: str | bytes, what: str = "a recovery key") -> bytes:
    """The 20 bytes of a typed key (:func:`parse_recovery_key`) or of raw bytes, which must
    be 20 long (:class:`MalformedRecoveryKey` otherwise; ``what`` names the key)."""
    if isinstance(key, str):
        return parse_recovery_key(key)
    raw = bytes(key)
    if len(raw) != RECOVERY_KEY_BYTES:
        raise MalformedRecoveryKey(f"{what} is {RECOVERY_KEY_BYTES} bytes")
    return raw
