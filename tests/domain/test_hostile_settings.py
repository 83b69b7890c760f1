"""A damaged settings row must not stop the clinic: defaults, one plain warning each.

Settings are JSON rows in the database file, which a script, a sync tool or an
older/newer smpdesk may have written.  Whatever is there, the sheets, the
follow-up list, backups and the window still work, with the setting's default
and a sentence saying which setting was unreadable.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from smpdesk.app.clinic import load_settings, open_clinic
from smpdesk.cli import main
from smpdesk.domain.aftercare import AftercareDays
from smpdesk.domain.clinic_settings import ClinicSettings
from smpdesk.errors import UserError

DEFAULTS = ClinicSettings()

# (setting key, raw text stored in the row, ClinicSettings field, words in the warning)
CASES = [
    ("backup.keep", "[1, 2]", "backup_keep", "backup-keeping rule"),
    ("backup.keep", '{"daily": "seven"}', "backup_keep", "backup-keeping rule"),
    ("backup.keep", '{"daily": 0}', "backup_keep", "backup-keeping rule"),
    ("follow_up_days", '"every month"', "follow_up_days", "follow-up intervals"),
    ("follow_up_days", '{"first": -3}', "follow_up_days", "follow-up intervals"),
    ("follow_up_days", '{"first": true}', "follow_up_days", "follow-up intervals"),
    ("clinic.name", '{"a": 1}', "name", "clinic name"),
    ("clinic.name", json.dumps("N" * 5000), "name", "clinic name"),
    ("clinic.name", '"ab\\ud800cd"', "name", "clinic name"),  # a lone surrogate
    ("clinic.address", "[]", "address", "clinic address"),
    ("clinic.phone", "7", "phone", "clinic phone number"),
    ("clinic.email", "null", "email", "clinic email address"),
    ("paper", "42", "paper", "paper size"),
    ("paper", '"A5"', "paper", "paper size"),
    ("date_style", '"martian"', "date_style", "date style"),
    ("backup.warn_days", '"abc"', "backup_warn_days", "backup warning"),
    ("backup.warn_days", "1e308", "backup_warn_days", "backup warning"),
    ("aftercare_days", '{"keep_dry": 99999999999999999999}', "aftercare_days", "aftercare day"),
    ("aftercare_days", '{"keep_dry": -4}', "aftercare_days", "aftercare day"),
    ("aftercare_days", '{"keep_dry": true}', "aftercare_days", "aftercare day"),
    ("aftercare_days", '{"keep_dry": 4.5}', "aftercare_days", "aftercare day"),
    ("aftercare_days", '{"keep_dry": "4"}', "aftercare_days", "aftercare day"),
    ("aftercare_days", '{"keep_dry": {"days": 4}}', "aftercare_days", "aftercare day"),
    ("aftercare_days", '{"keep_dry": 12}', "aftercare_days", "aftercare day"),  # after wash day
    ("aftercare_days", "[4, 5]", "aftercare_days", "aftercare day"),
    ("backup.folder", '["/mnt/usb"]', "backup_folder", "backup folder"),
    ("backup.folder", json.dumps("/mnt/usb\u0000x"), "backup_folder", "backup folder"),
    ("backup.folder", '"/mnt/\\udcff"', "backup_folder", "backup folder"),
    ("clinic.logo", '"this is not base64!"', "logo", "clinic logo"),
    ("clinic.logo", "12", "logo", "clinic logo"),
    ("paper", "{not json at all", "paper", "paper size"),
    ("backup.keep", "\x00\xff garbage", "backup_keep", "backup-keeping rule"),
]
IDS = [f"{key}={raw[:24]!r}" for key, raw, _field, _words in CASES]


def corrupt(path: Path, key: str, raw: str) -> None:
    """Write a settings row as something other than smpdesk would (plain sqlite3)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, raw],
        )
    conn.close()


@pytest.mark.parametrize(("key", "raw", "field", "words"), CASES, ids=IDS)
def test_a_malformed_setting_falls_back_to_its_default_with_a_warning(
    db_path, key, raw, field, words
):
    corrupt(db_path, key, raw)
    db = open_clinic(db_path)
    try:
        settings = load_settings(db)
    finally:
        db.conn.close()
    assert getattr(settings, field) == getattr(DEFAULTS, field)
    assert len(settings.warnings) == 1, settings.warnings
    warning = settings.warnings[0]
    assert words in warning
    assert "open Settings" in warning and "\n" not in warning
    # Never the stored value itself: it may hold anything, health data included.
    assert raw not in warning or raw in ("42", "7", "12")
    # The rest is untouched and every value is one the settings dialog would save.
    assert settings == DEFAULTS.with_changes(**{field: getattr(settings, field)})
    AftercareDays.from_mapping(settings.aftercare_days)


def test_sound_settings_give_no_warning(db_path):
    db = open_clinic(db_path)
    try:
        assert load_settings(db).warnings == ()
    finally:
        db.conn.close()


