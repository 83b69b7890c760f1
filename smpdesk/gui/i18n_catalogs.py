"""The interface's translation catalogues: ``.ts`` sources in, ``.qm`` compiled out.

The ``.ts`` files (``resources/i18n/ts/<area>_<lang>.ts``) are what translators
edit and what the repository keeps; each area is a part of ``smpdesk/gui``, so
two people can translate two parts at once.  The compiled ``.qm`` is never
committed: the wheel's build hook (``hatch_build.py``) and the bundle
(``packaging/build.py``) compile it with ``pyside6-lrelease``; a checkout run
from source compiles it once into the user's cache folder.

Only the standard library at the top: ``hatch_build.py`` loads this file on its
own, before smpdesk or Qt is installed.

    python -m smpdesk.gui.i18n_catalogs update    # re-extract the words (lupdate)
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

GUI = Path(__file__).resolve().parent

# The part of smpdesk each catalogue covers: folders or files, relative to smpdesk/gui
# ("." for its own modules).  The core's sentences (errors_*) are marked with
# smpdesk.errors.QT_TRANSLATE_NOOP in context "core" and said by the window in its
# language; the CLI keeps them English.
_APP = "../app/"
_ERRORS_PAPERS = (
    "questionnaires",
    "photos",
    "sessions",
    "follow_ups",
    "aftercare",
    "patch_tests",
    "clients",
    "client_import",
    "client_export",
    "client_list_export",
    "erasure",
    "reports",
    "retention",
    "lot_recall",
    "client_search",
)
_ERRORS_SAFETY = (
    "protection",
    "staff",
    "restore",
    "backup_files",
    "backups",
    "first_run",
    "access",
    "clinic",
    "start_up",
)
AREAS: dict[str, tuple[str, ...]] = {
    "main": (".", "clients"),
    "questionnaires": ("questionnaires", "aftercare", "settings"),
    "sessions": ("sessions", "photos"),
    "access": ("access", "backups", "first_run", "widgets"),
    "designs": ("designs", "plans", "payments", "reports"),
    "core": ("words",),
    "errors_records": tuple(f"{_APP}{name}.py" for name in _ERRORS_PAPERS),
    "errors_safety": (*(f"{_APP}{name}.py" for name in _ERRORS_SAFETY), "../store"),
    "errors_money": (
        f"{_APP}designs.py",
        f"{_APP}plans.py",
        f"{_APP}payments.py",
        "../domain",
    ),
    "errors_files": ("../infra", "../../smpdesk/paths.py"),
}
TRANSLATED = ("es", "de", "pl")


def area_sources(area: str, gui: Path = GUI) -> list[Path]:
    found: list[Path] = []
    for part in AREAS[area]:
        path = gui if part == "." else (gui / part).resolve()
        if path.suffix == ".py":
            found += [path] if path.is_file() else []
            continue
        pattern = "*.py" if part == "." else "**/*.py"
        found += sorted(p for p in path.glob(pattern) if "__pycache__" not in p.parts)
    return found


def ts_files(code: str, folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*_{code}.ts"))


def _tool(name: str) -> Path | None:
    """Qt's lupdate/lrelease as PySide6 ships them (no PATH needed), else on PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    try:
        import PySide6

        beside = Path(PySide6.__file__).parent / f"{name}{suffix}"
        if beside.is_file():
            return beside
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def compile_catalogue(code: str, ts_folder: Path, out: Path) -> bool:
    """``out`` = every area's ``<area>_<code>.ts`` compiled together; False if it could not be."""
    sources = ts_files(code, ts_folder)
    tool = _tool("lrelease")
    if not sources or tool is None:
        return False
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as work:
        made = Path(work) / out.name
        try:
            subprocess.run(
                [str(tool), "-silent", *map(str, sources), "-qm", str(made)],
                check=True,
                capture_output=True,
                timeout=120,
            )
        except (OSError, subprocess.SubprocessError):
            return False
        if not made.is_file():
            return False
        os.replace(made, out)
    return True


def _shipped(code: str) -> Path:
    """Where the wheel and the bundle keep the compiled catalogue."""
    return GUI.parent / "_data" / "i18n" / f"smpdesk_{code}.qm"


def catalogue(code: str) -> Path | None:
    """The compiled catalogue for ``code``: the shipped one, else one compiled from the
    checkout's ``.ts`` files into the cache (again whenever they change)."""
    shipped = _shipped(code)
    if shipped.is_file():
        return shipped
    from smpdesk.paths import resources_dir

    folder = resources_dir() / "i18n" / "ts"
    sources = ts_files(code, folder)
    if not sources:
        return None
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    import platformdirs

    cache = Path(platformdirs.user_cache_dir("smpdesk", appauthor=False)) / "i18n"
    out = cache / f"smpdesk_{code}-{digest.hexdigest()[:16]}.qm"
    if out.is_file() or compile_catalogue(code, folder, out):
        return out
    return None


def update(ts_folder: Path, gui: Path = GUI) -> None:
    """Re-extract every area's words into its ``.ts`` files, keeping translations."""
    tool = _tool("lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate was not found; install PySide6-Essentials.")
    for area in AREAS:
        targets = [str(ts_folder / f"{area}_{code}.ts") for code in TRANSLATED]
        sources = [str(path) for path in area_sources(area, gui)]
        options = ["-locations", "none", "-no-obsolete", "-ts", *targets]
        subprocess.run(
            [str(tool), *sources, *options],
            check=True,
        )


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    if sys.argv[1:] != ["update"]:
        raise SystemExit("usage: python -m smpdesk.gui.i18n_catalogs update")
    update(GUI.parent.parent / "resources" / "i18n" / "ts")
