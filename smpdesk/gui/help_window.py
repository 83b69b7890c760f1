"""Help → smpdesk help (F1): the built-in guide, read from ``resources/help/help.md``.

The guide is a Markdown file shipped with the app (and its pictures beside it),
so a clinic with no internet has it, and it can be corrected without touching
code. It is shown in a QTextBrowser that loads only files from the help folder:
nothing is fetched from the network, and a link to anywhere else does nothing.
The topics on the left are the file's ``##`` headings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smpdesk.gui.i18n import translate
from smpdesk.gui.widgets.screen_fit import remember_geometry
from smpdesk.paths import resources_dir

HELP_FILE = "help.md"


def help_dir() -> Path:
    """The shipped help folder (inside the wheel when installed, else the checkout)."""
    return resources_dir() / "help"


class LocalBrowser(QTextBrowser):
    """A text browser that loads pictures from the help folder and nothing else."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder.resolve()
        self.setOpenLinks(False)  # links are handled by HelpWindow: in-page only
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # Qt's name
        """Only a file inside the help folder; any other address (http, ..) loads nothing."""
        name = QUrl(name)
        if name.scheme() not in ("", "file"):
            return None
        relative = name.toLocalFile() if name.isLocalFile() else name.path()
        path = (self.folder / relative).resolve()
        if not path.is_relative_to(self.folder) or not path.is_file():
            return None
        return super().loadResource(kind, QUrl.fromLocalFile(str(path)))


class HelpWindow(QDialog):
    """The guide beside the main window: topics on the left, the text on the right, a find box."""

    def __init__(
        self,
        text: str,
        folder: Path,
        *,
        clinic_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("smpdesk help"))
        self.setModal(False)  # read it while working in the main window

        self.browser = LocalBrowser(folder)
        self.browser.setObjectName("help_text")
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(f"{folder.resolve()}/"))
        self.browser.document().setMarkdown(
            text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        )
        self.browser.anchorClicked.connect(self._follow)

        self.topics = QListWidget()
        self.topics.setObjectName("help_topics")
        self._headings: list[int] = []  # the block number of each topic's heading
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                self.topics.addItem(block.text())
                self._headings.append(block.blockNumber())
            block = block.next()
        self.topics.currentRowChanged.connect(self.show_topic)
        self.topics.setWordWrap(True)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # open at the top

        self.find_box = QLineEdit()
        self.find_box.setObjectName("help_find")
        self.find_box.setPlaceholderText(self.tr("Find in help (Ctrl+F), Enter for the next one"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.not_found = QLabel()
        self.not_found.setObjectName("help_not_found")
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_box.setFocus)

        splitter = QSplitter()
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])

        where = QLabel(
            self.tr("This clinic's file: {path}").format(path=clinic_file) if clinic_file else ""
        )
        where.setObjectName("help_clinic_file")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_box, 1)
        find_row.addWidget(self.not_found)
        bottom = QHBoxLayout()
        bottom.addWidget(where, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        remember_geometry(self, "help_window", 980, 820)

    def show_topic(self, row: int) -> None:
        """Scroll so the topic's heading is at the top of the text."""
        if not 0 <= row < len(self._headings):
            return
        document = self.browser.document()
        block = document.findBlockByNumber(self._headings[row])
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(round(top))

    def find_next(self) -> bool:
        """Select the next place the find box's words appear, from the top again at the end."""
        words = self.find_box.text().strip()
        if not words:
            self.not_found.clear()
            return False
        found = self.browser.find(words)
        if not found:  # wrap round once
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(words)
        self.not_found.setText("" if found else self.tr("Not found"))
        return found

    def _follow(self, url: QUrl) -> None:
        """In-page links only; the guide links nowhere else (no network)."""
        if url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


def show_help(parent: QWidget, clinic_file: Path | None = None) -> HelpWindow | None:
    """Open (or bring forward) the one help window of ``parent``."""
    existing = parent.findChild(HelpWindow, "help_window")
    if isinstance(existing, HelpWindow):
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    folder = help_dir()
    try:
        text = (folder / HELP_FILE).read_text(encoding="utf-8")
    except OSError:
        QMessageBox.warning(
            parent,
            translate("help_window", "No help"),
            translate(
                "help_window",
                "The help file is missing from {folder}. Install smpdesk again to bring it back.",
            ).format(folder=folder),
        )
        return None
    window = HelpWindow(text, folder, clinic_file=clinic_file, parent=parent)
    window.show()
    return window
