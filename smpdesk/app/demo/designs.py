"""Hairline designs for the demo clinic, on synthetic head photos (no real person in them).

Two stories a practitioner trying smpdesk meets:

* a client at their consultation (no sessions yet): a front photo, a first
  design, a second version with the hairline raised and softened, which the
  client approves with a drawn signature, then signs the consent form, whose
  record names that version and prints it;
* a client mid-treatment: a photo of the crown from above and a crown /
  mid-scalp design not yet signed.

Densities, needles and dilutions are the cited defaults of
:mod:`smpdesk.domain.design_densities`, laid over sessions as a clinic would
(session 1 light and spaced, later sessions denser).  Photos are made at
1000 px: enough to look real, quick enough for a demo built in every test run.
"""

from __future__ import annotations

import io
import math
import random
from datetime import date, datetime, timedelta

from smpdesk import store
from smpdesk.app import designs, questionnaires
from smpdesk.app.clinic import Clinic
from smpdesk.app.photos import new_photo
from smpdesk.domain.design_densities import (
    DEFAULT_SOFTNESS_MM,
    default_zone,
    layered_zones,
)
from smpdesk.domain.designs import Base, Design, Hairline, Point, Scale, Zone

PHOTO_WIDTH = 1000
APPROVED_NAME_FALLBACK = "Client"


def _photo(
    db: Clinic, client_id: int, view: str, *, seed: int, skin: str, visit: date, session: int | None
) -> tuple[int, float]:
    """A synthetic head photo stored for the client; returns its id and aspect."""
    from smpdesk.infra.imaging import process_photo
    from smpdesk.infra.synthetic_head import synthetic_head

    image = synthetic_head(view, width=PHOTO_WIDTH, seed=seed, skin=skin)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    processed = process_photo(out.getvalue(), long_side=PHOTO_WIDTH)
    photo_id = store.insert_photo(
        db,
        new_photo(
            processed,
            client_id=client_id,
            visit_date=visit.isoformat(),
            angle=view,
            session_id=session,
            source_name=f"demo-head-{view}.jpg",
        ),
    )
    return photo_id, processed.width / processed.height


def _shifted(points: tuple[Point, ...], dy: float) -> tuple[Point, ...]:
    return tuple(Point(p.x, p.y + dy) for p in points)


def _band(line: tuple[Point, ...], depth: float) -> tuple[Point, ...]:
    """The strip from ``line`` back (up the photo) by ``depth`` heights: a zone polygon."""
    return line + tuple(reversed(_shifted(line, -depth)))


def front_design(
    photo_id: int, aspect: float, *, lower_cm: float = 0.0, soft: bool = True
) -> Design:
    """Hairline, temple points and mid-scalp on the front synthetic head.

    ``lower_cm`` moves the hairline down (a first draft set too low); the zones
    follow it.  Layered: the hairline band and mid-scalp over two sessions,
    the temples in the second.
    """
    from smpdesk.infra.synthetic_head import head_layout

    layout = head_layout("front")
    per_cm = 1 / layout.cm_per_height  # heights per cm
    line = _shifted(tuple(Point(x, y) for x, y in layout.hairline), lower_cm * per_cm)
    # Four fingers (about 7 cm) above the brow, marked as the reference distance.
    scale = Scale(
        Point(layout.centre_x, layout.brow_y),
        Point(layout.centre_x, layout.brow_y - 7 * per_cm),
        7.0,
    )
    band = _band(line[1:-1], 2.2 * per_cm)
    top = layout.top_y + 1.6 * per_cm
    mid = (
        *_shifted(line[1:-1], -2.2 * per_cm),
        Point(line[-2].x - 0.01, top + 0.02),
        Point(layout.centre_x, top),
        Point(line[1].x + 0.01, top + 0.02),
    )
    temples: list[Zone] = []
    for side in (-1, 1):
        end, inner = line[0 if side < 0 else -1], line[1 if side < 0 else -2]
        polygon = (
            Point(end.x - side * 0.004, end.y + 0.01),
            Point(inner.x, inner.y),
            Point(inner.x + side * 0.01, inner.y - 2.0 * per_cm),
            Point(end.x + side * 0.012, end.y - 2.4 * per_cm),
        )
        temples.append(default_zone("temples", polygon, layer=2))
    zones = (
        *layered_zones("hairline", band, 2),
        *layered_zones("mid-scalp", mid, 2),
        *temples,
    )
    hairline = Hairline(
        points=tuple(p for p in line if p.x <= layout.centre_x + 1e-9),
        softness_mm=DEFAULT_SOFTNESS_MM if soft else 3.0,
        irregularity=0.45 if soft else 0.25,
        symmetric=True,
        centre_x=layout.centre_x,
    )
    return Design(
        base=Base(photo_id=photo_id),
        aspect=aspect,
        hairline=hairline,
        scale=scale,
        zones=zones,
        notes=(
            "A mature hairline: soft and irregular, temples slightly recessed."
            if soft
            else "First draft: line low and even."
        ),
    )


