"""Clinic → Reports…: the owner's year in figures (sessions, money, where clients came from).

Every figure comes from :mod:`smpdesk.app.reports` (one GROUP BY query each, owner
only); this package only draws them as tables and plain QPainter bar charts and hands
the printable and spreadsheet forms to the shared list output helpers.
"""
