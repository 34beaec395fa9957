"""The Convert page's "Song (mix)" input: the song is separated, its vocal converted and mixed back over the
accompaniment in one job (svcdesk.separation.cover), and four things can be heard from the same position: the
original song, the separated vocal, the converted vocal and the cover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QPushButton, QWidget

from svcdesk.gui.pages.song_jobs import COVER_KEY, SEPARATED_KEY, song_job

MODE_VOCAL, MODE_SONG = "vocal", "song"


class SongOptions(QGroupBox):
    """Vocal or song input, and how a song is separated and remixed; `hear_buttons` join the page's A/B row."""

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.setTitle(self.tr("Input"))
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Vocal only"), MODE_VOCAL)
        self.mode.addItem(self.tr("Song (mix)"), MODE_SONG)
        self.mode.setToolTip(self.tr(
            "Vocal only: the file is a dry vocal. Song (mix): a finished song; the vocal is separated from the "
            "music, converted, and put back over the music as a cover."))
        self.separator = QComboBox(self)
        self.separator.addItem(self.tr("Mel-Band RoFormer (faster)"), "mel-kim")
        self.separator.addItem(self.tr("BS-RoFormer (larger, slower)"), "bs-1297")
        self.separator.setToolTip(self.tr(
            "The network that takes the vocal out of the song. Its weights are downloaded once (Tools > Weight "
            "files); a song is separated once and reused for every voice."))
        self.karaoke = QCheckBox(self.tr("Lead vocal only"), self)
        self.karaoke.setToolTip(self.tr("Backing vocals stay in the music, so only the lead singer is converted."))
        self.dereverb = QCheckBox(self.tr("Remove reverb"), self)
        self.dereverb.setToolTip(self.tr("Takes the room and echo off the vocal before it is converted."))
        self.shift_music = QCheckBox(self.tr("Transpose the music too"), self)
        self.shift_music.setToolTip(self.tr(
            "Moves the accompaniment by the same semitones as the voice, so the cover stays in tune in the new "
            "key. Only when the transpose is not a whole octave (an octave keeps the key). Off by default: "
            "shifted music sounds slightly processed."))
        self.vocal_gain = self._gain(self.tr("The converted vocal's level against the music, in dB."))
        self.music_gain = self._gain(self.tr("The music's level, in dB."))
        form = QFormLayout(self)
        form.addRow(self.tr("Source is"), self.mode)
        form.addRow(self.tr("Separator"), self.separator)
        form.addRow(self.karaoke)
        form.addRow(self.dereverb)
        form.addRow(self.shift_music)
        form.addRow(self.tr("Vocal level"), self.vocal_gain)
        form.addRow(self.tr("Music level"), self.music_gain)
        self.hear_separated = QPushButton(self.tr("3  Separated"), page)
        self.hear_cover = QPushButton(self.tr("4  Cover"), page)
        for key, button in ((3, self.hear_separated), (4, self.hear_cover)):
            button.setCheckable(True)
            button.setToolTip(self.tr("Hear this one from the same position (key {0}).").format(key))
        self.mode.currentIndexChanged.connect(self._update)
        self._update()

    def _gain(self, tip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(-24.0, 12.0)
        box.setSingleStep(0.5)
        box.setSuffix(" dB")
        box.setToolTip(tip)
        return box

    def is_song(self) -> bool:
        return self.mode.currentData() == MODE_SONG

    def _update(self, *_args) -> None:
        song = self.is_song()
        for widget in (self.separator, self.karaoke, self.dereverb, self.shift_music, self.vocal_gain,
                       self.music_gain):
            widget.setEnabled(song)
        self.hear_separated.setVisible(song)
        self.hear_cover.setVisible(song)

    def settings(self):
        from svcdesk.separation.cache import SeparationSettings
        from svcdesk.separation.cover import CoverSettings
        from svcdesk.separation.remix import RemixSettings

        return CoverSettings(
            separation=SeparationSettings(model=self.separator.currentData(), karaoke=self.karaoke.isChecked(),
                                          dereverb=self.dereverb.isChecked()),
            remix=RemixSettings(vocal_gain_db=self.vocal_gain.value(), accompaniment_gain_db=self.music_gain.value(),
                                shift_accompaniment=self.shift_music.isChecked()))


def start_song_job(page, model: str) -> None:
    """Run the cover job on the page's main-job slot; its audio arrives as AudioLoaded events (keys
    SEPARATED_KEY, CONVERTED_KEY, COVER_KEY) and its stages as one progress bar."""
    from svcdesk.separation.cache import default_cache_dir

    project = page.project()
    cache_dir = str(Path(project.cache_dir)) if project is not None else str(default_cache_dir().parent)
    source_cache = str(Path(project.cache_dir) / "sources") if project is not None else ""
    page.start_main_job(
        song_job, page.source_path, model, page.options(), page.index_combo.currentData() or "",
        page.demo_encoder_box.isChecked(), page.song_options.settings(), cache_dir, source_cache,
        on_event=page._on_convert_event, on_error=page._on_convert_error, on_finished=page._on_convert_finished)


SONG_TRACKS = (SEPARATED_KEY, COVER_KEY)
