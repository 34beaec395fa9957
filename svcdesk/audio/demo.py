"""A synthetic demo singer, so the whole app can be tried without the user's own recordings.

Source-filter voice: a Rosenberg glottal pulse train (differentiated for lip radiation) with a
little aspiration noise, shaped by vowel formant resonators that cross-fade from note to note.
Melodies walk a major scale with portamento and delayed vibrato; phrases start with a breath and
are separated by pauses. Everything is deterministic from the seed. It is clearly synthetic: the
file and the project say so, and no recorded voice is involved.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from svcdesk.audio.io import save_audio
from svcdesk.events import Progress
from svcdesk.messages import Message

DEMO_SAMPLE_RATE = 40000
DEMO_PROJECT_NAME = "Synthetic demo singer"
DEMO_FILE_STEM = "synthetic demo singer"

# (F1, F2, F3) in Hz and bandwidths of a sung vowel; F4/F5 are shared.
VOWELS = {
    "a": ((800, 1150, 2900), (80, 90, 120)),
    "e": ((400, 1900, 2600), (60, 80, 100)),
    "i": ((300, 2300, 3000), (50, 90, 100)),
    "o": ((450, 800, 2830), (70, 80, 100)),
    "u": ((325, 700, 2530), (50, 60, 170)),
}
UPPER_FORMANTS = ((3500, 150), (4500, 200))
MAJOR_SCALE = (0, 2, 4, 5, 7, 9, 11)


def _note_sequence(rng: np.random.Generator, phrase_s: float, tonic_midi: int) -> list[tuple[float, float, str]]:
    """(duration_s, midi pitch, vowel) of the notes of one phrase: a random walk on the scale."""
    notes = []
    degree = int(rng.integers(0, 5))
    elapsed = 0.0
    while elapsed < phrase_s:
        duration = float(rng.choice([0.25, 0.375, 0.5, 0.75, 1.0], p=[0.2, 0.2, 0.3, 0.2, 0.1]))
        degree = int(np.clip(degree + rng.choice([-2, -1, 0, 1, 2], p=[0.15, 0.3, 0.1, 0.3, 0.15]), 0, 11))
        octave, step = divmod(degree, 7)
        pitch = tonic_midi + 12 * octave + MAJOR_SCALE[step]
        notes.append((duration, float(pitch), str(rng.choice(list(VOWELS)))))
        elapsed += duration
    # The last note of a phrase is held, as singers do.
    last = notes[-1]
    notes[-1] = (last[0] + 0.5, last[1], last[2])
    return notes


def _smooth(x: np.ndarray, half_width: int) -> np.ndarray:
    """Triangular smoothing (a box filter applied twice, through cumulative sums: O(n) for any
    width), edges held; turns steps into glides and cross-fades."""
    width = 2 * max(1, half_width) + 1
    for _ in range(2):
        padded = np.pad(x, (width // 2 + 1, width // 2), mode="edge")
        cumulative = np.cumsum(padded, dtype=np.float64)
        x = (cumulative[width:] - cumulative[:-width]) / width
    return x


def _pitch_and_vowels(notes, sr: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Per-sample f0 (Hz, with portamento and vibrato) and per-sample vowel weights (V, n)."""
    lengths = [int(d * sr) for d, _, _ in notes]
    n = sum(lengths)
    midi = np.concatenate([np.full(length, pitch) for length, (_, pitch, _) in zip(lengths, notes)])
    midi = _smooth(midi, int(0.03 * sr))  # about 60 ms of portamento between notes
    t = np.arange(n) / sr
    vibrato = np.zeros(n)
    position = 0
    for length in lengths:
        local = np.arange(length) / sr
        depth = 0.35 * np.clip((local - 0.25) / 0.3, 0.0, 1.0)  # vibrato grows after the attack
        vibrato[position : position + length] = depth * np.sin(2 * np.pi * 5.6 * local + rng.uniform(0, 2 * np.pi))
        position += length
    drift = 0.05 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 2 * np.pi))
    f0 = 440.0 * 2.0 ** ((midi + vibrato + drift - 69.0) / 12.0)

    names = list(VOWELS)
    weights = np.zeros((len(names), n), dtype=np.float32)
    position = 0
    for length, (_, _, vowel) in zip(lengths, notes):
        weights[names.index(vowel), position : position + length] = 1.0
        position += length
    weights = np.stack([_smooth(w, int(0.025 * sr)) for w in weights])
    return f0, weights


def _glottal_source(f0: np.ndarray, sr: int, rng: np.random.Generator) -> np.ndarray:
    """Differentiated Rosenberg pulses at the instantaneous f0, plus aspiration noise."""
    phase = np.cumsum(f0 / sr) % 1.0
    open_rise, close_fall = 0.4, 0.16
    flow = np.where(
        phase < open_rise,
        0.5 * (1.0 - np.cos(np.pi * phase / open_rise)),
        np.where(phase < open_rise + close_fall, np.cos(np.pi * (phase - open_rise) / (2 * close_fall)), 0.0),
    )
    source = np.diff(flow, prepend=0.0)
    aspiration = rng.standard_normal(f0.shape[0]) * 0.002 * (0.5 + flow)
    return source + aspiration


