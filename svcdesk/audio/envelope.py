"""What a waveform view draws: the samples, or min/max pairs of buckets of them (pure numpy, no Qt).

Computed in the job that produced the audio, so the GUI thread only hands the result to the plot: a 20 s render
at 40 kHz took 12 ms to reduce and 50 ms to draw at full resolution on the GUI thread.
"""

from __future__ import annotations

import numpy as np

# Up to this many samples a row holds the audio itself and pyqtgraph's peak downsampling picks min/max per pixel
# for whatever zoom is shown; longer audio is first reduced to min/max pairs (a 10 min song at 40 kHz: buckets of
# 240 samples, 6 ms, finer than any zoom the page offers), which bounds both memory and drawing time.
MAX_WAVEFORM_POINTS = 200_000


def waveform_envelope(audio: np.ndarray, sample_rate: int,
                      max_points: int = MAX_WAVEFORM_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """(times, values) to draw: the samples themselves, or each bucket's min and max at the bucket's time.

    Min and max share one x (as pyqtgraph's own peak mode does), so the line between them is vertical
    and the waveform looks filled without the sawtooth that staggered x positions would draw.
    """
    audio = np.nan_to_num(np.asarray(audio, dtype=np.float32).ravel())
    if audio.size <= max_points:
        return np.arange(audio.size, dtype=np.float64) / sample_rate, audio
    bucket = int(np.ceil(audio.size / (max_points // 2)))
    usable = audio.size - audio.size % bucket
    frames = audio[:usable].reshape(-1, bucket)
    values = np.empty(frames.shape[0] * 2, dtype=np.float32)
    values[0::2] = frames.min(axis=1)
    values[1::2] = frames.max(axis=1)
    times = np.repeat(np.arange(frames.shape[0], dtype=np.float64) * bucket / sample_rate, 2)
    return times, values
