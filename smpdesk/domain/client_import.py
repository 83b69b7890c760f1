"""Bringing clients in from a spreadsheet: which column is what, names, dates, sexes.

Pure rules, no files and no database (reading is :mod:`smpdesk.infra.client_import_files`,
the import itself :mod:`smpdesk.app.client_import`), so the dialog, the wizard and the
command line read a file the same way.

**Headers** are matched after folding (case, accents and punctuation ignored:
"E-Mail", "e mail" and "EMAIL" meet) against English, Spanish, German, Polish
and French headers, and against smpdesk's own list export, so an export imports
again.  A few are ambiguous on their own and settled by their neighbours: a
German "Name" next to "Vorname" is the family name, a Spanish "Nombre" next to
"Apellidos" the given name, a French "Nom" next to "Prénom" the family name;
alone, each holds the whole name.  A name header merged over two columns (read
as "Name" and "Name (2)") is the given name then the family name.

**Full names** are split by :func:`split_full_name`, by these rules in order:

1. titles in front ("Mr", "Dr.", "Herr", "Sra.", "Pani", ...) are dropped;
2. "Family, Given" (a comma) always wins;
3. leading words in CAPITALS before ones that are not ("DUPONT Jean") are the
   family name, as French and many clinic systems write it;
4. a particle after the first word starts the family name with everything after
   it ("Ludwig van Beethoven", "María de la Cruz", "Niamh Mac Giolla Phádraig");
5. otherwise the last word is the family name ("Nguyễn Văn Trần": given
   "Nguyễn Văn"), plus the word before it when that is a common Spanish or
   Portuguese surname and not the first word ("José García Márquez": family
   "García Márquez"; "María José Muñoz": family "Muñoz", José being no surname).
   Rule 5 guesses; the dry run shows every split before anything is saved, and
   a comma or separate columns avoid the guess.

**Dates of birth** are read by :func:`parse_birth_date`: ISO, day/month/year or
month/day/year with "/", "." or "-", two-digit years (the century that does not
put the birth in the future), month names ("27 Mar 1984", "März 27, 1984") and,
for a column of nothing but whole numbers, Excel's serial day numbers.  Which of
day or month comes first is read from the column by :func:`guess_day_first`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from smpdesk.domain.textfold import fold

IMPORT_FIELDS: dict[str, str] = {
    "given_name": "Given name",
    "family_name": "Family name",
    "full_name": "Full name (split)",
    "preferred_name": "Preferred name",
    "date_of_birth": "Date of birth",
    "sex": "Sex",
    "phone": "Phone",
    "email": "Email",
    "address": "Address",
    "notes": "Notes",
    "language": "Language (papers in)",
}
IGNORE = ""  # the mapping value of a column left out


@dataclass(frozen=True)
class SourceTable:
    """A spreadsheet as read: cleaned text cells, and where each row came from."""

    file_name: str  # name only, never the folder
    headers: tuple[str, ...]  # cleaned header texts ("" for an empty header cell)
    rows: tuple[tuple[str, ...], ...]  # every data row, padded/cut to len(headers)
    row_numbers: tuple[int, ...]  # the row number a spreadsheet shows (header is 1)
    encoding: str  # "utf-8", "utf-8-sig", "cp1252", "utf-16", "xlsx"
    delimiter: str  # ",", ";", "\t" or "" for xlsx
    sheet: str  # xlsx sheet name, "" for CSV


# -- headers -------------------------------------------------------------------------


def header_key(text: str) -> str:
    """Folded header with punctuation as single spaces: "E-Mail:" -> "e mail"."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def _keys(*texts: str) -> set[str]:
    return {header_key(t) for t in texts}


