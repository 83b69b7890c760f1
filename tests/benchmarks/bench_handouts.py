"""handout_ms and handout_batch50_s: aftercare sheets, warm and in bulk.

The floor is reportlab itself laying out a plain document of the same text
(the sheet's own extracted text as plain paragraphs, same font and paper),
so the ratio shows what our tables, styling and date computation cost.
"""

from __future__ import annotations

import io
import statistics
import time

from tests.benchmarks.clinic import Clinic


def _plain_document(text: str, pagesize) -> bytes:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from smpdesk.infra.handouts.fonts import REGULAR, ensure_fonts

    ensure_fonts()
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = REGULAR
    out = io.BytesIO()
    story = [Paragraph(line) for line in text.splitlines() if line.strip()]
    for paragraph in story:
        paragraph.style = style
    SimpleDocTemplate(out, pagesize=pagesize).build(story)
    return out.getvalue()


def _setup(clinic: Clinic):
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4

    from smpdesk import store
    from smpdesk.app import aftercare as aftercare_cases
    from smpdesk.app.clinic import open_clinic

    db = open_clinic(clinic.db_path)
    with_sessions = [
        row[0]
        for row in db.execute(
            "SELECT id FROM sessions ORDER BY session_date DESC, id DESC LIMIT 50"
        )
    ]
    sessions = [store.get_session(db, sid) for sid in with_sessions]
    sample = aftercare_cases.aftercare_pdf(db, sessions[0].client_id, sessions[0].id)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(sample.data)).pages)
    return db, sessions, text, A4


def measure_one(clinic: Clinic) -> dict[str, float | str]:
    from smpdesk.app import aftercare as aftercare_cases

    db, sessions, text, pagesize = _setup(clinic)
    first = sessions[0]
    for _ in range(3):  # warm: fonts registered, care plan parsed, modules imported
        aftercare_cases.aftercare_pdf(db, first.client_id, first.id)
        _plain_document(text, pagesize)
    ours, floor = [], []
    for _ in range(15):
        start = time.perf_counter()
        aftercare_cases.aftercare_pdf(db, first.client_id, first.id)
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        _plain_document(text, pagesize)
        floor.append((time.perf_counter() - start) * 1000)
    db.conn.close()
    return {
        "value": statistics.median(ours),
        "floor": statistics.median(floor),
        "unit": "ms",
        "target": "< 3x floor and < 100 ms warm",
        "note": "median of 15, personalised A4 sheet including the database reads",
    }


def measure_batch(clinic: Clinic) -> dict[str, float | str]:
    from smpdesk.app import aftercare as aftercare_cases

    db, sessions, text, pagesize = _setup(clinic)
    aftercare_cases.aftercare_pdf(db, sessions[0].client_id, sessions[0].id)
    start = time.perf_counter()
    for session in sessions:
        aftercare_cases.aftercare_pdf(db, session.client_id, session.id)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for _ in sessions:
        _plain_document(text, pagesize)
    floor = time.perf_counter() - start
    db.conn.close()
    return {
        "value": ours,
        "floor": floor,
        "unit": "s",
        "target": "< 3x floor",
        "note": f"{len(sessions)} different clients' sheets",
    }
