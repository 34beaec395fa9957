"""Training data: clips from the feature cache, a validation split, a length-bucketing sampler with a
resumable position, optional augmentation, and collation into padded batches.

Alignment follows the reference (spec section 3): content features (50 Hz) are repeated 2x to
100 Hz and truncated together with the pitch to the frame count of the audio (len // hop),
aligned at the start. Spectrograms are computed on the training device from the (possibly
augmented) audio rather than cached: augmentation changes the audio, and an STFT on the device
costs far less than reading a cached spectrogram from disk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

import numpy as np

from svcdesk.messages import Message

#: Length buckets in frames at 100 Hz: the reference's 100..900, extended to the 15 s segments our slicer makes.
BUCKET_BOUNDARIES = tuple(range(100, 1600, 100))


@dataclass(frozen=True)
class Clip:
    """One training clip in memory, aligned: content (T, C) at 100 Hz, f0 (T,) Hz, audio (T*hop,)."""

    key: str
    content: np.ndarray
    f0: np.ndarray
    audio: np.ndarray

    @property
    def frames(self) -> int:
        return int(self.f0.shape[0])


@dataclass(frozen=True)
class ClipSource:
    """A clip not yet loaded: `frames` (100 Hz) decides bucketing and the usable range; `load()` reads it."""

    key: str
    frames: int
    load: Callable[[], Clip] = field(compare=False, repr=False)


def align_clip(key: str, content_50hz: np.ndarray, f0: np.ndarray, audio: np.ndarray, hop: int) -> Clip:
    """Repeat content 2x to 100 Hz and cut content, f0 and audio to a common frame count."""
    content = np.repeat(np.asarray(content_50hz), 2, axis=0)
    frames = min(content.shape[0], f0.shape[0], audio.shape[0] // hop)
    if frames <= 0:
        raise ValueError(f"clip {key} has no frames")
    return Clip(key, content[:frames], np.asarray(f0[:frames], dtype=np.float32),
                np.asarray(audio[: frames * hop], dtype=np.float32))


def mute_clip(content_of_silence_50hz: np.ndarray, hop: int, key: str = "mute") -> Clip:
    """A digital-silence clip (unvoiced f0, zero audio) from the content encoder's output on silence."""
    frames = content_of_silence_50hz.shape[0] * 2
    return align_clip(key, content_of_silence_50hz, np.zeros(frames, np.float32), np.zeros(frames * hop, np.float32), hop)


@dataclass(frozen=True)
class SplitReport:
    train: tuple[ClipSource, ...]
    validation: tuple[ClipSource, ...]
    excluded: tuple[tuple[str, str], ...]  # (key, reason)


def split_sources(
    sources: Sequence[ClipSource], *, min_frames: int, max_frames: int, val_fraction: float = 0.05,
    min_val: int = 2, seed: int = 1234,
) -> SplitReport:
    """Drop clips outside [min_frames, max_frames] (saying why) and hold out ~val_fraction (at least min_val)."""
    excluded = []
    usable = []
    for source in sources:
        if source.frames < min_frames:
            excluded.append((source.key, Message("too short ({seconds:.2f} s < {limit:.2f} s)",
                                                 seconds=source.frames / 100, limit=min_frames / 100)))
        elif source.frames > max_frames:
            excluded.append((source.key, Message("too long ({seconds:.2f} s > {limit:.2f} s)",
                                                 seconds=source.frames / 100, limit=max_frames / 100)))
        else:
            usable.append(source)
    usable.sort(key=lambda s: s.key)
    n_val = max(min_val, int(round(val_fraction * len(usable)))) if val_fraction > 0 or min_val > 0 else 0
    if len(usable) - n_val < 1:
        n_val = 0  # too few clips to hold any out: train on all, evaluate on none
    order = np.random.default_rng(seed).permutation(len(usable))
    val_idx = set(order[:n_val].tolist())
    train = tuple(s for i, s in enumerate(usable) if i not in val_idx)
    val = tuple(s for i, s in enumerate(usable) if i in val_idx)
    return SplitReport(train, val, tuple(excluded))


