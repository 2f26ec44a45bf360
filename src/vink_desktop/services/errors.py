"""Errors the services report beyond storage and validation errors."""

from __future__ import annotations


class NotFound(LookupError):
    """A record that was asked for by id or code does not exist."""

    code = "not_found"
    exit_code = 1

    def __init__(self, entity: str, key: str) -> None:
        super().__init__(f"no {entity} {key!r}")
        self.entity = entity
        self.key = key


class InvalidState(ValueError):
    """The operation does not fit the record's state (e.g. a session in a closed course)."""

    code = "invalid_state"
    exit_code = 1

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Cancelled(Exception):
    """The person cancelled long work; its transaction was rolled back, nothing was kept."""

    code = "cancelled"
    exit_code = 130
