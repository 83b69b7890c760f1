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
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError

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
# Each check's sentence per part of the design, whole for the translators (the key is
# the part as the helpers name it; values: index, lo, hi, limit, least, most).
_NOT_FIELDS: dict[str, str] = {
    "the design": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the design is not a set of fields.",
    ),
    "its base": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: its base is not a set of fields.",
    ),
    "its hairline": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: its hairline is not a set of fields.",
    ),
    "its scale": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: its scale is not a set of fields.",
    ),
    "zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: zone {index} is not a set of fields.",
    ),
}

# A number that is not one.
_NOT_A_NUMBER: dict[str, str] = {
    "a point of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: a point of zone {index} is not a number.",
    ),
    "a point of the hairline": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: a point of the hairline is not a number.",
    ),
    "a point of the scale": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: a point of the scale is not a number.",
    ),
    "the density of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the density of zone {index} is not a number.",
    ),
    "the impression size of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the impression size of zone {index} is not a number.",
    ),
    "the softness": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the softness is not a number.",
    ),
    "the irregularity": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the irregularity is not a number.",
    ),
    "the centre line": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the centre line is not a number.",
    ),
    "the scale distance": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the scale distance is not a number.",
    ),
    "its aspect ratio": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: its aspect ratio is not a number.",
    ),
}

# A number out of its range.
_OUT_OF_RANGE: dict[str, str] = {
    "a point of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: a point of zone {index} is outside {lo}–{hi}.",
    ),
    "a point of the hairline": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: a point of the hairline is outside {lo}–{hi}.",
    ),
    "a point of the scale": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: a point of the scale is outside {lo}–{hi}.",
    ),
    "the density of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the density of zone {index} is outside {lo}–{hi}.",
    ),
    "the impression size of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the impression size of zone {index} is outside {lo}–{hi}.",
    ),
    "the softness": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the softness is outside {lo}–{hi}.",
    ),
    "the irregularity": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the irregularity is outside {lo}–{hi}.",
    ),
    "the centre line": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the centre line is outside {lo}–{hi}.",
    ),
    "the scale distance": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the scale distance is outside {lo}–{hi}.",
    ),
    "its aspect ratio": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: its aspect ratio is outside {lo}–{hi}.",
    ),
}

# A whole number that is not one, or out of its range.
_NOT_WHOLE: dict[str, str] = {
    "its photo": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: its photo is not a whole number from {lo} to {hi}.",
    ),
    "the dilution of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the dilution of zone {index} is not a whole number from {lo} "
        "to {hi}.",
    ),
    "the session of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the session of zone {index} is not a whole number from {lo} "
        "to {hi}.",
    ),
}

# A text too long (or not a text).
_TEXT_TOO_LONG: dict[str, str] = {
    "the shade of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the shade of zone {index} is not a text of at most {limit} "
        "characters.",
    ),
    "the needle of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the needle of zone {index} is not a text of at most {limit} "
        "characters.",
    ),
    "the name of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the name of zone {index} is not a text of at most {limit} "
        "characters.",
    ),
    "its notes": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: its notes is not a text of at most {limit} characters.",
    ),
}

# A lone surrogate spelled in JSON.
_BROKEN_CHARACTER: dict[str, str] = {
    "the shade of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the shade of zone {index} holds a broken character.",
    ),
    "the needle of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the needle of zone {index} holds a broken character.",
    ),
    "the name of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the name of zone {index} holds a broken character.",
    ),
    "its notes": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: its notes holds a broken character.",
    ),
}

# Too few or too many points.
_POINT_COUNT: dict[str, str] = {
    "zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: zone {index} needs {least} to {most} points.",
    ),
    "the hairline": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the hairline needs {least} to {most} points.",
    ),
    "the scale": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: the scale needs {least} to {most} points.",
    ),
}

# A point that is not [x, y].
_NOT_A_PAIR: dict[str, str] = {
    "a point of zone {index}": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: a point of zone {index} is not a pair of numbers.",
    ),
    "a point of the hairline": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: a point of the hairline is not a pair of numbers.",
    ),
    "a point of the scale": QT_TRANSLATE_NOOP(
        "core",
        "This design cannot be read: a point of the scale is not a pair of numbers.",
    ),
}


def _fail(template: str, **values: object) -> DesignError:
    return DesignError(template, **values)