def batches_per_epoch(lengths: Sequence[int], batch_size: int, world: int = 1,
                      boundaries: Sequence[int] = BUCKET_BOUNDARIES) -> int:
    """Batches one rank draws per epoch from BucketSampler: each length bucket rounded up to whole batches."""
    if len(lengths) == 0:
        return 0
    bucket_of = np.searchsorted(tuple(boundaries), np.asarray(lengths, dtype=np.int64), side="left")
    count = sum(math.ceil(int(n) / int(batch_size)) for n in np.unique(bucket_of, return_counts=True)[1])
    return max(1, math.ceil(count / world)) if world > 1 else count


def _not_loaded() -> Clip:
    raise RuntimeError("a planning-only clip source was loaded")


def planned_steps_per_epoch(clips: Sequence[tuple[str, int]], config, mute_frames: int = 0, world: int = 1) -> int:
    """Steps per epoch the trainer will run for clips (key, frames at 100 Hz) under a TrainingConfig.

    The same split (usable range, validation hold-out) and the same bucketing as the trainer, so the advisor's
    "N steps per epoch" is the run's own count. `mute_frames`: the length of each of `config.mute_clips`
    silent clips the trainer adds (0 when there are none).
    """
    sources = [ClipSource(str(key), int(frames), _not_loaded) for key, frames in clips]
    split = split_sources(sources, min_frames=int(config.min_clip_seconds * 100),
                          max_frames=int(config.max_clip_seconds * 100), val_fraction=config.val_fraction,
                          min_val=config.min_val_segments, seed=config.seed)
    lengths = [source.frames for source in split.train]
    if split.train and mute_frames > 0:
        lengths += [int(mute_frames)] * max(0, int(config.mute_clips))
    return batches_per_epoch(lengths, config.batch_size, world)


class ClipStore:
    """Loads clips on demand, keeping them in RAM when the whole set fits in `ram_budget_bytes`."""

    def __init__(self, sources: Sequence[ClipSource], ram_budget_bytes: int, bytes_per_frame: int):
        self.sources = list(sources)
        estimate = sum(s.frames for s in self.sources) * bytes_per_frame
        self.cache_all = estimate <= ram_budget_bytes
        self._cache: dict[int, Clip] = {}
        self.extra: list[Clip] = []  # mute clips, always in RAM

    def __len__(self) -> int:
        return len(self.sources) + len(self.extra)

    def frames(self, index: int) -> int:
        if index < len(self.sources):
            return self.sources[index].frames
        return self.extra[index - len(self.sources)].frames

    def get(self, index: int) -> Clip:
        if index >= len(self.sources):
            return self.extra[index - len(self.sources)]
        clip = self._cache.get(index)
        if clip is None:
            clip = self.sources[index].load()
            if self.cache_all:
                self._cache[index] = clip
        return clip


