"""Photo metrics: photo_import_ms, gallery_300_ms, gallery_300_rss_mb.

photo_import_ms: per-photo import of synthetic 12 MP and 24 MP JPEGs through
the real pipeline into the database; floor: Pillow doing the same pixel work
like for like, with no database and no checks: the same reduced-scale
(``draft``) JPEG decoding when the target allows it, the same resampling
(bicubic, ``reducing_gap=3.0``) to the same long side, the thumbnail from that
image (Lanczos, ``reducing_gap=2.0``) and both encoded at the same quality, as
``smpdesk.infra.imaging.process_photo`` does.  So the ratio is what reading
the file safely, the structure checks, hashing and the database add.

gallery_300_ms: a client with 300 photos over 12 visits; from opening the
Photos tab to every visible thumbnail painted; floor: a bare QListWidget
showing the same number of visible thumbnails, decoded from the same bytes.

gallery_300_rss_mb: resident memory growth for that gallery; floor: the
decoded size of every visible thumbnail (what showing them must cost).
"""

from __future__ import annotations

import io
import os
import random
import resource
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks.clinic import Clinic


def _camera_jpeg(path: Path, size: tuple[int, int], seed: int) -> Path:
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    small = Image.new("RGB", (size[0] // 8, size[1] // 8), (200, 160, 140))
    draw = ImageDraw.Draw(small)
    for _ in range(4000):
        x, y = rng.randrange(small.width), rng.randrange(small.height)
        draw.point((x, y), fill=(rng.randrange(40, 90),) * 3)
    image = small.resize(size).filter(ImageFilter.GaussianBlur(1))
    image.save(path, "JPEG", quality=92)
    return path


def _floor(path: Path, long_side: int = 3000, thumb_side: int = 320, quality: int = 88) -> None:
    """The pixel work ``imaging.process_photo`` must do, like for like (see the module doc)."""
    from PIL import Image

    def fit(size: tuple[int, int], side: int) -> tuple[int, int]:
        scale = min(1.0, side / max(size))
        return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))

    with Image.open(path) as image:
        target = fit(image.size, long_side)
        if target[0] * 2 <= image.width and target[1] * 2 <= image.height:
            image.draft("RGB", target)  # reduced-scale decoding, never below the target
        image.load()
        pixels = image.convert("RGB") if image.mode != "RGB" else image
        if pixels.size != target:
            pixels = pixels.resize(target, Image.Resampling.BICUBIC, reducing_gap=3.0)
        thumb_size = fit(pixels.size, thumb_side)
        thumb = pixels.resize(thumb_size, Image.Resampling.LANCZOS, reducing_gap=2.0)
        for picture in (pixels, thumb):
            picture.save(io.BytesIO(), "JPEG", quality=quality, optimize=False, progressive=False)


def measure_import(clinic: Clinic) -> dict[str, float | str]:
    from smpdesk.app import photos
    from smpdesk.app.clinic import open_clinic

    # Inside the clinic's folder, which the runner removes.
    folder = Path(tempfile.mkdtemp(prefix="smpdesk-photos-", dir=clinic.folder))
    sources = [_camera_jpeg(folder / f"p12_{i}.jpg", (4000, 3000), i) for i in range(4)] + [
        _camera_jpeg(folder / f"p24_{i}.jpg", (6000, 4000), 100 + i) for i in range(4)
    ]
    db = open_clinic(clinic.db_path)
    client_id = db.execute("SELECT min(id) FROM clients").fetchone()[0]
    _floor(sources[0])
    ours, floor = [], []
    for path in sources:
        start = time.perf_counter()
        _floor(path)
        floor.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        [result] = photos.import_photos(db, client_id, [path])
        ours.append((time.perf_counter() - start) * 1000)
        assert result.imported, result.reason
    db.conn.close()
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "value": statistics.mean(ours),
        "floor": statistics.mean(floor),
        "unit": "ms",
        "target": "< 1.3x floor per photo",
        "note": f"mean over {len(sources)} photos (4 x 12 MP, 4 x 24 MP)",
    }


def _gallery_client(clinic: Clinic) -> int:
    from smpdesk.app.clinic import open_clinic
    from smpdesk.app.demo.photos import synthetic_scalp
    from smpdesk.app.photos import new_photo
    from smpdesk.infra.imaging import process_photo
    from smpdesk.store import insert_photo

    db = open_clinic(clinic.db_path)
    client_id = db.execute("SELECT max(id) FROM clients").fetchone()[0]
    start = date.today() - timedelta(days=360)
    for i in range(300):
        processed = process_photo(synthetic_scalp("front", i % 4, i, (900, 675)), long_side=900)
        insert_photo(
            db,
            new_photo(
                processed,
                client_id=client_id,
                visit_date=(start + timedelta(days=30 * (i // 25))).isoformat(),
                angle=("front", "top", "crown", "back")[i % 4],
                source_name=f"g{i}.jpg",
            ),
        )
    db.conn.close()
    return client_id


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def measure_gallery(clinic: Clinic) -> dict[str, dict[str, float | str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

    from smpdesk.app.clinic import open_clinic
    from smpdesk.gui.main_window import MainWindow
    from smpdesk.store import photo_thumbnails

    client_id = _gallery_client(clinic)
    app = QApplication.instance() or QApplication([])
    db = open_clinic(clinic.db_path)
    window = MainWindow(db, clinic.db_path)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.open_client(client_id)
    app.processEvents()
    before = _rss_mb()
    start = time.perf_counter()
    window.client_page.tabs.setCurrentWidget(window.photos_tab)
    window.photos_tab.repaint()
    for gallery in window.photos_tab.galleries:
        gallery.viewport().repaint()
    app.processEvents()
    ours = (time.perf_counter() - start) * 1000
    grown = max(0.0, _rss_mb() - before)
    visible = sum(g.model().decoded for g in window.photos_tab.galleries)
    ids = [p.id for g in window.photos_tab.galleries for p in g.model().items][:visible]
    thumbs = photo_thumbnails(db, ids)
    window.close()

    bare = QListWidget()
    bare.setViewMode(QListWidget.ViewMode.IconMode)
    bare.resize(1280, 800)
    bare.show()
    app.processEvents()
    start = time.perf_counter()
    decoded_bytes = 0
    for data in thumbs.values():
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        decoded_bytes += pixmap.width() * pixmap.height() * 4
        bare.addItem(QListWidgetItem(QIcon(pixmap), "x"))
    bare.viewport().repaint()
    app.processEvents()
    floor = (time.perf_counter() - start) * 1000
    bare.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    note = f"{visible} thumbnails decoded of 300 photos; peak RSS {peak:.0f} MB"
    return {
        "gallery_300_ms": {
            "value": ours,
            "floor": floor,
            "unit": "ms",
            "target": "< 300 ms",
            "note": note,
        },
        "gallery_300_rss_mb": {
            "value": grown,
            "floor": decoded_bytes / 1e6,
            "unit": "MB",
            "target": "full-size images only while shown",
            "note": "RSS growth opening the gallery vs decoded thumbnail size",
        },
    }
