"""The aftercare care plan as data: wording from a file, day counts from settings.

Clinics disagree on the numbers (keep dry 3 to 5 days, no pools for 20 to 30
...), so the numbers are clinic settings (:class:`AftercareDays`) and the
wording lives in ``resources/aftercare/care-plan.toml``, where each phase names
the setting it depends on (``until = "keep_dry"``).  A clinic rewords the file
without touching code, and changes a number without touching the wording.

Day numbering, used everywhere here and on the printed sheet:

* **Day 1 is the day of treatment.**  Day *n* is ``session_date + (n - 1)``.
* A *duration* setting (``keep_dry``, ``no_sweat``, ``no_shaving``,
  ``sun_avoid``, ``no_swim_sauna``, ``no_moisturiser``, ``no_hair_dye``) counts
  days from day 1: "keep dry for 4 days" is days 1 to 4 inclusive, so it ends
  on ``session_date + 3``.
* A ``*_day`` setting (``first_wash_day``, ``full_training_day``,
  ``razor_day``) *is* a day number: the first wash on day 5 is
  ``session_date + 4``.

So with the defaults a client treated on Saturday 28 November 2026 keeps dry
until Tuesday 1 December and washes first on Wednesday 2 December.

No reportlab and no Qt here: the GUI can show the same timeline on screen.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from smpdesk.errors import QT_TRANSLATE_NOOP, UserError

# -- day counts ----------------------------------------------------------------

# name: (lowest, highest, what it is, as the start of a sentence)
DAY_LIMITS: dict[str, tuple[int, int, str]] = {
    "keep_dry": (1, 14, "Days to keep the scalp dry"),
    "first_wash_day": (2, 15, "The first wash day"),
    "no_sweat": (1, 30, "Days without sweating"),
    "full_training_day": (2, 60, "The day full training starts"),
    "no_shaving": (1, 30, "Days without shaving"),
    "razor_day": (2, 60, "The day a razor is allowed"),
    "sun_avoid": (1, 90, "Days out of the sun"),
    "no_swim_sauna": (1, 90, "Days without pools, sea or sauna"),
    "no_moisturiser": (1, 30, "Days without moisturiser"),
    "no_hair_dye": (1, 90, "Days without hair dye"),
}

# name: the sentence refusing a value out of its limits, whole for the translators.
_OUT_OF_LIMITS: dict[str, str] = {
    "keep_dry": QT_TRANSLATE_NOOP(
        "core", "Days to keep the scalp dry must be a whole number from {low} to {high}."
    ),
    "first_wash_day": QT_TRANSLATE_NOOP(
        "core", "The first wash day must be a whole number from {low} to {high}."
    ),
    "no_sweat": QT_TRANSLATE_NOOP(
        "core", "Days without sweating must be a whole number from {low} to {high}."
    ),
    "full_training_day": QT_TRANSLATE_NOOP(
        "core", "The day full training starts must be a whole number from {low} to {high}."
    ),
    "no_shaving": QT_TRANSLATE_NOOP(
        "core", "Days without shaving must be a whole number from {low} to {high}."
    ),
    "razor_day": QT_TRANSLATE_NOOP(
        "core", "The day a razor is allowed must be a whole number from {low} to {high}."
    ),
    "sun_avoid": QT_TRANSLATE_NOOP(
        "core", "Days out of the sun must be a whole number from {low} to {high}."
    ),
    "no_swim_sauna": QT_TRANSLATE_NOOP(
        "core", "Days without pools, sea or sauna must be a whole number from {low} to {high}."
    ),
    "no_moisturiser": QT_TRANSLATE_NOOP(
        "core", "Days without moisturiser must be a whole number from {low} to {high}."
    ),
    "no_hair_dye": QT_TRANSLATE_NOOP(
        "core", "Days without hair dye must be a whole number from {low} to {high}."
    ),
}

# (earlier, later, sentence): a ``*_day`` must come after the duration it ends.
_ORDER = (
    (
        "keep_dry",
        "first_wash_day",
        QT_TRANSLATE_NOOP("core", "The first wash must come after the last day kept dry."),
    ),
    (
        "no_sweat",
        "full_training_day",
        QT_TRANSLATE_NOOP("core", "Full training must start after the last day without sweating."),
    ),
    (
        "no_shaving",
        "razor_day",
        QT_TRANSLATE_NOOP("core", "Razor shaving must start after the last day without shaving."),
    ),
)


@dataclass(frozen=True)
class AftercareDays:
    """The clinic-editable day counts; see the module docstring for their meaning.

    Every instance is valid: construction (and ``dataclasses.replace``) raises
    :class:`UserError` with one plain sentence for a bad value, so the settings
    dialog and the CLI refuse the same numbers.
    """

    keep_dry: int = 4
    first_wash_day: int = 5
    no_sweat: int = 5
    full_training_day: int = 7
    no_shaving: int = 7
    razor_day: int = 10
    sun_avoid: int = 14
    no_swim_sauna: int = 28
    no_moisturiser: int = 5
    no_hair_dye: int = 28

    def __post_init__(self) -> None:
        for name, (low, high, _what) in DAY_LIMITS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise UserError(_OUT_OF_LIMITS[name], low=low, high=high)
        for earlier, later, sentence in _ORDER:
            if getattr(self, later) <= getattr(self, earlier):
                raise UserError(sentence)

    @classmethod
    def from_mapping(cls, d: Mapping[str, object]) -> AftercareDays:
        """Defaults overridden by ``d``; unknown keys are ignored.

        Ignoring them lets a settings row written by a newer smpdesk (with a
        day count this version does not know) still load.  Anything that is not
        a mapping of names to whole numbers (a damaged settings row) raises
        :class:`UserError`, never a TypeError.
        """
        if not isinstance(d, Mapping):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core", "The aftercare day counts are unreadable; set them again in Settings."
                )
            )
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})  # type: ignore[arg-type]

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


# -- the care plan ------------------------------------------------------------


@dataclass(frozen=True)
class DayRef:
    """A day written in the care plan: a setting's value plus an offset, or a number."""

    setting: str | None
    offset: int = 0

    def resolve(self, days: AftercareDays) -> int:
        base = getattr(days, self.setting) if self.setting else 0
        return base + self.offset

    def __str__(self) -> str:
        if self.setting is None:
            return str(self.offset)
        if self.offset:
            return f"{self.setting} {'+' if self.offset > 0 else '-'} {abs(self.offset)}"
        return self.setting


