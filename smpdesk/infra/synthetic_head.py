"""Synthetic "client" head photos: a shaved, thinning head with no real person in it.

The demo clinic, the screenshots and the tests need photos that look like the
ones a clinic takes at a consultation (a front view of the receded hairline,
a view of the thinning crown from above), so that a hairline design and its
SMP preview can be judged on something a client would recognise as a head.
Real photos cannot ship (they are health data of a real person), and a flat
skin-coloured oval reads as a cartoon, which would make every preview look
fake whatever the renderer does.

So the head is built like a studio photo: an ellipsoid lit by a soft key light
(wrapped Lambert + a broad specular sheen on the bald skin, darker and redder
in the shadows), skin mottling and pores from seeded value noise, buzzed
stubble as thousands of tiny dark strokes whose density follows a hair map
(full at the sides and back, thinning on top, bald where SMP would go), brows
and closed lids for the front view, ears, a backdrop with the head's soft
shadow, lens softness and sensor grain.

Pillow only (no numpy): smooth fields are evaluated on a small grid and
scaled up, detail is drawn at full size.  Everything comes from one
``random.Random`` seeded by view and seed, so the same call gives the same
pixels on every machine (tests compare them).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is imported where it is used: not on the start path
    from PIL import Image

__all__ = [
    "HAIR",
    "SKINS",
    "VIEWS",
    "HeadLayout",
    "hair_density",
    "head_layout",
    "head_outline",
    "synthetic_head",
]

VIEWS = ("front", "top")
ASPECT = 4 / 3  # width / height, a phone photo held sideways
# Mid-tone skin colours (lit, before shading), light to dark.
SKINS: dict[str, tuple[int, int, int]] = {
    "light": (232, 190, 165),
    "medium": (210, 160, 128),
    "olive": (190, 146, 106),
    "brown": (150, 104, 74),
    "dark": (100, 68, 50),
}
HAIR: dict[str, tuple[int, int, int]] = {
    "black": (22, 18, 17),
    "dark brown": (40, 29, 22),
    "brown": (70, 50, 36),
    "grey": (92, 90, 88),
}
_GRID_W = 240  # smooth fields are computed on this grid, then scaled up
_REF_W = 1600.0  # geometry below is written in pixels of a 1600 x 1200 photo
# A natural hairline to restore, as (x from the centre, y) in those pixels.
_FRONT_HAIRLINE = (
    (-330, 470),
    (-250, 395),
    (-130, 372),
    (0, 368),
    (130, 372),
    (250, 395),
    (330, 470),
)
_TOP_HAIRLINE = (
    (-300, 900),
    (-220, 985),
    (-110, 1020),
    (0, 1028),
    (110, 1020),
    (220, 985),
    (300, 900),
)


@dataclass(frozen=True)
class HeadLayout:
    """Where things are on a synthetic photo, in normalised (0..1) image coordinates.

    Lets the demo draw a design that sits on the head without guessing:
    ``hairline`` is the natural hairline a practitioner would restore (front
    view), ``crown`` the centre of the thinning crown (top view).
    """

    view: str
    centre_x: float
    top_y: float  # the top of the head's outline
    hairline: tuple[tuple[float, float], ...]  # left to right
    brow_y: float  # front view: the brows (0 on the top view)
    crown: tuple[float, float]
    crown_radius: float  # in heights
    cm_per_height: float  # how many cm the photo's full height spans at the scalp


def head_layout(view: str = "front") -> HeadLayout:
    """The landmarks of :func:`synthetic_head` for ``view`` (the same for every seed)."""
    _check_view(view)
    if view == "front":
        hairline = tuple(
            (0.5 + dx / _REF_W, y / 1200.0)
            for dx, y in (
                (-330, 470),
                (-250, 395),
                (-130, 372),
                (0, 368),
                (130, 372),
                (250, 395),
                (330, 470),
            )
        )
        return HeadLayout(
            view="front",
            centre_x=0.5,
            top_y=50 / 1200,
            hairline=hairline,
            brow_y=880 / 1200,
            crown=(0.5, 140 / 1200),
            crown_radius=0.12,
            cm_per_height=1200 / 62.0,
        )
    hairline = tuple(
        (0.5 + dx / _REF_W, y / 1200.0)
        for dx, y in (
            (-300, 900),
            (-220, 985),
            (-110, 1020),
            (0, 1028),
            (110, 1020),
            (220, 985),
            (300, 900),
        )
    )
    return HeadLayout(
        view="top",
        centre_x=0.5,
        top_y=90 / 1200,
        hairline=hairline,
        brow_y=0.0,
        crown=(0.515, 385 / 1200),
        crown_radius=0.13,
        cm_per_height=1200 / 52.0,
    )


def hair_density(view: str, x: float, y: float, *, recession: float = 0.6) -> float:
    """How much stubble grows at normalised (``x``, ``y``) of :func:`synthetic_head` (0..1).

    The photo's hair map without its seeded wobble (the edge wanders about
    that mean by a few millimetres): lets a demo design find the bald and
    thinning scalp and run its zones a little into the stubble, as a
    practitioner does, instead of guessing where the hair starts.  0 outside
    the head.
    """
    _check_view(view)
    geo = _geometry(view, round(min(max(float(recession), 0.0), 1.0), 3))
    rx, ry = x * _REF_W, y * 1200.0
    u, v = abs(rx - geo.cx) / geo.ax, abs(ry - geo.cy) / geo.ay
    if isinstance(geo, _FrontHead):
        # The cranium's squarer outline above the ears (see _FrontHead.outline).
        power = 2.3 if ry < geo.cy else 2.0
        if u**power + v**power >= 1.0:
            return 0.0
    else:
        half = geo.half_width(ry)
        if half is None or abs(rx - geo.cx) >= half:
            return 0.0
    return geo.hair(rx, ry, 0.5)


def head_outline(view: str) -> tuple[tuple[float, float], ...]:
    """The head's silhouette in normalised coordinates (closed polygon, ~180-240 points)."""
    _check_view(view)
    return tuple((x / _REF_W, y / 1200.0) for x, y in _geometry(view, 0.6).outline())


