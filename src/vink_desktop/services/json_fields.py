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
from datetime import UTC, datetime
from typing import Any, TypeVar

T = TypeVar("T")


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
    """A whole number (a JSON ``true`` or ``false`` is not one)."""
    value = item[key]
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{key} must be a whole number")
    return value


def optional_int(item: Mapping[str, Any], key: str) -> int | None:
    """A whole number, or None when null or missing."""
    return None if item.get(key) is None else required_int(item, key)


def revision(item: Mapping[str, Any]) -> int:
    """The ``revision`` field: a whole number of at least 1."""
    value = required_int(item, "revision")
    if value < 1:
        raise ValueError("revision must be at least 1")
    return value


def parse_utc(text: str, key: str) -> datetime:
    """An ISO 8601 time with an offset, converted to UTC (``key`` names it in errors)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{key} must carry a UTC offset")
    return moment.astimezone(UTC)


def parse_wall(text: str, key: str) -> datetime:
    """A wall-clock time as entered: ISO 8601 without an offset (naive)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        raise ValueError(f"{key} is a wall-clock time without an offset")
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
            except (KeyError, TypeError, ValueError) as exc:
                raise self.error(f"{self.source}: {key}[{index}]: {reason(exc)}") from None
        return out
