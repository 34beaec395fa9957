"""Real audio output through PortAudio into a PulseAudio null sink (started by the fixture)."""

from __future__ import annotations

import threading

import numpy as np


def test_stream_plays_a_clip_to_the_end(pulse_null_sink):
    import sounddevice as sd

    rate = 16000
    clip = (0.1 * np.sin(2 * np.pi * 440 * np.arange(rate // 4) / rate)).astype(np.float32)
    position = 0
    finished = threading.Event()

    def callback(outdata, frames, time_info, status):
        nonlocal position
        chunk = clip[position:position + frames]
        outdata[: len(chunk), 0] = chunk
        outdata[len(chunk):, 0] = 0
        position += len(chunk)
        if len(chunk) < frames:
            raise sd.CallbackStop

    with sd.OutputStream(samplerate=rate, channels=1, dtype="float32", callback=callback,
                         finished_callback=finished.set):
        assert finished.wait(timeout=20), "the output stream never finished"
    assert position == len(clip)
