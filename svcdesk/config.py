"""Frozen configuration dataclasses, one per concern, saved as JSON beside every run and checkpoint.

Caches are keyed on the whole config (`config_key`), never on a hand-picked subset of fields:
that is how hifi-gan's stale-cache bug happens.

Each concern appends its own dataclass below; keep them plain (numbers, strings, tuples, nested
config dataclasses) so `to_dict` / `from_dict` round-trip them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")


def to_dict(config: Any) -> dict:
    """A JSON-ready dict of a config dataclass (tuples become lists)."""
    return json.loads(json.dumps(dataclasses.asdict(config)))


def from_dict(cls: type[T], data: dict) -> T:
    """Rebuild `cls` from `to_dict` output; unknown keys are ignored so old files still load."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for field in dataclasses.fields(cls):
        if field.name not in data:
            continue
        kwargs[field.name] = _coerce(hints.get(field.name), data[field.name])
    return cls(**kwargs)


def _coerce(hint: Any, value: Any) -> Any:
    if value is None or hint is None:
        return value
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if arg is type(None):
                continue
            return _coerce(arg, value)
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return from_dict(hint, value)
    if origin is tuple and isinstance(value, list):
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_coerce(args[0], v) for v in value)
        return tuple(_coerce(a, v) for a, v in zip(args, value))
    if hint is tuple and isinstance(value, list):
        return tuple(value)
    return value


def config_key(*configs: Any, extra: str = "") -> str:
    """A short stable hash of whole configs, for cache keys."""
    payload = json.dumps([to_dict(c) if dataclasses.is_dataclass(c) else c for c in configs], sort_keys=True)
    return hashlib.sha256((payload + extra).encode("utf-8")).hexdigest()[:16]


@dataclasses.dataclass(frozen=True)
class TrainingConfig:
    """How one training run trains (svcdesk.training); saved as `runs/<run>/config.json`.

    Defaults follow the RVC v2 recipe (spec section 3); 0 in a count field means "off" or
    "derive it", as each comment says.
    """

    run: str = "run1"
    sample_rate: int = 40000
    tiny_model: bool = False  # ModelConfig.tiny(): tests and the demo
    steps: int = 0  # total optimiser steps; 0 = train for `epochs`
    epochs: int = 200
    batch_size: int = 4
    learning_rate: float = 1e-4
    schedule: str = "exponential"  # exponential | warmup_cosine | cosine_restarts | constant
    warmup_steps: int = 0
    lr_gamma: float = 0.999875  # exponential: per epoch
    cycle_steps: int = 2000  # cosine_restarts: first cycle length
    min_lr_ratio: float = 0.01  # cosine schedules: floor as a fraction of learning_rate
    adam_betas: tuple[float, float] = (0.8, 0.99)
    adam_eps: float = 1e-9
    weight_decay: float = 0.01
    precision: str = "auto"  # auto (bf16/fp16 on CUDA, fp32 on CPU) | fp32 | fp16 | bf16
    grad_clip: float = 0.0  # max gradient norm; 0 = off as in RVC (the norm is always logged)
    segment_frames: int = 0  # training window in frames; 0 = the reference for the sample rate
    seed: int = 1234
    speaker_id: int = 0
    base_generator: str = ""  # pretrained bases (RVC G/D .pth), loaded strictly
    base_discriminator: str = ""
    init_checkpoint: str = ""  # fine-tune from an earlier svcdesk checkpoint (weights only)
    save_every_steps: int = 0  # 0 = use save_every_epochs
    save_every_epochs: int = 10
    keep_last: int = 3  # step checkpoints kept besides `latest` and `best`
    export_rvc: bool = False  # write an RVC inference .pth on each save
    eval_every_steps: int = 0  # 0 = at each save
    val_fraction: float = 0.05
    min_val_segments: int = 2
    early_stop_patience: int = 0  # evaluations without validation improvement; 0 = never stop early
    pitch_shift_prob: float = 0.0
    pitch_shift_semitones: float = 2.0  # shifts drawn uniformly in +/- this range
    time_stretch_prob: float = 0.0
    time_stretch_max: float = 0.1  # rates drawn in [1 - max, 1 + max]
    mute_clips: int = 2  # digital-silence clips added as in the reference
    min_clip_seconds: float = 0.75
    max_clip_seconds: float = 15.5  # the reference drops > 9 s, but our slicer makes 5-15 s segments
    ram_cache_mb: int = 2048  # keep the dataset in RAM when it fits
    device: str = "auto"  # auto | cpu | cuda | cuda:N
    max_nan_rollbacks: int = 3
    log_every_steps: int = 1  # losses are synchronised (.item()) only at these steps


