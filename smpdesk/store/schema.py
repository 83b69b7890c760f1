"""The schema, as an append-only list of migrations.

Never edit or reorder a migration that has shipped: add a new one.  A new
file and an old one take the same path.  ``SCHEMA_VERSION`` (the number of
migrations) is written to ``PRAGMA user_version`` so an older smpdesk can
recognise a file it must not touch.

Write migrations with ``db.execute`` only: ``executescript`` (used by some
sqlite-utils helpers such as ``enable_fts``) commits the migration's open
transaction halfway.  The client search indexes are maintained by the store
(``store/clients.py``), not by triggers, since migration 0005.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

MIGRATION_SET = "smpdesk"

migrations = Migrations(MIGRATION_SET)

# (index table, indexed column, tokenizer): names and email by word prefix,
# phone digits by any run of three or more digits.
CLIENT_INDEXES = (
    ("clients_fts", "search_text", "unicode61 remove_diacritics 2"),
    ("clients_phone_fts", "phone_digits", "trigram"),
)


def create_client_fts_triggers(db: sqlite_utils.Database) -> None:
    """The triggers migration 0001 shipped with; 0005 drops them again.

    Kept only because a shipped migration is never edited.
    """
    for table, column, _ in CLIENT_INDEXES:
        for suffix in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        db.execute(
            f"""CREATE TRIGGER {table}_ai AFTER INSERT ON clients BEGIN
                 INSERT INTO {table} (rowid, {column}) VALUES (new.id, new.{column});
               END"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_ad AFTER DELETE ON clients BEGIN
                 INSERT INTO {table} ({table}, rowid, {column})
                 VALUES ('delete', old.id, old.{column});
               END"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_au AFTER UPDATE OF {column} ON clients BEGIN
                 INSERT INTO {table} ({table}, rowid, {column})
                 VALUES ('delete', old.id, old.{column});
                 INSERT INTO {table} (rowid, {column}) VALUES (new.id, new.{column});
               END"""
        )


@migrations(name="0001_clients")
def m0001_clients(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE clients (
             id INTEGER PRIMARY KEY,
             client_number TEXT NOT NULL UNIQUE,
             given_name TEXT NOT NULL,
             family_name TEXT NOT NULL,
             preferred_name TEXT NOT NULL DEFAULT '',
             date_of_birth TEXT,
             sex TEXT NOT NULL DEFAULT '',
             phone TEXT NOT NULL DEFAULT '',
             email TEXT NOT NULL DEFAULT '',
             address TEXT NOT NULL DEFAULT '',
             notes TEXT NOT NULL DEFAULT '',
             archived_at TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL,
             -- derived by the store on every write; used only for search/sort
             phone_digits TEXT NOT NULL DEFAULT '',
             family_key TEXT NOT NULL DEFAULT '',
             given_key TEXT NOT NULL DEFAULT '',
             search_text TEXT NOT NULL DEFAULT ''
           )"""
    )
    # archived_at leads so the everyday list (archived_at IS NULL, sorted by
    # name) is one covering-index scan with no sort step.
    db.execute("CREATE INDEX idx_clients_family ON clients (archived_at, family_key, given_key)")
    db.execute("CREATE INDEX idx_clients_given ON clients (archived_at, given_key, family_key)")
    for table, column, tokenizer in CLIENT_INDEXES:
        db.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5 ({column}, content='clients', "
            f"content_rowid='id', tokenize='{tokenizer}')"
        )
    create_client_fts_triggers(db)


@migrations(name="0002_sessions_settings_handouts")
def m0002_sessions_settings_handouts(db: sqlite_utils.Database) -> None:
    # One row per treatment session; the lot columns are indexed for recalls
    # ("who received pigment lot X?").
    db.execute(
        """CREATE TABLE sessions (
             id INTEGER PRIMARY KEY,
             client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
             session_date TEXT NOT NULL,
             start_time TEXT NOT NULL DEFAULT '',
             end_time TEXT NOT NULL DEFAULT '',
             session_type TEXT NOT NULL,
             practitioner TEXT NOT NULL DEFAULT '',
             areas TEXT NOT NULL DEFAULT '',
             pigment_brand TEXT NOT NULL DEFAULT '',
             pigment_shade TEXT NOT NULL DEFAULT '',
             dilution TEXT NOT NULL DEFAULT '',
             pigment_lot TEXT NOT NULL DEFAULT '',
             pigment_expiry TEXT NOT NULL DEFAULT '',
             diluent TEXT NOT NULL DEFAULT '',
             diluent_lot TEXT NOT NULL DEFAULT '',
             needle_config TEXT NOT NULL DEFAULT '',
             needle_diameter TEXT NOT NULL DEFAULT '',
             cartridge_lot TEXT NOT NULL DEFAULT '',
             machine TEXT NOT NULL DEFAULT '',
             machine_settings TEXT NOT NULL DEFAULT '',
             numbing_product TEXT NOT NULL DEFAULT '',
             duration_minutes INTEGER,
             skin_reaction TEXT NOT NULL DEFAULT '',
             pain_score INTEGER,
             complications TEXT NOT NULL DEFAULT '',
             notes TEXT NOT NULL DEFAULT '',
             next_appointment TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
           )"""
    )
    db.execute("CREATE INDEX idx_sessions_client ON sessions (client_id, session_date)")
    for column in ("pigment_lot", "diluent_lot", "cartridge_lot"):
        db.execute(f"CREATE INDEX idx_sessions_{column} ON sessions ({column} COLLATE NOCASE)")
    db.execute("CREATE INDEX idx_sessions_next ON sessions (next_appointment)")
    # Clinic settings as JSON values by key (clinic details, paper, intervals,
    # aftercare day counts). Never window state: that lives in QSettings.
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # Every aftercare sheet given: which care-plan version, when, printed or saved.
    db.execute(
        """CREATE TABLE handouts_given (
             id INTEGER PRIMARY KEY,
             client_id INTEGER REFERENCES clients(id) ON DELETE RESTRICT,
             session_id INTEGER REFERENCES sessions(id) ON DELETE RESTRICT,
             kind TEXT NOT NULL,
             content_version TEXT NOT NULL,
             -- sha256 of the care-plan file and the day counts used, so the log
             -- shows what the client was actually told even if nobody bumped
             -- the version
             content_hash TEXT NOT NULL DEFAULT '',
             day_counts TEXT NOT NULL DEFAULT '',
             action TEXT NOT NULL,
             paper TEXT NOT NULL,
             given_at TEXT NOT NULL
           )"""
    )
    db.execute("CREATE INDEX idx_handouts_session ON handouts_given (session_id)")


