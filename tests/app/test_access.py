"""Who may do what: the permission matrix, driven from app.access.RULES, and the audit trail."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

from smpdesk.app import access
from smpdesk.app.access import RULES, AccessRefused
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo import populate
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.store import audit as audit_store
from smpdesk.store import staff as staff_store
from tests.paper_records import ON_PAPER

USE_CASE_MODULES = (
    "aftercare",
    "backups",
    "client_export",
    "client_import",
    "client_list_export",
    "client_search",
    "clients",
    "clinic",
    "designs",
    "erasure",
    "first_run",
    "follow_ups",
    "lot_recall",
    "patch_tests",
    "payments",
    "plans",
    "reports",
    "photos",
    "questionnaires",
    "retention",
    "sessions",
    "staff",
)


def _modules() -> dict[str, object]:
    found = {}
    for name in USE_CASE_MODULES:
        try:
            found[name] = importlib.import_module(f"smpdesk.app.{name}")
        except ModuleNotFoundError:
            continue
    return found


def _takes_the_clinic(fn: object) -> bool:
    try:
        params = list(inspect.signature(fn).parameters.values())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return bool(params) and params[0].annotation in ("Clinic", Clinic)


def test_every_use_case_has_a_rule_and_every_rule_a_use_case():
    modules = _modules()
    unguarded = []
    for module_name, module in modules.items():
        for name in getattr(module, "__all__", []):
            fn = getattr(module, name)
            if not callable(fn) or inspect.isclass(fn):
                continue
            if _takes_the_clinic(inspect.unwrap(fn)) and not hasattr(fn, "use_case"):
                unguarded.append(f"{module_name}.{name}")
    assert unguarded == [], "use cases without a rule in app.access.RULES"
    for rule_name in RULES:
        module_name, fn_name = rule_name.split(".")
        if module_name not in modules:
            continue  # a module still to come fails the import above, not here
        fn = getattr(modules[module_name], fn_name, None)
        assert fn is not None, f"{rule_name} has a rule but no use case"
        assert getattr(fn, "use_case", None) == rule_name


def test_a_function_without_a_rule_cannot_become_a_use_case():
    def brand_new(db: Clinic) -> None: ...

    with pytest.raises(LookupError, match="without a rule"):
        access.use_case(brand_new)


@pytest.fixture
def staffed(db_path: Path) -> dict[Role, Clinic]:
    """The same clinic opened once per role, each handle with its own signed-in person."""
    first = open_clinic(db_path)
    populate(first, 3)
    handles = {}
    for role in Role:
        staff_id = staff_store.insert_staff(first, role.value, role.value.title(), role)
        handle = open_clinic(db_path)
        handle.staff = Staff(staff_id, role.value, role.value.title(), role)
        handles[role] = handle
    first.close()
    yield handles
    for handle in handles.values():
        handle.close()


def _dummy_arguments(fn: object) -> list[object]:
    """Something for each required argument: the checks run before any of it is used."""
    params = list(inspect.signature(inspect.unwrap(fn)).parameters.values())[1:]  # type: ignore[arg-type]
    values: list[object] = []
    for p in params:
        if p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.kind is p.KEYWORD_ONLY:
            continue
        values.append(1 if p.name.endswith("_id") else None)
    return values


MATRIX = [(name, role) for name in RULES for role in Role]


@pytest.mark.parametrize(("name", "role"), MATRIX, ids=[f"{n}-{r.value}" for n, r in MATRIX])
def test_permission_matrix(staffed, name, role):
    modules = _modules()
    module_name, fn_name = name.split(".")
    if module_name not in modules:
        pytest.skip(f"smpdesk.app.{module_name} is not there yet")
    fn = getattr(modules[module_name], fn_name)
    clinic = staffed[role]
    before = len(audit_store.entries(clinic))
    allowed = role in RULES[name].roles
    try:
        fn(clinic, *_dummy_arguments(fn))
    except AccessRefused as exc:
        assert not allowed, f"{role.value} was refused {name}"
        assert role.value in str(exc)
        newest = audit_store.entries(clinic, limit=1)[0]
        assert (newest.action, newest.outcome, newest.staff_id) == (
            name,
            "refused",
            clinic.staff.id,
        )
        return
    except Exception:
        pass
    assert allowed, f"{role.value} could run {name}"
    assert len(audit_store.entries(clinic)) >= before


def test_reception_does_the_desk_work_and_nothing_clinical(staffed):
    from smpdesk.app import clients, photos, questionnaires, sessions

    desk = staffed[Role.RECEPTION]
    client = clients.add_client(desk, ClientDetails(given_name="Ada", family_name="Lovelace"))
    assert clients.search_client_ids(desk, "lovelace") == [client.id]
    for use_case, args in (
        (photos.client_photos, (client.id,)),
        (questionnaires.client_flags, (client.id,)),
        (questionnaires.client_responses, (client.id,)),
        (sessions.client_sessions, (client.id,)),
        (sessions.sessions_with_lot, ("UM-1",)),
    ):
        with pytest.raises(AccessRefused, match="A reception account cannot"):
            use_case(desk, *args)
    assert questionnaires.booking_caution(desk, client.id) is None
    assert [s.form_id for s in questionnaires.form_statuses(desk, client.id)]


def test_reception_never_loads_client_notes_and_its_edits_keep_them(staffed):
    from smpdesk.app import clients

    practitioner, desk = staffed[Role.PRACTITIONER], staffed[Role.RECEPTION]
    client = clients.add_client(
        practitioner,
        ClientDetails(given_name="Ada", family_name="Byron", notes="Keloid scar on the crown."),
    )
    seen = clients.get_client(desk, client.id)
    assert seen.notes == "" and seen.family_name == "Byron"
    details = seen.details()
    changed = clients.update_client(
        desk, client.id, ClientDetails(**{**details.__dict__, "phone": "0161 496 0000"})
    )
    assert changed.notes == ""
    assert clients.get_client(practitioner, client.id).notes == "Keloid scar on the crown."
    assert clients.get_client(practitioner, client.id).phone == "0161 496 0000"


def test_every_record_names_who_made_and_who_changed_it(staffed):
    from smpdesk.app import clients, sessions

    practitioner, desk = staffed[Role.PRACTITIONER], staffed[Role.RECEPTION]
    client = clients.add_client(desk, ClientDetails(given_name="Grace", family_name="Hopper"))
    session = sessions.record_session(
        practitioner,
        client.id,
        SessionDetails("2026-11-30", "first", pigment_lot="UM-1"),
        override_reason=ON_PAPER,
    )
    clients.update_client(
        practitioner, client.id, ClientDetails(given_name="Grace", family_name="H")
    )
    sessions.book_appointment(desk, session.id, "2026-12-21 10:00")
    row = desk.execute(
        "SELECT created_by, changed_by FROM clients WHERE id = ?", [client.id]
    ).fetchone()
    assert row == (desk.staff.id, practitioner.staff.id)
    row = desk.execute(
        "SELECT created_by, changed_by FROM sessions WHERE id = ?", [session.id]
    ).fetchone()
    assert row == (practitioner.staff.id, desk.staff.id)
    trail = [(e.staff_name, e.action, e.client_id) for e in audit_store.entries(desk, limit=10)]
    assert ("Reception", "sessions.book_appointment", client.id) in trail
    assert ("Practitioner", "sessions.record_session", client.id) in trail
    assert ("Reception", "clients.add_client", None) in trail


def test_reception_books_an_appointment_by_the_session_rules(staffed):
    from smpdesk.app import clients, sessions
    from smpdesk.errors import ValidationError

    practitioner, desk = staffed[Role.PRACTITIONER], staffed[Role.RECEPTION]
    client = clients.add_client(desk, ClientDetails(given_name="Alan", family_name="Turing"))
    session = sessions.record_session(
        practitioner,
        client.id,
        SessionDetails("2026-11-30", "first"),
        override_reason=ON_PAPER,
    )
    with pytest.raises(ValidationError):
        sessions.book_appointment(desk, session.id, "2026-11-01 10:00")  # before the session
    visit = sessions.book_appointment(desk, session.id, "2026-12-21 10:00")
    assert visit.next_appointment.isoformat(sep=" ") == "2026-12-21 10:00:00"
    [seen] = sessions.visits(desk, client.id)
    assert (seen.session_type, seen.next_appointment) == ("first", visit.next_appointment)
    assert not hasattr(seen, "details")  # no pigment, needles, reactions or notes


def test_an_unprotected_clinic_allows_everything_and_names_nobody(db):
    from smpdesk.app import clients

    assert db.staff is None
    client = clients.add_client(db, ClientDetails(given_name="Niklaus", family_name="Wirth"))
    assert clients.get_client(db, client.id).family_name == "Wirth"
    assert audit_store.entries(db) == []
    assert db.execute("SELECT created_by FROM clients WHERE id = ?", [client.id]).fetchone() == (
        None,
    )


def test_a_bare_database_is_refused_loudly(db_path):
    from smpdesk import store
    from smpdesk.app import clients

    bare = store.open_database(db_path, create=True)
    with pytest.raises(TypeError, match="clinic handle"):
        clients.count_clients(bare)
    bare.conn.close()


def test_a_new_session_names_the_signed_in_practitioner(staffed):
    from smpdesk.app import clients, sessions

    practitioner = staffed[Role.PRACTITIONER]
    client = clients.add_client(
        practitioner, ClientDetails(given_name="Ida", family_name="Noddack")
    )
    sessions.record_session(
        practitioner,
        client.id,
        SessionDetails("2026-11-30", "first", practitioner="Someone Else"),
        override_reason=ON_PAPER,
    )
    defaults = sessions.new_session_defaults(practitioner, client.id)
    assert defaults.practitioner == "Practitioner"


def test_entries_about_a_session_or_response_name_its_client(staffed):
    from smpdesk.app import clients, sessions

    practitioner = staffed[Role.PRACTITIONER]
    client = clients.add_client(
        practitioner, ClientDetails(given_name="Lise", family_name="Meitner")
    )
    session = sessions.record_session(
        practitioner,
        client.id,
        SessionDetails("2026-11-30", "first"),
        override_reason=ON_PAPER,
    )
    sessions.book_appointment(practitioner, session.id, "2026-12-21 10:00")
    newest = audit_store.entries(practitioner, limit=1)[0]
    assert (newest.action, newest.client_id) == ("sessions.book_appointment", client.id)
