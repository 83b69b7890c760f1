"""Is a folder synced to the cloud or on a network share?  Said before a clinic is put there.

A clinic file inside Dropbox, OneDrive, Google Drive, iCloud Drive and the
like is copied to someone else's servers (health records leave the clinic),
and the sync client copies it while SQLite is writing, which leaves
"conflicted copies" or a damaged file.  smpdesk does not forbid it (the
owner may know better), but the first-run wizard says so before the clinic
is made there.

Found two ways, both cheap and offline:

* by the folder's path: a part named as the sync clients name their folders
  ("Dropbox", "Dropbox (Team)", "OneDrive - Contoso", "Google Drive",
  "My Drive", "iCloud Drive", "Box Sync", "pCloud Drive", "MEGA",
  "Nextcloud", "ownCloud"), including macOS's ``~/Library/CloudStorage/*``
  and ``~/Library/Mobile Documents/com~apple~CloudDocs``;
* by well-known locations the clients record: Dropbox's ``info.json``
  (a folder moved elsewhere), Windows' ``OneDrive*`` environment variables,
  and macOS's iCloud "Desktop & Documents" (``~/Desktop`` and ``~/Documents``
  synced: iCloud Drive then holds folders of those names).

Plain words are only trusted where the clients put them ("Box" and "MEGA"
right inside the home folder, "My Drive" and "Shared drives" there or at a
drive's root): a ``projects/mega`` folder is nobody's cloud.

Network shares are :func:`smpdesk.infra.filesystems.is_network_path`'s.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

from smpdesk.infra.filesystems import is_network_path

DROPBOX = "Dropbox"
ONEDRIVE = "OneDrive"
GOOGLE_DRIVE = "Google Drive"
ICLOUD = "iCloud Drive"
BOX = "Box"
PCLOUD = "pCloud"
MEGA = "MEGA"
NEXTCLOUD = "Nextcloud"
OWNCLOUD = "ownCloud"

# Folder names (compared case-insensitively) that are a sync client's anywhere in a path.
_NAMES: dict[str, str] = {
    "dropbox": DROPBOX,
    "onedrive": ONEDRIVE,
    "google drive": GOOGLE_DRIVE,
    "googledrive": GOOGLE_DRIVE,
    "icloud drive": ICLOUD,
    "iclouddrive": ICLOUD,  # iCloud for Windows
    "com~apple~clouddocs": ICLOUD,
    "box sync": BOX,
    "pcloud drive": PCLOUD,
    "pclouddrive": PCLOUD,
    "pcloud": PCLOUD,
    "megasync": MEGA,
    "nextcloud": NEXTCLOUD,
    "owncloud": OWNCLOUD,
}
# Names that begin a sync client's folder: "Dropbox (Contoso)", "OneDrive - Contoso",
# and macOS File Provider folders under ~/Library/CloudStorage ("GoogleDrive-ann@x.com").
_PREFIXES: tuple[tuple[str, str], ...] = (
    ("dropbox (", DROPBOX),
    ("dropbox-", DROPBOX),
    ("onedrive - ", ONEDRIVE),
    ("onedrive-", ONEDRIVE),
    ("googledrive-", GOOGLE_DRIVE),
    ("icloud", ICLOUD),
    ("box-", BOX),
    ("pcloud", PCLOUD),
    ("mega", MEGA),
    ("nextcloud", NEXTCLOUD),
    ("owncloud", OWNCLOUD),
)
# Any folder directly under ~/Library/CloudStorage is synced, whoever provides it.
_CLOUD_STORAGE = ("library", "cloudstorage")
# Plain words ("Box", "MEGA", "My Drive") name a sync client's folder only where the
# client puts it: right inside the home folder, or (Google Drive for desktop's G:\My Drive
# and G:\Shared drives) right at a drive's root.  Elsewhere they are anybody's folders.
_HOME_ONLY = {"box": BOX, "mega": MEGA}
_DRIVE_ROOT_OR_HOME = {"my drive": GOOGLE_DRIVE, "shared drives": GOOGLE_DRIVE}
# macOS "Desktop & Documents" in iCloud: ~/Desktop and ~/Documents are synced, and iCloud
# Drive then holds folders of those names.  Told by those folders, not guessed.
_ICLOUD_DRIVE = ("Library", "Mobile Documents", "com~apple~CloudDocs")
_ICLOUD_SYNCED_HOME_FOLDERS = ("Desktop", "Documents")
# A Dropbox info.json is a few hundred bytes; anything far bigger is not one.
_INFO_MAX_BYTES = 64 * 1024

CLOUD_WARNING = (
    "This folder is inside {service}, which copies it to {service}'s servers. The clinic file "
    "holds health records: a copy would sit outside the clinic, beyond your control, and a "
    "sync while smpdesk is writing can leave conflicting or damaged copies of the file. "
    "Choose a folder on this computer's own disk instead."
)
NETWORK_FOLDER_WARNING = (
    "This folder is on a network share. SQLite cannot lock files safely there, so two "
    "computers using it can damage the clinic file; keep it on this computer's own disk."
)


def _by_name(parts: Iterable[str], home_parts: tuple[str, ...]) -> str | None:
    original = list(parts)
    folded = [p.casefold() for p in original]
    for index, part in enumerate(folded):
        if part in _NAMES:
            return _NAMES[part]
        if tuple(folded[max(index - 2, 0) : index]) == _CLOUD_STORAGE:
            for prefix, service in _PREFIXES:
                if part.startswith(prefix):
                    return service
            return original[index].split("-", 1)[0] or "a cloud service"
        if part.startswith(("dropbox (", "onedrive - ", "onedrive-")):
            return DROPBOX if part.startswith("dropbox") else ONEDRIVE
        if part in _HOME_ONLY and tuple(folded[:index]) == home_parts:
            return _HOME_ONLY[part]
        if part in _DRIVE_ROOT_OR_HOME and (index == 1 or tuple(folded[:index]) == home_parts):
            return _DRIVE_ROOT_OR_HOME[part]
    return None


def icloud_synced_home_folders(home: Path) -> list[Path]:
    """~/Desktop and ~/Documents when macOS syncs them to iCloud Drive ("Desktop &
    Documents Folders"): iCloud Drive then holds a Desktop and a Documents folder."""
    drive = home.joinpath(*_ICLOUD_DRIVE)
    synced = []
    for name in _ICLOUD_SYNCED_HOME_FOLDERS:
        try:
            if (drive / name).is_dir():
                synced.append(home / name)
        except OSError:
            continue
    return synced


def _read_small_json(path: Path) -> object:
    """A small JSON file, or None: never a FIFO, never more than a few kilobytes."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _INFO_MAX_BYTES:
            return None
        data = os.read(fd, _INFO_MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return None


def known_sync_folders(
    home: Path | None = None, environ: Mapping[str, str] | None = None
) -> dict[Path, str]:
    """Folders the sync clients say they sync to (wherever the user moved them)."""
    home = Path.home() if home is None else home
    environ = os.environ if environ is None else environ
    found: dict[Path, str] = {}
    info_files = [home / ".dropbox" / "info.json"]
    for variable in ("APPDATA", "LOCALAPPDATA"):
        if environ.get(variable):
            info_files.append(Path(environ[variable]) / "Dropbox" / "info.json")
    for info_file in info_files:
        info = _read_small_json(info_file)
        if not isinstance(info, dict):
            continue
        for account in info.values():  # {"personal": {"path": ...}, "business": {...}}
            folder = account.get("path") if isinstance(account, dict) else None
            if isinstance(folder, str) and 0 < len(folder) < 4096 and "\x00" not in folder:
                found[Path(folder)] = DROPBOX
    for variable in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        folder = environ.get(variable, "")
        if folder and "\x00" not in folder:
            found[Path(folder)] = ONEDRIVE
    for folder in icloud_synced_home_folders(home):
        found[folder] = ICLOUD
    return found


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def cloud_service(
    folder: str | os.PathLike[str],
    *,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """The sync service ``folder`` is inside ("Dropbox", "OneDrive"...), or None.

    The folder need not exist yet.  Both its spelling and, when it resolves,
    where its symlinks lead are checked (a ``~/clinic`` link into Dropbox).
    """
    home = Path.home() if home is None else home
    home_parts = tuple(p.casefold() for p in Path(os.path.abspath(home)).parts)
    spelled = Path(os.path.abspath(Path(folder).expanduser()))
    candidates = [spelled]
    try:
        resolved = spelled.resolve()
    except (OSError, RuntimeError):
        resolved = spelled
    if resolved != spelled:
        candidates.append(resolved)
    known = known_sync_folders(home, environ)
    for candidate in candidates:
        service = _by_name(candidate.parts, home_parts)
        if service is not None:
            return service
        for synced, name in known.items():
            if _inside(candidate, Path(os.path.abspath(synced))):
                return name
    return None


def folder_warning(
    folder: str | os.PathLike[str],
    *,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """Why keeping a clinic in ``folder`` is risky, as a few sentences; "" when it is not."""
    service = cloud_service(folder, home=home, environ=environ)
    if service is not None:
        return CLOUD_WARNING.format(service=service)
    path = Path(folder).expanduser()
    probe = path
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent  # is_network_path looks at the mount holding the folder
    if is_network_path(probe):
        return NETWORK_FOLDER_WARNING
    return ""


__all__ = [
    "CLOUD_WARNING",
    "NETWORK_FOLDER_WARNING",
    "cloud_service",
    "folder_warning",
    "known_sync_folders",
]
