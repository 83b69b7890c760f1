"""Turn an untrusted photo file into the clean JPEGs the clinic file stores.

Photos arrive from phones and cameras, in odd modes, sometimes damaged, and
carrying GPS positions.  Everything here is headless (no Qt) so the import
worker, the CLI and the tests share one pipeline:

* Only regular files are read (never a device, FIFO or socket), with the size
  cap enforced while reading.
* Formats are whitelisted by content (JPEG, PNG, WebP, HEIC/HEIF through
  pillow-heif); the file name is never consulted.
* Pixel limits are checked before any pixel is decoded, and Pillow's
  decompression-bomb warning is raised as an error.  The file is fully
  decoded (``verify()`` passes truncated JPEGs).  libjpeg fills missing or
  garbled scan data with grey and only warns, and Pillow drops the warning, so
  a JPEG's structure is checked here and its last scan is fed to the decoder
  in a way that shows whether the data really ran to its end marker.
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
import os
import re
import stat
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFile, ImageFont

if TYPE_CHECKING:  # ImageCms is imported when a photo has a profile, not at start-up
    from PIL.ImageCms import ImageCmsTransform

from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.paths import resources_dir

# Reasons a file is refused; the GUI prints "IMG_001.HEIC: <reason>".
# Short reasons shown after a file's name in the import summary (the window translates them).
NOT_A_PICTURE = QT_TRANSLATE_NOOP("core", "not a picture")
DAMAGED = QT_TRANSLATE_NOOP("core", "file is damaged or incomplete")
TOO_LARGE = QT_TRANSLATE_NOOP("core", "picture is too large")
EMPTY = QT_TRANSLATE_NOOP("core", "the file is empty")
UNREADABLE = QT_TRANSLATE_NOOP("core", "could not be read")
NOT_A_FILE = QT_TRANSLATE_NOOP("core", "not a regular file")

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
    return process_photo(read_regular_file(path, MAX_FILE_BYTES), **kwargs)


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: no newline translation
)


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raise :class:`PhotoRejected` if not.

    ``/dev/zero``, a FIFO or a socket is refused before it is read (a FIFO is
    opened non-blocking and checked again, so swapping one in cannot hang
    the import), and at most ``max_bytes + 1`` bytes are ever read, whatever
    the size said.  A folder or a missing file "could not be read".
    """
    try:
        info = os.stat(path)
        _check_regular(info, max_bytes)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise PhotoRejected(UNREADABLE) from exc
    try:
        info = os.fstat(fd)
        _check_regular(info, max_bytes)  # the path may have been swapped since the stat
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)  # a regular file: read it the ordinary way
        parts: list[bytes] = []
        total = 0
        # One read of the expected size plus one that finds the end; a file
        # growing meanwhile is read on, up to one byte past the cap.
        want = min(info.st_size, max_bytes) + 1
        while total <= max_bytes:
            chunk = os.read(fd, min(max(want - total, 1 << 20), max_bytes + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise PhotoRejected(UNREADABLE) from exc
    finally:
        os.close(fd)
    if total > max_bytes:
        raise PhotoRejected(TOO_LARGE)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _check_regular(info: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise PhotoRejected(UNREADABLE)
    if not stat.S_ISREG(info.st_mode):
        raise PhotoRejected(NOT_A_FILE)
    if info.st_size > max_bytes:
        raise PhotoRejected(TOO_LARGE)


def decode_picture(data: bytes, *, long_side: int = LONG_SIDE) -> Image.Image:
    """A picture as upright RGB pixels, long side at most ``long_side``, decoded with every
    check an import makes (whitelist, pixel limits, bombs, truncation): for pictures read
    back from the clinic file (a design's base photo, a signature), which may be crafted.
    Raises :class:`PhotoRejected`.  (Issue 17, H3.)"""
    if long_side < 1:
        raise ValueError("long_side must be positive")
    if not data:
        raise PhotoRejected(EMPTY)
    return _prepare(data, _fit_long_side(long_side))[0]


def encode_jpeg(img: Image.Image, quality: int = QUALITY) -> bytes:
    """``img`` as an RGB JPEG carrying nothing but its pixels (no EXIF, comment or profile)."""
    return _encode_jpeg(img if img.mode == "RGB" else img.convert("RGB"), quality)


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
    img, source_format, scan_reader = _open(data)
    if source_format != "JPEG":
        _load(img)  # PNG only knows its EXIF after the pixel data
    orientation, captured_at = _read_metadata(img)
    upright = None if orientation is None else _UPRIGHT.get(orientation)
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
        if scan_reader is not None and not scan_reader.read_to_the_end():
            raise PhotoRejected(DAMAGED)  # the picture was complete before its data was
    icc_profile = img.info.get("icc_profile")
    with _memory_is_too_large():
        pixels = _to_plain_mode(img)
        if pixels.size != target:
            # Bicubic, Pillow's default: at the usual 1.3-2.7x reduction it looks
            # the same as Lanczos and costs a fifth less, and this resize is the
            # most expensive step for a 12 MP photo.
            pixels = pixels.resize(target, Image.Resampling.BICUBIC, reducing_gap=3.0)
        if upright is not None:
            pixels = pixels.transpose(upright)
        pixels = _to_srgb(pixels, icc_profile)
    return pixels, source_format, captured_at


def _open(data: bytes) -> tuple[ImageFile.ImageFile, str, _ScanEndReader | None]:
    """Identify a whitelisted format and check its declared size; decode nothing yet.

    For a JPEG whose pixels are all in one scan, also the reader to ask after
    decoding whether the decoder used all of the scan data.
    """
    formats = _formats()
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        # Someone switched it on process-wide; damaged files would then import.
        raise RuntimeError("PIL.ImageFile.LOAD_TRUNCATED_IMAGES must stay False")
    layout = _jpeg_layout(data)
    stream: io.BytesIO = io.BytesIO(data)
    if layout is not None and layout.one_scan:
        stream = _ScanEndReader(data, layout.scans[0])
    try:
        with warnings.catch_warnings():
            _bomb_warnings_are_errors()
            img = Image.open(stream, formats=formats)
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
    if source_format == "JPEG" and layout is not None and _jpeg_damaged(layout, data):
        raise PhotoRejected(DAMAGED)
    return img, source_format, stream if isinstance(stream, _ScanEndReader) else None


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


# -- JPEG structure ---------------------------------------------------------------------------
#
# libjpeg decodes whatever scan data there is: when it runs into a marker early
# (a file cut short, with or without an end marker appended) it fills the rest
# in grey, and when garbled data decodes into too many blocks it skips what is
# left; both are only warnings, which Pillow drops.  So the structure is
# checked here: every restart marker present and in order, every coefficient
# of every component sent (a progressive file cut short lacks scans), and no
# run of zero bytes longer than the scan could hold (a zero-filled stretch).
# A file with one scan is also decoded with its end marker replaced (see
# _ScanEndReader), which shows both kinds of damage in the last scan.

# The marker that ends a scan's entropy-coded data (0xFF 0x00 is an escaped
# data byte, 0xFF 0xD0-D7 a restart marker, further 0xFF bytes are fill).
_SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_RESTART = re.compile(rb"\xff[\xd0-\xd7]")
_NOT_FILL = re.compile(rb"[^\xff]")
_NOT_ZERO = re.compile(rb"[^\x00]")
# Real files have a few dozen segments; a file with more is left to libjpeg.
_MAX_SEGMENTS = 4096
# Huffman-coded frames checked here -> progressive.  Lossless, arithmetic-coded
# and hierarchical frames are left to libjpeg (Pillow barely reads them).
_SOF_HUFFMAN = {0xC0: False, 0xC1: False, 0xC2: True}
_SOF_OTHER = {0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_ALL_COEFFICIENTS = (1 << 64) - 1
# A flat block costs at least two bits (DC and end-of-block codes, all-zero
# only in optimised tables), so a zero run can honestly hold only a few bits
# per block; more than 16 zero bits per block of the scan is filled-in damage.
_ZERO_BYTES_PER_BLOCK = 2
_ZERO_RUN_MARGIN = 64


@dataclass(frozen=True)
class _Frame:
    width: int
    height: int
    ids: tuple[int, ...]
    sampling: tuple[tuple[int, int], ...]
    progressive: bool


@dataclass(frozen=True)
class _Scan:
    start: int
    """Offset of the first byte of entropy-coded data."""
    end: int
    """Offset of the marker (or its fill bytes) that ends the data."""
    components: tuple[int, ...]
    """Indices into the frame's components."""
    coefficients: int
    """Bit k set: coefficient k is sent to its last bit by this scan."""
    restart_interval: int


@dataclass(frozen=True)
class _JpegLayout:
    frame: _Frame
    scans: tuple[_Scan, ...]

    @property
    def one_scan(self) -> bool:
        return not self.frame.progressive and len(self.scans) == 1


def _jpeg_layout(data: bytes) -> _JpegLayout | None:
    """The frame and scans of a JPEG, or None when it is not one these checks understand.

    Walks the markers the way libjpeg does (stray bytes and fill bytes between
    segments are skipped); stops at the end marker, so an MPO's second picture
    or anything appended is ignored.  A file that ends, or runs on for
    thousands of segments, before any scan is refused here: no decoder could
    read it, and Pillow's header parser would take seconds over a big one.
    """
    if not data.startswith(b"\xff\xd8\xff"):
        return None
    frame: _Frame | None = None
    scans: list[_Scan] = []
    interval = 0
    pos, size = 2, len(data)
    for _ in range(_MAX_SEGMENTS):
        pos = data.find(b"\xff", pos)
        code = _NOT_FILL.search(data, pos) if pos >= 0 else None
        if code is None:
            break
        pos = code.start()
        marker = data[pos]
        pos += 1
        if marker == 0xD9:
            if not scans:
                return None  # tables only so far; libjpeg reads on
            break
        if marker in (0x00, 0x01) or 0xD0 <= marker <= 0xD7:
            continue  # stray escaped byte, TEM or a restart marker outside a scan
        if marker == 0xD8 or marker in _SOF_OTHER:
            return None
        length = int.from_bytes(data[pos : pos + 2], "big") if pos + 2 <= size else 0
        if length < 2 or pos + length > size:
            break  # a segment cut short
        body = data[pos + 2 : pos + length]
        pos += length
        if marker in _SOF_HUFFMAN:
            if frame is not None:
                return None
            frame = _parse_frame(body, _SOF_HUFFMAN[marker])
            if frame is None:
                return None
        elif marker == 0xDD:
            if len(body) < 2:
                return None
            interval = int.from_bytes(body[:2], "big")
        elif marker == 0xDA:
            scan = _parse_scan(body, frame, interval, data, pos) if frame else None
            if scan is None:
                return None
            scans.append(scan)
            pos = scan.end
    else:
        if not scans:
            raise PhotoRejected(DAMAGED)
        return None
    if not scans:
        raise PhotoRejected(DAMAGED)
    return _JpegLayout(frame, tuple(scans)) if frame else None


def _parse_frame(body: bytes, progressive: bool) -> _Frame | None:
    if len(body) < 6:
        return None
    height = int.from_bytes(body[1:3], "big")
    width = int.from_bytes(body[3:5], "big")
    count = body[5]
    if not width or not height or not count or len(body) < 6 + 3 * count:
        return None  # a zero height is given later (DNL): not checked
    specs = [body[6 + 3 * i : 9 + 3 * i] for i in range(count)]
    sampling = tuple((spec[1] >> 4, spec[1] & 15) for spec in specs)
    ids = tuple(spec[0] for spec in specs)
    if len(set(ids)) != count or not all(1 <= h <= 4 and 1 <= v <= 4 for h, v in sampling):
        return None
    return _Frame(width, height, ids, sampling, progressive)


def _parse_scan(body: bytes, frame: _Frame, interval: int, data: bytes, start: int) -> _Scan | None:
    if not body or len(body) < 1 + 2 * body[0] + 3:
        return None
    count = body[0]
    ids = [body[1 + 2 * i] for i in range(count)]
    if not count or len(set(ids)) != count or not set(ids) <= set(frame.ids):
        return None
    ss, se, approximation = body[1 + 2 * count : 4 + 2 * count]
    if not frame.progressive:
        coefficients = _ALL_COEFFICIENTS  # libjpeg ignores the fields in a sequential scan
    elif ss > se or se > 63 or (ss == 0) != (se == 0) or (ss > 0 and count != 1):
        return None
    else:
        coefficients = 0 if approximation & 15 else ((2 << se) - 1) ^ ((1 << ss) - 1)
    found = _SCAN_END.search(data, start)
    end = found.start() if found else len(data)
    while end > start and data[end - 1] == 0xFF:
        end -= 1  # fill bytes before the marker
    return _Scan(
        start=start,
        end=end,
        components=tuple(frame.ids.index(i) for i in ids),
        coefficients=coefficients,
        restart_interval=interval,
    )


def _scan_units(frame: _Frame, components: tuple[int, ...]) -> tuple[int, int]:
    """(MCUs, blocks) in a scan, as libjpeg counts them."""
    h_max = max(h for h, _ in frame.sampling)
    v_max = max(v for _, v in frame.sampling)
    if len(components) == 1:
        h, v = frame.sampling[components[0]]
        blocks = -(-frame.width * h // (8 * h_max)) * -(-frame.height * v // (8 * v_max))
        return blocks, blocks
    mcus = -(-frame.width // (8 * h_max)) * -(-frame.height // (8 * v_max))
    return mcus, mcus * sum(h * v for h, v in (frame.sampling[c] for c in components))


def _jpeg_damaged(layout: _JpegLayout, data: bytes) -> bool:
    """Whether the structure shows missing or filled-in data (see the notes above)."""
    sent = [0] * len(layout.frame.ids)
    for scan in layout.scans:
        mcus, blocks = _scan_units(layout.frame, scan.components)
        if scan.restart_interval:
            if not _restarts_in_order(data, scan, -(-mcus // scan.restart_interval) - 1):
                return True
            # A zero run cannot span a restart marker: one interval's worth at most.
            blocks = min(blocks, blocks // mcus * scan.restart_interval)
        if _zero_run(data, scan.start, scan.end, _ZERO_BYTES_PER_BLOCK * blocks + _ZERO_RUN_MARGIN):
            return True
        for component in scan.components:
            sent[component] |= scan.coefficients
    return any(mask != _ALL_COEFFICIENTS for mask in sent)


def _restarts_in_order(data: bytes, scan: _Scan, expected: int) -> bool:
    """Whether the scan has its ``expected`` restart markers, numbered 0-7 over and over.

    One more after the last interval is harmless.
    """
    found = 0
    for marker in _RESTART.finditer(data, scan.start, scan.end):
        if found > expected or data[marker.start() + 1] != 0xD0 + found % 8:
            return False
        found += 1
    return found >= expected


def _zero_run(data: bytes, start: int, end: int, length: int) -> bool:
    """Whether ``data[start:end]`` holds ``length`` zero bytes in a row (in linear time)."""
    probe = bytes(min(length, 1 << 16))
    pos = data.find(probe, start, end)
    while pos >= 0:
        nonzero = _NOT_ZERO.search(data, pos, end)
        run_end = nonzero.start() if nonzero else end
        if run_end - pos >= length:
            return True
        pos = data.find(probe, run_end, end)
    return False


# What the decoder gets instead of a one-scan JPEG's end marker: escaped 0xFF
# bytes, which are no marker and no valid Huffman code, so a decoder that
# still needs data soon needs more than there is.  It is more than libjpeg's
# read-ahead (at most 8 bytes) needs.
_SCAN_PADDING = b"\xff\x00" * 32
# The last _SCAN_TAIL bytes of the scan are handed over _SCAN_TAIL_READ at a
# time; a decoder that has finished more than _SCAN_SLACK bytes before the end
# left data unread.
_SCAN_TAIL = 4096
_SCAN_TAIL_READ = 256
_SCAN_SLACK = 256


class _ScanEndReader(io.BytesIO):
    """A one-scan JPEG as the decoder sees it, to tell afterwards whether the data was whole.

    The end marker is replaced by :data:`_SCAN_PADDING`.  When data is missing
    the decoder runs out instead of filling grey, and Pillow raises "image
    file is truncated".  When garbled data decoded into too many blocks, the
    picture is finished early: near the end the data is handed over in small
    pieces, so :meth:`read_to_the_end` can tell by how far it was read.  The
    decode costs what it did; only the last few kilobytes come in small pieces.
    """

    def __init__(self, data: bytes, scan: _Scan):
        super().__init__(data)  # shares the bytes, no copy
        self._slow_from = max(scan.start, scan.end - _SCAN_TAIL)
        self._scan_end = scan.end

    def read(self, size: int | None = -1, /) -> bytes:
        pos = self.tell()
        if size is None or size < 0:
            size = self._scan_end + len(_SCAN_PADDING) - pos
        if pos >= self._scan_end:
            padding = _SCAN_PADDING[pos - self._scan_end :][: min(size, _SCAN_TAIL_READ)]
            self.seek(pos + len(padding))
            return padding
        if pos + size > self._slow_from:
            size = self._slow_from - pos if pos < self._slow_from else min(size, _SCAN_TAIL_READ)
        return super().read(min(size, self._scan_end - pos))

    def read_to_the_end(self) -> bool:
        return self.tell() >= self._scan_end - _SCAN_SLACK


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
                # Pillow types the result Optional: it is None only with inPlace=True.
                return ImageCms.applyTransform(img, transform)  # type: ignore[return-value]
            except (ImageCms.PyCMSError, ValueError, OSError):
                pass  # a profile that does not fit the pixels: keep the colours as they are
    return img if img.mode == "RGB" else img.convert("RGB")


@lru_cache(maxsize=8)
def _transform_to_srgb(icc_profile: bytes, mode: str) -> ImageCmsTransform | None:
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
