"""A design read from the database or a file may have been crafted.

Whatever the text holds (NaN, numbers too big for a float, booleans where
numbers go, wrong shapes, thousands of points, deep nesting, megabytes, a zone
kind or a format from another version), reading it either gives a sane
:class:`Design` or raises :class:`DesignError` with one plain sentence: never
another exception, never a hang, never the offending text echoed back.  And
every design smpdesk writes reads back as the same design.
"""

from __future__ import annotations

import copy
import json
import math
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smpdesk.domain.designs import (
    DENSITY_RANGE,
    IMPRESSION_MM_RANGE,
    MAX_HAIRLINE_POINTS,
    MAX_JSON_BYTES,
    MAX_LAYER,
    MAX_NAME,
    MAX_NOTE,
    MAX_ZONE_POINTS,
    MAX_ZONES,
    OUTLINE_VIEWS,
    SCALE_CM_RANGE,
    SOFTNESS_MM_RANGE,
    ZONE_KINDS,
    Base,
    Design,
    DesignError,
    Hairline,
    Point,
    Scale,
    Zone,
    design_from_dict,
    design_from_json,
)
from smpdesk.domain.text_safety import clean_line, clean_multiline
from smpdesk.errors import UserError


def valid() -> dict[str, Any]:
    """A complete design as smpdesk writes it (every optional part present)."""
    return {
        "format": 1,
        "base": {"photo_id": 12, "outline": None},
        "aspect": 1.333333,
        "hairline": {
            "points": [[0.2, 0.4], [0.3, 0.32], [0.45, 0.3]],
            "softness_mm": 6.0,
            "irregularity": 0.4,
            "symmetric": True,
            "centre_x": 0.5,
        },
        "scale": {"a": [0.5, 0.2], "b": [0.5, 0.3], "cm": 2.0},
        "zones": [
            {
                "kind": "hairline",
                "points": [[0.2, 0.3], [0.8, 0.3], [0.8, 0.4], [0.2, 0.4]],
                "density": 60.0,
                "shade": "Carbon black",
                "dilution": 35,
                "needle": "1RL",
                "impression_mm": 0.25,
                "layer": 1,
                "name": "Front",
            },
            {
                "kind": "crown",
                "points": [[0.4, 0.1], [0.6, 0.1], [0.5, 0.2]],
                "density": 65.0,
                "shade": "Charcoal",
                "dilution": 50,
                "needle": "3RL",
                "impression_mm": 0.35,
                "layer": 2,
                "name": "",
            },
        ],
        "notes": "Mature hairline, soft temples.",
    }


def load(d: object) -> Design:
    return design_from_json(json.dumps(d))


def refused(text: str | bytes) -> DesignError:
    with pytest.raises(DesignError) as caught:
        design_from_json(text)
    return caught.value


def check_sentence(err: DesignError) -> None:
    """One plain sentence for a user; no traceback, no echo of the input."""
    message = str(err)
    assert isinstance(err, UserError)
    assert message.startswith("This design cannot be read: ")
    assert message.endswith(".")
    assert len(message) < 160
    assert "\n" not in message


def test_a_complete_design_reads() -> None:
    d = load(valid())
    assert d.base == Base(photo_id=12)
    assert d.hairline is not None and d.hairline.points[1] == Point(0.3, 0.32)
    assert d.scale == Scale(Point(0.5, 0.2), Point(0.5, 0.3), 2.0)
    assert [z.kind for z in d.zones] == ["hairline", "crown"]
    assert d.layers == 2
    assert d.areas() == ["hairline", "crown"]


def test_optional_parts_may_be_absent() -> None:
    d = valid()
    del d["hairline"], d["scale"], d["zones"], d["notes"]
    d["base"] = {"outline": "top"}
    design = load(d)
    assert design == Design(base=Base(outline="top"), aspect=1.333333)


