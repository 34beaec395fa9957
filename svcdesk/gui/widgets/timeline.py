"""Stacked audio rows on one time axis: waveform or spectrogram, a shared playhead, click-to-seek, a loop region.

`TimelineStack` is the building block of the Compare page's stacked renders and the Convert page's
source/converted view. A left click seeks, a left drag selects a loop region (in any row; all rows
show it), the wheel zooms time, a middle drag pans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from svcdesk.audio.envelope import waveform_envelope
from svcdesk.gui.widgets.long_waveform import TimeViewBox

WAVEFORM_COLOUR = "#4A90C2"
ACTIVE_BACKGROUND = (0, 114, 178, 38)
PLAYHEAD_COLOUR = "#D55E00"
REGION_BRUSH = (230, 159, 0, 50)
SPECTROGRAM_MAX_FRAMES = 2400


def spectrogram_db(audio: np.ndarray, sample_rate: int, n_fft: int = 1024,
                   max_frames: int = SPECTROGRAM_MAX_FRAMES) -> np.ndarray:
    """Magnitude spectrogram in dB (frames, bins), clipped to 80 dB below the peak; hop sized for display."""
    audio = np.nan_to_num(np.asarray(audio, dtype=np.float32).ravel())
    if audio.size < n_fft:
        audio = np.pad(audio, (0, n_fft - audio.size))
    hop = max(n_fft // 4, int(np.ceil((audio.size - n_fft) / max_frames)) or 1)
    count = 1 + (audio.size - n_fft) // hop
    frames = np.lib.stride_tricks.as_strided(
        audio, shape=(count, n_fft), strides=(audio.strides[0] * hop, audio.strides[0]), writeable=False
    )
    magnitude = np.abs(np.fft.rfft(frames * np.hanning(n_fft).astype(np.float32), axis=1))
    db = 20.0 * np.log10(np.maximum(magnitude, 1e-6))
    return np.maximum(db, db.max() - 80.0)


#: Spare rows kept built (see TimelineStack.reserve_rows); removed rows beyond this are deleted.
MAX_SPARE_ROWS = 9
#: Between building one row and the next, so that timers (the playhead's, playback's) run in between.
ROW_BUILD_GAP_MS = 10


def _black_background(widget: QWidget) -> None:
    """A black background by palette. Style sheets did the same, but with one on the stack every widget below it
    went through Qt's style-sheet style, and building and laying out a row took tens of milliseconds more."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("black"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


class TimelineViewBox(TimeViewBox):
    """The slicer's time ViewBox (left click reports a time, the wheel zooms time) whose left drag
    also selects a time range."""

    dragged = Signal(float, float, bool)  # start, end, finished

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() == Qt.MouseButton.LeftButton and axis is None:
            ev.accept()
            start = float(self.mapSceneToView(ev.buttonDownScenePos()).x())
            end = float(self.mapSceneToView(ev.scenePos()).x())
            self.dragged.emit(min(start, end), max(start, end), bool(ev.isFinish()))
        else:
            super().mouseDragEvent(ev, axis)


@dataclass
class TimelineRow:
    key: str
    label: str
    plot: pg.PlotItem
    viewbox: TimelineViewBox
    widget: pg.PlotWidget
    label_item: QLabel
    container: QWidget
    playhead: pg.InfiniteLine
    region: pg.LinearRegionItem
    curve: pg.PlotDataItem
    image: pg.ImageItem
    audio: np.ndarray | None = None
    sample_rate: int = 0
    status: str = ""
    envelope: tuple | None = None  # (times, values) computed with the audio, or None (computed when drawn)
    extras: dict = field(default_factory=dict)

    @property
    def duration(self) -> float:
        return 0.0 if self.audio is None or not self.sample_rate else self.audio.size / self.sample_rate


