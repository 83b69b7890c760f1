"""Lining a before/after pair up from two landmarks (smpdesk.domain.alignment)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFilter

from smpdesk.domain.alignment import (
    MAX_JSON_CHARS,
    AlignmentError,
    Similarity,
    alignment,
    check_landmarks,
    landmarks_from_json,
    landmarks_to_json,
    similarity_from_pairs,
)
from smpdesk.domain.designs import Point
from smpdesk.errors import UserError

RED, BLUE = (230, 20, 20), (20, 20, 230)


def _head(width: int, height: int, brows: tuple[tuple[float, float], tuple[float, float]]):
    """A textured picture with two coloured dots where the brows' inner corners are."""
    rng = np.random.default_rng(7)
    noise = rng.integers(90, 170, size=(height // 8, width // 8, 3), dtype=np.uint8)
    picture = Image.fromarray(noise).resize((width, height), Image.Resampling.BICUBIC)
    picture = picture.filter(ImageFilter.GaussianBlur(2))
    draw = ImageDraw.Draw(picture)
    for (x, y), colour in zip(brows, (RED, BLUE), strict=True):
        draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=colour)
    return picture


def _warp(picture: Image.Image, transform: Similarity, size: tuple[int, int]) -> Image.Image:
    """``picture`` moved by ``transform`` (its pixels to the new picture's) onto ``size``."""
    back = transform.inverse()  # Pillow asks, for each output pixel, where to read
    coefficients = (back.a, -back.b, back.tx, back.b, back.a, back.ty)
    return picture.transform(
        size, Image.Transform.AFFINE, coefficients, resample=Image.Resampling.BICUBIC
    )


def _mark(picture: Image.Image, colour: tuple[int, int, int]) -> tuple[float, float]:
    """Where a practitioner would click: the centre of the dot of that colour (pixels)."""
    pixels = np.asarray(picture.convert("RGB")).astype(int)
    distance = np.abs(pixels - np.array(colour)).sum(axis=2)
    ys, xs = np.nonzero(distance < 90)
    assert len(xs) > 20, "the dot is off the picture"
    return float(xs.mean()) + 0.5, float(ys.mean()) + 0.5


def _normalised(points, size) -> tuple[Point, Point]:
    (x0, y0), (x1, y1) = points
    return (Point(x0 / size[0], y0 / size[1]), Point(x1 / size[0], y1 / size[1]))


@pytest.mark.parametrize(
    ("scale", "degrees", "shift", "after_size"),
    [
        (1.0, 0.0, (37.0, -21.0), (800, 600)),  # moved only
        (0.72, 9.5, (60.0, 40.0), (700, 650)),  # further away, head tilted, other framing
        (1.35, -14.0, (-180.0, -60.0), (900, 700)),  # closer, tilted the other way
    ],
)
def test_a_moved_turned_scaled_photo_is_recovered_within_a_pixel(scale, degrees, shift, after_size):
    before_size = (800, 600)
    brows = ((330.0, 260.0), (470.0, 255.0))
    before = _head(*before_size, brows)
    turn = math.radians(degrees)
    moved = Similarity(scale * math.cos(turn), scale * math.sin(turn), *shift)
    after = _warp(before, moved, after_size)

    before_marks = _normalised([_mark(before, RED), _mark(before, BLUE)], before_size)
    after_marks = _normalised([_mark(after, RED), _mark(after, BLUE)], after_size)
    found = alignment(before_marks, before_size, after_marks, after_size)

    # Every point of the after photo goes back where it was on the before photo.
    for x, y in [(0, 0), (800, 0), (0, 600), (800, 600), (400, 300), (120, 480)]:
        bx, by = found.apply(*moved.apply(x, y))
        assert math.hypot(bx - x, by - y) < 1.0, (x, y, bx, by)
    assert found.scale == pytest.approx(1 / scale, rel=0.01)
    assert found.rotation_degrees == pytest.approx(-degrees, abs=0.5)

    # And the pictures really line up: warped back, the after photo matches the before one
    # where it covers it, far better than the unaligned pair does.
    realigned = np.asarray(_warp(after, found, before_size)).astype(int)
    covered = np.asarray(_warp(Image.new("L", after_size, 255), found, before_size)) > 250
    covered[:12, :] = covered[-12:, :] = covered[:, :12] = covered[:, -12:] = False
    original = np.asarray(before).astype(int)
    aligned_error = np.abs(realigned - original)[covered].mean()
    unaligned = np.asarray(after.resize(before_size)).astype(int)
    assert aligned_error < 6
    assert aligned_error * 3 < np.abs(unaligned - original)[covered].mean()


similarities = st.builds(
    lambda s, r, tx, ty: Similarity(s * math.cos(r), s * math.sin(r), tx, ty),
    st.floats(0.05, 20),
    st.floats(-math.pi, math.pi),
    st.floats(-5000, 5000),
    st.floats(-5000, 5000),
)
coords = st.floats(-4000, 4000)
pixel_points = st.tuples(coords, coords)


def _close(p: tuple[float, float], q: tuple[float, float], tolerance: float = 1e-6) -> bool:
    return math.hypot(p[0] - q[0], p[1] - q[1]) <= tolerance * max(1.0, abs(p[0]), abs(p[1]))


@settings(max_examples=300, deadline=None)
@given(similarities, pixel_points, pixel_points, pixel_points)
def test_two_pairs_recover_any_similarity(transform, p0, p1, other):
    assume(math.hypot(p1[0] - p0[0], p1[1] - p0[1]) > 1.0)
    found = similarity_from_pairs((p0, p1), (transform.apply(*p0), transform.apply(*p1)))
    assert found.scale == pytest.approx(transform.scale, rel=1e-6)
    assert _close(found.apply(*other), transform.apply(*other), 1e-5)


@settings(max_examples=300, deadline=None)
@given(similarities, similarities, pixel_points)
def test_inverse_undoes_and_then_chains(first, second, point):
    assert _close(first.inverse().apply(*first.apply(*point)), point, 1e-6)
    chained = first.then(second)
    assert _close(chained.apply(*point), second.apply(*first.apply(*point)), 1e-6)


@settings(max_examples=200, deadline=None)
@given(
    st.tuples(st.floats(0.05, 0.95), st.floats(0.05, 0.95)),
    st.tuples(st.floats(0.05, 0.95), st.floats(0.05, 0.95)),
    st.integers(200, 6000),
    st.integers(200, 6000),
    similarities,
)
def test_photos_of_other_shapes_line_up_in_pixels(a, b, width, height, moved):
    """Landmarks are normalised, the alignment is in pixels: a portrait and a landscape of
    the same head (or a re-encoded copy) still meet mark on mark."""
    assume(math.hypot(a[0] - b[0], a[1] - b[1]) > 0.05)
    assume(1 / 15 < moved.scale < 15)  # away from the refusal at 20, rounding either way
    base = (Point(*a), Point(*b))
    size = (width, height)
    pixels = [(p.x * width, p.y * height) for p in base]
    after_size = (height, width)  # the other way round
    after = [moved.apply(*p) for p in pixels]
    after_marks = (
        Point(after[0][0] / height, after[0][1] / width),
        Point(after[1][0] / height, after[1][1] / width),
    )
    found = alignment(base, size, after_marks, after_size)
    for p, q in zip(after, pixels, strict=True):
        assert _close(found.apply(*p), q, 1e-6)


def test_the_same_point_twice_is_refused():
    with pytest.raises(AlignmentError, match="same place"):
        similarity_from_pairs(((10, 10), (10, 10)), ((0, 0), (5, 5)))
    with pytest.raises(AlignmentError, match="same place"):
        similarity_from_pairs(((0, 0), (5, 5)), ((3, 3), (3, 3)))
    with pytest.raises(AlignmentError):
        similarity_from_pairs(((math.nan, 0), (5, 5)), ((0, 0), (5, 5)))
    with pytest.raises(AlignmentError):
        similarity_from_pairs(((math.inf, 0), (5, 5)), ((0, 0), (5, 5)))
    near = (Point(0.5, 0.5), Point(0.505, 0.5))
    with pytest.raises(AlignmentError, match="almost at the same place"):
        check_landmarks(near)
    assert issubclass(AlignmentError, UserError)  # shown as one sentence, never a traceback


def test_marks_that_cannot_be_one_head_are_refused():
    base = (Point(0.4, 0.5), Point(0.6, 0.5))
    tiny = (Point(0.5, 0.5), Point(0.5 + 0.2 / 25, 0.5))  # closer than MIN_SEPARATION anyway
    with pytest.raises(AlignmentError):
        alignment(base, (1000, 1000), tiny, (1000, 1000))
    far = (Point(0.0, 0.0), Point(1.0, 1.0))
    with pytest.raises(AlignmentError, match="do not match"):
        alignment(far, (4000, 4000), (Point(0.5, 0.5), Point(0.52, 0.5)), (100, 100))
    with pytest.raises(AlignmentError):
        alignment(base, (0, 100), base, (100, 100))
    with pytest.raises(AlignmentError):
        alignment(base, (math.nan, 100), base, (100, 100))


def test_landmarks_round_trip_through_json():
    points = (Point(0.25, 0.4), Point(0.75, 0.41))
    assert landmarks_from_json(landmarks_to_json(points)) == points
    with pytest.raises(AlignmentError):
        landmarks_to_json((Point(0.2, 0.2), Point(1.2, 0.2)))  # off the picture: not stored


HOSTILE = [
    None,
    b"[[0.1, 0.1], [0.9, 0.9]]",
    "",
    "null",
    "{}",
    '{"points": [[0.1, 0.1], [0.9, 0.9]]}',
    "[[0.1, 0.1]]",
    "[[0.1, 0.1], [0.9, 0.9], [0.5, 0.5]]",
    "[[0.1, 0.1, 0.3], [0.9, 0.9]]",
    "[[NaN, 0.1], [0.9, 0.9]]",
    "[[Infinity, 0.1], [0.9, 0.9]]",
    "[[1e999, 0.1], [0.9, 0.9]]",
    "[[-1e999, 0.1], [0.9, 0.9]]",
    f"[[{'9' * 150}, 0.1], [0.9, 0.9]]",
    '[["0.1", 0.1], [0.9, 0.9]]',
    "[[true, 0.1], [0.9, 0.9]]",
    "[[null, 0.1], [0.9, 0.9]]",
    "[[0.5, 0.5], [0.5, 0.5]]",
    "[[-0.1, 0.5], [0.5, 0.5]]",
    "[[0.1, 0.5], [0.5, 7]]",
    "[" * 100 + "]" * 100,
    "[" * 5000,
    json.dumps([[0.1, 0.1], [0.9, 0.9]]) + " " * MAX_JSON_CHARS,
    "[[0.1, 0.1], [0.9, 0.9]] trailing",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_stored_landmarks_are_refused_in_one_sentence(text):
    with pytest.raises(AlignmentError) as caught:
        landmarks_from_json(text)
    assert "\n" not in str(caught.value) and "0.1" not in str(caught.value)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5),
            lambda inner: st.lists(inner, max_size=4),
            max_leaves=12,
        ).map(lambda v: json.dumps(v)),
    )
)
def test_any_text_parses_or_is_refused(text):
    try:
        first, second = landmarks_from_json(text)
    except AlignmentError:
        return
    for p in (first, second):
        assert 0 <= p.x <= 1 and 0 <= p.y <= 1
