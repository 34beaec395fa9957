"""Source analysis: everything a conversion needs from the source song that does not depend on the model.

That is the prepared 16 kHz signal's chunk plan, one f0 track over the whole song, the source
loudness envelope and the content features of each chunk. It is what the source cache stores, so
re-rendering a clip with another checkpoint costs only the generator.

Memory stays flat for long songs: the high-pass runs block by block, f0 is extracted in windows
with context (so the track does not depend on the chunk plan and long songs do not blow up the
pitch network's activations), and content features are computed one chunk at a time on demand.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generator, Protocol

import numpy as np

from svcdesk.config import ConversionConfig
from svcdesk.errors import AudioError
from svcdesk.events import Progress
from svcdesk.inference.chunking import ANALYSIS_RATE, HOP, ChunkPlan, fit_frames, pad_for_plan, plan_chunks
from svcdesk.messages import Message

INPUT_PEAK = 0.95
HIGHPASS_HZ = 48.0
PITCH_WINDOW_FRAMES = 3000  # 30 s of f0 per network pass
PITCH_CONTEXT_FRAMES = 100  # 1 s either side, discarded
FILTER_BLOCK = 1 << 16


class ContentFeatures(Protocol):
    dim: int

    def chunk(self, i: int) -> np.ndarray:
        """Content features (T50, dim) of chunk i of the plan, context included."""


@dataclass
class SourceAnalysis:
    plan: ChunkPlan
    f0: np.ndarray  # Hz at 100 fps over the padded song (plan.frames + 2*plan.pad rows), before transpose
    source_rms: np.ndarray  # RMS of the prepared song, 1 s frames every 0.5 s
    content: ContentFeatures
    duration: float  # seconds of source


class EncodedChunks:
    """Content features computed chunk by chunk from the padded song with the content encoder."""

    lazy = True  # computed when a chunk is asked for (the source cache's StoredChunks are read back instead)

    def __init__(self, padded: np.ndarray, plan: ChunkPlan, encoder):
        self.padded = padded
        self.plan = plan
        self.encoder = encoder
        self.dim = int(getattr(encoder, "dim", 768))

    def chunk(self, i: int) -> np.ndarray:
        start, end = self.plan.chunk_samples(i)
        features = np.asarray(self.encoder.encode(self.padded[start:end]), dtype=np.float32)
        self.dim = features.shape[1]
        return features


def load_source(source) -> np.ndarray:
    """The source as 16 kHz mono float32; `source` is a path or (audio, sample_rate)."""
    from svcdesk.audio.io import load_audio, resample

    if isinstance(source, (str, os.PathLike)):
        audio, _ = load_audio(source, sample_rate=ANALYSIS_RATE, mono="average")
    else:
        try:
            audio, rate = source
        except (TypeError, ValueError):
            raise AudioError(Message("the source must be an audio file path or (audio, sample_rate)")) from None
        audio = np.asarray(audio, dtype=np.float32)
        if audio.ndim == 2:  # (samples, channels) as soundfile returns
            audio = audio.mean(axis=1)
        if audio.ndim != 1:
            raise AudioError(Message("the source audio must be mono or (samples, channels), got shape {shape}",
                                     shape=audio.shape))
        if int(rate) != ANALYSIS_RATE:
            audio = resample(audio, int(rate), ANALYSIS_RATE)
    audio = np.asarray(audio, dtype=np.float32)
    if len(audio) < HOP * 4:
        raise AudioError(Message("the source is too short to convert (under 40 ms)"))
    if not np.all(np.isfinite(audio)):
        raise AudioError(Message("the source audio holds invalid samples (NaN or infinity)"))
    return audio


def source_fingerprint(source) -> str:
    """sha256 of the source file's bytes, or of the samples and rate of an in-memory source."""
    if isinstance(source, (str, os.PathLike)):
        try:
            return file_sha256(source)
        except OSError as exc:
            raise AudioError(Message("cannot read {name}: {strerror}",
                                     name=Path(source).name, strerror=exc.strerror or exc)) from None
    audio, rate = source
    digest = hashlib.sha256(np.ascontiguousarray(audio, dtype=np.float32).tobytes())
    digest.update(str(int(rate)).encode())
    return digest.hexdigest()


