"""The words of the sync windows: the codes of batch results and sync errors as sentences,
counts, ages, times and fingerprints for the screen.

The sync services report stable codes (``BatchResult.code``, ``SyncError.code``, see
``docs/sync.md``); this module turns them into words, the way ``error_text`` does for the
rest of the app. Every sentence goes through ``translate("SyncText", …)`` so Qt Linguist
finds it; placeholders are Python ``{name}`` fields filled after translation.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QDir, QLocale, QTime

from vink_desktop.services.context import COPENHAGEN
from vink_desktop.services.sync_apply import RecordCounts
from vink_desktop.ui.error_text import describe_error

translate = QCoreApplication.translate


# -- batch results (office) -------------------------------------------------------------------


def result_status_text(status: str) -> str:
    return {
        "imported": translate("SyncText", "Imported"),
        "duplicate": translate("SyncText", "Already imported"),
        "held": translate("SyncText", "Held"),
        "refused": translate("SyncText", "Refused"),
    }.get(status, status)


def _held_texts() -> dict[str, str]:
    return {
        "device_pending": translate(
            "SyncText",
            "The laptop is not approved yet. Compare its fingerprint and approve it; the"
            " batch is kept and applied then.",
        ),
        "gap": translate(
            "SyncText",
            "An earlier batch from this laptop is missing. The batch is kept and applied when"
            " the missing one arrives.",
        ),
    }


def _refused_texts() -> dict[str, str]:
    damaged = translate(  # several codes share one sentence
        "SyncText",
        "The file is damaged or cut short. Nothing from it was applied. Ask for the file again.",
    )
    return {
        "too_large": translate(
            "SyncText", "The file is too large to be a batch. Nothing was applied."
        ),
        "unreadable": translate(
            "SyncText", "The file could not be read. Check that it is still there."
        ),
        "not_a_batch": translate(
            "SyncText", "The file is not a VINK batch file. Nothing was applied."
        ),
        "unsupported_version": translate(
            "SyncText",
            "The batch was written by a newer version of VINK Desktop. Update the program here,"
            " then import it again.",
        ),
        "unsupported_algorithm": translate(
            "SyncText",
            "The batch uses an encryption this version does not know. Update the program here.",
        ),
        "truncated": damaged,
        "malformed_header": damaged,
        "trailing_data": damaged,
        "payload_too_large": damaged,
        "decompress_failed": damaged,
        "payload_not_json": damaged,
        "payload_wrong_format": damaged,
        "payload_malformed": damaged,
        "payload_unsupported_version": translate(
            "SyncText",
            "The batch holds records in a newer format. Update the program here, then import"
            " it again.",
        ),
        "wrong_recipient": translate(
            "SyncText",
            "The batch is meant for another office. The laptop is enrolled with another"
            " office's identity file.",
        ),
        "wrong_recipient_key": translate(
            "SyncText",
            "The batch is sealed to an earlier key of this office. The laptop must enroll"
            " again with the current identity file.",
        ),
        "wrong_sender": translate(
            "SyncText", "The batch does not come from the laptop it names. Nothing was applied."
        ),
        "sender_key_changed": translate(
            "SyncText",
            "The batch is signed with another key than the one approved for this laptop. It may"
            " be forged. Nothing was applied; contact the laptop's user.",
        ),
        "bad_signature": translate(
            "SyncText",
            "The signature does not match: the file was changed after it was written, or it is"
            " forged. Nothing was applied.",
        ),
        "decrypt_failed": translate(
            "SyncText",
            "The batch could not be decrypted: it was changed or is not meant for this office."
            " Nothing was applied.",
        ),
        "invalid_record": translate(
            "SyncText",
            "A record in the batch breaks the rules, so the whole batch was refused. The"
            " laptop's later batches wait behind it.",
        ),
        "code_conflict": translate(
            "SyncText",
            "A participant's pseudonym code is already used by another participant at the"
            " office. Change the code on the laptop and renew it.",
        ),
        "unknown_reference": translate(
            "SyncText",
            "The batch refers to a participant or worker the office does not have. Nothing was"
            " applied.",
        ),
        "device_revoked": translate(
            "SyncText", "The laptop has been revoked. Its batches are no longer accepted."
        ),
        "sequence_conflict": translate(
            "SyncText",
            "The office already has another batch with this number from this laptop. Nothing"
            " was applied; contact the laptop's user.",
        ),
        "chain_mismatch": translate(
            "SyncText",
            "The batch does not follow on from the laptop's previous batch. Nothing was"
            " applied; contact the laptop's user.",
        ),
        "not_owner": translate(
            "SyncText",
            "The batch changes, deletes or points at a record that belongs to another laptop"
            " or to the office. The whole batch was refused and nothing was applied; the"
            " laptop's later batches wait behind it. Find out why this laptop sent it.",
        ),
        "conflicts_with_office_data": translate(
            "SyncText",
            "The batch conflicts with records the office holds (for example, it deletes a"
            " course the office has sessions for). Nothing was applied.",
        ),
    }


def held_reason_text(code: str | None) -> str:
    found = _held_texts().get(code or "")
    return found or translate("SyncText", "The batch is kept for later.")


def refused_reason_text(code: str | None) -> str:
    found = _refused_texts().get(code or "")
    return found or translate("SyncText", "The batch was refused. Nothing from it was applied.")


def plural(count: int, one: str, many: str, **values: object) -> str:
    """``one`` for 1, else ``many``, with ``{count}`` and ``values`` filled (both texts
    translated by the caller: a catalogue of plain pairs has no plural forms)."""
    return (one if count == 1 else many).format(count=count, **values)


def counts_text(counts: RecordCounts) -> str:
    """What an imported batch did, e.g. "12 sessions, 1 course, 1 participant"."""
    parts = []
    if counts.sessions:
        parts.append(plural(counts.sessions, translate("SyncText", "1 session"),
                            translate("SyncText", "{count} sessions")))  # fmt: skip
    if counts.courses:
        parts.append(plural(counts.courses, translate("SyncText", "1 course"),
                            translate("SyncText", "{count} courses")))  # fmt: skip
    if counts.participants:
        parts.append(plural(counts.participants, translate("SyncText", "1 participant"),
                            translate("SyncText", "{count} participants")))  # fmt: skip
    if counts.workers:
        parts.append(plural(counts.workers, translate("SyncText", "1 worker"),
                            translate("SyncText", "{count} workers")))  # fmt: skip
    if counts.deleted:
        parts.append(translate("SyncText", "{count} deleted").format(count=counts.deleted))
    if counts.unchanged:
        parts.append(translate("SyncText", "{count} unchanged").format(count=counts.unchanged))
    if not parts:
        return translate("SyncText", "No records")
    return ", ".join(parts)


# -- devices (office) -------------------------------------------------------------------------


def device_status_text(status: str) -> str:
    return {
        "pending": translate("SyncText", "Waiting for approval"),
        "approved": translate("SyncText", "Approved"),
        "revoked": translate("SyncText", "Revoked"),
    }.get(status, status)


def short_id(device_id: str | None) -> str:
    """The start of a device id, enough to tell laptops apart (and for `devices approve`)."""
    if not device_id:
        return ""
    return f"{device_id[:4]} {device_id[4:8]}"


def ranges_text(ranges: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """Inclusive ranges as "2, 5–7"."""
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in ranges)


def numbers_as_ranges(numbers: tuple[int, ...]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for number in sorted(numbers):
        if ranges and ranges[-1][1] + 1 == number:
            ranges[-1] = (ranges[-1][0], number)
        else:
            ranges.append((number, number))
    return ranges


# -- times, ages and fingerprints -------------------------------------------------------------


def folder_text(folder: Path) -> str:
    """A folder as the system writes it; under the home folder (not on Windows) as ``~/…``."""
    home = Path.home()
    if sys.platform != "win32" and folder.is_relative_to(home) and folder != home:
        return "~/" + folder.relative_to(home).as_posix()
    return QDir.toNativeSeparators(str(folder))


def moment_text(moment: datetime | None) -> str:
    """A time in Copenhagen, in the user's locale (short date and time)."""
    if moment is None:
        return translate("SyncText", "never")
    local = moment.astimezone(COPENHAGEN)
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def age_text(age: timedelta) -> str:
    days = age.days
    if days < 1:
        return translate("SyncText", "less than a day")
    if days == 1:
        return translate("SyncText", "1 day")
    return translate("SyncText", "{days} days").format(days=days)


