"""The slicer's parameter panel: preset, threshold, length window, silences, processing.

It edits a SlicingConfig; `config_changed(config)` fires on every change. Choosing a preset fills
the length window; editing the window by hand switches the preset to "Custom".
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QWidget

from svcdesk.audio.processing import NORMALIZE_MODES
from svcdesk.audio.slicer import PRESETS, preset_config
from svcdesk.config import SlicingConfig

WINDOW_FIELDS = ("min_length_s", "max_length_s", "target_length_s")

# field: (label, minimum, maximum, step, decimals, suffix, tooltip)
SPIN_FIELDS = {
    "threshold_db": (QT_TRANSLATE_NOOP("SlicerControls", "Threshold"), -90.0, -5.0, 1.0, 0, " dB",
                     QT_TRANSLATE_NOOP("SlicerControls", "Frames quieter than this count as silence. Raise it (e.g. -35) for noisy recordings.")),
    "min_length_s": (QT_TRANSLATE_NOOP("SlicerControls", "Min length"), 0.5, 60.0, 0.5, 1, " s", QT_TRANSLATE_NOOP("SlicerControls", "Shorter pieces join a neighbour or are left out.")),
    "max_length_s": (QT_TRANSLATE_NOOP("SlicerControls", "Max length"), 1.0, 120.0, 0.5, 1, " s", QT_TRANSLATE_NOOP("SlicerControls", "Longer stretches are split at their quietest points.")),
    "target_length_s": (QT_TRANSLATE_NOOP("SlicerControls", "Target length"), 0.5, 120.0, 0.5, 1, " s", QT_TRANSLATE_NOOP("SlicerControls", "Preferred length when a long stretch is split.")),
    "min_interval_s": (QT_TRANSLATE_NOOP("SlicerControls", "Min silence"), 0.05, 5.0, 0.05, 2, " s", QT_TRANSLATE_NOOP("SlicerControls", "A pause shorter than this is never a cut.")),
    "max_silence_kept_s": (QT_TRANSLATE_NOOP("SlicerControls", "Silence kept"), 0.0, 2.0, 0.05, 2, " s", QT_TRANSLATE_NOOP("SlicerControls", "Silence left at each end of a segment.")),
}
NORMALIZE_LABELS = {"none": QT_TRANSLATE_NOOP("SlicerControls", "None"), "peak": QT_TRANSLATE_NOOP("SlicerControls", "Peak"),
                    "lufs": QT_TRANSLATE_NOOP("SlicerControls", "Loudness (LUFS)")}


class SlicerControls(QGroupBox):
    config_changed = Signal(object)  # SlicingConfig

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Slicing"), parent)
        self._config = SlicingConfig()
        self._updating = False
        form = QFormLayout(self)
        self.preset = QComboBox(self)
        for key, (label, _fields) in PRESETS.items():
            self.preset.addItem(self.tr(label), key)
        self.preset.setToolTip(self.tr("Voice conversion models train best on 5-15 s segments."))
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        form.addRow(self.tr("Preset"), self.preset)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for name, (label, low, high, step, decimals, suffix, tip) in SPIN_FIELDS.items():
            spin = QDoubleSpinBox(self)
            spin.setRange(low, high)
            spin.setSingleStep(step)
            spin.setDecimals(decimals)
            spin.setSuffix(suffix)
            spin.setToolTip(self.tr(tip))
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(lambda _v, n=name: self._spin_changed(n))
            self.spins[name] = spin
            form.addRow(self.tr(label), spin)
        self.high_pass = QCheckBox(self.tr("High-pass at 48 Hz"), self)
        self.high_pass.setToolTip(self.tr("Removes rumble and DC offset, as RVC does before training."))
        self.high_pass.toggled.connect(lambda _c: self._emit())
        form.addRow("", self.high_pass)
        self.normalize = QComboBox(self)
        for mode in NORMALIZE_MODES:
            self.normalize.addItem(self.tr(NORMALIZE_LABELS.get(mode, mode)), mode)
        self.normalize.currentIndexChanged.connect(lambda _i: self._emit())
        form.addRow(self.tr("Normalise"), self.normalize)
        self.set_config(self._config)

    def config(self) -> SlicingConfig:
        return self._config

    def set_config(self, config: SlicingConfig) -> None:
        """Show `config` without emitting config_changed."""
        self._updating = True
        try:
            self._config = config
            index = self.preset.findData(config.preset)
            self.preset.setCurrentIndex(index if index >= 0 else self.preset.findData("custom"))
            for name, spin in self.spins.items():
                spin.setValue(float(getattr(config, name)))
            self.high_pass.setChecked(config.high_pass)
            index = self.normalize.findData(config.normalize)
            self.normalize.setCurrentIndex(max(0, index))
        finally:
            self._updating = False

    def set_threshold(self, value_db: float) -> None:
        """From the draggable threshold line: emits config_changed."""
        self.spins["threshold_db"].setValue(round(value_db))

    def _preset_chosen(self) -> None:
        if self._updating:
            return
        key = self.preset.currentData()
        if key != "custom":
            fields = {name: float(self.spins[name].value()) for name in SPIN_FIELDS if name not in WINDOW_FIELDS}
            self.set_config(preset_config(key, **fields, high_pass=self.high_pass.isChecked(),
                                          normalize=self.normalize.currentData()))
        self._emit()

    def _spin_changed(self, name: str) -> None:
        if self._updating:
            return
        if name in WINDOW_FIELDS and self.preset.currentData() != "custom":
            self._updating = True
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self._updating = False
        self._emit()

    def _emit(self) -> None:
        if self._updating:
            return
        values = {name: float(spin.value()) for name, spin in self.spins.items()}
        self._config = dataclasses.replace(
            self._config, preset=self.preset.currentData(), high_pass=self.high_pass.isChecked(),
            normalize=self.normalize.currentData(), **values)
        self.config_changed.emit(self._config)
