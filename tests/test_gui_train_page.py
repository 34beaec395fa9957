"""The Train page trains the demo project for real (tiny model, demo encoder, a fast pitch method):
the curves receive data, and pause, resume and stop (which saves a checkpoint) work."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QObject, Signal  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.slow]


class _Context(QObject):
    project_changed = Signal(object)
    project_edited = Signal(str)

    def __init__(self, project):
        super().__init__()
        self.project = project
        from gui_fakes import FakePlayer

        self.player = FakePlayer()


@pytest.fixture(scope="module")
def demo_project(tmp_path_factory):
    from svcdesk.audio.demo import create_demo_project

    return create_demo_project(tmp_path_factory.mktemp("demo") / "Démo project", seconds=24.0)


def _points(plot, name: str) -> int:
    x, _ = plot.curve(name).getData()
    return 0 if x is None else len(x)


def test_train_pause_resume_stop_on_the_demo_project(qtbot, demo_project):
    from svcdesk.gui.pages.train import TrainPage

    page = TrainPage(_Context(demo_project))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    assert page.demo_banner.isVisible() and page.demo_encoder_box.isChecked()
    from svcdesk.features.pitch import best_available_method

    assert page.feature_config().f0_method == best_available_method()[0] and page.training_config().tiny_model
    qtbot.waitUntil(lambda: page._advice_worker is None, timeout=60000)
    assert "batch_size" in page.suggestions.names()
    # A fast configuration: small windows, no evaluation or saving before Stop.
    for name, value in (("steps", 10_000), ("batch_size", 1), ("segment_frames", 16), ("save_every_steps", 10_000),
                        ("eval_every_steps", 10_000), ("pitch_shift_prob", 0.0), ("time_stretch_prob", 0.0)):
        page.form.set_field(name, value)
    assert page.training_config().batch_size == 1

    page.start_training()
    assert page.state() == "running" and not page.train_button.isEnabled()
    loss = page.dashboard.loss_plot
    qtbot.waitUntil(lambda: _points(loss, "g/total") >= 2, timeout=180000)
    qtbot.waitUntil(lambda: _points(page.dashboard.lr_plot, "lr/g") >= 2, timeout=5000)
    x, y = loss.curve("g/total").getData()
    assert np.all(np.isfinite(y)) and np.all(np.diff(x) > 0)
    assert page.dashboard.step_label.text().startswith("Step ")

    with qtbot.waitSignal(page.worker.paused, timeout=60000):
        page.toggle_pause()
    assert page.state() == "paused" and page.pause_button.text() == "Resume"
    stored = len(loss.stored("g/total")[0])
    qtbot.wait(400)
    assert len(loss.stored("g/total")[0]) == stored, "no steps while paused"

    with qtbot.waitSignal(page.worker.resumed, timeout=10000):
        page.toggle_pause()
    qtbot.waitUntil(lambda: len(loss.stored("g/total")[0]) > stored, timeout=120000)

    last_step = page.dashboard.last_step
    page.stop_training()
    assert page.state() == "stopping"
    qtbot.waitUntil(lambda: page.worker is None, timeout=120000)
    assert page.state() == "idle" and page.train_button.isEnabled()
    latest = demo_project.runs_dir / "run1" / "checkpoints" / "latest.pt"
    assert latest.is_file(), "Stop saves a checkpoint"
    assert "Stopped" in page.state_label.text()
    assert page.runs_combo.findText("run1") >= 0 and page.resume_box.isEnabled()
    assert page.dashboard.last_step >= last_step


def test_earlier_run_overlays_its_curves(qtbot, tmp_path):
    from svcdesk.gui.pages.train import TrainPage
    from svcdesk.project import Project
    from svcdesk.training.metrics import MetricsWriter

    project = Project.create(tmp_path / "p")
    with MetricsWriter(project.runs_dir / "old" / "metrics.sqlite") as writer:
        for step in range(1, 31):
            writer.add_scalars(step, {"g/total": 40.0 - step, "lr/g": 1e-4, "val/mel_l1": 2.0})
        writer.add_event(12, "warning", "Gradient norm exploded")
    page = TrainPage(_Context(project))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page._advice_worker is None, timeout=60000)
    assert page.runs_combo.currentText() == "old" and page.run_name.text() == "run1"
    page.overlay_selected_run()
    qtbot.waitUntil(lambda: page.dashboard.overlay_labels() == ["old"], timeout=10000)
    page.dashboard.loss_plot.repaint_now()
    x, y = page.dashboard.loss_plot.overlay_curve("old", "g/total").getData()
    assert len(x) == 30 and y[0] == pytest.approx(39.0)
    page.clear_overlays()
    assert page.dashboard.overlay_labels() == []


def test_compare_checkpoints_opens_the_compare_page_with_the_run(qtbot, gui_context, tmp_path):
    from svcdesk.gui.main_window import MainWindow
    from svcdesk.project import Project

    project = Project.create(tmp_path / "p")
    checkpoints = project.runs_dir / "run1" / "checkpoints"
    checkpoints.mkdir(parents=True)
    for name in ("step_00000100.pt", "step_00000200.pt", "latest.pt", "best.pt"):
        (checkpoints / name).write_bytes(b"not read by this test")
    gui_context.set_project(project)
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    train = window.show_page("train") or window.ensure_page("train")
    qtbot.waitUntil(lambda: train._advice_worker is None, timeout=60000)
    assert train.compare_button.isEnabled()
    train.compare_button.click()
    assert window.current_page_key == "compare"
    compare = window.pages["compare"]
    names = [p.rsplit("/", 1)[-1] for p in compare.chosen_models()]
    assert names == ["step_00000100.pt", "step_00000200.pt", "best.pt"]
    window.close()


def test_a_failing_run_reports_in_the_page_without_a_modal_dialog(qtbot, tmp_path):
    from svcdesk.gui.pages.train import TrainPage
    from svcdesk.project import Project

    context = _Context(Project.create(tmp_path / "empty"))
    reported: list[str] = []
    context.report_error = reported.append
    page = TrainPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page._advice_worker is None, timeout=60000)
    page.start_training()
    qtbot.waitUntil(lambda: page.worker is None, timeout=120000)
    assert page.state() == "idle" and page.train_button.isEnabled()
    assert page.state_label.text().startswith("Training stopped: ")
    assert reported and reported[0] == page.state_label.text()