@dataclass(frozen=True)
class Phase:
    """One line of the timeline: from day ``start`` to day ``end`` (open if None)."""

    topic: str
    text: str
    start: DayRef
    end: DayRef | None


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[str, ...]
    intro: str = ""
    note: str = ""


@dataclass(frozen=True)
class CarePlan:
    version: str
    title: str
    intro: str
    closing: str
    timeline_heading: str
    timeline_note: str
    phases: tuple[Phase, ...]
    every_day: Section
    normal: Section
    warning_signs: Section
    before_next_session: Section


@dataclass(frozen=True)
class TimelineEntry:
    """A phase with its day numbers resolved; dates are None on the blank sheet."""

    start_day: int
    end_day: int | None
    text: str
    start: date | None
    end: date | None
    topic: str = ""


def default_care_plan_path() -> Path:
    from smpdesk.paths import resources_dir

    return resources_dir() / "aftercare" / "care-plan.toml"


def care_plan_path(language: str = "en") -> Path:
    """The shipped care plan in ``language``: ``care-plan.<code>.toml`` beside the
    English ``care-plan.toml`` ("" and "en" are English, the clinic's own).

    An unknown code raises :class:`UserError` rather than quietly handing a
    client English: the client field is validated, so this is a caller's bug.
    """
    from smpdesk.domain.languages import DEFAULT_LANGUAGE, language_problem, languages_listed

    code = language or DEFAULT_LANGUAGE
    if language_problem(code):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "There is no care plan in the language {code}. "
                "Choose one of the languages smpdesk writes papers in: {listed}.",
            ),
            code=repr(code),
            listed=languages_listed(),
        )
    english = default_care_plan_path()
    if code == DEFAULT_LANGUAGE:
        return english
    return english.with_name(f"care-plan.{code}.toml")


