"""The ``smpdesk`` command line: one module per command group.

``main`` is the console script (``smpdesk = "smpdesk.cli:main"``) and what
``python -m smpdesk`` runs; ``build_parser`` is the parser the docs test walks.
Each group (:mod:`.clinic`, :mod:`.clients`, :mod:`.sessions`, :mod:`.aftercare`,
:mod:`.backups`, :mod:`.photos`, :mod:`.forms`) has ``HELP`` (its lines in the
command list), ``add_parsers(sub)`` and a handler per subcommand; :mod:`.common`
holds what they share and :mod:`.entry` puts them together.  Like the window,
the command line reaches data only through :mod:`smpdesk.app`.
"""

from smpdesk import gc_pause

gc_pause.pause()  # the imports below: see smpdesk.gc_pause
try:
    from smpdesk.cli.entry import build_parser, main
finally:
    gc_pause.resume()

__all__ = ["build_parser", "main"]
