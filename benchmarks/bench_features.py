"""Feature extraction speed on CPU: HuBERT-Base content features and the 40k linear spectrogram for 10 s
of audio, then a whole feature-cache build (content + fcpe f0 + spectrogram) over synthetic segments.

HuBERT runs with random weights (speed does not depend on them). Usage:
.venv/bin/python benchmarks/bench_features.py [--segments 8] [--threads N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf


def tone(seconds: float, sr: int, hz: float) -> np.ndarray:
    t = np.arange(int(seconds * sr)) / sr
    phase = 2 * np.pi * np.cumsum(hz * 2.0 ** (0.4 * np.sin(2 * np.pi * 5 * t) / 12)) / sr
    return sum((0.3 / k) * np.sin(k * phase) for k in range(1, 7)).astype(np.float32)


def best_of(repeats: int, fn) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    import torch

    from svcdesk.config import FeatureConfig
    from svcdesk.features.cache import FeatureCacheReady, _spectrogram, build_feature_cache
    from svcdesk.features.content import load_content_encoder
    from svcdesk.models.mel import params_for_rate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=8, help="3.7 s segments in the cache build")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    print(f"torch threads {torch.get_num_threads()}")

    encoder = load_content_encoder(demo=True)
    audio16 = tone(10.0, 16000, 220.0)
    encoder.encode(audio16[:16000])
    seconds = best_of(2, lambda: encoder.encode(audio16))
    print(f"HuBERT-Base content, 10 s:        {seconds:6.2f} s   RTF {seconds / 10:.3f}")
    audio40 = tone(10.0, 40000, 220.0)
    seconds = best_of(3, lambda: _spectrogram(audio40, params_for_rate(40000)))
    print(f"linear spectrogram 40k, 10 s:     {seconds:6.3f} s")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for i in range(args.segments):
            path = folder / f"seg{i:03d}.wav"
            sf.write(path, tone(3.7, 40000, 150.0 + 10 * i), 40000, subtype="PCM_16")
            paths.append(path)
        config = FeatureConfig(sample_rate=40000, f0_method="fcpe")
        start = time.perf_counter()
        ready = [e for e in build_feature_cache(paths, config, cache_dir=folder / "cache", encoder=encoder)
                 if isinstance(e, FeatureCacheReady)][0]
        seconds = time.perf_counter() - start
        audio_seconds = 3.7 * args.segments
        print(f"cache build, {args.segments} x 3.7 s (fcpe):    {seconds:6.2f} s   RTF {seconds / audio_seconds:.3f}   "
              f"usable {ready.usable}")
        start = time.perf_counter()
        list(build_feature_cache(paths, config, cache_dir=folder / "cache", encoder=encoder))
        print(f"cache rerun (all cached):         {time.perf_counter() - start:6.3f} s")


if __name__ == "__main__":
    main()
