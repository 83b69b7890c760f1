"""The built-in help (F1) and windows that fit the screen and remember where they were."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QUrl
from PySide6.QtGui import QAction, QKeySequence, QScreen, QTextDocument
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton, QVBoxLayout

from smpdesk.gui.help_window import HELP_FILE, HelpWindow, help_dir
from smpdesk.gui.widgets import screen_fit
from smpdesk.gui.widgets.screen_fit import fit_to_screen, remember_geometry

LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768 minus a 40-pixel taskbar


@pytest.fixture
def laptop(monkeypatch):
    """Every screen reports the laptop's available geometry (what screen_fit reads)."""
    area = QRect(LAPTOP)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    return area


def _help_text() -> str:
    return (help_dir() / HELP_FILE).read_text(encoding="utf-8")


# -- the help window -------------------------------------------------------------
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen; real desktops do
def test_f1_opens_the_help_once_with_its_topics(qtbot, window, laptop):
    [f1] = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("F1")]
    assert f1.text() == "smpdesk &help"
    f1.trigger()
    help_window = window.findChild(HelpWindow, "help_window")
    assert help_window is not None and help_window.isVisible()
    assert not help_window.isModal()  # read it while working in the main window
    f1.trigger()
    assert window.findChildren(HelpWindow) == [help_window]  # brought forward, not a second
    topics = [help_window.topics.item(i).text() for i in range(help_window.topics.count())]
    for topic in ("Find or add a client", "Keyboard shortcuts", "Where your data lives"):
        assert topic in topics
    assert "When something goes wrong" in topics
    assert (
        str(window.db_path)
        in help_window.findChild(type(help_window.not_found), "help_clinic_file").text()
    )
    assert laptop.contains(help_window.geometry())
    help_window.topics.setCurrentRow(topics.index("Keyboard shortcuts"))
    assert help_window.browser.verticalScrollBar().value() > 0
    help_window.close()


def test_every_shortcut_of_the_window_is_in_the_help(qtbot, window):
    """A shortcut added to a menu without a line in the help's table fails here."""
    table = _help_text().split("## Keyboard shortcuts", 1)[1].split("\n## ", 1)[0]
    documented = {row.split("|")[1].strip() for row in table.splitlines() if row.startswith("| ")}
    missing = set()
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            keys = shortcut.toString(QKeySequence.SequenceFormat.PortableText)
            if keys and keys not in documented:
                missing.add(f"{keys} ({action.text()})")
    assert not missing, f"shortcuts missing from resources/help/{HELP_FILE}: {sorted(missing)}"


def test_every_picture_of_the_help_is_shipped_and_shown(qtbot):
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", _help_text())
    assert len(pictures) >= 5
    for picture in pictures:
        assert (help_dir() / picture).is_file(), picture
    window = HelpWindow(_help_text(), help_dir())
    qtbot.addWidget(window)
    document = window.browser.document()
    for picture in pictures:
        image = window.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(picture)
        )
        assert image is not None and not image.isNull(), picture
    assert document.toPlainText().startswith("smpdesk help")


def test_the_help_loads_nothing_from_outside_its_folder(qtbot, tmp_path):
    window = HelpWindow("# x\n\n![](../icons/smpdesk.svg)", help_dir())
    qtbot.addWidget(window)
    image = QTextDocument.ResourceType.ImageResource.value
    assert window.browser.loadResource(image, QUrl("https://example.com/a.png")) is None
    assert window.browser.loadResource(image, QUrl("../icons/smpdesk.svg")) is None
    assert window.browser.loadResource(image, QUrl.fromLocalFile("/etc/passwd")) is None
    assert window.browser.loadResource(image, QUrl("images/client_list.png")) is not None


def test_find_in_help_selects_the_words_and_wraps_round(qtbot):
    window = HelpWindow(_help_text(), help_dir())
    qtbot.addWidget(window)
    window.find_box.setText("recovery sheet")
    assert window.find_next()
    first = window.browser.textCursor().position()
    assert window.browser.textCursor().selectedText().lower() == "recovery sheet"
    while window.find_next() and window.browser.textCursor().position() != first:
        pass  # round the document once, back to the first
    assert window.browser.textCursor().position() == first
    window.find_box.setText("zzzz no such words")
    assert not window.find_next()
    assert window.not_found.text() == "Not found"


# -- fitting the screen --------------------------------------------------------------
def _dialog_with_buttons(qtbot) -> QDialog:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addStretch(1)
    layout.addWidget(QPushButton("Close"))
    return dialog


def test_a_tall_dialog_is_shrunk_to_the_screen_and_centred(qtbot, laptop):
    dialog = _dialog_with_buttons(qtbot)
    fit_to_screen(dialog, 760, 900)
    frame = screen_fit.FRAME
    assert dialog.height() == laptop.height() - frame.top() - frame.bottom()
    assert dialog.width() == 760
    outer = dialog.frameGeometry()  # not shown yet: pos() is where the frame will go
    assert abs(outer.x() + (760 + frame.left() + frame.right()) / 2 - laptop.center().x()) <= 1
    fit_to_screen(dialog, 400, 300)  # small enough: as asked
    assert (dialog.width(), dialog.height()) == (400, 300)
    fit_to_screen(dialog, 900)  # no height: all of it (a preview)
    assert dialog.height() == laptop.height() - frame.top() - frame.bottom()


