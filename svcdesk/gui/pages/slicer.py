"""Slicer page: a whole file's waveform with its RMS and threshold, the cuts as draggable regions,
parameters with a live preview, a segment-length histogram, playback and "Slice all"."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import qdebounced, qthrottled

from svcdesk.audio.segment_edits import Region, plan_from_spans, region_at
from svcdesk.audio.slicer import RmsCurve, SlicePlan, curve_for_config, plan_from_rms
from svcdesk.config import SlicingConfig
from svcdesk.errors import SvcdeskError
from svcdesk.events import Notice, Progress
from svcdesk.gui import theme
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.widgets.dataset_table import format_duration
from svcdesk.gui.widgets.job_progress import JobProgress
from svcdesk.gui.widgets.long_waveform import LongWaveform, MinMaxPyramid, TimeAxis
from svcdesk.gui.widgets.slicer_controls import SlicerControls
from svcdesk.gui.workers import JobWorker, start_job
from svcdesk.project import FileSliced
from svcdesk.messages import Message

log = logging.getLogger("svcdesk.gui.slicer")
PAGE_KEY = "slicer"
CURSOR_FPS = 30
MAX_REGIONS_IN_VIEW = 80  # beyond this, segments show only as bars along the top: zoom in to edit them
MAX_PLAY_S = 600.0  # playing "the view" of an hour-long file plays its first ten minutes


@dataclass(frozen=True)
class FileLoaded:
    file_id: str
    audio: np.ndarray
    sample_rate: int
    pyramid: MinMaxPyramid
    curve: RmsCurve
    curve_key: tuple


@dataclass(frozen=True)
class CurveReady:
    file_id: str
    key: tuple
    curve: RmsCurve


def curve_key(config: SlicingConfig) -> tuple:
    """The settings the RMS curve depends on (the rest only move the cuts)."""
    return (config.hop_s, config.min_interval_s)


def load_file_job(project, file_id: str, config: SlicingConfig):
    """Decode one file as the slicer sees it, then build its waveform pyramid and RMS curve."""
    yield Progress(0, 3, Message("decoding"))
    audio, sample_rate = project.load_file_audio(file_id)
    yield Progress(1, 3, Message("building the waveform overview"))
    pyramid = MinMaxPyramid(audio, sample_rate)
    yield Progress(2, 3, Message("measuring loudness"))
    curve = curve_for_config(audio, sample_rate, config)
    yield FileLoaded(file_id, audio, sample_rate, pyramid, curve, curve_key(config))


def curve_job(file_id: str, audio: np.ndarray, sample_rate: int, config: SlicingConfig):
    yield CurveReady(file_id, curve_key(config), curve_for_config(audio, sample_rate, config))


class SegmentRegion(pg.LinearRegionItem):
    """One segment: drag an edge to move a boundary, click to select."""

    clicked = Signal(object)  # self

    def __init__(self, index: int, region: Region, **kwargs):
        super().__init__(values=(region.start_s, region.end_s), **kwargs)
        self.index = index
        self.region_value = region

    def mouseClickEvent(self, ev):
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.clicked.emit(self)
        else:
            super().mouseClickEvent(ev)


class SlicerPage(QWidget):
    """Signals: `preview_updated(plan)` when the shown cuts change; `loaded(file_id)` after a file is shown."""

    preview_updated = Signal(object)
    loaded = Signal(str)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.project = None
        self.file_id = ""
        self.audio: np.ndarray | None = None
        self.sample_rate = 0
        self.curve: RmsCurve | None = None
        self.curve_settings: tuple = ()  # curve_key() of the settings the curve was computed with
        self.plan: tuple[Region, ...] = ()
        self.slice_plan: SlicePlan | None = None
        self.selected = -1
        self.cursor_s = 0.0
        self.load_job: JobWorker | None = None
        self.curve_job: JobWorker | None = None
        self.slice_job: JobWorker | None = None
        self._regions: list[SegmentRegion] = []
        self._dropped_items: list[pg.LinearRegionItem] = []
        self._play_offset = 0.0
        self._playing = False
        self._listening = False  # connected to the shared player's finished signal
        theme.configure_pyqtgraph()
        self._build()
        self._preview = qthrottled(self.update_preview, timeout=60, leading=True, parent=self)
        self._save_config = qdebounced(self._store_config, timeout=500, parent=self)
        context.project_changed.connect(self.set_project)
        context.project_edited.connect(self._project_edited)
        context.file_requested.connect(self.select_file)
        self.set_project(context.project)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Slicer"), self)
        title.setObjectName("PageTitle")
        self.file_combo = QComboBox(self)
        self.file_combo.setMinimumWidth(280)
        self.file_combo.currentIndexChanged.connect(self._file_chosen)
        self.slice_file_button = QPushButton(self.tr("Slice this file"), self)
        self.slice_file_button.clicked.connect(lambda: self.slice_files([self.file_id]))
        self.slice_all_button = QPushButton(self.tr("Slice all"), self)
        self.slice_all_button.setObjectName("Primary")
        self.slice_all_button.setToolTip(self.tr("Export the segments of every included file to the project"))
        self.slice_all_button.clicked.connect(lambda: self.slice_files(None))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(QLabel(self.tr("File"), self))
        header.addWidget(self.file_combo, 1)
        header.addWidget(self.slice_file_button)
        header.addWidget(self.slice_all_button)

        self.waveform = LongWaveform(self)
        self.waveform.clicked.connect(self._waveform_clicked)
        self.waveform.view_changed.connect(self._cull_regions)
        plot = self.waveform.plot
        # Every segment as a bar along the top, drawn by two items whatever the count: the overview
        # at any zoom, while the editable regions appear only when few enough are in view.
        self.segment_strip = pg.PlotDataItem(pen=pg.mkPen(theme.ACCENT, width=5), connect="pairs")
        self.excluded_strip = pg.PlotDataItem(pen=pg.mkPen(theme.EXCLUDED_BRUSH[:3], width=5), connect="pairs")
        for strip in (self.segment_strip, self.excluded_strip):
            strip.setZValue(6)
            plot.addItem(strip, ignoreBounds=True)
        self.play_cursor = pg.InfiniteLine(0.0, angle=90, movable=False, pen=pg.mkPen(theme.PLAYHEAD, width=1))
        self.play_cursor.setZValue(20)
        plot.addItem(self.play_cursor, ignoreBounds=True)

        self.rms_widget = pg.PlotWidget(parent=self)
        rms_plot = self.rms_widget.getPlotItem()
        rms_plot.setMenuEnabled(False)
        rms_plot.hideButtons()
        rms_plot.setMouseEnabled(x=True, y=False)
        rms_plot.setXLink(plot)
        rms_plot.setAxisItems({"bottom": TimeAxis("bottom")})
        rms_plot.setYRange(-80.0, 0.0, padding=0.02)
        rms_plot.setLabel("left", "RMS", units="dB")
        rms_plot.getAxis("left").setWidth(48)
        rms_plot.showGrid(x=True, y=True, alpha=0.15)
        self.rms_curve = pg.PlotDataItem(pen=pg.mkPen(theme.RMS_CURVE, width=1))
        self.rms_curve.setDownsampling(auto=True, method="peak")
        self.rms_curve.setClipToView(True)
        rms_plot.addItem(self.rms_curve)
        self.threshold_line = pg.InfiniteLine(
            -40.0, angle=0, movable=True, bounds=(-90.0, -5.0),
            pen=pg.mkPen(theme.THRESHOLD, width=1, style=Qt.PenStyle.DashLine),
            hoverPen=pg.mkPen(theme.THRESHOLD, width=2), label=self.tr("threshold {value:.0f} dB"),
            labelOpts={"color": theme.THRESHOLD, "position": 0.92, "anchors": [(1, 1), (1, 1)]})
        self.threshold_line.setToolTip(self.tr("Drag to change the silence threshold"))
        self.threshold_line.sigPositionChangeFinished.connect(lambda line: self.controls.set_threshold(line.value()))
        rms_plot.addItem(self.threshold_line, ignoreBounds=True)
        self.rms_widget.setMinimumHeight(90)
        self.rms_widget.setMaximumHeight(190)

        plots = QSplitter(Qt.Orientation.Vertical, self)
        plots.addWidget(self.waveform)
        plots.addWidget(self.rms_widget)
        plots.setStretchFactor(0, 3)
        plots.setStretchFactor(1, 1)

        self.controls = SlicerControls(self)
        self.controls.config_changed.connect(self._config_changed)
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.histogram_widget = pg.PlotWidget(parent=self)
        hist_plot = self.histogram_widget.getPlotItem()
        hist_plot.setMenuEnabled(False)
        hist_plot.hideButtons()
        hist_plot.setMouseEnabled(x=False, y=False)
        hist_plot.setLabel("bottom", self.tr("segment length"), units="s")
        hist_plot.setTitle(self.tr("Segment lengths"), size="9pt")
        self.histogram = pg.BarGraphItem(x=[], height=[], width=0.5, brush=theme.ACCENT, pen=None)
        hist_plot.addItem(self.histogram)
        window_pen = pg.mkPen(theme.INFO, width=1, style=Qt.PenStyle.DashLine)
        self.min_line = pg.InfiniteLine(5.0, angle=90, pen=window_pen)
        self.max_line = pg.InfiniteLine(15.0, angle=90, pen=window_pen)
        hist_plot.addItem(self.min_line)
        hist_plot.addItem(self.max_line)
        self.histogram_widget.setMinimumHeight(110)
        self.histogram_widget.setMaximumHeight(190)

        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setToolTip(self.tr("Play the selected segment, or the view from the cursor (Space)"))
        self.play_button.clicked.connect(self.toggle_playback)
        self.exclude_button = QPushButton(self.tr("Exclude"), self)
        self.exclude_button.setToolTip(self.tr("Leave the selected segment out of training (or take it back)"))
        self.exclude_button.clicked.connect(self.toggle_selected_included)
        self.split_button = QPushButton(self.tr("Split at cursor"), self)
        self.split_button.clicked.connect(self.split_at_cursor)
        self.merge_button = QPushButton(self.tr("Merge with next"), self)
        self.merge_button.clicked.connect(self.merge_with_next)
        self.add_button = QPushButton(self.tr("Add segment"), self)
        self.add_button.setToolTip(self.tr("Add a segment over the part of the file in view"))
        self.add_button.clicked.connect(self.add_segment_in_view)
        self.reset_button = QPushButton(self.tr("Reset edits"), self)
        self.reset_button.setToolTip(self.tr("Forget hand edits; the cuts follow the parameters again"))
        self.reset_button.clicked.connect(self.reset_edits)
        edit_grid = QGridLayout()
        for i, button in enumerate((self.play_button, self.exclude_button, self.split_button, self.merge_button,
                                    self.add_button, self.reset_button)):
            edit_grid.addWidget(button, i // 2, i % 2)

        side = QWidget(self)
        side.setFixedWidth(300)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.controls)
        side_layout.addWidget(self.preview_label)
        side_layout.addWidget(self.histogram_widget)
        side_layout.addLayout(edit_grid)
        side_layout.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(plots, 1)
        body.addWidget(side)

        self.progress = JobProgress(self)
        self.progress.cancel_requested.connect(self.cancel_slicing)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addWidget(self.progress)

        self.cursor_timer = QTimer(self)
        self.cursor_timer.setObjectName("play_cursor")
        self.cursor_timer.setInterval(1000 // CURSOR_FPS)
        self.cursor_timer.timeout.connect(self._move_cursor)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        space.activated.connect(self.toggle_playback)
        self._update_enabled()

    # -- project and files -----------------------------------------------------------------------
    def set_project(self, project) -> None:
        self.stop_playback()
        for job in (self.load_job, self.curve_job, self.slice_job):
            if job is not None:
                job.quit()
        self.project = project
        self._clear_file()
        if project is not None:
            self.controls.set_config(project.slicing_config)
        self._fill_file_combo()
        self._update_enabled()

    def _project_edited(self, source: str) -> None:
        if source != PAGE_KEY and self.project is not None:
            self._fill_file_combo()

    def _fill_file_combo(self) -> None:
        wanted = self.context.requested_file_id or self.file_id
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        files = [] if self.project is None else [
            f for f in self.project.files if f.analysis and "error" not in f.analysis]
        for entry in files:
            mark = "" if entry.included else self.tr(" (excluded)")
            self.file_combo.addItem(f"{entry.name}  ·  {format_duration(entry.duration_s)}{mark}", entry.id)
        self.file_combo.blockSignals(False)
        if not files:
            self._clear_file()
            self.preview_label.setText(self.tr("No audio in this project yet: import vocals on the Dataset page.")
                                       if self.project is not None else self.tr("No project open."))
            return
        index = max(0, self.file_combo.findData(wanted))
        self.file_combo.setCurrentIndex(index)
        if self.file_combo.currentData() != self.file_id:
            self._file_chosen()

    def select_file(self, file_id: str) -> None:
        index = self.file_combo.findData(file_id)
        if index >= 0:
            self.file_combo.setCurrentIndex(index)

    def _file_chosen(self) -> None:
        file_id = self.file_combo.currentData()
        if not file_id or self.project is None or file_id == self.file_id and self.audio is not None:
            return
        self.stop_playback()
        if self.load_job is not None:
            self.load_job.quit()
        self._clear_file()
        self.file_id = file_id
        self.preview_label.setText(self.tr("Loading..."))
        project = self.project
        self.load_job = start_job(load_file_job, project, file_id, self.controls.config(),
                                  on_event=lambda e: self._load_event(project, e), on_error=self._job_failed,
                                  on_finished=self._load_finished, parent=self)

    def _load_event(self, project, event: Any) -> None:
        if isinstance(event, Progress):
            self.preview_label.setText(self.tr("Loading: %s...") % translate_message(event.message))
        elif isinstance(event, FileLoaded) and project is self.project and event.file_id == self.file_id:
            self.audio, self.sample_rate = event.audio, event.sample_rate
            self.waveform.set_audio(event.pyramid)
            self._set_curve(event.curve, event.curve_key)
            self.selected = -1
            self.cursor_s = 0.0
            self.play_cursor.setValue(0.0)
            self.update_preview()
            self.loaded.emit(event.file_id)

    def _load_finished(self) -> None:
        self.load_job = None
        self._update_enabled()

    def _clear_file(self) -> None:
        self.file_id = ""
        self.audio = None
        self.curve = None
        self.curve_settings = ()
        self.plan = ()
        self.slice_plan = None
        self.selected = -1
        self.waveform.set_audio(None)
        self.rms_curve.setData([], [])
        self._draw_regions()
        self._draw_histogram()

    def _set_curve(self, curve: RmsCurve, settings: tuple) -> None:
        self.curve = curve
        self.curve_settings = settings
        self.rms_curve.setData(curve.times(), np.maximum(curve.db, -120.0))

    # -- parameters and live preview -----------------------------------------------------------
    def _config_changed(self, config: SlicingConfig) -> None:
        self.threshold_line.setValue(config.threshold_db)
        self._save_config()
        if self.curve is not None and self.audio is not None and curve_key(config) != self.curve_settings:
            self._recompute_curve(config)
        else:
            self._preview()

    def _recompute_curve(self, config: SlicingConfig) -> None:
        if self.curve_job is not None:
            self.curve_job.quit()
        self.curve_job = start_job(curve_job, self.file_id, self.audio, self.sample_rate, config,
                                   on_event=self._curve_ready, on_error=self._job_failed,
                                   on_finished=self._curve_finished, parent=self)

    def _curve_ready(self, event: CurveReady) -> None:
        if event.file_id == self.file_id and event.key == curve_key(self.controls.config()):
            self._set_curve(event.curve, event.key)
            self.update_preview()

    def _curve_finished(self) -> None:
        self.curve_job = None

    def _store_config(self) -> None:
        if self.project is None or self.slice_job is not None:
            return
        try:
            self.project.set_slicing_config(self.controls.config())
            self.project.save()
        except SvcdeskError as exc:
            self.preview_label.setText(translate_message(exc))

    @property
    def hand_edited(self) -> bool:
        return bool(self.project is not None and self.file_id and self.project.file(self.file_id).plan is not None)

    def update_preview(self) -> None:
        """Recompute where the cuts fall (cheap: the RMS curve is kept) and redraw them."""
        if self.project is None or not self.file_id or self.curve is None:
            return
        config = self.controls.config()
        entry = self.project.file(self.file_id)
        if entry.plan is not None:
            self.plan = tuple(entry.plan)
            self.slice_plan = None
        else:
            try:
                self.slice_plan = plan_from_rms(self.curve, config)
            except SvcdeskError as exc:
                self.preview_label.setText(f'<span style="color:{theme.ERROR}">{exc}</span>')
                return
            self.plan = plan_from_spans(self.slice_plan.segments)
        self._draw_regions()
        self._draw_histogram()
        self._describe_plan()
        self._update_enabled()
        self.preview_updated.emit(self.plan)

    def _describe_plan(self) -> None:
        kept = [r for r in self.plan if r.included]
        text = self.tr("%d segments, %s kept") % (len(kept), format_duration(sum(r.duration_s for r in kept)))
        if self.slice_plan is not None and self.slice_plan.dropped:
            text += self.tr(", %s left out (too short)") % format_duration(self.slice_plan.dropped_seconds)
        if len(kept) != len(self.plan):
            text += self.tr(", %d excluded") % (len(self.plan) - len(kept))
        if self.hand_edited:
            text += "<br>" + self.tr("<i>Edited by hand: the parameters no longer move these cuts.</i>")
        self.preview_label.setText(text)

    # -- drawing -------------------------------------------------------------------------------
    def _draw_regions(self) -> None:
        """Show the plan. Region items are reused (moved and recoloured), not rebuilt: an edit arrives
        from an item's own signal, and deleting the sender inside its handler is unsafe."""
        plot = self.waveform.plot
        editable = self.slice_job is None
        while len(self._regions) > len(self.plan):
            plot.removeItem(self._regions.pop())
        for index, region in enumerate(self.plan):
            if index == len(self._regions):
                item = SegmentRegion(index, region, pen=pg.mkPen(theme.ACCENT, width=1), swapMode="block",
                                     hoverBrush=pg.mkBrush(*theme.SEGMENT_HOVER_BRUSH))
                item.setZValue(5)
                item.sigRegionChangeFinished.connect(self._region_dragged)
                item.clicked.connect(self._region_clicked)
                plot.addItem(item, ignoreBounds=True)
                self._regions.append(item)
            item = self._regions[index]
            item.index, item.region_value = index, region
            item.blockSignals(True)
            item.setRegion((region.start_s, region.end_s))
            item.blockSignals(False)
            brush = theme.SEGMENT_BRUSH if region.included else theme.EXCLUDED_BRUSH
            item.setBrush(pg.mkBrush(*(theme.SELECTED_SEGMENT_BRUSH if index == self.selected else brush)))
            item.update()  # pyqtgraph's setBrush does not repaint
            item.setMovable(editable)
        for item in self._dropped_items:
            plot.removeItem(item)
        self._dropped_items = []
        if self.slice_plan is not None:
            for start, end in self.slice_plan.dropped:
                item = pg.LinearRegionItem((start, end), movable=False, brush=pg.mkBrush(*theme.EXCLUDED_BRUSH),
                                           pen=pg.mkPen(None))
                item.setZValue(4)
                plot.addItem(item, ignoreBounds=True)
                self._dropped_items.append(item)
        self._draw_strips()
        self._cull_regions(*self.waveform.visible_range())

    def _cull_regions(self, t0: float, t1: float) -> None:
        """Show only the segment items in view, and none when too many are: pyqtgraph asks every item
        for its bounds on each paint, which would dominate redraws of an hour with hundreds of segments."""
        in_view = [region.end_s >= t0 and region.start_s <= t1 for region in self.plan]
        show = sum(in_view) <= MAX_REGIONS_IN_VIEW
        for item, visible in zip(self._regions, in_view):
            item.setVisible(show and visible)
        for item in self._dropped_items:
            start, end = item.getRegion()
            item.setVisible(show and end >= t0 and start <= t1)

    def _draw_strips(self) -> None:
        top = self.waveform.viewbox.viewRange()[1][1] * 0.985
        for strip, included in ((self.segment_strip, True), (self.excluded_strip, False)):
            spans = [(r.start_s, r.end_s) for r in self.plan if r.included == included]
            xs = np.asarray(spans, dtype=np.float64).ravel()
            strip.setData(xs, np.full(xs.shape, top))

    def _draw_histogram(self) -> None:
        lengths = np.array([r.duration_s for r in self.plan if r.included], dtype=np.float64)
        config = self.controls.config()
        self.min_line.setValue(config.min_length_s)
        self.max_line.setValue(config.max_length_s)
        if lengths.size == 0:
            self.histogram.setOpts(x=[], height=[])
            return
        top = max(config.max_length_s, float(lengths.max())) + 1.0
        width = max(0.25, round(top / 30 * 4) / 4)
        edges = np.arange(0.0, top + width, width)
        counts, edges = np.histogram(lengths, bins=edges)
        self.histogram.setOpts(x=edges[:-1] + width / 2, height=counts, width=width * 0.9)
        self.histogram_widget.getPlotItem().setXRange(0, top, padding=0.02)
        most = max(1, int(counts.max()))
        self.histogram_widget.getPlotItem().setYRange(0, most * 1.1, padding=0)
        step = max(1, int(np.ceil(most / 3)))  # whole counts, three labels at most: the plot is short
        self.histogram_widget.getPlotItem().getAxis("left").setTickSpacing(major=step, minor=step)

    def histogram_data(self) -> tuple[np.ndarray, np.ndarray]:
        """(bin centres, counts) as drawn."""
        opts = self.histogram.opts
        return np.asarray(opts.get("x", [])), np.asarray(opts.get("height", []))

    # -- hand edits (saved to the project) ------------------------------------------------------
    def _ensure_hand_plan(self) -> None:
        """Store the previewed plan as the file's plan, so edits start from what the user sees."""
        if not self.hand_edited:
            self.project.set_plan(self.file_id, self.plan)

    def _apply_edit(self, edit, *args) -> bool:
        if self.project is None or not self.file_id or self.slice_job is not None:
            return False
        try:
            self._ensure_hand_plan()
            edit(self.file_id, *args)
        except SvcdeskError as exc:
            self.context.show_status(translate_message(exc), 8000)
            log.info("slice edit refused: %s", exc)  # info: a warning would replace the status line
            self.update_preview()
            return False
        self.context.notify_project_edited(PAGE_KEY)
        self.update_preview()
        return True

    def _region_dragged(self, item: SegmentRegion) -> None:
        start, end = item.getRegion()
        old = item.region_value
        if abs(start - old.start_s) > 1e-6:
            self._apply_edit(self.project.move_boundary, item.index, "start", float(start))
        elif abs(end - old.end_s) > 1e-6:
            self._apply_edit(self.project.move_boundary, item.index, "end", float(end))

    def _region_clicked(self, item: SegmentRegion) -> None:
        self.select_segment(item.index)

    def select_segment(self, index: int) -> None:
        self.selected = index if 0 <= index < len(self.plan) else -1
        if self.selected >= 0:
            self.cursor_s = self.plan[self.selected].start_s
            self.play_cursor.setValue(self.cursor_s)
        self._draw_regions()
        self._update_enabled()

    def _waveform_clicked(self, seconds: float) -> None:
        index = region_at(self.plan, seconds)
        self.select_segment(-1 if index is None else index)
        self.cursor_s = max(0.0, seconds)  # the click, not the segment start: "Split at cursor" uses it
        self.play_cursor.setValue(self.cursor_s)

    def toggle_selected_included(self) -> None:
        if self.selected >= 0:
            index = self.selected
            self._apply_edit(self.project.set_segment_included, index, not self.plan[index].included)
            self.select_segment(index)

    def split_at_cursor(self) -> None:
        index = region_at(self.plan, self.cursor_s)
        if index is not None:
            self._apply_edit(self.project.split_segment, index, self.cursor_s)

    def merge_with_next(self) -> None:
        if 0 <= self.selected < len(self.plan) - 1:
            self._apply_edit(self.project.merge_segments, self.selected, self.selected + 1)

    def add_segment_in_view(self) -> None:
        t0, t1 = self.waveform.visible_range()
        self._apply_edit(self.project.add_segment, max(0.0, t0), t1)

    def reset_edits(self) -> None:
        if self.project is not None and self.hand_edited:
            self.project.clear_plan(self.file_id)
            self.context.notify_project_edited(PAGE_KEY)
            self.selected = -1
            self.update_preview()

    # -- playback --------------------------------------------------------------------------------
    def play_range(self) -> tuple[float, float]:
        """The selected segment, else from the cursor to the end of the view."""
        if 0 <= self.selected < len(self.plan):
            region = self.plan[self.selected]
            return region.start_s, region.end_s
        t0, t1 = self.waveform.visible_range()
        start = self.cursor_s if t0 <= self.cursor_s < t1 else t0
        return max(0.0, start), min(t1, start + MAX_PLAY_S)

    def toggle_playback(self) -> None:
        if self._playing:
            self.stop_playback()
        else:
            self.play()

    def play(self) -> bool:
        if self.audio is None:
            return False
        start, end = self.play_range()
        s0, s1 = int(start * self.sample_rate), int(end * self.sample_rate)
        if s1 <= s0:
            return False
        player = self.context.player
        if not self._listening:
            player.finished.connect(self._playback_finished)
            self._listening = True
        player.load(self.audio[s0:s1], self.sample_rate)
        if not player.play():
            return False
        self._play_offset = start
        self._playing = True
        self.play_button.setText(self.tr("Stop"))
        self.cursor_timer.start()
        return True

    def stop_playback(self) -> None:
        if self._playing and self.context.has_player:
            self.context.player.stop()
        self._playback_finished()

    def _playback_finished(self) -> None:
        if self.context.has_player and self.context.player.is_playing:
            return  # a late end-of-playback from the stream this page just replaced
        self._playing = False
        self.cursor_timer.stop()
        self.play_button.setText(self.tr("Play"))

    def _move_cursor(self) -> None:
        if self.context.has_player:
            self.play_cursor.setValue(self._play_offset + self.context.player.position_s())

    # -- slicing -------------------------------------------------------------------------------
    def slice_files(self, file_ids: list[str] | None) -> JobWorker | None:
        """Export segments (of `file_ids`, or of every included file) in the background."""
        if self.project is None or self.slice_job is not None:
            return None
        self._save_config.cancel()
        self._store_config()
        self.stop_playback()
        self.progress.start(self.tr("Slicing..."))
        self._sliced: list[FileSliced] = []
        self.slice_job = start_job(self.project.slice_files, file_ids, on_event=self._slice_event,
                                   on_error=self._job_failed, on_finished=self._slice_finished, parent=self)
        self._update_enabled()
        self._draw_regions()
        return self.slice_job

    def _slice_event(self, event: Any) -> None:
        if isinstance(event, Progress):
            self.progress.update(event)
        elif isinstance(event, FileSliced):
            self._sliced.append(event)
        elif isinstance(event, Notice):
            (log.warning if event.level in ("warning", "error") else log.info)("%s", event.message)

    def _slice_finished(self) -> None:
        cancelled = self.slice_job is not None and self.slice_job.abort_requested
        self.slice_job = None
        self.progress.finish()
        count = sum(e.segment_count for e in self._sliced)
        if cancelled:
            self.context.show_status(self.tr("Slicing cancelled; files already sliced keep their new segments."))
        else:
            self.context.show_status(self.tr("Sliced %d file(s) into %d segments") % (len(self._sliced), count))
        self.context.notify_project_edited(PAGE_KEY)
        self._update_enabled()
        self._draw_regions()

    def cancel_slicing(self) -> None:
        if self.slice_job is not None:
            self.slice_job.quit()

    def _job_failed(self, message: str, _exc: BaseException) -> None:
        self.context.report_error(message)

    # -- state -----------------------------------------------------------------------------------
    def _update_enabled(self) -> None:
        idle = self.slice_job is None
        has_file = self.audio is not None
        has_files = self.project is not None and bool(self.project.files)
        self.slice_all_button.setEnabled(idle and has_files)
        self.slice_file_button.setEnabled(idle and has_file)
        self.controls.setEnabled(idle and self.project is not None)
        self.play_button.setEnabled(has_file)
        for button in (self.split_button, self.add_button):
            button.setEnabled(idle and has_file)
        self.exclude_button.setEnabled(idle and self.selected >= 0)
        if self.selected >= 0 and self.selected < len(self.plan):
            self.exclude_button.setText(self.tr("Include") if not self.plan[self.selected].included
                                        else self.tr("Exclude"))
        self.merge_button.setEnabled(idle and 0 <= self.selected < len(self.plan) - 1)
        self.reset_button.setEnabled(idle and self.hand_edited)

    def page_shown(self) -> None:
        if self.context.requested_file_id:
            self.select_file(self.context.requested_file_id)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.stop_playback()
        self._preview.cancel()
        self._preview.flush(restart_timer=False)
        self._save_config.flush(restart_timer=False)
        self.waveform.shutdown()
        for job in (self.load_job, self.curve_job, self.slice_job):
            if job is not None:
                job.quit()
