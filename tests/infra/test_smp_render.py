"""The SMP preview and design drawing (smpdesk.infra.smp_render).

The base here is a plain, slightly noisy skin-coloured picture whose height is
10 cm by the marked scale (60 px per cm at 600 px high), so densities, spacing
and the feathered edge can be measured in real units.
"""

from __future__ import annotations

import json
import math
import random
from collections import defaultdict

import pytest
from PIL import Image, ImageChops, ImageStat

from smpdesk.domain.design_densities import layered_zones
from smpdesk.domain.designs import (
    OUTLINE_VIEWS,
    Base,
    Design,
    Hairline,
    Point,
    Scale,
    Zone,
)
from smpdesk.errors import UserError
from smpdesk.infra import smp_render
from smpdesk.infra.smp_render import (
    MAX_IMPRESSIONS,
    OUTLINE_ASPECT,
    ZONE_COLOURS,
    impression_points,
    outline_base,
    outline_spec,
    poisson_disc_tile,
    progressive_order,
    render_plan,
    render_preview,
)
from smpdesk.paths import resources_dir

W, H = 800, 600
CM_TALL = 10.0  # the scale below makes the picture 10 cm tall
PX_PER_CM = H / CM_TALL


def skin(width: int = W, height: int = H, seed: int = 1) -> Image.Image:
    """Skin colour with per-pixel noise, so a darkened pixel cannot hide in a flat area."""
    rng = random.Random(seed)
    noise = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    base = Image.new("RGB", (width, height), (214, 170, 146))
    return Image.blend(base, Image.merge("RGB", (noise, noise, noise)), 0.08)


def scale() -> Scale:
    return Scale(Point(0.05, 0.0), Point(0.05, 1.0), CM_TALL)


def rect(x0: float, y0: float, x1: float, y1: float) -> tuple[Point, ...]:
    return (Point(x0, y0), Point(x1, y0), Point(x1, y1), Point(x0, y1))


def zone(points: tuple[Point, ...], density: float = 60.0, **kw: object) -> Zone:
    return Zone(kind=str(kw.pop("kind", "mid-scalp")), points=points, density=density, **kw)  # type: ignore[arg-type]


def design(*zones: Zone, hairline: Hairline | None = None, with_scale: bool = True) -> Design:
    return Design(
        base=Base(photo_id=1),
        aspect=W / H,
        hairline=hairline,
        scale=scale() if with_scale else None,
        zones=zones,
    )


def inside_px(points: list[tuple[float, float]], box: tuple[float, float, float, float]) -> int:
    x0, y0, x1, y1 = box
    return sum(1 for x, y in points if x0 <= x < x1 and y0 <= y < y1)


