"""The packaging files, checked without building anything (fast).

The release workflow cannot run here (it needs GitHub's Windows and macOS machines),
so what can be checked is checked: it parses, builds on the four systems, signs only
when the secrets are there, and the installers take the version from
smpdesk/__init__.py.  The build helpers in packaging/bundle_contents.py (Babel data
kept, libraries pruned, the licence file) are tested on their own.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import smpdesk

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _bundle_contents() -> ModuleType:
    # Loaded by path: packaging/ is not a package (it would shadow pip's "packaging").
    spec = importlib.util.spec_from_file_location(
        "smpdesk_bundle_contents", PACKAGING / "bundle_contents.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_contents = _bundle_contents()


# --- the release workflow ---------------------------------------------------------------


def _workflow() -> dict[str, Any]:
    """The release workflow, parsed with PyYAML (a test extra)."""
    parsed = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert isinstance(parsed, dict)
    return parsed


def _workflow_steps() -> list[dict[str, Any]]:
    """The build job's steps."""
    return list(_workflow()["jobs"]["build"]["steps"])


def _step(name: str) -> dict[str, Any]:
    found = [s for s in _workflow_steps() if s.get("name") == name]
    assert len(found) == 1, f"no single step {name!r}"
    return found[0]


def test_workflow_parses_and_builds_on_four_systems() -> None:
    text = WORKFLOW.read_text("utf-8")
    assert "\t" not in text
    parsed = _workflow()
    triggers = parsed.get("on", parsed.get(True))  # YAML 1.1 reads "on" as True
    assert triggers["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in triggers
    build = parsed["jobs"]["build"]
    assert build["runs-on"] == "${{ matrix.os }}"
    assert build["strategy"]["fail-fast"] is False
    # macos-13 is retired; macos-15-intel is GitHub's Intel Mac runner, and PySide6
    # 6.12's wheels need macOS 14 or later anyway.
    assert build["strategy"]["matrix"]["include"] == [
        {"name": "windows-x86_64", "os": "windows-latest"},
        {"name": "macos-arm64", "os": "macos-14"},
        {"name": "macos-x86_64", "os": "macos-15-intel"},
        {"name": "linux-x86_64", "os": "ubuntu-22.04"},
    ]
    release = parsed["jobs"]["release"]
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert release["needs"] == "build"
    uses = [s["uses"] for s in build["steps"] if "uses" in s]
    assert "actions/checkout@v6" in uses and "actions/setup-python@v6" in uses
    assert _step("Build the bundle")["run"] == "python packaging/build.py"
    installer = _step("Build the installer (Inno Setup)")["run"]
    assert "Get-Command ISCC.exe" in installer and "packaging\\smpdesk.iss" in installer
    assert "Inno Setup 6\\ISCC.exe" in installer  # the usual place, if not on PATH
    assert "dmgbuild -s packaging/dmg_settings.py" in text
    assert "actions/upload-artifact" in text
    assert "gh release create" in text


def test_signing_steps_run_only_when_their_secrets_exist() -> None:
    text = WORKFLOW.read_text("utf-8")
    # The env values the conditions test are the secrets themselves.
    for name in ("WINDOWS_CERTIFICATE", "MACOS_CERTIFICATE", "APPLE_ID"):
        assert f"{name}: ${{{{ secrets.{name} }}}}" in text
    signing = [
        step
        for step in _workflow_steps()
        if re.search(r"signtool|codesign|notarytool|import .*certificate", str(step), re.I)
    ]
    tools = " ".join(str(step.get("run", "")) for step in signing)
    for tool in ("signtool", "codesign", "notarytool"):
        assert tool in tools
    for step in signing:
        condition = str(step.get("if", ""))
        assert re.search(r"env\.(WINDOWS_CERTIFICATE|MACOS_CERTIFICATE) != ''", condition), (
            f"signing step {step.get('name')!r} is not skipped without its secret"
        )
    notarize = [s for s in signing if "notarytool" in str(s.get("run", ""))]
    assert notarize and all("env.APPLE_ID != ''" in str(s["if"]) for s in notarize)


def test_version_comes_from_the_package() -> None:
    """The .iss refuses to build without the version, which the workflow reads from
    smpdesk/__init__.py; the dmg settings and the spec read it there themselves."""
    iss = (PACKAGING / "smpdesk.iss").read_text("utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert re.search(r"#ifndef AppVersion\s+#error", iss)
    workflow = WORKFLOW.read_text("utf-8")
    assert "/DAppVersion=${{ steps.version.outputs.version }}" in workflow
    assert 'open("smpdesk/__init__.py")' in workflow

    settings: dict[str, object] = {"defines": {"app": "dist/smpdesk.app"}}
    path = PACKAGING / "dmg_settings.py"
    exec(compile(path.read_text("utf-8"), str(path), "exec"), settings)
    assert settings["version"] == smpdesk.__version__
    assert settings["files"] == ["dist/smpdesk.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}

    assert bundle_contents.version() == smpdesk.__version__
    assert "bundle_contents.version()" in (PACKAGING / "smpdesk.spec").read_text("utf-8")


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((PACKAGING / "smpdesk.spec").read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            return list(value)
    raise AssertionError(f"no {name} in smpdesk.spec")


def test_spec_excludes_webengine_and_keeps_every_qt_module_smpdesk_uses() -> None:
    excluded = set(_spec_list("EXCLUDED_MODULES"))
    for name in ("QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtQml", "QtQuick"):
        assert f"PySide6.{name}" in excluded
    used = set()
    for path in (ROOT / "smpdesk").rglob("*.py"):
        used.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text("utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf"} <= used
    wrongly = {f"PySide6.{m}" for m in used} & excluded
    assert not wrongly, f"smpdesk uses {wrongly}, which the spec leaves out"


def test_desktop_entry() -> None:
    lines = (PACKAGING / "smpdesk.desktop").read_text("utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry = dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "smpdesk" and entry["Icon"] == "smpdesk"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


# --- packaging/bundle_contents.py -------------------------------------------------------


_FORMAT_ALL = """
import json, sys
import babel.localedata as localedata
if sys.argv[1]:
    localedata._dirname = sys.argv[1]
from smpdesk.domain.money import CURRENCIES, LOCALES, Money, format_money
print(json.dumps([format_money(Money(123456789, c), l) for l in LOCALES for c in CURRENCIES]))
"""


def test_kept_babel_locales_format_money_as_the_full_data_does(tmp_path: Path) -> None:
    """Only the kept .dat files, and every locale a clinic can choose formats every
    currency exactly as with Babel's whole CLDR data."""
    import babel

    needed = bundle_contents.babel_locales_needed()
    full = Path(babel.__file__).parent / "locale-data"
    assert {"root", "en", "en_GB", "de_CH", "ar_AE"} <= needed
    assert len(needed) < len(list(full.glob("*.dat"))) / 5
    for name in needed:
        shutil.copy2(full / f"{name}.dat", tmp_path / f"{name}.dat")
    assert not bundle_contents.keep_babel_file("babel/locale-data/haw.dat", needed)
    assert bundle_contents.keep_babel_file("babel/locale-data/en_GB.dat", needed)
    assert bundle_contents.keep_babel_file("babel/global.dat", needed)

    def formatted(folder: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", _FORMAT_ALL, folder],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        return list(json.loads(done.stdout))

    assert formatted(str(tmp_path)) == formatted("")


def test_prune_libraries_keeps_what_is_linked_and_leaves_the_system_its_own() -> None:
    links = {
        "/site/QtGui.so": ["libQt6Gui.so.6"],
        "/site/lib/libQt6Gui.so.6": ["libX11.so.6", "libpng16.so.16"],
        "/usr/lib/libX11.so.6": ["libxcb.so.1"],
        "/usr/lib/libxcb.so.1": [],
        "/usr/lib/libpng16.so.16": ["libz.so.1"],
        "/usr/lib/libz.so.1": [],
        "/site/plugins/libqgtk3.so": ["libcairo.so.2"],  # dropped by the spec already
        "/usr/lib/libcairo.so.2": [],
        "/site/lib/libQt6EglFS.so.6": [],
    }
    binaries = [
        ("PySide6/QtGui.so", "/site/QtGui.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/site/lib/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFS.so.6", "/site/lib/libQt6EglFS.so.6", "BINARY"),
        ("libQt6EglFS.so.6", "PySide6/Qt/lib/libQt6EglFS.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"),
        ("libxcb.so.1", "/usr/lib/libxcb.so.1", "BINARY"),
        ("libpng16.so.16", "/usr/lib/libpng16.so.16", "BINARY"),
        ("libz.so.1", "/usr/lib/libz.so.1", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
    ]
    kept = bundle_contents.prune_libraries(
        binaries,
        lambda source: links[source],
        lambda e: e[1].startswith("/usr/") or e[0].startswith("PySide6/Qt/lib/"),
        lambda e: bool(bundle_contents.SYSTEM_LIBRARIES.match(Path(e[0]).name)),
    )
    assert sorted(e[0] for e in kept) == [
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/QtGui.so",
        "libQt6Gui.so.6",
        "libpng16.so.16",
        "libz.so.1",
    ]


@pytest.mark.skipif(not shutil.which("readelf"), reason="needs binutils' readelf to compare")
def test_elf_needed_reads_what_readelf_reads() -> None:
    import PySide6

    libraries = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Gui.so*"))
    if not libraries:
        pytest.skip("no ELF Qt libraries here (not Linux)")
    out = subprocess.run(
        ["readelf", "-d", str(libraries[0])], capture_output=True, text=True, check=True
    ).stdout
    expected = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)
    assert expected and bundle_contents.elf_needed(libraries[0]) == expected
    assert bundle_contents.elf_needed(PACKAGING / "smpdesk.desktop") == []


def test_licence_file_names_each_package_and_the_gpl_parts(tmp_path: Path) -> None:
    path = bundle_contents.write_licences(
        tmp_path, ["PySide6", "shiboken6", "pillow_heif", "babel", "reportlab", "smpdesk"]
    )
    text = path.read_text("utf-8")
    assert text.startswith("smpdesk: third-party software in this bundle")
    assert "What a clinic (or anyone) passing this bundle on to others must do" in text
    assert re.search(r"^- PySide6_Essentials \S+: LGPL-3\.0-only", text, re.M)
    assert re.search(r"^- pillow_heif \S+: BSD-3-Clause", text, re.M)
    assert 'License for "pillow-heif" binary wheels: GPLv2' in text  # its bundled file
    assert "\n- smpdesk " not in text  # ours is LICENSE.txt
    for full in ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 2, June 1991", "Bitstream Vera"):
        assert full in text


def test_licence_file_has_sqlcipher_and_qts_third_party_parts(tmp_path: Path) -> None:
    """SQLCipher's BSD text (its licence asks for it with binaries), and Qt's own
    third-party components, each with its licence (SPDX id) and text or its place."""
    text = bundle_contents.write_licences(tmp_path, ["PySide6", "sqlcipher3"]).read_text("utf-8")
    assert "Copyright (c) 2008-2024, ZETETIC LLC" in text
    assert "Neither the name of the ZETETIC LLC nor the" in text
    qt = text.split("Qt's third-party components", 1)[1].split("HEIC photos:", 1)[0]
    for component, licence in (
        ("ICU", "Unicode-3.0"),
        ("PDFium", "BSD-3-Clause"),
        ("OpenJPEG", "BSD-2-Clause"),
        ("libjpeg-turbo", "IJG AND BSD-3-Clause"),
        ("PCRE2", "BSD-3-Clause WITH PCRE2-exception"),
        ("double-conversion", "BSD-3-Clause"),
        ("md4c", "MIT"),
        ("HarfBuzz", "MIT-Modern-Variant"),
        ("zlib", "Zlib"),
        ("libpng", "libpng-2.0"),
        ("FreeType", "FTL"),
    ):
        entry = next((e for e in qt.split("\n- ") if component in e), "")
        assert licence in entry, f"{component}: {licence} not named"
    flat = " ".join(qt.split())
    assert "based in part on the work of the Independent JPEG Group" in flat  # IJG's condition
    assert "Portions of this software are copyright (c) The FreeType Project" in flat  # FTL's
    for full in ("Redistribution and use in source", "Permission is hereby granted", "as-is"):
        assert full in qt
    assert "Full text: Unicode-3.0" in text and "UNICODE LICENSE V3" in text
    # Qt's wheels carry no licence file: their entries point at the LGPL text included.
    essentials = text.split("\nPySide6_Essentials ", 1)[1].split("\n" + "-" * 78 + "\n", 2)[1]
    assert '"Full text: LGPL-3.0"' in essentials


def test_smoke_test_runs_on_the_bundle_it_ships() -> None:
    """Without SMPDESK_BUNDLE the smoke test would build and test a second bundle."""
    step = _step("Smoke test the bundle")
    assert step["env"] == {"SMPDESK_BUNDLE": "dist/smpdesk"}
    assert "tests/packaging" in step["run"]
    names = [s.get("name") for s in _workflow_steps()]
    assert names.index("Build the bundle") < names.index("Smoke test the bundle")


def test_spec_targets_macos_14_and_requires_openpyxl() -> None:
    spec = (PACKAGING / "smpdesk.spec").read_text("utf-8")
    # Qt 6.12's macOS wheels are macosx_14_0: an older minimum would let macOS 12 or 13
    # start an app whose Qt cannot load.
    assert re.findall(r'"LSMinimumSystemVersion": "([\d.]+)"', spec) == ["14.0"]
    # A bundle without openpyxl would fail on the first .xlsx: the build stops instead.
    assert re.search(
        r'if importlib\.util\.find_spec\("openpyxl"\) is None:\s+raise SystemExit', spec
    )
    assert '"openpyxl"]' in spec.replace(" ", "")
    # Both Windows executables carry the version resource.
    assert spec.count("version=VERSION_FILE") == 2
    assert "windows_version_info(VERSION)" in spec
    # The system-library decision is the tested one below, not sys.base_prefix.
    code = "\n".join(line.split("#")[0] for line in spec.split('"""', 2)[2].splitlines())
    assert "base_prefix" not in code
    assert "bundle_contents.is_system_library(" in spec


def test_build_budget_per_platform() -> None:
    spec = importlib.util.spec_from_file_location("smpdesk_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    try:
        spec.loader.exec_module(build)
    finally:
        sys.path[:] = saved
    assert build.budget_mb("linux") == 200
    assert build.budget_mb("win32") == 200
    assert build.budget_mb("darwin") == 400  # universal2 Qt: a separate, documented budget
    assert build.budget_mb(sys.platform) == build.BUDGET_MB


# --- which libraries are the system's (Linux) -------------------------------------------


def test_system_libraries_with_a_hosted_toolcache_python() -> None:
    """actions/setup-python's layout: Python in /opt, the system's libraries in /usr/lib."""
    prefix = Path("/opt/hostedtoolcache/Python/3.11.9/x64")
    site = prefix / "lib/python3.11/site-packages"
    ours = [site, prefix / "lib/python3.11", prefix / "lib/libpython3.11.so.1.0"]
    system = bundle_contents.is_system_library
    assert not system(site / "PySide6/Qt/lib/libQt6Core.so.6", ours)
    assert not system(prefix / "lib/python3.11/lib-dynload/_ssl.cpython-311.so", ours)
    assert not system(prefix / "lib/libpython3.11.so.1.0", ours)
    assert not system(site / "pillow.libs/libjpeg-1.so.62", ours)
    for library in (
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/lib/x86_64-linux-gnu/libX11.so.6",
        "/usr/lib/x86_64-linux-gnu/libxcb.so.1",
        "/usr/lib/x86_64-linux-gnu/libssl.so.3",
        "/usr/lib64/libGL.so.1",
    ):
        assert system(library, ours), library


def test_system_libraries_with_debians_own_python() -> None:
    """/usr/bin/python3 or a venv made from it: sys.base_prefix is /usr, so "not under
    the base prefix" called every system library ours (a 224 MB bundle carrying
    libstdc++, X11 and GL).  The packages and Python's files stay ours."""
    venv = Path("/home/build/venv/lib/python3.11/site-packages")
    ours = [
        venv,
        Path("/usr/lib/python3/dist-packages"),
        Path("/usr/lib/python3.11"),
        Path("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0"),
    ]
    system = bundle_contents.is_system_library
    assert not system(venv / "PySide6/Qt/lib/libQt6Gui.so.6", ours)
    assert not system("/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so", ours)
    assert not system("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", ours)
    for library in (
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/lib/x86_64-linux-gnu/libX11.so.6",
        "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0",
        "/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0",
        "/usr/lib/x86_64-linux-gnu/libdbus-1.so.3",
        "/usr/lib/x86_64-linux-gnu/libcups.so.2",
        "/lib/x86_64-linux-gnu/libcrypto.so.3",
    ):
        assert system(library, ours), library


def test_python_owned_paths_are_the_packages_not_the_prefix() -> None:
    import site
    import sysconfig

    owned = bundle_contents.python_owned_paths()
    assert Path(sysconfig.get_paths()["purelib"]).resolve() in owned
    assert Path(sysconfig.get_paths()["stdlib"]).resolve() in owned
    assert all(Path(p).resolve() in owned for p in site.getsitepackages())
    assert Path(sys.base_prefix).resolve() not in owned
    assert Path("/usr").resolve() not in owned


# --- the Windows version resource -------------------------------------------------------


def test_windows_version_info_is_a_pyinstaller_version_file() -> None:
    text = bundle_contents.windows_version_info("1.2.3rc1")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as one expression
    assert isinstance(tree.body, ast.Call) and ast.unparse(tree.body.func) == "VSVersionInfo"
    assert text.count("(1, 2, 3, 0)") == 2  # filevers and prodvers
    assert "StringStruct('ProductVersion', '1.2.3rc1')" in text
    assert "StringStruct('OriginalFilename', 'smpdesk.exe')" in text
    own = bundle_contents.windows_version_info(smpdesk.__version__)
    numbers = tuple(int(n) for n in smpdesk.__version__.split(".")[:3])
    assert str((*numbers, 0, 0, 0, 0)[:4]) in own


# --- .ci/run ----------------------------------------------------------------------------


def _fake_tool(folder: Path, name: str, body: str = "") -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.mark.skipif(sys.platform == "win32", reason=".ci/run is a bash script")
@pytest.mark.parametrize("has_objdump", [False, True])
def test_ci_run_installs_binutils_when_objdump_is_missing(
    tmp_path: Path, has_objdump: bool
) -> None:
    """PyInstaller needs objdump, objcopy and strip on Linux: .ci/run installs binutils
    on a machine without them, and leaves a machine that has them alone.  Run with
    stand-ins for python, apt-get, id and uname that only record their calls."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    checkout = tmp_path / "checkout"
    (checkout / ".ci").mkdir(parents=True)
    shutil.copy2(ROOT / ".ci" / "run", checkout / ".ci" / "run")
    tools = tmp_path / "bin"
    tools.mkdir()
    log = tmp_path / "calls.log"
    for name in ("python", "apt-get"):
        _fake_tool(tools, name, f'echo "{name} $*" >> "{log}"')
    _fake_tool(tools, "id", "echo 0")  # root: no sudo
    _fake_tool(tools, "uname", "echo Linux")
    for real in ("dirname",):
        found = shutil.which(real)
        assert found
        (tools / real).symlink_to(found)
    if has_objdump:
        _fake_tool(tools, "objdump")
    done = subprocess.run(
        [bash, str(checkout / ".ci" / "run")],
        env={"PATH": str(tools), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    calls = log.read_text("utf-8").splitlines()
    installs = [c for c in calls if c.startswith("apt-get install")]
    if has_objdump:
        assert installs == []
    else:
        assert installs == ["apt-get install -y --no-install-recommends binutils"]
    assert calls[-1] == "python -m pytest"  # and the rest of CI still runs
