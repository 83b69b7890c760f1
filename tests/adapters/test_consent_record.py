"""The consent record PDF: wording, answers, signature, fonts, escaping, paper, page breaks.

Checked through pypdf as a reader would see the file.  To look at records:
``SMPDESK_HANDOUTS=/tmp/consent python -m pytest tests/test_consent_record.py`` writes
the PDFs there; then ``pdftoppm -png -r 80 FILE.pdf page`` and open the PNGs.
"""

from __future__ import annotations

import io
import math
import os
import re
import struct
import zlib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage
from PIL import ImageDraw
from pypdf import PdfReader
from reportlab import rl_config

from smpdesk.errors import UserError
from smpdesk.infra.handouts.aftercare_sheet import ClinicInfo as OldHomeClinicInfo
from smpdesk.infra.handouts.consent_record import (
    UNREADABLE_SIGNATURE,
    ConsentRecordRequest,
    RecordAnswer,
    RecordPage,
    birth_date,
    render_consent_record,
    signature_image,
    signed_at,
)
from smpdesk.infra.handouts.fonts import ensure_fonts
from smpdesk.infra.handouts.layout import ClinicInfo

SIZES = {"A4": (595, 842), "Letter": (612, 792)}
SAVE_TO = os.environ.get("SMPDESK_HANDOUTS")
SHA = "3f9a1c0be27d" + "5e" * 26
CLIENT = "Łukasz Żółć"
SIGNED = datetime(2026, 3, 18, 14, 5)


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte-identical output: no creation date or random document id."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def signature_png(size: tuple[int, int] = (900, 260), *, transparent: bool = True) -> bytes:
    """A pen signature as the pad stores it: a dark looping curve, transparent around."""
    w, h = size
    image = PILImage.new("RGBA" if transparent else "RGB", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [
        (
            w * 0.05 + w * 0.9 * t,
            h * 0.5 + h * 0.3 * math.sin(t * 11) * (1 - t * 0.5) - h * 0.1 * math.cos(t * 23),
        )
        for t in (i / 400 for i in range(401))
    ]
    draw.line(points, fill=(20, 24, 30, 255), width=max(2, h // 50), joint="curve")
    draw.line([(w * 0.1, h * 0.8), (w * 0.55, h * 0.74)], fill=(20, 24, 30, 255), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def note(wording: str, **kw: object) -> RecordAnswer:
    return RecordAnswer("note", wording, **kw)  # type: ignore[arg-type]


def tick(wording: str, answer: str = "Confirmed", **kw: object) -> RecordAnswer:
    return RecordAnswer("acknowledgement", wording, answer, **kw)  # type: ignore[arg-type]


def ask(wording: str, answer: str, **kw: object) -> RecordAnswer:
    return RecordAnswer("question", wording, answer, **kw)  # type: ignore[arg-type]


def sign(wording: str = "Client signature", png: bytes | None = None) -> RecordAnswer:
    data = signature_png() if png is None else png
    return RecordAnswer("signature", wording, "Signed", signature_png=data)


TREATMENT = (
    "Scalp micropigmentation is an elective cosmetic tattoo.",
    "It places pigment in the skin to look like shaved hair. It does not grow hair.",
    "No result is guaranteed. Several sessions are needed, usually three.",
)
PERMANENT = "The pigment is permanent. Removing it is difficult and may leave scars."
FADING = (
    "The dots start darker and soften as the skin heals. Over the years they may fade,"
    " shift towards blue or green, blur, or hold unevenly on scar tissue."
)
TOUCH_UPS = "Touch-ups will be needed over the years and cost extra."
RISKS = (
    "Like any tattoo, the treatment carries risks: pain, bleeding, swelling, infection,"
    " an allergic reaction, darker or lighter patches, and raised (keloid) scars."
)
PATCH = "A clean patch test does not rule out a reaction later."
LOOK = (
    "Further hair loss, greying, laser treatment or surgery will change how the result"
    " looks. The shaved look needs the hair kept short."
)
MRI = "I will tell the radiologist about my scalp pigment before any MRI scan."
DECLARATIONS = (
    "I chose the hairline, shade and placement with my practitioner.",
    "The health information I gave is true and complete.",
    "I am not pregnant and not under the influence of alcohol or drugs.",
    "I am 18 or over.",
    "I have been given aftercare instructions in writing and explained to me.",
    "I may contact my own doctor about this treatment at any time.",
)
PHOTOS_CLINICAL = "Photos of my scalp may be kept in my clinical record."
PHOTOS_MARKETING = "Photos of my scalp may be used for marketing and social media."
VOLUNTARY = (
    "I give this consent freely. My questions were answered, and I was offered a copy"
    " of this record."
)


def realistic(**changes: object) -> ConsentRecordRequest:
    pages = (
        RecordPage(
            "About the treatment",
            (
                note(
                    "Please read each statement. Tick it only if you understand and agree.\n\n"
                    "Ask your practitioner about anything that is not clear before you sign;"
                    " you can stop at any point."
                ),
                *(tick(line) for line in TREATMENT),
                tick(PERMANENT),
                tick(FADING),
                tick(TOUCH_UPS),
                ask(
                    "Which areas are we treating?",
                    "Hairline, Temples, Crown",
                    help="As agreed at the consultation.",
                ),
                ask("Hairline style", "Broken / faded"),
            ),
        ),
        RecordPage(
            "Risks and your health",
            (
                note(
                    "Every treatment carries some risk. The list below is what you need to"
                    " know; your practitioner will go through it with you.\n"
                    "A second line of the same paragraph."
                ),
                tick(RISKS),
                ask("Patch test", "Offered and declined"),
                ask("Date of patch test", ""),
                tick(PATCH),
                tick(LOOK),
                tick(MRI),
                ask("Any other health information you want us to know?", "Mild hay fever."),
            ),
        ),
        RecordPage(
            "Your declaration",
            (
                *(tick(line) for line in DECLARATIONS),
                ask("Proof of age seen", "Passport"),
                tick(PHOTOS_CLINICAL),
                tick(PHOTOS_MARKETING, ""),
                tick(VOLUNTARY),
                sign(),
            ),
        ),
    )
    values: dict[str, object] = {
        "clinic": ClinicInfo(
            name="Northern Lines SMP Studio",
            address="Unit 14B, The Old Cotton Exchange\n221 Great Ancoats Street, Manchester",
            phone="0161 496 0123",
            email="hello@northernlines.example",
        ),
        "client_name": CLIENT,
        "client_date_of_birth": date(1984, 3, 27),
        "form_title": "Scalp micropigmentation consent",
        "form_version": "3",
        "form_sha256": SHA,
        "completed_at": SIGNED,
        "pages": pages,
        "response_id": 1042,
    }
    values.update(changes)
    return ConsentRecordRequest(**values)  # type: ignore[arg-type]


def render(request: ConsentRecordRequest, name: str | None = None) -> PdfReader:
    data = render_consent_record(request)
    assert data.startswith(b"%PDF-")
    if SAVE_TO and name:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        (Path(SAVE_TO) / f"{name}.pdf").write_bytes(data)
    return PdfReader(io.BytesIO(data))


def flat(value: str) -> str:
    return " ".join(value.split())


def page_texts(reader: PdfReader) -> list[str]:
    """Each page's text with line breaks folded, so wrapped phrases still match."""
    return [flat(page.extract_text()) for page in reader.pages]


def text_of(reader: PdfReader) -> str:
    return " ".join(page_texts(reader))


def images_per_page(reader: PdfReader) -> list[int]:
    counts = []
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        counts.append(
            sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
        )
    return counts


# -- what it says -------------------------------------------------------------------


def test_realistic_record_text():
    reader = render(realistic(), "realistic")
    assert 2 <= len(reader.pages) <= 3
    text = text_of(reader)
    assert CLIENT in text
    assert "Consent record — Scalp micropigmentation consent" in text
    assert "Northern Lines SMP Studio" in text and "0161 496 0123" in text
    assert "27 March 1984" in text
    assert "Wednesday 18 March 2026 at 14:05" in text
    assert "1042" in text
    for statement in (*TREATMENT, PERMANENT, FADING, TOUCH_UPS, RISKS, PATCH, LOOK, MRI):
        assert f"☑ {statement}" in text, statement
    for statement in (*DECLARATIONS, PHOTOS_CLINICAL, VOLUNTARY):
        assert f"☑ {statement}" in text, statement
    # the marketing opt-in was left unticked, and says so
    assert f"☐ {PHOTOS_MARKETING} (not ticked)" in text
    assert f"☑ {PHOTOS_MARKETING}" not in text
    for question, answer in (
        ("Which areas are we treating?", "Hairline, Temples, Crown"),
        ("Hairline style", "Broken / faded"),
        ("Patch test", "Offered and declined"),
        ("Date of patch test", "—"),
        ("Proof of age seen", "Passport"),
        ("Any other health information you want us to know?", "Mild hay fever."),
    ):
        assert re.search(rf"{re.escape(question)} (.* )?{re.escape(answer)}", text), question
    assert "As agreed at the consultation." in text
    assert "Tick it only if you understand and agree." in text
    assert "Signed Wednesday 18 March 2026 at 14:05" in text
    assert f"Form file SHA-256: {SHA}" in text


def test_footer_on_every_page():
    reader = render(realistic())
    texts = page_texts(reader)
    total = len(texts)
    for number, page in enumerate(texts, start=1):
        footer = (
            f"{CLIENT} · Scalp micropigmentation consent v3 · form {SHA[:12]}"
            f" · page {number} of {total}"
        )
        assert footer in page
        assert "Record 1042" in page
    assert "page 1 of" in texts[0]


def test_long_names_shorten_in_the_footer_but_the_hash_and_page_stay_whole():
    name = "Maria Fernanda Rodríguez-González de la Vega y Łukaszewicz " * 3
    reader = render(realistic(client_name=name, form_title="A very long form title " * 6))
    for number, page in enumerate(page_texts(reader), start=1):
        assert re.search(rf"… · form {SHA[:12]} · page {number} of \d", page)


def test_us_dates_and_unknown_details():
    text = text_of(
        render(
            realistic(
                date_style="us",
                client_date_of_birth=None,
                response_id=None,
                completed_at=datetime(2026, 12, 30, 0, 0),
            )
        )
    )
    assert "Wednesday, December 30, 2026 at 12:00 AM" in text
    assert "Record 1042" not in text
    # labels print over their values: the missing birth date and record number are dashes
    assert f"CLIENT DATE OF BIRTH {CLIENT} — DATE AND TIME SIGNED" in text
    assert re.search(r"RECORD NUMBER .* 3 — ", text)


def test_date_helpers():
    assert birth_date(date(1984, 3, 7), "uk") == "7 March 1984"
    assert birth_date(date(1984, 3, 7), "us") == "March 7, 1984"
    assert signed_at(datetime(2026, 3, 18, 0, 0), "uk") == "Wednesday 18 March 2026 at 00:00"


def test_unicode_names():
    name = "Nguyễn Thị Minh Khai"
    text = text_of(render(realistic(client_name=name)))
    assert name in text
    assert f"{name} · Scalp micropigmentation consent" in text


def test_form_wording_is_kept_line_by_line():
    wording = "First line of the statement.\nSecond line, same statement.\n\nNew paragraph."
    page = RecordPage("Page", (tick(wording), note(wording), ask(wording, "Yes")))
    text = text_of(render(realistic(pages=(page,))))
    assert text.count("First line of the statement. Second line, same statement.") == 3
    assert text.count("New paragraph.") == 3


def test_unknown_kind_prints_as_a_question():
    page = RecordPage("Page", (RecordAnswer("rating", "How was it?", "5 of 5"),))
    assert "How was it? 5 of 5" in text_of(render(realistic(pages=(page,))))


def test_empty_form_still_renders():
    reader = render(realistic(pages=(), form_sha256="", form_version=""))
    assert len(reader.pages) == 1
    assert "page 1 of 1" in text_of(reader)


# -- fonts ---------------------------------------------------------------------------


def test_every_font_is_embedded_dejavu():
    reader = render(realistic())
    fonts = []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            fonts.append((str(font["/BaseFont"]), font.get("/FontDescriptor")))
    assert fonts
    for name, descriptor in fonts:
        assert "Helvetica" not in name and "Times" not in name and "Courier" not in name
        assert descriptor is not None, name
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name
    assert {name.split("+")[-1] for name, _ in fonts} <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_the_tick_boxes_are_in_the_font():
    """Otherwise they would print as empty boxes (tofu) and still extract as text."""
    from reportlab.pdfbase import pdfmetrics

    ensure_fonts()
    for face in ("DejaVuSans", "DejaVuSans-Bold"):
        glyphs = pdfmetrics.getFont(face).face.charToGlyph
        for char in "☑☐—·…":
            assert ord(char) in glyphs, (face, char)


# -- signatures ------------------------------------------------------------------------


def test_signature_is_an_image_on_the_page_with_its_line():
    reader = render(realistic())
    counts = images_per_page(reader)
    assert sum(counts) == 1
    page = counts.index(1)
    assert "Signed Wednesday 18 March 2026 at 14:05" in page_texts(reader)[page]


def countersigned(**changes: object) -> ConsentRecordRequest:
    """The client signs at 14:05 (the record's time); the practitioner at 14:20."""
    practitioner = RecordPage(
        "Practitioner check",
        (
            ask("(practitioner) ID seen to confirm age", "Passport"),
            replace(
                sign("Practitioner's signature", signature_png((700, 200))),
                signed_at=datetime(2026, 3, 18, 14, 20),
            ),
        ),
    )
    request = realistic()
    return replace(request, pages=(*request.pages, practitioner), **changes)


def test_a_countersignature_prints_its_own_time():
    reader = render(countersigned(), "countersigned")
    text = text_of(reader)
    assert "Signed Wednesday 18 March 2026 at 14:05" in text  # the client's
    assert "Signed Wednesday 18 March 2026 at 14:20" in text  # the practitioner's
    assert text.index("at 14:05") < text.index("Practitioner's signature") < text.index("at 14:20")
    assert sum(images_per_page(reader)) == 2
    us = text_of(render(countersigned(date_style="us")))
    assert "Signed Wednesday, March 18, 2026 at 2:20 PM" in us


def test_a_new_version_names_the_record_it_replaces():
    sentence = "This is a new version: it replaces record 12, which is kept unchanged."
    assert sentence in text_of(render(countersigned(replaces=sentence)))
    assert "replaces record" not in text_of(render(countersigned()))


def test_the_countersigned_record_renders_as_it_reads(tmp_path):
    """pdftoppm draws the countersignature as ink on the page, beside what the client signed."""
    import shutil
    import subprocess

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")

    def dark_pixels(request: ConsentRecordRequest, name: str) -> int:
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(render_consent_record(request))
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / name)], check=True)
        pages = sorted(tmp_path.glob(f"{name}-*.png"))
        assert len(pages) == len(PdfReader(io.BytesIO(pdf.read_bytes())).pages)
        if SAVE_TO:
            for page in pages:
                shutil.copy(page, Path(SAVE_TO) / page.name)
        return sum(sum(PILImage.open(page).convert("L").histogram()[:100]) for page in pages)

    one = dark_pixels(realistic(), "client_only")
    two = dark_pixels(countersigned(), "countersigned")
    assert two - one > 400  # a second drawn signature, its line and caption


def test_signature_is_scaled_to_fit_keeping_its_shape():
    data, w, h = signature_image(signature_png((3000, 600)))
    assert (w, h) == (1200, 240)
    image = PILImage.open(io.BytesIO(data))
    assert image.format == "PNG" and image.mode == "L"
    # transparent background flattened to white, the ink kept dark
    assert image.getpixel((0, 0)) == 255
    assert image.getextrema()[0] < 60


@pytest.mark.parametrize(
    "garbage",
    [
        b"not an image at all",
        signature_png()[:80],  # truncated PNG
        b"\xff\xd8\xff\xe0" + b"\x00" * 50,  # a JPEG header and nothing else
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",  # not a format we accept
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 4,
    ],
)
def test_garbage_signature_prints_a_sentence(garbage):
    assert signature_image(garbage) is None
    reader = render(realistic(pages=(RecordPage("Sign", (sign(png=garbage),)),)))
    text = text_of(reader)
    assert UNREADABLE_SIGNATURE in text
    assert "Signed Wednesday 18 March 2026 at 14:05" in text
    assert sum(images_per_page(reader)) == 0


def png_claiming(width: int, height: int) -> bytes:
    """A PNG header declaring a huge image, with no pixels: a decompression bomb's shape."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def test_oversized_signature_is_refused_before_decoding():
    assert signature_image(png_claiming(40_000, 40_000)) is None
    text = text_of(
        render(realistic(pages=(RecordPage("Sign", (sign(png=png_claiming(9000, 9000)),)),)))
    )
    assert UNREADABLE_SIGNATURE in text


def test_missing_signature_says_not_signed():
    page = RecordPage("Sign", (RecordAnswer("signature", "Client signature"),))
    text = text_of(render(realistic(pages=(page,))))
    assert "Not signed" in text and UNREADABLE_SIGNATURE not in text


def test_opaque_and_tiny_signatures_render():
    for png in (signature_png(transparent=False), signature_png((12, 4))):
        reader = render(realistic(pages=(RecordPage("Sign", (sign(png=png),)),)))
        assert sum(images_per_page(reader)) == 1


# -- user text is text, not markup ---------------------------------------------------


def test_markup_in_user_and_form_text_prints_literally():
    nasty = "<b>Bo & Co</b> **x** &amp; <font size=40>"
    page = RecordPage(
        "<i>Page</i> & **one**",
        (
            note("Note with <b>& **bold**"),
            tick("Tick <para> & **me**"),
            ask("Question <br/> & **q**?", "Answer <b>& **a**"),
            sign("Sign <here> & **now**"),
        ),
    )
    reader = render(
        realistic(
            client_name=nasty,
            form_title="Form <b>&",
            form_version="<2>",
            pages=(page,),
            clinic=ClinicInfo(name="Ink & <b>Co</b>", phone="<555> & 0100"),
        ),
        "escaping",
    )
    text = text_of(reader)
    for literal in (
        nasty,
        "Consent record — Form <b>&",
        "<i>Page</i> & **one**",
        "Note with <b>& **bold**",
        "☑ Tick <para> & **me**",
        "Question <br/> & **q**?",
        "Answer <b>& **a**",
        "Sign <here> & **now**",
        "Ink & <b>Co</b>",
        "<555> & 0100",
    ):
        assert literal in text, literal


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.text(max_size=60),
    wording=st.text(max_size=200),
    answer=st.text(max_size=80),
)
def test_any_text_renders(name, wording, answer):
    page = RecordPage(wording, (note(wording), tick(wording, answer), ask(wording, answer)))
    data = render_consent_record(realistic(client_name=name, pages=(page,), form_title=wording))
    assert PdfReader(io.BytesIO(data)).pages


# -- paper and page breaks ---------------------------------------------------------


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_paper_size(paper):
    reader = render(realistic(paper=paper), f"realistic-{paper}")
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == SIZES[paper]


def test_bad_paper_or_date_style_is_a_user_error():
    with pytest.raises(UserError, match="A4 or Letter"):
        render_consent_record(realistic(paper="A5"))
    with pytest.raises(UserError, match="UK or US"):
        render_consent_record(realistic(date_style="iso"))


def test_old_import_path_still_gives_the_same_clinic_info():
    assert OldHomeClinicInfo is ClinicInfo


def test_output_is_byte_identical_with_invariant():
    assert render_consent_record(realistic()) == render_consent_record(realistic())


FILLER = "This sentence is filler that pushes the next heading down the page a little. "


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("lines", range(30, 66, 2))
def test_a_heading_never_ends_a_page_and_a_signature_keeps_its_line(paper, lines):
    """Sweeping the filler moves the break through every spot near the heading and signature."""
    filler = RecordPage("Filler", (note(FILLER * lines),))
    target = RecordPage(
        "Heading that must not be orphaned",
        (tick("First statement under the heading."), sign("Signature under the statement")),
    )
    reader = render(realistic(paper=paper, pages=(filler, target)))
    texts = page_texts(reader)
    heading_pages = [i for i, t in enumerate(texts) if "Heading that must not be orphaned" in t]
    assert len(heading_pages) == 1
    assert "☑ First statement under the heading." in texts[heading_pages[0]]
    counts = images_per_page(reader)
    assert sum(counts) == 1
    on = counts.index(1)
    assert "Signature under the statement" in texts[on]
    assert "Signed Wednesday 18 March 2026" in texts[on]


@pytest.mark.parametrize("lines", range(60, 95, 3))
def test_a_heading_and_its_intro_never_end_a_page_without_an_answer(lines):
    filler = RecordPage("Filler", (note(FILLER * lines),))
    target = RecordPage(
        "Practitioner check",
        (note("For the practitioner, after the client has signed."), ask("ID seen?", "Passport")),
    )
    texts = page_texts(render(realistic(pages=(filler, target))))
    holder = [t for t in texts if "Practitioner check" in t]
    assert len(holder) == 1
    assert "For the practitioner" in holder[0] and "Passport" in holder[0]


def test_a_short_form_is_not_pushed_onto_extra_pages():
    """Keeping things together must not turn into a page break before every heading."""
    pages = tuple(
        RecordPage(f"Section {i}", (tick(f"Statement {i}."), ask(f"Question {i}?", "Yes")))
        for i in range(6)
    )
    reader = render(realistic(pages=(*pages, RecordPage("Sign", (sign(),)))))
    assert len(reader.pages) == 1


def test_signature_after_questions_keeps_its_line_across_a_break():
    """Same, with the break falling between question blocks instead of a note."""
    for count in range(14, 40, 3):
        questions = tuple(ask(f"Question number {i}?", f"Answer {i}") for i in range(count))
        pages = (RecordPage("Questions", (*questions, sign())),)
        reader = render(realistic(pages=pages))
        texts = page_texts(reader)
        counts = images_per_page(reader)
        assert sum(counts) == 1
        assert "Signed Wednesday" in texts[counts.index(1)]
        # a question never parts from its answer
        for i in range(count):
            holder = [t for t in texts if f"Question number {i}?" in t]
            assert len(holder) == 1 and f"Answer {i}" in holder[0]


def test_reprint_from_the_same_request_is_unchanged():
    request = realistic()
    again = replace(request, pages=tuple(request.pages))
    assert render_consent_record(request) == render_consent_record(again)


def _body(text: str) -> str:
    """A page's text without its footer (client · form · page, clinic · record)."""
    return text.split(f"{CLIENT} · Scalp micropigmentation consent v3")[0].strip()


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_form_hash_never_sits_alone_on_a_page(paper):
    """Sweeping the length of one long answer moves the page break past the signature;
    the provenance lines (with the form's SHA-256) always share a page with it."""
    words = FILLER.split()
    for count in range(680, 860, 6):
        filler = RecordPage("Filler", (note(" ".join((words * 80)[:count])),))
        target = RecordPage("Sign here", (tick("I agree."), sign("Client signature")))
        texts = page_texts(render(realistic(paper=paper, pages=(filler, target))))
        [holder] = [t for t in texts if "Form file SHA-256" in t]
        assert "This record was printed from the answers" in holder  # never split
        assert "Client signature" in holder, (count, _body(holder))
        assert all(_body(t) for t in texts)  # no page is footer only


@pytest.mark.parametrize("length", [0, 800, 1600, 2400, 3200, 3300, 3450, 3600, 3700])
def test_the_form_hash_stays_with_the_answers_across_answer_lengths(length):
    """The realistic record with a short to very long health answer: around 3300 characters
    the signature ends page 2 exactly, where the hash used to go to a page 3 of its own."""
    request = realistic()
    health = ask("Any other health information you want us to know?", (FILLER * 60)[:length])
    risks = request.pages[1]
    risks = replace(risks, answers=(*risks.answers[:-1], health))
    pages = (request.pages[0], risks, request.pages[2])
    texts = page_texts(render(replace(request, pages=pages)))
    [holder] = [t for t in texts if "Form file SHA-256" in t]
    assert "Client signature" in holder and "Signed Wednesday 18 March 2026" in holder
