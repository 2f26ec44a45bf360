"""Error codes into sentences in the user's language: what went wrong, and what to do.

The core reports stable codes (``VaultError.code``, ``Problem.code`` with ``params``,
``InvalidState.code``, ``NotFound.entity``, ``RecordsFormatError``); this module is the one
place that turns them into words. The core's own English messages are never shown, because
they are English and may name things the screen should not.

Every sentence goes through ``translate("ErrorText", …)`` so Qt Linguist
finds it. Placeholders are Python ``{name}`` fields filled after translation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.storage.errors import VaultError

if TYPE_CHECKING:
    from vink_desktop.domain.validation import Problem

#: Qt Linguist's lupdate finds ``translate("Context", "text")`` calls by this name.
translate = QCoreApplication.translate


# -- the vault ---------------------------------------------------------------------------------


def vault_error_text(code: str, folder: str = "") -> str:
    """A sentence for every ``VaultError.code`` in ``storage/errors.py``."""
    texts = {
        "vault_not_found": translate(
            "ErrorText",
            "There is no vault in the folder {folder}. Choose another folder, or create a"
            " new vault.",
        ),
        "vault_exists": translate(
            "ErrorText",
            "There is already a vault in the folder {folder}. Open it instead, or choose an"
            " empty folder.",
        ),
        "wrong_passphrase": translate(
            "ErrorText",
            "The passphrase is wrong. Nothing was changed. Try again, or use the recovery key.",
        ),
        "wrong_recovery_key": translate(
            "ErrorText",
            "This recovery key does not open this vault. Nothing was changed. Check that it"
            " is the key written down for this vault.",
        ),
        "malformed_recovery_key": translate(
            "ErrorText",
            "That is not a recovery key; there is probably a typo. A recovery key has nine"
            " groups of four letters and digits. Nothing was changed.",
        ),
        "keyfile_missing": translate(
            "ErrorText",
            "The vault's key file (vault.key) is missing, so the vault cannot be opened."
            " Restore the folder from a backup, or contact the office.",
        ),
        "keyfile_damaged": translate(
            "ErrorText",
            "The vault's key file (vault.key) is damaged. The database was not touched."
            " Restore the key file from a backup, or contact the office.",
        ),
        "database_damaged": translate(
            "ErrorText",
            "The vault's database is damaged or unreadable. Nothing was changed. Restore"
            " the vault from a backup, or contact the office.",
        ),
        "vault_in_use": translate(
            "ErrorText",
            "The vault is already open in another window or program. Close it there first,"
            " then try again.",
        ),
        "not_sqlcipher": translate(
            "ErrorText",
            "This installation lacks the encryption library (SQLCipher), so nothing can be"
            " stored safely. Reinstall VINK Desktop.",
        ),
        "schema_too_new": translate(
            "ErrorText",
            "The vault was saved by a newer version of VINK Desktop. Update the program,"
            " then open the vault again.",
        ),
        "disk_full": translate(
            "ErrorText",
            "The disk is full, so nothing was saved. Free some space and try again.",
        ),
        "wrong_one_time_key": translate(
            "ErrorText",
            "This one-time key does not open the office's answer. Nothing was changed. Check"
            " the key with the office.",
        ),
        "no_office_wrap": translate(
            "ErrorText",
            "This vault cannot be recovered through the office: it has not been enrolled with"
            " an office, or not opened since. Nothing was written.",
        ),
        "recovery_file_damaged": translate(
            "ErrorText",
            "The recovery file is damaged or is not a recovery file. Nothing was changed. Ask"
            " for the file again.",
        ),
        "recovery_file_mismatch": translate(
            "ErrorText",
            "The office's answer is meant for another vault, office or laptop. Nothing was"
            " changed.",
        ),
    }
    text = texts.get(code) or translate(
        "ErrorText", "The vault could not be used. Try again, or contact the office."
    )
    return text.format(folder=folder)


# -- validation problems -----------------------------------------------------------------------


def field_label(field: str) -> str:
    """The label of a field named in a :class:`Problem` (``ratings.x`` and nested paths too)."""
    if "]." in field:  # "sessions[<id>].notes" from an import
        field = field.rsplit("].", 1)[1]
    if field.startswith("ratings."):
        return translate("ErrorText", "Rating of {indicator}").format(
            indicator=field[len("ratings.") :]
        )
    labels = {
        "code": translate("ErrorText", "Pseudonym code"),
        "birth_year": translate("ErrorText", "Birth year"),
        "linked_youth_ids": translate("ErrorText", "Linked young person"),
        "linked_youth": translate("ErrorText", "Linked young person"),
        "name": translate("ErrorText", "Name"),
        "contact": translate("ErrorText", "Contact details"),
        "district": translate("ErrorText", "District"),
        "track": translate("ErrorText", "Track"),
        "end": translate("ErrorText", "End date"),
        "status": translate("ErrorText", "Status"),
        "final_evaluation": translate("ErrorText", "Final evaluation"),
        "start": translate("ErrorText", "Date and time"),
        "duration_minutes": translate("ErrorText", "Duration"),
        "self_rating": translate("ErrorText", "The participant's own rating"),
        "notes": translate("ErrorText", "Notes"),
        "follow_up": translate("ErrorText", "Follow-up"),
        "worker": translate("ErrorText", "Worker name"),
        "about": translate("ErrorText", "Who the report is about"),
        "received_at": translate("ErrorText", "Received"),
        "reaction_at": translate("ErrorText", "First reaction"),
        "reacted_by": translate("ErrorText", "Reacted by"),
        "outcome": translate("ErrorText", "Outcome"),
        "audience": translate("ErrorText", "Audience"),
        "held_on": translate("ErrorText", "Date held"),
        "head_count": translate("ErrorText", "Number of participants"),
        "respondents": translate("ErrorText", "Number who answered"),
        "able_to_help": translate("ErrorText", "Feel able to help"),
        "dialogue_gives_options": translate("ErrorText", "Find that dialogue gives options"),
        "evaluated_on": translate("ErrorText", "Evaluation date"),
        "framework": translate("ErrorText", "Indicator framework"),
    }
    return labels.get(field) or translate("ErrorText", "A field")


def track_label(track: str) -> str:
    return {
        "mentoring": translate("ErrorText", "1-1 mentoring"),
        "parent_coaching": translate("ErrorText", "parent coaching"),
    }.get(track, track)


def audience_label(audience: str) -> str:
    return {
        "front_line_staff": translate("ErrorText", "front-line staff"),
        "parents": translate("ErrorText", "parents"),
        "pupils_youth_club": translate("ErrorText", "pupils and youth-club members"),
    }.get(audience, audience)


def _date(value: object) -> str:
    """An ISO date or date-time from ``params``, in the user's locale."""
    locale = QLocale()
    text = str(value)
    try:
        if "T" in text:
            moment = datetime.fromisoformat(text)
            qdt = QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QDateTime.fromString(f"{moment:%H:%M}", "HH:mm").time(),
            )
            return locale.toString(qdt, QLocale.FormatType.ShortFormat)
        day = date.fromisoformat(text)
        return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    except ValueError:
        return text


