"""The designer's edits as pure functions: one :class:`Design` in, the edited one out.

The window never changes a design in place (the model is frozen dataclasses):
each tool computes the next design with these functions and hands it to the
undo stack, so undo is "put the previous design back" and every edit, a drag
included, is one step.  No widgets here (only Qt's translate, for the
refusals), so the rules (where a new hairline point goes, what symmetry keeps,
the limits a saved design must respect) are tested without a window.

Symmetry: with ``Hairline.symmetric`` the stored points are the *drawn* ones,
left of the centre line (plus at most one point on it, the apex of a widow's
peak); the right side is their mirror image
(:func:`smpdesk.domain.design_geometry.effective_hairline_points`).  The editor
keeps that invariant, so every stored point is a handle the user can grab.
"""

from __future__ import annotations

import math
from dataclasses import replace

from smpdesk.domain.design_densities import DEFAULT_SOFTNESS_MM
from smpdesk.domain.design_geometry import (
    distance_to_polyline,
    effective_hairline_points,
    mirror,
)
from smpdesk.domain.designs import (
    MAX_HAIRLINE_POINTS,
    MAX_ZONE_POINTS,
    MAX_ZONES,
    SCALE_CM_RANGE,
    SOFTNESS_MM_RANGE,
    Design,
    Hairline,
    Point,
    Scale,
    Zone,
)
from smpdesk.errors import UserError
from smpdesk.gui.i18n import translate

# Points may run a little off the photo (a hairline leaving the frame at the
# temples), well inside what a saved design accepts (-0.5..1.5).
EDGE_MIN, EDGE_MAX = -0.2, 1.2
# How far (normalised x) a left point keeps from the centre line, so a drag
# never carries it across (where it would vanish behind its own mirror image).
CENTRE_GAP = 1e-4


class EditRefused(UserError):
    """An edit that would break a limit of the design (too many points, ...)."""


def clamp_point(p: Point) -> Point:
    """``p`` kept finite and within the editing area around the base."""
    x = p.x if math.isfinite(p.x) else 0.5
    y = p.y if math.isfinite(p.y) else 0.5
    return Point(min(max(x, EDGE_MIN), EDGE_MAX), min(max(y, EDGE_MIN), EDGE_MAX))


def hairline_of(design: Design) -> Hairline:
    """The design's hairline, or an empty one with the usual settings."""
    if design.hairline is not None:
        return design.hairline
    return Hairline(softness_mm=DEFAULT_SOFTNESS_MM)


def normalise_hairline(h: Hairline) -> Hairline:
    """``h`` with every stored point a handle: with symmetry, the drawn (left) side.

    A symmetric design read from elsewhere may hold points on both sides, or
    only on the right; it keeps the side the curve is drawn from
    (:func:`effective_hairline_points`), so what the user sees does not change.
    """
    if not h.symmetric:
        return h
    effective = effective_hairline_points(h)
    c = h.centre_x
    left = [p for p in effective if p.x < c]
    peak = [p for p in effective if p.x == c][:1]
    if not left and not peak:
        return h
    # effective = left, peak(s), mirrors: the handles are the left ones and the peak.
    return replace(h, points=(*left, *peak))


def normalise(design: Design) -> Design:
    """The design as the editor keeps it (see :func:`normalise_hairline`)."""
    if design.hairline is None:
        return design
    return replace(design, hairline=normalise_hairline(design.hairline))


def _with_hairline(design: Design, h: Hairline) -> Design:
    return replace(design, hairline=h)


def _height_distance(a: Point, b: Point, aspect: float) -> float:
    return math.hypot((a.x - b.x) * aspect, a.y - b.y)


def insertion_index(points: tuple[Point, ...], p: Point, aspect: float) -> int:
    """Where ``p`` joins the chain ``points`` adding the least length to it.

    A click on the curve between two points lands between them; a click
    beyond either end extends the line there.  Cheap: one pass over the chain.
    """
    if not points:
        return 0
    if len(points) == 1:
        return 0 if p.x < points[0].x else 1  # a line is drawn left to right
    best_index, best_cost = 0, _height_distance(p, points[0], aspect)
    end_cost = _height_distance(p, points[-1], aspect)
    if end_cost < best_cost:
        best_index, best_cost = len(points), end_cost
    for i in range(1, len(points)):
        a, b = points[i - 1], points[i]
        cost = (
            _height_distance(a, p, aspect)
            + _height_distance(p, b, aspect)
            - _height_distance(a, b, aspect)
        )
        if cost < best_cost:
            best_index, best_cost = i, cost
    return best_index


