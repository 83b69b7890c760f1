from datetime import date

import pytest

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.domain.client_details import ClientDetails, age_on, validate
from smpdesk.errors import ValidationError

TODAY = date(2026, 11, 22)


def problems(**values):
    base = {"given_name": "Zoë", "family_name": "Brontë"}
    return validate(ClientDetails(**{**base, **values}), today=TODAY)


def test_minimal_client_is_valid():
    assert problems() == {}


def test_required_names():
    found = validate(ClientDetails(given_name="  ", family_name=""), today=TODAY)
    assert found == {
        "given_name": "Enter the client's given name.",
        "family_name": "Enter the client's family name.",
    }


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date_of_birth", "27/03/1984", "YYYY-MM-DD"),
        ("date_of_birth", "2027-01-01", "future"),
        ("date_of_birth", "1890-01-01", "120 years"),
        ("phone", "call me", "digits"),
        ("phone", "123", "6 to 15 digits"),
        ("email", "zoe@", "name@example.com"),
        ("email", "zoe example.com", "name@example.com"),
        ("sex", "robot", "listed options"),
        ("given_name", "x" * 101, "under 100"),
    ],
)
def test_each_bad_value_is_named_with_its_field(field, value, message):
    found = problems(**{field: value})
    assert list(found) == [field]
    assert message in found[field]


def test_good_values_pass():
    assert (
        problems(
            date_of_birth="1984-03-27",
            phone="+44 (0)7700 900-123",
            email="zoe.bronte@example.org",
            sex="female",
        )
        == {}
    )


def test_age_on_birthday_boundaries():
    assert age_on("1984-11-22", TODAY) == 42
    assert age_on("1984-11-23", TODAY) == 41
    assert age_on("", TODAY) is None
    assert age_on("garbage", TODAY) is None


def test_service_refuses_invalid_details_and_saves_nothing(db):
    with pytest.raises(ValidationError) as caught:
        client_cases.add_client(db, ClientDetails(given_name="Zoë", family_name="", email="bad"))
    assert set(caught.value.fields) == {"family_name", "email"}
    assert store.count_clients(db, "all") == 0


def test_service_trims_and_lowercases_email(db):
    client = client_cases.add_client(
        db, ClientDetails(given_name="  Zoë ", family_name="Brontë", email=" Zoe@Example.ORG ")
    )
    assert client.given_name == "Zoë"
    assert client.email == "zoe@example.org"


def test_archive_and_restore_through_the_use_cases(db):
    client = client_cases.add_client(db, ClientDetails(given_name="Aoife", family_name="Byrne"))
    assert client_cases.archive_client(db, client.id).is_archived
    assert not client_cases.restore_client(db, client.id).is_archived
