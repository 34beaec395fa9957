"""The Train page's background jobs and run-folder helpers (plain generators, no Qt).

They run through `start_job`: the advisor (it probes the hardware, which imports torch), reading an
earlier run's metrics store, and the training run itself (feature extraction, then the trainer).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from svcdesk.config import TrainingConfig
from svcdesk.messages import Message
from svcdesk.training.metrics import METRICS_FILE

VALIDATION_SERIES = "val/mel_l1"  # the trainer's scalar of each evaluation


@dataclass(frozen=True)
class AdviceReady:
    """The advisor's suggestions (svcdesk.training.advisor.Suggestion) and a one-line summary."""

    suggestions: tuple
    summary: str


@dataclass(frozen=True)
class RunSeries:
    """A run read back from its metrics store: {name: (steps, values)}, warnings (step, kind, message)
    and previews (path, label)."""

    run_dir: str
    series: dict = field(hash=False)
    warnings: tuple[tuple[int, str, str], ...] = ()
    previews: tuple[tuple[str, str], ...] = ()


def is_demo_project(project) -> bool:
    return bool(project.manifest.get("demo"))


def list_runs(runs_dir: Path) -> list[Path]:
    """Run folders (holding a metrics store, a config or checkpoints), newest first."""
    if not runs_dir.is_dir():
        return []
    markers = (METRICS_FILE, "config.json", "checkpoints")
    runs = [p for p in runs_dir.iterdir() if p.is_dir() and any((p / marker).exists() for marker in markers)]
    return sorted(runs, key=lambda p: p.stat().st_mtime, reverse=True)


def next_run_name(runs_dir: Path) -> str:
    """'run1', 'run2', ...: the first name not taken under `runs_dir`."""
    taken = {p.name for p in runs_dir.iterdir()} if runs_dir.is_dir() else set()
    numbers = [int(m.group(1)) for name in taken if (m := re.fullmatch(r"run(\d+)", name))]
    candidate = max(numbers, default=0) + 1
    while f"run{candidate}" in taken:
        candidate += 1
    return f"run{candidate}"


def checkpoint_folder(run_dir: Path) -> Path:
    """Where a run keeps its training checkpoints (the trainer's CheckpointFolder)."""
    return Path(run_dir) / "checkpoints"


def run_has_checkpoint(run_dir: Path) -> bool:
    return (checkpoint_folder(run_dir) / "latest.pt").exists()


def advice_job(segments: Sequence[tuple[str, float]], sample_rate: int, fine_tune: bool,
               config: TrainingConfig | None = None, demo: bool = False) -> Iterator[AdviceReady]:
    """The advisor's suggestions for segments (file stem, seconds): the demo's short run for the demo project."""
    from svcdesk.training.advisor import DatasetStats, Hardware, advise, demo_suggestions

    config = config or TrainingConfig(sample_rate=sample_rate)
    stats = DatasetStats.from_lengths([seconds for _, seconds in segments], config.min_clip_seconds,
                                      config.max_clip_seconds, keys=[key for key, _ in segments])
    hardware = Hardware.detect()
    if demo:
        suggestions = demo_suggestions(stats, hardware, config)
    else:
        suggestions = advise(stats, hardware, fine_tune=fine_tune, sample_rate=sample_rate, config=config)
    where = "GPU" if hardware.device == "cuda" else "CPU"
    summary = Message("{count} usable segments, {minutes:.1f} minutes of audio, training on the {where}. Untick a "
                      "suggestion to keep your own value.",
                      count=stats.usable_segments, minutes=stats.minutes, where=where)
    yield AdviceReady(tuple(suggestions), summary)


def preview_label(step: int, val_mel_l1: float) -> Message:
    """How the previews list names a preview rendered at an evaluation."""
    if math.isfinite(val_mel_l1):
        return Message("step {step}  ·  val {value:.3f}", step=step, value=val_mel_l1)
    return Message("step {step}", step=step)


def read_run_job(run_dir: str) -> Iterator[RunSeries]:
    from svcdesk.training.metrics import MetricsReader

    with MetricsReader(run_dir) as reader:
        series = reader.read_series()
        events = reader.read_events()
    warnings = tuple((e.step, e.kind if e.kind != "warning" else "warning", e.message)
                     for e in events if e.kind in ("warning", "rollback"))
    validation = dict(zip(*(np.asarray(part).tolist() for part in series.get(VALIDATION_SERIES, ((), ())))))
    previews = tuple((e.detail, preview_label(e.step, validation.get(e.step, math.nan))) for e in events
                     if e.kind == "eval" and e.detail and Path(e.detail).exists())
    yield RunSeries(run_dir, {k: (np.asarray(s), np.asarray(v)) for k, (s, v) in series.items()}, warnings, previews)


def with_pretrained_bases(config: TrainingConfig) -> TrainingConfig:
    """Fill in the pretrained bases for the run's rate when they are installed and nothing else was chosen."""
    if config.tiny_model or config.base_generator or config.init_checkpoint:
        return config
    from svcdesk.assets import asset_path

    rate = f"{config.sample_rate // 1000}k"
    generator, discriminator = asset_path(f"base-g{rate}"), asset_path(f"base-d{rate}")
    if generator is None or discriminator is None:
        return config
    return dataclasses.replace(config, base_generator=str(generator), base_discriminator=str(discriminator))


def training_job(project_root: str, config: TrainingConfig, feature_config=None,
                 resume: bool = False) -> Iterator[object]:
    """Preprocess (the trainer extracts missing features first) and train, as one job.

    A resumed run first yields its logged history (RunSeries) so the page shows the whole run.
    """
    from svcdesk.project import Project
    from svcdesk.training import trainer

    project = Project.open(project_root)
    config = with_pretrained_bases(config)
    run_dir = project.runs_dir / config.run
    if resume and (run_dir / METRICS_FILE).exists():
        yield from read_run_job(str(run_dir))
    start = trainer.resume if resume else trainer.train
    yield from start(config, project=project, feature_config=feature_config)
