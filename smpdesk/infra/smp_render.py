"""The SMP preview and the design drawing, Qt-free so every front gets the same pixels.

The designer's live preview, ``smpdesk design-render``, the stored preview and
thumbnail and the PDF pages all call :func:`render_preview` or
:func:`render_plan` here, so the client signs what they were shown.

How the preview is made, and why.  Healed SMP impressions are tiny, slightly
irregular, soft dark-grey dots, like the shadow of shaved stubble, and a
client judges the result by the hairline's edge, which must never be a hard
line:

* **Placement is blue noise.**  A practitioner spreads impressions evenly but
  never on a grid.  One periodic (toroidal) Poisson-disc tile of about 4000
  points was made once with a fixed seed (:func:`poisson_disc_tile`, stored
  in ``resources/designs/blue_noise.json`` in :func:`progressive_order`) and
  is scaled so its density is the zone's impressions per cm², through the
  marked scale or :func:`~smpdesk.domain.design_geometry.assumed_cm_per_height`.
  Sizes are in the base's own units, so the screen preview and the full
  export show the same pattern.  Each dot is nudged a little off its place
  (:data:`TILE_JITTER`): even, but not machined.
* **Sessions fall in between.**  Zones of one kind over the same outline are
  one area laid over several sessions: they share one tile at their total
  density and each takes the next share of its progressive order, so
  session 1 is a spaced foundation and session 2 fills the gaps, as
  practitioners work (see :func:`_stack`).
* **Each tile is drawn once** (cached per spacing, dot size, share and
  strength): every dot an irregular heptagon with its own size and tone,
  drawn supersampled, box-reduced and blurred with wrap-around so it tiles
  seamlessly; a second "rank" tile labels each dot's footprint with a random
  rank.  Drawing a zone is then a handful of whole-image operations in C,
  however many impressions it holds.
* **Thinning, not fading.**  Each zone has a threshold field T (0..255): its
  polygon with softened, wobbling edges, times the hairline field.  A dot is
  kept where T exceeds its rank (with a short ramp), so towards an edge dots
  drop out one by one, and the smaller ones, which have the lower ranks, last
  longest: sparser and smaller dots, never a grey wash.
* **The hairline is feathered in front.**  The field is full from half the
  softness behind the line, :data:`LINE_KEEP` on it and nothing at
  ``softness_mm`` in front, and the zone may spill over the line by that
  much.  Seeded value noise scaled by ``irregularity`` moves every edge back
  and forth in millimetre-sized clusters and gaps, as real hair does.  The
  front is the side away from the zones (the forehead on a front photo).
* **Multiply onto the skin.**  A dot's strength follows Beer-Lambert from the
  dilution (:func:`_strength`); per shade the ink becomes
  ``255 - ink * (255 - neat) / 255`` per channel and multiplies the photo:
  pigment only darkens, skin texture and light show through, and a pixel with
  no ink keeps its exact value.

Deterministic: the same base, design, layer and seed give the same pixels.
Guarded: bases above :data:`MAX_RENDER_PIXELS` are refused, spacing and tile
sizes are clamped so no scale or density can make the work grow (see
:func:`_zone_layout`), and :func:`impression_points` refuses to list more than
:data:`MAX_IMPRESSIONS`.
"""

from __future__ import annotations

import itertools
import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist
from typing import Any

# The adapter to Pillow itself (callers import this module where they use it).
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageMath

from smpdesk.domain.design_densities import pigment_rgb
from smpdesk.domain.design_geometry import (
    assumed_cm_per_height,
    cm_per_height,
    effective_hairline_points,
    hairline_curve,
)
from smpdesk.domain.designs import (
    OUTLINE_VIEWS,
    ZONE_KINDS,
    Design,
    DesignError,
    Hairline,
    Zone,
    design_from_json,
)
from smpdesk.errors import UserError
from smpdesk.paths import resources_dir

__all__ = [
    "MAX_IMPRESSIONS",
    "MAX_RENDER_PIXELS",
    "OUTLINE_ASPECT",
    "ZONE_COLOURS",
    "impression_points",
    "outline_base",
    "outline_spec",
    "poisson_disc_tile",
    "progressive_order",
    "render_plan",
    "render_preview",
]

# -- limits ----------------------------------------------------------------------------------
# Most pixels a base may have: far above a stored photo (3000 px long side,
# 6.75 MP) or an export, far below what would exhaust memory (a zone holds a
# few 8-bit layers of its box, the shade a full one).
MAX_RENDER_PIXELS = 40_000_000
MAX_SIDE = 12_000
# impression_points() lists at most this many (the preview does not work per
# impression, so it needs no such cap).
MAX_IMPRESSIONS = 1_000_000
# Dots closer than this (pixels) are drawn this far apart and proportionally
# larger: the same ink coverage, so a thumbnail shows the right tone without
# a tile of millions of sub-pixel dots.
MIN_SPACING_PX = 1.5
# The largest tile side (pixels): a scale that would make impressions bigger
# than this allows (a picture a few centimetres tall) draws them smaller.
MAX_TILE_PX = 2048
OUTLINE_WIDTH_RANGE = (16, 4000)
_OUTLINE_CACHED_WIDTH = 2000  # larger outlines are drawn afresh rather than kept

# -- the blue-noise tile ---------------------------------------------------------------------
TILE_SEED = 1717
TILE_RADIUS = 0.01225  # minimum spacing in the unit tile: about 4000 points
_BLUE_NOISE_FILE = "blue_noise.json"
# Each dot is moved up to this share of the tile's minimum spacing in x and
# y, so the pattern is even without looking machined; two dots are then at
# least MIN_GAP_SHARE of that spacing apart.
TILE_JITTER = 0.12
MIN_GAP_SHARE = 1.0 - 2.0 * math.sqrt(2.0) * TILE_JITTER

# -- look ------------------------------------------------------------------------------------
RANK_MAX = 191  # dot ranks 0..191: T = 255 keeps every dot fully ((255 - 191) * 4 = 256)
_KEEP_SCALE = 0.25  # keep = (T - rank) * 4: a dot fades in over 64 levels of T
_KEEP_HALF = 32  # a dot is half kept where T = rank + 32
FIELD_MM = 0.5  # grain of the threshold fields
EDGE_MM = 1.2  # blur (sigma) of a zone's outline: a soft, thinning border
EDGE_IRREGULARITY = 0.4  # edge wobble of zones on a design without a hairline
LINE_KEEP = 0.75  # share of impressions kept right on the hairline
BEHIND_MM = 0.6  # the hairline field is full at least this far behind the line
IRREGULAR_CELL_MM = (4.0, 1.3)  # the two scales of an edge's wobble
# A healed impression looks wider than the needle that made it: pigment
# spreads a little in the dermis and light scatters in the skin above it
# (roughly 0.1 mm each way), so each dot is drawn this much wider.
HEALED_SPREAD_MM = 0.15
_OPTICAL_K = 2.5  # Beer-Lambert constant of one dot (see _strength)
_DOT_VERTICES = 7

# Zone tints for the design drawing (the designer reuses them).
ZONE_COLOURS: dict[str, tuple[int, int, int]] = {
    "hairline": (200, 60, 45),
    "temples": (224, 130, 20),
    "mid-scalp": (40, 110, 200),
    "crown": (130, 70, 180),
    "scar": (30, 150, 85),
    "donor": (10, 140, 150),
}
HAIRLINE_COLOUR = (150, 15, 35)


