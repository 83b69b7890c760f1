"""Geometry of an SMP design: the hairline curve, real-world sizes, areas and hit tests.

Everything works on the normalised coordinates of :mod:`smpdesk.domain.designs`
(x, y in 0..1 of the base's width and height).  Lengths are measured in
**height units**: ``(x * aspect, y)``, so one unit is the base's full height
whichever way the image is shaped, and a circle stays a circle.  The scale the
practitioner marked (a known distance in cm between two points) turns height
units into centimetres; without one, sizes are unknown (``None``) except for
previews, which use :func:`assumed_cm_per_height`.

Pure Python and cheap: the designer recomputes the curve on every mouse move
while a point is dragged (64 points x 16 samples is about a thousand points).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from smpdesk.domain.designs import Design, Hairline, Point, Zone

# A point closer than this to the centre line (normalised x) lies *on* it: it is
# kept once (the apex of a widow's peak) instead of being mirrored onto itself.
_ON_CENTRE = 1e-9
# A scale whose two marks are closer than this (height units, about a
# thousandth of a pixel on a 4000 px photo) measures nothing.
_MIN_SCALE_SPAN = 1e-7

# What the full height of a base spans when the practitioner has not marked a
# scale, so a preview still shows impressions of a believable size and number.
# Adult male head length (brow to back, glabella-occiput) is 195 mm at the
# 50th percentile, 180-205 mm from the 5th to the 95th (British adults,
# http://personal.cityu.edu.hk/meachan/online%20anthropometry/Chapter2/Ch2-26.htm);
# head height (chin to crown) is about stature / 7.5 (the artists' canon of
# ~7.5 heads to a body), i.e. ~23 cm for the 1740 mm median stature on the
# same survey
# (http://personal.cityu.edu.hk/meachan/online%20anthropometry/Chapter2/Ch2-1.htm).
#   - Outline views (resources/designs/heads/*.json) are drawn as a whole adult
#     head filling about 75-80 % of the image height (front, back and sides:
#     chin to crown ~23 cm; top: brow to back of the head ~20 cm plus the ears
#     and shoulders' margin), so the full image height is 30 cm for every view.
#   - A client photo taken for a consultation is a close head shot (the head
#     and a little neck/background), so 30 cm as well.  This only sizes the
#     preview's dots; any size shown as a number needs a marked scale.
ASSUMED_OUTLINE_CM_PER_HEIGHT: dict[str, float] = {
    "front": 30.0,
    "top": 30.0,
    "left": 30.0,
    "right": 30.0,
    "back": 30.0,
}
ASSUMED_PHOTO_CM_PER_HEIGHT = 30.0


def mirror(p: Point, centre_x: float) -> Point:
    """``p`` reflected about the vertical line ``x = centre_x``.

    Mirroring in normalised x is the same as in pixels (the line is vertical
    and x scales uniformly), so no aspect is needed.
    """
    return Point(2.0 * centre_x - p.x, p.y)


def effective_hairline_points(h: Hairline) -> tuple[Point, ...]:
    """The control points the curve goes through, left to right.

    Without symmetry these are the drawn points.  With it, the points left of
    the centre line (in their drawn order, which the editor keeps left to
    right), then any point on the line, then the left points' mirror images in
    reverse order, so dragging a left point moves its twin and the right side
    cannot drift.  A design whose points all lie right of the line mirrors those
    instead, so toggling symmetry never makes the line vanish.
    """
    points = h.points
    if not h.symmetric:
        return points
    c = h.centre_x
    left = [p for p in points if p.x < c - _ON_CENTRE]
    on_line = [p for p in points if abs(p.x - c) <= _ON_CENTRE]
    if not left:
        right = [p for p in points if p.x > c + _ON_CENTRE]
        if not right:
            return points
        left = [mirror(p, c) for p in reversed(right)]
    return (*left, *on_line, *(mirror(p, c) for p in reversed(left)))


def _check_aspect(aspect: float) -> None:
    if not (math.isfinite(aspect) and aspect > 0):
        raise ValueError(f"aspect must be a positive finite number, not {aspect!r}")


def hairline_curve(h: Hairline, aspect: float, samples_per_segment: int = 16) -> list[Point]:
    """A smooth polyline through every effective control point, left to right.

    Centripetal Catmull-Rom (alpha = 0.5, Barry-Goldman evaluation) in height
    units: unlike the uniform kind it never loops or overshoots into cusps when
    points are unevenly spaced, which is exactly what a temple point close to a
    frontal point is.  The control points themselves are emitted exactly (not
    re-evaluated), so the curve visibly passes through every handle.  Repeated
    consecutive points are dropped (they would make a zero-length segment).
    With 1 point the "curve" is that point; with none it is empty.
    """
    _check_aspect(aspect)
    steps = max(1, int(samples_per_segment))
    pts: list[tuple[float, float]] = []
    for p in effective_hairline_points(h):
        q = (p.x * aspect, p.y)
        if not pts or q != pts[-1]:
            pts.append(q)
    n = len(pts)
    if n < 2:
        return [Point(x / aspect, y) for x, y in pts]
    # Phantom end points continue the first and last segments straight on.
    ext = [
        (2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1]),
        *pts,
        (2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1]),
    ]
    inv = 1.0 / aspect
    out: list[Point] = []
    sqrt, hypot = math.sqrt, math.hypot
    for i in range(n - 1):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = ext[i], ext[i + 1], ext[i + 2], ext[i + 3]
        # Knot intervals: sqrt of the chord lengths (centripetal); never zero.
        d01 = max(sqrt(hypot(x1 - x0, y1 - y0)), 1e-12)
        d12 = max(sqrt(hypot(x2 - x1, y2 - y1)), 1e-12)
        d23 = max(sqrt(hypot(x3 - x2, y3 - y2)), 1e-12)
        t0, t1 = 0.0, d01
        t2 = t1 + d12
        t3 = t2 + d23
        out.append(Point(x1 * inv, y1))
        for j in range(1, steps):
            t = t1 + d12 * j / steps
            a1x = ((t1 - t) * x0 + (t - t0) * x1) / d01
            a1y = ((t1 - t) * y0 + (t - t0) * y1) / d01
            a2x = ((t2 - t) * x1 + (t - t1) * x2) / d12
            a2y = ((t2 - t) * y1 + (t - t1) * y2) / d12
            a3x = ((t3 - t) * x2 + (t - t2) * x3) / d23
            a3y = ((t3 - t) * y2 + (t - t2) * y3) / d23
            b1x = ((t2 - t) * a1x + (t - t0) * a2x) / (t2 - t0)
            b1y = ((t2 - t) * a1y + (t - t0) * a2y) / (t2 - t0)
            b2x = ((t3 - t) * a2x + (t - t1) * a3x) / (t3 - t1)
            b2y = ((t3 - t) * a2y + (t - t1) * a3y) / (t3 - t1)
            cx = ((t2 - t) * b1x + (t - t1) * b2x) / d12
            cy = ((t2 - t) * b1y + (t - t1) * b2y) / d12
            out.append(Point(cx * inv, cy))
    out.append(Point(pts[-1][0] * inv, pts[-1][1]))
    return out


def cm_per_height(design: Design) -> float | None:
    """Centimetres spanned by the base's full height, from the marked scale.

    ``None`` without a scale (or with one whose marks coincide): sizes shown
    as numbers must come from a real reference, never a guess.
    """
    s = design.scale
    if s is None:
        return None
    _check_aspect(design.aspect)
    span = math.hypot((s.b.x - s.a.x) * design.aspect, s.b.y - s.a.y)
    if not (math.isfinite(span) and span >= _MIN_SCALE_SPAN and math.isfinite(s.cm)):
        return None
    return s.cm / span


def assumed_cm_per_height(design: Design) -> float:
    """The marked scale, or a stated typical size of the base for previews.

    The preview needs a size to draw impressions at a believable spacing even
    before a scale is marked; see :data:`ASSUMED_OUTLINE_CM_PER_HEIGHT` and
    :data:`ASSUMED_PHOTO_CM_PER_HEIGHT` for what is assumed and why.
    """
    real = cm_per_height(design)
    if real is not None:
        return real
    if design.base.photo_id is None and design.base.outline is not None:
        return ASSUMED_OUTLINE_CM_PER_HEIGHT.get(design.base.outline, ASSUMED_PHOTO_CM_PER_HEIGHT)
    return ASSUMED_PHOTO_CM_PER_HEIGHT


def distance_cm(a: Point, b: Point, design: Design) -> float | None:
    """The real distance between two points of the base, ``None`` without a scale."""
    k = cm_per_height(design)
    if k is None:
        return None
    return math.hypot((b.x - a.x) * design.aspect, b.y - a.y) * k


def _area_height_units(points: Sequence[Point], aspect: float) -> float:
    """Shoelace area in height units² (a self-crossing outline nets its lobes)."""
    n = len(points)
    if n < 3:
        return 0.0
    twice = 0.0
    prev = points[-1]
    for p in points:
        twice += prev.x * p.y - p.x * prev.y
        prev = p
    return abs(twice) * 0.5 * aspect


def polygon_area_cm2(points: Sequence[Point], design: Design) -> float | None:
    """Area enclosed by ``points`` in cm², ``None`` without a scale.

    Fewer than three points enclose nothing (0.0).
    """
    k = cm_per_height(design)
    if k is None:
        return None
    return _area_height_units(points, design.aspect) * k * k


def zone_area_cm2(zone: Zone, design: Design) -> float | None:
    """The zone's area in cm² (``None`` without a scale)."""
    return polygon_area_cm2(zone.points, design)


