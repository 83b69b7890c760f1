"""Issue 20: the embedded fonts draw every character a shipped language prints.

A letter the font lacks prints as an empty box on a client's consent record or
aftercare sheet, and nothing else would notice.  Every text in every shipped
translation (forms, care plans, the papers' own words, the window's catalogues)
is checked against the cmap of both DejaVu faces the PDFs embed.
"""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _shipped_texts() -> dict[str, str]:
    texts = {}
    for path in [
        *sorted((ROOT / "forms").glob("*.*.toml")),
        *sorted((ROOT / "resources" / "aftercare").glob("*.toml")),
        *sorted((ROOT / "resources" / "i18n").glob("*.toml")),
    ]:
        texts[path.name] = "".join(_strings(tomllib.loads(path.read_text(encoding="utf-8"))))
    for path in sorted((ROOT / "resources" / "i18n" / "ts").glob("*.ts")):
        texts[path.name] = "".join(t.text or "" for t in ET.parse(path).iter("translation"))
        texts[path.name] += "".join(t.text or "" for t in ET.parse(path).iter("numerusform"))
    return texts


@pytest.mark.parametrize("face", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"])
def test_every_shipped_character_is_in_the_embedded_font(face):
    covered = set(TTFontFile(str(FONTS / face)).charToGlyph)
    texts = _shipped_texts()
    assert len(texts) > 10
    missing = {
        name: sorted({c for c in text if ord(c) not in covered and not c.isspace()})
        for name, text in texts.items()
    }
    missing = {name: chars for name, chars in missing.items() if chars}
    assert not missing, f"{face} lacks: {missing}"


def test_the_check_knows_polish_and_would_see_a_missing_letter():
    covered = set(TTFontFile(str(FONTS / "DejaVuSans.ttf")).charToGlyph)
    assert all(ord(c) in covered for c in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻñÑ¿¡äöüß„“")
    assert ord("漢") not in covered  # a Han character: the check can fail
