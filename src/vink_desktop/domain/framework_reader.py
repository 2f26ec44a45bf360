"""Strict, typed reading of one parsed TOML table, for the framework loader.

A :class:`TableReader` wraps a table from :mod:`tomllib` together with its dotted key path.
Every accessor checks presence and type and raises :class:`FrameworkError` naming the file,
the key and the problem; :meth:`TableReader.finish` then rejects keys that no accessor asked
for, so a typo such as ``polarty`` is an error instead of being silently ignored.
"""

from __future__ import annotations

import difflib
import math
import re

from vink_desktop.domain.framework import Text

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


class FrameworkError(ValueError):
    """A framework file that cannot be used, with where and what.

    ``source`` is the file, ``key`` the dotted path of the offending key (empty for a file
    that is not valid TOML at all), ``problem`` what is wrong and ``line`` the line of a
    TOML syntax error (otherwise ``None``).
    """

    def __init__(self, source: str, key: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.key = key
        self.problem = problem
        self.line = line
        where = f"{source}: {key}" if key else source
        super().__init__(f"{where}: {problem}")


def join_key(path: str, name: str) -> str:
    """``path`` + ``.name``, quoting ``name`` when it is not a bare TOML key."""
    part = name if _BARE_KEY.match(name) else '"' + name.replace('"', '\\"') + '"'
    return f"{path}.{part}" if path else part


def type_name(value: object) -> str:
    """The TOML name of a parsed value's type, for messages."""
    names: dict[type, str] = {
        bool: "a boolean",
        int: "an integer",
        float: "a float",
        str: "a string",
        list: "an array",
        dict: "a table",
    }
    return names.get(type(value), "a date or time")


class TableReader:
    """Typed, tracked access to one TOML table."""

    def __init__(self, data: dict[str, object], path: str, source: str) -> None:
        self._data = data
        self._seen: set[str] = set()
        self.path = path
        self.source = source

    # -- errors -----------------------------------------------------------------------

    def key(self, name: str) -> str:
        return join_key(self.path, name)

    def error(self, name: str | None, problem: str) -> FrameworkError:
        """An error at ``name`` in this table (or at the table itself when ``None``)."""
        return FrameworkError(self.source, self.key(name) if name else self.path, problem)

    # -- presence ---------------------------------------------------------------------

    def has(self, name: str) -> bool:
        return name in self._data

    def names(self) -> list[str]:
        return list(self._data)

    def raw(self, name: str) -> object:
        self._seen.add(name)
        if name not in self._data:
            hint = difflib.get_close_matches(name, list(self._data), n=1)
            suffix = f" ('{hint[0]}' is given: a misspelling?)" if hint else ""
            raise self.error(name, "missing key" + suffix)
        return self._data[name]

    def finish(self) -> None:
        """Reject every key no accessor has read (typos, leftovers, misplaced keys)."""
        for name in self._data:
            if name not in self._seen:
                known = sorted(self._seen)
                hint = difflib.get_close_matches(name, known, n=1)
                problem = f"unknown key '{name}'"
                if hint:
                    problem += f"; did you mean '{hint[0]}'?"
                elif known:
                    problem += f"; expected one of: {', '.join(known)}"
                raise self.error(name, problem)

    def expect(self, *names: str) -> None:
        """Mark optional keys as known even where they are absent."""
        self._seen.update(names)

    # -- typed values -----------------------------------------------------------------

    def string(self, name: str) -> str:
        value = self.raw(name)
        if not isinstance(value, str):
            raise self.error(name, f"must be a string, not {type_name(value)}")
        if not value.strip():
            raise self.error(name, "must not be empty")
        return value

    def integer(self, name: str, minimum: int | None = None) -> int:
        value = self.raw(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(name, f"must be an integer, not {type_name(value)}")
        if minimum is not None and value < minimum:
            raise self.error(name, f"must be at least {minimum}, not {value}")
        return value

    def number(self, name: str) -> float:
        value = self.raw(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(name, f"must be a number, not {type_name(value)}")
        if not math.isfinite(value):
            raise self.error(name, f"must be a finite number, not {value}")
        return float(value)

    def optional_number(self, name: str) -> float | None:
        if not self.has(name):
            self.expect(name)
            return None
        return self.number(name)

    def boolean(self, name: str) -> bool:
        value = self.raw(name)
        if not isinstance(value, bool):
            raise self.error(name, f"must be true or false, not {type_name(value)}")
        return value

    def table(self, name: str) -> TableReader:
        value = self.raw(name)
        if not isinstance(value, dict):
            raise self.error(name, f"must be a table, not {type_name(value)}")
        return TableReader(value, self.key(name), self.source)

    def table_array(self, name: str) -> list[TableReader]:
        """An array of tables (``[[name]]`` or ``name = [{...}, ...]``), never empty."""
        value = self.raw(name)
        if not isinstance(value, list):
            raise self.error(name, f"must be an array of tables, not {type_name(value)}")
        if not value:
            raise self.error(name, "must not be empty")
        readers: list[TableReader] = []
        for index, item in enumerate(value):
            item_key = f"{self.key(name)}[{index}]"
            if not isinstance(item, dict):
                raise FrameworkError(
                    self.source, item_key, f"must be a table, not {type_name(item)}"
                )
            readers.append(TableReader(item, item_key, self.source))
        return readers

    def text(self, name: str) -> Text:
        """A ``{ da = "...", en = "..." }`` pair; both languages are required."""
        reader = self.table(name)
        text = Text(da=reader.string("da"), en=reader.string("en"))
        reader.finish()
        return text
