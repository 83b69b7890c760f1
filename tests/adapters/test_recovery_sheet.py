"""The recovery sheet PDF: one page, the key whole and inside the page, the words an owner needs.

Checked through pypdf as a reader would see the file.  To look at a sheet:
``SMPDESK_HANDOUTS=/tmp/recovery python -m pytest tests/adapters/test_recovery_sheet.py``
writes the PDFs there; then ``pdftoppm -png -r 60 FILE.pdf page`` and open the PNGs.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth

from smpdesk.errors import UserError
from smpdesk.infra.handouts.fonts import BOLD
from smpdesk.infra.handouts.layout import MARGIN_X, content_width
from smpdesk.infra.handouts.recovery_sheet import (
    KEY_BOX_PADDING,
    KEY_MIN_SIZE,
    KEY_TRACKING,
    ClinicInfo,
    key_layout,
    render_recovery_sheet,
)
from smpdesk.infra.key_file import RecoveryKeyError, parse_recovery_key

KEY = "V16VQ-DBWBX-DNTRF-W1DTG-CJC1Z-D0S1Y-63JNQ-NYZXR"
GROUPS = KEY.split("-")
# The widest key there can be: W is the widest character of the alphabet.
WIDEST_KEY = "WWWWW-WWWWW-WWWWW-WWWWW-WWWWW-WWWWW-WWWWW-WWW9E"
CLINIC = ClinicInfo(
    name="Northern Lines SMP Studio",
    address="Unit 14B, The Old Cotton Exchange\n221 Great Ancoats Street, Manchester M4 6DE",
    phone="0161 496 0123",
    email="hello@northernlines.example",
)
LONG_CLINIC = ClinicInfo(
    name=(
        "The Northern Lines Scalp Micropigmentation & Hair Restoration Studio "
        "of Greater Manchester and the North West (Ancoats Branch)"
    ),
    address=(
        "Unit 14B, The Old Cotton Exchange, 221 Great Ancoats Street\n"
        "Ancoats Urban Village, Manchester, Greater Manchester\n"
        "M4 6DE, United Kingdom (entrance on Jersey Street, second floor, ring the bell)"
    ),
    phone="+44 (0)161 496 0123 ext. 4455",
    email="reception.and.bookings@northernlines-scalp-micropigmentation.example",
)
LONG_OWNER = (
    "Dr Maria-Magdalena Nguyễn Thị Øyvind-Wolfeschlegelsteinhausenbergerdorff van der Berghe"
)
LONG_FILE = "northern-lines-scalp-micropigmentation-clinic-records-2026.sqlite3"
SIZES = {"A4": (595, 842), "Letter": (612, 792)}
SAVE_TO = os.environ.get("SMPDESK_HANDOUTS")


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte-identical output: no creation date or random document id."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def render_bytes(
    *,
    clinic: ClinicInfo = CLINIC,
    key: str = KEY,
    owner: str = "Łukasz Żółć",
    file_name: str = "clinic.sqlite3",
    paper: str = "A4",
    date_style: str = "uk",
    name: str | None = None,
) -> bytes:
    data = render_recovery_sheet(
        clinic,
        key,
        created=date(2026, 3, 18),
        owner_name=owner,
        clinic_file_name=file_name,
        paper=paper,
        date_style=date_style,
    )
    assert data.startswith(b"%PDF-")
    if SAVE_TO and name:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        (Path(SAVE_TO) / f"{name}.pdf").write_bytes(data)
    return data


def render(**kwargs: object) -> PdfReader:
    return PdfReader(io.BytesIO(render_bytes(**kwargs)))  # type: ignore[arg-type]


def text_of(reader: PdfReader) -> str:
    """All pages' text with line breaks folded, so wrapped phrases still match."""
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def key_in(text: str) -> str:
    """The key as a reader copies it off the sheet: eight groups of five, in order."""
    found = re.search(r"\b[0-9A-Z]{5}(?:\s*-?\s*[0-9A-Z]{5}){7}\b", text)
    assert found, text
    return parse_recovery_key(found.group())


# -- one page ------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_one_page_of_the_right_paper(paper):
    reader = render(paper=paper, name=f"recovery-{paper}")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES[paper]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_long_names_still_give_one_page(paper):
    reader = render(
        clinic=LONG_CLINIC,
        owner=LONG_OWNER,
        file_name=LONG_FILE,
        key=WIDEST_KEY,
        paper=paper,
        date_style="us",
        name=f"recovery-long-{paper}",
    )
    assert len(reader.pages) == 1
    text = text_of(reader)
    assert key_in(text) == parse_recovery_key(WIDEST_KEY)
    assert "Scalp Micropigmentation & Hair Restoration Studio" in text
    assert "Wednesday, March 18, 2026" in text


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_header_far_too_long_shrinks_onto_one_page_rather_than_spill(paper):
    # A second page could be filed apart from the key, so the sheet shrinks instead.
    address = "\n".join(f"Building {n}, Long Street, Somewhere" for n in range(60))
    clinic = ClinicInfo(name=LONG_CLINIC.name * 3, address=address, phone=LONG_CLINIC.phone)
    reader = render(clinic=clinic, owner=LONG_OWNER * 3, paper=paper)
    assert len(reader.pages) == 1
    assert key_in(text_of(reader)) == parse_recovery_key(KEY)


