"""Clinic settings → Prices: the owner's price list, typed, checked, saved, shown again."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from smpdesk.app.clinic import load_settings
from smpdesk.domain.money import Money
from smpdesk.domain.price_list import Package
from smpdesk.gui.settings import settings_dialog
from smpdesk.gui.settings.prices_page import SessionsButton
from smpdesk.gui.settings.settings_dialog import SettingsDialog
from tests.gui.helpers import save_shot, type_text
from tests.gui.test_fits_screen import off_screen


def _open(qtbot, db) -> SettingsDialog:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.prices)
    return dialog


def test_the_owner_sets_prices_and_they_are_saved(qtbot, db):
    dialog = _open(qtbot, db)
    page = dialog.prices
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][:2] == ["Clinic", "Prices"]
    assert page.example.text() == "For example £1,234.50"
    type_text(qtbot, page.consultation_fee, "50")
    type_text(qtbot, page.session_prices["first"], "800")
    type_text(qtbot, page.session_prices["touch-up"], "1,250.50")
    row = page.add_package()
    page.packages.item(row, 0).setText("Full hairline, 3 sessions")
    sessions = page.packages.cellWidget(row, 1)
    assert isinstance(sessions, SessionsButton)
    sessions.set_sessions(("first", "second", "third"))
    assert sessions.text() == "1st session, 2nd session, 3rd session"
    page.packages.item(row, 2).setText("2000")
    page.include_tax.setChecked(True)
    page.tax_rate.setText("20")
    page.deposit_kind.setCurrentIndex(page.deposit_kind.findData("percent"))
    page.deposit_value.setText("25")
    page.quote_days.setValue(45)
    type_text(qtbot, page.terms, "Deposits are kept if cancelled at short notice.")
    save_shot(dialog, "prices_page")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()

    saved = load_settings(db)
    prices = saved.price_list
    assert saved.currency == "GBP" and saved.locale == "en_GB"
    assert prices.consultation_fee == Money(5000, "GBP")
    assert prices.session_prices == {
        "first": Money(80000, "GBP"),
        "touch-up": Money(125050, "GBP"),
    }
    assert prices.packages == (
        Package("Full hairline, 3 sessions", ("first", "second", "third"), Money(200000, "GBP")),
    )
    assert prices.prices_include_tax and prices.tax_rate_percent == Decimal(20)
    assert prices.deposit_rule == ("percent", Decimal(25))
    assert prices.quote_valid_days == 45
    assert prices.terms == "Deposits are kept if cancelled at short notice."

    again = _open(qtbot, db)  # shown as saved
    assert again.prices.session_prices["touch-up"].text() == "1250.50"
    assert again.prices.packages.rowCount() == 1
    assert again.prices.deposit_value.text() == "25"
    assert not again.prices.is_modified()


def test_a_bad_price_is_one_sentence_on_the_page_and_nothing_is_lost(qtbot, db, monkeypatch):
    dialog = _open(qtbot, db)
    page = dialog.prices
    type_text(qtbot, page.session_prices["second"], "12.345")
    dialog.tabs.setCurrentIndex(0)
    dialog.save()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is page
    assert dialog.problem.text() == "2nd session: GBP amounts have at most 2 decimals."
    assert page.session_prices["second"].text() == "12.345"
    assert load_settings(db).price_list.session_prices == {}
    # Closing with the bad price typed still asks before throwing it away.
    asked: list[bool] = []
    monkeypatch.setattr(
        settings_dialog, "confirm_discard", lambda _p, changed: asked.append(changed) or False
    )
    dialog.reject()
    assert asked == [True] and dialog.isVisible()


def test_changing_the_currency_reads_every_price_in_it(qtbot, db):
    dialog = _open(qtbot, db)
    page = dialog.prices
    type_text(qtbot, page.session_prices["first"], "800.50")
    page.currency.setCurrentIndex(page.currency.findData("JPY"))
    page.locale_box.setCurrentIndex(page.locale_box.findData("ja_JP"))
    assert page.example.text() == "For example ￥1,234"
    dialog.save()
    assert "JPY amounts have no decimals" in dialog.problem.text()
    page.session_prices["first"].setText("120000")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    saved = load_settings(db)
    assert saved.currency == "JPY" and saved.locale == "ja_JP"
    assert saved.price_list.session_prices == {"first": Money(120000, "JPY")}


def test_a_package_needs_a_name_and_sessions(qtbot, db):
    dialog = _open(qtbot, db)
    page = dialog.prices
    row = page.add_package()
    page.packages.item(row, 2).setText("900")
    dialog.save()
    assert dialog.problem.text() == "Package 1: give the package a name."
    page.packages.item(row, 0).setText("Crown")
    dialog.save()
    assert "choose the sessions" in dialog.problem.text()
    page.packages.cellWidget(row, 1).set_sessions(("first",))
    page.remove_package()
    page.packages.setCurrentCell(0, 0)
    page.remove_package()
    assert page.packages.rowCount() == 0
    page.add_package()  # an empty row left behind is not a package
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_settings(db).price_list.packages == ()


SCREENS = {"1366x768-taskbar": QRect(0, 0, 1366, 728), "1024x700": QRect(0, 0, 1024, 700)}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_settings_with_prices_fit_a_laptop_screen(qtbot, monkeypatch, db, screen):
    area = SCREENS[screen]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    dialog = _open(qtbot, db)
    qtbot.waitExposed(dialog)
    assert not off_screen(dialog, area)
    monkeypatch.setattr(settings_dialog, "confirm_discard", lambda *_a: True)
