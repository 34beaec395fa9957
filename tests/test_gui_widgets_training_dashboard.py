"""TrainingDashboard: trainer events reach the right plots; rollbacks rewind; stored runs overlay."""

from __future__ import annotations

import math

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from svcdesk.gui.widgets.training_dashboard import (  # noqa: E402
    TrainingDashboard,
    format_duration,
    plot_for_metric,
)
from svcdesk.training.events import EvalResult, StepMetrics, TrainStarted, TrainWarning  # noqa: E402

pytestmark = pytest.mark.gui


def _step(step: int, loss: float, lr: float = 1e-4) -> StepMetrics:
    metrics = {"g/total": loss, "g/mel": loss / 2, "d/total": 3.0, "lr/g": lr, "lr/d": lr,
               "grad_norm/g": 10.0, "grad_norm/d": 5.0}
    return StepMetrics(step, step // 10, metrics, 12.5, 3.0, 3725.0, 1536.0, "rss", 4, 100)


def _data(plot, name):
    x, y = plot.curve(name).getData()
    return np.asarray(x if x is not None else []), np.asarray(y if y is not None else [])


def test_events_fill_plots_and_status(qtbot):
    board = TrainingDashboard()
    qtbot.addWidget(board)
    board.resize(900, 700)
    board.show()
    qtbot.waitExposed(board)
    board.handle(TrainStarted("run", "cpu", "fp32", 4, 100, 10, 20, 2, (), 0))
    for step in range(1, 21):
        board.handle(_step(step, 50.0 - step, lr=0.0 if step == 1 else 1e-4))
    board.handle(EvalResult(20, 2, 1.25, 1.25, True, ""))
    board.handle(TrainWarning(15, "exploding_gradients", "Gradient norm exploded", "lower the LR"))
    qtbot.waitUntil(lambda: _data(board.loss_plot, "g/total")[0].size == 20, timeout=2000)
    qtbot.waitUntil(lambda: _data(board.val_plot, "val/mel_l1")[0].size == 1, timeout=2000)
    qtbot.waitUntil(lambda: _data(board.lr_plot, "lr/g")[0].size == 19, timeout=2000)  # the 0 never reaches log
    assert _data(board.grad_plot, "grad_norm/g")[0].size == 20
    assert "d/total" in board.loss_plot.series_names() and "lr/g" not in board.loss_plot.series_names()
    assert [m[0] for m in board.grad_plot.markers()] == [15.0]
    assert board.step_label.text() == "Step 20 / 100"
    assert board.eta_label.text() == "ETA 1 h 02 min"
    assert board.memory_label.text() == "RAM 1.50 GB"
    assert board.progress.value() == 20


def test_rollback_rewinds_the_curves(qtbot):
    board = TrainingDashboard()
    qtbot.addWidget(board)
    for step in range(1, 11):
        board.handle(_step(step, 10.0))
    board.handle(_step(6, 9.0))  # the trainer rolled back to step 5 and redoes step 6
    x, y = board.loss_plot.stored("g/total")
    assert list(x) == [1, 2, 3, 4, 5, 6] and y[-1] == 9.0


def test_stored_run_as_overlay(qtbot):
    board = TrainingDashboard()
    qtbot.addWidget(board)
    steps = np.arange(1, 6)
    board.show_run_series({"g/total": (steps, steps * 2.0), "val/mel_l1": (steps, steps * 0.1),
                           "perf/samples_per_second": (steps, steps)}, overlay="run0")
    assert board.overlay_labels() == ["run0"]
    board.loss_plot.repaint_now()
    x, _ = board.loss_plot.overlay_curve("run0", "g/total").getData()
    assert list(x) == list(steps)
    board.remove_overlay("run0")
    assert board.overlay_labels() == []


def test_helpers():
    assert plot_for_metric("grad_norm/d") == "grad" and plot_for_metric("perf/x") == ""
    assert format_duration(math.nan) == "–" and format_duration(65) == "1 min 05 s"
