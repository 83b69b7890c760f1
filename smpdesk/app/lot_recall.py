"""Lot recall: every client who received a lot, found by the lot's start or any part.

A recall notice says "batch GR-2610" while the clinic wrote "GR-2610-A" from the
bottle; :func:`find_lot` finds both by default (``match="prefix"``), or any lot
that holds the typed part (``"contains"``), or the one lot (``"exact"``, what
``smpdesk lots`` did before).  Case, spaces and punctuation never matter.  The
result says which lots matched, so the clinic sees at once whether "2610" also
caught an unrelated lot.  The list goes to paper and to a spreadsheet
(:func:`recall_pdf`, :func:`recall_csv`): a recall is exactly when a clinic must
phone everyone on it.  Clinical, as the recall search always was: the list says who
was treated with what.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.session_details import describe_type
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.store import lot_recall as recall_store
from smpdesk.store.sessions import LotMatch

MATCHES = recall_store.MATCHES
MATCH_TEXT = {"exact": "is exactly", "prefix": "starts with", "contains": "contains"}


@dataclass(frozen=True)
class Recall:
    """What a recall search found: the sessions, newest first, and the lots they hold."""

    typed: str
    match: str
    matches: list[LotMatch] = field(default_factory=list)

    @property
    def clients(self) -> int:
        return len({m.client_id for m in self.matches})

    @property
    def lots(self) -> list[tuple[str, int]]:
        """Each lot found, as first written, with how many sessions it is on."""
        counts = Counter(m.lot for m in self.matches)
        return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].casefold()))

    @property
    def description(self) -> str:
        """What was looked for, in words: "lot starts with GR-2610"."""
        return f"lot {MATCH_TEXT[self.match]} {self.typed.strip()}"


def _checked_match(match: str) -> str:
    if match not in MATCHES:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Unknown match {match}; choose one of: {choices}."),
            match=repr(match),
            choices=", ".join(MATCHES),
        )
    return match


@use_case
def find_lot(db: Clinic, lot: str, *, match: str = "prefix") -> Recall:
    """Every live session whose pigment, diluent or cartridge lot matches ``lot``."""
    match = _checked_match(match)
    keys = recall_store.matching_keys(db, lot, match)
    return Recall(lot, match, recall_store.sessions_with_lot_keys(db, keys) if keys else [])


EXPORT_HEADERS = (
    "Client number",
    "Name",
    "Phone",
    "Email",
    "Session date",
    "Session",
    "Which lot",
    "Lot",
    "Changed later to",
)


def export_row(m: LotMatch) -> list[str]:
    """One session found, as the CSV and the printed list show it."""
    return [
        m.client_number,
        m.client_name,
        m.phone,
        m.email,
        m.session_date,
        describe_type(m.session_type),
        m.column.replace("_", " "),
        m.lot,
        m.changed_later_to,
    ]


@use_case
def recall_csv(db: Clinic, lot: str, *, match: str = "prefix") -> bytes:
    """The recall list as a CSV file's bytes (the caller writes them through safe_output)."""
    from smpdesk.infra.csv_lists import csv_bytes

    found = find_lot(db, lot, match=match)
    return csv_bytes(EXPORT_HEADERS, [export_row(m) for m in found.matches])


@use_case
def recall_pdf(db: Clinic, lot: str, *, match: str = "prefix", today: date | None = None) -> bytes:
    """The recall list as a printable PDF, on the clinic's paper, with its letterhead."""
    from smpdesk.domain.dates import format_medium_date
    from smpdesk.infra.handouts.layout import clinic_info
    from smpdesk.infra.handouts.lists import render_list

    found = find_lot(db, lot, match=match)
    settings = load_settings(db)
    lots = ", ".join(f"{name} ({n})" for name, n in found.lots[:12])
    if len(found.lots) > 12:
        lots += f" and {len(found.lots) - 12} more"
    rows = [
        [
            m.client_name,
            m.phone,
            m.email,
            m.session_date,
            f"{m.column.replace('_', ' ')} {m.lot}"
            + (f" (changed later to {m.changed_later_to})" if m.changed_later_to else ""),
            "",
        ]
        for m in found.matches
    ]
    return render_list(
        clinic_info(settings),
        title=f"Recall: {found.description}",
        subtitle=(
            f"{len(found.matches)} sessions, {found.clients} clients. "
            + (f"Lots found: {lots}." if lots else "")
        ),
        headers=["Name", "Phone", "Email", "Session date", "Lot", "Contacted"],
        rows=rows,
        widths=[18, 13, 21, 10, 24, 14],
        paper=settings.paper,
        made=format_medium_date(today or date.today()),
        empty="No session used a matching lot.",
    )


__all__ = [
    "EXPORT_HEADERS",
    "MATCHES",
    "MATCH_TEXT",
    "LotMatch",
    "Recall",
    "export_row",
    "find_lot",
    "recall_csv",
    "recall_pdf",
]
