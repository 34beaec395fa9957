"""A waveform view that stays smooth for hours of audio.

`MinMaxPyramid` keeps per-bucket minima and maxima at several resolutions (64, 256, 1024...
samples per bucket). On every zoom or pan the view asks it for about two points per pixel of the
visible range only, so a redraw touches a few thousand values whatever the file length. pyqtgraph's
own peak downsampling re-reads every visible sample on each paint (about 0.5 s for an hour at
40 kHz here), hence the pyramid.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from svcdesk.gui import theme

BASE_BUCKET = 64
LEVEL_FACTOR = 4
_CHUNK = 1 << 22  # samples reduced per step: bounds the temporary memory for long files


def _reduce(values_min: np.ndarray, values_max: np.ndarray, factor: int) -> tuple[np.ndarray, np.ndarray]:
    """Group `factor` consecutive buckets (the last group may be partial)."""
    n = values_min.shape[0]
    full = n // factor
    mins = np.empty(full + (1 if n % factor else 0), dtype=np.float32)
    maxs = np.empty_like(mins)
    mins[:full] = values_min[: full * factor].reshape(full, factor).min(axis=1)
    maxs[:full] = values_max[: full * factor].reshape(full, factor).max(axis=1)
    if n % factor:
        mins[full] = values_min[full * factor :].min()
        maxs[full] = values_max[full * factor :].max()
    return mins, maxs


class MinMaxPyramid:
    """Min/max envelopes of mono `audio` at bucket sizes BASE_BUCKET * LEVEL_FACTOR**k."""

    def __init__(self, audio: np.ndarray, sample_rate: int, base: int = BASE_BUCKET, factor: int = LEVEL_FACTOR):
        self.audio = np.asarray(audio, dtype=np.float32).ravel()
        self.sample_rate = int(sample_rate)
        self.base = base
        self.factor = factor
        n = self.audio.shape[0]
        count = -(-n // base)
        mins = np.empty(count, dtype=np.float32)
        maxs = np.empty(count, dtype=np.float32)
        step = (_CHUNK // base) * base
        for start in range(0, n, step):
            chunk = np.nan_to_num(self.audio[start : start + step])
            b0 = start // base
            full = chunk.shape[0] // base
            if full:
                frames = chunk[: full * base].reshape(full, base)
                mins[b0 : b0 + full] = frames.min(axis=1)
                maxs[b0 : b0 + full] = frames.max(axis=1)
            if chunk.shape[0] % base:
                tail = chunk[full * base :]
                mins[b0 + full] = tail.min()
                maxs[b0 + full] = tail.max()
        self.levels: list[tuple[int, np.ndarray, np.ndarray]] = [(base, mins, maxs)]
        bucket = base
        while mins.shape[0] > 2048:
            mins, maxs = _reduce(mins, maxs, factor)
            bucket *= factor
            self.levels.append((bucket, mins, maxs))

    @property
    def duration_s(self) -> float:
        return self.audio.shape[0] / self.sample_rate if self.sample_rate else 0.0

    def envelope(self, t0: float, t1: float, points: int) -> tuple[np.ndarray, np.ndarray]:
        """(times, values) covering [t0, t1] with at most about 2 * `points` values.

        Zoomed in, the samples themselves; zoomed out, each column's min and max at the column's
        start time, so the drawn line runs vertically between them and the waveform looks filled.
        """
        n = self.audio.shape[0]
        s0 = int(np.clip(np.floor(t0 * self.sample_rate), 0, n))
        s1 = int(np.clip(np.ceil(t1 * self.sample_rate) + 1, 0, n))
        points = max(1, int(points))
        if s1 <= s0:
            return np.zeros(0), np.zeros(0, dtype=np.float32)
        per_point = (s1 - s0) / points
        if per_point <= self.base / 2 or s1 - s0 <= 2 * points:
            return np.arange(s0, s1, dtype=np.float64) / self.sample_rate, self.audio[s0:s1]
        bucket, mins, maxs = self.levels[0]
        for level in self.levels:
            if level[0] > per_point:
                break
            bucket, mins, maxs = level
        b0, b1 = s0 // bucket, min(mins.shape[0], -(-s1 // bucket))
        mins, maxs = mins[b0:b1], maxs[b0:b1]
        group = max(1, int(np.ceil(per_point / bucket)))
        if group > 1:
            mins, maxs = _reduce(mins, maxs, group)
        values = np.empty(mins.shape[0] * 2, dtype=np.float32)
        values[0::2] = mins
        values[1::2] = maxs
        starts = (b0 + np.arange(mins.shape[0], dtype=np.float64) * group) * bucket / self.sample_rate
        return np.repeat(starts, 2), values


def format_clock(seconds: float, spacing: float) -> str:
    """Tick text: h:mm:ss or m:ss, with decimals only when ticks are closer than a second."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    decimals = 0 if spacing >= 1 else 1 if spacing >= 0.1 else 2 if spacing >= 0.01 else 3
    whole = int(seconds)
    fraction = f"{seconds - whole:.{decimals}f}"[1:] if decimals else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}{fraction}"
    return f"{sign}{minutes}:{secs:02d}{fraction}"


