"""The Convert page: a source vocal in, a voice model chosen, the converted vocal heard and exported.

The source's waveform shows its pitch (solid) and where the transpose puts it (dashed). Playback
switches between source and converted at the same position (keys 1 and 2), loops over a dragged
selection and plays on the chosen output device.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from svcdesk.config import ConversionConfig
from svcdesk.events import Notice, Progress
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.pages.convert_jobs import (
    CONVERTED_KEY,
    AudioLoaded,
    ExportWritten,
    SourcePitch,
    convert_job,
    export_job,
    pitch_job,
    source_job,
)
from svcdesk.gui.pages.model_files import content_encoder_available, index_for_model, project_indexes, project_models
from svcdesk.gui.pages.listening_page import ListeningPage
from svcdesk.gui.pages.song_mode import SONG_TRACKS, SongOptions, start_song_job
from svcdesk.gui.widgets.transport import TransportBar, handle_transport_key
from svcdesk.gui.widgets.pitch_method import PitchMethodCombo
from svcdesk.gui.widgets.voice_combo import LibraryVoiceCombo
from svcdesk.gui.widgets.waveform_f0 import WaveformF0View
from svcdesk.gui.workers import start_job
from svcdesk.inference.events import ConvertFinished

SOURCE, CONVERTED = WaveformF0View.SOURCE, WaveformF0View.CONVERTED
AUDIO_FILTER = "Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.aiff *.aif);;All files (*)"


def _audio_path_from_mime(mime) -> str:
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            return url.toLocalFile()
    return ""


OUTPUT_RATES = (22050, 32000, 40000, 44100, 48000)  # what other tools and DAWs expect


class ConvertPage(ListeningPage):
    convertedReady = Signal()

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.source_path = ""
        self._loading_source = ""  # a source being read, which replaces source_path once it could be
        self.source_audio: np.ndarray | None = None
        self.source_rate = 0
        self.converted: tuple[np.ndarray, int] | None = None
        self._source_worker = None
        self._export_worker = None
        self.setAcceptDrops(True)
        self._build_ui()
        self.reload_project()
        self.connect_project_signals()

    # ---- layout ------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        title = QLabel(self.tr("Convert"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.source_label = QLabel(self.tr("Drop a vocal file here, or open one."), self)
        self.open_button = QPushButton(self.tr("Open source…"), self)
        self.open_button.setToolTip(self.tr("A vocal, or a whole song with Input set to Song (mix)."))
        self.open_button.clicked.connect(self._choose_source)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.source_label, 1)
        top.addWidget(self.open_button)

        self.view = WaveformF0View(self)
        self.view.setMinimumHeight(220)
        self.view.seekRequested.connect(self.controller.seek)
        self.view.selectionChanged.connect(self._on_selection)
        self.view.rowClicked.connect(self._on_row_clicked)
        self.controller.positionChanged.connect(self.view.set_playhead)
        self.controller.error.connect(self._show_status)

        self.transport = TransportBar(self.controller, self)
        self.transport.loop_box.toggled.connect(self._apply_loop)
        self.transport.deviceChosen.connect(self._on_device_chosen)
        self.hear_source = QPushButton(self.tr("1  Source"), self)
        self.hear_converted = QPushButton(self.tr("2  Converted"), self)
        self.hear_group = QButtonGroup(self)
        for index, button in enumerate((self.hear_source, self.hear_converted)):
            button.setCheckable(True)
            button.setToolTip(self.tr("Hear this one from the same position (key {0}).").format(index + 1))
            self.hear_group.addButton(button, index)
        self.hear_source.setChecked(True)
        self.hear_group.idClicked.connect(lambda index: self.hear((SOURCE, CONVERTED, *SONG_TRACKS)[index]))
        hear_row = QHBoxLayout()
        hear_row.addWidget(self.transport, 1)
        hear_row.addWidget(QLabel(self.tr("Hear:"), self))
        hear_row.addWidget(self.hear_source)
        hear_row.addWidget(self.hear_converted)
        self.song_options = SongOptions(self)
        for index, button in enumerate((self.song_options.hear_separated, self.song_options.hear_cover), start=2):
            self.hear_group.addButton(button, index)
            hear_row.addWidget(button)

        # -- model
        self.model_combo = QComboBox(self)
        self.model_combo.setPlaceholderText(self.tr("No voice yet: train one, or choose Other .pth…"))
        self.model_combo.setToolTip(self.tr("A voice from this project's runs or exports, or any .pth file."))
        self.model_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(20)
        self.model_combo.currentIndexChanged.connect(self._on_model_changed)
        self.model_browse = QPushButton(self.tr("Other .pth…"), self)
        self.model_browse.clicked.connect(self._choose_model)
        self.index_combo = QComboBox(self)
        self.index_combo.setToolTip(self.tr(
            "The retrieval index trained with the voice. It lends the output more of the voice's own "
            "timbre. Optional."))
        self.index_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.index_combo.setMinimumContentsLength(20)
        self.index_browse = QPushButton(self.tr("Other .index…"), self)
        self.index_browse.clicked.connect(self._choose_index)
        self.demo_encoder_box = QCheckBox(self.tr("Demonstration content encoder"), self)
        self.demo_encoder_box.setToolTip(self.tr(
            "Converts without the ContentVec weights, with a stand-in encoder. Only for the demo project: "
            "real voices need ContentVec."))
        model_box = QGroupBox(self.tr("Voice"), self)
        model_form = QFormLayout(model_box)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(self.model_browse)
        index_row = QHBoxLayout()
        index_row.addWidget(self.index_combo, 1)
        index_row.addWidget(self.index_browse)
        self.library_combo = LibraryVoiceCombo(self)
        self.library_combo.voiceChosen.connect(self.use_library_voice)
        model_form.addRow(self.tr("Library"), self.library_combo)
        model_form.addRow(self.tr("Model"), model_row)
        model_form.addRow(self.tr("Index"), index_row)
        model_form.addRow(self.demo_encoder_box)

        # -- options, each explained in plain words
        defaults = ConversionConfig()
        self.transpose = QSpinBox(self)
        self.transpose.setRange(-24, 24)
        self.transpose.setSuffix(self.tr(" semitones"))
        self.transpose.setToolTip(self.tr(
            "Moves the melody up or down. +12 is one octave up (a low voice singing a high song), -12 one "
            "octave down. The dashed curve shows where the melody will be."))
        self.transpose.valueChanged.connect(self.view.set_transpose)
        self.f0_method = PitchMethodCombo(self.tr(
            "How the melody is traced from the source. rmvpe is the most reliable; fcpe is fast and good; "
            "crepe is accurate but slow; harvest, dio and pm need no neural network."), self)
        self.f0_method.currentTextChanged.connect(self._retrace_pitch)
        self.index_rate = self._fraction_box(defaults.index_rate, self.tr(
            "How much of the voice's own timbre to borrow from the index. Higher sounds more like the "
            "model but can blur words; 0 turns it off."))
        self.protect = self._fraction_box(defaults.protect, self.tr(
            "Keeps breaths and consonants (s, t, k) from the source so they stay clear. Lower protects "
            "more; 0.5 turns protection off."), maximum=0.5)
        self.rms_mix = self._fraction_box(defaults.rms_mix_rate, self.tr(
            "Loudness: 1 keeps the converted voice's own loudness; lower values follow how loud the "
            "source sings at each moment."))
        self.formant = QDoubleSpinBox(self)
        self.formant.setRange(-12.0, 12.0)
        self.formant.setSingleStep(0.5)
        self.formant.setSuffix(self.tr(" semitones"))
        self.formant.setToolTip(self.tr(
            "Changes the size of the voice without changing the notes: up sounds smaller and brighter, "
            "down larger and darker. 0 leaves it as trained."))
        self.speaker = QSpinBox(self)
        self.speaker.setRange(0, 255)
        self.speaker.setToolTip(self.tr(
            "For a model trained on several singers: which of them sings. Most models have only singer 0."))
        self.output_rate = QComboBox(self)
        self.output_rate.addItem(self.tr("The voice's own rate"), 0)
        for rate in OUTPUT_RATES:
            self.output_rate.addItem(self.tr("{0} Hz").format(rate), rate)
        self.output_rate.setToolTip(self.tr(
            "The sample rate of the result and its exports. The voice's own rate (32, 40 or 48 kHz) loses "
            "nothing; choose 44,100 Hz for a CD or a project at that rate."))
        settings = getattr(self.context, "settings", None)
        if settings is not None:  # the rate a user works at stays chosen
            self.output_rate.setCurrentIndex(max(0, self.output_rate.findData(
                int(settings.value("convert/output_rate", 0) or 0))))
            self.output_rate.currentIndexChanged.connect(
                lambda _i: settings.set_value("convert/output_rate", int(self.output_rate.currentData() or 0)))
        options_box = QGroupBox(self.tr("Options"), self)
        options_form = QFormLayout(options_box)
        options_form.addRow(self.tr("Transpose"), self.transpose)
        options_form.addRow(self.tr("Pitch method"), self.f0_method)
        # Across both columns: in the field column alone the caption wrapped to four lines and a short window cut it.
        options_form.addRow(self.f0_method.reason_label)
        options_form.addRow(self.tr("Index rate"), self.index_rate)
        options_form.addRow(self.tr("Protect"), self.protect)
        options_form.addRow(self.tr("Loudness mix"), self.rms_mix)
        options_form.addRow(self.tr("Formant shift"), self.formant)
        options_form.addRow(self.tr("Singer"), self.speaker)
        options_form.addRow(self.tr("Output rate"), self.output_rate)

        # -- actions
        self.convert_button = QPushButton(self.tr("Convert"), self)
        self.convert_button.setStyleSheet("font-weight: 600; padding: 6px 18px;")
        self.convert_button.clicked.connect(self.start_conversion)
        self.convert_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_conversion)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.export_wav = QPushButton(self.tr("Export WAV…"), self)
        self.export_flac = QPushButton(self.tr("Export FLAC…"), self)
        self.export_wav.clicked.connect(lambda: self.choose_export("wav"))
        self.export_flac.clicked.connect(lambda: self.choose_export("flac"))
        actions = QHBoxLayout()
        actions.addWidget(self.convert_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.export_wav)
        actions.addWidget(self.export_flac)

        settings_row = QHBoxLayout()
        settings_row.addWidget(model_box, 3)
        settings_row.addWidget(options_box, 2)
        settings_row.addWidget(self.song_options, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(hear_row)
        layout.addLayout(settings_row)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self._update_buttons()

    def _fraction_box(self, value: float, tip: str, maximum: float = 1.0) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0.0, maximum)
        box.setSingleStep(0.05)
        box.setDecimals(2)
        box.setValue(value)
        box.setToolTip(tip)
        return box

    # ---- project and models ----------------------------------------------------------------------------
    def reload_project(self) -> None:
        project = self.project()
        current = self.model_combo.currentData()
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for model in project_models(project):
            self.model_combo.addItem(model.label, model.path)
        last = self._last_model()
        if last and self.model_combo.findData(last) < 0:
            self.model_combo.addItem(self.tr("last used · {0}").format(Path(last).name), last)
        self.model_combo.blockSignals(False)
        if current:
            self.select_model(current)
        elif self.model_combo.count():
            # With a placeholder text, Qt leaves the combo on no item: the first voice is the usual choice.
            self.model_combo.setCurrentIndex(0)
        self.index_combo.clear()
        self.index_combo.addItem(self.tr("(no index)"), "")
        for path in project_indexes(project):
            self.index_combo.addItem(Path(path).name, path)
        demo = project is not None and bool(project.manifest.get("demo"))
        self.demo_encoder_box.setChecked(demo or not content_encoder_available())
        self._on_model_changed()
        self._update_buttons()

    def _last_model(self) -> str:
        """The voice converted with last (in any project), while its file is still there."""
        settings = getattr(self.context, "settings", None)
        path = str(settings.value("convert/last_model", "") or "") if settings is not None else ""
        return path if path and Path(path).is_file() else ""

    def select_model(self, path: str) -> None:
        index = self.model_combo.findData(str(path))
        if index < 0:
            self.model_combo.addItem(Path(path).name, str(path))
            index = self.model_combo.count() - 1
        self.model_combo.setCurrentIndex(index)

    def select_index(self, path: str) -> None:
        index = self.index_combo.findData(str(path))
        if index < 0 and path:
            self.index_combo.addItem(Path(path).name, str(path))
            index = self.index_combo.count() - 1
        self.index_combo.setCurrentIndex(max(index, 0))

    def _on_model_changed(self, *_args) -> None:
        model = self.model_combo.currentData()
        if model:
            paths = [self.index_combo.itemData(i) for i in range(1, self.index_combo.count())]
            self.select_index(index_for_model(model, paths))
        self._update_buttons()

    def use_library_voice(self, weights: str, index: str, name: str) -> None:
        """A voice picked from the library: its weights become the model, its index (if any) the index."""
        if self.model_combo.findData(weights) < 0:
            self.model_combo.addItem(self.tr("library · %s") % name, weights)
        self.select_model(weights)
        if index:
            self.select_index(index)

    def _choose_model(self) -> None:
        path = self.open_file("models", self.tr("Choose a voice model"),
                              self.tr("Voice models (*.pth *.pt);;All files (*)"))
        if path:
            self.select_model(path)

    def _choose_index(self) -> None:
        path = self.open_file("index", self.tr("Choose a retrieval index"),
                              self.tr("Index files (*.index);;All files (*)"))
        if path:
            self.select_index(path)

    # ---- source ------------------------------------------------------------------------------------------
    def _choose_source(self) -> None:
        path = self.open_file("audio", self.tr("Open a vocal"), self.tr(AUDIO_FILTER))
        if path:
            self.load_source(path)

    def dragEnterEvent(self, event) -> None:
        if _audio_path_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = _audio_path_from_mime(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.load_source(path)

    def load_source(self, path: str) -> None:
        """Read a new source in the background. The current one (and its result) stays until the new one is
        read, so a file that cannot be read loses nothing; meanwhile Convert and Export wait."""
        if self._source_worker is not None:
            self._source_worker.quit()
        self._loading_source = str(path)
        self.source_label.setText(self.tr("Reading {0}…").format(Path(path).name))
        self._update_buttons()
        self._source_worker = start_job(
            source_job, str(path), self.f0_method.currentText(), on_event=self._on_source_event,
            on_error=lambda message, _exc: self._source_failed(path, message),
            on_finished=self._on_source_finished, parent=self,
        )

    def _on_source_event(self, event: object) -> None:
        if isinstance(event, AudioLoaded):
            # The new source replaces the old one only now that it could be read: its result goes with it.
            self.controller.clear()
            self.converted = None
            self.view.set_converted(None)
            self.view.set_f0(None)
            self._loading_source = ""
            self.source_path = event.key
            self.source_audio, self.source_rate = event.audio, event.sample_rate
            self.view.set_source(event.audio, event.sample_rate, envelope=event.envelope)
            self.controller.set_track(SOURCE, event.audio, event.sample_rate)
            self.hear(SOURCE)
            self.source_label.setText(self.tr("{0}  ·  {1:.1f} s").format(
                Path(event.key).name, event.audio.shape[0] / event.sample_rate))
            self._update_buttons()
        elif isinstance(event, SourcePitch):
            self.view.set_f0(event.f0)
            self.view.set_transpose(self.transpose.value())
        elif isinstance(event, Notice):
            self._show_status(translate_message(event.message))
        elif isinstance(event, Progress) and event.message:
            self._show_status(translate_message(event.message))

    def _source_failed(self, path: str, message: str) -> None:
        self._loading_source = ""
        if self.source_path:
            self.source_label.setText(self.tr("Could not read {0}: {1}. Still using {2}.").format(
                Path(path).name, message, Path(self.source_path).name))
        else:
            self.source_label.setText(self.tr("Could not read the source: {0}").format(message))
        self._show_status("")
        self._update_buttons()

    def _on_source_finished(self) -> None:
        self._source_worker = None
        if self.source_audio is not None:
            self._show_status("")

    def _retrace_pitch(self, method: str) -> None:
        if self.source_audio is None or self._source_worker is not None:
            return
        self._source_worker = start_job(
            pitch_job, self.source_audio, self.source_rate, method, on_event=self._on_source_event,
            on_error=lambda message, _exc: self._show_status(message), on_finished=self._on_source_finished,
            parent=self,
        )

    # ---- conversion ------------------------------------------------------------------------------------
    def options(self) -> ConversionConfig:
        return dataclasses.replace(
            ConversionConfig(),
            transpose=float(self.transpose.value()),
            f0_method=self.f0_method.currentText(),
            index_rate=self.index_rate.value(),
            protect=self.protect.value(),
            rms_mix_rate=self.rms_mix.value(),
            formant_shift=self.formant.value(),
            speaker_id=self.speaker.value(),
            output_sample_rate=int(self.output_rate.currentData() or 0),
        )

    def start_conversion(self) -> None:
        model = self.model_combo.currentData()
        if not self.source_path or not model or self._job is not None:
            return
        project = self.project()
        cache_dir = str(Path(project.cache_dir) / "sources") if project is not None else ""
        self.progress.setRange(0, 0)
        self._show_status(self.tr("Converting…"))
        if self.song_options.is_song():
            start_song_job(self, model)
            self._update_buttons()
            return
        self.start_main_job(
            convert_job, self.source_path, model, self.options(), self.index_combo.currentData() or "",
            self.demo_encoder_box.isChecked(), cache_dir,
            on_event=self._on_convert_event, on_error=self._on_convert_error, on_finished=self._on_convert_finished,
        )
        self._update_buttons()

    def cancel_conversion(self) -> None:
        self.cancel_main_job(self.tr("Cancelling…"), self.tr("Cancelled."))

    def is_converting(self) -> bool:
        return self.is_busy()

    def _on_convert_event(self, event: object) -> None:
        if isinstance(event, Progress):
            self.show_progress(event)
        elif isinstance(event, AudioLoaded) and event.key == CONVERTED_KEY:
            self.view.set_converted(event.audio, event.sample_rate, envelope=event.envelope)
        elif isinstance(event, AudioLoaded) and event.key in SONG_TRACKS:
            self.controller.set_track(event.key, event.audio, event.sample_rate)
            if event.key == SONG_TRACKS[1]:  # the cover is what Export writes in song mode
                self.converted = (event.audio, event.sample_rate)
                self.hear(event.key)
                self._show_status(self.tr("The cover is ready: 4 plays it, Export saves it."))
        elif isinstance(event, ConvertFinished):
            self.converted = (event.audio, event.sample_rate)
            settings = getattr(self.context, "settings", None)
            if settings is not None:
                settings.set_value("convert/last_model", str(self.model_combo.currentData() or ""))
            self.controller.set_track(CONVERTED, event.audio, event.sample_rate)
            self.hear(CONVERTED)
            demo = self.tr(" (demonstration encoder: not a real voice)") if self.demo_encoder_box.isChecked() else ""
            self._show_status(self.tr("Converted in {0:.1f} s{1}.").format(event.elapsed, demo))
            self.convertedReady.emit()

    def _on_convert_error(self, message: str, _exc: object) -> None:
        self._show_status(self.tr("Conversion failed: {0}").format(message))

    def _on_convert_finished(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if self.converted is not None else 0)
        self._update_buttons()

    # ---- listening -----------------------------------------------------------------------------------------
    def hear(self, key: str) -> None:
        """Switch what is heard (source or converted) without moving the playhead."""
        if key not in self.controller.tracks():
            return
        self.controller.set_active(key)
        if key in (SOURCE, CONVERTED):
            self.view.set_active(key)
        buttons = {SOURCE: self.hear_source, CONVERTED: self.hear_converted,
                   SONG_TRACKS[0]: self.song_options.hear_separated, SONG_TRACKS[1]: self.song_options.hear_cover}
        buttons[key].setChecked(True)

    def _on_row_clicked(self, key: str) -> None:
        self.hear(key)

    def _on_selection(self, start: float, end: float) -> None:
        has_selection = end > start
        self.transport.loop_box.setEnabled(has_selection)
        if has_selection and not self.transport.loop_box.isChecked():
            self.transport.loop_box.setChecked(True)
        self._apply_loop()

    def _apply_loop(self, *_args) -> None:
        selection = self.view.selection()
        if self.transport.loop_box.isChecked() and selection is not None:
            self.controller.set_loop(*selection)
        else:
            self.controller.set_loop(None)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_1:
            self.hear(SOURCE)
        elif key == Qt.Key.Key_2:
            self.hear(CONVERTED)
        elif key in (Qt.Key.Key_3, Qt.Key.Key_4):
            self.hear(SONG_TRACKS[0 if key == Qt.Key.Key_3 else 1])
        elif not handle_transport_key(self.controller, key):
            super().keyPressEvent(event)

    # ---- export ---------------------------------------------------------------------------------------------
    def choose_export(self, kind: str) -> None:
        if self.converted is None:
            return
        folder = Path(self.dialog_folder("export"))
        project = self.project()
        if project is not None and folder == Path(project.root):
            folder = folder / "converted"  # created by the export
        suggested = folder / f"{Path(self.source_path).stem} ({Path(self.model_combo.currentData() or 'voice').stem}).{kind}"
        filters = self.tr("WAV audio (*.wav)") if kind == "wav" else self.tr("FLAC audio (*.flac)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the converted vocal"), str(suggested), filters)
        self.remember_folder("export", path)
        if path:
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
            self.export(path)

    def export(self, path: str) -> None:
        if self.converted is None or self._export_worker is not None:
            return
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        audio, rate = self.converted
        self._export_worker = start_job(
            export_job, path, audio, rate,
            on_event=lambda ev: self._show_status(self.tr("Saved {0}").format(ev.path))
            if isinstance(ev, ExportWritten) else None,
            on_error=lambda message, _exc: self._show_status(self.tr("Export failed: {0}").format(message)),
            on_finished=self._on_export_finished, parent=self,
        )

    def _on_export_finished(self) -> None:
        self._export_worker = None

    # ---- state -------------------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        """Each button is enabled only when pressing it does something; a disabled one says why."""
        converting = self._job is not None
        loading = bool(getattr(self, "_loading_source", ""))
        if converting:
            why_not = self.tr("Converting… (Cancel stops it)")
        elif loading:
            why_not = self.tr("Reading the new source…")
        elif not self.source_path:
            why_not = self.tr("Open a vocal first (or drop one on the page).")
        elif self.model_combo.currentData() is None:
            why_not = self.tr("Choose a voice model first (Other .pth… opens one from a file).")
        else:
            why_not = ""
        self.convert_button.setEnabled(not why_not)
        self.convert_button.setToolTip(why_not or self.tr("Convert the source with the chosen voice (Ctrl+Return)."))
        self.cancel_button.setEnabled(converting)
        self.cancel_button.setToolTip(self.tr("Stop the conversion.") if converting else self.tr("Nothing is running."))
        result = self.converted is not None and not loading
        nothing = self.tr("Convert first: there is nothing to export yet.")
        for button in (self.export_wav, self.export_flac):
            button.setEnabled(result)
            button.setToolTip("" if result else nothing)
        self.hear_converted.setEnabled(result)
        self.hear_converted.setToolTip(self.tr("Hear the converted vocal (key 2).") if result
                                       else self.tr("Convert first: there is no result to hear yet."))
        self.transport.loop_box.setEnabled(self.view.selection() is not None)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def background_workers(self) -> list:
        return [self._job, self._source_worker, self._export_worker]
