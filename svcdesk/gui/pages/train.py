"""The Train page: the advisor's settings, one Train button, and the run watched live.

The trainer (svcdesk.training.trainer) runs through `start_job`; its events feed the
TrainingDashboard. Pause and Resume are the worker's; Stop closes the generator, and the trainer
saves `latest` on the way out. Earlier runs are read back from their metrics store and can be
overlaid on the current curves.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from superqt import QCollapsible

from svcdesk import storage
from svcdesk.config import FeatureConfig, TrainingConfig
from svcdesk.gui import theme
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.pages.train_jobs import (
    AdviceReady,
    RunSeries,
    advice_job,
    is_demo_project,
    list_runs,
    next_run_name,
    preview_label,
    read_run_job,
    run_has_checkpoint,
    training_job,
)
from svcdesk.features.pitch import best_available_method
from svcdesk.gui.pages.model_files import content_encoder_available
from svcdesk.gui.widgets.config_form import DataclassForm
from svcdesk.gui.widgets.file_list import PlayableFileList
from svcdesk.gui.widgets.suggestions import SuggestionsPanel
from svcdesk.gui.widgets.training_dashboard import TrainingDashboard
from svcdesk.gui.widgets.transport import PlaybackController
from svcdesk.gui.workers import start_job
from svcdesk.training.events import CheckpointSaved, DiskSpaceLow, EvalResult, Finished, TrainStarted, TrainWarning
from svcdesk.events import Notice

CHECKPOINTS_WORTH_WARNING = 3  # fewer checkpoints than this fitting on the drive is worth a warning

# Fields the page sets itself (the run name box, the project's sample rate, the encoder checkbox).
HIDDEN_FIELDS = ("run", "sample_rate")
FEATURE_HIDDEN_FIELDS = ("sample_rate", "demo_encoder", "encoder_path")


class TrainPage(QWidget):
    """Settings on the left, live curves on the right."""

    compareRequested = Signal(str)  # the run folder whose checkpoints to compare
    trainingStateChanged = Signal(str)  # idle | running | paused | stopping

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.worker = None
        self._advice_worker = None
        self._run_readers: list = []
        self._state = "idle"
        self._run_dir: str = ""
        self._last_step = 0
        self._finished_event: Finished | None = None
        self._error_text = ""
        self._checkpoint_bytes = 0
        self.preview_player = PlaybackController(lambda: self.context.player, self)
        self._build_ui()
        self.preview_player.playingChanged.connect(self._on_preview_playing)
        self.preview_player.error.connect(lambda message: self._add_warning(message, "", None))
        self._set_state("idle")
        self.reload_project()
        if hasattr(context, "project_changed"):
            context.project_changed.connect(self._on_project_changed)
            context.project_edited.connect(self._on_project_edited)

    # ---- layout ---------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.demo_banner = QLabel(self.tr(
            "Demonstration project: trained with a stand-in content encoder and a tiny model, to show how "
            "training looks. The results are not a usable voice."), self)
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet("background: #5a4a10; color: #ffe9a0; padding: 6px; border-radius: 4px;")

        self.run_name = QLineEdit(self)
        self.run_name.setToolTip(self.tr("The folder under runs/ that holds this run's checkpoints, curves and previews."))
        self.resume_box = QCheckBox(self.tr("Continue this run from its last checkpoint"), self)
        self.resume_box.setToolTip(self.tr("Picks up exactly where the run stopped: nothing is repeated or skipped."))
        self.run_name.textChanged.connect(self._update_resume_box)

        self.form = DataclassForm(TrainingConfig, hidden=HIDDEN_FIELDS, parent=self)
        self.suggestions = SuggestionsPanel(self.form, self)
        self.advice_status = QLabel(self)
        self.advice_status.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("Suggest settings again"), self)
        self.suggest_button.setToolTip(self.tr("Ask the advisor again after the dataset changed."))
        self.suggest_button.clicked.connect(self.request_advice)
        suggestions_box = QGroupBox(self.tr("Suggested settings"), self)
        suggestions_layout = QVBoxLayout(suggestions_box)
        suggestions_layout.addWidget(self.advice_status)
        suggestions_layout.addWidget(self.suggestions)
        suggestions_layout.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.feature_form = DataclassForm(FeatureConfig, hidden=FEATURE_HIDDEN_FIELDS, parent=self)
        self.advanced = QCollapsible(self.tr("Advanced: every training setting"), self)
        self.advanced.addWidget(self.form)
        self.advanced.addWidget(QLabel(self.tr("<b>Feature extraction</b>"), self))
        self.advanced.addWidget(self.feature_form)
        self.demo_encoder_box = QCheckBox(self.tr("Use the demonstration content encoder"), self)
        self.demo_encoder_box.setToolTip(self.tr(
            "Trains without the ContentVec weights, using a stand-in encoder. Only for trying the app: "
            "the voice it learns is not usable."))

        self.train_button = QPushButton(self.tr("Train"), self)
        self.train_button.setStyleSheet("font-weight: 600; padding: 6px 18px;")
        self.train_button.clicked.connect(self.start_training)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stops after the current step and saves a checkpoint."))
        self.stop_button.clicked.connect(self.stop_training)
        self.compare_button = QPushButton(self.tr("Compare checkpoints"), self)
        self.compare_button.setToolTip(self.tr("Listen to this run's checkpoints side by side."))
        self.compare_button.clicked.connect(self._request_compare)
        self.state_label = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.train_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)

        self.runs_combo = QComboBox(self)
        self.runs_combo.setToolTip(self.tr("An earlier run of this project."))
        self.overlay_button = QPushButton(self.tr("Overlay curves"), self)
        self.overlay_button.setToolTip(self.tr("Draw that run's curves, dimmed, under the current ones."))
        self.overlay_button.clicked.connect(self.overlay_selected_run)
        self.clear_overlay_button = QPushButton(self.tr("Clear"), self)
        self.clear_overlay_button.clicked.connect(self.clear_overlays)
        self.runs_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.runs_combo.setMinimumContentsLength(8)
        runs_row = QHBoxLayout()
        runs_row.addWidget(self.runs_combo, 1)
        runs_row.addWidget(self.overlay_button)
        runs_row.addWidget(self.clear_overlay_button)

        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)
        self.warnings.setMinimumHeight(70)
        self.previews = PlayableFileList(self)
        self.previews.setMinimumHeight(90)
        self.previews.playRequested.connect(self.play_preview)

        # The run and its controls sit above the scrolling settings, so Train, Pause and Stop never scroll
        # out of view (and disabling the settings never moves the view).
        header = QWidget(self)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.addWidget(self.title)
        header_layout.addWidget(self.demo_banner)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Run"), header))
        name_row.addWidget(self.run_name, 1)
        header_layout.addLayout(name_row)
        header_layout.addWidget(self.resume_box)
        header_layout.addWidget(self.demo_encoder_box)
        self.pitch_reason = QLabel(header)
        self.pitch_reason.setWordWrap(True)
        self.pitch_reason.setStyleSheet(f"color: {theme.CAPTION}; font-size: 8.5pt;")
        self.pitch_reason.setToolTip(self.tr("Change it under Advanced: every training setting."))
        header_layout.addWidget(self.pitch_reason)
        header_layout.addLayout(buttons)
        self.state_label.setWordWrap(True)
        header_layout.addWidget(self.state_label)
        self.free_space_label = QLabel(header)
        self.free_space_label.setWordWrap(True)
        self.free_space_label.setToolTip(self.tr("Free space on the drive that holds the project, and how many "
                                                 "checkpoints of this run fit on it."))
        header_layout.addWidget(self.free_space_label)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(suggestions_box)
        left_layout.addWidget(self.advanced)
        left_layout.addWidget(QLabel(self.tr("<b>Earlier runs</b>"), left))
        left_layout.addLayout(runs_row)
        left_layout.addWidget(QLabel(self.tr("<b>Warnings</b>"), left))
        left_layout.addWidget(self.warnings)
        left_layout.addWidget(QLabel(self.tr("<b>Previews</b> (click to listen)"), left))
        left_layout.addWidget(self.previews)
        left_layout.addStretch(1)
        self.settings_scroll = QScrollArea(self)
        self.settings_scroll.setWidgetResizable(True)
        self.settings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.settings_scroll.setWidget(left)
        side = QWidget(self)
        side.setMinimumWidth(440)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(header)
        side_layout.addWidget(self.settings_scroll, 1)

        self.dashboard = TrainingDashboard(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
        splitter.addWidget(self.dashboard)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    # ---- project ------------------------------------------------------------------------------------
    def project(self):
        return getattr(self.context, "project", None)

    def reload_project(self) -> None:
        """Refresh everything that depends on the current project (called when it changes)."""
        project = self.project()
        demo = project is not None and is_demo_project(project)
        self.title.setText(self.tr("Train: {0}").format(project.name) if project is not None
                           else self.tr("Train: open a project first"))
        self.demo_banner.setVisible(demo)
        self.demo_encoder_box.setChecked(demo or not content_encoder_available())
        if demo:
            self.form.set_field("tiny_model", True)
        method, reason = best_available_method()
        self.feature_form.set_field("f0_method", method)
        self.pitch_reason.setText(self.tr("Pitch method {0}").format(translate_message(reason)))
        self.run_name.setText(next_run_name(project.runs_dir) if project is not None else "")
        self._update_free_space()
        self._refresh_runs()
        self._set_state(self._state)
        if project is not None and self.worker is None:
            self.request_advice()

    def _on_project_changed(self, _project) -> None:
        if self.worker is None:
            self.dashboard.reset()
            self.previews.clear()
            self.warnings.clear()
            self.reload_project()

    def _on_project_edited(self, _source: str) -> None:
        # New segments change the advice (batch size, epochs, augmentation).
        if self.worker is None:
            self.request_advice()

    def page_shown(self) -> None:
        self._refresh_runs()

    def _refresh_runs(self) -> None:
        project = self.project()
        current = self.runs_combo.currentData()
        self.runs_combo.clear()
        if project is None:
            return
        for run_dir in list_runs(project.runs_dir):
            self.runs_combo.addItem(run_dir.name, str(run_dir))
        index = self.runs_combo.findData(current)
        if index >= 0:
            self.runs_combo.setCurrentIndex(index)
        self._update_resume_box()

    def _update_resume_box(self) -> None:
        project = self.project()
        exists = project is not None and run_has_checkpoint(project.runs_dir / self.run_name.text().strip())
        self.resume_box.setEnabled(exists and self.worker is None)
        if not exists:
            self.resume_box.setChecked(False)

    # ---- advisor -------------------------------------------------------------------------------------
    def request_advice(self) -> None:
        project = self.project()
        if project is None or self._advice_worker is not None:
            return
        config = self.form.value()
        segments = [(Path(segment.path).stem, segment.duration_s) for segment in project.segments
                    if getattr(segment, "included", True)]
        fine_tune = bool(config.base_generator or config.init_checkpoint) or not config.tiny_model
        self.advice_status.setText(self.tr("Looking at your dataset and this computer…"))
        self._advice_worker = start_job(
            advice_job, segments, project.sample_rate, fine_tune, config, demo=is_demo_project(project),
            on_event=self._on_advice, on_error=self._on_advice_error, on_finished=self._on_advice_finished,
            parent=self,
        )

    def _on_advice(self, event: AdviceReady) -> None:
        self.suggestions.set_suggestions(event.suggestions)
        self.advice_status.setText(translate_message(event.summary))

    def _on_advice_error(self, message: str, _exc: BaseException) -> None:
        self.advice_status.setText(self.tr("No suggestions: {0}").format(message))

    def _on_advice_finished(self) -> None:
        self._advice_worker = None

    # ---- training control ------------------------------------------------------------------------------
    def training_config(self) -> TrainingConfig:
        project = self.project()
        config = self.form.value()
        return dataclasses.replace(config, run=self.run_name.text().strip() or "run1",
                                   sample_rate=project.sample_rate if project is not None else config.sample_rate)

    def feature_config(self) -> FeatureConfig:
        project = self.project()
        config = self.feature_form.value()
        return dataclasses.replace(config, demo_encoder=self.demo_encoder_box.isChecked(),
                                   sample_rate=project.sample_rate if project is not None else config.sample_rate)

    def start_training(self) -> None:
        project = self.project()
        if project is None:
            QMessageBox.information(self, self.tr("Train"), self.tr("Open or create a project first."))
            return
        if self.worker is not None:
            return
        config = self.training_config()
        resume = self.resume_box.isChecked()
        if not resume and run_has_checkpoint(project.runs_dir / config.run):
            answer = QMessageBox.question(
                self, self.tr("Train"),
                self.tr("The run '{0}' exists already. Continue it from its last checkpoint?").format(config.run))
            if answer != QMessageBox.StandardButton.Yes:
                return
            resume = True
        self.dashboard.reset()
        self.warnings.clear()
        self._finished_event = None
        self._error_text = ""
        self._last_step = 0
        self._run_dir = str(project.runs_dir / config.run)
        self.worker = start_job(
            training_job, str(project.root), config, self.feature_config(), resume=resume,
            on_event=self._on_event, on_error=self._on_error, on_finished=self._on_finished, parent=self,
        )
        self.worker.paused.connect(lambda: self._set_state("paused"))
        self.worker.resumed.connect(lambda: self._set_state("running"))
        self._set_state("running")
        self.pause_button.setFocus()  # Train is disabled now: keep focus on a control the user sees

    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        if self._state == "paused":
            self.worker.resume()
        elif self._state == "running":
            self.state_label.setText(self.tr("Pausing after this step…"))
            self.worker.pause()

    def stop_training(self) -> None:
        if self.worker is None:
            return
        self.worker.quit()
        if self.worker.is_paused:
            self.worker.resume()
        self._set_state("stopping")

    def is_training(self) -> bool:
        return self.worker is not None

    def state(self) -> str:
        return self._state

    def _set_state(self, state: str) -> None:
        self._state = state
        has_project = self.project() is not None
        running = state in ("running", "paused", "stopping")
        self.train_button.setEnabled(has_project and not running)
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.stop_button.setEnabled(state in ("running", "paused"))
        self.run_name.setEnabled(not running)
        self.form.setEnabled(not running)
        self.feature_form.setEnabled(not running)
        self.suggestions.setEnabled(not running)
        self.suggest_button.setEnabled(has_project and not running)
        self.demo_encoder_box.setEnabled(not running)
        self.compare_button.setEnabled(has_project and bool(self._run_dir) or self.runs_combo.count() > 0)
        labels = {
            "idle": "",
            "running": self.tr("Training…"),
            "paused": self.tr("Paused. Resume to continue, or Stop to save and end."),
            "stopping": self.tr("Stopping after this step and saving a checkpoint…"),
        }
        self.state_label.setText(labels.get(state, ""))
        self.trainingStateChanged.emit(state)

    def _update_free_space(self) -> None:
        """"Free space on D:\\: 12.3 GB (about 40 checkpoints)", in the warning colour when fewer than three fit."""
        project = self.project()
        if project is None:
            self.free_space_label.setText("")
            return
        free = storage.free_bytes(project.root)
        if free is None:
            self.free_space_label.setText("")
            return
        text = self.tr("Free space on {0}: {1}").format(storage.drive_of(project.root), storage.human_size(free))
        low = False
        if self._checkpoint_bytes > 0:
            fits = int(max(0, free - storage.SAFETY_MARGIN_BYTES) // self._checkpoint_bytes)
            text += self.tr(" (about {0} checkpoints of {1})").format(fits, storage.human_size(self._checkpoint_bytes))
            low = fits < CHECKPOINTS_WORTH_WARNING
            if low:
                text += self.tr(" - fewer than {0} checkpoints fit: free some space before the run needs it").format(
                    CHECKPOINTS_WORTH_WARNING)
        self.free_space_label.setText(text)
        self.free_space_label.setStyleSheet(f"color: {theme.WARNING};" if low else "")

    # ---- events ---------------------------------------------------------------------------------------------
    def _on_event(self, event: object) -> None:
        self.dashboard.handle(event)
        if isinstance(event, RunSeries):
            # A resumed run: what it logged before comes first, as the main curves.
            self._on_run_series(event, overlay=None)
        elif isinstance(event, TrainStarted):
            self._run_dir = event.run_dir
            self._checkpoint_bytes = event.checkpoint_bytes
            self._update_free_space()
        elif isinstance(event, TrainWarning):
            self._add_warning(event.message, event.fix, event.step)
        elif isinstance(event, Notice) and event.level in ("warning", "error"):
            self._add_warning(event.message, event.fix, None)
        elif isinstance(event, EvalResult):
            if event.preview_path:
                label = preview_label(event.step, event.val_mel_l1)
                self.previews.add_file(event.preview_path, translate_message(label))
        elif isinstance(event, CheckpointSaved):
            self._last_step = event.step
            self._checkpoint_bytes = event.size_bytes or self._checkpoint_bytes
            self._update_free_space()
        elif isinstance(event, DiskSpaceLow):
            # The run waits before the save that would not fit: pause it here, and Resume checks again.
            if self.worker is not None and self._state == "running":
                self.worker.pause()
            text = translate_message(event.message)
            self._add_warning(text, "", event.step)
            self.state_label.setText(text)
            self._update_free_space()
        elif isinstance(event, Finished):
            self._finished_event = event
            if event.report:
                self._add_warning(event.report, "", event.step)

    def _add_warning(self, message: str, fix: str, step: int | None) -> None:
        message, fix = translate_message(message), translate_message(fix)
        text = message if not fix else f"{message}\n→ {fix}"
        if step is not None:
            text = self.tr("Step {0}: {1}").format(step, text)
        item = QListWidgetItem(text)
        item.setToolTip(text)
        self.warnings.addItem(item)
        self.warnings.scrollToBottom()

    def _on_error(self, message: str, _exc: BaseException) -> None:
        text = self.tr("Training stopped: {0}").format(message)
        self._error_text = text
        self._add_warning(text, "", None)
        self.state_label.setText(text)
        # The app's one error dialog (it folds a flood of errors into one); no modal box of our own.
        report = getattr(self.context, "report_error", None)
        if callable(report):
            report(text)

    def _on_finished(self) -> None:
        stopped = self._state == "stopping"
        self.worker = None
        finished = self._finished_event
        self._set_state("idle")
        if finished is not None:
            reasons = {
                "completed": self.tr("Training finished at step {0}."),
                "early_stop": self.tr("Stopped early at step {0}: the validation loss stopped improving."),
                "nonfinite": self.tr("Stopped at step {0}: the loss kept becoming NaN."),
            }
            self.state_label.setText(reasons.get(finished.reason, self.tr("Ended at step {0}.")).format(finished.step))
        elif self._error_text:
            self.state_label.setText(self._error_text)
        elif stopped:
            self.state_label.setText(self.tr("Stopped. The last checkpoint is saved; tick 'Continue' to go on."))
        self._refresh_runs()
        self._update_resume_box()

    # ---- earlier runs ---------------------------------------------------------------------------------------
    def overlay_selected_run(self) -> None:
        run_dir = self.runs_combo.currentData()
        if run_dir:
            self._read_run(run_dir, overlay=Path(run_dir).name)

    def clear_overlays(self) -> None:
        for label in self.dashboard.overlay_labels():
            self.dashboard.remove_overlay(label)

    def _read_run(self, run_dir: str, overlay: str | None) -> None:
        worker = start_job(read_run_job, run_dir, on_event=lambda ev: self._on_run_series(ev, overlay),
                           on_error=lambda message, _exc: self._add_warning(message, "", None), parent=self)
        self._run_readers.append(worker)
        worker.finished.connect(lambda w=worker: self._run_readers.remove(w) if w in self._run_readers else None)

    def _on_run_series(self, event: RunSeries, overlay: str | None) -> None:
        if overlay is None:
            self.dashboard.show_run_series(event.series, overlay=None, warnings=event.warnings)
            for path, label in event.previews:
                self.previews.add_file(path, translate_message(label))
        else:
            self.dashboard.show_run_series(event.series, overlay=overlay)

    def _request_compare(self) -> None:
        run_dir = self._run_dir or self.runs_combo.currentData() or ""
        if not run_dir:
            return
        self.compareRequested.emit(run_dir)
        window = self.window()
        if hasattr(window, "show_page"):
            page = window.show_page("compare")
            if page is not None and hasattr(page, "select_run"):
                page.select_run(run_dir)

    # ---- playback ---------------------------------------------------------------------------------------------
    def play_preview(self, path: str) -> None:
        """One click plays a preview from its start; clicking the one playing pauses it."""
        if self.previews.playing() == path and self.preview_player.is_playing():
            self.preview_player.pause()
            return
        from svcdesk.audio.io import load_audio
        from svcdesk.errors import SvcdeskError

        try:
            audio, rate = load_audio(path)  # a few seconds of audio: quick enough for the GUI thread
        except SvcdeskError as exc:
            self._add_warning(str(exc), "", None)
            return
        self.preview_player.clear()
        self.preview_player.set_track(path, audio, rate)
        if self.preview_player.play():
            self.previews.set_playing(path)

    def _on_preview_playing(self, playing: bool) -> None:
        if not playing:
            self.previews.set_playing(None)

    # ---- shutdown ---------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the trainer (it saves `latest`) and any reader jobs; called when the window closes."""
        self.preview_player.shutdown()
        for worker in [self.worker, self._advice_worker, *self._run_readers]:
            if worker is not None:
                worker.quit()
                if getattr(worker, "is_paused", False):
                    worker.resume()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


