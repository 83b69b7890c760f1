"""Who may run which use case: one table, checked in one place, with the audit trail.

Every use case a front may call is a function of ``app/`` decorated with
:func:`use_case`.  The decorator looks its rule up in :data:`RULES` when the
module is imported, so a new use case without a rule fails at once (and the
permission matrix test lists every use case against every role).  At each
call it checks the signed-in staff member's role *before* the use case runs,
so a refused call loads nothing, and it writes the audit entry: who, which
use case, which client, done or refused.

On a clinic that is not protected yet (no staff accounts: ``clinic.staff``
is None) everything is allowed, as it was before accounts existed; the
entries then name nobody.
"""

from __future__ import annotations

import functools
import inspect
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from smpdesk.domain.staff import CLINICAL, EVERYONE, OWNER_ONLY, ROLE_NAMES, Role, Staff
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    import sqlite_utils

    from smpdesk.app.clinic import Clinic

P = ParamSpec("P")
R = TypeVar("R")


class AccessRefused(UserError):
    """The signed-in staff member's role does not allow this; nothing was read or changed."""


@dataclass(frozen=True)
class Rule:
    roles: frozenset[Role]
    # Written to the audit trail when done (refusals always are).  Reads of a
    # client's clinical record are; list and search reads, which run on every
    # keystroke, are not.
    audit: bool = False
    what: str = ""  # for a refusal: "see medical answers", "restore a backup"
    # A look at records on screen: noted once a minute per person and client, without
    # waiting for the disk.  Everything else audited (changes, exports, PDF saves,
    # prints) is noted every time, flushed.
    read: bool = False


def _rule(roles: frozenset[Role], what: str, *, audit: bool = False, read: bool = False) -> Rule:
    return Rule(roles, audit, what, read)


