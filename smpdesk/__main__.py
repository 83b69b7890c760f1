"""Allow ``python -m smpdesk`` as well as the ``smpdesk`` script."""

import sys

from smpdesk.cli import main

sys.exit(main())
