"""The demo as a new user runs it: build the demo project, train it with the demo's suggested settings, then
compare its checkpoints. Prints minutes to each checkpoint and to the end, and the comparison's time.

The same path as the app: `create_demo_project`, the advisor's `demo_suggestions` on the project's segments,
the Train page's feature settings (demo encoder, the best installed pitch method), `train()`, then
`compare()` of the run's step checkpoints on one of its segments (what the Compare page renders and scores).

    .venv/bin/python benchmarks/bench_demo.py [--threads N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def minutes(seconds: float) -> str:
    return f"{seconds / 60:.2f} min ({seconds:.0f} s)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument("--keep", type=Path, help="build the demo here and keep it (default: a temporary folder)")
    args = parser.parse_args()

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    from svcdesk.audio.demo import create_demo_project
    from svcdesk.config import ConversionConfig, FeatureConfig, TrainingConfig
    from svcdesk.features.pitch import best_available_method
    from svcdesk.inference.compare import compare
    from svcdesk.inference.events import ComparisonFinished
    from svcdesk.training.advisor import Hardware, apply_suggestions, demo_suggestions, project_stats
    from svcdesk.training.events import CheckpointSaved, EvalResult, Finished, TrainStarted
    from svcdesk.training.trainer import train

    work = args.keep or Path(tempfile.mkdtemp(prefix="svcdesk-bench-demo-"))
    try:
        began = time.perf_counter()
        project = create_demo_project(work / "Synthetic demo singer")
        built = time.perf_counter() - began
        method, _ = best_available_method()
        features = FeatureConfig(sample_rate=project.sample_rate, demo_encoder=True, f0_method=method)
        config = TrainingConfig(run="demo", sample_rate=project.sample_rate, tiny_model=True)
        config = apply_suggestions(config, demo_suggestions(project_stats(project, features, config),
                                                            Hardware.detect(), config))
        print(f"demo project: {len(project.segments)} segments, "
              f"{sum(s.duration_s for s in project.segments) / 60:.1f} min of audio, built in {built:.1f} s")
        print(f"settings: {config.steps} steps, a checkpoint every {config.save_every_steps}, batch "
              f"{config.batch_size}, pitch {method}, {torch.get_num_threads()} torch threads")

        saved: list[tuple[int, float, int]] = []
        previews = 0
        started_at = None
        for event in train(config, project=project, feature_config=features):
            now = time.perf_counter() - began
            if isinstance(event, TrainStarted):
                started_at = now
                print(f"features ready, training starts at {minutes(now)} ({event.steps_per_epoch} steps per "
                      f"epoch, {event.train_clips} clips)")
            elif isinstance(event, EvalResult) and event.preview_path:
                previews += 1
            elif isinstance(event, CheckpointSaved):
                saved.append((event.step, now, event.size_bytes))
                print(f"checkpoint {len(saved)} (step {event.step}) at {minutes(now)}")
            elif isinstance(event, Finished):
                print(f"finished ({event.reason}) at {minutes(now)}")
        trained = time.perf_counter() - began
        checkpoints = sorted((project.runs_dir / "demo" / "checkpoints").glob("step_*.pt"))
        clip = project.segment_paths()[0]
        compare_began = time.perf_counter()
        events = list(compare(checkpoints, clip, work / "compare", ConversionConfig(f0_method=method),
                              demo_encoder=True))
        compared = time.perf_counter() - compare_began
        finished = next(e for e in events if isinstance(e, ComparisonFinished))

        print()
        print(f"to the 3rd checkpoint: {minutes(saved[2][1]) if len(saved) >= 3 else 'not reached'}")
        print(f"demo from nothing to its last checkpoint: {minutes(trained)} "
              f"(build {built:.0f} s, features {started_at - built:.0f} s, training {trained - started_at:.0f} s)")
        print(f"checkpoints kept: {len(checkpoints)}, previews: {previews}, checkpoint size "
              f"{saved[-1][2] / 2**20:.1f} MB")
        pick = finished.recommendation
        print(f"compare of {len(checkpoints)} checkpoints on {clip.name}: {compared:.1f} s; recommended: "
              f"{getattr(pick, 'label', None) or 'none'}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