def fingerprint_text(fingerprint: str | None) -> str:
    """A fingerprint as three groups per line, for reading out over the phone."""
    if not fingerprint:
        return translate("SyncText", "(none yet)")
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i : i + 3]) for i in range(0, len(groups), 3))


def normalised_fingerprint(typed: str) -> str:
    """What a person typed as a fingerprint, as the services write it (groups of five
    digits separated by one space); anything but digits is ignored."""
    digits = "".join(c for c in typed if c.isdigit())
    return " ".join(digits[i : i + 5] for i in range(0, len(digits), 5))


# -- errors of the sync services --------------------------------------------------------------


def _general_errors() -> dict[str, str]:
    return {
        "field_only": translate(
            "SyncText", "This is done on a field laptop, not in the office vault."
        ),
        "office_only": translate(
            "SyncText", "This is done in the office vault, not on a field laptop."
        ),
        "not_enrolled": translate(
            "SyncText",
            "This laptop is not enrolled with an office yet. Ask the office for its identity"
            " file and enroll with it.",
        ),
        "office_key_changed": translate(
            "SyncText",
            "This laptop is enrolled with another office key. Compare the fingerprints with the"
            " office before you replace it.",
        ),
        "not_a_folder": translate("SyncText", "The folder does not exist. Choose another folder."),
        "unreadable_file": translate(
            "SyncText", "The file could not be read. Check that it is still there."
        ),
        "too_large": translate(
            "SyncText", "The file is far too large for what it should be. Nothing was changed."
        ),
        "export_running": translate(
            "SyncText", "Another export finished at the same time. Nothing was written; try again."
        ),
        "batch_confirmed": translate(
            "SyncText", "That batch is already confirmed by the office; it is no longer kept."
        ),
        "fingerprint_mismatch": translate(
            "SyncText",
            "The fingerprint does not match this laptop. It was not approved. Ask the laptop's"
            " user to read it out again.",
        ),
        "fingerprint_required": translate(
            "SyncText",
            "The laptop was revoked. Type the fingerprint its user reads out to approve it again.",
        ),
        "device_not_pending": translate(
            "SyncText",
            "Only a laptop waiting for approval can be forgotten. An approved or revoked"
            " laptop stays in the list, with what the office received from it.",
        ),
        "unknown_device": translate("SyncText", "The office does not know this laptop."),
        "ambiguous_device": translate("SyncText", "Several laptops match; choose one in the list."),
    }