# One line per use case: module.function -> who may run it.
RULES: dict[str, Rule] = {
    # clients: reception finds, adds and edits contact details.
    "clients.add_client": _rule(EVERYONE, "add a client", audit=True),
    "clients.update_client": _rule(EVERYONE, "change a client's details", audit=True),
    "clients.archive_client": _rule(CLINICAL, "archive a client", audit=True),
    "clients.restore_client": _rule(CLINICAL, "restore an archived client", audit=True),
    "clients.require_client": _rule(EVERYONE, "open a client"),
    "clients.get_client": _rule(EVERYONE, "open a client"),
    "clients.count_clients": _rule(EVERYONE, "count clients"),
    "clients.list_rows": _rule(EVERYONE, "list clients"),
    "clients.search_client_ids": _rule(EVERYONE, "search clients"),
    # Issue 15, search and back to the list: a client's row found by key; reading ahead.
    "clients.locate_client": _rule(EVERYONE, "list clients"),
    "clients.prepare_search": _rule(EVERYONE, "search clients"),
    # Issue 16 (H7), search inside names: the list's second look, for everyone who searches.
    "client_search.substring_client_ids": _rule(EVERYONE, "search clients"),
    # Issue 16 (H7), patch tests: recorded and read by clinical staff; reception sees only
    # that one exists and its date (no result: DOMAIN.md, "Who may see what").
    "patch_tests.record_patch_test": _rule(CLINICAL, "record a patch test", audit=True),
    "patch_tests.client_patch_tests": _rule(
        CLINICAL, "see patch test results", audit=True, read=True
    ),
    "patch_tests.patch_test_versions": _rule(
        CLINICAL, "see patch test results", audit=True, read=True
    ),
    "patch_tests.patch_test_dates": _rule(EVERYONE, "see patch test dates"),
    "clients.client_versions": _rule(
        CLINICAL, "see a client's earlier details", audit=True, read=True
    ),
    # Issue 16 (H3), duplicates and merge: anyone saving a client is told of a likely
    # duplicate (name, date of birth, phone: what reception sees anyway); only clinical
    # staff merge.  The merge writes its own two entries (one per client, both ids) inside
    # its transaction, on any clinic, so the rule does not add a third.
    "clients.possible_duplicates": _rule(EVERYONE, "add a client"),
    "clients.duplicate_pairs": _rule(EVERYONE, "list clients"),
    "clients.merged_into": _rule(EVERYONE, "open a client"),
    "clients.merge_clients": _rule(CLINICAL, "merge two clients' records"),
    # sessions: clinical, except the dates reception books by.
    "sessions.record_session": _rule(CLINICAL, "record a session", audit=True),
    "sessions.update_session": _rule(CLINICAL, "change a session", audit=True),
    "sessions.new_session_defaults": _rule(CLINICAL, "record a session"),
    "sessions.client_sessions": _rule(CLINICAL, "see treatment details", audit=True, read=True),
    "sessions.get_session": _rule(CLINICAL, "see treatment details"),
    "sessions.latest_session": _rule(CLINICAL, "see treatment details"),
    "sessions.sessions_on": _rule(CLINICAL, "see treatment details"),
    "sessions.sessions_with_lot": _rule(CLINICAL, "run a lot recall", audit=True, read=True),
    "sessions.used_values": _rule(CLINICAL, "record a session"),
    "sessions.session_override": _rule(CLINICAL, "see treatment details"),
    "sessions.session_versions": _rule(CLINICAL, "see treatment details", audit=True, read=True),
    "sessions.edited_session_ids": _rule(CLINICAL, "see treatment details"),
    "sessions.handouts_for_session": _rule(EVERYONE, "see which sheets were given"),
    "sessions.visits": _rule(EVERYONE, "see a client's visits"),
    "sessions.visits_on": _rule(EVERYONE, "see the day's visits"),
    "sessions.book_appointment": _rule(EVERYONE, "book an appointment", audit=True),
    "follow_ups.due_follow_ups": _rule(EVERYONE, "see follow-ups"),
    # Issue 15, follow-ups and lot recall: the list a page at a time, and its counts.
    "follow_ups.due_follow_ups_page": _rule(EVERYONE, "see follow-ups"),
    "follow_ups.due_counts": _rule(EVERYONE, "see follow-ups"),
    # Issue 16 (H5), follow-up outcomes and lists on paper: reception phones clients too;
    # each outcome and each export or print of a list is noted in the trail.
    "follow_ups.record_outcome": _rule(EVERYONE, "record a follow-up outcome", audit=True),
    "follow_ups.outcome_history": _rule(EVERYONE, "see follow-ups"),
    "follow_ups.follow_ups_csv": _rule(EVERYONE, "export the follow-up list", audit=True),
    "follow_ups.follow_ups_pdf": _rule(EVERYONE, "print the follow-up list", audit=True),
    # Issue 16 (H5), lot recall by prefix or part, printed and exported: clinical, as the
    # recall search always was (the list says who was treated with what).
    "lot_recall.find_lot": _rule(CLINICAL, "run a lot recall", audit=True, read=True),
    "lot_recall.recall_csv": _rule(CLINICAL, "export a lot recall list", audit=True),
    "lot_recall.recall_pdf": _rule(CLINICAL, "print a lot recall list", audit=True),
    # photos: clinical only.
    "photos.import_photos": _rule(CLINICAL, "import photos", audit=True),
    "photos.client_photos": _rule(CLINICAL, "see photos", audit=True, read=True),
    "photos.get_photo": _rule(CLINICAL, "see photos"),
    "photos.photo_image": _rule(CLINICAL, "see photos"),
    "photos.photo_jpeg": _rule(CLINICAL, "see photos"),
    "photos.photo_thumbnails": _rule(CLINICAL, "see photos"),
    "photos.comparison_jpeg": _rule(CLINICAL, "see photos"),
    "photos.export_photo": _rule(CLINICAL, "export a photo", audit=True),
    "photos.retag": _rule(CLINICAL, "change photo details", audit=True),
    "photos.delete_photo": _rule(CLINICAL, "delete a photo", audit=True),
    # questionnaires: answers are clinical; reception sees statuses and one line.
    "questionnaires.form_statuses": _rule(EVERYONE, "see which forms are done"),
    "questionnaires.booking_caution": _rule(EVERYONE, "see booking cautions"),
    "questionnaires.hand_over_problem": _rule(EVERYONE, "hand a form to a client"),
    "questionnaires.save_client_draft": _rule(EVERYONE, "hand a form to a client"),
    "questionnaires.stored_definition": _rule(CLINICAL, "see medical answers"),
    "questionnaires.draft_for": _rule(CLINICAL, "see medical answers"),
    "questionnaires.get_draft": _rule(CLINICAL, "see medical answers"),
    "questionnaires.client_drafts": _rule(CLINICAL, "see medical answers"),
    "questionnaires.resume": _rule(CLINICAL, "see medical answers"),
    "questionnaires.save_draft": _rule(CLINICAL, "fill in a form"),
    "questionnaires.discard_draft": _rule(CLINICAL, "discard a form", audit=True),
    "questionnaires.finish": _rule(CLINICAL, "sign off a form", audit=True),
    "questionnaires.client_responses": _rule(
        CLINICAL, "see medical answers", audit=True, read=True
    ),
    "questionnaires.get_response": _rule(CLINICAL, "see medical answers"),
    # issue 20: a translated response's language and the clinic's own wording beside it.
    "questionnaires.answered_in": _rule(CLINICAL, "see medical answers"),
    "questionnaires.clinic_form": _rule(CLINICAL, "see medical answers"),
    "questionnaires.open_response": _rule(CLINICAL, "see medical answers", audit=True, read=True),
    "questionnaires.consent_record": _rule(CLINICAL, "see a consent record", audit=True),
    "questionnaires.client_flags": _rule(CLINICAL, "see contraindications"),
    "questionnaires.do_not_treat": _rule(CLINICAL, "see contraindications"),
    "questionnaires.latest_answer": _rule(CLINICAL, "see medical answers"),
    "questionnaires.photo_consent": _rule(CLINICAL, "see photo consent"),
    "questionnaires.withdraw_marketing_consent": _rule(
        CLINICAL, "change photo consent", audit=True
    ),
    # signed means sealed (issue 14): a change after signing is a new version, signed again.
    "questionnaires.start_new_version": _rule(
        CLINICAL, "start a new version of a signed form", audit=True
    ),
    # aftercare: reception prints sheets, personal and blank.
    "aftercare.aftercare_pdf": _rule(EVERYONE, "print an aftercare sheet"),
    "aftercare.record_aftercare_given": _rule(EVERYONE, "print an aftercare sheet", audit=True),
    # issue 16 item 11 (H6): a day's sheets as one PDF, printed or saved in one go.
    "aftercare.aftercare_pdfs_for_day": _rule(EVERYONE, "print the day's aftercare sheets"),
    # the clinic: settings are the owner's; everyone reads the clinic's details.
    "clinic.save_settings": _rule(OWNER_ONLY, "change the clinic's settings", audit=True),
    # backups: everyone's work is backed up; copies leaving the clinic and restores are the owner's.
    "backups.back_up": _rule(EVERYONE, "back up the clinic", audit=True),
    "backups.back_up_to_file": _rule(OWNER_ONLY, "copy the clinic to a file", audit=True),
    "backups.export_encrypted": _rule(OWNER_ONLY, "export the clinic", audit=True),
    "backups.authorize_restore": _rule(OWNER_ONLY, "restore or import a backup", audit=True),
    "backups.note_restored": _rule(OWNER_ONLY, "restore or import a backup", audit=True),
    # Backup at close (issue 15, H9): whoever closes the window; only when records changed.
    "backups.backup_due_at_close": _rule(EVERYONE, "back up the clinic"),
    # staff accounts and the audit log.
    "staff.list_staff": _rule(OWNER_ONLY, "manage staff accounts"),
    "staff.add_staff": _rule(OWNER_ONLY, "manage staff accounts", audit=True),
    "staff.change_staff": _rule(OWNER_ONLY, "manage staff accounts", audit=True),
    "staff.reset_password": _rule(OWNER_ONLY, "reset a password", audit=True),
    "staff.change_own_password": _rule(EVERYONE, "change your password", audit=True),
    "staff.set_own_pin": _rule(EVERYONE, "set your PIN", audit=True),
    "staff.new_recovery_key": _rule(OWNER_ONLY, "make a new recovery key", audit=True),
    "staff.recovery_sheet_pdf": _rule(OWNER_ONLY, "print the recovery sheet"),
    "staff.audit_log": _rule(OWNER_ONLY, "read the audit log"),
    "staff.verify_audit": _rule(OWNER_ONLY, "check the audit log"),
    # Edit history (issue 14): photo tag history; deleting a session is the owner's, with a
    # reason, and the deleted session stays in the client's history.
    "photos.photo_versions": _rule(CLINICAL, "see a photo's history", audit=True, read=True),
    "photos.edited_photo_ids": _rule(CLINICAL, "see photos"),
    "sessions.delete_session": _rule(OWNER_ONLY, "delete a session", audit=True),
    "sessions.deleted_sessions": _rule(CLINICAL, "see treatment details", audit=True, read=True),
    # A client's own data (issue 14): the export holds medical answers and photos.
    "client_export.export_client": _rule(CLINICAL, "export a client's data", audit=True),
    # Erasure and retention (issue 14): the owner's alone.  The audit entry is "client N
    # erased by X"; the reason goes into the erasure register (ids only), not the trail.
    "erasure.erasure_preview": _rule(OWNER_ONLY, "erase a client"),
    "erasure.erase_client": _rule(OWNER_ONLY, "erase a client", audit=True),
    "retention.clients_past_retention": _rule(
        OWNER_ONLY, "see the clients past the retention period"
    ),
    # Issue 16, H2 (session dialog): the records a session needs on file; reception books and
    # sees who else is booked near that time (names and times only).
    "sessions.missing_records": _rule(CLINICAL, "record a session"),
    "sessions.booking_clashes": _rule(EVERYONE, "book an appointment"),
    # Issue 17 (H6), aligned before/after: the two marks on a photo are clinical like the
    # photo; marking and clearing them is noted, reading them (each compare) is not.
    "photos.set_photo_landmarks": _rule(CLINICAL, "mark landmarks on a photo", audit=True),
    "photos.clear_photo_landmarks": _rule(CLINICAL, "mark landmarks on a photo", audit=True),
    "photos.photo_landmarks": _rule(CLINICAL, "see photos"),
    # Issue 17 (H3), designs: drawn, shown, exported and signed by clinical staff; reception
    # may know only that a design exists and when one was last approved.  Saving, the
    # client's approval and every export are noted; the list is a look at the record.
    "designs.save_design": _rule(CLINICAL, "save a hairline design", audit=True),
    "designs.approve_design": _rule(CLINICAL, "record a design's approval", audit=True),
    "designs.client_designs": _rule(CLINICAL, "see hairline designs", audit=True, read=True),
    "designs.design_exists": _rule(EVERYONE, "see that a design exists"),
    "designs.get_design": _rule(CLINICAL, "see hairline designs"),
    "designs.design_thumbnail": _rule(CLINICAL, "see hairline designs"),
    "designs.design_preview": _rule(CLINICAL, "see hairline designs"),
    "designs.design_signature": _rule(CLINICAL, "see hairline designs"),
    "designs.approved_design": _rule(CLINICAL, "see hairline designs"),
    "designs.approved_version": _rule(CLINICAL, "see hairline designs"),
    "designs.design_areas": _rule(CLINICAL, "record a session"),
    "designs.base_image": _rule(CLINICAL, "see photos"),
    "designs.render_design": _rule(CLINICAL, "see hairline designs"),
    "designs.design_jpeg": _rule(CLINICAL, "export a design image", audit=True),
    "designs.export_design": _rule(CLINICAL, "export a design image", audit=True),
    # Issue 18 (P2), payments: the desk takes payments and prints receipts; only the owner
    # voids, refunds and sees a day's takings.  Every entry and every file is noted.
    "payments.record_payment": _rule(EVERYONE, "take a payment", audit=True),
    "payments.void_payment": _rule(OWNER_ONLY, "void a payment", audit=True),
    "payments.refund_payment": _rule(OWNER_ONLY, "refund a payment", audit=True),
    "payments.client_payments": _rule(EVERYONE, "see a client's payments"),
    "payments.client_balance": _rule(EVERYONE, "see a client's payments"),
    "payments.get_payment": _rule(EVERYONE, "see a client's payments"),
    "payments.receipt_pdf": _rule(EVERYONE, "print a receipt", audit=True),
    "payments.payments_on": _rule(OWNER_ONLY, "see the day's takings"),
    "payments.takings": _rule(OWNER_ONLY, "see the day's takings"),
    "payments.takings_pdf": _rule(OWNER_ONLY, "print the day's takings", audit=True),
    "payments.takings_csv": _rule(OWNER_ONLY, "export the day's takings", audit=True),
    # Issue 18 (Q1), treatment plans and quotes: drafted, saved, signed and printed by
    # clinical staff; the desk sees the totals, the deposit and what is due (to take it).
    "plans.draft_for_client": _rule(CLINICAL, "draft a treatment plan"),
    "plans.save_plan": _rule(CLINICAL, "save a treatment plan", audit=True),
    "plans.accept_plan": _rule(CLINICAL, "record a plan's acceptance", audit=True),
    "plans.client_plans": _rule(EVERYONE, "see a client's plans"),
    "plans.get_plan": _rule(CLINICAL, "see treatment plans", audit=True, read=True),
    "plans.plan_signature": _rule(CLINICAL, "see treatment plans"),
    "plans.accepted_plan": _rule(CLINICAL, "see a client's plans"),
    "plans.plan_balance": _rule(EVERYONE, "see a client's plans"),
    "plans.quote_pdf": _rule(CLINICAL, "print a quote", audit=True),
    "plans.export_quote": _rule(CLINICAL, "save a quote", audit=True),
    # Issue 18 (R1), the clinic's numbers: business figures, the owner's alone; files
    # made from them go to the audit trail.
    "reports.clinic_reports": _rule(OWNER_ONLY, "see the clinic's reports"),
    "reports.reports_pdf": _rule(OWNER_ONLY, "print the clinic's reports", audit=True),
    "reports.reports_csv": _rule(OWNER_ONLY, "export the clinic's reports", audit=True),
    # Issue 19 (H1), bringing clients in: the owner reads a file, tries it, imports it
    # as one batch and may undo a batch; an import and its undo are audited.
    "client_import.read_import_file": _rule(OWNER_ONLY, "import clients"),
    "client_import.plan_import": _rule(OWNER_ONLY, "import clients"),
    "client_import.import_clients": _rule(OWNER_ONLY, "import clients", audit=True),
    "client_import.import_batches": _rule(OWNER_ONLY, "see the imports of clients"),
    "client_import.undo_import": _rule(OWNER_ONLY, "undo an import of clients", audit=True),
    # Issue 19 (H2), the client list to CSV or .xlsx: whoever sees the list may take it
    # away (contact details only, never notes).  The use case writes its own entry, with
    # how many clients and the format (a bulk copy leaving the app), so the rule does not.
    "client_list_export.export_client_list": _rule(EVERYONE, "export the client list"),
}