def _set(path: tuple[Any, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        target: Any = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        target: Any = d
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


HL, Z0, Z1 = ("hairline",), ("zones", 0), ("zones", 1)
point = [0.5, 0.5]

BAD: dict[str, Callable[[dict[str, Any]], None]] = {
    # -- non-finite and out-of-range numbers
    "NaN aspect": _set(("aspect",), math.nan),
    "Infinity density": _set((*Z0, "density"), math.inf),
    "-Infinity coordinate": _set((*HL, "points", 0, 0), -math.inf),
    "NaN scale cm": _set(("scale", "cm"), math.nan),
    "NaN softness": _set((*HL, "softness_mm"), math.nan),
    "huge float": _set(("aspect",), 1e308),
    "huge integer aspect": _set(("aspect",), 10**400),
    "huge integer coordinate": _set((*Z1, "points", 2, 1), -(10**330)),
    "huge integer photo": _set(("base", "photo_id"), 2**64),
    "huge integer layer": _set((*Z0, "layer"), 10**30),
    "aspect zero": _set(("aspect",), 0),
    "aspect 11": _set(("aspect",), 11),
    "coordinate below range": _set((*Z0, "points", 0, 0), -0.51),
    "coordinate above range": _set((*HL, "points", 0, 1), 1.51),
    "density too low": _set((*Z0, "density"), DENSITY_RANGE[0] - 0.5),
    "density too high": _set((*Z0, "density"), DENSITY_RANGE[1] + 1),
    "impression too small": _set((*Z0, "impression_mm"), IMPRESSION_MM_RANGE[0] / 2),
    "dilution 4": _set((*Z0, "dilution"), 4),
    "dilution 101": _set((*Z0, "dilution"), 101),
    "layer 0": _set((*Z0, "layer"), 0),
    "layer past the last": _set((*Z0, "layer"), MAX_LAYER + 1),
    "softness too wide": _set((*HL, "softness_mm"), SOFTNESS_MM_RANGE[1] + 1),
    "irregularity 1.1": _set((*HL, "irregularity"), 1.1),
    "centre off the image": _set((*HL, "centre_x"), 1.5),
    "scale cm zero": _set(("scale", "cm"), 0),
    "scale cm too long": _set(("scale", "cm"), SCALE_CM_RANGE[1] + 1),
    "scale marks one point": _set(("scale", "b"), [0.5, 0.2]),
    "photo id zero": _set(("base", "photo_id"), 0),
    "photo id negative": _set(("base", "photo_id"), -3),
    # -- booleans where numbers go (bool is an int in Python)
    "bool aspect": _set(("aspect",), True),
    "bool coordinate": _set((*HL, "points", 0), [True, False]),
    "bool density": _set((*Z0, "density"), True),
    "bool dilution": _set((*Z0, "dilution"), True),
    "bool layer": _set((*Z0, "layer"), True),
    "bool photo id": _set(("base", "photo_id"), True),
    "bool scale cm": _set(("scale", "cm"), False),
    "bool centre": _set((*HL, "centre_x"), False),
    # -- wrong types and shapes
    "string number": _set(("aspect",), "1.5"),
    "string density": _set((*Z0, "density"), "60"),
    "float layer": _set((*Z0, "layer"), 1.0),
    "float dilution": _set((*Z0, "dilution"), 50.5),
    "float photo id": _set(("base", "photo_id"), 12.0),
    "string photo id": _set(("base", "photo_id"), "12"),
    "symmetry as text": _set((*HL, "symmetric"), "yes"),
    "symmetry as number": _set((*HL, "symmetric"), 1),
    "point as text": _set((*HL, "points", 0), "ab"),
    "point of three": _set((*HL, "points", 0), [0.1, 0.2, 0.3]),
    "point of one": _set((*Z0, "points", 0), [0.1]),
    "point as object": _set((*Z0, "points", 0), {"x": 0.1, "y": 0.2}),
    "points as object": _set((*Z0, "points"), {"0": point}),
    "points missing": _delete((*Z0, "points")),
    "scale mark missing": _delete(("scale", "a")),
    "hairline as list": _set(HL, [point, point]),
    "zone as list": _set(Z0, [1, 2]),
    "zones as object": _set(("zones",), {"0": {}}),
    "zones null": _set(("zones",), None),
    "base as text": _set(("base",), "front"),
    "base missing": _delete(("base",)),
    "aspect missing": _delete(("aspect",)),
    "density missing": _delete((*Z0, "density")),
    "softness missing": _delete((*HL, "softness_mm")),
    "notes as list": _set(("notes",), ["a"]),
    "name as number": _set((*Z0, "name"), 7),
    "shade null": _set((*Z0, "shade"), None),
    "name too long": _set((*Z0, "name"), "N" * (MAX_NAME + 1)),
    "notes too long": _set(("notes",), "n" * (MAX_NOTE + 1)),
    # -- text that cannot be stored or printed (JSON may spell a lone surrogate)
    "lone surrogate in notes": _set(("notes",), "left \ud800 right"),
    "lone surrogate in a name": _set((*Z0, "name"), "\udfff"),
    "lone surrogate in a shade": _set((*Z1, "shade"), "Char\ud83dcoal"),
    # -- counts
    "one hairline point": _set((*HL, "points"), [point]),
    "too many hairline points": _set((*HL, "points"), [point] * (MAX_HAIRLINE_POINTS + 1)),
    "two zone points": _set((*Z0, "points"), [point, point]),
    "too many zone points": _set((*Z0, "points"), [point] * (MAX_ZONE_POINTS + 1)),
    "too many zones": lambda d: d.__setitem__("zones", [d["zones"][1]] * (MAX_ZONES + 1)),
    # -- kinds and versions this smpdesk does not know
    "unknown zone kind": _set((*Z0, "kind"), "eyebrows"),
    "zone kind null": _set((*Z1, "kind"), None),
    "zone kind as list": _set((*Z1, "kind"), ["crown"]),
    "unknown outline": lambda d: d.__setitem__("base", {"photo_id": None, "outline": "side"}),
    "outline as list": lambda d: d.__setitem__("base", {"photo_id": None, "outline": ["top"]}),
    "neither photo nor outline": _set(("base",), {}),
    "future format": _set(("format",), 2),
    "format zero": _set(("format",), 0),
    "format as text": _set(("format",), "1"),
    "format missing": _delete(("format",)),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_crafted_design_is_refused_in_one_sentence(case: str) -> None:
    d = copy.deepcopy(valid())
    BAD[case](d)
    err = refused(json.dumps(d))
    check_sentence(err)
    if case.startswith("lone surrogate"):
        assert "\\u" not in str(err) and "\ud800" not in str(err)


def test_a_wrong_zones_field_is_named_as_such() -> None:
    """``"zones": null`` is not "more than 32 zones": the sentence says what is wrong."""
    d = valid()
    d["zones"] = None
    assert "more than" not in str(refused(json.dumps(d)))
    d["zones"] = [valid()["zones"][1]] * (MAX_ZONES + 1)
    assert f"more than {MAX_ZONES} zones" in str(refused(json.dumps(d)))


def test_the_message_never_echoes_the_text() -> None:
    d = valid()
    d["notes"] = "Client said: SECRET-DIAGNOSIS " + "x" * MAX_NOTE
    err = refused(json.dumps(d))
    assert "SECRET" not in str(err)
    assert "notes" in str(err)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "null",
        "[]",
        '"a design"',
        "42",
        '{"format": 1, "format": 1',
        "NaN",
        b"\xff\xfe\xfa not utf-8",
        b'{"format": 1, "notes": "\xc3\x28"}',
        '{"format":1,"aspect":' + "9" * 5000 + "}",  # past Python's digit limit
    ],
)
def test_text_that_is_not_a_design_is_refused(text: str | bytes) -> None:
    check_sentence(refused(text))


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 60_000 + "1" + "}" * 60_000,
        json.dumps({**valid(), "notes": None})[:-1]
        + ', "extra": '
        + "[" * 50_000
        + "]" * 50_000
        + "}",
    ],
    ids=["deep list", "deep object", "deep unknown field"],
)
def test_deep_nesting_is_refused_or_ignored_without_a_crash(text: str) -> None:
    assert len(text) < MAX_JSON_BYTES
    start = time.perf_counter()
    with pytest.raises(DesignError):
        design_from_json(text)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("as_bytes", [False, True])
