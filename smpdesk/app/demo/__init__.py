"""A synthetic demo clinic for trying smpdesk and for benchmarks.

Everything here is invented.  Phone numbers come from ranges reserved for
fiction (UK 07700 900xxx, US 555-01xx, AU 0491 570 xxx) and emails use the
reserved example.* domains, so no real person can be reached by mistake.
Names deliberately span many scripts' Latin spellings with diacritics, which
is what breaks naive search and PDF fonts.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from smpdesk import store
from smpdesk.app.clinic import Clinic, open_clinic, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.clinic_settings import ClinicSettings
from smpdesk.domain.session_details import SessionDetails
from smpdesk.domain.textfold import words
from smpdesk.errors import UserError

DEFAULT_CLIENTS = 60

# (given names, family names, phone style, street names, towns)
_CULTURES: list[tuple[list[str], list[str], str, list[str], list[str]]] = [
    (
        ["Łukasz", "Zofia", "Paweł", "Małgorzata", "Jędrzej", "Agnieszka"],
        ["Żółkiewski", "Wiśniewski", "Kowalczyk", "Nowak", "Dąbrowski", "Wójcik"],
        "uk",
        ["ul. Długa", "ul. Piękna"],
        ["Ealing", "Slough"],
    ),
    (
        ["Zoë", "Chloë", "Noël", "Oliver", "Harriet", "George"],
        ["Brontë", "Whitfield", "Ashworth", "Pennington", "Okafor", "Clarke"],
        "uk",
        ["Church Lane", "Mill Road", "Station Street"],
        ["Leeds", "Bristol", "Norwich"],
    ),
    (
        ["Nguyễn Văn", "Trần Thị", "Phạm Minh", "Lê Quang", "Huỳnh Anh"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"],
        "au",
        ["Bourke Street", "Hopkins Street"],
        ["Footscray", "Cabramatta"],
    ),
    (
        ["Øyvind", "Åse", "Bjørn", "Sølvi", "Håkon", "Ingrid"],
        ["Østergaard", "Hårstad", "Bråthen", "Sæther", "Løvås", "Nygård"],
        "uk",
        ["Harbour Row", "Quay Street"],
        ["Aberdeen", "Lerwick"],
    ),
    (
        ["Saoirse", "Niamh", "Oisín", "Pádraig", "Aoife", "Caoimhe"],
        ["Ó Súilleabháin", "Mac Giolla Phádraig", "O'Brien", "Ní Bhriain", "Byrne"],
        "uk",
        ["Main Street", "Abbey Road"],
        ["Derry", "Newry"],
    ),
    (
        ["José", "María José", "Iñaki", "Begoña", "Joaquín", "Ramón"],
        ["Muñoz", "Peña", "Ibáñez", "García Márquez", "Núñez", "Echeverría"],
        "us",
        ["Avenida del Sol", "Calle Mayor"],
        ["San Antonio", "El Paso"],
    ),
    (
        ["Mehmet", "Ayşe", "Çağrı", "Gülşen", "İlkay", "Barış"],
        ["Yılmaz", "Öztürk", "Şahin", "Çelik", "Doğan", "Güneş"],
        "uk",
        ["High Street", "Green Lanes"],
        ["Haringey", "Luton"],
    ),
    (
        ["François", "Hélène", "Jérôme", "Maëlle", "Benoît", "Cécile"],
        ["Lefèvre", "Béranger", "Dupré", "Château", "Gaël", "Rousseau"],
        "us",
        ["Rue du Marché", "Boulevard Street"],
        ["New Orleans", "Lafayette"],
    ),
    (
        ["Jürgen", "Käthe", "Björn", "Lütfiye", "Günther", "Anneliese"],
        ["Müller", "Großmann", "Schäfer", "Weiß", "Köhler", "Straßburg"],
        "uk",
        ["Castle Street", "Market Place"],
        ["York", "Bath"],
    ),
    (
        ["Kwame", "Adwoa", "Chidi", "Ngozi", "Oluwaseun", "Yaw"],
        ["Mensah", "Adébáyọ̀", "Okonkwo", "Asante", "Ọlátúnjí", "Boateng"],
        "us",
        ["Maple Avenue", "Oak Street"],
        ["Atlanta", "Houston"],
    ),
    (
        ["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram"],
        ["Sharma", "Patel", "Iyer", "Reddy", "Chatterjee", "Nair"],
        "au",
        ["George Street", "Park Road"],
        ["Parramatta", "Harris Park"],
    ),
    (
        ["Siobhán", "Dragoș", "Ștefan", "Ioana", "Đorđe", "Milica"],
        ["Đorđević", "Popescu", "Ionescu", "Petrović", "Jovanović", "Țurcanu"],
        "uk",
        ["Victoria Road", "King Street"],
        ["Coventry", "Reading"],
    ),
    (
        ["Hiroshi", "Yūko", "Kenta", "Aiko", "Shōta", "Mei"],
        ["Satō", "Takahashi", "Itō", "Watanabe", "Yamamoto", "Kōno"],
        "us",
        ["Pine Street", "Elm Avenue"],
        ["Seattle", "Torrance"],
    ),
]

# Always present, so every demo shows what accent-folding search and
# embedded fonts are for.
_SHOWCASE = [
    ("Łukasz", "Żółkiewski"),
    ("Zoë", "Brontë"),
    ("Văn", "Nguyễn"),
    ("Øyvind", "Østergaard"),
    ("Saoirse", "Ó Súilleabháin"),
    ("Ayşe", "Yılmaz"),
    ("Đorđe", "Đorđević"),
    ("Iñaki", "Muñoz"),
]

# Every other client from a family that would read Spanish, German or Polish papers has
# them (issue 20).  Chosen from the name, not drawn from ``rng``: drawing would change
# every later random value, and with it every demo clinic the tests know.
_PAPERS_IN = {
    **dict.fromkeys(["Muñoz", "Peña", "Ibáñez", "García Márquez", "Núñez", "Echeverría"], "es"),
    **dict.fromkeys(["Müller", "Großmann", "Schäfer", "Weiß", "Köhler", "Straßburg"], "de"),
    "Żółkiewski": "pl",
}

_DOMAINS = ["example.com", "example.org", "example.net"]
_SEXES = ["male"] * 7 + ["female"] * 3  # SMP clients are mostly men
_NOTES = [
    "",
    "",
    "",
    "Prefers morning appointments.",
    "Referred by a previous client.",
    "Nervous about needles; allow extra time.",
    "Travels from out of town; book longer sessions.",
]


def _phone(rng: random.Random, style: str) -> str:
    if style == "us":
        return f"+1 {rng.randint(201, 989)}-555-01{rng.randint(0, 99):02d}"
    if style == "au":
        return f"0491 570 {rng.randint(0, 999):03d}"
    return f"07700 900{rng.randint(0, 999):03d}"


def demo_clients(
    count: int, *, seed: int = 20261122, today: date | None = None
) -> Iterator[ClientDetails]:
    """Yield ``count`` reproducible synthetic :class:`ClientDetails`."""
    rng = random.Random(seed)
    today = today or date(2026, 11, 22)
    for index in range(count):
        givens, families, style, streets, towns = rng.choice(_CULTURES)
        given = rng.choice(givens)
        family = rng.choice(families)
        if index < len(_SHOWCASE):
            given, family = _SHOWCASE[index]
        local = ".".join(words(given)[:1] + words(family)[-1:]) or "client"
        born = today - timedelta(days=rng.randint(19 * 365, 68 * 365))
        yield ClientDetails(
            given_name=given,
            family_name=family,
            preferred_name=rng.choice(["", "", "", given.split()[0]]),
            date_of_birth=born.isoformat() if rng.random() > 0.05 else "",
            sex=rng.choice(_SEXES),
            phone=_phone(rng, style) if rng.random() > 0.03 else "",
            email=f"{local}{rng.randint(1, 99)}@{rng.choice(_DOMAINS)}"
            if rng.random() > 0.1
            else "",
            address=f"{rng.randint(1, 240)} {rng.choice(streets)}, {rng.choice(towns)}",
            notes=rng.choice(_NOTES),
            language=_PAPERS_IN.get(family, "") if index % 2 == 0 else "",
        )


_PRACTITIONERS = ["Aoife Byrne", "Marcus Hale", "Priya Nair"]
_BRANDS = [("Umbra Scalp Pigment", "Soft Black"), ("Graphite SMP", "Dark Grey 3")]
_PIGMENT_LOTS = ["UM-2607-A", "UM-2609-C", "GR-2605-B", "GR-2610-A"]
_AREA_SETS = ["hairline,temples", "hairline,temples,mid-scalp,crown", "crown", "donor-scar"]
_COURSE = ["first", "second", "third"]
_GAPS = [0, 10, 21]


def demo_sessions(
    client_ids: list[int], *, seed: int = 20261122, today: date | None = None
) -> list[tuple[int, SessionDetails]]:
    """A treatment course for most clients, ending at varied points before today.

    Some courses are mid-way, so the follow-up list has clients overdue, due
    today and coming up; some have a booked next appointment.
    """
    rng = random.Random(seed + 2)
    today = today or date.today()
    sessions: list[tuple[int, SessionDetails]] = []
    for client_id in client_ids:
        if rng.random() < 0.25:
            continue  # consultation only, no treatment yet
        practitioner = rng.choice(_PRACTITIONERS)
        brand, shade = rng.choice(_BRANDS)
        areas = rng.choice(_AREA_SETS)
        done = rng.choice([1, 1, 2, 2, 3])
        last_date = today - timedelta(days=rng.randint(0, 24))
        start = last_date - timedelta(days=_GAPS[done - 1] + (10 if done == 3 else 0))
        for step in range(done):
            when = start + timedelta(days=sum(_GAPS[1 : step + 1]) + (10 if step == 2 else 0))
            when = min(when, today)
            hour = rng.choice([9, 10, 13, 14])
            appointment = ""
            if step == done - 1 and done < 3 and rng.random() < 0.5:
                booked = when + timedelta(days=rng.choice([7, 10, 14, 21]))
                if when < today and rng.random() < 0.3:
                    booked = today  # some are booked for today
                appointment = f"{booked.isoformat()} {rng.choice(['09:30', '11:00', '14:30'])}"
            sessions.append(
                (
                    client_id,
                    SessionDetails(
                        session_date=when.isoformat(),
                        session_type=_COURSE[step],
                        start_time=f"{hour:02d}:00",
                        end_time=f"{hour + 3:02d}:00",
                        practitioner=practitioner,
                        areas=areas,
                        pigment_brand=brand,
                        pigment_shade=shade,
                        dilution=rng.choice(["1:2", "1:3", "1:4"]),
                        pigment_lot=rng.choice(_PIGMENT_LOTS),
                        pigment_expiry=(today + timedelta(days=400)).isoformat(),
                        diluent="Distilled water",
                        diluent_lot=f"DW-{rng.randint(100, 999)}",
                        needle_config=rng.choice(["1RL", "3RL"]),
                        needle_diameter=rng.choice(["0.20", "0.25", "0.30"]),
                        cartridge_lot=f"CT-{rng.randint(40000, 49999)}",
                        machine="Rotary pen",
                        numbing_product=rng.choice(["", "Lidocaine 5% cream"]),
                        duration_minutes=str(rng.choice([150, 180, 210, 240])),
                        skin_reaction=rng.choice(["mild redness", "pinpoint bleeding", ""]),
                        pain_score=str(rng.randint(2, 6)),
                        next_appointment=appointment,
                    ),
                )
            )
    return sessions


def populate(db: Clinic, count: int, *, seed: int = 20261122) -> list[int]:
    """Add ``count`` demo clients with sessions; about one in 25 is archived."""
    rng = random.Random(seed + 1)
    ids = store.insert_clients(db, list(demo_clients(count, seed=seed)))
    store.insert_sessions(db, demo_sessions(ids, seed=seed))
    archived = [i for i in ids if rng.random() < 0.04]
    with store.write(db):
        db.conn.executemany(
            "UPDATE clients SET archived_at = updated_at WHERE id = ?", [(i,) for i in archived]
        )
    return ids


PHOTO_CLIENTS = 8  # clients who get photos at each session


def create_demo_clinic(path: str | Path, count: int = DEFAULT_CLIENTS) -> Clinic:
    """Create a new demo database at ``path``; an existing file is never overwritten."""
    path = Path(path)
    if path.exists():
        raise UserError(
            f"{path} already exists; the demo never overwrites a file, so choose a new path."
        )
    if count < 0:
        raise UserError("The number of demo clients cannot be negative.")
    db = open_clinic(path, create=True)
    ids = populate(db, count)
    from smpdesk.app.demo.photos import add_demo_photos

    # Photos for clients with at least two sessions, so "first vs latest" shows
    # a change in the demo.
    treated = store.sessions.clients_with_sessions(db, at_least=2, limit=PHOTO_CLIENTS)
    add_demo_photos(db, treated)
    from smpdesk.app.demo.payments import add_demo_payments, demo_price_list

    save_settings(
        db,
        ClinicSettings(
            name="Northfield Scalp Clinic (demo)",
            address="Unit 4, 12 Mill Road, Norwich NR1 0AA",
            phone="01632 960 123",  # Ofcom's range reserved for drama
            email="hello@example.com",
            currency="GBP",
            locale="en_GB",
            price_list=demo_price_list(),
        ),
    )
    from smpdesk.app.demo.forms import FORM_CLIENTS, add_demo_responses

    # After the settings: the signed consent records carry the clinic's name.
    add_demo_responses(db, treated[:FORM_CLIENTS])
    from smpdesk.app.demo.designs import add_demo_designs

    # Hairline designs on synthetic head photos: a consultation client (no sessions)
    # approves one and then signs the consent, a treated client has a crown design.
    consultation = next((i for i in ids[:40] if not store.client_sessions(db, i)), None)
    add_demo_designs(db, consultation, treated[0] if treated else None)
    # Last: deposits and payments from the saved price list, the consultation client's
    # deposit taken just after the design approval and consent above.
    add_demo_payments(db, ids, consultation_today=consultation)
    from smpdesk.app.demo.plans import add_demo_plans

    # The plans the deposits above were paid on, read from the books so they agree.
    add_demo_plans(db, ids)
    return db


# Fixed so scripts and the README can rely on them; printed by 'smpdesk demo'.
DEMO_ACCOUNTS = (
    ("owner", "Olivia Owner", "owner", "demo-owner-2026"),
    ("practitioner", "Priya Practitioner", "practitioner", "demo-practitioner-2026"),
    ("reception", "Rory Reception", "reception", "demo-reception-2026"),
)


def create_protected_demo_clinic(path: str | Path, count: int = DEFAULT_CLIENTS) -> str:
    """A demo clinic, encrypted, with one account per role (:data:`DEMO_ACCOUNTS`).

    Returns the recovery key.  The plain file protecting keeps aside is erased
    at once: a demo has nothing to check it against.
    """
    from smpdesk.app import protection, staff

    path = Path(path)
    create_demo_clinic(path, count).close()
    (owner, owner_name, _role, owner_password), *others = DEMO_ACCOUNTS
    done = protection.protect(path, login=owner, display_name=owner_name, password=owner_password)
    try:
        for login, name, role, password in others:
            staff.add_staff(done.clinic, login, name, role, password)
    finally:
        done.clinic.close()
    protection.erase_plain_copy(path)
    return done.recovery_key
