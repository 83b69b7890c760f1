"""Lining up a before/after pair from two landmarks marked on each photo.

Two points marked on each photo (the inner corners of the brows, say) fix a
**similarity transform**: one scale, one rotation and one shift, no shear and
no stretch, which is exactly how the same head differs between two photos
taken from the front at another distance, tilt or framing.  Two point pairs
determine it exactly; a third would only over-determine it with the marking
error of a click.

Landmarks are kept in **normalised coordinates** of their photo (x across,
y down, each 0..1 of the width and height, as the designs are), so a photo
re-encoded at another size keeps its marks.  The transform between two photos
works in pixels (see :func:`alignment`), because their aspect ratios may
differ and a similarity in normalised units would then stretch.

Landmarks read back from the clinic file may have been crafted: parsing
(:func:`landmarks_from_json`) accepts only two finite points inside the
picture and well apart, from a short text, and raises :class:`AlignmentError`
(one plain sentence, no values) otherwise.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from smpdesk.domain.designs import Point
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError

#: Two marks closer than this (in normalised units) are one click twice, not two landmarks:
#: the direction between them, and so the rotation, would be mostly marking error.
MIN_SEPARATION = 0.02
#: A scale beyond this between two photos of one head is marks that do not correspond.
MAX_SCALE = 20.0
#: Stored landmarks are two short pairs of numbers; anything longer was not written here.
MAX_JSON_CHARS = 200

Landmarks = tuple[Point, Point]
PixelPair = tuple[tuple[float, float], tuple[float, float]]


class AlignmentError(UserError):
    """Landmarks that cannot line two photos up (unreadable, the same point twice, absurd)."""


@dataclass(frozen=True)
class Similarity:
    """``x' = a·x − b·y + tx``, ``y' = b·x + a·y + ty``: a scale and a rotation (the
    complex number ``a + ib``) followed by a shift.  In Qt's terms, ``QTransform(a, b,
    -b, a, tx, ty)``."""

    a: float = 1.0
    b: float = 0.0
    tx: float = 0.0
    ty: float = 0.0

    @property
    def scale(self) -> float:
        return math.hypot(self.a, self.b)

    @property
    def rotation_degrees(self) -> float:
        """Counter-clockwise in x-right/y-up terms; with y down (images) it turns clockwise."""
        return math.degrees(math.atan2(self.b, self.a))

    def apply(self, x: float, y: float) -> tuple[float, float]:
        return (self.a * x - self.b * y + self.tx, self.b * x + self.a * y + self.ty)

    def inverse(self) -> Similarity:
        """The transform that undoes this one (a similarity with scale > 0 always has one)."""
        norm = self.a * self.a + self.b * self.b
        if not norm > 0.0 or not math.isfinite(norm):
            raise AlignmentError(
                QT_TRANSLATE_NOOP("core", "These marks cannot line the photos up; mark them again.")
            )
        a, b = self.a / norm, -self.b / norm
        # x = M⁻¹(x' − t)
        return Similarity(a, b, -(a * self.tx - b * self.ty), -(b * self.tx + a * self.ty))

    def then(self, other: Similarity) -> Similarity:
        """This transform followed by ``other``."""
        a = other.a * self.a - other.b * self.b
        b = other.a * self.b + other.b * self.a
        tx, ty = other.apply(self.tx, self.ty)
        return Similarity(a, b, tx, ty)

    def as_affine(self) -> tuple[float, float, float, float, float, float]:
        """``(m11, m12, m21, m22, dx, dy)`` in Qt's QTransform order (row vectors)."""
        return (self.a, self.b, -self.b, self.a, self.tx, self.ty)


IDENTITY = Similarity()


def similarity_from_pairs(source: PixelPair, target: PixelPair) -> Similarity:
    """The similarity taking ``source[0]`` to ``target[0]`` and ``source[1]`` to ``target[1]``.

    With points as complex numbers it is ``z' = m·z + t`` with ``m = (t1 − t0) / (s1 − s0)``:
    exact, no fitting.  Two source points (or two target points) at the same place fix no
    rotation or scale, so they are refused, as are non-finite coordinates.
    """
    s0, s1 = (complex(*p) for p in source)
    d0, d1 = (complex(*p) for p in target)
    values = (s0, s1, d0, d1)
    if not all(math.isfinite(v.real) and math.isfinite(v.imag) for v in values):
        raise AlignmentError(
            QT_TRANSLATE_NOOP("core", "These marks cannot line the photos up; mark them again.")
        )
    span_s, span_d = s1 - s0, d1 - d0
    size = max(1.0, *(abs(v) for v in values))
    if abs(span_s) <= 1e-9 * size or abs(span_d) <= 1e-9 * size:
        raise AlignmentError(
            QT_TRANSLATE_NOOP(
                "core",
                "The two marks on a photo are at the same place; mark two points well apart.",
            )
        )
    m = span_d / span_s
    t = d0 - m * s0
    return Similarity(m.real, m.imag, t.real, t.imag)


