"""What the Convert and Compare pages share: A/B playback on the app's player and background jobs
that must stop with the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from svcdesk.events import Progress
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.widgets.transport import PlaybackController, choose_output_device
from svcdesk.gui.workers import start_job


class ListeningPage(QWidget):
    """A page with a PlaybackController; subclasses list their jobs in `background_workers()`."""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.controller = PlaybackController(lambda: self.context.player, self)
        self._job = None  # the page's main job (converting, rendering): one at a time, cancellable
        self._cancelled = False
        self._cancelled_text = ""

    # ---- the main job ---------------------------------------------------------------------------------
    def start_main_job(self, job, *args, on_event, on_error, on_finished) -> None:
        """Run `job(*args)`; after Cancel, events still queued are dropped and the status says so.
        Subclasses have `self.status` (a QLabel) and `self.progress` (a QProgressBar)."""
        self._cancelled = False

        def event(value: object) -> None:
            if not self._cancelled:
                on_event(value)

        def finished() -> None:
            self._job = None
            if self._cancelled:
                self.status.setText(self._cancelled_text)
            on_finished()

        self._job = start_job(job, *args, on_event=event, on_error=on_error, on_finished=finished, parent=self)

    def cancel_main_job(self, cancelling_text: str, cancelled_text: str) -> None:
        """Quit the main job; the texts (translated by the subclass) show now and once it stopped."""
        if self._job is not None:
            self._cancelled = True
            self._cancelled_text = cancelled_text
            self._job.quit()
            self.status.setText(cancelling_text)

    def is_busy(self) -> bool:
        return self._job is not None

    def show_progress(self, event: Progress) -> None:
        """The job's bar (its events are on one scale that only moves forward) and its stage, translated."""
        if event.total:
            if self.progress.maximum() != event.total:
                self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)
        if event.message:
            self.status.setText(translate_message(event.message))

    def project(self):
        return getattr(self.context, "project", None)

    # ---- file dialogs ----------------------------------------------------------------------------------------
    # Where each kind of dialog opens when the user has not used it yet: audio goes to and comes from the
    # project's converted/ folder, voices and indexes from its exports/ (the process's working folder means
    # nothing to a user who started the app from a shortcut).
    _FIRST_FOLDERS = {"audio": ("converted",), "models": ("exports", "runs"), "index": ("exports", "runs")}

    def dialog_folder(self, kind: str) -> str:
        """The folder a `kind` file dialog opens in: the one last chosen from, else the project's own."""
        settings = getattr(self.context, "settings", None)
        remembered = str(settings.value(f"folders/{kind}", "") or "") if settings is not None else ""
        if remembered and Path(remembered).is_dir():
            return remembered
        project = self.project()
        if project is not None:
            root = Path(project.root)
            for name in self._FIRST_FOLDERS.get(kind, ()):
                if (root / name).is_dir():
                    return str(root / name)
            return str(root)
        return str(Path.home())

    def remember_folder(self, kind: str, chosen: str) -> None:
        settings = getattr(self.context, "settings", None)
        if settings is not None and chosen:
            settings.set_value(f"folders/{kind}", str(Path(chosen).parent))

    def open_file(self, kind: str, title: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, self.dialog_folder(kind), filters)
        self.remember_folder(kind, path)
        return path

    def open_files(self, kind: str, title: str, filters: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, title, self.dialog_folder(kind), filters)
        if paths:
            self.remember_folder(kind, paths[0])
        return paths

    def connect_project_signals(self) -> None:
        if hasattr(self.context, "project_changed"):
            self.context.project_changed.connect(self._on_project_changed)
            self.context.project_edited.connect(self._on_project_edited)

    def _on_project_changed(self, _project) -> None:
        self.shutdown()
        self.reload_project()

    def _on_project_edited(self, _source: str) -> None:
        self.reload_project()

    def reload_project(self) -> None:
        raise NotImplementedError

    def page_shown(self) -> None:
        from svcdesk.gui.playback import output_devices

        self.reload_project()
        settings = getattr(self.context, "settings", None)
        self.transport.fill_devices(output_devices(), settings.output_device if settings is not None else "")
        self.setFocus()

    def _on_device_chosen(self, name: str) -> None:
        choose_output_device(self, self.context, self.controller, name)

    def background_workers(self) -> list:
        return []

    def shutdown(self) -> None:
        """Stop playback and quit this page's jobs (window closing, project changing)."""
        self.controller.shutdown()
        for worker in self.background_workers():
            if worker is not None:
                worker.quit()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:
        self.controller.pause()
        super().hideEvent(event)
