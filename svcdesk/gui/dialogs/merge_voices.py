"""Merge two library voices (RVC's ckpt merge): A's share on a slider, a short preview of a fixed clip at that
share (rendered once per share and kept in the library's cache), then the merged voice joins the library."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from svcdesk.events import Progress
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.widgets.voice_combo import voice_label
from svcdesk.gui.workers import start_job


class MergeVoicesDialog(QDialog):
    merged = Signal(str)  # the new voice's name
    previewReady = Signal()

    def __init__(self, context, entries: list, chosen: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Merge voices"))
        self.setMinimumWidth(520)
        self._entries = {entry.name: entry for entry in entries if not entry.problem}
        self._job = None
        self.preview = None  # the last MergePreview
        self.voice_a = QComboBox(self)
        self.voice_b = QComboBox(self)
        for combo in (self.voice_a, self.voice_b):
            for name, entry in self._entries.items():
                combo.addItem(voice_label(entry), name)
        names = list(self._entries)
        first = chosen[0] if chosen else (names[0] if names else "")
        second = chosen[1] if len(chosen) > 1 else next((n for n in names if n != first), "")
        self.voice_a.setCurrentIndex(max(self.voice_a.findData(first), 0))
        self.voice_b.setCurrentIndex(max(self.voice_b.findData(second), 0))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.slider.setTickInterval(10)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.valueChanged.connect(self._share_changed)
        self.share_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setToolTip(self.tr("Hear a short fixed clip sung by the merge at this share."))
        self.preview_button.clicked.connect(self.render_preview)
        self.merge_button = QPushButton(self.tr("Merge"), self)
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Voice A:"), self.voice_a)
        form.addRow(self.tr("Voice B:"), self.voice_b)
        form.addRow(self.tr("A's share:"), self.slider)
        form.addRow("", self.share_label)
        form.addRow(self.tr("New name:"), self.name_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for combo in (self.voice_a, self.voice_b):
            combo.currentIndexChanged.connect(self._voices_changed)
        self._voices_changed()

    # ---- state ----------------------------------------------------------------------------------------------
    def alpha(self) -> float:
        return self.slider.value() / 100.0

    def chosen(self):
        return self._entries.get(self.voice_a.currentData()), self._entries.get(self.voice_b.currentData())

    def why_not(self) -> str:
        a, b = self.chosen()
        if a is None or b is None:
            return self.tr("The library needs two voices to merge.")
        if a.name == b.name:
            return self.tr("Choose two different voices.")
        if (a.sample_rate, a.version, a.has_pitch) != (b.sample_rate, b.version, b.has_pitch):
            return self.tr("These two cannot be merged: A is %s and B is %s; both must have the same sample rate, "
                           "version and pitch setting.") % (voice_label(a), voice_label(b))
        return ""

    def _voices_changed(self, *_args) -> None:
        a, b = self.chosen()
        if a is not None and b is not None:
            self.name_edit.setText(f"{a.name} × {b.name}")
        self._share_changed()

    def _share_changed(self, *_args) -> None:
        a, b = self.chosen()
        share = self.slider.value()
        self.share_label.setText(self.tr("%1% %2 + %3% %4").replace("%1", str(share)).replace(
            "%2", a.name if a else "A").replace("%3", str(100 - share)).replace("%4", b.name if b else "B"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        why = self.why_not()
        busy = self._job is not None
        for button in (self.preview_button, self.merge_button):
            button.setEnabled(not why and not busy)
        if why:
            self.status.setText(why)

    # ---- jobs -----------------------------------------------------------------------------------------------
    def _start(self, job, *args, on_event, text: str, **kwargs) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(text)
        self._job = start_job(job, *args, on_event=on_event, on_error=lambda message, _exc: self.status.setText(
            message), on_finished=self._finished, parent=self, **kwargs)
        self._update_buttons()

    def _finished(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _progress(self, event: Progress) -> None:
        if event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)
        if event.message:
            self.status.setText(translate_message(event.message))

    def render_preview(self) -> None:
        from svcdesk.gui.pages.model_files import content_encoder_available
        from svcdesk.library.catalog import Library
        from svcdesk.library.merge import merge_preview_job

        if self.why_not() or self._job is not None:
            return
        a, b = self.chosen()
        self._start(merge_preview_job, str(a.weights), str(b.weights), self.alpha(), library=Library(a.folder.parent),
                    demo_encoder=not content_encoder_available(), on_event=self._on_preview_event,
                    text=self.tr("Rendering the preview…"))

    def _on_preview_event(self, event: object) -> None:
        from svcdesk.library.merge import MergePreview

        if isinstance(event, Progress):
            self._progress(event)
        elif isinstance(event, MergePreview):
            self.preview = event
            cached = self.tr(" (from the cache)") if event.from_cache else ""
            self.status.setText(self.tr("Preview at %1% A%2.").replace("%1", str(round(event.alpha * 100))).replace(
                "%2", cached))
            player = getattr(self.context, "player", None)
            if player is not None:
                player.load(event.audio, event.sample_rate)
                player.play()
            self.previewReady.emit()

    def merge(self) -> None:
        from svcdesk.library.catalog import Library
        from svcdesk.library.merge import VoicesMerged, merge_job

        if self.why_not() or self._job is not None:
            return
        a, b = self.chosen()

        def on_event(event: object) -> None:
            if isinstance(event, Progress):
                self._progress(event)
            elif isinstance(event, VoicesMerged) and event.name:
                self.status.setText(self.tr("Merged: %s joined the library.") % event.name)
                self.merged.emit(event.name)

        self._start(merge_job, a.name, b.name, self.alpha(), name=self.name_edit.text().strip(),
                    library=Library(a.folder.parent), on_event=on_event, text=self.tr("Merging…"))

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.quit()
        player = getattr(self.context, "player", None)
        if player is not None and self.preview is not None and hasattr(player, "stop"):
            player.stop()
        super().done(result)
