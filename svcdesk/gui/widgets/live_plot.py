"""A live training curve plot: events append to growing numpy buffers, one ~30 Hz timer paints.

The data rate (every trainer event) is kept apart from the paint rate (at most 30 frames a second),
as in pyqtgraph's scrollingPlots example and Friture's display timer. Smoothing, log scaling and
NaN/Inf cleaning touch only what is displayed; the stored values stay exactly as received.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)
from scipy.signal import lfilter
from superqt import QFlowLayout

PAINT_INTERVAL_MS = 33

# Colour-blind friendly (Okabe-Ito) so several loss series stay distinguishable.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999")

MARKER_COLOURS = {"warning": "#E69F00", "error": "#D55E00", "rollback": "#D55E00", "checkpoint": "#009E73"}


class GrowingSeries:
    """(x, y) float64 buffers that double their capacity when full: appends cost O(1) amortised."""

    def __init__(self, capacity: int = 256):
        self._x = np.empty(capacity, dtype=np.float64)
        self._y = np.empty(capacity, dtype=np.float64)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def _reserve(self, extra: int) -> None:
        needed = self._n + extra
        if needed <= len(self._x):
            return
        capacity = max(len(self._x) * 2, needed)
        for name in ("_x", "_y"):
            old = getattr(self, name)
            grown = np.empty(capacity, dtype=np.float64)
            grown[: self._n] = old[: self._n]
            setattr(self, name, grown)

    def append(self, x: float, y: float) -> None:
        self._reserve(1)
        self._x[self._n] = x
        self._y[self._n] = y
        self._n += 1

    def extend(self, xs, ys) -> None:
        xs = np.asarray(xs, dtype=np.float64).ravel()
        ys = np.asarray(ys, dtype=np.float64).ravel()
        if xs.shape != ys.shape:
            raise ValueError(f"x and y differ in length ({xs.size} vs {ys.size})")
        self._reserve(xs.size)
        self._x[self._n: self._n + xs.size] = xs
        self._y[self._n: self._n + ys.size] = ys
        self._n += xs.size

    def truncate_after(self, x: float) -> None:
        """Forget points beyond `x` (a rolled-back run redoes those steps)."""
        self._n = int(np.searchsorted(self._x[: self._n], x, side="right")) if self._n else 0

    @property
    def x(self) -> np.ndarray:
        return self._x[: self._n]

    @property
    def y(self) -> np.ndarray:
        return self._y[: self._n]


def ema_smooth(values: np.ndarray, weight: float) -> np.ndarray:
    """Debiased exponential moving average (TensorBoard's smoothing): weight 0 returns the input."""
    if weight <= 0.0 or values.size == 0:
        return values
    weight = min(weight, 0.999)
    smoothed = lfilter([1.0 - weight], [1.0, -weight], values)
    # Starting the average at 0 biases the first points low; dividing by 1 - w^(n+1) removes that.
    debias = 1.0 - weight ** np.arange(1, values.size + 1)
    return smoothed / debias


def display_arrays(x: np.ndarray, y: np.ndarray, smoothing: float, log_y: bool) -> tuple[np.ndarray, np.ndarray]:
    """What a curve shows: finite points only (and only positive ones in log mode), then smoothed."""
    keep = np.isfinite(x) & np.isfinite(y)
    if log_y:
        keep &= y > 0.0
    x, y = x[keep], y[keep]
    return x, ema_smooth(y, smoothing)


@dataclass
class _Series:
    name: str
    colour: str
    data: GrowingSeries = field(default_factory=GrowingSeries)
    curve: pg.PlotDataItem | None = None
    toggle: QCheckBox | None = None
    overlays: dict[str, pg.PlotDataItem] = field(default_factory=dict)


def _configure_curve(curve: pg.PlotDataItem, viewbox: pg.ViewBox) -> None:
    curve.setDownsampling(auto=True, method="peak")
    curve.setClipToView(True)
    curve.setSkipFiniteCheck(True)  # display_arrays already dropped every non-finite point
    # The auto-downsampling factor depends on the ViewBox's pixel width but is recomputed only on range
    # changes; a resize must trigger it too, or curves first drawn in a small widget stay coarse.
    viewbox.sigResized.connect(lambda *_: curve.viewRangeChanged())


class LivePlot(QWidget):
    """A titled plot of named series with smoothing, log-y, per-series toggles, markers and overlays.

    Append with `append(name, step, value)` from any event rate; the plot repaints at most every
    PAINT_INTERVAL_MS while visible and something changed. `force_log_y` keeps the axis logarithmic
    (learning rates) and hides the log toggle.
    """

    seriesToggled = Signal(str, bool)

    def __init__(
        self,
        title: str = "",
        *,
        y_label: str = "",
        x_label: str = "",
        smoothing: bool = True,
        log_y: bool = False,
        force_log_y: bool = False,
        points: bool = False,
        parent: QWidget | None = None,
    ):
        """`points`: also draw a dot at every value, for sparse series (one validation per checkpoint), where a
        lone first value would otherwise be an invisible line of one point."""
        super().__init__(parent)
        self._points = bool(points)
        self._series: dict[str, _Series] = {}
        self._overlay_data: dict[str, dict[str, tuple[np.ndarray, np.ndarray]]] = {}
        self._markers: list[pg.InfiniteLine] = []
        self._smoothing = 0.0
        self._force_log_y = bool(force_log_y)
        self._log_y = bool(log_y or force_log_y)
        self._dirty = False

        self.plot_widget = pg.PlotWidget(parent=self)
        self.plot_widget.setAntialiasing(False)
        self.plot_item = self.plot_widget.getPlotItem()
        self._title = title
        self._hint = ""
        self.plot_item.setTitle(title)
        self.plot_item.showGrid(x=True, y=True, alpha=0.25)
        if y_label:
            self.plot_item.setLabel("left", y_label)
        if x_label:
            self.plot_item.setLabel("bottom", x_label)
        self.plot_item.setLogMode(x=False, y=self._log_y)
        self.plot_widget.setMinimumHeight(140)

        self.smoothing_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.smoothing_slider.setRange(0, 99)
        self.smoothing_slider.setValue(0)
        self.smoothing_slider.setMaximumWidth(140)
        self.smoothing_slider.setToolTip(
            self.tr("Averages neighbouring points so the trend is easier to see. Only the display changes.")
        )
        self.smoothing_label = QLabel(self)
        self.smoothing_slider.valueChanged.connect(self._on_smoothing_slider)
        self.log_checkbox = QCheckBox(self.tr("Log scale"), self)
        self.log_checkbox.setChecked(self._log_y)
        self.log_checkbox.setToolTip(self.tr("Show the vertical axis in powers of ten, for values that span decades."))
        self.log_checkbox.toggled.connect(self.set_log_y)

        # Series toggles and the display options share one flowing row that wraps in narrow plots.
        controls = QWidget(self)
        self._toggle_row = QFlowLayout(controls)
        self._toggle_row.setContentsMargins(0, 0, 0, 0)
        self._options = QWidget(controls)
        options = QHBoxLayout(self._options)
        options.setContentsMargins(0, 0, 0, 0)
        if smoothing:
            options.addWidget(QLabel(self.tr("Smoothing"), self._options))
            options.addWidget(self.smoothing_slider)
            options.addWidget(self.smoothing_label)
        else:
            self.smoothing_slider.hide()
            self.smoothing_label.hide()
        options.addWidget(self.log_checkbox)
        self.log_checkbox.setVisible(not force_log_y)
        self._toggle_row.addWidget(self._options)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(controls)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._update_smoothing_label()

        # One timer per plot; it runs only while the plot is visible and has unpainted data.
        self._timer = QTimer(self)
        self._timer.setInterval(PAINT_INTERVAL_MS)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._on_tick)

    # ---- data in -------------------------------------------------------------------------
    def add_series(self, name: str, colour: str | None = None, label: str | None = None) -> None:
        """Create an (empty) series ahead of its first value, to fix its colour and toggle order."""
        if name in self._series:
            return
        colour = colour or PALETTE[len(self._series) % len(PALETTE)]
        series = _Series(name=name, colour=colour)
        dots = dict(symbol="o", symbolSize=6, symbolBrush=colour, symbolPen=None) if self._points else {}
        series.curve = self.plot_item.plot([], [], pen=pg.mkPen(colour, width=1.5), name=name, **dots)
        _configure_curve(series.curve, self.plot_item.getViewBox())
        toggle = QCheckBox(label or name, self)
        toggle.setChecked(True)
        toggle.setStyleSheet(f"QCheckBox {{ color: {colour}; font-weight: 600; }}")
        toggle.setToolTip(self.tr("Show or hide this curve."))
        toggle.toggled.connect(lambda checked, key=name: self.set_series_visible(key, checked))
        # Keep the display options last in the flowing row.
        self._toggle_row.removeWidget(self._options)
        self._toggle_row.addWidget(toggle)
        self._toggle_row.addWidget(self._options)
        series.toggle = toggle
        self._series[name] = series
        for run_label, data in self._overlay_data.items():
            if name in data:
                self._make_overlay_curve(series, run_label)
        self._mark_dirty()

    def set_hint(self, text: str) -> None:
        """A line under the title while the plot is empty ("first validation at step 40"); the first value
        clears it. An empty text clears it now."""
        self._hint = text
        self.plot_item.setTitle(f"{self._title}<br><span style='font-size: 9pt'>{text}</span>" if text
                                else self._title)

    def hint(self) -> str:
        return self._hint

    def is_empty(self) -> bool:
        return all(len(series.data) == 0 for series in self._series.values())

    def append(self, name: str, step: float, value: float) -> None:
        if name not in self._series:
            self.add_series(name)
        self._series[name].data.append(step, value)
        if self._hint:
            self.set_hint("")
        self._mark_dirty()

    def extend(self, name: str, steps, values) -> None:
        if name not in self._series:
            self.add_series(name)
        self._series[name].data.extend(steps, values)
        self._mark_dirty()

    def truncate_after(self, step: float) -> None:
        for series in self._series.values():
            series.data.truncate_after(step)
        for marker in [m for m in self._markers if m.value() > step]:
            self.plot_item.removeItem(marker)
            self._markers.remove(marker)
        self._mark_dirty()

    def clear(self) -> None:
        """Forget every series' data (a new run starts); series, toggles and overlays stay."""
        for series in self._series.values():
            series.data = GrowingSeries()
        for marker in self._markers:
            self.plot_item.removeItem(marker)
        self._markers.clear()
        self._mark_dirty()

    def add_marker(self, step: float, text: str, kind: str = "warning") -> None:
        """A vertical line at `step` with `text` as its tooltip and label (warnings, rollbacks)."""
        colour = MARKER_COLOURS.get(kind, "#E69F00")
        line = pg.InfiniteLine(
            pos=float(step), angle=90, movable=False,
            pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine),
            label="!" if kind != "checkpoint" else "",
            labelOpts={"position": 0.92, "color": colour, "fill": None},
        )
        line.setToolTip(text)
        line.marker_text = text
        line.marker_kind = kind
        self.plot_item.addItem(line, ignoreBounds=True)
        self._markers.append(line)

    def markers(self) -> list[tuple[float, str, str]]:
        return [(float(m.value()), m.marker_kind, m.marker_text) for m in self._markers]

    # ---- overlays of another run ----------------------------------------------------------
    def set_overlay(self, run_label: str, series: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
        """Show another run's curves, dimmed and dashed, under this run's series of the same names."""
        self.remove_overlay(run_label)
        self._overlay_data[run_label] = {
            name: (np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64))
            for name, (xs, ys) in series.items()
        }
        for name in self._overlay_data[run_label]:
            if name not in self._series:
                self.add_series(name)
            else:
                self._make_overlay_curve(self._series[name], run_label)
        self._mark_dirty()

    def _make_overlay_curve(self, series: _Series, run_label: str) -> None:
        colour = QColor(series.colour)
        colour.setAlpha(90)
        curve = self.plot_item.plot([], [], pen=pg.mkPen(colour, width=1.2, style=Qt.PenStyle.DashLine))
        _configure_curve(curve, self.plot_item.getViewBox())
        curve.setZValue(-1)
        curve.setVisible(series.toggle is None or series.toggle.isChecked())
        series.overlays[run_label] = curve

    def remove_overlay(self, run_label: str) -> None:
        self._overlay_data.pop(run_label, None)
        for series in self._series.values():
            curve = series.overlays.pop(run_label, None)
            if curve is not None:
                self.plot_item.removeItem(curve)

    def overlay_labels(self) -> list[str]:
        return list(self._overlay_data)

    # ---- display options -------------------------------------------------------------------
    def set_smoothing(self, weight: float) -> None:
        """EMA weight in [0, 0.99]; display only."""
        weight = float(min(max(weight, 0.0), 0.99))
        self._smoothing = weight
        blocked = self.smoothing_slider.blockSignals(True)
        self.smoothing_slider.setValue(round(weight * 100))
        self.smoothing_slider.blockSignals(blocked)
        self._update_smoothing_label()
        self._mark_dirty()

    def smoothing(self) -> float:
        return self._smoothing

    def _on_smoothing_slider(self, value: int) -> None:
        self.set_smoothing(value / 100.0)

    def _update_smoothing_label(self) -> None:
        self.smoothing_label.setText(f"{self._smoothing:.2f}")

    def set_log_y(self, enabled: bool) -> None:
        self._log_y = bool(enabled) or self._force_log_y
        blocked = self.log_checkbox.blockSignals(True)
        self.log_checkbox.setChecked(self._log_y)
        self.log_checkbox.blockSignals(blocked)
        self.plot_item.setLogMode(x=False, y=self._log_y)
        self._mark_dirty()

    def log_y(self) -> bool:
        return self._log_y

    def set_series_visible(self, name: str, visible: bool) -> None:
        series = self._series[name]
        series.curve.setVisible(visible)
        for curve in series.overlays.values():
            curve.setVisible(visible)
        if series.toggle is not None and series.toggle.isChecked() != visible:
            blocked = series.toggle.blockSignals(True)
            series.toggle.setChecked(visible)
            series.toggle.blockSignals(blocked)
        self.seriesToggled.emit(name, visible)

    def is_series_visible(self, name: str) -> bool:
        return self._series[name].curve.isVisible()

    # ---- reading back -------------------------------------------------------------------------
    def series_names(self) -> list[str]:
        return list(self._series)

    def curve(self, name: str) -> pg.PlotDataItem:
        return self._series[name].curve

    def overlay_curve(self, run_label: str, name: str) -> pg.PlotDataItem:
        return self._series[name].overlays[run_label]

    def stored(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The raw values as appended (copies), independent of what is displayed."""
        data = self._series[name].data
        return data.x.copy(), data.y.copy()

    def last_value(self, name: str) -> float | None:
        data = self._series[name].data if name in self._series else None
        return float(data.y[-1]) if data is not None and len(data) else None

    def is_painting(self) -> bool:
        return self._timer.isActive()

    # ---- painting --------------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def _on_tick(self) -> None:
        if not self._dirty:
            # Nothing new since the last frame: sleep until the next append wakes the timer.
            self._timer.stop()
            return
        self.repaint_now()

    def repaint_now(self) -> None:
        """Push the current buffers to the curves (the timer calls this; tests and hidden plots may too)."""
        self._dirty = False
        for series in self._series.values():
            x, y = display_arrays(series.data.x, series.data.y, self._smoothing, self._log_y)
            series.curve.setData(x, y)
            for run_label, curve in series.overlays.items():
                xs, ys = self._overlay_data[run_label][series.name]
                ox, oy = display_arrays(xs, ys, self._smoothing, self._log_y)
                curve.setData(ox, oy)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self._timer.stop()
        super().closeEvent(event)