@migrations(name="0003_photos")
def m0003_photos(db: sqlite_utils.Database) -> None:
    # Metadata only: listing a client's photos never reads image bytes.
    db.execute(
        """CREATE TABLE photos (
             id INTEGER PRIMARY KEY,
             client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
             session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
             visit_date TEXT NOT NULL,
             angle TEXT NOT NULL DEFAULT 'other',
             consent TEXT NOT NULL DEFAULT 'clinical',
             captured_at TEXT,
             width INTEGER NOT NULL,
             height INTEGER NOT NULL,
             thumb_width INTEGER NOT NULL,
             thumb_height INTEGER NOT NULL,
             content_hash TEXT NOT NULL,
             source_name TEXT NOT NULL DEFAULT '',
             source_format TEXT NOT NULL,
             imported_at TEXT NOT NULL,
             UNIQUE (client_id, content_hash)
           )"""
    )
    db.execute("CREATE INDEX idx_photos_client ON photos (client_id, visit_date, angle)")
    db.execute("CREATE INDEX idx_photos_session ON photos (session_id)")
    # Bytes in their own tables; deleting the photo row deletes them too.
    db.execute(
        """CREATE TABLE photo_images (
             photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
             image BLOB NOT NULL
           )"""
    )
    db.execute(
        """CREATE TABLE photo_thumbnails (
             photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
             thumbnail BLOB NOT NULL
           )"""
    )


@migrations(name="0004_questionnaires")
def m0004_questionnaires(db: sqlite_utils.Database) -> None:
    # The exact text of every form file ever answered, by content hash: an old
    # response renders from the definition it was answered with, whatever the
    # clinic has since done to the file.
    db.execute(
        """CREATE TABLE form_definitions (
             sha256 TEXT PRIMARY KEY,
             form_id TEXT NOT NULL,
             version TEXT NOT NULL,
             title TEXT NOT NULL,
             source TEXT NOT NULL,
             stored_at TEXT NOT NULL
           )"""
    )
    db.execute(
        """CREATE TABLE responses (
             id INTEGER PRIMARY KEY,
             client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
             form_id TEXT NOT NULL,
             form_version TEXT NOT NULL,
             form_title TEXT NOT NULL,
             definition_sha256 TEXT NOT NULL REFERENCES form_definitions(sha256),
             answers TEXT NOT NULL,      -- JSON object: question id -> value
             flags TEXT NOT NULL,        -- JSON list of the flags raised at finishing
             started_at TEXT NOT NULL,
             completed_at TEXT NOT NULL,
             client_mode INTEGER NOT NULL DEFAULT 0
           )"""
    )
    db.execute("CREATE INDEX idx_responses_client ON responses (client_id, form_id, completed_at)")
    # The signed PDF record, kept byte for byte so a reprint is the same paper.
    db.execute(
        """CREATE TABLE response_documents (
             response_id INTEGER PRIMARY KEY REFERENCES responses(id) ON DELETE CASCADE,
             pdf BLOB NOT NULL,
             created_at TEXT NOT NULL
           )"""
    )
    db.execute(
        """CREATE TABLE response_drafts (
             id INTEGER PRIMARY KEY,
             client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
             form_id TEXT NOT NULL,
             definition_sha256 TEXT NOT NULL REFERENCES form_definitions(sha256),
             answers TEXT NOT NULL,
             page INTEGER NOT NULL DEFAULT 0,
             client_mode INTEGER NOT NULL DEFAULT 0,
             started_at TEXT NOT NULL,
             updated_at TEXT NOT NULL,
             UNIQUE (client_id, form_id)
           )"""
    )
    # Why a session went ahead despite a do-not-treat flag, and which flags.
    db.execute(
        """CREATE TABLE session_overrides (
             session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
             reason TEXT NOT NULL,
             flags TEXT NOT NULL,
             created_at TEXT NOT NULL
           )"""
    )


@migrations(name="0005_search_index_without_triggers")
def m0005_search_index_without_triggers(db: sqlite_utils.Database) -> None:
    # Connections now run with trusted_schema=OFF, which (rightly) forbids a
    # trigger from writing to a virtual table: a trigger in a crafted file
    # must never reach one.  The store keeps the two search indexes in step
    # itself, in the same transaction as the client row (store/clients.py).
    for table, _column, _tokenizer in CLIENT_INDEXES:
        for suffix in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")