class BucketSampler:
    """Batches of similar-length clips; the order of each epoch is a pure function of (seed, epoch).

    The position (epoch, batch index) is the whole state, so a resumed run continues with exactly the
    batch it would have drawn next. Under DDP each rank takes every `world`-th batch of the same plan.
    """

    def __init__(self, lengths: Sequence[int], batch_size: int, seed: int = 1234, rank: int = 0, world: int = 1,
                 boundaries: Sequence[int] = BUCKET_BOUNDARIES):
        self.lengths = np.asarray(lengths, dtype=np.int64)
        self.batch_size = int(batch_size)
        self.seed = int(seed)
        self.rank, self.world = int(rank), int(world)
        self.boundaries = tuple(boundaries)
        self.epoch = 0
        self.index = 0
        self._plan_epoch = -1
        self._plan: list[list[int]] = []

    def _make_plan(self, epoch: int) -> list[list[int]]:
        rng = np.random.default_rng([self.seed, epoch])
        bucket_of = np.searchsorted(self.boundaries, self.lengths, side="left")
        batches: list[list[int]] = []
        for bucket in np.unique(bucket_of):
            members = np.flatnonzero(bucket_of == bucket)
            members = members[rng.permutation(len(members))]
            count = math.ceil(len(members) / self.batch_size)
            # Top the last batch up by wrapping round the bucket (as the reference does) so all batches are full.
            padded = np.resize(members, count * self.batch_size)
            batches += [padded[i * self.batch_size:(i + 1) * self.batch_size].tolist() for i in range(count)]
        batches = [batches[i] for i in rng.permutation(len(batches))]
        if self.world > 1:
            per_rank = max(1, math.ceil(len(batches) / self.world))
            batches = [batches[i % len(batches)] for i in range(per_rank * self.world)]
            batches = batches[self.rank::self.world]
        return batches

    def _current_plan(self) -> list[list[int]]:
        if self._plan_epoch != self.epoch:
            self._plan = self._make_plan(self.epoch)
            self._plan_epoch = self.epoch
        return self._plan

    def __len__(self) -> int:
        """Batches per epoch (for this rank); equal to the plan's length, without drawing it."""
        return batches_per_epoch(self.lengths, self.batch_size, self.world, self.boundaries)

    def next_batch(self) -> tuple[list[int], int, bool]:
        """(indices, epoch of the batch, whether it ends its epoch); advances the position."""
        plan = self._current_plan()
        if self.index >= len(plan):
            self.epoch, self.index = self.epoch + 1, 0
            plan = self._current_plan()
        batch, epoch = plan[self.index], self.epoch
        self.index += 1
        return batch, epoch, self.index >= len(plan)

    def set_batch_size(self, batch_size: int) -> None:
        """Change the batch size mid-epoch, keeping the fraction of the epoch already seen."""
        done = self.index / max(len(self._current_plan()), 1)
        self.batch_size = int(batch_size)
        self._plan_epoch = -1
        self.index = int(round(done * len(self._current_plan())))

    def state_dict(self) -> dict:
        return {"epoch": self.epoch, "index": self.index, "batch_size": self.batch_size, "seed": self.seed}

    def load_state_dict(self, state: dict) -> None:
        self.seed = int(state["seed"])
        self.batch_size = int(state["batch_size"])
        self.epoch, self.index = int(state["epoch"]), int(state["index"])
        self._plan_epoch = -1


@dataclass(frozen=True)
class Augmentation:
    pitch_shift_prob: float = 0.0
    pitch_shift_semitones: float = 2.0
    time_stretch_prob: float = 0.0
    time_stretch_max: float = 0.1

    @property
    def enabled(self) -> bool:
        return self.pitch_shift_prob > 0 or self.time_stretch_prob > 0


