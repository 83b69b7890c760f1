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
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.questionnaires.answers_view import FLAG_COLOURS
from smpdesk.gui.words.core_labels import core_label, count_levels
from smpdesk.questionnaire.answers import RaisedFlag
from smpdesk.questionnaire.spec import FLAG_LEVELS, FLAG_WORDS

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
RESPONSE_ROLE = Qt.ItemDataRole.UserRole + 2
DELETED_ROLE = Qt.ItemDataRole.UserRole + 3
DESIGN_ROLE = Qt.ItemDataRole.UserRole + 4
OVERRIDE_WORDS = "Went ahead despite do-not-treat"
DELETED_INK = "#8c2318"
# An aftercare sheet given, by what was done with it (the stored action).
HANDOUT_WORDS = {
    "printed": QT_TRANSLATE_NOOP("sessions.timeline_tab", "Aftercare sheet printed"),
    "saved": QT_TRANSLATE_NOOP("sessions.timeline_tab", "Aftercare sheet saved"),
}


def _areas(details: SessionDetails) -> str:
    return ", ".join(core_label(AREAS.get(a, a)) for a in details.area_list())


def session_summary(details: SessionDetails) -> str:
    parts = [details.practitioner, _areas(details)]
    if details.pigment_lot:
        parts.append(
            translate("sessions.timeline_tab", "pigment lot {lot}").format(lot=details.pigment_lot)
        )
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
            value = _day_at(when)
        elif name == "pigment_expiry" and value:
            value = format_date(value)
        if value:
            text = html.escape(value).replace("\n", "<br>")
            shown = core_label(label)
            rows.append(
                f"<tr><td style='color:#555;padding-right:12px'>{shown}</td><td>{text}</td></tr>"
            )
    title = f"{core_label(describe_type(d.session_type))}, {format_date(d.session_date)}"
    nothing = html.escape(translate("sessions.timeline_tab", "No further details recorded."))
    body = "".join(rows) or f"<tr><td>{nothing}</td></tr>"
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
            f"{core_label(FIELD_LABELS.get(name, name))}: "
            f"{html.escape(old) or '—'} → {html.escape(new) or '—'}"
            for name, old, new in changes
        )
        if version.kind == "deleted":
            deleted = translate("sessions.timeline_tab", "deleted")
            what = f"<b>{html.escape(deleted)}</b>"
        what = what or html.escape(translate("sessions.timeline_tab", "saved without changes"))
        if version.replaced_by_name:
            line = translate("sessions.timeline_tab", "{when} by {name}: {changes}").format(
                when=stamp, name=html.escape(version.replaced_by_name), changes=what
            )
        else:
            line = f"{stamp}: {what}"
        items.append(f"<li>{line}</li>")
    edits = [v for v in versions if v.kind != "deleted"]
    heading = (
        translate("sessions.timeline_tab", "Edited")
        if edits
        else translate("sessions.timeline_tab", "History")
    )
    return f"<h4>{html.escape(heading)}</h4><ul>{''.join(items)}</ul>"


def deletion_words(gone: session_cases.DeletedSession) -> str:
    """ "Session of 3 Nov 2026 deleted by Aoife Byrne: recorded for the wrong client"."""
    day = format_date(gone.session.details.session_date)
    if gone.deleted_by_name:
        return translate(
            "sessions.timeline_tab", "Session of {date} deleted by {name}: {reason}"
        ).format(date=day, name=gone.deleted_by_name, reason=gone.reason)
    return translate("sessions.timeline_tab", "Session of {date} deleted: {reason}").format(
        date=day, reason=gone.reason
    )


def deleted_html(
    gone: session_cases.DeletedSession, versions: list[session_cases.SessionVersion]
) -> str:
    """A deleted session: who deleted it, when and why, then the record as it was."""
    when = _local(gone.deleted_at)
    stamp = html.escape(_day_at(when, always=True) if when else gone.deleted_at)
    if gone.deleted_by_name:
        deleted = translate("sessions.timeline_tab", "Deleted {when} by {name}.").format(
            when=stamp, name=html.escape(gone.deleted_by_name)
        )
    else:
        deleted = translate("sessions.timeline_tab", "Deleted {when}.").format(when=stamp)
    reason = translate("sessions.timeline_tab", "Reason: {reason}").format(
        reason=html.escape(gone.reason)
    )
    left_out = translate(
        "sessions.timeline_tab",
        "It is left out of follow-ups, recalls and visits; this is the session as it was recorded.",
    )
    banner = (
        f"<p style='color:{DELETED_INK}'><b>{deleted}</b> {reason}</p>"
        f"<p style='color:#555'>{html.escape(left_out)}</p>"
    )
    return banner + session_html(gone.session) + history_html(gone.session, versions)


