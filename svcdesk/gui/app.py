"""Start the GUI: QApplication, theme, logging and error hooks, then the main window.

The window is shown before anything heavy is imported (torch never is on this path; pages are
imported when first shown, after the window is up).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from svcdesk.gui import i18n, logs, preload, theme
from svcdesk.gui.context import AppContext
from svcdesk.gui.error_reporting import ErrorReporter
from svcdesk.gui.settings import APP_NAME, AppSettings, app_log_dir
from svcdesk.gui.workers import await_workers

log = logging.getLogger("svcdesk.gui")
QUIT_WAIT_MS = 10000


def parse_arguments(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="svcdesk-gui", description="svcdesk desktop app")
    parser.add_argument("project", nargs="?", help="open this project folder")
    parser.add_argument("--exit-after-show", action="store_true",
                        help="diagnostics: start up, print timings as JSON and quit")
    return parser.parse_known_args(argv)


def launch(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    options, qt_argv = parse_arguments(argv[1:])
    app = QApplication.instance() or QApplication([argv[0] if argv else APP_NAME, *qt_argv])
    preload.skip_feature_scan()
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("svcdesk")

    log_path = logs.configure_logging(app_log_dir())
    logs.install_qt_message_handler()
    bridge = logs.LogBridge()
    handler = logs.attach_bridge(bridge)
    reporter = ErrorReporter(show_dialogs=not options.exit_after_show)
    reporter.install()
    log.info("svcdesk starting; log file %s", log_path)

    theme.apply_dark_theme(app)
    from svcdesk.gui.main_window import MainWindow

    settings = AppSettings.default()
    i18n.install_from_settings(app, settings)  # before any widget builds its texts
    context = AppContext(settings, reporter=reporter, log_handler=handler, log_bridge=bridge)
    window = MainWindow(context)
    reporter.parent_widget = window
    app.aboutToQuit.connect(lambda: await_workers(QUIT_WAIT_MS))
    window.show()
    shown_at = time.time()

    def report_and_quit(ready: float, waited_s: float = 0.0) -> None:
        # On a real window system the first frame comes a moment after show(): wait for it (up to 5 s).
        handle = window.windowHandle()
        exposed = bool(handle is not None and handle.isExposed())
        if not exposed and waited_s < 5.0:
            QTimer.singleShot(50, lambda: report_and_quit(ready, waited_s + 0.05))
            return
        report = {
            "shown": shown_at,
            "ready": ready,
            "torch_imported": "torch" in sys.modules,
            "pyqtgraph_imported": "pyqtgraph" in sys.modules,
            "page": window.current_page_key,
            "project": context.project.name if context.project is not None else None,
            "platform": app.platformName(),
            "exposed": exposed,
        }
        print(json.dumps(report), flush=True)
        window.close()
        app.quit()

    def start_up() -> None:
        if options.project:
            context.open_project(Path(options.project))
        window.start_up()
        if options.exit_after_show:
            report_and_quit(time.time())
        else:
            from svcdesk import warmup

            # The inference stack, imported while the window is idle rather than at the first render.
            QTimer.singleShot(1500, lambda: preload.start_preload(parent=window))
            # Compiles librosa's numba code for training augmentation once per machine, in its own process.
            QTimer.singleShot(5000, warmup.start_in_background)

    QTimer.singleShot(0, start_up)
    try:
        return app.exec()
    finally:
        reporter.uninstall()
        logs.uninstall_qt_message_handler()
        logging.getLogger().removeHandler(handler)
        log.info("svcdesk closed")
