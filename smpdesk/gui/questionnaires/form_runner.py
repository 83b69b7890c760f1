"""Answering a questionnaire: pages, progress, a review, and client mode.

Every change is written to the draft at once (a small transaction), so
closing the window, a crash or a power cut loses at most the last
keystroke.  Skip logic runs on every change: hidden questions disappear
from the page, and what they held is left out of the stored response.

In client mode the window fills the screen and shows only this form; the
client cannot close it, go back to the client list, or see the flags their
answers raise.  Leaving needs the practitioner's code, chosen when the
laptop was handed over and held only in memory, as a salted hash.  After
three wrong codes in a row each further wrong one locks the code box for
longer (2, 4, 8 ... seconds, at most a minute), so guessing a four-digit code
takes days rather than minutes; the count lives in that same object, nowhere
on disk.

Signed means sealed.  A signature being drawn stays on screen only (it can be
cleared, and changing an answer above it clears it) until its signer moves on:
Next, the review, Finish, handing back or closing the form.  Then it is saved
in the draft with the time of its last stroke, and every answer it covers
(everything before it in the form) becomes read-only with a note saying who
signed and when.  Changing one of them means finishing this version as it was
signed and starting a new version, which is signed again; the runner offers
exactly that, and the app refuses any other way.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.app.clients import Client
from smpdesk.app.clinic import Clinic
from smpdesk.app.questionnaires import now_utc
from smpdesk.domain.staff import Staff
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.questionnaires import core_words
from smpdesk.gui.questionnaires.answers_view import SEALED_STYLE, AnswersView
from smpdesk.gui.questionnaires.question_widgets import QuestionField
from smpdesk.gui.widgets.form_support import ERROR_STYLE
from smpdesk.gui.widgets.screen_fit import fit_to_screen, remember_geometry
from smpdesk.questionnaire import sealing
from smpdesk.questionnaire.answers import problems, raised_flags, resolve
from smpdesk.questionnaire.spec import FormSpec, Page

MIN_CODE_LENGTH = 4
MIN_WIDTH, MIN_HEIGHT = 560, 400
TYPED_KEY = "_typed"  # ids start with a letter, so no question can clash
SIGNED_KEY = sealing.SIGNED_AT_KEY  # when the first signature was drawn, for the record
SIGNED_TIMES_KEY = sealing.SIGNED_TIMES_KEY  # when each signature was drawn
CLEARED_SIGNATURE = str(
    QT_TRANSLATE_NOOP(
        "FormRunner",
        "An answer above changed after signing, so the signature was cleared: please sign again.",
    )
)
FREE_ATTEMPTS = 3  # wrong codes in a row before the code box starts to lock
MAX_WAIT_SECONDS = 60


NOT_ASKED = str(
    QT_TRANSLATE_NOOP("FormRunner", "Only for some answers above: nothing to do here now.")
)
NOT_ASKED_STYLE = "color: #9aa3ab;"


def needs_slot(page: Page, index: int) -> bool:
    """Whether question ``index`` keeps its room on the page even while it is not asked.

    That is a follow-up revealed by an answer earlier on the same page with
    a question after it: shown or hidden as it is answered, it would push that
    question's answers away from the pointer, and the next click would tick
    whatever slid under it (a follow-up's own tick boxes).  A follow-up of
    another page's answer, or the page's last question, moves nothing.
    """
    question = page.questions[index]
    if question.show_if is None or index == len(page.questions) - 1:
        return False
    earlier = {q.id for q in page.questions[:index]}
    return bool(question.show_if.names & earlier)


def wait_after(failures: int) -> int:
    """Seconds the code box stays locked after ``failures`` wrong codes in a row."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(MAX_WAIT_SECONDS, 2 ** min(failures - FREE_ATTEMPTS, 16))


class ClientModeLock:
    """The practitioner's code, kept only as a salted hash in this process.

    It also counts wrong codes (in memory only; a fresh lock per hand-over)
    and says how long to wait before the next try.  ``clock`` is
    :func:`time.monotonic` except in tests.
    """

    def __init__(self, code: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._salt = os.urandom(16)
        self._digest = self._hash(code)
        self._clock = clock
        self.failures = 0
        self._locked_until = 0.0

    def _hash(self, code: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", code.encode("utf-8"), self._salt, 50_000)

    def matches(self, code: str) -> bool:
        return hmac.compare_digest(self._digest, self._hash(code))

    def seconds_left(self) -> int:
        """Whole seconds before another code may be tried; 0 means now."""
        left = self._locked_until - self._clock()
        return math.ceil(left) if left > 0 else 0

    def attempt(self, code: str) -> bool:
        """Test ``code``, unless locked (then it is not even looked at).

        A right code clears the count; a wrong one may start a wait.
        """
        if self.seconds_left():
            return False
        if self.matches(code):
            self.failures = 0
            self._locked_until = 0.0
            return True
        self.failures += 1
        self._locked_until = self._clock() + wait_after(self.failures)
        return False


PIN_TRIES = 5  # wrong PINs in a row before only a password ends client mode


def _audit_wrong(db: Clinic) -> None:
    from smpdesk.app.access import audit

    audit(db, "protection.client_mode_unlock", None, "refused")


class StaffUnlock(ClientModeLock):
    """On a protected clinic the practitioner takes the laptop back with their own PIN
    (or, without one, their password), not with a code made up for the occasion.

    The same counting and waits as :class:`ClientModeLock`.
    """

    def __init__(self, db: Clinic, *, clock: Callable[[], float] = time.monotonic) -> None:
        from smpdesk.app import protection

        self._db = db
        self._protection = protection
        self.uses_pin = protection.has_pin(db)
        self._clock = clock
        self.failures = 0
        self._locked_until = 0.0

    def matches(self, code: str) -> bool:
        if self.uses_pin and self.failures >= PIN_TRIES:
            self.uses_pin = False  # five wrong PINs in a row: the password from now on
        if self.uses_pin:
            right = self._protection.check_pin(self._db, code)
        else:
            try:
                right = self._protection.check_password(self._db, code)
            except UserError:
                right = False  # a wrong-password wait: this box has its own
        if not right:
            _audit_wrong(self._db)
        return right

    @property
    def prompt(self) -> str:
        if self.uses_pin:
            return translate("StaffUnlock", "Your PIN")
        return translate("StaffUnlock", "Your password")


class PractitionerUnlock(ClientModeLock):
    """Reception handed the laptop over: any practitioner's PIN takes it back, and that
    practitioner is then the one signed in (:attr:`practitioner`)."""

    def __init__(self, db: Clinic, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._db = db
        self._clock = clock
        self.failures = 0
        self._locked_until = 0.0
        self.practitioner: Staff | None = None
        self.prompt = translate("PractitionerUnlock", "A practitioner's PIN")

    def matches(self, code: str) -> bool:
        from smpdesk.app import protection

        if self.failures >= PIN_TRIES:
            # Five wrong PINs in a row: a practitioner's password from now on, so a
            # four-digit PIN cannot be guessed from the client's chair.
            self.prompt = translate("PractitionerUnlock", "A practitioner's password")
            self.practitioner = protection.practitioner_for_password(self._db, code)
        else:
            self.practitioner = protection.practitioner_for_pin(self._db, code)
        if self.practitioner is None:
            _audit_wrong(self._db)
        return self.practitioner is not None


class ClientModeDialog(QDialog):
    """Choose the code that will unlock client mode (typed twice)."""

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand the laptop to the client"))
        self.setMinimumWidth(460)  # the explanation reads in two lines, not five
        self.setObjectName("client_mode_dialog")
        intro = QLabel(
            self.tr(
                "The form will fill the screen and show only this questionnaire for {name}. "
                "Choose a code you will type to leave client mode; it is not stored anywhere."
            ).format(name=client_name)
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("code_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Practitioner code:"), self.code)
        form.addRow(self.tr("Type it again:"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start client mode"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        hint = self.sizeHint()
        fit_to_screen(self, max(520, hint.width()), hint.height())

    def _check(self) -> None:
        code = self.code.text()
        if len(code) < MIN_CODE_LENGTH:
            message = self.tr("Use at least {count} characters.").format(count=MIN_CODE_LENGTH)
        elif code != self.repeat.text():
            message = self.tr("The two codes are different; type them again.")
        else:
            self.accept()
            return
        self.error.setText(message)
        self.error.show()
        self.code.setFocus()

    def lock(self) -> ClientModeLock:
        return ClientModeLock(self.code.text())


class FormRunner(QDialog):
    """One questionnaire for one client, page by page, then a review."""

    response_saved = Signal(int)

    def __init__(
        self,
        db: Clinic,
        client: Client,
        spec: FormSpec,
        *,
        answers: dict | None = None,
        page: int = 0,
        started_at: str | None = None,
        date_style: str = "uk",
        lock: ClientModeLock | None = None,
        hand_over: bool = False,
        version_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``version_note``: this draft is a new version of a finished response
        (shown under the title, e.g. which one it replaces)."""
        super().__init__(parent)
        self.db = db
        self.client = client
        self.spec = spec
        # Reception's hand-over: the client's answers are kept as a client-mode draft
        # for the practitioner to review and finish; reception never finishes a form.
        self.hand_over = hand_over
        self.date_style = date_style
        self.lock = lock
        self.started_at = started_at or now_utc()
        # The client's signature: the first one in the form (a practitioner's
        # countersignature, if any, comes later).
        self._signature_ids = sealing.signature_ids(spec)
        self._signature_id = self._signature_ids[0] if self._signature_ids else None
        # Signatures in the saved draft (sealed), with when they were drawn, and
        # signatures drawn here that are not saved yet (their last stroke's time).
        self.signed_times: dict[str, str] = sealing.signature_times(spec, answers or {})
        self._sealed_signatures: set[str] = set(sealing.drawn(spec, answers or {}))
        self._pending: dict[str, str] = {}
        self.response_id: int | None = None
        # Set when the practitioner chose to change a sealed answer: this version was
        # finished and a new one started; the tab opens it at this page.
        self.new_version_page: int | None = None
        self._unlocked = lock is None
        self._loading = True
        self.setObjectName("form_runner")
        self.setWindowTitle(f"{spec.title} — {client.full_name}")
        # Small enough for a 1024x700 screen; the pages scroll, the buttons stay.
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        remember_geometry(self, "form_window", 960, 900)  # roomy, but never off-screen

        title = QLabel(spec.title)
        title.setObjectName("form_title")
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        who = client.preferred_name or client.given_name if lock else client.full_name
        self.client_label = QLabel(self.tr("For {name}").format(name=who))
        self.client_label.setTextFormat(Qt.TextFormat.PlainText)
        self.version_label = QLabel(version_note)
        self.version_label.setObjectName("version_note")
        self.version_label.setWordWrap(True)
        self.version_label.setStyleSheet(SEALED_STYLE)
        self.version_label.setVisible(bool(version_note))
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress_label")
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.save_error = QLabel()
        self.save_error.setObjectName("save_error")
        self.save_error.setWordWrap(True)
        self.save_error.setStyleSheet(ERROR_STYLE)
        self.save_error.hide()

        self.fields: dict[str, QuestionField] = {}
        # Follow-ups that keep their room while not asked: their greyed stand-ins.
        self.not_asked: dict[str, QLabel] = {}
        self.seal_notes: dict[int, tuple[QWidget, QLabel, QPushButton]] = {}
        self.stack = QStackedWidget()
        self.page_widgets: list[QScrollArea] = []
        for number, form_page in enumerate(spec.pages):
            self.page_widgets.append(self._build_page(number, form_page))
            self.stack.addWidget(self.page_widgets[-1])
        self.review_area = QScrollArea()
        self.review_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.review_area.setObjectName("review_page")
        self.review_area.setWidgetResizable(True)
        self.stack.addWidget(self.review_area)
        self.thanks = self._build_thanks()
        self.stack.addWidget(self.thanks)

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("back")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.review_button = QPushButton(self.tr("Back to review"))
        self.review_button.setObjectName("back_to_review")
        self.review_button.setAutoDefault(False)
        self.review_button.setToolTip(
            self.tr("Straight back to the review, once this page is right")
        )
        self.review_button.clicked.connect(self.go_to_review)
        self._came_from_review = False
        self.finish_button = QPushButton(self.tr("Finish and save"))
        self.finish_button.setObjectName("finish")
        self.finish_button.clicked.connect(self.finish)
        self.close_button = QPushButton(
            self.tr("Practitioner…") if lock else self.tr("Save draft and close")
        )
        self.close_button.setObjectName("close_runner")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self._close_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)

        self.unlock_row = self._build_unlock_row()

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.client_label)
        layout.addLayout(header)
        layout.addWidget(self.version_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.save_error)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.unlock_row)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)

        for qid, value in (answers or {}).items():
            if qid in self.fields:
                self.fields[qid].set_value(value)
        typed = (answers or {}).get(TYPED_KEY)
        for qid, text in (typed if isinstance(typed, dict) else {}).items():
            field = self.fields.get(qid)
            if field is not None and field.line is not None and isinstance(text, str):
                field.line.setText(text)
        self._loading = False
        self.answers = self._collect()
        self._apply_visibility()
        self._apply_seals()
        visible = self._visible_pages()
        start = page if page in visible or page == len(spec.pages) else visible[0]
        if lock is not None and (start == len(spec.pages) or spec.pages[start].practitioner):
            start = next((n for n in visible if not spec.pages[n].practitioner), visible[0])
        self._show(start)

    # -- building ------------------------------------------------------------

    def _build_page(self, number: int, page: Page) -> QScrollArea:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 8, 16, 8)
        heading = QLabel(page.title)
        heading.setObjectName(f"page_title_{number}")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        heading.setStyleSheet("color: #0e5a69;")
        column.addWidget(heading)
        if number == 0 and self.spec.description:
            column.addWidget(self._wrapped(self.spec.description))
        if page.intro:
            column.addWidget(self._wrapped(page.intro))
        column.addWidget(self._build_seal_note(number))
        if any(q.required and q.answerable for q in page.questions):
            legend = QLabel(self.tr("Questions marked * need an answer."))
            legend.setObjectName(f"required_legend_{number}")
            legend.setStyleSheet("color: #5b6670;")
            column.addWidget(legend)
        for index, question in enumerate(page.questions):
            field = QuestionField(question, date_style=self.date_style)
            field.changed.connect(lambda q=question.id: self._on_change(q))
            self.fields[question.id] = field
            if needs_slot(page, index):
                column.addWidget(self._build_slot(field))
            else:
                column.addWidget(field)
        column.addStretch(1)
        area = QScrollArea()
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to questions, not the frame
        # The scroll bar is always there: one appearing when a follow-up makes the
        # page taller would narrow it, rewrap the questions and move every answer.
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        area.setObjectName(f"page_{number}")
        area.setWidgetResizable(True)
        area.setWidget(body)
        return area

    def _build_slot(self, field: QuestionField) -> QWidget:
        """A follow-up's place on the page, the same height whether it is asked or not.

        While it is not asked, the question's words show greyed in its place,
        with a note, so the room it keeps reads as part of the form.
        """
        question = field.question
        slot = QWidget()
        slot.setObjectName(f"slot_{question.id}")
        grid = QGridLayout(slot)
        grid.setContentsMargins(0, 0, 0, 0)
        policy = field.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        field.setSizePolicy(policy)
        not_asked = translate("FormRunner", NOT_ASKED)
        words = not_asked if question.type == "note" else f"{question.text.strip()}\n{not_asked}"
        waiting = QLabel(words)
        waiting.setObjectName(f"not_asked_{question.id}")
        waiting.setWordWrap(True)
        waiting.setTextFormat(Qt.TextFormat.PlainText)
        waiting.setStyleSheet(NOT_ASKED_STYLE)
        waiting.setContentsMargins(0, 6, 0, 6)
        waiting.hide()
        grid.addWidget(field, 0, 0)
        grid.addWidget(waiting, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.not_asked[question.id] = waiting
        return slot

    def _build_seal_note(self, number: int) -> QWidget:
        """ "Signed by the client at 14:05 — these answers are sealed", and a way to ask
        for a change; shown once a signature in the draft covers this page."""
        box = QFrame()
        box.setObjectName(f"seal_note_{number}")
        box.setStyleSheet(f"#seal_note_{number} {{ {SEALED_STYLE} }}")
        row = QHBoxLayout(box)
        row.setContentsMargins(8, 4, 8, 4)
        label = QLabel()
        label.setObjectName(f"seal_text_{number}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        change = QPushButton(self.tr("Change…"))
        change.setObjectName(f"seal_change_{number}")
        change.setAutoDefault(False)
        change.setToolTip(self.tr("A signed answer changes only in a new version, signed again"))
        change.clicked.connect(lambda _=False, n=number: self.offer_new_version(n))
        row.addWidget(label, 1)
        row.addWidget(change)
        box.hide()
        self.seal_notes[number] = (box, label, change)
        return box

    def _unlock_prompt(self) -> str:
        if isinstance(self.lock, StaffUnlock | PractitionerUnlock):
            return self.lock.prompt
        return self.tr("Practitioner code")

    @staticmethod
    def _wrapped(text: str) -> QLabel:
        label = QLabel(text.strip())
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        label = QLabel(self.tr("Thank you. Your answers are saved.\nPlease hand the laptop back."))
        label.setObjectName("thanks")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        label.setFont(font)
        column.addWidget(label)
        column.addStretch(1)
        return page

    def _build_unlock_row(self) -> QWidget:
        row = QWidget()
        row.setObjectName("unlock_row")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.unlock_code = QLineEdit()
        self.unlock_code.setObjectName("unlock_code")
        self.unlock_code.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_code.setPlaceholderText(self._unlock_prompt())
        self.unlock_code.returnPressed.connect(self._try_unlock)
        unlock = QPushButton(self.tr("Leave client mode"))
        unlock.setObjectName("unlock")
        unlock.setAutoDefault(False)
        unlock.clicked.connect(self._try_unlock)
        self.unlock_button = unlock
        self.unlock_error = QLabel()
        self.unlock_error.setObjectName("unlock_error")
        self.unlock_error.setStyleSheet(ERROR_STYLE)
        # Counts down a wait after repeated wrong codes (see ClientModeLock).
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(250)
        self.lock_timer.timeout.connect(self._show_wait)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("unlock_cancel")
        cancel.setAutoDefault(False)
        cancel.setToolTip(self.tr("Hide the code box and carry on with the form"))
        cancel.clicked.connect(self._hide_unlock)
        line.addWidget(QLabel(self.tr("Practitioner:")))
        line.addWidget(self.unlock_code)
        line.addWidget(unlock)
        line.addWidget(cancel)
        line.addWidget(self.unlock_error, 1)
        row.hide()
        return row

    def _hide_unlock(self) -> None:
        """Pressed by mistake, or the client is not finished after all."""
        self.unlock_code.clear()
        self.unlock_error.clear()
        self.lock_timer.stop()
        self.unlock_row.hide()
        if self.stack.currentWidget() is not self.thanks and not self.on_review:
            self._show(self.current_page)  # focus back on the form

    # -- state ----------------------------------------------------------------

    def _collect(self) -> dict:
        values = {qid: field.value() for qid, field in self.fields.items()}
        return {qid: value for qid, value in values.items() if value is not None}

    def _visible_pages(self) -> list[int]:
        return list(resolve(self.spec, self.answers).pages) or [0]

    def _apply_visibility(self) -> None:
        visible = resolve(self.spec, self.answers).visible
        for qid, field in self.fields.items():
            field.setVisible(qid in visible)
            waiting = self.not_asked.get(qid)
            if waiting is not None:
                waiting.setVisible(qid not in visible)

    def _on_change(self, qid: str) -> None:
        if self._loading:
            return
        self.answers = self._collect()
        self._apply_visibility()
        field = self.fields[qid]
        if qid in self._signature_ids and qid not in self._sealed_signatures:
            if qid in self.answers:
                self._pending[qid] = now_utc()  # the last stroke's time
                field.show_problem("")
            else:
                self._pending.pop(qid, None)
        else:
            self._clear_pending_above(qid)
        if field.error.isVisible():
            field.show_problem(self._field_problem(qid))
        self._update_progress()
        self._save_draft()

    def _clear_pending_above(self, qid: str) -> None:
        """A signature covers what was above it when it was drawn: change that, sign again."""
        for signature in list(self._pending):
            if qid in sealing.covered(self.spec, signature):
                self._pending.pop(signature)
                pad = self.fields[signature]
                pad.set_value(None)
                pad.show_problem(translate("FormRunner", CLEARED_SIGNATURE))
                self.answers = self._collect()

    @property
    def signed_at(self) -> str | None:
        """When the first (the client's) signature was drawn, saved or not."""
        sid = self._signature_id
        if sid is None:
            return None
        return self._pending.get(sid) or self.signed_times.get(sid)

    def _all_times(self) -> dict[str, str]:
        return {**self.signed_times, **self._pending}

    def _draft_answers(self) -> dict:
        """The answers plus text typed that is not yet a number or date ("12/05/20").

        It goes under a key no question can have, so a crash mid-date keeps
        the digits, and finishing (which keeps only questions) drops it. The
        moments of signing ride along the same way, for the record.  A
        signature still being drawn is not in the draft: once it is, it is sealed.
        """
        typed = {
            qid: field.line.text()
            for qid, field in self.fields.items()
            if field.line is not None and field.input_problem()
        }
        kept = {qid: v for qid, v in self.answers.items() if qid not in self._pending}
        if typed:
            kept[TYPED_KEY] = typed
        times = {sid: t for sid, t in self.signed_times.items() if sid in self._sealed_signatures}
        first = times.get(self._signature_id) if self._signature_id else None
        return sealing.with_times(kept, times, first)

    def _commit_signatures(self, *, drop_unready: bool = False) -> None:
        """Save the signatures drawn here: from now on they and what they cover are sealed.

        Only a signature under complete answers is saved (the app refuses any
        other); ``drop_unready`` clears one that is not (the form is closing).
        """
        newly: list[str] = []
        for signature in [sid for sid in self._signature_ids if sid in self._pending]:
            if self._covered_problem(signature):
                if drop_unready:
                    self._pending.pop(signature)
                    self.fields[signature].set_value(None)
                    self.answers = self._collect()
                continue
            self.signed_times[signature] = self._pending.pop(signature)
            self._sealed_signatures.add(signature)
            newly.append(signature)
        if newly and not self._save_draft():
            # Not saved (the reason is shown): they stay as drawn, not sealed.
            for signature in newly:
                self._sealed_signatures.discard(signature)
                self._pending[signature] = self.signed_times.pop(signature)
        self._apply_seals()

    def _covered_problem(self, signature: str) -> str:
        """The first problem among the answers a signature covers ("" when there is none)."""
        covered = sealing.covered(self.spec, signature)[:-1]
        found = problems(self.spec, self.answers, earliest=self._earliest)
        visible = resolve(self.spec, self.answers).visible
        for qid in covered:
            field = self.fields[qid]
            message = (field.input_problem() if qid in visible else "") or found.get(qid, "")
            if message:
                return qid
        return ""

    def _sealed_words(self, signature: str) -> str:
        # In the language the window speaks: the client's, in client mode.
        return core_words.signed_words(self.spec, signature, self.signed_times.get(signature))

    def _sealed_map(self) -> dict[str, str]:
        saved = {k: v for k, v in self.answers.items() if k not in self._pending}
        return sealing.sealed_by(self.spec, saved)

    def sealed_pages(self) -> tuple[dict[int, str], set[int]]:
        """Page -> its seal note, and the pages whose every answer is sealed."""
        sealed = self._sealed_map()
        visible = resolve(self.spec, self.answers).visible
        notes: dict[int, str] = {}
        whole: set[int] = set()
        for number, page in enumerate(self.spec.pages):
            covering = [sealed[q.id] for q in page.questions if q.id in sealed]
            if not covering:
                continue
            first = min(covering, key=self._signature_ids.index)
            notes[number] = self.tr("{signed} — these answers are sealed").format(
                signed=self._sealed_words(first)
            )
            shown = [q.id for q in page.questions if q.answerable and q.id in visible]
            if all(qid in sealed for qid in shown):
                whole.add(number)
        return notes, whole

    def _apply_seals(self) -> None:
        sealed = self._sealed_map()
        for qid, field in self.fields.items():
            field.set_sealed(qid in sealed)
        notes, _whole = self.sealed_pages()
        for number, (box, label, change) in self.seal_notes.items():
            box.setVisible(number in notes)
            label.setText(notes.get(number, ""))
            change.setVisible(self.lock is None and not self.hand_over)

    def _save_draft(self) -> bool:
        try:
            if self.hand_over:
                questionnaire_cases.save_client_draft(
                    self.db,
                    self.client.id,
                    self.spec,
                    self._draft_answers(),
                    self.current_page,
                    started_at=self.started_at,
                )
            else:
                questionnaire_cases.save_draft(
                    self.db,
                    self.client.id,
                    self.spec,
                    self._draft_answers(),
                    self.current_page,
                    client_mode=self.lock is not None,
                    started_at=self.started_at,
                )
        except UserError as err:
            if self.lock is not None:
                # The client reads what to do in their language; the app's reason
                # (in English) follows, for the practitioner.
                message = self.tr(
                    "Your answers could not be saved just now. What you typed is still here; "
                    "please ask the practitioner. ({error})"
                )
            else:
                message = self.tr(
                    "Your answers could not be saved just now: {error} "
                    "What you typed is still here."
                )
            self.save_error.setText(message.format(error=err))
            self.save_error.show()
            return False
        self.save_error.hide()
        return True

    @property
    def _earliest(self) -> date | None:
        return questionnaire_cases.answered_day(self.started_at, self.signed_at)

    def _field_problem(self, qid: str) -> str:
        field = self.fields[qid]
        typed = field.input_problem()
        if typed:
            return typed
        page = self.spec.page_of(qid)
        found = problems(
            self.spec,
            self.answers,
            pages=(page,),
            earliest=self._earliest,
            words=core_words.problem_words(),
        )
        return found.get(qid, "")

    # -- navigation ---------------------------------------------------------------

    @property
    def current_page(self) -> int:
        index = self.stack.currentIndex()
        return min(index, len(self.spec.pages))

    @property
    def on_review(self) -> bool:
        return self.stack.currentWidget() is self.review_area

    def _show(self, number: int) -> None:
        if number >= len(self.spec.pages):
            self._show_review()
        else:
            self.stack.setCurrentIndex(number)
            first = next(
                (f for f in self.fields.values() if f.isVisibleTo(self.page_widgets[number])),
                None,
            )
            if first is not None:
                first.focus_input()
        self._update_progress()
        self._update_buttons()

    def _steps(self) -> list[int]:
        """The pages this person will go through; ``len(pages)`` stands for the review.

        A client in client mode stops before the first practitioner page (and
        so never reaches the review), so their count ends there too.
        """
        visible = self._visible_pages()
        if self.lock is not None:
            cut = next((i for i, n in enumerate(visible) if self.spec.pages[n].practitioner), None)
            if cut is not None and cut > 0:
                return visible[:cut]
        return [*visible, len(self.spec.pages)]

    def _update_progress(self) -> None:
        steps = self._steps()
        total = len(steps)
        self.progress.setRange(0, total)
        if self.stack.currentWidget() is self.thanks:
            self.progress_label.setText(self.tr("Finished"))
            self.progress.setValue(total)
            return
        current = len(self.spec.pages) if self.on_review else self.current_page
        step = steps.index(current) + 1 if current in steps else total
        where = self.tr("Check your answers") if self.on_review else self.spec.pages[current].title
        self.progress_label.setText(
            self.tr("Step {step} of {total} · {where}").format(step=step, total=total, where=where)
        )
        self.progress.setValue(step)

    def _update_buttons(self) -> None:
        done = self.stack.currentWidget() is self.thanks
        visible = self._visible_pages()
        self.back_button.setVisible(not done)
        self.back_button.setEnabled(self.on_review or self.current_page != visible[0])
        self.next_button.setVisible(not self.on_review and not done)
        self.finish_button.setVisible(self.on_review)
        if self.on_review or done:
            self._came_from_review = False
        self.review_button.setVisible(self._came_from_review)
        if self.on_review:
            self.finish_button.setDefault(True)
        else:
            self.next_button.setDefault(True)
        self.close_button.setVisible(not done or self.lock is not None)

    def check_page(self, number: int) -> bool:
        """Mark every problem on a page beside its field; True if there are none."""
        found = problems(
            self.spec,
            self.answers,
            pages=(number,),
            earliest=self._earliest,
            words=core_words.problem_words(),
        )
        first = None
        for question in self.spec.pages[number].questions:
            field = self.fields[question.id]
            if not field.isVisibleTo(self.page_widgets[number]):
                field.show_problem("")
                continue
            message = field.input_problem() or found.get(question.id, "")
            field.show_problem(message)
            if message and first is None:
                first = field
        if first is not None:
            first.focus_input()
            self.page_widgets[number].ensureWidgetVisible(first)
            return False
        return True

    def go_next(self) -> None:
        if self.on_review or self.stack.currentWidget() is self.thanks:
            return
        page = self.current_page
        if not self.check_page(page):
            return
        self._commit_signatures()
        later = [n for n in self._visible_pages() if n > page]
        if self.lock is not None and later and self.spec.pages[later[0]].practitioner:
            # The rest is the practitioner's: keep the draft there, hand back.
            self.stack.setCurrentIndex(later[0])
            self._save_draft()
            self._hand_back()
            return
        self._show(later[0] if later else len(self.spec.pages))
        self._save_draft()

    def go_back(self) -> None:
        if self.stack.currentWidget() is self.thanks:
            return
        visible = self._visible_pages()
        if self.on_review:
            self._show(visible[-1])
            return
        earlier = [n for n in visible if n < self.current_page]
        if earlier:
            self._show(earlier[-1])
            self._save_draft()

    def _show_review(self) -> None:
        flags = None if self.lock else raised_flags(self.spec, self.answers)
        notes, whole = self.sealed_pages()
        view = AnswersView(
            self.spec,
            self.answers,
            date_style=self.date_style,
            flags=flags,
            editable=True,
            sealed=notes,
            locked=whole,
        )
        view.setObjectName("review")
        view.page_requested.connect(self._change_page)
        self.review_area.setWidget(view)
        self.stack.setCurrentWidget(self.review_area)
        self.finish_button.setFocus()

    def _change_page(self, number: int) -> None:
        """ "Change" on the review: after fixing it, one click goes back there.

        A page whose every answer is sealed has nothing to change in this
        version: the practitioner is offered a new version instead.
        """
        if number in self.sealed_pages()[1]:
            self.offer_new_version(number)
            return
        self._came_from_review = True
        self._show(number)

    # -- a new version instead of a change ------------------------------------------

    def offer_new_version(self, page: int) -> bool:
        """Explain why a sealed answer cannot change here, and offer a new version.

        True if a new version was started (this window then closes and the tab
        opens the new draft at ``page``).  The client, in client mode, is told to
        ask the practitioner.
        """
        note = self.sealed_pages()[0].get(page, self.tr("These answers are signed and sealed"))
        if self.lock is not None or self.hand_over:
            QMessageBox.information(
                self,
                self.tr("Signed answers are sealed"),
                self.tr("{note}. To change anything now, please ask the practitioner.").format(
                    note=note
                ),
            )
            return False
        if not self._ask_new_version(note):
            return False
        return self.start_new_version(page)

    def _ask_new_version(self, note: str) -> bool:
        box = QMessageBox(self)
        box.setObjectName("new_version_box")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Signed answers are sealed"))
        box.setText(self.tr("{note}.").format(note=note))
        box.setInformativeText(
            self.tr(
                "A change needs a new version of this form, which is signed again. This version "
                "is kept exactly as it was signed, with its PDF record, and both are listed."
            )
        )
        start = box.addButton(self.tr("Start a new version"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is start

    def start_new_version(self, page: int) -> bool:
        """Finish this version as it was signed, then start a new one prefilled from it.

        If this version cannot be finished yet (a required answer after the
        signature, such as the practitioner's check), say what to complete and
        show it; nothing is stored.
        """
        found = problems(self.spec, self.answers, earliest=self._earliest)
        first = next(
            (
                q
                for n in self._visible_pages()
                for q in self.spec.pages[n].questions
                if q.id in found
            ),
            None,
        )
        if first is not None:
            number = self.spec.page_of(first.id)
            QMessageBox.information(
                self,
                self.tr("Finish this version first"),
                self.tr(
                    'This version must first be finished as it was signed: complete "{question}" '
                    'on "{page}", then start the new version.'
                ).format(question=first.text, page=self.spec.pages[number].title),
            )
            self._came_from_review = True
            self._show(number)
            self.check_page(number)
            return False
        response = self._store_response()
        if response is None:
            return False
        try:
            questionnaire_cases.start_new_version(self.db, response.id)
        except UserError as err:
            QMessageBox.warning(
                self,
                self.tr("No new version started"),
                self.tr("This version was saved. {error}").format(error=err),
            )
            self._unlocked = True
            self.accept()
            return False
        self.new_version_page = page
        self._unlocked = True
        self.accept()
        return True

    def _show_first_problem(self) -> bool:
        """Go to the first page with a problem, marked, keeping the way back to the
        review; False if every visible page is right."""
        for number in self._visible_pages():
            if not self.check_page(number):
                self._came_from_review = True
                self._show(number)
                self.check_page(number)
                return True
        return False

    def go_to_review(self) -> None:
        if self.on_review or not self.check_page(self.current_page):
            return
        self._commit_signatures()
        if not self._show_first_problem():
            self._show(len(self.spec.pages))
            self._save_draft()

    def finish(self) -> None:
        if self._show_first_problem():
            return
        self._commit_signatures()
        if self.hand_over:
            self._save_draft()  # the practitioner reviews and finishes it
            self._hand_back()
            return
        response = self._store_response()
        if response is None:
            return
        if self.lock is None:
            self._unlocked = True
            self.accept()
            return
        self._hand_back()

    def _store_response(self) -> questionnaire_cases.Response | None:
        """Finish: the answers, each signature with the time it was drawn; None if refused."""
        try:
            response = questionnaire_cases.finish(
                self.db,
                self.client.id,
                self.spec,
                self.answers,
                started_at=self.started_at,
                signed_at=self.signed_at,
                signed_times=self._all_times(),
                client_mode=self.lock is not None,
            )
        except ValidationError as err:
            qid = next(iter(err.fields))
            self._came_from_review = True
            self._show(self.spec.page_of(qid))
            self.check_page(self.spec.page_of(qid))
            return None
        except UserError as err:
            if self.lock is not None:
                # The client reads what to do in their language; the app's reason
                # (in English) follows, for the practitioner.
                message = self.tr(
                    "Your answers could not be saved. Please ask the practitioner.\n\n{error}"
                ).format(error=err)
            else:
                message = str(err)
            QMessageBox.warning(self, self.tr("Not saved"), message)
            return None
        self.response_id = response.id
        self.response_saved.emit(response.id)
        return response

    def _hand_back(self) -> None:
        self.stack.setCurrentWidget(self.thanks)
        self._update_progress()
        self._update_buttons()

    # -- leaving ------------------------------------------------------------------------

    def _close_clicked(self) -> None:
        if self.lock is None:
            self._unlocked = True
            self.reject()
            return
        self.unlock_row.show()
        self.unlock_code.setFocus()
        self._show_wait()

    def _try_unlock(self) -> None:
        assert self.lock is not None
        if self.lock.seconds_left():  # Enter while locked: the code is not tested
            self.unlock_code.clear()
            self._show_wait()
            return
        if self.lock.attempt(self.unlock_code.text()):
            self._unlocked = True
            self.unlock_code.clear()
            if self.response_id is not None:
                self.accept()
            else:
                self.reject()
            return
        self.unlock_code.clear()
        self.unlock_error.setText(self.tr("That is not the code."))
        self._show_wait()

    def _show_wait(self) -> None:
        """Lock the code box while a wait runs, saying for how long; free it after."""
        if self.lock is None:
            return
        left = self.lock.seconds_left()
        self.unlock_code.setReadOnly(bool(left))
        self.unlock_button.setEnabled(not left)
        if left:
            self.unlock_code.setPlaceholderText(self.tr("Wait…"))
            if left == 1:
                self.unlock_error.setText(self.tr("Wrong code. Try again in 1 second."))
            else:
                self.unlock_error.setText(self.tr("Wrong code. Try again in %n seconds.", "", left))
            if not self.lock_timer.isActive():
                self.lock_timer.start()
            return
        self.unlock_code.setPlaceholderText(self._unlock_prompt())
        if self.lock_timer.isActive():  # the wait just ended
            self.lock_timer.stop()
            self.unlock_error.setText(self.tr("You can type the code again."))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        # Enter in the code box unlocks; it must not also press "Next".
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() is self.unlock_code:
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:  # Qt's name: every way the window closes
        # A signature drawn but not yet saved is saved now if what it covers is
        # complete (the signer put the pen down and handed over), else cleared.
        if self._pending and self.response_id is None and self._unlocked:
            self._commit_signatures(drop_unready=True)
        super().done(result)

    def reject(self) -> None:
        # Esc in client mode must not hand the desk back to the client.
        if not self._unlocked:
            self._close_clicked()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        if not self._unlocked:
            event.ignore()
            self._close_clicked()
            return
        super().closeEvent(event)
