"""Geometry of a design: the hairline curve, symmetry, real-world sizes and hit tests.

The numbers a practitioner shows a client (hairline height, zone area in cm²,
how many impressions) come from here, so each is checked against a figure
worked out by hand from a known reference scale.
"""

from __future__ import annotations

import itertools
import math
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smpdesk.domain.design_geometry import (
    ASSUMED_OUTLINE_CM_PER_HEIGHT,
    ASSUMED_PHOTO_CM_PER_HEIGHT,
    assumed_cm_per_height,
    cm_per_height,
    distance_cm,
    distance_to_polyline,
    effective_hairline_points,
    hairline_curve,
    impression_count,
    mirror,
    point_in_polygon,
    polygon_area_cm2,
    zone_area_cm2,
)
from smpdesk.domain.designs import OUTLINE_VIEWS, Base, Design, Hairline, Point, Scale, Zone

P = Point


def design(aspect: float = 1.0, scale: Scale | None = None, outline: str | None = None) -> Design:
    base = Base(outline=outline) if outline else Base(photo_id=1)
    return Design(base=base, aspect=aspect, scale=scale)


def close(a: Point, b: Point, tol: float = 1e-9) -> bool:
    return abs(a.x - b.x) <= tol and abs(a.y - b.y) <= tol


# A realistic front-view hairline drawn on the left half: temple point low and
# close to the next point (uneven spacing is where uniform Catmull-Rom loops).
LEFT_HALF = (P(0.18, 0.42), P(0.21, 0.36), P(0.30, 0.31), P(0.42, 0.28))


# -- mirroring and symmetry ----------------------------------------------------------
def test_mirror_reflects_about_the_centre_line_and_twice_is_identity() -> None:
    assert mirror(P(0.2, 0.3), 0.5) == P(0.8, 0.3)
    assert close(mirror(P(0.2, 0.3), 0.4), P(0.6, 0.3))
    assert close(mirror(P(0.9, 0.1), 0.4), P(-0.1, 0.1))  # may leave the image: still a point
    assert close(mirror(mirror(P(0.13, 0.7), 0.47), 0.47), P(0.13, 0.7))


def test_asymmetric_hairline_keeps_its_drawn_points() -> None:
    pts = (P(0.1, 0.4), P(0.7, 0.2), P(0.9, 0.5))
    assert effective_hairline_points(Hairline(points=pts, symmetric=False)) == pts


def test_symmetric_hairline_is_left_points_then_their_mirrors_left_to_right() -> None:
    # A stray right-hand point is ignored: the right side is the left's mirror.
    h = Hairline(points=(*LEFT_HALF, P(0.9, 0.9)), symmetric=True, centre_x=0.5)
    eff = effective_hairline_points(h)
    assert eff[: len(LEFT_HALF)] == LEFT_HALF
    assert len(eff) == 2 * len(LEFT_HALF)
    for i, p in enumerate(LEFT_HALF):
        assert close(eff[-1 - i], P(1.0 - p.x, p.y))
    xs = [p.x for p in eff]
    assert xs == sorted(xs)


def test_symmetric_point_on_the_centre_line_is_kept_once() -> None:
    apex = P(0.45, 0.25)
    h = Hairline(points=(P(0.2, 0.4), apex, P(0.3, 0.3)), symmetric=True, centre_x=0.45)
    eff = effective_hairline_points(h)
    assert eff.count(apex) == 1
    assert eff[2] == apex
    assert len(eff) == 5


def test_symmetric_with_only_right_points_mirrors_them_to_the_left() -> None:
    h = Hairline(points=(P(0.6, 0.3), P(0.8, 0.4)), symmetric=True, centre_x=0.5)
    eff = effective_hairline_points(h)
    assert len(eff) == 4
    assert close(eff[0], P(0.2, 0.4)) and close(eff[1], P(0.4, 0.3))
    assert eff[2:] == (P(0.6, 0.3), P(0.8, 0.4))


def test_symmetric_curve_is_its_own_mirror_image_about_a_moved_centre_line() -> None:
    centre = 0.47
    h = Hairline(points=LEFT_HALF, symmetric=True, centre_x=centre)
    curve = hairline_curve(h, aspect=4 / 3)
    for a, b in zip(curve, reversed(curve), strict=True):
        assert close(mirror(a, centre), b, 1e-9)


# -- the curve -------------------------------------------------------------------------
def test_curve_passes_through_every_control_point_in_order() -> None:
    h = Hairline(points=(P(0.1, 0.5), P(0.25, 0.3), P(0.5, 0.25), P(0.9, 0.45)), symmetric=False)
    curve = hairline_curve(h, aspect=1.5, samples_per_segment=10)
    assert len(curve) == 3 * 10 + 1
    for i, p in enumerate(h.points):
        assert curve[i * 10] == p


