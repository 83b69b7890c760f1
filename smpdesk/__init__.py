"""smpdesk: an offline consultation desk for scalp micropigmentation clinics."""

from smpdesk._lean_imports import import_sqlite_utils

__version__ = "0.1.0"

import_sqlite_utils()
