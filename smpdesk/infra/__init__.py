"""The adapters: files, the operating system and the libraries at the edge.

:mod:`~smpdesk.infra.imaging` (Pillow), :mod:`~smpdesk.infra.handouts`
(reportlab), :mod:`~smpdesk.infra.sealed_export` (cryptography),
:mod:`~smpdesk.infra.safe_output` (writing a file a user names, never over the
clinic), :mod:`~smpdesk.infra.staging` (private scratch folders) and
:mod:`~smpdesk.infra.filesystems` (network shares, folder syncs, live processes).

The use cases in :mod:`smpdesk.app` call these; nothing here imports a use case
or a front.  The heavy libraries are imported inside the functions that use
them, and this file imports nothing.
"""