def add_hairline_point(design: Design, p: Point, *, snap_centre: float = 0.0) -> tuple[Design, int]:
    """The design with a new hairline point at ``p``, and the new point's index.

    With symmetry a click right of the centre line adds its mirror on the left
    (the user sees a point appear where they clicked), and a click within
    ``snap_centre`` (normalised x) of the line puts the apex on it.
    """
    h = normalise_hairline(hairline_of(design))
    if len(h.points) >= MAX_HAIRLINE_POINTS:
        raise EditRefused(
            translate("designs.designer_edits", "A hairline has at most {count} points.").format(
                count=MAX_HAIRLINE_POINTS
            )
        )
    p = clamp_point(p)
    points = h.points
    if h.symmetric:
        has_peak = any(q.x == h.centre_x for q in points)
        if abs(p.x - h.centre_x) <= snap_centre and not has_peak:
            new = Point(h.centre_x, p.y)
            return _with_hairline(design, replace(h, points=(*points, new))), len(points)
        if p.x >= h.centre_x:
            p = mirror(p, h.centre_x)
            if p.x >= h.centre_x - CENTRE_GAP:
                p = Point(h.centre_x - CENTRE_GAP, p.y)
        left = tuple(q for q in points if q.x < h.centre_x)
        peak = tuple(q for q in points if q.x == h.centre_x)
        # The left points run on to the apex, or across to their own mirror image:
        # that end is part of the chain a new point is fitted into.
        towards = peak[:1] if peak else (mirror(left[-1], h.centre_x),) if left else ()
        index = min(insertion_index((*left, *towards), p, design.aspect), len(left))
        new_points = (*left[:index], p, *left[index:], *peak)
        return _with_hairline(design, replace(h, points=new_points)), index
    index = insertion_index(points, p, design.aspect)
    new_points = (*points[:index], p, *points[index:])
    return _with_hairline(design, replace(h, points=new_points)), index


def move_hairline_point(design: Design, index: int, p: Point) -> Design:
    """The design with hairline point ``index`` at ``p`` (kept on its side of the centre)."""
    h = hairline_of(design)
    if not 0 <= index < len(h.points):
        return design
    p = clamp_point(p)
    old = h.points[index]
    if h.symmetric:
        if old.x == h.centre_x:
            p = Point(h.centre_x, p.y)  # the apex stays on the line
        elif p.x > h.centre_x - CENTRE_GAP:
            p = Point(h.centre_x - CENTRE_GAP, p.y)
    points = (*h.points[:index], p, *h.points[index + 1 :])
    return _with_hairline(design, replace(h, points=points))


def remove_hairline_point(design: Design, index: int) -> Design:
    h = hairline_of(design)
    if not 0 <= index < len(h.points):
        return design
    points = (*h.points[:index], *h.points[index + 1 :])
    return _with_hairline(design, replace(h, points=points))


def set_symmetric(design: Design, on: bool) -> Design:
    """Symmetry on keeps the drawn (left) side; off keeps the mirrored points as real ones."""
    h = hairline_of(design)
    if h.symmetric == on:
        return design
    if on:
        return _with_hairline(design, normalise_hairline(replace(h, symmetric=True)))
    return _with_hairline(design, replace(h, points=effective_hairline_points(h), symmetric=False))


def move_centre(design: Design, x: float) -> Design:
    """The centre line at ``x``: the drawn points stay, their mirror images follow.

    The line never passes a drawn point (which would then vanish behind its
    own mirror); an apex on the line moves with it.
    """
    h = hairline_of(design)
    if not math.isfinite(x):
        return design
    x = min(max(x, 0.0), 1.0)
    left = [p for p in h.points if p.x != h.centre_x]
    if h.symmetric and left:
        x = max(x, max(p.x for p in left) + CENTRE_GAP)
        x = min(x, 1.0)
    points = tuple(Point(x, p.y) if p.x == h.centre_x and h.symmetric else p for p in h.points)
    return _with_hairline(design, replace(h, centre_x=x, points=points))


def set_softness(design: Design, mm: float) -> Design:
    lo, hi = SOFTNESS_MM_RANGE
    return _with_hairline(design, replace(hairline_of(design), softness_mm=min(max(mm, lo), hi)))


def set_irregularity(design: Design, value: float) -> Design:
    value = min(max(value, 0.0), 1.0)
    return _with_hairline(design, replace(hairline_of(design), irregularity=value))


# -- zones ---------------------------------------------------------------------------
def add_zone(design: Design, zone: Zone) -> Design:
    if len(design.zones) >= MAX_ZONES:
        raise EditRefused(
            translate("designs.designer_edits", "A design has at most {count} zones.").format(
                count=MAX_ZONES
            )
        )
    if len(zone.points) < 3:
        raise EditRefused(
            translate("designs.designer_edits", "A zone needs at least three corners.")
        )
    if len(zone.points) > MAX_ZONE_POINTS:
        raise EditRefused(
            translate("designs.designer_edits", "A zone has at most {count} corners.").format(
                count=MAX_ZONE_POINTS
            )
        )
    points = tuple(clamp_point(p) for p in zone.points)
    return design.with_zones((*design.zones, replace(zone, points=points)))