@lru_cache(maxsize=4)
def _geometry(view: str, recession: float) -> _Head:
    return _FrontHead(recession) if view == "front" else _TopHead(recession)


def synthetic_head(
    view: str = "front",
    *,
    width: int = 1600,
    seed: int = 0,
    skin: str = "medium",
    hair: str = "dark brown",
    recession: float = 0.6,
) -> Image.Image:
    """An RGB photo-like head, ``width`` x ``width * 3/4``, the same for the same arguments.

    ``view``: "front" (forehead, receded temples, brows, closed lids, ears) or
    "top" (the scalp from above: horseshoe of stubble, thinning mid-scalp and
    crown).  ``recession`` (0..1) moves the hairline back and thins the top.
    """
    _check_view(view)
    if skin not in SKINS:
        raise ValueError(f"skin must be one of {', '.join(SKINS)}")
    if hair not in HAIR:
        raise ValueError(f"hair must be one of {', '.join(HAIR)}")
    if not 64 <= width <= 8000:
        raise ValueError("width must be 64 to 8000 pixels")
    recession = round(min(max(float(recession), 0.0), 1.0), 3)
    return _painted(view, width, seed, skin, hair, recession).copy()


@lru_cache(maxsize=6)
def _painted(
    view: str, width: int, seed: int, skin: str, hair: str, recession: float
) -> Image.Image:
    """Kept for the next identical call: the demo clinic, built several times in a test
    run, asks for the same few heads each time (callers get a copy to change)."""
    height = round(width / ASPECT)
    rng = random.Random(f"synthetic-head:{view}:{seed}:{skin}:{hair}:{recession:.3f}")
    geo = _FrontHead(recession) if view == "front" else _TopHead(recession)
    return _Painter(geo, width, height, rng, SKINS[skin], HAIR[hair]).paint()


def _check_view(view: str) -> None:
    if view not in VIEWS:
        raise ValueError(f"view must be one of {', '.join(VIEWS)}")


# -- small maths ----------------------------------------------------------------------


def _smooth(edge0: float, edge1: float, x: float) -> float:
    t = (x - edge0) / (edge1 - edge0)
    t = 0.0 if t < 0 else 1.0 if t > 1 else t
    return t * t * (3 - 2 * t)


