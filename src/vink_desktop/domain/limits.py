"""The limits on single values, in one place for every way a record enters the vault: the
GUI forms and the CLI (through ``validation``), records files and batch payloads (through the
strict readers of ``services/json_fields``). Qt-free, no I/O but the time-zone list.

Each check is a plain function so that a reader can refuse a value *before* it reaches
zoneinfo, date arithmetic or SQLite (a zone name is a file path to zoneinfo; a date near
year 1 or 9999 overflows arithmetic; an integer beyond 64 bits overflows SQLite), and the
domain rules can give the same refusal a stable :class:`Problem` code for the UI.

Decisions (``docs/records-format.md`` "Common conventions"):

* **Ids** are 32 lower-case hex digits (128 random bits, as the program makes them).
* **Revisions** are 1 … 2^53 − 1: the largest integer every JSON reader keeps exactly (a
  spreadsheet or JavaScript reads larger ones as rounded floats), far inside SQLite's 64
  bits (so ``revision + 1`` never overflows). The office's range rule relative to the
  stored revision (``docs/sync.md`` §5) comes on top.
* **Text** refuses NUL and the other C0/C1 control characters and DEL; free text (notes,
  follow-up, final evaluation) keeps newline and tab. Codes, names and the other one-line
  fields refuse newline and tab too, and the **bidirectional controls** U+202A–U+202E and
  U+2066–U+2069: a code or name is what people search, compare and read out, and an override
  makes it display as something else ("Trojan source"). Free text keeps them: a note may
  quote a family's Arabic, Farsi or Urdu words beside Danish ones, where an isolate or
  embedding is the correct way to write mixed-direction text; a note is never an identifier
  or a file name, and an override there can only reorder that note's own display.
* **Dates**: a course does not start before 2000-01-01 (the programme is younger) nor more
  than a year ahead; every date and time read from a file lies between 1900-01-01 and
  9000-01-01 before any arithmetic (the rules that depend on the clock come after).
* **Sessions** last 1 minute to 12 hours (``validation.MAX_SESSION_MINUTES``; the brief's 24
  hours is the outer bound, 12 catches "minutes typed as hours × 100").
* **Zones** are names from the IANA list, at most 64 characters of ``A–Z a–z 0–9 _ + - /``
  and never ``..`` — checked against the list before zoneinfo opens a file by that name.
* **``updated_at``** (and a tombstone's ``deleted_at``) lies between 2000-01-01 and one day
  after the moment it is judged against: the batch's creation time (never later than the
  office's clock) or, for a records file, the importing computer's clock.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zoneinfo
from datetime import UTC, date, datetime, timedelta

#: 32 lower-case hex digits.
ID_PATTERN = re.compile(r"[0-9a-f]{32}")
#: The largest revision (2^53 − 1, see the module's text).
MAX_REVISION = 2**53 - 1
#: Earliest date or time the program accepts anywhere (courses, sessions, updated_at).
EARLIEST_DATE = date(2000, 1, 1)
EARLIEST_TIME = datetime(2000, 1, 1, tzinfo=UTC)
#: :data:`EARLIEST_TIME` in the vault's fixed-width UTC text (text order is time order).
EARLIEST_TEXT = "2000-01-01T00:00:00.000000Z"
#: The range of a date or time read from a file, before any rule that depends on the clock
#: (which then names the problem, e.g. ``start_too_early``): far enough from years 1 and
#: 9999 that no arithmetic of the program overflows.
READABLE_FROM = date(1900, 1, 1)
LATEST_DATE = date(9000, 1, 1)
LATEST_TIME = datetime(9000, 1, 1, tzinfo=UTC)
#: How far ahead of "now" a course may start.
COURSE_START_AHEAD_DAYS = 366
#: How far after the moment of reference an ``updated_at`` may lie (clocks differ).
UPDATED_AHEAD = timedelta(days=1)
MIN_SESSION_MINUTES = 1
MAX_ZONE_LENGTH = 64
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*")
#: Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
#: Integers stored in SQLite: 64-bit signed.
SQLITE_MAX_INT = 2**63 - 1


def is_record_id(value: object) -> bool:
    return type(value) is str and ID_PATTERN.fullmatch(value) is not None


def revision_in_range(value: int) -> bool:
    return 1 <= value <= MAX_REVISION


@functools.cache
def _iana_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_zone_name(value: object) -> bool:
    """A name from the IANA list (checked on its characters first, so an odd name never
    reaches the list's file lookup)."""
    if type(value) is not str or not 0 < len(value) <= MAX_ZONE_LENGTH:
        return False
    if ".." in value or _ZONE_NAME.fullmatch(value) is None:
        return False
    return value in _iana_zones() or value == "UTC"


def text_problem(value: str, *, one_line: bool) -> str | None:
    """Why ``value`` is refused as text (``control_character`` or ``bidi_control``), or
    None. Free text (``one_line=False``) keeps newline and tab and the bidi controls."""
    for char in value:
        if char in "\n\t":
            if one_line:
                return "control_character"
            continue
        if unicodedata.category(char) == "Cc":
            return "control_character"
        if one_line and char in BIDI_CONTROLS:
            return "bidi_control"
    return None


def has_odd_text(value: str, *, one_line: bool) -> bool:
    """Fast path of :func:`text_problem` for the common case of plain text."""
    if value.isprintable():  # no control or format character at all
        return False
    return text_problem(value, one_line=one_line) is not None


def date_readable(day: date) -> bool:
    """A date safe for the program's arithmetic (between 1900-01-01 and 9000-01-01)."""
    return READABLE_FROM <= day <= LATEST_DATE


def time_readable(moment: datetime) -> bool:
    """A naive or aware time within the readable range (see :func:`date_readable`)."""
    return READABLE_FROM <= moment.date() <= LATEST_DATE


def latest_course_start(today: date) -> date:
    return today + timedelta(days=COURSE_START_AHEAD_DAYS)


def course_start_problem(start: date, today: date) -> str | None:
    """``start_too_early`` (before 2000-01-01), ``start_too_late`` (more than a year after
    ``today``) or None."""
    if start < EARLIEST_DATE:
        return "start_too_early"
    if start > latest_course_start(today):
        return "start_too_late"
    return None


def updated_at_problem(moment: datetime | None, reference: datetime) -> str | None:
    """``time_out_of_range`` when ``moment`` (aware) is before 2000-01-01 or more than a
    day after ``reference``; else None (also for no time at all)."""
    if moment is None:
        return None
    if moment < EARLIEST_TIME or moment > reference + UPDATED_AHEAD:
        return "time_out_of_range"
    return None
