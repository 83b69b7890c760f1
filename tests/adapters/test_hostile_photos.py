"""Hostile photo files: devices, FIFOs, files that never end, and damaged JPEGs.

Every test here is bounded even against a build without the protections: a
read of /dev/zero runs in a child process with a memory limit and a timeout,
and an open of a FIFO that might block is released by a writer after a few
seconds (and the test fails).
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from PIL import Image

from smpdesk.app import clients as client_cases
from smpdesk.app import photos
from smpdesk.domain.client_details import ClientDetails
from smpdesk.infra import imaging
from smpdesk.infra.imaging import (
    DAMAGED,
    NOT_A_FILE,
    TOO_LARGE,
    UNREADABLE,
    PhotoRejected,
    process_file,
    process_photo,
    read_regular_file,
)
from tests import photo_corpus as corpus

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")


@pytest.fixture
def client_id(db) -> int:
    return client_cases.add_client(db, ClientDetails(given_name="Ana", family_name="Hostile")).id


@contextmanager
def released_after(seconds: float, release: Callable[[], None]) -> Iterator[None]:
    """Fail the test if the block takes over ``seconds``, after ``release()`` unblocks it."""
    fired = threading.Event()

    def fire() -> None:
        fired.set()
        release()

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        if fired.is_set():
            pytest.fail(f"blocked for more than {seconds} s")


def open_writer_end(fifo: Path) -> Callable[[], None]:
    """Releases a reader blocked opening ``fifo``: a writer comes and goes."""

    def release() -> None:
        with suppress(OSError):  # nobody is waiting
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    return release


def reason(call: Callable[[], object]) -> str:
    with pytest.raises(PhotoRejected) as caught:
        call()
    return caught.value.reason


# -- files that are not files (item 13) -------------------------------------------------------


@pytest.mark.skipif(
    not Path("/dev/zero").exists() or sys.platform == "win32", reason="needs /dev/zero"
)
def test_dev_zero_is_refused_without_being_read():
    # In a child with 2 GB of address space: a reader that tries to read
    # /dev/zero to its end fails there instead of eating this machine.
    script = textwrap.dedent(
        """
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
        from smpdesk.infra import imaging
        try:
            imaging.process_file("/dev/zero")
        except imaging.PhotoRejected as exc:
            print(exc.reason)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.strip() == NOT_A_FILE, done.stderr[-2000:]


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_refused_with_a_plain_reason_and_the_import_goes_on(db, client_id, tmp_path):
    good = corpus.make_rotated_jpeg(tmp_path)
    results = photos.import_photos(db, client_id, [Path("/dev/null"), good])
    assert [r.line() for r in results] == [
        f"null: refused: {NOT_A_FILE}",
        f"{good.name}: imported as id {results[1].photo_id}",
    ]


@needs_fifo
def test_a_fifo_is_refused_without_blocking_and_the_import_goes_on(db, client_id, tmp_path):
    fifo = tmp_path / "IMG_0002.jpg"
    os.mkfifo(fifo)  # nobody ever writes to it: opening it to read would wait forever
    good = corpus.make_rotated_jpeg(tmp_path)
    with released_after(10, open_writer_end(fifo)):
        results = photos.import_photos(db, client_id, [fifo, good])
    assert [r.line() for r in results] == [
        f"IMG_0002.jpg: refused: {NOT_A_FILE}",
        f"{good.name}: imported as id {results[1].photo_id}",
    ]


@needs_fifo
def test_a_fifo_swapped_in_after_the_check_does_not_block(tmp_path, monkeypatch):
    # The path is a regular file when it is checked and a FIFO when it is
    # opened: the open must not wait for a writer, and the FIFO is refused.
    fifo = tmp_path / "IMG_0003.jpg"
    os.mkfifo(fifo)
    regular = os.stat(corpus.make_rotated_jpeg(tmp_path))
    real_stat = os.stat

    def stat_before_the_swap(path, *args, **kwargs):
        return regular if Path(path) == fifo else real_stat(path, *args, **kwargs)

    monkeypatch.setattr(imaging.os, "stat", stat_before_the_swap)
    with released_after(10, open_writer_end(fifo)):
        refused = reason(lambda: process_file(fifo))
    assert refused == NOT_A_FILE


def test_the_size_cap_is_kept_while_reading_not_only_by_the_stated_size(tmp_path, monkeypatch):
    # Files in /proc state a size of 0 whatever they hold (as can a file that
    # grows while it is read, or some network drives).
    listing = Path("/proc/self/smaps")
    if not listing.exists() or listing.stat().st_size != 0:
        pytest.skip("needs a procfs file that states no size")
    monkeypatch.setattr(imaging, "MAX_FILE_BYTES", 100)
    assert reason(lambda: process_file(listing)) == TOO_LARGE