def problem_text(problem: Problem) -> str:
    """One sentence for one :class:`Problem` (every code in ``domain/validation.py`` and the
    services), with its ``params`` filled in."""
    p = problem.params
    field = field_label(problem.field)
    builders: dict[str, Callable[[], str]] = {
        "required": lambda: translate("ErrorText", "{field} must be filled in.").format(
            field=field
        ),
        "bad_code": lambda: translate(
            "ErrorText",
            "The code can be at most {limit} characters, with no spaces at the start or end.",
        ).format(limit=p.get("limit", "")),
        "bad_birth_year": lambda: translate(
            "ErrorText", "The birth year {value} is not plausible. Check it."
        ).format(value=p.get("value", "")),
        "link_not_parent": lambda: translate(
            "ErrorText", "Only a parent can be linked to a young person."
        ),
        "link_not_youth": lambda: translate(
            "ErrorText", "A parent can only be linked to a young person."
        ),
        "link_self": lambda: translate(
            "ErrorText", "A participant cannot be linked to themselves."
        ),
        "too_long": lambda: translate(
            "ErrorText", "{field} is longer than {limit} characters. Shorten it."
        ).format(field=field, limit=p.get("limit", "")),
        "duplicate_code": lambda: translate(
            "ErrorText", "Another participant already has this code. Choose another."
        ),
        "track_mismatch": lambda: translate(
            "ErrorText", "This participant belongs in {expected}, not in {track}."
        ).format(
            expected=track_label(str(p.get("expected", ""))),
            track=track_label(str(p.get("track", ""))),
        ),
        "track_not_in_framework": lambda: translate(
            "ErrorText", "The indicator framework has no such track."
        ),
        "end_before_start": lambda: translate(
            "ErrorText", "The course cannot end before it starts."
        ),
        "end_before_last_session": lambda: translate(
            "ErrorText", "The course cannot end before its last session. Choose a later date."
        ),
        "closing_incomplete": lambda: translate(
            "ErrorText", "A closed course needs an end date and a closing reason."
        ),
        "nonexistent_time": lambda: translate(
            "ErrorText",
            "The time {wall} does not exist in Copenhagen (the clocks were put forward)."
            " Choose another time.",
        ).format(wall=_date(p.get("wall", ""))),
        "bad_time": lambda: translate(
            "ErrorText", "Times are recorded to the minute. Check the time."
        ),
        "inconsistent_time": lambda: translate(
            "ErrorText", "The stored time does not add up. Enter the date and time again."
        ),
        "negative_duration": lambda: translate("ErrorText", "The duration cannot be negative."),
        "duration_too_short": lambda: translate(
            "ErrorText", "A session lasts at least {limit} minute. Check the duration."
        ).format(limit=p.get("limit", 1)),
        "bad_zone": lambda: translate("ErrorText", "The time zone is not a known time zone."),
        "time_out_of_range": lambda: translate(
            "ErrorText", "{field} lies outside the dates the program accepts. Check it."
        ).format(field=field),
        "control_character": lambda: translate(
            "ErrorText", "{field} contains an invisible control character. Remove it."
        ).format(field=field),
        "bidi_control": lambda: translate(
            "ErrorText",
            "{field} contains a character that changes the direction of the text. Remove it.",
        ).format(field=field),
        "start_too_early": lambda: translate(
            "ErrorText", "A course cannot start before 1 January 2000."
        ),
        "start_too_late": lambda: translate(
            "ErrorText", "A course cannot start more than a year from today."
        ),
        "duplicate_id": lambda: translate("ErrorText", "The file holds the same record twice."),
        "duration_too_long": lambda: translate(
            "ErrorText",
            "A session longer than {limit} minutes is not plausible. Check the duration.",
        ).format(limit=p.get("limit", "")),
        "before_course_start": lambda: translate(
            "ErrorText", "The session is before the course started ({course_start})."
        ).format(course_start=_date(p.get("course_start", ""))),
        "after_course_end": lambda: translate(
            "ErrorText", "The session is after the course ended ({course_end})."
        ).format(course_end=_date(p.get("course_end", ""))),
        "unknown_indicator": lambda: translate(
            "ErrorText", "{indicator} is not an indicator in this track."
        ).format(indicator=p.get("indicator", "")),
        "rating_out_of_scale": lambda: translate(
            "ErrorText", "The rating {value} is outside the scale {min}–{max}."
        ).format(value=p.get("value", ""), min=p.get("min", ""), max=p.get("max", "")),
        # The office's records: reports of concern, outreach, service evaluations.
        "subject_required": lambda: translate(
            "ErrorText",
            "Say who the report is about: an existing participant or a new pseudonym code,"
            " not both.",
        ),
        "code_is_participant": lambda: translate(
            "ErrorText",
            "This code belongs to an existing participant. Choose the participant instead.",
        ),
        "in_future": lambda: translate(
            "ErrorText", "{field} lies in the future. Check the date."
        ).format(field=field),
        "reaction_before_received": lambda: translate(
            "ErrorText", "The first reaction cannot come before the report was received."
        ),
        "reaction_incomplete": lambda: translate(
            "ErrorText", "A reaction needs both a time and the worker who reacted."
        ),
        "outcome_without_reaction": lambda: translate(
            "ErrorText", "Record the first reaction before the outcome."
        ),
        "audience_mismatch": lambda: translate(
            "ErrorText", "This kind of activity is held for {expected}."
        ).format(expected=audience_label(str(p.get("expected", "")))),
        "bad_head_count": lambda: translate(
            "ErrorText", "The number of participants must be between 0 and {limit}."
        ).format(limit=p.get("limit", "")),
        "wrong_question": lambda: translate(
            "ErrorText", "This audience is asked another question: {expected}."
        ).format(expected=field_label(str(p.get("expected", "")))),
        "evaluation_incomplete": lambda: translate(
            "ErrorText", "An evaluation needs both the number who answered and the answers."
        ),
        "bad_respondents": lambda: translate(
            "ErrorText",
            "The number who answered must be between 0 and the number of participants.",
        ),
        "bad_positive": lambda: translate(
            "ErrorText", "{field} must be between 0 and the number who answered."
        ).format(field=field),
        "unknown_participant": lambda: translate(
            "ErrorText", "A record in the file belongs to a participant that does not exist."
        ),
        "unknown_worker": lambda: translate(
            "ErrorText", "A record in the file names a worker that does not exist."
        ),
        "already_evaluated": lambda: translate(
            "ErrorText", "This course already has a service evaluation."
        ),
        "unknown_course": lambda: translate(
            "ErrorText", "A session in the file belongs to a course that does not exist."
        ),
        "unknown_framework": lambda: translate(
            "ErrorText",
            "A session in the file uses an indicator framework this version does not know."
            " Update VINK Desktop.",
        ),
    }
    build = builders.get(problem.code)
    if build is None:
        return translate("ErrorText", "{field}: the value is not valid.").format(field=field)
    return build()


