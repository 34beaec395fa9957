"""Collect the visible strings of a widget tree and judge which still look like untranslated English.

Shared by the i18n GUI tests (not collected: no test_ prefix).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QCommandLinkButton,
    QDockWidget,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QDoubleSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

# Words that stay as they are in every language: product and technique names, units, formats,
# keyboard names. Compared case-insensitively, word by word.
ALLOWED_WORDS = {
    "svcdesk", "rvc", "f0", "rmvpe", "fcpe", "crepe", "crepe-tiny", "hubert", "contentvec", "harvest", "dio",
    "pm", "adam", "mel", "stft", "nan", "hugging", "face", "hub", "hz", "khz", "db", "dbfs", "lufs", "ebu",
    "rms", "ms", "kb", "mb", "gb", "cpu", "cuda", "wav", "flac", "ogg", "pth", "index", "ctrl", "shift", "alt", "del", "esc",
    "voiceconversionwebui",  # the Hugging Face repository the weight files come from
    "english",  # the language chooser names each language in itself
    "gpu", "gib", "aac", "wma", "aiff", "riff", "vorbis", "opus", "adpcm", "faiss",  # hardware, units, formats, libraries
    "zip", "cd", "ok",  # a file format, a disc, and 卡拉OK (karaoke) as Chinese writes it
    # Programs, networks and their authors, named as they name themselves.
    "webui", "applio", "mel-band", "roformer", "bs-roformer", "kimberley", "jensen", "viperx", "anvuew",
    "resemblyzer",
}
# Config values, shown as they are written in config files and on the command line.
CONFIG_VALUES = {"auto", "none", "exponential", "constant"}
# Code names, not prose: `quoted`, dotted.names(), snake_case, and training metric keys (g/mel, d/total).
IDENTIFIER = re.compile(r"`[^`]*`|\.?\w+(?:\.\w+)+(?:\(\))?|\w+_\w+|\.\w+\(\)|\b[gd]/[a-z]+\b")
PATH = re.compile(r"(?:^|(?<=[\s(（:：]))(?:[A-Za-z]:)?[/\\]\S+|\b\w+/(?!\w)")  # a path, or a folder name like "runs/"
FILE_NAME = re.compile(r"[\w.-]*\*?\.(?:pth|pt|index|wav|flac|mp3|ogg|m4a|json|safetensors|log|md)\b", re.I)
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")


@dataclass(frozen=True)
class Found:
    path: str  # where the string is: widget path and property
    text: str


def widget_name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def widget_path(widget: QWidget) -> str:
    parts = []
    current = widget
    while current is not None:
        parts.append(widget_name(current))
        current = current.parentWidget()
    return "/".join(reversed(parts))


def plain(text: str) -> str:
    """What a user reads: no HTML, no mnemonic ampersands, no shortcut after a tab."""
    text = html.unescape(TAG.sub(" ", text)) if "<" in text else text
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def looks_untranslated(text: str, english_sources: set[str], allowed: frozenset[str] = frozenset()) -> bool:
    """True when `text` is one of our English sources or holds an English word outside the allow-list."""
    text = plain(text)
    if not text:
        return False
    if text in english_sources and any(w.lower() not in ALLOWED_WORDS for w in WORD.findall(text)):
        return True
    stripped = re.sub(r"https?://\S+", " ", text)
    stripped = PATH.sub(" ", FILE_NAME.sub(" ", IDENTIFIER.sub(" ", stripped)))
    for word in WORD.findall(stripped):
        if word.lower() in ALLOWED_WORDS or word.lower() in allowed or any(ch.isdigit() for ch in word):
            continue
        if len(word) >= 2 or word in english_sources:
            return True
    return False


def _action_strings(action: QAction, where: str, out: list[Found]) -> None:
    if action.isSeparator():
        return
    out.append(Found(f"{where}/action", action.text()))
    if action.toolTip() and action.toolTip() != plain(action.text()):
        out.append(Found(f"{where}/action tooltip", action.toolTip()))
    menu = action.menu()
    if isinstance(menu, QMenu):
        menu_strings(menu, f"{where}/{plain(action.text())}", out)


def menu_strings(menu: QMenu, where: str, out: list[Found]) -> None:
    """A menu's title and actions; submenus are filled (aboutToShow) before reading them."""
    menu.aboutToShow.emit()
    out.append(Found(f"{where}/menu title", menu.title()))
    for action in menu.actions():
        _action_strings(action, f"{where}", out)


def _model_strings(view: QAbstractItemView, where: str, out: list[Found]) -> None:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header:
            out.append(Found(f"{where}/header[{column}]", str(header)))
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if tip:
            out.append(Found(f"{where}/header tooltip[{column}]", str(tip)))