def _obj(value: object, what: str, **values: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(_NOT_FIELDS[what], **values)
    return value


def _num(value: object, what: str, lo: float, hi: float, **values: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(_NOT_A_NUMBER[what], **values)
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits: no float holds it
        number = math.inf
    if not math.isfinite(number) or not lo <= number <= hi:
        raise _fail(_OUT_OF_RANGE[what], lo=f"{lo:g}", hi=f"{hi:g}", **values)
    return number


def _int(value: object, what: str, lo: int, hi: int, **values: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise _fail(_NOT_WHOLE[what], lo=lo, hi=hi, **values)
    return value


def _text(
    value: object, what: str, limit: int, *, multiline: bool = False, **values: object
) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(_TEXT_TOO_LONG[what], limit=limit, **values)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # JSON may spell a lone surrogate; no keyboard types one
        raise _fail(_BROKEN_CHARACTER[what], **values) from None
    return clean_multiline(value) if multiline else clean_line(value)


def _points(
    value: object, what: str, *, least: int, most: int, **values: object
) -> tuple[Point, ...]:
    if not isinstance(value, list) or not least <= len(value) <= most:
        raise _fail(_POINT_COUNT[what], least=least, most=most, **values)
    points = []
    for item in value:
        if not isinstance(item, list) or len(item) != 2:
            raise _fail(_NOT_A_PAIR[f"a point of {what}"], **values)
        points.append(
            Point(
                round(_num(item[0], f"a point of {what}", COORD_MIN, COORD_MAX, **values), PLACES),
                round(_num(item[1], f"a point of {what}", COORD_MIN, COORD_MAX, **values), PLACES),
            )
        )
    return tuple(points)


def _zone(raw: object, index: int) -> Zone:
    z = _obj(raw, "zone {index}", index=index)
    kind = z.get("kind")
    if not isinstance(kind, str) or kind not in ZONE_KINDS:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "core", "This design cannot be read: zone {index} is of an unknown kind."
            ),
            index=index,
        )
    return Zone(
        kind=str(kind),
        points=_points(z.get("points"), "zone {index}", least=3, most=MAX_ZONE_POINTS, index=index),
        density=_num(z.get("density"), "the density of zone {index}", *DENSITY_RANGE, index=index),
        shade=_text(z.get("shade", ""), "the shade of zone {index}", MAX_NAME, index=index),
        dilution=_int(
            z.get("dilution"), "the dilution of zone {index}", *DILUTION_RANGE, index=index
        ),
        needle=_text(z.get("needle", ""), "the needle of zone {index}", MAX_NAME, index=index),
        impression_mm=_num(
            z.get("impression_mm"),
            "the impression size of zone {index}",
            *IMPRESSION_MM_RANGE,
            index=index,
        ),
        layer=_int(z.get("layer"), "the session of zone {index}", 1, MAX_LAYER, index=index),
        name=_text(z.get("name", ""), "the name of zone {index}", MAX_NAME, index=index),
    )


def design_from_dict(raw: object) -> Design:
    d = _obj(raw, "the design")
    if d.get("format") != FORMAT:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "core", "This design cannot be read: it was written by another version of smpdesk."
            )
        )
    base_raw = _obj(d.get("base"), "its base")
    photo_id, outline = base_raw.get("photo_id"), base_raw.get("outline")
    if photo_id is not None:
        photo_id = _int(photo_id, "its photo", 1, 2**63 - 1)
        outline = None
    elif not isinstance(outline, str) or outline not in OUTLINE_VIEWS:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "core",
                "This design cannot be read: it names neither a photo nor a built-in outline.",
            )
        )
    base = Base(photo_id=photo_id, outline=None if photo_id is not None else str(outline))
    hairline = None
    if d.get("hairline") is not None:
        h = _obj(d["hairline"], "its hairline")
        symmetric = h.get("symmetric", True)
        if not isinstance(symmetric, bool):
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "core", "This design cannot be read: its symmetry is not yes or no."
                )
            )
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
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "core", "This design cannot be read: its scale marks one point twice."
                )
            )
        scale = Scale(a, b, _num(s.get("cm"), "the scale distance", *SCALE_CM_RANGE))
    zones_raw = d.get("zones", [])
    if not isinstance(zones_raw, list):
        raise _fail(
            QT_TRANSLATE_NOOP("core", "This design cannot be read: its zones are not a list.")
        )
    if len(zones_raw) > MAX_ZONES:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "core", "This design cannot be read: it has more than {limit} zones."
            ),
            limit=MAX_ZONES,
        )
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
        raise _fail(
            QT_TRANSLATE_NOOP(
                "core", "This design cannot be read: it is far larger than any design."
            )
        )
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise _fail(
            QT_TRANSLATE_NOOP("core", "This design cannot be read: it is not valid JSON.")
        ) from exc
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