# -- blue noise ------------------------------------------------------------------------------
def poisson_disc_tile(radius: float, seed: int, *, attempts: int = 30) -> list[tuple[float, float]]:
    """A maximal Poisson-disc point set in the unit square that wraps at its edges.

    Bridson's algorithm on a torus: no two points are closer than ``radius``
    even across the edges, so copies of the tile laid side by side keep the
    spacing.  This is how ``resources/designs/blue_noise.json`` was made
    (``radius`` = :data:`TILE_RADIUS`, ``seed`` = :data:`TILE_SEED`); it takes
    about half a second, so the renderer reads the stored result instead.
    """
    if not 0.001 <= radius <= 0.5:
        raise ValueError("radius must be 0.001 to 0.5 of the tile")
    rng = random.Random(seed)
    cells = max(1, int(math.sqrt(2) / radius))
    cell = 1.0 / cells
    grid = [-1] * (cells * cells)
    points: list[tuple[float, float]] = []
    r2 = radius * radius

    def fits(x: float, y: float) -> bool:
        gx, gy = int(x / cell), int(y / cell)
        for dy in (-2, -1, 0, 1, 2):
            row = ((gy + dy) % cells) * cells
            for dx in (-2, -1, 0, 1, 2):
                index = grid[row + (gx + dx) % cells]
                if index >= 0:
                    px, py = points[index]
                    ddx = abs(px - x)
                    ddy = abs(py - y)
                    ddx = min(ddx, 1.0 - ddx)
                    ddy = min(ddy, 1.0 - ddy)
                    if ddx * ddx + ddy * ddy < r2:
                        return False
        return True

    def add(x: float, y: float) -> None:
        points.append((x, y))
        grid[min(int(y / cell), cells - 1) * cells + min(int(x / cell), cells - 1)] = (
            len(points) - 1
        )

    add(rng.random(), rng.random())
    active = [0]
    while active:
        j = rng.randrange(len(active))
        px, py = points[active[j]]
        for _ in range(attempts):
            angle = rng.random() * math.tau
            dist = radius * (1.0 + rng.random())
            x = (px + dist * math.cos(angle)) % 1.0
            y = (py + dist * math.sin(angle)) % 1.0
            if fits(x, y):
                add(x, y)
                active.append(len(points) - 1)
                break
        else:
            active[j] = active[-1]
            active.pop()
    return points


def progressive_order(points: Sequence[tuple[float, float]]) -> list[int]:
    """Indexes of ``points`` farthest-point first (toroidal distances).

    Each next point is the one farthest from all before it, so every prefix
    of the order is itself evenly spread: the first half of a blue-noise tile
    is a sparser blue-noise tile.  That is how sessions are stacked (session 1
    lays a spaced foundation, session 2 goes in between).  The stored tile is
    listed in this order.  Quadratic: seconds for the stored tile, offline.
    """
    n = len(points)
    if not n:
        return []
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    best = [math.inf] * n
    used = [False] * n
    order = []
    current = 0
    while current >= 0:
        used[current] = True
        order.append(current)
        cx, cy = xs[current], ys[current]
        current, far = -1, -1.0
        for i in range(n):
            if used[i]:
                continue
            dx = abs(xs[i] - cx)
            dy = abs(ys[i] - cy)
            dx = dx if dx < 0.5 else 1.0 - dx
            dy = dy if dy < 0.5 else 1.0 - dy
            d = min(best[i], dx * dx + dy * dy)
            best[i] = d
            if d > far:
                far, current = d, i
    return order


@dataclass(frozen=True)
class _Dot:
    """One impression of the tile: where, its rank and its look (all from fixed seeds)."""

    x: float
    y: float
    rank: int  # 0..RANK_MAX: low ranks survive longest towards an edge
    size: float  # diameter factor (x the zone's impression size)
    tone: float  # 0..1 darkness factor
    shape: tuple[tuple[float, float], ...]  # unit heptagon, slightly irregular


@lru_cache(maxsize=1)
def _tile_dots() -> tuple[_Dot, ...]:
    """The stored blue-noise tile, each dot with its rank, size, tone and shape."""
    path = resources_dir() / "designs" / _BLUE_NOISE_FILE
    raw = json.loads(path.read_text(encoding="utf-8"))
    points = raw["points"]
    if not 1000 <= len(points) <= 20000:
        raise RuntimeError(f"{path} is not the blue-noise tile smpdesk ships")
    rng = random.Random(TILE_SEED + 1)
    jitter = TILE_JITTER * float(raw["radius"])
    dots = []
    for x, y in points:
        x = (float(x) + jitter * (2.0 * rng.random() - 1.0)) % 1.0
        y = (float(y) + jitter * (2.0 * rng.random() - 1.0)) % 1.0
        u = rng.random()
        # Smaller dots get the lower ranks, so the last ones standing in front
        # of the hairline are the small, sparse ones.
        size = min(1.3, max(0.55, 0.72 + 0.45 * u + rng.gauss(0.0, 0.07)))
        tone = 0.6 + 0.4 * rng.random()
        turn = rng.random() * math.tau
        stretch = 1.0 + 0.18 * rng.random()  # a little elongated
        cos_t, sin_t = math.cos(turn), math.sin(turn)
        shape = []
        for k in range(_DOT_VERTICES):
            b = k * math.tau / _DOT_VERTICES
            r = 1.0 + 0.14 * (rng.random() * 2.0 - 1.0)
            ex, ey = math.cos(b) * r * stretch, math.sin(b) * r / stretch
            shape.append((ex * cos_t - ey * sin_t, ex * sin_t + ey * cos_t))
        dots.append(_Dot(x, y, min(RANK_MAX, int(u * (RANK_MAX + 1))), size, tone, tuple(shape)))
    return tuple(dots)


def _wrap_offsets(c: float, r: float, side: float) -> tuple[float, ...]:
    """The copies of a coordinate needed so a dot near a tile edge wraps round."""
    out = [0.0]
    if c - r < 0:
        out.append(side)
    if c + r > side:
        out.append(-side)
    return tuple(out)


def _wrapped_blur(tile: Image.Image, blur: float) -> Image.Image:
    """Gaussian blur of a tile as if it repeated forever (so it stays seamless)."""
    side = tile.width
    pad = min(side, math.ceil(blur * 3) + 2)
    wrapped = Image.new("L", (side + 2 * pad, side + 2 * pad))
    for ox in (-side, 0, side):
        for oy in (-side, 0, side):
            wrapped.paste(tile, (pad + ox, pad + oy))
    return wrapped.filter(ImageFilter.GaussianBlur(blur)).crop((pad, pad, pad + side, pad + side))


# A run of the tile's dots (progressive order) drawn at one strength (0..255).
_Part = tuple[int, int, int]


def _near_edge(d: _Dot, reach: float) -> bool:
    """Whether a dot reaches within ``reach`` (a share of the tile) of the tile's edge."""
    return not (reach < d.x < 1.0 - reach and reach < d.y < 1.0 - reach)


