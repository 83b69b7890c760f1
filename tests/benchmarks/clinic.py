"""The synthetic clinic every benchmark runs against.

Built through the app's own writers (``smpdesk.app.demo``'s clients, the
store's ``insert_clients``/``insert_sessions``/``update_session``, the demo's
photo and questionnaire writers), so every column a migration adds or fills is
written the way the app writes it.  What makes it a realistic clinic rather
than a demo:

* **History.**  Clients arrive over :data:`YEARS` years, a monthly cohort at a
  time (client numbers grow with time, as in a real clinic); each cohort's
  treatment courses (1-3 sessions, from ``demo.demo_sessions``) end in its
  month.  Clients who finished a course come back for a touch-up about two
  years later, about half of them, again and again.  So the follow-up list
  holds a few hundred clients due soon and many long overdue (courses never
  finished, touch-ups never booked), as a clinic that has run for years does.
* **Lots.**  Lots change with time as bottles and boxes run out: a pigment lot
  per brand, quarter and letter (``UM-2407-A``), a diluent lot per month, six
  cartridge lots per month; 3% are typed with another spelling
  (``um 2407 a``, an en dash), which is why recall normalises lots.  One
  session used a lot no other did (``facts["rare_lot"]``); the most used
  pigment lot is ``facts["common_lot"]``.
* **Edits.**  1% of sessions were edited after saving (half of them correcting
  the pigment lot), so the session history recall also searches is not empty.
* **Archive.**  About one client in 25 is archived.
* **Photos.**  One client in :data:`PHOTO_EVERY` (at least 8), among those
  with two or more sessions, has the demo's three photos (front, top, crown;
  1200 px, real JPEG bytes drawn per photo, about 200 kB each with the
  thumbnail) at every session, processed by the app's own pipeline
  (``infra.imaging.process_photo``), and the three intake forms answered and
  signed.  ``big=True`` keeps adding photographed clients until the file
  holds :data:`BIG_BYTES` (about 5,000 photos).

Building takes a while (on the shared 2-core machine this was written on:
20,000 clients 25 s and 80 MB; 100,000 clients 140 s and 400 MB; 100,000
clients with ``big`` 3.6 min and 975 MB; about 6 s per 10,000 clients for the
records and 35-50 ms per photo), so
:func:`build_clinic` can keep the built file in a cache folder, keyed by its
size, ``big``, the schema version and a fingerprint of the schema and of this
builder (:data:`BUILDER_VERSION`), and copies it for each run: benchmarks
write to their clinic.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import random
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

CLIENTS = 20_000
SEED = 20261122
YEARS = 8
PHOTO_EVERY = 500
BIG_BYTES = 1_000_000_000
# Bump when the builder makes a different clinic: cached clinics are then rebuilt.
BUILDER_VERSION = 1
FILE_NAME = "clinic.sqlite3"
FACTS_NAME = "bench-clinic.json"


@dataclass
class Clinic:
    folder: Path
    db_path: Path
    clients: int
    facts: dict[str, Any] = field(default_factory=dict)
    """What the builder made: counts, the rare and common lots, how long it took."""


def build_clinic(
    clients: int = CLIENTS,
    *,
    big: bool = False,
    cache: Path | None = None,
    say: Callable[[str], None] = print,
) -> Clinic:
    """A fresh copy of the synthetic clinic in a new temporary folder (the caller removes it).

    With ``cache``, the built clinic is kept there and copied for each run.
    """
    folder = Path(tempfile.mkdtemp(prefix="smpdesk-bench-"))
    path = folder / FILE_NAME
    if cache is None:
        facts = _build(path, clients, big, say)
    else:
        built = Path(cache) / cache_key(clients, big)
        if not (built / FILE_NAME).exists():
            partial = Path(cache) / f"{built.name}.partial-{os.getpid()}"
            shutil.rmtree(partial, ignore_errors=True)
            partial.mkdir(parents=True)
            _build(partial / FILE_NAME, clients, big, say)
            with contextlib.suppress(OSError):  # another run cached it meanwhile
                partial.rename(built)
            shutil.rmtree(partial, ignore_errors=True)
        else:
            say(f"Using the cached clinic {built}")
        start = time.perf_counter()
        shutil.copyfile(built / FILE_NAME, path)
        facts = json.loads((built / FACTS_NAME).read_text(encoding="utf-8"))
        facts["copied_s"] = round(time.perf_counter() - start, 2)
    return Clinic(folder, path, clients, facts)


def cache_key(clients: int, big: bool) -> str:
    from smpdesk.store.schema import SCHEMA_VERSION

    return (
        f"clinic-{clients}{'-big' if big else ''}-schema{SCHEMA_VERSION}-"
        f"{_schema_fingerprint()}-b{BUILDER_VERSION}"
    )


def _schema_fingerprint() -> str:
    """A short hash of the SQL a new clinic file's schema is made of.

    A migration edited in place (before it ships) changes it, so a cached file
    that the schema check would refuse is never reused.
    """
    import sqlite_utils

    from smpdesk.store import engine
    from smpdesk.store.schema import migrations

    memory = sqlite_utils.Database(engine.connect(":memory:"), execute_plugins=False)
    try:
        migrations.apply(memory)
        rows = memory.execute("SELECT type, name, sql FROM sqlite_master ORDER BY 1, 2").fetchall()
    finally:
        memory.conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:10]


# -- building ----------------------------------------------------------------------------------


def _build(path: Path, clients: int, big: bool, say: Callable[[str], None]) -> dict[str, Any]:
    from smpdesk import store
    from smpdesk.app.clinic import open_clinic
    from smpdesk.app.demo import demo_clients

    say(f"Building a synthetic clinic of {clients:,} clients{' (1 GB)' if big else ''}…")
    started = time.perf_counter()
    rng = random.Random(SEED + 5)
    today = date.today()
    db = open_clinic(path, create=True)
    # A scratch file until it is copied: no fsync per transaction while it is built.
    db.execute("PRAGMA synchronous=OFF")
    facts: dict[str, Any] = {"clients": clients, "big": big, "built_on": today.isoformat()}

    ids = store.insert_clients(db, list(demo_clients(clients, seed=SEED)))
    history = _history(ids, today=today, rng=rng)
    facts.update(_mark_lots(history, rng))
    session_ids = store.insert_sessions(db, history)
    facts["sessions"] = len(session_ids)
    facts["sessions_edited"] = _edit_some(db, list(zip(session_ids, history, strict=True)), rng)
    archived = [i for i in ids if rng.random() < 0.04]
    with store.write(db):
        db.conn.executemany(
            "UPDATE clients SET archived_at = updated_at WHERE id = ?", [(i,) for i in archived]
        )
    facts["archived"] = len(archived)
    facts["records_s"] = round(time.perf_counter() - started, 1)
    say(f"  {len(ids):,} clients, {len(session_ids):,} sessions in {facts['records_s']} s")

    photo_start = time.perf_counter()
    facts.update(_add_photos(db, path, history, clients, big, rng, say))
    facts["photos_s"] = round(time.perf_counter() - photo_start, 1)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    facts["file_bytes"] = path.stat().st_size
    facts["built_s"] = round(time.perf_counter() - started, 1)
    say(
        f"  {facts['photos']:,} photos in {facts['photos_s']} s; "
        f"{facts['file_bytes'] / 1e6:,.0f} MB built in {facts['built_s']} s"
    )
    (path.parent / FACTS_NAME).write_text(json.dumps(facts, indent=2) + "\n", encoding="utf-8")
    return facts


def _history(ids: list[int], *, today: date, rng: random.Random) -> list[tuple[int, Any]]:
    """Treatment courses month by month over :data:`YEARS` years, then touch-ups."""
    from smpdesk.app.demo import demo_sessions

    months = YEARS * 12
    per = len(ids) / months
    courses: list[tuple[int, Any]] = []
    for month in range(months):
        cohort = ids[round(month * per) : round((month + 1) * per)]
        end = today - timedelta(days=round((months - 1 - month) * 365.25 / 12))
        courses += demo_sessions(cohort, seed=SEED + month, today=end)
    last: dict[int, Any] = {}
    for client_id, details in courses:
        if client_id not in last or details.session_date >= last[client_id].session_date:
            last[client_id] = details
    touch_ups = []
    for client_id, details in last.items():
        if details.session_type != "third":
            continue
        when = date.fromisoformat(details.session_date)
        while True:
            when += timedelta(days=rng.randint(700, 900))
            if when > today or rng.random() > 0.55:
                break
            touch_ups.append(
                (
                    client_id,
                    dataclasses.replace(
                        details,
                        session_date=when.isoformat(),
                        session_type="touch-up",
                        next_appointment="",
                        pain_score=str(rng.randint(2, 5)),
                        duration_minutes=str(rng.choice([90, 120, 150])),
                    ),
                )
            )
    return sorted(courses + touch_ups, key=lambda pair: (pair[1].session_date, pair[0]))


def _lot_key(lot: str) -> str:
    """Letters and digits, case-folded: the lots recall must treat as one."""
    return "".join(ch for ch in lot.casefold() if ch.isalnum())


def _spelled(lot: str, rng: random.Random) -> str:
    """The lot as somebody may have typed it from the label (3% of the time)."""
    if rng.random() > 0.03:
        return lot
    return rng.choice([lot.lower(), lot.replace("-", " "), lot.replace("-", "–"), lot.lower()])


def _mark_lots(history: list[tuple[int, Any]], rng: random.Random) -> dict[str, Any]:
    """Give each session the lots in use on its date (in place); the rare and common lot."""
    for index, (client_id, details) in enumerate(history):
        day = date.fromisoformat(details.session_date)
        brand = "UM" if details.pigment_brand.startswith("Umbra") else "GR"
        quarter = (day.month - 1) // 3 * 3 + 1
        yymm = f"{day.year % 100:02d}{day.month:02d}"
        pigment = f"{brand}-{day.year % 100:02d}{quarter:02d}-{rng.choice('AB')}"
        history[index] = (
            client_id,
            dataclasses.replace(
                details,
                pigment_lot=_spelled(pigment, rng),
                pigment_expiry=(day + timedelta(days=rng.randint(300, 500))).isoformat(),
                diluent_lot=_spelled(f"DW-{yymm}", rng),
                cartridge_lot=_spelled(f"CT-{yymm}-{rng.randint(1, 6)}", rng),
            ),
        )
    # The lot of a sample bottle, used once, about three years ago.
    rare_index = int(len(history) * (1 - 3 / YEARS))
    client_id, details = history[rare_index]
    day = date.fromisoformat(details.session_date)
    rare = f"UM-{day.year % 100:02d}{day.month:02d}-Q"
    history[rare_index] = (client_id, dataclasses.replace(details, pigment_lot=rare))
    spellings: dict[str, Counter[str]] = {}
    for _client, details in history:
        spellings.setdefault(_lot_key(details.pigment_lot), Counter())[details.pigment_lot] += 1
    common_key = max(spellings, key=lambda key: sum(spellings[key].values()))
    return {
        "rare_lot": rare,
        "rare_lot_typed": rare.lower().replace("-", " "),
        "rare_lot_spellings": [rare],
        "common_lot": spellings[common_key].most_common(1)[0][0],
        "common_lot_spellings": sorted(spellings[common_key]),
        "common_lot_sessions": sum(spellings[common_key].values()),
        "pigment_lots": len(spellings),
    }


def _edit_some(db: Any, sessions: list[tuple[int, tuple[int, Any]]], rng: random.Random) -> int:
    """Edit 1% of sessions after saving; half correct the pigment lot (A <-> B)."""
    from smpdesk import store

    picked = rng.sample(sessions, k=len(sessions) // 100)
    for session_id, (_client, details) in picked:
        lot = details.pigment_lot
        if rng.random() < 0.5 and lot[-1:] in ("A", "B"):
            changed = dataclasses.replace(details, pigment_lot=lot[:-1] + "AB"[lot[-1] == "A"])
        else:
            changed = dataclasses.replace(details, skin_reaction="mild redness, settled by day 2")
        store.update_session(db, session_id, changed)
    return len(picked)


def _add_photos(
    db: Any,
    path: Path,
    history: list[tuple[int, Any]],
    clients: int,
    big: bool,
    rng: random.Random,
    say: Callable[[str], None],
) -> dict[str, Any]:
    """The demo's photos (and answered forms) for clients with two or more sessions."""
    from smpdesk.app.demo.forms import add_demo_responses
    from smpdesk.app.demo.photos import add_demo_photos

    counts = Counter(client_id for client_id, _details in history)
    candidates = sorted(client_id for client_id, n in counts.items() if n >= 2)
    rng.shuffle(candidates)
    wanted = max(8, clients // PHOTO_EVERY)
    chosen: list[int] = []
    photos = 0
    while candidates:
        batch, candidates = candidates[:25], candidates[25:]
        if not big:
            batch = batch[: wanted - len(chosen)]
        photos += add_demo_photos(db, batch, seed=SEED)
        chosen += batch
        if big:
            size = path.stat().st_size + _size(Path(f"{path}-wal"))
            say(f"  {photos:,} photos, {size / 1e6:,.0f} MB")
            if size >= BIG_BYTES:
                break
        elif len(chosen) >= wanted:
            break
    forms_start = time.perf_counter()
    answered = add_demo_responses(db, sorted(chosen)[: max(8, clients // PHOTO_EVERY)])
    return {
        "photos": photos,
        "photo_clients": len(chosen),
        "responses": answered,
        "responses_s": round(time.perf_counter() - forms_start, 1),
    }


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0
