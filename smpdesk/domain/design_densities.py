"""Realistic starting values for SMP zones: density, impression size, shade, dilution.

These are what the designer offers before the practitioner adjusts anything,
and the ranges it shows beside each setting.  Every number is looked up, with
the source next to it; where sources disagree the comment says so and the
value chosen is the *conservative* one: smaller dots, lighter pigment and the
middle of the density range, because a too-dense, too-dark, too-sharp result
is the classic SMP failure and is hard to undo, while a light result is
simply built up at the next session.

Sources (public pages, read 2025; quoted figures are theirs):

[R]  Rassman et al., "Scalp micropigmentation" (summarised): microdots of less
     than 1 mm, about 1 mm apart, "similar to the distance between scalp hair
     follicular units evident on a shaved scalp".
     https://healthjade.com/scalp-micropigmentation
[R2] Rassman, ISHRS Forum 26(3):85: "The dot size must be small, around 0.1mm
     as seen from the surface of the skin"; shades are black ink diluted to
     "50 shades of gray".  https://www.ishrs-htforum.org/content/26/3/85
[FU1] "The average natural hair density is approximately 80 follicular units
     per square CM. Typically half the natural hair density will make for a
     decent illusion of density".
     https://www.hairrestorationnetwork.com/topic/9849-how-close-are-our-natural-hair-follicles/
[FU2] 80-100 follicular units per cm² on a normal scalp.
     https://elitehairclinic.com.au/how-many-hairs-does-the-human-body-have
[FU3] Scalp about 500 cm²; 80-100 FU per cm²; 50 % of normal density (about
     45 FU per cm²) looks normal.
     http://www.injertocapilar.com/English/How_much_hair_can_we_transplant.htm
[FU4] 600-650 follicles per square inch (93-101 per cm²).
     https://customhairclinic.com/index.php/how-much-does-scalp-micropigmentation-cost/
[S1] About 14,000 impressions per 2-4 hour session.
     http://jonathangerow.com/faq/many-hairs-place-every-session/
[S2] Session 1 lays a spaced "basement"; session 2 puts dots "in between the
     existing dots"; session 3 fills up and touches up.
     https://scalpdots.com/what-makes-scalp-micro-pigmentation-different-from-tattooing
[S3] "The first session includes the application of lighter pigments, while
     subsequent treatments will utilize darker pigments."
     https://ksphy.org/scalp-micorpigmentation-is-it-for-you
[S4] Pigment is carbon black, made lighter by dilution with distilled water;
     "the artist will select a light shade during the initial session".
     https://karen-nicolaou.com/2021/11/10/scalp-micropigmentation-pigment/
[N1] "micropigmentation needles range from 1 to 3 round configurations and
     0.18mm to 0.30mm in diameter"; go-to 0603 (0.20 mm) and 0803 (0.25 mm);
     1-needle for a softer hairline, 3-needle for filling larger areas.
     https://robjamessmp.com/what-is-the-best-size-needle-for-scalp-micropigmentation/
[N2] Micro needles 0.18-0.30 mm; larger (above 0.30 mm) only occasionally.
     https://scalpmicropigmentation.store/blogs/news/what-size-needle-is-best-for-scalp-micropigmentation
[N3] SMP needles 0.15-0.25 mm; the punctures shrink about 50 % on healing.
     https://fue-hairtransplant.blogspot.com/2023/06/yes-size-matters-we-compared-tiny.html
[N4] Single-pronged needle for the hairline, up to six-pronged elsewhere;
     dots under 1 mm.
     https://vital-male.news/blog/8-scalp-micropigmentation-regrets-and-how-to-avoid-them/
[H1] Hairline "transition zone": the first 0.5-1 cm, irregular and soft,
     in front of a 2-3 cm "defined zone" (Shapiro, Facial Plast Surg Clin N
     Am 2004).
     https://www.practo.com/healthfeed/get-a-natural-hairline-design-with-hair-transplant-surgery-38350/post
     http://hairlossresearch.com/hair_transplant_articles/rshapiro_naturalhairline.htm

Disagreements, and what was chosen:
  * Density: SMP dots mimic follicle *openings* (follicular units), 1 mm
    apart [R] and 80-100 per cm² on a full scalp [FU1-FU4]; pages quoting
    "2000 hairs per square inch" (~310/cm², e.g. https://inkbeau.com/scalp-micropigmentation-benefits/)
    count hairs, not openings, and are not used.  1 mm spacing is 100 per cm²
    on a grid but about 70 per cm² when placed irregularly (random packing
    with a 1 mm minimum gap covers ~55 % of the plane: 0.55 x 4/pi per mm²),
    and half the natural density already reads as full [FU1, FU3], so the
    typical finished densities below sit at 40-70 per cm² with the natural
    ~100 as the top of the range.
  * Dot size: 0.1 mm "as seen from the surface" [R2], needle diameters
    0.15-0.30 mm [N1-N3], and "0.5 to 1.0 mm" on one clinic page
    (http://jonathangerow.com/faq/size-needles-use-level-pain-may-experience-treatment/,
    which appears to mean the grouping, not one dot).  The preview uses the
    needle diameter for a single needle and a slightly larger dot for a tight
    group of three, i.e. the small end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from smpdesk.domain.designs import (
    DENSITY_RANGE,
    DILUTION_RANGE,
    MAX_LAYER,
    ZONE_KINDS,
    Point,
    Zone,
)


@dataclass(frozen=True)
class DensityRange:
    """Impressions per cm² of a *finished* zone (all sessions laid, healed).

    ``source``: where the figure comes from (URLs), shown in the designer's
    tooltip so a practitioner can check it.
    """

    low: float
    typical: float
    high: float
    source: str


_FU = (
    "https://www.hairrestorationnetwork.com/topic/9849-how-close-are-our-natural-hair-follicles/ "
    "https://healthjade.com/scalp-micropigmentation "
    "http://www.injertocapilar.com/English/How_much_hair_can_we_transplant.htm"
)

# Finished densities per zone kind, impressions per cm² (see the module notes).
DENSITIES: dict[str, DensityRange] = {
    # The defined zone just behind the line; the soft front edge (transition
    # zone [H1]) is made by the renderer's feathering, not by a lower number
    # here.  Kept below mid-scalp: a dense, dark front line is the classic
    # "helmet" failure.
    "hairline": DensityRange(
        40.0,
        60.0,
        85.0,
        _FU + " https://regrowhair.com/making-scalp-micropigmentation-smp-hairline-"
        "results-appear-more-realisticnatural",
    ),
    # Temple points are worked with single fine dots [N1, N4] and read softer
    # than the frontal line; conservative: lower than the hairline.
    "temples": DensityRange(
        30.0,
        50.0,
        75.0,
        _FU + " https://robjamessmp.com/what-is-the-best-size-needle-for-scalp-micropigmentation/",
    ),
    # The bulk of a full-scalp treatment: half of natural FU density reads as
    # full [FU1, FU3]; ~70/cm² is 1 mm irregular spacing [R]; natural ~100 [FU4].
    "mid-scalp": DensityRange(
        45.0,
        70.0,
        100.0,
        _FU + " https://customhairclinic.com/index.php/how-much-does-scalp-micropigmentation-cost/",
    ),
    # The crown/whorl: as mid-scalp, a little lighter by default so the
    # vertex does not look painted on (age-appropriate thinning).
    "crown": DensityRange(40.0, 65.0, 95.0, _FU),
    # A scar is matched to the stubble around it; scar tissue takes pigment
    # unevenly and is built up over 2-4 sessions
    # (https://www.looknaturalatl.com/services/scar-camouflage/), so the
    # default is moderate and the practitioner raises it where it holds.
    "scar": DensityRange(
        40.0, 60.0, 90.0, _FU + " https://www.looknaturalatl.com/services/scar-camouflage/"
    ),
    # Dots between existing donor hairs / transplanted hair: they add to the
    # hair already there, so about half the mid-scalp figure.
    "donor": DensityRange(
        20.0,
        40.0,
        65.0,
        _FU + " https://hairlinepros.com/smp-for-scar-camouflage",
    ),
}

# Impression (healed dot) diameter in mm per needle configuration [N1-N3].
# 1RL: one 0.20-0.25 mm needle (0603 / 0803, the "go-to" sizes [N1]); the dot
# is about the needle's diameter (punctures shrink on healing [N3], pigment
# spreads a little).  3RL: three such needles in a tight round group span
# ~2.15 needle diameters (0.43-0.54 mm) fresh; healed and worked with light
# pressure the dot is smaller, 0.35 mm chosen (small end, see notes).
NEEDLES: dict[str, float] = {
    "1RL": 0.25,
    "3RL": 0.35,
}

# Which configuration each zone kind starts with: single needle where the
# detail shows (hairline, temples [N1, N4], scars), three for filling areas.
DEFAULT_NEEDLE: dict[str, str] = {
    "hairline": "1RL",
    "temples": "1RL",
    "mid-scalp": "3RL",
    "crown": "3RL",
    "scar": "1RL",
    "donor": "3RL",
}

# Neat pigment colours as they look in skin (sRGB), before dilution.  SMP
# pigment is carbon black and lighter shades are made by dilution [R2, S4];
# some lines sell pre-mixed greys and browns for lighter hair.  The RGB values
# are an approximation of carbon in the upper dermis (it reads blue-black to
# charcoal, never jet black, through the epidermis); no source gives colour
# numbers, so these are for the preview only, never for records.
SHADES: dict[str, tuple[int, int, int]] = {
    "Carbon black": (26, 26, 30),
    "Charcoal": (48, 48, 52),
    "Dark brown": (54, 42, 36),
    "Mid brown": (86, 68, 56),
}
DEFAULT_SHADE = "Carbon black"

# Default per cent pigment in the mix per session layer (100 = neat): session
# 1 lighter, later sessions darker [S3, S4].  No source gives one ratio (the
# chart depends on the client's hair and skin: near-neat for black hair, up to
# ~20 parts water for blond, https://mothersandsonsbroadway.com/2022/08/06/what-is-scalp-micropigmentation-and-how-smp-birmingham-can-help/);
# these are mid-range starting points on the light side, since pigment that
# went on too dark is the hard mistake to correct.
LAYER_DILUTION: dict[int, int] = {1: 35, 2: 50, 3: 60}
LATER_LAYER_DILUTION = 60  # sessions 4+ (density top-ups, touch-ups)

# How a finished density is shared between sessions [S1, S2]: session 1 lays a
# spaced foundation (about half), session 2 fills in between, session 3 and
# later top up.  Weights, normalised over the planned number of sessions.
SESSION_WEIGHTS: tuple[float, ...] = (5.0, 3.0, 2.0, 1.0, 1.0, 1.0)

# Width of the soft hairline edge (the "transition zone") in mm [H1]; the
# designer suggests it for Hairline.softness_mm.
TRANSITION_ZONE_MM: tuple[float, float] = (5.0, 10.0)
DEFAULT_SOFTNESS_MM = 6.0


def _check_kind(kind: str) -> None:
    if kind not in ZONE_KINDS:
        raise ValueError(f"unknown zone kind {kind!r}")


def _check_layer(layer: int) -> None:
    if isinstance(layer, bool) or not isinstance(layer, int) or not 1 <= layer <= MAX_LAYER:
        raise ValueError(f"session layer must be 1..{MAX_LAYER}, not {layer!r}")


def dilution_for_layer(layer: int) -> int:
    """The default per cent pigment for session ``layer`` (lighter first)."""
    _check_layer(layer)
    return LAYER_DILUTION.get(layer, LATER_LAYER_DILUTION)


def session_density(kind: str, layer: int, sessions: int = 3) -> float:
    """Impressions per cm² that session ``layer`` of a ``sessions`` plan adds.

    The shares sum to the kind's typical finished density, so the preview of
    the last session shows the finished look and session 1 about half of it.
    """
    _check_kind(kind)
    _check_layer(sessions)
    _check_layer(layer)
    if layer > sessions:
        raise ValueError(f"session {layer} is after the last of {sessions}")
    weights = SESSION_WEIGHTS[:sessions]
    share = weights[layer - 1] / sum(weights)
    low, high = DENSITY_RANGE
    return min(max(round(DENSITIES[kind].typical * share, 1), low), high)


def default_zone(kind: str, points: tuple[Point, ...], layer: int = 1) -> Zone:
    """A new zone of ``kind`` over ``points`` with the cited starting values.

    It carries the kind's *typical finished* density, so a design with one zone
    per area previews the finished look; ``layer`` sets the session it belongs
    to and its dilution (lighter for session 1).  To plan the density over
    several sessions use :func:`layered_zones`.
    """
    _check_kind(kind)
    _check_layer(layer)
    needle = DEFAULT_NEEDLE[kind]
    return Zone(
        kind=kind,
        points=tuple(points),
        density=DENSITIES[kind].typical,
        shade=DEFAULT_SHADE,
        dilution=dilution_for_layer(layer),
        needle=needle,
        impression_mm=NEEDLES[needle],
        layer=layer,
    )


def layered_zones(kind: str, points: tuple[Point, ...], sessions: int = 3) -> tuple[Zone, ...]:
    """One zone per session over the same area, densities summing to the typical.

    Session 1 lays about half, lighter; later sessions fill in between and
    darken [S1-S3].  The preview of session N then shows what the client will
    look like after that session.
    """
    _check_kind(kind)
    _check_layer(sessions)
    return tuple(
        Zone(
            kind=kind,
            points=tuple(points),
            density=session_density(kind, layer, sessions),
            shade=DEFAULT_SHADE,
            dilution=dilution_for_layer(layer),
            needle=DEFAULT_NEEDLE[kind],
            impression_mm=NEEDLES[DEFAULT_NEEDLE[kind]],
            layer=layer,
        )
        for layer in range(1, sessions + 1)
    )


def pigment_rgb(shade: str, dilution: int | float) -> tuple[int, int, int]:
    """The colour one impression of ``shade`` at ``dilution`` per cent shows.

    A linear mix of the neat colour with white (water adds no colour), so a
    multiply blend of this colour onto the skin darkens it by the pigment's
    share.  An unknown shade (a clinic's own pigment name) previews as carbon
    black, the pigment every SMP shade is diluted from [R2, S4].
    """
    lo, hi = DILUTION_RANGE
    value = float(dilution)
    if not math.isfinite(value):
        value = lo  # NaN (a crafted file) previews as the lightest mix, never crashes
    strength = min(max(value, lo), hi) / 100.0
    neat = SHADES.get(shade, SHADES[DEFAULT_SHADE])
    r, g, b = (round(255 - (255 - c) * strength) for c in neat)
    return r, g, b


__all__ = [
    "DEFAULT_NEEDLE",
    "DEFAULT_SHADE",
    "DEFAULT_SOFTNESS_MM",
    "DENSITIES",
    "LAYER_DILUTION",
    "NEEDLES",
    "SESSION_WEIGHTS",
    "SHADES",
    "TRANSITION_ZONE_MM",
    "DensityRange",
    "default_zone",
    "dilution_for_layer",
    "layered_zones",
    "pigment_rgb",
    "session_density",
]
