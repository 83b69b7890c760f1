"""The use-case layer: the only thing :mod:`smpdesk.gui` and the CLI import for data.

Every read of health data and every write passes through a module here, one
per capability (:mod:`~smpdesk.app.clients`, :mod:`~smpdesk.app.sessions`,
:mod:`~smpdesk.app.photos`, :mod:`~smpdesk.app.questionnaires`,
:mod:`~smpdesk.app.aftercare`, :mod:`~smpdesk.app.clinic`,
:mod:`~smpdesk.app.backups`), so a role check and an audit entry can be written
once, here, rather than in every window and command.  The work behind some of
them lives beside them and is not imported by the fronts:
:mod:`~smpdesk.app.follow_ups` (behind ``sessions``),
:mod:`~smpdesk.app.backup_files` and :mod:`~smpdesk.app.restore` (behind
``backups``).  :mod:`~smpdesk.app.demo` fills a demo clinic.  Below it,
:mod:`smpdesk.store` is the only package that writes SQL; the fronts never
import it (an import-linter contract in pyproject.toml says so).

This file imports nothing: ``import smpdesk.app`` must not pull in Qt,
reportlab or Pillow, and each front imports only the capabilities it uses.
"""
