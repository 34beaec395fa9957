"""The Convert page's view: the source waveform with its pitch curve overlaid, and the converted audio below.

The source f0 is drawn solid and the transposed target f0 dashed, on a right-hand Hz axis, so the
user sees where the transpose puts the melody before converting.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from svcdesk.gui.widgets.timeline import TimelineStack

SOURCE_F0_COLOUR = "#009E73"
TARGET_F0_COLOUR = "#F0E442"


def voiced_curve(f0: np.ndarray, frame_rate: float, semitones: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """(times, Hz) with unvoiced frames (f0 <= 0 or not finite) as NaN so the line breaks there."""
    f0 = np.asarray(f0, dtype=np.float64).ravel()
    times = np.arange(f0.size, dtype=np.float64) / float(frame_rate)
    hz = np.where(np.isfinite(f0) & (f0 > 0.0), f0 * 2.0 ** (semitones / 12.0), np.nan)
    return times, hz


class _PassThroughViewBox(pg.ViewBox):
    """An overlay ViewBox that never takes mouse or wheel events (they go to the items beneath)."""

    def __init__(self):
        super().__init__(enableMouse=False, enableMenu=False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def mouseClickEvent(self, ev):
        ev.ignore()

    def mouseDragEvent(self, ev, axis=None):
        ev.ignore()

    def wheelEvent(self, ev, axis=None):
        ev.ignore()


class WaveformF0View(TimelineStack):
    """Rows 'source' (waveform + f0 overlay) and, once converted, 'converted'; shared playhead and loop."""

    SOURCE = "source"
    CONVERTED = "converted"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, label_width=90, numbered=False, right_axis_width=52)
        self._f0: np.ndarray | None = None
        self._frame_rate = 100.0
        self._semitones = 0.0
        source = self.add_row(self.SOURCE, self.tr("Source"))
        plot = source.plot
        # A quieter waveform under the pitch curves, so the melody reads first.
        source.curve.setPen(pg.mkPen("#2E5C80", width=1))
        # The pitch curves live in a second ViewBox (Hz on the right axis) drawn over the waveform; it lets
        # every mouse event through so clicks, drags and the wheel reach the waveform's timeline handling.
        self.f0_viewbox = _PassThroughViewBox()
        self.f0_viewbox.setZValue(100)
        source.widget.scene().addItem(self.f0_viewbox)
        plot.showAxis("right")
        right = plot.getAxis("right")
        right.linkToView(self.f0_viewbox)
        right.setStyle(showValues=True)
        right.setLabel(self.tr("Pitch (Hz)"))
        self.f0_viewbox.setXLink(plot.vb)
        plot.vb.sigResized.connect(self._sync_f0_geometry)
        self.source_f0_curve = pg.PlotDataItem(pen=pg.mkPen(SOURCE_F0_COLOUR, width=2), connect="finite")
        self.target_f0_curve = pg.PlotDataItem(
            pen=pg.mkPen(TARGET_F0_COLOUR, width=2, style=Qt.PenStyle.DashLine), connect="finite"
        )
        self.f0_viewbox.addItem(self.source_f0_curve)
        self.f0_viewbox.addItem(self.target_f0_curve)
        self.set_active(self.SOURCE)
        # The converted row is built now, not when a conversion ends: built then, it stalled the window.
        self.reserve_rows(1)

    def _sync_f0_geometry(self) -> None:
        plot = self.row(self.SOURCE).plot
        self.f0_viewbox.setGeometry(plot.vb.sceneBoundingRect())
        self.f0_viewbox.linkedViewChanged(plot.vb, self.f0_viewbox.XAxis)

    def set_source(self, audio: np.ndarray, sample_rate: int, label: str | None = None, envelope=None) -> None:
        if label is not None:
            self.set_row_label(self.SOURCE, label)
        self.set_row_audio(self.SOURCE, audio, sample_rate, envelope=envelope)
        self._sync_f0_geometry()

    def set_f0(self, f0: np.ndarray | None, frame_rate: float = 100.0) -> None:
        """The source pitch track (Hz, 0 = unvoiced) at `frame_rate` frames per second; None clears it."""
        self._f0 = None if f0 is None else np.asarray(f0, dtype=np.float64).ravel()
        self._frame_rate = float(frame_rate)
        self._draw_f0()

    def set_transpose(self, semitones: float) -> None:
        self._semitones = float(semitones)
        self._draw_f0()

    def transpose(self) -> float:
        return self._semitones

    def set_converted(self, audio: np.ndarray | None, sample_rate: int = 0, label: str | None = None,
                      envelope=None) -> None:
        """Show the converted audio in a second row (None removes it)."""
        if audio is None:
            if self.CONVERTED in self.keys():
                self.remove_row(self.CONVERTED)
            return
        if self.CONVERTED not in self.keys():
            self.add_row(self.CONVERTED, label or self.tr("Converted"))
        elif label is not None:
            self.set_row_label(self.CONVERTED, label)
        self.set_row_audio(self.CONVERTED, audio, sample_rate, envelope=envelope)
        self._sync_f0_geometry()

    def _draw_f0(self) -> None:
        if self._f0 is None or self._f0.size == 0:
            self.source_f0_curve.setData([], [])
            self.target_f0_curve.setData([], [])
            self.set_row_label(self.SOURCE, self.row(self.SOURCE).label, status="")
            return
        times, source = voiced_curve(self._f0, self._frame_rate)
        _, target = voiced_curve(self._f0, self._frame_rate, self._semitones)
        self.source_f0_curve.setData(times, source)
        self.target_f0_curve.setData(times, target)
        self.target_f0_curve.setVisible(self._semitones != 0.0)
        legend = self.tr("pitch: solid = source") + (self.tr(", dashed = after transpose") if self._semitones else "")
        self.set_row_label(self.SOURCE, self.row(self.SOURCE).label, status=legend)
        voiced = np.concatenate([source[np.isfinite(source)], target[np.isfinite(target)]])
        if voiced.size:
            self.f0_viewbox.setYRange(float(voiced.min()) * 0.8, float(voiced.max()) * 1.25, padding=0)