def test_curve_is_smooth_between_points_not_a_polyline() -> None:
    h = Hairline(points=(P(0.1, 0.5), P(0.5, 0.2), P(0.9, 0.5)), symmetric=False)
    curve = hairline_curve(h, aspect=1.0, samples_per_segment=8)
    # Midway between the first two handles the curve bulges above the chord.
    mid = curve[4]
    assert mid.y < (0.5 + 0.2) / 2 - 0.01


def test_straight_points_give_a_straight_curve() -> None:
    h = Hairline(points=(P(0.1, 0.1), P(0.2, 0.2), P(0.6, 0.6), P(0.65, 0.65)), symmetric=False)
    for p in hairline_curve(h, aspect=1.0):
        assert abs(p.x - p.y) < 1e-9


def test_unevenly_spaced_points_do_not_loop_or_overshoot() -> None:
    """Centripetal parameterisation: x keeps increasing, y stays within the handles' band."""
    h = Hairline(points=(P(0.10, 0.45), P(0.115, 0.40), P(0.5, 0.25), P(0.9, 0.3)), symmetric=False)
    curve = hairline_curve(h, aspect=4 / 3, samples_per_segment=32)
    xs = [p.x for p in curve]
    assert all(b >= a for a, b in itertools.pairwise(xs))
    assert min(p.y for p in curve) > 0.25 - 0.02


def _hermite_centripetal(
    p0: tuple[float, float],
    p1: tuple[float, float],
    p2: tuple[float, float],
    p3: tuple[float, float],
    u: float,
) -> tuple[float, float]:
    """Centripetal Catmull-Rom by its tangent (Hermite) form, an independent reference."""
    t01 = math.dist(p0, p1) ** 0.5
    t12 = math.dist(p1, p2) ** 0.5
    t23 = math.dist(p2, p3) ** 0.5
    out = []
    for k in range(2):
        m1 = t12 * ((p1[k] - p0[k]) / t01 - (p2[k] - p0[k]) / (t01 + t12) + (p2[k] - p1[k]) / t12)
        m2 = t12 * ((p2[k] - p1[k]) / t12 - (p3[k] - p1[k]) / (t12 + t23) + (p3[k] - p2[k]) / t23)
        h00 = 2 * u**3 - 3 * u**2 + 1
        h10 = u**3 - 2 * u**2 + u
        h01 = -2 * u**3 + 3 * u**2
        h11 = u**3 - u**2
        out.append(h00 * p1[k] + h10 * m1 + h01 * p2[k] + h11 * m2)
    return out[0], out[1]


def test_curve_is_centripetal_catmull_rom() -> None:
    """Pins alpha = 0.5 (not uniform, not chordal) against the Hermite formulation."""
    pts = [(0.1, 0.45), (0.14, 0.38), (0.5, 0.25), (0.9, 0.3)]
    h = Hairline(points=tuple(P(x, y) for x, y in pts), symmetric=False)
    curve = hairline_curve(h, aspect=1.0, samples_per_segment=8)
    # The middle segment (points 1 -> 2) has real neighbours on both sides.
    for j in range(9):
        x, y = _hermite_centripetal(pts[0], pts[1], pts[2], pts[3], j / 8)
        assert close(curve[8 + j], P(x, y), 1e-9)


def test_curve_is_computed_in_height_units() -> None:
    """Aspect 2 with x halved is the same physical curve as aspect 1."""
    pts = (P(0.1, 0.5), P(0.3, 0.2), P(0.35, 0.45), P(0.8, 0.4))
    wide = hairline_curve(Hairline(points=pts, symmetric=False), aspect=2.0)
    square = hairline_curve(
        Hairline(points=tuple(P(p.x * 2, p.y) for p in pts), symmetric=False), aspect=1.0
    )
    for a, b in zip(wide, square, strict=True):
        assert close(P(a.x * 2, a.y), b, 1e-9)


def test_degenerate_hairlines() -> None:
    assert hairline_curve(Hairline(points=(), symmetric=False), 1.0) == []
    one = hairline_curve(Hairline(points=(P(0.3, 0.3),), symmetric=False), 1.0)
    assert one == [P(0.3, 0.3)]
    # Repeated points (a double click) neither divide by zero nor leave NaN.
    dup = Hairline(points=(P(0.1, 0.4), P(0.1, 0.4), P(0.5, 0.3), P(0.5, 0.3)), symmetric=False)
    curve = hairline_curve(dup, 1.0, samples_per_segment=4)
    assert len(curve) == 5
    assert all(math.isfinite(p.x) and math.isfinite(p.y) for p in curve)
    assert hairline_curve(dup, 1.0, samples_per_segment=0)[-1] == P(0.5, 0.3)


