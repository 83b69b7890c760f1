"""Printed handouts (reportlab): the aftercare sheet, later the consent record.

Only this package imports reportlab, and nothing at start-up imports this
package: reportlab and its fonts cost the GUI about a tenth of a second it
does not need until someone prints.  Import the submodules directly, e.g.
``from smpdesk.infra.handouts.aftercare_sheet import render_aftercare_sheet``.
"""
