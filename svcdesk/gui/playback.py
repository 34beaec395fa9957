"""Audio playback with sounddevice, done the way real-time audio needs it.

The output callback only copies from a buffer prepared ahead of time: no allocation of audio
buffers, no logging, no locks. The GUI asks `position_s()` from a timer to move its cursor, and end
of playback comes back as the `finished` signal. A device that fails becomes the `error` signal
with a readable message, and the app carries on without sound.

For A/B listening, `swap()` replaces the buffer at the same position while playing.
"""

from __future__ import annotations

import logging

import numpy as np
import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger("svcdesk.gui.playback")

BLOCK_SIZE = 1024  # ~23 ms at 44.1 kHz: short enough for a responsive cursor, long enough not to drop out


def _load_sounddevice():
    """sounddevice, imported on first use; raises OSError when the PortAudio library is missing."""
    import sounddevice

    return sounddevice


def output_devices() -> list[tuple[int, str]]:
    """(index, name) of every device that can play; empty when PortAudio is missing or there are none."""
    try:
        sd = _load_sounddevice()
        devices = sd.query_devices()
    except Exception as exc:  # noqa: BLE001 - any PortAudio failure means "no devices", never a crash
        log.warning("cannot list audio devices: %s", exc)
        return []
    return [(i, str(d["name"])) for i, d in enumerate(devices) if d.get("max_output_channels", 0) > 0]


def prepare_buffer(audio: np.ndarray, channels: int) -> np.ndarray:
    """C-contiguous float32 (frames, channels): mono is copied to every channel, extra channels dropped."""
    data = np.asarray(audio, dtype=np.float32)
    if data.ndim == 1:
        data = data[:, None]
    if data.shape[1] >= channels:
        data = data[:, :channels]
    else:
        data = np.repeat(data[:, :1], channels, axis=1)
    return np.ascontiguousarray(np.nan_to_num(np.clip(data, -1.0, 1.0)))


