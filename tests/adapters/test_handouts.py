"""The aftercare sheet PDF: pages, paper, text, fonts, escaping, logo, blank sheet.

Checked through pypdf as a reader would see the file.  To look at a sheet:
``SMPDESK_HANDOUTS=/tmp/aftercare python -m pytest tests/test_handouts.py`` writes
the PDFs there; then ``pdftoppm -png -r 60 FILE.pdf page`` and open the PNGs.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab import rl_config

from smpdesk.domain.aftercare import AftercareDays, load_care_plan
from smpdesk.errors import UserError
from smpdesk.infra.handouts.aftercare_sheet import ClinicInfo, SheetRequest, render_aftercare_sheet

LONG_ADDRESS = (
    "Unit 14B, The Old Cotton Exchange, 221 Great Ancoats Street\n"
    "Ancoats Urban Village, Manchester, Greater Manchester\n"
    "M4 6DE, United Kingdom (entrance on Jersey Street, second floor, ring the bell)"
)
LONG_NOTE = (
    "Hairline softened at the left temple as agreed. Crown blended one shade lighter "
    "to match the grey at the sides. Small scar behind the right ear filled in; expect "
    "it to look patchy until the next session. Keep the cap loose over the crown. "
) * 3
LONG_NOTE = LONG_NOTE[:600]
PHONE = "0161 496 0123"
CLINIC = ClinicInfo(
    name="Northern Lines SMP Studio",
    address=LONG_ADDRESS,
    phone=PHONE,
    email="hello@northernlines.example",
)
SIZES = {"A4": (595, 842), "Letter": (612, 792)}
SAVE_TO = os.environ.get("SMPDESK_HANDOUTS")


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte-identical output: no creation date or random document id."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def personal(**changes: object) -> SheetRequest:
    values: dict[str, object] = {
        "clinic": CLINIC,
        "days": AftercareDays(),
        "client_name": "Łukasz Żółć",
        "session_date": date(2026, 11, 28),
        "session_label": "2nd session",
        "practitioner": "Nguyễn Thị Øyvind",
        "next_appointment": datetime(2026, 12, 9, 10, 30),
        "notes": LONG_NOTE,
    }
    values.update(changes)
    return SheetRequest(**values)  # type: ignore[arg-type]


def blank(**changes: object) -> SheetRequest:
    values: dict[str, object] = {"clinic": CLINIC, "days": AftercareDays()}
    values.update(changes)
    return SheetRequest(**values)  # type: ignore[arg-type]


def render(request: SheetRequest, name: str | None = None) -> PdfReader:
    data = render_aftercare_sheet(request)
    assert data.startswith(b"%PDF-")
    if SAVE_TO and name:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        (Path(SAVE_TO) / f"{name}.pdf").write_bytes(data)
    return PdfReader(io.BytesIO(data))


def text_of(reader: PdfReader) -> str:
    """All pages' text with line breaks folded, so wrapped phrases still match."""
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def png_bytes(size: tuple[int, int] = (120, 60)) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", size, (14, 90, 105)).save(out, "PNG")
    return out.getvalue()


def image_count(reader: PdfReader) -> int:
    count = 0
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        count += sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
    return count


# -- pages and paper -----------------------------------------------------------------


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize(
    "kind",
    ["personal", "personal-no-note", "blank", "logo-and-long-names", "long-day-counts"],
)
def test_at_most_two_pages_of_the_right_paper(paper, kind):
    request = {
        "personal": personal(paper=paper),
        "personal-no-note": personal(paper=paper, notes="", next_appointment=None),
        "blank": blank(paper=paper),
        "logo-and-long-names": personal(
            paper=paper,
            date_style="us",
            client_name="Maria Fernanda Rodríguez-González de la Vega y Łukaszewicz",
            practitioner="Alexandra Konstantinopoulou-Wiśniewska",
            session_label="Scar camouflage",
            clinic=ClinicInfo(
                name="The Very Long Named Scalp Micropigmentation Clinic & Training Academy",
                address=LONG_ADDRESS,
                phone="+44 (0)161 496 0123 ext. 204",
                email="appointments@the-very-long-named-smp-clinic.example",
                logo=png_bytes((900, 300)),
            ),
        ),
        "long-day-counts": personal(
            paper=paper,
            date_style="us",
            session_date=date(2026, 12, 30),
            days=AftercareDays(keep_dry=5, first_wash_day=7, no_sweat=10, full_training_day=14),
        ),
    }[kind]
    reader = render(request, f"{kind}-{paper}")
    assert 1 <= len(reader.pages) <= 2
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == SIZES[paper]


def test_bad_paper_or_date_style_is_a_user_error():
    with pytest.raises(UserError, match="A4 or Letter"):
        render_aftercare_sheet(personal(paper="A5"))
    with pytest.raises(UserError, match="UK or US"):
        render_aftercare_sheet(personal(date_style="iso"))


# -- what it says ------------------------------------------------------------------


def test_personal_sheet_text():
    text = text_of(render(personal(), "personal"))
    assert "Łukasz Żółć" in text
    assert "Nguyễn Thị Øyvind" in text
    assert "Northern Lines SMP Studio" in text
    assert PHONE in text
    assert "Saturday 28 November 2026" in text
    assert "2nd session" in text
    assert "Wednesday 9 December 2026 at 10:30" in text
    # the dated keep-dry line: days 1-4 end on Tuesday 1 December
    assert re.search(r"Until Tue 1 Dec days 1–4 Keep your scalp completely dry", text)
    assert re.search(r"From Wed 2 Dec from day 5 Your first wash", text)
    assert "SPF 30 or higher on your scalp whenever you are outside, for life" in text
    assert "Never pick, scratch or rub the tiny scabs" in text
    assert "Red streaks spreading out from the treated area" in text
    assert "Clip your hair with a zero guard" in text
    assert LONG_NOTE.split(". ")[0] in text
    assert f"Care plan {load_care_plan().version}" in text
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    assert "**" not in text


