"""The synthetic head photos: deterministic, photo-like, with hair where the layout says."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat

from smpdesk.infra.synthetic_head import HAIR, SKINS, _painted, head_layout, synthetic_head

WIDTH = 640


@pytest.fixture(scope="module")
def front() -> Image.Image:
    return synthetic_head("front", width=WIDTH, seed=4)


@pytest.fixture(scope="module")
def top() -> Image.Image:
    return synthetic_head("top", width=WIDTH, seed=4)


def _box(image: Image.Image, x: float, y: float, half: int = 10) -> Image.Image:
    px, py = round(x * image.width), round(y * image.height)
    return image.crop((px - half, py - half, px + half, py + half))


def _mean(image: Image.Image) -> float:
    return ImageStat.Stat(image.convert("L")).mean[0]


def _texture(image: Image.Image) -> float:
    """How much fine detail: the mean of what a small blur takes away."""
    grey = image.convert("L")
    return ImageStat.Stat(
        ImageChops.difference(grey, grey.filter(ImageFilter.GaussianBlur(2)))
    ).mean[0]


def test_size_mode_and_determinism(front: Image.Image) -> None:
    assert front.mode == "RGB"
    assert front.size == (WIDTH, WIDTH * 3 // 4)
    _painted.cache_clear()  # painted afresh, not the kept copy
    again = synthetic_head("front", width=WIDTH, seed=4)
    assert again.tobytes() == front.tobytes()
    again.putpixel((0, 0), (1, 2, 3))  # a caller's change never reaches the kept image
    assert synthetic_head("front", width=WIDTH, seed=4).getpixel((0, 0)) != (1, 2, 3)
    other = synthetic_head("front", width=WIDTH, seed=5)
    assert other.tobytes() != front.tobytes()


def test_every_skin_and_hair_renders() -> None:
    means = []
    for skin in SKINS:
        image = synthetic_head("top", width=160, seed=1, skin=skin, hair=next(iter(HAIR)))
        means.append(_mean(_box(image, 0.5, 0.62, 4)))
    # Named light to dark: the bald top gets darker down the list.
    assert means == sorted(means, reverse=True)


@pytest.mark.parametrize(
    ("args", "word"),
    [
        ({"view": "side"}, "view"),
        ({"skin": "green"}, "skin"),
        ({"hair": "blue"}, "hair"),
        ({"width": 10}, "width"),
    ],
)
def test_refuses_unknown_arguments(args: dict, word: str) -> None:
    view = args.pop("view", "front")
    with pytest.raises(ValueError, match=word):
        synthetic_head(view, **args)


def test_looks_like_a_photo_not_a_flat_drawing(front: Image.Image) -> None:
    # Gradients and grain: a cartoon has a few hundred colours, a photo tens of thousands.
    data = front.tobytes()
    assert len({data[i : i + 3] for i in range(0, len(data), 3)}) > 20_000
    # Skin has fine texture even where it is bare (pores, grain), but not a lot.
    forehead = _box(front, 0.5, 0.45, 30)
    assert 0.3 < _texture(forehead) < 6
    # The background is not the head's colour: skin is redder than the grey-blue backdrop.
    r, g, b = ImageStat.Stat(_box(front, 0.04, 0.5)).mean
    assert b > r
    r, g, b = ImageStat.Stat(forehead).mean
    assert r > g > b


def test_front_hair_at_the_sides_bare_above_the_brows(front: Image.Image) -> None:
    layout = head_layout("front")
    centre_x = layout.centre_x
    # The hairline a practitioner would restore lies on bare skin (it has receded) ...
    for x, y in layout.hairline[1:-1]:
        patch = _box(front, x, y - 0.02, 8)
        r, _g, b = ImageStat.Stat(patch).mean
        assert r > b + 25, (x, y)
    # ... while the side of the head above the ear carries stubble: darker, busier.
    side = _box(front, centre_x - 0.30, 0.40, 12)
    bare = _box(front, centre_x - 0.10, 0.40, 12)
    assert _mean(side) < _mean(bare) - 15
    assert _texture(side) > _texture(bare) * 1.5
    assert layout.brow_y > max(y for _x, y in layout.hairline)


def test_top_crown_thinner_than_the_sides(top: Image.Image) -> None:
    layout = head_layout("top")
    cx, cy = layout.crown
    crown = _box(top, cx, cy, 10)
    side = _box(top, layout.centre_x + 0.22, cy + 0.15, 10)
    front_bald = _box(top, layout.centre_x, 0.70, 10)
    assert _mean(side) < _mean(crown) < _mean(front_bald) + 10
    assert _texture(side) > _texture(front_bald)


def test_fast_enough_for_the_demo() -> None:
    import time

    _painted.cache_clear()
    start = time.perf_counter()
    synthetic_head("front", width=1000, seed=2)
    assert time.perf_counter() - start < 3.0