def test_oversized_input_is_refused_before_parsing(as_bytes: bool) -> None:
    d = valid()
    d["notes"] = "ok"
    text = json.dumps(d) + " " * MAX_JSON_BYTES  # valid JSON, just far too big
    payload: str | bytes = text.encode() if as_bytes else text
    start = time.perf_counter()
    err = refused(payload)
    assert time.perf_counter() - start < 0.5
    assert "larger" in str(err)
    check_sentence(err)


def test_text_fields_are_cleaned_not_refused() -> None:
    d = valid()
    d["zones"][0]["name"] = "\x1b[2JFront\u202e"
    d["zones"][1]["shade"] = "Char\u200bcoal"
    d["notes"] = "line one\nline two\x07"
    design = load(d)
    assert design.zones[0].name == "Front"
    assert design.zones[1].shade == "Charcoal"
    assert design.notes == clean_multiline("line one\nline two\x07")
    assert "\x07" not in design.notes and "\n" in design.notes


def test_a_photo_base_ignores_an_outline_given_with_it() -> None:
    d = valid()
    d["base"] = {"photo_id": 7, "outline": "front"}
    assert load(d).base == Base(photo_id=7, outline=None)


def test_design_from_dict_needs_a_dict() -> None:
    raws: tuple[object, ...] = (None, [], "x", 1)
    for raw in raws:
        with pytest.raises(DesignError):
            design_from_dict(raw)


