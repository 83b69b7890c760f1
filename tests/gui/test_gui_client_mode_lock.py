"""Client mode's code box slows guessing: after three wrong codes, growing waits.

The clock is injected, so no test sleeps: ``clock.now`` is moved forward and
the code box's countdown timer is run by hand.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from smpdesk.app import clients as client_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.questionnaires.form_runner import ClientModeLock, wait_after
from tests.gui.helpers import type_text
from tests.gui.test_gui_forms import runner_for

CODE = "2468"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def client(db):
    return client_cases.add_client(db, ClientDetails(given_name="Zoë", family_name="Okafor"))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def runner(qtbot, db, client, clock):
    runner = runner_for(qtbot, db, client, "intake", lock=ClientModeLock(CODE, clock=clock))
    runner.close_button.click()  # "Practitioner…"
    assert runner.unlock_row.isVisible()
    return runner


def enter(qtbot, runner, code: str) -> None:
    type_text(qtbot, runner.unlock_code, code)
    qtbot.keyClick(runner.unlock_code, Qt.Key.Key_Return)


def tick(runner, clock: Clock, seconds: float) -> None:
    clock.now += seconds
    runner.lock_timer.timeout.emit()


def test_the_wait_grows_after_three_wrong_codes_and_is_capped():
    assert [wait_after(n) for n in range(1, 12)] == [0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60]
    assert wait_after(10**6) == 60


def test_the_lock_counts_wrong_codes_and_a_right_one_resets_the_count(clock):
    lock = ClientModeLock(CODE, clock=clock)
    for _ in range(3):
        assert not lock.attempt("0000") and lock.seconds_left() == 0
    assert not lock.attempt("0000") and lock.seconds_left() == 2
    assert not lock.attempt(CODE)  # locked: even the right code is not tested
    assert lock.failures == 4
    clock.now += 2
    assert not lock.attempt("0000") and lock.seconds_left() == 4
    clock.now += 4
    assert lock.attempt(CODE)
    assert lock.failures == 0 and lock.seconds_left() == 0
    for _ in range(3):
        assert not lock.attempt("0000")
    assert lock.seconds_left() == 0  # three free tries again


def test_three_wrong_codes_are_free(qtbot, runner):
    for _ in range(3):
        enter(qtbot, runner, "1111")
        assert runner.unlock_error.text() == "That is not the code."
        assert not runner.unlock_code.isReadOnly() and runner.unlock_button.isEnabled()


def test_further_wrong_codes_lock_the_box_for_longer_each_time(qtbot, runner, clock, screenshot):
    for _ in range(3):
        enter(qtbot, runner, "1111")
    waits = []
    for _ in range(7):
        enter(qtbot, runner, "1111")
        assert runner.unlock_code.isReadOnly() and not runner.unlock_button.isEnabled()
        assert runner.lock_timer.isActive()
        seconds = int(runner.unlock_error.text().split(" in ")[1].split()[0])
        waits.append(seconds)
        if seconds == 8:
            assert runner.unlock_error.text() == "Wrong code. Try again in 8 seconds."
            screenshot(runner, "client_mode_locked")
        tick(runner, clock, seconds - 1)
        assert runner.unlock_error.text() == "Wrong code. Try again in 1 second."
        tick(runner, clock, 1)
        assert not runner.unlock_code.isReadOnly() and runner.unlock_button.isEnabled()
        assert runner.unlock_error.text() == "You can type the code again."
        assert not runner.lock_timer.isActive()
    assert waits == [2, 4, 8, 16, 32, 60, 60]
    enter(qtbot, runner, CODE)
    assert not runner.isVisible()


def test_enter_while_locked_does_not_test_the_code(qtbot, runner, clock, monkeypatch):
    for _ in range(4):
        enter(qtbot, runner, "1111")
    assert runner.unlock_error.text() == "Wrong code. Try again in 2 seconds."
    tested = []
    original = ClientModeLock.matches
    monkeypatch.setattr(
        ClientModeLock, "matches", lambda self, code: tested.append(code) or original(self, code)
    )
    type_text(qtbot, runner.unlock_code, CODE)
    assert runner.unlock_code.text() == ""  # the box takes no typing while locked
    runner.unlock_code.setText(CODE)  # not even a pasted code
    for _ in range(5):
        qtbot.keyClick(runner.unlock_code, Qt.Key.Key_Return)
        runner.unlock_button.click()  # disabled: no effect
    assert tested == [] and runner.isVisible()
    assert runner.lock.failures == 4  # Enter while locked is not another wrong code
    assert not runner.fields["preferred_contact"].error.isVisible()  # Enter did not press Next
    tick(runner, clock, 2)
    enter(qtbot, runner, CODE)
    assert tested == [CODE] and not runner.isVisible()


def test_hiding_the_code_box_does_not_end_the_wait(qtbot, runner, clock):
    for _ in range(4):
        enter(qtbot, runner, "1111")
    tick(runner, clock, 2)
    enter(qtbot, runner, "1111")  # the fifth: 4 seconds
    runner.findChild(type(runner.close_button), "unlock_cancel").click()
    assert not runner.unlock_row.isVisible() and not runner.lock_timer.isActive()
    clock.now += 1
    runner.close_button.click()
    assert runner.unlock_code.isReadOnly() and runner.lock_timer.isActive()
    assert runner.unlock_error.text() == "Wrong code. Try again in 3 seconds."
    clock.now += 3
    runner.findChild(type(runner.close_button), "unlock_cancel").click()
    runner.close_button.click()
    assert not runner.unlock_code.isReadOnly() and runner.unlock_error.text() == ""


def test_the_count_is_kept_nowhere_but_in_memory(qtbot, runner):
    before = {key: QSettings().value(key) for key in QSettings().allKeys()}
    for _ in range(6):
        runner.lock.__dict__["_locked_until"] = 0.0  # skip the waits
        enter(qtbot, runner, "1111")
    assert {key: QSettings().value(key) for key in QSettings().allKeys()} == before
    assert runner.lock.failures == 6
