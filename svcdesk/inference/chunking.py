"""Where a long song is cut for conversion (spec 7), as pure functions on 16 kHz audio.

Everything is measured in 10 ms frames (hop 160 at 16 kHz), the generator's frame: a chunk covers
frames [start, end) of the song plus `pad` frames of context on each side, taken from the song
reflect-padded by `pad` frames. The context is converted and then thrown away, so the seams sit
in audio that both neighbours rendered with a full second of surroundings.

Unlike the reference, chunks tile the song exactly (the reference adds one frame per chunk), so
the output always has `frames * upp` samples; and cuts and context fall on even frames, so every
chunk sees the content encoder's 20 ms grid exactly where the whole song would.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ANALYSIS_RATE = 16000
HOP = 160  # samples per 10 ms frame at 16 kHz
# Neighbouring chunks are crossfaded over this many frames on each side of a seam. Both chunks
# rendered that audio (one as output, one as context), but a generator's NSF sine restarts its
# phase at every chunk, so without the fade a voiced seam can step from one phase to another.
SEAM_FADE_FRAMES = 2


@dataclass(frozen=True)
class ChunkPlan:
    frames: int  # frames of the song that are converted (the tail shorter than a frame is dropped)
    pad: int  # context frames on each side of every chunk
    bounds: tuple[tuple[int, int], ...]  # [start, end) frames of each chunk, tiling 0..frames

    @property
    def padded_samples(self) -> int:
        return (self.frames + 2 * self.pad) * HOP

    def chunk_samples(self, i: int) -> tuple[int, int]:
        """Sample range of chunk i, context included, in the padded signal."""
        start, end = self.bounds[i]
        return start * HOP, (end + 2 * self.pad) * HOP

    def chunk_frames(self, i: int) -> tuple[int, int]:
        """Frame range of chunk i, context included, in the padded signal (for f0 slices)."""
        start, end = self.bounds[i]
        return start, end + 2 * self.pad

    def seams(self) -> list[int]:
        """Frame indices in the song where one chunk ends and the next begins."""
        return [start for start, _ in self.bounds[1:]]


def seconds_to_frames(seconds: float) -> int:
    return int(round(seconds * ANALYSIS_RATE / HOP))


def window_energy(audio: np.ndarray, window: int = HOP) -> np.ndarray:
    """Sum of |x| over a centred `window`-sample window at every sample (the reference's quietness measure)."""
    padded = np.pad(np.abs(audio).astype(np.float64), (window // 2, window // 2), mode="reflect")
    cumulative = np.concatenate(([0.0], np.cumsum(padded)))
    return cumulative[window:window + len(audio)] - cumulative[:len(audio)]


def split_points(audio: np.ndarray, x_center: float, x_query: float, x_max: float) -> list[int]:
    """Frame indices to cut at: near each multiple of x_center, the quietest 10 ms within +/- x_query.

    No cuts when the song (with 10 ms of reflection) is no longer than x_max seconds.
    """
    n = len(audio)
    if n + HOP <= x_max * ANALYSIS_RATE:
        return []
    energy = window_energy(audio)
    centre = max(HOP, int(x_center * ANALYSIS_RATE))
    query = max(HOP, int(x_query * ANALYSIS_RATE))
    last_frame = n // HOP
    points: list[int] = []
    for t in range(centre, n, centre):
        lo, hi = max(0, t - query), min(n, t + query)
        quietest = lo + int(np.argmin(energy[lo:hi]))
        frame = quietest // HOP
        frame -= frame % 2  # even frames keep every chunk on the song's 50 Hz content grid
        if 0 < frame < last_frame and (not points or frame > points[-1]):
            points.append(frame)
    return points


def plan_chunks(audio: np.ndarray, x_pad: float, x_query: float, x_center: float, x_max: float) -> ChunkPlan:
    """The chunk plan for a 16 kHz song."""
    frames = len(audio) // HOP
    if frames == 0:
        raise ValueError("audio shorter than 10 ms")
    cuts = split_points(audio[: frames * HOP], x_center, x_query, x_max)
    edges = [0, *cuts, frames]
    bounds = tuple((a, b) for a, b in zip(edges[:-1], edges[1:]))
    pad = max(2, seconds_to_frames(x_pad))
    return ChunkPlan(frames=frames, pad=pad + pad % 2, bounds=bounds)


def pad_for_plan(audio: np.ndarray, plan: ChunkPlan) -> np.ndarray:
    """The song cut to whole frames and reflect-padded by the plan's context on each side."""
    body = np.asarray(audio[: plan.frames * HOP], dtype=np.float32)
    return np.pad(body, (plan.pad * HOP, plan.pad * HOP), mode="reflect")


def fit_frames(values: np.ndarray, frames: int) -> np.ndarray:
    """Truncate, or extend by repeating the last row, to exactly `frames` rows (lengths reconcile at the end)."""
    if len(values) >= frames:
        return values[:frames]
    if len(values) == 0:
        return np.zeros((frames, *values.shape[1:]), dtype=values.dtype)
    tail = np.repeat(values[-1:], frames - len(values), axis=0)
    return np.concatenate([values, tail], axis=0)


def crossfade_seam(output: np.ndarray, seam: int, previous_tail: np.ndarray, next_head: np.ndarray) -> None:
    """Blend two renders of the audio around sample `seam` in place, with a raised-cosine fade.

    `output[seam - h:seam]` already holds the earlier chunk; `previous_tail` is that chunk's render of
    `[seam, seam + h)` (from its context) and `next_head` the later chunk's render of `[seam - h, seam + h)`.
    """
    h = len(previous_tail)
    earlier = np.concatenate([output[seam - h:seam], previous_tail])
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, 2 * h, dtype=np.float64))
    output[seam - h:seam + h] = (earlier * (1.0 - ramp) + next_head * ramp).astype(output.dtype)