# -- round trips -----------------------------------------------------------------------
def _six(lo: float, hi: float) -> st.SearchStrategy[float]:
    """Floats as the writer stores coordinates (rounded to 6 places)."""
    return (
        st.floats(lo, hi, allow_nan=False)
        .map(lambda v: round(v, 6))
        .filter(lambda v: lo <= v <= hi)
    )


coords = st.builds(Point, _six(-0.5, 1.5), _six(-0.5, 1.5))
# Any text a user could type: no lone surrogates (a keyboard never makes one).
typed = st.text(st.characters(exclude_categories=["Cs"]), max_size=MAX_NAME)
line = typed.map(clean_line).filter(lambda s: len(s) <= MAX_NAME)
notes = st.text(st.characters(exclude_categories=["Cs"]), max_size=300).map(clean_multiline)
hairlines = st.builds(
    Hairline,
    points=st.lists(coords, min_size=2, max_size=MAX_HAIRLINE_POINTS).map(tuple),
    softness_mm=st.floats(*SOFTNESS_MM_RANGE),
    irregularity=st.floats(0.0, 1.0),
    symmetric=st.booleans(),
    centre_x=_six(0.0, 1.0),
)
scales = st.builds(Scale, coords, coords, st.floats(*SCALE_CM_RANGE)).filter(lambda s: s.a != s.b)
zones = st.builds(
    Zone,
    kind=st.sampled_from(list(ZONE_KINDS)),
    points=st.lists(coords, min_size=3, max_size=40).map(tuple),
    density=st.floats(*DENSITY_RANGE),
    shade=line,
    dilution=st.integers(5, 100),
    needle=line,
    impression_mm=st.floats(*IMPRESSION_MM_RANGE),
    layer=st.integers(1, MAX_LAYER),
    name=line,
)
bases = st.one_of(
    st.builds(Base, photo_id=st.integers(1, 2**63 - 1)),
    st.builds(Base, outline=st.sampled_from(list(OUTLINE_VIEWS))),
)
designs = st.builds(
    Design,
    base=bases,
    aspect=_six(0.1, 10.0),
    hairline=st.none() | hairlines,
    scale=st.none() | scales,
    zones=st.lists(zones, max_size=4).map(tuple),
    notes=notes,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(designs)
def test_every_design_smpdesk_writes_reads_back_the_same(design: Design) -> None:
    text = design.to_json()
    assert len(text.encode()) <= MAX_JSON_BYTES
    again = design_from_json(text)
    assert again == design
    assert again.to_json() == text  # one canonical spelling: versions compare byte for byte
    assert design_from_json(text.encode("utf-8")) == design


def test_the_biggest_allowed_design_fits_the_size_limit() -> None:
    """Every count at its maximum, with long texts, still reads (the limit is not too tight)."""
    p = Point(-0.123457, 1.234568)
    zone = Zone(
        "mid-scalp",
        (p,) * MAX_ZONE_POINTS,
        density=123.456789,
        shade="S" * MAX_NAME,
        needle="N" * MAX_NAME,
        name="Z" * MAX_NAME,
        impression_mm=0.333333,
    )
    design = Design(
        base=Base(photo_id=2**63 - 1),
        aspect=1.777778,
        hairline=Hairline(points=(p,) * MAX_HAIRLINE_POINTS),
        scale=Scale(Point(0.1, 0.1), Point(0.2, 0.2), 7.0),
        zones=(zone,) * MAX_ZONES,
        notes="n" * MAX_NOTE,
    )
    text = design.to_json()
    assert len(text) <= MAX_JSON_BYTES
    assert design_from_json(text) == design


json_leaf = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**300, max_value=10**420)
    | st.floats()
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_leaf,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


PATHS = _paths(valid())


@settings(max_examples=400, deadline=None)
@given(index=st.integers(0, len(PATHS) - 1), replacement=json_values)
def test_any_one_field_replaced_by_any_json_reads_or_is_refused(
    index: int, replacement: Any
) -> None:
    d = valid()
    _set(PATHS[index], replacement)(d)
    try:
        text = json.dumps(d)
    except ValueError:  # an integer past Python's digit limit cannot even be written
        return
    try:
        design = design_from_json(text)
    except DesignError as err:
        check_sentence(err)
        return
    # Whatever was accepted is sane and writes back.
    assert design_from_json(design.to_json()) == design
    assert math.isfinite(design.aspect)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_any_json_at_all_reads_or_is_refused(value: Any) -> None:
    try:
        text = json.dumps(value)
    except ValueError:
        return
    try:
        design_from_json(text)
    except DesignError as err:
        check_sentence(err)