def may(clinic: Clinic, name: str) -> bool:
    """May the person signed in to ``clinic`` run the use case ``name``?

    Only a clinic handle says who that is: a bare database (a test or a
    script that skipped ``open_clinic``) is a mistake, refused loudly.
    """
    if not hasattr(clinic, "staff"):
        raise TypeError("use cases take the clinic handle from smpdesk.app.clinic.open_clinic")
    staff = clinic.staff
    return staff is None or staff.role in RULES[name].roles


def refusal(clinic: Clinic, name: str) -> str:
    """The one sentence refusing ``name`` to the person signed in (its template kept, so
    that the window says it in its language)."""
    staff = clinic.staff
    whole = _REFUSALS.get((RULES[name].what, staff.role)) if staff is not None else None
    if whole is not None:
        from smpdesk.errors import Sentence

        return Sentence(whole)
    role = ROLE_NAMES[staff.role].lower() if staff is not None else ""
    who = (
        "a practitioner or the clinic's owner"
        if Role.PRACTITIONER in RULES[name].roles
        else "the clinic's owner"
    )
    return f"A {role} account cannot {RULES[name].what}; ask {who} to do it."


def refusal_of(clinic: Clinic, name: str) -> AccessRefused:
    """The refusal of ``name`` as the error to raise."""
    from smpdesk.errors import said

    template, values = said(refusal(clinic, name))
    return AccessRefused(template, **values)


