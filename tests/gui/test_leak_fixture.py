"""The leak fixture in conftest.py fails a test that leaves a window open."""

from __future__ import annotations

from pathlib import Path

pytest_plugins = ["pytester"]

CONFTEST = (Path(__file__).resolve().parents[1] / "conftest.py").read_text(encoding="utf-8")


def test_a_window_left_open_fails_its_test(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        """
        from PySide6.QtWidgets import QWidget

        KEEP = []

        def test_leaks(qtbot):
            window = QWidget()
            window.setWindowTitle("left open")
            window.show()
            KEEP.append(window)

        def test_tidy(qtbot):
            window = QWidget()
            qtbot.addWidget(window)
            window.show()
        """
    )
    result = pytester.runpytest_subprocess("-o", "qt_api=pyside6", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*windows left open*left open*"])