def test_good_settings_beside_a_bad_one_are_kept(db_path):
    corrupt(db_path, "clinic.name", '"Clínica Ñandú"')
    corrupt(db_path, "paper", '"Letter"')
    corrupt(db_path, "aftercare_days", '{"keep_dry": 3, "from_a_newer_smpdesk": 9}')
    corrupt(db_path, "backup.keep", '{"daily": 3}')
    corrupt(db_path, "follow_up_days", "[]")
    db = open_clinic(db_path)
    try:
        settings = load_settings(db)
    finally:
        db.conn.close()
    assert settings.name == "Clínica Ñandú" and settings.paper == "Letter"
    assert AftercareDays.from_mapping(settings.aftercare_days).keep_dry == 3
    assert settings.backup_keep == {"daily": 3, "weekly": 4, "monthly": 12}
    assert settings.follow_up_days == DEFAULTS.follow_up_days
    assert [w.split(" was")[0].split(" were")[0] for w in settings.warnings] == [
        "The saved follow-up intervals"
    ]


def test_several_bad_settings_give_one_warning_each(db_path):
    corrupt(db_path, "paper", "42")
    corrupt(db_path, "backup.keep", "[1, 2]")
    db = open_clinic(db_path)
    try:
        warnings = load_settings(db).warnings
    finally:
        db.conn.close()
    assert warnings == (
        "The saved paper size was not readable, so A4 is used; open Settings and save to fix it.",
        "The saved backup-keeping rule was not readable, so the defaults "
        "(7 daily, 4 weekly, 12 monthly) are used; open Settings and save to fix it.",
    )


@pytest.mark.parametrize(
    "odd",
    [True, 4.0, 4.5, "4", {"days": 4}, [4], None, 10**30, -1, float("nan")],
    ids=repr,
)
def test_aftercare_day_counts_refuse_odd_values_in_a_sentence(odd):
    with pytest.raises(UserError) as caught:
        AftercareDays.from_mapping({"keep_dry": odd})
    assert "\n" not in str(caught.value) and "keep the scalp dry" in str(caught.value)


@pytest.mark.parametrize("odd", [[4, 5], "keep_dry", 4, None], ids=repr)
def test_aftercare_day_counts_refuse_a_non_mapping_in_a_sentence(odd):
    with pytest.raises(UserError):
        AftercareDays.from_mapping(odd)  # type: ignore[arg-type]


# -- the command line -------------------------------------------------------------------


def first_client_with_a_session(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT client_id FROM sessions ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()


COMMANDS = {
    "handout-blank": lambda path, out, _cid: ["handout", "--db", path, "--blank", "-o", out],
    "handout-client": lambda path, out, cid: ["handout", "--db", path, "--client", cid, "-o", out],
    "due": lambda path, _out, _cid: ["due", "--db", path],
    "backup": lambda path, _out, _cid: ["backup", "--db", path],
    "backups": lambda path, _out, _cid: ["backups", "--db", path],
}


@pytest.mark.parametrize(("key", "raw", "field", "words"), CASES, ids=IDS)
def test_commands_still_work_with_a_malformed_setting(
    demo_path, tmp_path, capsys, key, raw, field, words
):
    client_id = first_client_with_a_session(demo_path)
    corrupt(demo_path, key, raw)
    for name, build in COMMANDS.items():
        out = tmp_path / f"{name}.pdf"
        argv = build(str(demo_path), str(out), str(client_id))
        code = main(argv)
        captured = capsys.readouterr()
        assert code == 0, (name, captured.err)
        assert "Traceback" not in captured.err, name
        if name.startswith("handout"):
            assert out.read_bytes().startswith(b"%PDF")


# -- the window -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "raw"),
    [("backup.keep", "[1, 2]"), ("aftercare_days", '{"keep_dry": "x"}'), ("paper", "{oops")],
)
def test_the_window_opens_and_says_which_setting_was_unreadable(qtbot, db_path, key, raw):
    from smpdesk.gui.main_window import MainWindow
    from smpdesk.gui.settings.settings_dialog import SettingsDialog

    corrupt(db_path, key, raw)
    db = open_clinic(db_path)
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    label = window.settings_warning_label
    assert label.isVisible()
    assert "not readable" in label.text() and "open Settings" in label.text()
    assert "Last backup" in window.backup_label.text() or "No backup" in window.backup_label.text()
    dialog = SettingsDialog(db, window)  # opens on the defaults in use
    qtbot.addWidget(dialog)
    dialog.save()  # writes sound values back: the warning goes
    window.show_settings_warnings()
    assert label.isHidden()
    assert load_settings(db).warnings == ()


def test_the_window_shows_no_settings_warning_when_all_is_well(qtbot, db_path):
    from smpdesk.gui.main_window import MainWindow

    db = open_clinic(db_path)
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    window.show()
    assert window.settings_warning_label.isHidden()
