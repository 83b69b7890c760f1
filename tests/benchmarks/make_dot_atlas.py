"""Make resources/designs/dot_atlas.png, the SMP preview's impression atlas (run once, offline).

    python tests/benchmarks/make_dot_atlas.py [--check]

The preview (smpdesk/infra/smp_render.py) used to draw every impression of
its blue-noise tile with Pillow's polygon and ellipse calls, thousands of
Python calls per zone and most of a cold render's time.  Everything about an
impression that does not depend on the design (where it sits, its rank, its
size, shape and tone, its place in the session order) is fixed by the stored
tile and fixed seeds, so it is worked out here once and stored as one RGBA
picture of the unit tile, ``ATLAS_SIDE`` pixels square, seamless:

* R, **rank** (0..191) of the impression owning the pixel: thinning keeps an
  impression where the zone's threshold exceeds its rank.
* G, **order**: the owner's place in the tile's progressive order, in 256
  steps (``index * 256 // n``): session shares are runs of this order.
* B, **distance** from the owner's centre, divided by its size and its
  irregular outline's radius in that direction, in tile spacings
  (``1 / sqrt(n)``), scaled so 255 is :data:`~smpdesk.infra.smp_render.ATLAS_QMAX`.
  A look-up table turns it into a soft dot of any width.
* A, **tone** (0..255): the owner's darkness factor.

A pixel's owner is the impression nearest to it in that size-scaled distance
(a weighted Voronoi cell), so every pixel, between dots too, belongs to one
impression and is kept or dropped with it.  Pure Python: a few seconds.
``--check`` compares the stored file with a fresh computation at sample
pixels instead of writing it (tests/infra/test_smp_render.py does the same).
"""

from __future__ import annotations

import bisect
import math
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from smpdesk.infra import smp_render  # noqa: E402
from smpdesk.paths import resources_dir  # noqa: E402

if TYPE_CHECKING:
    from PIL import Image

_REACH = 2  # grid cells searched each way for a pixel's owner
_MAX_RADIUS = 1.35  # an outline vertex lies at most 1.14 x 1.18 (stretch) from the centre


class Atlas:
    """The per-pixel computation, with the tile's impressions in a wrap-around grid."""

    def __init__(self, side: int = smp_render.ATLAS_SIDE):
        self.side = side
        self.dots = smp_render._tile_dots()
        n = len(self.dots)
        self.spacing = 1.0 / math.sqrt(n)
        self.cells = max(1, int(math.sqrt(n)))
        self.grid: dict[tuple[int, int], list[int]] = {}
        for i, d in enumerate(self.dots):
            key = (int(d.x * self.cells) % self.cells, int(d.y * self.cells) % self.cells)
            self.grid.setdefault(key, []).append(i)
        # Each outline as polar vertices, sorted by angle, for the radius in a direction.
        self.polar = []
        for d in self.dots:
            verts = sorted((math.atan2(y, x), x, y) for x, y in d.shape)
            self.polar.append(([a for a, _, _ in verts], [(x, y) for _, x, y in verts]))

    def radius(self, i: int, ux: float, uy: float) -> float:
        """The outline's radius (unit dot) of impression ``i`` in direction (ux, uy)."""
        angles, verts = self.polar[i]
        k = bisect.bisect_right(angles, math.atan2(uy, ux))
        ax, ay = verts[k - 1]  # k - 1 = -1 wraps to the last vertex
        bx, by = verts[k % len(verts)]
        ex, ey = bx - ax, by - ay
        den = ux * ey - uy * ex
        num = ax * by - ay * bx
        return num / den if den > 1e-12 and num > 0 else 1.0

    def texel(self, px: int, py: int) -> tuple[int, int, int, int]:
        """(rank, order, distance, tone) of pixel (px, py)."""
        x, y = (px + 0.5) / self.side, (py + 0.5) / self.side
        gx, gy = int(x * self.cells), int(y * self.cells)
        best, owner, owner_q = math.inf, -1, 0.0
        for dy in range(-_REACH, _REACH + 1):
            for dx in range(-_REACH, _REACH + 1):
                key = ((gx + dx) % self.cells, (gy + dy) % self.cells)
                for i in self.grid.get(key, ()):
                    d = self.dots[i]
                    ox = (x - d.x + 0.5) % 1.0 - 0.5
                    oy = (y - d.y + 0.5) % 1.0 - 0.5
                    dist = math.hypot(ox, oy)
                    if dist / (d.size * _MAX_RADIUS) >= best:  # cannot beat the best
                        continue
                    r = self.radius(i, ox / dist, oy / dist) if dist > 0 else 1.0
                    q = dist / (d.size * r)
                    if q < best:
                        best, owner, owner_q = q, i, q
        d = self.dots[owner]
        n = len(self.dots)
        value = round(min(1.0, owner_q / self.spacing / smp_render.ATLAS_QMAX) * 255)
        return d.rank, owner * 256 // n, value, round(255 * d.tone)

    def image(self) -> Image.Image:
        from PIL import Image

        data = bytearray()
        for py in range(self.side):
            for px in range(self.side):
                data.extend(self.texel(px, py))
        return Image.frombytes("RGBA", (self.side, self.side), bytes(data))


def check(samples: int = 400, seed: int = 5) -> int:
    """How many sampled pixels of the stored atlas differ from a fresh computation."""
    from PIL import Image

    atlas = Atlas()
    rng = random.Random(seed)
    with Image.open(resources_dir() / "designs" / smp_render._ATLAS_FILE) as stored:
        stored.load()
        bad = 0
        for _ in range(samples):
            px, py = rng.randrange(atlas.side), rng.randrange(atlas.side)
            got = stored.getpixel((px, py))
            assert isinstance(got, tuple)
            want = atlas.texel(px, py)
            # A pixel on the border of two cells may go either way by rounding.
            if got != want and (got[0], got[1], got[3]) == (want[0], want[1], want[3]):
                continue
            bad += got != want
    return bad


def main() -> None:
    if "--check" in sys.argv:
        bad = check()
        print(f"{bad} of 400 sampled pixels differ")
        raise SystemExit(1 if bad else 0)
    target = resources_dir() / "designs" / smp_render._ATLAS_FILE
    Atlas().image().save(target, optimize=True)
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
