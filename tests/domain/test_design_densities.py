"""The starting values the designer offers: cited, realistic, and a valid design.

A default that a saved design would refuse, a density outside what SMP
sources describe, or a session plan whose layers do not add up to the
finished look would each show the client a wrong preview.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from smpdesk.domain import design_densities as dd
from smpdesk.domain.designs import (
    DENSITY_RANGE,
    DILUTION_RANGE,
    IMPRESSION_MM_RANGE,
    MAX_LAYER,
    SOFTNESS_MM_RANGE,
    ZONE_KINDS,
    Base,
    Design,
    Point,
    design_from_json,
)

SQUARE = (Point(0.2, 0.2), Point(0.4, 0.2), Point(0.4, 0.4), Point(0.2, 0.4))
URL = re.compile(r"https?://\S+")


def test_every_zone_kind_has_a_cited_realistic_density_range() -> None:
    assert set(dd.DENSITIES) == set(ZONE_KINDS)
    for kind, r in dd.DENSITIES.items():
        assert DENSITY_RANGE[0] <= r.low < r.typical < r.high <= DENSITY_RANGE[1], kind
        # SMP dots mimic follicular-unit openings: natural scalps have about
        # 80-100 per cm², and half of that already reads as full.
        assert r.low >= 15 and r.high <= 110, kind
        assert 35 <= r.typical <= 75, kind
        assert URL.search(r.source), kind


def test_the_hairline_is_not_denser_than_the_mid_scalp() -> None:
    """A dense, dark front line is the classic failure; the defaults never make one."""
    assert dd.DENSITIES["hairline"].typical <= dd.DENSITIES["mid-scalp"].typical
    assert dd.DENSITIES["temples"].typical <= dd.DENSITIES["hairline"].typical


def test_needles_are_small_realistic_dots_and_every_kind_has_one() -> None:
    assert {"1RL", "3RL"} <= set(dd.NEEDLES)
    for needle, mm in dd.NEEDLES.items():
        assert IMPRESSION_MM_RANGE[0] <= mm <= IMPRESSION_MM_RANGE[1]
        assert 0.15 <= mm <= 0.5, needle
    assert dd.NEEDLES["1RL"] < dd.NEEDLES["3RL"]
    assert set(dd.DEFAULT_NEEDLE) == set(ZONE_KINDS)
    assert set(dd.DEFAULT_NEEDLE.values()) <= set(dd.NEEDLES)
    # Fine single needles where detail shows.
    assert dd.DEFAULT_NEEDLE["hairline"] == "1RL"


def test_shades_are_dark_neutral_pigments() -> None:
    assert dd.DEFAULT_SHADE in dd.SHADES
    for name, rgb in dd.SHADES.items():
        assert len(rgb) == 3 and all(isinstance(c, int) and 0 <= c <= 255 for c in rgb), name
        assert max(rgb) < 128, name  # neat pigment is dark; dilution lightens it


def test_dilution_gets_darker_with_each_session() -> None:
    layers = [dd.dilution_for_layer(n) for n in range(1, MAX_LAYER + 1)]
    assert layers == sorted(layers)
    assert layers[0] < layers[1]
    assert all(DILUTION_RANGE[0] <= d <= DILUTION_RANGE[1] for d in layers)
    assert layers[0] <= 50  # session 1 is light


@pytest.mark.parametrize("bad", [0, MAX_LAYER + 1, -1, True, 1.5])
def test_a_layer_outside_the_plan_is_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        dd.dilution_for_layer(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        dd.default_zone("crown", SQUARE, layer=bad)  # type: ignore[arg-type]


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        dd.default_zone("eyebrows", SQUARE)
    with pytest.raises(ValueError):
        dd.layered_zones("eyebrows", SQUARE)


@pytest.mark.parametrize("kind", list(ZONE_KINDS))
@pytest.mark.parametrize("layer", [1, 2, MAX_LAYER])
def test_default_zone_is_valid_and_saves(kind: str, layer: int) -> None:
    zone = dd.default_zone(kind, SQUARE, layer=layer)
    assert zone.kind == kind and zone.points == SQUARE and zone.layer == layer
    assert zone.density == dd.DENSITIES[kind].typical
    assert zone.needle == dd.DEFAULT_NEEDLE[kind]
    assert zone.impression_mm == dd.NEEDLES[zone.needle]
    assert zone.dilution == dd.dilution_for_layer(layer)
    assert zone.shade == dd.DEFAULT_SHADE
    design = Design(base=Base(photo_id=3), aspect=1.5, zones=(zone,))
    assert design_from_json(design.to_json()) == design


@pytest.mark.parametrize("kind", list(ZONE_KINDS))
@pytest.mark.parametrize("sessions", range(1, MAX_LAYER + 1))
def test_layered_zones_add_up_to_the_finished_density(kind: str, sessions: int) -> None:
    zones = dd.layered_zones(kind, SQUARE, sessions=sessions)
    assert [z.layer for z in zones] == list(range(1, sessions + 1))
    for z in zones:
        assert z.needle == dd.DEFAULT_NEEDLE[kind]
        assert z.impression_mm == dd.NEEDLES[z.needle]
        assert z.dilution == dd.dilution_for_layer(z.layer)
    total = sum(z.density for z in zones)
    assert total == pytest.approx(dd.DENSITIES[kind].typical, abs=0.05 * sessions + 0.01)
    densities = [z.density for z in zones]
    assert densities == sorted(densities, reverse=True)  # foundation first
    assert all(DENSITY_RANGE[0] <= d <= DENSITY_RANGE[1] for d in densities)
    if sessions == 3:
        assert zones[0].density == pytest.approx(dd.DENSITIES[kind].typical / 2, abs=0.05)
    design = Design(base=Base(outline="top"), aspect=1.0, zones=zones)
    assert design_from_json(design.to_json()) == design
    assert design.layers == sessions


def test_session_density_refuses_a_session_after_the_last() -> None:
    with pytest.raises(ValueError):
        dd.session_density("crown", 4, sessions=3)


def test_pigment_mix_lightens_towards_white_with_water() -> None:
    neat = dd.SHADES["Carbon black"]
    assert dd.pigment_rgb("Carbon black", 100) == neat
    half = dd.pigment_rgb("Carbon black", 50)
    assert half == tuple(round(255 - (255 - c) * 0.5) for c in neat)
    light = dd.pigment_rgb("Carbon black", 20)
    assert all(a < b < c for a, b, c in zip(neat, half, light, strict=True))
    # A clinic's own pigment name previews as carbon black; nonsense dilution is clamped.
    assert dd.pigment_rgb("Brand X 3", 50) == half
    assert dd.pigment_rgb("Carbon black", 500) == neat
    assert dd.pigment_rgb("Carbon black", -3) == dd.pigment_rgb("Carbon black", DILUTION_RANGE[0])
    assert dd.pigment_rgb("Carbon black", math.nan) == dd.pigment_rgb(
        "Carbon black", DILUTION_RANGE[0]
    )


def test_transition_zone_default_is_a_valid_softness() -> None:
    lo, hi = dd.TRANSITION_ZONE_MM
    assert 0 < lo < hi <= SOFTNESS_MM_RANGE[1]
    assert lo <= dd.DEFAULT_SOFTNESS_MM <= hi


def test_the_module_cites_a_source_for_its_numbers() -> None:
    text = Path(dd.__file__).read_text(encoding="utf-8")
    urls = set(URL.findall(text))
    assert len(urls) >= 10
    # Every [tag] used in a comment is defined in the module notes.
    used = set(re.findall(r"\[([A-Z]+\d?)(?:[,\]-])", text))
    defined = set(re.findall(r"^\[([A-Z]+\d?)\]", text, flags=re.M))
    assert used <= defined | {"S1-S3", "N1-N3", "FU1-FU4"}
    json.dumps({k: v.source for k, v in dd.DENSITIES.items()})  # plain text, shown in tooltips
