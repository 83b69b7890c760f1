"""Money on screen: the client's Payments tab, taking a payment, receipts, day takings.

Every figure comes from :mod:`smpdesk.app.payments` (integer minor units with
their currency, formatted by the clinic's locale); nothing here adds money up.
"""
