"""Rows of a QTableWidget known by a key stored in their first cell (a voice's or a weight file's name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

KEY_ROLE = Qt.ItemDataRole.UserRole


def selected_keys(table: QTableWidget, role: int = KEY_ROLE) -> list:
    """The keys of the selected rows, top to bottom."""
    model = table.selectionModel()
    rows = sorted({index.row() for index in model.selectedRows()}) if model is not None else []
    return [table.item(row, 0).data(role) for row in rows]


def select_key(table: QTableWidget, key, role: int = KEY_ROLE) -> None:
    """Select the row whose key is `key` (nothing happens when there is none)."""
    for row in range(table.rowCount()):
        if table.item(row, 0).data(role) == key:
            table.selectRow(row)
            return
