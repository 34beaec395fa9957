"""The Train page's live view: loss, learning-rate, gradient-norm and validation plots plus the status line.

`TrainingDashboard.handle(event)` routes trainer events (svcdesk.training.events) into the plots;
`show_run_series` draws a run read back from its metrics store (as the main curves or as a dimmed
overlay of an earlier run). Metric names are the trainer's flat ones: `g/*` and `d/*` losses,
`lr/*`, `grad_norm/*`, and validation metrics starting with `val`.
"""

from __future__ import annotations

import math
from typing import Mapping

import numpy as np
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from svcdesk.events import Notice, Progress
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.widgets.live_plot import LivePlot
from svcdesk.training.events import (
    CheckpointSaved,
    EvalResult,
    Finished,
    StepMetrics,
    TrainStarted,
    TrainWarning,
)

LOSS_ORDER = ("g/total", "g/mel", "g/kl", "g/fm", "g/adv", "d/total")
VALIDATION_SERIES = "val/mel_l1"
# Warnings drawn on the gradient plot as well as on the losses.
GRADIENT_WARNINGS = {"exploding_gradients", "nonfinite", "rollback", "oom"}


def plot_for_metric(name: str) -> str:
    """Which plot a flat metric name belongs to: 'loss', 'lr', 'grad' or 'val' ('' for none)."""
    if name.startswith("lr/"):
        return "lr"
    if name.startswith("grad_norm/"):
        return "grad"
    if name.startswith("val"):
        return "val"
    if name.startswith(("g/", "d/")):
        return "loss"
    return ""


def format_duration(seconds: float) -> str:
    if not math.isfinite(seconds) or seconds < 0:
        return "–"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def format_memory(megabytes: float, kind: str) -> str:
    label = "VRAM" if kind == "cuda" else "RAM"
    if not math.isfinite(megabytes):
        return f"{label} –"
    return f"{label} {megabytes / 1024:.2f} GB" if megabytes >= 1024 else f"{label} {megabytes:.0f} MB"


