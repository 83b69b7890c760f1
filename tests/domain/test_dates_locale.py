"""Dates shown to people come from smpdesk.domain.dates, never from the C locale.

QApplication calls setlocale() from the environment, so ``strftime('%b')``
printed "3 lis 2026" in the window on a Polish laptop while the CLI printed
"3 Nov 2026".  One test forbids locale-dependent strftime directives in the
source; the other runs real GUI paths under a Polish locale.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from smpdesk.domain.dates import format_medium_date, format_month_year, format_stamp

ROOT = Path(__file__).resolve().parents[2]
# %a %A %b %B %c %x %X %p follow the locale; in a format spec ({d:%b}) or strftime().
LOCALE_DIRECTIVE = re.compile(r"%[aAbBcxXp]")


def test_no_locale_dependent_strftime_outside_dates_module():
    offenders = []
    for path in (ROOT / "smpdesk").rglob("*.py"):
        if path.name == "dates.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if ("strftime" in code or ":%" in code or "format(" in code) and (
                LOCALE_DIRECTIVE.search(code)
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == [], "use smpdesk.domain.dates instead:\n" + "\n".join(offenders)


def test_the_formats():
    from datetime import date, datetime

    assert format_medium_date(date(2026, 11, 3)) == "3 Nov 2026"
    assert format_medium_date(date(2026, 11, 3), with_year=False) == "3 Nov"
    assert format_month_year(date(2026, 5, 1)) == "May 2026"
    assert format_stamp(datetime(2026, 12, 6, 7, 5)) == "6 Dec 2026 07:05"
    assert format_stamp(datetime(2026, 12, 6, 7, 5), joiner=" at ") == "6 Dec 2026 at 07:05"


@pytest.fixture(scope="module")
def polish_locale(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """pl_PL.UTF-8 compiled into a private folder (no root, no system change)."""
    folder = tmp_path_factory.mktemp("locales")
    made = subprocess.run(
        ["localedef", "-i", "pl_PL", "-f", "UTF-8", str(folder / "pl_PL.UTF-8")],
        capture_output=True,
        text=True,
    )
    if not (folder / "pl_PL.UTF-8").exists():
        pytest.skip(f"cannot compile the pl_PL locale here: {made.stderr.strip()[:200]}")
    return {"LOCPATH": str(folder), "LANG": "pl_PL.UTF-8", "LC_ALL": "pl_PL.UTF-8"}


GUI_PATHS = """
import locale, sys
from datetime import date, datetime
from pathlib import Path
from smpdesk.gui.app import application
app = application()
assert locale.setlocale(locale.LC_TIME).startswith("pl_PL"), locale.setlocale(locale.LC_TIME)
assert date(2026, 11, 3).strftime("%b") != "Nov", "the locale did not take"
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.photos.photo_views import photo_caption
from smpdesk.app import photos
from smpdesk.store.photos import Photo
fields = {name: None for name in Photo.__dataclass_fields__}
fields.update(id=1, client_id=1, visit_date="2026-11-03", angle="front")
print(format_date("2026-11-03"))
print(photo_caption(Photo(**fields)))
print(photos._short_date("2026-11-03T10:00:00+00:00"))
"""


def test_gui_paths_under_a_polish_locale_show_english_months(polish_locale):
    run = subprocess.run(
        [sys.executable, "-c", GUI_PATHS],
        cwd=ROOT,
        env={**os.environ, **polish_locale, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    assert lines[0] == "3 Nov 2026"
    assert lines[1].endswith("3 Nov 2026")
    assert lines[2] == "3 Nov 2026"