@dataclasses.dataclass(frozen=True)
class SlicingConfig:
    """Silence slicing (the openvpi audio-slicer family RVC uses) plus target-length packing.

    Times are in seconds. `svcdesk.audio.slicer.preset_config` builds the named presets.
    """

    preset: str = "voice_conversion"  # voice_conversion | long_context | custom
    threshold_db: float = -40.0  # frames whose RMS is below this (dBFS) are silence
    min_length_s: float = 5.0  # window: shorter pieces merge with a neighbour or are left out
    max_length_s: float = 15.0  # window: longer stretches are split at their quietest points
    target_length_s: float = 10.0  # preferred piece length when a long stretch is split
    min_interval_s: float = 0.3  # a silence shorter than this never becomes a cut
    hop_s: float = 0.01  # RMS frame hop
    max_silence_kept_s: float = 0.3  # silence left at each end of a segment
    max_merge_gap_s: float = 2.0  # a short piece joins a neighbour across at most this much silence
    high_pass: bool = True  # 5th-order Butterworth at 48 Hz, as the RVC reference does
    normalize: str = "peak"  # none | peak | lufs
    peak_dbfs: float = -1.0
    target_lufs: float = -20.0
    mono: str = "average"  # downmix method, see svcdesk.audio.io.MONO_METHODS


@dataclasses.dataclass(frozen=True)
class ConversionConfig:
    """Options of one conversion (spec 7), plus formant shift and the chunking of long songs.

    Chunk lengths are in seconds at the 16 kHz analysis rate; the defaults are the reference's fp32
    values (x_pad 1, x_query 6, x_center 38, x_max 41), which svcdesk uses on CPU and GPU alike.
    """

    transpose: float = 0.0  # semitones; f0 *= 2**(transpose/12) before quantising
    f0_method: str = "rmvpe"  # see svcdesk.features.pitch.PITCH_METHODS
    f0_min: float = 50.0
    f0_max: float = 1100.0
    filter_radius: int = 0  # median filter radius on f0 in frames (window 2r+1); 0 = the method's default
    index_rate: float = 0.75  # share of retrieved training features (0 = off)
    protect: float = 0.33  # keeps consonants/breaths un-retrieved where f0 = 0; 0.5 disables
    rms_mix_rate: float = 1.0  # 1 = output keeps its own loudness envelope; 0 = follows the source's
    output_sample_rate: int = 0  # 0 = the model's rate
    speaker_id: int = 0
    formant_shift: float = 0.0  # semitones; moves the spectral envelope of the output, not its pitch
    noise_scale: float = 0.66666  # prior noise (spec quirk 7)
    seed: int = 0  # fixes the prior and NSF noise so renders of one clip are comparable
    x_pad: float = 1.0
    x_query: float = 6.0
    x_center: float = 38.0
    x_max: float = 41.0


@dataclasses.dataclass(frozen=True)
class FeatureConfig:
    """What the feature cache computes for every segment (spec sections 3 and 5).

    The cache keys each stored piece on only the fields it depends on: content on the encoder
    (weights and demo flag), f0/coarse on the f0_* fields, the spectrogram on sample_rate.
    """

    sample_rate: int = 40000  # the model's rate; the linear spectrogram uses its STFT settings
    f0_method: str = "rmvpe"  # see svcdesk.features.pitch.PITCH_METHODS
    f0_min: float = 50.0
    f0_max: float = 1100.0
    f0_median_radius: int | None = None  # median filter window 2r+1 on f0; None = the method's default
    f0_voicing_threshold: float | None = None  # None = the method's default (pm 0.6, crepe 0.1, ...)
    encoder_path: str = ""  # ContentVec weights; "" = the asset registry's
    demo_encoder: bool = False  # a seeded random encoder: runs without weights, results not meaningful
    min_seconds: float = 0.5  # shorter segments are skipped
    silence_dbfs: float = -60.0  # segments whose peak is below this are skipped as silence
    min_voiced_ratio: float = 0.05  # segments with fewer voiced f0 frames are skipped as unvoiced