def min_distance(points: list[tuple[float, float]], cell: float) -> float:
    grid: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for p in points:
        grid[(int(p[0] // cell), int(p[1] // cell))].append(p)
    best = math.inf
    for (gx, gy), here in grid.items():
        near = [
            q for dx in (-1, 0, 1) for dy in (-1, 0, 1) for q in grid.get((gx + dx, gy + dy), [])
        ]
        for p in here:
            for q in near:
                if p is not q:
                    best = min(best, math.hypot(p[0] - q[0], p[1] - q[1]))
    return best


def darker_everywhere_or_equal(out: Image.Image, base: Image.Image) -> bool:
    return ImageChops.darker(out, base).tobytes() == out.tobytes()


# -- density and spacing -----------------------------------------------------------------------
@pytest.mark.parametrize("density", [20.0, 60.0, 100.0, 180.0])
def test_impressions_per_cm2_match_the_zone_density(density):
    z = zone(rect(0.1, 0.1, 0.9, 0.9), density)
    points = impression_points(design(z), z, W, H)
    # Count well inside the outline, away from its softened edge.
    margin = 4 * smp_render.EDGE_MM / 10 * PX_PER_CM
    box = (0.1 * W + margin, 0.1 * H + margin, 0.9 * W - margin, 0.9 * H - margin)
    area_cm2 = (box[2] - box[0]) * (box[3] - box[1]) / PX_PER_CM**2
    measured = inside_px(points, box) / area_cm2
    assert measured == pytest.approx(density, rel=0.05)


def test_density_without_a_scale_uses_the_assumed_size():
    from smpdesk.domain.design_geometry import assumed_cm_per_height

    z = zone(rect(0.1, 0.1, 0.9, 0.9), 50.0)
    d = design(z, with_scale=False)
    ppc = H / assumed_cm_per_height(d)
    points = impression_points(d, z, W, H)
    box = (0.25 * W, 0.25 * H, 0.75 * W, 0.75 * H)
    measured = inside_px(points, box) / ((0.5 * W) * (0.5 * H) / ppc**2)
    assert measured == pytest.approx(50.0, rel=0.08)


@pytest.mark.parametrize("density", [30.0, 90.0])
def test_impressions_keep_a_minimum_spacing(density):
    """Blue noise, not scattered at random: no two closer than half the mean spacing.

    Thousands of points at random would have pairs almost touching.
    """
    z = zone(rect(0.05, 0.05, 0.95, 0.95), density)
    points = impression_points(design(z), z, W, H)
    mean_spacing = PX_PER_CM / math.sqrt(density)
    assert len(points) > 1000
    assert min_distance(points, mean_spacing) >= 0.5 * mean_spacing


def test_sessions_of_one_area_fall_between_each_other():
    """Session 2 is laid between session 1's dots: the stack is as even as one zone."""
    zones = layered_zones("mid-scalp", rect(0.05, 0.05, 0.95, 0.95), 3)
    d = design(*zones)
    every = [p for z in zones for p in impression_points(d, z, W, H)]
    total = sum(z.density for z in zones)
    mean_spacing = PX_PER_CM / math.sqrt(total)
    assert min_distance(every, mean_spacing) >= 0.5 * mean_spacing
    first = impression_points(d, zones[0], W, H)
    assert 0.3 * len(every) < len(first) < 0.7 * len(every)


def test_the_stored_blue_noise_tile_is_spaced_wraps_and_is_progressive():
    raw = json.loads((resources_dir() / "designs" / "blue_noise.json").read_text())
    pts = [tuple(p) for p in raw["points"]]
    r = raw["radius"]
    assert 3500 <= len(pts) <= 5000

    def torus_min(subset):
        best = math.inf
        grid: dict[tuple[int, int], list] = defaultdict(list)
        g = int(1 / (2 * r))
        for p in subset:
            grid[(int(p[0] * g) % g, int(p[1] * g) % g)].append(p)
        for (gx, gy), here in grid.items():
            near = [
                q
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for q in grid.get(((gx + dx) % g, (gy + dy) % g), [])
            ]
            for p in here:
                for q in near:
                    if p is not q:
                        dx = abs(p[0] - q[0])
                        dy = abs(p[1] - q[1])
                        best = min(best, math.hypot(min(dx, 1 - dx), min(dy, 1 - dy)))
        return best

    assert torus_min(pts) >= r * 0.9999
    # Progressive: the first half alone is still evenly spread, wider apart.
    assert torus_min(pts[: len(pts) // 2]) >= 1.15 * r


def test_the_generators_make_wrapping_poisson_discs_in_progressive_order():
    pts = poisson_disc_tile(0.08, seed=3)
    assert 60 <= len(pts) <= 160
    for i, p in enumerate(pts):
        for q in pts[i + 1 :]:
            dx, dy = abs(p[0] - q[0]), abs(p[1] - q[1])
            assert math.hypot(min(dx, 1 - dx), min(dy, 1 - dy)) >= 0.08
    order = progressive_order(pts)
    assert sorted(order) == list(range(len(pts)))
    with pytest.raises(ValueError):
        poisson_disc_tile(0.0, seed=1)


# -- layers, determinism, compositing ----------------------------------------------------------
def test_session_one_has_fewer_impressions_and_lies_under_the_final_result():
    zones = layered_zones("mid-scalp", rect(0.2, 0.2, 0.8, 0.8), 3)
    d = design(*zones)
    base = skin()
    first = render_preview(base, d, layer=1)
    final = render_preview(base, d)
    count_first = len(impression_points(d, zones[0], W, H))
    count_final = sum(len(impression_points(d, z, W, H)) for z in zones)
    assert 0 < count_first < 0.7 * count_final
    # Visibly lighter: the faint shadow between dots covers the whole zone in
    # both, so it is the darkening, not the number of touched pixels, that tells.
    box = (round(0.3 * W), round(0.3 * H), round(0.7 * W), round(0.7 * H))

    def drop(image: Image.Image) -> float:
        diff = ImageChops.subtract(base.crop(box), image.crop(box)).convert("L")
        return float(ImageStat.Stat(diff).mean[0])

    assert 0 < drop(first) < 0.7 * drop(final)
    # Same dots, more of them: the final result is nowhere lighter than session 1.
    assert darker_everywhere_or_equal(final, first)


def test_same_inputs_give_the_same_pixels_and_the_seed_moves_the_dots():
    h = Hairline(points=(Point(0.1, 0.5), Point(0.5, 0.4)), softness_mm=6, irregularity=0.6)
    d = design(zone(rect(0.1, 0.1, 0.9, 0.5), 70.0, kind="hairline"), hairline=h)
    base = skin()
    one = render_preview(base, d)
    smp_render._clear_caches()
    assert render_preview(base, d).tobytes() == one.tobytes()
    assert render_preview(base, d, seed=1).tobytes() != one.tobytes()
    assert base.tobytes() == skin().tobytes()  # the base itself is never drawn on


def test_pigment_only_darkens_and_skin_texture_shows_through():
    d = design(zone(rect(0.1, 0.1, 0.9, 0.9), 120.0, dilution=100, impression_mm=1.0))
    base = skin()
    out = render_preview(base, d)
    assert darker_everywhere_or_equal(out, base)
    assert ImageChops.difference(out, base).getbbox() is not None


def test_pixels_away_from_every_zone_and_its_feathering_are_unchanged():
    h = Hairline(
        points=(Point(0.25, 0.55), Point(0.5, 0.5), Point(0.75, 0.55)),
        softness_mm=8,
        irregularity=1.0,
        symmetric=False,
    )
    d = design(
        zone(rect(0.25, 0.2, 0.75, 0.56), 90.0, kind="hairline"),
        zone(rect(0.3, 0.05, 0.7, 0.2), 90.0),
        hairline=h,
    )
    base = skin()
    out = render_preview(base, d)
    reach = (8 / 10 + 3 * smp_render.EDGE_MM / 10) * PX_PER_CM + 6  # feathering + soft edge
    outside = [
        (0, 0, round(0.25 * W - reach), H),  # left of every zone
        (round(0.75 * W + reach), 0, W, H),  # right
        (0, round(0.56 * H + reach), W, H),  # in front of the line, past its softness
    ]
    for box in outside:
        assert out.crop(box).tobytes() == base.crop(box).tobytes(), box
    # ...while the feathered band in front of the line does get impressions.
    band = (round(0.3 * W), round(0.56 * H), round(0.7 * W), round(0.56 * H + 0.4 * PX_PER_CM))
    assert out.crop(band).tobytes() != base.crop(band).tobytes()


def test_impressions_thin_out_in_front_of_the_hairline():
    h = Hairline(points=(Point(-0.1, 0.6), Point(1.1, 0.6)), softness_mm=8, irregularity=0.0)
    z = zone(rect(0.0, 0.1, 1.0, 0.6), 80.0, kind="hairline")
    points = impression_points(design(z, hairline=h), z, W, H)
    line = 0.6 * H

    def per_cm2(d0_mm: float, d1_mm: float) -> float:
        y0, y1 = line + d0_mm / 10 * PX_PER_CM, line + d1_mm / 10 * PX_PER_CM
        return inside_px(points, (0, y0, W, y1)) / (W * (y1 - y0) / PX_PER_CM**2)

    behind = per_cm2(-25, -8)
    bands = [per_cm2(a, a + 2) for a in (0, 2, 4, 6)]
    assert behind == pytest.approx(80.0, rel=0.08)
    assert behind > bands[0] > bands[1] > bands[2] >= bands[3]
    assert bands[0] > 0.25 * behind  # a soft edge, not a cut
    assert per_cm2(9, 20) == 0  # and nothing past the softness


def test_the_front_is_the_side_away_from_the_zones():
    """The same line with the zone below it fades upwards (a top view, forehead up)."""
    h = Hairline(points=(Point(-0.1, 0.4), Point(1.1, 0.4)), softness_mm=6, irregularity=0.0)
    z = zone(rect(0.0, 0.4, 1.0, 0.9), 80.0, kind="hairline")
    points = impression_points(design(z, hairline=h), z, W, H)
    line = 0.4 * H
    above = inside_px(points, (0, line - 0.3 * PX_PER_CM, W, line))
    below = inside_px(points, (0, line + 1.0 * PX_PER_CM, W, line + 1.3 * PX_PER_CM))
    assert 0 < above < 0.7 * below


def test_the_shade_and_dilution_are_honoured():
    base = Image.new("RGB", (W, H), (200, 200, 200))

    def mean(out: Image.Image) -> tuple[float, ...]:
        px = out.crop((200, 150, 600, 450)).resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
        assert isinstance(px, tuple)
        return px

    light = mean(render_preview(base, design(zone(rect(0.1, 0.1, 0.9, 0.9), 100.0, dilution=20))))
    dark = mean(render_preview(base, design(zone(rect(0.1, 0.1, 0.9, 0.9), 100.0, dilution=90))))
    assert all(d < lt < 200 for d, lt in zip(dark, light, strict=True))
    brown = mean(
        render_preview(
            base, design(zone(rect(0.1, 0.1, 0.9, 0.9), 100.0, dilution=90, shade="Mid brown"))
        )
    )
    assert brown[0] > brown[2]  # brown keeps more red than blue


def _top_head_design() -> Design:
    """Hairline band, mid-scalp and crown on the synthetic top view, three sessions each,
    at the cited default densities and dilutions (what a clinic's first design looks like)."""
    from smpdesk.domain.design_densities import DEFAULT_SOFTNESS_MM
    from smpdesk.infra.synthetic_head import ASPECT, head_layout

    layout = head_layout("top")
    per_cm = 1 / layout.cm_per_height
    line = tuple(Point(x, y) for x, y in layout.hairline)
    back = tuple(Point(p.x, p.y - 2.4 * per_cm) for p in line)  # the band is 2.4 cm deep
    band = (*line, *reversed(back))
    mid = (*back, Point(0.64, 0.45), Point(0.6, 0.22), Point(0.5, 0.18), Point(0.4, 0.22))
    mid = (*mid, Point(0.36, 0.45))
    cx, cy = layout.crown
    r = layout.crown_radius
    crown = tuple(
        Point(cx + r * 0.75 * math.cos(a * math.tau / 20), cy + r * math.sin(a * math.tau / 20))
        for a in range(20)
    )
    return Design(
        base=Base(photo_id=1),
        aspect=ASPECT,
        hairline=Hairline(
            points=tuple(p for p in line if p.x <= 0.5 + 1e-9),
            softness_mm=DEFAULT_SOFTNESS_MM,
            irregularity=0.4,
            symmetric=True,
            centre_x=0.5,
        ),
        scale=Scale(Point(0.1, 0.5), Point(0.1, 0.5 + 5 * per_cm), 5.0),
        zones=(
            *layered_zones("hairline", band, 3),
            *layered_zones("mid-scalp", mid, 3),
            *layered_zones("crown", crown, 3),
        ),
    )


def test_a_finished_zone_darkens_like_the_buzzed_stubble_beside_it(monkeypatch):
    """A healed, finished SMP result reads as a buzz cut: the treated area darkens about
    as much as the head's own stubble does, session 1 clearly less.

    The stubble's darkening is measured against the same synthetic photo drawn with
    no hair at all (same light, same skin); the zone's against the photo it is drawn on.
    (The first renderer's dots darkened the zone 6 %, a fifth of the stubble's 30 %.)
    """
    from smpdesk.infra import synthetic_head as heads

    width = 1000
    base = heads.synthetic_head("top", width=width, seed=0)
    heads._painted.cache_clear()
    monkeypatch.setattr(heads._TopHead, "hair", lambda self, x, y, n: 0.0)
    try:
        bald = heads.synthetic_head("top", width=width, seed=0)
    finally:
        heads._painted.cache_clear()  # the bald head must not be served to anyone else
    w, h = base.size

    def mean_l(image: Image.Image, box: tuple[float, float, float, float]) -> float:
        px = tuple(round(v * s) for v, s in zip(box, (w, h, w, h), strict=True))
        return float(ImageStat.Stat(image.convert("L").crop(px)).mean[0])

    sides = [(0.27, 0.40, 0.31, 0.60), (0.69, 0.40, 0.73, 0.60)]  # full stubble, both sides
    stubble = sum(1 - mean_l(base, b) / mean_l(bald, b) for b in sides) / 2
    assert 0.2 < stubble < 0.5  # the reference itself is what it should be

    design = _top_head_design()
    zone = (0.42, 0.55, 0.58, 0.80)  # mid-scalp and hairline band, on almost bare skin
    finished = 1 - mean_l(render_preview(base, design), zone) / mean_l(base, zone)
    first = 1 - mean_l(render_preview(base, design, layer=1), zone) / mean_l(base, zone)
    assert 0.6 * stubble <= finished <= 1.2 * stubble
    assert 0.25 * finished < first < 0.65 * finished


def test_a_later_zone_replaces_an_earlier_one_where_they_overlap_and_meeting_zones_leave_no_seam():
    """A crown drawn over the mid-scalp gets the crown's density (not both added up),
    and two zones that only meet add up to an even density across their common edge."""
    mid = zone(rect(0.05, 0.05, 0.95, 0.95), 60.0)
    crown = zone(rect(0.4, 0.3, 0.7, 0.7), 90.0, kind="crown")
    d = design(mid, crown)
    points = [p for z in d.zones for p in impression_points(d, z, W, H)]
    margin = 4 * smp_render.EDGE_MM / 10 * PX_PER_CM
    inner = (0.4 * W + margin, 0.3 * H + margin, 0.7 * W - margin, 0.7 * H - margin)
    area = (inner[2] - inner[0]) * (inner[3] - inner[1]) / PX_PER_CM**2
    assert inside_px(points, inner) / area == pytest.approx(90.0, rel=0.1)

    left = zone(rect(0.05, 0.05, 0.5, 0.95), 60.0)
    right = zone(rect(0.5, 0.05, 0.95, 0.95), 60.0, kind="crown")
    d = design(left, right)
    points = [p for z in d.zones for p in impression_points(d, z, W, H)]
    seam = (0.5 * W - 0.3 * PX_PER_CM, 0.1 * H, 0.5 * W + 0.3 * PX_PER_CM, 0.9 * H)
    area = (seam[2] - seam[0]) * (seam[3] - seam[1]) / PX_PER_CM**2
    assert inside_px(points, seam) / area == pytest.approx(60.0, rel=0.2)


def test_carbon_black_reads_as_a_cool_dark_grey_in_skin():
    """Pigment seen through the epidermis loses less blue than red (the Tyndall effect):
    on a neutral grey photo carbon black leaves a slight blue-grey cast."""
    base = Image.new("RGB", (W, H), (180, 180, 180))
    out = render_preview(base, design(zone(rect(0.1, 0.1, 0.9, 0.9), 90.0, dilution=60)))
    px = out.crop((200, 150, 600, 450)).resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    assert isinstance(px, tuple)
    r, g, b = px
    assert r < 170 and r < g < b  # darkened, and coolest in blue
    assert b - r < 25  # a cast, not a blue tint


def test_the_stored_impression_atlas_is_what_its_generator_makes():
    """resources/designs/dot_atlas.png holds each pixel's owner impression (rank, session
    order, size-scaled distance, tone) from the stored blue-noise tile."""
    from tests.benchmarks.make_dot_atlas import check

    assert check(samples=300) == 0
    with Image.open(resources_dir() / "designs" / "dot_atlas.png") as atlas:
        assert atlas.mode == "RGBA" and atlas.size == (smp_render.ATLAS_SIDE,) * 2
        rank, order, _dist, _tone = atlas.split()
        assert rank.getextrema() == (0, smp_render.RANK_MAX)
        assert order.getextrema() == (0, 255)


def test_a_preview_at_screen_size_shows_the_same_pattern_as_the_export():
    """Sizes are in the base's units: the live preview is the export, scaled."""
    z = zone(rect(0.1, 0.1, 0.9, 0.9), 60.0)
    d = design(z)
    big = impression_points(d, z, 1600, 1200)
    small = impression_points(d, z, 800, 600)
    assert len(small) == pytest.approx(len(big), rel=0.03)


# -- hostile input -----------------------------------------------------------------------------
def test_pictures_too_large_are_refused_before_any_work():
    d = design(zone(rect(0.1, 0.1, 0.9, 0.9)))
    for size in ((smp_render.MAX_SIDE + 1, 10), (8000, 5001)):
        huge = Image.new("1", size)
        with pytest.raises(UserError, match="too large"):
            render_preview(huge, d)
        with pytest.raises(UserError, match="too large"):
            render_plan(huge, d)


@pytest.mark.parametrize(
    "marks, cm",
    [
        ((Point(0.5, 0.5), Point(0.5, 0.500001)), 50.0),  # the picture "spans" km: dots sub-pixel
        ((Point(0.0, 0.0), Point(1.0, 1.0)), 0.1),  # the picture spans 1 mm: dots huge
    ],
)
def test_absurd_scales_are_clamped_not_obeyed(marks, cm):
    d = Design(
        base=Base(photo_id=1),
        aspect=W / H,
        scale=Scale(marks[0], marks[1], cm),
        zones=(zone(rect(0.0, 0.0, 1.0, 1.0), 250.0),),
    )
    out = render_preview(skin(), d)
    assert out.size == (W, H)
    assert darker_everywhere_or_equal(out, skin())
    side = smp_render._zone_layout(d, 0, W, H, 0)
    assert side is not None
    assert smp_render.MIN_SPACING_PX * 60 <= side.side <= smp_render.MAX_TILE_PX


def test_listing_more_impressions_than_the_cap_is_refused():
    d = Design(
        base=Base(photo_id=1),
        aspect=1.0,
        scale=Scale(Point(0.5, 0.5), Point(0.5, 0.500001), 50.0),
        zones=(zone(rect(0.0, 0.0, 1.0, 1.0), 250.0),),
    )
    side = 2000  # 4 MP at the 1.5 px floor spacing: about 1.8 million dots
    assert side * side / smp_render.MIN_SPACING_PX**2 > MAX_IMPRESSIONS
    with pytest.raises(UserError, match="too many impressions"):
        impression_points(d, d.zones[0], side, side)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -5.0, 10_000.0])
def test_nonsense_numbers_in_a_design_object_are_refused(bad):
    d = design(zone(rect(0.1, 0.1, 0.9, 0.9), bad))
    with pytest.raises(UserError):
        render_preview(skin(), d)
    with pytest.raises(UserError):
        render_plan(skin(), d)


def test_a_zone_off_the_picture_draws_nothing():
    d = design(zone((Point(1.2, 1.2), Point(1.4, 1.2), Point(1.4, 1.4)), 100.0))
    assert render_preview(skin(), d).tobytes() == skin().tobytes()
    assert impression_points(d, d.zones[0], W, H) == []


# -- outlines and the plan drawing -------------------------------------------------------------
@pytest.mark.parametrize("view", list(OUTLINE_VIEWS))
def test_every_built_in_outline_draws_as_a_head(view):
    spec = outline_spec(view)
    assert spec["aspect"] == OUTLINE_ASPECT[view]
    names = {s["name"] for s in spec["shapes"]}
    assert "head" in names
    image = outline_base(view, 300)
    assert image.mode == "RGB" and image.size == (300, round(300 / OUTLINE_ASPECT[view]))
    # A skin-coloured head on a neutral background, not an empty canvas.
    colours = image.getcolors(300 * 400)
    assert colours is not None and len(colours) > 50
    head = next(s for s in spec["shapes"] if s["name"] == "head")
    xs = [p[0] for p in head["points"]]
    ys = [p[1] for p in head["points"]]
    centre = image.getpixel(
        (round(300 * sum(xs) / len(xs)), round(image.height * sum(ys) / len(ys)))
    )
    assert isinstance(centre, tuple) and centre[0] > centre[2] + 15  # warm skin, not the background
    # The same art at another size, and an SMP preview on it.
    assert outline_base(view, 120).size[0] == 120
    d = Design(
        base=Base(outline=view),
        aspect=OUTLINE_ASPECT[view],
        zones=(zone(rect(0.3, 0.2, 0.7, 0.4)),),
    )
    assert render_preview(image, d).tobytes() != image.tobytes()


def test_outline_sizes_and_views_are_checked():
    with pytest.raises(UserError):
        outline_base("front", 10**6)
    with pytest.raises(UserError):
        outline_base("front", 0)
    with pytest.raises(UserError):
        outline_base("sideways")


def test_an_outline_file_is_checked_field_by_field():
    good = json.loads((resources_dir() / "designs" / "heads" / "front.json").read_text())
    smp_render._check_outline(good, "front")
    for breaker in (
        lambda d: d.update(format=2),
        lambda d: d["shapes"][0].update(points=[[0, 0], [float("nan"), 1], [1, 1]]),
        lambda d: d["shapes"][0].update(fill="red"),
        lambda d: d["shapes"][0].update(type="circle"),
        lambda d: d["shapes"][0].update(clip="nowhere"),
        lambda d: d.update(shapes=d["shapes"] * 100),
    ):
        bad = json.loads(json.dumps(good))
        breaker(bad)
        with pytest.raises(ValueError):
            smp_render._check_outline(bad, "front")


def test_the_plan_draws_zones_hairline_centre_line_and_scale():
    h = Hairline(points=(Point(0.2, 0.6), Point(0.35, 0.45)), softness_mm=5, centre_x=0.5)
    d = design(
        zone(rect(0.2, 0.15, 0.8, 0.5), 60.0, kind="hairline"),
        zone(rect(0.05, 0.7, 0.15, 0.9), 60.0, kind="scar", layer=2),
        hairline=h,
    )
    base = Image.new("RGB", (W, H), (120, 120, 120))
    plan = render_plan(base, d)
    assert plan.size == base.size and plan.mode == "RGB"

    def near(xy: tuple[float, float], colour: tuple[int, int, int], tolerance: int = 40) -> bool:
        px = plan.getpixel((round(xy[0] * W), round(xy[1] * H)))
        assert isinstance(px, tuple)
        return all(abs(a - b) <= tolerance for a, b in zip(px, colour, strict=True))

    # The base is lightened, the zone tinted in its kind's colour.
    assert plan.getpixel((5, 5)) > base.getpixel((5, 5))  # type: ignore[operator]
    tint = plan.getpixel((round(0.3 * W), round(0.2 * H)))
    assert isinstance(tint, tuple) and tint[0] > tint[2] + 20  # hairline red
    # The hairline curve passes through its (mirrored) points.
    assert near((0.35, 0.45), (255, 255, 255), 60) or near((0.35, 0.45), smp_render.HAIRLINE_COLOUR)
    assert near((0.65, 0.45), (255, 255, 255), 60) or near((0.65, 0.45), smp_render.HAIRLINE_COLOUR)
    # A dashed centre line and a scale bar (bottom left, dark ink).
    column = [plan.getpixel((W // 2, y)) for y in range(round(0.92 * H), H)]
    assert any(isinstance(p, tuple) and p[0] < 150 for p in column)
    corner = plan.crop((0, H - 40, 200, H)).convert("L")
    assert corner.getextrema()[0] < 80
    # Session 1 only: the layer-2 scar zone is not drawn.
    first = render_plan(base, d, layer=1)
    scar = (round(0.1 * W), round(0.8 * H))
    assert first.getpixel(scar) != plan.getpixel(scar)
    assert set(ZONE_COLOURS) == set(smp_render.ZONE_KINDS)


def test_the_plan_without_a_scale_has_no_scale_bar_and_small_sizes_work():
    d = design(zone(rect(0.2, 0.2, 0.8, 0.8)), with_scale=False)
    base = Image.new("RGB", (W, H), (120, 120, 120))
    corner = render_plan(base, d).crop((0, H - 40, 200, H)).convert("L")
    assert corner.getextrema()[0] > 150
    assert render_plan(base.resize((64, 48)), d).size == (64, 48)
    assert render_preview(base.resize((64, 48)), d).size == (64, 48)