def test_us_dates():
    text = text_of(render(personal(date_style="us", session_date=date(2026, 12, 30))))
    assert "Wednesday, December 30, 2026" in text
    assert "Until Sat, Jan 2" in text
    assert "From Sun, Jan 3" in text


def test_custom_day_counts_reach_the_sheet():
    text = text_of(render(personal(days=AftercareDays(keep_dry=3, first_wash_day=4))))
    assert "Until Mon 30 Nov days 1–3 Keep your scalp" in text
    assert "From Tue 1 Dec from day 4 Your first wash" in text


def test_blank_sheet_has_day_numbers_and_no_dates():
    reader = render(blank(), "blank")
    text = text_of(reader)
    assert "Days 1–4 Keep your scalp completely dry" in text
    assert "From day 5 Your first wash" in text
    assert "From day 15" in text
    month = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    weekday = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?"
    for looks_like_a_date in (
        rf"\b\d{{1,2}} {month}\b",
        rf"\b{month} \d",
        rf"\b{weekday} (\d|{month})",
    ):
        assert not re.search(looks_like_a_date, text), re.search(looks_like_a_date, text)
    assert "CLIENT" in text and "TREATMENT DATE" in text and "NEXT APPOINTMENT" in text
    assert "Notes from your practitioner" in text
    assert PHONE in text


def test_a_page_that_gets_separated_still_says_whose_it_is():
    reader = render(personal())
    second = " ".join(reader.pages[-1].extract_text().split())
    assert "For Łukasz Żółć, treated Saturday 28 November 2026" in second
    assert PHONE in second


# -- fonts ---------------------------------------------------------------------------


def fonts_of(reader: PdfReader) -> list[tuple[str, object]]:
    found = []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            found.append((str(font["/BaseFont"]), font.get("/FontDescriptor")))
    return found


@pytest.mark.parametrize("request_", [personal(), blank(), personal(paper="Letter")])
def test_every_font_is_embedded(request_):
    fonts = fonts_of(render(request_))
    assert fonts
    for name, descriptor in fonts:
        assert "Helvetica" not in name and "Times" not in name and "Courier" not in name
        assert descriptor is not None, name
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name
    assert {name.split("+")[-1] for name, _ in fonts} <= {"DejaVuSans", "DejaVuSans-Bold"}


# -- user text is text, not markup ---------------------------------------------------


def test_markup_in_user_text_prints_literally():
    nasty = "<b>Bo & Co</b> <i>x</i> &amp; <font size=40>"
    request = personal(
        client_name=nasty,
        practitioner="Ann <Smith> & Sons",
        session_label="<para>",
        notes="Use <b>no</b> products & call if <worse>.\nSecond line & more",
        clinic=ClinicInfo(
            name="Ink & <b>Co</b>",
            address="1 <Main> St & Co\nTown",
            phone="<555> & 0100",
            email="a&b@example.com",
        ),
    )
    text = text_of(render(request, "escaping"))
    for literal in (
        "<b>Bo & Co</b> <i>x</i> &amp; <font size=40>",
        "Ann <Smith> & Sons",
        "<para>",
        "Use <b>no</b> products & call if <worse>.",
        "Second line & more",
        "Ink & <b>Co</b>",
        "1 <Main> St & Co, Town",
        "<555> & 0100",
        "a&b@example.com",
    ):
        assert literal in text, literal


def test_bold_marks_are_not_interpreted_in_user_text():
    text = text_of(render(personal(client_name="**Bo**")))
    assert "**Bo**" in text


# -- logo ------------------------------------------------------------------------------


def test_logo_is_drawn():
    reader = render(personal(clinic=ClinicInfo(name="X", phone=PHONE, logo=png_bytes())), "logo")
    assert image_count(reader) == 1


def test_logo_with_transparency_is_drawn():
    image = PILImage.new("RGBA", (80, 80), (0, 0, 0, 0))
    image.paste((200, 30, 30, 255), (20, 20, 60, 60))
    out = io.BytesIO()
    image.save(out, "PNG")
    assert image_count(render(personal(clinic=ClinicInfo(logo=out.getvalue())))) == 1


@pytest.mark.parametrize(
    "logo",
    [
        b"not an image at all",
        png_bytes()[:60],  # truncated PNG
        b"\xff\xd8\xff\xe0" + b"\x00" * 50,  # a JPEG header and nothing else
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",  # not a format we accept
    ],
)
def test_corrupt_logo_is_skipped(logo):
    reader = render(personal(clinic=ClinicInfo(name="X", phone=PHONE, logo=logo)))
    assert image_count(reader) == 0
    assert "Łukasz Żółć" in text_of(reader)


# -- determinism and import cost ---------------------------------------------------------


def test_output_is_byte_identical_with_invariant():
    assert render_aftercare_sheet(personal()) == render_aftercare_sheet(personal())
    assert render_aftercare_sheet(blank()) == render_aftercare_sheet(blank())


def test_explicit_plan_is_used():
    plan = replace(load_care_plan(), title="Our own words")
    data = render_aftercare_sheet(blank(), plan)
    assert "Our own words" in text_of(PdfReader(io.BytesIO(data)))


def test_core_import_does_not_pull_in_handouts():
    code = (
        "import sys\n"
        "import smpdesk, smpdesk.domain.aftercare, smpdesk.domain.dates, smpdesk.store\n"
        "loaded = {'reportlab', 'smpdesk.infra.handouts'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2]
    )
