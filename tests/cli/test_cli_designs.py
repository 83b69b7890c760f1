"""``smpdesk designs`` and ``smpdesk design-render`` (issue 17, H3), run as a subprocess."""

from __future__ import annotations

import io
import json

from PIL import Image

from smpdesk.app import clients, designs
from smpdesk.domain.client_details import ClientDetails
from tests.app.test_designs import H, W, a_design, add_photo, signature
from tests.cli.test_cli import assert_user_error, run


def test_designs_lists_versions_and_their_approval(db, db_path, tmp_path):
    cid = clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    none = run("designs", "--db", str(db_path), "--client", str(cid))
    assert none.returncode == 0 and "No designs saved" in none.stdout
    photo = add_photo(db, cid, tmp_path)
    first = designs.save_design(db, cid, a_design(photo))
    designs.approve_design(db, first.id, signature(), "Ola Bråthen")
    second = designs.save_design(db, cid, a_design(photo), replaces=first.id)
    listed = run("designs", "--db", str(db_path), "--client", f"C{cid:05d}", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["version"], r["approved"], r["zones"]) for r in rows] == [
        (second.id, 2, False, 2),
        (first.id, 1, True, 2),
    ]
    assert rows[1]["approved_at"] and rows[0]["approved_at"] is None
    assert rows[0]["replaces"] == first.id and rows[0]["base_photo_id"] == photo
    assert {"created_at", "created_by", "base", "approved_name"} <= set(rows[0])
    text = run("designs", "--db", str(db_path), "--client", str(cid))
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].split()[:2] == [str(second.id), "v2"] and "not approved" in lines[0]
    assert "signed as Ola Bråthen" in lines[1]
    missing = run("designs", "--db", str(db_path), "--client", "999999")
    assert_user_error(missing, "999999")


def test_design_render_writes_the_same_image_as_the_window(db, db_path, tmp_path):
    cid = clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    saved = designs.save_design(db, cid, a_design(add_photo(db, cid, tmp_path)))
    out = tmp_path / "out" / "design.jpg"
    out.parent.mkdir()
    args = ("design-render", "--db", str(db_path), "--design", str(saved.id), "-o", str(out))
    plan = run(*args)
    assert plan.returncode == 0, plan.stderr
    assert plan.stdout.strip() == str(out)
    image = Image.open(io.BytesIO(out.read_bytes()))
    assert (image.format, image.size) == ("JPEG", (W, H)) and not image.getexif()
    assert out.read_bytes() == designs.design_jpeg(db, saved.id, preview=False)
    assert_user_error(run(*args, "--preview"), "already exists")
    layered = run(*args, "--preview", "--layer", "1", "--force")
    assert layered.returncode == 0, layered.stderr
    # The command line and the window draw the same pixels for the same design.
    assert out.read_bytes() == designs.design_jpeg(db, saved.id, preview=True, layer=1)
    assert out.read_bytes() != designs.design_jpeg(db, saved.id, preview=True)
    onto_db = run(*args[:-1], str(db_path), "--force")
    assert_user_error(onto_db, "nothing was written")
    zero = run(*args[:-2], "-o", str(tmp_path / "x.jpg"), "--layer", "0")
    assert zero.returncode == 1 and "--layer: 0 is out of range" in zero.stderr
    gone = run("design-render", "--db", str(db_path), "--design", "999", "-o", str(tmp_path / "y"))
    assert_user_error(gone, "There is no design with id 999")
    assert not (tmp_path / "y.jpg").exists()
