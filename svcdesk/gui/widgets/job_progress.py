"""A progress row for a background job: message, bar and Cancel, hidden while nothing runs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from svcdesk.events import Progress
from svcdesk.gui.i18n import translate_message


class JobProgress(QWidget):
    """`start(text)` shows it busy, `update(Progress)` moves it, `finish()` hides it.
    Cancel emits `cancel_requested` (connect it to the worker's quit)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("Muted")
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    def start(self, text: str = "") -> None:
        self.bar.setRange(0, 0)  # busy until the first Progress with a total
        self.label.setText(text)
        self.setVisible(True)

    def update(self, event: Progress) -> None:
        self.bar.setRange(0, max(event.total, 0))
        self.bar.setValue(event.done)
        if event.message:
            self.label.setText(translate_message(event.message))

    def finish(self) -> None:
        self.setVisible(False)

    def value(self) -> int:
        return self.bar.value()