@pytest.mark.parametrize("aspect", [0.0, -1.0, math.nan, math.inf])
def test_a_nonsense_aspect_is_refused(aspect: float) -> None:
    with pytest.raises(ValueError):
        hairline_curve(Hairline(points=LEFT_HALF), aspect)
    with pytest.raises(ValueError):
        distance_to_polyline(P(0, 0), [P(1, 1)], aspect)


coord = st.floats(min_value=-0.5, max_value=1.5, allow_nan=False)
points_st = st.lists(st.builds(Point, coord, coord), min_size=2, max_size=64)


@settings(max_examples=150, deadline=None)
@given(
    pts=points_st,
    symmetric=st.booleans(),
    centre=st.floats(0.0, 1.0),
    aspect=st.floats(0.1, 10.0),
)
def test_any_hairline_curve_is_finite_and_hits_its_points(
    pts: list[Point], symmetric: bool, centre: float, aspect: float
) -> None:
    h = Hairline(points=tuple(pts), symmetric=symmetric, centre_x=centre)
    curve = hairline_curve(h, aspect, samples_per_segment=6)
    assert all(math.isfinite(p.x) and math.isfinite(p.y) for p in curve)
    for p in effective_hairline_points(h):
        assert any(close(p, q, 1e-9) for q in curve)


def test_curve_of_64_points_is_cheap_enough_to_follow_a_drag() -> None:
    pts = tuple(P(0.05 + i * 0.014, 0.3 + ((i - 32) / 32) ** 2 * 0.1) for i in range(64))
    h = Hairline(points=pts, symmetric=False)
    best = math.inf
    for _ in range(5):
        start = time.perf_counter()
        hairline_curve(h, 4 / 3)
        best = min(best, time.perf_counter() - start)
    assert best < 0.010  # about 1 ms on a laptop core; 60 fps leaves 16 ms a frame


# -- scale and sizes -------------------------------------------------------------------
def test_cm_per_height_from_a_vertical_and_a_horizontal_scale() -> None:
    vertical = Scale(P(0.2, 0.1), P(0.2, 0.3), cm=2.0)  # 0.2 height units = 2 cm
    assert cm_per_height(design(1.5, vertical)) == pytest.approx(10.0)
    horizontal = Scale(P(0.1, 0.5), P(0.2, 0.5), cm=1.0)  # 0.1 wide x aspect 2 = 0.2 units
    assert cm_per_height(design(2.0, horizontal)) == pytest.approx(5.0)


def test_without_a_usable_scale_real_sizes_are_unknown() -> None:
    zone = Zone("crown", (P(0.1, 0.1), P(0.2, 0.1), P(0.2, 0.2)), density=30.0)
    for d in (design(1.0), design(1.0, Scale(P(0.3, 0.3), P(0.3, 0.3), cm=2.0))):
        assert cm_per_height(d) is None
        assert distance_cm(P(0, 0), P(1, 1), d) is None
        assert polygon_area_cm2(zone.points, d) is None
        assert zone_area_cm2(zone, d) is None
        assert impression_count(zone, d) is None


def test_distance_in_cm_uses_the_aspect() -> None:
    # 10 cm per height; aspect 1.5: 0.2 across is 0.3 height units = 3 cm; 0.4 down = 4 cm.
    d = design(1.5, Scale(P(0.0, 0.0), P(0.0, 0.1), cm=1.0))
    assert distance_cm(P(0.1, 0.1), P(0.3, 0.5), d) == pytest.approx(5.0)
    assert distance_cm(P(0.1, 0.1), P(0.1, 0.1), d) == 0.0


def test_known_square_has_its_area_in_cm2_on_a_wide_photo() -> None:
    """A 1 cm scale mark, and a 3 cm x 3 cm square drawn on a 4:3 photo."""
    aspect = 4 / 3
    d = design(aspect, Scale(P(0.5, 0.20), P(0.5, 0.25), cm=1.0))  # 20 cm per height
    side_y = 3 / 20
    side_x = side_y / aspect
    square = (
        P(0.3, 0.3),
        P(0.3 + side_x, 0.3),
        P(0.3 + side_x, 0.3 + side_y),
        P(0.3, 0.3 + side_y),
    )
    assert polygon_area_cm2(square, d) == pytest.approx(9.0)
    assert polygon_area_cm2(tuple(reversed(square)), d) == pytest.approx(9.0)  # either winding
    assert polygon_area_cm2(square[:2], d) == 0.0
    # An L-shaped (concave) zone: the square minus its top-right quarter-square.
    ell = (
        P(0.3, 0.3),
        P(0.3 + side_x / 2, 0.3),
        P(0.3 + side_x / 2, 0.3 + side_y / 2),
        P(0.3 + side_x, 0.3 + side_y / 2),
        P(0.3 + side_x, 0.3 + side_y),
        P(0.3, 0.3 + side_y),
    )
    assert polygon_area_cm2(ell, d) == pytest.approx(9.0 * 3 / 4)


