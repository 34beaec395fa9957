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
