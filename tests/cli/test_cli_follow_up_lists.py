"""``due --csv/--pdf``, ``due-mark``, ``due-history`` and ``lots --match/--csv`` (issue 16)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

from tests.cli.test_cli import assert_user_error, new_clinic, run


def _client(db: Path, given: str, lot: str, days_ago: int = 40) -> str:
    cid = run(
        "clients",
        "add",
        "--db",
        str(db),
        "--given",
        given,
        "--family",
        "Due",
        "--phone",
        "07700 900123",
    ).stdout.strip()
    day = (date.today() - timedelta(days=days_ago)).isoformat()
    result = run(
        "sessions",
        "add",
        "--db",
        str(db),
        "--client",
        cid,
        "--type",
        "first",
        "--date",
        day,
        "--pigment-lot",
        lot,
        "--override-reason",
        "Records are on paper at the other clinic.",
    )
    assert result.returncode == 0, result.stderr
    return cid


def test_mark_history_and_the_list_follow(tmp_path):
    db = new_clinic(tmp_path)
    ada = _client(db, "Ada", "GR-2610-A")
    bo = _client(db, "Bo", "GR-2610-B")
    result = run(
        "due-mark",
        "--db",
        str(db),
        "--client",
        ada,
        "--outcome",
        "left-message",
        "--note",
        "voicemail",
    )
    assert result.returncode == 0, result.stderr
    assert "Left a message: voicemail" in result.stdout
    until = (date.today() + timedelta(days=7)).isoformat()
    assert (
        run(
            "due-mark", "--db", str(db), "--client", bo, "--outcome", "snoozed", "--until", until
        ).returncode
        == 0
    )
    listed = json.loads(run("due", "--db", str(db), "--json").stdout)
    assert [(i["client_id"], i["last_outcome"], i["outcome_note"]) for i in listed] == [
        (int(ada), "left_message", "voicemail")
    ]
    history = json.loads(run("due-history", "--db", str(db), "--client", bo, "--json").stdout)
    assert [(h["outcome"], h["snooze_until"]) for h in history] == [("snoozed", until)]
    assert_user_error(
        run("due-mark", "--db", str(db), "--client", bo, "--outcome", "snoozed"),
        "Choose the date",
    )


def test_due_and_lots_write_csv_and_pdf(tmp_path):
    db = new_clinic(tmp_path)
    _client(db, "=SUM(A1)", "GR-2610-A")
    _client(db, "Bo", "XX-2610")
    out = tmp_path / "due.csv"
    pdf = tmp_path / "due.pdf"
    result = run("due", "--db", str(db), "--csv", str(out), "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][:4] == ["Client number", "Name", "Phone", "Email"]
    assert sorted(r[1] for r in rows[1:]) == ["'=SUM(A1) Due", "Bo Due"]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert_user_error(run("due", "--db", str(db), "--csv", str(out)), "--force")
    assert run("due", "--db", str(db), "--csv", str(out), "--force").returncode == 0
    assert_user_error(
        run("due", "--db", str(db), "--csv", str(db), "--force"), "nothing was written"
    )

    recall = tmp_path / "recall.csv"
    assert run("lots", "--db", str(db), "GR-2610").stderr.startswith(
        "0 sessions"
    )  # exact, as before
    result = run("lots", "--db", str(db), "gr2610", "--match", "prefix")
    assert "GR-2610-A" in result.stdout and "XX-2610" not in result.stdout
    result = run("lots", "--db", str(db), "2610", "--match", "contains", "--csv", str(recall))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(recall.read_text(encoding="utf-8-sig"))))
    assert sorted(r[7] for r in rows[1:]) == ["GR-2610-A", "XX-2610"]
