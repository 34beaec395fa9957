"""Putting a converted vocal back over the accompaniment: gains, optional transposed accompaniment, the original
mix's loudness, and never a clip.

The converted vocal first takes the separated vocal's loudness (so the balance with the music is the
song's own), then the user's gains apply, then the whole cover is brought to the original mix's integrated
loudness (ITU-R BS.1770 with pyloudnorm's K-weighting filters), lowered further if its true peak (4x
oversampled) would pass the ceiling. The loudness is measured as a stream, block by block, with
pyloudnorm's own filter coefficients: its `integrated_loudness` needs the whole song in float64 at once
(400 MB for ten minutes of stereo), which would undo the separation's flat memory.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generator, Iterator

import numpy as np

from svcdesk.errors import AudioError
from svcdesk.events import Progress
from svcdesk.messages import Message

BLOCK_SECONDS = 0.4  # BS.1770 gating block
HOP_SECONDS = 0.1  # 75% overlap
ABSOLUTE_GATE = -70.0
TRUE_PEAK_OVERSAMPLING = 4
WRITE_BLOCK = 1 << 16
OUTPUT_SUBTYPES = {"WAV": "PCM_24", "FLAC": "PCM_24", "AIFF": "PCM_24"}


@dataclass(frozen=True)
class RemixSettings:
    """Gains in dB; `shift_accompaniment`: move the music by the conversion's transpose too (only when that is
    not a whole number of octaves: an octave shift of the voice keeps the key)."""

    vocal_gain_db: float = 0.0
    accompaniment_gain_db: float = 0.0
    shift_accompaniment: bool = False
    match_loudness: bool = True
    ceiling_dbtp: float = -1.0


class StreamingLoudness:
    """Integrated loudness (LUFS) of audio fed block by block: pyloudnorm's K-weighting filters run with their
    state carried across blocks, the mean squares kept per 100 ms hop (a few numbers per second of song)."""

    def __init__(self, rate: int, channels: int):
        import pyloudnorm
        from scipy import signal

        self._signal = signal
        meter = pyloudnorm.Meter(rate)
        self.stages = [(stage.b, stage.a, stage.passband_gain) for stage in meter._filters.values()]
        self.state = [[signal.lfilter_zi(b, a) * 0.0 for _ in range(channels)] for b, a, _ in self.stages]
        self.rate = rate
        self.channels = channels
        self.hop = int(round(HOP_SECONDS * rate))
        self.hop_energy: list[float] = []
        self._partial = 0.0
        self._partial_frames = 0

    def feed(self, block: np.ndarray) -> None:
        block = np.asarray(block, dtype=np.float64).reshape(len(block), -1)
        filtered = np.empty_like(block)
        for c in range(self.channels):
            x = block[:, c]
            for stage, (b, a, gain) in enumerate(self.stages):
                x, self.state[stage][c] = self._signal.lfilter(b, a, x, zi=self.state[stage][c])
                x = x * gain
            filtered[:, c] = x
        squares = np.einsum("ij,ij->i", filtered, filtered)  # channel gains are 1 for left, right and centre
        position = 0
        while position < len(squares):
            take = min(self.hop - self._partial_frames, len(squares) - position)
            self._partial += float(squares[position:position + take].sum())
            self._partial_frames += take
            position += take
            if self._partial_frames == self.hop:
                self.hop_energy.append(self._partial)
                self._partial, self._partial_frames = 0.0, 0

    def lufs(self) -> float:
        """The gated integrated loudness; -inf for silence or audio shorter than one 400 ms block."""
        per_block = int(round(BLOCK_SECONDS / HOP_SECONDS))
        hops = np.asarray(self.hop_energy, dtype=np.float64)
        if len(hops) < per_block:
            return -math.inf
        sums = np.convolve(hops, np.ones(per_block), mode="valid") / (per_block * self.hop)
        with np.errstate(divide="ignore"):
            loudness = -0.691 + 10.0 * np.log10(sums)
        gated = sums[loudness >= ABSOLUTE_GATE]
        if not len(gated):
            return -math.inf
        relative = -0.691 + 10.0 * np.log10(gated.mean()) - 10.0
        kept = sums[(loudness > relative) & (loudness > ABSOLUTE_GATE)]
        return float(-0.691 + 10.0 * np.log10(kept.mean())) if len(kept) else -math.inf


def blocks_lufs(blocks: Iterator[np.ndarray], rate: int, channels: int) -> float:
    meter = StreamingLoudness(rate, channels)
    for block in blocks:
        meter.feed(block)
    return meter.lufs()


def true_peak(block: np.ndarray) -> float:
    """The block's peak between samples too (4x oversampled, as BS.1770's true-peak meter)."""
    from scipy import signal

    if not len(block):
        return 0.0
    oversampled = signal.resample_poly(block, TRUE_PEAK_OVERSAMPLING, 1, axis=0)
    return float(max(np.max(np.abs(oversampled)), np.max(np.abs(block))))


def db_to_gain(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def shift_pitch(audio: np.ndarray, rate: int, semitones: float) -> np.ndarray:
    """(frames, channels) moved by `semitones`, the same length (librosa's phase vocoder, then resample)."""
    import librosa

    shifted = [librosa.effects.pitch_shift(np.ascontiguousarray(audio[:, c]), sr=rate, n_steps=float(semitones))
               for c in range(audio.shape[1])]
    out = np.stack(shifted, axis=1).astype(np.float32)
    return out[:len(audio)] if len(out) >= len(audio) else np.pad(out, ((0, len(audio) - len(out)), (0, 0)))


def should_shift(settings: RemixSettings, transpose: float) -> bool:
    return bool(settings.shift_accompaniment) and abs(transpose) > 1e-6 and abs(transpose % 12.0) > 1e-6 \
        and abs(transpose % 12.0 - 12.0) > 1e-6


@dataclass(frozen=True)
class RemixResult:
    path: str
    seconds: float
    lufs: float  # of the cover as written
    target_lufs: float  # of the original mix
    gain_db: float  # applied to the whole cover
    peak_dbtp: float  # of the cover as written


def fit_length(audio: np.ndarray, frames: int) -> np.ndarray:
    if len(audio) >= frames:
        return audio[:frames]
    return np.pad(audio, [(0, frames - len(audio))] + [(0, 0)] * (audio.ndim - 1))


def remix(vocal: np.ndarray, accompaniment: np.ndarray | Path, rate: int, output: str | os.PathLike,
          settings: RemixSettings = RemixSettings(), target_lufs: float | None = None,
          reference_vocal_lufs: float | None = None) -> Generator[Progress, None, RemixResult]:
    """Mix `vocal` (frames,) or (frames, channels) over `accompaniment` (frames, channels), both at `rate`, and
    write it to `output` through a temporary file. `target_lufs`: the original mix's loudness to match;
    `reference_vocal_lufs`: the separated vocal's, which the vocal takes before the user's gain. A path as the
    accompaniment (a float WAV stem) is read block by block, twice, rather than held."""
    import soundfile as sf

    if isinstance(accompaniment, (str, os.PathLike)):
        stem = sf.info(str(accompaniment))
        channels, frames = int(stem.channels), int(stem.frames)
    else:
        channels, frames = accompaniment.shape[1], len(accompaniment)
    vocal = fit_length(np.asarray(vocal, dtype=np.float32).reshape(len(vocal), -1), frames)
    vocal_gain = db_to_gain(settings.vocal_gain_db)
    if reference_vocal_lufs is not None and math.isfinite(reference_vocal_lufs):
        own = blocks_lufs(_blocks(vocal), rate, vocal.shape[1])
        if math.isfinite(own):
            vocal_gain *= db_to_gain(reference_vocal_lufs - own)
    music_gain = db_to_gain(settings.accompaniment_gain_db)

    def music_blocks() -> Iterator[np.ndarray]:
        if isinstance(accompaniment, np.ndarray):
            yield from _blocks(accompaniment)
        else:
            from svcdesk.separation.engine import read_stem

            yield from read_stem(Path(accompaniment), channels)

    def cover_blocks() -> Iterator[np.ndarray]:
        start = 0
        for music in music_blocks():
            end = start + len(music)
            yield vocal[start:end] * vocal_gain + music * music_gain
            start = end

    meter = StreamingLoudness(rate, channels)
    peak = 0.0
    for i, block in enumerate(cover_blocks()):
        meter.feed(block)
        peak = max(peak, true_peak(block))
        if i % 16 == 0:
            yield Progress(i * WRITE_BLOCK, 2 * frames, Message("mixing the cover"))
    measured = meter.lufs()
    gain = 1.0
    if settings.match_loudness and target_lufs is not None and math.isfinite(target_lufs) and math.isfinite(measured):
        gain = db_to_gain(target_lufs - measured)
    ceiling = db_to_gain(settings.ceiling_dbtp)
    if peak * gain > ceiling:
        gain = ceiling / peak
    written = yield from write_stream(output, (block * gain for block in cover_blocks()), rate, channels, frames,
                                      Message("writing the cover"))
    return RemixResult(path=str(written), seconds=frames / rate,
                       lufs=measured + 20.0 * math.log10(gain) if math.isfinite(measured) else measured,
                       target_lufs=target_lufs if target_lufs is not None else math.nan,
                       gain_db=20.0 * math.log10(gain), peak_dbtp=20.0 * math.log10(max(peak * gain, 1e-12)))


def _blocks(audio: np.ndarray) -> Iterator[np.ndarray]:
    for start in range(0, len(audio), WRITE_BLOCK):
        yield audio[start:start + WRITE_BLOCK]


def write_stream(path: str | os.PathLike, blocks: Iterator[np.ndarray], rate: int, channels: int, frames: int,
                 message: Message) -> Generator[Progress, None, Path]:
    """Blocks to an audio file (format from the extension) through a temporary sibling: all of it or nothing."""
    import soundfile as sf

    from svcdesk.audio.io import WRITE_FORMATS, estimated_size
    from svcdesk.utils.atomic import atomic_path

    path = Path(path)
    fmt = WRITE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise AudioError(Message("{name}: cannot write format {suffix} - use .wav or .flac", name=path.name,
                                 suffix=path.suffix or "(none)"))
    subtype = OUTPUT_SUBTYPES.get(fmt)
    with atomic_path(path, needed=estimated_size(frames, channels, subtype or "PCM_16")) as temporary:
        with sf.SoundFile(temporary, "w", samplerate=int(rate), channels=channels, format=fmt,
                          subtype=subtype) as handle:
            done = 0
            for block in blocks:
                handle.write(np.clip(block, -1.0, 1.0))
                done += len(block)
                yield Progress(frames + done, 2 * frames, message)
    return path
