"""A/B playback of several takes of one clip over the app's shared player, and its transport bar.

`PlaybackController` keeps every track at one sample rate so switching tracks is a buffer swap at
the same position (the player's `swap`), never a restart. Pause remembers the position, a loop
region restarts at its start when the end is reached, and a ~30 Hz timer (running only while
playing) reports the position for the playhead.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

POSITION_INTERVAL_MS = 33


def format_time(seconds: float) -> str:
    seconds = max(0.0, float(seconds))
    minutes, rest = divmod(seconds, 60.0)
    return f"{int(minutes)}:{rest:04.1f}"


class PlaybackController(QObject):
    """Tracks by key, one active; play/pause/seek/loop on the shared player (`player_provider()`)."""

    positionChanged = Signal(float)
    playingChanged = Signal(bool)
    activeChanged = Signal(str)
    tracksChanged = Signal()  # a track came, went or changed: the duration may have changed
    error = Signal(str)

    def __init__(self, player_provider: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._provider = player_provider
        self._player = None
        self._tracks: dict[str, np.ndarray] = {}
        self.sample_rate = 0
        self._active: str | None = None
        self._position = 0.0
        self._loop: tuple[float, float] | None = None
        self._playing = False
        self._timer = QTimer(self)
        self._timer.setInterval(POSITION_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    # ---- the player -----------------------------------------------------------------------------
    def player(self):
        if self._player is None:
            self._player = self._provider()
            self._player.finished.connect(self._on_player_finished)
            self._player.error.connect(self._on_player_error)
        return self._player

    def _owns_player(self) -> bool:
        return self._player is not None and getattr(self._player, "svcdesk_owner", None) == id(self)

    # ---- tracks -----------------------------------------------------------------------------------
    def set_track(self, key: str, audio: np.ndarray, sample_rate: int) -> None:
        """Add or replace a track; tracks after the first are resampled to the first one's rate."""
        audio = np.asarray(audio, dtype=np.float32)
        if audio.ndim > 1:
            audio = audio.mean(axis=1) if audio.shape[1] <= 8 else audio.mean(axis=0)
        if not self._tracks or not self.sample_rate:
            self.sample_rate = int(sample_rate)
        elif int(sample_rate) != self.sample_rate:
            from svcdesk.audio.io import resample

            audio = resample(audio, int(sample_rate), self.sample_rate).astype(np.float32)
        self._tracks[key] = np.ascontiguousarray(audio)
        if self._active is None:
            self._active = key
        elif key == self._active and self._playing and self._owns_player():
            self._swap_in(key)
        self.tracksChanged.emit()

    def remove_track(self, key: str) -> None:
        self._tracks.pop(key, None)
        if key == self._active:
            self.stop()
            self._active = next(iter(self._tracks), None)
        if not self._tracks:
            self.sample_rate = 0
        self.tracksChanged.emit()

    def clear(self) -> None:
        self.stop()
        self._tracks.clear()
        self._active = None
        self.sample_rate = 0
        self._position = 0.0
        self._loop = None
        self.tracksChanged.emit()

    def tracks(self) -> list[str]:
        return list(self._tracks)

    def track_audio(self, key: str) -> np.ndarray:
        return self._tracks[key]

    def duration(self) -> float:
        track = self._tracks.get(self._active) if self._active else None
        return track.size / self.sample_rate if track is not None and self.sample_rate else 0.0

    def active(self) -> str | None:
        return self._active

    def set_active(self, key: str) -> None:
        """Hear `key` from now on, at the current position (no restart while playing)."""
        if key not in self._tracks:
            raise KeyError(key)
        if key == self._active:
            return
        self._active = key
        if self._playing and self._owns_player():
            self._swap_in(key)
        self.activeChanged.emit(key)
        self.tracksChanged.emit()

    def _swap_in(self, key: str) -> None:
        self.player().swap(self._tracks[key], self.sample_rate)

    # ---- transport ---------------------------------------------------------------------------------
    def is_playing(self) -> bool:
        return self._playing

    def position(self) -> float:
        if self._playing and self._owns_player():
            return float(self._player.position_s())
        return self._position

    def play(self) -> bool:
        if self._active is None:
            return False
        player = self.player()
        start = self._position
        if self._loop is not None and not (self._loop[0] <= start < self._loop[1]):
            start = self._loop[0]
        if start >= self.duration() - 1e-3:
            start = self._loop[0] if self._loop else 0.0
        # The id, not the object: a player -> controller reference would make a cycle of QObjects
        # that Python's collector then tears down at exit, after Qt is gone.
        player.svcdesk_owner = id(self)
        player.load(self._tracks[self._active], self.sample_rate)
        end = self._loop[1] if self._loop else None
        if not player.play(start, end):
            return False
        self._position = start
        self._set_playing(True)
        return True

    def pause(self) -> None:
        if not self._playing:
            return
        self._position = self.position()
        self._set_playing(False)
        if self._owns_player():
            self._player.stop()

    def stop(self) -> None:
        """Stop and rewind to the loop start (or the beginning)."""
        self.pause()
        self._position = self._loop[0] if self._loop else 0.0
        self.positionChanged.emit(self._position)

    def toggle(self) -> bool:
        if self._playing:
            self.pause()
        else:
            self.play()
        return self._playing

    def seek(self, seconds: float) -> None:
        seconds = min(max(0.0, float(seconds)), self.duration())
        self._position = seconds
        if self._playing and self._owns_player():
            if self._loop is not None and not (self._loop[0] <= seconds < self._loop[1]):
                # Outside the loop: leave it, or the player would stop at the loop's end too soon.
                self._loop = None
                self.play()
            else:
                self._player.seek(seconds)
        self.positionChanged.emit(seconds)

    def set_loop(self, start: float | None, end: float | None = None) -> None:
        """Loop over [start, end) seconds; None (or an empty range) ends looping."""
        loop = None if start is None or end is None or end - start < 0.05 else (float(start), float(end))
        self._loop = loop
        if self._playing and self._owns_player():
            self._position = self.position()
            self.play()  # the player's end bound changes only with a new stream

    def loop(self) -> tuple[float, float] | None:
        return self._loop

    # ---- internals ---------------------------------------------------------------------------------
    def _set_playing(self, playing: bool) -> None:
        if playing == self._playing:
            return
        self._playing = playing
        if playing:
            self._timer.start()
        else:
            self._timer.stop()
        self.playingChanged.emit(playing)

    def _tick(self) -> None:
        if not self._owns_player():
            # Another page took the shared player over.
            self._set_playing(False)
            return
        self.positionChanged.emit(self.position())

    def _on_player_finished(self) -> None:
        # `finished` also follows our own stop() (pause, a restart); only a natural end counts, and
        # that leaves the playhead at the end bound. (The stream's `active` flag may still read True
        # when the queued signal arrives, so it cannot tell the two apart.)
        if not self._playing or not self._owns_player():
            return
        end = self._loop[1] if self._loop else self.duration()
        if self._player.position_s() < min(end, self.duration()) - 0.005:
            return
        if self._loop is not None:
            self._position = self._loop[0]
            self.play()
            return
        self._position = self.duration()
        self._set_playing(False)
        self.positionChanged.emit(self._position)

    def _on_player_error(self, message: str) -> None:
        if self._owns_player():
            self._set_playing(False)
            self.error.emit(message)

    def shutdown(self) -> None:
        self.pause()
        self._timer.stop()


