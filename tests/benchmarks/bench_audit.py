"""What the audit trail costs a practitioner opening a client.

``audited_client_open_ms``: the use cases the client page runs when a client
is opened (details, flags, the timeline's sessions and edits, the photo list
and thumbnails, the answered forms and drafts), signed in as a practitioner on
a protected copy of the synthetic clinic, so every read of clinical records
writes its entry (a hash-chained INSERT in its own transaction).  The floor is
the same calls on the same handle with the entry not written (``access.audit``
replaced by a no-op for the floor's runs only), so the ratio is the trail's
cost alone; issue 14 asks for at most 1.1x.  Clients are drawn, without
repeats, from those with sessions and photos; each is opened audited and then
not, to share the cache.
"""

from __future__ import annotations

import contextlib
import os
import random
import statistics
import time
from collections.abc import Iterator

from tests.benchmarks.bench_protection import LOGIN, PASSWORD, protected_clinic
from tests.benchmarks.clinic import Clinic

ROUNDS = 60


def _open_client(handle, client_id: int) -> None:
    from smpdesk.app import clients, photos, questionnaires, sessions

    clients.get_client(handle, client_id)
    questionnaires.client_flags(handle, client_id)
    sessions.client_sessions(handle, client_id)
    sessions.edited_session_ids(handle, client_id)
    listed = photos.client_photos(handle, client_id)
    photos.photo_thumbnails(handle, [p.id for p in listed][:24])
    questionnaires.client_responses(handle, client_id)
    questionnaires.client_drafts(handle, client_id)


@contextlib.contextmanager
def _no_trail() -> Iterator[None]:
    from smpdesk.app import access

    original = access.audit
    access.audit = lambda *args, **kwargs: None  # type: ignore[assignment]
    try:
        yield
    finally:
        access.audit = original


def _client_ids(handle) -> list[int]:
    ids = [
        row[0]
        for row in handle.execute(
            "SELECT DISTINCT s.client_id FROM sessions s JOIN photos p "
            "ON p.client_id = s.client_id LIMIT 200"
        ).fetchall()
    ]
    return ids or [row[0] for row in handle.execute("SELECT id FROM clients LIMIT 200")]


def _practitioner(clinic: Clinic):
    from smpdesk.app import protection
    from smpdesk.app import staff as staff_cases
    from smpdesk.domain.staff import Role

    protected = protected_clinic(clinic)
    owner = protection.sign_in(protected.db_path, LOGIN, PASSWORD)
    with contextlib.suppress(Exception):  # made already by an earlier run on this clinic
        staff_cases.add_staff(owner, "benchprac", "Bench Practitioner", Role.PRACTITIONER, PASSWORD)
    owner.close()
    return protection.sign_in(protected.db_path, "benchprac", PASSWORD)


def _paired(handle, picks: list[int], open_one) -> tuple[list[float], list[float]]:
    """Each client opened audited, then with the trail off, in turn: same cache for both.

    Different clients each time: the same read by the same person within a minute
    writes no second entry, and the figure is for opens that do write theirs.
    """
    with _no_trail():
        for client_id in picks[:5]:
            open_one(client_id)
    audited, bare = [], []
    for client_id in picks:
        handle.recent_reads.clear()  # the second pass opens the same clients as the first
        start = time.perf_counter()
        open_one(client_id)
        audited.append(time.perf_counter() - start)
        with _no_trail():
            start = time.perf_counter()
            open_one(client_id)
            bare.append(time.perf_counter() - start)
    return audited, bare


def measure_client_open(clinic: Clinic) -> dict[str, float | str]:
    """The client page opened in the window (its tabs filled and processed), audited or not;
    the use cases alone are in the note."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from smpdesk.gui.main_window import MainWindow
    from smpdesk.store import audit as audit_store

    app = QApplication.instance() or QApplication([])
    handle = _practitioner(clinic)
    window = MainWindow(handle, handle.path)
    window.auto_backup = False
    window.resize(1366, 740)
    window.show()
    app.processEvents()
    try:
        ids = _client_ids(handle)
        picks = random.Random(14).sample(ids, k=min(ROUNDS, len(ids)))
        before = len(audit_store.entries(handle, limit=10**9))

        def open_page(client_id: int) -> None:
            window.open_client(client_id)
            app.processEvents()
            window.show_list()

        page, page_bare = _paired(handle, picks, open_page)
        per_open = (len(audit_store.entries(handle, limit=10**9)) - before) / len(picks)
        cases, cases_bare = _paired(
            handle, picks, lambda client_id: _open_client(handle, client_id)
        )
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    ms = statistics.median
    return {
        "value": ms(page) * 1000,
        "floor": ms(page_bare) * 1000,
        "unit": "ms",
        "target": "<= 1.1x",
        "note": (
            f"median of {ROUNDS} page opens, {per_open:.0f} entries each; the use cases alone "
            f"{ms(cases) * 1000:.2f} ms vs {ms(cases_bare) * 1000:.2f} ms unaudited"
        ),
    }
