"""Treatment plans and quotes (issue 18, Q1): drafting from the design and the price list,
versions, acceptance by signature, the balance against payments, roles and the quote."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from smpdesk.app import clients, designs, erasure, payments, plans
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import load_settings, open_clinic, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.designs import Zone
from smpdesk.domain.money import Money
from smpdesk.domain.plans import PlanError
from smpdesk.domain.price_list import Package
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.store import audit as audit_store
from smpdesk.store import staff as staff_store
from tests.app.test_designs import BAND, a_design, add_photo, png_claiming, signature


def gbp(pounds: str) -> Money:
    return Money(int(Decimal(pounds) * 100), "GBP")


def set_prices(db) -> None:
    settings = load_settings(db)
    prices = replace(
        settings.price_list,
        session_prices={
            "first": gbp("300"),
            "second": gbp("250"),
            "third": gbp("200"),
            "scar": gbp("180"),
        },
        packages=(Package("Full hairline", ("first", "second", "third"), gbp("650")),),
        prices_include_tax=True,
        tax_rate_percent=Decimal(20),
        deposit_rule=("percent", Decimal(20)),
        quote_valid_days=30,
        terms="The deposit secures your first date.",
    )
    save_settings(db, replace(settings, price_list=prices))


@pytest.fixture
def client(db):
    set_prices(db)
    return clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_without_a_design_the_draft_is_the_standard_course(db, client):
    plan = plans.draft_for_client(db, client, start=date(2026, 5, 4))
    assert [i.session_type for i in plan.items] == ["first", "second", "third"]
    assert plan.items[0].proposed_date == "2026-05-04" and plan.total == gbp("750")
    assert plan.deposit == gbp("150") and plan.notes == ""
    assert plan.valid_until == (date.today() + timedelta(days=30)).isoformat()
    package = plans.draft_for_client(db, client, package="Full hairline")
    assert package.total == gbp("650") and package.discount == gbp("100")


def test_from_the_approved_design_a_scar_zone_adds_a_scar_session(db, client, tmp_path):
    photo = add_photo(db, client, tmp_path)
    design = a_design(photo)
    design = design.with_zones((*design.zones, Zone("scar", BAND, density=30.0, layer=1)))
    saved = designs.save_design(db, client, design)
    unapproved = plans.draft_for_client(db, client)
    assert [i.session_type for i in unapproved.items] == ["first", "second", "third"]
    designs.approve_design(db, saved.id, signature(), "Ola Bråthen")
    plan = plans.draft_for_client(db, client)
    assert [i.session_type for i in plan.items] == ["first", "second", "third", "scar"]
    assert plan.notes == "Areas: Hairline, Crown, Other scar"
    chosen = plans.draft_for_client(db, client, session_types=["touch-up"])
    assert [i.session_type for i in chosen.items] == ["touch-up"]
    record = plans.save_plan(db, client, plan, design_id=saved.id)
    assert record.design_id == saved.id
    text = pdf_text(plans.quote_pdf(db, record.id))
    assert "The design this plan is built on (version 1)" in text
    assert "your front hairline photo of" in text  # the design page names its base


def test_versions_and_acceptance_once(db, client):
    first = plans.save_plan(db, client, plans.draft_for_client(db, client))
    assert (first.version, first.replaces, first.accepted) == (1, None, False)
    edited = replace(first.plan, items=first.plan.items[:2])
    second = plans.save_plan(db, client, edited, replaces=first.id)
    assert (second.version, second.replaces, second.plan.total) == (2, first.id, gbp("550"))
    listed = plans.client_plans(db, client)
    assert [(s.id, s.version, s.total, s.accepted) for s in listed] == [
        (second.id, 2, gbp("550"), False),
        (first.id, 1, gbp("750"), False),
    ]
    assert plans.accepted_plan(db, client) is None
    for bad, words in (
        (b"", "there is no signature"),
        (signature(ink=False), "blank"),
        (png_claiming(100_000, 100_000), "size"),
    ):
        with pytest.raises(UserError, match=words):
            plans.accept_plan(db, second.id, bad, "Ola Bråthen")
    with pytest.raises(UserError, match="Type the name"):
        plans.accept_plan(db, second.id, signature(), "  \x1b ")
    accepted = plans.accept_plan(db, second.id, signature(), "  Ola   Bråthen ")
    assert accepted.accepted and accepted.accepted_name == "Ola Bråthen"
    assert plans.plan_signature(db, second.id) == signature()
    with pytest.raises(UserError, match="already accepted"):
        plans.accept_plan(db, second.id, signature(), "Ola Bråthen")
    assert plans.accepted_plan(db, client).id == second.id
    text = pdf_text(plans.quote_pdf(db, second.id))
    assert "Ola Bråthen" in text and "550.00" in text


def test_an_expired_quote_is_not_accepted(db, client):
    plan = replace(plans.draft_for_client(db, client), valid_until="2020-01-01")
    saved = plans.save_plan(db, client, plan)
    with pytest.raises(UserError, match="valid until 2020-01-01"):
        plans.accept_plan(db, saved.id, signature(), "Ola")


def test_bad_saves_are_refused_and_nothing_is_saved(db, client):
    plan = plans.draft_for_client(db, client)
    other = clients.add_client(db, ClientDetails(given_name="Ben", family_name="Other")).id
    theirs = plans.save_plan(db, other, plan)
    with pytest.raises(UserError, match=f"Plan {theirs.id} is not one of this client's"):
        plans.save_plan(db, client, plan, replaces=theirs.id)
    with pytest.raises(UserError, match="Design 999 is not one of this client's"):
        plans.save_plan(db, client, plan, design_id=999)
    with pytest.raises(PlanError, match="deposit is more than"):
        plans.save_plan(db, client, replace(plan, deposit=gbp("10000")))
    euros = replace(
        plan,
        currency="EUR",
        items=tuple(replace(i, price=Money(i.price.minor, "EUR")) for i in plan.items),
        discount=Money(0, "EUR"),
        deposit=Money(0, "EUR"),
    )
    with pytest.raises(UserError, match="in EUR but the clinic's prices are in GBP"):
        plans.save_plan(db, client, euros)
    with pytest.raises(UserError, match="no client with id 999999"):
        plans.save_plan(db, 999_999, plan)
    assert plans.client_plans(db, client) == []


def test_plan_balance_sets_the_accepted_total_against_payments(db, client):
    assert plans.plan_balance(db, client) == (None, gbp("0"), None)
    saved = plans.save_plan(db, client, plans.draft_for_client(db, client))
    plans.accept_plan(db, saved.id, signature(), "Ola")
    payments.record_payment(db, client, "150", method="card", kind="deposit")
    assert plans.plan_balance(db, client) == (gbp("750"), gbp("150"), gbp("600"))
    payments.record_payment(db, client, "700", method="cash")
    assert plans.plan_balance(db, client) == (gbp("750"), gbp("850"), gbp("0"))


def test_what_is_due_counts_only_payments_since_the_plan_was_accepted(db, client):
    """A returning client's earlier course is not a payment on their new plan."""
    from datetime import UTC, datetime, timedelta

    earlier = datetime.now(UTC) - timedelta(days=400)
    payments.record_payment(db, client, "2150", method="card", now=earlier)
    saved = plans.save_plan(db, client, plans.draft_for_client(db, client))
    plans.accept_plan(db, saved.id, signature(), "Ola")
    assert plans.plan_balance(db, client) == (gbp("750"), gbp("0"), gbp("750"))
    payments.record_payment(db, client, "150", method="card", kind="deposit")
    assert plans.plan_balance(db, client) == (gbp("750"), gbp("150"), gbp("600"))


