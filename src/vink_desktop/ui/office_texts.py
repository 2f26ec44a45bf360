"""Words for the office record screens: the enum labels of reports of concern, outreach
activities and service evaluations, and durations ("3 h 12 min"), in the user's language.

Like ``course_texts``: every text goes through ``QCoreApplication.translate`` with a literal
English source, and numbers are put in with ``str.format`` after translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def source_label(source: str) -> str:
    return {
        "school": translate("OfficeTexts", "School"),
        "ssp": translate("OfficeTexts", "SSP"),
        "parent": translate("OfficeTexts", "Parent"),
        "police": translate("OfficeTexts", "Police"),
        "social_services": translate("OfficeTexts", "Social services"),
        "other": translate("OfficeTexts", "Other"),
    }.get(source, source)


def outcome_label(outcome: str | None) -> str:
    if outcome is None:
        return translate("OfficeTexts", "Not decided yet")
    return {
        "advice_given": translate("OfficeTexts", "Advice given"),
        "course_opened": translate("OfficeTexts", "Course opened"),
        "referred_on": translate("OfficeTexts", "Referred on"),
        "no_further_action": translate("OfficeTexts", "No further action"),
    }.get(outcome, outcome)


def reaction_status_label(status: str) -> str:
    return {
        "within_24h": translate("OfficeTexts", "Within 24 h"),
        "late": translate("OfficeTexts", "Late"),
        "overdue": translate("OfficeTexts", "Overdue"),
        "pending": translate("OfficeTexts", "Pending"),
    }.get(status, status)


def activity_kind_label(kind: str) -> str:
    return {
        "staff_training": translate("OfficeTexts", "Training of front-line staff"),
        "parent_network": translate("OfficeTexts", "Parent network meeting"),
        "youth_dialogue": translate("OfficeTexts", "Pupil or youth-club dialogue"),
        "police_ssp_talk": translate("OfficeTexts", "Talk to local police or SSP"),
    }.get(kind, kind)


def audience_label(audience: str) -> str:
    return {
        "front_line_staff": translate("OfficeTexts", "Front-line staff"),
        "parents": translate("OfficeTexts", "Parents"),
        "pupils_youth_club": translate("OfficeTexts", "Pupils and youth-club members"),
    }.get(audience, audience)


def positive_question(audience: str) -> str:
    """What the audience was asked (the label of the count of positive answers)."""
    if audience == "pupils_youth_club":
        return translate("OfficeTexts", "Find that the dialogue gives them options")
    return translate("OfficeTexts", "Feel able to help a young person")


def service_answer_label(answer: str) -> str:
    return {
        "yes": translate("OfficeTexts", "Yes, good service"),
        "no": translate("OfficeTexts", "No"),
        "not_answered": translate("OfficeTexts", "Not answered / not involved"),
    }.get(answer, answer)


def duration(hours: float) -> str:
    """A span of time to the minute: "45 min", "3 h 12 min", "2 d 5 h"."""
    minutes = max(0, int(hours * 60))
    if minutes < 60:
        return translate("OfficeTexts", "{minutes} min").format(minutes=minutes)
    whole_hours, minutes = divmod(minutes, 60)
    if whole_hours < 48:
        return translate("OfficeTexts", "{hours} h {minutes} min").format(
            hours=whole_hours, minutes=minutes
        )
    days, whole_hours = divmod(whole_hours, 24)
    return translate("OfficeTexts", "{days} d {hours} h").format(days=days, hours=whole_hours)


def time_left(hours: float) -> str:
    return translate("OfficeTexts", "{duration} left").format(duration=duration(hours))


def overdue_by(hours: float) -> str:
    return translate("OfficeTexts", "overdue by {duration}").format(duration=duration(hours))
