"""Conversion pipeline: length and rate, transpose, formant shift, loudness mix, cache, bad inputs, CLI."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from inference_fixtures import SR16, LocalEncoder, pitch_following_voice_file, random_voice_file, sung_tone
from svcdesk.config import ConversionConfig
from svcdesk.errors import AudioError, ModelFileError, SvcdeskError
from svcdesk.inference.events import ConvertFinished, ConvertStarted, FileWritten
from svcdesk.inference.pipeline import convert, convert_file, mix_loudness
from svcdesk.inference.progress import SCALE

FCPE = ConversionConfig(f0_method="fcpe")

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py



def _finished(events):
    return [e for e in events if isinstance(e, ConvertFinished)][0]


@pytest.fixture(scope="module")
def voices(tmp_path_factory):
    folder = tmp_path_factory.mktemp("voices")
    return {"random": random_voice_file(folder / "random.pth"),
            "pitch": pitch_following_voice_file(folder / "pitch.pth"),
            "random32": random_voice_file(folder / "random32.pth", sample_rate=32000)}


def _median_f0(audio, rate):
    from svcdesk.audio.io import resample
    from svcdesk.features.pitch import extract_f0

    f0 = extract_f0(resample(audio, rate, SR16), method="fcpe")
    return float(np.median(f0[f0 > 0])), float(np.mean(f0 > 0))


def test_output_length_rate_and_peak(voices):
    audio = sung_tone(1.5) * 2.0  # peaks above 1: the input limiter and output limiter both act
    events = list(convert((audio, SR16), voices["random32"], FCPE, encoder=LocalEncoder()))
    started = [e for e in events if isinstance(e, ConvertStarted)][0]
    result = _finished(events)
    assert started.sample_rate == result.sample_rate == 32000
    assert len(result.audio) == (len(audio) // 160) * 320
    assert result.audio.dtype == np.float32 and np.abs(result.audio).max() <= 0.99 + 1e-6
    resampled = _finished(convert((audio, SR16), voices["random32"],
                                  ConversionConfig(f0_method="fcpe", output_sample_rate=44100), encoder=LocalEncoder()))
    assert resampled.sample_rate == 44100
    assert abs(len(resampled.audio) - len(result.audio) * 44100 / 32000) <= 2


def test_progress_moves_within_a_chunk_and_a_cancel_stops_there(voices, monkeypatch):
    """The decoder works in tiles: progress reports after each one, and closing the job stops inside the chunk."""
    import svcdesk.models.generator as generator_module
    from svcdesk.events import Progress

    audio = sung_tone(3.0)  # one chunk
    one_pass = _finished(convert((audio, SR16), voices["random"], FCPE, encoder=LocalEncoder()))
    monkeypatch.setattr(generator_module, "PLANNED_TILE_BYTES", 100_000)  # tiles of a few dozen frames
    events = list(convert((audio, SR16), voices["random"], FCPE, encoder=LocalEncoder()))
    progress = [e for e in events if isinstance(e, Progress)]
    done = [e.done for e in progress]
    assert done == sorted(done) and done[0] == 0 and done[-1] == progress[-1].total == SCALE, "one bar, never back"
    converting = [e.done for e in progress if e.message == "converting"]
    assert len(set(converting)) >= 4  # the decoding of the chunk moves tile by tile to its end
    tiled = _finished(events)
    scale = np.abs(one_pass.audio).max()
    np.testing.assert_allclose(tiled.audio, one_pass.audio, rtol=0, atol=1e-5 * scale)

    job = convert((audio, SR16), voices["random"], FCPE, encoder=LocalEncoder())
    for event in job:
        if isinstance(event, Progress) and event.message == "converting" and 0 < event.done < event.total:
            break
    job.close()  # what the GUI's Cancel and the CLI's Ctrl+C do
    assert job.gi_frame is None and event.done < event.total


def test_transpose_octave_doubles_the_output_pitch(voices):
    """The pitch-following voice (see inference_fixtures) sings exactly the f0 the pipeline gives its NSF
    branch, so fcpe on its output measures what the pipeline asked for: +12 semitones must double it."""
    audio = sung_tone(2.0, f0=220.0)
    base = _finished(convert((audio, SR16), voices["pitch"], FCPE, encoder=LocalEncoder()))
    octave = _finished(convert((audio, SR16), voices["pitch"], ConversionConfig(f0_method="fcpe", transpose=12),
                               encoder=LocalEncoder()))
    f0_base, voiced_base = _median_f0(base.audio, base.sample_rate)
    f0_octave, voiced_octave = _median_f0(octave.audio, octave.sample_rate)
    assert voiced_base > 0.9 and voiced_octave > 0.9
    assert f0_base == pytest.approx(220.0, rel=0.02)
    assert f0_octave / f0_base == pytest.approx(2.0, rel=0.01)


def test_formant_shift_moves_the_envelope_and_keeps_the_pitch():
    from scipy.signal import lfilter

    from svcdesk.inference.formant import shift_formants

    rate = 40000
    pulses = np.zeros(rate * 2, np.float32)
    pulses[:: rate // 125] = 1.0  # 125 Hz glottal pulses
    # one resonance at 1000 Hz (a single-formant vowel)
    r, theta = 0.97, 2 * np.pi * 1000 / rate
    vowel = lfilter([1.0], [1.0, -2 * r * np.cos(theta), r * r], pulses).astype(np.float32)
    shifted = shift_formants(vowel, rate, 7.0)  # factor 2**(7/12) = 1.498

    def envelope_peak(x):
        spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
        freqs = np.fft.rfftfreq(len(x), 1 / rate)
        harmonics = np.arange(125, 4000, 125)
        heights = np.interp(harmonics, freqs, spectrum)
        return harmonics[np.argmax(heights)], spectrum, freqs

    peak_before, _, _ = envelope_peak(vowel)
    peak_after, spectrum, freqs = envelope_peak(shifted)
    assert peak_before == 1000
    assert 1375 <= peak_after <= 1625  # 1000 * 1.498, to the nearest harmonic
    # the harmonics stay on the 125 Hz grid: energy between harmonics remains small
    on_grid = np.interp(np.arange(250, 3000, 125), freqs, spectrum).mean()
    off_grid = np.interp(np.arange(250, 3000, 125) + 62.5, freqs, spectrum).mean()
    assert on_grid > 10 * off_grid
    assert shift_formants(vowel, rate, 0.0) is vowel


def test_rms_mix_zero_follows_the_source_loudness():
    rate = 16000
    t = np.arange(rate * 4) / rate
    output = (0.5 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)  # constant loudness
    source_rms = np.linspace(0.05, 0.4, 9).astype(np.float32)  # rising source loudness, 0.5 s hop
    mix_loudness(output, source_rms, rate, 0.0)
    first = np.sqrt(np.mean(output[: rate // 2] ** 2))
    last = np.sqrt(np.mean(output[-rate // 2:] ** 2))
    assert last / first > 3.0


def test_source_cache_hit_gives_the_same_result(voices, tmp_path):
    audio = sung_tone(1.5)
    first = list(convert((audio, SR16), voices["random"], FCPE, encoder=LocalEncoder(), cache_dir=tmp_path))
    second = list(convert((audio, SR16), voices["random"], FCPE, encoder=LocalEncoder(), cache_dir=tmp_path))
    assert [e.from_cache for e in first + second if isinstance(e, ConvertStarted)] == [False, True]
    assert np.array_equal(_finished(first).audio, _finished(second).audio)
    # another f0 method is another analysis
    other = list(convert((audio, SR16), voices["random"], ConversionConfig(f0_method="pm"), encoder=LocalEncoder(),
                         cache_dir=tmp_path))
    assert not [e for e in other if isinstance(e, ConvertStarted)][0].from_cache
    assert len(list(tmp_path.glob("source_*.npz"))) == 2


def test_convert_file_writes_atomically_to_a_non_ascii_path(voices, tmp_path):
    source = tmp_path / "canción.wav"
    sf.write(source, sung_tone(1.0), SR16)
    out = tmp_path / "salida ü" / "out.flac"
    events = list(convert_file(source, out, voices["random"], FCPE, encoder=LocalEncoder()))
    assert isinstance(events[-1], FileWritten) and out.is_file()
    assert sf.info(out).samplerate == 40000
    assert [p.name for p in out.parent.iterdir()] == ["out.flac"]


def _assert_fails_without_output(tmp_path, exc, match, source, voice, options=FCPE, index=None):
    out = tmp_path / "out.wav"
    with pytest.raises(exc, match=match):
        list(convert_file(source, out, voice, options, index, encoder=LocalEncoder()))
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.wav")]


def test_bad_inputs_give_clear_errors_and_no_output(voices, tmp_path):
    good = tmp_path / "good.wav"
    sf.write(good, sung_tone(1.0), SR16)
    garbage = tmp_path / "broken.wav"
    garbage.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunkjunkjunk")
    _assert_fails_without_output(tmp_path, AudioError, "broken.wav", garbage, voices["random"])
    _assert_fails_without_output(tmp_path, ModelFileError, "not found", good, tmp_path / "missing.pth")
    _assert_fails_without_output(tmp_path, ModelFileError, "not found", good, voices["random"],
                                 index=tmp_path / "missing.index")
    _assert_fails_without_output(tmp_path, SvcdeskError, "speaker id 7", good, voices["random"],
                                 ConversionConfig(f0_method="fcpe", speaker_id=7))
    with pytest.raises(SvcdeskError, match="overwrite the source"):
        list(convert_file(good, good, voices["random"], FCPE, encoder=LocalEncoder()))


def test_model_with_wrong_shapes_is_refused(voices, tmp_path):
    import torch

    from svcdesk.models.safeload import safe_torch_load

    data = safe_torch_load(voices["random"], "voice model")
    data["weight"]["enc_p.emb_phone.weight"] = torch.zeros(32, 100, dtype=torch.float16)
    broken = tmp_path / "broken.pth"
    torch.save(data, broken)
    good = tmp_path / "good.wav"
    sf.write(good, sung_tone(1.0), SR16)
    _assert_fails_without_output(tmp_path, ModelFileError, "broken.pth", good, broken)


def test_cli_convert_and_exit_codes(voices, tmp_path, capsys):
    from svcdesk.cli import main

    source = tmp_path / "in.wav"
    sf.write(source, sung_tone(1.0), SR16)
    out = tmp_path / "out.wav"
    assert main(["convert", "--model", str(voices["random"]), "--input", str(source), "--output", str(out),
                 "--f0", "fcpe", "--transpose", "2", "--demo-encoder"]) == 0
    assert sf.info(out).samplerate == 40000 and sf.info(out).frames == 100 * 400
    assert main(["convert", "--model", str(tmp_path / "nope.pth"), "--input", str(source),
                 "--output", str(tmp_path / "x.wav"), "--demo-encoder"]) == 1
    assert "model file not found" in capsys.readouterr().err
    assert main(["convert", "--model", str(voices["random"]), "--input", str(source), "--output",
                 str(tmp_path / "x.wav"), "--f0", "fcpe", "--protect", "0.9", "--demo-encoder"]) == 1
    assert not (tmp_path / "x.wav").exists()
    with pytest.raises(SystemExit) as exit_info:
        main(["convert", "--input", str(source)])
    assert exit_info.value.code == 2


def test_index_retrieval_changes_the_features_and_protect_limits_it(voices, tmp_path):
    """Retrieval from an index of very different 'training' features must change the render; a rate of 0
    must not; a v1-sized index is refused with a clear message."""
    from svcdesk.inference.index import RetrievalIndex, build_index_file

    training = np.random.default_rng(3).standard_normal((800, 768)).astype(np.float32)
    built = list(build_index_file(training, tmp_path, "train"))[-1]
    audio = sung_tone(1.0)

    def render(rate, index=built.path, protect=0.33):
        options = ConversionConfig(f0_method="fcpe", index_rate=rate, protect=protect)
        return _finished(convert((audio, SR16), voices["random"], options, index, encoder=LocalEncoder())).audio

    plain = render(0.0, index=None)
    assert np.array_equal(render(0.0), plain)
    assert not np.allclose(render(1.0), plain, atol=1e-3)
    small = RetrievalIndex.load(list(build_index_file(training[:, :256], tmp_path, "v1"))[-1].path)
    with pytest.raises(ModelFileError, match="256"):
        list(convert((audio, SR16), voices["random"], FCPE, small, encoder=LocalEncoder()))


def test_converts_from_an_svcdesk_training_checkpoint(tmp_path):
    from svcdesk.models.checkpoint import save_checkpoint
    from svcdesk.models.config import ModelConfig
    from svcdesk.models.synthesizer import Synthesizer

    config = ModelConfig.tiny(32000)
    checkpoint = save_checkpoint(tmp_path / "step_00000100.pt", Synthesizer.from_model_config(config), config, 100, 1)
    result = _finished(convert((sung_tone(1.0), SR16), checkpoint, ConversionConfig(f0_method="pm"),
                               encoder=LocalEncoder()))
    assert result.sample_rate == 32000 and len(result.audio) == 100 * 320