# -- service errors ----------------------------------------------------------------------------


def invalid_state_text(code: str) -> str:
    return {
        "course_closed": translate(
            "ErrorText", "The course is closed, so it cannot be changed. Reopen it first."
        ),
        "use_close": translate("ErrorText", "Use “Close course” to close a course."),
        "course_not_closed": translate(
            "ErrorText", "The service evaluation is made when the course is closed."
        ),
        "already_evaluated": translate(
            "ErrorText", "This course already has a service evaluation."
        ),
        "reaction_time_required": translate(
            "ErrorText", "Give the time of the first reaction too."
        ),
        "nothing_to_record": translate(
            "ErrorText", "Give the time of a reaction or an outcome; there is nothing to save."
        ),
        "course_already_open": translate(
            "ErrorText",
            "The participant already has an open course in this track. Open that course instead.",
        ),
    }.get(code) or translate(
        "ErrorText", "This cannot be done while the record is in its current state."
    )


def not_found_text(entity: str) -> str:
    return {
        "participant": translate(
            "ErrorText", "The participant was not found. It may have been erased."
        ),
        "course": translate("ErrorText", "The course was not found. It may have been deleted."),
        "session": translate("ErrorText", "The session was not found. It may have been deleted."),
        "worker": translate("ErrorText", "The worker was not found in this vault."),
        "report of concern": translate(
            "ErrorText", "The report of concern was not found. It may have been deleted."
        ),
    }.get(entity) or translate("ErrorText", "The record was not found. It may have been deleted.")


