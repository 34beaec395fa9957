"""Events the trainer yields: small frozen dataclasses of plain data (no tensors), safe to cross into the GUI.

Besides these, `train()` passes through `svcdesk.events.Progress` (steps that are not log points, and
feature extraction) and `Notice`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TrainStarted:
    run_dir: str
    device: str
    precision: str
    batch_size: int
    total_steps: int
    steps_per_epoch: int
    train_clips: int
    validation_clips: int
    excluded: tuple[tuple[str, str], ...]  # (clip, reason) outside the usable length range
    start_step: int  # > 0 when resumed
    world_size: int = 1
    first_eval_step: int = 0  # the step of the next validation (and preview); 0 when none is scheduled
    checkpoint_bytes: int = 0  # about how much one checkpoint takes on disk
    checkpoint_folder: str = ""


@dataclass(frozen=True)
class StepMetrics:
    """One log point. `metrics` is flat: g/total, g/mel, g/kl, g/fm, g/adv, d/total, lr/g, lr/d,
    grad_norm/g, grad_norm/d (loss values are the step's, not averages)."""

    step: int
    epoch: int
    metrics: dict[str, float] = field(hash=False)
    samples_per_second: float
    steps_per_second: float
    eta_seconds: float  # NaN until measured
    memory_mb: float
    memory_kind: str  # "cuda" (peak allocated) or "rss" (process resident memory)
    batch_size: int
    total_steps: int


@dataclass(frozen=True)
class EvalResult:
    step: int
    epoch: int
    val_mel_l1: float  # mean L1 between log-mels of real and rendered validation clips (NaN: no validation set)
    best_val_mel_l1: float
    is_best: bool
    preview_path: str  # runs/<run>/previews/step_N.wav, "" when none


@dataclass(frozen=True)
class CheckpointSaved:
    step: int
    epoch: int
    path: str
    tags: tuple[str, ...]  # among "latest", "step", "best", "stop"
    rvc_export: str = ""
    size_bytes: int = 0  # the checkpoint file's size


@dataclass(frozen=True)
class TrainWarning:
    step: int
    kind: str  # nonfinite | rollback | exploding_gradients | plateau | oscillation | overfitting | early_stop | oom | data
    message: str
    fix: str = ""


@dataclass(frozen=True)
class Finished:
    step: int
    epoch: int
    reason: str  # completed | stopped | early_stop | nonfinite
    best_val_mel_l1: float
    best_checkpoint: str
    report: str


TrainEvent = TrainStarted | StepMetrics | EvalResult | CheckpointSaved | TrainWarning | Finished


@dataclass(frozen=True)
class DiskSpaceLow:
    """The next checkpoint will not fit: the run waits here, with everything saved so far intact.

    The GUI pauses the run (Resume checks again); the CLI stops. `message` says how much to free, and where.
    """

    step: int
    needed_bytes: int
    free_bytes: int
    folder: str
    message: str
