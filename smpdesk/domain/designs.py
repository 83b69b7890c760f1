"""An SMP design: the hairline and the pigment zones agreed with the client.

Stored as JSON in **normalised coordinates of the base image** (x across, y
down, both 0..1 of its width and height), so the same design draws on the
photo at any size: the screen's preview, the full-resolution export and the
PDF all come from one description.  ``aspect`` (width / height of the base)
keeps distances honest when x and y are scaled differently.

Every design read from the database or a file may have been crafted: parsing
accepts only the shape written here, with finite numbers in sane ranges and
bounded counts, and says in one sentence what is wrong otherwise.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from typing import Any

from smpdesk.domain.text_safety import clean_line, clean_multiline
from smpdesk.errors import UserError

FORMAT = 1
MAX_JSON_BYTES = 512 * 1024
MAX_HAIRLINE_POINTS = 64
MAX_ZONES = 32
MAX_ZONE_POINTS = 400
MAX_LAYER = 6
# Points may sit a little outside the image (a hairline running off the edge).
COORD_MIN, COORD_MAX = -0.5, 1.5
MAX_NOTE = 2000
MAX_NAME = 80
# Positions are kept to a millionth of the picture (far below a pixel), on writing and on
# reading alike, so a design read from any file writes back exactly as it was read.
PLACES = 6

# Zone kinds, in the order a practitioner works, with the session "areas" each
# one fills in (smpdesk.domain.session_details.AREAS).
ZONE_KINDS: dict[str, str] = {
    "hairline": "Hairline",
    "temples": "Temples",
    "mid-scalp": "Mid-scalp",
    "crown": "Crown / vertex",
    "scar": "Scar camouflage",
    "donor": "Donor / transplant blend",
}
ZONE_AREAS: dict[str, str] = {
    "hairline": "hairline",
    "temples": "temples",
    "mid-scalp": "mid-scalp",
    "crown": "crown",
    "scar": "scar",
    "donor": "donor-scar",
}

# Built-in head outlines for a client without photos (resources/designs/heads/).
OUTLINE_VIEWS: dict[str, str] = {
    "front": "Front",
    "top": "Top",
    "left": "Left side",
    "right": "Right side",
    "back": "Back",
}

# Ranges a design may hold (the realistic ones, with sources, are in
# smpdesk.domain.design_densities; these only refuse nonsense).
DENSITY_RANGE = (1.0, 250.0)  # impressions per cm²
IMPRESSION_MM_RANGE = (0.1, 2.0)  # diameter of one impression
DILUTION_RANGE = (5, 100)  # per cent pigment in the mix (100 = neat)
SOFTNESS_MM_RANGE = (0.0, 30.0)  # feathered edge in front of the line
SCALE_CM_RANGE = (0.1, 50.0)


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Hairline:
    """A smooth curve through ``points`` (left to right as seen on the photo).

    ``softness_mm``: width of the feathered transition in front of the line;
    ``irregularity`` (0..1): natural micro-variation of the edge; with
    ``symmetric`` the points right of ``centre_x`` are the mirror of those left
    of it (the editor keeps them so; the stored points are the drawn ones).
    """

    points: tuple[Point, ...] = ()
    softness_mm: float = 6.0  # the cited 5–10 mm transition (design_densities)
    irregularity: float = 0.4
    symmetric: bool = True
    centre_x: float = 0.5


@dataclass(frozen=True)
class Scale:
    """A known real distance marked on the base: ``cm`` between ``a`` and ``b``."""

    a: Point
    b: Point
    cm: float


@dataclass(frozen=True)
class Zone:
    """One pigment zone: a polygon, its kind, and how it is worked.

    ``layer``: the session that lays it (1 = first session, light and spaced;
    later layers add density on top): the preview of session N draws every
    zone with ``layer <= N``.
    """

    kind: str
    points: tuple[Point, ...]
    density: float  # impressions per cm²
    shade: str = "Carbon black"
    dilution: int = 50
    needle: str = "1RL"
    impression_mm: float = 0.35
    layer: int = 1
    name: str = ""


@dataclass(frozen=True)
class Base:
    """What the design is drawn on: a client photo (``photo_id``) or a built-in outline."""

    photo_id: int | None = None
    outline: str | None = None

    @property
    def label(self) -> str:
        if self.photo_id is not None:
            return f"photo {self.photo_id}"
        return f"{OUTLINE_VIEWS.get(self.outline or '', 'head')} outline"


@dataclass(frozen=True)
class Design:
    base: Base
    aspect: float  # base width / height
    hairline: Hairline | None = None
    scale: Scale | None = None
    zones: tuple[Zone, ...] = ()
    notes: str = ""

    @property
    def layers(self) -> int:
        """The number of sessions the design is laid over (1 with no zones)."""
        return max((z.layer for z in self.zones), default=1)

    def with_zones(self, zones: list[Zone] | tuple[Zone, ...]) -> Design:
        return replace(self, zones=tuple(zones))

    def areas(self) -> list[str]:
        """The session 'areas' keys its zones cover, in :data:`ZONE_KINDS` order."""
        kinds = {z.kind for z in self.zones}
        return [ZONE_AREAS[k] for k in ZONE_KINDS if k in kinds]

    def to_json(self) -> str:
        return json.dumps(_design_dict(self), separators=(",", ":"), sort_keys=True)


class DesignError(UserError):
    """A design description that is not one smpdesk wrote (or not a sane one)."""


# -- writing -------------------------------------------------------------------------
def _pt(p: Point) -> list[float]:
    return [round(p.x, PLACES), round(p.y, PLACES)]


def _design_dict(d: Design) -> dict[str, Any]:
    out: dict[str, Any] = {
        "format": FORMAT,
        "base": {"photo_id": d.base.photo_id, "outline": d.base.outline},
        "aspect": round(d.aspect, PLACES),
        "zones": [
            {
                "kind": z.kind,
                "points": [_pt(p) for p in z.points],
                "density": z.density,
                "shade": z.shade,
                "dilution": z.dilution,
                "needle": z.needle,
                "impression_mm": z.impression_mm,
                "layer": z.layer,
                "name": z.name,
            }
            for z in d.zones
        ],
        "notes": d.notes,
    }
    if d.hairline is not None:
        h = d.hairline
        out["hairline"] = {
            "points": [_pt(p) for p in h.points],
            "softness_mm": h.softness_mm,
            "irregularity": h.irregularity,
            "symmetric": h.symmetric,
            "centre_x": round(h.centre_x, PLACES),
        }
    if d.scale is not None:
        out["scale"] = {"a": _pt(d.scale.a), "b": _pt(d.scale.b), "cm": d.scale.cm}
    return out


# -- reading (hostile input) ---------------------------------------------------------
def _fail(what: str) -> DesignError:
    return DesignError(f"This design cannot be read: {what}.")


def _obj(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(f"{what} is not a set of fields")
    return value


def _num(value: object, what: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(f"{what} is not a number")
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits: no float holds it
        number = math.inf
    if not math.isfinite(number) or not lo <= number <= hi:
        raise _fail(f"{what} is outside {lo:g}–{hi:g}")
    return number


def _int(value: object, what: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise _fail(f"{what} is not a whole number from {lo} to {hi}")
    return value


def _text(value: object, what: str, limit: int, *, multiline: bool = False) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(f"{what} is not a text of at most {limit} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # JSON may spell a lone surrogate; no keyboard types one
        raise _fail(f"{what} holds a broken character") from None
    return clean_multiline(value) if multiline else clean_line(value)


def _points(value: object, what: str, *, least: int, most: int) -> tuple[Point, ...]:
    if not isinstance(value, list) or not least <= len(value) <= most:
        raise _fail(f"{what} needs {least} to {most} points")
    points = []
    for item in value:
        if not isinstance(item, list) or len(item) != 2:
            raise _fail(f"a point of {what} is not a pair of numbers")
        points.append(
            Point(
                round(_num(item[0], f"a point of {what}", COORD_MIN, COORD_MAX), PLACES),
                round(_num(item[1], f"a point of {what}", COORD_MIN, COORD_MAX), PLACES),
            )
        )
    return tuple(points)


def _zone(raw: object, index: int) -> Zone:
    z = _obj(raw, f"zone {index}")
    kind = z.get("kind")
    if not isinstance(kind, str) or kind not in ZONE_KINDS:
        raise _fail(f"zone {index} is of an unknown kind")
    return Zone(
        kind=str(kind),
        points=_points(z.get("points"), f"zone {index}", least=3, most=MAX_ZONE_POINTS),
        density=_num(z.get("density"), f"the density of zone {index}", *DENSITY_RANGE),
        shade=_text(z.get("shade", ""), f"the shade of zone {index}", MAX_NAME),
        dilution=_int(z.get("dilution"), f"the dilution of zone {index}", *DILUTION_RANGE),
        needle=_text(z.get("needle", ""), f"the needle of zone {index}", MAX_NAME),
        impression_mm=_num(
            z.get("impression_mm"), f"the impression size of zone {index}", *IMPRESSION_MM_RANGE
        ),
        layer=_int(z.get("layer"), f"the session of zone {index}", 1, MAX_LAYER),
        name=_text(z.get("name", ""), f"the name of zone {index}", MAX_NAME),
    )


def design_from_dict(raw: object) -> Design:
    d = _obj(raw, "the design")
    if d.get("format") != FORMAT:
        raise _fail("it was written by another version of smpdesk")
    base_raw = _obj(d.get("base"), "its base")
    photo_id, outline = base_raw.get("photo_id"), base_raw.get("outline")
    if photo_id is not None:
        photo_id = _int(photo_id, "its photo", 1, 2**63 - 1)
        outline = None
    elif not isinstance(outline, str) or outline not in OUTLINE_VIEWS:
        raise _fail("it names neither a photo nor a built-in outline")
    base = Base(photo_id=photo_id, outline=None if photo_id is not None else str(outline))
    hairline = None
    if d.get("hairline") is not None:
        h = _obj(d["hairline"], "its hairline")
        symmetric = h.get("symmetric", True)
        if not isinstance(symmetric, bool):
            raise _fail("its symmetry is not yes or no")
        hairline = Hairline(
            points=_points(h.get("points"), "the hairline", least=2, most=MAX_HAIRLINE_POINTS),
            softness_mm=_num(h.get("softness_mm"), "the softness", *SOFTNESS_MM_RANGE),
            irregularity=_num(h.get("irregularity"), "the irregularity", 0.0, 1.0),
            symmetric=symmetric,
            centre_x=round(_num(h.get("centre_x"), "the centre line", 0.0, 1.0), PLACES),
        )
    scale = None
    if d.get("scale") is not None:
        s = _obj(d["scale"], "its scale")
        a, b = _points([s.get("a"), s.get("b")], "the scale", least=2, most=2)
        if a == b:
            raise _fail("its scale marks one point twice")
        scale = Scale(a, b, _num(s.get("cm"), "the scale distance", *SCALE_CM_RANGE))
    zones_raw = d.get("zones", [])
    if not isinstance(zones_raw, list):
        raise _fail("its zones are not a list")
    if len(zones_raw) > MAX_ZONES:
        raise _fail(f"it has more than {MAX_ZONES} zones")
    return Design(
        base=base,
        aspect=round(_num(d.get("aspect"), "its aspect ratio", 0.1, 10.0), PLACES),
        hairline=hairline,
        scale=scale,
        zones=tuple(_zone(z, i + 1) for i, z in enumerate(zones_raw)),
        notes=_text(d.get("notes", ""), "its notes", MAX_NOTE, multiline=True),
    )


def design_from_json(text: str | bytes) -> Design:
    """The design in ``text``, or :class:`DesignError` naming what is wrong."""
    if len(text) > MAX_JSON_BYTES:
        raise _fail("it is far larger than any design")
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise _fail("it is not valid JSON") from exc
    return design_from_dict(raw)


def empty_design(base: Base, aspect: float) -> Design:
    return Design(base=base, aspect=aspect, hairline=None, scale=None, zones=(), notes="")


__all__ = [
    "DENSITY_RANGE",
    "DILUTION_RANGE",
    "IMPRESSION_MM_RANGE",
    "MAX_LAYER",
    "OUTLINE_VIEWS",
    "ZONE_AREAS",
    "ZONE_KINDS",
    "Base",
    "Design",
    "DesignError",
    "Hairline",
    "Point",
    "Scale",
    "Zone",
    "design_from_dict",
    "design_from_json",
    "empty_design",
]
