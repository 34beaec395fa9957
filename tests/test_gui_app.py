"""The app shell: page registry, persisted settings and window state, log panel, error dialogs,
the demo project built in the background, and a start-up path free of torch."""

from __future__ import annotations

import functools
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QByteArray  # noqa: E402

from svcdesk.gui.settings import AppSettings  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def make_window(qtbot, context):
    from svcdesk.gui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_settings_round_trip(tmp_path):
    path = tmp_path / "settings.ini"
    settings = AppSettings.from_file(path)
    for name in ("a", "b", "c", "b"):
        settings.add_recent_project(tmp_path / name)
    settings.output_device = "USB Audio"
    settings.save_window(QByteArray(b"geometry"), QByteArray(b"state"))
    settings.sync()
    again = AppSettings.from_file(path)
    assert again.recent_projects() == [str(tmp_path / n) for n in ("b", "c", "a")]
    assert again.last_project == str(tmp_path / "b")
    assert again.output_device == "USB Audio"
    assert bytes(again.window_geometry()) == b"geometry"
    again.remove_recent_project(tmp_path / "b")
    assert again.last_project == "" and str(tmp_path / "b") not in again.recent_projects()


def test_pages_are_built_when_first_shown_and_missing_ones_are_disabled(qtbot, gui_context, monkeypatch):
    from PySide6.QtCore import Qt

    from svcdesk.gui import main_window, pages

    registry = [*pages.PAGES[:2], ("later", "Later", "svcdesk.gui.pages.not_written_yet:LaterPage")]
    monkeypatch.setattr(main_window, "PAGES", registry)
    window = make_window(qtbot, gui_context)
    assert window.sidebar.count() == 3
    later = window.sidebar.item(2)
    assert not later.flags() & Qt.ItemFlag.ItemIsEnabled and "coming" in later.text()
    assert window.pages == {}, "nothing is imported before the window is shown"
    window.show()
    window.load_current_page()
    assert set(window.pages) == {"dataset"}
    window.page_actions["slicer"].trigger()
    assert window.current_page_key == "slicer" and set(window.pages) == {"dataset", "slicer"}
    assert window.page_actions["slicer"].shortcut().toString() == "Ctrl+2"
    window.show_page("later")
    assert window.current_page_key == "slicer", "a missing page cannot be selected"


def test_window_state_and_page_persist(qtbot, gui_context):
    window = make_window(qtbot, gui_context)
    window.show()
    window.show_page("slicer")
    window.log_dock.setVisible(True)
    window.resize(760, 590)  # fits the offscreen screen (800 x 600), so no clamping on restore
    size = (window.width(), window.height())
    window.close()
    settings = AppSettings.from_file(Path(os.environ["SVCDESK_HOME"]) / "settings.ini")
    assert settings.current_page == "slicer" and settings.log_panel_visible
    from svcdesk.gui.context import AppContext

    reopened = make_window(qtbot, AppContext(settings))
    assert reopened.current_page_key == "slicer"
    assert (reopened.width(), reopened.height()) == size
    reopened.close()


def test_log_panel_shows_records_from_any_thread(qtbot):
    import threading

    from svcdesk.gui.logs import LogBridge, attach_bridge
    from svcdesk.gui.widgets.log_panel import LogPanel

    bridge = LogBridge()
    handler = attach_bridge(bridge)
    try:
        logging.getLogger("svcdesk.test").warning("before the panel existed")
        panel = LogPanel(bridge, handler)
        qtbot.addWidget(panel)
        worker = threading.Thread(target=lambda: logging.getLogger("svcdesk.test").error("from a thread"))
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: "from a thread" in panel.text(), timeout=2000)
        assert "before the panel existed" in panel.text()
        panel.level.setCurrentIndex(2)  # errors only
        assert "before the panel existed" not in panel.text() and "from a thread" in panel.text()
    finally:
        logging.getLogger().removeHandler(handler)