class TimelineStack(QWidget):
    """Rows of audio over a shared time axis with one playhead and one loop selection."""

    seekRequested = Signal(float)
    selectionChanged = Signal(float, float)  # (0, 0) when the selection is cleared
    rowClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, label_width: int = 130, numbered: bool = True,
                 right_axis_width: int = 0):
        super().__init__(parent)
        self._numbered = numbered
        self._right_axis_width = right_axis_width
        self._rows: dict[str, TimelineRow] = {}
        self._order: list[str] = []
        self._active: str | None = None
        self._position = 0.0
        self._selection: tuple[float, float] | None = None
        self._mode = "waveform"
        self._label_width = label_width
        self._syncing_region = False
        # One PlotWidget per row in a Qt layout: rows come, go and reorder (blind mode) reliably, which
        # a single GraphicsLayout did not survive (re-added items lost their column stretch).
        self._rows_layout = QVBoxLayout(self)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        _black_background(self)
        self._colormap = pg.colormap.get("magma")
        self._spares: list[TimelineRow] = []  # built ahead, hidden, keyless (reserve_rows)
        self._spares_wanted = 0
        self._reserving = False

    # ---- rows ------------------------------------------------------------------------------
    def add_row(self, key: str, label: str = "", status: str = "") -> TimelineRow:
        if key in self._rows:
            raise ValueError(f"row {key!r} exists already")
        row = self._spares.pop() if self._spares else self._build_row()
        row.key, row.label, row.status = key, label, status
        self._rows[key] = row
        self._order.append(key)
        if self._selection is not None:
            self._show_region(row, *self._selection)
        self._relayout()
        row.container.show()
        return row

    def reserve_rows(self, count: int) -> None:
        """Build spare rows, one per turn of the event loop, until `count` wait: `add_row` then only shows one.
        Building a row (a plot, its axes and items) takes 20-30 ms of the GUI thread, and laying out and
        painting it the first time as much again: done when rows are needed, during a render, the playhead
        stalled for up to 125 ms."""
        self._spares_wanted = min(max(int(count), 0), MAX_SPARE_ROWS)
        if not self._reserving:
            self._reserve_next()

    def spare_rows(self) -> int:
        return len(self._spares)

    def _reserve_next(self) -> None:
        self._reserving = len(self._spares) < self._spares_wanted
        if self._reserving:
            self._spares.append(self._build_row())
            QTimer.singleShot(ROW_BUILD_GAP_MS, self._reserve_next)

    def _build_row(self) -> TimelineRow:
        """A row with no key yet, hidden, that `add_row` names and shows."""
        # No context menu (the plot's menu is off too): building ViewBox's menu was a third of a row's cost.
        viewbox = TimelineViewBox(enableMenu=False)
        widget = pg.PlotWidget(viewBox=viewbox)
        widget.setAntialiasing(False)
        widget.setMinimumHeight(60)
        plot = widget.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.showAxis("bottom", False)
        plot.getAxis("left").setWidth(44)
        if self._right_axis_width:
            # Every row gets the same right margin so x positions line up across rows.
            plot.showAxis("right")
            plot.getAxis("right").setWidth(self._right_axis_width)
            plot.getAxis("right").setStyle(showValues=False)
        curve = plot.plot([], [], pen=pg.mkPen(WAVEFORM_COLOUR, width=1))
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
        # Auto-downsampling picks its factor from the ViewBox's pixel width, but only on range changes:
        # recompute on resize too, or a curve first drawn while the widget was small stays coarse.
        viewbox.sigResized.connect(lambda *_: curve.viewRangeChanged())
        image = pg.ImageItem()
        image.setColorMap(self._colormap)
        image.setVisible(False)
        plot.addItem(image)
        playhead = pg.InfiniteLine(pos=self._position, angle=90, movable=False,
                                   pen=pg.mkPen(PLAYHEAD_COLOUR, width=2))
        playhead.setZValue(20)
        plot.addItem(playhead, ignoreBounds=True)
        region = pg.LinearRegionItem(values=(0, 0), brush=pg.mkBrush(*REGION_BRUSH), movable=True)
        region.setZValue(10)
        region.setVisible(False)
        plot.addItem(region, ignoreBounds=True)
        container = QWidget(self)
        container.hide()
        label_item = QLabel(container)
        label_item.setFixedWidth(self._label_width)
        label_item.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label_item.setWordWrap(True)
        _black_background(label_item)
        label_item.setContentsMargins(6, 6, 6, 6)
        row_layout = QHBoxLayout(container)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(0)
        row_layout.addWidget(label_item)
        row_layout.addWidget(widget, 1)
        row = TimelineRow(key="", label="", plot=plot, viewbox=viewbox, widget=widget,
                          label_item=label_item, container=container,
                          playhead=playhead, region=region, curve=curve, image=image)
        # The row's key is looked up when the signal comes: a spare row gets its key when it is taken.
        viewbox.clicked.connect(lambda t, r=row: self._on_click(r.key, t))
        viewbox.dragged.connect(self._on_drag)
        region.sigRegionChangeFinished.connect(lambda item, r=row: self._on_region_moved(r.key))
        return row

    def _retire_row(self, row: TimelineRow) -> None:
        """Take a removed row out of view; kept as a spare (emptied) while there are few, else deleted."""
        self._rows_layout.removeWidget(row.container)
        row.container.hide()
        if len(self._spares) >= MAX_SPARE_ROWS:
            row.container.deleteLater()
            return
        row.key, row.label, row.status = "", "", ""
        row.audio, row.sample_rate, row.envelope = None, 0, None
        row.extras.clear()
        row.curve.setData([], [])
        row.image.setVisible(False)
        row.region.setVisible(False)
        row.viewbox.setBackgroundColor(None)
        row.plot.setXLink(None)
        row.plot.showAxis("bottom", False)
        self._spares.append(row)

    def remove_row(self, key: str) -> None:
        row = self._rows.pop(key)
        self._order.remove(key)
        self._retire_row(row)
        if self._active == key:
            self._active = None
        self._relayout()

    def clear_rows(self) -> None:
        for row in self._rows.values():
            self._retire_row(row)
        self._rows.clear()
        self._order.clear()
        self._active = None
        self._relayout()

    def row(self, key: str) -> TimelineRow:
        return self._rows[key]

    def keys(self) -> list[str]:
        """Row keys in display order (top to bottom)."""
        return list(self._order)

    def set_order(self, keys: list[str]) -> None:
        if sorted(keys) != sorted(self._order):
            raise ValueError("set_order needs exactly the existing rows")
        self._order = list(keys)
        self._relayout()

    def set_row_audio(self, key: str, audio: np.ndarray | None, sample_rate: int, status: str = "",
                      envelope: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """`envelope`: the waveform_envelope of `audio`, when the job that made it computed it already (so the
        GUI thread only hands it to the plot)."""
        row = self._rows[key]
        row.audio = None if audio is None else np.asarray(audio, dtype=np.float32).ravel()
        row.sample_rate = int(sample_rate)
        row.status = status
        row.envelope = envelope
        self._draw_row(row)
        self._update_label(row)
        self._fit_time_range()

    def set_row_label(self, key: str, label: str, status: str | None = None) -> None:
        row = self._rows[key]
        row.label = label
        if status is not None:
            row.status = status
        self._update_label(row)

    def row_label_text(self, key: str) -> str:
        return self._rows[key].label_item.text()

    def set_active(self, key: str | None) -> None:
        self._active = key
        for row in self._rows.values():
            row.viewbox.setBackgroundColor(ACTIVE_BACKGROUND if row.key == key else None)
            self._update_label(row)

    def active(self) -> str | None:
        return self._active

    def duration(self) -> float:
        return max((row.duration for row in self._rows.values()), default=0.0)

    # ---- view mode -------------------------------------------------------------------------------
    def set_view_mode(self, mode: str) -> None:
        if mode not in ("waveform", "spectrogram"):
            raise ValueError(f"unknown view mode {mode!r}")
        self._mode = mode
        for row in self._rows.values():
            self._draw_row(row)

    def view_mode(self) -> str:
        return self._mode

    # ---- playhead and selection --------------------------------------------------------------------
    def set_playhead(self, seconds: float) -> None:
        self._position = float(seconds)
        for row in self._rows.values():
            row.playhead.setValue(self._position)

    def playhead(self) -> float:
        return self._position

    def set_selection(self, start: float, end: float, notify: bool = True) -> None:
        start, end = sorted((max(0.0, float(start)), max(0.0, float(end))))
        if end - start <= 0.0:
            self.clear_selection(notify)
            return
        self._selection = (start, end)
        for row in self._rows.values():
            self._show_region(row, start, end)
        if notify:
            self.selectionChanged.emit(start, end)

    def clear_selection(self, notify: bool = True) -> None:
        self._selection = None
        for row in self._rows.values():
            row.region.setVisible(False)
        if notify:
            self.selectionChanged.emit(0.0, 0.0)

    def selection(self) -> tuple[float, float] | None:
        return self._selection

    # ---- internals ----------------------------------------------------------------------------------
    def _show_region(self, row: TimelineRow, start: float, end: float) -> None:
        self._syncing_region = True
        try:
            row.region.setRegion((start, end))
            row.region.setVisible(True)
        finally:
            self._syncing_region = False

    def _on_click(self, key: str, seconds: float) -> None:
        self.rowClicked.emit(key)
        self.seekRequested.emit(min(max(seconds, 0.0), self.duration()))

    def _on_drag(self, start: float, end: float, finished: bool) -> None:
        if end - start < 0.01:
            return
        self.set_selection(start, end, notify=finished)

    def _on_region_moved(self, key: str) -> None:
        if self._syncing_region:
            return
        start, end = self._rows[key].region.getRegion()
        self.set_selection(start, end)

    def _relayout(self) -> None:
        for key in self._order:
            self._rows_layout.removeWidget(self._rows[key].container)
        first: pg.PlotItem | None = None
        for index, key in enumerate(self._order):
            row = self._rows[key]
            self._rows_layout.addWidget(row.container, 1)
            row.plot.setXLink(first)
            first = first or row.plot
            row.plot.showAxis("bottom", index == len(self._order) - 1)
            self._update_label(row)

    def _update_label(self, row: TimelineRow) -> None:
        index = self._order.index(row.key) + 1 if row.key in self._order else 0
        prefix = f"{index}. " if self._numbered and index and index <= 9 else ""
        weight = "bold" if row.key == self._active else "normal"
        colour = "#E6E6E6" if row.key == self._active else "#B0B0B0"
        status = f"<br><span style='font-size:8pt;color:#909090'>{row.status}</span>" if row.status else ""
        row.label_item.setText(f"<span style='font-weight:{weight};color:{colour}'>{prefix}{row.label}</span>{status}")

    def _draw_row(self, row: TimelineRow) -> None:
        if row.audio is None or row.audio.size == 0:
            row.curve.setData([], [])
            row.image.setVisible(False)
            return
        if self._mode == "waveform":
            row.image.setVisible(False)
            times, values = row.envelope if row.envelope is not None else waveform_envelope(row.audio, row.sample_rate)
            row.curve.setData(times, values)
            row.curve.setVisible(True)
            peak = max(float(np.max(np.abs(values))), 1e-3)
            row.viewbox.setYRange(-peak, peak, padding=0.05)
        else:
            row.curve.setVisible(False)
            db = spectrogram_db(row.audio, row.sample_rate)
            row.image.setImage(db, autoLevels=False, levels=(float(db.max()) - 80.0, float(db.max())))
            row.image.setRect(QRectF(0.0, 0.0, row.duration, row.sample_rate / 2.0))
            row.image.setVisible(True)
            row.viewbox.setYRange(0, row.sample_rate / 2.0, padding=0)

    def _fit_time_range(self) -> None:
        duration = self.duration()
        if duration <= 0 or not self._order:
            return
        for row in self._rows.values():
            row.viewbox.setLimits(xMin=0.0, xMax=duration)
        self._rows[self._order[0]].plot.setXRange(0.0, duration, padding=0.0)


class StackedWaveforms(TimelineStack):
    """N audio tracks (renders) stacked, one shared playhead; rows can wait for their audio."""

    def add_track(self, key: str, label: str, audio: np.ndarray | None = None, sample_rate: int = 0,
                  status: str = "") -> None:
        self.add_row(key, label, status=status)
        if audio is not None:
            self.set_row_audio(key, audio, sample_rate, status=status)

    def track_at(self, index: int) -> str | None:
        """The key of the track shown at 0-based `index` (what keys 1-9 pick), or None."""
        return self._order[index] if 0 <= index < len(self._order) else None
