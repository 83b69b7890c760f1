"""Aftercare sheets: a client's personalised sheet or a blank one, and the log of each given.

reportlab is imported only when a sheet is made, never by importing this module.
"""

from __future__ import annotations

from smpdesk.services import (
    AftercarePdf,
    aftercare_pdf,
    blank_aftercare_pdf,
    record_aftercare_given,
)

__all__ = [
    "AftercarePdf",
    "aftercare_pdf",
    "blank_aftercare_pdf",
    "record_aftercare_given",
]
