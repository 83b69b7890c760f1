"""The SMP preview and the design drawing, Qt-free so every front gets the same pixels.

The designer's live preview, ``smpdesk design-render``, the stored preview and
thumbnail and the PDF pages all call :func:`render_preview` or
:func:`render_plan` here, so the client signs what they were shown.

How the preview is made, and why.  A healed, finished SMP result looks like a
0.5-1 mm buzz cut: on a photo an even shadow made of many small soft grey
dots, and a client judges it by the hairline's edge, which must never be a
hard line (sources under "look" below):

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
  practitioners work (see :func:`_stack`).  Other zones are layered like
  sheets: where two overlap, the one listed later is drawn there (see
  :class:`_Fields`).
* **No impression is drawn one by one.**  Everything about an impression
  that does not depend on the design (its cell of the tile, rank, size,
  irregular outline, tone, place in the session order) is stored once in
  ``resources/designs/dot_atlas.png`` (made by
  ``tests/benchmarks/make_dot_atlas.py``).  A zone's tile is a few
  look-up tables and products of its bands, resized (:func:`_ink_tile`);
  drawing a zone is then a handful of whole-image operations in C, however
  many impressions it holds.
* **What a camera sees.**  Each dot is as wide as the impression plus the
  pigment's spread plus the light scattered in the skin above it
  (:data:`HEALED_SPREAD_MM`, :data:`PHOTO_SCATTER_MM`), soft, with its own
  size and tone; the photo's own softness widens it without adding ink.  A
  faint, even shadow lies between the dots (:data:`HAZE_SHARE`), and the
  pigment reads a cool dark grey (:data:`SKIN_CAST`).  Session 1, fewer
  dots of a lighter mix, is visibly lighter and sparser.
* **Thinning, not fading.**  Each zone has a threshold field T (0..255): its
  polygon with softened edges, times the hairline field.  A dot is kept where
  T exceeds its rank (with a ramp), so towards an edge dots drop out one by
  one (the smaller ones, which tend to have the lower ranks, last longest),
  and the shadow between them thins out alike.
* **The hairline is feathered in front.**  The field is full from half the
  softness behind the line, :data:`LINE_KEEP` on it and nothing at
  ``softness_mm`` in front, and the zone may spill over the line by that
  much.  Seeded value noise scaled by ``irregularity`` moves the line back
  and forth in millimetre-sized clusters and gaps, as real hair does.  The
  front is the side away from the zones (the forehead on a front photo).
* **Multiply onto the skin.**  A dot's strength follows Beer-Lambert from the
  dilution (:func:`_strength`); per shade the ink becomes
  ``255 - ink * absorption`` per channel and multiplies the photo: pigment
  only darkens, skin texture and light show through, and a pixel with no
  ink keeps its exact value.

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
from typing import Any

# The adapter to Pillow itself (callers import this module where they use it).
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

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
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
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
_ATLAS_FILE = "dot_atlas.png"
ATLAS_SIDE = 512  # pixels of the stored atlas (tests/benchmarks/make_dot_atlas.py)
ATLAS_QMAX = 2.0  # the atlas's distance band reaches this many tile spacings
# Each dot is moved up to this share of the tile's minimum spacing in x and
# y, so the pattern is even without looking machined; two dots are then at
# least MIN_GAP_SHARE of that spacing apart.
TILE_JITTER = 0.12
MIN_GAP_SHARE = 1.0 - 2.0 * math.sqrt(2.0) * TILE_JITTER

# -- look ------------------------------------------------------------------------------------
# How a finished, healed result looks in a photograph, and the sources:
#  [T] trichoscopy of SMP: "homogenous, grey to black circular dots that are
#      evenly spaced and appear larger than adjacent hair follicles"
#      (Nguyen et al., Skin Appendage Disord 2022;8:412),
#      https://pmc.ncbi.nlm.nih.gov/articles/PMC9485964/
#  [H] dots are placed 90-170 um wide, and "appear to become lighter and softer"
#      as they heal; the first session is "a very light application" that
#      clients often find too light, the second "adds the majority of the density",
#      https://www.hishairclinic.com/scalp-micropigmentation/knowledgebase/appearance/
#  [B] in real life and on camera SMP reads as "soft, even hair stubble", "a
#      clean buzz-cut", "at a few feet away it reads as even coverage, not dots",
#      https://www.smpblends.com/smp-results-and-appearance
#  [S] what we see of skin is mostly light scattered beneath its surface (only
#      5-7 % is reflected directly), so pigment under the epidermis shows
#      blurred and wider than it is,
#      https://graphics.stanford.edu/courses/cs348b/lecture/introduction/slide_036
#      https://www.springermedizin.de/link?doi=10.2478/v10249-011-0029-5
#  [C] pigment in the dermis looks cooler than it is (the Tyndall effect: the
#      skin above scatters blue back), carbon black reading blue-grey,
#      https://www.ditabeauty.co.za/why-do-eyebrows-turn-blue/
#  [M] ink a little deeper or denser spreads ("pigment migration"), and dermal
#      deposits make bigger, softer dots,
#      https://doctorstudio.co/2025.+SMP/2.4+Preventing+Pigment+Migration+(Blurred+Ink)+in+SMP
#      http://www.scalpachicago.com/scalp-micropigmentation-and-the-importance-of-dot-size/
RANK_MAX = 127  # dot ranks 0..127: T = 255 keeps every dot fully ((255 - 127) * 2 = 256)
_KEEP_SCALE = 0.5  # keep = (T - rank) * 2: a dot fades in over 128 levels of T, so a
# threshold that changes across a dot dims it a little rather than cutting it
_KEEP_HALF = 64  # a dot is half kept where T = rank + 64
_FADE_SHARE = 0.08  # below this share kept, the threshold fades to 0 (see _hair_field)
FIELD_MM = 0.6  # grain of the threshold fields
EDGE_MM = 1.6  # spread (as a Gaussian's sigma) of a zone's soft, thinning border
IRREGULAR_MM = 5.0  # how far the hairline wanders back and forth at irregularity 1
LINE_KEEP = 0.75  # share of impressions kept right on the hairline
BEHIND_MM = 0.6  # the hairline field is full at least this far behind the line
IRREGULAR_CELL_MM = (4.0, 1.3)  # the two scales of the hairline's wobble
# A healed impression looks wider than the needle that made it: pigment
# spreads a little in the dermis [M] (about 0.1 mm each way) ...
HEALED_SPREAD_MM = 0.15
# ... and light scattered in the skin above it widens and softens what a
# camera sees [S, T]: a dot's visible width (full width at half maximum) is
# the impression + spread + this.  A 3RL impression (0.35 mm) reads as about
# 0.75 mm on a photo, a 1RL one as 0.65 mm.
PHOTO_SCATTER_MM = 0.25
DOT_PEAK = 0.75  # darkness at a dot's centre at full strength, of the pigment's own
DOT_PROFILE = 2.4  # exponent of the dot's profile: a little flatter-topped than a Gaussian
CAMERA_BLUR_PX = 1.2  # a photo's own softness (pixels): widens dots, keeps their ink
# The faint, even shadow between the dots [B, M]: pigment that spread and light
# scattered from the dots around, as much ink again as HAZE_SHARE x the dots'
# mean, softened over HAZE_MM.  It is what makes a finished area read as a
# buzz cut rather than a sprinkle of dots, and it thins out with the dots.
HAZE_SHARE = 1.6
HAZE_MM = 0.6
# Share of each channel's (r, g, b) darkening a dermal pigment keeps as seen
# through the skin [C]: less blue is lost than red, a slight blue-grey cast.
SKIN_CAST = (1.0, 0.96, 0.9)
_OPTICAL_K = 2.5  # Beer-Lambert constant of one dot (see _strength)
_DOT_VERTICES = 7
_ORDER_STEPS = 256  # the atlas's order band: session shares in 1/256 of the tile
_LN2 = math.log(2.0)
_BOX_PER_SIGMA = math.sqrt(3.0)  # a box blur of this radius spreads like a Gaussian of sigma 1
_IN_FRONT = [255 if v < 250 else 0 for v in range(256)]  # hairline field -> "not full"

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
        # Smaller dots tend to get the lower ranks, so the last ones standing
        # in front of the hairline are the smaller, sparse ones; only a
        # tendency, or two zones meeting would each keep only their small dots
        # along the seam and leave a lighter line there.
        size = min(1.3, max(0.6, 0.84 + 0.22 * u + rng.gauss(0.0, 0.08)))
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


# A run of the tile's session order, in the atlas's 256 order steps, drawn at
# one strength (0..255): (first step, end step, strength).
_Part = tuple[int, int, int]


@lru_cache(maxsize=1)
def _atlas() -> tuple[Image.Image, Image.Image, Image.Image, Image.Image]:
    """The stored impression atlas as its four bands: rank, order, distance, tone.

    Read once per process, like the blue-noise tile it was made from
    (``tests/benchmarks/make_dot_atlas.py`` describes the bands).
    """
    path = resources_dir() / "designs" / _ATLAS_FILE
    with Image.open(path) as image:
        if image.mode != "RGBA" or image.size != (ATLAS_SIDE, ATLAS_SIDE):
            raise RuntimeError(f"{path} is not the impression atlas smpdesk ships")
        image.load()
        rank, order, dist, tone = image.split()
    return rank, order, dist, tone


def _dot_lut(spacing_px: float, dot_px: float, blur_px: float) -> list[int]:
    """Distance band value -> a healed impression's ink (0..255) as a camera sees it.

    ``dot_px`` is the dot's visible width (full width at half maximum) on the
    skin; the photo's own softness ``blur_px`` widens it and lowers its peak
    alike, so the ink a dot holds does not depend on the picture's size.  All
    three in pixels of the atlas as it is used.
    """
    width = math.hypot(dot_px, blur_px)
    peak = 255.0 * DOT_PEAK * (dot_px / width) ** 2
    scale = 2.0 * spacing_px / width * ATLAS_QMAX / 255.0
    return [round(peak * math.exp(-_LN2 * (v * scale) ** DOT_PROFILE)) for v in range(256)]


@lru_cache(maxsize=32)
def _ink_tile(side: int, dot_px: float, parts: tuple[_Part, ...]) -> Image.Image:
    """The ink of the given runs of impressions, ``side`` pixels square, seamless.

    No impression is drawn one by one: at the atlas's own size, its distance
    band becomes soft dots through a look-up table, its order band each
    session's strength and its tone band the dots' own darkness; the result
    is resized to the tile (by areas, or bilinear to enlarge much).  A handful
    of operations in C, whatever the number of impressions.
    """
    n = len(_tile_dots())
    _rank, order, dist, tone = _atlas()
    scale = ATLAS_SIDE / side  # tile pixels -> atlas pixels
    lut = _dot_lut(ATLAS_SIDE / math.sqrt(n), dot_px * scale, CAMERA_BLUR_PX * scale)
    if len(parts) == 1 and parts[0][:2] == (0, _ORDER_STEPS):
        # Every impression at one strength (a single session): in the table.
        strength = parts[0][2]
        dots = dist.point([(v * strength + 127) // 255 for v in lut])
    else:
        strengths = [0] * 256
        for start, stop, strength in parts:
            strengths[start:stop] = [strength] * (stop - start)
        dots = ImageChops.multiply(dist.point(lut), order.point(strengths))
    dots = ImageChops.multiply(dots, tone)
    if side == ATLAS_SIDE:
        return dots
    if side <= 1.5 * ATLAS_SIDE:
        # Areas averaged (down) or shared out (a little up): seamless, and the
        # dots are soft enough that no smoother filter is needed.
        return dots.resize((side, side), Image.Resampling.BOX)
    # Bilinear reads a little past the edges: give it the neighbouring copies.
    pad = 2
    wrapped = Image.new("L", (ATLAS_SIDE + 2 * pad, ATLAS_SIDE + 2 * pad))
    for ox in (-ATLAS_SIDE, 0, ATLAS_SIDE):
        for oy in (-ATLAS_SIDE, 0, ATLAS_SIDE):
            wrapped.paste(dots, (pad + ox, pad + oy))
    box = (pad, pad, pad + ATLAS_SIDE, pad + ATLAS_SIDE)
    return wrapped.resize((side, side), Image.Resampling.BILINEAR, box=box)


@lru_cache(maxsize=32)
def _ink_mean(side: int, dot_px: float, parts: tuple[_Part, ...]) -> int:
    """The mean ink (0..255) of :func:`_ink_tile` with the same arguments."""
    value = _ink_tile(side, dot_px, parts).reduce(side).getpixel((0, 0))
    assert isinstance(value, int)
    return value


@lru_cache(maxsize=32)
def _haze_lut(level: int) -> list[int]:
    """Threshold -> the faint shadow between impressions (0..``level``).

    As dense as the share of impressions the threshold keeps (ranks are
    spread evenly over 0..RANK_MAX), so it thins out with them, smoothly.
    """
    return [
        round(level * min(1.0, max(0.0, (v - _KEEP_HALF) / (RANK_MAX + 1)))) for v in range(256)
    ]


@lru_cache(maxsize=16)
def _rank_tile(side: int) -> Image.Image:
    """Each pixel labelled with the rank of the impression it belongs to, ``side`` square.

    The atlas's cells cover the whole tile, so a dot is kept or dropped whole,
    alike in session 1 and the final result.
    """
    rank = _atlas()[0]
    return rank if side == ATLAS_SIDE else rank.resize((side, side), Image.Resampling.NEAREST)


# -- layout ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Layout:
    """How one zone is drawn at one image size."""

    stack: int  # index of the first zone of its session stack
    side: int  # tile side, pixels
    dot_px: float  # visible width of an impression (full width at half maximum)
    part: tuple[int, int]  # this zone's run of the session order (atlas order steps)
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


def _hair_grid(width: int, height: int, cm_h: float) -> int:
    """Step of the hairline's distance field: twice :func:`_grid`.

    The distance is smooth (blurred over several millimetres), so it is
    worked out on this coarser grid and scaled up smoothly before the
    thinning profile is applied on the finer one.
    """
    return 2 * _grid(width, height, cm_h)


def _strength(dilution: int) -> int:
    """How dark a dot's core is (0..255) for a pigment ``dilution`` per cent.

    Beer-Lambert: optical density grows with the pigment's concentration, so
    the darkening is ``1 - exp(-k c)`` (normalised to 1 for neat pigment) and
    a 35 % mix reads clearly darker than a 35 % blend with white.
    """
    c = min(100, max(5, dilution)) / 100.0
    return round(255 * (1.0 - math.exp(-_OPTICAL_K * c)) / (1.0 - math.exp(-_OPTICAL_K)))


def _absorption(neat: tuple[int, int, int]) -> tuple[float, float, float]:
    """Share of each channel (r, g, b) a full dose of the shade takes away, as seen in skin.

    The neat colour's darkening, times :data:`SKIN_CAST`: seen through the
    epidermis pigment in the dermis loses less blue than red.
    """
    r, g, b = (min(1.0, (255 - c) / 255 * k) for c, k in zip(neat, SKIN_CAST, strict=True))
    return r, g, b


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
    dot_px = (zone.impression_mm + HEALED_SPREAD_MM + PHOTO_SCATTER_MM) / 10.0 * ppc
    spacing = side / math.sqrt(n)
    if spacing < MIN_SPACING_PX:
        factor = MIN_SPACING_PX / spacing
        side, dot_px = side * factor, dot_px * factor
    if side > MAX_TILE_PX:
        factor = MAX_TILE_PX / side
        side, dot_px = side * factor, dot_px * factor
    side_px = max(8, round(side))
    spacing_px = side_px / math.sqrt(n)
    dot_px = round(min(dot_px, 1.1 * spacing_px) * 16) / 16
    rng = random.Random(seed * 1_000_003 + first * 7919 + 17)
    origin = (int(rng.random() * side_px), int(rng.random() * side_px))
    xs = [p.x * width for p in zone.points]
    ys = [p.y * height for p in zone.points]
    # The spill over the hairline, the soft edge's ramp (a box blur reaches
    # sqrt(3) sigma) and a kept impression's cell, about two spacings.
    margin = _feather_px(design, ppc) + 2.0 * EDGE_MM / 10.0 * ppc + 2.0 * spacing_px + 2.0
    g = _grid(width, height, assumed_cm_per_height(design))
    x0 = max(0, math.floor((min(xs) - margin) / g) * g)
    y0 = max(0, math.floor((min(ys) - margin) / g) * g)
    x1 = min(width, math.ceil((max(xs) + margin) / g) * g)
    y1 = min(height, math.ceil((max(ys) + margin) / g) * g)
    if x1 <= x0 or y1 <= y0:
        return None
    part = (round(share_from * _ORDER_STEPS), round(share_to * _ORDER_STEPS))
    return _Layout(first, side_px, dot_px, part, origin, (x0, y0, x1, y1))


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
    step = max(1, len(curve) // 16)
    coarse = [*curve[::step], curve[-1]]
    cap = 0.05 * h
    vote = 0.0
    n = 5
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
    hairline: Hairline,
    aspect: float,
    cm_h: float,
    width: int,
    height: int,
    front: int,
    seed: int,
) -> Image.Image | None:
    """The hairline's threshold field (0..255) over the whole low-resolution frame.

    Full (255) from half the softness behind the line, :data:`LINE_KEEP` on
    the line, nothing at ``softness_mm`` in front of it.  The distance work is
    done by Pillow in C: a front-side mask of quads along the curve, blurred
    into a signed distance (in millimetres, 8-bit), moved back and forth by
    the seeded noise (``irregularity`` x :data:`IRREGULAR_MM`), and a
    look-up table.  Moving the distance rather than adding noise to the
    threshold keeps the thinning's shape everywhere along the line: sparse to
    the very end of the feathering, never a hard stop where the noise lifted it.
    """
    ppc = height / cm_h
    fine = _grid(width, height, cm_h)
    g = _hair_grid(width, height, cm_h)
    lw, lh = -(-width // g), -(-height // g)
    curve = [(p.x * width / g, p.y * height / g) for p in hairline_curve(hairline, aspect)]
    if len(curve) < 2:
        return None
    px_mm = ppc / 10.0 / g  # coarse pixels per mm
    soft_mm = max(hairline.softness_mm, BEHIND_MM)
    behind_mm = max(BEHIND_MM, 0.5 * soft_mm)
    wobble_mm = IRREGULAR_MM * hairline.irregularity
    reach_mm = max(soft_mm, behind_mm) + wobble_mm
    reach = reach_mm * px_mm
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
    # A box blur of radius r turns the front-side mask into a straight ramp,
    # 255 * (d + r) / 2r at a signed distance d from the line (in front > 0):
    # one blur in C gives a distance field, which look-up tables turn into
    # thresholds.
    radius = math.ceil(reach)
    blurred = side.filter(ImageFilter.BoxBlur(radius))
    distance = blurred.point(_to_distance(radius / px_mm, reach_mm))
    if wobble_mm > 0:
        noise = _noise_field(width, height, cm_h, seed)
        distance = ImageChops.add(distance, noise.point(_shift_lut(wobble_mm, reach_mm)), 1.0, -128)
    # Onto the fine grid, smoothly, before the profile's corners are applied.
    factor = g // fine
    distance = distance.resize((lw * factor, lh * factor), Image.Resampling.BILINEAR)
    distance = distance.crop((0, 0, -(-width // fine), -(-height // fine)))

    return distance.point(
        [_threshold_for(_hair_share(v, reach_mm, soft_mm, behind_mm)) for v in range(256)]
    )


def _hair_share(v: int, reach_mm: float, soft_mm: float, behind_mm: float) -> float:
    """Share of impressions kept at distance code ``v`` (see :func:`_hair_field`).

    In front: thins fast at first, then a sparse tail to nothing at the
    softness; behind: full from ``behind_mm``.
    """
    d = (v - 128) * reach_mm / 127
    if d >= 0:
        t = d / soft_mm
        return LINE_KEEP * (1 - t) ** 1.25 if t < 1 else 0.0
    return LINE_KEEP + (1 - LINE_KEEP) * min(1.0, -d / behind_mm)


def _threshold_for(q: float) -> int:
    """T at which a share ``q`` of the impressions is kept.

    A dot of rank r is half kept at T = r + _KEEP_HALF and ranks are spread
    evenly, so T = _KEEP_HALF + (RANK_MAX + 1) q; near q = 1 it rises on to 255,
    where every dot is kept whole.  Towards q = 0 it falls to 0 without a
    jump: at T = _KEEP_HALF the lowest ranks are still partly kept, and a jump
    to 0 would cut them off along a line.
    """
    if q <= 0:
        return 0
    t = _KEEP_HALF * min(1.0, q / _FADE_SHARE) + (RANK_MAX + 1) * min(q, 1.0)
    top = min(1.0, max(0.0, (q - 0.8) / 0.2))
    return min(255, round(t + (255 - _KEEP_HALF - RANK_MAX - 1) * top * top * (3 - 2 * top)))


@lru_cache(maxsize=16)
def _to_distance(radius_mm: float, reach_mm: float) -> list[int]:
    """Box-blurred mask value 255 * (d + r) / 2r -> d in mm, as 128 + d * 127 / reach_mm."""
    out = []
    for v in range(256):
        d = (2.0 * v / 255 - 1.0) * radius_mm
        out.append(max(0, min(255, round(128 + d * 127 / reach_mm))))
    return out


@lru_cache(maxsize=16)
def _shift_lut(wobble_mm: float, reach_mm: float) -> list[int]:
    """Noise (0..255 around 128) -> a shift of up to ``wobble_mm``, on the distance scale."""
    return [round(128 + (n - 128) / 128 * wobble_mm * 127 / reach_mm) for n in range(256)]


@lru_cache(maxsize=4)
def _noise_field(width: int, height: int, cm_h: float, seed: int) -> Image.Image:
    """Seeded value noise (0..255 around 128) over the low-resolution frame.

    Two scales, :data:`IRREGULAR_CELL_MM`, counted in centimetres of the base,
    so the screen preview and the export wobble alike.  On the hairline's own
    grid (:func:`_hair_grid`), which is all that uses it.
    """
    g = _hair_grid(width, height, cm_h)
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
    for cached in (
        _ink_tile,
        _ink_mean,
        _rank_tile,
        _hair_field,
        _noise_field,
        _front_sign,
        _outline_image,
    ):
        cached.cache_clear()


def _check_size(width: int, height: int) -> None:
    if width < 1 or height < 1 or width > MAX_SIDE or height > MAX_SIDE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "This picture is too large to draw a design on; use one of at most "
                "{max_side} pixels a side.",
            ),
            max_side=MAX_SIDE,
        )
    if width * height > MAX_RENDER_PIXELS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "This picture is too large to draw a design on; use one of at most "
                "{megapixels} megapixels.",
            ),
            megapixels=MAX_RENDER_PIXELS // 1_000_000,
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
        raise DesignError(
            QT_TRANSLATE_NOOP(
                "core",
                "This design cannot be read: it holds values of the wrong kind.",
            )
        ) from exc
    design_from_json(text)


class _Fields:
    """The fields one render needs, computed once: hairline, each stack's cover and T.

    Zones are layered like sheets in their listed order: where two areas
    overlap, the one listed later is what is drawn there (a crown drawn over
    the mid-scalp gets the crown's density, not both): an earlier cover is
    capped at what the later ones leave (255 - their cover), so the two soft
    edges add up to one and meet without a seam or a dark ridge.  Every stack counts,
    whichever sessions are shown, so session 1 and the final result agree.
    """

    def __init__(self, design: Design, width: int, height: int, seed: int):
        self.design, self.width, self.height, self.seed = design, width, height, seed
        self.hair: Image.Image | None = None
        h = design.hairline
        if h is not None and len(set(effective_hairline_points(h))) >= 2:
            front = _front_sign(h, design.zones, design.aspect, width, height)
            self.hair = _hair_field(
                h, design.aspect, assumed_cm_per_height(design), width, height, front, seed
            )
        self.grid = _grid(width, height, assumed_cm_per_height(design))
        self.stacks = sorted({_stack(design, i)[0] for i in range(len(design.zones))})
        self._covers: dict[int, tuple[Image.Image, tuple[int, int]] | None] = {}
        self._thresholds: dict[tuple[int, tuple[int, int, int, int]], tuple[Image.Image, ...]] = {}

    def threshold(self, layout: _Layout) -> Image.Image:
        """T over the layout's box at full resolution."""
        return self._both(layout)[0]

    def coarse(self, layout: _Layout) -> Image.Image:
        """T over the layout's box on the low-resolution grid (:attr:`grid` pixels a step)."""
        return self._both(layout)[1]

    def _both(self, layout: _Layout) -> tuple[Image.Image, ...]:
        key = (layout.stack, layout.box)
        if key not in self._thresholds:
            self._thresholds[key] = self._threshold(layout)
        return self._thresholds[key]

    def _cover(self, stack: int) -> tuple[Image.Image, tuple[int, int]] | None:
        """The stack's outline with its soft edge (0..255) on the low-resolution grid,
        over its box, and where that box starts (low-resolution pixels); None off the picture.
        """
        if stack in self._covers:
            return self._covers[stack]
        design, width, height, g = self.design, self.width, self.height, self.grid
        layout = _zone_layout(design, stack, width, height, self.seed)
        if layout is None:
            self._covers[stack] = None
            return None
        x0, y0, x1, y1 = layout.box
        lx0, ly0 = x0 // g, y0 // g
        lw, lh = -(-(x1 - x0) // g), -(-(y1 - y0) // g)
        ppc = _px_per_cm(design, height)
        pts = [(p.x * width / g - lx0, p.y * height / g - ly0) for p in design.zones[stack].points]
        region = Image.new("L", (lw, lh), 0)
        ImageDraw.Draw(region).polygon(pts, fill=255)
        if self.hair is not None:
            hair = self.hair.crop((lx0, ly0, lx0 + lw, ly0 + lh))
            # The zone may spill over the hairline by the softness: its outline
            # grown by that much, kept only in front of the line, where the
            # field thins it out.
            grown = Image.new("L", (lw, lh), 0)
            draw = ImageDraw.Draw(grown)
            draw.polygon(pts, fill=255)
            width_px = max(1, round(2 * _feather_px(design, ppc) / g))
            draw.line([*pts, pts[0], pts[1]], fill=255, width=width_px, joint="curve")
            in_front = hair.point(_IN_FRONT)
            region = ImageChops.lighter(region, ImageChops.multiply(grown, in_front))
        edge = EDGE_MM / 10.0 * ppc / g
        if edge > 0.3:
            # One box blur (a straight ramp as wide as a Gaussian's): cheaper,
            # and the ramp only sets how fast impressions thin out.
            region = region.filter(ImageFilter.BoxBlur(edge * _BOX_PER_SIGMA))
        self._covers[stack] = (region, (lx0, ly0))
        return self._covers[stack]

    def _threshold(self, layout: _Layout) -> tuple[Image.Image, Image.Image]:
        """T over the layout's box (full resolution, low resolution): the stack's cover
        less the stacks listed after it, times the hairline field.

        Worked out on the low-resolution grid and scaled up by repeating
        pixels: T only decides, per dot, whether it stays, and the shadow
        between dots is softened before it is scaled up.
        """
        g = self.grid
        cover = self._cover(layout.stack)
        assert cover is not None  # the layout exists, so does its cover
        region, (lx0, ly0) = cover
        lw, lh = region.size
        for later in self.stacks:
            other = self._cover(later) if later > layout.stack else None
            if other is None:
                continue
            above, (ox, oy) = other
            if (
                ox >= lx0 + lw
                or oy >= ly0 + lh
                or ox + above.width <= lx0
                or oy + above.height <= ly0
            ):
                continue
            mask = Image.new("L", (lw, lh), 0)
            mask.paste(above, (ox - lx0, oy - ly0))
            # At most what the later area leaves: where the two only meet,
            # their soft edges add up to one (no seam); where it covers this
            # one, this one gives way.
            region = ImageChops.darker(region, ImageChops.invert(mask))
        if self.hair is not None:
            region = ImageChops.multiply(region, self.hair.crop((lx0, ly0, lx0 + lw, ly0 + lh)))
        x0, y0, x1, y1 = layout.box
        size = (x1 - x0, y1 - y0)
        full = region
        if g > 1:
            # Smoothly to half the grid's step, then by repeating pixels: steps
            # small enough not to show across an impression, for a fraction of
            # a smooth scaling's cost at full size.
            half = max(1, (g + 1) // 2)
            mid = (-(-size[0] // half), -(-size[1] // half))
            box = (0.0, 0.0, min(lw, mid[0] * half / g), min(lh, mid[1] * half / g))
            full = region.resize(mid, Image.Resampling.BILINEAR, box=box)
            if half > 1:
                box = (0.0, 0.0, size[0] / half, size[1] / half)
                full = full.resize(size, Image.Resampling.NEAREST, box=box)
        return full, region


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
    ppc = _px_per_cm(design, height)
    # A unit is what one tile draws: the shown sessions of one stack with one
    # dot size and one shade (usually a whole stack).
    units: dict[tuple[Any, ...], tuple[_Layout, list[_Part]]] = {}
    for i in indexes:
        lay = _zone_layout(design, i, width, height, seed)
        if lay is None:
            continue
        zone = design.zones[i]
        key = (lay.stack, lay.side, lay.dot_px, lay.box, _neat(zone.shade))
        units.setdefault(key, (lay, []))[1].append((*lay.part, _strength(zone.dilution)))
    # Per shade, what light the units let through: one sheet over their boxes,
    # and the faint shadow between their impressions on the low-resolution grid.
    g = fields.grid
    shades: dict[tuple[int, int, int], list[tuple[_Layout, Image.Image, Image.Image]]] = {}
    for key, (lay, parts) in units.items():
        rank = _tiled(_rank_tile(lay.side), lay)
        keep = ImageChops.subtract(fields.threshold(lay), rank, _KEEP_SCALE)
        tile = _ink_tile(lay.side, lay.dot_px, tuple(parts))
        ink = ImageChops.multiply(_tiled(tile, lay), keep)
        level = round(HAZE_SHARE * _ink_mean(lay.side, lay.dot_px, tuple(parts)))
        haze = fields.coarse(lay).point(_haze_lut(min(255, level)))
        shades.setdefault(key[-1], []).append((lay, ink, haze))
    for neat, inks in shades.items():
        box = (
            min(lay.box[0] for lay, _, _ in inks),
            min(lay.box[1] for lay, _, _ in inks),
            max(lay.box[2] for lay, _, _ in inks),
            max(lay.box[3] for lay, _, _ in inks),
        )
        size = (box[2] - box[0], box[3] - box[1])
        # The shadow between the dots first, as the light it lets through.
        shadow = Image.new("L", (-(-size[0] // g), -(-size[1] // g)), 0)
        for lay, _, haze in inks:
            at = ((lay.box[0] - box[0]) // g, (lay.box[1] - box[1]) // g)
            shadow.paste(
                ImageChops.add(shadow.crop((*at, at[0] + haze.width, at[1] + haze.height)), haze),
                at,
            )
        # Softened first: the shadow has no grain of its own (and no steps).
        shadow = shadow.filter(ImageFilter.BoxBlur(HAZE_MM / 10.0 * ppc / g * _BOX_PER_SIGMA))
        light = ImageChops.invert(shadow)
        if g > 1:
            light = light.resize(
                size, Image.Resampling.NEAREST, box=(0.0, 0.0, size[0] / g, size[1] / g)
            )
        for lay, ink, _ in inks:
            x0, y0, x1, y1 = lay.box
            # Layers of pigment let through the product of their shares.
            light.paste(0, (x0 - box[0], y0 - box[1], x1 - box[0], y1 - box[1]), ink)
        # Per channel: 255 - ink * absorption, i.e. white blended towards the light.
        white = Image.new("L", size, 255)
        factor = Image.merge("RGB", [Image.blend(white, light, a) for a in _absorption(neat)])
        out.paste(ImageChops.multiply(out.crop(box), factor), box[:2])
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
    every = _tile_dots()
    n = len(every)
    dots = [d for i, d in enumerate(every) if lay.part[0] <= i * _ORDER_STEPS // n < lay.part[1]]
    xs, ys = _tile_starts(lay)
    if len(xs) * len(ys) * len(dots) > MAX_IMPRESSIONS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "This zone would hold too many impressions to list; draw it on a smaller picture.",
            )
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
        raise UserError(
            QT_TRANSLATE_NOOP("core", "There is no built-in head outline called {view}."),
            view=f"{view!r}",
        )
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
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "A head outline can be drawn {lo} to {hi} pixels wide.",
            ),
            lo=lo,
            hi=hi,
        )
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
