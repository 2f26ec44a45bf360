"""The printed recovery key: format, tolerant parsing, typo detection."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vink_desktop.storage.errors import MalformedRecoveryKey
from vink_desktop.storage.recovery_key import (
    ALPHABET,
    format_recovery_key,
    new_recovery_key,
    parse_recovery_key,
)

RAW = bytes.fromhex("00ff10e2a7c93b5d8f1e2d3c4b5a69788796a5b4")
SHAPE = re.compile(r"([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}")
raw_keys = st.binary(min_size=20, max_size=20)


def test_shape() -> None:
    text = format_recovery_key(RAW)
    assert SHAPE.fullmatch(text), text
    assert len(text.split("-")) == 9
    assert not set(text) & set("ILOU")


def test_known_value() -> None:
    assert format_recovery_key(bytes(20)).startswith("0000-0000-0000-0000-0000-0000-0000-0000-")
    assert parse_recovery_key(format_recovery_key(bytes(20))) == bytes(20)


@given(raw_keys)
def test_round_trip(raw: bytes) -> None:
    assert parse_recovery_key(format_recovery_key(raw)) == raw


@given(raw_keys)
def test_tolerant_reading(raw: bytes) -> None:
    text = format_recovery_key(raw)
    variants = [
        text.lower(),
        text.replace("-", ""),
        text.replace("-", " "),
        "  " + text.replace("-", " - ") + "\n",
        text.replace("0", "O").replace("1", "I"),
        text.replace("0", "o").replace("1", "l"),
        text.replace("1", "L"),
        text.replace("-", "\u2013"),  # an en dash from a word processor
        text[:10] + "-" + text[10:],
    ]
    for variant in variants:
        assert parse_recovery_key(variant) == raw


def test_every_single_substitution_is_caught_before_crypto() -> None:
    text = format_recovery_key(RAW).replace("-", "")
    for position, original in enumerate(text):
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typo = text[:position] + replacement + text[position + 1 :]
            with pytest.raises(MalformedRecoveryKey):
                parse_recovery_key(typo)


def test_adjacent_transpositions_are_caught() -> None:
    text = format_recovery_key(RAW).replace("-", "")
    for i in range(len(text) - 1):
        if text[i] == text[i + 1]:
            continue
        swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        with pytest.raises(MalformedRecoveryKey):
            parse_recovery_key(swapped)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1],  # a character missing
        lambda t: t + "7",  # one too many
        lambda t: t.replace("-", "", 1)[:-5],  # the check group missing
        lambda t: "",
        lambda t: "U" + t[1:],  # U is not in the alphabet
        lambda t: "*" + t[1:],
        lambda t: "\u00c5" + t[1:],
    ],
)
def test_malformed(mangle: object) -> None:
    text = format_recovery_key(RAW)
    bad = mangle(text)  # type: ignore[operator]
    with pytest.raises(MalformedRecoveryKey) as info:
        parse_recovery_key(bad)
    # The message never repeats the key.
    message = str(info.value)
    for group in text.split("-"):
        assert group not in message


def test_format_refuses_wrong_length() -> None:
    for length in (0, 16, 19, 21, 32):
        with pytest.raises(ValueError):
            format_recovery_key(bytes(length))


def test_new_recovery_key_uses_the_injected_source() -> None:
    assert new_recovery_key(lambda n: b"\x07" * n) == b"\x07" * 20
    assert len(new_recovery_key()) == 20
    assert new_recovery_key() != new_recovery_key()
    with pytest.raises(ValueError):
        new_recovery_key(lambda n: bytes(n - 1))
