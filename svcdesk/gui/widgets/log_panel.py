"""The log panel: the app's log records as coloured lines, filtered by level."""

from __future__ import annotations

import html
import logging
import time
from pathlib import Path

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from svcdesk.gui import theme
from svcdesk.gui.logs import BridgeHandler, LogBridge, LogLine

MAX_LINES = 5000
_LEVEL_COLOURS = {logging.WARNING: theme.WARNING, logging.ERROR: theme.ERROR, logging.CRITICAL: theme.ERROR}


class LogPanel(QWidget):
    """Shows LogLines from a LogBridge (history first); `lines_shown` counts what it displays."""

    def __init__(self, bridge: LogBridge | None, handler: BridgeHandler | None, log_dir: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.log_dir = log_dir
        self.lines_shown = 0
        self._lines: list[LogLine] = []
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setMaximumBlockCount(MAX_LINES)
        self.view.setFont(QFont("monospace", 9))
        self.level = QComboBox(self)
        for name, level in ((self.tr("Info and above"), logging.INFO), (self.tr("Warnings and errors"), logging.WARNING),
                            (self.tr("Errors only"), logging.ERROR)):
            self.level.addItem(name, level)
        self.level.currentIndexChanged.connect(self._refilter)
        clear = QPushButton(self.tr("Clear"), self)
        clear.clicked.connect(self.clear)
        open_folder = QPushButton(self.tr("Open log folder"), self)
        open_folder.setEnabled(log_dir is not None)
        open_folder.clicked.connect(self.open_log_folder)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self.level)
        bar.addStretch(1)
        bar.addWidget(clear)
        bar.addWidget(open_folder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        if handler is not None:
            for line in list(handler.history):
                self.add_line(line)
        if bridge is not None:
            bridge.line.connect(self.add_line)

    @property
    def minimum_level(self) -> int:
        return int(self.level.currentData())

    @Slot(object)
    def add_line(self, line: LogLine) -> None:
        self._lines.append(line)
        if len(self._lines) > MAX_LINES:
            del self._lines[: len(self._lines) - MAX_LINES]
        if line.level >= self.minimum_level:
            self._append(line)

    def _append(self, line: LogLine) -> None:
        stamp = time.strftime("%H:%M:%S", time.localtime(line.created))
        text = html.escape(f"{stamp} {line.level_name:<7} {line.logger}: {line.message}")
        colour = _LEVEL_COLOURS.get(line.level)
        self.view.appendHtml(f'<span style="color:{colour}">{text}</span>' if colour else text)
        self.lines_shown += 1

    def _refilter(self) -> None:
        self.view.clear()
        self.lines_shown = 0
        for line in self._lines:
            if line.level >= self.minimum_level:
                self._append(line)

    def clear(self) -> None:
        self._lines.clear()
        self.view.clear()
        self.lines_shown = 0

    def text(self) -> str:
        return self.view.toPlainText()

    def open_log_folder(self) -> None:
        if self.log_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))
