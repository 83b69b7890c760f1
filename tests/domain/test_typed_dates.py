"""Typed dates: the clinic's style decides only three bare numbers; ISO always works."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smpdesk.domain.dates import (
    MONTHS,
    format_long_date,
    format_typed_date,
    parse_typed_date,
    typed_date_form,
)

MARCH_14 = date(1985, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "14/03/1985",
        "14.03.1985",
        "14-03-1985",
        "14 3 1985",
        "14/3/1985",
        " 14/03/1985 ",
        "14 Mar 1985",
        "14 March 1985",
        "14 march 1985",
        "14th March 1985",
        "14-Mar-1985",
        "Mar 14 1985",
        "March 14, 1985",
        "1985-03-14",
        "1985/03/14",
        "1985 Mar 14",
        "Thursday 14 March 1985",
        "Thu, 14 Mar 1985",
    ],
)
def test_uk_forms(text: str) -> None:
    assert parse_typed_date(text, "uk") == MARCH_14


@pytest.mark.parametrize(
    "text",
    [
        "03/14/1985",
        "3/14/1985",
        "03.14.1985",
        "03-14-1985",
        "Mar 14 1985",
        "March 14, 1985",
        "14 Mar 1985",
        "1985-03-14",
        "Thursday, March 14, 1985",
    ],
)
def test_us_forms(text: str) -> None:
    assert parse_typed_date(text, "us") == MARCH_14


def test_the_style_decides_bare_numbers_only() -> None:
    assert parse_typed_date("04/03/1985", "uk") == date(1985, 3, 4)
    assert parse_typed_date("04/03/1985", "us") == date(1985, 4, 3)


@pytest.mark.parametrize(
    ("text", "style", "sentence"),
    [
        ("", "uk", "Enter the date as DD/MM/YYYY, for example 14/03/1985."),
        ("yesterday", "uk", "Enter the date as DD/MM/YYYY, for example 14/03/1985."),
        ("14/03", "us", "Enter the date as MM/DD/YYYY, for example 03/14/1985."),
        ("14/03/85", "uk", "Type the year in full, for example 14/03/1985."),
        ("03/14/85", "us", "Type the year in full, for example 03/14/1985."),
        ("03/14/1985", "uk", "There is no such date; check the day and the month (DD/MM/YYYY)."),
        ("31/02/1985", "uk", "There is no such date; check the day and the month (DD/MM/YYYY)."),
        ("1985-13-01", "uk", "There is no such date; check the day and the month (DD/MM/YYYY)."),
        ("Friday 14 March 1985", "uk", "That date is a Thursday, not a Friday; check the date."),
        ("14 Smarch 1985", "uk", "Enter the date as DD/MM/YYYY, for example 14/03/1985."),
        ("1²/03/1985", "uk", "Enter the date as DD/MM/YYYY, for example 14/03/1985."),
        ("14/03/1985/1", "uk", "Enter the date as DD/MM/YYYY, for example 14/03/1985."),
        ("14/03/1985 DROP", "uk", "Enter the date as DD/MM/YYYY, for example 14/03/1985."),
        ("114/03/1985", "uk", "Enter the date as DD/MM/YYYY, for example 14/03/1985."),
        ("1" * 500, "uk", "Enter the date as DD/MM/YYYY, for example 14/03/1985."),
    ],
)
def test_refusals_are_one_plain_sentence(text: str, style: str, sentence: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_typed_date(text, style)
    assert str(refused.value) == sentence


def test_unknown_style_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown date style"):
        parse_typed_date("14/03/1985", "fr")


def test_form_names() -> None:
    assert typed_date_form("uk") == "DD/MM/YYYY"
    assert typed_date_form("us") == "MM/DD/YYYY"
    assert format_typed_date(MARCH_14, "uk") == "14/03/1985"
    assert format_typed_date(MARCH_14, "us") == "03/14/1985"


days = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
styles = st.sampled_from(["uk", "us"])


@given(days, styles)
def test_round_trip_in_the_clinic_style(day: date, style: str) -> None:
    assert parse_typed_date(format_typed_date(day, style), style) == day


@given(days, styles)
def test_iso_and_long_forms_read_the_same_in_both_styles(day: date, style: str) -> None:
    assert parse_typed_date(day.isoformat(), style) == day
    assert parse_typed_date(format_long_date(day, "uk"), style) == day
    assert parse_typed_date(format_long_date(day, "us"), style) == day
    assert parse_typed_date(f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}", style) == day


@given(st.text(max_size=30), styles)
def test_any_text_gives_a_date_or_a_sentence(text: str, style: str) -> None:
    try:
        parse_typed_date(text, style)
    except ValueError as exc:
        message = str(exc)
        assert message.endswith(".") and "\n" not in message
        assert text.strip() == "" or text.strip() not in message or len(text.strip()) < 3
