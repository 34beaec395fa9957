"""The Compare page: one clip rendered by several checkpoints, heard side by side with one playhead.

Renders come from the inference comparison (checkpoint files only, never the live trainer) and fill
in as they finish. Keys 1-9 switch which render is heard at the same position. Blind mode hides
the names and shuffles the order; the user rates each render, then the reveal shows which was which
next to the objective scores and the recommendation. The chosen checkpoint exports as an RVC voice.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import math
import random
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from svcdesk.config import ConversionConfig
from svcdesk.events import Notice, Progress
from svcdesk.gui.pages.compare_jobs import (
    INDEX_DECLINED,
    IndexPlan,
    VoiceExported,
    VoiceKept,
    add_to_library_job,
    compare_job,
    comparison_folder,
    export_and_keep_job,
    export_index_plan,
    load_clip_job,
)
from svcdesk.gui.widgets.voice_combo import LibraryVoiceCombo
from svcdesk.gui import theme
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.pages.convert import AUDIO_FILTER
from svcdesk.gui.widgets.pitch_method import PitchMethodCombo
from svcdesk.gui.pages.convert_jobs import AudioLoaded
from svcdesk.gui.pages.model_files import ModelFile, content_encoder_available, project_indexes, run_checkpoints
from svcdesk.gui.widgets.timeline import ROW_BUILD_GAP_MS, StackedWaveforms
from svcdesk.gui.pages.listening_page import ListeningPage
from svcdesk.gui.widgets.transport import TransportBar, handle_transport_key
from svcdesk.gui.workers import start_job
from svcdesk.inference.events import ComparisonFinished, RenderFailed, RenderReady, ScoresReady

MODEL_ROLE = Qt.ItemDataRole.UserRole
SOURCE_KEY = "source"
BLIND_NAMES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
SCORE_COLUMNS = (QT_TRANSLATE_NOOP("ComparePage", "Checkpoint"), QT_TRANSLATE_NOOP("ComparePage", "Step"),
                 QT_TRANSLATE_NOOP("ComparePage", "Pitch error"), QT_TRANSLATE_NOOP("ComparePage", "Voicing"),
                 QT_TRANSLATE_NOOP("ComparePage", "Similarity"), QT_TRANSLATE_NOOP("ComparePage", "Val. mel"),
                 QT_TRANSLATE_NOOP("ComparePage", "Your rating"))
SCORE_TIPS = (QT_TRANSLATE_NOOP("ComparePage", "A render that is silent, has no voiced output where the clip sings, is clipped or has a DC offset is marked not usable and never ranked"),
              QT_TRANSLATE_NOOP("ComparePage", "Training step of the checkpoint"),
              QT_TRANSLATE_NOOP("ComparePage", "The render's melody, traced again with FCPE, against the melody asked for (the clip's, transposed): the root-mean-square difference in cents over the moments both are voiced (100 cents = a semitone). Lower is better"),
              QT_TRANSLATE_NOOP("ComparePage", "The share of 10 ms frames where the render and the requested melody agree on sung or not sung. Higher is better"),
              QT_TRANSLATE_NOOP("ComparePage", "Cosine between the render's speaker embedding (the GE2E encoder) and the mean embedding of the project's recordings, from -1 to 1. Higher is better"),
              QT_TRANSLATE_NOOP("ComparePage", "The run's validation mel loss (mean L1 between log-mel spectrograms of held-out clips and their renders) at that step. Lower is better"),
              QT_TRANSLATE_NOOP("ComparePage", "Your own rating, 1 (worst) to 5 (best)"))
UNUSABLE_FOREGROUND = QColor("#8c93a0")
RECOMMENDED_BACKGROUND = QColor(0, 158, 115, 70)
# A checkpoint lands as a temporary file and then an os.replace (and latest.pt with it): one look
# at the folder once such a burst has settled.
CHECKPOINT_SETTLE_MS = 500


def _fmt(value: float, digits: int = 3) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{value:.{digits}f}"


class ComparePage(ListeningPage):
    exported = Signal(str)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._clip_worker = None
        self._export_worker = None
        self._labels: dict[str, str] = {}  # model path -> display label
        self._core_labels: dict[str, str] = {}  # the comparison's progress message -> model path
        self._verdict = ""  # why nothing is recommended (from the comparison), "" otherwise
        self._rows_to_add: list[str] = []  # models whose waveform row is built on a later turn of the event loop
        self._pending_start = None  # the comparison, started once its rows are built
        self._status: dict[str, str] = {}
        self._scores: dict[str, object] = {}
        self._ratings: dict[str, int] = {}
        self._recommendation = None
        self._blind_names: dict[str, str] = {}
        self._revealed = True
        self.clip_path = ""
        self._loaded_root = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._watched_run = ""  # the run whose new checkpoints join the list while training goes on
        self._checkpoint_watcher = QFileSystemWatcher(self)
        self._checkpoint_settle = QTimer(self)
        self._checkpoint_settle.setObjectName("checkpoint_settle")
        self._checkpoint_settle.setSingleShot(True)
        self._checkpoint_settle.setInterval(CHECKPOINT_SETTLE_MS)
        self._checkpoint_settle.timeout.connect(self._refresh_run_checkpoints)
        self._checkpoint_watcher.directoryChanged.connect(lambda _folder: self._checkpoint_settle.start())
        self._build_ui()
        self.reload_project()
        self.connect_project_signals()

    # ---- layout -----------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        title = QLabel(self.tr("Compare checkpoints"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")

        self.run_combo = QComboBox(self)
        self.run_combo.setToolTip(self.tr("A training run whose saved checkpoints to compare."))
        self.use_run_button = QPushButton(self.tr("Use its checkpoints"), self)
        self.use_run_button.clicked.connect(lambda: self.select_run(self.run_combo.currentData() or ""))
        self.add_models_button = QPushButton(self.tr("Add model files…"), self)
        self.add_models_button.setToolTip(self.tr("Any RVC .pth voice or svcdesk checkpoint."))
        self.add_models_button.clicked.connect(self._choose_models)
        self.models = QListWidget(self)
        self.models.setToolTip(self.tr("Ticked models are rendered."))
        self.models.setMaximumHeight(130)
        self.models.itemChanged.connect(self._reserve_rows)  # a tick more is a row more to have ready

        self.clip_label = QLabel(self)
        self.clip_label.setWordWrap(True)
        self.clip_combo = QComboBox(self)
        self.clip_combo.setToolTip(self.tr("The clip every model sings. A few seconds with some range work best."))
        self.clip_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clip_combo.setMinimumContentsLength(16)
        self.clip_combo.currentIndexChanged.connect(lambda _i: self.set_clip(self.clip_combo.currentData() or ""))
        self.clip_button = QPushButton(self.tr("Other clip…"), self)
        self.clip_button.clicked.connect(self._choose_clip)

        self.transpose = QSpinBox(self)
        self.transpose.setRange(-24, 24)
        self.transpose.setSuffix(self.tr(" st"))
        self.transpose.setToolTip(self.tr("Moves the melody up or down in semitones for every render."))
        self.f0_method = PitchMethodCombo(self.tr("How the clip's melody is traced (once, shared by every render)."), self)
        self.index_combo = QComboBox(self)
        self.index_combo.setToolTip(self.tr("Optional retrieval index used for every render."))
        self.demo_encoder_box = QCheckBox(self.tr("Demonstration encoder"), self)
        self.demo_encoder_box.setToolTip(self.tr("Renders without ContentVec; only meaningful for the demo."))
        self.song_box = QCheckBox(self.tr("Song (mix)"), self)
        self.song_box.setToolTip(self.tr(
            "The clip is a whole song: its vocal is separated first (once; the Convert page reuses it) and every "
            "checkpoint renders that vocal."))

        self.render_button = QPushButton(self.tr("Render and compare"), self)
        self.render_button.setStyleSheet("font-weight: 600; padding: 6px 14px;")
        self.render_button.clicked.connect(self.start_comparison)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_comparison)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.stack = StackedWaveforms(self)
        self.stack.setMinimumHeight(260)
        self.stack.seekRequested.connect(self.controller.seek)
        self.stack.selectionChanged.connect(self._on_selection)
        self.stack.rowClicked.connect(self.hear)
        self.controller.positionChanged.connect(self.stack.set_playhead)
        self.controller.error.connect(self.status.setText)
        self.transport = TransportBar(self.controller, self)
        self.transport.loop_box.toggled.connect(self._apply_loop)
        self.transport.deviceChosen.connect(self._on_device_chosen)
        self.view_mode = QComboBox(self)
        self.view_mode.addItem(self.tr("Waveforms"), "waveform")
        self.view_mode.addItem(self.tr("Spectrograms"), "spectrogram")
        self.view_mode.currentIndexChanged.connect(lambda _i: self.stack.set_view_mode(self.view_mode.currentData()))
        self.blind_box = QCheckBox(self.tr("Blind test"), self)
        self.blind_box.setToolTip(self.tr("Hides which checkpoint is which and shuffles them; rate each, then reveal."))
        self.blind_box.toggled.connect(self.set_blind)
        self.reveal_button = QPushButton(self.tr("Reveal"), self)
        self.reveal_button.clicked.connect(self.reveal)
        self.keys_hint = QLabel(self.tr("Keys 1–9 switch the render you hear; Space plays and pauses."), self)
        self.keys_hint.setStyleSheet("color: #8c93a0;")  # readable on the dark and the light theme

        self.table = QTableWidget(0, len(SCORE_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in SCORE_COLUMNS])
        for column, tip in enumerate(SCORE_TIPS):
            self.table.horizontalHeaderItem(column).setToolTip(self.tr(tip))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.recommendation_label = QLabel(self)
        self.recommendation_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export chosen as RVC voice (.pth + .index)"), self)
        self.export_button.setToolTip(self.tr("Writes the selected checkpoint to the project's exports folder."))
        self.export_button.clicked.connect(self.export_chosen)
        self.library_button = QPushButton(self.tr("Add to library"), self)
        self.library_button.setToolTip(self.tr("Keeps the selected checkpoint in the voice library, with its project, "
                                               "run and step."))
        self.library_button.clicked.connect(self.add_chosen_to_library)
        self.library_combo = LibraryVoiceCombo(self)
        self.library_combo.voiceChosen.connect(self.add_library_voice)

        # -- arrangement
        pick_row = QHBoxLayout()
        pick_row.addWidget(QLabel(self.tr("Run"), self))
        pick_row.addWidget(self.run_combo, 1)
        pick_row.addWidget(self.use_run_button)
        pick_row.addWidget(self.add_models_button)
        pick_row.addWidget(self.library_combo)
        clip_row = QHBoxLayout()
        clip_row.addWidget(QLabel(self.tr("Clip"), self))
        clip_row.addWidget(self.clip_combo, 1)
        clip_row.addWidget(self.clip_button)
        options_row = QHBoxLayout()
        for label, widget in ((self.tr("Transpose"), self.transpose), (self.tr("Pitch"), self.f0_method),
                              (self.tr("Index"), self.index_combo)):
            options_row.addWidget(QLabel(label, self))
            options_row.addWidget(widget)
        options_row.addWidget(self.demo_encoder_box)
        options_row.addWidget(self.song_box)
        options_row.addStretch(1)
        action_row = QHBoxLayout()
        action_row.addWidget(self.render_button)
        action_row.addWidget(self.cancel_button)
        action_row.addWidget(self.progress, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(pick_row)
        left_layout.addWidget(self.models)
        left_layout.addLayout(clip_row)
        left_layout.addWidget(self.clip_label)
        left_layout.addLayout(options_row)
        left_layout.addWidget(self.f0_method.reason_label)
        left_layout.addLayout(action_row)
        left_layout.addWidget(self.status)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.recommendation_label)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.export_button)
        keep_row.addWidget(self.library_button)
        keep_row.addStretch(1)
        right_layout.addLayout(keep_row)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(right)
        top.setSizes([560, 640])
        listen_row = QHBoxLayout()
        listen_row.addWidget(self.transport, 1)
        listen_row.addWidget(self.view_mode)
        listen_row.addWidget(self.blind_box)
        listen_row.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(listen_row)
        layout.addWidget(self.keys_hint)
        self._update_buttons()

    # ---- project, run and clip ------------------------------------------------------------------------------
    def reload_project(self) -> None:
        project = self.project()
        self.run_combo.clear()
        self.clip_combo.blockSignals(True)
        self.clip_combo.clear()
        self.index_combo.clear()
        self.index_combo.addItem(self.tr("(no index)"), "")
        if project is not None:
            runs = Path(project.runs_dir)
            if runs.is_dir():
                for run_dir in sorted((p for p in runs.iterdir() if (p / "checkpoints").is_dir()),
                                      key=lambda p: p.stat().st_mtime, reverse=True):
                    self.run_combo.addItem(run_dir.name, str(run_dir))
            for path in project.segment_paths()[:200]:
                self.clip_combo.addItem(path.name, str(path))
            for path in project_indexes(project):
                self.index_combo.addItem(Path(path).name, path)
            self.demo_encoder_box.setChecked(bool(project.manifest.get("demo")) or not content_encoder_available())
            self._loaded_root = project.root
        self.clip_combo.blockSignals(False)
        if not self.clip_path and self.clip_combo.count():
            self.set_clip(self.clip_combo.currentData())
        self._update_buttons()

    def select_run(self, run_dir: str) -> None:
        """Tick every saved checkpoint of `run_dir` (what the Train page's Compare button asks for)."""
        if not run_dir:
            return
        index = self.run_combo.findData(str(run_dir))
        if index < 0:
            self.run_combo.addItem(Path(run_dir).name, str(run_dir))
            index = self.run_combo.count() - 1
        self.run_combo.setCurrentIndex(index)
        self.models.clear()
        for model in self._listed_checkpoints(run_dir):
            self.add_model(model.path, model.label)
        self._watch_run(run_dir)
        self._update_buttons()

    @staticmethod
    def _listed_checkpoints(run_dir: str) -> list[ModelFile]:
        checkpoints = run_checkpoints(Path(run_dir))
        has_steps = any(m.step >= 0 for m in checkpoints)
        # latest.pt holds the same weights as the newest step file
        return [m for m in checkpoints if not (has_steps and Path(m.path).name == "latest.pt")]

    def _watch_run(self, run_dir: str) -> None:
        self._stop_watching()
        folder = Path(run_dir) / "checkpoints"
        if folder.is_dir() and self._checkpoint_watcher.addPath(str(folder)):
            self._watched_run = str(run_dir)

    def _stop_watching(self) -> None:
        self._checkpoint_settle.stop()
        if self._checkpoint_watcher.directories():
            self._checkpoint_watcher.removePaths(self._checkpoint_watcher.directories())
        self._watched_run = ""

    def _refresh_run_checkpoints(self) -> None:
        """Follow the watched run: its new checkpoints join the list ticked, files the last-K rotation
        deleted leave it unless they were rendered; the user's ticks and the renders stay as they are."""
        if not self._watched_run:
            return
        folder = Path(self._watched_run) / "checkpoints"
        rendered = set(self.stack.keys())
        for row in reversed(range(self.models.count())):
            path = Path(self.models.item(row).data(MODEL_ROLE))
            if path.parent == folder and not path.exists() and str(path) not in rendered:
                self.models.takeItem(row)
        listed = {self.models.item(row).data(MODEL_ROLE) for row in range(self.models.count())}
        checkpoints = self._listed_checkpoints(self._watched_run)
        rank = {model.path: i for i, model in enumerate(checkpoints)}
        new = [model for model in checkpoints if model.path not in listed]
        for model in new:
            # In step order, before the run's best and latest entries, as select_run lists them.
            later = [row for row in range(self.models.count())
                     if rank.get(self.models.item(row).data(MODEL_ROLE), -1) > rank[model.path]]
            self.add_model(model.path, model.label, row=later[0] if later else None)
        if new and self._labels:  # a comparison ran: the new ones render on the next one
            self.status.setText(self.tr("%n new checkpoint(s) from the run; render and compare again to hear them.",
                                        "", len(new)))
        self._update_buttons()

    def add_model(self, path: str, label: str | None = None, checked: bool = True, row: int | None = None) -> None:
        for listed in range(self.models.count()):
            if self.models.item(listed).data(MODEL_ROLE) == str(path):
                return
        item = QListWidgetItem(label or Path(path).name)
        item.setData(MODEL_ROLE, str(path))
        item.setToolTip(str(path))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.models.insertItem(self.models.count() if row is None else row, item)

    def chosen_models(self) -> list[str]:
        return [self.models.item(r).data(MODEL_ROLE) for r in range(self.models.count())
                if self.models.item(r).checkState() == Qt.CheckState.Checked]

    def _choose_models(self) -> None:
        paths = self.open_files("models", self.tr("Choose voice models"),
                                self.tr("Voice models (*.pth *.pt);;All files (*)"))
        for path in paths:
            self.add_model(path)
        self._update_buttons()

    def _choose_clip(self) -> None:
        path = self.open_file("audio", self.tr("Choose the clip"), self.tr(AUDIO_FILTER))
        if path:
            self.clip_combo.blockSignals(True)
            self.clip_combo.addItem(Path(path).name, path)
            self.clip_combo.setCurrentIndex(self.clip_combo.count() - 1)
            self.clip_combo.blockSignals(False)
            self.set_clip(path)

    def set_clip(self, path: str) -> None:
        if not path or path == self.clip_path:
            return
        self.cancel_comparison()
        self.clip_path = str(path)
        self._reset_renders()
        self.clip_label.setText(self.tr("Reading {0}…").format(Path(path).name))
        self._clip_worker = start_job(load_clip_job, self.clip_path, on_event=self._on_clip_loaded,
                                      on_error=lambda message, _exc: self.clip_label.setText(message),
                                      on_finished=self._on_clip_finished, parent=self)

    def _on_clip_loaded(self, event: AudioLoaded) -> None:
        self.clip_label.setText(self.tr("{0}  ·  {1:.1f} s").format(Path(self.clip_path).name,
                                                                    event.audio.shape[0] / event.sample_rate))
        self.controller.set_track(SOURCE_KEY, event.audio, event.sample_rate)
        if SOURCE_KEY not in self.stack.keys():
            self.stack.add_track(SOURCE_KEY, self.tr("Source clip"))
        self.stack.set_row_audio(SOURCE_KEY, event.audio, event.sample_rate, envelope=event.envelope)
        self.hear(SOURCE_KEY)
        self._apply_blind_labels()

    def _on_clip_finished(self) -> None:
        self._clip_worker = None
        self._update_buttons()

    # ---- rendering --------------------------------------------------------------------------------------------
    def options(self) -> ConversionConfig:
        return dataclasses.replace(ConversionConfig(), transpose=float(self.transpose.value()),
                                   f0_method=self.f0_method.currentText())

    def start_comparison(self) -> None:
        models = self.chosen_models()
        project = self.project()
        if not models or not self.clip_path or self._job is not None or project is None:
            return
        # Rows of models compared again are reused: building a waveform row takes tens of milliseconds of the GUI
        # thread, and all of them at once stalled the window when Render was pressed.
        self._reset_renders(keep_source=True, keep_rows=set(models))
        for model in models:
            label = self._label_for(model)
            self._labels[model] = label
            self._status[model] = self.tr("waiting")
            if model in self.stack.keys():
                self.stack.set_row_audio(model, None, 0, status=self._status[model])
                self.stack.set_row_label(model, label, status=self._status[model])
            else:
                self._rows_to_add.append(model)
            self.controller_remove(model)
        self._apply_blind_labels()
        from svcdesk.inference.compare import model_labels

        # The comparison names models its own way in its progress messages ("rendering step 200").
        self._core_labels = {f"rendering {label}": model for label, model in zip(model_labels(models), models)}
        run_name = Path(self.run_combo.currentData() or "models").name
        reference = [str(p) for p in project.segment_paths()]
        self.progress.setValue(0)
        self.status.setText(self.tr("Analysing the clip…"))
        arguments = (models, self.clip_path, str(comparison_folder(project, run_name)), self.options(),
                     self.index_combo.currentData() or "", reference, self.demo_encoder_box.isChecked())
        # The rows are built before the job starts: built while a worker thread held the interpreter, one row
        # (tens of milliseconds alone) stretched to over 100 ms and the playhead stuttered.
        job = compare_job
        if self.song_box.isChecked():
            from svcdesk.gui.pages.song_jobs import compare_song_job

            job = functools.partial(compare_song_job, cache_dir=str(Path(project.cache_dir) / "separation"))
        self._pending_start = lambda: self.start_main_job(
            job, *arguments,
            on_event=self._on_compare_event, on_error=lambda message, _exc: self.status.setText(
                self.tr("Comparison stopped: {0}").format(message)),
            on_finished=self._comparison_ended,
        )
        self._add_next_row()
        self._update_buttons()

    def is_busy(self) -> bool:
        return super().is_busy() or self._pending_start is not None

    def _add_next_row(self) -> None:
        """Build the waiting rows one per turn of the event loop, a few milliseconds apart: each turn holds the
        GUI thread briefly, and timers (the playhead's, playback's) and the new row's layout run in between.
        Usually the rows are ready (StackedWaveforms.reserve_rows) and this only shows them."""
        added = False
        while self._rows_to_add and not added:
            model = self._rows_to_add.pop(0)
            if model in self._labels and model not in self.stack.keys():
                self.stack.add_track(model, self._display_label(model), status=self._status.get(model, ""))
                self._apply_blind_labels()
                added = True
        if self._rows_to_add or (added and self._pending_start is not None):
            QTimer.singleShot(ROW_BUILD_GAP_MS, self._add_next_row)
        elif self._pending_start is not None:
            start, self._pending_start = self._pending_start, None
            # Paint the new rows now, while the GUI thread still has the interpreter to itself.
            self.stack.repaint()
            start()
            self._update_buttons()

    def _ensure_row(self, model: str) -> None:
        if model in self._labels and model not in self.stack.keys():
            self._rows_to_add = [m for m in self._rows_to_add if m != model]
            self.stack.add_track(model, self._display_label(model), status=self._status.get(model, ""))
            self._apply_blind_labels()

    def _comparison_ended(self) -> None:
        """After a cancel (or a failure) no row says it is still rendering, and the bar does not stay halfway."""
        unfinished = [model for model in self._labels if model not in self._scores
                      and self._status.get(model) in (self.tr("waiting"), self.tr("rendering…"))]
        for model in unfinished:
            self._set_status(model, self.tr("not rendered (cancelled)") if self._cancelled
                             else self.tr("not rendered"))
        if unfinished:
            self.progress.setValue(0)
        self._update_buttons()

    def controller_remove(self, key: str) -> None:
        if key in self.controller.tracks():
            self.controller.remove_track(key)

    def _label_for(self, model: str) -> str:
        for row in range(self.models.count()):
            if self.models.item(row).data(MODEL_ROLE) == model:
                return self.models.item(row).text()
        return Path(model).stem

    def cancel_comparison(self) -> None:
        if self._pending_start is not None:  # cancelled while its rows were still being built: nothing ran
            self._pending_start = None
            self._rows_to_add = []
            self._cancelled = True
            self.status.setText(self.tr("Cancelled."))
            self._comparison_ended()
            return
        self.cancel_main_job(self.tr("Cancelling…"), self.tr("Cancelled."))

    def is_rendering(self) -> bool:
        return self.is_busy()

    def _on_compare_event(self, event: object) -> None:
        if isinstance(event, Progress):
            self.show_progress(event)
            model = self._core_labels.get(event.message)
            # Its slot's progress ends with the same message after the render: a rendered row keeps its status.
            if model is not None and self._status.get(model) == self.tr("waiting"):
                self._set_status(model, self.tr("rendering…"))
        elif isinstance(event, RenderReady):
            self._set_status(event.model, self.tr("from the cache") if event.from_cache else
                             self.tr("rendered in {0:.1f} s").format(event.elapsed))
        elif isinstance(event, AudioLoaded):
            self._ensure_row(event.key)
            self.controller.set_track(event.key, event.audio, event.sample_rate)
            self.stack.set_row_audio(event.key, event.audio, event.sample_rate, status=self._status.get(event.key, ""),
                                     envelope=event.envelope)
        elif isinstance(event, RenderFailed):
            self._set_status(event.model, self.tr("failed: {0}").format(translate_message(event.message)))
        elif isinstance(event, ScoresReady):
            self._scores[event.model] = event.scores
            self._fill_table()
            self._update_buttons()
        elif isinstance(event, ComparisonFinished):
            self._recommendation = event.recommendation
            self._verdict = event.verdict
            self._fill_table()
            self.progress.setValue(self.progress.maximum())
            self.status.setText(self.tr("All renders ready."))
        elif isinstance(event, Notice):
            self.status.setText(translate_message(event.message))

    def _set_status(self, model: str, text: str) -> None:
        if model not in self._labels:
            return
        self._status[model] = text
        if model in self.stack.keys():  # a row still waiting to be built takes the status when it is
            self.stack.set_row_label(model, self._display_label(model), status=text)

    def _reset_renders(self, keep_source: bool = False, keep_rows: set[str] = frozenset()) -> None:
        self._rows_to_add = []
        self._pending_start = None
        for key in list(self.stack.keys()):
            if keep_source and key == SOURCE_KEY:
                continue
            if key not in keep_rows:
                self.stack.remove_row(key)
            self.controller_remove(key)
        self._labels.clear()
        self._status.clear()
        self._scores.clear()
        self._ratings.clear()
        self._recommendation = None
        self._verdict = ""
        self._blind_names.clear()
        self.table.setRowCount(0)
        self.recommendation_label.clear()

    # ---- listening ----------------------------------------------------------------------------------------------
    def render_keys(self) -> list[str]:
        """Rows in display order (what keys 1-9 select); the source clip is row 1."""
        return self.stack.keys()

    def hear(self, key: str) -> None:
        if key not in self.controller.tracks():
            return
        self.controller.set_active(key)
        self.stack.set_active(key)

    def hear_number(self, number: int) -> None:
        key = self.stack.track_at(number - 1)
        if key is not None:
            self.hear(key)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.hear_number(key - Qt.Key.Key_0)
        elif not handle_transport_key(self.controller, key):
            super().keyPressEvent(event)

    def _on_selection(self, start: float, end: float) -> None:
        if end > start and not self.transport.loop_box.isChecked():
            self.transport.loop_box.setChecked(True)
        self._apply_loop()

    def _apply_loop(self, *_args) -> None:
        selection = self.stack.selection()
        self.controller.set_loop(*selection) if (self.transport.loop_box.isChecked() and selection) \
            else self.controller.set_loop(None)

    # ---- blind test ------------------------------------------------------------------------------------------------
    def set_blind(self, blind: bool) -> None:
        """Blind: hide names and scores and shuffle the renders; unblinding is the reveal."""
        if blind:
            self._revealed = False
            models = [k for k in self.stack.keys() if k != SOURCE_KEY]
            shuffled = models[:]
            random.shuffle(shuffled)
            self._blind_names = {model: self.tr("Render {0}").format(BLIND_NAMES[i % 26])
                                 for i, model in enumerate(shuffled)}
            order = ([SOURCE_KEY] if SOURCE_KEY in self.stack.keys() else []) + shuffled
            self.stack.set_order(order)
        else:
            self._revealed = True
        self._apply_blind_labels()
        self._fill_table()
        self._update_buttons()

    def is_blind(self) -> bool:
        return not self._revealed

    def reveal(self) -> None:
        self.blind_box.setChecked(False)

    def _display_label(self, model: str) -> str:
        if model == SOURCE_KEY:
            return self.tr("Source clip")
        if not self._revealed:
            return self._blind_names.get(model, self.tr("Render"))
        return self._labels.get(model, Path(model).stem)

    def _apply_blind_labels(self) -> None:
        for key in self.stack.keys():
            status = self._status.get(key, "") if self._revealed else ""
            self.stack.set_row_label(key, self._display_label(key), status=status)

    def rate(self, model: str, stars: int) -> None:
        self._ratings[model] = int(stars)
        self._fill_table()

    # ---- scores -------------------------------------------------------------------------------------------------------
    def _fill_table(self) -> None:
        models = [k for k in self.stack.keys() if k != SOURCE_KEY]
        self.table.setRowCount(len(models))
        recommended = getattr(self._recommendation, "model", None)
        for column in range(1, len(SCORE_COLUMNS) - 1):
            self.table.setColumnHidden(column, not self._revealed)
        if not self._revealed:
            self.table.clearSelection()
        for row, model in enumerate(models):
            scores = self._scores.get(model)
            blind = not self._revealed
            cells = [self._display_label(model)]
            unusable = "" if blind or scores is None or scores.usable else translate_message(scores.problem)
            if blind or scores is None:
                cells += ["", "", "", "", ""]
            else:
                cells += ["–" if scores.step < 0 else f"{scores.step:,}",
                          _fmt(scores.pitch_cents_rms, 0), _fmt(scores.voicing_agreement),
                          _fmt(scores.speaker_similarity), _fmt(scores.val_mel_loss, 4)]
            if unusable:
                cells[0] = self.tr("{0} (not usable: {1})").format(cells[0], unusable)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(MODEL_ROLE, model)
                if not blind and model == recommended:
                    item.setBackground(RECOMMENDED_BACKGROUND)
                if unusable:
                    item.setForeground(UNUSABLE_FOREGROUND)
                    item.setToolTip(self.tr("Not usable: {0}. It is not ranked.").format(unusable))
                self.table.setItem(row, column, item)
            rating = QSpinBox(self.table)
            rating.setRange(0, 5)
            rating.setSuffix(self.tr(" ★"))
            rating.setSpecialValueText(self.tr("rate"))
            rating.setValue(self._ratings.get(model, 0))
            rating.setToolTip(self.tr("Your own rating, 1 (worst) to 5 (best)."))
            rating.valueChanged.connect(lambda value, m=model: self._ratings.__setitem__(m, value))
            self.table.setCellWidget(row, len(SCORE_COLUMNS) - 1, rating)
        if self._recommendation is not None and self._revealed:
            reasons = "; ".join(translate_message(reason) for reason in self._recommendation.reasons)
            self.recommendation_label.setText(self.tr("<b>Recommended: {0}</b> — {1}").format(
                self._labels.get(recommended, self._recommendation.label), reasons))
            for row, model in enumerate(models):
                if model == recommended and not self.table.selectedItems():
                    self.table.selectRow(row)
        elif not self._revealed:
            self.recommendation_label.setText(self.tr("Blind test: listen, rate each render, then press Reveal."))
        elif self._verdict:
            self.recommendation_label.setText(
                f"<span style='color: {theme.WARNING}'>{html.escape(translate_message(self._verdict))}</span>")
        else:
            self.recommendation_label.setText("")

    def ratings(self) -> dict[str, int]:
        return dict(self._ratings)

    # ---- export ----------------------------------------------------------------------------------------------------------
    def chosen_checkpoint(self) -> str:
        items = self.table.selectedItems()
        if items:
            return items[0].data(MODEL_ROLE)
        return getattr(self._recommendation, "model", "") or ""

    def export_chosen(self) -> None:
        checkpoint = self.chosen_checkpoint()
        project = self.project()
        if not checkpoint or project is None or self._export_worker is not None:
            return
        default = f"{Path(self.run_combo.currentData() or 'voice').name}_{Path(checkpoint).stem}"
        name, ok = QInputDialog.getText(self, self.tr("Export voice"), self.tr("Name of the voice file:"), text=default)
        if not (ok and name.strip()):
            return
        plan = export_index_plan(checkpoint, project, self.demo_encoder_box.isChecked())
        if plan.kind == "build":
            answer = QMessageBox.question(self, self.tr("Export voice"), self.tr(
                "This run has no retrieval index. Build one now from the project's training features? With it the "
                "voice keeps more of the training recordings' timbre (Convert's index rate)."))
            if answer != QMessageBox.StandardButton.Yes:
                plan = INDEX_DECLINED
        self.export(checkpoint, name.strip(), plan)

    def export(self, checkpoint: str, name: str, plan: IndexPlan | None = None) -> None:
        project = self.project()
        self.status.setText(self.tr("Exporting {0}…").format(name))
        self.export_button.setEnabled(False)
        self._export_worker = start_job(
            export_and_keep_job, checkpoint, str(project.root), name, self.demo_encoder_box.isChecked(), plan,
            on_event=self._on_export_event,
            on_error=lambda message, _exc: self.status.setText(self.tr("Export failed: {0}").format(message)),
            on_finished=self._on_export_finished, parent=self,
        )

    def _on_export_event(self, event: object) -> None:
        if isinstance(event, VoiceExported):
            note = translate_message(event.index_note)
            if event.index:
                text = self.tr("Exported {0} and its index {1} ({2}) to the project's exports folder.").format(
                    Path(event.pth).name, Path(event.index).name, note)
            else:
                text = self.tr("Exported {0} to the project's exports folder, without a retrieval index: {1}.").format(
                    Path(event.pth).name, note)
            self.status.setText(text)
            self.exported.emit(event.pth)
        elif isinstance(event, VoiceKept):
            kept = self.tr("It was in the voice library already, as {0}.") if event.already \
                else self.tr("It joined the voice library as {0}.")
            self.status.setText(f"{self.status.text()} {kept.format(event.name)}".strip())
        elif isinstance(event, (Progress, Notice)) and event.message:
            self.status.setText(translate_message(event.message))

    def add_library_voice(self, weights: str, _index: str, name: str) -> None:
        self.add_model(weights, self.tr("library · {0}").format(name))
        self._update_buttons()

    def add_chosen_to_library(self) -> None:
        checkpoint = self.chosen_checkpoint()
        project = self.project()
        if not checkpoint or project is None or self._export_worker is not None:
            return
        default = f"{Path(self.run_combo.currentData() or 'voice').name}_{Path(checkpoint).stem}"
        name, ok = QInputDialog.getText(self, self.tr("Add to library"), self.tr("Name of the voice:"), text=default)
        if ok and name.strip():
            self.keep(checkpoint, name.strip())

    def keep(self, checkpoint: str, name: str) -> None:
        self.status.setText(self.tr("Adding {0} to the voice library…").format(name))
        self._export_worker = start_job(
            add_to_library_job, checkpoint, str(self.project().root), name, self.demo_encoder_box.isChecked(),
            on_event=self._on_export_event,
            on_error=lambda message, _exc: self.status.setText(self.tr("Not added: {0}").format(message)),
            on_finished=self._on_export_finished, parent=self,
        )
        self._update_buttons()

    def _on_export_finished(self) -> None:
        self._export_worker = None
        self._update_buttons()

    # ---- state ----------------------------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        rendering = self._job is not None
        self.render_button.setEnabled(not rendering and bool(self.clip_path) and self.models.count() > 0
                                      and self.project() is not None)
        self.cancel_button.setEnabled(rendering)
        self.reveal_button.setEnabled(not self._revealed)
        self.export_button.setEnabled(self._revealed and bool(self._scores) and self._export_worker is None)
        self.library_button.setEnabled(self.export_button.isEnabled())
        self.use_run_button.setEnabled(self.run_combo.count() > 0)
        self._reserve_rows()

    def _reserve_rows(self, *_args) -> None:
        """Have a waveform row built ahead for each ticked model still without one, while nothing renders."""
        if self._job is None and self._pending_start is None:
            shown = set(self.stack.keys())
            self.stack.reserve_rows(sum(1 for model in self.chosen_models() if model not in shown))

    def background_workers(self) -> list:
        return [self._job, self._clip_worker, self._export_worker]

    def shutdown(self) -> None:
        super().shutdown()
        self._stop_watching()  # the window is closing or another project opens
