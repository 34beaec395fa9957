"""Help > User guide: the short guide in resources/guide/, rendered from Markdown in the interface
language (index.<language>.md, e.g. index.zh_CN.md), or the English index.md when there is none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from svcdesk.gui.i18n import DEFAULT_LANGUAGE, current_language
from svcdesk.gui.theme import resource_path

GUIDE_FOLDER = "guide"
GUIDE_FILE = "index.md"


def guide_path(language: str) -> Path | None:
    """The guide in `language`, else the English one; None when the guide is not installed."""
    if language != DEFAULT_LANGUAGE:
        translated = resource_path(GUIDE_FOLDER, f"index.{language}.md")
        if translated is not None:
            return translated
    return resource_path(GUIDE_FOLDER, GUIDE_FILE)


class GuideDialog(QDialog):
    """The user guide in a read-only browser; links to web pages open in the system browser."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("svcdesk user guide"))
        self.resize(820, 760)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        path = guide_path(current_language())
        if path is None:
            self.browser.setPlainText(self.tr("The user guide (resources/guide/index.md) is not installed."))
        else:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