def _receipt_errors() -> dict[str, str]:
    damaged = translate(  # several codes share one sentence
        "SyncText", "The receipt is damaged or cut short. Ask the office for it again."
    )
    return {
        "not_a_receipt": translate(
            "SyncText", "The file is not a VINK receipt. Nothing was changed."
        ),
        "unsupported_version": translate(
            "SyncText",
            "The receipt was written by a newer version of VINK Desktop. Update the program.",
        ),
        "malformed_receipt": damaged,
        "truncated": damaged,
        "trailing_data": damaged,
        "wrong_office": translate(
            "SyncText",
            "The receipt is from another office than the one this laptop is enrolled with."
            " Nothing was changed.",
        ),
        "bad_signature": translate(
            "SyncText",
            "The receipt's signature does not match: it was changed or forged. Nothing was"
            " changed.",
        ),
        "wrong_device": translate(
            "SyncText", "The receipt is for another laptop. Nothing was changed."
        ),
        "receipt_unknown_batch": translate(
            "SyncText",
            "The receipt confirms a batch this laptop never wrote. Nothing was changed; contact"
            " the office.",
        ),
        "receipt_hash_mismatch": translate(
            "SyncText",
            "The office holds another batch under that number than the one this laptop wrote."
            " Nothing was changed; contact the office.",
        ),
        "receipt_stale": translate(
            "SyncText",
            "The receipt is older than the last one imported. Nothing was changed; use the"
            " newest receipt.",
        ),
        "receipt_regressed": translate(
            "SyncText",
            "The receipt confirms less than an earlier one (was the office restored from a"
            " backup?). Nothing was changed; contact the office.",
        ),
    }


