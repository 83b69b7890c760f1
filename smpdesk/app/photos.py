"""Photos: import, retag, compare, export and delete them; read a client's photos.

Decoding (Pillow) stays lazy in :mod:`smpdesk.photos`: importing this module
does not load it.
"""

from __future__ import annotations

from smpdesk.photos import (
    DEFAULT_LONG_SIDE,
    PICTURE_SUFFIXES,
    ImportResult,
    comparison_jpeg,
    export_photo,
    files_in_folder,
    import_photos,
    photo_jpeg,
    retag,
)
from smpdesk.store.photos import (
    ANGLES,
    CONSENTS,
    Photo,
    client_photos,
    delete_photo,
    get_photo,
    photo_image,
    photo_thumbnails,
)

__all__ = [
    "ANGLES",
    "CONSENTS",
    "DEFAULT_LONG_SIDE",
    "PICTURE_SUFFIXES",
    "ImportResult",
    "Photo",
    "client_photos",
    "comparison_jpeg",
    "delete_photo",
    "export_photo",
    "files_in_folder",
    "get_photo",
    "import_photos",
    "photo_image",
    "photo_jpeg",
    "photo_thumbnails",
    "retag",
]