def to_pixels(points: Landmarks, width: float, height: float) -> PixelPair:
    """Normalised landmarks as pixel positions on a picture ``width`` x ``height``."""
    first, second = points
    return ((first.x * width, first.y * height), (second.x * width, second.y * height))


def alignment(
    base: Landmarks,
    base_size: tuple[float, float],
    moving: Landmarks,
    moving_size: tuple[float, float],
) -> Similarity:
    """The transform taking pixels of the ``moving`` photo onto the ``base`` photo's pixels,
    so that each landmark lands on its counterpart.

    Refuses marks that cannot belong to the same head (one pair 20 times the other's size).
    """
    for width, height in (base_size, moving_size):
        if not (width > 0 and height > 0 and math.isfinite(width) and math.isfinite(height)):
            raise AlignmentError(
                QT_TRANSLATE_NOOP("core", "A photo without a size cannot be lined up.")
            )
    found = similarity_from_pairs(to_pixels(moving, *moving_size), to_pixels(base, *base_size))
    if not 1.0 / MAX_SCALE <= found.scale <= MAX_SCALE:
        raise AlignmentError(
            QT_TRANSLATE_NOOP(
                "core",
                "The marks on the two photos do not match (one pair is far larger than the "
                "other); mark the same two points on each.",
            )
        )
    return found


def check_landmarks(points: Landmarks) -> Landmarks:
    """``points`` if they can serve as landmarks: two finite points inside the picture,
    at least :data:`MIN_SEPARATION` apart; AlignmentError otherwise."""
    if len(points) != 2:
        raise AlignmentError(QT_TRANSLATE_NOOP("core", "Mark exactly two points on each photo."))
    for point in points:
        if not (math.isfinite(point.x) and math.isfinite(point.y)):
            raise AlignmentError(
                QT_TRANSLATE_NOOP("core", "A mark is not a position on the photo; mark it again.")
            )
        if not (0.0 <= point.x <= 1.0 and 0.0 <= point.y <= 1.0):
            raise AlignmentError(
                QT_TRANSLATE_NOOP("core", "A mark lies outside the photo; mark it on the picture.")
            )
    first, second = points
    if math.hypot(first.x - second.x, first.y - second.y) < MIN_SEPARATION:
        raise AlignmentError(
            QT_TRANSLATE_NOOP(
                "core", "The two marks are almost at the same place; mark two points apart."
            )
        )
    return (Point(float(first.x), float(first.y)), Point(float(second.x), float(second.y)))


def landmarks_to_json(points: Landmarks) -> str:
    """``[[x, y], [x, y]]``, checked first (nothing unusable is ever stored)."""
    first, second = check_landmarks(points)
    return json.dumps([[first.x, first.y], [second.x, second.y]], allow_nan=False)


def landmarks_from_json(text: object) -> Landmarks:
    """Landmarks as stored, read as hostile input: AlignmentError for anything but two
    ``[x, y]`` pairs of plain finite numbers (no booleans, no NaN, no ``1e999``) inside the
    picture and apart, in a short text."""
    unreadable = AlignmentError(
        QT_TRANSLATE_NOOP("core", "The marks saved with this photo are unreadable; mark it again.")
    )
    if not isinstance(text, str) or len(text) > MAX_JSON_CHARS:
        raise unreadable
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise unreadable from None
    if not isinstance(data, list) or len(data) != 2:
        raise unreadable
    points: list[Point] = []
    for pair in data:
        if not isinstance(pair, list) or len(pair) != 2:
            raise unreadable
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in pair):
            raise unreadable
        try:
            x, y = (float(v) for v in pair)
        except OverflowError:  # an integer of hundreds of digits
            raise unreadable from None
        points.append(Point(x, y))
    return check_landmarks((points[0], points[1]))


__all__ = [
    "IDENTITY",
    "MAX_SCALE",
    "MIN_SEPARATION",
    "AlignmentError",
    "Landmarks",
    "Similarity",
    "alignment",
    "check_landmarks",
    "landmarks_from_json",
    "landmarks_to_json",
    "similarity_from_pairs",
    "to_pixels",
]