def test_geometry_is_remembered_and_only_restored_if_it_fits(qtbot, laptop, monkeypatch):
    first = QMainWindow()
    qtbot.addWidget(first)
    remember_geometry(first, "test_window", 1440, 920)
    assert laptop.contains(first.frameGeometry())  # 1440x920 does not fit: shrunk
    first.show()
    first.setGeometry(QRect(100, 80, 900, 600))
    first.close()  # saved as it hides

    again = QMainWindow()
    qtbot.addWidget(again)
    remember_geometry(again, "test_window", 1440, 920)
    assert again.geometry() == QRect(100, 80, 900, 600)

    stored = screen_fit._settings()
    assert set(stored.allKeys()) == {
        "windows/test_window/geometry",
        "windows/test_window/maximised",
    }

    # The big screen is gone (a smaller laptop now): fit it again instead.
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 800, 560))
    small = QMainWindow()
    qtbot.addWidget(small)
    remember_geometry(small, "test_window", 1440, 920)
    assert QRect(0, 0, 800, 560).contains(small.frameGeometry())
    assert small.width() < 900


def test_maximised_is_remembered(qtbot, laptop):
    first = QMainWindow()
    qtbot.addWidget(first)
    remember_geometry(first, "big_window", 1000, 600)
    first.showMaximized()
    first.close()
    again = QMainWindow()
    qtbot.addWidget(again)
    remember_geometry(again, "big_window", 1000, 600)
    assert again.windowState() & again.windowState().WindowMaximized
    screen_fit.forget_geometry("big_window")
    assert not QSettings(screen_fit._settings().fileName(), QSettings.Format.IniFormat).allKeys()


def test_a_window_name_is_a_plain_key(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    with pytest.raises(ValueError):
        remember_geometry(dialog, "Łukasz Żółć's form")  # never a client's name


def test_the_main_window_opens_fitted_and_comes_back_where_it_was(
    qtbot, demo_db, demo_path, laptop
):
    from smpdesk.gui.main_window import MainWindow

    window = MainWindow(demo_db, demo_path)
    qtbot.addWidget(window)
    assert laptop.contains(window.frameGeometry())
    assert window.width() > 1100  # not the old 1100x700 on a wide screen
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(QRect(60, 50, 1000, 640))
    stored = screen_fit._settings().fileName()
    window.close()
    assert QSettings(stored, QSettings.Format.IniFormat).value(
        "windows/main_window/geometry"
    ) == QRect(60, 50, 1000, 640)


@pytest.mark.parametrize("path", [Path("resources/help/help.md")])
def test_the_help_is_shipped_with_the_wheel(path):
    """pyproject.toml copies all of resources/ into the wheel; paths.resources_dir finds it."""
    root = Path(__file__).resolve().parents[2]
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources" = "smpdesk/_data/resources"' in pyproject
    assert (root / path).is_file() and help_dir() == root / "resources" / "help"


def test_a_window_saved_flush_with_the_top_comes_back_with_room_for_its_title_bar(qtbot, laptop):
    """The stored rectangle is inside the frame: restored at y=2, the title bar would be off
    the screen (seen on a real 1366x768 desktop), so it is moved down to fit with its frame."""
    stored = screen_fit._settings()
    stored.setValue("windows/flush_window/geometry", QRect(2, 2, 788, 650))
    stored.sync()
    window = QMainWindow()
    qtbot.addWidget(window)
    remember_geometry(window, "flush_window", 1440, 920)
    assert window.geometry().top() >= laptop.top() + screen_fit.FRAME.top()
    assert window.geometry().size() == QRect(0, 0, 788, 650).size()
    assert laptop.contains(window.geometry().marginsAdded(screen_fit.FRAME))


def test_the_main_window_opens_maximised_if_left_so(qtbot, laptop, demo_db, demo_path):
    """It maximises by showMaximized() rather than by setting a window state before it is
    shown (which builds Qt's enums before the list's first paint)."""
    from smpdesk.gui.main_window import MainWindow

    first = MainWindow(demo_db, demo_path)
    qtbot.addWidget(first)
    first.showMaximized()
    qtbot.waitExposed(first)
    first.hide()  # saved as it hides (closing would close the clinic)
    again = MainWindow(demo_db, demo_path)
    qtbot.addWidget(again)
    assert not again.isMaximized()  # not before it is shown
    again.show()
    qtbot.waitExposed(again)
    assert again.isMaximized()
    screen_fit.forget_geometry("main_window")


def test_a_geometry_filter_python_let_go_of_does_not_raise(qtbot, laptop):
    """At the end of a run Qt may hand the filter back as a fresh Python object without
    its attributes (seen once quitting after the first-run wizard): it lets events by."""
    window = QMainWindow()
    qtbot.addWidget(window)
    remember_geometry(window, "let_go_window", 800, 600)
    window.show()
    saver = window.findChild(screen_fit._GeometrySaver)
    del saver.window_  # what a fresh wrapper looks like
    window.hide()  # pytest-qt fails the test on an exception inside eventFilter
    screen_fit.forget_geometry("let_go_window")