def item_strings(widget: QWidget, where: str, max_rows: int = 200) -> list[Found]:
    """The texts and tooltips of the rows a view shows (tree items, table cells): the data the
    program fills in at run time, such as dataset warnings and per-file reasons."""
    out: list[Found] = []
    if isinstance(widget, QTreeWidget):
        pending = [(widget.topLevelItem(i), f"{where}.item[{i}]") for i in range(widget.topLevelItemCount())]
        while pending:
            item, name = pending.pop()
            for column in range(item.columnCount()):
                out.append(Found(f"{name}[{column}]", item.text(column)))
                out.append(Found(f"{name}[{column}].toolTip", item.toolTip(column)))
            pending.extend((item.child(i), f"{name}.child[{i}]") for i in range(item.childCount()))
    elif (isinstance(widget, QAbstractItemView) and not isinstance(widget, (QListWidget, QHeaderView))
          and widget.model() is not None):
        model = widget.model()
        for row in range(min(model.rowCount(), max_rows)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role, label in ((Qt.ItemDataRole.DisplayRole, ""), (Qt.ItemDataRole.ToolTipRole, ".toolTip")):
                    value = index.data(role)
                    if isinstance(value, str):
                        out.append(Found(f"{where}.cell[{row},{column}]{label}", value))
    return [found for found in out if plain(found.text)]


def widget_strings(widget: QWidget, where: str) -> list[Found]:
    """The strings one widget shows (not its children)."""
    out: list[Found] = []
    if widget.isWindow() or isinstance(widget, QDockWidget):
        out.append(Found(f"{where}.windowTitle", widget.windowTitle()))
    if widget.toolTip():
        out.append(Found(f"{where}.toolTip", widget.toolTip()))
    if isinstance(widget, QLabel):
        out.append(Found(f"{where}.text", widget.text()))
    elif isinstance(widget, QAbstractButton):
        out.append(Found(f"{where}.text", widget.text()))
        if isinstance(widget, QCommandLinkButton):
            out.append(Found(f"{where}.description", widget.description()))
    elif isinstance(widget, QGroupBox):
        out.append(Found(f"{where}.title", widget.title()))
    elif isinstance(widget, QLineEdit):
        out.append(Found(f"{where}.placeholderText", widget.placeholderText()))
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        out.append(Found(f"{where}.placeholderText", widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        out.extend(Found(f"{where}.item[{i}]", widget.itemText(i)) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        out.extend(Found(f"{where}.tab[{i}]", widget.tabText(i)) for i in range(widget.count()))
    elif isinstance(widget, QTabBar) and not isinstance(widget.parentWidget(), QTabWidget):
        out.extend(Found(f"{where}.tab[{i}]", widget.tabText(i)) for i in range(widget.count()))
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        out.extend(Found(f"{where}.{name}", getattr(widget, name)())
                   for name in ("prefix", "suffix", "specialValueText"))
    elif isinstance(widget, QAbstractSpinBox):
        out.append(Found(f"{where}.specialValueText", widget.specialValueText()))
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            out.append(Found(f"{where}.item[{row}]", item.text()))
            out.append(Found(f"{where}.item[{row}].toolTip", item.toolTip()))
    elif isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        out.extend(Found(f"{where}.header[{c}]", header.text(c)) for c in range(header.columnCount()))
    elif isinstance(widget, QAbstractItemView):
        _model_strings(widget, where, out)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for item in widget.scene().items():
            if isinstance(item, QGraphicsTextItem):
                out.append(Found(f"{where}/scene text", item.toPlainText()))
            label = getattr(item, "labelText", None)  # pyqtgraph AxisItem
            if isinstance(label, str):
                out.append(Found(f"{where}/axis label", label))
    for action in widget.actions():
        if not isinstance(widget, QMenu):
            _action_strings(action, f"{where}", out)
    return [found for found in out if plain(found.text)]


def visible_strings(root: QWidget, items: bool = False) -> list[Found]:
    """Every string shown by `root` and its descendants (hidden ones too: they show later);
    with `items`, also the rows of its views (tree items, table cells)."""
    out = widget_strings(root, widget_path(root))
    for child in root.findChildren(QWidget):
        if isinstance(child, QMenu):
            continue  # read through the actions that open them, so submenus fill first
        out.extend(widget_strings(child, widget_path(child)))
        if items:
            out.extend(item_strings(child, widget_path(child)))
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            _action_strings(action, f"{widget_path(root)}/menu bar", out)
    return out


def untranslated(found: list[Found], english_sources: set[str]) -> list[Found]:
    seen: set[tuple[str, str]] = set()
    missing = []
    for item in found:
        key = (item.path, item.text)
        if key not in seen and looks_untranslated(item.text, english_sources, frozenset(CONFIG_VALUES)):
            seen.add(key)
            missing.append(item)
    return missing
