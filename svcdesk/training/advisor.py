"""Training settings suggested from the dataset and the hardware, each with a one-line reason.

The user accepts or overrides each `Suggestion`; `apply_suggestions` folds the accepted ones into
a TrainingConfig. Rules start from the RVC reference (batch 4, lr 1e-4, 12,800-sample windows)
and scale from there.
"""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from svcdesk.config import TrainingConfig
from svcdesk.messages import Message

REFERENCE_BATCH = 4
REFERENCE_LR = 1e-4
#: Training window in frames (100 Hz) of the reference per sample rate (12800/400, 17280/480, 12800/320).
REFERENCE_SEGMENT_FRAMES = {32000: 40, 40000: 32, 48000: 36}
#: Optimiser steps that fine-tuning from the bases typically needs before the voice settles.
FINE_TUNE_STEPS = 10_000
SCRATCH_STEPS = 150_000
#: Rough GPU memory of one batch item of the full 40k G+D step in fp16, and the fixed overhead (GiB).
GIB_PER_ITEM = 0.9
GIB_FIXED = 2.5
SMALL_DATASET_MINUTES = 10.0
#: The demo's run, sized so that a 2-core CPU trains the tiny model to several checkpoints, each with a preview,
#: in about five minutes (benchmarks/bench_demo.py measures it). Counted in steps, not epochs: the demo's few
#: segments make epochs too short to schedule by.
DEMO_STEPS = 180
DEMO_SAVE_EVERY_STEPS = 30
DEMO_LEARNING_RATE = 2e-4


@dataclass(frozen=True)
class Suggestion:
    """`name` is a TrainingConfig field (or a group name for several fields), `value` its suggested value."""

    name: str
    value: object
    reason: str


@dataclass(frozen=True)
class DatasetStats:
    segment_seconds: tuple[float, ...]
    usable_segments: int
    minutes: float
    clips: tuple[tuple[str, int], ...] = ()  # (key, frames at 100 Hz): what the trainer splits and buckets

    @classmethod
    def from_lengths(cls, seconds: Iterable[float], min_seconds: float = 0.75, max_seconds: float = 15.5,
                     keys: Iterable[str] | None = None) -> "DatasetStats":
        """`keys` are the clips' names as the trainer sees them (segment file stems); they decide which clips
        the validation split holds out, so with them the planned steps per epoch are the run's own."""
        lengths = tuple(float(s) for s in seconds)
        usable = [s for s in lengths if min_seconds <= s <= max_seconds]
        names = list(keys) if keys is not None else [f"{i:06d}" for i in range(len(lengths))]
        clips = tuple((str(key), int(round(s * 100))) for key, s in zip(names, lengths))
        return cls(lengths, len(usable), sum(usable) / 60.0, clips)


@dataclass(frozen=True)
class Hardware:
    device: str  # "cuda" or "cpu"
    vram_gib: float | None
    cpu_cores: int
    ram_gib: float
    bf16: bool = False

    @classmethod
    def detect(cls) -> "Hardware":
        import psutil
        import torch

        ram = psutil.virtual_memory().total / 2**30
        cores = psutil.cpu_count(logical=False) or os.cpu_count() or 1
        if torch.cuda.is_available():
            props = torch.cuda.get_device_properties(0)
            return cls("cuda", props.total_memory / 2**30, cores, ram, bool(torch.cuda.is_bf16_supported()))
        return cls("cpu", None, cores, ram, False)


def project_stats(project, feature_config=None, config: TrainingConfig | None = None) -> DatasetStats:
    """Stats of a project's segments: the feature cache's aligned lengths when built, else the segment list."""
    from svcdesk.config import FeatureConfig
    from svcdesk.features.cache import list_cached_items

    config = config or TrainingConfig()
    entries = list_cached_items(project, feature_config or FeatureConfig(sample_rate=project.sample_rate))
    if entries:
        named = [(Path(e.segment).stem, e.frames / 100) for e in entries]
    else:
        named = [(Path(s.path).stem, s.duration_s) for s in project.segments if s.included]
    return DatasetStats.from_lengths([seconds for _, seconds in named], config.min_clip_seconds,
                                     config.max_clip_seconds, keys=[key for key, _ in named])


