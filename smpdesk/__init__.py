"""smpdesk: an offline consultation desk for scalp micropigmentation clinics."""

from smpdesk._lean_imports import install as _lean_sqlite_utils

__version__ = "0.1.0"

# Cheap: only a finder that keeps numpy/pandas out of the first sqlite-utils import.
_lean_sqlite_utils()