def test_quote_export_goes_through_safe_output(db, client, tmp_path):
    saved = plans.save_plan(db, client, plans.draft_for_client(db, client))
    out = plans.export_quote(db, saved.id, tmp_path / "quote")
    assert out == tmp_path / "quote.pdf" and out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out.read_bytes())
    for words in ("Your treatment plan", "Ola Bråthen", "750.00", "125.00", "150.00"):
        assert words in text
    with pytest.raises(UserError, match="already exists"):
        plans.export_quote(db, saved.id, out)
    plans.export_quote(db, saved.id, out, overwrite=True)
    with pytest.raises(UserError):
        plans.export_quote(db, saved.id, db.path)
    with pytest.raises(UserError, match="no plan with id 999"):
        plans.quote_pdf(db, 999)


def test_a_row_whose_totals_disagree_with_its_sessions_is_refused(db, client):
    """The list reads the columns and the quote the description: never two totals."""
    saved = plans.save_plan(db, client, plans.draft_for_client(db, client))
    db.execute("DROP TRIGGER plans_kept")
    db.execute("UPDATE plans SET total_minor = 1 WHERE id = ?", [saved.id])
    db.conn.commit()
    with pytest.raises(PlanError, match="saved totals do not match"):
        plans.get_plan(db, saved.id)
    with pytest.raises(PlanError, match="saved totals do not match"):
        plans.quote_pdf(db, saved.id)