_cache: dict[Path, tuple[int, int, CarePlan]] = {}


def load_care_plan(path: Path | None = None, *, language: str = "en") -> CarePlan:
    """Read and check the care plan; cached until the file changes (mtime, size).

    ``path`` names a file to read (a test's or a clinic's own); without it,
    ``language`` picks the shipped file (:func:`care_plan_path`), so
    ``load_care_plan()`` is the English plan exactly as before issue 20.
    A broken file raises :class:`UserError` as ``file:line: what is wrong``.
    """
    path = Path(path) if path is not None else care_plan_path(language)
    try:
        stat = path.stat()
        key = path.resolve()
        cached = _cache.get(key)
        if cached and cached[:2] == (stat.st_mtime_ns, stat.st_size):
            return cached[2]
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The care plan {path} could not be read ({reason}); "
                "restore the file or reinstall smpdesk.",
            ),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{path}: the file is not UTF-8 text; save it as UTF-8."),
            path=path,
        ) from exc
    plan = _Parser(path, text).plan()
    _cache[key] = (stat.st_mtime_ns, stat.st_size, plan)
    return plan


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)")
_DAY_REF = re.compile(r"^\s*([a-z_]+)\s*(?:([+-])\s*(\d+))?\s*$")

_PLAN_KEYS = {
    "version",
    "title",
    "intro",
    "closing",
    "timeline",
    "phase",
    "every_day",
    "normal",
    "warning_signs",
    "before_next_session",
}
_SECTION_KEYS = ("heading", "items", "intro", "note")
_PHASE_KEYS = ("topic", "text", "from", "until")