def impression_count(zone: Zone, design: Design) -> int | None:
    """How many impressions the zone takes at its density: density x area.

    ``None`` without a scale: a count from a guessed size would be a number
    the client might hold the clinic to.
    """
    area = zone_area_cm2(zone, design)
    if area is None:
        return None
    return round(zone.density * area)


def point_in_polygon(p: Point, polygon: Sequence[Point]) -> bool:
    """Whether ``p`` is inside ``polygon`` (even-odd rule; fewer than 3 points: never).

    Works in normalised coordinates directly: inside-ness does not change
    when x is stretched, so no aspect is needed.
    """
    n = len(polygon)
    if n < 3:
        return False
    x, y = p.x, p.y
    inside = False
    prev = polygon[-1]
    for cur in polygon:
        if (cur.y > y) != (prev.y > y):
            cross_x = cur.x + (y - cur.y) * (prev.x - cur.x) / (prev.y - cur.y)
            if x < cross_x:
                inside = not inside
        prev = cur
    return inside


def distance_to_polyline(p: Point, line: Sequence[Point], aspect: float) -> float:
    """Shortest distance from ``p`` to the polyline ``line``, in height units.

    ``math.inf`` for an empty line (nothing to be near); the distance to the
    point for a one-point line.
    """
    _check_aspect(aspect)
    if not line:
        return math.inf
    px, py = p.x * aspect, p.y
    first = line[0]
    ax, ay = first.x * aspect, first.y
    best = (px - ax) * (px - ax) + (py - ay) * (py - ay)
    for q in line[1:]:
        bx, by = q.x * aspect, q.y
        dx, dy = bx - ax, by - ay
        seg = dx * dx + dy * dy
        if seg > 0.0:
            t = ((px - ax) * dx + (py - ay) * dy) / seg
            t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
            cx, cy = ax + t * dx - px, ay + t * dy - py
        else:
            cx, cy = ax - px, ay - py
        d = cx * cx + cy * cy
        if d < best:
            best = d
        ax, ay = bx, by
    return math.sqrt(best)


__all__ = [
    "ASSUMED_OUTLINE_CM_PER_HEIGHT",
    "ASSUMED_PHOTO_CM_PER_HEIGHT",
    "assumed_cm_per_height",
    "cm_per_height",
    "distance_cm",
    "distance_to_polyline",
    "effective_hairline_points",
    "hairline_curve",
    "impression_count",
    "mirror",
    "point_in_polygon",
    "polygon_area_cm2",
    "zone_area_cm2",
]
