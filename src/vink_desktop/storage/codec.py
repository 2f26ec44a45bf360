"""How values are written to and read from the database: one fixed text form per type, so
that text order is time order and every value round-trips exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime


def dt_to_text(value: datetime) -> str:
    """An aware datetime as fixed-width UTC text (microseconds kept), e.g.
    ``2026-03-05T13:30:00.000000Z``."""
    if value.tzinfo is None:
        raise ValueError("naive datetime where UTC was expected")
    if value.utcoffset():
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def updated_at_text(value: datetime | None) -> str:
    """A stored record's ``updated_at``: required, as fixed-width UTC text."""
    if value is None:
        raise ValueError("a stored record needs updated_at")
    return dt_to_text(value)


def dt_from_text(text: str) -> datetime:
    if len(text) != 27 or text[-1] != "Z":
        raise ValueError(f"not a stored UTC time: {text!r}")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)


def wall_to_text(value: datetime) -> str:
    """A naive wall-clock time as entered (minute or second precision)."""
    if value.tzinfo is not None:
        raise ValueError("wall time must be naive")
    return value.isoformat(timespec="seconds")


def wall_from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def date_to_text(value: date) -> str:
    return value.isoformat()


def date_from_text(text: str) -> date:
    return date.fromisoformat(text)


def opt_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
