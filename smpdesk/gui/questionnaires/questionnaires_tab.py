"""A client's questionnaires: start or continue a form, hand it over, read past answers.

The forms list is read from the clinic's forms folder every time the tab
is shown, so a form fixed in a text editor appears without a restart; a
broken file is listed as unavailable with its reason and the rest still
work.  Past responses open read-only from the definition stored with them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic
from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.languages import LANGUAGES
from smpdesk.errors import UserError
from smpdesk.gui.aftercare.aftercare_preview import PdfPreview
from smpdesk.gui.changes import Changes
from smpdesk.gui.clients.client_list_model import format_local_date
from smpdesk.gui.i18n import speaking, translate
from smpdesk.gui.questionnaires.answers_view import AnswersView
from smpdesk.gui.questionnaires.form_runner import (
    ClientModeDialog,
    ClientModeLock,
    FormRunner,
    StaffUnlock,
)
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import count_levels
from smpdesk.questionnaire.loader import FormEntry
from smpdesk.questionnaire.spec import FLAG_LEVELS, FLAG_WORDS, FormSpec

FORM_ROLE = Qt.ItemDataRole.UserRole


def _when(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return f"{format_local_date(stamp)} {moment:%H:%M}"


def _flag_summary(flags: list) -> str:
    levels = (str(f.get("level", "")) if isinstance(f, dict) else "" for f in flags)
    return count_levels(levels, FLAG_WORDS, FLAG_LEVELS) or translate(
        "questionnaires.questionnaires_tab", "none", "no flags raised"
    )


def version_notes(responses: list[questionnaire_cases.Response]) -> dict[int, str]:
    """ "version 2, replaces the one of 3 Nov 2026 14:05" / "replaced by version 2"."""
    numbers = questionnaire_cases.response_versions(responses)
    by_id = {r.id: r for r in responses}
    notes: dict[int, str] = {}
    for response in responses:
        words = []
        if response.supersedes is not None:
            earlier = by_id.get(response.supersedes)
            number = numbers.get(response.id, 2)
            if earlier:
                words.append(
                    translate(
                        "questionnaires.questionnaires_tab",
                        "version {number}, replaces the one of {when}",
                    ).format(number=number, when=_when(earlier.completed_at))
                )
            else:
                words.append(
                    translate(
                        "questionnaires.questionnaires_tab",
                        "version {number}, replaces an earlier one",
                    ).format(number=number)
                )
        if response.superseded_by is not None:
            words.append(
                translate(
                    "questionnaires.questionnaires_tab", "replaced by version {number}"
                ).format(number=numbers.get(response.superseded_by, 2))
            )
        if words:
            notes[response.id] = "; ".join(words)
    return notes


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _row_key(table: QTableWidget, row: int) -> object:
    """What a row stands for (a form id, a draft or a response id), kept in its first cell."""
    cell = table.item(row, 0)
    return cell.data(FORM_ROLE) if cell is not None else None


class _EnterActs(QObject):
    """Enter acts on the selected row, for keyboard users.

    Not Qt's ``activated`` signal: on desktops set to open items with a
    single click it fires on one click, and a form would start by accident.
    """

    def __init__(self, table: QTableWidget, action: Callable[[], object]) -> None:
        super().__init__(table)
        self._action = action
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self._action()
            return True
        return super().eventFilter(watched, event)


def _item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(FORM_ROLE, data)
    return item


class QuestionnairesTab(QWidget):
    """Forms to fill in for the client shown, and the responses already given.

    Says on the hub (``responses_changed``) when a form was finished or left as
    a draft: the flags panel, the timeline and the photos tab's consent follow.
    """

    def __init__(
        self,
        db: Clinic,
        parent: QWidget | None = None,
        *,
        changes: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.client_id: int | None = None
        self.changes = changes if changes is not None else Changes(self)
        self.changes.database_replaced.connect(self.refresh)
        self.entries: list[FormEntry] = []
        self.runner: FormRunner | None = None
        self._runner_form = ""  # the form of the window shown last (its new version follows)

        self.forms = _table([self.tr("Form"), self.tr("Version"), self.tr("Status")], "forms_table")
        self.forms.itemSelectionChanged.connect(self._update_buttons)
        self.forms.itemDoubleClicked.connect(lambda _item: self.start())
        _EnterActs(self.forms, self.start)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("start_form")
        self.start_button.clicked.connect(self.start)
        self.hand_button = QPushButton(self.tr("Hand to client…"))
        self.hand_button.setObjectName("hand_to_client")
        self.hand_button.setToolTip(
            self.tr("Full screen, only this form; leaving needs your practitioner code")
        )
        self.hand_button.clicked.connect(lambda: self.start(client_mode=True))
        self.folder_button = QPushButton(self.tr("Open forms folder"))
        self.folder_button.setObjectName("open_forms_folder")
        self.folder_button.clicked.connect(self.open_folder)

        self.responses = _table(
            [
                self.tr("Answered", "column: when the form was answered"),
                self.tr("Form"),
                self.tr("Version"),
                self.tr("Flags"),
                self.tr("Record"),
                self.tr("History"),
            ],
            "responses",
        )
        self.responses.itemSelectionChanged.connect(self._update_buttons)
        self.responses.itemDoubleClicked.connect(lambda _item: self.open_selected())
        _EnterActs(self.responses, self.open_selected)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("open_response")
        self.open_button.clicked.connect(self.open_selected)
        self.record_button = QPushButton(self.tr("Signed record…"))
        self.record_button.setObjectName("open_record")
        self.record_button.clicked.connect(self.open_record)
        self.message = QLabel()
        self.message.setObjectName("forms_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #5b6670;")

        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.start_button)
        form_buttons.addWidget(self.hand_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.folder_button)
        response_buttons = QHBoxLayout()
        response_buttons.addWidget(self.open_button)
        response_buttons.addWidget(self.record_button)
        response_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Questionnaires</b>")))
        # Room for four forms (the three shipped and one more, or a broken
        # file) before scrolling, even on a short laptop screen.
        rows = self.forms.verticalHeader().defaultSectionSize() * 4
        self.forms.setMinimumHeight(rows + self.forms.horizontalHeader().sizeHint().height() + 4)
        layout.addWidget(self.forms, 2)
        layout.addLayout(form_buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("<b>Answered</b>", "heading: the answered forms")))
        layout.addWidget(self.responses, 3)
        layout.addLayout(response_buttons)
        self._update_buttons()

    # -- contents ------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        changed = client_id != self.client_id
        self.client_id = client_id
        if changed:
            self.forms.clearSelection()
            self.responses.clearSelection()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        # A form fixed in a text editor appears as soon as the tab is shown.
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.client_id is None:
            return
        self.message.clear()
        chosen_form = self._selected_key(self.forms)
        chosen_response = self._selected_key(self.responses)
        try:
            self.entries = questionnaire_cases.form_entries(self.db)
        except UserError as err:
            self.entries = []
            self.message.setText(str(err))
        drafts = {d.form_id: d for d in questionnaire_cases.client_drafts(self.db, self.client_id)}
        answered = questionnaire_cases.client_responses(self.db, self.client_id)
        last: dict[str, questionnaire_cases.Response] = {}
        for response in answered:
            last.setdefault(response.form_id, response)
        self.forms.setRowCount(0)
        language = self._client_language
        for entry in self.entries:
            row = self.forms.rowCount()
            self.forms.insertRow(row)
            if entry.spec is None:
                name = _item(entry.path.stem, None)
                status = _item(self.tr("Unavailable: {reason}").format(reason=entry.reason))
                version = _item("")
                for item in (name, version, status):
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(entry.reason)
            else:
                spec = entry.spec
                name = _item(spec.title, spec.id)
                version = _item(spec.version)
                if spec.id in drafts:
                    when = _when(drafts[spec.id].updated_at)
                    text = self.tr("Draft saved {when}").format(when=when)
                elif spec.id in last:
                    when = _when(last[spec.id].completed_at)
                    text = self.tr("Last answered {when}").format(when=when)
                else:
                    text = self.tr("Not answered yet")
                status = _item(text + self._language_note(entry, language))
                if language and entry.in_language(language) is entry.spec:
                    translation = entry.translations.get(language)
                    status.setToolTip(translation.reason if translation else "")
            self.forms.setItem(row, 0, name)
            self.forms.setItem(row, 1, version)
            self.forms.setItem(row, 2, status)
        usable = {e.spec.id for e in self.entries if e.spec is not None}
        for form_id, draft in drafts.items():
            if form_id in usable:
                continue
            # Its file is broken or gone: the draft still continues from the
            # definition it was started with, stored in the database.
            row = self.forms.rowCount()
            self.forms.insertRow(row)
            draft_name = self.tr("{form} (draft)").format(form=form_id)
            self.forms.setItem(row, 0, _item(draft_name, f"draft:{form_id}"))
            self.forms.setItem(row, 1, _item(""))
            self.forms.setItem(
                row,
                2,
                _item(
                    self.tr(
                        "Draft saved {when}; the form file is unavailable, "
                        "so it continues from the copy it was started with"
                    ).format(when=_when(draft.updated_at))
                ),
            )
        self.responses.setRowCount(0)
        notes = version_notes(answered)
        for response in answered:
            row = self.responses.rowCount()
            self.responses.insertRow(row)
            cells = (
                _when(response.completed_at),
                response.form_title,
                response.form_version,
                _flag_summary(response.flags),
                self.tr("Signed PDF") if response.has_document else "",
                notes.get(response.id, ""),
            )
            for column, text in enumerate(cells):
                self.responses.setItem(row, column, _item(text, response.id))
        # Refreshing (after a form closes, or on showing the tab) keeps what
        # was selected; otherwise the first usable form is ready to start.
        if not self._select_key(self.forms, chosen_form):
            first = next((e.spec.id for e in self.entries if e.spec is not None), None)
            self._select_key(self.forms, first)
        self._select_key(self.responses, chosen_response)
        self._update_buttons()

    def _language_note(self, entry: FormEntry, language: str) -> str:
        """ " · in Polski", or that the client will be asked in the clinic's language."""
        if not language:
            return ""
        name = LANGUAGES.get(language, language)
        if entry.in_language(language) is not entry.spec:
            return self.tr(" · in {language}").format(language=name)
        if language == "en" and language not in entry.translations:
            return ""  # the shipped forms are English
        return self.tr(
            " · no usable {language} translation: asked in the clinic's language"
        ).format(language=name)

    @staticmethod
    def _selected_key(table: QTableWidget) -> object:
        rows = table.selectionModel().selectedRows()
        return _row_key(table, rows[0].row()) if rows else None

    @staticmethod
    def _select_key(table: QTableWidget, key: object) -> bool:
        if key is None:
            return False
        for row in range(table.rowCount()):
            if _row_key(table, row) == key:
                table.selectRow(row)
                return True
        return False

    def _selected_spec(self) -> FormSpec | None:
        rows = self.forms.selectionModel().selectedRows()
        if not rows:
            return None
        form_id = _row_key(self.forms, rows[0].row())
        if isinstance(form_id, str) and form_id.startswith("draft:") and self.client_id:
            draft = questionnaire_cases.get_draft(
                self.db, self.client_id, form_id.removeprefix("draft:")
            )
            try:
                return questionnaire_cases.resume(self.db, draft) if draft else None
            except UserError:
                return None
        entry = next((e for e in self.entries if e.spec and e.spec.id == form_id), None)
        return entry.in_language(self._client_language) if entry is not None else None

    @property
    def _client_language(self) -> str:
        """The language the client answers in (issue 20): "" for the clinic's own."""
        if self.client_id is None:
            return ""
        client = client_cases.get_client(self.db, self.client_id)
        language = client.language if client is not None else ""
        return language if language in LANGUAGES else ""

    def _selected_response(self) -> int | None:
        rows = self.responses.selectionModel().selectedRows()
        if not rows:
            return None
        response_id = _row_key(self.responses, rows[0].row())
        return response_id if isinstance(response_id, int) else None

    def _update_buttons(self) -> None:
        spec = self._selected_spec()
        has_draft = bool(
            spec
            and self.client_id is not None
            and questionnaire_cases.get_draft(self.db, self.client_id, spec.id) is not None
        )
        self.start_button.setEnabled(spec is not None)
        self.start_button.setText(self.tr("Continue…") if has_draft else self.tr("Start"))
        self.hand_button.setEnabled(spec is not None)
        response_id = self._selected_response()
        self.open_button.setEnabled(response_id is not None)
        has_record = False
        if response_id is not None:
            row = self.responses.selectionModel().selectedRows()[0].row()
            record_cell = self.responses.item(row, 4)
            has_record = record_cell is not None and bool(record_cell.text())
        self.record_button.setEnabled(has_record)

    def select_form(self, form_id: str) -> None:
        if not self._select_key(self.forms, form_id):
            raise KeyError(form_id)

    # -- answering ----------------------------------------------------------------

    def start(self, *, client_mode: bool = False) -> FormRunner | None:
        """Open the selected form (offering its draft); returns the runner once closed."""
        spec = self._selected_spec()
        client = client_cases.get_client(self.db, self.client_id) if self.client_id else None
        if spec is None or client is None:
            return None
        answers: dict = {}
        page = 0
        started_at = None
        note = ""
        draft = questionnaire_cases.get_draft(self.db, client.id, spec.id)
        if draft is not None:
            choice = self._ask_about_draft(
                draft.updated_at, signed=questionnaire_cases.draft_signed(draft)
            )
            if choice == "cancel":
                return None
            if choice == "continue":
                try:
                    spec = questionnaire_cases.resume(self.db, draft)
                except UserError as err:
                    QMessageBox.warning(self, self.tr("Draft cannot be opened"), str(err))
                    return None
                answers, page, started_at = draft.answers, draft.page, draft.started_at
                note = self._version_note(draft)
        lock: ClientModeLock | None = None
        if client_mode and self.db.staff is not None:
            # A protected clinic: the practitioner's own PIN (or password) takes it back.
            unlock = StaffUnlock(self.db)
            if unlock.uses_pin:
                text = self.tr(
                    "The form will fill the screen and show only this questionnaire for "
                    "{name}. To take the laptop back you will type your PIN."
                )
            else:
                text = self.tr(
                    "The form will fill the screen and show only this questionnaire for "
                    "{name}. To take the laptop back you will type your password."
                )
            answer = QMessageBox.question(
                self,
                self.tr("Hand the laptop to the client"),
                text.format(name=client.full_name),
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Ok:
                return None
            lock = unlock
        elif client_mode:
            chooser = ClientModeDialog(client.full_name, self)
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return None
            lock = chooser.lock()
        if draft is not None and not answers:
            # "Start again": only now, so cancelling the hand-over keeps the draft.
            try:
                questionnaire_cases.discard_draft(self.db, client.id, spec.id)
            except UserError as err:
                QMessageBox.warning(self, self.tr("Draft kept"), str(err))
                return None
        date_style = clinic.load_settings(self.db).date_style

        def runner_for_client() -> FormRunner:
            return FormRunner(
                self.db,
                client,
                spec,
                answers=answers,
                page=page,
                started_at=started_at,
                date_style=date_style,
                lock=lock,
                version_note=note,
                parent=self,
            )

        # Client mode speaks the client's language while it is open (issue 20); the
        # practitioner's own form filling stays in the practitioner's.
        language = self._client_language if lock is not None else ""
        runner = self._run(runner_for_client, client, lock, language=language)
        while runner.new_version_page is not None:
            # A sealed answer was to change: that version is finished as signed, and
            # its new version opens where the practitioner wanted to change it.
            follow_up = self._open_new_version(client, runner.new_version_page)
            if follow_up is None:
                break
            runner = follow_up
        finished = runner.response_id is not None and runner.new_version_page is None
        if finished and lock is None and runner.spec.consent_record:
            self.open_record(runner.response_id)
        return runner

    def _version_note(self, draft: questionnaire_cases.Draft) -> str:
        if draft.supersedes is None:
            return ""
        earlier = questionnaire_cases.get_response(self.db, draft.supersedes)
        if earlier is None:
            return self.tr(
                "New version: it replaces the response, which stays exactly as it was "
                "signed. It needs signing again."
            )
        return self.tr(
            "New version: it replaces the response of {when}, which stays exactly as it was "
            "signed. It needs signing again."
        ).format(when=_when(earlier.completed_at))

    def _open_new_version(self, client: client_cases.Client, page: int) -> FormRunner | None:
        """The draft ``start_new_version`` made, in a new window at ``page``; once closed."""
        draft = questionnaire_cases.draft_for(self.db, client.id, self._runner_form)
        if draft is None:
            return None
        try:
            spec = questionnaire_cases.resume(self.db, draft)
        except UserError as err:
            QMessageBox.warning(self, self.tr("Draft cannot be opened"), str(err))
            return None
        note = self._version_note(draft)
        date_style = clinic.load_settings(self.db).date_style
        return self._run(
            lambda: FormRunner(
                self.db,
                client,
                spec,
                answers=draft.answers,
                page=page,
                started_at=draft.started_at,
                date_style=date_style,
                version_note=note,
                parent=self,
            ),
            client,
            None,
        )

    def _run(
        self,
        make_runner: Callable[[], FormRunner],
        client: client_cases.Client,
        lock: ClientModeLock | None,
        *,
        language: str = "",
    ) -> FormRunner:
        """Show a form until it closes (full screen in client mode); the tab follows.

        ``language``: what the form window speaks ("" = the interface's), built and
        shown inside it; the tab refreshes after, in the practitioner's language."""
        main = self.window()
        try:
            with speaking(language):
                runner = make_runner()
                runner.response_saved.connect(self._saved)
                self.runner = runner
                self._runner_form = runner.spec.id
                if lock is not None:
                    # Full screen is set before exec() shows it: a dialog already
                    # visible when exec() starts would not become modal.
                    runner.setWindowState(Qt.WindowState.WindowFullScreen)
                    main.hide()
                try:
                    runner.exec()
                finally:
                    if lock is not None:
                        main.show()
                    self.runner = None
                    runner.deleteLater()  # a closed form window holds its pages and pad
        finally:
            self.refresh()
            # Finished or left as a draft, its answers can change the flags.
            self.changes.responses_changed.emit(client.id)
        return runner

    def _ask_about_draft(self, updated_at: str, *, signed: bool = False) -> str:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Continue the draft?"))
        box.setText(
            self.tr("This form has a draft, last saved {when}.").format(when=_when(updated_at))
        )
        cont = box.addButton(self.tr("Continue draft"), QMessageBox.ButtonRole.AcceptRole)
        again = None
        if signed:
            # A signature is never thrown away: the signed copy is finished, and a
            # change to it is a new version.
            box.setInformativeText(
                self.tr(
                    "It is signed, so it can only be continued and finished; anything signed "
                    "changes only in a new version afterwards."
                )
            )
        else:
            box.setInformativeText(
                self.tr("Continue where it was left, or start again with an empty form?")
            )
            again = box.addButton(self.tr("Start again"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cont)
        box.exec()
        clicked = box.clickedButton()
        if clicked is cont:
            return "continue"
        if again is None or clicked is not again:
            return "cancel"
        if self.confirm_start_again(updated_at):
            return "again"
        self.message.setText(self.tr("The draft was kept; nothing was deleted."))
        return "cancel"

    def confirm_start_again(self, updated_at: str) -> bool:
        """One click must not wipe a draft: say what is lost; keeping it is the default."""
        box = QMessageBox(self)
        box.setObjectName("start_again_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete the draft and start again?"))
        box.setText(
            self.tr(
                "Starting again deletes every answer in this draft (last saved {when})."
            ).format(when=_when(updated_at))
        )
        box.setInformativeText(
            self.tr("They cannot be brought back. Keep the answers to leave the draft as it is.")
        )
        keep = box.addButton(self.tr("Keep the answers"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_answers")
        wipe = box.addButton(
            self.tr("Delete answers and start again"), QMessageBox.ButtonRole.DestructiveRole
        )
        wipe.setObjectName("delete_answers")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is wipe

    def _saved(self, _response_id: int) -> None:
        if self.client_id is not None:  # now, while the window still shows the thank-you page
            self.changes.responses_changed.emit(self.client_id)

    # -- reading back -----------------------------------------------------------------

    def open_selected(self) -> None:
        response_id = self._selected_response()
        if response_id is not None:
            self.open_response(response_id)

    def open_response(self, response_id: int) -> QDialog | None:
        try:
            opened = questionnaire_cases.open_response(self.db, response_id)
        except UserError as err:
            QMessageBox.warning(self, self.tr("Cannot open"), str(err))
            return None
        history = questionnaire_cases.client_responses(self.db, opened.response.client_id)
        dialog = ResponseDialog(
            self.db,
            opened,
            clinic.load_settings(self.db).date_style,
            self,
            note=version_notes(history).get(response_id, ""),
            can_change=self._may_get_new_version(opened.response, history),
        )
        dialog.record_requested.connect(self.open_record)
        dialog.exec()
        if dialog.new_version_requested:
            self.new_version(response_id)
        return dialog

    def _may_get_new_version(
        self,
        response: questionnaire_cases.Response,
        history: list[questionnaire_cases.Response],
    ) -> bool:
        """The newest signed response to its form, with no unfinished copy in the way."""
        newest = next((r for r in history if r.form_id == response.form_id), None)
        return (
            response.signed
            and newest is not None
            and newest.id == response.id
            and questionnaire_cases.get_draft(self.db, response.client_id, response.form_id) is None
        )

    def new_version(self, response_id: int) -> FormRunner | None:
        """A change to a finished, signed response: its new version, opened to change."""
        try:
            draft = questionnaire_cases.start_new_version(self.db, response_id)
        except UserError as err:
            QMessageBox.warning(self, self.tr("No new version started"), str(err))
            return None
        client = client_cases.get_client(self.db, draft.client_id)
        if client is None:
            return None
        self._runner_form = draft.form_id
        runner = self._open_new_version(client, 0)
        self.refresh()
        return runner

    def open_record(self, response_id: int | None = None) -> PdfPreview | None:
        response_id = response_id if response_id else self._selected_response()
        if response_id is None:
            return None
        try:
            data = questionnaire_cases.consent_record(self.db, response_id)
        except UserError as err:
            QMessageBox.warning(self, self.tr("No record"), str(err))
            return None
        response = questionnaire_cases.get_response(self.db, response_id)
        client = client_cases.get_client(self.db, response.client_id) if response else None
        number = client.client_number if client else "client"
        preview = PdfPreview(
            data,
            title=self.tr("Signed consent record"),
            paper=clinic.load_settings(self.db).paper,
            suggested_name=f"consent-{number}-r{response_id}.pdf",
            protected=clinic.protected_files(db=self.db),
            info=self.tr("record {number}").format(number=response_id),
            parent=self,
        )
        preview.setObjectName("record_preview")
        preview.exec()
        return preview

    def open_folder(self) -> None:
        try:
            folder = questionnaire_cases.forms_folder(self.db)
        except UserError as err:
            QMessageBox.warning(self, self.tr("No forms folder"), str(err))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ResponseDialog(QDialog):
    """A finished response, read-only, in the wording of the form it was answered with."""

    record_requested = Signal(int)

    def __init__(
        self,
        db: Clinic,
        opened: questionnaire_cases.OpenedResponse,
        date_style: str,
        parent: QWidget | None = None,
        *,
        note: str = "",
        can_change: bool = False,
    ) -> None:
        """``note``: where it stands among versions; ``can_change``: offer a new version."""
        super().__init__(parent)
        response = opened.response
        self.new_version_requested = False
        self.setObjectName("response_dialog")
        when = _when(response.completed_at)
        self.setWindowTitle(
            self.tr("{form} — answered {when}").format(form=response.form_title, when=when)
        )
        fit_to_screen(self, 760)  # as tall as the screen: Close stays visible
        if response.client_mode:
            answered = self.tr(
                "{form}, version {version}, answered {when} by the client in client mode."
            )
        else:
            answered = self.tr("{form}, version {version}, answered {when}.")
        sentences = [
            answered.format(form=response.form_title, version=response.form_version, when=when),
            self.tr("Read-only: this is exactly what was answered."),
        ]
        if response.signed:
            sentences.append(self.tr("It is signed and sealed."))
        if note:
            sentences.append(self.tr("This response is {note}.").format(note=note))
        info = QLabel(" ".join(sentences))
        info.setWordWrap(True)
        info.setObjectName("response_info")
        try:
            answered_on = datetime.fromisoformat(response.completed_at).date()
        except ValueError:
            answered_on = None
        # Answered in the client's language (issue 20): the clinic's wording beside it.
        beside = questionnaire_cases.clinic_form(db, opened.spec) if opened.spec.language else None
        if opened.spec.language:
            language = LANGUAGES.get(opened.spec.language, opened.spec.language)
            if beside is not None:
                sentences.append(
                    self.tr(
                        "Answered in {language}; the clinic's wording is shown below each."
                    ).format(language=language)
                )
            else:
                sentences.append(
                    self.tr(
                        "Answered in {language}. The clinic's own form has changed since, "
                        "so its wording is not shown beside."
                    ).format(language=language)
                )
            info.setText(" ".join(sentences))
        self.view = AnswersView(
            opened.spec,
            response.answers,
            date_style=date_style,
            flags=opened.flags,
            today=answered_on,
            beside=beside,
        )
        self.view.setObjectName("response_view")
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.view)
        buttons = QHBoxLayout()
        if response.has_document:
            record = QPushButton(self.tr("Signed record…"))
            record.setObjectName("response_record")
            record.clicked.connect(lambda: self.record_requested.emit(response.id))
            buttons.addWidget(record)
        if can_change:
            change = QPushButton(self.tr("New version…"))
            change.setObjectName("response_new_version")
            change.setToolTip(
                self.tr("Change this signed response: a new version, signed again; this one stays")
            )
            change.clicked.connect(self._ask_new_version)
            buttons.addWidget(change)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(area, 1)
        layout.addLayout(buttons)

    def _ask_new_version(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Start a new version?"),
            self.tr(
                "This response is signed and sealed. A change starts a new version with the same "
                "answers, which is signed again; this one stays exactly as it was, with its PDF "
                "record, and both are listed."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Ok:
            self.new_version_requested = True
            self.accept()
