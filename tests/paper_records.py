"""The typed reason tests give when they record a session for a client with no forms on file.

Since issue 16 a session for a client without a signed consent or a medical history on
file needs a reason (as a do-not-treat flag always did); tests about other things record
their sessions with this one, as a clinic keeping paper records would.
"""

ON_PAPER = "Paper consent and medical history seen."
