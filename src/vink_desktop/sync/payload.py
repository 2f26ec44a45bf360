"""The payload inside a batch, version 2: one UTF-8 JSON object.

::

    {"format": "vink-sync-payload", "version": 2,
     "workers": [...], "participants": [...], "courses": [...], "sessions": [...],
     "concern_reports": [...], "outreach_activities": [...],
     "service_evaluations": [...], "tombstones": [...]}

Every member of the version is required, every section is a list of JSON objects, and
nothing else is allowed. Version 1 (written before the office records travelled) is still
read: it has the same members without the three office sections, which then are empty.
This module checks the envelope only; what each record looks like (the shapes of
``docs/records-format.md``, participants without name and contact) is checked by the import
service with the records readers. Specified in ``docs/sync.md``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from vink_desktop.domain.text import json_text_is_unicode
from vink_desktop.sync.wire import SyncFormatError

PAYLOAD_FORMAT = "vink-sync-payload"
#: The version this program writes.
PAYLOAD_VERSION = 2
#: The sections in the order a reader applies them: what a record points at comes first.
SECTIONS = (
    "workers",
    "participants",
    "courses",
    "sessions",
    "concern_reports",
    "outreach_activities",
    "service_evaluations",
    "tombstones",
)
#: The office records' sections (new in version 2).
OFFICE_SECTIONS = ("concern_reports", "outreach_activities", "service_evaluations")
#: The sections of every version this program reads.
SECTIONS_BY_VERSION: dict[int, tuple[str, ...]] = {
    1: tuple(name for name in SECTIONS if name not in OFFICE_SECTIONS),
    2: SECTIONS,
}

Record = dict[str, Any]


class PayloadErrorCode(StrEnum):
    NOT_JSON = "payload_not_json"
    WRONG_FORMAT = "payload_wrong_format"
    UNSUPPORTED_VERSION = "payload_unsupported_version"
    MALFORMED = "payload_malformed"


class PayloadError(SyncFormatError):
    """The decrypted payload is not a payload this program reads; ``code`` says why."""

    code: PayloadErrorCode

    def __init__(self, code: PayloadErrorCode, message: str = "") -> None:
        super().__init__(code, message)


@dataclass(frozen=True, slots=True)
class Payload:
    workers: Sequence[Record]
    participants: Sequence[Record]
    courses: Sequence[Record]
    sessions: Sequence[Record]
    tombstones: Sequence[Record]
    concern_reports: Sequence[Record] = ()
    outreach_activities: Sequence[Record] = ()
    service_evaluations: Sequence[Record] = ()
    #: The version it was written in (a version 1 payload has no office records).
    version: int = PAYLOAD_VERSION

    @property
    def records(self) -> int:
        return sum(len(getattr(self, name)) for name in SECTIONS)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def encode_record(record: Mapping[str, Any]) -> str:
    """One record as compact JSON text (what :func:`encode_payload_texts` joins)."""
    return _ENCODER.encode(record)


def encode_payload(sections: Mapping[str, Sequence[Mapping[str, Any]]]) -> bytes:
    """The payload's bytes: compact JSON, members in the order of :data:`SECTIONS`."""
    return encode_payload_texts(
        {name: [_ENCODER.encode(item) for item in items] for name, items in sections.items()}
    )


def encode_payload_texts(sections: Mapping[str, Sequence[str]]) -> bytes:
    """The payload's bytes from records already encoded as JSON text, one object each (the
    export's fast path). The same bytes as :func:`encode_payload` of the same records."""
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections {sorted(unknown)}")
    parts = [f'{{"format":"{PAYLOAD_FORMAT}","version":{PAYLOAD_VERSION}']
    for name in SECTIONS:
        parts.append(f',"{name}":[')
        parts.append(",".join(sections.get(name, ())))
        parts.append("]")
    parts.append("}")
    return "".join(parts).encode("utf-8")


def decode_payload(data: bytes) -> Payload:
    """Read a payload strictly (codes: ``payload_not_json``, ``payload_wrong_format``,
    ``payload_unsupported_version``, ``payload_malformed``)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PayloadError(PayloadErrorCode.NOT_JSON) from None
    if not isinstance(document, dict) or document.get("format") != PAYLOAD_FORMAT:
        raise PayloadError(PayloadErrorCode.WRONG_FORMAT)
    if not json_text_is_unicode(data, document):
        raise PayloadError(PayloadErrorCode.MALFORMED, "text that is not valid Unicode")
    version = document.get("version")
    if type(version) is not int or version not in SECTIONS_BY_VERSION:
        raise PayloadError(PayloadErrorCode.UNSUPPORTED_VERSION, f"version {version!r}")
    names = SECTIONS_BY_VERSION[version]
    if set(document) != {"format", "version", *names}:
        raise PayloadError(PayloadErrorCode.MALFORMED, "unexpected or missing members")
    sections: dict[str, list[Record]] = {}
    for name in names:
        items = document[name]
        if type(items) is not list or not all(type(item) is dict for item in items):
            raise PayloadError(PayloadErrorCode.MALFORMED, f"{name} must be a list of objects")
        sections[name] = items
    return Payload(**sections, version=version)
