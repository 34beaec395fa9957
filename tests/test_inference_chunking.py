"""Chunking of long songs (spec 7): cut points, exact tiling, chunked == unchunked, seams without clicks."""

from __future__ import annotations

import numpy as np
import pytest

from inference_fixtures import SR16, LocalEncoder, local_voice, pitch_following_voice_file, sung_tone
from svcdesk.config import ConversionConfig
from svcdesk.inference.chunking import HOP, fit_frames, pad_for_plan, plan_chunks, split_points, window_energy
from svcdesk.inference.events import ConvertFinished
from svcdesk.inference.pipeline import convert

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py



def test_window_energy_matches_a_direct_sum():
    audio = np.random.default_rng(0).standard_normal(2000).astype(np.float32)
    padded = np.pad(np.abs(audio), (80, 80), mode="reflect")
    direct = np.array([padded[i:i + 160].sum() for i in range(len(audio))])
    assert np.allclose(window_energy(audio), direct, rtol=1e-6)


def test_cuts_land_in_the_quietest_10ms_near_each_centre():
    rng = np.random.default_rng(1)
    audio = (0.5 * rng.standard_normal(SR16 * 10)).astype(np.float32)
    quiet = [int(3.6 * SR16), int(6.7 * SR16), int(8.5 * SR16)]  # within +/- 1 s of the 3, 6 and 9 s centres
    for start in quiet:
        audio[start:start + 400] = 0.0
    cuts = split_points(audio, x_center=3.0, x_query=1.0, x_max=4.0)
    assert len(cuts) == 3
    for cut, start in zip(cuts, quiet):
        # the quietest window starts inside the silence; snapping to an even frame moves it back <= 10 ms
        assert start - HOP <= cut * HOP <= start + 400
        assert cut % 2 == 0


def test_plan_tiles_the_song_and_short_songs_are_one_chunk():
    audio = np.random.default_rng(2).standard_normal(SR16 * 9 + 123).astype(np.float32)
    plan = plan_chunks(audio, x_pad=0.5, x_query=1.0, x_center=3.0, x_max=4.0)
    assert plan.frames == len(audio) // HOP and plan.pad == 50
    assert plan.bounds[0][0] == 0 and plan.bounds[-1][1] == plan.frames
    assert all(a[1] == b[0] for a, b in zip(plan.bounds, plan.bounds[1:]))
    assert len(plan.bounds) == 3
    padded = pad_for_plan(audio, plan)
    assert len(padded) == plan.padded_samples
    # the context on the left is the reflection of the song's start
    assert np.array_equal(padded[plan.pad * HOP - 1], audio[1])
    short = plan_chunks(audio[: SR16 * 3], 0.5, 1.0, 3.0, 4.0)
    assert short.bounds == ((0, short.frames),)


def test_fit_frames_truncates_or_repeats_the_last_row():
    values = np.arange(6, dtype=np.float32).reshape(3, 2)
    assert fit_frames(values, 2).shape == (2, 2)
    extended = fit_frames(values, 5)
    assert np.array_equal(extended[3:], [[4, 5], [4, 5]])


def _convert(audio, voice, options, encoder):
    return [e for e in convert((audio, SR16), voice, options, encoder=encoder) if isinstance(e, ConvertFinished)][0]


CHUNKED = ConversionConfig(f0_method="fcpe", x_pad=0.5, x_query=0.5, x_center=1.5, x_max=2.0, rms_mix_rate=1.0)
WHOLE = ConversionConfig(f0_method="fcpe", x_pad=0.5, x_query=0.5, x_center=100.0, x_max=100.0, rms_mix_rate=1.0)


def test_chunked_equals_unchunked_away_from_seams():
    """With a local encoder and generator (fixtures) every output sample depends only on nearby input, so
    splitting into chunks with 0.5 s of context must not change it at all, except right at the seams."""
    audio = sung_tone(5.0, gaps=(1.6, 3.1, 4.4))
    voice = local_voice()
    encoder = LocalEncoder()
    chunked = _convert(audio, voice, CHUNKED, encoder).audio
    whole = _convert(audio, voice, WHOLE, encoder).audio
    assert len(chunked) == len(whole) == (len(audio) // HOP) * 400
    plan = plan_chunks(audio, CHUNKED.x_pad, CHUNKED.x_query, CHUNKED.x_center, CHUNKED.x_max)
    assert len(plan.bounds) >= 3
    away = np.ones(len(whole), bool)
    for seam in plan.seams():
        away[max(0, (seam - 3) * 400):(seam + 3) * 400] = False
    assert np.allclose(chunked[away], whole[away], atol=1e-6)


def test_seams_do_not_click(tmp_path):
    """The real generator (tiny, pitch-following) and the real chunker: at each seam, the sample-to-sample
    step stays within what the signal does anywhere else."""
    audio = sung_tone(4.5, gaps=(1.6, 3.1))
    voice = pitch_following_voice_file(tmp_path / "voice.pth")
    result = _convert(audio, voice, CHUNKED, LocalEncoder()).audio
    plan = plan_chunks(audio, CHUNKED.x_pad, CHUNKED.x_query, CHUNKED.x_center, CHUNKED.x_max)
    upp = 400
    steps = np.abs(np.diff(result))
    typical = np.percentile(steps, 99.9)
    assert plan.seams()
    for seam in plan.seams():
        around = steps[seam * upp - 3: seam * upp + 3]
        assert around.max() <= max(1.5 * typical, 0.01), f"click at frame {seam}"
