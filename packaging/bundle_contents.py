"""What goes into the frozen bundle, shared by ``smpdesk.spec``, ``build.py`` and the tests.

Kept out of the spec so it can be tested without running PyInstaller:

* :func:`version`: the one version, read from ``smpdesk/__init__.py``.
* :func:`babel_locales_needed`: Babel ships CLDR data for about 1,000 locales
  (35 MB); smpdesk formats money in the fixed list ``smpdesk.domain.money.LOCALES``
  only, so the bundle keeps the files those locales load (their parents and
  ``root`` included), found by formatting an amount in each of them.
* :func:`prune_libraries`: PyInstaller follows the shared-library dependencies of
  every Qt plugin before the spec drops the plugins smpdesk does not use; the
  libraries only those plugins needed are dropped too, and so are the system
  libraries every Linux desktop has (:data:`SYSTEM_LIBRARIES`).
* :func:`write_licences`: the third-party licence file of the bundle.

This folder has no ``__init__.py`` on purpose: as a package, ``packaging`` would
shadow the ``packaging`` library that pip and PyInstaller import.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
NOTICES = PACKAGING / "THIRD_PARTY_NOTICES.md"
LICENCE_TEXTS = PACKAGING / "licenses"
LICENCE_FILE = "THIRD_PARTY_LICENSES.txt"
DEJAVU = ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"


def version() -> str:
    """``__version__`` from smpdesk/__init__.py (read, not imported: the spec runs in
    PyInstaller's process, which should not import the app)."""
    text = (ROOT / "smpdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not found:
        raise SystemExit("no __version__ in smpdesk/__init__.py")
    return found.group(1)


# Run in a new interpreter so nothing Babel cached earlier hides a file from the list.
_RECORD_BABEL = """
import json, sys
sys.path.insert(0, sys.argv[1])
import babel.localedata as localedata
from smpdesk.domain.money import CURRENCIES, DEFAULT_LOCALE, LOCALES, Money, format_money
loaded = set()
original = localedata.load
def load(name, merge_inherited=True):
    loaded.add(name)
    return original(name, merge_inherited)
localedata.load = load
for locale in (DEFAULT_LOCALE, *LOCALES):
    for currency in CURRENCIES:
        format_money(Money(123456789, currency), locale)
print(json.dumps(sorted(loaded)))
"""


def babel_locales_needed(python: str = sys.executable) -> set[str]:
    """Names of the ``babel/locale-data/*.dat`` files smpdesk's money formatting reads.

    Every locale a clinic can choose is formatted with every currency smpdesk knows, with
    Babel's loader recording each file it opens (parents like ``en_001`` and ``root``
    come through the same loader).
    """
    done = subprocess.run(
        [python, "-c", _RECORD_BABEL, str(ROOT)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    names = set(json.loads(done.stdout))
    if "root" not in names:  # every chain ends there; its absence means the probe missed
        raise RuntimeError("Babel's root locale was not loaded; the probe is broken")
    return names


def keep_babel_file(dest: str, needed: set[str]) -> bool:
    """Whether a collected data file (its path inside the bundle) stays in the bundle."""
    parts = Path(dest).parts
    if len(parts) >= 3 and parts[-3] == "babel" and parts[-2] == "locale-data":
        return Path(dest).stem in needed
    return True


# Libraries every Linux desktop provides and the README lists for Linux (the same list
# .ci/run installs): the bundle uses the system's own, as a pip-installed smpdesk does,
# rather than the build machine's copies (and everything they link to: systemd, GnuTLS,
# Kerberos... about 20 MB).  libcups too: printing goes through the system's CUPS.  And
# the C++ runtime: a build machine's older libstdc++ loaded first breaks the newer
# graphics drivers of the user's system ("GLIBCXX_3.4.30 not found").
SYSTEM_LIBRARIES = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|xcb|xcb-[a-z-]+|xkbcommon|xkbcommon-x11|fontconfig|freetype"
    r"|dbus-1|glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|EGL|GL|GLX|OpenGL"
    r"|GLdispatch|cups|stdc\+\+|gcc_s)\.so(\.|$)"
)


# Where a Linux system keeps its shared libraries (after symbolic links are followed:
# /lib is often a link to /usr/lib).  A library from here came from the build machine's
# system, whichever Python did the build.
SYSTEM_LIBRARY_DIRS = (
    "/lib",
    "/lib32",
    "/lib64",
    "/usr/lib",
    "/usr/lib32",
    "/usr/lib64",
    "/usr/local/lib",
)


def python_owned_paths() -> list[Path]:
    """The files and folders that belong to the building Python and its packages: the
    site-packages folders, the standard library (with ``lib-dynload``) and the
    ``libpython`` shared library.

    Not ``sys.base_prefix``: for Debian's or Ubuntu's own Python (``/usr/bin/python3``,
    or a venv made from it) that is ``/usr``, which would make every system library
    "ours" and bundle libstdc++, X11, xcb, GL, glib... (224 MB instead of 190).
    """
    import site
    import sysconfig

    paths = sysconfig.get_paths()
    found = {
        *site.getsitepackages(),
        site.getusersitepackages(),
        paths["purelib"],
        paths["platlib"],
        paths["stdlib"],
        paths["platstdlib"],
    }
    libdir = sysconfig.get_config_var("LIBDIR")
    for name in ("INSTSONAME", "LDLIBRARY"):
        library = sysconfig.get_config_var(name)
        if libdir and library:
            found.add(str(Path(libdir) / library))
    return sorted({Path(p).resolve() for p in found if p})


def is_system_library(
    source: str | Path,
    ours: Iterable[Path],
    system_dirs: Iterable[str] = SYSTEM_LIBRARY_DIRS,
) -> bool:
    """Whether a collected binary came from the build machine's system (Linux).

    Decided by the file's real path: inside ``ours`` (:func:`python_owned_paths`: the
    packages and Python's own files, even when those sit under ``/usr/lib``) it is
    not; otherwise it is when it lies in one of the system's library folders.  Anything
    else (a pyenv or hosted-toolcache Python's own ``lib``, a wheel's ``.libs``) is ours.
    """
    real = Path(source).resolve()
    if any(real == p or real.is_relative_to(p) for p in ours):
        return False
    return any(real.is_relative_to(Path(d).resolve()) for d in system_dirs)


def windows_version_info(version: str) -> str:
    """The text of a PyInstaller version file (``EXE(version=...)``) for smpdesk.exe
    and smpdesk-cli.exe: Explorer's Properties -> Details shows it, and Windows'
    SmartScreen and antivirus tools look for it.  The numeric version is the first
    four numbers of ``version`` (pre-release tags are left to the text fields)."""
    release = re.match(r"\d+(?:\.\d+)*", version)  # "1.2.3" of "1.2.3rc1+local"
    numbers = [int(n) for n in release[0].split(".")[:4]] if release else []
    numbers += [0] * (4 - len(numbers))
    filevers = tuple(numbers)
    fields = {
        "CompanyName": "smpdesk",
        "FileDescription": "smpdesk - records for scalp micropigmentation clinics",
        "FileVersion": version,
        "InternalName": "smpdesk",
        "LegalCopyright": "MIT licence; see LICENSE.txt and THIRD_PARTY_LICENSES.txt",
        "OriginalFilename": "smpdesk.exe",
        "ProductName": "smpdesk",
        "ProductVersion": version,
    }
    strings = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in fields.items()
    )
    return f"""# UTF-8; made by packaging/bundle_contents.py (windows_version_info)
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={filevers},
    prodvers={filevers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo(
      [
        StringTable(
          '040904B0',
          [
{strings}
          ]
        )
      ]
    ),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def prune_libraries(
    binaries: list[tuple[str, str, str]],
    imports: Callable[[str], Iterable[str]],
    prunable: Callable[[tuple[str, str, str]], bool],
    from_system: Callable[[tuple[str, str, str]], bool],
) -> list[tuple[str, str, str]]:
    """``binaries`` without the libraries nothing kept needs, and without the system's own.

    ``binaries`` are PyInstaller TOC entries (destination, source, type code);
    ``imports`` gives the names of the libraries a file links to.  Entries ``from_system``
    are dropped outright (the user's system provides them); ``prunable`` ones (libraries
    PyInstaller collected only as dependencies) stay only if a kept binary links to them,
    directly or not.  Everything else (Python extensions, Qt plugins, the wheels' own
    libraries) is a root and stays.  A ``SYMLINK`` entry stays when its target does.
    """
    files = [e for e in binaries if e[2] != "SYMLINK" and not from_system(e)]
    by_name: dict[str, tuple[str, str, str]] = {}
    for entry in files:
        by_name.setdefault(Path(entry[0]).name, entry)
    reached: set[str] = set()
    todo = [entry[1] for entry in files if not prunable(entry)]
    seen: set[str] = set()
    while todo:
        source = todo.pop()
        if source in seen:
            continue
        seen.add(source)
        for name in imports(source):
            base = Path(name).name
            if base in by_name and base not in reached:
                reached.add(base)
                todo.append(by_name[base][1])
    kept = [e for e in files if not prunable(e) or Path(e[0]).name in reached]
    kept_dests = {e[0] for e in kept}
    links = [e for e in binaries if e[2] == "SYMLINK" and e[1] in kept_dests]
    return kept + links


def elf_needed(path: str | Path) -> list[str]:
    """The libraries an ELF file links to directly (its ``DT_NEEDED`` entries).

    Not ``ldd``, which PyInstaller uses: ``ldd`` lists the whole closure, so a library
    left to the system would still pull in everything it links to.  [] for a file that
    is not ELF.
    """
    import struct

    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF":
        return []
    wide = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if wide:
        phoff, phentsize, phnum = (
            struct.unpack_from(end + "Q", data, 0x20)[0],
            *struct.unpack_from(end + "HH", data, 0x36),
        )
        ph_format, dyn_format = end + "IIQQQQQQ", end + "qQ"
    else:
        phoff, phentsize, phnum = (
            struct.unpack_from(end + "I", data, 0x1C)[0],
            *struct.unpack_from(end + "HH", data, 0x2A),
        )
        ph_format, dyn_format = end + "IIIIIIII", end + "iI"
    loads: list[tuple[int, int, int]] = []  # (virtual address, file offset, size)
    dynamic: tuple[int, int] | None = None
    for index in range(phnum):
        fields = struct.unpack_from(ph_format, data, phoff + index * phentsize)
        if wide:
            kind, offset, vaddr, filesz = fields[0], fields[2], fields[3], fields[5]
        else:
            kind, offset, vaddr, filesz = fields[0], fields[1], fields[2], fields[4]
        if kind == 1:  # PT_LOAD
            loads.append((vaddr, offset, filesz))
        elif kind == 2:  # PT_DYNAMIC
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    needed: list[int] = []
    strtab = None
    step = struct.calcsize(dyn_format)
    for at in range(dynamic[0], dynamic[0] + dynamic[1] - step + 1, step):
        tag, value = struct.unpack_from(dyn_format, data, at)
        if tag == 0:  # DT_NULL
            break
        if tag == 1:  # DT_NEEDED
            needed.append(value)
        elif tag == 5:  # DT_STRTAB, a virtual address
            strtab = next(
                (off + value - va for va, off, size in loads if va <= value < va + size), None
            )
    if strtab is None:
        return []
    names = []
    for offset in needed:
        stop = data.index(b"\0", strtab + offset)
        names.append(data[strtab + offset : stop].decode("utf-8", "replace"))
    return names


# --- licences -------------------------------------------------------------------------

_LICENCE_NAMES = re.compile(r"^(licen[cs]e|copying|notice|authors|copyright)", re.I)


def distributions_for(top_level_names: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide these top-level modules, by name."""
    provided = metadata.packages_distributions()
    wanted: set[str] = set()
    for name in top_level_names:
        wanted.update(provided.get(name, ()))
    found: dict[str, metadata.Distribution] = {}
    for dist_name in wanted:
        try:
            dist = metadata.distribution(dist_name)
        except metadata.PackageNotFoundError:
            continue
        found[_normal(dist.metadata["Name"])] = dist
    found.pop("smpdesk", None)  # our own licence is the LICENSE file beside it
    return [found[key] for key in sorted(found)]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """A metadata field, "" when absent (``meta[name]`` is to raise KeyError then)."""
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License").strip()
    if text and "\n" not in text and len(text) < 200:
        return text
    classifiers = [
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if "License ::" in c
    ]
    return ", ".join(classifiers) or "see the licence text below"


def _licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files in a distribution's metadata folder."""
    texts = []
    for file in dist.files or ():
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if "licenses" in parts[1:-1] or _LICENCE_NAMES.match(parts[-1]):
            text = Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")
            if text:
                texts.append(("/".join(parts[1:]), text))
    return sorted(texts)


def python_licence() -> Path | None:
    """The running Python's LICENSE.txt (beside the standard library, or the install's top)."""
    import sysconfig

    for candidate in (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ):
        if candidate.is_file():
            return candidate
    return None


def system_library_notices(sources: Iterable[str]) -> list[tuple[str, str]]:
    """(Debian package, copyright file text) for the system libraries a Linux bundle
    carries, found with ``dpkg -S``; [] where dpkg is not there to ask."""
    if not shutil.which("dpkg"):
        return []
    packages: dict[str, list[str]] = {}
    for source in sorted(set(sources)):
        real = str(Path(source).resolve())
        done = subprocess.run(["dpkg", "-S", real], capture_output=True, text=True)
        if done.returncode != 0:
            continue
        package = done.stdout.split(":", 1)[0].strip()
        packages.setdefault(package, []).append(Path(source).name)
    notices = []
    for package, libraries in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        text = copyright_file.read_text("utf-8", "replace") if copyright_file.is_file() else ""
        notices.append((f"{package} ({', '.join(libraries)})", text or "(no copyright file)"))
    return notices


def licences_text(top_level_names: Iterable[str], system_libraries: Iterable[str] = ()) -> str:
    """The whole licence file: the hand-written notices, every bundled distribution with
    its version, licence and the licence texts it ships, the DejaVu and Python licences,
    the system libraries of a Linux bundle, then the full GPL/LGPL texts."""
    rule = "=" * 78
    out = [NOTICES.read_text(encoding="utf-8").rstrip(), ""]
    out += ["", rule, "Bundled Python packages", rule, ""]
    dists = distributions_for(top_level_names)
    for dist in dists:
        out.append(f"- {dist.metadata['Name']} {dist.version}: {_licence_of(dist)}")
    for dist in dists:
        out += ["", "-" * 78, f"{dist.metadata['Name']} {dist.version}", "-" * 78]
        out.append(f"Licence: {_licence_of(dist)}")
        home = _field(dist.metadata, "Home-page")
        if home:
            out.append(f"Home page: {home}")
        texts = _licence_texts(dist)
        if not texts and "LGPL" in _licence_of(dist):
            # PySide6_Essentials, PySide6_Pdf, shiboken6...: Qt's wheels ship no
            # licence file; the texts they are under are in this file already.
            out.append(
                "(No licence file in its metadata: the LGPLv3 text is at the end of this "
                'file, "Full text: LGPL-3.0", with the GPLv3 it incorporates, "Full text: '
                'GPL-3.0"; see "Qt and Qt for Python" at the top.)'
            )
        elif not texts:
            out.append("(No licence file in its metadata; the licence named above applies.)")
        for name, text in texts:
            out += ["", f"[{name}]", "", text.rstrip()]
    out += ["", rule, "DejaVu fonts", rule, "", DEJAVU.read_text("utf-8").rstrip()]
    python = python_licence()
    version = ".".join(map(str, sys.version_info[:3]))
    out += ["", rule, f"Python {version}", rule, ""]
    out.append(python.read_text("utf-8").rstrip() if python else "PSF License Version 2.")
    notices = system_library_notices(system_libraries)
    if notices:
        out += ["", rule, "System libraries in the Linux bundle (from the build machine)", rule]
        for name, text in notices:
            out += ["", "-" * 78, name, "-" * 78, "", text.rstrip()]
    for path in sorted(LICENCE_TEXTS.glob("*.txt")):
        out += ["", rule, f"Full text: {path.stem}", rule, "", path.read_text("utf-8").rstrip()]
    return "\n".join(out).rstrip() + "\n"


def write_licences(
    folder: Path, top_level_names: Iterable[str], system_libraries: Iterable[str] = ()
) -> Path:
    """Write the licence file into the bundle folder; returns its path."""
    path = folder / LICENCE_FILE
    path.write_text(licences_text(top_level_names, system_libraries), encoding="utf-8")
    return path
