"""Words and numbers for the success-criteria dashboard, in the user's language.

Criterion labels and rules are data with their own Danish and English
(``domain/success_criteria.py``), chosen by :func:`course_texts.ui_language`; everything
else goes through ``translate("DashboardTexts", …)`` with a literal English text, numbers put
in with ``str.format`` after translation.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale

from vink_desktop.domain import success_criteria as sc
from vink_desktop.domain.success_criteria import Measure
from vink_desktop.services.success_criteria import CriterionResult
from vink_desktop.ui import course_texts as words

translate = QCoreApplication.translate


def percent(value: float | None) -> str:
    """A share as a whole percentage ("78 %" in Danish, "78%" in English); "–" for none."""
    if value is None:
        return "–"
    number = round(value * 100)
    return f"{number} %" if words.ui_language() == "da" else f"{number}%"


def interval(bounds: tuple[float, float] | None) -> str:
    if bounds is None:
        return "–"
    low, high = (round(b * 100) for b in bounds)
    return f"{low}–{high} %" if words.ui_language() == "da" else f"{low}–{high}%"


def count(value: int | float | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(int(value))


def is_share(result: CriterionResult) -> bool:
    return result.criterion.measure is Measure.SHARE_AT_LEAST


def label(result: CriterionResult) -> str:
    return words.text(result.criterion.label)


def value_text(result: CriterionResult) -> str:
    return percent(result.value) if is_share(result) else count(result.successes)


def denominator_text(result: CriterionResult) -> str:
    return "–" if result.denominator is None else count(result.denominator)


def target_text(result: CriterionResult) -> str:
    item = result.criterion
    if item.measure is Measure.COUNT_AT_LEAST:
        return translate("DashboardTexts", "at least {target}").format(target=count(item.target))
    if item.measure is Measure.SHARE_AT_LEAST:
        if item.target >= 1:
            return translate("DashboardTexts", "all ({target})").format(target=percent(item.target))
        return translate("DashboardTexts", "at least {target}").format(target=percent(item.target))
    previous = result.details.get("previous_year", 0)
    return translate("DashboardTexts", "more than {count} (the year before)").format(
        count=count(previous)
    )


def met_text(result: CriterionResult) -> str:
    if result.met is None:
        return translate("DashboardTexts", "Cannot tell")
    text = (
        translate("DashboardTexts", "Met") if result.met else translate("DashboardTexts", "Not met")
    )
    return text + " †" if result.certain is False else text


def met_tooltip(result: CriterionResult) -> str:
    if result.met is None:
        if result.criterion.measure is Measure.MORE_THAN_PREVIOUS_YEAR:
            return translate(
                "DashboardTexts",
                "Nothing was recorded the year before, so there is nothing to compare with.",
            )
        return translate("DashboardTexts", "There is nothing to count for this filter.")
    if result.certain is False:
        return translate(
            "DashboardTexts",
            "† The 95 % interval crosses the target: with this many cases the verdict could go"
            " either way.",
        )
    if result.certain:
        return translate(
            "DashboardTexts", "The whole 95 % interval lies on this side of the target."
        )
    return ""


def quarter_text(result: CriterionResult, index: int) -> str:
    figure = result.quarters[index]
    return percent(figure.value) if is_share(result) else count(figure.successes)


def quarter_tooltip(result: CriterionResult, index: int) -> str:
    figure = result.quarters[index]
    if is_share(result):
        return translate("DashboardTexts", "Quarter {quarter}: {successes} of {n}").format(
            quarter=figure.quarter, successes=count(figure.successes), n=count(figure.n or 0)
        )
    return translate("DashboardTexts", "Quarter {quarter}: {count}").format(
        quarter=figure.quarter, count=count(figure.successes)
    )


def trend_description(result: CriterionResult) -> str:
    """The four quarters in words (for the sparkline's accessible text)."""
    parts = [
        translate("DashboardTexts", "quarter {quarter}: {value}").format(
            quarter=q.quarter, value=quarter_text(result, i)
        )
        for i, q in enumerate(result.quarters)
    ]
    return "; ".join(parts)


def value_tooltip(result: CriterionResult) -> str:
    lines = []
    if is_share(result):
        lines.append(
            translate("DashboardTexts", "{successes} of {n}").format(
                successes=count(result.successes), n=count(result.denominator or 0)
            )
        )
    if result.participant is not None:
        lines.append(participant_text(result))
    if result.ignored_filters:
        lines.append(ignored_text(result))
    lines.append(translate("DashboardTexts", "Double-click or press Enter to see the records."))
    return "\n".join(lines)


def participant_text(result: CriterionResult) -> str:
    """Progression rows: the participants' own view, beside the practitioner-rated figure."""
    p = result.participant
    if p is None:
        return ""
    return translate(
        "DashboardTexts", "The participants' own view: {share} ({successes} of {n})"
    ).format(share=percent(p.share), successes=count(p.successes), n=count(p.n))


def ignored_text(result: CriterionResult) -> str:
    if "track" in result.ignored_filters:
        return translate("DashboardTexts", "Not split by track")
    return ""


def details_html(result: CriterionResult) -> str:
    """The selected criterion for the details pane: the figure, the rule, the counts."""
    e = html.escape
    figure = translate("DashboardTexts", "Result {value}; target {target}: {verdict}.").format(
        value=value_text(result), target=target_text(result), verdict=met_text(result)
    )
    if is_share(result) and result.denominator:
        figure += " " + translate(
            "DashboardTexts", "{successes} of {n}; 95 % interval {interval}."
        ).format(
            successes=count(result.successes),
            n=count(result.denominator),
            interval=interval(result.interval),
        )
    lines = [
        f"<h3>{e(label(result))}</h3>",
        f"<p><b>{e(figure)}</b></p>",
        f"<p>{e(words.text(result.criterion.rule))}</p>",
    ]
    if result.participant is not None:
        lines.append(f"<p>{e(participant_text(result))}</p>")
    if result.ignored_filters:
        lines.append(f"<p><i>{e(ignored_text(result))}</i></p>")
    items = "".join(
        f"<li>{e(detail_label(key))}: {e(count(value))}</li>"
        for key, value in result.details.items()
    )
    if items:
        lines.append(f"<ul>{items}</ul>")
    return "".join(lines)


def detail_label(key: str) -> str:
    found = sc.DETAIL_LABELS.get(key)
    return words.text(found) if found is not None else key


def part_label(key: str) -> str:
    """The part of a figure a record is in (``RecordGroup.key``)."""
    return {
        "with_progression": translate("DashboardTexts", "With progression"),
        "without_progression": translate("DashboardTexts", "Without progression"),
        "not_assessable": translate("DashboardTexts", "Not assessable"),
        "good": translate("DashboardTexts", "Good service"),
        "not_good": translate("DashboardTexts", "Not good service"),
        "not_answered": translate("DashboardTexts", "No answer"),
        "not_evaluated": translate("DashboardTexts", "Not evaluated"),
        "evaluated": translate("DashboardTexts", "Evaluated"),
        "within_24h": translate("DashboardTexts", "Within 24 hours"),
        "late": translate("DashboardTexts", "Late"),
        "overdue": translate("DashboardTexts", "Overdue, no reaction"),
        "pending": translate("DashboardTexts", "Waiting, within 24 hours"),
        "counted": translate("DashboardTexts", "Counted"),
    }.get(key, key)


def answer_label(answer: str) -> str:
    return {
        "yes": translate("DashboardTexts", "yes"),
        "no": translate("DashboardTexts", "no"),
        "not_answered": translate("DashboardTexts", "no answer"),
    }.get(answer, answer)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def source_label(key: str) -> str:
    found = sc.SOURCE_LABELS.get(key)
    return capitalised(words.text(found)) if found is not None else key


def outcome_label(key: str | None) -> str:
    found = sc.OUTCOME_LABELS.get(key or "none")
    return capitalised(words.text(found)) if found is not None else str(key)


def outreach_kind_label(key: str) -> str:
    found = sc.OUTREACH_KIND_LABELS.get(key)
    return capitalised(words.text(found)) if found is not None else key


def audience_label(key: str) -> str:
    return {
        "front_line_staff": translate("DashboardTexts", "Front-line staff"),
        "parents": translate("DashboardTexts", "Parents"),
        "pupils_youth_club": translate("DashboardTexts", "Pupils and youth-club members"),
    }.get(key, key)


def short_label(criterion_id: str) -> str:
    """A short name for charts."""
    return {
        "reach_staff": translate("DashboardTexts", "Staff"),
        "reach_parents": translate("DashboardTexts", "Parents"),
        "reach_youth": translate("DashboardTexts", "Pupils and clubs"),
        "able_to_help": translate("DashboardTexts", "Staff and parents: able to help"),
        "dialogue_gives_options": translate(
            "DashboardTexts", "Young people: dialogue gives options"
        ),
        "mentoring_progression": translate("DashboardTexts", "Progression, 1-1 mentoring"),
        "parent_coaching_progression": translate("DashboardTexts", "Progression, parent coaching"),
        "good_service": translate("DashboardTexts", "Good service (SSP, VINK, DKA)"),
        "concern_reaction_24h": translate("DashboardTexts", "Reaction within 24 hours"),
        "concern_reports_more": translate("DashboardTexts", "Reports of concern"),
    }.get(criterion_id, criterion_id)
