"""Test doubles for the GUI page tests (not collected: no test_ prefix)."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, Signal


class FakePlayer(QObject):
    """The AudioPlayer interface without a sound device: the position advances with the clock."""

    started = Signal()
    finished = Signal()
    error = Signal(str)

    def __init__(self):
        super().__init__()
        self.sample_rate = 0
        self.audio: np.ndarray | None = None
        self.loads = 0
        self.swaps = 0
        self._start_pos = 0.0
        self._started_at: float | None = None
        self._end: float | None = None

    @property
    def is_playing(self) -> bool:
        return self._started_at is not None

    @property
    def duration_s(self) -> float:
        return 0.0 if self.audio is None else self.audio.shape[0] / self.sample_rate

    def position_s(self) -> float:
        if self._started_at is None:
            return self._start_pos
        end = self._end if self._end is not None else self.duration_s
        return min(self._start_pos + time.monotonic() - self._started_at, end)

    def load(self, audio, sample_rate) -> None:
        self.stop()
        self.audio = np.asarray(audio)
        self.sample_rate = int(sample_rate)
        self._start_pos = 0.0
        self.loads += 1

    def swap(self, audio, sample_rate=None) -> None:
        if sample_rate is not None and self.sample_rate and sample_rate != self.sample_rate:
            raise ValueError("swap needs the same sample rate")
        self.audio = np.asarray(audio)
        self.swaps += 1

    def play(self, start_s: float = 0.0, end_s: float | None = None) -> bool:
        self.stop()
        self._start_pos = start_s
        self._end = end_s
        self._started_at = time.monotonic()
        self.started.emit()
        return True

    def seek(self, position_s: float) -> None:
        if self._started_at is not None:
            self._started_at = time.monotonic()
        self._start_pos = position_s

    def stop(self) -> None:
        if self._started_at is not None:
            self._start_pos = self.position_s()
            self._started_at = None
            self.finished.emit()

    def end_naturally(self) -> None:
        """As if the stream reached its end."""
        self._start_pos = self._end if self._end is not None else self.duration_s
        self._started_at = None
        self.finished.emit()

    def close(self) -> None:
        self.stop()
