"""Item 14: finishing a form must leave no stray top-level label or frame on screen."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from smpdesk.app import questionnaires
from smpdesk.app.demo.forms import fill
from smpdesk.gui.questionnaires.form_runner import FormRunner
from smpdesk.questionnaire.loader import load_form
from tests.gui.helpers import when_dialog_opens
from tests.gui.test_gui_flags import INTAKE, answer_medical, form, new_client
from tests.gui.test_gui_forms import fill_through

FORMS = Path(__file__).resolve().parents[2] / "forms"


def stray_windows() -> list[str]:
    """Visible top-level labels or frames: pieces of a panel that lost their parent."""
    return [
        f"{type(w).__name__}:{w.objectName()}"
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and isinstance(w, (QLabel, QFrame)) and w.isWindow()
    ]


def test_finishing_a_consent_leaves_no_stray_window(qtbot, window, demo_db):
    client_id = new_client(db=demo_db)
    answer_medical(demo_db, client_id, under_18=True, diabetes=True)
    questionnaires.finish(demo_db, client_id, form(INTAKE), {"sunburn": True})
    window.open_client(client_id)
    tab = window.questionnaires_tab
    assert window.flags_panel.lines
    tab.select_form("consent")
    spec = load_form(FORMS / "consent.toml")
    answers = fill(spec, {"photos_clinical": True, "photos_marketing": False}, seed=3)

    def sign_and_finish(runner):
        fill_through(qtbot, runner, answers)
        when_dialog_opens(qtbot, close_preview)
        runner.finish_button.click()

    def close_preview(preview):
        if isinstance(preview, FormRunner):
            when_dialog_opens(qtbot, close_preview)
            return
        preview.reject()

    when_dialog_opens(qtbot, sign_and_finish)
    tab.start()
    qtbot.wait(50)
    assert stray_windows() == []


def test_refreshing_the_flags_never_makes_a_line_a_window(qtbot, window, demo_db):
    """The old lines stay inside the panel until Qt deletes them: never a window.

    Held here as a nested event loop (a form, a preview) holds them until its
    deferred deletions run; a parentless label shown then is a stray window.
    """
    client_id = new_client(db=demo_db)
    answer_medical(demo_db, client_id, under_18=True, diabetes=True)
    window.open_client(client_id)
    old = list(window.flags_panel.lines)
    assert [label.objectName() for label in old][:2] == ["flags_title", "flag_do-not-treat"]
    window.flags_panel.refresh()
    left = [label for label in old if shiboken6.isValid(label)]  # deleted, or still inside
    assert not any(label.isWindow() for label in left)
    for label in left:
        label.show()  # what a stray would need to appear
    assert stray_windows() == []
