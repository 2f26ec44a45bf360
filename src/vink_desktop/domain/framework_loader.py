"""Read indicator frameworks from TOML files and validate them strictly.

The file layout (see ``resources/frameworks/vink-2014.toml`` for a complete example)::

    id = "vink-2014"
    version = "1"
    title = { da = "...", en = "..." }

    [scales.concern]                       # named scales, shared by reference
    steps = [{ value = 1, da = "...", en = "..." }, ...]

    [tracks.mentoring]                     # "mentoring" or "parent_coaching"
    label = { da = "...", en = "..." }
    target_share = 0.8
    self_report = { question = { da = "...", en = "..." }, scale = "self_report", cut = 4 }
    progression = { min_overall_change = 10, forbid_reliable_deterioration = true }
    off_track = { no_improvement_sessions = 6, no_improvement_weeks = 12, no_session_weeks = 4 }

    [tracks.mentoring.domains.concern]
    label = { da = "...", en = "..." }
    min_rated = 3
    reliability = 0.80                     # optional; together with sd
    sd = 18.0
    min_change = 10

    [[tracks.mentoring.domains.concern.indicators]]
    id = "extremist_ties"
    label = { da = "...", en = "..." }
    help = { da = "...", en = "..." }
    polarity = "lower_is_better"
    scale = "concern"                      # a named scale, or an inline { steps = [...] }

Anything else is an error: a misspelt or unknown key, a wrong type, a duplicate id, a scale
whose steps are not consecutive, a rule outside its range. Errors are
:class:`FrameworkError` with the file, the dotted key and the problem.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib.resources import files
from importlib.resources.abc import Traversable
from os import PathLike
from pathlib import Path

from vink_desktop.domain.framework import (
    Domain,
    Framework,
    Indicator,
    OffTrackRule,
    Polarity,
    ProgressionRule,
    Scale,
    ScaleStep,
    Text,
    Track,
)
from vink_desktop.domain.framework_reader import FrameworkError, TableReader
from vink_desktop.domain.framework_registry import FrameworkRegistry, UnknownFramework
from vink_desktop.domain.model import Track as CourseTrack

__all__ = [
    "TRACK_IDS",
    "FrameworkError",
    "FrameworkRegistry",
    "UnknownFramework",
    "builtin_frameworks",
    "load_framework_file",
    "load_framework_text",
]

#: The only track ids a framework may define: those of ``model.Track``.
TRACK_IDS = tuple(track.value for track in CourseTrack)

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_LINE = re.compile(r"line (\d+)")


def load_framework_text(text: str, source: str) -> Framework:
    """Parse and validate a framework from TOML ``text``; ``source`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _LINE.search(str(exc))
        line = int(match.group(1)) if match else None
        raise FrameworkError(source, "", f"not valid TOML: {exc}", line=line) from None
    return _Parser(source).framework(TableReader(data, "", source))


def load_framework_file(path: str | PathLike[str]) -> Framework:
    """Read and validate one framework file (UTF-8 TOML)."""
    file = Path(path)
    try:
        text = file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FrameworkError(str(file), "", f"not UTF-8 text: {exc}") from None
    return load_framework_text(text, str(file))


@functools.cache
def builtin_frameworks() -> FrameworkRegistry:
    """Every framework shipped with the program (``vink_desktop.resources/frameworks``)."""
    folder = _builtin_folder()
    frameworks = [
        load_framework_text(entry.read_text(encoding="utf-8"), entry.name)
        for entry in sorted(folder.iterdir(), key=lambda entry: entry.name)
        if entry.name.endswith(".toml")
    ]
    return FrameworkRegistry(frameworks)


def _builtin_folder() -> Traversable:
    """The shipped ``frameworks`` folder, read through :mod:`importlib.resources`."""
    return files("vink_desktop.resources") / "frameworks"


class _Parser:
    """Builds the model from the file, one table at a time, remembering ids seen."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.scales: dict[str, Scale] = {}
        self.indicator_ids: dict[str, str] = {}  # id -> key where it was first defined

    def framework(self, top: TableReader) -> Framework:
        framework_id = top.string("id")
        if not re.match(r"^[a-z0-9][a-z0-9_.-]*$", framework_id):
            raise top.error("id", f"'{framework_id}' must be lower case letters, digits, - or _")
        version = top.string("version")
        if not re.match(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", version):
            raise top.error("version", f"'{version}' must be letters, digits, '.', '-' or '_'")
        title = top.text("title")
        if top.has("scales"):
            scales = top.table("scales")
            for name in scales.names():
                self._check_id(scales, name, "scale name")
                self.scales[name] = self.steps(scales.table(name))
            scales.finish()
        else:
            top.expect("scales")
        tracks_table = top.table("tracks")
        if not tracks_table.names():
            raise top.error("tracks", "must define at least one track")
        tracks = []
        for track_id in tracks_table.names():
            if track_id not in TRACK_IDS:
                raise tracks_table.error(
                    track_id, f"unknown track '{track_id}'; expected one of: {', '.join(TRACK_IDS)}"
                )
            tracks.append(self.track(track_id, tracks_table.table(track_id)))
        tracks_table.finish()
        top.finish()
        return Framework(id=framework_id, version=version, title=title, tracks=tuple(tracks))

    def track(self, track_id: str, table: TableReader) -> Track:
        label = table.text("label")
        target_share = table.number("target_share")
        if not 0.0 < target_share <= 1.0:
            raise table.error("target_share", f"must be above 0 and at most 1, not {target_share}")

        self_report = table.table("self_report")
        question = self_report.text("question")
        scale = self.scale(self_report, "scale")
        cut = self_report.integer("cut")
        if not scale.contains(cut):
            raise self_report.error(
                "cut", f"{cut} is outside the scale {scale.minimum}-{scale.maximum}"
            )
        self_report.finish()

        rule = table.table("progression")
        min_overall_change = rule.number("min_overall_change")
        if not 0.0 <= min_overall_change < 100.0:
            raise rule.error("min_overall_change", "must be from 0 up to (not including) 100")
        progression = ProgressionRule(
            min_overall_change=min_overall_change,
            forbid_reliable_deterioration=rule.boolean("forbid_reliable_deterioration"),
        )
        rule.finish()

        off = table.table("off_track")
        off_track = OffTrackRule(
            no_improvement_sessions=off.integer("no_improvement_sessions", minimum=1),
            no_improvement_weeks=off.integer("no_improvement_weeks", minimum=1),
            no_session_weeks=off.integer("no_session_weeks", minimum=1),
        )
        off.finish()

        domains_table = table.table("domains")
        if not domains_table.names():
            raise table.error("domains", "must define at least one domain")
        domains = []
        for domain_id in domains_table.names():
            self._check_id(domains_table, domain_id, "domain id")
            domains.append(self.domain(domain_id, domains_table.table(domain_id)))
        domains_table.finish()
        table.finish()
        return Track(
            id=track_id,
            label=label,
            domains=tuple(domains),
            self_report_question=question,
            self_report_scale=scale,
            self_report_cut=cut,
            progression=progression,
            off_track=off_track,
            target_share=target_share,
        )

    def domain(self, domain_id: str, table: TableReader) -> Domain:
        label = table.text("label")
        indicators = tuple(self.indicator(item) for item in table.table_array("indicators"))
        min_rated = table.integer("min_rated")
        if not 1 <= min_rated <= len(indicators):
            raise table.error(
                "min_rated",
                f"must be from 1 to {len(indicators)} (the number of indicators), not {min_rated}",
            )
        reliability = table.optional_number("reliability")
        sd = table.optional_number("sd")
        if reliability is not None and not 0.0 < reliability < 1.0:
            raise table.error("reliability", f"must be above 0 and below 1, not {reliability}")
        if sd is not None and sd <= 0.0:
            raise table.error("sd", f"must be above 0, not {sd}")
        if (reliability is None) != (sd is None):
            given, missing = ("reliability", "sd") if sd is None else ("sd", "reliability")
            raise table.error(given, f"is given without {missing}; give both or neither")
        min_change = table.number("min_change")
        if not 0.0 < min_change < 100.0:
            raise table.error("min_change", f"must be above 0 and below 100, not {min_change}")
        table.finish()
        return Domain(
            id=domain_id,
            label=label,
            indicators=indicators,
            min_rated=min_rated,
            reliability=reliability,
            sd=sd,
            min_change=min_change,
        )

    def indicator(self, table: TableReader) -> Indicator:
        indicator_id = table.string("id")
        if not _ID.match(indicator_id):
            raise table.error("id", f"'{indicator_id}' must be snake_case (a-z, 0-9, _)")
        if indicator_id in self.indicator_ids:
            first = self.indicator_ids[indicator_id]
            raise table.error("id", f"duplicate indicator id '{indicator_id}' (also at {first})")
        self.indicator_ids[indicator_id] = table.path
        polarity_text = table.string("polarity")
        try:
            polarity = Polarity(polarity_text)
        except ValueError:
            known = ", ".join(p.value for p in Polarity)
            raise table.error(
                "polarity", f"unknown polarity '{polarity_text}'; expected one of: {known}"
            ) from None
        indicator = Indicator(
            id=indicator_id,
            label=table.text("label"),
            help=table.text("help"),
            polarity=polarity,
            scale=self.scale(table, "scale"),
        )
        table.finish()
        return indicator

    def scale(self, table: TableReader, name: str) -> Scale:
        """A scale given by name (``scale = "concern"``) or inline (``{ steps = [...] }``)."""
        value = table.raw(name)
        if isinstance(value, str):
            if value not in self.scales:
                known = ", ".join(self.scales) or "none"
                raise table.error(name, f"unknown scale '{value}'; defined scales: {known}")
            return self.scales[value]
        if isinstance(value, dict):
            return self.steps(table.table(name))
        raise table.error(name, "must be the name of a scale under [scales] or a table of steps")

    def steps(self, table: TableReader) -> Scale:
        steps: list[ScaleStep] = []
        for item in table.table_array("steps"):
            value = item.integer("value")
            if steps and value != steps[-1].value + 1:
                raise item.error(
                    "value",
                    f"step {value} does not follow step {steps[-1].value}: steps must be "
                    "consecutive whole numbers in ascending order",
                )
            for language in ("da", "en"):
                if not item.has(language):
                    raise item.error(None, f"scale has no label for step {value} ({language})")
            label = Text(da=item.string("da"), en=item.string("en"))
            steps.append(ScaleStep(value=value, label=label))
            item.finish()
        if len(steps) < 2:
            raise table.error("steps", "a scale needs at least two steps")
        table.finish()
        return Scale(steps=tuple(steps))

    def _check_id(self, table: TableReader, name: str, what: str) -> None:
        if not _ID.match(name):
            raise table.error(name, f"{what} '{name}' must be snake_case (a-z, 0-9, _)")