def test_impression_count_is_density_times_area() -> None:
    d = design(1.0, Scale(P(0.0, 0.0), P(0.0, 0.1), cm=1.0))  # 10 cm per height
    # 0.25 x 0.1 height units = 2.5 cm x 1 cm = 2.5 cm².
    zone = Zone("hairline", (P(0.1, 0.1), P(0.35, 0.1), P(0.35, 0.2), P(0.1, 0.2)), density=40.0)
    assert zone_area_cm2(zone, d) == pytest.approx(2.5)
    assert impression_count(zone, d) == 100
    assert isinstance(impression_count(zone, d), int)


def test_assumed_size_is_the_scale_when_marked_else_a_stated_default() -> None:
    scaled = design(1.0, Scale(P(0.0, 0.0), P(0.0, 0.1), cm=1.0))
    assert assumed_cm_per_height(scaled) == pytest.approx(10.0)
    assert assumed_cm_per_height(design(1.0)) == ASSUMED_PHOTO_CM_PER_HEIGHT
    assert set(ASSUMED_OUTLINE_CM_PER_HEIGHT) == set(OUTLINE_VIEWS)
    for view, cm in ASSUMED_OUTLINE_CM_PER_HEIGHT.items():
        assert assumed_cm_per_height(design(1.0, outline=view)) == cm
        # A whole adult head (22-25 cm chin to crown) with a margin fills the frame.
        assert 24.0 <= cm <= 40.0
    assert 20.0 <= ASSUMED_PHOTO_CM_PER_HEIGHT <= 45.0


# -- hit tests -------------------------------------------------------------------------
SQUARE = (P(0.2, 0.2), P(0.6, 0.2), P(0.6, 0.6), P(0.2, 0.6))
# A "C" shape open to the right: its mouth is outside.
CEE = (
    P(0.1, 0.1),
    P(0.9, 0.1),
    P(0.9, 0.3),
    P(0.3, 0.3),
    P(0.3, 0.7),
    P(0.9, 0.7),
    P(0.9, 0.9),
    P(0.1, 0.9),
)


@pytest.mark.parametrize(
    ("p", "polygon", "inside"),
    [
        (P(0.4, 0.4), SQUARE, True),
        (P(0.1, 0.4), SQUARE, False),
        (P(0.7, 0.4), SQUARE, False),
        (P(0.4, 0.7), SQUARE, False),
        (P(0.2, 0.5), CEE, True),
        (P(0.6, 0.5), CEE, False),  # in the mouth of the C
        (P(0.6, 0.2), CEE, True),
        (P(0.6, 0.8), CEE, True),
        (P(0.4, 0.4), SQUARE[:2], False),
        (P(0.4, 0.4), (), False),
    ],
)
def test_point_in_polygon(p: Point, polygon: tuple[Point, ...], inside: bool) -> None:
    assert point_in_polygon(p, polygon) is inside
    assert point_in_polygon(p, tuple(reversed(polygon))) is inside


def test_distance_to_polyline_in_height_units() -> None:
    line = [P(0.1, 0.5), P(0.5, 0.5), P(0.5, 0.9)]
    assert distance_to_polyline(P(0.3, 0.4), line, 1.0) == pytest.approx(0.1)  # above a segment
    assert distance_to_polyline(P(0.6, 0.7), line, 1.0) == pytest.approx(0.1)  # beside the other
    assert distance_to_polyline(P(0.0, 0.5), line, 1.0) == pytest.approx(0.1)  # past an end
    assert distance_to_polyline(P(0.5, 0.5), line, 1.0) == 0.0
    # Across the image, x is stretched by the aspect: 0.1 wide on a 2:1 photo is 0.2.
    assert distance_to_polyline(P(0.6, 0.7), line, 2.0) == pytest.approx(0.2)
    assert distance_to_polyline(P(0.3, 0.4), [P(0.0, 0.0)], 1.0) == pytest.approx(0.5)
    assert distance_to_polyline(P(0.3, 0.4), [P(0.3, 0.0), P(0.3, 0.0)], 1.0) == pytest.approx(0.4)
    assert distance_to_polyline(P(0.3, 0.4), [], 1.0) == math.inf