def update_zone(design: Design, index: int, zone: Zone) -> Design:
    if not 0 <= index < len(design.zones):
        return design
    zones = list(design.zones)
    zones[index] = zone
    return design.with_zones(zones)


def delete_zone(design: Design, index: int) -> Design:
    if not 0 <= index < len(design.zones):
        return design
    return design.with_zones(design.zones[:index] + design.zones[index + 1 :])


def move_zone_vertex(design: Design, zone: int, index: int, p: Point) -> Design:
    if not 0 <= zone < len(design.zones):
        return design
    z = design.zones[zone]
    if not 0 <= index < len(z.points):
        return design
    points = (*z.points[:index], clamp_point(p), *z.points[index + 1 :])
    return update_zone(design, zone, replace(z, points=points))


def remove_zone_vertex(design: Design, zone: int, index: int) -> Design:
    """The zone without corner ``index``; refused below three corners (delete the zone)."""
    if not 0 <= zone < len(design.zones):
        return design
    z = design.zones[zone]
    if not 0 <= index < len(z.points):
        return design
    if len(z.points) <= 3:
        raise EditRefused(
            translate(
                "designs.designer_edits",
                "A zone needs at least three corners: delete the zone instead.",
            )
        )
    points = (*z.points[:index], *z.points[index + 1 :])
    return update_zone(design, zone, replace(z, points=points))


def insert_zone_vertex(design: Design, zone: int, p: Point) -> tuple[Design, int]:
    """A new corner on the zone's nearest edge (a click on its outline)."""
    z = design.zones[zone]
    if len(z.points) >= MAX_ZONE_POINTS:
        raise EditRefused(
            translate("designs.designer_edits", "A zone has at most {count} corners.").format(
                count=MAX_ZONE_POINTS
            )
        )
    ring = (*z.points, z.points[0])
    best, best_d = 1, math.inf
    for i in range(1, len(ring)):
        d = distance_to_polyline(p, (ring[i - 1], ring[i]), design.aspect)
        if d < best_d:
            best, best_d = i, d
    points = (*z.points[:best], clamp_point(p), *z.points[best:])
    return update_zone(design, zone, replace(z, points=points)), best


# -- scale ---------------------------------------------------------------------------
def set_scale(design: Design, a: Point, b: Point, cm: float) -> Design:
    lo, hi = SCALE_CM_RANGE
    if not math.isfinite(cm) or not lo <= cm <= hi:
        raise EditRefused(
            translate("designs.designer_edits", "Type a distance from {low} to {high} cm.").format(
                low=f"{lo:g}", high=f"{hi:g}"
            )
        )
    a, b = clamp_point(a), clamp_point(b)
    if a == b:
        raise EditRefused(
            translate("designs.designer_edits", "Mark two different points for the scale.")
        )
    return replace(design, scale=Scale(a, b, cm))


def move_scale_end(design: Design, end: int, p: Point) -> Design:
    s = design.scale
    if s is None:
        return design
    p = clamp_point(p)
    a, b = (p, s.b) if end == 0 else (s.a, p)
    if a == b:
        return design
    return replace(design, scale=Scale(a, b, s.cm))


def set_scale_cm(design: Design, cm: float) -> Design:
    s = design.scale
    if s is None:
        return design
    return set_scale(design, s.a, s.b, cm)


# -- saving --------------------------------------------------------------------------
def for_saving(design: Design) -> Design:
    """The design as it is stored: a hairline of fewer than two stored points is
    kept as its effective points (one drawn point and its mirror) or dropped."""
    h = design.hairline
    if h is None or len(h.points) >= 2:
        return design
    effective = effective_hairline_points(h)
    if len(effective) >= 2:
        return replace(design, hairline=replace(h, points=effective))
    return replace(design, hairline=None)


__all__ = [
    "EditRefused",
    "add_hairline_point",
    "add_zone",
    "clamp_point",
    "delete_zone",
    "for_saving",
    "hairline_of",
    "insert_zone_vertex",
    "insertion_index",
    "move_centre",
    "move_hairline_point",
    "move_scale_end",
    "move_zone_vertex",
    "normalise",
    "normalise_hairline",
    "remove_hairline_point",
    "remove_zone_vertex",
    "set_irregularity",
    "set_scale",
    "set_scale_cm",
    "set_softness",
    "set_symmetric",
]