# One whole sentence for each refusal (issue 20): what a role may not do, and whom to ask.
_REFUSALS: dict[tuple[str, Role], str] = {
    ("archive a client", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot archive a client; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("change a session", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot change a session; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("change photo consent", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot change photo consent; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("change photo details", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot change photo details; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("change the clinic's settings", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot change the clinic's settings; "
        "ask the clinic's owner to do it.",
    ),
    ("change the clinic's settings", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot change the clinic's settings; ask the clinic's owner to do it.",
    ),
    ("check the audit log", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot check the audit log; ask the clinic's owner to do it.",
    ),
    ("check the audit log", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot check the audit log; ask the clinic's owner to do it.",
    ),
    ("copy the clinic to a file", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot copy the clinic to a file; ask the clinic's owner to do it.",
    ),
    ("copy the clinic to a file", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot copy the clinic to a file; ask the clinic's owner to do it.",
    ),
    ("delete a photo", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot delete a photo; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("delete a session", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot delete a session; ask the clinic's owner to do it.",
    ),
    ("delete a session", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot delete a session; ask the clinic's owner to do it.",
    ),
    ("discard a form", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot discard a form; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("draft a treatment plan", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot draft a treatment plan; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("erase a client", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot erase a client; ask the clinic's owner to do it.",
    ),
    ("erase a client", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot erase a client; ask the clinic's owner to do it.",
    ),
    ("export a client's data", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot export a client's data; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("export a design image", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot export a design image; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("export a lot recall list", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot export a lot recall list; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("export a photo", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot export a photo; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("export the clinic", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot export the clinic; ask the clinic's owner to do it.",
    ),
    ("export the clinic", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot export the clinic; ask the clinic's owner to do it.",
    ),
    ("export the clinic's reports", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot export the clinic's reports; "
        "ask the clinic's owner to do it.",
    ),
    ("export the clinic's reports", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot export the clinic's reports; ask the clinic's owner to do it.",
    ),
    ("export the day's takings", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot export the day's takings; ask the clinic's owner to do it.",
    ),
    ("export the day's takings", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot export the day's takings; ask the clinic's owner to do it.",
    ),
    ("fill in a form", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot fill in a form; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("import clients", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot import clients; ask the clinic's owner to do it.",
    ),
    ("import clients", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot import clients; ask the clinic's owner to do it.",
    ),
    ("import photos", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot import photos; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("make a new recovery key", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot make a new recovery key; ask the clinic's owner to do it.",
    ),
    ("make a new recovery key", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot make a new recovery key; ask the clinic's owner to do it.",
    ),
    ("manage staff accounts", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot manage staff accounts; ask the clinic's owner to do it.",
    ),
    ("manage staff accounts", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot manage staff accounts; ask the clinic's owner to do it.",
    ),
    ("mark landmarks on a photo", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot mark landmarks on a photo; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("merge two clients' records", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot merge two clients' records; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("print a lot recall list", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot print a lot recall list; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("print a quote", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot print a quote; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("print the clinic's reports", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot print the clinic's reports; "
        "ask the clinic's owner to do it.",
    ),
    ("print the clinic's reports", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot print the clinic's reports; ask the clinic's owner to do it.",
    ),
    ("print the day's takings", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot print the day's takings; ask the clinic's owner to do it.",
    ),
    ("print the day's takings", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot print the day's takings; ask the clinic's owner to do it.",
    ),
    ("print the recovery sheet", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot print the recovery sheet; ask the clinic's owner to do it.",
    ),
    ("print the recovery sheet", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot print the recovery sheet; ask the clinic's owner to do it.",
    ),
    ("read the audit log", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot read the audit log; ask the clinic's owner to do it.",
    ),
    ("read the audit log", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot read the audit log; ask the clinic's owner to do it.",
    ),
    ("record a design's approval", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot record a design's approval; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("record a patch test", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot record a patch test; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("record a plan's acceptance", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot record a plan's acceptance; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("record a session", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot record a session; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("refund a payment", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot refund a payment; ask the clinic's owner to do it.",
    ),
    ("refund a payment", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot refund a payment; ask the clinic's owner to do it.",
    ),
    ("reset a password", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot reset a password; ask the clinic's owner to do it.",
    ),
    ("reset a password", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot reset a password; ask the clinic's owner to do it.",
    ),
    ("restore an archived client", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot restore an archived client; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("restore or import a backup", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot restore or import a backup; "
        "ask the clinic's owner to do it.",
    ),
    ("restore or import a backup", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot restore or import a backup; ask the clinic's owner to do it.",
    ),
    ("run a lot recall", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot run a lot recall; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("save a hairline design", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot save a hairline design; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("save a quote", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot save a quote; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("save a treatment plan", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot save a treatment plan; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see a client's earlier details", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see a client's earlier details; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see a client's plans", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see a client's plans; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see a consent record", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see a consent record; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see a photo's history", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see a photo's history; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see contraindications", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see contraindications; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see hairline designs", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see hairline designs; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see medical answers", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see medical answers; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see patch test results", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see patch test results; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see photo consent", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see photo consent; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see photos", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see photos; ask a practitioner or the clinic's owner to do it.",
    ),
    ("see the clients past the retention period", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot see the clients past the retention period; "
        "ask the clinic's owner to do it.",
    ),
    ("see the clients past the retention period", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see the clients past the retention period; "
        "ask the clinic's owner to do it.",
    ),
    ("see the clinic's reports", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot see the clinic's reports; ask the clinic's owner to do it.",
    ),
    ("see the clinic's reports", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see the clinic's reports; ask the clinic's owner to do it.",
    ),
    ("see the day's takings", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot see the day's takings; ask the clinic's owner to do it.",
    ),
    ("see the day's takings", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see the day's takings; ask the clinic's owner to do it.",
    ),
    ("see the imports of clients", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot see the imports of clients; "
        "ask the clinic's owner to do it.",
    ),
    ("see the imports of clients", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see the imports of clients; ask the clinic's owner to do it.",
    ),
    ("see treatment details", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see treatment details; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("see treatment plans", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot see treatment plans; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("sign off a form", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot sign off a form; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("start a new version of a signed form", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot start a new version of a signed form; "
        "ask a practitioner or the clinic's owner to do it.",
    ),
    ("undo an import of clients", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot undo an import of clients; ask the clinic's owner to do it.",
    ),
    ("undo an import of clients", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot undo an import of clients; ask the clinic's owner to do it.",
    ),
    ("void a payment", Role.PRACTITIONER): QT_TRANSLATE_NOOP(
        "core",
        "A practitioner account cannot void a payment; ask the clinic's owner to do it.",
    ),
    ("void a payment", Role.RECEPTION): QT_TRANSLATE_NOOP(
        "core",
        "A reception account cannot void a payment; ask the clinic's owner to do it.",
    ),
}


def _client_of(
    clinic: Clinic, signature: inspect.Signature, args: tuple[object, ...], kwargs: dict
) -> int | None:
    """Which client an entry is about: the client_id argument, else the client of the
    session, photo, response, design, payment or plan named (ids only, looked up; never a
    value of the record)."""
    try:
        bound = signature.bind_partial(None, *args, **kwargs).arguments
    except TypeError:
        return None
    value = bound.get("client_id")
    if isinstance(value, int):
        return value
    from smpdesk.store.audit import client_of_record

    for argument, table in (
        ("session_id", "sessions"),
        ("photo_id", "photos"),
        ("response_id", "responses"),
        ("design_id", "designs"),
        ("payment_id", "payments"),
        ("plan_id", "plans"),
    ):
        record = bound.get(argument)
        if isinstance(record, int):
            return client_of_record(clinic, table, record)
    return None


class SIGNED_IN:
    """``audit(who=...)`` left out: the entry is by the person signed in."""


def audit(
    clinic: Clinic,
    action: str,
    client_id: int | None,
    outcome: str,
    *,
    who: Staff | type[SIGNED_IN] | None = SIGNED_IN,
    at: str | None = None,
    flush: bool = True,
) -> None:
    """Append one entry, by the person signed in unless ``who`` names someone (or None,
    nobody: a wrong password for a name that is no account)."""
    from smpdesk.store import audit as audit_store

    staff = clinic.staff if isinstance(who, type) else who  # SIGNED_IN: the default
    audit_store.append(
        clinic,
        staff_id=staff.id if staff is not None else None,
        staff_name=staff.display_name if staff is not None else "",
        action=action,
        client_id=client_id,
        outcome=outcome,
        at=at,
        flush=flush,
    )


READ_NOTED_FOR_S = 60.0  # a page opened, its tabs filled, read again: one entry each


def _newly_read(clinic: Clinic, name: str, client_id: int | None) -> bool:
    """True the first time this person reads this in a minute (and remembers it)."""
    staff = clinic.staff
    assert staff is not None
    now = time.monotonic()
    recent = clinic.recent_reads
    if len(recent) > 1000:  # a long day: forget the old ones
        for key in [k for k, at in recent.items() if now - at >= READ_NOTED_FOR_S]:
            del recent[key]
    key = (staff.id, name, client_id)
    at = recent.get(key)
    if at is not None and now - at < READ_NOTED_FOR_S:
        return False
    recent[key] = now
    return True


def use_case(fn: Callable[Concatenate[Clinic, P], R]) -> Callable[Concatenate[Clinic, P], R]:
    """Check the rule for ``fn`` before it runs and write its audit entry."""
    return _guard(f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}", fn)


def passed_on(
    module: str, fn: Callable[Concatenate[sqlite_utils.Database, P], R]
) -> Callable[Concatenate[Clinic, P], R]:
    """A store read offered to the fronts as it is, behind the rule ``module.<its name>``."""
    return _guard(f"{module}.{fn.__name__}", fn)


def _guard(
    name: str,
    fn: Callable[Concatenate[Clinic, P], R] | Callable[Concatenate[sqlite_utils.Database, P], R],
) -> Callable[Concatenate[Clinic, P], R]:
    if name not in RULES:
        raise LookupError(f"{name} is a use case without a rule in smpdesk.app.access.RULES")
    rule = RULES[name]
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def guarded(clinic: Clinic, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if not may(clinic, name):
            audit(clinic, name, _client_of(clinic, signature, args, kwargs), "refused")
            raise refusal_of(clinic, name)
        result = fn(clinic, *args, **kwargs)
        if rule.audit and clinic.staff is not None:
            client_id = _client_of(clinic, signature, args, kwargs)
            # A look at records need not wait for the disk, and the same look by the same
            # person a moment ago is not noted again; anything else is noted every time.
            if not rule.read:
                audit(clinic, name, client_id, "done")
            elif _newly_read(clinic, name, client_id):
                audit(clinic, name, client_id, "done", flush=False)
        return result

    guarded.use_case = name  # type: ignore[attr-defined]
    return guarded


__all__ = ["RULES", "AccessRefused", "Rule", "audit", "may", "passed_on", "refusal", "use_case"]