def test_a_flood_of_errors_opens_one_dialog(qtbot, caplog):
    from PySide6.QtWidgets import QWidget

    from svcdesk.gui.error_reporting import ErrorReporter

    parent = QWidget()
    qtbot.addWidget(parent)
    reporter = ErrorReporter(parent)
    reporter.install()
    try:
        try:
            raise ValueError("first failure")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        import threading

        crashing = threading.Thread(target=lambda: 1 / 0, name="crashing-thread")
        crashing.start()
        crashing.join()
        for i in range(3):
            reporter.report(f"more {i}")
        qtbot.waitUntil(lambda: reporter.count == 5, timeout=2000)
    finally:
        reporter.uninstall()
    dialogs = [w for w in parent.findChildren(QWidget) if w.isWindow() and w.isVisible()]
    assert dialogs == [reporter.dialog]
    assert "first failure" in reporter.dialog.text()
    assert "4 more" in reporter.dialog.informativeText()
    assert any(r.levelno == logging.CRITICAL and "uncaught" in r.message for r in caplog.records)
    assert any(r.levelno == logging.ERROR and "crashing-thread" in r.message for r in caplog.records)
    reporter.dialog.close()


def short_demo(monkeypatch, seconds: float):
    import svcdesk.audio.demo as demo

    monkeypatch.setattr(demo, "create_demo_project", functools.partial(demo.create_demo_project, seconds=seconds))


def test_demo_project_is_built_in_the_background_and_opened(qtbot, gui_context, monkeypatch):
    from svcdesk.gui.settings import demo_project_dir

    short_demo(monkeypatch, 20.0)
    progress = []
    gui_context.background_progress.connect(lambda text, done, total: progress.append(total))
    with qtbot.waitSignal(gui_context.project_changed, timeout=60000):
        worker = gui_context.open_demo_project()
        assert worker is not None
    qtbot.waitUntil(lambda: not gui_context.demo_running, timeout=10000)
    project = gui_context.project
    assert project.root == demo_project_dir() and project.segment_paths()
    assert "synthetic" in project.name
    assert progress and progress[-1] == -1, "the progress bar is shown, then hidden"
    assert not demo_project_dir().with_name(demo_project_dir().name + ".partial").exists()


def test_cancelled_demo_leaves_nothing_behind(qtbot, gui_context, monkeypatch):
    from svcdesk.gui.settings import demo_project_dir

    short_demo(monkeypatch, 30.0)
    worker = gui_context.open_demo_project()
    qtbot.waitUntil(lambda: worker.is_running, timeout=5000)
    worker.quit()
    qtbot.waitUntil(lambda: not gui_context.demo_running, timeout=60000)
    assert gui_context.project is None
    assert not demo_project_dir().exists()
    assert not demo_project_dir().with_name(demo_project_dir().name + ".partial").exists()


def test_window_shows_without_importing_torch(tmp_path, sung_take):
    """The start-up path (window, first page, opening a project) never imports torch."""
    import soundfile as sf

    from svcdesk.project import Project

    project = Project.create(tmp_path / "Start up ü")
    source = tmp_path / "take.wav"
    sf.write(source, sung_take(4.0, 40000, 220.0), 40000)
    list(project.import_files([source]))
    env = dict(os.environ, SVCDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--exit-after-show", str(project.root)],
                            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["torch_imported"] is False
    assert report["page"] == "dataset" and report["project"] == project.name
    assert report["ready"] >= report["shown"]
    assert (tmp_path / "home" / "logs" / "svcdesk.log").is_file()


def test_first_launch_offers_the_welcome_choices(qtbot, gui_context, monkeypatch):
    from svcdesk.gui.dialogs import DIALOGS
    from svcdesk.gui.pages import target_available

    welcome = next(t for k, _, t, _ in DIALOGS if k == "welcome")
    if not target_available(welcome):
        pytest.skip("the welcome dialog is not part of this build")
    demo_requests = []
    monkeypatch.setattr(gui_context, "open_demo_project", lambda: demo_requests.append(1))
    window = make_window(qtbot, gui_context)
    window.show()
    window.start_up()
    assert demo_requests == [1], "the demo opens by default on the first launch"
    dialog = window._dialogs["welcome"]
    assert dialog.isVisible() and gui_context.settings.first_launch_done
    dialog.choose("demo")
    assert demo_requests == [1, 1]
    window.close()


def test_a_project_opened_while_the_demo_builds_stays_open(qtbot, gui_context, monkeypatch, tmp_path, caplog):
    from svcdesk.project import Project

    short_demo(monkeypatch, 20.0)
    worker = gui_context.open_demo_project()
    mine = Project.create(tmp_path / "Mine")
    gui_context.open_project(mine.root)
    caplog.set_level(logging.INFO, logger="svcdesk.gui")
    qtbot.waitUntil(lambda: not gui_context.demo_running, timeout=60000)
    assert worker.abort_requested is False
    assert gui_context.project.root == mine.root
    assert any("demo project is ready" in r.message for r in caplog.records)
