"""A photo's history: every change to its tags, newest first, with who and when.

The picture never changes; its tags (visit, angle, consent, session) do, and
each change keeps what it replaced (``app.photos.photo_versions``).  Opening
the history is logged (by the use case) like any view of a client's photos.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import Clinic
from smpdesk.app.photos import ANGLES, CONSENTS, MARKETING_WITHDRAWN
from smpdesk.gui.clients.client_list_model import format_date

TAG_LABELS = {
    "visit_date": "Visit date",
    "angle": "Angle",
    "consent": "Consent",
    "session_id": "Session",
}


def tag_words(name: str, value: str) -> str:
    """A stored tag value as the gallery says it ("—" for none)."""
    if not value:
        return "—"
    if name == "angle":
        return ANGLES.get(value, value)
    if name == "consent":
        return CONSENTS.get(value, value)
    if name == "visit_date":
        return format_date(value)
    if name == "session_id":
        return f"session {value}"
    return value


def _stamp(moment: str) -> str:
    try:
        when = datetime.fromisoformat(moment).astimezone()
    except ValueError:
        return moment
    return f"{format_date(when.date().isoformat())} {when:%H:%M}"


def photo_history_html(photo: photo_cases.Photo, versions: list[photo_cases.PhotoVersion]) -> str:
    """What each change did, newest first, under when the photo was imported."""
    imported = f"Imported {_stamp(photo.imported_at)}" + (
        f" from {html.escape(photo.source_name)}" if photo.source_name else ""
    )
    title = f"{ANGLES.get(photo.angle, photo.angle)}, visit of {format_date(photo.visit_date)}"
    parts = [f"<h3>{html.escape(title)}</h3>", f"<p style='color:#555'>{imported}.</p>"]
    if not versions:
        parts.append("<p>Its tags have not been changed since it was imported.</p>")
        return "".join(parts)
    items = []
    for version, changes in reversed(photo_cases.tag_history(photo, versions)):
        who = f" by {html.escape(version.replaced_by_name)}" if version.replaced_by_name else ""
        what = "; ".join(
            f"{TAG_LABELS.get(name, name)}: {html.escape(tag_words(name, old))} → "
            f"{html.escape(tag_words(name, new))}"
            for name, old, new in changes
        )
        why = " (marketing consent withdrawn)" if version.kind == MARKETING_WITHDRAWN else ""
        items.append(f"<li>{_stamp(version.replaced_at)}{who}: {what or 'no change'}{why}</li>")
    parts.append(f"<h4>Edited</h4><ul>{''.join(items)}</ul>")
    return "".join(parts)


class PhotoHistoryDialog(QDialog):
    """The history of one photo's tags, read when opened (the read is logged)."""

    def __init__(self, db: Clinic, photo: photo_cases.Photo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Photo history")
        self.resize(560, 360)
        self.text = QTextBrowser()
        self.text.setObjectName("photo_history")
        self.text.setHtml(photo_history_html(photo, photo_cases.photo_versions(db, photo.id)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
