"""AppContext: what every page shares - the current project, settings, status, errors, the player."""

from __future__ import annotations

import logging
import os
import queue
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from svcdesk.errors import Cancelled, SvcdeskError
from svcdesk.events import Progress
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.settings import AppSettings, demo_project_dir
from svcdesk.gui.workers import JobWorker, start_job
from svcdesk.messages import Message

if TYPE_CHECKING:  # the project module pulls in numpy and soundfile: not on the start-up path
    from svcdesk.gui.error_reporting import ErrorReporter
    from svcdesk.gui.logs import BridgeHandler, LogBridge
    from svcdesk.gui.playback import AudioPlayer
    from svcdesk.project import Project

log = logging.getLogger("svcdesk.gui")


@dataclass(frozen=True)
class DemoReady:
    """Event: the demo project exists at `path`."""

    path: str


def build_demo_project(path: Path, heartbeat_s: float = 0.1):
    """Create the demo project at `path` (a job generator).

    `create_demo_project` reports through a callback, so it runs in a helper thread whose events
    this generator relays; closing the generator makes the next callback raise Cancelled. The
    project is built in a sibling folder and renamed at the end, so a cancel or a crash never
    leaves half a demo project behind.
    """
    from svcdesk.audio.demo import create_demo_project

    staging = path.with_name(path.name + ".partial")
    if staging.exists():
        shutil.rmtree(staging)
    events: queue.SimpleQueue = queue.SimpleQueue()
    cancel = threading.Event()
    failure: list[BaseException] = []
    done = object()

    def forward(event: Any) -> None:
        if cancel.is_set():
            raise Cancelled("building the demo project was cancelled")
        events.put(event)

    def run() -> None:
        try:
            create_demo_project(staging, on_event=forward)
        except BaseException as exc:  # noqa: BLE001 - handed to the generator, which re-raises it
            failure.append(exc)
        finally:
            events.put(done)

    helper = threading.Thread(target=run, name="demo-project", daemon=True)
    finished = False
    try:
        helper.start()
        status = Message("synthesising the demo singer")
        while True:
            try:
                event = events.get(timeout=heartbeat_s)
            except queue.Empty:
                yield Progress(0, 0, status)  # a heartbeat keeps the job responsive to cancel
                continue
            if event is done:
                break
            if isinstance(event, Progress) and event.message:
                status = event.message
            yield event
        if failure:
            raise failure[0]
        os.replace(staging, path)
        finished = True
    finally:
        cancel.set()
        helper.join()
        if not finished:
            shutil.rmtree(staging, ignore_errors=True)
    yield DemoReady(str(path))