def records_format_text() -> str:
    return translate(
        "ErrorText",
        "The file is not a VINK records file this program can read. Nothing was imported.",
    )


def describe_error(exc: BaseException, *, folder: str = "") -> str | None:
    """The sentence(s) for a failure the services report; ``None`` for an unexpected error
    (a bug), which goes to the exception hook instead."""
    if isinstance(exc, VaultError):
        return vault_error_text(exc.code, folder)
    # The unlock screen uses this module too; these are imported at the first other error,
    # not before the start window shows (see docs/performance.md).
    from vink_desktop.domain.framework_reader import FrameworkError
    from vink_desktop.domain.framework_registry import UnknownFramework
    from vink_desktop.domain.validation import ValidationError
    from vink_desktop.services.demo import Cancelled
    from vink_desktop.services.records_io import RecordsFormatError

    if isinstance(exc, ValidationError):
        lines = [f"• {field_label(p.field)}: {problem_text(p)}" for p in exc.problems]
        return "\n".join([translate("ErrorText", "Nothing was saved:"), *lines])
    if isinstance(exc, InvalidState):
        return invalid_state_text(exc.code)
    if isinstance(exc, NotFound):
        return not_found_text(exc.entity)
    if isinstance(exc, RecordsFormatError):
        return records_format_text()
    if isinstance(exc, UnknownFramework):
        return translate(
            "ErrorText",
            "The record uses an indicator framework this version of VINK Desktop does not"
            " know. Update the program.",
        )
    if isinstance(exc, FrameworkError):
        return translate(
            "ErrorText",
            "An indicator framework file cannot be read. Reinstall VINK Desktop, or contact"
            " the office.",
        )
    if isinstance(exc, Cancelled):
        return translate("ErrorText", "Cancelled. Nothing was kept.")
    if isinstance(exc, OSError):
        return translate(
            "ErrorText",
            "A file could not be read or written. Check that the folder exists, that you may"
            " write to it, and that the disk is not full.",
        )
    return None


def show_error(parent: QWidget | None, exc: BaseException, *, folder: str = "") -> QMessageBox:
    """A warning dialog for ``exc``; unexpected errors get a general sentence and are left to
    the exception hook's log by the caller. Returns the (already open) dialog."""
    text = describe_error(exc, folder=folder)
    if text is None:
        text = translate(
            "ErrorText",
            "Something unexpected went wrong. What you had saved is safe. If it happens"
            " again, contact the office.",
        )
    box = QMessageBox(parent)
    box.setObjectName("error_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorText", "VINK Desktop"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