def augment_clip(clip: Clip, aug: Augmentation, rng: np.random.Generator, sample_rate: int, hop: int) -> Clip:
    """Random pitch shift (audio and f0 together) and time stretch (audio, f0 and content together).

    Content features are kept under pitch shift: ContentVec is trained to be pitch-invariant, and
    recomputing them per step would cost more than the training step itself.
    """
    import librosa

    audio, f0, content = clip.audio, clip.f0, clip.content
    if aug.pitch_shift_prob > 0 and rng.random() < aug.pitch_shift_prob:
        semitones = float(rng.uniform(-aug.pitch_shift_semitones, aug.pitch_shift_semitones))
        audio = librosa.effects.pitch_shift(audio, sr=sample_rate, n_steps=semitones, res_type="soxr_hq")
        f0 = (f0 * 2.0 ** (semitones / 12.0)).astype(np.float32)
    if aug.time_stretch_prob > 0 and rng.random() < aug.time_stretch_prob:
        rate = float(rng.uniform(1.0 - aug.time_stretch_max, 1.0 + aug.time_stretch_max))
        audio = librosa.effects.time_stretch(audio, rate=rate)
        frames = max(1, int(audio.shape[0] // hop))
        # Nearest-frame resampling keeps voiced/unvoiced edges sharp (interpolating would invent glides to 0 Hz).
        source = np.minimum((np.arange(frames) * rate).astype(np.int64), clip.frames - 1)
        f0, content = f0[source], content[source]
    frames = min(f0.shape[0], audio.shape[0] // hop)
    return Clip(clip.key, content[:frames], np.asarray(f0[:frames], np.float32),
                np.asarray(audio[: frames * hop], np.float32))


@dataclass
class Batch:
    """Padded tensors of one batch (on CPU until `to(device)`)."""

    content: "object"  # (B, T, C) float
    lengths: "object"  # (B,) long, frames
    coarse: "object"  # (B, T) long
    f0: "object"  # (B, T) float Hz
    audio: "object"  # (B, 1, T*hop) float
    speaker: "object"  # (B,) long

    def to(self, device) -> "Batch":
        return Batch(*(t.to(device, non_blocking=True) for t in
                       (self.content, self.lengths, self.coarse, self.f0, self.audio, self.speaker)))

    @property
    def size(self) -> int:
        return int(self.lengths.shape[0])


def collate(clips: Sequence[Clip], hop: int, speaker_id: int, coarse_fn: Callable[[np.ndarray], np.ndarray]) -> Batch:
    import torch

    frames = [c.frames for c in clips]
    longest = max(frames)
    channels = clips[0].content.shape[1]
    content = np.zeros((len(clips), longest, channels), np.float32)
    f0 = np.zeros((len(clips), longest), np.float32)
    coarse = np.ones((len(clips), longest), np.int64)  # 1 = unvoiced, the padding value the reference uses
    audio = np.zeros((len(clips), 1, longest * hop), np.float32)
    for i, clip in enumerate(clips):
        n = clip.frames
        content[i, :n] = clip.content
        f0[i, :n] = clip.f0
        coarse[i, :n] = coarse_fn(clip.f0)
        audio[i, 0, : n * hop] = clip.audio
    return Batch(torch.from_numpy(content), torch.tensor(frames, dtype=torch.long), torch.from_numpy(coarse),
                 torch.from_numpy(f0), torch.from_numpy(audio), torch.full((len(clips),), int(speaker_id), dtype=torch.long))


class TrainingData:
    """The trainer's view of the dataset: batches by sampler position, with augmentation when enabled."""

    def __init__(self, store: ClipStore, sampler: BucketSampler, *, hop: int, sample_rate: int, speaker_id: int,
                 coarse_fn: Callable[[np.ndarray], np.ndarray], augmentation: Augmentation = Augmentation(), seed: int = 0):
        self.store, self.sampler = store, sampler
        self.hop, self.sample_rate, self.speaker_id = hop, sample_rate, speaker_id
        self.coarse_fn, self.augmentation, self.seed = coarse_fn, augmentation, seed

    def next_batch(self) -> tuple[Batch, int, bool]:
        position = (self.sampler.epoch, self.sampler.index)
        indices, epoch, ends_epoch = self.sampler.next_batch()
        clips = [self.store.get(i) for i in indices]
        if self.augmentation.enabled:
            # Seeded by position, so a resumed run augments exactly as the uninterrupted one would.
            rng = np.random.default_rng([self.seed, *position, self.sampler.rank])
            clips = [augment_clip(c, self.augmentation, rng, self.sample_rate, self.hop) for c in clips]
        return collate(clips, self.hop, self.speaker_id, self.coarse_fn), epoch, ends_epoch


def validation_batches(store: ClipStore, hop: int, speaker_id: int, coarse_fn, batch_size: int) -> Iterator[Batch]:
    for start in range(0, len(store), batch_size):
        clips = [store.get(i) for i in range(start, min(start + batch_size, len(store)))]
        yield collate(clips, hop, speaker_id, coarse_fn)