def top_design(photo_id: int, aspect: float) -> Design:
    """Crown and mid-scalp (two sessions) and the frontal band on the top synthetic head."""
    from smpdesk.infra.synthetic_head import head_layout

    layout = head_layout("top")
    per_cm = 1 / layout.cm_per_height
    cx, cy = layout.crown
    radius = layout.crown_radius
    crown = tuple(
        Point(cx + radius * math.cos(t) / aspect, cy + radius * 0.9 * math.sin(t))
        for t in (2 * math.pi * k / 18 for k in range(18))
    )
    line = tuple(Point(x, y) for x, y in layout.hairline)
    band = _band(line[1:-1], 2.0 * per_cm)
    front_edge = min(p.y for p in band)
    # Out to where the stubble at the sides begins.
    x0 = layout.centre_x
    back = cy + radius * 0.8
    mid = (
        Point(x0 - 0.15, front_edge),
        Point(x0 + 0.15, front_edge),
        Point(x0 + 0.145, (front_edge + back) / 2),
        Point(x0 + 0.11, back),
        Point(x0 - 0.11, back),
        Point(x0 - 0.145, (front_edge + back) / 2),
    )
    scale_y = 0.5
    return Design(
        base=Base(photo_id=photo_id),
        aspect=aspect,
        hairline=Hairline(
            points=tuple(Point(p.x, p.y) for p in line if p.x <= layout.centre_x + 1e-9),
            softness_mm=DEFAULT_SOFTNESS_MM,
            irregularity=0.4,
        ),
        scale=Scale(
            Point(layout.centre_x - 0.1, scale_y),
            Point(layout.centre_x - 0.1, scale_y + 5 * per_cm),
            5.0,
        ),
        zones=(
            *layered_zones("crown", crown, 2),
            *layered_zones("mid-scalp", mid, 2),
            *layered_zones("hairline", band, 2),
        ),
        notes="Crown and mid-scalp to blend with the stubble at the sides.",
    )


def demo_design_signature(seed: int) -> bytes:
    """A flowing pen signature as the pad stores it (PNG, transparent around the ink)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGBA", (900, 260), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for k in range(220):
        t = k / 219
        x = 60 + 760 * t
        loops = math.sin(t * math.pi * 9 + rng.random() * 0.2) * (38 + 10 * math.sin(t * 5))
        y = 140 + loops * (1 - 0.5 * t) - 40 * math.sin(t * math.pi) * (0.6 + 0.4 * rng.random())
        points.append((x + 18 * math.cos(t * math.pi * 9), y))
    draw.line(points, fill=(20, 24, 60, 255), width=5, joint="curve")
    draw.line([(90, 200), (760, 188)], fill=(20, 24, 60, 255), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def add_demo_designs(db: Clinic, consultation: int | None, treated: int | None) -> int:
    """The two stories above; returns how many design versions were saved.

    ``consultation``: a client without sessions (gets the approved design and a
    consent signed after it); ``treated``: a client with sessions (the crown).
    """
    saved = 0
    today = date.today()
    if consultation is not None:
        photo_id, aspect = _photo(
            db, consultation, "front", seed=consultation, skin="medium", visit=today, session=None
        )
        first = designs.save_design(
            db, consultation, front_design(photo_id, aspect, lower_cm=0.6, soft=False)
        )
        second = designs.save_design(
            db, consultation, front_design(photo_id, aspect), replaces=first.id
        )
        saved += 2
        client = store.get_client(db, consultation)
        name = client.full_name if client is not None else APPROVED_NAME_FALLBACK
        designs.approve_design(db, second.id, demo_design_signature(consultation), name)
        _consent_after_approval(db, consultation)
    if treated is not None:
        sessions = sorted(store.client_sessions(db, treated), key=lambda s: s.session_date)
        visit = sessions[0].session_date if sessions else today
        photo_id, aspect = _photo(
            db,
            treated,
            "top",
            seed=treated,
            skin="light",
            visit=visit,
            session=sessions[0].id if sessions else None,
        )
        designs.save_design(db, treated, top_design(photo_id, aspect))
        saved += 1
    return saved


def _consent_after_approval(db: Clinic, client_id: int) -> None:
    """The consent form, signed once the design has been approved.

    Signed and finished now, just after the approval (recorded at the real
    time by :func:`smpdesk.app.designs.approve_design`): a record's times never
    lie in the future, and the consent's signature falls at or after the
    approval, so its record names the approved version.  The client began the
    form earlier in the consultation.
    """
    specs = {e.spec.id: e.spec for e in questionnaires.form_entries(db) if e.spec is not None}
    spec = specs.get("consent")
    if spec is None:
        return
    from smpdesk.app.demo.forms import SIGNED_MINUTES_BEFORE, fill

    moment = datetime.now().astimezone()  # after the approval, never ahead of the clock
    answers = fill(spec, None, seed=client_id * 31 + len(spec.id), today=moment.date())
    # The client signs, the practitioner countersigns: both just now, after the approval.
    signed = {
        sid: moment.isoformat(timespec="seconds") for sid in SIGNED_MINUTES_BEFORE if sid in answers
    }
    questionnaires.finish(
        db,
        client_id,
        spec,
        answers,
        now=moment,
        started_at=(moment - timedelta(minutes=30)).isoformat(timespec="seconds"),
        signed_times=signed,
    )


__all__ = ["add_demo_designs", "demo_design_signature", "front_design", "top_design"]
