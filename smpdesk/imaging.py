"""Turn an untrusted photo file into the clean JPEGs the clinic file stores.

Photos arrive from phones and cameras, in odd modes, sometimes damaged, and
carrying GPS positions.  Everything here is headless (no Qt) so the import
worker, the CLI and the tests share one pipeline:

* Formats are whitelisted by content (JPEG, PNG, WebP, HEIC/HEIF through
  pillow-heif); the file name is never consulted.
* Pixel limits are checked before any pixel is decoded, and Pillow's
  decompression-bomb warning is raised as an error.  The file is fully
  decoded (``verify()`` passes truncated JPEGs).
* The result is re-encoded from pixels: no EXIF, GPS, XMP, comment or ICC
  segment survives.  The capture date is read first and returned separately.
* The file is decoded once; the stored image and the thumbnail both come from
  that decode, and big JPEGs are decoded at a reduced scale (``draft``) when
  that still leaves at least the requested size.

Importing this module sets Pillow's process-wide ``Image.MAX_IMAGE_PIXELS`` to
:data:`MAX_DECLARED_PIXELS` (Pillow has no per-call limit); the limit that
bounds memory is :data:`MAX_DECODED_PIXELS`, checked here explicitly.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFile, ImageFont

from smpdesk.errors import UserError
from smpdesk.paths import resources_dir

# Reasons a file is refused; the GUI prints "IMG_001.HEIC: <reason>".
NOT_A_PICTURE = "not a picture"
DAMAGED = "file is damaged or incomplete"
TOO_LARGE = "picture is too large"
EMPTY = "the file is empty"
UNREADABLE = "could not be read"

LONG_SIDE = 3000
THUMB_SIDE = 320
QUALITY = 88

# Most pixels decoded into memory for one photo (100 MP is about 300 MB as
# RGB); a 48 MP phone photo is well inside it.
MAX_DECODED_PIXELS = 100_000_000
# Most pixels a file may declare.  Larger than the decode limit because a big
# JPEG is decoded at 1/2, 1/4 or 1/8 scale: a 200 MP phone photo
# (16320x12240) is decoded at 4080x3060.  Pillow warns above this and refuses
# outright above twice this.
MAX_DECLARED_PIXELS = 210_000_000
# Read no bigger file into memory (a 200 MP JPEG is about 60 MB).
MAX_FILE_BYTES = 256 * 1024 * 1024

Image.MAX_IMAGE_PIXELS = MAX_DECLARED_PIXELS

_ALWAYS_FORMATS = ("JPEG", "PNG", "WEBP")
# The brands pillow-heif opens (its _is_supported_heif).
_HEIF_BRANDS = {
    b"heic",
    b"heix",
    b"heim",
    b"heis",
    b"hevc",
    b"hevx",
    b"hevm",
    b"hevs",
    b"mif1",
    b"msf1",
}

# EXIF orientation -> the transpose that makes the picture upright (as in
# ImageOps.exif_transpose, which would also copy the image and rewrite EXIF
# that is about to be dropped anyway).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_TAG_ORIENTATION = 0x0112
_TAG_DATETIME = 0x0132
_IFD_EXIF = 0x8769
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_DATETIME_DIGITIZED = 0x9004
_EXIF_DATE = re.compile(r"(\d{4})[:\-](\d\d)[:\-](\d\d)[ T](\d\d):(\d\d):(\d\d)")


class PhotoRejected(UserError):
    """A file that will not be imported; ``str(err)`` is the short reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ProcessedPhoto:
    image: bytes
    """Upright RGB JPEG, long side at most the requested size, no metadata."""
    thumbnail: bytes
    width: int
    height: int
    thumb_width: int
    thumb_height: int
    captured_at: datetime | None
    """From EXIF, naive local time exactly as the camera wrote it."""
    content_hash: str
    """sha256 of the original file, so importing it again is recognised."""
    source_format: str
    """"JPEG", "PNG", "WEBP" or "HEIF"."""


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def process_photo(
    data: bytes,
    *,
    long_side: int = LONG_SIDE,
    thumb_side: int = THUMB_SIDE,
    quality: int = QUALITY,
) -> ProcessedPhoto:
    """Decode, check and normalise one photo; raise :class:`PhotoRejected` if unusable."""
    if long_side < 1 or thumb_side < 1 or not 1 <= quality <= 100:
        raise ValueError("long_side and thumb_side must be positive, quality 1-100")
    if not data:
        raise PhotoRejected(EMPTY)
    image, source_format, captured_at = _prepare(data, _fit_long_side(long_side))
    thumb_size = _fit_long_side(thumb_side)(*image.size)
    thumb = image
    if thumb_size != image.size:
        with _memory_is_too_large():
            thumb = image.resize(thumb_size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    return ProcessedPhoto(
        image=_encode_jpeg(image, quality),
        thumbnail=_encode_jpeg(thumb, quality),
        width=image.width,
        height=image.height,
        thumb_width=thumb.width,
        thumb_height=thumb.height,
        captured_at=captured_at,
        content_hash=content_hash(data),
        source_format=source_format,
    )


def process_file(path: Path, **kwargs: int) -> ProcessedPhoto:
    """:func:`process_photo` on a file; one that cannot be read is refused like a bad picture."""
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            raise PhotoRejected(TOO_LARGE)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PhotoRejected(UNREADABLE) from exc
    return process_photo(data, **kwargs)


def render_comparison(
    left: bytes,
    right: bytes,
    left_caption: str,
    right_caption: str,
    *,
    height: int = 1200,
) -> bytes:
    """One JPEG: both photos side by side at ``height``, each caption centred beneath."""
    if height < 16:
        raise ValueError("height must be at least 16 pixels")

    def fit(w: int, h: int) -> tuple[int, int]:
        return max(1, round(w * height / h)), height

    photos = [_prepare(data, fit)[0] for data in (left, right)]
    gap = max(4, height // 100)
    font_size = max(12, height // 30)
    band = round(font_size * 2.4)
    width = photos[0].width + gap + photos[1].width
    canvas = Image.new("RGB", (width, height + band), "white")
    draw = ImageDraw.Draw(canvas)
    x = 0
    for photo, caption in zip(photos, (left_caption, right_caption), strict=True):
        canvas.paste(photo, (x, 0))
        margin = font_size // 2
        font, text = _fit_caption(draw, caption, photo.width - 2 * margin, font_size)
        left_, top, right_, bottom = draw.textbbox((0, 0), text, font=font)
        draw.text(
            (
                x + (photo.width - (right_ - left_)) / 2 - left_,
                height + (band - (bottom - top)) / 2 - top,
            ),
            text,
            fill="black",
            font=font,
        )
        x += photo.width + gap
    return _encode_jpeg(canvas, 90)


# -- decoding ---------------------------------------------------------------------------------


def _fit_long_side(long_side: int) -> Callable[[int, int], tuple[int, int]]:
    """Target size with the long side at most ``long_side``; never upscales."""

    def fit(w: int, h: int) -> tuple[int, int]:
        scale = min(1.0, long_side / max(w, h))
        return max(1, round(w * scale)), max(1, round(h * scale))

    return fit


def _prepare(
    data: bytes, fit: Callable[[int, int], tuple[int, int]]
) -> tuple[Image.Image, str, datetime | None]:
    """Decode once and return the upright RGB image at ``fit(upright size)``.

    The image is scaled before it is turned upright: the result is the same
    and rotating the smaller image is cheaper.
    """
    img, source_format = _open(data)
    if source_format != "JPEG":
        _load(img)  # PNG only knows its EXIF after the pixel data
    orientation, captured_at = _read_metadata(img)
    upright = _UPRIGHT.get(orientation)
    swapped = upright in (
        Image.Transpose.TRANSPOSE,
        Image.Transpose.TRANSVERSE,
        Image.Transpose.ROTATE_90,
        Image.Transpose.ROTATE_270,
    )
    w, h = img.size
    tw, th = fit(h, w) if swapped else fit(w, h)
    target = (th, tw) if swapped else (tw, th)
    if source_format == "JPEG":
        if target[0] * 2 <= w and target[1] * 2 <= h:
            # Decodes at 1/2, 1/4 or 1/8 scale, never below the target size.
            img.draft("RGB", target)
        if img.width * img.height > MAX_DECODED_PIXELS:
            raise PhotoRejected(TOO_LARGE)
        _load(img)
    icc_profile = img.info.get("icc_profile")
    with _memory_is_too_large():
        img = _to_plain_mode(img)
        if img.size != target:
            # Bicubic, Pillow's default: at the usual 1.3-2.7x reduction it looks
            # the same as Lanczos and costs a fifth less, and this resize is the
            # most expensive step for a 12 MP photo.
            img = img.resize(target, Image.Resampling.BICUBIC, reducing_gap=3.0)
        if upright is not None:
            img = img.transpose(upright)
        img = _to_srgb(img, icc_profile)
    return img, source_format, captured_at


def _open(data: bytes) -> tuple[ImageFile.ImageFile, str]:
    """Identify a whitelisted format and check its declared size; decode nothing yet."""
    formats = _formats()
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        # Someone switched it on process-wide; damaged files would then import.
        raise RuntimeError("PIL.ImageFile.LOAD_TRUNCATED_IMAGES must stay False")
    try:
        with warnings.catch_warnings():
            _bomb_warnings_are_errors()
            img = Image.open(io.BytesIO(data), formats=formats)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError) as exc:
        raise PhotoRejected(TOO_LARGE) from exc
    except Exception as exc:
        # UnidentifiedImageError, or whatever a plugin raised for a hostile header.
        reason = DAMAGED if _looks_supported(data, formats) else NOT_A_PICTURE
        raise PhotoRejected(reason) from exc
    source_format = "JPEG" if img.format == "MPO" else str(img.format)
    pixels = img.width * img.height
    limit = MAX_DECLARED_PIXELS if source_format == "JPEG" else MAX_DECODED_PIXELS
    if pixels > limit:
        raise PhotoRejected(TOO_LARGE)
    return img, source_format


def _bomb_warnings_are_errors() -> None:
    """Inside ``catch_warnings``: a bomb warning raises, Pillow's other warnings are muted.

    Warnings such as "Corrupt EXIF data" are not news for the caller.  On
    Python 3.11 ``catch_warnings`` swaps a process-wide filter list, so two
    threads decoding at once could mix their filters up; that can only let a
    warning through, never a bomb, because the pixel limits are also checked
    explicitly.  Import from one worker thread at a time.
    """
    warnings.simplefilter("ignore")
    warnings.simplefilter("error", Image.DecompressionBombWarning)


def _load(img: ImageFile.ImageFile) -> None:
    """Decode every pixel; any failure means the file is damaged."""
    try:
        with warnings.catch_warnings():
            _bomb_warnings_are_errors()
            img.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError) as exc:
        raise PhotoRejected(TOO_LARGE) from exc
    except Exception as exc:  # decoders raise OSError, ValueError, EOFError, struct.error, ...
        raise PhotoRejected(DAMAGED) from exc


@contextmanager
def _memory_is_too_large() -> Iterator[None]:
    """Running out of memory on a picture within the limits still means it is too large."""
    try:
        yield
    except MemoryError as exc:
        raise PhotoRejected(TOO_LARGE) from exc


_setup_lock = threading.Lock()
_heif_available: bool | None = None


def _formats() -> tuple[str, ...]:
    """The whitelist; registers the HEIF opener on first use (importing it costs time)."""
    global _heif_available
    with _setup_lock:
        if _heif_available is None:
            try:
                from pillow_heif import register_heif_opener
            except ImportError:
                _heif_available = False
            else:
                register_heif_opener()
                _heif_available = True
    return (*_ALWAYS_FORMATS, "HEIF") if _heif_available else _ALWAYS_FORMATS


def _looks_supported(data: bytes, formats: tuple[str, ...]) -> bool:
    """Whether the first bytes claim a whitelisted format (then a failure means damage)."""
    head = data[:16]
    if head.startswith(b"\xff\xd8\xff") or head.startswith(b"\x89PNG\r\n\x1a\n"):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return "HEIF" in formats and head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS


def _read_metadata(img: Image.Image) -> tuple[int | None, datetime | None]:
    """EXIF orientation and capture time; damaged EXIF never refuses a photo."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Corrupt EXIF data" is not news for the caller
            exif = img.getexif()
            orientation = exif.get(_TAG_ORIENTATION)
            exif_ifd = exif.get_ifd(_IFD_EXIF)
            candidates = (
                exif_ifd.get(_TAG_DATETIME_ORIGINAL),
                exif_ifd.get(_TAG_DATETIME_DIGITIZED),
                exif.get(_TAG_DATETIME),
            )
    except Exception:  # parsing hostile EXIF raises many types
        return None, None
    if not isinstance(orientation, int):
        orientation = None
    return orientation, next(filter(None, map(_exif_datetime, candidates)), None)


def _exif_datetime(value: object) -> datetime | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    match = _EXIF_DATE.search(value)
    if not match:
        return None
    try:
        return datetime(*map(int, match.groups()))  # type: ignore[arg-type]
    except ValueError:  # "0000:00:00 00:00:00" from a camera with no clock set
        return None


# -- pixels -----------------------------------------------------------------------------------


def _to_plain_mode(img: Image.Image) -> Image.Image:
    """RGB, L or CMYK (the modes resize handles): alpha on white, 16-bit scaled to 8."""
    if img.mode in ("RGB", "L", "CMYK") and not img.has_transparency_data:
        return img
    if img.mode.startswith("I;16") or img.mode == "I":
        # convert("L") would clip every value above 255 to white.
        return img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if img.has_transparency_data:
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return img.convert("L" if img.mode == "1" else "RGB")


def _to_srgb(img: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """RGB in sRGB via the embedded profile (e.g. an iPhone's Display P3) when there is one."""
    if icc_profile:
        transform = _transform_to_srgb(icc_profile, img.mode)
        if transform is not None:
            from PIL import ImageCms

            try:
                return ImageCms.applyTransform(img, transform)  # type: ignore[return-value]
            except (ImageCms.PyCMSError, ValueError, OSError):
                pass  # a profile that does not fit the pixels: keep the colours as they are
    return img if img.mode == "RGB" else img.convert("RGB")


@lru_cache(maxsize=8)
def _transform_to_srgb(icc_profile: bytes, mode: str) -> object | None:
    """A cached lcms transform, or None when the profile is sRGB already or unusable."""
    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        description = ImageCms.getProfileDescription(source).strip().lower()
        if mode != "CMYK" and description.startswith("srgb"):
            return None
        return ImageCms.buildTransform(source, ImageCms.createProfile("sRGB"), mode, "RGB")
    except (ImageCms.PyCMSError, ValueError, OSError, TypeError):
        return None


def _encode_jpeg(img: Image.Image, quality: int) -> bytes:
    # Pillow copies a JPEG comment from .info into the output; nothing of the
    # source may travel with the pixels.
    img.info = {}
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=False, progressive=False)
    return out.getvalue()


# -- captions ---------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(str(resources_dir() / "fonts" / "DejaVuSans.ttf"), size)
    except OSError:
        return ImageFont.load_default(size)


def _fit_caption(
    draw: ImageDraw.ImageDraw, text: str, max_width: int, size: int
) -> tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, str]:
    """Shrink the font to fit the width, down to a readable minimum, then shorten with "…"."""
    text = " ".join(text.split())
    min_size = min(size, 12)
    while True:
        font = _font(size)
        if draw.textlength(text, font=font) <= max_width:
            return font, text
        if size <= min_size:
            break
        size = max(min_size, size * 9 // 10)
    while text and draw.textlength(text + "…", font=font) > max_width:
        text = text[:-1]
    return font, (text.rstrip() + "…") if text else ""
