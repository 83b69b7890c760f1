"""Hairline designs for the demo clinic, on synthetic head photos (no real person in them).

Two stories a practitioner trying smpdesk meets:

* a client at their consultation (no sessions yet): a front photo, a first
  design, a second version with the hairline raised and softened, which the
  client approves with a drawn signature, then signs the consent form, whose
  record names that version and prints it;
* a client mid-treatment: a photo of the crown from above and a crown /
  mid-scalp design not yet signed.

Densities, needles and dilutions are the cited defaults of
:mod:`smpdesk.domain.design_densities`, laid over sessions as a clinic would
(session 1 light and spaced, later sessions denser).  Photos are made at
1000 px: enough to look real, quick enough for a demo built in every test run.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from smpdesk import store
from smpdesk.app import designs, questionnaires
from smpdesk.app.clinic import Clinic
from smpdesk.app.photos import new_photo
from smpdesk.domain.design_densities import (
    DEFAULT_SOFTNESS_MM,
    default_zone,
    layered_zones,
)
from smpdesk.domain.designs import Base, Design, Hairline, Point, Scale

PHOTO_WIDTH = 1000
# Temples are laid in session 1 with single fine dots, a little lighter than
# the band's finished mix (design_densities: session 1 35 %, session 2 50 %),
# so they read softer than the frontal line without a pale patch.
TEMPLE_DILUTION = 50
APPROVED_NAME_FALLBACK = "Client"


def _photo(
    db: Clinic, client_id: int, view: str, *, seed: int, skin: str, visit: date, session: int | None
) -> tuple[int, float]:
    """A synthetic head photo stored for the client; returns its id and aspect."""
    from smpdesk.infra.imaging import process_photo
    from smpdesk.infra.synthetic_head import synthetic_head

    image = synthetic_head(view, width=PHOTO_WIDTH, seed=seed, skin=skin)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    processed = process_photo(out.getvalue(), long_side=PHOTO_WIDTH)
    photo_id = store.insert_photo(
        db,
        new_photo(
            processed,
            client_id=client_id,
            visit_date=visit.isoformat(),
            angle=view,
            session_id=session,
            source_name=f"demo-head-{view}.jpg",
        ),
    )
    return photo_id, processed.width / processed.height


# -- following the head ----------------------------------------------------------------
# A practitioner draws the zones so that together they cover the whole bald
# and thinning scalp, run a few millimetres into the stubble at the sides and
# back (a bare seam there is the first thing a client sees) and follow the
# head's curves.  The demo finds that area on the synthetic photo by casting
# rays from a point on the bald scalp: each stops where the stubble is full
# (plus a few millimetres), at the head's silhouette (less a margin) or at the
# hairline, whichever comes first.  Sub-zones (the hairline band, the temples,
# the crown) are cut from the same rays, so they share the outer edge and
# overlap the mid-scalp beneath them (the later zone is drawn where two
# overlap): no bare strip between zones.
# Sizes below are in reference pixels of the 1600 x 1200 synthetic photo.

_REF = (1600.0, 1200.0)
_RAYS = 144
# Stubble this dense needs no pigment between the hairs.  Front: above the
# thinning top (0.7-0.85) so the zones cover it; top: mid-way up the
# horseshoe's edge (the thinning top there stays below 0.5).
_FULL_HAIR = {"front": 0.9, "top": 0.7}
_INTO_STUBBLE_MM = 3.0  # how far zones run into the full stubble
_SILHOUETTE_MM = 4.0  # kept clear of the head's edge (no dots on the backdrop)


@dataclass(frozen=True)
class _Rays:
    """Where each of ``_RAYS`` rays from ``centre`` ends (ref px), and whether on the line."""

    centre: tuple[float, float]
    radius: tuple[float, ...]
    on_line: tuple[bool, ...]  # ended at the hairline itself (not its extension)

    def angle(self, i: int) -> float:
        return 2 * math.pi * i / _RAYS

    def point(self, i: int, r: float) -> Point:
        t = self.angle(i)
        x = self.centre[0] + r * math.cos(t)
        y = self.centre[1] + r * math.sin(t)
        return Point(round(x / _REF[0], 5), round(y / _REF[1], 5))


def _ray_hit(
    origin: tuple[float, float],
    d: tuple[float, float],
    a: tuple[float, float],
    b: tuple[float, float],
) -> float | None:
    """Distance along the ray ``origin + r d`` to segment ab, None if it misses."""
    ex, ey = b[0] - a[0], b[1] - a[1]
    den = d[0] * ey - d[1] * ex
    if abs(den) < 1e-12:
        return None
    ox, oy = a[0] - origin[0], a[1] - origin[1]
    r = (ox * ey - oy * ex) / den
    s = (ox * d[1] - oy * d[0]) / den
    return r if r > 0 and 0 <= s <= 1 else None


def _first_hit(
    origin: tuple[float, float], d: tuple[float, float], line: list[tuple[float, float]]
) -> tuple[float, int] | None:
    best: tuple[float, int] | None = None
    for k in range(len(line) - 1):
        r = _ray_hit(origin, d, line[k], line[k + 1])
        if r is not None and (best is None or r < best[0]):
            best = (r, k)
    return best


@lru_cache(maxsize=16)
def _cast(
    view: str,
    centre: tuple[float, float],
    line: tuple[tuple[float, float], ...],
    limit: tuple[float, ...] | None = None,
) -> _Rays:
    """Rays from ``centre`` over the bald scalp of ``view`` (see the notes above).

    ``line``: the hairline in ref px, left to right (empty: none); it is
    continued straight on at both ends so the rays past the temples stop
    along it too.  ``limit``: a largest radius per ray (a crown's round).
    """
    from smpdesk.infra.synthetic_head import hair_density, head_layout, head_outline

    px_per_mm = _REF[1] / head_layout(view).cm_per_height / 10.0
    outline = [(x * _REF[0], y * _REF[1]) for x, y in head_outline(view)]
    outline.append(outline[0])
    pts = list(line)
    if len(pts) >= 2:
        (ax, ay), (bx, by) = pts[0], pts[1]
        (cx, cy), (dx, dy) = pts[-2], pts[-1]
        la, ld = math.hypot(bx - ax, by - ay) or 1.0, math.hypot(dx - cx, dy - cy) or 1.0
        reach = 400.0
        pts = [
            (ax - (bx - ax) / la * reach, ay - (by - ay) / la * reach),
            *pts,
            (dx + (dx - cx) / ld * reach, dy + (dy - cy) / ld * reach),
        ]
    caps: list[float] = []
    on_line: list[bool] = []
    hair: list[float] = []
    step = 8.0
    for i in range(_RAYS):
        t = 2 * math.pi * i / _RAYS
        d = (math.cos(t), math.sin(t))
        out = _first_hit(centre, d, outline)
        cap = (out[0] if out else 800.0) - _SILHOUETTE_MM * px_per_mm
        hit = _first_hit(centre, d, pts) if len(pts) >= 2 else None
        line_hit = hit is not None and hit[0] < cap
        if hit is not None and line_hit:
            cap = hit[0]
        if limit is not None:
            cap = min(cap, limit[i])
        on_line.append(bool(line_hit and hit is not None and 1 <= hit[1] < len(pts) - 2))

        def dense(r: float, d: tuple[float, float] = d) -> bool:
            x, y = centre[0] + r * d[0], centre[1] + r * d[1]
            return hair_density(view, x / _REF[0], y / _REF[1]) >= _FULL_HAIR[view]

        r = step
        found = math.inf
        while r < cap:
            if dense(r):
                lo, hi = r - step, r
                for _ in range(4):
                    mid = (lo + hi) / 2
                    lo, hi = (lo, mid) if dense(mid) else (mid, hi)
                found = hi + _INTO_STUBBLE_MM * px_per_mm
                break
            r += step
        hair.append(found)
        caps.append(cap)
    # Smooth the stubble's edge (a hand draws a flowing line, not every wiggle),
    # never past the silhouette, the hairline or the limit.
    raw = [min(h, c) for h, c in zip(hair, caps, strict=True)]
    radius = []
    for i in range(_RAYS):
        window = [raw[(i + k) % _RAYS] for k in range(-3, 4)]
        weights = (1, 2, 3, 4, 3, 2, 1)
        smooth = sum(w * v for w, v in zip(weights, window, strict=True)) / sum(weights)
        radius.append(round(min(smooth, caps[i]), 2))
    return _Rays(centre, tuple(radius), tuple(on_line))


def _outline(rays: _Rays) -> tuple[Point, ...]:
    """The whole area the rays cover: the mid-scalp's outline."""
    return tuple(rays.point(i, r) for i, r in enumerate(rays.radius))


def _radius_at(rays: _Rays, angle: float) -> float:
    """The area's radius in direction ``angle``, between the two nearest rays."""
    f = (angle % (2 * math.pi)) / (2 * math.pi) * _RAYS
    i = int(f) % _RAYS
    t = f - int(f)
    return rays.radius[i] * (1 - t) + rays.radius[(i + 1) % _RAYS] * t


def _clip(rays: _Rays, points: tuple[Point, ...]) -> tuple[Point, ...]:
    """``points`` pulled in onto the area's edge where they lie outside it."""
    cx, cy = rays.centre
    out = []
    for p in points:
        x, y = p.x * _REF[0] - cx, p.y * _REF[1] - cy
        r = math.hypot(x, y)
        edge = _radius_at(rays, math.atan2(y, x))
        if r > edge > 0:
            x, y = x * edge / r, y * edge / r
        out.append(Point(round((cx + x) / _REF[0], 5), round((cy + y) / _REF[1], 5)))
    return tuple(out)


def _band_behind(curve: tuple[tuple[float, float], ...], depth: float) -> tuple[Point, ...]:
    """The strip from the hairline ``curve`` (ref px, left to right) back by ``depth``.

    The back edge is the line moved along its normals, then smoothed, so the
    band follows the line's curve (its temples' bend included) at one depth.
    """
    back = []
    n = len(curve)
    for i in range(n):
        (ax, ay), (bx, by) = curve[max(0, i - 1)], curve[min(n - 1, i + 1)]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy) or 1.0
        # Left of a line drawn left to right on a y-down image: behind it.
        back.append((curve[i][0] + dy / norm * depth, curve[i][1] - dx / norm * depth))
    for _ in range(3):
        back = [
            back[0],
            *(
                ((a[0] + 2 * b[0] + c[0]) / 4, (a[1] + 2 * b[1] + c[1]) / 4)
                for a, b, c in zip(back, back[1:], back[2:], strict=False)
            ),
            back[-1],
        ]
    pts = [*curve, *reversed(back)]
    return tuple(Point(round(x / _REF[0], 5), round(y / _REF[1], 5)) for x, y in pts)


