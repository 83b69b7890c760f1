# mypy runs inside the test suite on purpose: the README's one test command is what
# people run before they share a change, so it must check the types too (the settings
# are [tool.mypy] in pyproject.toml).  A type error fails here like any other test.

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_type_errors(tmp_path):
    # The cache goes to tmp_path: the suite leaves nothing behind in the tree.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy_cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
