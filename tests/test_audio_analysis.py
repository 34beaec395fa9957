"""Analysis figures on constructed signals, near-duplicate detection, dataset warnings."""

from __future__ import annotations

import math

import numpy as np
import pytest

from svcdesk.audio.analysis import (
    CLIP_LEVEL,
    FileAnalysed,
    analyse_file,
    analyse_paths,
    dataset_warnings,
    file_warnings,
    measure,
)
from svcdesk.audio.fingerprint import audio_fingerprint, find_duplicates
from svcdesk.audio.io import load_audio, save_audio
from svcdesk.events import Notice

SR = 16000


def sine(freq, amp, seconds=3.0, sr=SR):
    t = np.arange(int(seconds * sr)) / sr
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def test_lufs_of_a_1khz_sine_follows_bs1770():
    # BS.1770: a full-scale 1 kHz sine in one channel reads -3.01 LKFS; loudness scales with gain.
    for amp in (1.0, 0.5, 0.1):
        figures = measure(sine(1000.0, amp, sr=48000)[:, None], 48000)
        assert figures["lufs"] == pytest.approx(-3.01 + 20 * math.log10(amp), abs=0.05)
        assert figures["peak_dbfs"] == pytest.approx(20 * math.log10(amp), abs=0.01)


def test_clipping_ratio_of_a_hard_clipped_sine():
    gain = 2.0
    clipped = np.clip(sine(50.0, gain, seconds=4.0), -1.0, 1.0)
    figures = measure(clipped[:, None], SR)
    # |gain*sin| >= CLIP_LEVEL over a fraction 1 - (2/pi) asin(CLIP_LEVEL/gain) of each period.
    expected = 1.0 - 2.0 / math.pi * math.asin(CLIP_LEVEL / gain)
    assert figures["clipped_ratio"] == pytest.approx(expected, abs=0.002)
    assert measure(sine(50.0, 0.5)[:, None], SR)["clipped_ratio"] == 0.0


def test_clipping_counts_samples_in_every_channel():
    left = sine(220.0, 0.5)
    right = left.copy()
    right[:160] = 1.0  # exactly 160 full-scale samples out of 2 * len
    figures = measure(np.stack([left, right], axis=1), SR)
    assert figures["clipped_ratio"] == pytest.approx(160 / (2 * len(left)))


def test_silence_noise_floor_snr_and_dc():
    rng = np.random.default_rng(0)
    voice = sine(220.0, 0.5, seconds=2.0)
    noise = (rng.standard_normal(SR * 2) * 10 ** (-60 / 20)).astype(np.float32)
    audio = np.concatenate([voice, noise]) + 0.02
    figures = measure(audio[:, None], SR)
    assert figures["silence_ratio"] == pytest.approx(0.5, abs=0.02)
    assert figures["dc_offset"] == pytest.approx(0.02, abs=1e-4)
    # The offset is reported on its own; the noise floor and SNR are those of the sound.
    assert figures["noise_floor_dbfs"] == pytest.approx(-60.0, abs=1.5)
    assert figures["snr_db"] == pytest.approx(20 * math.log10(0.5 / math.sqrt(2)) + 60.0, abs=2.0)
    noisier = measure((np.concatenate([voice, noise * 100]))[:, None], SR)
    assert noisier["noise_floor_dbfs"] == pytest.approx(-20.0, abs=1.5) and noisier["silence_ratio"] < 0.05


def test_analyse_file_reports_header_figures(tmp_path):
    path = tmp_path / "stéreo take.flac"
    save_audio(path, np.stack([sine(300.0, 0.4), sine(300.0, 0.2)], axis=1), 44100)
    result = analyse_file(path)
    assert (result.sample_rate, result.channels, result.format) == (44100, 2, "FLAC")
    assert result.duration_s == pytest.approx(3 * SR / 44100, abs=1e-4)
    assert "fingerprint" not in result.to_dict() and result.fingerprint.dtype == np.uint32


