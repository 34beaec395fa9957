"""Silence slicing: known pauses, preset windows, real speech, determinism, export and cancel."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from svcdesk.audio.export import slice_to_folder
from svcdesk.audio.io import load_audio
from svcdesk.audio.processing import high_pass, integrated_lufs, normalize_lufs, peak_dbfs
from svcdesk.audio.slicer import (
    PRESETS,
    curve_for_config,
    plan_from_rms,
    plan_slices,
    preset_config,
    propose_segments,
    rms_curve,
)
from svcdesk.config import SlicingConfig
from svcdesk.errors import AudioError
from svcdesk.events import Progress

SR = 40000


def bursts(rng, sounds, pauses, sr=SR, noise_db=-70.0):
    """Harmonic tones separated by pauses; returns audio and the true pause intervals (s)."""
    parts, truth, t = [], [], 0.0
    for i, (sound, pause) in enumerate(zip(sounds, pauses)):
        n = int(round(sound * sr))
        f0 = rng.uniform(150, 400)
        x = np.arange(n) / sr
        voice = sum(np.sin(2 * np.pi * k * f0 * x) / k for k in range(1, 6)) * 0.3
        # Amplitude wobble, so the level is not constant as in singing.
        voice *= 0.6 + 0.4 * np.sin(2 * np.pi * rng.uniform(0.5, 3.0) * x) ** 2
        parts.append(voice)
        t += n / sr
        gap = int(round(pause * sr))
        parts.append(np.zeros(gap))
        if i < len(sounds) - 1:
            truth.append((t, t + gap / sr))
        t += gap / sr
    audio = np.concatenate(parts)
    audio += rng.standard_normal(audio.shape[0]) * 10 ** (noise_db / 20)
    return audio.astype(np.float32), truth


def test_known_pauses_are_found_within_20_ms():
    rng = np.random.default_rng(7)
    sounds = rng.uniform(1.0, 4.0, 12)
    pauses = rng.uniform(0.35, 1.5, 12)
    audio, truth = bursts(rng, sounds, pauses)
    config = preset_config("custom", min_length_s=0.5, max_length_s=20.0, max_silence_kept_s=0.0)
    plan = plan_slices(audio, SR, config)
    inner = [s for s in plan.silences if s[0] > 0.0 and s[1] < len(audio) / SR - 1e-6]
    assert len(inner) == len(truth)
    for (found_start, found_end), (start, end) in zip(inner, truth):
        assert abs(found_start - start) <= 0.02 and abs(found_end - end) <= 0.02
    # With no silence kept, every segment edge sits on a sound edge.
    assert len(plan.segments) == len(sounds)
    for (seg_start, seg_end), (start, end) in zip(plan.segments[1:], truth):
        assert abs(seg_start - end) <= 0.02
    for (seg_start, seg_end), (start, end) in zip(plan.segments[:-1], truth):
        assert abs(seg_end - start) <= 0.02


def test_kept_silence_is_bounded():
    rng = np.random.default_rng(3)
    audio, truth = bursts(rng, [2.0, 2.0, 2.0], [2.0, 2.0, 2.0])
    config = preset_config("custom", min_length_s=0.5, max_length_s=20.0, max_silence_kept_s=0.3)
    segments = propose_segments(audio, SR, config)
    for (_, seg_end), (start, _) in zip(segments[:-1], truth):
        assert 0.25 <= seg_end - start <= 0.32
    assert segments[-1][1] <= 6.0 + 0.32 + 4.0  # trailing silence trimmed to what is kept


@pytest.mark.parametrize("preset", [p for p in PRESETS if p != "custom"])
def test_presets_keep_every_segment_inside_their_window(preset):
    rng = np.random.default_rng(11)
    # Phrases of many lengths, including 70 s without a pause and very short blips.
    sounds = list(rng.uniform(0.3, 8.0, 40)) + [70.0] + list(rng.uniform(1.0, 3.0, 20))
    pauses = list(rng.uniform(0.3, 3.0, len(sounds)))
    audio, _ = bursts(rng, sounds, pauses, sr=16000)  # the slicer works in seconds: any rate will do
    config = preset_config(preset)
    plan = plan_slices(audio, 16000, config)
    assert len(plan.segments) > 5
    lengths = plan.lengths()
    assert lengths.min() >= config.min_length_s - 1e-6
    assert lengths.max() <= config.max_length_s + 1e-6
    starts = np.array([s for s, _ in plan.segments])
    ends = np.array([e for _, e in plan.segments])
    assert np.all(starts[1:] >= ends[:-1]) and np.all(ends > starts)
    # Most of the sound survives packing: only stragglers that cannot join a neighbour are left out.
    assert plan.kept_seconds > 0.8 * sum(sounds)


def test_custom_window_is_respected_when_splitting_long_stretches():
    rng = np.random.default_rng(5)
    audio, _ = bursts(rng, [47.0], [0.5])
    config = preset_config("custom", min_length_s=3.0, max_length_s=6.0, target_length_s=4.5)
    lengths = plan_slices(audio, SR, config).lengths()
    assert len(lengths) >= 8 and lengths.min() >= 3.0 and lengths.max() <= 6.0


def test_long_stretches_split_at_quiet_dips():
    rng = np.random.default_rng(2)
    audio, _ = bursts(rng, [30.0], [0.2])
    dips = [9.0, 19.5]
    for dip in dips:  # a 100 ms breath-like dip 30 dB down, too short to be a silence cut
        start = int(dip * SR)
        audio[start : start + int(0.1 * SR)] *= 0.03
    config = preset_config("voice_conversion")
    segments = propose_segments(audio, SR, config)
    cuts = [end for _, end in segments[:-1]]
    assert len(cuts) == 2
    for cut, dip in zip(cuts, dips):
        assert dip <= cut <= dip + 0.1


def test_espeak_recording_is_cut_in_every_gap_and_never_in_a_phrase(espeak_phrases):
    path, labels = espeak_phrases
    audio, sr = load_audio(path, sample_rate=SR)
    phrases = [(p["start_s"], p["end_s"]) for p in labels["phrases"]]
    config = preset_config("custom", min_length_s=1.0, max_length_s=15.0)
    segments = propose_segments(audio, sr, config)
    assert len(segments) == len(phrases)
    for (seg_start, seg_end), (start, end) in zip(segments, phrases):
        assert seg_start <= start + 0.02 and seg_end >= end - 0.02  # the whole phrase is inside
    for (prev_end, next_start), (_, phrase_end), (phrase_start, _) in zip(
        zip([e for _, e in segments[:-1]], [s for s, _ in segments[1:]]), phrases[:-1], phrases[1:]
    ):
        assert phrase_end - 0.02 <= prev_end <= next_start <= phrase_start + 0.02  # the cut is in the gap
    # The default preset packs phrases into 5-15 s pieces, but still never cuts inside one.
    for seg_start, seg_end in propose_segments(audio, sr, SlicingConfig()):
        for start, end in phrases:
            assert not (start + 0.02 < seg_start < end - 0.02) and not (start + 0.02 < seg_end < end - 0.02)


def test_slicing_is_deterministic_and_the_preview_is_pure():
    rng = np.random.default_rng(9)
    audio, _ = bursts(rng, rng.uniform(1, 6, 15), rng.uniform(0.3, 2, 15))
    config = SlicingConfig()
    assert propose_segments(audio, SR, config) == propose_segments(audio.copy(), SR, config)
    curve = curve_for_config(audio, SR, config)
    looser = dataclasses.replace(config, threshold_db=-30.0)
    assert plan_from_rms(curve, config) == plan_from_rms(curve, config)
    assert plan_from_rms(curve, looser) == plan_slices(audio, SR, looser)


def test_rms_curve_matches_a_direct_computation():
    rng = np.random.default_rng(4)
    audio = (rng.standard_normal(SR) * 0.1).astype(np.float32)
    curve = rms_curve(audio, SR, hop_s=0.01, window_s=0.04)
    hop = 400
    k = 50
    window = audio[(k - 1) * hop : (k + 3) * hop].astype(np.float64)
    assert curve.db[k] == pytest.approx(10 * np.log10(np.mean(window**2)), abs=1e-3)
    assert curve.times()[k] == pytest.approx((k + 0.5) * 0.01)


def test_all_silence_gives_no_segments():
    plan = plan_slices(np.zeros(SR * 5, np.float32), SR)
    assert plan.segments == () and plan.silences == ((0.0, 5.0),)


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"min_length_s": 10.0, "max_length_s": 5.0}, "longer than maximum"),
        ({"hop_s": 0.0}, "hop"),
        ({"threshold_db": 5.0}, "threshold"),
        ({"min_interval_s": 0.001}, "interval"),
    ],
)
def test_bad_settings_are_explained(changes, words):
    with pytest.raises(AudioError, match=words):
        plan_slices(np.zeros(SR, np.float32), SR, dataclasses.replace(SlicingConfig(), **changes))
    with pytest.raises(AudioError, match="unknown slicing preset"):
        preset_config("karaoke")


def test_high_pass_removes_rumble_and_keeps_the_voice():
    t = np.arange(SR * 2) / SR
    voice = 0.3 * np.sin(2 * np.pi * 440 * t)
    rumble = 0.3 * np.sin(2 * np.pi * 15 * t) + 0.2
    out = high_pass((voice + rumble).astype(np.float32), SR)
    tail = out[SR:]
    assert abs(np.mean(tail)) < 1e-3
    assert np.sqrt(np.mean(tail**2)) == pytest.approx(0.3 / np.sqrt(2), rel=0.05)


def test_lufs_normalisation_hits_the_target_without_clipping():
    t = np.arange(SR * 3) / SR
    quiet = (0.05 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
    out = normalize_lufs(quiet, SR, target_lufs=-20.0, ceiling_dbfs=-1.0)
    assert integrated_lufs(out, SR) == pytest.approx(-20.0, abs=0.1)
    loud = normalize_lufs(quiet, SR, target_lufs=-3.0, ceiling_dbfs=-1.0)
    assert peak_dbfs(loud) == pytest.approx(-1.0, abs=0.01)


def test_slice_to_folder_writes_segments_at_the_asked_rate(tmp_path):
    rng = np.random.default_rng(1)
    audio, _ = bursts(rng, [3.0, 4.0, 6.0], [1.0, 1.0, 1.0], sr=48000)
    source = tmp_path / "take 1.wav"
    from svcdesk.audio.io import save_audio

    save_audio(source, audio, 48000)
    config = preset_config("custom", min_length_s=1.0, max_length_s=8.0)
    out = tmp_path / "out"
    events = list(slice_to_folder([source], out, config, sample_rate=SR))
    names = sorted(p.name for p in out.iterdir())
    assert names == ["take 1_0000.wav", "take 1_0001.wav", "take 1_0002.wav"]
    for name in names:
        segment, sr = load_audio(out / name)
        assert sr == SR and peak_dbfs(segment) == pytest.approx(-1.0, abs=0.05)
    assert isinstance(events[-1], Progress) and events[-1].done == events[-1].total


def test_cancelling_leaves_no_half_written_files(tmp_path):
    from svcdesk.audio.io import save_audio

    rng = np.random.default_rng(1)
    sources = []
    for i in range(2):
        audio, _ = bursts(rng, [2.0] * 6, [0.8] * 6)
        sources.append(tmp_path / f"take{i}.wav")
        save_audio(sources[-1], audio, SR)
    out = tmp_path / "out"
    config = preset_config("custom", min_length_s=1.0, max_length_s=8.0)
    job = slice_to_folder(sources, out, config)
    writing = 0
    for event in job:
        if isinstance(event, Progress) and event.message == "take1.wav":
            writing += 1
            if writing == 3:  # in the middle of the second file's segments
                job.close()
                break
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"take0_{i:04d}.wav" for i in range(6)]  # first file whole, second not at all
    for name in names:
        load_audio(out / name)  # every file that exists is complete
