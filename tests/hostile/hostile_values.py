"""Hostile values and mutations of parsed JSON documents, for the hostile-file suite.

A *structured* mutation takes a valid document (a batch payload, a records file, the body
of a recovery file) and replaces one field of one record by a hostile value, deletes it,
or adds a field; a *byte* mutation flips, inserts or deletes bytes of the encoded file.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"

#: Values that crashed a reader before (or would, without the range and name checks).
KNOWN_HOSTILE: list[Any] = [
    "../../etc/passwd", "Europe/../../etc/passwd", "a" * 300, "Europe/Copenhagen\x00",
    "\x00", "", " ", "UTC\n", "/etc/localtime", "Etc/GMT+99", "Europe/Københaven",
    2**63, 2**63 - 1, 2**64, -(2**63) - 1, 2**53, 2**62, -1, 0, 10**400,
    "0001-01-01", "9999-12-31", "0000-00-00", "2026-02-30", "2026-13-01",
    "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
    "0001-01-01T00:00:00", "9999-12-31T23:59:59", "2026-03-12T09:00:00", "1999-12-31",
    "2999-01-01T00:00:00.000000Z", "1970-01-01T00:00:00.000000Z",
    "Emil\u202eK0001", "\u2066x\u2069", "tab\tin", "line\nbreak", "bell\x07", "del\x7f",
    "\ud800", "x" * 50_000, None, True, False, [], {}, 1.5, -0.0, float("inf"),
    "ffffffffffffffffffffffffffffffff", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "0" * 31,
    "0" * 33, "g" * 32, {"a": 1}, [1, 2], ["x"], "SECRET-NOTE",
]  # fmt: skip

_TEXTS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(["\x00", "\u202e", "\u2067", "\x1b[31m", "..", "/", "\\"])

HOSTILE = st.one_of(
    st.sampled_from(KNOWN_HOSTILE),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    _TEXTS,
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def records_of(document: dict[str, Any], sections: tuple[str, ...]) -> list[tuple[str, int]]:
    return [(s, i) for s in sections if isinstance(document.get(s), list)
            for i in range(len(document[s]))]  # fmt: skip


@st.composite
def structured_mutation(
    draw: st.DrawFn, document: dict[str, Any], sections: tuple[str, ...]
) -> tuple[dict[str, Any], str]:
    """A copy of ``document`` with one record's field made hostile; and what was done (for
    the failure message and the regression file)."""
    out = copy.deepcopy(document)
    places = records_of(out, sections)
    assert places, "the base document has no records to mutate"
    section, index = draw(st.sampled_from(places))
    item = out[section][index]
    keys = sorted(item)
    action = draw(st.sampled_from(["replace", "replace", "replace", "delete", "add", "nested"]))
    key = draw(st.sampled_from(keys))
    if action == "delete":
        del item[key]
    elif action == "add":
        item[draw(st.sampled_from(["extra", "name", "contact", "__proto__"]))] = draw(HOSTILE)
    elif action == "nested" and isinstance(item.get("ratings"), dict) and item["ratings"]:
        indicator = draw(st.sampled_from(sorted(item["ratings"])))
        if draw(st.booleans()):
            item["ratings"][indicator] = draw(HOSTILE)
        else:
            item["ratings"][draw(_TEXTS)] = draw(HOSTILE)
        key = f"ratings.{indicator}"
    elif action == "nested" and isinstance(item.get("linked_youth_ids"), list):
        item["linked_youth_ids"] = [*item["linked_youth_ids"], draw(HOSTILE)]
        key = "linked_youth_ids"
    else:
        action = "replace"
        item[key] = draw(HOSTILE)
    return out, f"{action} {section}[{index}].{key}"


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few bytes flipped, inserted or deleted, or cut short."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not out:
            break
        where = draw(st.integers(0, len(out) - 1))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        if kind == "flip":
            out[where] ^= draw(st.integers(1, 255))
        elif kind == "insert":
            out[where:where] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del out[where : where + draw(st.integers(1, 8))]
        else:
            del out[where:]
    return bytes(out)


def save_regression(name: str, content: dict[str, Any]) -> Path:
    """Keep a crash found (the fuzz tests call this before failing)."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    path = FIXTURES / name
    path.write_text(json.dumps(content, ensure_ascii=True, indent=1, default=repr) + "\n")
    return path


def regression_files(prefix: str) -> list[Path]:
    return sorted(FIXTURES.glob(f"{prefix}-*.json"))