class TrainingDashboard(QWidget):
    """Four live plots and the run's status figures."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.loss_plot = LivePlot(self.tr("Losses"), x_label=self.tr("step"), parent=self)
        for name in LOSS_ORDER:
            self.loss_plot.add_series(name)
        self.lr_plot = LivePlot(self.tr("Learning rate"), force_log_y=True, smoothing=False, parent=self)
        self.grad_plot = LivePlot(self.tr("Gradient norm"), log_y=True, parent=self)
        self.val_plot = LivePlot(self.tr("Validation mel loss"), smoothing=False, points=True, parent=self)
        self.plots = {"loss": self.loss_plot, "lr": self.lr_plot, "grad": self.grad_plot, "val": self.val_plot}
        # One step axis for all four: the losses plot leads and the others copy its range one way.
        # (pyqtgraph's setXLink is two-way and aligns pixels, so plots with different axis widths
        # fed back into each other and clipped the newest step out of view.)
        self.followers = (self.lr_plot, self.grad_plot, self.val_plot)
        for follower in self.followers:
            follower.plot_item.enableAutoRange(x=False)
        self.loss_plot.plot_item.getViewBox().sigXRangeChanged.connect(self._follow_x_range)

        self.step_label = QLabel(self)
        self.epoch_label = QLabel(self)
        self.speed_label = QLabel(self)
        self.eta_label = QLabel(self)
        self.memory_label = QLabel(self)
        self.best_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        status = QHBoxLayout()
        for label in (self.epoch_label, self.step_label, self.speed_label, self.eta_label,
                      self.memory_label, self.best_label):
            label.setMinimumWidth(90)
            status.addWidget(label)
        status.addStretch(1)

        grid = QGridLayout()
        grid.addWidget(self.loss_plot, 0, 0)
        grid.addWidget(self.val_plot, 0, 1)
        grid.addWidget(self.lr_plot, 1, 0)
        grid.addWidget(self.grad_plot, 1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(status)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addLayout(grid, 1)
        self.total_steps = 0
        self.last_step = -1
        self.reset()

    def _follow_x_range(self, _viewbox, x_range) -> None:
        for follower in self.followers:
            follower.plot_item.setXRange(*x_range, padding=0.0)

    def reset(self) -> None:
        for plot in self.plots.values():
            plot.clear()
            plot.set_hint("")
        self.total_steps = 0
        self.last_step = -1
        self.epoch_label.setText(self.tr("Epoch –"))
        self.step_label.setText(self.tr("Step –"))
        self.speed_label.setText(self.tr("– samples/s"))
        self.eta_label.setText(self.tr("ETA –"))
        self.memory_label.setText(self.tr("Memory –"))
        self.best_label.setText("")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message_label.clear()

    # ---- events -----------------------------------------------------------------------------------
    def handle(self, event: object) -> None:
        if isinstance(event, StepMetrics):
            self._on_step(event)
        elif isinstance(event, EvalResult):
            self.val_plot.append(VALIDATION_SERIES, event.step, event.val_mel_l1)
            if math.isfinite(event.best_val_mel_l1):
                self.best_label.setText(self.tr("best val {0:.4f}").format(event.best_val_mel_l1))
        elif isinstance(event, TrainStarted):
            self.total_steps = int(event.total_steps)
            self.progress.setRange(0, max(1, self.total_steps))
            self.progress.setValue(int(event.start_step))
            self.progress.setFormat(self.tr("step %v of %m"))
            self.message_label.setText(self.tr("Training on {0} ({1}), batch {2}, {3} training and {4} validation clips")
                                       .format(event.device, event.precision, event.batch_size,
                                               event.train_clips, event.validation_clips))
            if not event.validation_clips:
                self.val_plot.set_hint(self.tr("no validation: too few clips to hold any out"))
            elif event.first_eval_step and self.val_plot.is_empty():
                self.val_plot.set_hint(self.tr("first validation at step {0:,}").format(event.first_eval_step))
        elif isinstance(event, TrainWarning):
            self.add_warning_marker(event.step, event.kind, event.message)
        elif isinstance(event, CheckpointSaved):
            self.message_label.setText(self.tr("Saved checkpoint at step {0}").format(event.step))
        elif isinstance(event, Finished):
            self.progress.setValue(self.progress.maximum() if event.reason == "completed" else self.progress.value())
        elif isinstance(event, Progress):
            # Progress outside training proper (feature extraction): a busy bar with its message.
            self.progress.setRange(0, max(1, event.total) if event.total else 0)
            if event.total:
                self.progress.setValue(event.done)
            self.progress.setFormat("%p%")
            if event.message:
                self.message_label.setText(translate_message(event.message))
        elif isinstance(event, Notice):
            self.message_label.setText(translate_message(event.message))

    def _rewind_if_needed(self, step: int) -> None:
        # A rollback or a resume redoes steps: forget what was plotted beyond the restart point.
        if step <= self.last_step:
            for plot in self.plots.values():
                plot.truncate_after(step - 1)
        self.last_step = step

    def _on_step(self, event: StepMetrics) -> None:
        self._rewind_if_needed(event.step)
        for name, value in event.metrics.items():
            kind = plot_for_metric(name)
            if kind:
                self.plots[kind].append(name, event.step, value)
        self.epoch_label.setText(self.tr("Epoch {0}").format(event.epoch))
        total = event.total_steps or self.total_steps
        self.step_label.setText(self.tr("Step {0:,} / {1:,}").format(event.step, total) if total
                                else self.tr("Step {0:,}").format(event.step))
        self.speed_label.setText(self.tr("{0:.1f} samples/s").format(event.samples_per_second))
        self.eta_label.setText(self.tr("ETA {0}").format(format_duration(event.eta_seconds)))
        self.memory_label.setText(format_memory(event.memory_mb, event.memory_kind))
        if total:
            self.total_steps = total
            self.progress.setRange(0, total)
            self.progress.setFormat(self.tr("step %v of %m"))
            self.progress.setValue(min(event.step, total))

    def add_warning_marker(self, step: int, kind: str, message: str) -> None:
        marker_kind = "rollback" if kind in ("rollback", "nonfinite") else "warning"
        message = translate_message(message)
        self.loss_plot.add_marker(step, message, marker_kind)
        if kind in GRADIENT_WARNINGS:
            self.grad_plot.add_marker(step, message, marker_kind)
        if kind == "overfitting":
            self.val_plot.add_marker(step, message, marker_kind)

    # ---- runs read back from the metrics store ----------------------------------------------------
    def show_run_series(self, series: Mapping[str, tuple[np.ndarray, np.ndarray]], overlay: str | None = None,
                        warnings: list[tuple[int, str, str]] = ()) -> None:
        """Draw a stored run: as the main curves (overlay None) or dimmed under them, labelled `overlay`."""
        grouped: dict[str, dict[str, tuple[np.ndarray, np.ndarray]]] = {}
        for name, (steps, values) in series.items():
            kind = plot_for_metric(name)
            if kind:
                grouped.setdefault(kind, {})[name] = (steps, values)
        for kind, plot in self.plots.items():
            data = grouped.get(kind, {})
            if overlay is None:
                for name, (steps, values) in data.items():
                    plot.extend(name, steps, values)
            elif data:
                plot.set_overlay(overlay, data)
        if overlay is None:
            for step, kind, message in warnings:
                self.add_warning_marker(step, kind, message)
            self.last_step = max((int(s[-1]) for s, _ in series.values() if len(s)), default=-1)

    def remove_overlay(self, label: str) -> None:
        for plot in self.plots.values():
            plot.remove_overlay(label)

    def overlay_labels(self) -> list[str]:
        return sorted({label for plot in self.plots.values() for label in plot.overlay_labels()})