class AppContext(QObject):
    """Shared state of the window. Pages take it as their first argument and listen to its signals.

    Signals:
    - `project_changed(project_or_None)`: another project was opened (or closed).
    - `project_edited(source)`: the current project's manifest changed (files imported, segments
      re-sliced...); `source` is the page key that changed it, so that page can ignore its own echo.
    - `status_message(text, timeout_ms)`: a transient message for the status bar.
    - `background_progress(text, done, total)`: app-level background work (total < 0 hides the bar).
    - `file_requested(file_id)`: the user asked to work on one file of the project (the window shows
      the Slicer with it); `requested_file_id` keeps it for a page built later.
    """

    project_changed = Signal(object)
    project_edited = Signal(str)
    status_message = Signal(str, int)
    background_progress = Signal(str, int, int)
    file_requested = Signal(str)

    def __init__(
        self,
        settings: AppSettings,
        reporter: "ErrorReporter | None" = None,
        log_handler: "BridgeHandler | None" = None,
        log_bridge: "LogBridge | None" = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.reporter = reporter
        self.log_handler = log_handler
        self.log_bridge = log_bridge
        self.log = logging.getLogger("svcdesk")
        self.project: Project | None = None
        self._player: AudioPlayer | None = None
        self._demo_worker: JobWorker | None = None
        self._open_demo_when_ready = False  # cleared when the user opens another project meanwhile
        self.requested_file_id = ""

    # -- projects ------------------------------------------------------------------------------
    def set_project(self, project: "Project | None") -> None:
        if project is not None and project.root != demo_project_dir():
            self._open_demo_when_ready = False
        self.project = project
        self.requested_file_id = ""
        if project is not None:
            self.settings.add_recent_project(project.root)
            log.info("opened project %s (%s)", project.name, project.root)
        self.project_changed.emit(project)

    def open_project(self, path: str | os.PathLike) -> "Project | None":
        """Open a project folder; a failure is reported to the user and returns None."""
        from svcdesk.project import Project

        try:
            project = Project.open(path)
        except SvcdeskError as exc:
            self.report_error(translate_message(exc))
            self.settings.remove_recent_project(path)
            return None
        self.set_project(project)
        return project

    def create_project(self, path: str | os.PathLike, name: str | None = None, sample_rate: int = 40000) -> "Project | None":
        from svcdesk.project import Project

        try:
            project = Project.create(path, name=name, sample_rate=sample_rate)
        except SvcdeskError as exc:
            self.report_error(translate_message(exc))
            return None
        self.set_project(project)
        return project

    def request_file(self, file_id: str) -> None:
        self.requested_file_id = file_id
        self.file_requested.emit(file_id)

    def notify_project_edited(self, source: str = "") -> None:
        self.project_edited.emit(source)

    @property
    def demo_running(self) -> bool:
        return self._demo_worker is not None

    def open_demo_project(self) -> JobWorker | None:
        """Open the demo project, building it first in the background when it does not exist yet."""
        path = demo_project_dir()
        if (path / "project.json").is_file():
            self.open_project(path)
            return None
        self._open_demo_when_ready = True
        if self._demo_worker is not None:
            return self._demo_worker
        self.show_status(self.tr("Building the demo project (synthetic singer)..."), 0)

        def on_event(event: Any) -> None:
            if isinstance(event, Progress):
                text = translate_message(event.message) or self.tr("Building the demo project")
                self.background_progress.emit(text, event.done, event.total)
            elif isinstance(event, DemoReady):
                if self._open_demo_when_ready:
                    self.open_project(event.path)
                    self.show_status(self.tr("Demo project ready - its voice is synthetic, made for trying the app"))
                else:  # the user opened another project meanwhile: keep it
                    log.info("the demo project is ready at %s (File > Open demo project)", event.path)

        def on_error(message: str, _exc: BaseException) -> None:
            self.report_error(self.tr("The demo project could not be built: %s") % message)

        def on_finished() -> None:
            self._demo_worker = None
            self.background_progress.emit("", 0, -1)

        self._demo_worker = start_job(build_demo_project, path, on_event=on_event, on_error=on_error,
                                      on_finished=on_finished, parent=self)
        return self._demo_worker

    # -- messages ------------------------------------------------------------------------------
    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.status_message.emit(text, timeout_ms)

    def report_error(self, message: str, details: str = "") -> None:
        """Log an error the user must see and show it in the (single) error dialog."""
        log.error("%s", message)
        self.show_status(message, 10000)
        if self.reporter is not None:
            self.reporter.report(message, details)

    # -- playback ------------------------------------------------------------------------------
    @property
    def player(self) -> "AudioPlayer":
        """The app's one audio player (created on first use, so sounddevice loads only when needed)."""
        if self._player is None:
            from svcdesk.gui.playback import AudioPlayer

            self._player = AudioPlayer(device=self.settings.output_device or None, parent=self)
            self._player.error.connect(lambda message: self.report_error(message))
        return self._player

    @property
    def has_player(self) -> bool:
        return self._player is not None

    def shutdown(self) -> None:
        """Stop playback and background work owned by the context (the window is closing)."""
        if self._player is not None:
            self._player.close()
        if self._demo_worker is not None:
            self._demo_worker.quit()
