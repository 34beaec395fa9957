"""Vocal separation on CPU: seconds per minute of song, and peak RSS for a 1-minute and a 10-minute song.

Speed: the real separators' architectures (Mel-Band RoFormer Kim, BS-RoFormer 1297) with random weights cost
what the trained ones cost; each separates a 16 s stereo 44.1 kHz excerpt at overlap 2 through
`svcdesk.separation.engine`, and the time is scaled to one minute (the work is linear in length).
Memory: `separate_song` on a 1-minute and a 10-minute WAV, each in its own process, with a small network of
the same class (what grows with the song is the engine's buffers; a smaller fixed baseline only makes the
ratio stricter); the target is 10 min <= 1.5 x 1 min.
Usage: .venv/bin/python benchmarks/bench_separation.py [--models mel-kim bs-1297] [--threads N] [--skip-speed]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

RATE = 44100
EXCERPT_SECONDS = 16.0


def song(seconds: float, seed: int = 0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    rng = np.random.default_rng(seed)
    voice = 0.3 * np.sin(2 * np.pi * 330 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.5 * t))
    band = 0.2 * np.sin(2 * np.pi * 55 * t)
    return np.stack([voice + band + 0.02 * rng.standard_normal(len(t)), voice + band], axis=1).astype(np.float32)


def speed(model: str, threads: int) -> dict:
    import torch

    from svcdesk.separation import engine
    from svcdesk.separation.models import SEPARATORS, build_network, from_network

    torch.set_num_threads(threads)
    spec = SEPARATORS[model]
    config = spec.config
    if spec.architecture == "mel_band_roformer":
        config["mlp_hidden_layers"] = 2  # as Kim's checkpoint holds
    separator = from_network(build_network(spec.architecture, config), model)
    audio = song(EXCERPT_SECONDS)
    began = time.perf_counter()
    for _ in engine.overlap_add(iter([audio]), separator, overlap=2):
        pass
    elapsed = time.perf_counter() - began
    return {"model": model, "seconds_per_minute": round(elapsed * 60.0 / EXCERPT_SECONDS, 1),
            "realtime_factor": round(elapsed / EXCERPT_SECONDS, 2), "threads": threads}


def memory_run(minutes: float) -> dict:
    """In a child process: separate a song of `minutes` and report the peak RSS."""
    code = f"""
import json, resource, sys, time, tempfile
from pathlib import Path
sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / 'tests')!r})
sys.path.insert(0, {str(ROOT / 'benchmarks')!r})
import numpy as np, soundfile as sf, torch
torch.set_num_threads(2)
from bench_separation import song
from separation_helpers import CountingSeparators, tiny_network
from svcdesk.separation.cache import SeparationSettings, separate_song
from svcdesk.separation.models import CHUNK_SAMPLES
from svcdesk.utils.jobs import run_to_end
folder = Path(tempfile.mkdtemp())
path = folder / "song.wav"
minute = song(60.0)
with sf.SoundFile(str(path), "w", samplerate={RATE}, channels=2, subtype="PCM_16") as handle:
    for _ in range(int({minutes} * 1)):
        handle.write(minute)
began = time.perf_counter()
run_to_end(separate_song(path, SeparationSettings(), folder / "cache",
                         separators=CountingSeparators(tiny_network(), chunk=CHUNK_SAMPLES)))
print(json.dumps({{"minutes": {minutes}, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "seconds": time.perf_counter() - began}}))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["mel-kim", "bs-1297"])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    figures: dict = {}
    if not args.skip_speed:
        for model in args.models:
            figures[model] = speed(model, args.threads)
            print(f"{model}: {figures[model]['seconds_per_minute']} s per minute of song on CPU "
                  f"({args.threads} threads, RTF {figures[model]['realtime_factor']})", flush=True)
    if not args.skip_memory:
        one, ten = memory_run(1), memory_run(10)
        ratio = ten["peak_rss_mb"] / one["peak_rss_mb"]
        figures["memory"] = {"1 min": one, "10 min": ten, "ratio": round(ratio, 2)}
        print(f"peak RSS: 1 min {one['peak_rss_mb']:.0f} MB, 10 min {ten['peak_rss_mb']:.0f} MB "
              f"(ratio {ratio:.2f}, target <= 1.5)", flush=True)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