class AudioPlayer(QObject):
    """Plays one buffer at a time. Signals: `started`, `finished` (the current playback ended or was
    stopped; a playback replaced by a newer `play()` stays silent), `error(message)`."""

    started = Signal()
    finished = Signal()
    error = Signal(str)

    def __init__(self, device: str | int | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.device = device
        self.sample_rate = 0
        self._source: np.ndarray | None = None  # as loaded, before channel layout
        self._buffer = np.zeros((0, 1), dtype=np.float32)
        self._position = 0  # next frame the callback copies; written by the callback only while playing
        self._end = 0
        self._stream = None
        self._channels = 1
        self._callback_stop: type[Exception] = RuntimeError  # sounddevice.CallbackStop once loaded
        self._session = 0  # one per play(): a stream replaced by a newer one does not report its end

    # -- state read by the GUI -----------------------------------------------------------------
    @property
    def is_playing(self) -> bool:
        return self._stream is not None and self._stream.active

    @property
    def duration_s(self) -> float:
        return self._buffer.shape[0] / self.sample_rate if self.sample_rate else 0.0

    def position_s(self) -> float:
        """Where playback is, in seconds from the buffer's start (the device latency is not subtracted)."""
        return self._position / self.sample_rate if self.sample_rate else 0.0

    # -- control -------------------------------------------------------------------------------
    def load(self, audio: np.ndarray, sample_rate: int) -> None:
        """Set the audio to play (stops current playback). `audio` is (frames,) or (frames, channels)."""
        self.stop()
        self._source = np.asarray(audio, dtype=np.float32)
        self.sample_rate = int(sample_rate)
        self._buffer = prepare_buffer(self._source, self._channels)
        self._position = 0
        self._end = self._buffer.shape[0]

    def swap(self, audio: np.ndarray, sample_rate: int | None = None) -> None:
        """Replace the audio without moving the playhead (A/B switching). The new buffer is fully
        prepared before one attribute assignment hands it to the callback."""
        if sample_rate is not None and self.sample_rate and int(sample_rate) != self.sample_rate:
            raise ValueError(f"swap needs the same sample rate ({sample_rate} != {self.sample_rate})")
        if not self.sample_rate:
            self.sample_rate = int(sample_rate or 0)
        self._source = np.asarray(audio, dtype=np.float32)
        buffer = prepare_buffer(self._source, self._channels)
        to_the_end = self._end >= self._buffer.shape[0]
        self._end = buffer.shape[0] if to_the_end else min(self._end, buffer.shape[0])
        self._buffer = buffer

    def play(self, start_s: float = 0.0, end_s: float | None = None) -> bool:
        """Play from `start_s` to `end_s` (default: the end). Returns False (and emits `error`) when
        the device cannot be opened."""
        self._session += 1  # from here on, the end of an older stream is not this playback's end
        self._close_stream()
        if self._source is None or self.sample_rate <= 0:
            return False
        try:
            sd = _load_sounddevice()
            self._callback_stop = sd.CallbackStop
            channels = self._device_channels(sd)
            if channels != self._channels:
                self._channels = channels
                self._buffer = prepare_buffer(self._source, channels)
            frames = self._buffer.shape[0]
            self._position = min(max(0, int(round(start_s * self.sample_rate))), frames)
            self._end = frames if end_s is None else min(frames, max(self._position, int(round(end_s * self.sample_rate))))
            self._stream = sd.OutputStream(
                samplerate=self.sample_rate,
                channels=self._channels,
                dtype="float32",
                blocksize=BLOCK_SIZE,
                device=self.device,
                callback=self._callback,
                finished_callback=lambda session=self._session: self._stream_finished(session),
            )
            self._stream.start()
        except Exception as exc:  # noqa: BLE001 - PortAudioError, OSError, ValueError: all mean "no sound"
            self._close_stream()
            message = self.failure_message(exc)
            log.warning("%s (%s: %s)", message, type(exc).__name__, exc)
            self.error.emit(message)
            return False
        self.started.emit()
        return True

    def failure_message(self, exc: BaseException) -> str:
        """One line for the user, with the fix that fits the cause (the details go to the log)."""
        kind = failure_kind(exc, self.device)
        if kind == "no-library":
            return self.tr("Sound cannot play: the PortAudio library is missing. Install it (on Debian or Ubuntu: "
                           "sudo apt-get install libportaudio2) and restart svcdesk.")
        if kind == "no-device":
            return self.tr("No sound output device was found. Connect headphones or speakers (or start the "
                           "system's sound service), then choose it under Tools > Audio output device.")
        if kind == "device-gone":
            return self.tr("The chosen sound output ({0}) is not available. Choose another under Tools > Audio "
                           "output device.").format(self.device)
        if kind == "rate":
            return self.tr("The sound output cannot play {0} Hz audio. Choose another device under Tools > Audio "
                           "output device.").format(self.sample_rate)
        return self.tr("Sound could not be played. Choose another output device under Tools > Audio output "
                       "device; the log has the details.")

    def stop(self) -> None:
        """Stop playing; `finished` is emitted if a stream was running."""
        self._close_stream()

    def seek(self, position_s: float) -> None:
        """Move the playhead; keeps playing if playing."""
        frames = self._buffer.shape[0]
        self._position = min(max(0, int(round(position_s * self.sample_rate))), frames)

    def set_device(self, device: str | int | None) -> None:
        """Use another output device from the next `play()` on."""
        self.device = device if device not in ("", None) else None
        self.stop()

    def close(self) -> None:
        self.stop()

    # -- internals -----------------------------------------------------------------------------
    def _device_channels(self, sd) -> int:
        info = sd.query_devices(self.device, "output")
        return max(1, min(2, int(info.get("max_output_channels", 1))))

    def _callback(self, outdata: np.ndarray, frames: int, time_info, status) -> None:
        # Real-time thread: copy only. Reading the attributes once keeps a concurrent swap() consistent.
        buffer = self._buffer
        position = self._position
        count = min(frames, self._end - position)
        if count > 0:
            outdata[:count] = buffer[position : position + count]
            self._position = position + count
        else:
            count = 0
        if count < frames:
            outdata[count:] = 0.0
            raise self._callback_stop

    def _stream_finished(self, session: int) -> None:
        # PortAudio's thread, after the stream stopped: the signal is queued to the GUI thread.
        if session == self._session and shiboken6.isValid(self):
            self.finished.emit()

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        try:
            stream.abort(ignore_errors=True)
            stream.close(ignore_errors=True)
        except Exception as exc:  # noqa: BLE001 - a dying device must not stop the app
            log.warning("closing the audio stream failed: %s", exc)


def failure_kind(exc: BaseException, device: str | int | None, devices: list[tuple[int, str]] | None = None) -> str:
    """Why a stream did not open, in the user's terms: no-library | no-device | device-gone | rate | other.

    PortAudio's own words ("Error querying device -1", "Invalid device") name its internals; -1 is its
    "no default device", which means there is no output at all when no device can play."""
    text = str(exc)
    if isinstance(exc, OSError) and "PortAudio library not found" in text:
        return "no-library"
    if devices is None:
        devices = output_devices()
    if not devices:
        return "no-device"
    lowered = text.lower()
    if "sample rate" in lowered or "samplerate" in lowered:
        return "rate"
    if device is not None and ("device" in lowered or "unavailable" in lowered):
        return "device-gone"
    if "error querying device -1" in lowered or "no default" in lowered:
        return "no-device"
    return "other"
