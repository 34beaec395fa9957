"""The Convert page's background jobs (plain generators, no Qt): read a source and trace its pitch,
convert with a voice model, export the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np

from svcdesk.errors import WeightsMissing
from svcdesk.events import Notice, Progress
from svcdesk.messages import Message

PITCH_RATE = 16000  # extract_f0 wants 16 kHz audio and returns 100 frames per second
FALLBACK_PITCH_METHOD = "fcpe"  # ships its weights, so the display works without RMVPE


@dataclass(frozen=True)
class AudioLoaded:
    """Decoded audio for display and playback; `key` is the file (or the model whose render it is), `envelope`
    its waveform as drawn (svcdesk.audio.envelope), computed in the job rather than on the GUI thread."""

    key: str
    audio: np.ndarray = field(repr=False)
    sample_rate: int
    envelope: tuple | None = field(default=None, repr=False)


def loaded(key: str, audio: np.ndarray, sample_rate: int) -> AudioLoaded:
    from svcdesk.audio.envelope import waveform_envelope

    return AudioLoaded(key, audio, sample_rate, waveform_envelope(audio, sample_rate))


CONVERTED_KEY = "converted"  # the AudioLoaded of a conversion's result


@dataclass(frozen=True)
class SourcePitch:
    f0: np.ndarray = field(repr=False)  # Hz at 100 fps, 0 = unvoiced
    method: str


@dataclass(frozen=True)
class ExportWritten:
    path: str


def source_job(path: str, pitch_method: str) -> Iterator[object]:
    """Decode the source for display and playback, then trace its pitch for the f0 overlay."""
    from svcdesk.audio.io import load_audio, resample

    yield Progress(0, 0, Message("reading {name}", name=Path(path).name))
    audio, sample_rate = load_audio(path)
    yield loaded(str(path), audio, sample_rate)
    yield from pitch_job(audio, sample_rate, pitch_method, resample)


def pitch_job(audio: np.ndarray, sample_rate: int, pitch_method: str, resample=None) -> Iterator[object]:
    from svcdesk.features.pitch import extract_f0

    if resample is None:
        from svcdesk.audio.io import resample
    yield Progress(0, 0, Message("tracing the melody ({pitch_method})", pitch_method=pitch_method))
    audio_16k = resample(audio, sample_rate, PITCH_RATE)
    try:
        f0 = extract_f0(audio_16k, method=pitch_method)
        used = pitch_method
    except WeightsMissing as exc:
        yield Notice("info", Message("{exc} The curve shows {method} instead.", exc=exc, method=FALLBACK_PITCH_METHOD))
        f0 = extract_f0(audio_16k, method=FALLBACK_PITCH_METHOD)
        used = FALLBACK_PITCH_METHOD
    yield SourcePitch(np.asarray(f0, dtype=np.float32), used)


def convert_job(source_path: str, model_path: str, options, index_path: str = "", demo_encoder: bool = False,
                cache_dir: str = "") -> Iterator[object]:
    from svcdesk.inference.events import ConvertFinished
    from svcdesk.inference.pipeline import convert

    for event in convert(source_path, model_path, options, index_path or None, demo_encoder=demo_encoder,
                         cache_dir=cache_dir or None):
        if isinstance(event, ConvertFinished):
            yield loaded(CONVERTED_KEY, event.audio, event.sample_rate)  # the waveform, drawn before the result
        yield event


def export_job(path: str, audio: np.ndarray, sample_rate: int) -> Iterator[object]:
    from svcdesk.audio.io import save_audio

    yield Progress(0, 0, Message("writing {name}", name=Path(path).name))
    save_audio(path, audio, sample_rate)
    yield ExportWritten(str(path))