def response_flags(response: questionnaire_cases.Response) -> list[RaisedFlag]:
    return [f for item in response.flags if (f := RaisedFlag.from_json(item))]


def count_flags(flags: list[RaisedFlag]) -> str:
    """ "2 flags: 1 do not treat, 1 postpone": the levels a practitioner acts on."""
    if not flags:
        return translate("sessions.timeline_tab", "no flags")
    levels = count_levels((f.level for f in flags), FLAG_WORDS, FLAG_LEVELS)
    if len(flags) == 1:
        return translate("sessions.timeline_tab", "1 flag: {levels}").format(levels=levels)
    return translate("sessions.timeline_tab", "%n flags: {levels}", "", len(flags)).format(
        levels=levels
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
    title = translate("sessions.timeline_tab", "{form} (version {version})").format(
        form=response.form_title, version=response.form_version
    )
    when = _local(response.completed_at)
    stamp = html.escape(_day_at(when, always=True) if when else response.completed_at)
    if response.client_mode:
        answered = translate(
            "sessions.timeline_tab", "Answered {when}, by the client on this computer."
        ).format(when=stamp)
    else:
        answered = translate("sessions.timeline_tab", "Answered {when}.").format(when=stamp)
    parts = [f"<h3>{html.escape(title)}</h3>", f"<p>{answered}</p>"]
    flags = response_flags(response)
    for flag in flags:
        ink, tint = FLAG_COLOURS.get(flag.level, ("#1d2730", "#eeeeee"))
        words = html.escape(core_label(FLAG_WORDS.get(flag.level, flag.level)))
        parts.append(
            f"<p style='color:{ink}; background:{tint}'><b>{words}:</b> "
            f"{html.escape(flag.message)}</p>"
        )
    if not flags:
        no_flags = translate("sessions.timeline_tab", "No contraindication flags.")
        parts.append(f"<p>{html.escape(no_flags)}</p>")
    if response.has_document:
        stored = translate("sessions.timeline_tab", "A signed record was stored with it.")
        parts.append(f"<p>{html.escape(stored)}</p>")
    where = translate("sessions.timeline_tab", "The answers are on the Questionnaires tab.")
    parts.append(f"<p style='color:#555'>{html.escape(where)}</p>")
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
    by = (
        translate("sessions.timeline_tab", "by {name}").format(name=summary.created_by_name)
        if summary.created_by_name
        else ""
    )
    return " · ".join(p for p in (by, summary.base_label, _zones(summary.zones)) if p)


def _zones(count: int) -> str:
    """ "1 zone", "6 zones"."""
    if count == 1:
        return translate("sessions.timeline_tab", "1 zone")
    return translate("sessions.timeline_tab", "%n zones", "", count)


def design_approved_words(summary: design_cases.DesignSummary) -> str:
    """ "signed by Ada Byrne": the name the client signed the design as."""
    if summary.approved_name:
        return translate("sessions.timeline_tab", "signed by {name}").format(
            name=summary.approved_name
        )
    return translate("sessions.timeline_tab", "signed")


def design_html(summary: design_cases.DesignSummary) -> str:
    """A version in words (no pictures: they are on the Design tab)."""

    def spelled(stamp: str | None) -> str:
        when = _local(stamp) if stamp else None
        if when is None:
            return html.escape(stamp or "")
        return html.escape(_day_at(when, always=True))

    title = translate("sessions.timeline_tab", "Design version {version}").format(
        version=summary.version
    )
    if summary.created_by_name:
        saved = translate("sessions.timeline_tab", "Saved {when} by {name}.").format(
            when=spelled(summary.created_at), name=html.escape(summary.created_by_name)
        )
    else:
        saved = translate("sessions.timeline_tab", "Saved {when}.").format(
            when=spelled(summary.created_at)
        )
    drawn = translate("sessions.timeline_tab", "Drawn on: {base}; {zones}.").format(
        base=html.escape(summary.base_label), zones=html.escape(_zones(summary.zones))
    )
    parts = [f"<h3>{html.escape(title)}</h3>", f"<p>{saved}</p>", f"<p>{drawn}</p>"]
    if summary.approved_at is not None:
        if summary.approved_name:
            approved = translate(
                "sessions.timeline_tab", "Approved by the client {when}, signed as {name}."
            ).format(when=spelled(summary.approved_at), name=html.escape(summary.approved_name))
        else:
            approved = translate(
                "sessions.timeline_tab", "Approved by the client {when}, signed."
            ).format(when=spelled(summary.approved_at))
        parts.append(f"<p>{approved}</p>")
    else:
        not_approved = translate("sessions.timeline_tab", "Not approved.")
        parts.append(f"<p>{html.escape(not_approved)}</p>")
    where = translate("sessions.timeline_tab", "The design and its preview are on the Design tab.")
    parts.append(f"<p style='color:#555'>{html.escape(where)}</p>")
    return "".join(parts)


def _day_at(moment: datetime, *, always: bool = False) -> str:
    """ "3 Nov 2026 at 14:30", or just the day for an appointment booked without a time
    (``always``: the time even at midnight, for a moment something was done)."""
    day = format_date(moment.date().isoformat())
    if not always and moment.time() == time(0, 0):
        return day
    return translate("sessions.timeline_tab", "{date} at {time}").format(
        date=day, time=f"{moment:%H:%M}"
    )


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

        self.record_button = QPushButton(self.tr("Record session…"))
        self.record_button.setObjectName("record_session")
        self.record_button.setToolTip(self.tr("Record today's treatment session (Ctrl+R)"))
        self.record_button.clicked.connect(self.record_session)
        self.edit_button = QPushButton(self.tr("Edit session…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.aftercare_button = QPushButton(self.tr("Aftercare sheet…"))
        self.aftercare_button.setObjectName("session_aftercare")
        self.aftercare_button.clicked.connect(self._aftercare)
        self.delete_button = QPushButton(self.tr("Delete session…"))
        self.delete_button.setObjectName("delete_session")
        self.delete_button.setToolTip(
            self.tr(
                "Owner only: the session leaves every list and stays in the client's history "
                "with your reason"
            )
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.next_label = QLabel()
        self.next_label.setObjectName("next_label")

        self.tree = QTreeWidget()
        self.tree.setObjectName("timeline")
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Details")])
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
            kind = core_label(describe_type(d.session_type))
            if session.id in edited:
                kind = self.tr("{session} (edited)").format(session=kind)
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
                        self._handout_words(str(given["action"])),
                        self.tr("care plan {version}, {paper}, {time}").format(
                            version=given["content_version"],
                            paper=given["paper"],
                            time=when.strftime("%H:%M"),
                        ),
                    ]
                )
                item.setForeground(1, Qt.GlobalColor.darkGray)
                events.append((f"{when.date().isoformat()} {when.strftime('%H:%M')} h", item))
        by_visit: dict[str, list[str]] = {}
        for photo in photo_cases.client_photos(self._db, self.client_id):
            by_visit.setdefault(photo.visit_date, []).append(
                core_label(photo_cases.ANGLES.get(photo.angle, photo.angle))
            )
        for visit, angles in by_visit.items():
            item = QTreeWidgetItem(
                [
                    format_date(visit),
                    self.tr("1 photo")
                    if len(angles) == 1
                    else self.tr("%n photos", "", len(angles)),
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
                self.tr(
                    "<p>No sessions recorded yet. Use <b>Record session…</b> (Ctrl+R) after "
                    "treatment; the aftercare sheet then prints with real dates.</p>"
                )
            )

    @staticmethod
    def _handout_words(action: str) -> str:
        """ "Aftercare sheet printed" (or saved): whole words for each stored action."""
        words = HANDOUT_WORDS.get(action)
        if words is None:
            return f"Aftercare sheet {action}"
        return translate("sessions.timeline_tab", words)

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
            item = QTreeWidgetItem([format_date(day), self.tr("Session deleted"), words])
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
            saved = self.tr("Design version {version} saved").format(version=summary.version)
            moments = [("saved", summary.created_at, design_saved_words(summary), saved)]
            if summary.approved_at is not None:
                approved = self.tr("Design version {version} approved").format(
                    version=summary.version
                )
                moments.append(
                    ("approved", summary.approved_at, design_approved_words(summary), approved)
                )
            for what, stamp, words, event in moments:
                day, clock = _when(stamp)
                item = QTreeWidgetItem([format_date(day), event, words])
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
                details = self.tr("{flags} (signed record)").format(flags=details)
            answered = self.tr("{form} v{version} answered").format(
                form=response.form_title, version=response.form_version
            )
            item = QTreeWidgetItem([format_date(day), answered, details])
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
        kind = core_label(describe_type(NEXT_TYPE.get(latest.details.session_type, "touch-up")))
        if appointment:
            self.next_label.setText(
                self.tr("Next: {session}, appointment {when}").format(
                    session=kind, when=_day_at(appointment)
                )
            )
        else:
            due = session_cases.proposed_next_date(
                latest.session_date,
                latest.details.session_type,
                load_settings(self._db).follow_up_days,
            )
            self.next_label.setText(
                self.tr("Next: {session} due around {date} (no appointment set)").format(
                    session=kind, date=format_date(due.isoformat())
                )
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