def test_read_regular_file_reads_up_to_the_cap_exactly(tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(b"x" * 1000)
    assert read_regular_file(path, 1000) == b"x" * 1000
    assert reason(lambda: read_regular_file(path, 999)) == TOO_LARGE
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    assert read_regular_file(empty, 1000) == b""
    assert reason(lambda: read_regular_file(tmp_path, 1000)) == UNREADABLE
    assert reason(lambda: read_regular_file(tmp_path / "missing.jpg", 1000)) == UNREADABLE


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_link_loop_is_unreadable(tmp_path):
    loop = tmp_path / "loop.jpg"
    try:
        loop.symlink_to(loop)
    except OSError:
        pytest.skip("cannot make symlinks here")
    assert reason(lambda: process_file(loop)) == UNREADABLE


@needs_fifo
def test_folder_import_lists_regular_files_only(tmp_path):
    good = corpus.make_rotated_jpeg(tmp_path)
    os.mkfifo(tmp_path / "pipe.jpg")
    (tmp_path / "folder.jpg").mkdir()
    (tmp_path / "loop.jpg").symlink_to(tmp_path / "loop.jpg")
    (tmp_path / "broken.jpg").symlink_to(tmp_path / "nowhere.jpg")
    (tmp_path / "linked.jpg").symlink_to(good)
    if Path("/dev/zero").exists():
        (tmp_path / "zero.jpg").symlink_to("/dev/zero")
    assert [p.name for p in photos.files_in_folder(tmp_path)] == [good.name, "linked.jpg"]


# -- damaged JPEGs (item 16) ------------------------------------------------------------------


def photo_jpeg(**params: object) -> bytes:
    return corpus.jpeg_bytes(corpus.photo_like((640, 480)), **params)


def scan_data(data: bytes) -> tuple[int, int]:
    """(start, end) of the entropy-coded data: after the first scan header, before the EOI."""
    marker, pos, length = corpus.jpeg_segments(data)[-1]
    assert marker == 0xDA and data.endswith(b"\xff\xd9")
    return pos + 2 + length, len(data) - 2


def zero_middle_third(data: bytes) -> bytes:
    start, end = scan_data(data)
    third = (end - start) // 3
    damaged = bytearray(data)
    damaged[start + third : start + 2 * third] = bytes(third)
    return bytes(damaged)


def cut_with_end_marker(data: bytes, fraction: float = 0.5) -> bytes:
    start, end = scan_data(data)
    return data[: start + int((end - start) * fraction)] + b"\xff\xd9"


KINDS = {
    "baseline": {},
    "optimised": {"optimize": True},
    "restart markers": {"restart_marker_rows": 1},
    "progressive": {"progressive": True},
}


@pytest.mark.parametrize("kind", KINDS)
def test_a_jpeg_with_a_third_of_its_data_zeroed_is_damaged(kind):
    data = photo_jpeg(**KINDS[kind])
    process_photo(data)
    assert reason(lambda: process_photo(zero_middle_third(data))) == DAMAGED


@pytest.mark.parametrize("kind", ["baseline", "optimised", "restart markers"])
@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.99])
def test_a_jpeg_cut_short_with_an_end_marker_appended_is_damaged(kind, fraction):
    data = photo_jpeg(**KINDS[kind])
    assert reason(lambda: process_photo(cut_with_end_marker(data, fraction))) == DAMAGED


def test_a_progressive_jpeg_cut_short_with_an_end_marker_appended_is_damaged():
    data = photo_jpeg(progressive=True)
    # Cut inside the scan before the last one: later scans are missing.
    last_scan = data.rfind(b"\xff\xda")
    damaged = data[: last_scan - 200] + b"\xff\xd9"
    assert reason(lambda: process_photo(damaged)) == DAMAGED


def test_a_jpeg_whose_data_ends_early_is_damaged_also_in_grey():
    # A header claiming more than its (complete, properly ended) data holds:
    # libjpeg would fill the missing blocks in grey.
    data = bytearray(corpus.jpeg_bytes(corpus.marked((64, 64))))
    sof = next(pos for marker, pos, _ in corpus.jpeg_segments(bytes(data)) if marker == 0xC0)
    data[sof + 5 : sof + 9] = struct.pack(">HH", 640, 640)
    assert reason(lambda: process_photo(bytes(data))) == DAMAGED


def test_damaged_jpegs_are_refused_by_name_and_the_import_goes_on(db, client_id, tmp_path):
    data = photo_jpeg()
    zeroed = tmp_path / "IMG_0010.jpg"
    zeroed.write_bytes(zero_middle_third(data))
    cut = tmp_path / "IMG_0011.jpg"
    cut.write_bytes(cut_with_end_marker(data))
    good = corpus.make_rotated_jpeg(tmp_path)
    results = photos.import_photos(db, client_id, [zeroed, cut, good])
    assert [r.line() for r in results] == [
        f"IMG_0010.jpg: refused: {DAMAGED}",
        f"IMG_0011.jpg: refused: {DAMAGED}",
        f"{good.name}: imported as id {results[2].photo_id}",
    ]