def _resonator_sos(freq: float, bandwidth: float, sr: int) -> np.ndarray:
    """One formant as a two-pole resonator with unit gain at DC, in second-order-section form."""
    r = np.exp(-np.pi * bandwidth / sr)
    theta = 2 * np.pi * freq / sr
    a1, a2 = -2 * r * np.cos(theta), r * r
    gain = 1.0 + a1 + a2
    return np.array([[gain, 0.0, 0.0, 1.0, a1, a2]])


def _formant_filter(source: np.ndarray, vowel: str, sr: int) -> np.ndarray:
    from scipy.signal import sosfilt

    formants, bandwidths = VOWELS[vowel]
    sections = [_resonator_sos(f, b, sr) for f, b in zip(formants, bandwidths)]
    sections += [_resonator_sos(f, b, sr) for f, b in UPPER_FORMANTS if f < sr / 2 - 500]
    return sosfilt(np.vstack(sections), source)


def _breath(seconds: float, sr: int, rng: np.random.Generator) -> np.ndarray:
    """An in-breath: band-limited noise with a soft swell."""
    from scipy.signal import butter, sosfilt

    n = int(seconds * sr)
    sos = butter(2, (900, 5000), btype="bandpass", fs=sr, output="sos")
    noise = sosfilt(sos, rng.standard_normal(n))
    envelope = np.sin(np.pi * np.linspace(0, 1, n)) ** 2
    return noise * envelope * 0.02


def _phrase(rng: np.random.Generator, sr: int, tonic_midi: int) -> np.ndarray:
    notes = _note_sequence(rng, float(rng.uniform(2.0, 6.0)), tonic_midi)
    f0, weights = _pitch_and_vowels(notes, sr, rng)
    source = _glottal_source(f0, sr, rng)
    voice = sum(w * _formant_filter(source, v, sr) for w, v in zip(weights, VOWELS))
    n = voice.shape[0]
    attack, release = int(0.08 * sr), int(0.25 * sr)
    envelope = np.ones(n)
    envelope[:attack] = np.linspace(0, 1, attack)
    envelope[-release:] = np.linspace(1, 0, release)
    # Louder on higher notes, as untrained voices are.
    loudness = 10 ** ((f0 - f0.mean()) / f0.mean() * 0.3)
    voice = voice * envelope * loudness
    return voice / (np.max(np.abs(voice)) + 1e-12) * float(rng.uniform(0.5, 0.9))


def synthesize_demo_singer(seed: int = 0, seconds: float = 150.0, sample_rate: int = DEMO_SAMPLE_RATE) -> tuple[np.ndarray, int]:
    """About `seconds` of synthetic singing (mono float32 at `sample_rate`): phrases with breaths
    before them and pauses between them. The same seed gives the same samples."""
    rng = np.random.default_rng(seed)
    sr = int(sample_rate)
    tonic = int(rng.choice([55, 57, 60]))  # G3, A3 or C4: a comfortable tenor / alto range
    pieces: list[np.ndarray] = [np.zeros(int(0.5 * sr))]
    total = pieces[0].shape[0]
    while total < seconds * sr:
        breath = _breath(float(rng.uniform(0.25, 0.45)), sr, rng)
        phrase = _phrase(rng, sr, tonic)
        pause = np.zeros(int(rng.uniform(0.6, 1.8) * sr))
        for piece in (breath, np.zeros(int(0.05 * sr)), phrase, pause):
            pieces.append(piece)
            total += piece.shape[0]
    audio = np.concatenate(pieces)[: int(seconds * sr)]
    # A faint room noise floor (-75 dBFS) so silence is realistic rather than digital zero.
    audio = audio + rng.standard_normal(audio.shape[0]) * 10 ** (-75 / 20)
    audio = audio / np.max(np.abs(audio)) * 10 ** (-3 / 20)
    return audio.astype(np.float32), sr


@dataclass(frozen=True)
class DemoProjectReady:
    """Event: the demo project at `root` is imported and sliced."""

    root: str


def demo_project_job(path: str | os.PathLike, seed: int = 0, seconds: float = 150.0) -> Iterator[object]:
    """Create a project at `path` holding the synthetic demo singer, imported and sliced, as a job
    generator (Progress, import and slicing events, then DemoProjectReady)."""
    from svcdesk.project import Project

    project = Project.create(path, name=f"{DEMO_PROJECT_NAME} (synthetic demo)")
    project.manifest["demo"] = {"synthetic": True, "seed": int(seed), "seconds": float(seconds)}
    project.save()
    yield Progress(0, 0, Message("synthesising the demo singer"))
    audio, sr = synthesize_demo_singer(seed=seed, seconds=seconds, sample_rate=project.sample_rate)
    with tempfile.TemporaryDirectory(prefix="svcdesk-demo-") as tmp:
        source = Path(tmp) / f"{DEMO_FILE_STEM} (seed {seed}).flac"
        save_audio(source, audio, sr)
        yield from project.import_files([source])
    for entry in project.files:
        entry.original_path = f"synthetic demo singer, generated by svcdesk (seed {seed})"
    project.save()
    yield from project.slice_files()
    yield DemoProjectReady(str(project.root))


def create_demo_project(
    path: str | os.PathLike,
    seed: int = 0,
    seconds: float = 150.0,
    on_event: Callable[[object], None] | None = None,
):
    """`demo_project_job` run to the end; returns the Project. `on_event` receives its events."""
    from svcdesk.project import Project

    for event in demo_project_job(path, seed=seed, seconds=seconds):
        if on_event:
            on_event(event)
    return Project.open(path)
