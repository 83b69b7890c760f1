"""Header matching, full-name splitting, dates of birth and sexes for the client import."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smpdesk.app.demo import _CULTURES, _SHOWCASE
from smpdesk.domain import client_import
from smpdesk.domain.client_import import (
    IMPORT_FIELDS,
    guess_day_first,
    guess_mapping,
    looks_like_serials,
    parse_birth_date,
    parse_sex,
    split_full_name,
)

TODAY = date(2026, 6, 1)


def test_the_fields_are_the_contracts_in_order():
    assert list(IMPORT_FIELDS) == [
        "given_name", "family_name", "full_name", "preferred_name", "date_of_birth", "sex",
        "phone", "email", "address", "notes", "language",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["First name", "Last name", "DOB", "Mobile", "E-mail"],
         ["given_name", "family_name", "date_of_birth", "phone", "email"]),
        (["Vorname", "Nachname", "Geburtsdatum", "Handy", "E-Mail", "Adresse", "Notizen",
          "Geschlecht"],
         ["given_name", "family_name", "date_of_birth", "phone", "email", "address", "notes",
          "sex"]),
        (["Nombre", "Apellidos", "Fecha de nacimiento", "Teléfono", "Correo", "Dirección", "Notas"],
         ["given_name", "family_name", "date_of_birth", "phone", "email", "address", "notes"]),
        (["Imię", "Nazwisko", "Data urodzenia", "Telefon", "Uwagi", "Płeć"],
         ["given_name", "family_name", "date_of_birth", "phone", "notes", "sex"]),
        (["Prénom", "Nom", "Date de naissance", "Téléphone", "Courriel"],
         ["given_name", "family_name", "date_of_birth", "phone", "email"]),
        (["Vorname", "Name"], ["given_name", "family_name"]),  # German: Name = family
        (["Name", "Birthday", "Sex"], ["full_name", "date_of_birth", "sex"]),
        (["Nombre", "Teléfono"], ["full_name", "phone"]),  # alone: the whole name
        (["Client name", "Forename", "Surname"], ["", "given_name", "family_name"]),
        (["FULL NAME", "Phone", "Phone"], ["full_name", "phone", ""]),  # one column a field
        (["Name", "Name (2)", "Date of birth"], ["given_name", "family_name", "date_of_birth"]),
        (["Favourite colour", ""], ["", ""]),
        # smpdesk's own list export reads back in
        (["Client number", "Given name", "Family name", "Preferred name", "Date of birth",
          "Sex", "Phone", "Email", "Address", "Archived"],
         ["", "given_name", "family_name", "preferred_name", "date_of_birth", "sex", "phone",
          "email", "address", ""]),
    ],
)  # fmt: skip
def test_headers_are_matched_in_several_languages(headers, expected):
    mapping = guess_mapping(headers)
    assert [mapping[i] for i in range(len(headers))] == expected


@pytest.mark.parametrize(
    ("text", "given", "family"),
    [
        ("Ann Smith", "Ann", "Smith"),
        ("Smith, Ann", "Ann", "Smith"),
        ("García Márquez, María José", "María José", "García Márquez"),
        ("Mr John Smith", "John", "Smith"),
        ("Dr. Anna Nowak", "Anna", "Nowak"),
        ("Herr Jürgen Müller", "Jürgen", "Müller"),
        ("Sra. Ana Pérez", "Ana", "Pérez"),
        ("Pani Zofia Wójcik", "Zofia", "Wójcik"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Jan van der Berg", "Jan", "van der Berg"),
        ("María de la Cruz", "María", "de la Cruz"),
        ("Leonardo da Vinci", "Leonardo", "da Vinci"),
        ("Anna Maria Di Stefano", "Anna Maria", "Di Stefano"),
        ("Ahmad bin Ismail", "Ahmad", "bin Ismail"),
        ("Omar al-Rashid", "Omar", "al-Rashid"),
        ("José García Márquez", "José", "García Márquez"),
        ("María José Muñoz", "María José", "Muñoz"),
        ("DUPONT Jean", "Jean", "DUPONT"),
        ("John Smith Jr", "John", "Smith Jr"),
        ("Madonna", "Madonna", ""),
        ("  ", "", ""),
    ],
)
def test_full_names_are_split_by_the_documented_rules(text, given, family):
    assert split_full_name(text) == (given, family)


def _demo_names() -> list[tuple[str, str]]:
    pairs = set(_SHOWCASE)
    for givens, families, *_rest in _CULTURES:
        pairs.update((g, f) for g in givens for f in families)
    return sorted(pairs)


@pytest.mark.parametrize(("given", "family"), _demo_names())
def test_every_demo_name_splits_back(given, family):
    assert split_full_name(f"{given} {family}") == (given, family)
    assert split_full_name(f"{family}, {given}") == (given, family)


@given(
    st.lists(st.text(st.characters(categories=("L",)), min_size=1, max_size=8), min_size=1,
             max_size=3),
    st.text(st.characters(categories=("L",)), min_size=1, max_size=12),
)  # fmt: skip
def test_the_comma_form_always_wins(givens, family):
    given = " ".join(givens)
    got_given, got_family = split_full_name(f"{family}, {given}")
    assert got_family == family
    # Every given word survives except a title ("Dr", "Mrs"): a given name of
    # real words never comes back empty.
    kept = [w for w in given.split() if not client_import._is_title(w)]
    assert got_given.split() == kept
    assert bool(got_given) == bool(kept)


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("1984-03-27", True, "1984-03-27"),
        ("1984-03-27 00:00:00", False, "1984-03-27"),
        ("27/03/1984", True, "1984-03-27"),
        ("03/27/1984", False, "1984-03-27"),
        ("27.03.1984", True, "1984-03-27"),
        ("27-03-1984", True, "1984-03-27"),
        ("04/03/1984", True, "1984-03-04"),
        ("04/03/1984", False, "1984-04-03"),
        ("27/03/84", True, "1984-03-27"),
        ("01/02/03", True, "2003-02-01"),
        ("01/02/27", True, "1927-02-01"),  # 2027 is in the future on TODAY
        ("27 Mar 1984", True, "1984-03-27"),
        ("27 March 1984", False, "1984-03-27"),
        ("March 27, 1984", True, "1984-03-27"),
        ("27th of March 1984", True, "1984-03-27"),
        ("27. März 1984", True, "1984-03-27"),
        ("27 de marzo de 1984", True, "1984-03-27"),
        ("27-Mar-84", True, "1984-03-27"),
        ("19840327", True, "1984-03-27"),
    ],
)
def test_dates_of_birth_in_many_spellings(text, day_first, expected):
    assert parse_birth_date(text, day_first=day_first, today=TODAY) == expected


@pytest.mark.parametrize("text", ["31/02/1980", "13/13/1980", "soon", "1984", "27 Foo 1984"])
def test_a_date_that_is_none_says_so(text):
    with pytest.raises(ValueError, match=r"^The date of birth is not a date \("):
        parse_birth_date(text, day_first=True, today=TODAY)


def test_excel_serials_only_when_the_column_is_all_serials():
    assert looks_like_serials(["30768", "", "33000"])
    assert not looks_like_serials(["30768", "27/03/1984"])
    assert not looks_like_serials([""])
    assert parse_birth_date("30768", day_first=True, serials=True) == "1984-03-27"
    with pytest.raises(ValueError):
        parse_birth_date("30768", day_first=True)


def test_the_column_decides_which_comes_first():
    assert guess_day_first(["01/02/1980", "27/03/1984"]) is True
    assert guess_day_first(["01/02/1980", "03/27/1984"]) is False
    assert guess_day_first(["01/02/1980", "1984-03-27"]) is None
    assert guess_day_first([]) is None


@pytest.mark.parametrize(
    ("text", "sex"),
    [("M", "male"), ("female", "female"), ("Mann", "male"), ("Frau", "female"),
     ("hombre", "male"), ("Mujer", "female"), ("Kobieta", "female"), ("Mężczyzna", "male"),
     ("Prefers not to say", "undisclosed"), ("Not recorded", ""), ("?", ""), ("", "")],
)  # fmt: skip
def test_sexes_are_read_from_common_words(text, sex):
    assert parse_sex(text) == sex
