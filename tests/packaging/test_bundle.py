"""The frozen bundle, built with ``packaging/build.py`` and run with no Python on PATH.

Slow (about a minute and a half on two cores: the build takes 30-45 s of it), run by
the default ``pytest`` that CI runs.  The bundle is built once for this module into a
temporary folder (or taken from ``SMPDESK_BUNDLE``, the folder ``dist/smpdesk`` that
the release workflow has just built).  Skipped only when PyInstaller is not installed
(it comes with the test extras, so CI has it).

Every run of the bundle gets a fresh HOME and XDG folders and a PATH holding no
Python, so nothing can come from the developer's installation.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import smpdesk

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"


def _budget_mb() -> int:
    """packaging/build.py's size budget for this platform (200 MB on Linux and Windows)."""
    spec = importlib.util.spec_from_file_location(
        "smpdesk_build_script", ROOT / "packaging" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved  # build.py puts packaging/ first, for its own imports
    return int(module.budget_mb())


BUDGET_MB = _budget_mb()
BUDGET_BYTES = BUDGET_MB * 10**6
DEMO_OWNER = ("owner", "demo-owner-2026")  # README: the protected demo's owner account


class Bundle:
    def __init__(self, folder: Path, home: Path, build_s: float | None) -> None:
        self.folder = folder
        self.home = home
        self.build_s = build_s
        # On Windows smpdesk.exe is a GUI program (no console output): the command
        # line is smpdesk-cli.exe beside it.
        self.gui = folder / ("smpdesk.exe" if WINDOWS else "smpdesk")
        self.cli = folder / ("smpdesk-cli.exe" if WINDOWS else "smpdesk")

    def env(self, **extra: str) -> dict[str, str]:
        """A clean environment: no Python on PATH, a fresh home, Qt offscreen."""
        no_python = self.home / "bin"
        no_python.mkdir(exist_ok=True)
        env = {
            "PATH": str(no_python),
            "HOME": str(self.home),
            "USERPROFILE": str(self.home),
            "APPDATA": str(self.home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(self.home / "AppData" / "Local"),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "XDG_RUNTIME_DIR": str(self.home / "runtime"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        for name in ("SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP"):  # Windows needs
            if name in os.environ:
                env[name] = os.environ[name]
        (self.home / "runtime").mkdir(mode=0o700, exist_ok=True)
        env.update(extra)
        return env

    def run(self, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.cli), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env(**env),
            cwd=self.home,
            timeout=timeout,
        )
        assert done.returncode == 0, f"smpdesk {' '.join(args)} failed:\n{done.stderr}"
        return done


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    home = tmp_path_factory.mktemp("bundle-home")
    given = os.environ.get("SMPDESK_BUNDLE")
    if given:
        yield Bundle(Path(given).resolve(), home, None)
        return
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install '.[test]' brings it)")
    out = tmp_path_factory.mktemp("bundle-build")
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    build_s = time.perf_counter() - started
    assert done.returncode == 0, f"packaging/build.py failed:\n{done.stdout}\n{done.stderr}"
    print(f"\nbundle built in {build_s:.0f} s\n{done.stdout}")
    yield Bundle(out / "dist" / "smpdesk", home, build_s)


@pytest.fixture(scope="module")
def demo(bundle: Bundle) -> Path:
    """A protected demo clinic made by the bundle (SQLCipher, accounts, photos, PDFs)."""
    path = bundle.home / "demo" / "clinic.sqlite3"
    path.parent.mkdir()
    done = bundle.run("demo", "--db", str(path), timeout=180)
    assert "Created a protected demo clinic" in done.stdout
    return path


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def test_layout_size_and_archive(bundle: Bundle) -> None:
    """The executable at the top, the data where smpdesk.paths looks, no WebEngine or
    QML, within the platform's budget (200 MB on Linux and Windows), and (when built
    here) an archive holding it all."""
    assert bundle.gui.is_file() and os.access(bundle.gui, os.X_OK)
    internal = bundle.folder / "_internal"
    data = internal / "smpdesk" / "_data"
    for needed in (
        data / "resources" / "fonts" / "DejaVuSans.ttf",
        data / "resources" / "icons" / "smpdesk.svg",
        data / "resources" / "aftercare" / "care-plan.toml",
        data / "forms" / "consent.toml",
        data / "forms" / "consent.pl.toml",
        # The interface's translations, compiled at build time (issue 20).
        data / "i18n" / "smpdesk_es.qm",
        data / "i18n" / "smpdesk_de.qm",
        data / "i18n" / "smpdesk_pl.qm",
        internal / "smpdesk" / "store" / "schema.py",  # read by the schema check
        internal / "babel" / "locale-data" / "en_GB.dat",
        internal / "babel" / "locale-data" / "root.dat",
        bundle.folder / "THIRD_PARTY_LICENSES.txt",
        bundle.folder / "LICENSE.txt",
    ):
        assert needed.is_file(), f"missing from the bundle: {needed.relative_to(bundle.folder)}"
    # Qt's own words in the languages smpdesk speaks (issue 20), and no others.
    translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert {"qtbase_es.qm", "qtbase_de.qm", "qtbase_pl.qm"} <= translations
    assert "qtbase_fr.qm" not in translations and "qtbase_ja.qm" not in translations
    names = [p.name for p in _files(bundle.folder)]
    for unwanted in ("WebEngine", "Qt6Qml", "Qt6Quick", "QtQml", "QtQuick", "qgtk3"):
        assert not [n for n in names if unwanted in n], f"{unwanted} was bundled"
    # Babel keeps the locales smpdesk formats money in, not CLDR's thousand.
    assert len(list((internal / "babel" / "locale-data").glob("*.dat"))) < 120
    assert not [p for p in bundle.folder.rglob("*") if p.is_symlink() and not p.exists()]

    size = sum(p.stat().st_size for p in _files(bundle.folder))
    print(f"\nbundle size {size / 1e6:.1f} MB")
    assert size < BUDGET_BYTES, f"{size / 1e6:.1f} MB is over the {BUDGET_MB} MB budget"

    licences = (bundle.folder / "THIRD_PARTY_LICENSES.txt").read_text("utf-8")
    for text in (
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "GNU GENERAL PUBLIC LICENSE\n                       Version 2",
        "PySide6_Essentials",
        "pillow_heif",
        "x265",
        "Bitstream Vera",
        "sqlcipher3",
        "reportlab",
        "PYTHON SOFTWARE FOUNDATION LICENSE",
        "Neither the name of the ZETETIC LLC",
        "Qt's third-party components",
        "UNICODE LICENSE V3",
    ):
        assert text in licences, f"{text!r} missing from THIRD_PARTY_LICENSES.txt"

    if sys.platform.startswith("linux"):
        desktop = (bundle.folder / "smpdesk.desktop").read_text("utf-8")
        assert "Exec=smpdesk" in desktop and "Icon=smpdesk" in desktop
        assert (bundle.folder / "smpdesk.png").stat().st_size > 1000

    if bundle.build_s is None:
        return  # a bundle built elsewhere: its archive is the workflow's business
    archives = list(bundle.folder.parent.glob(f"smpdesk-{smpdesk.__version__}-*"))
    assert len(archives) == 1, archives
    if archives[0].suffix == ".zip":
        members = zipfile.ZipFile(archives[0]).namelist()
    else:
        with tarfile.open(archives[0]) as tar:
            members = tar.getnames()
    assert ("smpdesk/smpdesk.exe" if WINDOWS else "smpdesk/smpdesk") in members
    assert "smpdesk/THIRD_PARTY_LICENSES.txt" in members


def test_version(bundle: Bundle) -> None:
    done = bundle.run("--version")
    assert done.stdout.strip() == f"smpdesk {smpdesk.__version__}"


def test_blank_handout_is_a_real_pdf(bundle: Bundle, demo: Path) -> None:
    """reportlab, its DejaVu fonts and the care plan, from inside the bundle."""
    from pypdf import PdfReader

    out = bundle.home / "blank.pdf"
    user, password = DEMO_OWNER
    bundle.run(
        "handout",
        "--blank",
        "--db",
        str(demo),
        "--user",
        user,
        "-o",
        str(out),
        SMPDESK_PASSWORD=password,
    )
    reader = PdfReader(out)
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "micropigmentation" in text
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVu" in name for name in fonts), fonts


def test_demo_clients_are_listed(bundle: Bundle, demo: Path) -> None:
    """The demo made by the bundle (SQLCipher, cryptography) is read back by it."""
    user, password = DEMO_OWNER
    done = bundle.run(
        "clients", "--db", str(demo), "--user", user, "--json", SMPDESK_PASSWORD=password
    )
    clients = json.loads(done.stdout)
    assert len(clients) == 60
    assert all(c["client_number"].startswith("C") and c["family_name"] for c in clients)


def test_window_stays_up(bundle: Bundle, demo: Path) -> None:
    """The window opens offscreen on the demo clinic (its sign-in screen) and is still
    running four seconds later: Qt, its plugins and the start-up path all load."""
    proc = subprocess.Popen(
        [str(bundle.gui), "--db", str(demo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=bundle.env(),
        cwd=bundle.home,
    )
    try:
        time.sleep(4)
        still_running = proc.poll() is None
    finally:
        proc.terminate()
        try:
            _out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
    assert still_running, f"the window stopped (exit {proc.returncode}):\n{err}"
    assert "Traceback" not in err, err


def test_xlsx_dry_run(bundle: Bundle, demo: Path) -> None:
    """openpyxl (and defusedxml) in the bundle: an .xlsx import's dry run reads the sheet,
    maps the columns and adds nobody."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["First name", "Last name", "Date of birth", "Phone"])
    sheet.append(["Ada", "Bundleton", "1980-02-03", "0123 456789"])
    sheet.append(["Grace", "Frozenfield", "1975-11-30", "0987 654321"])
    path = bundle.home / "clients.xlsx"
    book.save(path)
    user, password = DEMO_OWNER
    done = bundle.run(
        "import-clients",
        str(path),
        "--dry-run",
        "--json",
        "--db",
        str(demo),
        "--user",
        user,
        SMPDESK_PASSWORD=password,
    )
    report = json.loads(done.stdout)
    assert report["dry_run"] is True and report["batch"] is None
    assert sorted(row["family_name"] for row in report["added"]) == ["Bundleton", "Frozenfield"]
    assert all(row["client_id"] is None for row in report["added"])
    assert report["problems"] == []


def test_photo_import(bundle: Bundle, demo: Path) -> None:
    """Pillow and smpdesk's safe decoding in the bundle: a JPEG made here is imported
    for a demo client and listed with its size."""
    from PIL import Image

    path = bundle.home / "crown.jpg"
    Image.new("RGB", (640, 480), (120, 90, 70)).save(path, "JPEG", quality=85)
    user, password = DEMO_OWNER
    common = ("--db", str(demo), "--user", user)
    clients = json.loads(bundle.run("clients", *common, "--json", SMPDESK_PASSWORD=password).stdout)
    client = clients[0]["client_number"]

    def photos() -> list[dict[str, object]]:
        listed = bundle.run(
            "photos", "list", "--client", client, *common, "--json", SMPDESK_PASSWORD=password
        )
        return list(json.loads(listed.stdout))

    before = photos()
    bundle.run(
        "photos",
        "import",
        "--client",
        client,
        "--angle",
        "crown",
        *common,
        str(path),
        SMPDESK_PASSWORD=password,
    )
    new = [p for p in photos() if p not in before]
    assert len(new) == 1, new
    assert (new[0]["width"], new[0]["height"]) == (640, 480)
    assert new[0]["angle"] == "crown" and new[0]["source_name"] == "crown.jpg"
