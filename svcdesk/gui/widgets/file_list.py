"""A list of audio files that plays an entry with one click (training previews, renders)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

PATH_ROLE = Qt.ItemDataRole.UserRole


class PlayableFileList(QListWidget):
    """Click an entry to hear it: `playRequested(path)`; the entry being heard shows a pause icon."""

    playRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._playing: str | None = None
        self.setAlternatingRowColors(True)
        self.itemClicked.connect(self._on_clicked)
        self.setToolTip(self.tr("Click an entry to listen to it."))

    def add_file(self, path: str | Path, label: str | None = None) -> QListWidgetItem:
        path = str(path)
        for row in range(self.count()):
            if self.item(row).data(PATH_ROLE) == path:
                return self.item(row)
        item = QListWidgetItem(label or Path(path).name)
        item.setData(PATH_ROLE, path)
        item.setToolTip(path)
        item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.addItem(item)
        return item

    def paths(self) -> list[str]:
        return [self.item(row).data(PATH_ROLE) for row in range(self.count())]

    def set_playing(self, path: str | None) -> None:
        """Mark which entry is being heard (None: nothing)."""
        self._playing = path
        play = self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        pause = self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        for row in range(self.count()):
            item = self.item(row)
            item.setIcon(pause if item.data(PATH_ROLE) == path else play)

    def playing(self) -> str | None:
        return self._playing

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.playRequested.emit(item.data(PATH_ROLE))
