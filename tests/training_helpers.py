"""Synthetic clip sources for the training tests: harmonic tones with matching f0 and fixed random content."""

from __future__ import annotations

import numpy as np

from svcdesk.training.data import ClipSource, align_clip

SR = 40000
HOP = 400


def synthetic_clip(key: str, seconds: float, seed: int):
    rng = np.random.default_rng(seed)
    frames = int(seconds * 100)
    f0 = np.full(frames, 150.0 + 30 * (seed % 5), np.float32)
    f0[: frames // 10] = 0.0  # an unvoiced start
    t = np.arange(frames * HOP) / SR
    voiced = np.repeat(f0 > 0, HOP)
    audio = sum(0.3 / k * np.sin(2 * np.pi * k * f0[0] * t) for k in (1, 2, 3)) * voiced
    audio = (audio + 0.003 * rng.standard_normal(audio.shape)).astype(np.float32)
    content = rng.standard_normal((frames // 2, 768)).astype(np.float32)
    return align_clip(key, content, f0, audio, HOP)


def synthetic_sources(count: int = 6, seconds: float = 1.0) -> list[ClipSource]:
    return [ClipSource(f"clip{i:02d}", int(seconds * 100) // 2 * 2,
                       (lambda i=i: synthetic_clip(f"clip{i:02d}", seconds, i))) for i in range(count)]


def _tiny_config(run: str, steps: int, **extra):
    from svcdesk.config import TrainingConfig

    base = dict(run=run, tiny_model=True, batch_size=2, steps=steps, save_every_steps=1000, seed=7, segment_frames=8)
    base.update(extra)
    return TrainingConfig(**base)


def _main(argv: list[str]) -> int:
    """Subprocess entry for the resume, kill and DDP tests:
    run RUNS_DIR RUN STEPS [stop_at] [resume] | ddp RUNS_DIR RUN STEPS OUT_DIR | save-loop FOLDER."""
    import os

    import torch

    torch.set_num_threads(1)
    mode = argv[0]
    if mode == "save-loop":
        from svcdesk.training.checkpoints import CheckpointFolder

        folder = CheckpointFolder(argv[1], keep_last=2)
        big = torch.randn(8_000_000)  # 32 MB: each write takes long enough to be interrupted
        step = 0
        while True:
            step += 1
            folder.save({"format_version": 1, "generator": {"w": big + step}, "model_config": {}, "step": step},
                        step)
    from svcdesk.training.events import StepMetrics
    from svcdesk.training.trainer import train

    runs_dir, run, steps = argv[1], argv[2], int(argv[3])
    if mode == "run":
        stop_at = int(argv[4]) if len(argv) > 4 and argv[4] != "-" else None
        resume = len(argv) > 5 and argv[5] == "resume"
        job = train(_tiny_config(run, steps), sources=synthetic_sources(8), runs_dir=runs_dir, resume=resume)
        for event in job:
            if stop_at is not None and isinstance(event, StepMetrics) and event.step == stop_at:
                job.close()
                break
        return 0
    if mode == "ddp":
        from svcdesk.training.trainer import TrainHooks

        out_dir = argv[4]
        rank = int(os.environ["RANK"])
        sums = []

        def checksum(step, generator, discriminator):
            total = sum(float(p.detach().double().sum()) for p in generator.parameters())
            sums.append(total + sum(float(p.detach().double().sum()) for p in discriminator.parameters()))

        config = _tiny_config(run, steps, batch_size=1, pitch_shift_prob=0.0, time_stretch_prob=0.0)
        events = list(train(config, sources=synthetic_sources(8), runs_dir=runs_dir,
                            hooks=TrainHooks(after_step=checksum)))
        steps_seen = [e.step for e in events if isinstance(e, StepMetrics)]
        with open(os.path.join(out_dir, f"rank{rank}.txt"), "w", encoding="utf-8") as handle:
            handle.write(f"{steps_seen}\n{sums!r}\n")
        return 0
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    import sys

    sys.exit(_main(sys.argv[1:]))
