"""A photo lined up on another by their landmarks, in pixels, for the exported pair.

The screen lays the second picture over the first with a QTransform
(:mod:`smpdesk.gui.photos.photo_align`); a file needs the same in pixels.  Both
pictures are decoded with every check an import makes
(:func:`smpdesk.infra.imaging.decode_picture`: what is read back from the clinic file
may have been crafted), the transform comes from :func:`smpdesk.domain.alignment.alignment`
on their decoded sizes, and Pillow's affine transform, which asks for each pixel of the
result where to read in the source, is given its inverse.
"""

from __future__ import annotations

from smpdesk.domain.alignment import Landmarks, alignment

#: Where the moved picture does not reach: black, as on screen (never the other picture).
UNCOVERED = (0, 0, 0)


def line_up(base: bytes, base_marks: Landmarks, moving: bytes, moving_marks: Landmarks) -> bytes:
    """``moving`` (a JPEG or PNG) moved so that its landmarks fall on ``base``'s, on a frame
    of ``base``'s size, as a JPEG carrying nothing but its pixels.

    Raises PhotoRejected for a picture that cannot be read, AlignmentError for marks that
    cannot line the two up.
    """
    from PIL import Image

    from smpdesk.infra.imaging import decode_picture, encode_jpeg

    base_picture = decode_picture(base)
    moving_picture = decode_picture(moving)
    transform = alignment(base_marks, base_picture.size, moving_marks, moving_picture.size)
    back = transform.inverse()
    moved = moving_picture.transform(
        base_picture.size,
        Image.Transform.AFFINE,
        (back.a, -back.b, back.tx, back.b, back.a, back.ty),
        resample=Image.Resampling.BICUBIC,
        fillcolor=UNCOVERED,
    )
    return encode_jpeg(moved)


__all__ = ["UNCOVERED", "line_up"]