# fmt: off
_EXACT: dict[str, set[str]] = {
    "given_name": _keys(
    "given name", "given names", "first name", "first names", "firstname", "forename",
    "forenames", "first", "christian name", "vorname", "vornamen", "imie", "imiona", "prenom",
    "prenoms", "nombre de pila", "primer nombre", "voornaam", "nome", "client first name",
    "customer first name", "patient first name", "given",
    ),
    "family_name": _keys(
    "family name", "surname", "surnames", "last name", "lastname", "last", "second name",
    "nachname", "familienname", "zuname", "apellido", "apellidos", "primer apellido",
    "nazwisko", "nom de famille", "nom de naissance", "achternaam", "sobrenome", "cognome",
    "client last name", "customer last name", "patient last name", "family",
    ),
    "full_name": _keys(
    "full name", "fullname", "client name", "customer name", "patient name", "client",
    "customer", "patient", "contact", "contact name", "display name", "names",
    "nombre completo", "nombre y apellidos", "vollstandiger name", "kunde", "kundenname",
    "imie i nazwisko", "nom complet", "nom et prenom", "nom prenom", "nombre cliente",
    ),
    "preferred_name": _keys(
    "preferred name", "preferred", "nickname", "known as", "goes by", "rufname", "spitzname",
    "apodo", "nombre preferido", "pseudonim", "surnom", "nom d usage",
    ),
    "date_of_birth": _keys(
    "date of birth", "dob", "d o b", "birth date", "birthdate", "birthday", "born",
    "geburtsdatum", "geburtstag", "geb", "geb datum", "fecha de nacimiento",
    "fecha nacimiento", "f nacimiento", "nacimiento", "cumpleanos", "data urodzenia",
    "urodziny", "date de naissance", "naissance", "ne le", "data de nascimento",
    ),
    "sex": _keys(
    "sex", "gender", "geschlecht", "sexo", "genero", "plec", "sexe", "genre", "m f",
    ),
    "phone": _keys(
    "phone", "phone number", "telephone", "telephone number", "tel", "tel no", "mobile",
    "mobile phone", "mobile number", "cell", "cell phone", "cellphone", "handy", "handynummer",
    "telefon", "telefonnummer", "mobil", "mobiltelefon", "telefono", "movil", "celular",
    "telefono movil", "numer telefonu", "komorka", "telefon komorkowy", "portable",
    "numero de telephone", "contact number", "phone mobile", "home phone", "work phone", "mob",
    ),
    "email": _keys(
    "email", "e mail", "email address", "e mail address", "mail", "correo",
    "correo electronico", "adresse e mail", "adresse email", "courriel", "e mail adresse",
    "adres e mail", "adres email", "poczta",
    ),
    "address": _keys(
    "address", "home address", "postal address", "street address", "adresse", "anschrift",
    "direccion", "domicilio", "adres", "adres zamieszkania", "adresse postale", "street",
    "strasse", "calle", "ulica", "rue",
    ),
    "notes": _keys(
    "notes", "note", "comments", "comment", "remarks", "memo", "notizen", "notiz", "bemerkung",
    "bemerkungen", "anmerkungen", "notas", "nota", "observaciones", "comentarios", "uwagi",
    "notatki", "remarques", "commentaires", "info", "additional information",
    ),
    "language": _keys(
    "language", "preferred language", "languages", "papers in", "papers in language",
    "idioma", "idioma preferido", "lengua", "sprache", "bevorzugte sprache", "muttersprache",
    "jezyk", "jezyk preferowany", "langue", "langue preferee",
    ),
}
# fmt: on
# smpdesk's own list export: "Client number" and "Archived" are not brought in.
_OWN_EXPORT_IGNORED = _keys("client number", "archived", "id", "client id", "nr", "no")
# Alone: the whole name.  Next to the other half: that half.
_AMBIGUOUS = {
    header_key("name"): "family_name",  # German "Vorname | Name"
    header_key("nom"): "family_name",  # French "Prénom | Nom"
    header_key("nombre"): "given_name",  # Spanish "Nombre | Apellidos"
    header_key("nombre y apellido"): "full_name",
}
_CONTAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("email", "e mail", "correo", "courriel")),
    ("date_of_birth", ("birth", "dob", "geburt", "nacimiento", "urodzenia", "naissance")),
    ("phone", ("phone", "mobile", "handy", "telefon", "telefono", "movil", "tel ")),
    ("preferred_name", ("preferred", "nickname")),
    ("given_name", ("first name", "given name", "forename", "vorname")),
    ("family_name", ("last name", "surname", "family name", "nachname", "apellido")),
    ("full_name", ("full name", "client name", "customer name", "patient name")),
    ("address", ("address", "adresse", "direccion", "anschrift")),
    ("notes", ("note", "comment", "remark", "notiz", "bemerkung", "uwagi")),
    ("language", ("language", "sprache", "idioma", "jezyk")),
)
_COPY = re.compile(r"^(.*?)\s*\(\d+\)$")  # "Name (2)": the second column of a merged header


