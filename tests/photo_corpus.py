"""Bad and awkward photo files, made on the spot so none is checked in.

Each ``make_*`` function writes one file into ``dest`` and returns its path.
The pictures are small unless the case is about size; the marked ones carry a
red square in the stored top-left corner so a test can prove the pixels were
really turned upright.  The bombs are written by hand (a PNG or JPEG header
declaring a huge size) so making them costs no memory.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

RED = (255, 0, 0)
GREY = (128, 128, 128)
BLUE = (0, 0, 255)
MARK = 40  # side of the red square in the stored top-left corner

TAKEN = "2026:11:03 14:25:07"  # DateTimeOriginal
CHANGED = "2026:11:04 09:00:00"  # DateTime (edited later; must not win)
SECRET = b"51.5007N 0.1246W"  # a position that must not survive anywhere


def marked(size: tuple[int, int] = (400, 200), mode: str = "RGB") -> Image.Image:
    """Grey picture with a red square in the top-left corner."""
    img = Image.new("RGB", size, GREY)
    img.paste(RED, (0, 0, MARK, MARK))
    return img.convert(mode)


def photo_like(size: tuple[int, int]) -> Image.Image:
    """Smooth gradients plus sensor-like noise: compresses like a real photo."""
    red = Image.linear_gradient("L").resize(size)
    green = Image.radial_gradient("L").resize(size)
    blue = Image.linear_gradient("L").rotate(90).resize(size)
    base = Image.merge("RGB", (red, green, blue))
    noise = Image.merge("RGB", [Image.effect_noise(size, 48) for _ in range(3)])
    return Image.blend(base, noise, 0.2)


def camera_exif(orientation: int = 6) -> Image.Exif:
    """EXIF like a phone writes: orientation, dates, camera and a GPS position."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x0132] = CHANGED
    exif[0x010F] = "TestPhone"  # Make
    exif[0x0110] = "Model 12"  # Model
    exif.get_ifd(0x8769)[0x9003] = TAKEN
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (51.0, 30.0, 2.52)
    gps[3] = "W"
    gps[4] = (0.0, 7.0, 28.56)
    gps[27] = SECRET  # GPSProcessingMethod, free text
    return exif


def jpeg_bytes(img: Image.Image, **params: object) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90, **params)
    return out.getvalue()


def png_bytes(img: Image.Image, **params: object) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG", **params)
    return out.getvalue()


def _write(dest: Path, name: str, data: bytes) -> Path:
    path = dest / name
    path.write_bytes(data)
    return path


# -- good but awkward -------------------------------------------------------------------------


def make_rotated_jpeg(dest: Path) -> Path:
    """400x200 stored, orientation 6 (shown 200x400), GPS, dates, comment and XMP."""
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>' + SECRET + b"</x:xmpmeta>"
    data = jpeg_bytes(marked(), exif=camera_exif(6), comment=SECRET, xmp=xmp)
    return _write(dest, "IMG_0001.JPG", data)


def make_big_jpeg(dest: Path, size: tuple[int, int] = (4000, 3000), name: str = "") -> Path:
    """A 12 MP (by default) photo-like JPEG."""
    name = name or f"big_{size[0]}x{size[1]}.jpg"
    return _write(dest, name, jpeg_bytes(photo_like(size)))


def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def swapped_profile() -> bytes:
    """An RGB profile that is sRGB with red and green primaries swapped.

    A pure red pixel tagged with it is really green, so converting to sRGB
    through the embedded profile is visible in the pixels.  (No wide-gamut
    profile ships with Pillow to test with, and none may be downloaded.)
    """
    data = bytearray(srgb_profile())
    (count,) = struct.unpack(">I", data[128:132])
    entries = {}
    for index in range(count):
        start = 132 + 12 * index
        entries[bytes(data[start : start + 4])] = start
    red, green = entries[b"rXYZ"], entries[b"gXYZ"]
    data[red + 4 : red + 12], data[green + 4 : green + 12] = (
        data[green + 4 : green + 12],
        data[red + 4 : red + 12],
    )
    desc = data.index("sRGB".encode("utf-16-be"))
    data[desc : desc + 2] = "x".encode("utf-16-be")  # "xRGB built-in": not sRGB
    return bytes(data)


