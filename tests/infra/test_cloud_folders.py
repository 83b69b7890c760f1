"""Is a folder synced to the cloud?  Said before the first-run wizard puts a clinic there."""

from __future__ import annotations

import json
import os
from pathlib import Path, PureWindowsPath

import pytest

from smpdesk.infra import cloud_folders
from smpdesk.infra.cloud_folders import cloud_service, folder_warning


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home" / "ann"
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize(
    ("relative", "service"),
    [
        ("Dropbox/clinic", "Dropbox"),
        ("Dropbox (Northside Clinic)/records", "Dropbox"),
        ("OneDrive/Documents/smpdesk", "OneDrive"),
        ("OneDrive - Northside Ltd/smpdesk", "OneDrive"),
        ("Google Drive/smpdesk", "Google Drive"),
        ("Library/CloudStorage/GoogleDrive-ann@example.com/My Drive/x", "Google Drive"),
        ("Library/CloudStorage/OneDrive-Personal/x", "OneDrive"),
        ("Library/CloudStorage/Box-Box/x", "Box"),
        ("Library/CloudStorage/ProtonDrive-ann/x", "ProtonDrive"),
        ("Library/Mobile Documents/com~apple~CloudDocs/smpdesk", "iCloud Drive"),
        ("iCloudDrive/smpdesk", "iCloud Drive"),
        ("Box/smpdesk", "Box"),
        ("Box Sync/smpdesk", "Box"),
        ("pCloud Drive/smpdesk", "pCloud"),
        ("MEGA/smpdesk", "MEGA"),
        ("My Drive/smpdesk", "Google Drive"),
        ("MEGAsync/smpdesk", "MEGA"),
        ("Nextcloud/smpdesk", "Nextcloud"),
        ("ownCloud/clinic", "ownCloud"),
    ],
)
def test_sync_folders_are_known_by_their_names(home, relative, service):
    assert cloud_service(home / relative, home=home, environ={}) == service
    assert service in folder_warning(home / relative, home=home, environ={})


@pytest.mark.parametrize(
    "relative",
    [
        ".local/share/smpdesk",
        "Documents/clinic",
        "Desktop/clinic",
        "work/boxes/clinic",
        "Dropboxes/x",
        "x/Box/y",
        "projects/mega/clinic",
        "projects/MEGA",
        "office/Shared drives/clinic",
        "backups/My Drive/clinic",
    ],
)
def test_ordinary_folders_get_no_warning(home, relative):
    assert cloud_service(home / relative, home=home, environ={}) is None
    assert folder_warning(home / relative, home=home, environ={}) == ""


def test_the_tilde_spelling_and_a_symlink_into_dropbox_are_both_seen(home, monkeypatch):
    monkeypatch.setenv("HOME", str(home))
    assert cloud_service("~/Dropbox/clinic", home=home, environ={}) == "Dropbox"
    (home / "Dropbox" / "clinic").mkdir(parents=True)
    (home / "clinic").symlink_to(home / "Dropbox" / "clinic")
    assert cloud_service(home / "clinic", home=home, environ={}) == "Dropbox"


def test_a_dropbox_moved_elsewhere_is_found_from_its_info_file(home, tmp_path):
    moved = tmp_path / "data" / "Work files"
    (home / ".dropbox").mkdir()
    info = {"personal": {"path": str(moved), "host": 1}, "business": "not a dict"}
    (home / ".dropbox" / "info.json").write_text(json.dumps(info))
    assert cloud_service(moved / "clinic", home=home, environ={}) == "Dropbox"
    assert cloud_service(tmp_path / "data" / "other", home=home, environ={}) is None


def test_onedrive_moved_elsewhere_is_found_from_windows_variables(home, tmp_path):
    moved = tmp_path / "D" / "Company files"
    environ = {"OneDriveCommercial": str(moved)}
    assert cloud_service(moved / "clinic", home=home, environ=environ) == "OneDrive"


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe not json", b"[" * 100_000, b'{"personal": {"path": 12}}', b"x" * 200_000],
    ids=["not-utf8", "deep", "wrong-type", "huge"],
)
def test_a_hostile_info_file_is_ignored(home, content):
    (home / ".dropbox").mkdir()
    (home / ".dropbox" / "info.json").write_bytes(content)
    assert cloud_folders.known_sync_folders(home, {}) == {}


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_fifo_for_an_info_file_never_blocks(home):
    (home / ".dropbox").mkdir()
    os.mkfifo(home / ".dropbox" / "info.json")
    assert cloud_folders.known_sync_folders(home, {}) == {}


def test_a_network_share_is_warned_about(home, monkeypatch):
    monkeypatch.setattr(cloud_folders, "is_network_path", lambda path: True)
    warning = folder_warning(home / "not-yet" / "made", home=home, environ={})
    assert "network share" in warning


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("G:/My Drive/clinic", "Google Drive"),
        ("G:/Shared drives/Clinic team/clinic", "Google Drive"),
        ("D:/archive/My Drive/clinic", None),
        ("D:/mega/clinic", None),
    ],
)
def test_google_drives_letter_is_known_at_a_drives_root_only(folder, service):
    parts = PureWindowsPath(folder).parts
    assert cloud_folders._by_name(parts, ("c:\\", "users", "ann")) == service


def test_icloud_desktop_and_documents_are_warned_about_only_when_synced(home):
    documents = home / "Documents" / "clinic"
    assert cloud_service(documents, home=home, environ={}) is None
    drive = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
    drive.mkdir(parents=True)
    assert cloud_service(documents, home=home, environ={}) is None  # iCloud Drive alone
    (drive / "Documents").mkdir()
    assert cloud_service(documents, home=home, environ={}) == "iCloud Drive"
    assert "iCloud Drive" in folder_warning(documents, home=home, environ={})
    assert cloud_service(home / "Desktop" / "clinic", home=home, environ={}) is None
    (drive / "Desktop").mkdir()
    assert cloud_service(home / "Desktop" / "clinic", home=home, environ={}) == "iCloud Drive"
    assert cloud_service(home / "clinic", home=home, environ={}) is None
