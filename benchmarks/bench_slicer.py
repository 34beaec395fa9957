"""Slice one hour of 40 kHz mono audio: time and extra memory of svcdesk's vectorised slicer,
against a straightforward reimplementation of the reference per-frame-loop slicer (openvpi
audio-slicer as RVC runs it), which is timed on 10 minutes and scaled to the hour because its
framed RMS needs about 8x the audio in temporary memory.

Targets (issue 3): <= 0.7 s for the hour, extra memory < 3x the audio array.
Run: .venv/bin/python benchmarks/bench_slicer.py [--minutes 60] [--no-reference]
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc

import numpy as np

from svcdesk.audio.demo import synthesize_demo_singer
from svcdesk.audio.slicer import curve_for_config, plan_from_rms, plan_slices
from svcdesk.config import SlicingConfig

SR = 40000


def hour_of_singing(minutes: float) -> np.ndarray:
    """The synthetic singer's first minute, repeated with a different gain each time."""
    minute, _ = synthesize_demo_singer(seed=0, seconds=60.0, sample_rate=SR)
    count = int(np.ceil(minutes))
    audio = np.empty(count * minute.shape[0], dtype=np.float32)
    gains = np.random.default_rng(0).uniform(0.5, 1.0, count).astype(np.float32)
    for i, gain in enumerate(gains):
        np.multiply(minute, gain, out=audio[i * minute.shape[0] : (i + 1) * minute.shape[0]])
    return audio[: int(minutes * 60 * SR)]


# -- the reference: openvpi audio-slicer's algorithm, per-frame Python loop (MIT licence) -----------


def reference_rms(y: np.ndarray, frame_length: int, hop_length: int) -> np.ndarray:
    padded = np.pad(y, (frame_length // 2, frame_length // 2), mode="constant")
    frames = np.lib.stride_tricks.sliding_window_view(padded, frame_length)[::hop_length]
    return np.sqrt(np.mean(np.abs(frames) ** 2, axis=-1))


def reference_slice(y: np.ndarray, sr: int, threshold=-42.0, min_length=1500, min_interval=400, hop_size=15,
                    max_sil_kept=500) -> list[tuple[int, int]]:
    """The reference's cut decisions, as (start, end) frames of the kept chunks."""
    min_interval_samples = sr * min_interval / 1000
    threshold_lin = 10 ** (threshold / 20.0)
    hop = round(sr * hop_size / 1000)
    win = min(round(min_interval_samples), 4 * hop)
    min_length_frames = round(sr * min_length / 1000 / hop)
    min_interval_frames = round(min_interval_samples / hop)
    max_kept = round(sr * max_sil_kept / 1000 / hop)
    rms_list = reference_rms(y, win, hop)
    sil_tags = []
    silence_start = None
    clip_start = 0
    for i, rms in enumerate(rms_list):
        if rms < threshold_lin:
            if silence_start is None:
                silence_start = i
            continue
        if silence_start is None:
            continue
        is_leading_silence = silence_start == 0 and i > max_kept
        need_slice_middle = i - silence_start >= min_interval_frames and i - clip_start >= min_length_frames
        if not is_leading_silence and not need_slice_middle:
            silence_start = None
            continue
        if i - silence_start <= max_kept:
            pos = rms_list[silence_start : i + 1].argmin() + silence_start
            sil_tags.append((0, pos) if silence_start == 0 else (pos, pos))
            clip_start = pos
        elif i - silence_start <= max_kept * 2:
            pos = rms_list[i - max_kept : silence_start + max_kept + 1].argmin() + i - max_kept
            pos_l = rms_list[silence_start : silence_start + max_kept + 1].argmin() + silence_start
            pos_r = rms_list[i - max_kept : i + 1].argmin() + i - max_kept
            if silence_start == 0:
                sil_tags.append((0, pos_r))
                clip_start = pos_r
            else:
                sil_tags.append((min(pos_l, pos), max(pos_r, pos)))
                clip_start = max(pos_r, pos)
        else:
            pos_l = rms_list[silence_start : silence_start + max_kept + 1].argmin() + silence_start
            pos_r = rms_list[i - max_kept : i + 1].argmin() + i - max_kept
            sil_tags.append((0, pos_r) if silence_start == 0 else (pos_l, pos_r))
            clip_start = pos_r
        silence_start = None
    total = rms_list.shape[0]
    if silence_start is not None and total - silence_start >= min_interval_frames:
        end = min(total, silence_start + max_kept)
        pos = rms_list[silence_start : end + 1].argmin() + silence_start
        sil_tags.append((pos, total + 1))
    if not sil_tags:
        return [(0, total)]
    chunks = [(0, sil_tags[0][0])] if sil_tags[0][0] > 0 else []
    chunks += [(sil_tags[k][1], sil_tags[k + 1][0]) for k in range(len(sil_tags) - 1)]
    if sil_tags[-1][1] < total:
        chunks.append((sil_tags[-1][1], total))
    return chunks


def best_of(runs: int, fn, *args):
    times = []
    result = None
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - start)
    return min(times), result


def traced_peak(fn, *args) -> int:
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    fn(*args)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--no-reference", action="store_true")
    args = parser.parse_args()

    audio = hour_of_singing(args.minutes)
    mib = audio.nbytes / 2**20
    config = SlicingConfig()
    print(f"audio: {args.minutes:g} min at {SR} Hz mono float32 = {mib:.0f} MiB")

    seconds, plan = best_of(3, plan_slices, audio, SR, config)
    curve_s, curve = best_of(3, curve_for_config, audio, SR, config)
    preview_s, _ = best_of(5, plan_from_rms, curve, config)
    peak = traced_peak(plan_slices, audio, SR, config)
    print(f"svcdesk slicer: {seconds:.3f} s (target <= 0.7 s for 60 min), {len(plan.segments)} segments, "
          f"{plan.kept_seconds / 60:.1f} min kept")
    print(f"  of which RMS curve {curve_s:.3f} s; re-planning from the curve (GUI live preview) {preview_s * 1000:.1f} ms")
    print(f"  extra memory: {peak / 2**20:.1f} MiB = {peak / audio.nbytes:.3f}x the audio array (target < 3x)")

    if not args.no_reference:
        sample_minutes = min(10.0, args.minutes)
        sample = audio[: int(sample_minutes * 60 * SR)]
        ref_s, chunks = best_of(1, reference_slice, sample, SR)
        ref_peak = traced_peak(reference_slice, sample, SR)
        scale = args.minutes / sample_minutes
        print(f"reference per-frame-loop slicer on {sample_minutes:g} min: {ref_s:.3f} s, {len(chunks)} chunks, "
              f"extra memory {ref_peak / sample.nbytes:.2f}x its audio")
        print(f"  scaled to {args.minutes:g} min: {ref_s * scale:.2f} s -> svcdesk is {ref_s * scale / seconds:.0f}x faster")


if __name__ == "__main__":
    main()
