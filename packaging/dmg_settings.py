"""dmgbuild settings for the macOS disk image of smpdesk.

Used by the release workflow after ``python packaging/build.py``::

    dmgbuild -s packaging/dmg_settings.py -D app=dist/smpdesk.app \\
        "smpdesk 0.1.0" dist/smpdesk-0.1.0-macos-arm64.dmg

The version in the file name and volume title is read by the workflow from
``smpdesk/__init__.py`` (``__version__``), the one place it is written; this file
reads it from there too (:data:`version`) for the volume's own metadata.  The image
shows the app beside a link to Applications, to drag it across.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# dmgbuild runs this file with exec() and passes -D values in ``defines``.
defines: dict[str, str] = globals().get("defines", {})

ROOT = Path(os.path.abspath(globals().get("__file__", "packaging/dmg_settings.py"))).parent.parent
version = re.search(
    r'^__version__ = "([^"]+)"', (ROOT / "smpdesk" / "__init__.py").read_text("utf-8"), re.M
)[1]

application = defines.get("app", str(ROOT / "dist" / "smpdesk.app"))
appname = os.path.basename(application)

format = "UDZO"  # compressed, read-only
filesystem = "HFS+"
files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = None
icon_locations = {appname: (140, 120), "Applications": (500, 120)}
background = "builtin-arrow"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
window_rect = ((100, 100), (640, 280))
default_view = "icon-view"
icon_size = 128
text_size = 13
license = None  # the licences are inside the app (Contents/Resources)
