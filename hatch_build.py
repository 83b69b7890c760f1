"""Compile the interface's translations into the wheel (issue 20).

The ``.ts`` sources are committed; the ``.qm`` catalogues Qt loads are made here
with ``pyside6-lrelease`` (PySide6-Essentials is in ``build-system.requires``),
never committed.  A build where lrelease cannot run still succeeds: smpdesk then
compiles the catalogues on first use (smpdesk/gui/i18n_catalogs.py).
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location(
            "_smpdesk_i18n_catalogs", root / "smpdesk" / "gui" / "i18n_catalogs.py"
        )
        assert spec is not None and spec.loader is not None
        catalogs = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(catalogs)
        out = Path(tempfile.mkdtemp(prefix="smpdesk-qm-"))
        self._compiled = out  # removed in finalize, once the wheel holds the files
        for code in catalogs.TRANSLATED:
            qm = out / f"smpdesk_{code}.qm"
            if catalogs.compile_catalogue(code, root / "resources" / "i18n" / "ts", qm):
                build_data["force_include"][str(qm)] = f"smpdesk/_data/i18n/{qm.name}"
            else:
                self.app.display_warning(
                    f"smpdesk: could not compile the {code} interface catalogue; "
                    "it will be compiled on first use"
                )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        compiled = getattr(self, "_compiled", None)
        if compiled is not None:
            shutil.rmtree(compiled, ignore_errors=True)