@lru_cache(maxsize=32)
def _ink_tile(side: int, dot_px: float, blur: float, parts: tuple[_Part, ...]) -> Image.Image:
    """The ink of the given runs of dots, ``side`` pixels square, seamless.

    Drawn ``ss`` times larger and box-reduced (anti-aliased sub-pixel dots),
    then blurred with wrap-around.  Each run carries its session's strength,
    so one tile holds a whole stack of sessions.
    """
    dots = _tile_dots()
    ss = max(1, min(6, math.ceil(10.0 / max(dot_px, 0.1))))
    while ss > 1 and side * ss > 3 * MAX_TILE_PX // 2:
        ss -= 1
    big_side = side * ss
    big = Image.new("L", (big_side, big_side), 0)
    draw = ImageDraw.Draw(big)
    half = 0.5 * dot_px * ss
    # A shape reaches at most 1.4 x its radius (sizes up to 1.3): those that
    # come that close to an edge are drawn again one tile over, to wrap round.
    reach = 1.4 * 1.3 * half / big_side
    for start, stop, strength in parts:
        for d in dots[start:stop]:
            cx, cy, r = d.x * big_side, d.y * big_side, half * d.size
            fill = round(strength * d.tone)
            poly = [(cx + r * sx, cy + r * sy) for sx, sy in d.shape]
            if not _near_edge(d, reach):
                draw.polygon(poly, fill=fill)
                continue
            for ox in _wrap_offsets(cx, r * 1.4, big_side):
                for oy in _wrap_offsets(cy, r * 1.4, big_side):
                    draw.polygon([(x + ox, y + oy) for x, y in poly], fill=fill)
    tile = big.reduce(ss) if ss > 1 else big
    return _wrapped_blur(tile, blur) if blur > 0.05 else tile


@lru_cache(maxsize=16)
def _rank_tile(side: int, dot_px: float, blur: float) -> Image.Image:
    """Each dot's footprint filled with its rank; 255 between dots.

    Every dot of the tile, whichever sessions are shown, so a dot is kept or
    dropped alike in session 1 and the final result.  Two passes: every dot's
    blurred halo first, then every core on top, so where neighbours' halos
    overlap no dot loses part of its core to a neighbour's rank (which would
    leave a sliver of a dropped dot standing).
    """
    rank = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(rank)
    dots = _tile_dots()
    halo = 2.0 * blur + 0.75
    for extra in (halo, 0.5):
        reach = (0.5 * dot_px * 1.3 * 1.15 + extra) / side
        for d in dots:
            cx, cy = d.x * side, d.y * side
            r = 0.5 * dot_px * d.size * 1.15 + extra
            if not _near_edge(d, reach):
                draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=d.rank)
                continue
            for ox in _wrap_offsets(cx, r, side):
                for oy in _wrap_offsets(cy, r, side):
                    x, y = cx + ox, cy + oy
                    draw.ellipse((x - r, y - r, x + r, y + r), fill=d.rank)
    return rank


# -- layout ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Layout:
    """How one zone is drawn at one image size."""

    stack: int  # index of the first zone of its session stack
    side: int  # tile side, pixels
    dot_px: float
    blur: float
    part: tuple[int, int]  # this zone's run of the tile's dots (progressive order)
    origin: tuple[int, int]  # where a tile copy starts (pixels)
    box: tuple[int, int, int, int]  # pixels the zone may touch: grid-aligned, clipped


def _px_per_cm(design: Design, height: int) -> float:
    return height / assumed_cm_per_height(design)


