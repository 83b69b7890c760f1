"""The rules: fields, checks and wording both fronts share, with no I/O of their own.

Client and session details and their validation (:mod:`~smpdesk.domain.client_details`,
:mod:`~smpdesk.domain.session_details`), the clinic's settings and how a stored
value is checked (:mod:`~smpdesk.domain.clinic_settings`), the care plan and its
dated phases (:mod:`~smpdesk.domain.aftercare`), dates in English whatever the
locale (:mod:`~smpdesk.domain.dates`), and the text cleaning and folding used for
storage and search (:mod:`~smpdesk.domain.text_safety`, :mod:`~smpdesk.domain.textfold`).

Nothing here imports sqlite3, sqlite_utils, Qt, reportlab or Pillow, nor the
store, the use cases, the adapters or the fronts (an import-linter contract in
pyproject.toml says so).  This file imports nothing.
"""
