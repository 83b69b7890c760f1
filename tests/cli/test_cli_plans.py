"""``smpdesk plans`` and ``smpdesk quote`` (issue 18, Q1), run as a subprocess."""

from __future__ import annotations

import json

from smpdesk.app import clients, plans
from smpdesk.domain.client_details import ClientDetails
from tests.app.test_designs import signature
from tests.app.test_plans import pdf_text, set_prices
from tests.cli.test_cli import assert_user_error, run


def test_plans_lists_versions_with_decimal_string_amounts(db, db_path):
    set_prices(db)
    cid = clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    none = run("plans", "--db", str(db_path), "--client", str(cid))
    assert none.returncode == 0, none.stderr
    assert "No treatment plans saved" in none.stdout
    first = plans.save_plan(db, cid, plans.draft_for_client(db, cid))
    plans.accept_plan(db, first.id, signature(), "Ola Bråthen")
    second = plans.save_plan(db, cid, plans.draft_for_client(db, cid, package="Full hairline"))
    listed = run("plans", "--db", str(db_path), "--client", f"C{cid:05d}", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["version"], r["total"], r["deposit"], r["accepted"]) for r in rows] == [
        (second.id, 2, "650.00", "130.00", False),
        (first.id, 1, "750.00", "150.00", True),
    ]
    for key in ("client_id", "currency", "valid_until", "accepted_at", "created_at"):
        assert key in rows[0]
    assert rows[0]["currency"] == "GBP" and rows[1]["accepted_at"] and rows[0]["client_id"] == cid
    text = run("plans", "--db", str(db_path), "--client", str(cid))
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].split()[:2] == [str(second.id), "v2"] and "not accepted" in lines[0]
    assert "650.00 GBP" in lines[0] and "signed as Ola Bråthen" in lines[1]
    assert_user_error(run("plans", "--db", str(db_path), "--client", "999999"), "999999")


def test_quote_writes_the_pdf_and_refuses_to_overwrite(db, db_path, tmp_path):
    set_prices(db)
    cid = clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    saved = plans.save_plan(db, cid, plans.draft_for_client(db, cid))
    out = tmp_path / "quote.pdf"
    args = ("quote", "--db", str(db_path), "--plan", str(saved.id), "-o", str(out))
    done = run(*args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    text = pdf_text(out.read_bytes())
    assert "Your treatment plan" in text and "750.00" in text
    assert_user_error(run(*args), "already exists")
    assert run(*args, "--force").returncode == 0
    assert_user_error(run(*args[:-1], str(db_path), "--force"), "nothing was written")
    gone = run("quote", "--db", str(db_path), "--plan", "999", "-o", str(tmp_path / "x.pdf"))
    assert_user_error(gone, "no plan with id 999")
    assert not (tmp_path / "x.pdf").exists()
