"""The success criteria ("Succeskriterier") of VINK's 2014 budget proposal, as data.

Each criterion has a stable id, a Danish and an English label, a target, what kind of
figure it is, which records it is counted from, and how (in words, for the report and
``docs/success-criteria.md``). The services compute them; nothing here counts anything.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from vink_desktop.domain.framework import Text
from vink_desktop.domain.model import Track
from vink_desktop.domain.office import Audience


class Measure(enum.StrEnum):
    #: A sum (of head counts) that must reach ``target``; no interval.
    COUNT_AT_LEAST = "count_at_least"
    #: ``successes / n`` that must reach ``target`` (a share), with a Wilson 95 % interval.
    SHARE_AT_LEAST = "share_at_least"
    #: A count that must be larger than the same count for the year before.
    MORE_THAN_PREVIOUS_YEAR = "more_than_previous_year"


class RecordKind(enum.StrEnum):
    OUTREACH = "outreach_activity"
    COURSE = "course"
    CONCERN = "concern_report"


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    label: Text
    measure: Measure
    #: Head count for COUNT_AT_LEAST, a share (0.8) for SHARE_AT_LEAST, unused (0) for
    #: MORE_THAN_PREVIOUS_YEAR.
    target: float
    #: The records behind the figure (what a click on it lists).
    records: RecordKind
    #: How the figure is computed, for a supervisor.
    rule: Text
    #: For criteria of one track: that track (a track filter leaves the other one out).
    track: Track | None = None
    #: For outreach criteria: the audiences counted.
    audiences: tuple[Audience, ...] = ()


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        id="reach_staff",
        label=Text(
            da="Frontmedarbejdere med ungekontakt, der har fået viden om radikalisering",
            en="Front-line staff with youth contact reached",
        ),
        measure=Measure.COUNT_AT_LEAST,
        target=100,
        records=RecordKind.OUTREACH,
        rule=Text(
            da="Summen af deltagerantal ved undervisning af frontmedarbejdere og oplæg for"
            " SSP/lokalpoliti afholdt i året.",
            en="The sum of head counts of staff trainings and talks to SSP/local police held"
            " in the year.",
        ),
        audiences=(Audience.FRONT_LINE_STAFF,),
    ),
    Criterion(
        id="reach_parents",
        label=Text(
            da="Forældre i lokalområder i risiko, der har fået viden om radikalisering",
            en="Parents in areas at risk reached",
        ),
        measure=Measure.COUNT_AT_LEAST,
        target=100,
        records=RecordKind.OUTREACH,
        rule=Text(
            da="Summen af deltagerantal ved forældrenetværksmøder afholdt i året.",
            en="The sum of head counts of parent network meetings held in the year.",
        ),
        audiences=(Audience.PARENTS,),
    ),
    Criterion(
        id="reach_youth",
        label=Text(
            da="Elever og ungdomsklubmedlemmer, der har fået viden om radikalisering",
            en="Pupils and youth-club members reached",
        ),
        measure=Measure.COUNT_AT_LEAST,
        target=200,
        records=RecordKind.OUTREACH,
        rule=Text(
            da="Summen af deltagerantal ved dialog med elever og ungdomsklubber afholdt i året.",
            en="The sum of head counts of pupil and youth-club dialogues held in the year.",
        ),
        audiences=(Audience.PUPILS_YOUTH_CLUB,),
    ),
    Criterion(
        id="able_to_help",
        label=Text(
            da="Frontmedarbejdere og forældre, der oplever sig i stand til at hjælpe unge",
            en="Staff and parents who feel able to help a young person",
        ),
        measure=Measure.SHARE_AT_LEAST,
        target=0.8,
        records=RecordKind.OUTREACH,
        rule=Text(
            da="Antal, der svarer ja, delt med antal besvarelser, summeret over årets"
            " evaluerede aktiviteter for frontmedarbejdere og forældre.",
            en="Answers 'able to help' divided by respondents, summed over the year's"
            " evaluated activities for staff and parents.",
        ),
        audiences=(Audience.FRONT_LINE_STAFF, Audience.PARENTS),
    ),
    Criterion(
        id="dialogue_gives_options",
        label=Text(
            da="Unge, der oplever, at dialogen giver dem handlemuligheder",
            en="Young people who find that the dialogue gives them options",
        ),
        measure=Measure.SHARE_AT_LEAST,
        target=0.8,
        records=RecordKind.OUTREACH,
        rule=Text(
            da="Antal, der svarer ja, delt med antal besvarelser, summeret over årets"
            " evaluerede dialoger med elever og ungdomsklubber.",
            en="Answers 'the dialogue gives me options' divided by respondents, summed over"
            " the year's evaluated pupil and youth-club dialogues.",
        ),
        audiences=(Audience.PUPILS_YOUTH_CLUB,),
    ),
    Criterion(
        id="mentoring_progression",
        label=Text(
            da="Deltagere i 1-1 mentorforløb med progression",
            en="1-1 mentoring participants with progression",
        ),
        measure=Measure.SHARE_AT_LEAST,
        target=0.8,
        records=RecordKind.COURSE,
        rule=Text(
            da="Forløb med progression delt med forløb, der kan vurderes (mindst to"
            " fuldstændige vurderinger), blandt mentorforløb, der var åbne i året.",
            en="Courses with progression divided by assessable courses (at least two"
            " complete assessments), among mentoring courses open in the year.",
        ),
        track=Track.MENTORING,
    ),
    Criterion(
        id="parent_coaching_progression",
        label=Text(
            da="Deltagere i 1-1 forældrecoachforløb med progression",
            en="Parent-coaching participants with progression",
        ),
        measure=Measure.SHARE_AT_LEAST,
        target=0.8,
        records=RecordKind.COURSE,
        rule=Text(
            da="Forløb med progression delt med forløb, der kan vurderes, blandt"
            " forældrecoachforløb, der var åbne i året.",
            en="Courses with progression divided by assessable courses, among parent-coaching"
            " courses open in the year.",
        ),
        track=Track.PARENT_COACHING,
    ),
    Criterion(
        id="good_service",
        label=Text(
            da="Forældre og unge, der oplever god service fra SSP, VINK og DKA",
            en="Parents and young people who experience good service from SSP, VINK and DKA",
        ),
        measure=Measure.SHARE_AT_LEAST,
        target=0.8,
        records=RecordKind.COURSE,
        rule=Text(
            da="Forløb afsluttet i året, hvor serviceevalueringen ikke har noget nej til SSP,"
            " VINK eller DKA, delt med afsluttede forløb med mindst ét svar.",
            en="Courses closed in the year whose service evaluation has no 'no' for SSP, VINK"
            " or DKA, divided by closed courses with at least one answer.",
        ),
    ),
    Criterion(
        id="concern_reaction_24h",
        label=Text(
            da="Bekymringshenvendelser med reaktion inden for 24 timer",
            en="Reports of concern reacted to within 24 hours",
        ),
        measure=Measure.SHARE_AT_LEAST,
        target=1.0,
        records=RecordKind.CONCERN,
        rule=Text(
            da="Henvendelser modtaget i året med første reaktion højst 24 timer (reel tid)"
            " efter modtagelsen, delt med henvendelser med reaktion plus henvendelser uden"
            " reaktion, hvor de 24 timer er gået. Henvendelser, hvor de 24 timer endnu ikke er"
            " gået, vises for sig.",
            en="Reports received in the year whose first reaction came at most 24 hours (real"
            " time) after receipt, divided by reports with a reaction plus reports without one"
            " whose 24 hours have passed. Reports still within their 24 hours are shown apart.",
        ),
    ),
    Criterion(
        id="concern_reports_more",
        label=Text(
            da="Flere bekymringshenvendelser end året før",
            en="More reports of concern than the year before",
        ),
        measure=Measure.MORE_THAN_PREVIOUS_YEAR,
        target=0,
        records=RecordKind.CONCERN,
        rule=Text(
            da="Antal henvendelser modtaget i året sammenlignet med året før; et år, der ikke"
            " er slut, sammenlignes med samme periode året før.",
            en="Reports received in the year compared with the year before; a year not yet"
            " over is compared with the same part of the year before.",
        ),
    ),
)

#: Effects in the success criteria that the records cannot measure; the report says so.
NOT_MEASURED: tuple[Text, ...] = (
    Text(
        da="Øget kapacitet i trekantssamarbejdet til at følge udviklingen i eksisterende/nye"
        " bekymringsmiljøer og evne til at målrette indsatsen.",
        en="Greater capacity in the triangle cooperation to follow existing and new milieus"
        " of concern and to target the effort.",
    ),
)


def criterion(criterion_id: str) -> Criterion:
    for item in CRITERIA:
        if item.id == criterion_id:
            return item
    raise KeyError(criterion_id)


#: Labels of the counts behind the figures (``CriterionResult.details``) and of the
#: report's breakdowns.
DETAIL_LABELS: dict[str, Text] = {
    "activities": Text("aktiviteter", "activities"),
    "evaluated_activities": Text("aktiviteter med evaluering", "activities with an evaluation"),
    "not_evaluated_activities": Text(
        "aktiviteter uden evaluering", "activities without an evaluation"
    ),
    "head_count": Text("deltagere i alt", "head count"),
    "courses": Text("forløb åbne i året", "courses open in the year"),
    "assessable": Text("kan vurderes", "assessable"),
    "not_assessable": Text(
        "kan ikke vurderes (færre end to fuldstændige vurderinger)",
        "not assessable (fewer than two complete assessments)",
    ),
    "closed_courses": Text("forløb afsluttet i året", "courses closed in the year"),
    "evaluated": Text("med serviceevaluering", "with a service evaluation"),
    "not_evaluated": Text("uden serviceevaluering", "without a service evaluation"),
    "not_answered": Text("evaluering uden svar", "evaluation without an answer"),
    "received": Text("modtaget", "received"),
    "within_24h": Text("reaktion inden for 24 timer", "reacted to within 24 hours"),
    "late": Text("reaktion efter mere end 24 timer", "reacted to after more than 24 hours"),
    "overdue": Text("uden reaktion, over 24 timer", "no reaction, past 24 hours"),
    "pending": Text(
        "uden reaktion, endnu inden for 24 timer", "no reaction yet, still within 24 hours"
    ),
    "previous_year": Text("året før, samme periode", "the year before, same period"),
}

SOURCE_LABELS: dict[str, Text] = {
    "school": Text("skole", "school"),
    "ssp": Text("SSP", "SSP"),
    "parent": Text("forælder", "parent"),
    "police": Text("politi", "police"),
    "social_services": Text("socialforvaltning", "social services"),
    "other": Text("andre", "other"),
}

OUTCOME_LABELS: dict[str, Text] = {
    "advice_given": Text("rådgivning givet", "advice given"),
    "course_opened": Text("forløb startet", "course opened"),
    "referred_on": Text("henvist videre", "referred on"),
    "no_further_action": Text("ingen yderligere handling", "no further action"),
    "none": Text("udfald ikke registreret", "outcome not recorded"),
}

OUTREACH_KIND_LABELS: dict[str, Text] = {
    "staff_training": Text("undervisning af frontmedarbejdere", "training of front-line staff"),
    "parent_network": Text("forældrenetværksmøder", "parent network meetings"),
    "youth_dialogue": Text("dialog med elever og ungdomsklubber", "pupil and youth-club dialogue"),
    "police_ssp_talk": Text("oplæg for SSP og lokalpoliti", "talks to SSP and local police"),
}
