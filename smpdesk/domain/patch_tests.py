"""A patch test's fields and their checks, shared by the dialog and the command line.

A patch test puts a little of a pigment (one lot) on a small area of skin and is
read some days later: negative (no reaction), positive or inconclusive, or still
pending before it is read.  Dates are ISO ``YYYY-MM-DD`` here; the fronts turn
what was typed into that first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import QT_TRANSLATE_NOOP

RESULTS = ("pending", "negative", "positive", "inconclusive")
RESULT_WORDS = {
    "pending": "Not read yet",
    "negative": "Negative (no reaction)",
    "positive": "Positive (reaction)",
    "inconclusive": "Inconclusive",
}
FIELD_LABELS = {
    "applied_on": "Date applied",
    "pigment": "Pigment",
    "lot": "Lot",
    "area": "Area",
    "result": "Result",
    "read_on": "Read on",
    "read_by": "Read by",
    "notes": "Notes",
    "reason": "Reason for the new version",
}


@dataclass(frozen=True)
class PatchTestDetails:
    applied_on: str
    pigment: str = ""
    lot: str = ""
    area: str = ""
    result: str = "pending"
    read_on: str = ""
    read_by: str = ""
    notes: str = ""

    def cleaned(self) -> PatchTestDetails:
        """Trimmed, with control and bidi characters removed (notes keep their lines)."""
        return replace(
            self,
            applied_on=self.applied_on.strip(),
            pigment=clean_line(self.pigment).strip(),
            lot=clean_line(self.lot).strip(),
            area=clean_line(self.area).strip(),
            result=self.result.strip().lower(),
            read_on=self.read_on.strip(),
            read_by=clean_line(self.read_by).strip(),
            notes="\n".join(clean_line(line) for line in self.notes.splitlines()).strip(),
        )


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def validate_patch_test(details: PatchTestDetails, today: date | None = None) -> dict[str, str]:
    """Field -> one plain sentence for each problem; empty when the record may be saved."""
    today = today or date.today()
    problems: dict[str, str] = {}
    applied = _day(details.applied_on)
    if applied is None:
        problems["applied_on"] = QT_TRANSLATE_NOOP(
            "core", "Give the date the patch test was applied."
        )
    elif applied > today:
        problems["applied_on"] = QT_TRANSLATE_NOOP(
            "core", "The date applied cannot be in the future."
        )
    if not details.pigment:
        problems["pigment"] = QT_TRANSLATE_NOOP(
            "core", "Name the pigment tested (brand and shade)."
        )
    if details.result not in RESULTS:
        problems["result"] = QT_TRANSLATE_NOOP(
            "core", "Choose negative, positive, inconclusive or not read yet."
        )
    elif details.result == "pending":
        if details.read_on:
            problems["read_on"] = QT_TRANSLATE_NOOP(
                "core", "A test not read yet has no reading date: choose its result."
            )
    else:
        read = _day(details.read_on)
        if read is None:
            problems["read_on"] = QT_TRANSLATE_NOOP(
                "core", "Give the date the patch test was read."
            )
        elif read > today:
            problems["read_on"] = QT_TRANSLATE_NOOP(
                "core", "The reading date cannot be in the future."
            )
        elif applied is not None and read < applied:
            problems["read_on"] = QT_TRANSLATE_NOOP(
                "core", "The test cannot be read before it was applied."
            )
        if not details.read_by:
            problems["read_by"] = QT_TRANSLATE_NOOP("core", "Say who read the patch test.")
    return problems


__all__ = ["FIELD_LABELS", "RESULTS", "RESULT_WORDS", "PatchTestDetails", "validate_patch_test"]
