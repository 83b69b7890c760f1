"""A client's timeline: sessions, aftercare sheets, photos, questionnaires and hairline
designs, newest first.

One list, so the order of things is plain: a medical history answered the
morning of a session sits just below it, with the flags it raised counted.
A session recorded despite a do-not-treat flag carries its reason on a line
of its own, so an audit never needs the session opened to find it.
Selecting a session (or its reason) shows its full record and enables its
actions; selecting a questionnaire shows the flags it raised.  A session the
owner deleted leaves the list of sessions but not the history: a line says
when, by whom and why, and selecting it shows the session as it was recorded.
Only an owner (or anyone, on a clinic not protected yet) sees *Delete session…*.

Designs (issue 17): each saved version ("Design version 2 saved", by whom) and
each approval ("Design version 2 approved", signed by whom), for those who may
see designs (reception has no timeline).  Read from the versions list, which
loads neither descriptions nor images, and only when the client has a design,
so opening a client stays one count for most.  The Design tab saves and
approves without telling the hub, so the tab looks again (that one count)
whenever it is shown.
"""

from __future__ import annotations

import html
from datetime import datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import designs as design_cases
from smpdesk.app import photos as photo_cases
from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.access import may
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.session_details import (
    AREAS,
    FIELD_LABELS,
    NEXT_TYPE,
    SessionDetails,
    describe_type,
)
from smpdesk.gui.changes import Changes
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.questionnaires.answers_view import FLAG_COLOURS
from smpdesk.questionnaire.answers import RaisedFlag
from smpdesk.questionnaire.spec import FLAG_LEVELS, FLAG_WORDS, count_levels

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
RESPONSE_ROLE = Qt.ItemDataRole.UserRole + 2
DELETED_ROLE = Qt.ItemDataRole.UserRole + 3
DESIGN_ROLE = Qt.ItemDataRole.UserRole + 4
OVERRIDE_WORDS = "Went ahead despite do-not-treat"
DELETED_INK = "#8c2318"


def _areas(details: SessionDetails) -> str:
    return ", ".join(AREAS.get(a, a) for a in details.area_list())


def session_summary(details: SessionDetails) -> str:
    parts = [details.practitioner, _areas(details)]
    if details.pigment_lot:
        parts.append(f"pigment lot {details.pigment_lot}")
    return " · ".join(p for p in parts if p)


def session_html(
    session: session_cases.Session,
    override_reason: str | None = None,
    override_flags: list | None = None,
) -> str:
    d = session.details
    rows = []
    for name, label in FIELD_LABELS.items():
        value = _areas(d) if name == "areas" else getattr(d, name)
        if name == "next_appointment" and session.next_appointment:
            when = session.next_appointment
            value = format_date(when.date().isoformat()) + _at(when)
        elif name == "pigment_expiry" and value:
            value = format_date(value)
        if value:
            text = html.escape(value).replace("\n", "<br>")
            rows.append(
                f"<tr><td style='color:#555;padding-right:12px'>{label}</td><td>{text}</td></tr>"
            )
    title = f"{describe_type(d.session_type)}, {format_date(d.session_date)}"
    body = "".join(rows) or "<tr><td>No further details recorded.</td></tr>"
    warning = ""
    if override_reason is not None:
        ink = FLAG_COLOURS["do-not-treat"][0]
        reason = html.escape(override_reason)
        # What it went ahead despite: do-not-treat, or records not on file (issue 16).
        words = html.escape(session_cases.override_words(override_flags or []))
        warning = f"<p style='color:{ink}'><b>{words}:</b> {reason}</p>"
    return f"<h3>{html.escape(title)}</h3>{warning}<table>{body}</table>"


