"""Shared pieces of the sync file formats (identities, batches, receipts).

The error base class, the limit on sequence numbers and the encoding of time stamps. Nothing
here knows what a batch or a receipt is. The formats are written down in
``docs/batch-format.md``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import StrEnum

#: Sequence numbers and record counts are stored in SQLite INTEGER columns (signed 64 bit),
#: so every u64 sequence number on the wire is limited to this.
MAX_SEQUENCE = 2**63 - 1

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: 9999-12-31T23:59:59.999999Z in microseconds since the epoch: the last instant a
#: ``datetime`` can hold.
MAX_TIMESTAMP_MICROS = 253_402_300_799_999_999

ZERO_HASH = bytes(32)


class SyncFormatError(Exception):
    """Base of every error about a sync file. ``code`` is stable; the UI and the CLI turn it
    into words, so the message is for logs and developers only (it never holds content)."""

    def __init__(self, code: StrEnum, message: str = "") -> None:
        super().__init__(f"{code}: {message}" if message else str(code))
        self.code = code


def micros_from_datetime(moment: datetime) -> int:
    """Microseconds since 1970-01-01T00:00:00Z. Naive datetimes are refused (ValueError):
    a time stamp on the wire is always UTC and a naive one cannot be placed."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time stamp must be timezone-aware")
    delta = moment.astimezone(UTC) - _EPOCH
    micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    if not 0 <= micros <= MAX_TIMESTAMP_MICROS:
        raise ValueError("a time stamp must lie between 1970 and 9999")
    return micros


def datetime_from_micros(micros: int) -> datetime:
    """The inverse of :func:`micros_from_datetime`; the caller checks the range first."""
    return _EPOCH + timedelta(microseconds=micros)


def timestamp_in_range(micros: int) -> bool:
    return 0 <= micros <= MAX_TIMESTAMP_MICROS
