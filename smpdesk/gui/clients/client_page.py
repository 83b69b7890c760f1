"""One client's page: a header that stays put, and tabs below it.

Later features (questionnaires, photos, sessions) add their own tabs with
:meth:`ClientPage.add_tab`; the Details tab is the one that ships first.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app.clients import Client, ClientVersion
from smpdesk.domain.client_details import SEX_CHOICES, age_on
from smpdesk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from smpdesk.gui.clients.client_list_model import format_date, format_local_date
from smpdesk.gui.i18n import translate
from smpdesk.gui.words.core_labels import core_label

if TYPE_CHECKING:
    from smpdesk.gui.operations import Operation


def papers_in(code: str) -> str:
    """The language a client's papers are written in, as the client dialog names it."""
    if not code:
        return translate("clients.client_page", "Clinic's language ({language})").format(
            language=LANGUAGES[DEFAULT_LANGUAGE]
        )
    return LANGUAGES.get(code, code)


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ClientPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal(int)
    archive_requested = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client: Client | None = None
        self._banners: list[QWidget] = []

        self.back_button = QPushButton(self.tr("← Clients"))
        self.back_button.setToolTip(self.tr("Back to the client list (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.clicked.connect(self._edit)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.clicked.connect(self._toggle_archive)
        # A client's own data (GDPR Art. 15, 20): owner and practitioners only, shown per
        # person in show_client; see smpdesk/gui/clients/export_client.py.
        self.export_button = QPushButton(self.tr("Export client data…"))
        self.export_button.setObjectName("export_client_data")
        self.export_button.setToolTip(
            self.tr(
                "Everything held about this client, as a ZIP file or a folder: a readable "
                "summary (PDF), the same for computers (JSON), the photos and signed consent "
                "records"
            )
        )
        self.export_button.setVisible(False)
        self.export_button.clicked.connect(self.export_client_data)

        self.name_label = QLabel()
        self.name_label.setObjectName("client_name")
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.name_label.setFont(font)
        self.facts_label = _plain(QLabel())
        self.facts_label.setObjectName("client_facts")
        self.contact_label = _plain(QLabel())
        self.contact_label.setObjectName("client_contact")
        self.archived_banner = QLabel()
        self.archived_banner.setObjectName("archived_banner")
        self.archived_banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px;"
        )

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.archive_button)

        header = QFrame()
        header.setObjectName("client_header")
        header.setStyleSheet("#client_header { background: #eef3f6; border-radius: 6px; }")
        header_layout = QVBoxLayout(header)
        header_layout.addWidget(self.name_label)
        header_layout.addWidget(self.facts_label)
        header_layout.addWidget(self.contact_label)

        self.tabs = QTabWidget()
        self.details_tab = QWidget()
        self._details_form = QFormLayout(self.details_tab)
        self._details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._detail_labels: dict[str, QLabel] = {}
        for key, title in (
            ("date_of_birth", self.tr("Date of birth:")),
            ("sex", self.tr("Sex:")),
            ("language", self.tr("Papers in:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("Email:")),
            ("address", self.tr("Address:")),
            ("notes", self.tr("Notes:")),
            ("created_at", self.tr("Client since:")),
        ):
            value = _plain(QLabel())
            value.setWordWrap(True)
            value.setObjectName(f"detail_{key}")
            self._detail_labels[key] = value
            self._details_form.addRow(title, value)
        self.history_label = QLabel()
        self.history_label.setObjectName("client_history")
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.TextFormat.RichText)
        self._details_form.addRow(self.history_label)
        self.tabs.addTab(self.details_tab, self.tr("Details"))

        self._column = QVBoxLayout(self)
        self._column.addLayout(top)
        self._column.addWidget(header)
        self._column.addWidget(self.archived_banner)
        self._column.addWidget(self.tabs, 1)

    def add_banner(self, widget: QWidget) -> None:
        """A feature's strip under the header (e.g. contraindication flags).

        Like a tab, it follows the client if it has ``show_client(id)``.
        """
        self._column.insertWidget(self._column.indexOf(self.tabs), widget)
        self._banners.append(widget)
        if self.client is not None:
            follow = getattr(widget, "show_client", None)
            if callable(follow):
                follow(self.client.id)

    def remove_features(self) -> None:
        """Drop every feature's tab and banner (another person, another role, signed in)."""
        for banner in self._banners:
            self._column.removeWidget(banner)
            banner.deleteLater()
        self._banners.clear()
        # The details tab first, and the others removed from the last one back, so
        # no other tab is shown (and loads, as the previous person) on the way.
        self.tabs.setCurrentIndex(0)
        while self.tabs.count() > 1:  # the details tab stays
            last = self.tabs.count() - 1
            widget = self.tabs.widget(last)
            self.tabs.removeTab(last)
            if widget is not None:
                widget.deleteLater()
        self.client = None

    def set_history(self, versions: list[ClientVersion]) -> None:
        """ "Edited": each earlier change of the details, newest first (clinical roles)."""
        if self.client is None or not versions:
            self.history_label.clear()
            return
        later = [*(v.details for v in versions[1:]), self.client.details()]
        items = []
        for version, after in reversed(list(zip(versions, later, strict=True))):
            was, became = version.details.as_dict(), after.as_dict()
            for values in (was, became):
                values["language"] = papers_in(values["language"])  # "pl" -> "Polski"
            changes = "; ".join(
                f"{html.escape(name.replace('_', ' '))}: {html.escape(was[name]) or '—'} → "
                f"{html.escape(became[name]) or '—'}"
                for name in was
                if was[name] != became[name]
            )
            when = format_local_date(version.replaced_at)
            changes = changes or self.tr("saved without changes")
            if version.replaced_by_name:
                item = self.tr("{when} by {who}: {changes}").format(
                    when=when, who=html.escape(version.replaced_by_name), changes=changes
                )
            else:
                item = f"{when}: {changes}"
            items.append(f"<li>{item}</li>")
        self.history_label.setText(self.tr("<b>Edited</b>") + f"<ul>{''.join(items)}</ul>")

    def set_notes_shown(self, shown: bool) -> None:
        """Reception never loads a client's notes (they may be clinical): no empty row either."""
        self._details_form.setRowVisible(self._detail_labels["notes"], shown)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a feature's tab; if it has ``show_client(id)`` it follows the client."""
        return self.tabs.addTab(widget, title)

    def show_client(self, client: Client, *, today: date | None = None) -> None:
        self.client = client
        name = html.escape(client.full_name)
        if client.preferred_name and client.preferred_name != client.given_name:
            name += (
                f' <span style="font-weight: normal;">“{html.escape(client.preferred_name)}”</span>'
            )
        self.name_label.setText(name)

        facts = [self.tr("Client no. {number}").format(number=client.client_number)]
        age = age_on(client.date_of_birth, today)
        if age is not None:
            facts.append(
                self.tr("{age} years (born {date})", "", age).format(
                    age=age, date=format_date(client.date_of_birth)
                )
            )
        if client.sex:
            facts.append(core_label(SEX_CHOICES.get(client.sex, client.sex)))
        if client.language:
            # Seen before printing an aftercare sheet: it comes out in this language.
            facts.append(
                self.tr("Papers in {language}").format(language=papers_in(client.language))
            )
        self.facts_label.setText("  ·  ".join(facts))
        contact = [part for part in (client.phone, client.email) if part]
        self.contact_label.setText("  ·  ".join(contact) or self.tr("No phone or email recorded"))

        self.archived_banner.setVisible(client.is_archived)
        if client.archived_at:
            self.archived_banner.setText(
                self.tr(
                    "Archived on {date}. "
                    "The record is kept; restore it to show it in the client list again."
                ).format(date=format_local_date(client.archived_at))
            )
        self.archive_button.setText(
            self.tr("Restore") if client.is_archived else self.tr("Archive")
        )
        from smpdesk.gui.clients.export_client import may_export

        self.export_button.setVisible(may_export(self))

        values = {
            "date_of_birth": format_date(client.date_of_birth),
            "sex": core_label(SEX_CHOICES.get(client.sex, client.sex)) if client.sex else "",
            "language": papers_in(client.language),
            "phone": client.phone,
            "email": client.email,
            "address": client.address,
            "notes": client.notes,
            "created_at": format_local_date(client.created_at),
        }
        for key, label in self._detail_labels.items():
            label.setText(values[key] or "—")
        followers = [*self._banners, *(self.tabs.widget(i) for i in range(self.tabs.count()))]
        for widget in followers:
            follow = getattr(widget, "show_client", None)
            if callable(follow):
                follow(client.id)

    def _edit(self) -> None:
        if self.client is not None:
            self.edit_requested.emit(self.client.id)

    def export_client_data(self) -> Operation | None:
        """Ask where, then export this client's data on the window's runner (None: not
        started)."""
        from smpdesk.gui.clients.export_client import choose_and_export, window_clinic

        clinic = window_clinic(self)
        if self.client is None or clinic is None:
            return None
        return choose_and_export(self, clinic, self.client)

    def _toggle_archive(self) -> None:
        if self.client is not None:
            self.archive_requested.emit(self.client.id, not self.client.is_archived)