def scaled_learning_rate(batch_size: int, rule: str = "sqrt") -> float:
    """1e-4 at batch 4, scaled by sqrt(batch/4) ("sqrt", the safe choice for Adam) or batch/4 ("linear")."""
    ratio = batch_size / REFERENCE_BATCH
    if rule == "sqrt":
        return REFERENCE_LR * math.sqrt(ratio)
    if rule == "linear":
        return REFERENCE_LR * ratio
    raise ValueError(f"unknown learning-rate scaling rule {rule!r} (sqrt or linear)")


def _batch_suggestion(stats: DatasetStats, hw: Hardware, probe: Callable[[int], bool] | None) -> Suggestion:
    cap = max(1, stats.usable_segments // 2)  # at least two steps per epoch
    if hw.device == "cuda" and probe is not None:
        fitted = 1
        for candidate in (32, 24, 16, 12, 8, 6, 4, 2, 1):
            if candidate <= cap and probe(candidate):
                fitted = candidate
                break
        value, why = fitted, Message("the largest batch that fitted in {gib:.1f} GiB of GPU memory in a trial step",
                                      gib=hw.vram_gib)
    elif hw.device == "cuda" and hw.vram_gib is not None:
        fit = int((hw.vram_gib - GIB_FIXED) / GIB_PER_ITEM)
        value = max(1, min(fit, 32))
        why = Message("estimated to fit {gib:.1f} GiB of GPU memory", gib=hw.vram_gib)
    else:
        value = REFERENCE_BATCH if hw.ram_gib >= 8 else 2
        why = Message("the reference batch; on a CPU a larger batch only makes each step slower") if value == 4 else \
            Message("less than 8 GiB of RAM: a smaller batch avoids swapping")
    if value > cap:
        value, why = cap, Message("only {count} usable segments: keeps at least two steps per epoch",
                                   count=stats.usable_segments)
    return Suggestion("batch_size", int(value), why)


def steps_per_epoch(stats: DatasetStats, config: TrainingConfig, mute_frames: int | None = None) -> int:
    """The trainer's steps per epoch for these clips at `config.batch_size` (svcdesk.training.data's planner).

    `mute_frames` defaults to the length of the trainer's silent clips; pass 0 when it will have none.
    """
    from svcdesk.training.data import planned_steps_per_epoch

    if not stats.clips:
        return max(1, math.ceil(stats.usable_segments / max(config.batch_size, 1)))
    if mute_frames is None:
        from svcdesk.training.sources import mute_clip_frames

        mute_frames = mute_clip_frames()
    return max(1, planned_steps_per_epoch(stats.clips, config, mute_frames))


def advise(
    stats: DatasetStats, hardware: Hardware, *, fine_tune: bool = True, lr_rule: str = "sqrt",
    sample_rate: int = 40000, probe: Callable[[int], bool] | None = None, config: TrainingConfig | None = None,
) -> list[Suggestion]:
    """Suggestions for batch size, learning rate, schedule, epochs, save interval, segment, precision, augmentation.

    `probe(batch) -> bool` runs one trial step at that batch size on the GPU and says whether it fitted
    (see `svcdesk.training.trainer.cuda_batch_probe`); without it VRAM is estimated. `config` gives the split
    settings (validation share, clip length range, seed) the steps-per-epoch count follows.
    """
    suggestions: list[Suggestion] = []
    batch = _batch_suggestion(stats, hardware, probe)
    suggestions.append(batch)
    batch_size = int(batch.value)
    lr = scaled_learning_rate(batch_size, lr_rule)
    suggestions.append(Suggestion(
        "learning_rate", float(f"{lr:.3g}"),
        Message("1e-4 at batch 4 scaled by the {rule} rule to batch {batch_size}",
                rule=Message("square-root") if lr_rule == "sqrt" else Message("linear"), batch_size=batch_size),
    ))
    if fine_tune:
        suggestions.append(Suggestion("schedule", "exponential", Message("RVC's gentle per-epoch decay suits "
                                                                         "fine-tuning from the bases")))
        target = FINE_TUNE_STEPS
    else:
        suggestions.append(Suggestion("schedule", "warmup_cosine",
                                      Message("from scratch a warmup avoids early blow-ups and the cosine settles the"
                                              " end")))
        suggestions.append(Suggestion("warmup_steps", 1000, Message("about 1,000 steps of warmup before the full "
                                                                    "learning rate")))
        target = SCRATCH_STEPS
    per_epoch = steps_per_epoch(stats, dataclasses.replace(config or TrainingConfig(), batch_size=batch_size))
    epochs = int(min(max(round(target / per_epoch), 20), 1000))
    suggestions.append(Suggestion(
        "epochs", epochs,
        Message("about {steps:,} steps ({steps_per_epoch} per epoch over {minutes:.1f} minutes of audio)",
                steps=epochs * per_epoch, steps_per_epoch=per_epoch, minutes=stats.minutes),
    ))
    save_every = max(1, epochs // 20)
    suggestions.append(Suggestion("save_every_epochs", save_every,
                                  Message("about 20 checkpoints over the run to compare (every {save_every} epochs)",
                                          save_every=save_every)))
    frames = REFERENCE_SEGMENT_FRAMES.get(int(sample_rate), 32)
    suggestions.append(Suggestion("segment_frames", frames,
                                  Message("the reference window ({frames} frames) that the pretrained bases were "
                                          "trained with",
                                          frames=frames)))
    if hardware.device == "cuda":
        precision = "bf16" if hardware.bf16 else "fp16"
        why = (Message("bf16 is as fast as fp16 and needs no loss scaling") if hardware.bf16
               else Message("fp16 with loss scaling, as RVC does"))
    else:
        precision, why = "fp32", Message("CPUs gain little from reduced precision in this model")
    suggestions.append(Suggestion("precision", precision, why))
    small = stats.minutes < SMALL_DATASET_MINUTES
    suggestions.append(Suggestion(
        "augmentation", {"pitch_shift_prob": 0.3 if small else 0.0, "time_stretch_prob": 0.2 if small else 0.0},
        Message("only {minutes:.1f} minutes of audio: pitch shift and time stretch widen what the model hears",
                minutes=stats.minutes)
        if small else Message("{minutes:.1f} minutes of audio is enough variety without augmentation",
                              minutes=stats.minutes),
    ))
    return suggestions


def demo_suggestions(stats: DatasetStats, hardware: Hardware, config: TrainingConfig | None = None) -> list[Suggestion]:
    """The demo project's settings: a short run by steps with a checkpoint and a preview every
    DEMO_SAVE_EVERY_STEPS steps, all kept, so the Compare page has several checkpoints to score at once."""
    config = config or TrainingConfig()
    batch = max(1, min(REFERENCE_BATCH, stats.usable_segments // 2))
    per_epoch = steps_per_epoch(stats, dataclasses.replace(config, batch_size=batch))
    checkpoints = DEMO_STEPS // DEMO_SAVE_EVERY_STEPS
    precision = ("bf16" if hardware.bf16 else "fp16") if hardware.device == "cuda" else "fp32"
    return [
        Suggestion("batch_size", batch, Message("the demo: the reference batch of {batch}", batch=batch)),
        Suggestion("steps", DEMO_STEPS,
                   Message("the demo: {steps} steps (about {epochs} epochs of {per_epoch}) train the tiny model in "
                           "minutes", steps=DEMO_STEPS, epochs=max(1, round(DEMO_STEPS / per_epoch)),
                           per_epoch=per_epoch)),
        Suggestion("save_every_steps", DEMO_SAVE_EVERY_STEPS,
                   Message("a checkpoint with a preview every {every} steps: {count} checkpoints to compare",
                           every=DEMO_SAVE_EVERY_STEPS, count=checkpoints)),
        Suggestion("keep_last", checkpoints, Message("keeps all {count} checkpoints for the Compare page",
                                                     count=checkpoints)),
        Suggestion("learning_rate", DEMO_LEARNING_RATE,
                   Message("a higher rate than the reference's, so the curves move within the short run")),
        Suggestion("schedule", "constant", Message("the run is too short for the learning rate to need decaying")),
        Suggestion("precision", precision, Message("the fastest precision for this hardware")),
        Suggestion("augmentation", {"pitch_shift_prob": 0.0, "time_stretch_prob": 0.0},
                   Message("no augmentation: it would slow each step of the demo")),
    ]


def apply_suggestions(config: TrainingConfig, suggestions: Sequence[Suggestion], accepted: Iterable[str] | None = None) -> TrainingConfig:
    """`config` with the accepted suggestions (all when `accepted` is None) written in."""
    chosen = None if accepted is None else set(accepted)
    fields = {f.name for f in dataclasses.fields(TrainingConfig)}
    changes: dict[str, object] = {}
    for suggestion in suggestions:
        if chosen is not None and suggestion.name not in chosen:
            continue
        if isinstance(suggestion.value, dict):
            changes.update({k: v for k, v in suggestion.value.items() if k in fields})
        elif suggestion.name in fields:
            changes[suggestion.name] = suggestion.value
    return dataclasses.replace(config, **changes)
