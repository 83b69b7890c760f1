"""Issue 20: a language whose words are 40% longer and accented still fits every window.

Every message Qt's lupdate finds in ``smpdesk/gui`` is "translated" into a
pseudo-language (``[Şåvé ~~~]``: accented, about 40% longer, placeholders and
mnemonics kept), compiled with lrelease and installed; then each window the
screen-fit test knows is opened at 1366x768 (with a taskbar).  Nothing may be
off the screen and no label, button or tab may be narrower than its text.

``SMPDESK_SCREENSHOTS=DIR`` saves each window as ``pseudo-<name>.png``.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QTranslator
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabBar,
    QWidget,
)

from smpdesk.gui.i18n_catalogs import AREAS, _tool, area_sources
from tests.gui.helpers import save_shot
from tests.gui.test_fits_screen import OPENERS, SCREENS, Kit, kit, off_screen, protected_template

__all__ = ["kit", "protected_template"]  # fixtures, used by name

_ACCENTED = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "áçéîñöşüýžÅÇÉÎÑÖŞÜÝŽ",
)
# Kept as they are: {placeholders}, %n / %1, HTML tags and entities, & mnemonics.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-zA-Z#0-9]+;|&&|&(?=\w)")


def pseudo(text: str) -> str:
    """``Save`` -> ``[Şåvé ~~]``: accented outside placeholders, 40% longer."""
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    # Words of four, so a long text still wraps where real words would.
    padding = " ".join(["~~~~"] * max(1, math.ceil((len(text) * 0.4 - 2) / 5)))
    return f"[{''.join(parts)} {padding}]"


def test_pseudo_keeps_what_code_fills_in():
    assert pseudo("Delete {name}?").startswith("[Délété {name}?")
    assert "%n" in pseudo("%n photo(s)") and "&Save" not in pseudo("&Save")
    assert "&Ş" in pseudo("&Save") and "<b>" in pseudo("<b>Bold</b>")
    assert len(pseudo("x" * 50)) >= 70 and "~~~~ ~~~~" in pseudo("x" * 50)


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "pseudo_de.ts"
    sources = [str(path) for area in AREAS for path in area_sources(area)]
    lupdate, lrelease = _tool("lupdate"), _tool("lrelease")
    assert lupdate is not None and lrelease is not None
    subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(ts)], check=True)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def pseudo_language(qapp, pseudo_catalogue: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def clipped(window: QWidget) -> list[str]:
    """Visible labels, buttons, group boxes and tabs narrower than their own text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.pixmap() is not None:
                continue
            if widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"label {widget.text()[:60]!r}")
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if text and widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"{type(widget).__name__} {text[:60]!r}")
        elif isinstance(widget, QGroupBox) and widget.title():
            # Its title alone: the box's own minimum includes its contents.
            if widget.width() < widget.fontMetrics().horizontalAdvance(widget.title()):
                found.append(f"QGroupBox {widget.title()[:60]!r}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                    found.append(f"tab {widget.tabText(index)[:60]!r}")
    return found


@pytest.mark.parametrize("name", list(OPENERS))
def test_a_longer_language_fits_every_window_at_1366x768(
    qtbot, monkeypatch, kit: Kit, pseudo_language: None, name: str
) -> None:
    area = SCREENS["1366x768-taskbar"]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    window = OPENERS[name](kit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems = off_screen(window, area) + clipped(window)
    save_shot(window, "pseudo-" + name.replace(" ", "_"))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.close()
    assert not problems, f"{name} in the pseudo-language: {problems}"


def test_the_check_sees_a_clipped_button(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("A rather long button text that cannot fit")
    button.setFixedWidth(60)
    QVBoxLayout(window).addWidget(button)
    window.show()
    qtbot.waitExposed(window)
    assert clipped(window) == ["QPushButton 'A rather long button text that cannot fit'"]