def history_html(
    session: session_cases.Session, versions: list[session_cases.SessionVersion]
) -> str:
    """ "Edited" and what each edit changed, newest first: nothing recorded is lost."""
    if not versions:
        return ""
    later = [*(v.details for v in versions[1:]), session.details]
    items = []
    for version, after in reversed(list(zip(versions, later, strict=True))):
        changes = session_cases.differences(version.details, after)
        when = _local(version.replaced_at)
        stamp = format_date(when.date().isoformat()) + f" {when:%H:%M}" if when else ""
        what = "; ".join(
            f"{FIELD_LABELS.get(name, name)}: {html.escape(old) or '—'} → {html.escape(new) or '—'}"
            for name, old, new in changes
        )
        who = f" by {html.escape(version.replaced_by_name)}" if version.replaced_by_name else ""
        if version.kind == "deleted":
            what = "<b>deleted</b>"
        items.append(f"<li>{stamp}{who}: {what or 'saved without changes'}</li>")
    edits = [v for v in versions if v.kind != "deleted"]
    return f"<h4>{'Edited' if edits else 'History'}</h4><ul>{''.join(items)}</ul>"


def deletion_words(gone: session_cases.DeletedSession) -> str:
    """ "Session of 3 Nov 2026 deleted by Aoife Byrne: recorded for the wrong client"."""
    by = f" by {gone.deleted_by_name}" if gone.deleted_by_name else ""
    return f"Session of {format_date(gone.session.details.session_date)} deleted{by}: {gone.reason}"


def deleted_html(
    gone: session_cases.DeletedSession, versions: list[session_cases.SessionVersion]
) -> str:
    """A deleted session: who deleted it, when and why, then the record as it was."""
    when = _local(gone.deleted_at)
    stamp = f"{format_date(when.date().isoformat())} at {when:%H:%M}" if when else gone.deleted_at
    by = f" by {html.escape(gone.deleted_by_name)}" if gone.deleted_by_name else ""
    banner = (
        f"<p style='color:{DELETED_INK}'><b>Deleted {stamp}{by}.</b> "
        f"Reason: {html.escape(gone.reason)}</p>"
        "<p style='color:#555'>It is left out of follow-ups, recalls and visits; "
        "this is the session as it was recorded.</p>"
    )
    return banner + session_html(gone.session) + history_html(gone.session, versions)


def response_flags(response: questionnaire_cases.Response) -> list[RaisedFlag]:
    return [f for item in response.flags if (f := RaisedFlag.from_json(item))]


def count_flags(flags: list[RaisedFlag]) -> str:
    """ "2 flags: 1 do not treat, 1 postpone": the levels a practitioner acts on."""
    if not flags:
        return "no flags"
    return (
        f"{len(flags)} flag{'s' if len(flags) != 1 else ''}: {count_levels(f.level for f in flags)}"
    )


def flags_most_serious(flags: list[RaisedFlag]) -> str:
    return min((f.level for f in flags), key=FLAG_LEVELS.index)


def _local(timestamp: str) -> datetime | None:
    """A stored moment on the clinic's clock (responses keep their own offset)."""
    try:
        return datetime.fromisoformat(timestamp).astimezone()
    except ValueError:
        return None


def response_html(response: questionnaire_cases.Response) -> str:
    title = f"{response.form_title} (version {response.form_version})"
    when = _local(response.completed_at)
    answered = (
        f"Answered {format_date(when.date().isoformat())} at {when:%H:%M}"
        if when
        else f"Answered {html.escape(response.completed_at)}"
    )
    if response.client_mode:
        answered += ", by the client on this computer"
    parts = [f"<h3>{html.escape(title)}</h3>", f"<p>{answered}.</p>"]
    flags = response_flags(response)
    for flag in flags:
        ink, tint = FLAG_COLOURS.get(flag.level, ("#1d2730", "#eeeeee"))
        words = html.escape(FLAG_WORDS.get(flag.level, flag.level))
        parts.append(
            f"<p style='color:{ink}; background:{tint}'><b>{words}:</b> "
            f"{html.escape(flag.message)}</p>"
        )
    if not flags:
        parts.append("<p>No contraindication flags.</p>")
    if response.has_document:
        parts.append("<p>A signed record was stored with it.</p>")
    parts.append("<p style='color:#555'>The answers are on the Questionnaires tab.</p>")
    return "".join(parts)


