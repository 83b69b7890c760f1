"""Delete a session: the owner's act, with a typed reason, and nothing erased.

The dialog says plainly what will happen before anything does: the session
leaves the lists, and stays in the client's history with the reason and the
owner's name.  The reason is checked by the use case (the same sentence as the
command line gives); a refusal is shown under the field, the dialog stays open.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.session_details import describe_type
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.form_support import ERROR_STYLE, INVALID_STYLE, with_error_label
from smpdesk.gui.words.core_labels import core_label

REASON_FIELD = "delete_reason"
WHAT_HAPPENS = (
    str(
        QT_TRANSLATE_NOOP(
            "sessions.delete_session_dialog",
            "It leaves the timeline, the follow-ups list, lot recalls, the day's visits and the "
            "defaults of the next session.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "sessions.delete_session_dialog",
            "Nothing is erased: the session as recorded, its earlier versions and this reason stay "
            "in the client's history, with your name and the time, and the audit trail notes it.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "sessions.delete_session_dialog",
            "Photos and aftercare sheets of this visit stay in the client's record, still "
            "linked to it.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "sessions.delete_session_dialog",
            "It cannot be undone here: if it was right after all, record the session again.",
        )
    ),
)


class DeleteSessionDialog(QDialog):
    """Ask why, say what happens, delete on the owner's word; ``deleted`` after success."""

    def __init__(
        self, db: Clinic, session: session_cases.Session, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.session = session
        self.deleted: session_cases.DeletedSession | None = None
        self.setWindowTitle(self.tr("Delete session"))
        self.setMinimumWidth(520)
        self.setMaximumWidth(720)

        d = session.details
        title = self.tr("{kind} of {date}").format(
            kind=core_label(describe_type(d.session_type)), date=format_date(d.session_date)
        )
        lot = self.tr("pigment lot {lot}").format(lot=d.pigment_lot) if d.pigment_lot else ""
        about = [d.practitioner, lot]
        question = self.tr("Delete the {session}?").format(session=title)
        heading = QLabel(
            f"<h3>{html.escape(question)}</h3>"
            + (f"<p>{html.escape(' · '.join(a for a in about if a))}</p>" if any(about) else "")
        )
        heading.setObjectName("delete_heading")
        heading.setWordWrap(True)
        what_happens = self.tr("What happens")
        happens = QLabel(
            f"<p><b>{html.escape(what_happens)}</b></p><ul style='margin-left:-20px'>"
            + "".join(
                f"<li>{html.escape(translate('sessions.delete_session_dialog', line))}</li>"
                for line in WHAT_HAPPENS
            )
            + "</ul>"
        )
        happens.setObjectName("delete_what_happens")
        happens.setWordWrap(True)

        caption = QLabel(self.tr("&Why is it deleted? (required, kept with it)"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName(REASON_FIELD)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        self.reason.setPlaceholderText(
            self.tr(
                "e.g. Recorded for the wrong client; the right record is on Sam Reid's timeline"
            )
        )
        caption.setBuddy(self.reason)
        field, self.reason_error = with_error_label(self.reason, REASON_FIELD)
        # A refusal shown stays only until the owner types again.
        self.reason.textChanged.connect(lambda: self._show_reason_problem(""))
        self.problem = QLabel()
        self.problem.setObjectName("delete_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.delete_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setText(self.tr("Delete session"))
        self.delete_button.setObjectName("confirm_delete_session")
        # Enter in the dialog must not delete: the owner clicks the button on purpose.
        self.delete_button.setAutoDefault(False)
        self.delete_button.setDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(happens)
        layout.addWidget(caption)
        layout.addLayout(field)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        """Delete with the reason typed; a refusal is shown here and nothing changes."""
        self._show_reason_problem("")
        self.problem.hide()
        try:
            self.deleted = session_cases.delete_session(
                self._db, self.session.id, self.reason.toPlainText()
            )
        except ValidationError as exc:
            self._show_reason_problem(next(iter(exc.fields.values())))
            return
        except UserError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.accept()

    def _show_reason_problem(self, message: str) -> None:
        if not message and self.reason_error.isHidden():
            return
        self.reason_error.setText(message)
        self.reason_error.setVisible(bool(message))
        self.reason.setStyleSheet(INVALID_STYLE if message else "")
        if message:
            self.reason.setFocus()