def make_icc_jpeg(dest: Path, profile: bytes, name: str = "tagged.jpg") -> Path:
    """Pure red pixels tagged with ``profile``."""
    return _write(dest, name, jpeg_bytes(Image.new("RGB", (300, 200), RED), icc_profile=profile))


def make_cmyk_jpeg(dest: Path) -> Path:
    """Print-workflow JPEG in CMYK; pure red ink."""
    return _write(dest, "cmyk.jpg", jpeg_bytes(Image.new("CMYK", (300, 200), (0, 255, 255, 0))))


def make_grey_jpeg(dest: Path) -> Path:
    return _write(dest, "grey.jpg", jpeg_bytes(Image.new("L", (300, 200), 90)))


def make_16bit_png(dest: Path) -> Path:
    """16-bit greyscale ramp, 0 at the left to 65535 at the right."""
    width = 512
    img = Image.new("I;16", (width, 64))
    img.putdata([x * 65535 // (width - 1) for x in range(width)] * 64)
    return _write(dest, "ramp16.png", png_bytes(img))


def make_palette_png(dest: Path) -> Path:
    """Palette picture, green, no transparency."""
    img = Image.new("RGB", (300, 200), (0, 160, 0)).convert("P", palette=Image.Palette.ADAPTIVE)
    return _write(dest, "palette.png", png_bytes(img))


def make_palette_png_transparent(dest: Path) -> Path:
    """Palette picture whose left half uses the transparent index."""
    img = Image.new("P", (300, 200), 1)
    img.putpalette([0, 0, 0, 0, 0, 255] + [0] * 762)
    img.paste(0, (0, 0, 150, 200))
    return _write(dest, "palette_alpha.png", png_bytes(img, transparency=0))


def make_rgba_png(dest: Path) -> Path:
    """Left half fully transparent (red underneath), right half opaque blue."""
    img = Image.new("RGBA", (300, 200), (*RED, 0))
    img.paste((*BLUE, 255), (150, 0, 300, 200))
    return _write(dest, "rgba.png", png_bytes(img))


def make_la_png(dest: Path) -> Path:
    """Grey with alpha: left half transparent black, right half opaque black."""
    img = Image.new("LA", (300, 200), (0, 0))
    img.paste((0, 255), (150, 0, 300, 200))
    return _write(dest, "la.png", png_bytes(img))


def make_1bit_png(dest: Path) -> Path:
    """Black and white: left half black, right half white."""
    img = Image.new("1", (300, 200), 1)
    img.paste(0, (0, 0, 150, 200))
    return _write(dest, "bilevel.png", png_bytes(img))


def make_webp(dest: Path) -> Path:
    out = io.BytesIO()
    marked().save(out, "WEBP", quality=90, exif=camera_exif(6))
    return _write(dest, "photo.webp", out.getvalue())


def _frames() -> list[Image.Image]:
    return [Image.new("RGB", (120, 80), colour) for colour in (RED, BLUE, GREY)]


def make_animated_webp(dest: Path) -> Path:
    """Three frames: red first."""
    first, *rest = _frames()
    out = io.BytesIO()
    first.save(out, "WEBP", save_all=True, append_images=rest, duration=100, lossless=True)
    return _write(dest, "anim.webp", out.getvalue())


def make_animated_png(dest: Path) -> Path:
    """APNG with three frames: red first."""
    first, *rest = _frames()
    return _write(dest, "anim.png", png_bytes(first, save_all=True, append_images=rest))


def make_mpo(dest: Path) -> Path:
    """Multi-picture JPEG (cameras and phones write these): opens as MPO in Pillow."""
    out = io.BytesIO()
    marked().save(out, "MPO", save_all=True, append_images=[Image.new("RGB", (400, 200))])
    return _write(dest, "stereo.jpg", out.getvalue())


def heic_bytes(img: Image.Image, exif: Image.Exif | None = None) -> bytes:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    if exif is not None:
        # pillow-heif takes the orientation for the HEIF rotation from .info.
        img.info["exif"] = exif.tobytes()
    out = io.BytesIO()
    img.save(out, format="HEIF", quality=90)
    return out.getvalue()


def make_heic(dest: Path) -> Path:
    """iPhone-like: HEIF with orientation 6 (stored as a HEIF rotation), dates and GPS."""
    return _write(dest, "IMG_0002.HEIC", heic_bytes(marked(), camera_exif(6)))


# -- refused ----------------------------------------------------------------------------------


def make_empty(dest: Path) -> Path:
    return _write(dest, "empty.jpg", b"")


def make_text_as_jpeg(dest: Path) -> Path:
    return _write(dest, "notes.jpg", b"Client notes: session 2 on Tuesday.\n" * 20)


def make_truncated_jpeg(dest: Path) -> Path:
    data = jpeg_bytes(photo_like((640, 480)))
    return _write(dest, "cut.jpg", data[: len(data) // 2])


def make_truncated_png(dest: Path) -> Path:
    data = png_bytes(photo_like((320, 240)))
    return _write(dest, "cut.png", data[: len(data) // 2])


def make_truncated_webp(dest: Path) -> Path:
    out = io.BytesIO()
    photo_like((320, 240)).save(out, "WEBP", quality=90)
    data = out.getvalue()
    return _write(dest, "cut.webp", data[: len(data) // 2])


def make_truncated_heic(dest: Path) -> Path:
    data = heic_bytes(photo_like((320, 240)))
    return _write(dest, "cut.heic", data[: len(data) // 2])


def make_animated_gif(dest: Path) -> Path:
    first, *rest = _frames()
    out = io.BytesIO()
    first.save(out, "GIF", save_all=True, append_images=rest, duration=100)
    return _write(dest, "anim.jpg", out.getvalue())


def make_other_format(dest: Path, fmt: str) -> Path:
    """A real picture in a format that is not accepted (BMP, TIFF, PDF, ...)."""
    out = io.BytesIO()
    marked().save(out, fmt)
    return _write(dest, f"picture_{fmt.lower()}.jpg", out.getvalue())


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header(width: int, height: int, idat: bytes = b"") -> bytes:
    """A 1-bit greyscale PNG declaring ``width`` x ``height``; IDAT as given."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat or zlib.compress(b"\0" * 64))
        + _png_chunk(b"IEND", b"")
    )


def make_png_bomb(dest: Path, side: int = 12000) -> Path:
    """A real, complete, all-black 1-bit PNG of side x side (144 MP) in a few kilobytes."""
    row = b"\0" * (1 + (side + 7) // 8)  # filter byte + packed bits
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    return _write(dest, "bomb.png", png_header(side, side, body))


def make_png_header_bomb(dest: Path, width: int, height: int) -> Path:
    """Only a header claiming the size; refused before any decoding."""
    return _write(dest, f"bomb_{width}x{height}.png", png_header(width, height))


def jpeg_segments(data: bytes) -> list[tuple[int, int, int]]:
    """``(marker, offset of the marker, segment length)`` up to and including SOS."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    found, pos = [], 2
    while pos + 4 <= len(data):
        assert data[pos] == 0xFF, f"no marker at {pos}"
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        found.append((marker, pos, length))
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        pos += 2 + length
    return found


def make_jpeg_header_bomb(dest: Path, width: int, height: int) -> Path:
    """A small JPEG whose frame header is rewritten to claim ``width`` x ``height``."""
    data = bytearray(jpeg_bytes(Image.new("RGB", (64, 64), GREY)))
    sof = next(pos for marker, pos, _ in jpeg_segments(bytes(data)) if marker == 0xC0)
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return _write(dest, f"bomb_{width}x{height}.jpg", bytes(data))
