"""The photo pipeline against a corpus of bad and awkward files."""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageFile

from smpdesk.errors import UserError
from smpdesk.infra import imaging
from smpdesk.infra.imaging import (
    DAMAGED,
    EMPTY,
    NOT_A_PICTURE,
    TOO_LARGE,
    UNREADABLE,
    PhotoRejected,
    ProcessedPhoto,
    content_hash,
    process_file,
    process_photo,
    render_comparison,
)
from tests import photo_corpus as corpus

# JPEG markers a clean re-encode may contain: JFIF, quantisation and Huffman
# tables, baseline frame, scan.  No APPn with EXIF/XMP/ICC, no comment.
CLEAN_MARKERS = {0xE0, 0xDB, 0xC4, 0xC0, 0xDA}


def decoded(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def assert_clean_jpeg(data: bytes) -> Image.Image:
    img = decoded(data)
    assert img.format == "JPEG"
    assert img.mode == "RGB"
    assert len(img.getexif()) == 0
    for key in ("exif", "xmp", "comment", "icc_profile", "photoshop", "adobe"):
        assert key not in img.info, key
    markers = {marker for marker, _, _ in corpus.jpeg_segments(data)}
    assert markers <= CLEAN_MARKERS, sorted(hex(m) for m in markers - CLEAN_MARKERS)
    assert corpus.SECRET not in data
    assert b"TestPhone" not in data
    return img


def close(pixel: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


def assert_upright_marked(img: Image.Image) -> None:
    """Stored 400x200 with red top-left plus orientation 6 is shown 200x400, red top-right."""
    assert img.size == (200, 400)
    assert close(img.getpixel((img.width - 10, 10)), corpus.RED)
    assert close(img.getpixel((10, 10)), corpus.GREY)
    assert close(img.getpixel((img.width - 10, img.height - 10)), corpus.GREY)


@pytest.fixture(scope="module")
def big_jpeg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus.make_big_jpeg(tmp_path_factory.mktemp("big"))


# -- orientation and metadata -----------------------------------------------------------------


def test_rotated_jpeg_is_turned_upright_and_stripped(tmp_path):
    result = process_file(corpus.make_rotated_jpeg(tmp_path))

    assert result.source_format == "JPEG"
    assert (result.width, result.height) == (200, 400)
    assert (result.thumb_width, result.thumb_height) == (160, 320)
    assert_upright_marked(assert_clean_jpeg(result.image))
    thumb = assert_clean_jpeg(result.thumbnail)
    assert thumb.size == (160, 320)
    assert close(thumb.getpixel((thumb.width - 4, 4)), corpus.RED, 40)


def test_capture_date_comes_from_date_time_original(tmp_path):
    result = process_file(corpus.make_rotated_jpeg(tmp_path))
    assert result.captured_at == datetime(2026, 11, 3, 14, 25, 7)
    assert result.captured_at.tzinfo is None


def test_capture_date_falls_back_to_date_time():
    exif = Image.Exif()
    exif[0x0132] = "2025:02:28 08:05:00"
    result = process_photo(corpus.jpeg_bytes(corpus.marked(), exif=exif))
    assert result.captured_at == datetime(2025, 2, 28, 8, 5)


@pytest.mark.parametrize("value", ["0000:00:00 00:00:00", "    :  :     :  :  ", "yesterday", ""])
def test_unset_or_garbled_capture_date_is_none(value):
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = value
    result = process_photo(corpus.jpeg_bytes(corpus.marked(), exif=exif))
    assert result.captured_at is None


def test_no_exif_gives_no_date_and_no_rotation():
    result = process_photo(corpus.jpeg_bytes(corpus.marked()))
    assert result.captured_at is None
    img = decoded(result.image)
    assert img.size == (400, 200)
    assert close(img.getpixel((10, 10)), corpus.RED)


def test_damaged_exif_does_not_refuse_the_photo():
    data = corpus.jpeg_bytes(corpus.marked(), exif=b"Exif\x00\x00II*\x00\xff\xff\xff\x7fjunk")
    result = process_photo(data)
    assert result.captured_at is None
    assert (result.width, result.height) == (400, 200)


def test_heic_is_imported_upright_with_its_date(tmp_path):
    result = process_file(corpus.make_heic(tmp_path))
    assert result.source_format == "HEIF"
    assert result.captured_at == datetime(2026, 11, 3, 14, 25, 7)
    assert_upright_marked(assert_clean_jpeg(result.image))


def test_webp_with_exif_orientation_is_upright(tmp_path):
    result = process_file(corpus.make_webp(tmp_path))
    assert result.source_format == "WEBP"
    assert result.captured_at == datetime(2026, 11, 3, 14, 25, 7)
    assert_upright_marked(assert_clean_jpeg(result.image))


def test_multi_picture_jpeg_counts_as_jpeg(tmp_path):
    result = process_file(corpus.make_mpo(tmp_path))
    assert result.source_format == "JPEG"
    img = assert_clean_jpeg(result.image)
    assert img.size == (400, 200)
    assert close(img.getpixel((10, 10)), corpus.RED)


# -- modes ------------------------------------------------------------------------------------

LEFT, RIGHT, MIDDLE = (30, 100), (270, 100), (150, 100)
WHITE, BLACK = (255, 255, 255), (0, 0, 0)

MODE_CASES: dict[str, tuple[Callable[[Path], Path], dict[tuple[int, int], tuple[int, ...]]]] = {
    "cmyk": (corpus.make_cmyk_jpeg, {MIDDLE: corpus.RED}),
    "grey": (corpus.make_grey_jpeg, {MIDDLE: (90, 90, 90)}),
    "16-bit": (corpus.make_16bit_png, {(2, 32): BLACK, (256, 32): corpus.GREY, (509, 32): WHITE}),
    "palette": (corpus.make_palette_png, {MIDDLE: (0, 160, 0)}),
    "palette with transparency": (
        corpus.make_palette_png_transparent,
        {LEFT: WHITE, RIGHT: corpus.BLUE},
    ),
    "rgba": (corpus.make_rgba_png, {LEFT: WHITE, RIGHT: corpus.BLUE}),
    "grey with alpha": (corpus.make_la_png, {LEFT: WHITE, RIGHT: BLACK}),
    "1-bit": (corpus.make_1bit_png, {LEFT: BLACK, RIGHT: WHITE}),
    "animated webp": (corpus.make_animated_webp, {(60, 40): corpus.RED}),
    "animated png": (corpus.make_animated_png, {(60, 40): corpus.RED}),
}


@pytest.mark.parametrize("case", MODE_CASES)
def test_awkward_modes_import_as_rgb(tmp_path, case):
    make, expected = MODE_CASES[case]
    result = process_file(make(tmp_path))
    img = assert_clean_jpeg(result.image)
    assert_clean_jpeg(result.thumbnail)
    for xy, colour in expected.items():
        assert close(img.getpixel(xy), colour), (xy, img.getpixel(xy), colour)


def test_embedded_colour_profile_is_converted_to_srgb(tmp_path):
    swapped = process_file(corpus.make_icc_jpeg(tmp_path, corpus.swapped_profile()))
    assert close(assert_clean_jpeg(swapped.image).getpixel((10, 10)), (0, 255, 0), 40)
    plain = process_file(corpus.make_icc_jpeg(tmp_path, corpus.srgb_profile(), "srgb.jpg"))
    assert close(assert_clean_jpeg(plain.image).getpixel((10, 10)), corpus.RED)


# -- refused ----------------------------------------------------------------------------------

REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "zero bytes": (corpus.make_empty, EMPTY),
    "text renamed .jpg": (corpus.make_text_as_jpeg, NOT_A_PICTURE),
    "truncated jpeg": (corpus.make_truncated_jpeg, DAMAGED),
    "truncated png": (corpus.make_truncated_png, DAMAGED),
    "truncated webp": (corpus.make_truncated_webp, DAMAGED),
    "truncated heic": (corpus.make_truncated_heic, DAMAGED),
    "animated gif": (corpus.make_animated_gif, NOT_A_PICTURE),
    "bmp": (lambda d: corpus.make_other_format(d, "BMP"), NOT_A_PICTURE),
    "tiff": (lambda d: corpus.make_other_format(d, "TIFF"), NOT_A_PICTURE),
    "pdf": (lambda d: corpus.make_other_format(d, "PDF"), NOT_A_PICTURE),
    "144 MP png bomb": (corpus.make_png_bomb, TOO_LARGE),
    "png claiming 225 MP": (lambda d: corpus.make_png_header_bomb(d, 15000, 15000), TOO_LARGE),
    "png claiming 900 MP": (lambda d: corpus.make_png_header_bomb(d, 30000, 30000), TOO_LARGE),
    "jpeg claiming 400 MP": (lambda d: corpus.make_jpeg_header_bomb(d, 20000, 20000), TOO_LARGE),
    "jpeg claiming 4 GP": (lambda d: corpus.make_jpeg_header_bomb(d, 65000, 65000), TOO_LARGE),
}


@pytest.mark.parametrize("case", REFUSED)
def test_bad_files_are_refused_with_the_right_reason(tmp_path, case):
    make, reason = REFUSED[case]
    with pytest.raises(PhotoRejected) as caught:
        process_file(make(tmp_path))
    assert str(caught.value) == reason
    assert caught.value.reason == reason
    assert isinstance(caught.value, UserError)


@pytest.mark.parametrize(
    ("width", "height", "cause"),
    [
        (15000, 15000, Image.DecompressionBombWarning),
        (30000, 30000, Image.DecompressionBombError),
    ],
)
def test_pillow_bomb_checks_are_errors(tmp_path, width, height, cause):
    with pytest.raises(PhotoRejected, match=TOO_LARGE) as caught:
        process_file(corpus.make_png_header_bomb(tmp_path, width, height))
    assert isinstance(caught.value.__cause__, cause)


def test_jpeg_bomb_warning_is_an_error(tmp_path):
    with pytest.raises(PhotoRejected, match=TOO_LARGE) as caught:
        process_file(corpus.make_jpeg_header_bomb(tmp_path, 20000, 20000))
    assert isinstance(caught.value.__cause__, Image.DecompressionBombWarning)


def test_a_200_megapixel_header_over_64x64_of_data_is_refused_as_damaged(tmp_path):
    # The data behind the rewritten header is 64x64 but ends properly; libjpeg
    # would fill the rest in grey.  The scan-structure check now sees that the
    # data ran out (a whole 200 MP photo still imports: test_hostile_photos).
    with pytest.raises(PhotoRejected, match=imaging.DAMAGED):
        process_file(corpus.make_jpeg_header_bomb(tmp_path, 16320, 12240))


def test_decode_budget_counts_drafted_pixels(monkeypatch):
    data = corpus.jpeg_bytes(corpus.photo_like((2000, 1500)))
    monkeypatch.setattr(imaging, "MAX_DECODED_PIXELS", 1_000_000)
    result = process_photo(data, long_side=1000)  # decoded at 1/2: 0.75 MP
    assert (result.width, result.height) == (1000, 750)
    with pytest.raises(PhotoRejected, match=TOO_LARGE):
        process_photo(data, long_side=2000)  # 3 MP


def test_pillow_settings_stay_safe_and_warning_filters_do_not_leak(tmp_path):
    before = list(warnings.filters)
    with pytest.raises(PhotoRejected):
        process_file(corpus.make_png_header_bomb(tmp_path, 15000, 15000))
    process_file(corpus.make_rotated_jpeg(tmp_path))
    assert warnings.filters == before
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
    assert Image.MAX_IMAGE_PIXELS == imaging.MAX_DECLARED_PIXELS


def test_truncated_images_switched_on_elsewhere_is_a_programming_error(monkeypatch):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    with pytest.raises(RuntimeError):
        process_photo(corpus.jpeg_bytes(corpus.marked()))


def test_unreadable_paths_are_refused(tmp_path):
    for path in (tmp_path / "missing.jpg", tmp_path):
        with pytest.raises(PhotoRejected, match=UNREADABLE):
            process_file(path)


# -- sizes ------------------------------------------------------------------------------------


def test_12_megapixel_photo_is_limited_to_3000(big_jpeg):
    result = process_file(big_jpeg)
    assert (result.width, result.height) == (3000, 2250)
    assert (result.thumb_width, result.thumb_height) == (320, 240)
    assert decoded(result.image).size == (3000, 2250)
    assert decoded(result.thumbnail).size == (320, 240)


@pytest.mark.parametrize(("long_side", "size"), [(400, (400, 300)), (500, (500, 375))])
def test_draft_decoding_never_goes_below_the_requested_size(long_side, size):
    source = corpus.marked((1600, 1200))
    source.paste(corpus.RED, (0, 0, 400, 400))
    result = process_photo(corpus.jpeg_bytes(source), long_side=long_side)
    img = decoded(result.image)
    assert img.size == size == (result.width, result.height)
    assert close(img.getpixel((10, 10)), corpus.RED)
    assert close(img.getpixel((size[0] - 10, size[1] - 10)), corpus.GREY)


def test_small_photos_are_never_upscaled():
    result = process_photo(corpus.jpeg_bytes(corpus.marked((240, 100))), thumb_side=320)
    assert (result.width, result.height) == (240, 100)
    assert (result.thumb_width, result.thumb_height) == (240, 100)


def test_thumbnail_of_a_long_thin_picture_keeps_at_least_a_pixel():
    result = process_photo(corpus.png_bytes(Image.new("RGB", (5000, 4), "white")), thumb_side=320)
    assert (result.thumb_width, result.thumb_height) == (320, 1)


# -- identity ---------------------------------------------------------------------------------


def test_content_hash_is_of_the_original_bytes_and_stable(tmp_path):
    path = corpus.make_rotated_jpeg(tmp_path)
    data = path.read_bytes()
    first, second = process_file(path), process_photo(bytes(data))
    assert first.content_hash == second.content_hash == content_hash(data)
    assert first.content_hash == hashlib.sha256(data).hexdigest()
    other = process_photo(corpus.jpeg_bytes(corpus.marked()))
    assert other.content_hash != first.content_hash


def test_processed_photo_is_frozen(tmp_path):
    result = process_file(corpus.make_rotated_jpeg(tmp_path))
    assert isinstance(result, ProcessedPhoto)
    with pytest.raises(AttributeError):
        result.width = 1  # type: ignore[misc]


# -- comparison -------------------------------------------------------------------------------


def _has_dark_pixels(img: Image.Image, box: tuple[int, int, int, int]) -> bool:
    low, _ = img.crop(box).convert("L").getextrema()
    return low < 100


def test_comparison_puts_both_photos_side_by_side_with_captions(big_jpeg, tmp_path):
    before = process_file(big_jpeg)
    after = process_file(corpus.make_rotated_jpeg(tmp_path))
    data = render_comparison(before.image, after.image, "Łukasz — 3 Nov 2026", "Zoë — 1 Dec 2026")
    img = assert_clean_jpeg(data)
    assert img.width > img.height > 1200
    # left 1600 wide (4:3 at 1200), right 600 wide (1:2)
    assert img.width == 1600 + 600 + max(4, 1200 // 100)
    band = (0, 1200, img.width, img.height)
    assert _has_dark_pixels(img, (0, 1200, 1600, img.height))
    assert _has_dark_pixels(img, (1612, 1200, img.width, img.height))
    assert not _has_dark_pixels(img, (1590, 1200, 1622, img.height))  # centred, not spread
    assert img.crop(band).convert("L").getextrema()[1] >= 250  # white band


def test_comparison_with_long_captions_and_no_bundled_font(monkeypatch, tmp_path):
    monkeypatch.setattr(imaging, "resources_dir", lambda: tmp_path / "nowhere")
    imaging._font.cache_clear()
    try:
        photo = process_photo(corpus.jpeg_bytes(corpus.marked((300, 400))))
        data = render_comparison(photo.image, photo.image, "Ł" * 300, "", height=300)
    finally:
        imaging._font.cache_clear()
    img = decoded(data)
    assert img.width > img.height > 300


def test_comparison_refuses_a_bad_input():
    good = process_photo(corpus.jpeg_bytes(corpus.marked())).image
    with pytest.raises(PhotoRejected, match=NOT_A_PICTURE):
        render_comparison(good, b"not a jpeg", "a", "b")


# -- fuzzing ----------------------------------------------------------------------------------

_SEEDS = [
    corpus.jpeg_bytes(corpus.marked((64, 48)), exif=corpus.camera_exif(6)),
    corpus.jpeg_bytes(corpus.marked((64, 48)), progressive=True),
    corpus.png_bytes(corpus.marked((64, 48))),
    corpus.png_bytes(corpus.marked((64, 48), "RGBA")),
]


def _outcome(data: bytes) -> None:
    try:
        result = process_photo(data)
    except PhotoRejected as exc:
        assert str(exc) in {NOT_A_PICTURE, DAMAGED, TOO_LARGE, EMPTY}
    else:
        assert decoded(result.image).size == (result.width, result.height)


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_never_escape_as_anything_but_a_refusal(data):
    _outcome(data)


@FUZZ
@given(st.sampled_from(_SEEDS), st.data())
def test_truncated_files_never_escape(seed, draw):
    cut = draw.draw(st.integers(min_value=0, max_value=len(seed)))
    _outcome(seed[:cut])


@FUZZ
@given(st.sampled_from(_SEEDS), st.data())
def test_corrupted_files_never_escape(seed, draw):
    data = bytearray(seed)
    for _ in range(draw.draw(st.integers(min_value=1, max_value=8))):
        position = draw.draw(st.integers(min_value=0, max_value=len(data) - 1))
        data[position] = draw.draw(st.integers(min_value=0, max_value=255))
    _outcome(bytes(data))