def test_a_tampered_row_is_refused_in_one_sentence(db, client):
    saved = plans.save_plan(db, client, plans.draft_for_client(db, client))
    db.execute("DROP TRIGGER plans_kept")
    db.execute('UPDATE plans SET data = \'{"format": 1, "items": NaN}\' WHERE id = ?', [saved.id])
    with pytest.raises(PlanError, match="cannot be used"):
        plans.get_plan(db, saved.id)
    assert plans.client_plans(db, client)[0].total == gbp("750")  # the list reads no JSON


def test_erasing_a_client_removes_their_plans(db, client):
    saved = plans.save_plan(db, client, plans.draft_for_client(db, client))
    plans.accept_plan(db, saved.id, signature(), "Ola")
    erasure.erase_client(db, client, confirmation=f"C{client:05d}", reason="The client asked.")
    assert db.execute("SELECT count(*) FROM plans").fetchone()[0] == 0


def test_roles_the_desk_sees_totals_only(db_path):
    first = open_clinic(db_path)
    set_prices(first)
    ids = {r: staff_store.insert_staff(first, r.value, r.value.title(), r) for r in Role}
    first.close()
    handles = {}
    for role in Role:
        handles[role] = open_clinic(db_path)
        handles[role].staff = Staff(ids[role], role.value, role.value.title(), role)
    desk, practitioner = handles[Role.RECEPTION], handles[Role.PRACTITIONER]
    try:
        cid = clients.add_client(desk, ClientDetails(given_name="A", family_name="B")).id
        draft = replace(plans.draft_for_client(practitioner, cid), notes="Areas: Crown")
        saved = plans.save_plan(practitioner, cid, draft)
        assert saved.created_by_name == "Practitioner"
        plans.accept_plan(practitioner, saved.id, signature(), "A B")
        for refused in (
            lambda: plans.draft_for_client(desk, cid),
            lambda: plans.save_plan(desk, cid, draft),
            lambda: plans.get_plan(desk, saved.id),
            lambda: plans.accept_plan(desk, saved.id, signature(), "A B"),
            lambda: plans.quote_pdf(desk, saved.id),
        ):
            with pytest.raises(AccessRefused):
                refused()
        assert [s.id for s in plans.client_plans(desk, cid)] == [saved.id]
        # Reception: the totals and what is due, never the sessions (they name treatments).
        with pytest.raises(AccessRefused):
            plans.accepted_plan(desk, cid)
        assert plans.accepted_plan(practitioner, cid).plan.notes == "Areas: Crown"
        assert plans.plan_balance(desk, cid)[2] == gbp("750")
        actions = [(e.action, e.outcome, e.staff_id) for e in audit_store.entries(desk)]
        assert ("plans.save_plan", "done", ids[Role.PRACTITIONER]) in actions
        assert ("plans.accept_plan", "done", ids[Role.PRACTITIONER]) in actions
        assert ("plans.get_plan", "refused", ids[Role.RECEPTION]) in actions
        # An entry about a plan named by id is filed under its client.
        accepted_entry = next(
            e for e in audit_store.entries(desk) if e.action == "plans.accept_plan"
        )
        assert accepted_entry.client_id == cid
    finally:
        for handle in handles.values():
            handle.close()