def _identity_errors() -> dict[str, str]:
    damaged = translate(  # several codes share one sentence
        "SyncText",
        "The office identity file is damaged. Ask the office for it again. Nothing was changed.",
    )
    return {
        "not_an_identity": translate(
            "SyncText", "The file is not an office identity file. Nothing was changed."
        ),
        "unsupported_version": translate(
            "SyncText",
            "The identity file was written by a newer version of VINK Desktop. Update the program.",
        ),
        "unsupported_algorithm": translate(
            "SyncText",
            "The identity file uses an encryption this version does not know. Update the program.",
        ),
        "malformed": damaged,
        "checksum_mismatch": damaged,
        "invalid_key": damaged,
        "truncated": damaged,
    }


def _recovery_errors() -> dict[str, str]:
    return {
        "recovery_other_office": translate(
            "SyncText",
            "The recovery request is for another office. This office cannot answer it."
            " Nothing was written.",
        ),
        "recovery_other_office_key": translate(
            "SyncText",
            "The recovery request is sealed to another key of this office (an earlier or a"
            " replaced one), so it cannot be opened. Nothing was written.",
        ),
        "device_key_mismatch": translate(
            "SyncText",
            "The laptop's key differs from the one the office has for it: the request may not"
            " come from that laptop. It cannot be answered. Nothing was written.",
        ),
        "device_revoked": translate(
            "SyncText",
            "The office has revoked this laptop. Answer only if it has turned up, and tick"
            " that you answer anyway. Nothing was written.",
        ),
    }


#: Which table to try first for a code: what the file was.
RECEIPT = "receipt"
IDENTITY = "identity"
RECOVERY = "recovery"


def describe_sync_error(exc: BaseException, *, kind: str = "") -> str:
    """A sentence for a failure of a sync service (``kind``: :data:`RECEIPT`,
    :data:`IDENTITY` or :data:`RECOVERY` when a file of that kind was read); every other
    failure is phrased by ``error_text``, or with a general sentence."""
    from vink_desktop.services.sync_export import ExportCancelled
    from vink_desktop.services.sync_service import SyncError

    if isinstance(exc, ExportCancelled):
        return translate("SyncText", "The export was cancelled. Nothing was written.")
    if isinstance(exc, SyncError):
        tables = [_general_errors()]
        if kind == RECEIPT:
            tables.insert(0, _receipt_errors())
        elif kind == IDENTITY:
            tables.insert(0, _identity_errors())
        elif kind == RECOVERY:
            tables.insert(0, _recovery_errors())
        for table in tables:
            found = table.get(exc.code)
            if found:
                return found
        return translate("SyncText", "This cannot be done now. Nothing was changed.")
    text = describe_error(exc)
    if text is not None:
        return text
    return translate(
        "SyncText",
        "Something unexpected went wrong. Nothing was changed. If it happens again, contact"
        " the office.",
    )
