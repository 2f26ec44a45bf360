"""Words for the course screens: enum labels, off-track reasons, numbers and dates, in the
user's language.

The core hands the UI codes and numbers (``OffTrackSignal`` as a dict); this module phrases
them (validation problems and service errors are phrased by ``ui/error_text.py``). Every
sentence goes through ``QCoreApplication.translate`` with a literal source text (English),
so ``pyside6-lupdate`` finds it and the Danish ``.ts`` can translate it; numbers are put in
with ``str.format`` after translation.

Labels from the indicator framework are not translated here: they carry their own Danish
and English (``Text``), chosen by :func:`ui_language`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from vink_desktop.domain import framework as fw

#: The application property the shell may set to "da" or "en" (see ui/app.py).
LANGUAGE_PROPERTY = "vink_language"


def ui_language() -> str:
    """ "da" or "en": the app's language; Danish unless English was chosen."""
    app = QCoreApplication.instance()
    if app is not None:
        value = app.property(LANGUAGE_PROPERTY)
        if value in ("da", "en"):
            return str(value)
    if QLocale().language() == QLocale.Language.English:
        return "en"
    return "da"


def text(value: fw.Text, language: str | None = None) -> str:
    """A framework text in the UI language."""
    return value.get(language or ui_language())


# -- numbers and dates ------------------------------------------------------------------------


def number(value: float | None, decimals: int = 1, *, signed: bool = False) -> str:
    """A score or change with a decimal comma in Danish; a dash for "none"."""
    if value is None:
        return "–"
    out = f"{value:+.{decimals}f}" if signed else f"{value:.{decimals}f}"
    out = out.replace("-", "−")
    return out.replace(".", ",") if ui_language() == "da" else out


def day(value: date | None) -> str:
    if value is None:
        return "–"
    return value.strftime("%d.%m.%Y") if ui_language() == "da" else value.isoformat()


def wall_time(value: datetime) -> str:
    if ui_language() == "da":
        return value.strftime("%d.%m.%Y %H:%M")
    return value.strftime("%Y-%m-%d %H:%M")


# -- enum labels ------------------------------------------------------------------------------


def status_label(status: str) -> str:
    return {
        "active": QCoreApplication.translate("CourseTexts", "Active"),
        "paused": QCoreApplication.translate("CourseTexts", "Paused"),
        "closed": QCoreApplication.translate("CourseTexts", "Closed"),
    }.get(status, status)


def track_label(track: str) -> str:
    return {
        "mentoring": QCoreApplication.translate("CourseTexts", "1-1 mentoring"),
        "parent_coaching": QCoreApplication.translate("CourseTexts", "Parent coaching"),
    }.get(track, track)


def participant_kind_label(kind: str) -> str:
    return {
        "youth": QCoreApplication.translate("CourseTexts", "Young person"),
        "parent": QCoreApplication.translate("CourseTexts", "Parent"),
    }.get(kind, kind)


def contact_kind_label(kind: str) -> str:
    return {
        "meeting": QCoreApplication.translate("CourseTexts", "Meeting"),
        "home_visit": QCoreApplication.translate("CourseTexts", "Home visit"),
        "phone": QCoreApplication.translate("CourseTexts", "Phone"),
        "joint_meeting": QCoreApplication.translate("CourseTexts", "Joint meeting (SSP/DKA)"),
        "other": QCoreApplication.translate("CourseTexts", "Other"),
    }.get(kind, kind)


def closing_reason_label(reason: str) -> str:
    return {
        "goals_met": QCoreApplication.translate("CourseTexts", "Goals met"),
        "ended_early": QCoreApplication.translate("CourseTexts", "Ended early (stopped coming)"),
        "referred_on": QCoreApplication.translate("CourseTexts", "Referred on"),
        "moved": QCoreApplication.translate("CourseTexts", "Moved away"),
        "other": QCoreApplication.translate("CourseTexts", "Other"),
    }.get(reason, reason)


def referral_label(source: str) -> str:
    return {
        "school": QCoreApplication.translate("CourseTexts", "School"),
        "ssp": QCoreApplication.translate("CourseTexts", "SSP"),
        "police": QCoreApplication.translate("CourseTexts", "Police (DKA)"),
        "parent": QCoreApplication.translate("CourseTexts", "Parent"),
        "social_services": QCoreApplication.translate("CourseTexts", "Social services"),
        "self": QCoreApplication.translate("CourseTexts", "Self-referred"),
        "other": QCoreApplication.translate("CourseTexts", "Other"),
    }.get(source, source)


def change_class_label(value: str | None) -> str:
    if value is None:
        return QCoreApplication.translate("CourseTexts", "Not yet assessable")
    return {
        "reliably_improved": QCoreApplication.translate("CourseTexts", "Reliably improved"),
        "improved": QCoreApplication.translate("CourseTexts", "Improved"),
        "unchanged": QCoreApplication.translate("CourseTexts", "Unchanged"),
        "deteriorated": QCoreApplication.translate("CourseTexts", "Deteriorated"),
        "reliably_deteriorated": QCoreApplication.translate("CourseTexts", "Reliably deteriorated"),
    }.get(value, value)


def judged(value: bool | None) -> str:
    """A progression verdict: yes, no, or not yet assessable."""
    if value is None:
        return QCoreApplication.translate("CourseTexts", "Not yet assessable")
    return (
        QCoreApplication.translate("CourseTexts", "Yes")
        if value
        else QCoreApplication.translate("CourseTexts", "No")
    )


# -- off-track reasons ------------------------------------------------------------------------


def off_track_reason(signal: Mapping[str, Any]) -> str:
    """One sentence for an off-track signal (the dict stored in the outcome cache, or
    ``dataclasses.asdict`` of an ``OffTrackSignal``)."""
    code = str(signal.get("code", ""))
    if code == "no_improvement":
        points = signal.get("points")
        if points is None:
            return QCoreApplication.translate(
                "CourseTexts",
                "No measurable improvement after {sessions} sessions / {weeks} weeks"
                " (fewer than two complete assessments)",
            ).format(sessions=signal.get("sessions", 0), weeks=signal.get("weeks", 0))
        return QCoreApplication.translate(
            "CourseTexts",
            "No improvement beyond {threshold} points after {sessions} sessions / {weeks} weeks"
            " (change {points})",
        ).format(
            threshold=number(_float(signal.get("threshold")), 0),
            sessions=signal.get("sessions", 0),
            weeks=signal.get("weeks", 0),
            points=number(_float(points), signed=True),
        )
    if code == "deterioration":
        return QCoreApplication.translate(
            "CourseTexts", "Worse since the assessment before ({points} points, {on})"
        ).format(
            points=number(_float(signal.get("points")), signed=True),
            on=day(_date(signal.get("on"))),
        )
    if code == "acute_concern":
        return QCoreApplication.translate(
            "CourseTexts", "Acute concern flagged in the latest session ({on})"
        ).format(on=day(_date(signal.get("on"))))
    if code == "no_recent_session":
        if signal.get("on") is None:
            return QCoreApplication.translate(
                "CourseTexts", "No session since the course started, {weeks} weeks ago"
            ).format(weeks=signal.get("weeks", 0))
        return QCoreApplication.translate(
            "CourseTexts", "No session for {weeks} weeks (last {on})"
        ).format(weeks=signal.get("weeks", 0), on=day(_date(signal.get("on"))))
    return code


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value)
    return None
