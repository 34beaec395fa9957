"""Seconds per pitch method on 10 s of 16 kHz audio (a sung-like harmonic tone with vibrato), CPU.

Each method runs once to load its model, then `--repeats` timed runs; the best is printed with the
real-time factor. rmvpe runs with a random network (its speed does not depend on the weights) unless
rmvpe.pt is installed. Usage: .venv/bin/python benchmarks/bench_pitch.py [--seconds 10] [--threads N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np


def test_signal(seconds: float, sr: int = 16000) -> np.ndarray:
    t = np.arange(int(seconds * sr)) / sr
    f = 220.0 * 2.0 ** (0.5 * np.sin(2 * np.pi * 5.5 * t) / 12.0)
    phase = 2 * np.pi * np.cumsum(f) / sr
    return sum((0.3 / k) * np.sin(k * phase) for k in range(1, 8)).astype(np.float32)


def random_rmvpe_file(folder: Path) -> Path:
    import torch

    from svcdesk.features.rmvpe import E2E

    path = folder / "rmvpe-random.pt"
    with open(path, "wb") as handle:
        torch.save({k: (v.half() if v.is_floating_point() else v) for k, v in E2E().state_dict().items()}, handle)
    return path


def main() -> None:
    import torch

    from svcdesk.features.pitch import PITCH_METHODS, extract_f0
    from svcdesk.features.weights import registry_path

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument("--methods", nargs="*", default=list(PITCH_METHODS))
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    audio = test_signal(args.seconds)
    print(f"{args.seconds:g} s of audio, torch threads {torch.get_num_threads()}")
    with tempfile.TemporaryDirectory() as tmp:
        rmvpe_path = registry_path("rmvpe") or random_rmvpe_file(Path(tmp))
        for method in args.methods:
            model_path = rmvpe_path if method == "rmvpe" else None
            extract_f0(audio[:16000], method, model_path=model_path)  # load the model
            best = float("inf")
            for _ in range(args.repeats):
                start = time.perf_counter()
                f0 = extract_f0(audio, method, model_path=model_path)
                best = min(best, time.perf_counter() - start)
            voiced = float(np.mean(f0 > 0))
            print(f"{method:11s} {best:7.2f} s   RTF {best / args.seconds:6.3f}   voiced {voiced:5.1%}")


if __name__ == "__main__":
    main()