# -- the key ---------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_key_is_printed_whole_and_reads_back(paper):
    text = text_of(render(paper=paper))
    for group in GROUPS:
        assert group in text
    assert key_in(text) == parse_recovery_key(KEY)


def test_the_key_is_accepted_as_typed_and_printed_in_groups():
    typed = KEY.replace("-", "").lower().replace("1", "l")  # as a person might copy it
    assert text_of(render(key=typed)) == text_of(render())


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("key", [KEY, WIDEST_KEY])
def test_the_key_is_large_on_two_lines_inside_the_margins(paper, key):
    groups = key.split("-")
    layout = key_layout(groups, content_width(paper) - 2 * KEY_BOX_PADDING)
    assert [len(line) for line in layout.lines] == [4, 4]
    assert layout.size >= KEY_MIN_SIZE

    # And where the PDF really puts each group: inside the page's margins.
    page_width = SIZES[paper][0]
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip() in groups:
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            found.append((text.strip(), x, size * cm[0]))

    render(key=key, paper=paper).pages[0].extract_text(visitor_text=visit)
    assert sorted(group for group, _, _ in found) == sorted(groups)
    for group, x, size in found:
        assert size >= KEY_MIN_SIZE
        inked = stringWidth(group, BOLD, size) + KEY_TRACKING * size * (len(group) - 1)
        assert x > MARGIN_X
        assert x + inked < page_width - MARGIN_X


def test_a_mistyped_key_is_never_printed():
    # The last two characters are a check: a sheet with a wrong key would
    # fail only on the day it is needed.
    with pytest.raises(RecoveryKeyError):
        render(key=KEY[:-1] + ("A" if KEY[-1] != "A" else "B"))
    with pytest.raises(RecoveryKeyError):
        render(key=KEY[:-6])


def test_the_key_is_not_in_the_footer_or_the_metadata():
    reader = render()
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    for group in GROUPS:
        assert group not in metadata
    # once on the page, in the key box: the footer carries no copy
    assert text_of(reader).count(GROUPS[0]) == 1


# -- what it says ------------------------------------------------------------------


def test_what_the_owner_reads():
    text = text_of(render())
    assert "Recovery sheet — keep this in the clinic safe" in text
    assert "Northern Lines SMP Studio" in text
    assert "Wednesday 18 March 2026" in text
    assert "Łukasz Żółć" in text
    assert "clinic.sqlite3" in text
    assert "If every staff password is lost, this key, together with the clinic's key file" in text
    assert "always copy backups together with it" in text
    assert "Sign in → Forgotten password → Use the recovery key" in text
    assert "smpdesk recover" in text
    assert (
        "Without a staff password or this key, nobody — not even smpdesk's makers — "
        "can read the clinic's records or its backups." in text
    )
    assert "do not photograph it" in text
    assert "email it" in text
    assert "never with the laptop" in text
    assert "can read every record" in text
    assert "makes a new recovery key" in text
    assert "this sheet then opens nothing" in text
    assert "Where this sheet is kept".upper() in text
    assert "Signed (owner)".upper() in text
    assert "Page 1 of 1" in text


def test_markup_in_names_prints_literally():
    text = text_of(render(clinic=CLINIC, owner="<b>Bo</b> & Co", file_name="a<i>.sqlite3"))
    assert "<b>Bo</b> & Co" in text
    assert "a<i>.sqlite3" in text


def test_an_unnamed_clinic_still_gets_a_sheet():
    text = text_of(render(clinic=ClinicInfo()))
    assert "recovery key to the clinic's records" in text
    assert key_in(text) == parse_recovery_key(KEY)


def test_every_font_is_embedded_dejavu():
    fonts: list[tuple[str, object]] = []
    for page in render().pages:
        for font in page.get("/Resources", {}).get("/Font", {}).values():
            font = font.get_object()
            fonts.append((str(font["/BaseFont"]), font.get("/FontDescriptor")))
    assert fonts
    for name, descriptor in fonts:
        assert "DejaVu" in name, name
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_bad_paper_or_date_style_is_a_user_error():
    with pytest.raises(UserError, match="A4 or Letter"):
        render(paper="A5")
    with pytest.raises(UserError, match="UK or US"):
        render(date_style="iso")


def test_output_is_byte_identical_with_invariant():
    assert render_bytes() == render_bytes()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_reads_the_key_too(tmp_path):
    # A second reader, so the text layer is not only right by pypdf's rules.
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(render_bytes(paper="Letter"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE)
    out = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert key_in(" ".join(out.split())) == parse_recovery_key(KEY)