CLOCK_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200)
LABEL_SPACING_PX = 90


class TimeAxis(pg.AxisItem):
    """A time axis in m:ss (h:mm:ss for long files) instead of SI-prefixed seconds, ticking at
    clock-friendly steps (15 s, 1 min, 5 min...) once the view spans more than ten seconds."""

    def tickSpacing(self, minVal, maxVal, size):
        span = maxVal - minVal
        if span <= 10 or size <= 0:
            return super().tickSpacing(minVal, maxVal, size)
        wanted = span / max(2.0, size / LABEL_SPACING_PX)
        major = next((step for step in CLOCK_STEPS if step >= wanted), CLOCK_STEPS[-1])
        return [(float(major), 0.0), (major / (6.0 if major % 60 == 0 else 5.0), 0.0)]

    def tickStrings(self, values, scale, spacing):
        return [format_clock(v * scale, spacing * scale) for v in values]


class TimeViewBox(pg.ViewBox):
    """Wheel zooms time only; a left click reports the time clicked."""

    clicked = Signal(float)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.setMouseEnabled(x=True, y=False)

    def mouseClickEvent(self, ev):
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.clicked.emit(float(self.mapSceneToView(ev.scenePos()).x()))
        else:
            super().mouseClickEvent(ev)


class LongWaveform(QWidget):
    """A waveform plot fed by a MinMaxPyramid; `plot` is the pyqtgraph PlotItem for overlays.

    Signals: `clicked(seconds)` on a left click; `view_changed(t0, t1)` after the view moved.
    """

    clicked = Signal(float)
    view_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pyramid: MinMaxPyramid | None = None
        self.viewbox = TimeViewBox()
        self.widget = pg.PlotWidget(parent=self, viewBox=self.viewbox, axisItems={"bottom": TimeAxis("bottom")})
        self.plot = self.widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.plot.getAxis("left").setWidth(48)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(theme.WAVEFORM, width=1))
        self.curve.setClipToView(False)  # the envelope is already cut to the view
        self.plot.addItem(self.curve)
        self.viewbox.setYRange(-1.0, 1.0, padding=0.02)
        self.viewbox.setLimits(yMin=-1.1, yMax=1.1)
        self.viewbox.clicked.connect(self.clicked)
        # Range changes arrive many times per drag; one redraw per frame is enough.
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setObjectName("waveform_redraw")
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(15)
        self._redraw_timer.timeout.connect(self.redraw)
        self.viewbox.sigXRangeChanged.connect(self._schedule_redraw)
        self.viewbox.sigResized.connect(self._schedule_redraw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)

    def set_audio(self, pyramid: MinMaxPyramid | None) -> None:
        self.pyramid = pyramid
        if pyramid is None:
            self.curve.setData([], [])
            return
        duration = max(pyramid.duration_s, 1e-3)
        self.viewbox.setLimits(xMin=0.0, xMax=duration, minXRange=min(0.005, duration))
        self.viewbox.setXRange(0.0, duration, padding=0.0)
        peak = float(max(abs(pyramid.levels[-1][1].min(initial=0.0)), pyramid.levels[-1][2].max(initial=0.0), 0.05))
        self.viewbox.setYRange(-min(peak * 1.1, 1.1), min(peak * 1.1, 1.1), padding=0.0)
        self.redraw()

    def visible_range(self) -> tuple[float, float]:
        (t0, t1), _ = self.viewbox.viewRange()
        return float(t0), float(t1)

    def set_visible_range(self, t0: float, t1: float) -> None:
        self.viewbox.setXRange(t0, t1, padding=0.0)

    def _schedule_redraw(self, *_args) -> None:
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def redraw(self) -> None:
        if self.pyramid is None:
            return
        t0, t1 = self.visible_range()
        width = max(200, int(self.viewbox.width()))
        times, values = self.pyramid.envelope(t0, t1, width)
        self.curve.setData(times, values)
        self.view_changed.emit(t0, t1)

    def shutdown(self) -> None:
        self._redraw_timer.stop()
