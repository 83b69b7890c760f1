"""``smpdesk payments``, ``receipt`` and ``report takings`` (issue 18, P2)."""

from __future__ import annotations

import json

from smpdesk.app import clients
from smpdesk.domain.client_details import ClientDetails
from tests.cli.test_cli import assert_user_error, run


def test_take_list_refund_void_and_print_from_the_command_line(db, db_path, tmp_path):
    cid = clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    at = ["--db", str(db_path)]
    added = run("payments", "add", *at, "--client", f"C{cid:05d}", "--amount", "150.00",
                "--method", "card", "--kind", "deposit", "--note", "first")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "1"  # the id alone, for scripts
    assert "receipt No. 000001, £150.00" in added.stderr
    cash = run("payments", "add", *at, "--client", str(cid), "--amount", "80", "--method", "cash")
    refund = run("payments", "refund", *at, "--payment", cash.stdout.strip(), "--amount", "30",
                 "--reason", "unused product")  # fmt: skip
    assert refund.returncode == 0 and refund.stdout.strip() == "3", refund.stderr
    void = run("payments", "void", *at, "--payment", "1", "--reason", "typed twice", "--json")
    assert json.loads(void.stdout)["amount"] == "-150.00"
    listed = json.loads(run("payments", "list", *at, "--client", str(cid), "--json").stdout)
    assert [row["receipt_number"] for row in listed] == [4, 3, 2, 1]
    first = listed[-1]
    assert {k: first[k] for k in ("id", "client_id", "amount", "currency", "method", "kind")} == {
        "id": 1, "client_id": cid, "amount": "150.00", "currency": "GBP", "method": "card",
        "kind": "deposit",
    }  # fmt: skip
    assert first["voided"] is True and first["entry"] == "payment" and first["note"] == "first"
    assert listed[1]["refers_to"] == 2 and listed[1]["reason"] == "unused product"
    day = first["day"]
    by_day = json.loads(run("payments", "list", *at, "--day", day, "--json").stdout)
    assert [row["id"] for row in by_day] == [1, 2, 3, 4]
    text = run("payments", "list", *at, "--client", str(cid))
    assert "£50.00" in text.stdout and "(voided)" in text.stdout

    receipt = tmp_path / "r.pdf"
    made = run("receipt", *at, "--payment", "1", "-o", str(receipt))
    assert made.returncode == 0, made.stderr
    assert receipt.read_bytes().startswith(b"%PDF")
    assert_user_error(run("receipt", *at, "--payment", "1", "-o", str(receipt)), "--force")
    assert run("receipt", *at, "--payment", "1", "-o", str(receipt), "--force").returncode == 0
    assert_user_error(run("receipt", *at, "--payment", "1", "-o", str(db_path), "--force"),
                      "clinic database")  # fmt: skip

    totals = json.loads(run("report", "takings", *at, "--day", day, "--json").stdout)
    assert (totals["count"], totals["taken"], totals["net"]) == (2, "230.00", "50.00")
    csv_out = run("report", "takings", *at, "--day", day, "--csv")
    assert csv_out.stdout.splitlines()[0].startswith("day,receipt_number")
    assert len(csv_out.stdout.splitlines()) == 5
    sheet = tmp_path / "t.pdf"
    assert run("report", "takings", *at, "--day", day, "-o", str(sheet)).returncode == 0
    assert sheet.read_bytes().startswith(b"%PDF")
    csv_file = tmp_path / "t.csv"
    assert run("report", "takings", *at, "--day", day, "--csv", "-o", str(csv_file)).returncode == 0
    assert csv_file.read_bytes().startswith("\ufeffday,".encode())
    human = run("report", "takings", *at, "--day", day)
    assert "£50.00" in human.stdout and "Cash" in human.stdout


def test_bad_input_ends_with_one_sentence_and_exit_1(db, db_path):
    cid = clients.add_client(db, ClientDetails(given_name="A", family_name="B")).id
    at = ["--db", str(db_path)]
    for amount, fragment in (("1.234", "at most 2 decimals"), ("0", "above zero"),
                             ("abc", "digits")):  # fmt: skip
        bad = run("payments", "add", *at, "--client", str(cid), "--amount", amount,
                  "--method", "cash")  # fmt: skip
        assert_user_error(bad, fragment)
    assert_user_error(
        run("payments", "void", *at, "--payment", "9", "--reason", "x"), "no payment 9"
    )
    assert_user_error(run("payments", "list", *at, "--day", "31/02/2026"), "--day")
    wrong = run("payments", "add", *at, "--client", str(cid), "--amount", "1", "--method", "cheque")
    assert wrong.returncode == 1 and "invalid choice: 'cheque'" in wrong.stderr
    assert json.loads(run("payments", "list", *at, "--client", str(cid), "--json").stdout) == []


def test_takings_csv_on_the_screen_runs_no_escape_and_options_are_unambiguous(
    db, db_path, tmp_path
):
    from smpdesk.domain.text_safety import PLACEHOLDER
    from smpdesk.store import payments as payment_store

    cid = clients.add_client(db, ClientDetails(given_name="Esc", family_name="Note")).id
    # A note as an older version could have stored it (not cleaned on the way in).
    payment_store.insert_payment(
        db, cid, kind="session", method="cash", amount_minor=1000, currency="GBP",
        note="a\x1b]0;owned\x07b\u202ec", taken_by_name="", taken_at="2026-03-14T10:00:00+00:00",
        day="2026-03-14",
    )  # fmt: skip
    at = ["--db", str(db_path), "--day", "2026-03-14"]
    shown = run("report", "takings", *at, "--csv")
    assert shown.returncode == 0, shown.stderr
    assert "\x1b" not in shown.stdout and "\u202e" not in shown.stdout
    assert "\x07" not in shown.stdout and "\r" not in shown.stdout
    assert f"a{PLACEHOLDER}" in shown.stdout and len(shown.stdout.splitlines()) == 2
    both = run("report", "takings", *at, "--csv", "--json")
    assert both.returncode == 1 and "not allowed with argument" in both.stderr  # usage: 1
    target = tmp_path / "t.json"
    assert_user_error(run("report", "takings", *at, "--json", "-o", str(target)), "--json")
    assert not target.exists()
