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
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.words.core_labels import core_label

TAG_LABELS = {
    "visit_date": QT_TRANSLATE_NOOP("photos.photo_history", "Visit date"),
    "angle": QT_TRANSLATE_NOOP("photos.photo_history", "Angle"),
    "consent": QT_TRANSLATE_NOOP("photos.photo_history", "Consent"),
    "session_id": QT_TRANSLATE_NOOP("photos.photo_history", "Session"),
}


def tag_words(name: str, value: str) -> str:
    """A stored tag value as the gallery says it ("—" for none)."""
    if not value:
        return "—"
    if name == "angle":
        return core_label(ANGLES.get(value, value))
    if name == "consent":
        return core_label(CONSENTS.get(value, value))
    if name == "visit_date":
        return format_date(value)
    if name == "session_id":
        return translate("photos.photo_history", "session {number}").format(number=value)
    return value


def _stamp(moment: str) -> str:
    try:
        when = datetime.fromisoformat(moment).astimezone()
    except ValueError:
        return moment
    return f"{format_date(when.date().isoformat())} {when:%H:%M}"


def photo_history_html(photo: photo_cases.Photo, versions: list[photo_cases.PhotoVersion]) -> str:
    """What each change did, newest first, under when the photo was imported."""
    when = _stamp(photo.imported_at)
    if photo.source_name:
        imported = translate("photos.photo_history", "Imported {when} from {file}.").format(
            when=html.escape(when), file=html.escape(photo.source_name)
        )
    else:
        imported = translate("photos.photo_history", "Imported {when}.").format(
            when=html.escape(when)
        )
    title = translate("photos.photo_history", "{angle}, visit of {date}").format(
        angle=core_label(ANGLES.get(photo.angle, photo.angle)), date=format_date(photo.visit_date)
    )
    parts = [f"<h3>{html.escape(title)}</h3>", f"<p style='color:#555'>{imported}</p>"]
    if not versions:
        unchanged = translate(
            "photos.photo_history", "Its tags have not been changed since it was imported."
        )
        parts.append(f"<p>{html.escape(unchanged)}</p>")
        return "".join(parts)
    items = []
    for version, changes in reversed(photo_cases.tag_history(photo, versions)):
        what = "; ".join(
            f"{html.escape(translate('photos.photo_history', TAG_LABELS.get(name, name)))}: "
            f"{html.escape(tag_words(name, old))} → {html.escape(tag_words(name, new))}"
            for name, old, new in changes
        ) or html.escape(translate("photos.photo_history", "no change"))
        if version.kind == MARKETING_WITHDRAWN:
            what += " " + html.escape(
                translate("photos.photo_history", "(marketing consent withdrawn)")
            )
        when = _stamp(version.replaced_at)
        if version.replaced_by_name:
            line = translate("photos.photo_history", "{when} by {name}: {changes}").format(
                when=when, name=html.escape(version.replaced_by_name), changes=what
            )
        else:
            line = f"{when}: {what}"
        items.append(f"<li>{line}</li>")
    edited = html.escape(translate("photos.photo_history", "Edited"))
    parts.append(f"<h4>{edited}</h4><ul>{''.join(items)}</ul>")
    return "".join(parts)


class PhotoHistoryDialog(QDialog):
    """The history of one photo's tags, read when opened (the read is logged)."""

    def __init__(self, db: Clinic, photo: photo_cases.Photo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo history"))
        self.resize(560, 360)
        self.text = QTextBrowser()
        self.text.setObjectName("photo_history")
        self.text.setHtml(photo_history_html(photo, photo_cases.photo_versions(db, photo.id)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
