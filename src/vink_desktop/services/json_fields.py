"""Strict readers of the fields of a parsed JSON object: one set of rules for every way
records enter the vault (records files, the office lists, batch payloads).

Each reader takes the object and a key and returns the value in the type asked for, or
raises ``KeyError`` (a required field is missing; the key is the argument), ``TypeError``
(the wrong JSON type: ``true`` is not a number, ``""`` is not an id) or ``ValueError`` (the
right type with a value that is not valid, e.g. a time without an offset). The messages
name the field. :class:`Reader` turns those three into one error that says where
(``file.json: sessions[12]: missing field 'course_id'``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from vink_desktop.domain import limits

T = TypeVar("T")
#: What a field reader raises for a bad value (``OverflowError`` only from a bug: the
#: readers check ranges before any arithmetic, but a record must never crash a reader).
READ_ERRORS = (KeyError, TypeError, ValueError, OverflowError)


def required_str(item: Mapping[str, Any], key: str) -> str:
    """A non-empty string."""
    value = item[key]
    if not isinstance(value, str) or not value:
        raise TypeError(f"{key} must be a non-empty string")
    return value


def optional_str(item: Mapping[str, Any], key: str) -> str | None:
    """A string (possibly empty), or None when null or missing."""
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{key} must be a string")
    return value


def required_int(item: Mapping[str, Any], key: str) -> int:
    """A whole number (a JSON ``true`` or ``false`` is not one) that fits SQLite's 64 bits;
    the domain rules narrow it further."""
    value = item[key]
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{key} must be a whole number")
    if not -limits.SQLITE_MAX_INT <= value <= limits.SQLITE_MAX_INT:
        raise ValueError(f"{key} is out of range")
    return value


def optional_int(item: Mapping[str, Any], key: str) -> int | None:
    """A whole number, or None when null or missing."""
    return None if item.get(key) is None else required_int(item, key)


def revision(item: Mapping[str, Any]) -> int:
    """The ``revision`` field: a whole number from 1 to ``limits.MAX_REVISION``."""
    value = required_int(item, "revision")
    if not limits.revision_in_range(value):
        raise ValueError(f"revision must be between 1 and {limits.MAX_REVISION}")
    return value


def record_id(item: Mapping[str, Any], key: str) -> str:
    """An id: 32 lower-case hex digits."""
    value = item[key]
    if type(value) is not str:
        raise TypeError(f"{key} must be an id")
    if not limits.is_record_id(value):
        raise ValueError(f"{key} must be 32 lower-case hex digits")
    return value


def optional_record_id(item: Mapping[str, Any], key: str) -> str | None:
    return None if item.get(key) is None else record_id(item, key)


def zone_name(item: Mapping[str, Any], key: str = "zone") -> str:
    """A time-zone name from the IANA list (checked before zoneinfo sees it)."""
    value = item[key]
    if type(value) is not str:
        raise TypeError(f"{key} must be a time-zone name")
    if not limits.is_zone_name(value):
        raise ValueError(f"{key} is not a time-zone name")
    return value


def line_text(item: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    """One-line text (a code, a name, a district): no control or bidi characters."""
    value = required_str(item, key) if required else optional_str(item, key)
    if value is not None and limits.has_odd_text(value, one_line=True):
        raise ValueError(f"{key}: {limits.text_problem(value, one_line=True)}")
    return value


def required_line_text(item: Mapping[str, Any], key: str) -> str:
    value = line_text(item, key, required=True)
    assert value is not None
    return value


def free_text(item: Mapping[str, Any], key: str) -> str | None:
    """Free text (notes): newline and tab allowed, no other control character."""
    value = optional_str(item, key)
    if value is not None and limits.has_odd_text(value, one_line=False):
        raise ValueError(f"{key}: {limits.text_problem(value, one_line=False)}")
    return value


def parse_day(text: str, key: str) -> date:
    """A date ``YYYY-MM-DD`` within the range the program's arithmetic is safe for."""
    day = date.fromisoformat(text)
    if not limits.date_readable(day):
        raise ValueError(f"{key} is out of range")
    return day


def day(item: Mapping[str, Any], key: str) -> date:
    return parse_day(required_str(item, key), key)


def optional_day(item: Mapping[str, Any], key: str) -> date | None:
    text = optional_str(item, key)
    return None if text is None else parse_day(text, key)


def parse_utc(text: str, key: str) -> datetime:
    """An ISO 8601 time with an offset, converted to UTC (``key`` names it in errors),
    within the readable range (checked before the conversion, which overflows near year 1)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{key} must carry a UTC offset")
    if not limits.time_readable(moment):
        raise ValueError(f"{key} is out of range")
    return moment.astimezone(UTC)


def parse_wall(text: str, key: str) -> datetime:
    """A wall-clock time as entered: ISO 8601 without an offset (naive), in range."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        raise ValueError(f"{key} is a wall-clock time without an offset")
    if not limits.time_readable(moment):
        raise ValueError(f"{key} is out of range")
    return moment


def utc_time(item: Mapping[str, Any], key: str) -> datetime:
    """A required UTC time (:func:`parse_utc` of a non-empty string)."""
    return parse_utc(required_str(item, key), key)


def wall_time(item: Mapping[str, Any], key: str) -> datetime:
    """A required wall-clock time (:func:`parse_wall` of a non-empty string)."""
    return parse_wall(required_str(item, key), key)


def reason(exc: Exception) -> str:
    """What a reader's exception says, in the words of the error messages."""
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc)


class Reader:
    """Reads lists of records from a parsed document, with errors that say where.

    ``error`` makes the exception raised (e.g. the caller's format error) from a message
    of the form ``source: key[index]: reason``.
    """

    def __init__(self, source: str, error: Callable[[str], Exception] = ValueError) -> None:
        self.source = source
        self.error = error

    def many(
        self,
        document: Mapping[str, Any],
        key: str,
        convert: Callable[[Mapping[str, Any]], T],
    ) -> list[T]:
        """``convert`` of every object in ``document[key]`` (a missing list is empty)."""
        items = document.get(key, [])
        if not isinstance(items, list):
            raise self.error(f"{self.source}: {key} must be a list")
        out: list[T] = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.error(f"{self.source}: {key}[{index}] must be an object")
            try:
                out.append(convert(item))
            except READ_ERRORS as exc:
                raise self.error(f"{self.source}: {key}[{index}]: {reason(exc)}") from None
        return out
