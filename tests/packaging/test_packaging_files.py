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

import pytest

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


def _workflow_steps() -> list[dict[str, object]]:
    """The build job's steps, parsed with PyYAML when it is installed, else read from the
    text (each ``- name:`` item with its ``if:`` and ``run:`` lines)."""
    text = WORKFLOW.read_text("utf-8")
    try:
        import yaml
    except ImportError:
        steps: list[dict[str, object]] = []
        for block in re.split(r"\n      - (?=name:|uses:)", text.split("    steps:\n", 1)[1]):
            name = re.search(r"^name: (.+)$", block, re.M)
            condition = re.search(r"^        if: (.+)$", block, re.M)
            steps.append(
                {
                    "name": name[1] if name else "",
                    "if": condition[1] if condition else "",
                    "run": block,
                }
            )
        return steps
    parsed = yaml.safe_load(text)
    return list(parsed["jobs"]["build"]["steps"])


def test_workflow_parses_and_builds_on_four_systems() -> None:
    text = WORKFLOW.read_text("utf-8")
    assert "\t" not in text
    try:
        import yaml
    except ImportError:
        oses = re.findall(r"^\s+os: (\S+)$", text, re.M)
    else:
        parsed = yaml.safe_load(text)
        triggers = parsed.get("on", parsed.get(True))  # YAML 1.1 reads "on" as True
        assert triggers["push"]["tags"] == ["v*"]
        oses = [m["os"] for m in parsed["jobs"]["build"]["strategy"]["matrix"]["include"]]
        release = parsed["jobs"]["release"]
        assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
        assert release["needs"] == "build"
    assert sorted(oses) == ["macos-13", "macos-14", "ubuntu-22.04", "windows-latest"]
    assert "python packaging/build.py" in text
    assert "ISCC.exe" in text and "packaging\\smpdesk.iss" in text
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
