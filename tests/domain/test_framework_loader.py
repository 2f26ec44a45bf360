"""The framework file and its loader: the shipped file, broken variants, the registry."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from vink_desktop.domain.framework import Polarity
from vink_desktop.domain.framework_loader import (
    FrameworkError,
    FrameworkRegistry,
    UnknownFramework,
    builtin_frameworks,
    load_framework_file,
    load_framework_text,
)

FILE = Path(__file__).resolve().parents[2] / "resources" / "frameworks" / "vink-2014.toml"
TEXT = FILE.read_text(encoding="utf-8")
SOURCE = "vink-2014.toml"


# -- the shipped framework ---------------------------------------------------------------


def test_builtin_framework_has_the_tracks_domains_and_indicators() -> None:
    framework = builtin_frameworks().get("vink-2014", "1")
    assert framework.title.en
    assert [track.id for track in framework.tracks] == ["mentoring", "parent_coaching"]
    mentoring = framework.track("mentoring")
    assert [domain.id for domain in mentoring.domains] == ["concern", "resilience"]
    concern, resilience = mentoring.domains
    assert [i.id for i in concern.indicators] == [
        "extremist_ties",
        "polarising_views",
        "violence_acceptance",
        "us_and_them",
    ]
    assert [i.id for i in resilience.indicators] == [
        "source_criticism",
        "own_needs_before_group",
        "positive_communities",
        "future_prospects",
    ]
    assert {i.polarity for i in concern.indicators} == {Polarity.LOWER_IS_BETTER}
    assert {i.polarity for i in resilience.indicators} == {Polarity.HIGHER_IS_BETTER}
    parents = framework.track("parent_coaching")
    assert [domain.id for domain in parents.domains] == ["parent_capacity"]
    assert [i.id for i in parents.domains[0].indicators] == [
        "support_of_young_person",
        "parent_child_relationship",
        "conflict_handling",
        "seeking_help",
    ]


def test_builtin_rules() -> None:
    framework = builtin_frameworks().get("vink-2014", "1")
    mentoring, parents = framework.track("mentoring"), framework.track("parent_coaching")
    for track in (mentoring, parents):
        assert track.target_share == 0.8
        assert track.self_report_cut == 4
        assert (track.self_report_scale.minimum, track.self_report_scale.maximum) == (1, 5)
        assert track.self_report_question.da and track.self_report_question.en
        assert track.progression.min_overall_change == 10
        assert (
            track.off_track.no_improvement_sessions,
            track.off_track.no_improvement_weeks,
            track.off_track.no_session_weeks,
        ) == (6, 12, 4)
        for domain in track.domains:
            assert domain.reliability == 0.8 and domain.sd == 18.0
            assert 1 <= domain.min_rated <= len(domain.indicators)
    assert mentoring.progression.forbid_reliable_deterioration is True
    assert parents.progression.forbid_reliable_deterioration is False


def test_every_indicator_has_texts_and_a_labelled_scale() -> None:
    framework = builtin_frameworks().get("vink-2014", "1")
    concern = framework.indicator("mentoring", "extremist_ties").scale
    assert concern.label(1).da == "Ingen tegn"
    assert concern.label(5).da == "Meget tydelige tegn"
    strength = framework.indicator("mentoring", "source_criticism").scale
    assert strength.label(1).da == "Meget svag" and strength.label(5).da == "Meget stærk"
    for track in framework.tracks:
        for indicator in track.indicators():
            assert indicator.label.da and indicator.label.en
            assert len(indicator.help.da) > 80 and len(indicator.help.en) > 80
            values = [step.value for step in indicator.scale.steps]
            assert values == list(range(values[0], values[0] + len(values)))
            assert all(step.label.da and step.label.en for step in indicator.scale.steps)


def test_builtin_registry_is_cached_and_file_loads_alike() -> None:
    assert builtin_frameworks() is builtin_frameworks()
    assert load_framework_file(FILE) == builtin_frameworks().get("vink-2014", "1")


# -- broken variants ---------------------------------------------------------------------


def replace_nth(text: str, old: str, new: str, nth: int = 1) -> str:
    """``text`` with the ``nth`` occurrence of ``old`` replaced (nth=0: every one)."""
    assert old in text, old
    if nth == 0:
        return text.replace(old, new)
    index = -1
    for _ in range(nth):
        index = text.index(old, index + 1)
    return text[:index] + new + text[index + len(old) :]


CONCERN = "tracks.mentoring.domains.concern"
INLINE_SCALE_WITHOUT_LABEL = """
scale = { steps = [
    { value = 1, da = "Ingen", en = "None" },
    { value = 2, da = "Lidt", en = "A little" },
    { value = 3, da = "Noget" },
] }"""

# (what is wrong, old, new, which occurrence, expected key, expected words in the problem)
BROKEN: list[tuple[str, str, str, int, str, str]] = [
    ("missing key", "min_rated = 3\n", "", 1, f"{CONCERN}.min_rated", "missing key"),
    ("wrong type", 'version = "1"', "version = 1", 1, "version", "must be a string"),
    ("boolean as number", "min_change = 10", "min_change = true", 1, f"{CONCERN}.min_change",
     "must be a number"),
    ("typo in a key", 'polarity = "lower_is_better"', 'polarty = "lower_is_better"', 1,
     f"{CONCERN}.indicators[0].polarity", "'polarty' is given: a misspelling?"),
    ("unknown key", "min_change = 10\n", 'min_change = 10\ncolour = "red"\n', 1,
     f"{CONCERN}.colour", "unknown key 'colour'"),
    ("misspelt optional key", "reliability = 0.80\nsd = 18.0", "reliability = 0.80\nsd = 18.0\n"
     "reliabilty = 0.9", 1, f"{CONCERN}.reliabilty", "did you mean 'reliability'?"),
    ("duplicate id", 'id = "polarising_views"', 'id = "extremist_ties"', 1,
     f"{CONCERN}.indicators[1].id", "duplicate indicator id 'extremist_ties'"),
    ("id not snake_case", 'id = "us_and_them"', 'id = "Us-and-them"', 1,
     f"{CONCERN}.indicators[3].id", "snake_case"),
    ("unknown polarity", 'polarity = "lower_is_better"', 'polarity = "lower_better"', 2,
     f"{CONCERN}.indicators[1].polarity", "unknown polarity 'lower_better'"),
    ("steps not consecutive", '{ value = 3, da = "Nogle tegn"', '{ value = 4, da = "Nogle tegn"',
     1, "scales.concern.steps[2].value", "does not follow step 2"),
    ("step without a label", ', en = "Some signs"', "", 1, "scales.concern.steps[2]",
     "scale has no label for step 3 (en)"),
    ("empty label", '"Meget svag"', '""', 1, "scales.strength.steps[0].da", "must not be empty"),
    ("inline scale without a label", '\nscale = "concern"', INLINE_SCALE_WITHOUT_LABEL, 3,
     f"{CONCERN}.indicators[2].scale.steps[2]", "scale has no label for step 3 (en)"),
    ("unknown scale", '\nscale = "concern"', '\nscale = "concerns"', 1,
     f"{CONCERN}.indicators[0].scale", "unknown scale 'concerns'"),
    ("min_rated too high", "min_rated = 3", "min_rated = 5", 1, f"{CONCERN}.min_rated",
     "must be from 1 to 4"),
    ("min_rated zero", "min_rated = 3", "min_rated = 0", 3,
     "tracks.parent_coaching.domains.parent_capacity.min_rated", "must be from 1 to 4"),
    ("reliability of 1", "reliability = 0.80", "reliability = 1.0", 1, f"{CONCERN}.reliability",
     "above 0 and below 1"),
    ("negative reliability", "reliability = 0.80", "reliability = -0.2", 2,
     "tracks.mentoring.domains.resilience.reliability", "above 0 and below 1"),
    ("sd of zero", "sd = 18.0", "sd = 0", 1, f"{CONCERN}.sd", "must be above 0"),
    ("reliability without sd", "sd = 18.0\n", "", 1, f"{CONCERN}.reliability",
     "without sd"),
    ("sd without reliability", "reliability = 0.80\n", "", 1, f"{CONCERN}.sd",
     "without reliability"),
    ("cut outside the scale", "cut = 4", "cut = 6", 1, "tracks.mentoring.self_report.cut",
     "outside the scale 1-5"),
    ("target share above 1", "target_share = 0.8", "target_share = 1.5", 2,
     "tracks.parent_coaching.target_share", "above 0 and at most 1"),
    ("target share 0", "target_share = 0.8", "target_share = 0", 1,
     "tracks.mentoring.target_share", "above 0 and at most 1"),
    ("unknown track", "tracks.parent_coaching", "tracks.parents", 0, "tracks.parents",
     "unknown track 'parents'"),
    ("flag not a boolean", "forbid_reliable_deterioration = true",
     'forbid_reliable_deterioration = "yes"', 1,
     "tracks.mentoring.progression.forbid_reliable_deterioration", "must be true or false"),
    ("off-track weeks zero", "no_session_weeks = 4", "no_session_weeks = 0", 1,
     "tracks.mentoring.off_track.no_session_weeks", "at least 1"),
    ("missing Danish text", 'label = { da = "Tegn på bekymring", en', "label = { en", 1,
     f"{CONCERN}.label.da", "missing key"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "nth", "key", "problem"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_broken_framework_names_file_key_and_problem(
    old: str, new: str, nth: int, key: str, problem: str
) -> None:
    text = replace_nth(TEXT, old, new, nth)
    with pytest.raises(FrameworkError) as caught:
        load_framework_text(text, SOURCE)
    error = caught.value
    assert error.source == SOURCE
    assert error.key == key
    assert problem in error.problem
    assert str(error) == f"{SOURCE}: {key}: {error.problem}"


def test_toml_syntax_error_reports_the_line() -> None:
    text = TEXT.replace('version = "1"', 'version = "1', 1)
    line = TEXT.splitlines().index('version = "1"') + 1
    with pytest.raises(FrameworkError) as caught:
        load_framework_text(text, SOURCE)
    assert caught.value.line == line
    assert caught.value.key == ""
    assert f"line {line}" in str(caught.value)
    assert str(caught.value).startswith(f"{SOURCE}: not valid TOML")


def test_file_error_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(TEXT.replace("sd = 18.0", "sd = -1", 1), encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"broken\.toml: .*concern\.sd: must be above 0"):
        load_framework_file(path)


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(TEXT.encode("utf-8").replace("æ".encode(), "æ".encode("latin-1")))
    with pytest.raises(FrameworkError, match="not UTF-8"):
        load_framework_file(path)


def test_framework_error_is_a_value_error() -> None:
    assert issubclass(FrameworkError, ValueError)


# -- the registry ------------------------------------------------------------------------


def version(number: str) -> str:
    return TEXT.replace('version = "1"', f'version = "{number}"', 1)


def test_registry_lookups() -> None:
    frameworks = [load_framework_text(version(v), f"v{v}") for v in ("1", "2", "10", "1.5")]
    registry = FrameworkRegistry(frameworks)
    assert registry.get("vink-2014", "2").version == "2"
    assert registry.latest("vink-2014").version == "10"
    assert [fw.version for fw in registry.all()] == ["1", "1.5", "2", "10"]
    assert len(registry) == 4 and ("vink-2014", "1.5") in registry


def test_unknown_framework_is_a_key_error_with_a_clear_message() -> None:
    registry = builtin_frameworks()
    with pytest.raises(KeyError):
        registry.get("vink-2014", "99")
    with pytest.raises(UnknownFramework) as caught:
        registry.get("vink-2014", "99")
    assert str(caught.value) == (
        "unknown indicator framework vink-2014 version 99 (known: vink-2014 version 1)"
    )
    with pytest.raises(UnknownFramework, match="unknown indicator framework other"):
        registry.latest("other")


def test_registry_refuses_a_framework_twice() -> None:
    framework = builtin_frameworks().get("vink-2014", "1")
    with pytest.raises(ValueError, match="given twice"):
        FrameworkRegistry([framework, framework])
    bigger = builtin_frameworks().with_framework(replace(framework, version="2"))
    assert bigger.latest("vink-2014").version == "2"
    assert len(builtin_frameworks()) == 1
