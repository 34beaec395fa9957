"""A new user's first screens (issue: first run): run controls that never scroll away, the validation plot saying
when its first point comes, pitch methods that are installed, the welcome dialog on the goal in view, the
Dataset table's columns at a common width, and the demo's short dataset told as expected."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QObject, Qt, Signal  # noqa: E402
from PySide6.QtGui import QFocusEvent  # noqa: E402

from svcdesk import assets  # noqa: E402

pytestmark = pytest.mark.gui


class _Context(QObject):
    project_changed = Signal(object)
    project_edited = Signal(str)

    def __init__(self, project=None):
        super().__init__()
        self.project = project
        from gui_fakes import FakePlayer

        self.player = FakePlayer()


@pytest.fixture
def no_weights(tmp_path, monkeypatch):
    monkeypatch.setenv(assets.ASSETS_DIR_ENV, str(tmp_path / "weights"))


@pytest.fixture
def demo_like_project(tmp_path):
    from svcdesk.project import Project

    project = Project.create(tmp_path / "Démo")
    project.manifest["demo"] = {"synthetic": True, "seed": 0, "seconds": 150.0}
    return project


def _is_inside(widget, ancestor) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


def test_run_controls_stay_in_view_and_keep_the_focus(qtbot, no_weights, demo_like_project, monkeypatch):
    from svcdesk.gui.pages import train as train_page

    monkeypatch.setattr(train_page, "start_job", lambda *args, **kwargs: _IdleWorker())
    page = train_page.TrainPage(_Context(demo_like_project))
    qtbot.addWidget(page)
    page.resize(1280, 600)
    page.show()
    for control in (page.train_button, page.pause_button, page.stop_button, page.state_label):
        assert not _is_inside(control, page.settings_scroll), "run controls must not scroll"
    page.start_training()
    assert page.state() == "running"
    assert page.pause_button.hasFocus() or not page.isActiveWindow()
    assert page.focusWidget() is page.pause_button
    assert page.pause_button.isVisible() and page.stop_button.isVisible()


class _IdleWorker(QObject):
    paused = Signal()
    resumed = Signal()
    finished = Signal()
    is_paused = False

    def quit(self):
        pass

    def resume(self):
        pass


def test_pitch_defaults_are_installed_methods_and_say_why(qtbot, no_weights, demo_like_project, monkeypatch):
    from svcdesk.gui.pages import train as train_page
    from svcdesk.gui.pages.compare import ComparePage
    from svcdesk.gui.pages.convert import ConvertPage

    monkeypatch.setattr(train_page, "start_job", lambda *args, **kwargs: _IdleWorker())
    context = _Context(demo_like_project)
    train = train_page.TrainPage(context)
    convert = ConvertPage(context)
    compare = ComparePage(context)
    for page in (train, convert, compare):
        qtbot.addWidget(page)
    assert train.feature_config().f0_method == "fcpe"
    assert "rmvpe.pt is not installed" in train.pitch_reason.text()
    for page in (convert, compare):
        assert page.f0_method.currentText() == "fcpe"
        assert "rmvpe.pt is not installed" in page.f0_method.reason_label.text()
        assert "rmvpe.pt is not installed" in page.f0_method.toolTip()
    compare.f0_method.setCurrentIndex(compare.f0_method.findText("crepe"))
    compare.f0_method.activated.emit(compare.f0_method.currentIndex())
    assert compare.f0_method.use_best_available() == "crepe", "a method the user chose is kept"


def test_validation_plot_says_when_its_first_point_comes(qtbot):
    from svcdesk.gui.widgets.training_dashboard import TrainingDashboard
    from svcdesk.training.events import EvalResult, TrainStarted

    dashboard = TrainingDashboard()
    qtbot.addWidget(dashboard)
    dashboard.handle(TrainStarted("run", "cpu", "fp32", 4, 300, 6, 20, 2, (), 0, 1, 50))
    assert dashboard.val_plot.hint() == "first validation at step 50"
    dashboard.handle(EvalResult(50, 8, 0.81, 0.81, True, ""))
    assert dashboard.val_plot.hint() == ""
    dashboard.reset()
    dashboard.handle(TrainStarted("run", "cpu", "fp32", 4, 300, 6, 3, 0, (), 0, 1, 50))
    assert dashboard.val_plot.hint() == "no validation: too few clips to hold any out"


def test_welcome_starts_on_the_goal_in_view(qtbot, gui_context, demo_like_project, tmp_path):
    from svcdesk.gui.dialogs.welcome import WelcomeDialog
    from svcdesk.gui.main_window import MainWindow
    from svcdesk.project import Project

    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    gui_context.project = demo_like_project
    dialog = WelcomeDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.goal == assets.GOAL_DEMO and dialog.needs_label.text() == "No weight files needed."
    dialog.eventFilter(dialog.new_button, QEvent(QEvent.Type.Enter))
    assert dialog.goal == assets.GOAL_TRAIN and "missing" in dialog.needs_label.text()
    dialog.eventFilter(dialog.demo_button, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.ActiveWindowFocusReason))
    assert dialog.goal == assets.GOAL_TRAIN, "the focus a window gets when shown is not the user looking"
    dialog.eventFilter(dialog.demo_button, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert dialog.goal == assets.GOAL_DEMO
    gui_context.project = Project.create(tmp_path / "Mine")
    assert WelcomeDialog(window).goal == assets.GOAL_TRAIN


def test_demo_dataset_is_told_as_expected_not_warned():
    from svcdesk.audio.analysis import dataset_warnings

    (notice,) = dataset_warnings(1, 150.0, demo=True)
    assert notice.level == "info" and "expected for the demo" in notice.message
    (warning,) = dataset_warnings(1, 150.0)
    assert warning.level == "warning" and "needs at least 10 min" in warning.message


def test_dataset_columns_fit_at_1600_px_and_can_be_chosen(qtbot, gui_context, tmp_path, sung_take):
    import soundfile as sf

    from svcdesk.gui.pages.dataset import DatasetPage
    from svcdesk.gui.widgets.dataset_table import COLUMN_INDEX
    from svcdesk.project import Project

    project = Project.create(tmp_path / "Voice")
    take = tmp_path / ("a very long take name recorded in the evening, second attempt, with reverb " * 2 + ".wav")
    sf.write(take, sung_take(3.0, 40000, 220.0), 40000)
    gui_context.project = project
    page = DatasetPage(gui_context)
    qtbot.addWidget(page)
    page.resize(1600, 900)
    page.show()
    page.set_project(project)
    page.import_paths([str(take)])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.job is None, timeout=60000)
    table = page.table
    viewport = table.viewport().width()
    for key in ("status", "name", "duration_s", "segment_count", "reasons", "duplicate_of"):
        column = COLUMN_INDEX[key]
        assert not table.isColumnHidden(column)
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert right <= viewport, f"{key} is beyond the visible width ({right} > {viewport})"
    assert table.isColumnHidden(COLUMN_INDEX["dc_offset"]), "rare columns start hidden"
    page.set_column_shown("dc_offset", True)
    page.set_column_shown("lufs", False)
    assert not table.isColumnHidden(COLUMN_INDEX["dc_offset"]) and table.isColumnHidden(COLUMN_INDEX["lufs"])
    again = DatasetPage(gui_context)
    qtbot.addWidget(again)
    assert again.hidden_columns() == page.hidden_columns() and "lufs" in again.hidden_columns()
    assert page.totals.text().startswith("1 file ("), page.totals.text()