class TransportBar(QWidget):
    """Play/pause, the time, loop and the output device for a PlaybackController."""

    deviceChosen = Signal(str)

    def __init__(self, controller: PlaybackController, parent: QWidget | None = None, device_picker: bool = True):
        super().__init__(parent)
        self.controller = controller
        self.play_button = QPushButton(self)
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.play_button.clicked.connect(controller.toggle)
        self.stop_button = QPushButton(self)
        self.stop_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaStop))
        self.stop_button.setToolTip(self.tr("Stop and go back to the start"))
        self.stop_button.clicked.connect(controller.stop)
        self.time_label = QLabel(self)
        self.time_label.setMinimumWidth(110)
        self.loop_box = QCheckBox(self.tr("Loop selection"), self)
        self.loop_box.setToolTip(self.tr("Drag across the waveform to select a passage; it then repeats."))
        self.device_combo = QComboBox(self)
        self.device_combo.setToolTip(self.tr("Where the sound goes"))
        self.device_combo.setMinimumContentsLength(14)
        self.device_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.stop_button)
        layout.addWidget(self.time_label)
        layout.addWidget(self.loop_box)
        layout.addStretch(1)
        if device_picker:
            layout.addWidget(QLabel(self.tr("Output"), self))
            layout.addWidget(self.device_combo)
        else:
            self.device_combo.hide()
        controller.playingChanged.connect(self._show_playing)
        controller.positionChanged.connect(self._show_position)
        # The length shows as soon as there is something to hear, not only once Play was pressed.
        controller.tracksChanged.connect(self._show_length)
        self.device_combo.activated.connect(self._on_device_chosen)
        self._show_playing(False)
        self._show_position(0.0)

    def fill_devices(self, devices: list[tuple[int, str]], current: str = "") -> None:
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("System default"), "")
        for _index, name in devices:
            self.device_combo.addItem(name, name)
        found = self.device_combo.findData(current)
        self.device_combo.setCurrentIndex(max(found, 0))

    def _on_device_chosen(self, index: int) -> None:
        self.deviceChosen.emit(self.device_combo.itemData(index) or "")

    def _show_playing(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _show_position(self, seconds: float) -> None:
        self.time_label.setText(f"{format_time(seconds)} / {format_time(self.controller.duration())}")

    def _show_length(self) -> None:
        self._show_position(self.controller.position())


def handle_transport_key(controller: PlaybackController, key: int) -> bool:
    """Space toggles playback; returns True when the key was used."""
    if key == Qt.Key.Key_Space:
        controller.toggle()
        return True
    return False


def choose_output_device(widget: QWidget, context, controller: PlaybackController, name: str) -> None:
    """Send playback to device `name` ("" = system default) the way the main window's menu does."""
    controller.pause()
    window = widget.window()
    if hasattr(window, "set_output_device"):
        window.set_output_device(name)
        return
    settings = getattr(context, "settings", None)
    if settings is not None:
        settings.output_device = name
    context.player.set_device(name or None)
