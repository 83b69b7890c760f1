"""The Unicode font every handout uses, registered once on first use.

reportlab's built-in Helvetica knows only Latin-1: "Łukasz Żółć" would print
with letters silently missing, and the font would not be embedded, so each
printer substitutes its own.  DejaVu Sans (bundled with its licence in
``resources/fonts/``) covers Polish, Vietnamese, Nordic and Cyrillic names,
and reportlab embeds the subset of glyphs a sheet uses.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from smpdesk.paths import resources_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def ensure_fonts() -> None:
    """Register the family and make it the canvas default; cheap after the first call.

    Italic maps to the upright faces: the sheets use none, and a stray
    ``<i>`` in clinic wording should still print rather than raise.
    Setting ``rl_config.canvas_basefontname`` means a canvas never starts with
    Helvetica, so no unembedded base-14 font reaches the file.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        # The family name above is also the regular face's name; map bold
        # explicitly for <b> inside paragraphs set in either face.
        addMapping(BOLD, 0, 0, BOLD)
        addMapping(BOLD, 1, 0, BOLD)
        addMapping(BOLD, 0, 1, BOLD)
        addMapping(BOLD, 1, 1, BOLD)
        rl_config.canvas_basefontname = REGULAR
        _registered = True