def junk_jpeg_header() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"


@pytest.mark.parametrize(
    "data",
    [
        junk_jpeg_header() + b"\xff\x00" * 100_000,
        junk_jpeg_header() + b"\xff" * 100_000,
        junk_jpeg_header() + b"\xff\xfe\x00\x02" * 100_000,
        junk_jpeg_header()[:-4],
    ],
    ids=["escaped bytes", "fill bytes", "empty comments", "header cut short"],
)
def test_a_jpeg_with_no_picture_in_it_is_damaged(data):
    assert reason(lambda: process_photo(data)) == DAMAGED


# -- good JPEGs still import ------------------------------------------------------------------


def flat_optimised() -> bytes:
    # Flat blocks in optimised tables are all-zero bits: long zero runs are real data.
    img = Image.new("RGB", (1600, 1200), (250, 250, 250))
    img.paste((20, 20, 20), (0, 0, 1600, 600))
    return corpus.jpeg_bytes(img, optimize=True)


GOOD: dict[str, Callable[[Path], bytes]] = {
    "baseline": lambda _: photo_jpeg(),
    "progressive": lambda _: photo_jpeg(progressive=True),
    "progressive with restarts": lambda _: photo_jpeg(progressive=True, restart_marker_blocks=7),
    "optimised": lambda _: photo_jpeg(optimize=True),
    "restart every block": lambda _: photo_jpeg(restart_marker_blocks=1),
    "restart every 3 rows": lambda _: photo_jpeg(restart_marker_rows=3),
    "4:4:4": lambda _: photo_jpeg(subsampling=0),
    "4:2:2": lambda _: photo_jpeg(subsampling=1),
    "odd size": lambda _: corpus.jpeg_bytes(corpus.photo_like((633, 477))),
    "grey": lambda _: corpus.jpeg_bytes(corpus.photo_like((640, 480)).convert("L")),
    "grey progressive": lambda _: corpus.jpeg_bytes(
        corpus.photo_like((640, 480)).convert("L"), progressive=True
    ),
    "cmyk": lambda _: corpus.jpeg_bytes(corpus.photo_like((640, 480)).convert("CMYK")),
    "flat and optimised": lambda _: flat_optimised(),
    "flat and progressive": lambda _: corpus.jpeg_bytes(
        Image.new("RGB", (800, 600), (0, 0, 0)), progressive=True
    ),
    "exif rotated": lambda d: corpus.make_rotated_jpeg(d).read_bytes(),
    "garbage after the end": lambda _: photo_jpeg() + b"\x00garbage\xff\xd9" * 500,
    "a second jpeg after the end": lambda _: photo_jpeg() + photo_jpeg(progressive=True),
    "fill bytes before the end": lambda _: photo_jpeg()[:-2] + b"\xff" * 20 + b"\xff\xd9",
}


@pytest.mark.parametrize("case", GOOD)
def test_good_jpegs_still_import(case, tmp_path):
    data = GOOD[case](tmp_path)
    expected = Image.open(io.BytesIO(data))
    expected.load()
    result = process_photo(data)
    assert {result.width, result.height} == set(expected.size)


def test_an_mpo_still_imports(tmp_path):
    assert process_file(corpus.make_mpo(tmp_path)).source_format == "JPEG"


def whole_jpeg(width: int, height: int) -> bytes:
    """A complete mid-grey JPEG of any size, written directly (no pixels in memory).

    In the standard Huffman tables a flat 4:2:0 MCU (four luma and two chroma
    blocks, each "no change in DC, end of block") is exactly the bytes 28 A2 8A 00.
    """
    sample = corpus.jpeg_bytes(Image.new("RGB", (16, 16), corpus.GREY))
    _, pos, length = corpus.jpeg_segments(sample)[-1]
    header = bytearray(sample[: pos + 2 + length])
    assert sample[len(header) :] == b"\x28\xa2\x8a\x00\xff\xd9"
    sof = next(pos for marker, pos, _ in corpus.jpeg_segments(sample) if marker == 0xC0)
    header[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    mcus = -(-width // 16) * -(-height // 16)
    return bytes(header) + b"\x28\xa2\x8a\x00" * mcus + b"\xff\xd9"


def test_a_whole_200_megapixel_jpeg_is_decoded_at_reduced_scale():
    result = process_photo(whole_jpeg(16320, 12240))
    assert (result.width, result.height) == (3000, 2250)


def test_the_200_megapixel_header_over_64x64_data_is_now_damaged(tmp_path):
    # libjpeg used to fill all but the first 64x64 pixels in grey.
    path = corpus.make_jpeg_header_bomb(tmp_path, 16320, 12240)
    assert reason(lambda: process_file(path)) == DAMAGED