def _when(stamp: str | None) -> tuple[str, str]:
    """(day, "HH:MM") of a stored moment on the clinic's clock; a damaged stamp keeps
    what it says of a day and sorts at its start."""
    when = _local(stamp) if stamp else None
    if when is None:
        return (stamp or "")[:10], "00:00"
    return when.date().isoformat(), f"{when:%H:%M}"


def design_saved_words(summary: design_cases.DesignSummary) -> str:
    """ "by Priya Shah · front photo, 6 Dec 2026 · 6 zones": who saved it, on what."""
    zones = f"{summary.zones} zone{'s' if summary.zones != 1 else ''}"
    by = f"by {summary.created_by_name}" if summary.created_by_name else ""
    return " · ".join(p for p in (by, summary.base_label, zones) if p)


def design_approved_words(summary: design_cases.DesignSummary) -> str:
    """ "signed by Ada Byrne": the name the client signed the design as."""
    return f"signed by {summary.approved_name}" if summary.approved_name else "signed"


def design_html(summary: design_cases.DesignSummary) -> str:
    """A version in words (no pictures: they are on the Design tab)."""

    def spelled(stamp: str | None) -> str:
        when = _local(stamp) if stamp else None
        if when is None:
            return html.escape(stamp or "")
        return f"{format_date(when.date().isoformat())} at {when:%H:%M}"

    by = f" by {html.escape(summary.created_by_name)}" if summary.created_by_name else ""
    zones = f"{summary.zones} zone{'s' if summary.zones != 1 else ''}"
    parts = [
        f"<h3>Design version {summary.version}</h3>",
        f"<p>Saved {spelled(summary.created_at)}{by}.</p>",
        f"<p>Drawn on: {html.escape(summary.base_label)}; {zones}.</p>",
    ]
    if summary.approved_at is not None:
        name = f" as {html.escape(summary.approved_name)}" if summary.approved_name else ""
        parts.append(f"<p>Approved by the client {spelled(summary.approved_at)}, signed{name}.</p>")
    else:
        parts.append("<p>Not approved.</p>")
    parts.append("<p style='color:#555'>The design and its preview are on the Design tab.</p>")
    return "".join(parts)


def _at(moment: datetime) -> str:
    """ " at 14:30", or nothing for an appointment booked without a time."""
    return "" if moment.time() == time(0, 0) else f" at {moment:%H:%M}"


