"""Client mode on a protected clinic: the practitioner takes the laptop back with their PIN."""

from __future__ import annotations

import pytest

from smpdesk.app import protection
from smpdesk.app import staff as staff_cases
from smpdesk.app.demo import create_protected_demo_clinic
from smpdesk.gui.questionnaires.form_runner import StaffUnlock
from smpdesk.infra import key_file


@pytest.fixture
def practitioner(tmp_path, monkeypatch):
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()
    path = tmp_path / "clinic.sqlite3"
    create_protected_demo_clinic(path, 2)
    handle = protection.sign_in(path, "practitioner", "demo-practitioner-2026")
    yield handle
    handle.close()


def test_the_practitioners_pin_or_password_ends_client_mode(practitioner):
    now = [0.0]
    unlock = StaffUnlock(practitioner, clock=lambda: now[0])
    assert not unlock.uses_pin and unlock.prompt == "Your password"
    assert not unlock.attempt("not-my-password")
    assert unlock.attempt("demo-practitioner-2026")
    staff_cases.set_own_pin(practitioner, "4071")
    unlock = StaffUnlock(practitioner, clock=lambda: now[0])
    assert unlock.uses_pin and unlock.prompt == "Your PIN"
    for _ in range(4):  # three free tries, then waits
        assert not unlock.attempt("0000")
    assert unlock.seconds_left() > 0
    assert not unlock.attempt("4071")  # waiting: not even looked at
    now[0] += 60
    assert unlock.attempt("4071")


def test_reception_hands_a_form_over_and_a_practitioners_pin_takes_it_back(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from smpdesk.app import clients as client_cases
    from smpdesk.app import questionnaires
    from smpdesk.app.access import AccessRefused
    from smpdesk.domain.client_details import ClientDetails
    from smpdesk.domain.staff import Role
    from smpdesk.gui.main_window import MainWindow
    from smpdesk.gui.questionnaires.form_runner import FormRunner
    from tests.gui.helpers import type_text

    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()
    path = tmp_path / "clinic.sqlite3"
    create_protected_demo_clinic(path, 2)
    practitioner = protection.sign_in(path, "practitioner", "demo-practitioner-2026")
    staff_cases.set_own_pin(practitioner, "4071")
    practitioner.close()
    desk = protection.sign_in(path, "reception", "demo-reception-2026")
    client = client_cases.add_client(desk, ClientDetails(given_name="Nia", family_name="Obi"))
    window = MainWindow(desk, path)
    qtbot.addWidget(window)
    window.show()
    window.open_client(client.id)
    visits = window._visits_tab
    intake = next(
        e.spec for e in questionnaires.form_entries(desk) if e.spec and e.spec.id == "intake"
    )
    seen = {}

    def client_types_then_practitioner_unlocks() -> None:
        runner = QApplication.activeModalWidget()
        if not isinstance(runner, FormRunner):
            QTimer.singleShot(20, client_types_then_practitioner_unlocks)
            return
        seen["prompt"] = runner.unlock_code.placeholderText()
        field = runner.fields["emergency_contact_name"]
        type_text(qtbot, field.line, "Ada Obi")
        runner._close_clicked()
        type_text(qtbot, runner.unlock_code, "0000")  # not a practitioner's PIN
        qtbot.keyClick(runner.unlock_code, Qt.Key.Key_Return)
        seen["refused"] = runner.isVisible()
        type_text(qtbot, runner.unlock_code, "4071")
        qtbot.keyClick(runner.unlock_code, Qt.Key.Key_Return)

    QTimer.singleShot(0, client_types_then_practitioner_unlocks)
    visits.hand_over(intake)
    assert seen == {"prompt": "A practitioner's PIN", "refused": True}
    assert desk.staff.role is Role.PRACTITIONER  # the practitioner took over
    draft = questionnaires.get_draft(desk, client.id, "intake")
    assert draft.client_mode and draft.answers["emergency_contact_name"] == "Ada Obi"
    tabs = [window.client_page.tabs.tabText(i) for i in range(window.client_page.tabs.count())]
    assert "Questionnaires" in tabs
    from smpdesk.store import audit as audit_store

    trail = [e.action for e in audit_store.entries(desk, limit=30)]
    assert "protection.take_over" in trail
    window.close()
    # Reception cannot read that draft, nor hand the same form over again.
    again = protection.sign_in(path, "reception", "demo-reception-2026")
    with pytest.raises(AccessRefused):
        questionnaires.get_draft(again, client.id, "intake")
    assert "already started" in questionnaires.hand_over_problem(again, client.id, "intake")
    again.close()


def test_a_protected_clinic_whose_file_is_gone_is_never_replaced_by_an_empty_one(
    tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from smpdesk.gui import app

    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    path = tmp_path / "clinic.sqlite3"
    create_protected_demo_clinic(path, 1)
    path.unlink()
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: told.append(a[2]))
    assert app.run_app(path) == 1
    assert not path.exists()
    assert "smpdesk restore" in told[0] and "--user OWNER" in told[0]


def test_five_wrong_pins_in_client_mode_need_a_practitioners_password(practitioner):
    from smpdesk.gui.questionnaires.form_runner import PractitionerUnlock
    from smpdesk.store import audit as audit_store

    staff_cases.set_own_pin(practitioner, "4071")
    now = [0.0]
    unlock = PractitionerUnlock(practitioner, clock=lambda: now[0])
    for _ in range(5):
        now[0] += 600  # past every wait
        assert not unlock.attempt("1111")
    now[0] += 600
    assert not unlock.attempt("4071")  # the right PIN no longer works
    assert unlock.prompt == "A practitioner's password"
    now[0] += 600
    assert unlock.attempt("demo-practitioner-2026")
    assert unlock.practitioner.login == "practitioner"
    refused = [e for e in audit_store.entries(practitioner) if e.outcome == "refused"]
    assert len(refused) == 6 and refused[0].action == "protection.client_mode_unlock"
