"""The client approves one design version by signing for it.

The client looks at the preview, reads the sentence they confirm, checks their
name and signs on the same pad as the consent form
(:class:`~smpdesk.gui.questionnaires.signature_pad.SignaturePad`).  Approval is
final: :func:`smpdesk.app.designs.approve_design` stores the signature once and
an approved version is never changed again (a change is a new version, which is
signed for in its turn).  The consent form's own declaration ("I chose the
hairline, shade and placement, and I am happy with them") then points to a
design the client has actually seen and signed.
"""

from __future__ import annotations

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app import designs as design_cases
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.designs.preview_window import ScaledPicture
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.widgets.sign_off import SignOff

#: What the client confirms, in the consent form's words ("I chose the hairline,
#: shade and placement, and I am happy with them"), tied to the version they see.
STATEMENT = QT_TRANSLATE_NOOP(
    "designs.approve_dialog",
    "I have seen this design (version {version}) and its preview. It is the hairline, shade "
    "and placement I chose together with my practitioner, and I am happy with them. I "
    "understand the preview is a simulation: the healed result varies with skin, sun and "
    "aftercare.",
)
FINAL_NOTE = QT_TRANSLATE_NOOP(
    "designs.approve_dialog",
    "Signing approves this version for good: it cannot be changed afterwards. Any change is "
    "saved as a new version, to be approved again.",
)


class ApproveDialog(QDialog):
    """Preview, statement, name and signature; "Approve and sign" stores them (final)."""

    def __init__(self, db: Clinic, design_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approve_design_dialog")
        self._db = db
        self.design_id = design_id
        self.approved: design_cases.DesignRecord | None = None
        self.record = design_cases.get_design(db, design_id)
        self.setWindowTitle(
            self.tr("Approve design version {version}").format(version=self.record.version)
        )

        self.picture = ScaledPicture()
        self.picture.setObjectName("approve_preview")
        pixmap = QPixmap()
        pixmap.loadFromData(design_cases.design_preview(db, design_id))
        self.picture.set_picture(pixmap)

        client = client_cases.get_client(db, self.record.client_id)
        self.sign_off = SignOff(
            "approve",
            self.tr("Your SMP design"),
            translate("designs.approve_dialog", STATEMENT).format(version=self.record.version),
            translate("designs.approve_dialog", FINAL_NOTE),
            self.tr("Approve and sign"),
            name=client.full_name if client is not None else "",
        )
        self.statement = self.sign_off.statement
        self.name = self.sign_off.name
        self.pad = self.sign_off.pad
        self.problem = self.sign_off.problem
        self.approve_button = self.sign_off.sign_button
        self.sign_off.buttons.accepted.connect(self.approve)
        self.sign_off.buttons.rejected.connect(self.reject)

        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.sign_off)
        fit_to_screen(self, 1180, 700)

    def approve(self) -> None:
        signed = self.sign_off.signed()
        if signed is None:
            self.sign_off.complain(
                self.tr("Type your name and sign in the box to approve the design.")
            )
            return
        name, png = signed
        try:
            self.approved = design_cases.approve_design(self._db, self.design_id, png, name)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Design not approved"), str(exc))
            return
        self.accept()


__all__ = ["FINAL_NOTE", "STATEMENT", "ApproveDialog"]