class _Parser:
    """Checks the decoded TOML and points each problem at a line of the file.

    ``tomllib`` gives line numbers only for syntax errors, so for the rest the
    parser finds the line by walking table headers and ``key =`` lines:
    approximate for exotic TOML (dotted keys, inline tables), exact for the
    plain layout the shipped file uses.
    """

    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = text.splitlines()
        self.text = text

    # error reporting
    def fail(self, where: tuple[str | int, ...], message: str) -> UserError:
        line = self.line_of(where)
        prefix = f"{self.path}:{line}" if line else str(self.path)
        return UserError(f"{prefix}: {message}")

    def line_of(self, where: tuple[str | int, ...]) -> int | None:
        """The line of key ``where[-1]`` in table ``where[:-1]``, else of the table."""
        table: tuple[str | int, ...] = ()
        counts: dict[str, int] = {}
        table_line: dict[tuple[str | int, ...], int] = {}
        for number, line in enumerate(self.lines, start=1):
            stripped = line.strip()
            if stripped.startswith("[["):
                name = stripped[2:].split("]]")[0].strip()
                counts[name] = counts.get(name, -1) + 1
                table = (name, counts[name])
                table_line[table] = number
                continue
            if stripped.startswith("["):
                table = (stripped[1:].split("]")[0].strip(),)
                table_line[table] = number
                continue
            match = re.match(r"""^["']?([A-Za-z0-9_-]+)["']?\s*=""", stripped)
            if match and where and table == where[:-1] and match.group(1) == where[-1]:
                return number
        for size in range(len(where), 0, -1):
            if where[:size] in table_line:
                return table_line[where[:size]]
        return None

    # parsing
    def plan(self) -> CarePlan:
        try:
            data = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            position = _TOML_POSITION.search(message)
            if position:
                detail = _TOML_POSITION.sub("", message)
                raise UserError(
                    f"{self.path}:{position.group(1)}: {detail} (column {position.group(2)})."
                ) from exc
            raise UserError(f"{self.path}: {message}.") from exc
        self.no_unknown_keys(data, (), _PLAN_KEYS)
        timeline = self.table(data, "timeline")
        self.no_unknown_keys(timeline, ("timeline",), {"heading", "note"})
        phases_raw = data.get("phase")
        if not isinstance(phases_raw, list) or not phases_raw:
            raise self.fail(("phase",), "the care plan needs at least one [[phase]].")
        return CarePlan(
            version=self.text_value(data, (), "version"),
            title=self.text_value(data, (), "title"),
            intro=self.text_value(data, (), "intro", required=False),
            closing=self.text_value(data, (), "closing", required=False),
            timeline_heading=self.text_value(timeline, ("timeline",), "heading"),
            timeline_note=self.text_value(timeline, ("timeline",), "note", required=False),
            phases=tuple(self.phase(raw, i) for i, raw in enumerate(phases_raw)),
            every_day=self.section(data, "every_day"),
            normal=self.section(data, "normal"),
            warning_signs=self.section(data, "warning_signs"),
            before_next_session=self.section(data, "before_next_session"),
        )

    def no_unknown_keys(
        self, table: Mapping[str, Any], where: tuple[str | int, ...], allowed: Collection[str]
    ) -> None:
        for key in table:
            if key not in allowed:
                inside = ""
                if where:
                    inside = f" in [[{where[0]}]]" if len(where) > 1 else f" in [{where[0]}]"
                expected = ", ".join(sorted(allowed))
                raise self.fail(
                    (*where, key), f'unknown key "{key}"{inside}; expected one of: {expected}.'
                )

    def table(self, data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
        value = data.get(name)
        if not isinstance(value, dict):
            raise self.fail((name,), f"the care plan needs a [{name}] table.")
        return value

    def text_value(
        self,
        table: Mapping[str, Any],
        where: tuple[str | int, ...],
        key: str,
        *,
        required: bool = True,
    ) -> str:
        value = table.get(key)
        if value is None:
            if not required:
                return ""
            raise self.fail((*where, key), f'"{key}" is missing.')
        if not isinstance(value, str):
            raise self.fail((*where, key), f'"{key}" must be text, in quotes.')
        tidy = " ".join(value.split())
        if required and not tidy:
            raise self.fail((*where, key), f'"{key}" must not be empty.')
        return tidy

    def section(self, data: Mapping[str, Any], name: str) -> Section:
        table = self.table(data, name)
        where = (name,)
        self.no_unknown_keys(table, where, _SECTION_KEYS)
        items = table.get("items")
        if not isinstance(items, list) or not items:
            raise self.fail((*where, "items"), '"items" must be a list of one or more texts.')
        tidy: list[str] = []
        for item in items:
            if not isinstance(item, str) or not item.strip():
                raise self.fail((*where, "items"), '"items" must contain only non-empty text.')
            tidy.append(" ".join(item.split()))
        return Section(
            heading=self.text_value(table, where, "heading"),
            items=tuple(tidy),
            intro=self.text_value(table, where, "intro", required=False),
            note=self.text_value(table, where, "note", required=False),
        )

    def phase(self, raw: object, index: int) -> Phase:
        where: tuple[str | int, ...] = ("phase", index)
        if not isinstance(raw, dict):
            raise self.fail(where, "each phase must be a [[phase]] table.")
        self.no_unknown_keys(raw, where, _PHASE_KEYS)
        start = self.day_ref(raw, where, "from") if "from" in raw else DayRef(None, 1)
        end = self.day_ref(raw, where, "until") if "until" in raw else None
        return Phase(
            topic=self.text_value(raw, where, "topic"),
            text=self.text_value(raw, where, "text"),
            start=start,
            end=end,
        )

    def day_ref(self, raw: Mapping[str, Any], where: tuple[str | int, ...], key: str) -> DayRef:
        value = raw[key]
        names = ", ".join(DAY_LIMITS)
        if isinstance(value, int) and not isinstance(value, bool):
            if value < 1:
                raise self.fail((*where, key), f'"{key}" must be day 1 or later.')
            return DayRef(None, value)
        match = _DAY_REF.match(value) if isinstance(value, str) else None
        if not match or match.group(1) not in DAY_LIMITS:
            raise self.fail(
                (*where, key),
                f'"{key} = {value!r}" is not a day: write a number or one of {names}, '
                'optionally with "+ N" or "- N".',
            )
        name, sign, amount = match.groups()
        offset = int(amount or 0) * (-1 if sign == "-" else 1)
        return DayRef(name, offset)


# -- translations --------------------------------------------------------------

# What a translation must carry over unchanged, text by text.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_TABLES = ("timeline", "every_day", "normal", "warning_signs", "before_next_session")


def care_plan_translation_problems(folder: Path | None = None) -> list[str]:
    """Every way the translated care plans differ in shape from the English one.

    A translation must say the same things on the same days: the same phases
    in the same order with the same ``from``/``until``, the same keys and the
    same number of list items, the same ``{placeholders}`` and ``**bold**``
    marks in each text, rows grouped by topic the same way, and ``version``
    equal to the English version plus ``-<code>`` (so rewording the English
    flags every translation as stale).  Each problem is one line,
    ``file:line: what is wrong``, pointing into the translation (and naming
    the English line where that helps).  ``folder`` holds ``care-plan.toml``
    and its ``care-plan.<code>.toml`` siblings; default: the shipped ones.
    """
    from smpdesk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES

    english_path = folder / "care-plan.toml" if folder is not None else default_care_plan_path()
    try:
        english = _Source.read(english_path)
    except UserError as exc:
        return [str(exc)]
    problems: list[str] = []
    for code, name in LANGUAGES.items():
        if code == DEFAULT_LANGUAGE:
            continue
        path = english_path.with_name(f"care-plan.{code}.toml")
        if not path.is_file():
            problems.append(
                f"{path}: the {name} care plan is missing; copy {english_path.name}, "
                "translate it and keep its structure."
            )
            continue
        try:
            translation = _Source.read(path)
        except UserError as exc:
            problems.append(str(exc))
            continue
        problems.extend(_Comparison(english, translation, code).problems)
    return problems


@dataclass(frozen=True)
class _Source:
    """One care plan file, checked, with its raw TOML and a line finder."""

    path: Path
    plan: CarePlan
    data: Mapping[str, Any]
    parser: _Parser

    @classmethod
    def read(cls, path: Path) -> _Source:
        plan = load_care_plan(path)  # every single-file check, with file:line
        text = path.read_bytes().decode("utf-8")
        return cls(path, plan, tomllib.loads(text), _Parser(path, text))

    def at(self, where: tuple[str | int, ...]) -> str:
        line = self.parser.line_of(where)
        return f"{self.path}:{line}" if line else str(self.path)

    def item_at(self, table: str, index: int) -> str:
        """The line where item ``index`` of ``[table]`` starts (else its ``items``)."""
        first = self.parser.line_of((table, "items")) or 1
        items = self.data[table]["items"]
        number = first
        for item in items[: index + 1]:
            words = " ".join(item.split())[:16]
            for candidate in range(number, len(self.parser.lines) + 1):
                if words and words in " ".join(self.parser.lines[candidate - 1].split()):
                    number = candidate
                    break
            else:
                return f"{self.path}:{first}"
        return f"{self.path}:{number}"


class _Comparison:
    """The differences between the English plan and one translation, as lines."""

    def __init__(self, english: _Source, translation: _Source, code: str):
        self.en = english
        self.tr = translation
        self.problems: list[str] = []
        self.version(code)
        self.keys((), "the care plan", {k: v for k, v in english.data.items() if k != "phase"})
        for key in ("title", "intro", "closing"):
            self.marks((), key)
        for table in _TABLES:
            if isinstance(self.tr.data.get(table), dict):
                self.keys((table,), f"[{table}]", english.data[table])
                for key in ("heading", "intro", "note"):
                    self.marks((table,), key)
                if table != "timeline":
                    self.items(table)
        self.phases()

    def say(self, at: str, message: str) -> None:
        self.problems.append(f"{at}: {message}")

    def version(self, code: str) -> None:
        expected = f"{self.en.plan.version}-{code}"
        if self.tr.plan.version != expected:
            self.say(
                self.tr.at(("version",)),
                f'version is "{self.tr.plan.version}" but {self.en.path.name} is version '
                f'"{self.en.plan.version}": bring the wording up to date with it, then write '
                f'version = "{expected}".',
            )

    def keys(self, where: tuple[str, ...], what: str, english: Mapping[str, Any]) -> None:
        table: Mapping[str, Any] = self.tr.data
        for part in where:
            table = table[part]
        for key in english:
            if key not in table:
                self.say(
                    self.tr.at(where or ("version",)),
                    f'"{key}" of {what} is missing; {self.en.at((*where, key))} has it.',
                )
        for key in table:
            if key not in english and key != "phase":
                self.say(
                    self.tr.at((*where, key)),
                    f'"{key}" in {what} is not in {self.en.path.name}; '
                    "remove it or add it to the English file too.",
                )

    def marks(self, where: tuple[str, ...], key: str) -> None:
        english = _value(self.en.data, (*where, key))
        translated = _value(self.tr.data, (*where, key))
        if isinstance(english, str) and isinstance(translated, str):
            self.compare(english, translated, self.tr.at((*where, key)), f'"{key}"')

    def compare(self, english: str, translated: str, at: str, what: str) -> None:
        wanted, found = (
            sorted(_PLACEHOLDER.findall(english)),
            sorted(_PLACEHOLDER.findall(translated)),
        )
        if wanted != found:
            self.say(
                at,
                f"{what} has the placeholders {_listed(found)} but the English has "
                f"{_listed(wanted)}; keep them exactly as in English, untranslated.",
            )
        if english.count("**") != translated.count("**"):
            self.say(
                at,
                f"{what} has {translated.count('**') // 2} **bold** parts but the English has "
                f"{english.count('**') // 2}; bold the same warnings.",
            )

    def items(self, table: str) -> None:
        english, translated = self.en.data[table]["items"], self.tr.data[table]["items"]
        if len(english) != len(translated):
            self.say(
                self.tr.at((table, "items")),
                f"[{table}] has {len(translated)} items but {self.en.at((table, 'items'))} "
                f"has {len(english)}; translate each item as one item, in the same order.",
            )
        for index, (en_item, tr_item) in enumerate(zip(english, translated, strict=False)):
            self.compare(en_item, tr_item, self.tr.item_at(table, index), f"item {index + 1}")

    def phases(self) -> None:
        import difflib  # only ``forms check`` compares translations

        en_phases, tr_phases = self.en.plan.phases, self.tr.plan.phases

        def days(phase: Phase) -> tuple[str, str]:
            return (str(phase.start), str(phase.end) if phase.end is not None else "")

        matcher = difflib.SequenceMatcher(
            a=[days(p) for p in en_phases], b=[days(p) for p in tr_phases], autojunk=False
        )
        topics: dict[str, tuple[str, int]] = {}
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            pairs = list(zip(range(a0, a1), range(b0, b1), strict=False))
            for i, j in pairs:
                if tag != "equal":
                    self.changed_days(i, j)
                self.compare(
                    en_phases[i].text, tr_phases[j].text, self.tr.at(("phase", j, "text")), '"text"'
                )
                self.same_topics(i, j, topics)
            for i in range(a0 + len(pairs), a1):
                phase = en_phases[i]
                self.say(
                    self.tr.at(("phase", b1)) if b1 < len(tr_phases) else str(self.tr.path),
                    f'phase {i + 1} of the English ("{phase.topic}", {_span(phase)}, '
                    f"{self.en.at(('phase', i))}) is missing; every phase must be translated.",
                )
            for j in range(b0 + len(pairs), b1):
                phase = tr_phases[j]
                self.say(
                    self.tr.at(("phase", j)),
                    f"this phase ({_span(phase)}) is not in {self.en.path.name}; "
                    "a translation has the same phases as the English, in the same order.",
                )

    def changed_days(self, i: int, j: int) -> None:
        english, translated = self.en.plan.phases[i], self.tr.plan.phases[j]
        for key, en_day, tr_day in (
            ("from", english.start, translated.start),
            ("until", english.end, translated.end),
        ):
            if en_day != tr_day:
                self.say(
                    self.tr.at(("phase", j, key)),
                    f'"{key}" is {_day(tr_day)} but {self.en.at(("phase", i, key))} says '
                    f"{_day(en_day)}; the days come from the English file, only words change.",
                )

    def same_topics(self, i: int, j: int, seen: dict[str, tuple[str, int]]) -> None:
        """Rows grouped under one English topic stay grouped under one translated one."""
        english, translated = self.en.plan.phases[i].topic, self.tr.plan.phases[j].topic
        for key, value in ((f"en:{english}", translated), (f"tr:{translated}", english)):
            if key not in seen:
                seen[key] = (value, j)
                continue
            earlier, k = seen[key]
            if earlier != value:
                self.say(
                    self.tr.at(("phase", j, "topic")),
                    f'topic "{translated}" groups the rows differently from the English '
                    f'("{english}"); compare {self.tr.at(("phase", k, "topic"))}.',
                )
                return


def _value(data: Mapping[str, Any], where: tuple[str, ...]) -> object:
    value: Any = data
    for part in where:
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _listed(found: list[str]) -> str:
    return ", ".join(found) if found else "none"


def _day(day: DayRef | None) -> str:
    return "not set (open-ended)" if day is None else f'"{day}"'


def _span(phase: Phase) -> str:
    return f"from {phase.start}" + (f" until {phase.end}" if phase.end is not None else "")


# -- the dated timeline -------------------------------------------------------


_BOLD_MARKS = re.compile(r"\*\*(.+?)\*\*")


def plain_text(value: str) -> str:
    """Care-plan wording without its ``**bold**`` marks, for screens and logs."""
    return _BOLD_MARKS.sub(r"\1", value)


def day_date(session_date: date, day: int) -> date:
    """Day 1 is the session date itself."""
    return session_date + timedelta(days=day - 1)


def timeline(plan: CarePlan, days: AftercareDays, session_date: date | None) -> list[TimelineEntry]:
    """The plan's phases with day numbers (and dates, given a session date).

    Phases a clinic's numbers leave empty are dropped (light exercise between
    ``no_sweat`` and ``full_training_day`` when they touch).  The order is by
    first day, then last day, then file order: the list reads like a calendar,
    and everything that starts today comes first.
    """
    entries: list[TimelineEntry] = []
    for phase in plan.phases:
        start = max(1, phase.start.resolve(days))
        end = phase.end.resolve(days) if phase.end is not None else None
        if end is not None and end < start:
            continue
        entries.append(
            TimelineEntry(
                start_day=start,
                end_day=end,
                text=phase.text,
                start=day_date(session_date, start) if session_date else None,
                end=day_date(session_date, end) if session_date and end is not None else None,
                topic=phase.topic,
            )
        )
    entries.sort(key=lambda e: (e.start_day, e.end_day is None, e.end_day or 0))
    return entries


def describe_days(entry: TimelineEntry) -> str:
    """``Days 1–4``, ``Day 5``, ``From day 6``: the blank sheet's wording."""
    if entry.end_day is None:
        return f"From day {entry.start_day}"
    if entry.end_day == entry.start_day:
        return f"Day {entry.start_day}"
    return f"Days {entry.start_day}–{entry.end_day}"


def describe_dates(entry: TimelineEntry, date_style: str = "uk") -> str:
    """``Until Tue 1 Dec``, ``From Wed 2 Dec``, ``Sat 5 – Sun 6 Dec``, ``Mon 30 Nov – Tue 1 Dec``.

    No year: every date is within weeks of the treatment date, which is
    printed in full beside the timeline.  Without dates (the blank sheet)
    this falls back to :func:`describe_days`.
    """
    from smpdesk.domain.dates import format_short_date

    if entry.start is None:
        return describe_days(entry)
    start = format_short_date(entry.start, date_style)
    if entry.end is None:
        return f"From {start}"
    end = format_short_date(entry.end, date_style)
    if entry.start_day == 1 and entry.end_day != 1:
        return f"Until {end}"
    if entry.end == entry.start:
        return start
    if date_style == "uk" and (entry.start.year, entry.start.month) == (
        entry.end.year,
        entry.end.month,
    ):
        # The month once keeps the range on one line of a narrow column.
        return f"{start.rsplit(' ', 1)[0]} – {end}"
    return f"{start} – {end}"