def _grid(width: int, height: int, cm_h: float) -> int:
    """Step of the threshold fields (pixels): about :data:`FIELD_MM`, finer than any edge detail.

    The fields only decide which dots stay, so they need no finer grain than
    a fraction of the dot spacing; working them out coarsely and scaling up
    is most of what keeps the live preview fast.
    """
    px_per_mm = height / cm_h / 10.0
    return max(1, min(int(FIELD_MM * px_per_mm), max(width, height) // 200))


def _strength(dilution: int) -> int:
    """How dark a dot's core is (0..255) for a pigment ``dilution`` per cent.

    Beer-Lambert: optical density grows with the pigment's concentration, so
    the darkening is ``1 - exp(-k c)`` (normalised to 1 for neat pigment) and
    a 35 % mix reads clearly darker than a 35 % blend with white.
    """
    c = min(100, max(5, dilution)) / 100.0
    return round(255 * (1.0 - math.exp(-_OPTICAL_K * c)) / (1.0 - math.exp(-_OPTICAL_K)))


def _neat(shade: str) -> tuple[int, int, int]:
    """The shade's neat colour (an unknown clinic pigment previews as carbon black)."""
    return pigment_rgb(shade, 100)


def _stack(design: Design, index: int) -> tuple[int, float, float, float]:
    """(first zone, share from, share to, total density) of the zone's session stack.

    Zones of one kind over the same outline are one area laid over several
    sessions: they share one tile at their total density, each session taking
    the next share of its progressive order (sessions in layer order), so
    session 2 falls between the dots of session 1 instead of clumping at
    random on top of them.
    """
    zone = design.zones[index]
    members = sorted(
        (i for i, z in enumerate(design.zones) if z.kind == zone.kind and z.points == zone.points),
        key=lambda i: (design.zones[i].layer, i),
    )
    total = sum(design.zones[i].density for i in members)
    before = 0.0
    for i in members:
        if i == index:
            break
        before += design.zones[i].density
    return min(members), before / total, (before + zone.density) / total, total


def _feather_px(design: Design, px_per_cm: float) -> float:
    h = design.hairline
    if h is None or len(h.points) < 2:
        return 0.0
    return max(h.softness_mm, BEHIND_MM) / 10.0 * px_per_cm


def _zone_layout(design: Design, index: int, width: int, height: int, seed: int) -> _Layout | None:
    """Tile size, dot size and the box zone ``index`` is drawn in (None: off the picture).

    The tile holds N points; scaled to ``side`` pixels its density is
    N / side², set to the stack's total impressions per cm² in pixels, and the
    zone draws its share of the points (see :func:`_stack`).  Clamped here so
    no scale or density makes the work grow: spacing below
    :data:`MIN_SPACING_PX` and tiles above :data:`MAX_TILE_PX` are brought
    back in range with the dot size scaled alike.
    """
    zone = design.zones[index]
    ppc = _px_per_cm(design, height)
    n = len(_tile_dots())
    first, share_from, share_to, total = _stack(design, index)
    side = ppc * math.sqrt(n / total)
    dot_px = (zone.impression_mm + HEALED_SPREAD_MM) / 10.0 * ppc
    spacing = side / math.sqrt(n)
    if spacing < MIN_SPACING_PX:
        factor = MIN_SPACING_PX / spacing
        side, dot_px = side * factor, dot_px * factor
    if side > MAX_TILE_PX:
        factor = MAX_TILE_PX / side
        side, dot_px = side * factor, dot_px * factor
    side_px = max(8, round(side))
    dot_px = round(min(dot_px, 0.9 * side_px / math.sqrt(n)) * 16) / 16
    blur = round((0.25 * dot_px + 0.3) * 8) / 8
    rng = random.Random(seed * 1_000_003 + first * 7919 + 17)
    origin = (int(rng.random() * side_px), int(rng.random() * side_px))
    xs = [p.x * width for p in zone.points]
    ys = [p.y * height for p in zone.points]
    margin = _feather_px(design, ppc) + 3.0 * EDGE_MM / 10.0 * ppc + dot_px + 2.0 * blur + 2.0
    g = _grid(width, height, assumed_cm_per_height(design))
    x0 = max(0, math.floor((min(xs) - margin) / g) * g)
    y0 = max(0, math.floor((min(ys) - margin) / g) * g)
    x1 = min(width, math.ceil((max(xs) + margin) / g) * g)
    y1 = min(height, math.ceil((max(ys) + margin) / g) * g)
    if x1 <= x0 or y1 <= y0:
        return None
    part = (round(share_from * n), round(share_to * n))
    return _Layout(first, side_px, dot_px, blur, part, origin, (x0, y0, x1, y1))


def _tile_starts(layout: _Layout) -> tuple[range, range]:
    """Where the tile copies covering the layout's box start (image pixels)."""
    x0, y0, x1, y1 = layout.box
    side = layout.side
    ox, oy = layout.origin
    return (
        range(x0 + (ox - x0) % side - side, x1, side),
        range(y0 + (oy - y0) % side - side, y1, side),
    )


def _tiled(tile: Image.Image, layout: _Layout) -> Image.Image:
    """The tile repeated over the layout's box, anchored at the layout's origin."""
    x0, y0, x1, y1 = layout.box
    out = Image.new("L", (x1 - x0, y1 - y0))
    xs, ys = _tile_starts(layout)
    for ty in ys:
        for tx in xs:
            out.paste(tile, (tx - x0, ty - y0))
    return out


# -- the hairline field ----------------------------------------------------------------------
def _side_of(p: tuple[float, float], curve: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """(side, distance) of ``p`` from the nearest curve segment; side > 0: right-hand."""
    best, sign = math.inf, 0.0
    for (ax, ay), (bx, by) in itertools.pairwise(curve):
        dx, dy = bx - ax, by - ay
        seg = dx * dx + dy * dy
        t = 0.0 if seg == 0 else min(1.0, max(0.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / seg))
        cx, cy = ax + t * dx - p[0], ay + t * dy - p[1]
        d = cx * cx + cy * cy
        if d < best:
            best = d
            # Right-hand normal in y-down pixels: (-dy, dx) points "down" for a
            # line drawn left to right.
            sign = -dy * (p[0] - ax) + dx * (p[1] - ay)
    return sign, math.sqrt(best)


def _polygon_centroid(points: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], float]:
    """Area centroid and absolute area (vertex mean for a degenerate polygon)."""
    twice, cx, cy = 0.0, 0.0, 0.0
    for (x0, y0), (x1, y1) in zip(points, [*points[1:], points[0]], strict=True):
        c = x0 * y1 - x1 * y0
        twice += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(twice) < 1e-9:
        n = len(points)
        return (sum(p[0] for p in points) / n, sum(p[1] for p in points) / n), 0.0
    return (cx / (3 * twice), cy / (3 * twice)), abs(twice) / 2


@lru_cache(maxsize=8)
def _front_sign(hairline: Hairline, zones: tuple[Zone, ...], aspect: float, w: int, h: int) -> int:
    """+1 when the front (the side that fades out) is the curve's right-hand side.

    The front is the side away from the zones: points spread over each
    zone's area vote with their side, weighted by their distance from the
    line (capped), so a U-shaped hairline band, whose centre of area lies in
    front of the line, still counts as behind it.  All layers vote, so
    session 1 and the final result agree.  With no zones: the side facing
    down the image (the forehead on a front photo).
    """
    curve = [(p.x * w, p.y * h) for p in hairline_curve(hairline, aspect)]
    step = max(1, len(curve) // 32)
    coarse = [*curve[::step], curve[-1]]
    cap = 0.05 * h
    vote = 0.0
    n = 6
    for zone in zones:
        pts = [(p.x * w, p.y * h) for p in zone.points]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        for i in range(n):
            for j in range(n):
                q = (
                    min(xs) + (max(xs) - min(xs)) * (i + 0.5) / n,
                    min(ys) + (max(ys) - min(ys)) * (j + 0.5) / n,
                )
                if _inside(q, pts):
                    side, dist = _side_of(q, coarse)
                    vote += math.copysign(min(dist, cap), side) if side else 0.0
    if vote:
        return -1 if vote > 0 else 1
    rightwards = sum(bx - ax for (ax, _), (bx, _) in itertools.pairwise(curve))
    return 1 if rightwards >= 0 else -1


def _inside(q: tuple[float, float], pts: Sequence[tuple[float, float]]) -> bool:
    """Even-odd point in polygon, in pixels (as Pillow fills them)."""
    x, y = q
    hit = False
    for (ax, ay), (bx, by) in zip(pts, [*pts[1:], pts[0]], strict=True):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            hit = not hit
    return hit


def _extend(curve: Sequence[tuple[float, float]], length: float) -> list[tuple[float, float]]:
    """The curve continued straight on at both ends by ``length``."""
    (ax, ay), (bx, by) = curve[0], curve[1]
    (cx, cy), (dx, dy) = curve[-2], curve[-1]
    la = math.hypot(bx - ax, by - ay) or 1.0
    ld = math.hypot(dx - cx, dy - cy) or 1.0
    return [
        (ax - (bx - ax) / la * length, ay - (by - ay) / la * length),
        *curve,
        (dx + (dx - cx) / ld * length, dy + (dy - cy) / ld * length),
    ]


def _value_noise(
    cells_x: int, cells_y: int, size: tuple[int, int], rng: random.Random
) -> Image.Image:
    coarse = Image.frombytes("L", (cells_x, cells_y), rng.randbytes(cells_x * cells_y))
    return coarse.resize(size, Image.Resampling.BICUBIC)


@lru_cache(maxsize=4)
def _hair_field(
    hairline: Hairline, aspect: float, cm_h: float, width: int, height: int, front: int
) -> Image.Image | None:
    """The hairline's threshold field (0..255) over the whole low-resolution frame.

    Full (255) from half the softness behind the line, :data:`LINE_KEEP` on
    the line, nothing at ``softness_mm`` in front of it.  The distance work is
    done by Pillow in C: a front-side mask of quads along the curve, blurred
    into a signed distance, and a look-up table.  The edge's irregularity is
    added per zone (:meth:`_Fields._threshold`).
    """
    ppc = height / cm_h
    g = _grid(width, height, cm_h)
    lw, lh = -(-width // g), -(-height // g)
    curve = [(p.x * width / g, p.y * height / g) for p in hairline_curve(hairline, aspect)]
    if len(curve) < 2:
        return None
    soft = max(hairline.softness_mm, BEHIND_MM) / 10.0 * ppc / g  # low-res pixels
    behind = max(BEHIND_MM / 10.0 * ppc / g, 0.5 * soft)
    reach = max(soft, behind)
    # How far the sides reach: about half the line's span, so the far end of
    # a U-shaped line (a temple) does not claim the other temple's side.
    span = math.hypot(curve[-1][0] - curve[0][0], curve[-1][1] - curve[0][1])
    far = max(0.6 * span, 4.0 * reach, 8.0)
    line = _extend(curve, far)
    # Front side: per-vertex normals, one quad per segment (drawn separately,
    # so a tight bend can only overlap, never leave a gap or flip the fill).
    side = Image.new("L", (lw, lh), 0)
    draw = ImageDraw.Draw(side)
    normals = []
    for i in range(len(line)):
        (ax, ay) = line[max(0, i - 1)]
        (bx, by) = line[min(len(line) - 1, i + 1)]
        dx, dy = bx - ax, by - ay
        n = math.hypot(dx, dy) or 1.0
        normals.append((-dy / n * front, dx / n * front))
    for i in range(len(line) - 1):
        (ax, ay), (bx, by) = line[i], line[i + 1]
        (nax, nay), (nbx, nby) = normals[i], normals[i + 1]
        draw.polygon(
            [
                (ax, ay),
                (bx, by),
                (bx + nbx * far, by + nby * far),
                (ax + nax * far, ay + nay * far),
            ],
            fill=255,
        )
    # Blurring the front-side mask by sigma gives 255 * Phi(d / sigma) at a
    # signed distance d from the line (in front > 0): one blur in C turns the
    # mask into a distance field, which look-up tables turn into thresholds.
    sigma = reach / 2.2
    blurred = side.filter(ImageFilter.GaussianBlur(sigma))
    normal = NormalDist()

    # T for a share q of dots kept: a dot of rank r is half kept at T = r + 32.
    def threshold(q: float) -> int:
        return 0 if q <= 0 else round(_KEEP_HALF + (255 - _KEEP_HALF) * q)

    def profile(v: int) -> int:
        d = sigma * normal.inv_cdf(min(max(v / 255, 0.0005), 0.9995))
        if d >= 0:  # in front: thins fast at first, then a sparse tail
            t = d / soft
            return threshold(LINE_KEEP * (1 - t) ** 1.25 if t < 1 else 0.0)
        t = min(1.0, -d / behind)
        return threshold(LINE_KEEP + (1 - LINE_KEEP) * t)

    return blurred.point([profile(v) for v in range(256)])


@lru_cache(maxsize=4)
def _noise_field(width: int, height: int, cm_h: float, seed: int) -> Image.Image:
    """Seeded value noise (0..255 around 128) over the low-resolution frame.

    Two scales, :data:`IRREGULAR_CELL_MM`, counted in centimetres of the base,
    so the screen preview and the export wobble alike.
    """
    g = _grid(width, height, cm_h)
    lw, lh = -(-width // g), -(-height // g)
    rng = random.Random(seed * 31 + 5)
    ppc = height / cm_h
    noise: Image.Image | None = None
    for cell_mm, weight in zip(IRREGULAR_CELL_MM, (0.0, 0.4), strict=True):
        # At most one cell per two field pixels (a scale can make a millimetre
        # smaller than a pixel).
        cells_x = max(2, min(math.ceil(width / ppc * 10 / cell_mm), lw // 2) + 1)
        cells_y = max(2, min(math.ceil(height / ppc * 10 / cell_mm), lh // 2) + 1)
        layer = _value_noise(cells_x, cells_y, (lw, lh), rng)
        noise = layer if noise is None else Image.blend(noise, layer, weight)
    assert noise is not None
    # Smoothing and blending pull values towards 128: stretch back to full contrast.
    return noise.point([max(0, min(255, round(128 + (v - 128) * 2.2))) for v in range(256)])


# -- rendering -------------------------------------------------------------------------------
def _clear_caches() -> None:
    """Forget every drawn tile and field (benchmarks measure a cold render with it)."""
    for cached in (_ink_tile, _rank_tile, _hair_field, _noise_field, _front_sign, _outline_image):
        cached.cache_clear()


def _check_size(width: int, height: int) -> None:
    if width < 1 or height < 1 or width > MAX_SIDE or height > MAX_SIDE:
        raise UserError(
            f"This picture is too large to draw a design on; use one of at most {MAX_SIDE} pixels "
            "a side."
        )
    if width * height > MAX_RENDER_PIXELS:
        raise UserError(
            "This picture is too large to draw a design on; use one of at most "
            f"{MAX_RENDER_PIXELS // 1_000_000} megapixels."
        )


def _check_design(design: Design) -> None:
    """Refuse a design no editor or file could have made (NaN, huge counts, ...).

    Designs reach the renderer as objects, not only through
    :func:`~smpdesk.domain.designs.design_from_json`; running them through
    the same checks costs a fraction of a millisecond.
    """
    try:
        text = design.to_json()
    except (TypeError, ValueError, AttributeError) as exc:
        raise DesignError("This design cannot be read: it holds values of the wrong kind.") from exc
    design_from_json(text)


class _Fields:
    """The fields one render needs, computed once: hairline, wobble, each stack's T."""

    def __init__(self, design: Design, width: int, height: int, seed: int):
        self.design, self.width, self.height, self.seed = design, width, height, seed
        self.hair: Image.Image | None = None
        h = design.hairline
        if h is not None and len(set(effective_hairline_points(h))) >= 2:
            front = _front_sign(h, design.zones, design.aspect, width, height)
            self.hair = _hair_field(
                h, design.aspect, assumed_cm_per_height(design), width, height, front
            )
        self._thresholds: dict[tuple[int, tuple[int, int, int, int]], Image.Image] = {}

    def threshold(self, layout: _Layout) -> Image.Image:
        key = (layout.stack, layout.box)
        if key not in self._thresholds:
            self._thresholds[key] = self._threshold(self.design.zones[layout.stack], layout)
        return self._thresholds[key]

    def _threshold(self, zone: Zone, layout: _Layout) -> Image.Image:
        """T over the zone's box at full resolution: outline, soft edges, hairline, wobble.

        Worked out on the low-resolution grid and scaled up by repeating
        pixels: T only decides, per dot, whether it stays, so blocks smaller
        than the dot spacing never show.
        """
        design, width, height = self.design, self.width, self.height
        g = _grid(width, height, assumed_cm_per_height(design))
        x0, y0, x1, y1 = layout.box
        lx0, ly0 = x0 // g, y0 // g
        lw, lh = -(-(x1 - x0) // g), -(-(y1 - y0) // g)
        crop = (lx0, ly0, lx0 + lw, ly0 + lh)
        ppc = _px_per_cm(design, height)
        pts = [(p.x * width / g - lx0, p.y * height / g - ly0) for p in zone.points]
        region = Image.new("L", (lw, lh), 0)
        ImageDraw.Draw(region).polygon(pts, fill=255)
        hair = None
        if self.hair is not None:
            hair = self.hair.crop(crop)
            # The zone may spill over the hairline by the softness: its outline
            # grown by that much, kept only in front of the line, where the
            # field thins it out.
            grown = Image.new("L", (lw, lh), 0)
            draw = ImageDraw.Draw(grown)
            draw.polygon(pts, fill=255)
            width_px = max(1, round(2 * _feather_px(design, ppc) / g))
            draw.line([*pts, pts[0], pts[1]], fill=255, width=width_px, joint="curve")
            in_front = hair.point([255 if v < 250 else 0 for v in range(256)])
            region = ImageChops.lighter(region, ImageChops.multiply(grown, in_front))
        edge = EDGE_MM / 10.0 * ppc / g
        if edge > 0.3:
            region = region.filter(ImageFilter.GaussianBlur(edge))
        if hair is not None:
            region = ImageChops.multiply(region, hair)
        amount = design.hairline.irregularity if design.hairline is not None else EDGE_IRREGULARITY
        if amount > 0:
            noise = _noise_field(width, height, assumed_cm_per_height(design), self.seed).crop(crop)
            # Only where the field is between empty and full: moves edges, never
            # thins the middle of a zone.
            window = region.point(
                [round(amount * 255 * min(1.0, 5.0 * v * (255 - v) / 65025)) for v in range(256)]
            )
            region = ImageMath.lambda_eval(
                lambda a: a["t"] + (a["n"] - 128) * a["w"] / 128, t=region, n=noise, w=window
            ).convert("L")
        full = region.resize((lw * g, lh * g), Image.Resampling.BILINEAR) if g > 1 else region
        if full.size != (x1 - x0, y1 - y0):
            full = full.crop((0, 0, x1 - x0, y1 - y0))
        return full


def render_preview(
    base: Image.Image, design: Design, *, layer: int | None = None, seed: int = 0
) -> Image.Image:
    """The base with the design's impressions on it (RGB, the base's size).

    Zones whose session ``layer`` is at most ``layer`` are drawn (None: all);
    each zone's dots stay in the same places whichever layer is shown, so
    session 1 and the finished result line up.  Raises :class:`UserError`
    for a base above :data:`MAX_RENDER_PIXELS`.
    """
    _check_size(*base.size)
    _check_design(design)
    out = base.convert("RGB") if base.mode != "RGB" else base.copy()
    width, height = out.size
    indexes = [i for i, z in enumerate(design.zones) if layer is None or z.layer <= layer]
    if not indexes:
        return out
    fields = _Fields(design, width, height, seed)
    # A unit is what one tile draws: the shown sessions of one stack with one
    # dot size and one shade (usually a whole stack).
    units: dict[tuple[Any, ...], tuple[_Layout, list[_Part]]] = {}
    for i in indexes:
        lay = _zone_layout(design, i, width, height, seed)
        if lay is None:
            continue
        zone = design.zones[i]
        key = (lay.stack, lay.side, lay.dot_px, lay.blur, lay.box, _neat(zone.shade))
        units.setdefault(key, (lay, []))[1].append((*lay.part, _strength(zone.dilution)))
    # Ink per shade: units of one shade add up, then darken the photo once.
    shades: dict[tuple[int, int, int], tuple[Image.Image, list[int]]] = {}
    for key, (lay, parts) in units.items():
        rank = _tiled(_rank_tile(lay.side, lay.dot_px, lay.blur), lay)
        keep = ImageChops.subtract(fields.threshold(lay), rank, _KEEP_SCALE)
        tile = _ink_tile(lay.side, lay.dot_px, lay.blur, tuple(parts))
        ink = ImageChops.multiply(_tiled(tile, lay), keep)
        neat = key[-1]
        if neat not in shades:
            shades[neat] = (Image.new("L", (width, height), 0), [width, height, 0, 0])
        sheet, box = shades[neat]
        x0, y0, x1, y1 = lay.box
        sheet.paste(ImageChops.add(sheet.crop(lay.box), ink), (x0, y0))
        box[:] = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
    for neat, (sheet, box) in shades.items():
        region = (box[0], box[1], box[2], box[3])
        ink = sheet.crop(region)
        luts = [[255 - (v * (255 - c) + 127) // 255 for v in range(256)] for c in neat]
        factor = Image.merge("RGB", [ink.point(lut) for lut in luts])
        out.paste(ImageChops.multiply(out.crop(region), factor), region[:2])
    return out


def impression_points(
    design: Design, zone: Zone, width: int, height: int, *, seed: int = 0
) -> list[tuple[float, float]]:
    """Pixel centres of the impressions :func:`render_preview` draws for ``zone``.

    A dot counts when at least half of it is kept (the threshold at its
    centre is past its rank by half the fade-in).  ``zone`` is looked up in
    the design (its first equal zone), else taken as an extra zone.  Raises
    :class:`UserError` when it would list more than :data:`MAX_IMPRESSIONS`.
    """
    _check_size(width, height)
    try:
        index = design.zones.index(zone)
    except ValueError:
        design = design.with_zones([*design.zones, zone])
        index = len(design.zones) - 1
    _check_design(design)
    lay = _zone_layout(design, index, width, height, seed)
    if lay is None:
        return []
    dots = _tile_dots()[lay.part[0] : lay.part[1]]
    xs, ys = _tile_starts(lay)
    if len(xs) * len(ys) * len(dots) > MAX_IMPRESSIONS:
        raise UserError(
            "This zone would hold too many impressions to list; draw it on a smaller picture."
        )
    threshold = _Fields(design, width, height, seed).threshold(lay)
    values = threshold.load()
    assert values is not None
    x0, y0, x1, y1 = lay.box
    side = lay.side
    out = []
    for ty in ys:
        for tx in xs:
            for d in dots:
                x, y = tx + d.x * side, ty + d.y * side
                ix, iy = int(x), int(y)
                if x0 <= ix < x1 and y0 <= iy < y1:
                    value = values[ix - x0, iy - y0]
                    assert isinstance(value, int)
                    if value >= d.rank + _KEEP_HALF:
                        out.append((x, y))
    return out


# -- built-in head outlines ------------------------------------------------------------------
# Width / height of each drawing in resources/designs/heads/<view>.json (the
# files say the same; a test holds them to it).
OUTLINE_ASPECT: dict[str, float] = {
    "front": 0.75,
    "top": 0.75,
    "left": 1.0,
    "right": 1.0,
    "back": 0.75,
}
_MAX_OUTLINE_BYTES = 1024 * 1024
_MAX_SHAPES = 200
_MAX_SHAPE_POINTS = 4000
_SHAPE_TYPES = ("polygon", "polyline")


def _colour(value: object, what: str) -> tuple[int, int, int] | None:
    if value is None:
        return None
    if not (isinstance(value, str) and len(value) == 7 and value[0] == "#"):
        raise ValueError(f"{what} is not a #rrggbb colour")
    try:
        return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))
    except ValueError as exc:
        raise ValueError(f"{what} is not a #rrggbb colour") from exc


def _fraction(value: object, what: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{what} is not a number")
    number = float(value)
    if not (math.isfinite(number) and lo <= number <= hi):
        raise ValueError(f"{what} is outside {lo:g}..{hi:g}")
    return number


def _check_outline(raw: object, view: str) -> dict[str, Any]:
    """The outline file's content, checked field by field (see resources/designs/README.md)."""
    if not isinstance(raw, dict) or raw.get("format") != 1 or raw.get("view") != view:
        raise ValueError("not a format-1 outline of this view")
    aspect = _fraction(raw.get("aspect"), "aspect", 0.2, 5.0)
    shapes_raw = raw.get("shapes")
    if not isinstance(shapes_raw, list) or not 1 <= len(shapes_raw) <= _MAX_SHAPES:
        raise ValueError(f"shapes must be a list of 1 to {_MAX_SHAPES}")
    shapes = []
    polygons: set[str] = set()
    for n, item in enumerate(shapes_raw):
        what = f"shape {n}"
        if not isinstance(item, dict) or item.get("type") not in _SHAPE_TYPES:
            raise ValueError(f"{what} is not a polygon or polyline")
        pts = item.get("points")
        least = 3 if item["type"] == "polygon" else 2
        if not isinstance(pts, list) or not least <= len(pts) <= _MAX_SHAPE_POINTS:
            raise ValueError(f"{what} needs {least} to {_MAX_SHAPE_POINTS} points")
        points = []
        for p in pts:
            if not isinstance(p, list) or len(p) != 2:
                raise ValueError(f"a point of {what} is not a pair")
            points.append((_fraction(p[0], what, -0.5, 1.5), _fraction(p[1], what, -0.5, 1.5)))
        shape = {
            "type": item["type"],
            "name": str(item.get("name", ""))[:80],
            "points": points,
            "fill": _colour(item.get("fill"), f"the fill of {what}"),
            "stroke": _colour(item.get("stroke"), f"the stroke of {what}"),
            "width": _fraction(item.get("width", 0.0), f"the width of {what}", 0.0, 0.05),
            "opacity": _fraction(item.get("opacity", 1.0), f"the opacity of {what}", 0.0, 1.0),
            "blur": _fraction(item.get("blur", 0.0), f"the blur of {what}", 0.0, 0.1),
            "clip": item.get("clip"),
        }
        if shape["type"] == "polyline" and shape["fill"] is not None:
            raise ValueError(f"{what} is a polyline with a fill")
        if shape["clip"] is not None and shape["clip"] not in polygons:
            raise ValueError(f"{what} is clipped to no polygon drawn before it")
        if shape["type"] == "polygon" and shape["name"]:
            polygons.add(shape["name"])
        shapes.append(shape)
    background = _colour(raw.get("background", "#ffffff"), "background")
    return {"view": view, "aspect": aspect, "background": background, "shapes": shapes}


@lru_cache(maxsize=len(OUTLINE_VIEWS))
def _outline(view: str) -> dict[str, Any]:
    if view not in OUTLINE_VIEWS:
        raise UserError(f"There is no built-in head outline called {view!r}.")
    path = resources_dir() / "designs" / "heads" / f"{view}.json"
    data = path.read_bytes()
    if len(data) > _MAX_OUTLINE_BYTES:
        raise RuntimeError(f"{path} is far larger than a head outline")
    try:
        return _check_outline(json.loads(data), view)
    except ValueError as exc:
        raise RuntimeError(f"{path}: {exc}") from exc


def outline_spec(view: str) -> dict[str, Any]:
    """The head outline of ``view``, checked: what :func:`outline_base` draws.

    ``{"view", "aspect", "background": (r, g, b), "shapes": [{"type":
    "polygon" | "polyline", "name", "points": [(x, y), ...] (0..1 of the
    width and height), "fill" / "stroke": (r, g, b) or None, "width" (stroke
    width, share of the height), "opacity" (0..1), "blur" (soft edge, share
    of the height), "clip" (name of an earlier polygon the shape is clipped
    to, or None)}, ...]}``, in drawing order, so the designer's canvas can
    draw the same art.
    """
    spec = _outline(view)
    return {**spec, "shapes": [dict(s) for s in spec["shapes"]]}


@lru_cache(maxsize=6)
def _outline_image(view: str, width: int) -> Image.Image:
    return _draw_outline(view, width)


def _draw_outline(view: str, width: int) -> Image.Image:
    spec = _outline(view)
    height = max(1, round(width / spec["aspect"]))
    ss = 2 if width * height <= 9_000_000 else 1  # anti-aliasing by supersampling
    w, h = width * ss, height * ss
    canvas = Image.new("RGB", (w, h), spec["background"])
    draw = ImageDraw.Draw(canvas, "RGBA")
    areas: dict[str, list[tuple[float, float]]] = {}
    for shape in spec["shapes"]:
        pts = [(x * w, y * h) for x, y in shape["points"]]
        if shape["type"] == "polygon" and shape["name"]:
            areas[shape["name"]] = pts
        alpha = round(255 * shape["opacity"])
        stroke = max(1, round(shape["width"] * h))
        line = [*pts, pts[0], pts[1]] if shape["type"] == "polygon" else pts
        blur = shape["blur"] * h
        if blur <= 0.5 and shape["clip"] is None:
            if shape["fill"] is not None:
                draw.polygon(pts, fill=(*shape["fill"], alpha))
            if shape["stroke"] is not None and shape["width"] > 0:
                draw.line(line, fill=(*shape["stroke"], alpha), width=stroke, joint="curve")
            continue
        # Soft or clipped: drawn as a mask over the shape's box only, at a
        # fraction of the size when it is blurred anyway, then pasted in colour.
        reach = stroke / 2 + 3 * blur + 2
        x0 = max(0, math.floor(min(x for x, _ in pts) - reach))
        y0 = max(0, math.floor(min(y for _, y in pts) - reach))
        x1 = min(w, math.ceil(max(x for x, _ in pts) + reach))
        y1 = min(h, math.ceil(max(y for _, y in pts) + reach))
        if x1 <= x0 or y1 <= y0:
            continue
        f = max(1, int(blur / 3))
        small = (max(1, -(-(x1 - x0) // f)), max(1, -(-(y1 - y0) // f)))
        local = [((x - x0) / f, (y - y0) / f) for x, y in pts]
        clip = None
        if shape["clip"] is not None:
            clip = Image.new("L", (x1 - x0, y1 - y0), 0)
            ImageDraw.Draw(clip).polygon(
                [(x - x0, y - y0) for x, y in areas[shape["clip"]]], fill=255
            )
        for colour, is_fill in ((shape["fill"], True), (shape["stroke"], False)):
            if colour is None or (not is_fill and shape["width"] <= 0):
                continue
            mask = Image.new("L", small, 0)
            mark = ImageDraw.Draw(mask)
            if is_fill:
                mark.polygon(local, fill=alpha)
            else:
                ends = [*local, local[0], local[1]] if shape["type"] == "polygon" else local
                mark.line(ends, fill=alpha, width=max(1, round(stroke / f)), joint="curve")
            if blur > 0.5:
                mask = mask.filter(ImageFilter.GaussianBlur(blur / f))
            if f > 1:
                mask = mask.resize((small[0] * f, small[1] * f), Image.Resampling.BILINEAR)
                mask = mask.crop((0, 0, x1 - x0, y1 - y0))
            if clip is not None:
                mask = ImageChops.multiply(mask, clip)
            canvas.paste(colour, (x0, y0, x1, y1), mask)
    return canvas.reduce(ss) if ss > 1 else canvas


def outline_base(view: str, width: int = 1600) -> Image.Image:
    """The built-in head outline ``view`` drawn ``width`` pixels wide (RGB).

    For a client without photos: the design is drawn on it like on a photo
    (its aspect is :data:`OUTLINE_ASPECT`).
    """
    lo, hi = OUTLINE_WIDTH_RANGE
    if isinstance(width, bool) or not isinstance(width, int) or not lo <= width <= hi:
        raise UserError(f"A head outline can be drawn {lo} to {hi} pixels wide.")
    if width > _OUTLINE_CACHED_WIDTH:
        _outline(view)  # an unknown view is refused before anything is drawn
        return _draw_outline(view, width)
    return _outline_image(view, width).copy()


# -- the design drawing ----------------------------------------------------------------------
@lru_cache(maxsize=16)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(resources_dir() / "fonts" / name), size)
    except OSError:
        return ImageFont.load_default(size)


def _dashed(
    draw: ImageDraw.ImageDraw,
    a: tuple[float, float],
    b: tuple[float, float],
    dash: float,
    **style: Any,
) -> None:
    length = math.hypot(b[0] - a[0], b[1] - a[1])
    if length <= 0:
        return
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    pos = 0.0
    while pos < length:
        end = min(length, pos + dash)
        draw.line([(a[0] + ux * pos, a[1] + uy * pos), (a[0] + ux * end, a[1] + uy * end)], **style)
        pos += 2 * dash


def _label_point(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The point inside the polygon farthest from its edges (on a grid): room for a label.

    A U-shaped hairline band's centre of area lies outside it, in front of
    the line; this finds the band's widest part instead.
    """
    step = max(1, len(points) // 64)
    edges = list(itertools.pairwise([*points[::step], points[0]]))
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    best, spot = -1.0, _polygon_centroid(points)[0]
    n = 18
    for i in range(n):
        for j in range(n):
            q = (
                min(xs) + (max(xs) - min(xs)) * (i + 0.5) / n,
                min(ys) + (max(ys) - min(ys)) * (j + 0.5) / n,
            )
            if not _inside(q, points):
                continue
            room = math.inf
            for (ax, ay), (bx, by) in edges:
                dx, dy = bx - ax, by - ay
                seg = dx * dx + dy * dy
                t = (
                    0.0
                    if seg == 0
                    else min(1.0, max(0.0, ((q[0] - ax) * dx + (q[1] - ay) * dy) / seg))
                )
                room = min(room, math.hypot(ax + t * dx - q[0], ay + t * dy - q[1]))
            if room > best:
                best, spot = room, q
    return spot


def _nice_length(cm_wanted: float) -> float:
    """A round scale-bar length (cm) not longer than ``cm_wanted``."""
    for length in (50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1):
        if length <= cm_wanted:
            return float(length)
    return 0.1


def render_plan(base: Image.Image, design: Design, *, layer: int | None = None) -> Image.Image:
    """The design drawing on a lightened copy of the base (RGB, the base's size).

    What the consent record and the PDFs show as "the design": each zone
    (sessions up to ``layer``; None: all) tinted and outlined in its kind's
    colour with a label (kind, impressions per cm², needle, sessions), the
    hairline curve through its control points, the dashed centre line, the
    marked scale and a scale bar in cm when the design has a scale.
    """
    _check_size(*base.size)
    _check_design(design)
    photo = base.convert("RGB") if base.mode != "RGB" else base
    width, height = photo.size
    canvas = Image.blend(photo, Image.new("RGB", photo.size, (255, 255, 255)), 0.45).convert("RGBA")
    overlay = Image.new("RGBA", photo.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    unit = max(1.0, min(width, height) / 480)
    line = max(1, round(1.6 * unit))
    font = _font(max(9, round(min(width, height) / 42)))
    small = _font(max(8, round(min(width, height) / 55)))
    # One outline per stack of sessions, labelled with what the shown sessions add up to.
    stacks: dict[int, list[Zone]] = {}
    for i, zone in enumerate(design.zones):
        if layer is None or zone.layer <= layer:
            stacks.setdefault(_stack(design, i)[0], []).append(zone)
    labels = []
    for members in stacks.values():
        zone = members[0]
        colour = ZONE_COLOURS.get(zone.kind, (90, 90, 90))
        pts = [(p.x * width, p.y * height) for p in zone.points]
        draw.polygon(pts, fill=(*colour, 60))
        draw.line([*pts, pts[0], pts[1]], fill=(*colour, 235), width=line, joint="curve")
        layers = sorted({z.layer for z in members})
        sessions = f"S{layers[0]}" if len(layers) == 1 else f"S{layers[0]}–{layers[-1]}"
        density = sum(z.density for z in members)
        needle = ", ".join(dict.fromkeys(z.needle for z in members if z.needle))
        detail = " · ".join(x for x in (f"{density:g}/cm²", needle, sessions) if x)
        title = zone.name or ZONE_KINDS.get(zone.kind, zone.kind)
        labels.append((_label_point(pts), title, detail, colour))
    h = design.hairline
    if h is not None and h.points:
        top, bottom = (h.centre_x * width, 0.0), (h.centre_x * width, float(height))
        _dashed(draw, top, bottom, 6 * unit, fill=(70, 70, 80, 170), width=max(1, round(unit)))
        curve = [(p.x * width, p.y * height) for p in hairline_curve(h, design.aspect)]
        if len(curve) >= 2:
            draw.line(curve, fill=(255, 255, 255, 200), width=line * 3, joint="curve")
            draw.line(curve, fill=(*HAIRLINE_COLOUR, 255), width=line * 2, joint="curve")
        r = 3.2 * unit
        for p in effective_hairline_points(h):
            x, y = p.x * width, p.y * height
            draw.ellipse(
                (x - r, y - r, x + r, y + r),
                fill=(255, 255, 255, 255),
                outline=(*HAIRLINE_COLOUR, 255),
                width=line,
            )
    cmh = cm_per_height(design)
    ink = (40, 40, 48, 255)
    if design.scale is not None and cmh is not None:
        s = design.scale
        a, b = (s.a.x * width, s.a.y * height), (s.b.x * width, s.b.y * height)
        _dashed(draw, a, b, 4 * unit, fill=ink, width=line)
        for x, y in (a, b):
            draw.ellipse((x - 2.5 * unit, y - 2.5 * unit, x + 2.5 * unit, y + 2.5 * unit), fill=ink)
        mid = ((a[0] + b[0]) / 2 + 6 * unit, (a[1] + b[1]) / 2)
        draw.text(
            mid,
            f"{s.cm:g} cm",
            font=small,
            fill=ink,
            anchor="lm",
            stroke_width=max(1, round(unit)),
            stroke_fill=(255, 255, 255, 255),
        )
        px_per_cm = height / cmh
        length = _nice_length(0.25 * width / px_per_cm)
        bar = length * px_per_cm
        if bar >= 8:
            x0, y0 = 12 * unit, height - 14 * unit
            draw.rectangle(
                (x0 - 4 * unit, y0 - 16 * unit, x0 + bar + 4 * unit, y0 + 6 * unit),
                fill=(255, 255, 255, 210),
            )
            draw.line([(x0, y0), (x0 + bar, y0)], fill=ink, width=line)
            for x in (x0, x0 + bar):
                draw.line([(x, y0 - 4 * unit), (x, y0 + 2 * unit)], fill=ink, width=line)
            draw.text(
                (x0 + bar / 2, y0 - 5 * unit), f"{length:g} cm", font=small, fill=ink, anchor="md"
            )
    for (x, y), title, detail, colour in labels:
        x = min(max(x, 0.12 * width), 0.88 * width)
        y = min(max(y, 0.05 * height), 0.95 * height)
        halo = max(1, round(1.5 * unit))
        white = (255, 255, 255, 255)
        dark = tuple(round(c * 0.55) for c in colour)
        draw.text(
            (x, y),
            title,
            font=font,
            fill=(*dark, 255),
            anchor="md",
            stroke_width=halo,
            stroke_fill=white,
        )
        draw.text(
            (x, y + unit),
            detail,
            font=small,
            fill=ink,
            anchor="ma",
            stroke_width=halo,
            stroke_fill=white,
        )
    return Image.alpha_composite(canvas, overlay).convert("RGB")
