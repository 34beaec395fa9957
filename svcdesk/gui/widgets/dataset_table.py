"""The dataset table model: one row per imported file with its figures, status and include flag.

Display text is formatted here; sorting uses the raw numbers (SORT_ROLE), so "9.5 s" sorts below
"10.0 s" and missing figures sort first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor

from svcdesk.gui import theme
from svcdesk.gui.i18n import translate_message

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def format_duration(seconds: float) -> str:
    seconds = max(0.0, float(seconds))
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(int(round(seconds)), 60)
    if minutes < 60:
        return f"{minutes}:{rest:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}"


def _number(value: Any) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _fmt(template: str, scale: float = 1.0) -> Callable[[Any], str]:
    def format_value(value: Any) -> str:
        number = _number(value)
        return "" if number is None else template.format(number * scale)

    return format_value


@dataclass(frozen=True)
class Column:
    key: str  # FileStatus field, or a key of its figures dict
    title: str
    format: Callable[[Any], str]
    tooltip: str = ""
    shown_by_default: bool = True  # the header's context menu shows and hides the others


# What decides whether a file trains comes first (use, status, name, length, segments, why), so it fits at any
# window width; the measurements follow, the rarest hidden until chosen from the header's menu.
COLUMNS: tuple[Column, ...] = (
    Column("included", QT_TRANSLATE_NOOP("DatasetTableModel", "Use"), lambda v: "", QT_TRANSLATE_NOOP("DatasetTableModel", "Include the file in training")),
    Column("status", QT_TRANSLATE_NOOP("DatasetTableModel", "Status"),
           lambda v: QCoreApplication.translate("DatasetTableModel", str(v or ""))),
    Column("name", QT_TRANSLATE_NOOP("DatasetTableModel", "File"), lambda v: str(v or "")),
    Column("duration_s", QT_TRANSLATE_NOOP("DatasetTableModel", "Duration"), lambda v: "" if _number(v) is None else format_duration(v)),
    Column("segment_count", QT_TRANSLATE_NOOP("DatasetTableModel", "Segments"), _fmt("{:.0f}"), QT_TRANSLATE_NOOP("DatasetTableModel", "Exported training segments")),
    Column("reasons", QT_TRANSLATE_NOOP("DatasetTableModel", "Reason"), lambda v: "; ".join(v or ()), QT_TRANSLATE_NOOP("DatasetTableModel", "Why the file has a warning or an error")),
    Column("duplicate_of", QT_TRANSLATE_NOOP("DatasetTableModel", "Duplicate of"), lambda v: str(v or ""), QT_TRANSLATE_NOOP("DatasetTableModel", "Near-duplicate recordings in the dataset")),
    Column("lufs", QT_TRANSLATE_NOOP("DatasetTableModel", "LUFS"), _fmt("{:.1f}"), QT_TRANSLATE_NOOP("DatasetTableModel", "Integrated loudness (EBU R128)")),
    Column("peak_dbfs", QT_TRANSLATE_NOOP("DatasetTableModel", "Peak"), _fmt("{:.1f} dB"), QT_TRANSLATE_NOOP("DatasetTableModel", "Peak level (dBFS)")),
    Column("clipped_ratio", QT_TRANSLATE_NOOP("DatasetTableModel", "Clipping"), _fmt("{:.2f} %", 100.0), QT_TRANSLATE_NOOP("DatasetTableModel", "Share of samples at full scale")),
    Column("silence_ratio", QT_TRANSLATE_NOOP("DatasetTableModel", "Silence"), _fmt("{:.0f} %", 100.0), QT_TRANSLATE_NOOP("DatasetTableModel", "Share of 20 ms frames below -40 dBFS")),
    Column("snr_db", QT_TRANSLATE_NOOP("DatasetTableModel", "SNR"), _fmt("{:.0f} dB"), QT_TRANSLATE_NOOP("DatasetTableModel", "Voice level above the noise floor")),
    Column("sample_rate", QT_TRANSLATE_NOOP("DatasetTableModel", "Rate"), lambda v: "" if _number(v) is None else f"{float(v) / 1000:g} kHz"),
    Column("noise_floor_dbfs", QT_TRANSLATE_NOOP("DatasetTableModel", "Noise"), _fmt("{:.0f} dB"), QT_TRANSLATE_NOOP("DatasetTableModel", "Estimated noise floor (dBFS)"), False),
    Column("channels", QT_TRANSLATE_NOOP("DatasetTableModel", "Ch"), _fmt("{:.0f}"), QT_TRANSLATE_NOOP("DatasetTableModel", "Channels"), False),
    Column("dc_offset", QT_TRANSLATE_NOOP("DatasetTableModel", "DC"), lambda v: "" if _number(v) is None else f"{v:+.3f}" if abs(v) >= 0.0005 else "0.000",
           QT_TRANSLATE_NOOP("DatasetTableModel", "DC offset"), False),
)
#: Columns the user cannot hide (the table would not say which file a row is, or whether it trains).
FIXED_COLUMNS = ("included", "name")
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
STATUS_ORDER = {"ok": 0, "warning": 1, "error": 2}
STATUS_LABELS = (QT_TRANSLATE_NOOP("DatasetTableModel", "ok"), QT_TRANSLATE_NOOP("DatasetTableModel", "warning"),
                 QT_TRANSLATE_NOOP("DatasetTableModel", "error"))  # marked for lupdate; shown through the status column


def row_values(status: Any, duplicates_of: dict[str, list[str]]) -> dict[str, Any]:
    """Flatten a FileStatus (svcdesk.audio.analysis) into the table's column keys."""
    values = dict(status.figures or {})
    values.update(
        included=status.included,
        status=status.status,
        name=status.name,
        reasons=tuple(translate_message(reason) for reason in status.reasons),
        segment_count=status.segment_count,
        duplicate_of=", ".join(duplicates_of.get(status.file_id, [])),
    )
    return values


