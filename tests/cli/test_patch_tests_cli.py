"""``smpdesk patch-tests add`` and ``list`` (issue 16, item 18)."""

from __future__ import annotations

import json

from smpdesk.app import clients
from smpdesk.domain.client_details import ClientDetails
from tests.cli.test_cli import run


def test_add_then_list_and_a_bad_reading_is_refused(db, db_path):
    cid = clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    added = run(
        "patch-tests", "add", "--db", str(db_path), "--client", str(cid), "--applied",
        "2025-03-01", "--pigment", "Brand X", "--lot", "GR-1", "--result", "negative",
        "--read-on", "04/03/2025", "--read-by", "Sam Lee",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Negative" in added.stdout
    listed = run("patch-tests", "list", "--db", str(db_path), "--client", str(cid), "--json")
    [row] = json.loads(listed.stdout)
    assert (row["result"], row["read_on"], row["lot"]) == ("negative", "2025-03-04", "GR-1")
    bad = run(
        "patch-tests", "add", "--db", str(db_path), "--client", str(cid), "--applied",
        "2025-03-01", "--pigment", "Brand X", "--result", "negative", "--read-on",
        "2025-02-04", "--read-by", "S",
    )  # fmt: skip
    assert bad.returncode == 1 and "read before it was applied" in bad.stderr
    assert "Traceback" not in bad.stderr
