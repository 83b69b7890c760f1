"""The frozen bundle's entry point: the same ``main`` as the ``smpdesk`` console script.

A script of its own (not ``smpdesk/__main__.py``) so that PyInstaller does not put
the ``smpdesk/`` folder itself on the module search path, where ``paths.py`` or
``errors.py`` would shadow top-level modules of the same name.
"""

import sys

from smpdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