def _field_of(header: str) -> str | None:
    key = header_key(header)
    if not key or key in _OWN_EXPORT_IGNORED:
        return None
    for field, names in _EXACT.items():
        if key in names:
            return field
    if key in _AMBIGUOUS:
        return "?" + key
    padded = f" {key} "
    for field, parts in _CONTAINS:
        if any(f" {part}" in padded for part in parts):
            return field
    return None


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field key of :data:`IMPORT_FIELDS`, or "" to ignore; every column.

    Each field goes to the first column that names it; a later one is ignored.
    """
    found: dict[int, str | None] = {}
    for index, header in enumerate(headers):
        copy = _COPY.match(header)
        if copy and index > 0 and header_key(headers[index - 1]) == header_key(copy.group(1)):
            first = _field_of(headers[index - 1])
            if first in ("full_name", "?name", "?nom", "?nombre", "?nombre y apellido"):
                found[index - 1] = "given_name"
                found[index] = "family_name"
                continue
        found[index] = _field_of(header)
    plain = {f for f in found.values() if f and not f.startswith("?")}
    for index, field in found.items():
        if field and field.startswith("?"):
            half = _AMBIGUOUS[field[1:]]
            other = {"family_name": "given_name", "given_name": "family_name"}.get(half)
            if other in plain and half not in plain:
                found[index] = half
            else:
                found[index] = "full_name"
            plain.add(str(found[index]))
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    has_halves = {"given_name", "family_name"} <= plain
    for index in range(len(headers)):
        field = found.get(index) or IGNORE
        if field in taken or (field == "full_name" and has_halves):
            field = IGNORE
        if field:
            taken.add(field)
        mapping[index] = field
    return mapping


# -- names ---------------------------------------------------------------------------

# fmt: off
_TITLES = _keys(
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "herr", "frau",
    "sr", "sra", "srta", "don", "dona", "pan", "pani", "m", "mme", "mlle", "monsieur",
    "madame", "mademoiselle", "senor", "senora", "senorita", "rev", "fr",
)
# As spelled, accents included: Vietnamese "Văn" is no Dutch "van".
_PARTICLES = frozenset(
    (
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "dello",
        "dei",
        "degli",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "des",
        "la",
        "le",
        "les",
        "lo",
        "ter",
        "ten",
        "te",
        "zu",
        "vom",
        "zum",
        "bin",
        "binti",
        "binte",
        "ibn",
        "bint",
        "al",
        "el",
        "ben",
        "nic",
        "mac",
        "mc",
        "ua",
        "ap",
        "st",
        "san",
        "santa",
        "y",
        "i",
        "d'",
        "dell'",
        "ó",
        "ní",
        "uí",
    )
)
_SUFFIXES = _keys("jr", "jnr", "sr", "snr", "ii", "iii", "iv")
_HISPANIC_SURNAMES = _keys(
    "garcía", "márquez", "lópez", "martínez", "rodríguez", "gonzález", "hernández", "pérez",
    "sánchez", "ramírez", "torres", "flores", "rivera", "gómez", "díaz", "reyes", "cruz",
    "morales", "ortiz", "gutiérrez", "chávez", "ramos", "ruiz", "jiménez", "moreno", "álvarez",
    "romero", "vargas", "castillo", "fernández", "muñoz", "peña", "ibáñez", "núñez",
    "echeverría", "navarro", "domínguez", "vázquez", "serrano", "blanco", "suárez", "molina",
    "delgado", "castro", "ortega", "rubio", "marín", "sanz", "iglesias", "medina", "garrido",
    "cortés", "santos", "castaño", "herrera", "aguilar", "mendoza", "silva", "rojas", "soto",
    "contreras", "guerrero", "luna", "campos", "vega", "cabrera", "fuentes", "carrasco",
    "nieto", "pascual", "gallego", "vidal", "lorenzo", "león", "prieto", "calvo", "gil",
    "méndez", "alonso", "martín", "sáez", "montero", "cano", "ferrer", "oliveira", "souza",
    "sousa", "costa", "pereira", "alves", "rocha", "ferreira", "almeida", "carvalho", "gomes",
    "ribeiro", "martins", "lima", "araújo", "barbosa", "teixeira", "moura", "cardoso",
    "mendes", "nunes", "pinto", "lopes", "marques", "correia",
)
# fmt: on


def _is_title(word: str) -> bool:
    return header_key(word) in _TITLES


def _capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def split_full_name(text: str) -> tuple[str, str]:
    """(given, family) from a name in one cell; see the module's rules 1-5."""
    text = " ".join(text.split())
    if "," in text:
        family, _, given = text.partition(",")
        family_words = [w for w in family.split() if not _is_title(w)] or family.split()
        given_words = [w for w in given.replace(",", " ").split() if not _is_title(w)]
        return " ".join(given_words), " ".join(family_words)
    parts = text.split()
    while len(parts) > 1 and _is_title(parts[0]):
        parts = parts[1:]
    if not parts:
        return "", ""
    if len(parts) == 1:
        return parts[0], ""
    suffix: list[str] = []
    if len(parts) > 2 and header_key(parts[-1]) in _SUFFIXES:
        suffix, parts = parts[-1:], parts[:-1]
    capitals = [_capitals(w) for w in parts]
    if capitals[0] and not all(capitals):
        lead = capitals.index(False)
        return " ".join(parts[lead:]), " ".join(parts[:lead] + suffix)
    for index in range(1, len(parts) - 1):
        if parts[index].lower().rstrip(".") in _PARTICLES:
            return " ".join(parts[:index]), " ".join(parts[index:] + suffix)
    start = len(parts) - 1
    if len(parts) >= 3 and header_key(parts[-2]) in _HISPANIC_SURNAMES:
        start -= 1
    return " ".join(parts[:start]), " ".join(parts[start:] + suffix)


