"""A searchable combo of the voice library's voices (Convert and Compare pick voices with it).

Typing filters the list by any part of a voice's name or tags; the list is read again each time it opens
(listing reads metadata only, a few milliseconds for hundreds of voices), so voices imported on the Library
page or by a finished run are there without any signal between pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

WEIGHTS_ROLE = Qt.ItemDataRole.UserRole
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def voice_label(entry) -> str:
    pitch = "" if entry.has_pitch else " · no pitch"
    return f"{entry.name}  ({entry.version} {entry.sample_rate // 1000}k{pitch})"


class LibraryVoiceCombo(QComboBox):
    """Emits `voiceChosen(weights, index, name)` when the user picks a library voice."""

    voiceChosen = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None, library_factory=None):
        super().__init__(parent)
        self._library_factory = library_factory
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.lineEdit().setPlaceholderText(self.tr("Search the voice library…"))
        self.setToolTip(self.tr("A voice from the voice library; type to search by name or tag."))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated[str].connect(self._completed)
        self.activated.connect(self._picked)
        self.reload()

    def library(self):
        if self._library_factory is not None:
            return self._library_factory()
        from svcdesk.library.catalog import Library

        return Library.default()

    def reload(self) -> None:
        """Read the library again, keeping the chosen voice."""
        current = self.currentData(WEIGHTS_ROLE)
        text = self.currentText()
        try:
            voices = [entry for entry in self.library().voices() if not entry.problem]
        except OSError:
            voices = []
        self.blockSignals(True)
        self.clear()
        for entry in voices:
            self.addItem(voice_label(entry) + ("  #" + " #".join(entry.tags) if entry.tags else ""))
            row = self.count() - 1
            self.setItemData(row, str(entry.weights), WEIGHTS_ROLE)
            self.setItemData(row, str(entry.index) if entry.index is not None else "", INDEX_ROLE)
            self.setItemData(row, entry.name, NAME_ROLE)
        row = self.findData(current, WEIGHTS_ROLE) if current else -1
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("" if current else text)
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.reload()
        super().showPopup()

    def voice_count(self) -> int:
        return self.count()

    def choose(self, name: str) -> bool:
        """Pick the voice called `name` (as a user would); False when there is none."""
        self.reload()
        for row in range(self.count()):
            if self.itemData(row, NAME_ROLE) == name:
                self.setCurrentIndex(row)
                self._picked(row)
                return True
        return False

    def _completed(self, text: str) -> None:
        row = self.findText(text)
        if row >= 0:
            self.setCurrentIndex(row)
            self._picked(row)

    def _picked(self, row: int) -> None:
        weights = self.itemData(row, WEIGHTS_ROLE)
        if weights:
            self.voiceChosen.emit(weights, self.itemData(row, INDEX_ROLE) or "", self.itemData(row, NAME_ROLE))


__all__ = ["LibraryVoiceCombo", "voice_label"]