def test_analyse_paths_reports_broken_files_and_goes_on(tmp_path):
    good = tmp_path / "good.wav"
    save_audio(good, sine(220.0, 0.3), SR)
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF")
    events = list(analyse_paths([bad, good]))
    errors = [e for e in events if isinstance(e, Notice)]
    done = [e for e in events if isinstance(e, FileAnalysed)]
    assert len(errors) == 1 and "truncated WAV header" in errors[0].message
    assert len(done) == 1 and done[0].figures["sample_rate"] == SR


def speechlike(seed, seconds=12.0, sr=SR):
    """Syllables of changing pitch and vowel colour with pauses: no two seeds sound alike."""
    rng = np.random.default_rng(seed)
    out = []
    while sum(len(x) for x in out) < seconds * sr:
        n = int(rng.uniform(0.15, 0.5) * sr)
        t = np.arange(n) / sr
        f0 = rng.uniform(120, 350)
        syllable = sum(rng.uniform(0.1, 1.0) / k * np.sin(2 * np.pi * k * f0 * t) for k in range(1, 12))
        out.append(syllable * np.hanning(n) * 0.3)
        out.append(np.zeros(int(rng.uniform(0.02, 0.3) * sr)))
    return np.concatenate(out)[: int(seconds * sr)].astype(np.float32)


def test_duplicates_survive_gain_changes_and_trimming(espeak_phrases):
    path, _ = espeak_phrases
    original, sr = load_audio(path)
    trimmed_quiet = original[int(1.237 * sr) : -int(2.5 * sr)] * 0.25  # -12 dB, trimmed both ends
    louder_resampled = load_audio(path, sample_rate=22050)[0][3333:] * 1.8
    prints = {
        "original": audio_fingerprint(original, sr),
        "trimmed quiet": audio_fingerprint(trimmed_quiet, sr),
        "louder": audio_fingerprint(np.clip(louder_resampled, -1, 1), 22050),
        "other a": audio_fingerprint(speechlike(1), SR),
        "other b": audio_fingerprint(speechlike(2), SR),
    }
    found = {(d.a, d.b): d for d in find_duplicates(prints)}
    assert set(found) == {("original", "trimmed quiet"), ("original", "louder"), ("trimmed quiet", "louder")}
    assert found[("original", "trimmed quiet")].offset_s == pytest.approx(1.237, abs=0.02)
    assert all(d.similarity > 0.75 for d in found.values())


def test_different_takes_are_not_duplicates():
    prints = {f"take {i}": audio_fingerprint(speechlike(10 + i), SR) for i in range(4)}
    assert find_duplicates(prints) == []


def test_file_warnings_carry_a_fix():
    figures = {
        "clipped_ratio": 0.01, "sample_rate": 22050, "snr_db": 12.0, "noise_floor_dbfs": -30.0,
        "dc_offset": 0.05, "peak_dbfs": -30.0, "duration_s": 600.0, "subtype": "PCM_U8",
    }
    problems = file_warnings(figures, 40000, long_and_unsliced=True)
    words = " ".join(p for p, _ in problems)
    for needle in ("clipping", "22050 Hz", "noisy", "DC offset", "8-bit", "very quiet", "not sliced"):
        assert needle in words
    assert all(fix for _, fix in problems)
    assert file_warnings({"clipped_ratio": 0.0, "sample_rate": 48000, "snr_db": 60.0, "dc_offset": 0.0,
                          "peak_dbfs": -2.0, "duration_s": 10.0}, 40000, False) == []


def test_dataset_warns_below_ten_minutes():
    short = dataset_warnings(3, 5 * 60.0)
    assert len(short) == 1 and "5.0 min" in short[0].message and short[0].fix
    assert dataset_warnings(3, 12 * 60.0) == []
    assert dataset_warnings(0, 0.0)[0].level == "error"
