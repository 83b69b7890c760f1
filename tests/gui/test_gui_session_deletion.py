"""The owner deletes a session from the timeline with a typed reason; the photos tab shows
which photos were re-tagged and lists each change."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from smpdesk.app import clients, photos, sessions
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.gui.photos.photo_history import PhotoHistoryDialog
from smpdesk.gui.photos.photos_tab import EDITED_MARK, PHOTO_ID_ROLE, PhotosTab
from smpdesk.gui.sessions.delete_session_dialog import DeleteSessionDialog
from smpdesk.gui.sessions.timeline_tab import DELETED_ROLE, TimelineTab
from smpdesk.store import staff as staff_store
from tests.gui.helpers import save_shot, type_text, when_dialog_opens
from tests.paper_records import ON_PAPER

REASON = "Recorded for the wrong client; the right one is Sam Reid"
SCREEN = (1366, 768)


def _as(path: Path, role: Role) -> Clinic:
    handle = open_clinic(path)
    staff_id = staff_store.insert_staff(handle, role.value, f"{role.title()} Person", role)
    handle.staff = Staff(staff_id, role.value, f"{role.title()} Person", role)
    return handle


@pytest.fixture
def owner(db_path: Path):
    handle = _as(db_path, Role.OWNER)
    yield handle
    handle.close()


def _two_sessions(db: Clinic) -> tuple[int, sessions.Session, sessions.Session]:
    client = clients.add_client(db, ClientDetails(given_name="Łukasz", family_name="Żółć"))
    first = sessions.record_session(
        db,
        client.id,
        SessionDetails(
            (date.today() - timedelta(days=40)).isoformat(), "first", pigment_lot="OLD-1"
        ),
        override_reason=ON_PAPER,
    )
    latest = sessions.record_session(
        db,
        client.id,
        SessionDetails(
            (date.today() - timedelta(days=3)).isoformat(),
            "second",
            practitioner="Marcus Hale",
            areas="hairline,crown",
            pigment_lot="NEW-2",
        ),
        override_reason=ON_PAPER,
    )
    return client.id, first, latest


def _timeline(qtbot, db: Clinic, client_id: int) -> TimelineTab:
    tab = TimelineTab(db)
    qtbot.addWidget(tab)
    tab.show_client(client_id)
    return tab


def _rows(tab: TimelineTab) -> list[tuple[str, str]]:
    return [
        (tab.tree.topLevelItem(i).text(1), tab.tree.topLevelItem(i).text(2))
        for i in range(tab.tree.topLevelItemCount())
    ]


def test_the_owner_deletes_a_session_with_a_reason(qtbot, owner, screenshot):
    client_id, first, latest = _two_sessions(owner)
    tab = _timeline(qtbot, owner, client_id)
    tab.show()
    assert not tab.delete_button.isHidden()
    assert tab.selected_session_id() == latest.id  # the newest is selected
    seen: dict[str, object] = {}

    def answer(dialog):
        try:
            fill_in(dialog)
        except BaseException:
            dialog.reject()  # a failed check must fail the test, not leave it waiting
            raise

    def fill_in(dialog):
        assert isinstance(dialog, DeleteSessionDialog)
        text = dialog.findChild(QLabel, "delete_what_happens").text()
        assert "Nothing is erased" in text and "Photos and aftercare sheets" in text
        assert "2nd session" in dialog.findChild(QLabel, "delete_heading").text()
        # A click without a reason is refused on the form; nothing is deleted.
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.reason_error.isVisible()
        seen["refused"] = dialog.reason_error.text()
        type_text(qtbot, dialog.reason, REASON)
        assert not dialog.reason_error.isVisible()  # typing clears the refusal
        hint = dialog.sizeHint()
        seen["size"] = (hint.width(), hint.height())
        save_shot(dialog, "delete_session_dialog")
        screenshot(dialog, "delete_session_dialog")
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, answer)
    assert tab.delete_selected()
    assert seen["refused"] == sessions.DELETE_REASON_MISSING
    width, height = seen["size"]
    assert width <= SCREEN[0] and height <= SCREEN[1] - 80  # room for a taskbar and title

    assert [s.id for s in sessions.client_sessions(owner, client_id)] == [first.id]
    rows = _rows(tab)
    assert (
        "Session deleted",
        f"Session of {_medium(latest)} deleted by Owner Person: {REASON}",
    ) in rows
    assert not any("NEW-2" in details for _kind, details in rows)
    # The deleted line is selected and shows the session as it was recorded.
    assert tab.tree.currentItem().data(0, DELETED_ROLE) == latest.id
    text = tab.detail.toPlainText()
    assert "Deleted" in text and "by Owner Person" in text and REASON in text
    assert "NEW-2" in text and "Marcus Hale" in text
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    tab.resize(900, 560)
    save_shot(tab, "timeline_deleted")
    screenshot(tab, "timeline_session_deleted")


def _medium(session: sessions.Session) -> str:
    from smpdesk.gui.clients.client_list_model import format_date

    return format_date(session.details.session_date)


def test_cancel_deletes_nothing(qtbot, owner):
    client_id, _first, latest = _two_sessions(owner)
    tab = _timeline(qtbot, owner, client_id)

    def cancel(dialog):
        type_text(qtbot, dialog.reason, REASON)
        dialog.reject()

    when_dialog_opens(qtbot, cancel)
    assert not tab.delete_selected()
    assert sessions.get_session(owner, latest.id) is not None


@pytest.mark.parametrize("role", [Role.PRACTITIONER, Role.RECEPTION])
def test_only_the_owner_sees_the_action(qtbot, db_path, role):
    owner_handle = _as(db_path, Role.OWNER)
    client_id, _first, _latest = _two_sessions(owner_handle)
    owner_handle.close()
    handle = _as(db_path, role)
    try:
        tab = TimelineTab(handle)
        qtbot.addWidget(tab)
        if role is Role.PRACTITIONER:
            tab.show_client(client_id)
            assert tab.selected_session_id() is not None
        else:  # reception never gets the timeline; the rule would still hide the action
            tab.refresh()
        assert tab.delete_button.isHidden()
    finally:
        handle.close()


def test_an_unprotected_clinic_offers_the_action(qtbot, db):
    client_id, _first, _latest = _two_sessions(db)
    tab = _timeline(qtbot, db, client_id)
    assert not tab.delete_button.isHidden()


def test_the_photos_tab_marks_an_edited_photo_and_lists_its_history(
    qtbot, owner, tmp_path, monkeypatch, screenshot
):
    client = clients.add_client(owner, ClientDetails(given_name="Zoë", family_name="Brontë"))
    picture = tmp_path / "front.jpg"
    picture.write_bytes(synthetic_scalp("front", 1, seed=4))
    other = tmp_path / "crown.jpg"
    other.write_bytes(synthetic_scalp("crown", 1, seed=8))
    visit = date.today() - timedelta(days=10)
    [edited, untouched] = photos.import_photos(
        owner, client.id, [picture, other], visit_date=visit, angle="front", consent="marketing"
    )
    photos.retag(owner, [edited.photo_id], angle="crown")
    from smpdesk.app.questionnaires import withdraw_marketing_consent

    withdraw_marketing_consent(owner, client.id)

    tab = PhotosTab(owner)
    qtbot.addWidget(tab)
    tab.show_client(client.id)
    model = tab.galleries[0].model()
    labels = {model.index(r, 0).data(PHOTO_ID_ROLE): model.index(r, 0).data() for r in range(2)}
    assert labels[edited.photo_id] == f"Crown{EDITED_MARK}"
    assert labels[untouched.photo_id] == f"Front hairline{EDITED_MARK}"  # consent withdrawn
    tab.resize(900, 500)
    save_shot(tab, "photos_edited")

    photo = photos.get_photo(owner, edited.photo_id)
    dialog = PhotoHistoryDialog(owner, photo, tab)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Angle: Front hairline → Crown" in text
    assert "Consent: Marketing allowed → Clinical record only (marketing consent withdrawn)" in text
    assert "by Owner Person" in text
    assert text.index("Consent:") < text.index("Angle:")  # newest first
    save_shot(dialog, "photo_history")
    screenshot(dialog, "photo_history")

    opened: list[int] = []
    monkeypatch.setattr(PhotoHistoryDialog, "exec", lambda self: opened.append(1) or 0)
    tab.select_ids({edited.photo_id})
    tab.history_selected()
    assert opened == [1]