class DatasetTableModel(QAbstractTableModel):
    """Rows from a DatasetReport. Toggling the "Use" box emits `include_toggled(file_id, included)`."""

    include_toggled = Signal(str, bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: list[dict[str, Any]] = []

    def set_report(self, report: Any) -> None:
        names = {f.file_id: f.name for f in report.files}
        duplicates_of: dict[str, list[str]] = {}
        for dup in report.duplicates:
            duplicates_of.setdefault(dup.a, []).append(names.get(dup.b, dup.b))
            duplicates_of.setdefault(dup.b, []).append(names.get(dup.a, dup.a))
        self.beginResetModel()
        self._ids = [f.file_id for f in report.files]
        self._rows = [row_values(f, duplicates_of) for f in report.files]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._ids, self._rows = [], []
        self.endResetModel()

    def file_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, file_id: str) -> int:
        return self._ids.index(file_id)

    def value(self, row: int, key: str) -> Any:
        return self._rows[row].get(key)

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return self.tr(column.tooltip)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()].key == "included":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        value = row.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.format(value)
        if role == SORT_ROLE:
            if column.key == "status":
                return STATUS_ORDER.get(str(value), 3)
            if column.key == "included":
                return int(bool(value))
            number = _number(value) if not isinstance(value, (str, tuple)) else None
            if number is not None:
                return number
            text = column.format(value)
            return text.lower() if text else ""
        if role == Qt.ItemDataRole.CheckStateRole and column.key == "included":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "status":
                return QColor(theme.STATUS_COLOURS.get(str(value), theme.PLOT_FOREGROUND))
            if not row.get("included"):
                return QColor("#6a6d74")
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = row.get("reasons") or ()
            return "\n".join(reasons) if reasons else None
        if role == FILE_ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key not in ("name", "reasons", "duplicate_of", "status"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or COLUMNS[index.column()].key != "included":
            return False
        included = Qt.CheckState(value) == Qt.CheckState.Checked
        self._rows[index.row()]["included"] = included
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.include_toggled.emit(self._ids[index.row()], included)
        return True


class DatasetSortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if type(a) is not type(b):  # numbers before text, so missing figures group together
            return isinstance(a, (int, float)) and not isinstance(b, (int, float))
        return a < b
