"""Synthetic treatment photos for the demo clinic (no real person in them).

A skin-toned scalp with a hairline and micro-dots whose density grows with
each session, so "first vs latest" in the demo shows a visible change.
"""

from __future__ import annotations

import io
import random

from smpdesk import store
from smpdesk.app.clinic import Clinic
from smpdesk.app.photos import new_photo

DEMO_ANGLES = ("front", "top", "crown")
SKIN = [(224, 188, 160), (198, 150, 120), (160, 112, 84), (236, 204, 178)]


def synthetic_scalp(
    angle: str, stage: int, seed: int, size: tuple[int, int] = (1200, 900)
) -> bytes:
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, rng.choice(SKIN))
    draw = ImageDraw.Draw(image)
    shade = (58, 52, 50)
    if angle == "front":
        draw.arc(
            (-width * 0.1, height * 0.25, width * 1.1, height * 1.6), 200, 340, fill=shade, width=3
        )
    dots = 1500 + stage * 2500
    for _ in range(dots):
        x = rng.gauss(width / 2, width / 4)
        y = rng.gauss(height / 2 + (height * 0.15 if angle == "front" else 0), height / 4)
        r = rng.choice((1, 1, 2))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def add_demo_photos(db: Clinic, client_ids: list[int], *, seed: int = 7) -> int:
    """Photos at every recorded session of the given clients; returns how many."""
    from smpdesk.infra.imaging import process_photo

    added = 0
    for client_id in client_ids:
        sessions = sorted(store.client_sessions(db, client_id), key=lambda s: s.session_date)
        for stage, session in enumerate(sessions):
            for angle in DEMO_ANGLES:
                data = synthetic_scalp(
                    angle, stage, seed + client_id * 100 + stage * 10 + DEMO_ANGLES.index(angle)
                )
                processed = process_photo(data, long_side=1200)
                store.insert_photo(
                    db,
                    new_photo(
                        processed,
                        client_id=client_id,
                        visit_date=session.session_date.isoformat(),
                        angle=angle,
                        session_id=session.id,
                        source_name=f"demo-{angle}-{stage + 1}.jpg",
                    ),
                )
                added += 1
    return added


__all__ = ["add_demo_photos", "synthetic_scalp"]