def file_sha256(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare_signal(audio: np.ndarray) -> np.ndarray:
    """Peak-limit to 0.95 and apply the zero-phase 48 Hz high-pass (order 5), as the reference does."""
    audio = np.array(audio, dtype=np.float32)  # own copy: the caller's audio is never modified
    peak = float(np.max(np.abs(audio))) if len(audio) else 0.0
    if peak > INPUT_PEAK:
        audio *= INPUT_PEAK / peak
    return highpass_zero_phase(audio)


def highpass_zero_phase(audio: np.ndarray) -> np.ndarray:
    """Butterworth forward then backward, block by block, in place.

    Equivalent to scipy's filtfilt with steady-state edges, but without its several float64 copies of
    the whole signal (hundreds of MB for a 10-minute song).
    """
    from scipy.signal import butter, sosfilt, sosfilt_zi

    sos = butter(5, HIGHPASS_HZ, btype="highpass", fs=ANALYSIS_RATE, output="sos")
    zi_unit = sosfilt_zi(sos)
    for view in (audio, audio[::-1]):
        state = zi_unit * float(view[0])
        for start in range(0, len(view), FILTER_BLOCK):
            block, state = sosfilt(sos, view[start:start + FILTER_BLOCK].astype(np.float64), zi=state)
            view[start:start + FILTER_BLOCK] = block
    return audio


def rms_envelope(audio: np.ndarray, sample_rate: int = ANALYSIS_RATE) -> np.ndarray:
    """RMS over 1 s frames centred every 0.5 s (librosa's rms with center=True, without its big copies)."""
    window, hop = sample_rate, sample_rate // 2
    frames = 1 + len(audio) // hop
    out = np.empty(frames, dtype=np.float32)
    for i in range(frames):
        block = audio[max(0, i * hop - window // 2): i * hop + window // 2].astype(np.float64)
        out[i] = np.sqrt(np.sum(block * block) / window)
    return out


def pitch_track(padded: np.ndarray, options: ConversionConfig, device: str = "cpu") -> Generator[Progress, None, np.ndarray]:
    """f0 over the whole padded song in 30 s windows with 1 s of context each side (one track, any plan)."""
    from svcdesk.features.pitch import extract_f0

    frames = len(padded) // HOP
    track = np.zeros(frames, dtype=np.float32)
    windows = range(0, frames, PITCH_WINDOW_FRAMES)
    radius = options.filter_radius if options.filter_radius > 0 else None
    for n, first in enumerate(windows, start=1):
        last = min(frames, first + PITCH_WINDOW_FRAMES)
        lo = max(0, first - PITCH_CONTEXT_FRAMES)
        hi = min(frames, last + PITCH_CONTEXT_FRAMES)
        f0 = extract_f0(padded[lo * HOP: hi * HOP], method=options.f0_method, f0_min=options.f0_min,
                        f0_max=options.f0_max, median_radius=radius, device=device)
        track[first:last] = fit_frames(f0[first - lo:], last - first)
        yield Progress(n, len(windows), Message("pitch"))
    return track


def analyse(audio16: np.ndarray, options: ConversionConfig, encoder,
            device: str = "cpu") -> Generator[Progress, None, SourceAnalysis]:
    """Analyse a 16 kHz mono song (see module doc); content features are computed lazily per chunk."""
    prepared = prepare_signal(audio16)
    plan = plan_chunks(prepared, options.x_pad, options.x_query, options.x_center, options.x_max)
    padded = pad_for_plan(prepared, plan)
    source_rms = rms_envelope(prepared)
    duration = len(audio16) / ANALYSIS_RATE
    del prepared
    f0 = yield from pitch_track(padded, options, device)
    return SourceAnalysis(plan=plan, f0=f0, source_rms=source_rms, content=EncodedChunks(padded, plan, encoder),
                          duration=duration)