def _wobbly(radius: float, a: float, b: float, stretch: float = 0.0) -> tuple[float, ...]:
    """A round that wanders a little, as drawn by hand: a radius per ray."""
    return tuple(
        radius
        * (1.0 + 0.07 * math.sin(3 * t + a) + 0.04 * math.cos(5 * t + b))
        * (1.0 + stretch * math.sin(t) ** 2)
        for t in (2 * math.pi * i / _RAYS for i in range(_RAYS))
    )


def _ref(points: tuple[Point, ...]) -> tuple[tuple[float, float], ...]:
    return tuple((round(p.x * _REF[0], 3), round(p.y * _REF[1], 3)) for p in points)


def _shifted(points: tuple[Point, ...], dy: float) -> tuple[Point, ...]:
    return tuple(Point(p.x, p.y + dy) for p in points)


def front_design(
    photo_id: int, aspect: float, *, lower_cm: float = 0.0, soft: bool = True
) -> Design:
    """Hairline, temples and the thinning top on the front synthetic head.

    ``lower_cm`` moves the hairline down (a first draft set too low) and
    ``soft=False`` makes it even and sharp; the zones follow it.  The
    mid-scalp covers the whole bald and thinning scalp behind the line and
    a few millimetres into the side stubble; the hairline band (2.5 cm, a
    little lighter than the mid-scalp) and the temples' crescents are drawn
    over it.  Two sessions for the band and the mid-scalp; the temples in one,
    with single fine dots in session 1's light mix, so they read softer than
    the frontal line.
    """
    from smpdesk.domain.design_geometry import hairline_curve
    from smpdesk.infra.synthetic_head import head_layout

    layout = head_layout("front")
    per_cm = 1 / layout.cm_per_height  # heights per cm
    px_cm = _REF[1] * per_cm
    line = _shifted(tuple(Point(x, y) for x, y in layout.hairline), lower_cm * per_cm)
    if not soft:
        # A first draft: flatter, the temples filled in rather than recessed.
        mid_y = line[len(line) // 2].y
        line = tuple(Point(p.x, p.y + (mid_y - p.y) * 0.35) for p in line)
    # Four fingers (about 7 cm) above the brow, marked as the reference distance.
    scale = Scale(
        Point(layout.centre_x, layout.brow_y),
        Point(layout.centre_x, layout.brow_y - 7 * per_cm),
        7.0,
    )
    hairline = Hairline(
        points=tuple(p for p in line if p.x <= layout.centre_x + 1e-9),
        softness_mm=DEFAULT_SOFTNESS_MM if soft else 3.0,
        irregularity=0.45 if soft else 0.2,
        symmetric=True,
        centre_x=layout.centre_x,
    )
    curve = _ref(tuple(hairline_curve(hairline, _REF[0] / _REF[1], 8)))
    mid_y = line[len(line) // 2].y * _REF[1]
    rays = _cast("front", (layout.centre_x * _REF[0], mid_y - 2.6 * px_cm), curve)
    band = _clip(rays, _band_behind(curve, 2.5 * px_cm))
    temples = []
    for side in (-1, 1):
        # Round the recession where the line meets the hair at the side.
        end = curve[0] if side < 0 else curve[-1]
        centre = (end[0] - side * 0.5 * px_cm, end[1] - 1.5 * px_cm)
        blob = _cast("front", centre, curve, _wobbly(2.4 * px_cm, 0.4 * side, 1.1, 0.15))
        temples.append(
            replace(default_zone("temples", _clip(rays, _outline(blob))), dilution=TEMPLE_DILUTION)
        )
    zones = (
        *layered_zones("mid-scalp", _outline(rays), 2),
        *layered_zones("hairline", band, 2),
        *temples,
    )
    return Design(
        base=Base(photo_id=photo_id),
        aspect=aspect,
        hairline=hairline,
        scale=scale,
        zones=zones,
        notes=(
            "A mature hairline: soft and irregular, temples slightly recessed."
            if soft
            else "First draft: line low and even."
        ),
    )


def top_design(photo_id: int, aspect: float) -> Design:
    """Mid-scalp, crown (two sessions) and the frontal band on the top synthetic head.

    The mid-scalp covers the whole thinning area inside the horseshoe of
    stubble and a few millimetres into it; the crown (round the whorl, a
    little lighter) and the hairline band are drawn over it.
    """
    from smpdesk.infra.synthetic_head import head_layout

    layout = head_layout("top")
    per_cm = 1 / layout.cm_per_height
    px_cm = _REF[1] * per_cm
    line = tuple(Point(x, y) for x, y in layout.hairline)
    hairline = Hairline(
        points=tuple(p for p in line if p.x <= layout.centre_x + 1e-9),
        softness_mm=DEFAULT_SOFTNESS_MM,
        irregularity=0.4,
        symmetric=True,
        centre_x=layout.centre_x,
    )
    from smpdesk.domain.design_geometry import hairline_curve

    curve = _ref(tuple(hairline_curve(hairline, _REF[0] / _REF[1], 8)))
    rays = _cast("top", (layout.centre_x * _REF[0], 0.55 * _REF[1]), curve)
    band = _clip(rays, _band_behind(curve, 2.0 * px_cm))
    cx, cy = layout.crown[0] * _REF[0], layout.crown[1] * _REF[1]
    limit = _wobbly(layout.crown_radius * _REF[1], 0.6, 0.0, 0.1)
    crown = _clip(rays, _outline(_cast("top", (cx, cy), (), limit)))
    scale_y = 0.5
    return Design(
        base=Base(photo_id=photo_id),
        aspect=aspect,
        hairline=hairline,
        scale=Scale(
            Point(layout.centre_x - 0.1, scale_y),
            Point(layout.centre_x - 0.1, scale_y + 5 * per_cm),
            5.0,
        ),
        zones=(
            *layered_zones("mid-scalp", _outline(rays), 2),
            *layered_zones("crown", crown, 2),
            *layered_zones("hairline", band, 2),
        ),
        notes="Mid-scalp and crown blended into the stubble at the sides and back.",
    )


def demo_design_signature(seed: int) -> bytes:
    """A flowing pen signature as the pad stores it (PNG, transparent around the ink)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGBA", (900, 260), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for k in range(220):
        t = k / 219
        x = 60 + 760 * t
        loops = math.sin(t * math.pi * 9 + rng.random() * 0.2) * (38 + 10 * math.sin(t * 5))
        y = 140 + loops * (1 - 0.5 * t) - 40 * math.sin(t * math.pi) * (0.6 + 0.4 * rng.random())
        points.append((x + 18 * math.cos(t * math.pi * 9), y))
    draw.line(points, fill=(20, 24, 60, 255), width=5, joint="curve")
    draw.line([(90, 200), (760, 188)], fill=(20, 24, 60, 255), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def add_demo_designs(db: Clinic, consultation: int | None, treated: int | None) -> int:
    """The two stories above; returns how many design versions were saved.

    ``consultation``: a client without sessions (gets the approved design and a
    consent signed after it); ``treated``: a client with sessions (the crown).
    """
    saved = 0
    today = date.today()
    if consultation is not None:
        photo_id, aspect = _photo(
            db, consultation, "front", seed=consultation, skin="medium", visit=today, session=None
        )
        first = designs.save_design(
            db, consultation, front_design(photo_id, aspect, lower_cm=0.6, soft=False)
        )
        second = designs.save_design(
            db, consultation, front_design(photo_id, aspect), replaces=first.id
        )
        saved += 2
        client = store.get_client(db, consultation)
        name = client.full_name if client is not None else APPROVED_NAME_FALLBACK
        designs.approve_design(db, second.id, demo_design_signature(consultation), name)
        _consent_after_approval(db, consultation)
    if treated is not None:
        sessions = sorted(store.client_sessions(db, treated), key=lambda s: s.session_date)
        visit = sessions[0].session_date if sessions else today
        photo_id, aspect = _photo(
            db,
            treated,
            "top",
            seed=treated,
            skin="light",
            visit=visit,
            session=sessions[0].id if sessions else None,
        )
        designs.save_design(db, treated, top_design(photo_id, aspect))
        saved += 1
    return saved


def _consent_after_approval(db: Clinic, client_id: int) -> None:
    """The consent form, signed once the design has been approved.

    Signed and finished now, just after the approval (recorded at the real
    time by :func:`smpdesk.app.designs.approve_design`): a record's times never
    lie in the future, and the consent's signature falls at or after the
    approval, so its record names the approved version.  The client began the
    form earlier in the consultation.
    """
    specs = {e.spec.id: e.spec for e in questionnaires.form_entries(db) if e.spec is not None}
    spec = specs.get("consent")
    if spec is None:
        return
    from smpdesk.app.demo.forms import SIGNED_MINUTES_BEFORE, fill

    moment = datetime.now().astimezone()  # after the approval, never ahead of the clock
    answers = fill(spec, None, seed=client_id * 31 + len(spec.id), today=moment.date())
    # The client signs, the practitioner countersigns: both just now, after the approval.
    signed = {
        sid: moment.isoformat(timespec="seconds") for sid in SIGNED_MINUTES_BEFORE if sid in answers
    }
    questionnaires.finish(
        db,
        client_id,
        spec,
        answers,
        now=moment,
        started_at=(moment - timedelta(minutes=30)).isoformat(timespec="seconds"),
        signed_times=signed,
    )


__all__ = ["add_demo_designs", "demo_design_signature", "front_design", "top_design"]
