"""Child process for the crash harness: writes through the real code forever.

After each committed write it prints what it wrote ("client 12"), flushed, so
the parent knows what was acknowledged when it kills this process with
SIGKILL at a random moment.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from smpdesk.app import clients as client_cases
from smpdesk.app import photos, questionnaires
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo.forms import fill
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.paths import shipped_forms_dir
from smpdesk.questionnaire.loader import load_form
from tests.paper_records import ON_PAPER


def _picture(folder: Path, n: int) -> Path:
    """A new picture every time (the same file twice would be refused as a duplicate)."""
    from PIL import Image

    path = folder / f"photo-{os.getpid()}-{n}.jpg"
    image = Image.new("RGB", (480, 360), (n % 256, (n * 7) % 256, 90))
    image.putpixel((n % 480, (n // 480) % 360), (255, 255, 255))
    image.save(path, "JPEG", quality=90)
    return path


def main(db_path: str, picture_dir: str) -> None:
    # An encrypted clinic's raw key, in hex, from the parent (never on the command line).
    key_hex = os.environ.get("SMPDESK_CRASH_KEY", "")
    db = open_clinic(Path(db_path), key=bytes.fromhex(key_hex) if key_hex else None)
    folder = Path(picture_dir)
    intake = load_form(shipped_forms_dir() / "intake.toml")
    consent = load_form(shipped_forms_dir() / "consent.toml")
    n = int.from_bytes(os.urandom(3), "big")
    while True:
        n += 1
        client = client_cases.add_client(
            db, ClientDetails(given_name=f"Łukasz{n}", family_name="Żółć", phone="07700 900123")
        )
        print(f"client {client.id}", flush=True)
        session = session_cases.record_session(
            db,
            client.id,
            SessionDetails(date.today().isoformat(), "first", pigment_lot=f"LOT-{n}"),
            override_reason=ON_PAPER,
        )
        print(f"session {session.id}", flush=True)
        [result] = photos.import_photos(db, client.id, [_picture(folder, n)])
        if result.imported:
            print(f"photo {result.photo_id}", flush=True)
        # Typing into a questionnaire: the draft is saved on every keystroke.
        name = "Łukasz Ó"
        for typed in range(1, len(name) + 1):
            answers = {"emergency_contact_name": name[:typed]}
            questionnaires.save_draft(db, client.id, intake, answers, 0)
            print(f"draft {client.id}:{typed}", flush=True)
        answers = fill(consent, seed=n, today=date.today())
        response = questionnaires.finish(db, client.id, consent, answers)
        print(f"response {response.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