def _mix(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _gauss(x: float, centre: float, width: float) -> float:
    d = (x - centre) / width
    return math.exp(-d * d)


class _Noise:
    """Seeded value noise on a grid: ``cells`` random values across, smoothly interpolated."""

    def __init__(self, rng: random.Random, cells: int, size: tuple[int, int]):
        from PIL import Image

        gw, gh = size
        ch = max(2, round(cells * gh / gw))
        small = Image.frombytes("L", (cells + 1, ch + 1), rng.randbytes((cells + 1) * (ch + 1)))
        self.image = small.resize(size, Image.Resampling.BICUBIC)
        self.values = [v / 255.0 for v in self.image.tobytes()]
        self.w = gw

    def at(self, i: int, j: int) -> float:
        return self.values[j * self.w + i]


# -- the two heads ----------------------------------------------------------------------
# Each describes, in reference pixels (1600 x 1200): the outline, the ellipsoid
# used for its normals, where hair grows (0..1), which way it points, and the
# features drawn on top.


class _Head:
    cx = 800.0
    cy = 700.0
    ax = 470.0
    ay = 650.0
    light = (-0.42, -0.52, 0.74)  # towards the key light: left, up, front
    sheen = 0.20

    def __init__(self, recession: float):
        self.rec = recession

    def half_width(self, y: float) -> float | None:
        v = (y - self.cy) / self.ay
        if abs(v) >= 1:
            return None
        return self.ax * math.sqrt(1 - v * v)

    def normal(self, x: float, y: float) -> tuple[float, float, float]:
        u = (x - self.cx) / self.ax
        v = (y - self.cy) / self.ay
        r2 = u * u + v * v
        if r2 >= 0.999:
            k = 1 / math.sqrt(r2) * 0.9995
            u, v, r2 = u * k, v * k, 0.999
        return u, v, math.sqrt(1 - r2)

    def hair(self, x: float, y: float, n: float) -> float:  # pragma: no cover - abstract
        raise NotImplementedError

    def hair_angle(self, x: float, y: float) -> float:  # pragma: no cover - abstract
        raise NotImplementedError

    def feature_shade(self, x: float, y: float) -> float:
        """A multiplier for brow ridges, eye sockets, the nose (1 = none)."""
        return 1.0

    def outline(self) -> list[tuple[float, float]]:
        points = []
        for k in range(181):
            t = math.pi * 2 * k / 180
            points.append((self.cx + self.ax * math.cos(t), self.cy + self.ay * math.sin(t)))
        return points

    def ears(self) -> list[list[tuple[float, float]]]:
        return []

    def shoulders(self) -> list[tuple[float, float, float, float]]:
        return []

    def draw_features(self, painter: _Painter) -> None:
        return None

    def creases(self) -> list[tuple[list[tuple[float, float]], float]]:
        """Skin folds as (polyline, depth 0..1): darker in the fold, lit just below."""
        return []


class _FrontHead(_Head):
    """A head tilted slightly forward: scalp, forehead, brows, closed lids, upper nose."""

    cx = 800.0
    cy = 690.0
    ax = 520.0
    ay = 640.0

    def outline(self) -> list[tuple[float, float]]:
        # A little squarer than an ellipse above the ears, as a cranium is.
        points = []
        for k in range(241):
            t = math.pi * 2 * k / 240
            c, sn = math.cos(t), math.sin(t)
            p = 2.0 / 2.3 if sn < 0 else 1.0
            x = self.cx + self.ax * math.copysign(abs(c) ** p, c)
            y = self.cy + self.ay * math.copysign(abs(sn) ** p, sn)
            points.append((x, y))
        return points

    def hairline_y(self, x: float) -> float:
        u = abs(x - self.cx) / self.ax
        base = 310 - 90 * self.rec
        dip = 170 * self.rec * _gauss(u, 0.5, 0.18)
        side = 540 * _smooth(0.62, 0.92, u)
        return base - dip + side

    def hair(self, x: float, y: float, n: float) -> float:
        u = (x - self.cx) / self.ax
        edge = self.hairline_y(x) + (n - 0.5) * 80
        dens = _smooth(-15, 55, edge - y)
        # Sideburns stop at the ear; no hair on the face below them.
        dens *= 1 - _smooth(930, 990, y)
        # Diffuse thinning across the top of a receding head.
        thin = 0.55 * self.rec * _gauss(u, 0.0, 0.55) * _gauss(y, 150, 260)
        return max(0.0, dens * (1 - thin))

    def hair_angle(self, x: float, y: float) -> float:
        u = (x - self.cx) / self.ax
        return math.pi / 2 - 0.9 * u  # down, fanning out towards the sides

    def feature_shade(self, x: float, y: float) -> float:
        if y < 470:  # nothing but smooth scalp up there
            return 1.0
        dx = x - self.cx
        adx = abs(dx)
        shade = 1.0
        # Temples sit back a little from the light.
        shade *= 1 - 0.07 * _gauss(adx, 400, 60) * _gauss(y, 700, 160)
        if y < 720:
            return shade
        # Brow ridge highlight, then the eye sockets' shadow beneath it.
        shade *= 1 + 0.05 * _gauss(y, 820, 45) * _gauss(adx, 190, 150)
        shade *= 1 - 0.24 * _gauss(y, 975, 55) * _gauss(adx, 185, 105)
        shade *= 1 - 0.10 * _gauss(y, 930, 40) * _gauss(adx, 110, 50)
        # The nose: a lit bridge with shadowed sides, widening downwards.
        if y > 880:
            half = 38 + (y - 880) * 0.28
            shade *= 1 + 0.07 * _gauss(dx, -8, half * 0.45) * _smooth(900, 1000, y)
            shade *= 1 - 0.16 * _gauss(adx, half * 1.05, half * 0.55) * _smooth(930, 1060, y)
        # The brows' own shadow under their hairs.
        if 780 < y < 960 and 60 < adx < 340:
            t = (adx - 75) / 240
            arch = 880 - 34 * math.sin(math.pi * min(1.0, max(0.0, t) * 1.25)) + 14 * t
            shade *= 1 - 0.16 * _gauss(y, arch, 16) * _smooth(50, 100, adx) * _smooth(345, 300, adx)
        return shade

    def ears(self) -> list[list[tuple[float, float]]]:
        out = []
        for side in (-1, 1):
            points = []
            for k in range(41):
                t = k / 40
                y = 760 + 330 * t
                bulge = math.sin(math.pi * min(1.0, t * 1.25) ** 0.8) ** 0.7 * 78 * (1 - 0.45 * t)
                hw = self.half_width(y) or 300.0
                points.append((self.cx + side * (hw - 25 + bulge), y))
            for k in range(41):
                t = 1 - k / 40
                y = 760 + 330 * t
                hw = self.half_width(y) or 300.0
                points.append((self.cx + side * (hw - 30), y))
            out.append(points)
        return out

    def draw_features(self, painter: _Painter) -> None:
        for side in (-1, 1):
            painter.brow(side, self)
            painter.lids(side, self)
        return None

    def creases(self) -> list[tuple[list[tuple[float, float]], float]]:
        # Faint forehead lines of a man in his forties, and the frown lines between the brows.
        lines: list[tuple[list[tuple[float, float]], float]] = []
        for y0, half, depth in ((640, 250, 0.35), (700, 290, 0.5), (760, 230, 0.4)):
            points = []
            for k in range(21):
                t = k / 20 * 2 - 1
                wobble = 6 * math.sin(t * 5.3 + y0) + 4 * math.sin(t * 11.0)
                points.append((self.cx + t * half, y0 - 22 * (1 - t * t) + wobble))
            lines.append((points, depth))
        for side in (-1, 1):
            lines.append(([(self.cx + side * 22, 905), (self.cx + side * 30, 850)], 0.45))
        return lines


class _TopHead(_Head):
    """The scalp from above, the forehead towards the bottom of the photo."""

    cx = 800.0
    cy = 610.0
    ax = 405.0
    ay = 520.0
    light = (-0.30, 0.25, 0.92)  # overhead, a little from the left and the front
    sheen = 0.26
    whorl = (825.0, 385.0)

    def half_width(self, y: float) -> float | None:
        v = (y - self.cy) / self.ay
        if abs(v) >= 1:
            return None
        return self.ax * (1 - 0.07 * v) * math.sqrt(1 - v * v)

    def outline(self) -> list[tuple[float, float]]:
        points = []
        for k in range(181):
            t = math.pi * 2 * k / 180
            v = math.sin(t)
            points.append((self.cx + self.ax * (1 - 0.07 * v) * math.cos(t), self.cy + self.ay * v))
        return points

    def hair(self, x: float, y: float, n: float) -> float:
        u = (x - self.cx) / self.ax
        v = (y - self.cy) / self.ay
        wobble = (n - 0.5) * 0.22
        # The horseshoe: bare inside a U that opens towards the forehead.
        bu = u / (0.56 + 0.06 * (1 - self.rec) + 0.16 * _smooth(-0.1, 0.9, v))
        bv = (v - 0.25) / (0.98 + 0.1 * self.rec)
        bald_r = math.sqrt(bu * bu + bv * bv) + wobble
        dens = _smooth(0.90, 1.10, bald_r)
        # What is left on top: a thinning mid-scalp bridge, a sparse crown whorl,
        # an almost bare front.
        wx, wy = self.whorl
        crown_r = math.hypot((x - wx) / 150, (y - wy) / 130) + wobble
        top = _mix(0.70, 0.30, self.rec) * _smooth(1.0, 0.55, abs(bu))
        top *= 1 - _smooth(-0.2, 0.30, v + wobble * 0.6) * (0.6 + 0.38 * self.rec)
        top *= 0.30 + 0.70 * _smooth(0.45, 1.3, crown_r)
        dens = max(dens, top)
        # The forehead's edge at the front is skin.
        dens *= 1 - _smooth(0.78, 0.92, v)
        return max(0.0, min(1.0, dens))

    def hair_angle(self, x: float, y: float) -> float:
        wx, wy = self.whorl
        return math.atan2(y - wy, x - wx) + 0.45  # a clockwise spiral from the whorl

    def ears(self) -> list[list[tuple[float, float]]]:
        out = []
        for side in (-1, 1):
            points = []
            for k in range(31):
                t = k / 30
                y = 560 + 260 * t
                bulge = math.sin(math.pi * t) ** 0.7 * 38
                hw = self.half_width(y) or 300.0
                points.append((self.cx + side * (hw - 20 + bulge), y))
            for k in range(31):
                t = 1 - k / 30
                y = 560 + 260 * t
                hw = self.half_width(y) or 300.0
                points.append((self.cx + side * (hw - 25), y))
            out.append(points)
        return out

    def shoulders(self) -> list[tuple[float, float, float, float]]:
        return [(60, 1120, 640, 400), (1540, 1120, 640, 400), (800, 1330, 520, 260)]


# -- painting -------------------------------------------------------------------------


class _Painter:
    def __init__(
        self,
        head: _Head,
        width: int,
        height: int,
        rng: random.Random,
        skin: tuple[int, int, int],
        hair: tuple[int, int, int],
    ):
        self.head, self.w, self.h, self.rng = head, width, height, rng
        self.skin, self.hair_rgb = skin, hair
        self.s = width / _REF_W  # reference pixels to output pixels
        # Fewer grid points for a small photo: the fields are smooth either way.
        self.gw = max(96, min(_GRID_W, width // 6))
        self.gh = round(self.gw / ASPECT)

    # reference (1600 x 1200) coordinates to output pixels
    def px(self, x: float, y: float) -> tuple[float, float]:
        return x * self.s, y * self.s

    def paint(self) -> Image.Image:
        from PIL import Image, ImageChops, ImageDraw, ImageFilter

        size = (self.w, self.h)
        colour, background, density = self._fields()
        head_rgb = colour.resize(size, Image.Resampling.BICUBIC)
        bg_rgb = background.resize(size, Image.Resampling.BICUBIC)
        self.density = density.resize(size, Image.Resampling.BILINEAR)
        mask = self._mask()
        skin_texture = self._skin_texture(size)
        # Ears sit behind the cheeks: painted on the backdrop, the head over them.
        ear_rgb, ear_mask = self.ears(head_rgb)
        image = bg_rgb
        if ear_mask is not None:
            ear_rgb = ImageChops.soft_light(ear_rgb, skin_texture)
            image = Image.composite(ear_rgb, image, ear_mask)
        head_rgb = ImageChops.soft_light(head_rgb, skin_texture)
        image = Image.composite(head_rgb, image, mask)
        creases = self.head.creases()
        if creases:
            image = self._creases(image, creases)
        self.ink = Image.new("L", size, 0)
        self.draw = ImageDraw.Draw(self.ink)
        self._stubble(mask)
        self.head.draw_features(self)
        ink = self.ink.filter(ImageFilter.GaussianBlur(0.45 * max(self.s, 0.6)))
        hair_rgb = Image.new("RGB", size, self.hair_rgb)
        image = Image.composite(hair_rgb, image, ink)
        image = image.filter(ImageFilter.GaussianBlur(0.55 * self.s))
        return self._grain(image)

    # -- smooth fields on a small grid ---------------------------------------------------
    def _fields(self) -> tuple[Image.Image, Image.Image, Image.Image]:
        from PIL import Image

        head, gw, gh = self.head, self.gw, self.gh
        n_edge = _Noise(self.rng, 18, (gw, gh))
        n_blotch = _Noise(self.rng, 10, (gw, gh))
        n_red = _Noise(self.rng, 14, (gw, gh))
        lx, ly, lz = head.light
        norm = math.sqrt(lx * lx + ly * ly + lz * lz)
        lx, ly, lz = lx / norm, ly / norm, lz / norm
        hx, hy, hz = lx, ly, lz + 1.0
        hn = math.sqrt(hx * hx + hy * hy + hz * hz)
        hx, hy, hz = hx / hn, hy / hn, hz / hn
        sr, sg, sb = self.skin
        # Shadowed skin is darker and redder (light scattered under the skin).
        dr, dg, db = sr * 0.50, sg * 0.36, sb * 0.33
        hr, hg, hb = self.hair_rgb
        # Stubble too fine to resolve still greys the skin it grows from.
        tint = (sr * 0.45 + hr * 0.55, sg * 0.45 + hg * 0.55, sb * 0.45 + hb * 0.6 + 8)
        colour: list[tuple[int, int, int]] = []
        dens_out: list[int] = []
        sx = _REF_W / gw
        sy = 1200.0 / gh
        for j in range(gh):
            y = (j + 0.5) * sy
            for i in range(gw):
                x = (i + 0.5) * sx
                u = (x - head.cx) / head.ax
                v = (y - head.cy) / head.ay
                if u * u + v * v > 1.35:  # well clear of the head: the backdrop shows there
                    colour.append((0, 0, 0))
                    dens_out.append(0)
                    continue
                nx, ny, nz = head.normal(x, y)
                lam = nx * lx + ny * ly + nz * lz
                lit = max(0.0, min(1.0, (lam + 0.35) / 1.35))
                ao = 0.72 + 0.28 * math.sqrt(nz)
                n = n_edge.at(i, j)
                d = head.hair(x, y, n)
                spec = max(0.0, nx * hx + ny * hy + nz * hz) ** 28 * head.sheen * (1 - 0.85 * d)
                spec += max(0.0, nx * hx + ny * hy + nz * hz) ** 6 * 0.05 * (1 - 0.8 * d)
                f = head.feature_shade(x, y) * ao * (0.93 + 0.14 * n_blotch.at(i, j))
                r = _mix(dr, sr * 1.06, lit) * f
                g = _mix(dg, sg * 1.06, lit) * f
                b = _mix(db, sb * 1.06, lit) * f
                # Blotches of redness (never green: skin only reddens or pales).
                red = max(0.0, n_red.at(i, j) - 0.45) * 30 * f
                r += red
                g -= red * 0.45
                b -= red * 0.3
                k = 0.55 * d
                r = _mix(r, tint[0] * f * (0.6 + 0.4 * lit), k) + 255 * spec
                g = _mix(g, tint[1] * f * (0.6 + 0.4 * lit), k) + 250 * spec
                b = _mix(b, tint[2] * f * (0.6 + 0.4 * lit), k) + 245 * spec
                colour.append((_byte(r), _byte(g), _byte(b)))
                dens_out.append(_byte(d * 255))
        c_img = Image.new("RGB", (gw, gh))
        c_img.putdata(colour)
        d_img = Image.new("L", (gw, gh))
        d_img.putdata(dens_out)
        return c_img, self._backdrop(), d_img

    def _backdrop(self) -> Image.Image:
        """Lighter towards the light, a vignette, the head's soft shadow, blurred shoulders:
        all smooth, so a coarse grid does."""
        from PIL import Image

        head = self.head
        bw, bh = 48, 36
        back: list[tuple[int, int, int]] = []
        shadow_dx = 70.0 if head.light[0] < 0 else -70.0
        for j in range(bh):
            y = (j + 0.5) * 1200.0 / bh
            for i in range(bw):
                x = (i + 0.5) * _REF_W / bw
                bu = x / _REF_W - 0.35
                bv = y / 1200.0 - 0.3
                bl = 1.0 - 0.42 * (bu * bu + bv * bv)
                su = (x - head.cx - shadow_dx) / (head.ax * 1.15)
                sv = (y - head.cy - 30) / (head.ay * 1.1)
                bl *= 1 - 0.22 * math.exp(-(su * su + sv * sv) * 1.6)
                bg = (172 * bl, 178 * bl, 186 * bl)
                for ox, oy, rx, ry in head.shoulders():
                    e = ((x - ox) / rx) ** 2 + ((y - oy) / ry) ** 2
                    t = _smooth(1.25, 0.75, e)
                    if t > 0:
                        fl = 0.7 + 0.3 * _smooth(1.0, 0.0, e) - 0.15 * (y / 1200)
                        bg = (
                            _mix(bg[0], 46 * fl, t),
                            _mix(bg[1], 56 * fl, t),
                            _mix(bg[2], 72 * fl, t),
                        )
                back.append((_byte(bg[0]), _byte(bg[1]), _byte(bg[2])))
        image = Image.new("RGB", (bw, bh))
        image.putdata(back)
        return image

    def _creases(
        self, image: Image.Image, creases: list[tuple[list[tuple[float, float]], float]]
    ) -> Image.Image:
        """Folds drawn only in the box around them (a full-size blur costs the whole photo)."""
        from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter

        s = self.s
        xs = [x for points, _ in creases for x, _y in points]
        ys = [y for points, _ in creases for _x, y in points]
        margin = 30
        left, top = self.px(min(xs) - margin, min(ys) - margin)
        right, bottom = self.px(max(xs) + margin, max(ys) + margin)
        box = (
            max(0, int(left)),
            max(0, int(top)),
            min(self.w, int(right) + 1),
            min(self.h, int(bottom) + 1),
        )
        part = image.crop(box)
        fold = Image.new("L", part.size, 0)
        lit = Image.new("L", part.size, 0)
        draw_fold, draw_lit = ImageDraw.Draw(fold), ImageDraw.Draw(lit)

        def local(x: float, y: float) -> tuple[float, float]:
            px, py = self.px(x, y)
            return px - box[0], py - box[1]

        for points, depth in creases:
            draw_fold.line(
                [local(x, y) for x, y in points],
                fill=int(150 * depth),
                width=max(1, round(4 * s)),
                joint="curve",
            )
            draw_lit.line(
                [local(x, y + 7) for x, y in points],
                fill=int(110 * depth),
                width=max(1, round(6 * s)),
                joint="curve",
            )
        fold = fold.filter(ImageFilter.GaussianBlur(2.2 * s))
        lit = lit.filter(ImageFilter.GaussianBlur(3.0 * s))
        darker = ImageEnhance.Brightness(part).enhance(0.78)
        lighter = ImageChops.screen(part, Image.new("RGB", part.size, (40, 36, 32)))
        part = Image.composite(darker, Image.composite(lighter, part, lit), fold)
        image.paste(part, box[:2])
        return image

    # -- the outline, anti-aliased ---------------------------------------------------------
    def _mask(self) -> Image.Image:
        from PIL import Image, ImageDraw, ImageFilter

        big = 2
        mask = Image.new("L", (self.w * big, self.h * big), 0)
        draw = ImageDraw.Draw(mask)
        k = self.s * big
        draw.polygon([(x * k, y * k) for x, y in self.head.outline()], fill=255)
        mask = mask.resize((self.w, self.h), Image.Resampling.BOX)
        return mask.filter(ImageFilter.GaussianBlur(0.8 * self.s))

    def _skin_texture(self, size: tuple[int, int]) -> Image.Image:
        """Pores and fine unevenness, mid-grey so soft light leaves the tone alone."""
        from PIL import Image, ImageFilter

        w, h = size
        fine = Image.frombytes("L", (w, h), self.rng.randbytes(w * h))
        fine = fine.filter(ImageFilter.GaussianBlur(0.9 * max(self.s, 0.5)))
        fine = fine.point(lambda v: 128 + (v - 128) * 3)  # blur flattened it; restore contrast
        cw, ch = max(2, w // 9), max(2, h // 9)
        coarse = Image.frombytes("L", (cw, ch), self.rng.randbytes(cw * ch))
        coarse = coarse.resize(size, Image.Resampling.BICUBIC)
        grey = Image.blend(fine, coarse, 0.35).point(lambda v: 128 + (v - 128) * 0.22)
        return Image.merge("RGB", (grey, grey, grey))

    # -- stubble ---------------------------------------------------------------------------
    def _stubble(self, mask: Image.Image) -> None:
        """Follicular units on a jittered grid, each one to three short dark hairs."""
        head, rng, s = self.head, self.rng, self.s
        dens = self.density.tobytes()
        inside = mask.tobytes()
        cell = 6.0  # reference px between follicular units: ~100 per cm², as on a scalp
        step = cell * s
        x0 = (head.cx - head.ax - 80) * s
        y0 = max(0.0, (head.cy - head.ay - 10) * s)
        x1 = (head.cx + head.ax + 80) * s
        y1 = min(self.h - 1.0, (head.cy + head.ay) * s)
        draw = self.draw
        w, h = self.w, self.h
        length_ref = 4.2 if isinstance(head, _TopHead) else 3.4
        y = y0
        while y < y1:
            x = x0
            while x < x1:
                fx = x + rng.random() * step
                fy = y + rng.random() * step
                x += step
                ix, iy = int(fx), int(fy)
                if not (0 <= ix < w and 0 <= iy < h) or inside[iy * w + ix] < 200:
                    continue
                d = dens[iy * w + ix] / 255.0
                if d <= 0.02 or rng.random() > d * 1.05:
                    continue
                base = head.hair_angle(fx / s, fy / s)
                # Thinner, lighter (miniaturised) hairs where the density falls off.
                strength = 0.55 + 0.45 * d
                for _ in range(1 + (rng.random() < 0.55 * d) + (rng.random() < 0.25 * d)):
                    angle = base + rng.gauss(0, 0.35)
                    length = length_ref * s * strength * (0.6 + rng.random() * 0.8)
                    ex = fx + math.cos(angle) * length
                    ey = fy + math.sin(angle) * length
                    shade = int(255 * strength * (0.55 + rng.random() * 0.4))
                    draw.line((fx, fy, ex, ey), fill=shade, width=max(1, round(0.9 * s)))
                draw.point((fx, fy), fill=int(200 * strength))
            y += step

    # -- front-view features ----------------------------------------------------------------
    def brow(self, side: int, head: _Head) -> None:
        rng, s = self.rng, self.s
        draw = self.draw
        for _ in range(int(800 * min(1.0, s * 1.2) + 150)):
            t = rng.random()  # 0 inner end .. 1 outer end
            x = head.cx + side * (75 + 240 * t)
            arch = 880 - 34 * math.sin(math.pi * min(1.0, t * 1.25)) + 14 * t
            thick = 26 * (1 - 0.55 * t) * (0.6 + 0.4 * math.sin(math.pi * min(1.0, t * 1.6 + 0.1)))
            y = arch + rng.gauss(0, thick * 0.42)
            if abs(y - arch) > thick:
                continue
            # Inner hairs grow upwards, the rest outwards along the arch.
            angle = _mix(
                -math.pi / 2 + side * 0.35, 0.0 if side > 0 else math.pi, _smooth(0, 0.35, t)
            )
            angle += rng.gauss(0, 0.18) - side * 0.15 * (y - arch) / max(thick, 1)
            length = (8 + rng.random() * 8) * s
            x0, y0 = self.px(x, y)
            shade = int(80 + rng.random() * 100)
            draw.line(
                (x0, y0, x0 + math.cos(angle) * length, y0 + math.sin(angle) * length),
                fill=shade,
                width=max(1, round(1.1 * s)),
            )

    def lids(self, side: int, head: _Head) -> None:
        """Closed lids (the client looks down for this photo): a lash line and a crease."""
        rng, s = self.rng, self.s
        draw = self.draw
        inner, outer = 120, 265
        line = []
        for k in range(25):
            t = k / 24
            x = head.cx + side * _mix(inner, outer, t)
            y = 990 + 14 * math.sin(math.pi * t) - 8 * t
            line.append(self.px(x, y))
        draw.line(line, fill=120, width=max(1, round(2.0 * s)), joint="curve")
        crease = []
        for k in range(25):
            t = k / 24
            x = head.cx + side * _mix(inner + 10, outer - 8, t)
            y = 962 - 10 * math.sin(math.pi * t)
            crease.append(self.px(x, y))
        draw.line(crease, fill=38, width=max(1, round(1.6 * s)), joint="curve")
        for _ in range(70):
            t = rng.random()
            x = head.cx + side * _mix(inner, outer, t)
            y = 990 + 14 * math.sin(math.pi * t) - 8 * t
            angle = math.pi / 2 + side * (0.2 + 0.6 * t) + rng.gauss(0, 0.12)
            length = (7 + rng.random() * 7) * s * (0.5 + 0.5 * math.sin(math.pi * t))
            x0, y0 = self.px(x, y)
            draw.line(
                (x0, y0, x0 + math.cos(angle) * length, y0 + math.sin(angle) * length),
                fill=150,
                width=max(1, round(0.9 * s)),
            )

    def ears(self, image: Image.Image) -> tuple[Image.Image, Image.Image | None]:
        """Ears: redder than the face, a lit rim round a shadowed bowl, soft at the edges."""
        from PIL import Image, ImageDraw, ImageFilter

        ears = self.head.ears()
        if not ears:
            return image, None
        s, (sr, sg, sb) = self.s, self.skin
        big = 2
        mask = Image.new("L", (self.w * big, self.h * big), 0)
        draw_mask = ImageDraw.Draw(mask)
        colour = Image.new("RGB", (self.w, self.h), (int(sr * 0.6), int(sg * 0.5), int(sb * 0.48)))
        draw = ImageDraw.Draw(colour)
        light_side = -1 if self.head.light[0] < 0 else 1
        for ear in ears:
            draw_mask.polygon([(x * s * big, y * s * big) for x, y in ear], fill=255)
            side = 1 if ear[0][0] > self.head.cx else -1
            lit = 0.98 if side == light_side else 0.74
            rim = (int(sr * lit), int(sg * lit * 0.92), int(sb * lit * 0.9))
            draw.polygon([self.px(x, y) for x, y in ear], fill=rim)
            # The bowl: the polygon pulled towards the head and shrunk, in shadow.
            half = len(ear) // 2
            outer, inner = ear[:half], ear[half:][::-1]
            bowl = [
                (_mix(ox, ix, 0.55), _mix(oy, (oy + iy) / 2, 0.3))
                for (ox, oy), (ix, iy) in zip(outer[4:-4], inner[4:-4], strict=True)
            ]
            bowl += [
                (_mix(ox, ix, 0.9), oy)
                for (ox, oy), (ix, _iy) in zip(outer[4:-4], inner[4:-4], strict=True)
            ][::-1]
            deep = 0.55 * lit
            draw.polygon(
                [self.px(x, y) for x, y in bowl],
                fill=(int(sr * deep), int(sg * deep * 0.85), int(sb * deep * 0.84)),
            )
        colour = colour.filter(ImageFilter.GaussianBlur(7 * s))
        mask = mask.resize((self.w, self.h), Image.Resampling.BOX)
        mask = mask.filter(ImageFilter.GaussianBlur(0.8 * s))
        return colour, mask

    # -- the camera -------------------------------------------------------------------------
    def _grain(self, image: Image.Image) -> Image.Image:
        from PIL import Image, ImageChops

        w, h = image.size
        noise = Image.frombytes("L", (w, h), self.rng.randbytes(w * h))
        noise = noise.point(lambda v: 128 + (v - 128) // 14)
        return ImageChops.soft_light(image, Image.merge("RGB", (noise, noise, noise)))


def _byte(value: float) -> int:
    return 0 if value < 0 else 255 if value > 255 else int(value)
