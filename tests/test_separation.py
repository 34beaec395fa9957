"""Vocal separation: chunk seams, the stems cache, remix gain and loudness, transposed accompaniment, bad input,
cancel, the real loader, and `svcdesk cover` from a song file to a cover file."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
import soundfile as sf

from separation_helpers import CountingSeparators, ScaledSplit, install_tiny_separator, tiny_network, write_song
from svcdesk.errors import AudioError, ModelFileError, SvcdeskError, WeightsMissing
from svcdesk.separation import engine
from svcdesk.separation.cache import SeparationSettings, separate_song
from svcdesk.separation.models import from_network, mask_hidden_layers
from svcdesk.separation.remix import RemixSettings, StreamingLoudness, remix, shift_pitch, should_shift
from svcdesk.utils.jobs import run_to_end

RATE = 44100


def separated(blocks, separator, overlap=2):
    estimates = [item[1] for item in engine.overlap_add(iter(blocks), separator, overlap) if isinstance(item, tuple)]
    return np.concatenate(estimates)


def test_a_chunked_run_equals_one_pass_away_from_the_seams(one_torch_thread):
    import torch

    # No time attention: each STFT frame's output depends on that frame alone, so the chunking, windows and
    # overlap-add must reproduce one pass exactly except within an FFT length of a chunk edge.
    network = tiny_network(time_transformer_depth=0)
    song = (np.random.default_rng(0).standard_normal((RATE * 3 + 1234, 2)) * 0.1).astype(np.float32)
    blocks = [song[i:i + 5000] for i in range(0, len(song), 5000)]
    result = separated(blocks, from_network(network, "t", chunk=RATE), overlap=2)
    padded = np.pad(song, ((0, 441 - len(song) % 441), (0, 0)))
    with torch.inference_mode():
        one_pass = network(torch.from_numpy(np.ascontiguousarray(padded.T[None])))[0].numpy().T[:len(song)]
    assert result.shape == song.shape
    near_seam = np.zeros(len(song), bool)
    for edge in range(0, len(song) + RATE, RATE // 2):
        near_seam[max(0, edge - 2048):edge + 2048] = True
    assert np.abs(result - one_pass)[~near_seam].max() < 1e-6
    assert np.abs(result - one_pass)[near_seam].max() < 2 * np.abs(one_pass).max()  # blended, not garbage


def test_seams_of_a_full_roformer_are_cross_faded(one_torch_thread):
    song = (np.sin(2 * np.pi * 220 * np.arange(RATE * 3) / RATE)[:, None] * [0.3, 0.2]).astype(np.float32)
    result = separated([song], from_network(tiny_network(seed=3), "t", chunk=RATE), overlap=2)
    jumps = np.abs(np.diff(result, axis=0))
    assert result.shape == song.shape and np.isfinite(result).all()
    # A hard cut between chunks would show as one sample step far above the signal's own largest step.
    assert jumps.max() < 4 * np.percentile(jumps, 99.9) + 1e-6


def test_the_stems_are_cached_by_song_model_and_settings(tmp_path, one_torch_thread):
    song = tmp_path / "chanson été.wav"
    write_song(song, seconds=2.5, rate=48000)
    separators = CountingSeparators()
    first = run_to_end(separate_song(song, SeparationSettings(), tmp_path / "cache", separators=separators))
    forwards = separators.forwards
    assert not first.from_cache and forwards >= 3
    again = run_to_end(separate_song(song, SeparationSettings(), tmp_path / "cache", separators=separators))
    assert again.from_cache and again.vocal == first.vocal and separators.forwards == forwards
    assert separators.loads == 1  # the cache answered without loading the network
    other = run_to_end(separate_song(song, SeparationSettings(overlap=3), tmp_path / "cache", separators=separators))
    assert not other.from_cache and separators.forwards > forwards
    vocal, rate = sf.read(first.vocal, dtype="float32")
    music, _ = sf.read(first.accompaniment, dtype="float32")
    assert rate == RATE and vocal.shape == music.shape and vocal.shape[1] == 2
    assert 0.0 < first.music_share < 2.0


def test_covers_with_two_voices_separate_the_song_once(tmp_path, one_torch_thread):
    from inference_fixtures import random_voice_file

    from svcdesk.config import ConversionConfig
    from svcdesk.separation.cover import CoverFinished, cover_job

    song = tmp_path / "song.flac"
    write_song(song, seconds=2.0)
    separators = CountingSeparators()
    results = []
    for seed in (1, 2):
        voice = random_voice_file(tmp_path / f"voice{seed}.pth", seed=seed)
        events = list(cover_job(song, voice, tmp_path / f"cover{seed}.wav", ConversionConfig(f0_method="pm"),
                                cache_dir=tmp_path / "cache", demo_encoder=True, separators=separators))
        results.append(next(e for e in events if isinstance(e, CoverFinished)))
        if seed == 1:
            forwards = separators.forwards
    assert separators.forwards == forwards and separators.loads == 1
    assert not results[0].separated_from_cache and results[1].separated_from_cache
    for result in results:
        cover, rate = sf.read(result.path)
        assert rate == RATE and cover.shape == (2 * RATE, 2) and np.abs(cover).max() <= 10 ** (-1 / 20) + 1e-3


def test_the_remix_of_an_identity_split_restores_the_mix(tmp_path, espeak_phrases, one_torch_thread):
    from svcdesk.audio.io import load_audio
    from svcdesk.separation.cover import load_stem

    speech, _ = load_audio(espeak_phrases[0], sample_rate=RATE)
    speech = speech[:RATE * 4]
    t = np.arange(len(speech)) / RATE
    band = 0.3 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sign(np.sin(2 * np.pi * 2 * t)) * np.sin(2 * np.pi * 880 * t)
    mix = np.stack([speech * 0.6 + band, speech * 0.6 + 0.8 * band], axis=1).astype(np.float32)
    mix *= 0.5 / np.abs(mix).max()
    song = tmp_path / "mix.wav"
    sf.write(song, mix, RATE, subtype="FLOAT")
    stems = run_to_end(separate_song(song, SeparationSettings(), tmp_path / "cache", separators=ScaledSplit(0.5)))
    vocal, music = load_stem(stems.vocal), load_stem(stems.accompaniment)
    assert np.allclose(vocal, 0.5 * mix, atol=1e-6)
    target = StreamingLoudness(RATE, 2)
    target.feed(mix)
    result = run_to_end(remix(vocal, music, RATE, tmp_path / "remix.wav", RemixSettings(), target.lufs(),
                              reference_vocal_lufs=None))
    restored, _ = sf.read(result.path, dtype="float32")
    assert restored.shape == mix.shape
    assert np.abs(restored - mix).max() < 1e-4  # 24-bit output
    assert abs(result.gain_db) < 0.01 and abs(result.lufs - target.lufs()) < 0.01


def test_remix_gains_loudness_match_and_no_clipping(tmp_path):
    rng = np.random.default_rng(1)
    vocal = (0.3 * np.sin(2 * np.pi * 300 * np.arange(RATE * 3) / RATE)).astype(np.float32)
    music = (0.04 * rng.standard_normal((RATE * 3, 2))).astype(np.float32)
    quiet = run_to_end(remix(vocal, music, RATE, tmp_path / "a.wav", RemixSettings(match_loudness=False)))
    louder = run_to_end(remix(vocal, music, RATE, tmp_path / "b.wav",
                              RemixSettings(vocal_gain_db=6.0, match_loudness=False)))
    a, _ = sf.read(tmp_path / "a.wav")
    b, _ = sf.read(tmp_path / "b.wav")
    assert np.allclose(b - a, vocal[:, None] * (10 ** (6 / 20) - 1), atol=1e-4)
    assert louder.lufs > quiet.lufs
    matched = run_to_end(remix(vocal, music, RATE, tmp_path / "c.wav", RemixSettings(), target_lufs=-20.0))
    assert abs(matched.lufs + 20.0) < 0.05
    hot = run_to_end(remix(vocal, music, RATE, tmp_path / "d.wav", RemixSettings(), target_lufs=-3.0))
    written, _ = sf.read(tmp_path / "d.wav")
    assert hot.peak_dbtp <= -1.0 + 1e-6 and np.abs(written).max() <= 10 ** (-1 / 20) + 1e-4
    assert hot.lufs < -3.0  # the ceiling won over the loudness target


def test_streaming_loudness_equals_pyloudnorm():
    import pyloudnorm

    rng = np.random.default_rng(2)
    audio = rng.standard_normal((RATE * 5, 2)) * np.linspace(0.01, 0.3, RATE * 5)[:, None]
    meter = StreamingLoudness(RATE, 2)
    for start in range(0, len(audio), 7777):
        meter.feed(audio[start:start + 7777])
    assert abs(meter.lufs() - pyloudnorm.Meter(RATE).integrated_loudness(audio)) < 0.05
    silent = StreamingLoudness(RATE, 1)
    silent.feed(np.zeros((RATE, 1)))
    assert silent.lufs() == -math.inf


def test_the_transposed_accompaniment_keeps_its_length():
    music = (0.2 * np.sin(2 * np.pi * 220 * np.arange(RATE * 2 + 17) / RATE)[:, None] * [1, 0.5]).astype(np.float32)
    shifted = shift_pitch(music, RATE, 3)
    assert shifted.shape == music.shape
    spectrum = np.abs(np.fft.rfft(shifted[:, 0]))
    assert abs(np.argmax(spectrum) * RATE / len(shifted) - 220 * 2 ** (3 / 12)) < 3
    on = RemixSettings(shift_accompaniment=True)
    assert should_shift(on, 3) and should_shift(on, -5) and not should_shift(on, 12) and not should_shift(on, -24)
    assert not should_shift(on, 0) and not should_shift(RemixSettings(), 3)


@pytest.mark.parametrize("rate,channels", [(8000, 1), (22050, 2), (48000, 6), (96000, 2)])
def test_songs_of_any_rate_and_layout_separate_to_44k_stems(tmp_path, rate, channels, one_torch_thread):
    song = tmp_path / f"song {rate} {channels}.wav"
    write_song(song, seconds=1.5, rate=rate, channels=channels)
    stems = run_to_end(separate_song(song, SeparationSettings(), tmp_path / "cache", separators=CountingSeparators()))
    vocal, sample_rate = sf.read(stems.vocal, always_2d=True)
    assert sample_rate == RATE and vocal.ndim == 2 and vocal.shape[1] == (1 if channels == 1 else 2)
    assert abs(len(vocal) - 1.5 * RATE) < 64


def test_an_mp3_with_id3_tags_separates(tmp_path, one_torch_thread):
    plain = tmp_path / "plain.mp3"
    write_song(plain, seconds=1.5, rate=44100)
    frame = b"TIT2" + (len(b"\x03Song") ).to_bytes(4, "big") + b"\x00\x00" + b"\x03Song"
    header = b"ID3\x03\x00\x00" + bytes([0, 0, 0, len(frame)])
    tagged = tmp_path / "tagged 歌.mp3"
    tagged.write_bytes(header + frame + plain.read_bytes())
    stems = run_to_end(separate_song(tagged, SeparationSettings(), tmp_path / "cache", separators=CountingSeparators()))
    assert sf.info(stems.vocal).duration > 1.0


def test_bad_songs_give_one_clear_message_and_no_stems(tmp_path, one_torch_thread):
    silent = tmp_path / "silence.wav"
    sf.write(silent, np.zeros((RATE * 2, 2), np.float32), RATE)
    with pytest.raises(AudioError, match="digital silence") as info:
        run_to_end(separate_song(silent, SeparationSettings(), tmp_path / "cache", separators=CountingSeparators()))
    assert info.value.fix
    assert not list((tmp_path / "cache").rglob("*.wav"))
    text = tmp_path / "notes.wav"
    text.write_text("not audio at all", encoding="utf-8")
    with pytest.raises(AudioError):
        run_to_end(separate_song(text, SeparationSettings(), tmp_path / "cache", separators=CountingSeparators()))
    with pytest.raises(AudioError, match="overlap"):
        run_to_end(separate_song(silent, SeparationSettings(overlap=0), tmp_path / "cache",
                                 separators=CountingSeparators()))


def test_a_cancelled_separation_leaves_no_stems(tmp_path, one_torch_thread):
    song = tmp_path / "long.wav"
    write_song(song, seconds=6.0)
    job = separate_song(song, SeparationSettings(), tmp_path / "cache", separators=CountingSeparators())
    for _ in range(6):
        next(job)
    job.close()
    assert not [path for path in (tmp_path / "cache").rglob("*") if path.is_file()]
    assert run_to_end(separate_song(song, SeparationSettings(), tmp_path / "cache",
                                    separators=CountingSeparators())).from_cache is False


def test_a_forward_is_stopped_at_the_next_layer(one_torch_thread):
    import threading
    import time

    network = tiny_network(depth=6)
    started = threading.Event()

    def slow(_module, _inputs):
        started.set()
        time.sleep(0.2)

    for time_transformer, _frequency_transformer in network.layers:
        time_transformer.register_forward_pre_hook(slow)
    separator = from_network(network, "slow", chunk=RATE)
    steps = engine.forward_in_steps(separator, np.zeros((1, 2, RATE), np.float32), 0)
    progress = next(steps)
    assert isinstance(progress, engine.ChunkDone) and started.wait(2)
    began = time.monotonic()
    steps.close()
    assert time.monotonic() - began < 0.6  # one layer, not the five left
    assert not [t for t in threading.enumerate() if t.name == "svcdesk-separate"]


def test_the_real_loader_reads_a_checkpoint_and_refuses_a_wrong_one(tmp_path, monkeypatch, one_torch_thread):
    import torch

    from svcdesk.separation import models

    path = install_tiny_separator(monkeypatch, tmp_path)
    loaded = models.load_separator("mel-kim")
    assert loaded.identity and loaded.output == models.OUTPUT_VOCALS and len(loaded.layers) == 1
    assert loaded.run(np.zeros((1, 2, RATE), np.float32)).shape == (1, 2, RATE)
    assert mask_hidden_layers(torch.load(path, weights_only=True)["state_dict"]) == 1
    spec = models.SEPARATORS["mel-kim"]
    wider = replace(spec, hyperparameters=tuple(sorted({**spec.config, "dim": 24}.items())))
    with pytest.raises(ModelFileError, match="wrong shape"):
        models.load_network(wider, path)
    path.write_bytes(b"garbage that is not a checkpoint")
    with pytest.raises(ModelFileError):
        models.load_network(spec, path)


def test_missing_weights_say_how_to_get_them(tmp_path, monkeypatch):
    from svcdesk.separation.cache import RegistrySeparators

    monkeypatch.setenv("SVCDESK_ASSETS_DIR", str(tmp_path / "empty"))
    with pytest.raises(WeightsMissing) as info:
        RegistrySeparators().identity("mel-kim")
    assert info.value.asset == "sep-vocals" and "svcdesk assets download sep-vocals" in str(info.value)
    with pytest.raises(SvcdeskError, match="unknown separation model"):
        RegistrySeparators().identity("nonsense")


def test_svcdesk_cover_turns_a_song_into_a_cover(tmp_path, monkeypatch, capsys, one_torch_thread):
    from inference_fixtures import random_voice_file

    from svcdesk.cli import main

    install_tiny_separator(monkeypatch, tmp_path)
    song = tmp_path / "my song.wav"
    write_song(song, seconds=2.0, rate=48000)
    voice = random_voice_file(tmp_path / "voice.pth")
    output = tmp_path / "out put" / "cover.wav"
    output.parent.mkdir()
    args = ["cover", str(song), "--model", str(voice), "--output", str(output), "--demo-encoder", "--f0", "pm",
            "--cache", str(tmp_path / "cache"), "--stems", str(tmp_path / "stems"), "--transpose", "2",
            "--shift-accompaniment", "--vocal-gain", "-3"]
    assert main(args) == 0
    cover, rate = sf.read(output)
    assert rate == RATE and cover.shape == (2 * RATE, 2)
    assert sorted(p.name for p in (tmp_path / "stems").iterdir()) == [
        "cover - accompaniment.wav", "cover - converted vocal.wav", "cover - separated vocal.wav"]
    assert "wrote" in capsys.readouterr().err
    assert main(args) == 0 and "from the cache" in capsys.readouterr().err
    monkeypatch.setenv("SVCDESK_ASSETS_DIR", str(tmp_path / "no weights"))
    assert main(["cover", str(song), "--model", str(voice), "--output", str(tmp_path / "x.wav"), "--demo-encoder",
                 "--f0", "pm", "--cache", str(tmp_path / "other cache")]) == 1
    error = capsys.readouterr().err
    assert "svcdesk assets download sep-vocals" in error and "Traceback" not in error
    assert not (tmp_path / "x.wav").exists()


def test_an_instrumental_has_no_vocal_to_convert(tmp_path, one_torch_thread):
    from svcdesk.config import ConversionConfig
    from svcdesk.separation.cover import cover_job

    song = tmp_path / "instrumental.wav"
    write_song(song, seconds=1.5)
    with pytest.raises(SvcdeskError, match="no vocal was found"):
        list(cover_job(song, "unused.pth", tmp_path / "cover.wav", ConversionConfig(f0_method="pm"),
                       cache_dir=tmp_path / "cache", separators=ScaledSplit(0.0)))
    assert not (tmp_path / "cover.wav").exists()


def test_convert_and_compare_share_one_separation(tmp_path, one_torch_thread):
    from inference_fixtures import random_voice_file

    from svcdesk.config import ConversionConfig
    from svcdesk.inference.compare import compare
    from svcdesk.inference.events import ComparisonFinished, RenderReady
    from svcdesk.separation.cache import SeparationReady
    from svcdesk.separation.compare import compare_separated
    from svcdesk.separation.cover import cover_job

    song = tmp_path / "song.wav"
    write_song(song, seconds=2.0)
    voices = [random_voice_file(tmp_path / f"step {n}.pth", seed=n) for n in (1, 2)]
    options = ConversionConfig(f0_method="pm")
    separators = CountingSeparators()
    list(cover_job(song, voices[0], tmp_path / "cover.wav", options, cache_dir=tmp_path / "stems",
                   demo_encoder=True, separators=separators))
    forwards = separators.forwards
    events = list(compare_separated(
        lambda vocal: compare(voices, vocal, tmp_path / "comparison", options, demo_encoder=True), song,
        len(voices), options, cache_dir=tmp_path / "stems", separators=separators))
    assert separators.forwards == forwards and separators.loads == 1, "Compare took the song from the cache"
    assert next(e for e in events if isinstance(e, SeparationReady)).from_cache
    assert len([e for e in events if isinstance(e, RenderReady)]) == 2
    assert next(e for e in events if isinstance(e, ComparisonFinished)).scores
    done = [e.done for e in events if hasattr(e, "done") and hasattr(e, "total")]
    assert done == sorted(done)


def test_svcdesk_compare_takes_a_whole_song(tmp_path, monkeypatch, capsys, one_torch_thread):
    from inference_fixtures import random_voice_file

    from svcdesk.cli import main

    install_tiny_separator(monkeypatch, tmp_path)
    song = tmp_path / "song.flac"
    write_song(song, seconds=2.0)
    voices = [str(random_voice_file(tmp_path / f"v{n}.pth", seed=n)) for n in (1, 2)]
    code = main(["compare", "--models", *voices, "--input", str(song), "--out", str(tmp_path / "out"), "--song",
                 "--cache", str(tmp_path / "stems"), "--demo-encoder", "--f0", "pm"])
    assert code == 0, capsys.readouterr().err
    assert "v1" in capsys.readouterr().out and list((tmp_path / "stems").iterdir())