# -- dates of birth ------------------------------------------------------------------

_MONTHS_BY_PREFIX = {
    "jan": 1, "ene": 1, "sty": 1, "gen": 1,
    "feb": 2, "fev": 2, "lut": 2,
    "mar": 3,
    "apr": 4, "abr": 4, "avr": 4, "kwi": 4,
    "may": 5, "mai": 5, "maj": 5, "mag": 5,
    "jun": 6, "cze": 6, "giu": 6,
    "jul": 7, "lip": 7, "lug": 7,
    "aug": 8, "ago": 8, "aou": 8, "sie": 8,
    "sep": 9, "set": 9, "wrz": 9,
    "oct": 10, "okt": 10, "paz": 10, "ott": 10,
    "nov": 11, "lis": 11,
    "dec": 12, "dic": 12, "dez": 12, "gru": 12,
}  # fmt: skip
_NUMERIC = re.compile(r"^(\d{1,4})\s*([./\-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?$")
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_WORDY = re.compile(r"[a-zà-ÿ]+\.?|\d+", re.IGNORECASE)
EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (past Excel's leap-year bug)
_SERIAL = re.compile(r"^\d{1,5}(\.0+)?$")


def _month(word: str) -> int | None:
    key = fold(word).rstrip(".")
    if key.startswith("juin"):
        return 6
    if key.startswith("juil"):
        return 7
    if len(key) < 3 or not key.isalpha():
        return None
    return _MONTHS_BY_PREFIX.get(key[:3])


def _full_year(year: int, digits: int, today: date) -> int:
    """A two-digit year in the century that does not put a birth in the future."""
    if digits > 2:
        return year
    century = today.year // 100 * 100
    return century + year if century + year <= today.year else century - 100 + year


def _not_a_date(text: str) -> ValueError:
    return ValueError(f"The date of birth is not a date ({text}).")


def _made(text: str, year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise _not_a_date(text) from None


def parse_birth_date(
    text: str, *, day_first: bool, serials: bool = False, today: date | None = None
) -> str:
    """ISO "YYYY-MM-DD", or ValueError whose message is one sentence for the user.

    ``day_first`` settles "03/04/1984"; ``serials`` (a column of nothing but whole
    numbers, see :func:`looks_like_serials`) reads "30770" as Excel's day number.
    The age limits are :func:`smpdesk.domain.client_details.validate`'s to check.
    """
    today = today or date.today()
    raw = " ".join(text.split())
    value = _TIME_TAIL.sub("", raw).strip()
    if not value:
        raise _not_a_date(raw)
    if serials and _SERIAL.match(value):
        serial = int(value.split(".")[0])
        if not 1 <= serial <= 2_958_465:
            raise _not_a_date(raw)
        return (EXCEL_EPOCH + timedelta(days=serial)).isoformat()
    numeric = _NUMERIC.match(value)
    if numeric:
        a, _sep, b, c = numeric.groups()
        if len(a) == 4:  # year first: ISO and its cousins, always year-month-day
            return _made(raw, int(a), int(b), int(c))
        if len(c) not in (2, 4):
            raise _not_a_date(raw)
        year = _full_year(int(c), len(c), today)
        day, month = (int(a), int(b)) if day_first else (int(b), int(a))
        return _made(raw, year, month, day)
    if re.fullmatch(r"\d{8}", value):  # 19840327
        return _made(raw, int(value[:4]), int(value[4:6]), int(value[6:]))
    tokens = _WORDY.findall(value)
    months = [t for t in tokens if not t.isdigit() and _month(t)]
    numbers = [t for t in tokens if t.isdigit()]
    others = [t for t in tokens if not t.isdigit() and not _month(t)]
    if len(months) == 1 and len(numbers) == 2 and all(_ordinal(t) for t in others):
        named = _month(months[0])
        first, second = numbers
        if len(first) == 4:
            first, second = second, first
        if len(second) not in (2, 4) or len(first) > 2:
            raise _not_a_date(raw)
        assert named is not None
        return _made(raw, _full_year(int(second), len(second), today), named, int(first))
    raise _not_a_date(raw)


def _ordinal(word: str) -> bool:
    """Words a written date may hold besides the month: "27th", "de", "of"."""
    return fold(word).rstrip(".") in {"st", "nd", "rd", "th", "de", "of", "del", "r", "er"}


def guess_day_first(values: Iterable[str]) -> bool | None:
    """True when the column's dates put the day first, False month first, None undecided.

    Only a number over 12 decides; the column's majority wins, a tie is None.
    """
    day_first = month_first = 0
    for text in values:
        match = _NUMERIC.match(_TIME_TAIL.sub("", " ".join(text.split())))
        if not match or len(match.group(1)) == 4:
            continue
        a, b = int(match.group(1)), int(match.group(3))
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            month_first += 1
    if day_first == month_first:
        return None
    return day_first > month_first


def looks_like_serials(values: Iterable[str]) -> bool:
    """A column of nothing but whole numbers in the range of birth dates: Excel serials."""
    seen = False
    for text in values:
        value = text.strip()
        if not value:
            continue
        if not _SERIAL.match(value) or not 1 <= int(value.split(".")[0]) <= 80_000:
            return False
        seen = True
    return seen


# -- sex -----------------------------------------------------------------------------

_SEXES: dict[str, set[str]] = {
    "male": _keys(
        "m", "male", "man", "men", "masculine", "mann", "mannlich", "herr", "hombre",
        "masculino", "varon", "h", "mezczyzna", "meski", "homme", "masculin", "mr", "boy",
    ),
    "female": _keys(
        "f", "female", "woman", "women", "feminine", "frau", "weiblich", "w", "mujer",
        "femenino", "kobieta", "zenski", "k", "femme", "feminin", "mrs", "ms", "girl",
    ),
    "intersex": _keys("intersex", "i"),
    "other": _keys("other", "x", "d", "divers", "diverse", "non binary", "nonbinary",
                   "otro", "inny", "autre", "andere"),
    "undisclosed": _keys("prefers not to say", "prefer not to say", "undisclosed",
                         "not disclosed", "keine angabe"),
}  # fmt: skip


# -- languages -----------------------------------------------------------------------

# What a clinic's spreadsheet may write for a language smpdesk writes papers in
# (domain/languages.py): the code, the language's own name, and its name in English,
# Spanish, German, Polish and French; "en-GB"/"pl_PL" are read by their first part.
# fmt: off
_LANGUAGE_NAMES: dict[str, set[str]] = {
    "en": _keys("en", "eng", "english", "ingles", "englisch", "angielski", "anglais"),
    "es": _keys("es", "spa", "espanol", "castellano", "spanish", "spanisch", "hiszpanski",
                "espagnol"),
    "de": _keys("de", "ger", "deu", "deutsch", "german", "aleman", "niemiecki", "allemand"),
    "pl": _keys("pl", "pol", "polski", "polish", "polaco", "polnisch", "polonais"),
}
# fmt: on


def parse_language(text: str) -> str:
    """A code of domain.languages.LANGUAGES for what was written ("Polski", "PL",
    "pl-PL", "Spanish"); "" for an empty cell.  Anything else comes back as written,
    so the row's check names the cell instead of the language being quietly dropped."""
    key = header_key(text)
    if not key:
        return ""
    first = key.split()[0] if len(key.split()) == 2 and len(key.split()[1]) == 2 else key
    for code, names in _LANGUAGE_NAMES.items():
        if key in names or first in names:
            return code
    return text.strip()


def parse_sex(text: str) -> str:
    """A key of SEX_CHOICES for the words clinics write; "" (not recorded) otherwise."""
    key = header_key(text)
    for sex, names in _SEXES.items():
        if key in names:
            return sex
    return ""


__all__ = [
    "IGNORE",
    "IMPORT_FIELDS",
    "SourceTable",
    "guess_day_first",
    "guess_mapping",
    "header_key",
    "looks_like_serials",
    "parse_birth_date",
    "parse_language",
    "parse_sex",
    "split_full_name",
]