@migrations(name="0006_staff_and_audit")
def m0006_staff_and_audit(db: sqlite_utils.Database) -> None:
    # Staff accounts of a protected clinic.  Their passwords are not here: each
    # one wraps the clinic's data key in the key file beside the database, so
    # the role (here, inside the encrypted file) cannot be raised by editing it.
    db.execute(
        """CREATE TABLE staff (
             id INTEGER PRIMARY KEY,
             login TEXT NOT NULL UNIQUE,
             display_name TEXT NOT NULL,
             role TEXT NOT NULL CHECK (role IN ('owner', 'practitioner', 'reception')),
             disabled INTEGER NOT NULL DEFAULT 0,
             pin_hash TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
           )"""
    )
    # Who did what, and who was refused.  client_id has no foreign key: the
    # trail outlives the record it speaks of.  No health data in it: the
    # action names a use case, never a value.
    db.execute(
        """CREATE TABLE audit_log (
             id INTEGER PRIMARY KEY,
             at TEXT NOT NULL,
             staff_id INTEGER,
             staff_name TEXT NOT NULL DEFAULT '',
             action TEXT NOT NULL,
             client_id INTEGER,
             outcome TEXT NOT NULL CHECK (outcome IN ('done', 'refused'))
           )"""
    )
    db.execute("CREATE INDEX idx_audit_client ON audit_log (client_id, id)")
    # Who created and who last changed each record (a staff id; NULL before
    # the clinic was protected).
    for table in ("clients", "sessions", "photos", "responses"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_by INTEGER")
        db.execute(f"ALTER TABLE {table} ADD COLUMN changed_by INTEGER")


@migrations(name="0007_audit_chain")
def m0007_audit_chain(db: sqlite_utils.Database) -> None:
    # Tamper-evident: each entry carries the hash of the one before it, so a row
    # deleted, edited or slipped in breaks the chain (store/audit.py verifies it),
    # and triggers refuse UPDATE and DELETE outright.  Entries written before this
    # migration are chained now, in id order.
    from smpdesk.store.audit import entry_hash

    db.execute("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''")
    previous = ""
    rows = db.execute(
        "SELECT id, at, staff_id, staff_name, action, client_id, outcome FROM audit_log ORDER BY id"
    ).fetchall()
    for entry_id, at, staff_id, staff_name, action, client_id, outcome in rows:
        digest = entry_hash(
            entry_id, at, staff_id, staff_name, action, client_id, outcome, previous
        )
        db.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
            [previous, digest, entry_id],
        )
        previous = digest
    for verb in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log
               BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"""
        )


@migrations(name="0008_session_versions")
def m0008_session_versions(db: sqlite_utils.Database) -> None:
    # A session's earlier versions: an edit (or a booking) never overwrites what was
    # recorded.  ``details`` is the session's fields as they were, as JSON; who replaced
    # them and when.  No foreign key: the history outlives the session.
    db.execute(
        """CREATE TABLE session_versions (
             id INTEGER PRIMARY KEY,
             session_id INTEGER NOT NULL,
             version INTEGER NOT NULL,
             details TEXT NOT NULL,
             replaced_at TEXT NOT NULL,
             replaced_by INTEGER,
             UNIQUE (session_id, version)
           )"""
    )


@migrations(name="0009_client_versions")
def m0009_client_versions(db: sqlite_utils.Database) -> None:
    # A client's earlier details, as for sessions: an edit never overwrites them.
    db.execute(
        """CREATE TABLE client_versions (
             id INTEGER PRIMARY KEY,
             client_id INTEGER NOT NULL,
             version INTEGER NOT NULL,
             details TEXT NOT NULL,
             replaced_at TEXT NOT NULL,
             replaced_by INTEGER,
             UNIQUE (client_id, version)
           )"""
    )


@migrations(name="0010_sealed_responses")
def m0010_sealed_responses(db: sqlite_utils.Database) -> None:
    # Signed means sealed (issue 14).  A change to a signed response is a new
    # version that replaces it (``supersedes``: the id of the one it replaces; a
    # draft started as a new version carries it until it is finished), and at most
    # one version replaces each.  ``signed_times`` is when each signature was drawn
    # (JSON, question id -> time; "{}" for responses finished before this).
    # ``content_sha256`` seals a response that carries a signature or a PDF record:
    # see smpdesk/questionnaire/sealing.py for exactly what it covers.
    from smpdesk.store.responses import seal_existing

    db.execute("ALTER TABLE responses ADD COLUMN supersedes INTEGER")
    db.execute("ALTER TABLE responses ADD COLUMN signed_times TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE responses ADD COLUMN content_sha256 TEXT")
    db.execute("ALTER TABLE response_drafts ADD COLUMN supersedes INTEGER")
    db.execute(
        "CREATE UNIQUE INDEX idx_responses_supersedes ON responses (supersedes) "
        "WHERE supersedes IS NOT NULL"
    )
    # Responses signed before this migration are sealed now, from what is stored
    # today, so from now on any change to them (or to their PDF) is found by
    # `smpdesk check`; a change made before this moment cannot be told apart.
    seal_existing(db)
    # No UPDATE of a sealed response, of a signed PDF record or of a stored form
    # wording.  DELETE stays possible: erasing a client removes their responses.
    db.execute(
        """CREATE TRIGGER responses_sealed_no_update BEFORE UPDATE ON responses
           WHEN old.content_sha256 IS NOT NULL
           BEGIN SELECT RAISE(ABORT, 'a signed response is sealed; start a new version'); END"""
    )
    db.execute(
        """CREATE TRIGGER response_documents_no_update BEFORE UPDATE ON response_documents
           BEGIN SELECT RAISE(ABORT, 'a signed record is sealed'); END"""
    )
    db.execute(
        """CREATE TRIGGER form_definitions_no_update BEFORE UPDATE ON form_definitions
           BEGIN SELECT RAISE(ABORT, 'a stored form wording never changes'); END"""
    )


@migrations(name="0011_photo_versions_and_session_deletion")
def m0011_photo_versions_and_session_deletion(db: sqlite_utils.Database) -> None:
    # A photo's earlier tags (visit date, angle, consent, session) as JSON, as for sessions:
    # a retag or a marketing withdrawal never overwrites them.  ``kind`` says which change
    # replaced them ('edit', 'marketing withdrawn').  No foreign key: the history outlives
    # an edit; erasure finds the rows by photo_id and client_id.
    db.execute(
        """CREATE TABLE photo_versions (
             id INTEGER PRIMARY KEY,
             photo_id INTEGER NOT NULL,
             client_id INTEGER NOT NULL,
             version INTEGER NOT NULL,
             details TEXT NOT NULL,
             kind TEXT NOT NULL DEFAULT 'edit',
             replaced_at TEXT NOT NULL,
             replaced_by INTEGER,
             UNIQUE (photo_id, version)
           )"""
    )
    db.execute("CREATE INDEX idx_photo_versions_client ON photo_versions (client_id)")
    # Deleting a session is an owner's act with a typed reason, and nothing is erased: the
    # row stays, marked, and every ordinary read leaves it out (store/sessions.py).
    db.execute("ALTER TABLE sessions ADD COLUMN deleted_at TEXT")
    db.execute("ALTER TABLE sessions ADD COLUMN deleted_by INTEGER")
    db.execute("ALTER TABLE sessions ADD COLUMN deleted_reason TEXT")
    # Which change replaced a session's version: 'edit' (an edit or a booking), 'deleted'.
    db.execute("ALTER TABLE session_versions ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit'")


@migrations(name="0012_erasure_register")
def m0012_erasure_register(db: sqlite_utils.Database) -> None:
    # Clients erased at their request (GDPR Art. 17): ids only, never a name.  The erased
    # row's created_at goes with its id because ids are reused (INTEGER PRIMARY KEY without
    # AUTOINCREMENT): a restored backup is cleaned of exactly that client, never of a later
    # one given the same number.  The same register is kept in a file beside the clinic
    # (infra/erasure_register.py), since a restore replaces this table with an older one.
    # (The retention period is a setting, in the settings table: no column for it.)
    db.execute(
        """CREATE TABLE erasure_register (
             id INTEGER PRIMARY KEY,
             client_id INTEGER NOT NULL,
             client_created_at TEXT NOT NULL,
             erased_at TEXT NOT NULL,
             erased_by INTEGER,
             reason TEXT NOT NULL,
             UNIQUE (client_id, client_created_at)
           )"""
    )


@migrations(name="0013_lot_keys_and_due_dates")
def m0013_lot_keys_and_due_dates(db: sqlite_utils.Database) -> None:
    # Indexed lot recall and follow-ups (issue 15).
    #
    # Lot recall: each lot column's normalised key (store.sessions.lot_key: letters and
    # digits, NFKC, case-folded; NULL when nothing is left), on sessions and on their
    # earlier versions, so "who received lot X", also "changed later to...", is an index
    # probe.  The keys are plain BINARY text, so a prefix is a range on the same indexes.
    # The store writes them with every session and version (Unicode rules are Python's).
    from smpdesk.domain.clinic_settings import UNREADABLE, settings_from_stored
    from smpdesk.domain.session_details import DEFAULT_FOLLOW_UP_DAYS
    from smpdesk.store.sessions import lot_key
    from smpdesk.store.settings import stored_settings

    lot_columns = ("pigment_lot", "diluent_lot", "cartridge_lot")
    for table in ("sessions", "session_versions"):
        for column in lot_columns:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column}_key TEXT")
    db.conn.create_function(
        "smpdesk_m0013_lot_key",
        1,
        lambda lot: lot_key(str(lot) if lot else "") or None,
        deterministic=True,
    )
    db.execute(
        "UPDATE sessions SET "
        + ", ".join(f"{c}_key = smpdesk_m0013_lot_key({c})" for c in lot_columns)
        + " WHERE "
        + " OR ".join(f"{c} != ''" for c in lot_columns)
    )
    db.execute(
        "UPDATE session_versions SET "
        + ", ".join(
            f"{c}_key = smpdesk_m0013_lot_key(json_extract(details, '$.{c}'))" for c in lot_columns
        )
        + " WHERE json_valid(details)"
    )
    for table in ("sessions", "session_versions"):
        for column in lot_columns:
            db.execute(
                f"CREATE INDEX idx_{table}_{column}_key ON {table} ({column}_key) "
                f"WHERE {column}_key IS NOT NULL"
            )

    # Follow-ups: ``follow_up_due`` is set on exactly one session per active client, their
    # latest live one (not deleted), to the date their next visit is due: the booked
    # appointment's date, else the session's date plus the clinic's interval for its kind
    # (``follow_up_intervals``, kept equal to the settings by store.sessions; 21 days for
    # a kind it does not list, as before).  Every other session holds NULL, so the partial
    # index is the follow-up list in due order.  Triggers keep it in the same statement as
    # any write that changes who is latest, a date, a kind, an appointment, a deletion or an
    # archiving, wherever that write comes from (the session store, archiving a client,
    # erasure); they use only built-in functions and plain tables.
    db.execute(
        """CREATE TABLE follow_up_intervals (
             session_type TEXT PRIMARY KEY,
             days INTEGER NOT NULL
           )"""
    )
    settings = settings_from_stored(stored_settings(db, unreadable=UNREADABLE))
    db.conn.executemany(
        "INSERT INTO follow_up_intervals (session_type, days) VALUES (?, ?)",
        list((settings.follow_up_days or DEFAULT_FOLLOW_UP_DAYS).items()),
    )
    db.execute("ALTER TABLE sessions ADD COLUMN follow_up_due TEXT")
    due = (
        "coalesce(date(substr(sessions.next_appointment, 1, 10)), date(sessions.session_date, "
        "'+' || coalesce((SELECT i.days FROM follow_up_intervals i "
        "WHERE i.session_type = sessions.session_type), 21) || ' days'))"
    )

    def refresh(client: str) -> str:
        """The due date on ``client``'s latest live session if they are active; NULL on the
        others (only rows that hold one, or may now, are written)."""
        latest = f"""(SELECT l.id FROM sessions l
                       WHERE l.client_id = {client} AND l.deleted_at IS NULL
                       ORDER BY l.session_date DESC, l.start_time DESC, l.id DESC LIMIT 1)"""
        return f"""UPDATE sessions SET follow_up_due = CASE
                     WHEN sessions.id = {latest}
                      AND (SELECT c.archived_at FROM clients c WHERE c.id = {client}) IS NULL
                     THEN {due} END
                   WHERE sessions.client_id = {client}
                     AND (sessions.follow_up_due IS NOT NULL OR sessions.id = {latest})"""

    db.execute(
        f"""UPDATE sessions SET follow_up_due = {due} WHERE sessions.id IN (
              SELECT (SELECT l.id FROM sessions l WHERE l.client_id = c.id
                      AND l.deleted_at IS NULL
                      ORDER BY l.session_date DESC, l.start_time DESC, l.id DESC LIMIT 1)
              FROM clients c WHERE c.archived_at IS NULL)"""
    )
    db.execute(
        "CREATE INDEX idx_sessions_follow_up ON sessions (follow_up_due) "
        "WHERE follow_up_due IS NOT NULL"
    )
    db.execute(
        f"""CREATE TRIGGER sessions_follow_up_insert AFTER INSERT ON sessions
            BEGIN {refresh("new.client_id")}; END"""
    )
    db.execute(
        f"""CREATE TRIGGER sessions_follow_up_update AFTER UPDATE OF client_id, session_date,
              start_time, session_type, next_appointment, deleted_at ON sessions
            BEGIN
              {refresh("new.client_id")};
              {refresh("old.client_id")} AND old.client_id != new.client_id;
            END"""
    )
    db.execute(
        f"""CREATE TRIGGER sessions_follow_up_delete AFTER DELETE ON sessions
            BEGIN {refresh("old.client_id")}; END"""
    )
    db.execute(
        f"""CREATE TRIGGER clients_follow_up_archive AFTER UPDATE OF archived_at ON clients
            BEGIN {refresh("new.id")}; END"""
    )


@migrations(name="0014_space_reclaimed")
def m0014_space_reclaimed(db: sqlite_utils.Database) -> None:
    # Space given back, and backups only when something changed (issue 15).
    #
    # The file turns to auto_vacuum=INCREMENTAL through a VACUUM, which cannot run inside
    # this migration's transaction: store/space.py does it after the migrations (at once
    # for a small file, behind a progress box for a big one), and the file's header is the
    # record that it was done.  A new file has the mode from its first page.
    #
    # The change mark: every insert, update or delete in any table but the audit trail sets
    # ``change_mark.mark`` to a new random number, in the same statement, whoever writes
    # (the window, a worker, the command line, a migration).  Each verified backup notes
    # the mark it copied, so closing the window backs up only when the mark moved.  Random
    # rather than counted: a restored older backup counting up again could meet the count
    # of a later backup; a new random number meets an old one once in 2**64.  A table a
    # later migration adds takes the same three triggers (a test checks every table has).
    db.execute(
        """CREATE TABLE change_mark (
             id INTEGER PRIMARY KEY CHECK (id = 1),
             mark INTEGER NOT NULL
           )"""
    )
    db.execute("INSERT INTO change_mark (id, mark) VALUES (1, random())")
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL")]
    unmarked = {"audit_log", "change_mark", "_sqlite_migrations"}
    for name, _sql in rows:
        # FTS indexes (and their shadow tables) change only with the clients table.
        if name in unmarked or any(name == v or name.startswith(f"{v}_") for v in virtual):
            continue
        for event, suffix in (("INSERT", "ai"), ("UPDATE", "au"), ("DELETE", "ad")):
            db.execute(
                f"""CREATE TRIGGER change_mark_{name}_{suffix} AFTER {event} ON [{name}] BEGIN
                     UPDATE change_mark SET mark = random() WHERE id = 1;
                   END"""
            )


@migrations(name="0015_seals_in_the_audit_chain")
def m0015_seals_in_the_audit_chain(db: sqlite_utils.Database) -> None:
    # A signed record's content hash is unkeyed, so it is also vouched for by an entry in
    # the audit trail's hash chain (a forger who recomputes the hash cannot rewrite the
    # chain without breaking it).  ``detail`` holds ids and hashes only; entries without
    # one keep the hash they were chained with (store/audit.py entry_hash).
    from smpdesk.store.responses import anchor_existing_seals

    db.execute("ALTER TABLE audit_log ADD COLUMN detail TEXT NOT NULL DEFAULT ''")
    anchor_existing_seals(db)


@migrations(name="0016_client_merges")
def m0016_client_merges(db: sqlite_utils.Database) -> None:
    # Duplicate clients found on saving, and merged (issue 16).
    #
    # A merged-away client stays as a tombstone row: ``merged_into`` names the client it
    # was merged into (a self-reference, so erasing that client finds the tombstone and,
    # through it, everything still filed under it: smpdesk/store/erasure.py follows
    # foreign keys), ``merged_at`` when.  Signed responses cannot move (their seal covers
    # the client id, and a trigger refuses any UPDATE of a sealed row), so they stay
    # filed under the tombstone and the readers follow ``merged_into`` (store/merge.py).
    db.execute("ALTER TABLE clients ADD COLUMN merged_into INTEGER REFERENCES clients(id)")
    db.execute("ALTER TABLE clients ADD COLUMN merged_at TEXT")
    db.execute(
        "CREATE INDEX idx_clients_merged_into ON clients (merged_into) "
        "WHERE merged_into IS NOT NULL"
    )
    # Duplicate checks on every save are index probes: family name with date of birth,
    # the phone's last nine digits (so +44 7700 900123 meets 07700 900123; a country code
    # or trunk 0 falls outside them), and the email (stored lower-cased).
    db.execute(
        "CREATE INDEX idx_clients_dob_family ON clients (date_of_birth, family_key) "
        "WHERE date_of_birth IS NOT NULL"
    )
    db.execute(
        "CREATE INDEX idx_clients_phone_tail ON clients (substr(phone_digits, -9)) "
        "WHERE phone_digits != ''"
    )
    db.execute("CREATE INDEX idx_clients_email_key ON clients (email) WHERE email != ''")


@migrations(name="0017_follow_up_outcomes")
def m0017_follow_up_outcomes(db: sqlite_utils.Database) -> None:
    # Follow-up outcomes (issue 16): "called", "left a message", "booked", "not returning"
    # and "snoozed until", each with a note, who and when.  A history: rows are only ever
    # added (a trigger refuses an UPDATE).  An outcome belongs to the session the client
    # was listed for, so a client who comes back (a newer session) is listed again
    # whatever was recorded before, and a merge that moves sessions takes them along.
    #
    # ``hidden_until`` is what the outcome does to the list: NULL for none, the snooze
    # date, or 9999-12-31 for "not returning".  ``follow_up_latest`` holds each session's
    # newest outcome (kept by a trigger in the same statement, whoever writes), so the
    # list stays one indexed query: one primary-key probe per listed row, and the hidden
    # ones are counted from the small partial index on ``hidden_until``.
    db.execute(
        """CREATE TABLE follow_up_outcomes (
             id INTEGER PRIMARY KEY,
             session_id INTEGER NOT NULL REFERENCES sessions(id),
             outcome TEXT NOT NULL CHECK (outcome IN
               ('called', 'left_message', 'booked', 'not_returning', 'snoozed')),
             note TEXT NOT NULL DEFAULT '',
             snooze_until TEXT,
             hidden_until TEXT,
             recorded_by INTEGER,
             recorded_by_name TEXT NOT NULL DEFAULT '',
             recorded_at TEXT NOT NULL
           )"""
    )
    db.execute("CREATE INDEX idx_follow_up_outcomes_session ON follow_up_outcomes (session_id, id)")
    db.execute(
        """CREATE TABLE follow_up_latest (
             session_id INTEGER PRIMARY KEY REFERENCES sessions(id),
             outcome_id INTEGER NOT NULL REFERENCES follow_up_outcomes(id),
             hidden_until TEXT
           )"""
    )
    db.execute(
        "CREATE INDEX idx_follow_up_latest_hidden ON follow_up_latest (hidden_until) "
        "WHERE hidden_until IS NOT NULL"
    )
    db.execute(
        """CREATE TRIGGER follow_up_outcomes_latest AFTER INSERT ON follow_up_outcomes BEGIN
             INSERT INTO follow_up_latest (session_id, outcome_id, hidden_until)
             VALUES (new.session_id, new.id, new.hidden_until)
             ON CONFLICT (session_id) DO UPDATE SET
               outcome_id = excluded.outcome_id, hidden_until = excluded.hidden_until;
           END"""
    )
    db.execute(
        """CREATE TRIGGER follow_up_outcomes_kept BEFORE UPDATE ON follow_up_outcomes BEGIN
             SELECT RAISE(ABORT, 'follow-up outcomes are a history: add one, change none');
           END"""
    )
    for name in ("follow_up_outcomes", "follow_up_latest"):
        for event, suffix in (("INSERT", "ai"), ("UPDATE", "au"), ("DELETE", "ad")):
            db.execute(
                f"""CREATE TRIGGER change_mark_{name}_{suffix} AFTER {event} ON [{name}] BEGIN
                     UPDATE change_mark SET mark = random() WHERE id = 1;
                   END"""
            )


@migrations(name="0018_patch_tests")
def m0018_patch_tests(db: sqlite_utils.Database) -> None:
    # Patch tests (issue 16): pigment put on a small patch of skin and read days later;
    # a negative reading is what lets a practitioner close a known-allergy flag.
    # Versioned like a signed record: a reading added later, or a correction, is a new
    # row naming the one it ``replaces`` (at most one each: a chain), with its reason;
    # a trigger refuses any change of what was recorded (a merge may still move a
    # record to another client: ``client_id`` is the one column left out of it).
    db.execute(
        """CREATE TABLE patch_tests (
             id INTEGER PRIMARY KEY,
             client_id INTEGER NOT NULL REFERENCES clients(id),
             replaces INTEGER REFERENCES patch_tests(id),
             applied_on TEXT NOT NULL,
             pigment TEXT NOT NULL DEFAULT '',
             lot TEXT NOT NULL DEFAULT '',
             area TEXT NOT NULL DEFAULT '',
             result TEXT NOT NULL CHECK (result IN
               ('pending', 'negative', 'positive', 'inconclusive')),
             read_on TEXT,
             read_by TEXT NOT NULL DEFAULT '',
             notes TEXT NOT NULL DEFAULT '',
             reason TEXT NOT NULL DEFAULT '',
             recorded_by INTEGER,
             recorded_at TEXT NOT NULL,
             CHECK ((result = 'pending') = (read_on IS NULL))
           )"""
    )
    db.execute("CREATE INDEX idx_patch_tests_client ON patch_tests (client_id, id)")
    db.execute(
        "CREATE UNIQUE INDEX idx_patch_tests_replaces ON patch_tests (replaces) "
        "WHERE replaces IS NOT NULL"
    )
    db.execute(
        """CREATE TRIGGER patch_tests_kept BEFORE UPDATE OF id, replaces, applied_on, pigment,
             lot, area, result, read_on, read_by, notes, reason, recorded_by, recorded_at
             ON patch_tests BEGIN
             SELECT RAISE(ABORT, 'patch tests are versioned: record a new version instead');
           END"""
    )
    for event, suffix in (("INSERT", "ai"), ("UPDATE", "au"), ("DELETE", "ad")):
        db.execute(
            f"""CREATE TRIGGER change_mark_patch_tests_{suffix} AFTER {event} ON patch_tests
                 BEGIN UPDATE change_mark SET mark = random() WHERE id = 1; END"""
        )


@migrations(name="0019_search_substrings")
def m0019_search_substrings(db: sqlite_utils.Database) -> None:
    # Search inside names too ("athen" finds Bråthen; issue 16): a trigram index of the
    # same folded ``search_text`` the word index holds (so accents and Ł/ø fold alike),
    # kept by store/clients.py beside the others and filled here from every client.
    # Trigrams need three characters: shorter words still match word starts only.  The
    # text is folded already, so the tokenizer needs no diacritics option (which would
    # need SQLite 3.45: ordinary tools with an older SQLite could not read the file).
    db.execute(
        "CREATE VIRTUAL TABLE clients_trigram_fts USING fts5 (search_text, content='clients', "
        "content_rowid='id', tokenize='trigram')"
    )
    db.execute("INSERT INTO clients_trigram_fts (clients_trigram_fts) VALUES ('rebuild')")


@migrations(name="0020_designs")
def m0020_designs(db: sqlite_utils.Database) -> None:
    # Hairline designs (issue 17).  Each save is a new version row (``version`` counts
    # per client, not unique: a merge brings the other record's versions along as they
    # were numbered; ``replaces`` names the one it was drawn from); the description is JSON
    # in normalised coordinates of the base (smpdesk.domain.designs), with the preview as
    # it was rendered when saved, so what a client approved never changes however the
    # renderer does later.  Approval (the client's signature) is set once: a trigger
    # refuses any change of what was saved, and any change of an approval once given.
    db.execute(
        """CREATE TABLE designs (
             id INTEGER PRIMARY KEY,
             client_id INTEGER NOT NULL REFERENCES clients(id),
             version INTEGER NOT NULL CHECK (version >= 1),
             replaces INTEGER REFERENCES designs(id),
             base_photo_id INTEGER,
             data TEXT NOT NULL,
             preview BLOB NOT NULL,
             thumbnail BLOB NOT NULL,
             created_by INTEGER,
             created_by_name TEXT NOT NULL DEFAULT '',
             created_at TEXT NOT NULL,
             approved_at TEXT,
             approved_signature BLOB,
             approved_name TEXT NOT NULL DEFAULT '',
             CHECK ((approved_at IS NULL) = (approved_signature IS NULL))
           )"""
    )
    db.execute("CREATE INDEX idx_designs_client ON designs (client_id, version)")
    db.execute(
        """CREATE TRIGGER designs_kept BEFORE UPDATE OF id, version, replaces, base_photo_id,
             data, preview, thumbnail, created_by, created_by_name, created_at ON designs
             BEGIN
             SELECT RAISE(ABORT, 'designs are versioned: save a new version instead');
           END"""
    )
    db.execute(
        """CREATE TRIGGER designs_approved_once BEFORE UPDATE OF approved_at,
             approved_signature, approved_name ON designs WHEN OLD.approved_at IS NOT NULL
             BEGIN
             SELECT RAISE(ABORT, 'an approved design stays as the client signed it');
           END"""
    )
    # Two landmarks marked on a photo (e.g. the inner corners of the brows), in
    # normalised coordinates, so a before/after pair lines up (issue 17).
    db.execute(
        """CREATE TABLE photo_landmarks (
             photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
             points TEXT NOT NULL,
             set_by INTEGER,
             set_at TEXT NOT NULL
           )"""
    )
    for table in ("designs", "photo_landmarks"):
        for event, suffix in (("INSERT", "ai"), ("UPDATE", "au"), ("DELETE", "ad")):
            db.execute(
                f"""CREATE TRIGGER change_mark_{table}_{suffix} AFTER {event} ON {table}
                     BEGIN UPDATE change_mark SET mark = random() WHERE id = 1; END"""
            )


@migrations(name="0021_payments")
def m0021_payments(db: sqlite_utils.Database) -> None:
    # Money taken (issue 18): one row per entry, in integer minor units with its
    # currency.  Every entry (a payment, a refund, a void) takes the next receipt
    # number: taken inside the write transaction as the largest + 1, and unique, so
    # numbers never repeat or skip however many windows or scripts write at once (SQLite
    # serialises writers).  Nothing is edited or deleted: a mistake is a void (a new
    # entry naming the one it cancels, with its reason; one void per entry), a refund a
    # negative entry naming the payment it returns.  The books outlive a client's
    # erasure: ``client_id`` is then set to NULL (no name, no health data stays), the
    # one change the trigger allows besides a merge moving the entry.
    db.execute(
        """CREATE TABLE payments (
             id INTEGER PRIMARY KEY,
             receipt_number INTEGER NOT NULL UNIQUE CHECK (receipt_number >= 1),
             client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
             entry TEXT NOT NULL CHECK (entry IN ('payment', 'refund', 'void')),
             kind TEXT NOT NULL,
             method TEXT NOT NULL,
             amount_minor INTEGER NOT NULL,
             currency TEXT NOT NULL CHECK (length(currency) = 3),
             refers_to INTEGER REFERENCES payments(id),
             reason TEXT NOT NULL DEFAULT '',
             note TEXT NOT NULL DEFAULT '',
             taken_by INTEGER,
             taken_by_name TEXT NOT NULL DEFAULT '',
             taken_at TEXT NOT NULL,
             day TEXT NOT NULL,
             CHECK ((entry = 'payment') = (refers_to IS NULL)),
             CHECK ((entry = 'payment') = (amount_minor > 0)),
             CHECK (entry = 'payment' OR reason != '')
           )"""
    )
    db.execute("CREATE INDEX idx_payments_client ON payments (client_id, id)")
    db.execute("CREATE INDEX idx_payments_day ON payments (day, id)")
    db.execute(
        "CREATE UNIQUE INDEX idx_payments_voided ON payments (refers_to) WHERE entry = 'void'"
    )
    db.execute(
        "CREATE INDEX idx_payments_refers ON payments (refers_to) WHERE refers_to IS NOT NULL"
    )
    db.execute(
        """CREATE TRIGGER payments_kept BEFORE UPDATE OF id, receipt_number, entry, kind,
             method, amount_minor, currency, refers_to, reason, note, taken_by,
             taken_by_name, taken_at, day ON payments BEGIN
             SELECT RAISE(ABORT, 'payments are never edited: void or refund instead');
           END"""
    )
    db.execute(
        """CREATE TRIGGER payments_not_deleted BEFORE DELETE ON payments BEGIN
             SELECT RAISE(ABORT, 'payments are never deleted: void or refund instead');
           END"""
    )
    for event, suffix in (("INSERT", "ai"), ("UPDATE", "au"), ("DELETE", "ad")):
        db.execute(
            f"""CREATE TRIGGER change_mark_payments_{suffix} AFTER {event} ON payments
                 BEGIN UPDATE change_mark SET mark = random() WHERE id = 1; END"""
        )


@migrations(name="0022_payments_tax_and_erasure")
def m0022_payments_tax_and_erasure(db: sqlite_utils.Database) -> None:
    # Issue 18 review.  (1) A receipt reprinted later must say what it said when the
    # money was taken: each entry keeps the tax rate (decimal text, '' = none) and the
    # tax's name in force then, never the settings of the day of the reprint.
    # (2) Erasing a client must leave no free text that may name them: the one change
    # allowed besides ``client_id`` (erasure, merge) is blanking the note and replacing
    # the reason by '(erased)' with ``client_id`` set to NULL; every other change, and
    # any change to the new columns, is still refused.
    db.execute("ALTER TABLE payments ADD COLUMN tax_rate_percent TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE payments ADD COLUMN tax_name TEXT NOT NULL DEFAULT ''")
    db.execute("DROP TRIGGER payments_kept")
    db.execute(
        """CREATE TRIGGER payments_kept BEFORE UPDATE OF id, receipt_number, entry, kind,
             method, amount_minor, currency, refers_to, reason, note, taken_by,
             taken_by_name, taken_at, day, tax_rate_percent, tax_name ON payments
           WHEN NOT (
             new.client_id IS NULL AND new.note = '' AND new.reason = '(erased)'
             AND new.id = old.id AND new.receipt_number = old.receipt_number
             AND new.entry = old.entry AND new.kind = old.kind AND new.method = old.method
             AND new.amount_minor = old.amount_minor AND new.currency = old.currency
             AND new.refers_to IS old.refers_to AND new.taken_by IS old.taken_by
             AND new.taken_by_name = old.taken_by_name AND new.taken_at = old.taken_at
             AND new.day = old.day AND new.tax_rate_percent = old.tax_rate_percent
             AND new.tax_name = old.tax_name
           )
           BEGIN
             SELECT RAISE(ABORT, 'payments are never edited: void or refund instead');
           END"""
    )


@migrations(name="0023_treatment_plans")
def m0023_treatment_plans(db: sqlite_utils.Database) -> None:
    # Treatment plans and their quotes (issue 18).  Versioned like designs: each save a
    # new immutable row (``replaces`` the one it was edited from), the sessions, prices,
    # discount, tax and deposit as JSON in integer minor units with the currency, the
    # totals in columns for lists; the client accepts one version by signing, once.
    db.execute(
        """CREATE TABLE plans (
             id INTEGER PRIMARY KEY,
             client_id INTEGER NOT NULL REFERENCES clients(id),
             version INTEGER NOT NULL CHECK (version >= 1),
             replaces INTEGER REFERENCES plans(id),
             design_id INTEGER REFERENCES designs(id),
             data TEXT NOT NULL,
             currency TEXT NOT NULL CHECK (length(currency) = 3),
             total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
             deposit_minor INTEGER NOT NULL CHECK (deposit_minor >= 0),
             valid_until TEXT NOT NULL,
             created_by INTEGER,
             created_by_name TEXT NOT NULL DEFAULT '',
             created_at TEXT NOT NULL,
             accepted_at TEXT,
             accepted_signature BLOB,
             accepted_name TEXT NOT NULL DEFAULT '',
             CHECK ((accepted_at IS NULL) = (accepted_signature IS NULL))
           )"""
    )
    db.execute("CREATE INDEX idx_plans_client ON plans (client_id, version)")
    db.execute(
        """CREATE TRIGGER plans_kept BEFORE UPDATE OF id, version, replaces, design_id, data,
             currency, total_minor, deposit_minor, valid_until, created_by, created_by_name,
             created_at ON plans BEGIN
             SELECT RAISE(ABORT, 'plans are versioned: save a new version instead');
           END"""
    )
    db.execute(
        """CREATE TRIGGER plans_accepted_once BEFORE UPDATE OF accepted_at,
             accepted_signature, accepted_name ON plans WHEN OLD.accepted_at IS NOT NULL
             BEGIN
             SELECT RAISE(ABORT, 'an accepted plan stays as the client signed it');
           END"""
    )
    for event, suffix in (("INSERT", "ai"), ("UPDATE", "au"), ("DELETE", "ad")):
        db.execute(
            f"""CREATE TRIGGER change_mark_plans_{suffix} AFTER {event} ON plans
                 BEGIN UPDATE change_mark SET mark = random() WHERE id = 1; END"""
        )


@migrations(name="0024_import_batches")
def m0024_import_batches(db: sqlite_utils.Database) -> None:
    # Clients brought in from a spreadsheet (issue 19): one row per import, naming the
    # range of client ids it added (one transaction: ids first..last, nothing else between),
    # so the whole batch can be undone.  An undone batch stays, with ``undone_at``: its
    # ids are never given out again (store/clients.py insert_clients reads the last one).
    # The file's name only, never its folder; counts, never names.
    db.execute(
        """CREATE TABLE import_batches (
             id INTEGER PRIMARY KEY,
             file_name TEXT NOT NULL DEFAULT '',
             imported_at TEXT NOT NULL,
             imported_by INTEGER,
             first_client_id INTEGER,
             last_client_id INTEGER,
             count INTEGER NOT NULL CHECK (count >= 0),
             undone_at TEXT,
             undone_by INTEGER,
             CHECK ((count = 0) = (first_client_id IS NULL)),
             CHECK (last_client_id IS NULL OR last_client_id - first_client_id + 1 = count)
           )"""
    )
    for event, suffix in (("INSERT", "ai"), ("UPDATE", "au"), ("DELETE", "ad")):
        db.execute(
            f"""CREATE TRIGGER change_mark_import_batches_{suffix} AFTER {event}
                 ON import_batches
                 BEGIN UPDATE change_mark SET mark = random() WHERE id = 1; END"""
        )


@migrations(name="0025_client_language")
def m0025_client_language(db: sqlite_utils.Database) -> None:
    # The language a client's own papers are written in (issue 20): an ISO 639-1 code
    # from smpdesk.domain.languages, or '' for the clinic's own.  The aftercare sheet
    # reads it; `handout --language` overrides it for one sheet.  No index: nothing
    # searches or sorts by it.
    db.execute("ALTER TABLE clients ADD COLUMN language TEXT NOT NULL DEFAULT ''")


def count_migrations(migration_set: Migrations) -> int:
    """How many migrations a set holds (read from the set: asking an empty database which
    are pending would load all of sqlite-utils at every start, see smpdesk/_lean_imports.py)."""
    from smpdesk.store.schema_check import migration_names

    return len(migration_names(migration_set))


# After the last migration: every one above counts.
SCHEMA_VERSION = count_migrations(migrations)
