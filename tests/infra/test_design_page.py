"""The "Your SMP design" page, the consent record's design section, and the summary's page.

Read back with pypdf as a reader would see the files.  To look at them:
``SMPDESK_HANDOUTS=/tmp/design python -m pytest tests/infra/test_design_page.py`` writes
the PDFs there; then ``pdftoppm -png -r 60 FILE.pdf page`` and open the PNGs.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab import rl_config

from smpdesk.domain.design_densities import default_zone, layered_zones
from smpdesk.domain.design_geometry import impression_count, zone_area_cm2
from smpdesk.domain.designs import Base, Design, Hairline, Point, Scale, Zone
from smpdesk.infra.handouts.consent_record import NO_DESIGN, RecordDesign, render_consent_record
from smpdesk.infra.handouts.design_page import (
    NO_SCALE_NOTE,
    UNREADABLE_IMAGE,
    DesignPage,
    DesignPdfRequest,
    render_design_pdf,
    session_plan,
    zone_rows,
)
from smpdesk.infra.handouts.layout import ClinicInfo
from tests.adapters.test_consent_record import realistic

SAVE_TO = os.environ.get("SMPDESK_HANDOUTS")
CLINIC = ClinicInfo(name="Northfield Scalp Clinic", phone="01632 960 123")
BAND = (Point(0.30, 0.30), Point(0.70, 0.30), Point(0.70, 0.20), Point(0.30, 0.20))
TEMPLE = (Point(0.22, 0.36), Point(0.28, 0.30), Point(0.30, 0.38))
CROWN = (Point(0.40, 0.05), Point(0.60, 0.05), Point(0.60, 0.15), Point(0.40, 0.15))


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


def jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> bytes:
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).ellipse((100, 40, 540, 460), fill=(210, 160, 128))
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def signature() -> bytes:
    image = Image.new("RGBA", (600, 160), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(20, 120), (200, 30), (380, 130), (580, 40)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def a_design(*, scale: bool = True, sessions: int = 3) -> Design:
    return Design(
        base=Base(photo_id=4),
        aspect=4 / 3,
        hairline=Hairline(points=(Point(0.3, 0.3), Point(0.5, 0.29)), softness_mm=6.0),
        scale=Scale(Point(0.5, 0.4), Point(0.5, 0.76), 7.0) if scale else None,
        zones=(
            *layered_zones("hairline", BAND, sessions),
            default_zone("temples", TEMPLE, layer=2),
            Zone(
                "crown",
                CROWN,
                density=65.0,
                shade="Charcoal",
                dilution=45,
                needle="3RL",
                impression_mm=0.35,
                layer=1,
                name="whorl",
            ),
        ),
        notes="Mature line <b>&amp; soft temples",
    )


def a_page(**changes: object) -> DesignPage:
    values: dict[str, object] = {
        "design": a_design(),
        "version": 3,
        "drawn": "12 Mar 2026 10:04",
        "drawn_by": "Priya Nair",
        "base": "your front photo of 12 March 2026",
        "plan_image": jpeg((170, 176, 184)),
        "preview_image": jpeg((160, 168, 176)),
        "session_images": tuple(jpeg((150 + 10 * n, 160, 170), (320, 240)) for n in range(3)),
        "approved": "Thursday 19 March 2026 at 10:12",
        "approved_name": "Łukasz Żółć",
        "signature_png": signature(),
    }
    values.update(changes)
    return DesignPage(**values)  # type: ignore[arg-type]


def render(page: DesignPage, name: str, paper: str = "A4") -> PdfReader:
    data = render_design_pdf(
        DesignPdfRequest(
            clinic=CLINIC, client_name="Łukasz Żółć", page=page, printed="20 Mar 2026", paper=paper
        )
    )
    if SAVE_TO:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        (Path(SAVE_TO) / f"{name}.pdf").write_bytes(data)
    return PdfReader(io.BytesIO(data))


def words(reader: PdfReader) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_one_page_with_version_zones_densities_and_sign_off(paper: str) -> None:
    reader = render(a_page(), f"design-{paper}", paper)
    assert len(reader.pages) == 1, "a typical design fits one page under the clinic header"
    found = words(reader)
    assert "Your SMP design — version 3" in found
    assert "For Łukasz Żółć" in found
    for kind in ("Hairline", "Temples", "Crown / vertex — whorl"):
        assert kind in found
    design = a_design()
    for zone in design.zones:
        assert f"{zone.density:.0f} per cm²" in found or f"{zone.density:.1f} per cm²" in found
    crown = design.zones[-1]
    assert f"{zone_area_cm2(crown, design):.1f} cm²" in found
    assert f"{impression_count(crown, design):,}" in found
    assert "Charcoal, 45 %" in found and "3RL, 0.35 mm" in found
    assert "After session 1" in found and "After session 3 (finished)" in found
    assert "Approved by the client: version 3" in found
    assert "Signed as Łukasz Żółć" in found and "Thursday 19 March 2026 at 10:12" in found
    assert "Mature line <b>&amp; soft temples" in found  # printed as typed, not as markup
    assert "simulation" in found


def test_sessions_in_order_with_what_each_lays() -> None:
    plans = session_plan(a_design())
    assert [p.layer for p in plans] == [1, 2, 3]
    assert "Hairline" in plans[0].zones and "Crown / vertex" in plans[0].zones
    assert "Temples" in plans[1].zones and "Crown" not in plans[1].zones
    assert plans[0].dots.startswith("about ")
    rows = zone_rows(a_design())
    assert [r.session for r in rows] == sorted(r.session for r in rows)


def test_without_a_scale_no_areas_or_dots_and_says_why() -> None:
    page = a_page(design=a_design(scale=False), session_images=())
    found = words(render(page, "design-no-scale"))
    assert NO_SCALE_NOTE in found
    assert not re.search(r"\d\.\d cm²", found), "an area printed without a scale"
    assert not re.search(r"about [\d,]+ dots", found)
    assert all(row.area == "—" and row.dots == "—" for row in zone_rows(a_design(scale=False)))


def test_not_approved_says_so_and_prints_no_signature() -> None:
    page = a_page(approved="", approved_name="", signature_png=None)
    found = words(render(page, "design-unapproved"))
    assert "Not approved yet: version 3 has not been signed by the client." in found
    assert "Signed as" not in found


def test_unreadable_images_cost_a_sentence_not_the_page() -> None:
    bomb = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    page = a_page(
        plan_image=b"not an image",
        preview_image=bomb,
        session_images=(b"x",) * 3,
        signature_png=b"junk",
    )
    found = words(render(page, "design-broken-images"))
    assert found.count(UNREADABLE_IMAGE) == 5
    assert "(signature image could not be read)" in found


def test_many_zones_run_on_to_a_second_page() -> None:
    zones = tuple(
        replace(default_zone("mid-scalp", BAND, layer=1 + i % 3), name=f"patch {i}")
        for i in range(30)
    )
    reader = render(a_page(design=replace(a_design(), zones=zones)), "design-many-zones")
    assert len(reader.pages) == 2
    assert "patch 29" in words(reader)


# -- the consent record ---------------------------------------------------------------


def test_consent_record_names_the_approved_design_and_prints_it() -> None:
    design = RecordDesign(
        version=2,
        approved="on Thursday 19 March 2026 at 10:12",
        approved_name="Łukasz Żółć",
        summary="6 zones over 2 sessions: Hairline, Temples.",
        images=(
            ("The design: hairline and zones", jpeg((170, 176, 184))),
            ("The preview the client approved", jpeg((160, 168, 176))),
        ),
    )
    data = render_consent_record(realistic(design=design))
    if SAVE_TO:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        (Path(SAVE_TO) / "consent-with-design.pdf").write_bytes(data)
    reader = PdfReader(io.BytesIO(data))
    found = words(reader)
    assert "The agreed design" in found
    assert "Design version 2, approved by the client (signed as Łukasz Żółć) on Thursday" in found
    assert "The preview the client approved" in found
    # Before the signature: the client signs under the design too.
    assert found.index("The agreed design") < found.index("Signed Wednesday 18 March 2026")
    images = sum(len(page.images) for page in reader.pages)
    plain = PdfReader(io.BytesIO(render_consent_record(realistic())))
    assert images == sum(len(page.images) for page in plain.pages) + 2


def test_consent_record_without_an_approved_design_says_so() -> None:
    found = words(
        PdfReader(io.BytesIO(render_consent_record(realistic(design=RecordDesign(None)))))
    )
    assert "The agreed design" in found and NO_DESIGN in found


def test_consent_record_of_an_old_response_is_unchanged() -> None:
    """A request without a design (every record made before designs) prints no design
    section at all: the same bytes as a record made by the version before."""
    old = render_consent_record(realistic())
    assert "design" not in words(PdfReader(io.BytesIO(old))).lower().replace("designed", "")
    assert render_consent_record(realistic(design=None)) == old