class TimelineTab(QWidget):
    """Reloads when the hub says its client's sessions, answers or photos changed."""

    aftercare_requested = Signal(int, int)  # client id, session id

    def __init__(
        self,
        db: Clinic,
        parent: QWidget | None = None,
        *,
        changes: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.client_id: int | None = None
        # What design_exists said at the last refresh: a save or an approval changes it.
        self._designs_seen: tuple[int, str | None] | None = None
        self._designs: dict[int, design_cases.DesignSummary] = {}
        self.changes = changes if changes is not None else Changes(self)
        for signal in (
            self.changes.sessions_changed,
            self.changes.responses_changed,
            self.changes.photos_changed,
        ):
            signal.connect(self._client_changed)
        self.changes.settings_changed.connect(self.refresh)  # the follow-up intervals
        self.changes.database_replaced.connect(self.refresh)

        self.record_button = QPushButton("Record session…")
        self.record_button.setObjectName("record_session")
        self.record_button.setToolTip("Record today's treatment session (Ctrl+R)")
        self.record_button.clicked.connect(self.record_session)
        self.edit_button = QPushButton("Edit session…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.aftercare_button = QPushButton("Aftercare sheet…")
        self.aftercare_button.setObjectName("session_aftercare")
        self.aftercare_button.clicked.connect(self._aftercare)
        self.delete_button = QPushButton("Delete session…")
        self.delete_button.setObjectName("delete_session")
        self.delete_button.setToolTip(
            "Owner only: the session leaves every list and stays in the client's history "
            "with your reason"
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.next_label = QLabel()
        self.next_label.setObjectName("next_label")

        self.tree = QTreeWidget()
        self.tree.setObjectName("timeline")
        self.tree.setHeaderLabels(["Date", "Event", "Details"])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 120)
        self.tree.setColumnWidth(1, 220)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda *_: self.edit_selected())
        self.detail = QTextBrowser()
        self.detail.setObjectName("session_detail")

        bar = QHBoxLayout()
        bar.addWidget(self.record_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.aftercare_button)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setSizes([260, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.next_label)
        layout.addWidget(split, 1)

    # -- content ------------------------------------------------------------
    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.refresh()

    def _client_changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Back from the Design tab: a version saved or approved there shows here too."""
        super().showEvent(event)
        if (
            self.client_id is not None
            and self._designs_seen is not None
            and self._design_state(self.client_id) != self._designs_seen
        ):
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        self.detail.clear()
        # Who is signed in may change while the tab lives (a switch of user).
        self.delete_button.setVisible(may(self._db, "sessions.delete_session"))
        if self.client_id is None:
            return
        sessions = session_cases.client_sessions(self._db, self.client_id)
        edited = session_cases.edited_session_ids(self._db, self.client_id)
        events: list[tuple[str, QTreeWidgetItem]] = []
        for session in sessions:
            d = session.details
            kind = describe_type(d.session_type) + (" (edited)" if session.id in edited else "")
            item = QTreeWidgetItem([format_date(d.session_date), kind, session_summary(d)])
            item.setData(0, SESSION_ROLE, session.id)
            key = f"{d.session_date} {d.start_time or '99:99'} s{session.id:09d}"
            events.append((f"{key} 1", item))
            override = session_cases.session_override(self._db, session.id)
            if override is not None:
                # Sorts just below its session; selecting it selects the session.
                events.append((f"{key} 0", self._override_item(session.id, *override)))
            for given in session_cases.handouts_for_session(self._db, session.id):
                when = datetime.fromisoformat(str(given["given_at"])).astimezone()
                item = QTreeWidgetItem(
                    [
                        format_date(when.date().isoformat()),
                        f"Aftercare sheet {given['action']}",
                        f"care plan {given['content_version']}, {given['paper']}, "
                        f"{when.strftime('%H:%M')}",
                    ]
                )
                item.setForeground(1, Qt.GlobalColor.darkGray)
                events.append((f"{when.date().isoformat()} {when.strftime('%H:%M')} h", item))
        by_visit: dict[str, list[str]] = {}
        for photo in photo_cases.client_photos(self._db, self.client_id):
            by_visit.setdefault(photo.visit_date, []).append(
                photo_cases.ANGLES.get(photo.angle, photo.angle)
            )
        for visit, angles in by_visit.items():
            item = QTreeWidgetItem(
                [
                    format_date(visit),
                    f"{len(angles)} photo{'s' if len(angles) != 1 else ''}",
                    ", ".join(dict.fromkeys(angles)),
                ]
            )
            item.setForeground(1, Qt.GlobalColor.darkGray)
            events.append((f"{visit} 99:99 p", item))
        events += self._response_events(self.client_id)
        events += self._deleted_events(self.client_id)
        events += self._design_events(self.client_id)
        events.sort(key=lambda e: e[0], reverse=True)
        for _, item in events:
            self.tree.addTopLevelItem(item)
        self._update_next(sessions[0] if sessions else None)
        top_items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        first_session = next(
            (item for item in top_items if item is not None and item.data(0, SESSION_ROLE)), None
        )
        if first_session is not None:
            self.tree.setCurrentItem(first_session)
        self._selection_changed()
        if not sessions:
            self.detail.setHtml(
                "<p>No sessions recorded yet. Use <b>Record session…</b> (Ctrl+R) after "
                "treatment; the aftercare sheet then prints with real dates.</p>"
            )

    @staticmethod
    def _override_item(session_id: int, reason: str, flags: list) -> QTreeWidgetItem:
        words = session_cases.override_words(flags)
        item = QTreeWidgetItem(["", f"{words}:", reason])
        item.setData(0, SESSION_ROLE, session_id)
        ink = QColor(FLAG_COLOURS["do-not-treat"][0])
        for column in (1, 2):
            item.setForeground(column, ink)
            item.setToolTip(column, f"{words}: {reason}")
        return item

    def _deleted_events(self, client_id: int) -> list[tuple[str, QTreeWidgetItem]]:
        """One line per deleted session, on the day it was deleted: the history keeps it."""
        events = []
        for gone in session_cases.deleted_sessions(self._db, client_id):
            when = _local(gone.deleted_at)
            day = when.date().isoformat() if when else gone.deleted_at[:10]
            clock = f"{when:%H:%M}" if when else "00:00"
            words = deletion_words(gone)
            item = QTreeWidgetItem([format_date(day), "Session deleted", words])
            item.setData(0, DELETED_ROLE, gone.session.id)
            ink = QColor(DELETED_INK)
            for column in (1, 2):
                item.setForeground(column, ink)
                item.setToolTip(column, words)
            events.append((f"{day} {clock} d{gone.session.id:09d}", item))
        return events

    def _design_state(self, client_id: int) -> tuple[int, str | None] | None:
        """How many versions and the last approval (None: designs are not for this role)."""
        if not may(self._db, "designs.client_designs"):
            return None
        return design_cases.design_exists(self._db, client_id)

    def _design_events(self, client_id: int) -> list[tuple[str, QTreeWidgetItem]]:
        """A line per version saved and per approval, at the minute each happened."""
        self._designs = {}
        self._designs_seen = state = self._design_state(client_id)
        if state is None or state[0] == 0:
            return []  # no design: the count was the one query
        events = []
        for summary in design_cases.client_designs(self._db, client_id):
            self._designs[summary.id] = summary
            moments = [("saved", summary.created_at, design_saved_words(summary))]
            if summary.approved_at is not None:
                moments.append(("approved", summary.approved_at, design_approved_words(summary)))
            for what, stamp, words in moments:
                day, clock = _when(stamp)
                item = QTreeWidgetItem(
                    [format_date(day), f"Design version {summary.version} {what}", words]
                )
                item.setData(0, DESIGN_ROLE, summary.id)
                item.setToolTip(2, words)
                item.setForeground(1, Qt.GlobalColor.darkGray)
                # Within a minute: by the exact time, the approval after its saving.
                exact = _local(stamp) if stamp else None
                order = exact.isoformat() if exact else ""
                events.append((f"{day} {clock} g{order} {summary.id:09d}{what[0]}", item))
        return events

    def _response_events(self, client_id: int) -> list[tuple[str, QTreeWidgetItem]]:
        events = []
        for response in questionnaire_cases.client_responses(self._db, client_id):
            when = _local(response.completed_at)
            day = when.date().isoformat() if when else response.completed_at[:10]
            clock = f"{when:%H:%M}" if when else "00:00"
            flags = response_flags(response)
            details = count_flags(flags)
            if response.has_document:
                details += " (signed record)"
            item = QTreeWidgetItem(
                [
                    format_date(day),
                    f"{response.form_title} v{response.form_version} answered",
                    details,
                ]
            )
            item.setData(0, RESPONSE_ROLE, response.id)
            item.setToolTip(1, item.text(1))  # a long form title is cut short in the column
            item.setForeground(1, Qt.GlobalColor.darkGray)
            if flags:
                item.setForeground(2, QColor(FLAG_COLOURS[flags_most_serious(flags)][0]))
            events.append((f"{day} {clock} q{response.id:09d}", item))
        return events

    def _update_next(self, latest: session_cases.Session | None) -> None:
        if latest is None:
            self.next_label.setText("")
            return
        appointment = latest.next_appointment
        kind = describe_type(NEXT_TYPE.get(latest.details.session_type, "touch-up"))
        if appointment:
            self.next_label.setText(
                f"Next: {kind}, appointment {format_date(appointment.date().isoformat())}"
                f"{_at(appointment)}"
            )
        else:
            due = session_cases.proposed_next_date(
                latest.session_date,
                latest.details.session_type,
                load_settings(self._db).follow_up_days,
            )
            self.next_label.setText(
                f"Next: {kind} due around {format_date(due.isoformat())} (no appointment set)"
            )

    def selected_session_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, SESSION_ROLE) if item else None
        return int(value) if value else None

    def _selection_changed(self, *_args: object) -> None:
        session_id = self.selected_session_id()
        self.edit_button.setEnabled(session_id is not None)
        self.aftercare_button.setEnabled(session_id is not None)
        self.delete_button.setEnabled(session_id is not None)
        if session_id is not None:
            session = session_cases.get_session(self._db, session_id)
            if session is not None:
                override = session_cases.session_override(self._db, session_id)
                history = history_html(
                    session, session_cases.session_versions(self._db, session_id)
                )
                self.detail.setHtml(session_html(session, *(override or (None, None))) + history)
            return
        item = self.tree.currentItem()
        deleted_id = item.data(0, DELETED_ROLE) if item else None
        if deleted_id and self.client_id is not None:
            self._show_deleted(int(deleted_id))
            return
        response_id = item.data(0, RESPONSE_ROLE) if item else None
        if response_id:
            response = questionnaire_cases.get_response(self._db, int(response_id))
            if response is not None:
                self.detail.setHtml(response_html(response))
            return
        design_id = item.data(0, DESIGN_ROLE) if item else None
        if design_id and int(design_id) in self._designs:
            self.detail.setHtml(design_html(self._designs[int(design_id)]))

    def _show_deleted(self, session_id: int) -> None:
        assert self.client_id is not None
        for gone in session_cases.deleted_sessions(self._db, self.client_id):
            if gone.session.id == session_id:
                versions = session_cases.session_versions(self._db, session_id)
                self.detail.setHtml(deleted_html(gone, versions))
                return

    # -- actions ------------------------------------------------------------
    def record_session(self) -> None:
        if self.client_id is None:
            return
        from smpdesk.gui.sessions.session_dialog import SessionDialog

        dialog = SessionDialog(self._db, self.client_id, parent=self)
        if dialog.exec() and dialog.saved_session is not None:
            self.changes.sessions_changed.emit(self.client_id)  # this tab reloads too

    def edit_selected(self) -> None:
        session_id = self.selected_session_id()
        if self.client_id is None or session_id is None:
            return
        from smpdesk.gui.sessions.session_dialog import SessionDialog

        session = session_cases.get_session(self._db, session_id)
        dialog = SessionDialog(self._db, self.client_id, session, parent=self)
        if dialog.exec() and dialog.saved_session is not None:
            self.changes.sessions_changed.emit(self.client_id)

    def delete_selected(self) -> bool:
        """The owner deletes the selected session, with a reason; True when deleted."""
        session_id = self.selected_session_id()
        if self.client_id is None or session_id is None:
            return False
        from smpdesk.gui.sessions.delete_session_dialog import DeleteSessionDialog

        session = session_cases.get_session(self._db, session_id)
        if session is None:  # deleted or removed meanwhile (another window)
            self.refresh()
            return False
        dialog = DeleteSessionDialog(self._db, session, parent=self)
        deleted = bool(dialog.exec()) and dialog.deleted is not None
        dialog.deleteLater()
        if deleted:
            self.changes.sessions_changed.emit(self.client_id)  # this tab reloads too
            self.select_deleted(session_id)  # the line that now stands for it
        return deleted

    def select_deleted(self, session_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, DELETED_ROLE) == session_id:
                self.tree.setCurrentItem(item)
                return

    def _aftercare(self) -> None:
        session_id = self.selected_session_id()
        if self.client_id is not None and session_id is not None:
            self.aftercare_requested.emit(self.client_id, session_id)
