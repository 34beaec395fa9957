"""Loading, saving, resampling and downmixing; a corpus of broken files gives clear AudioErrors
and leaves every original byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import io
import struct

import numpy as np
import pytest
import soundfile as sf

from svcdesk.audio.io import load_audio, probe, resample, save_audio, to_mono
from svcdesk.errors import AudioError

SR = 16000


def tone(seconds: float = 1.0, sr: int = SR, freq: float = 220.0, amp: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * sr)) / sr
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def encoded(data: np.ndarray, fmt: str, subtype: str | None = None, sr: int = SR) -> bytes:
    buffer = io.BytesIO()
    sf.write(buffer, data, sr, format=fmt, subtype=subtype)
    return buffer.getvalue()


def patched_wav(offset: int, value: bytes) -> bytes:
    data = bytearray(encoded(tone(), "WAV", "PCM_16"))
    data[offset : offset + len(value)] = value
    return bytes(data)


def malformed_corpus() -> dict[str, tuple[bytes | None, str]]:
    """name -> (file content, or None for a folder; words the error message must contain)."""
    rng = np.random.default_rng(1234)
    wav = encoded(tone(), "WAV", "PCM_16")
    flac = encoded(tone(), "FLAC")
    ogg = encoded(tone(), "OGG", "VORBIS")
    mp3 = encoded(tone(), "MP3")
    nan_float = tone().copy()
    nan_float[100:110] = np.nan
    inf_float = tone().copy()
    inf_float[5] = np.inf
    mp4_header = struct.pack(">I", 24) + b"ftypM4A " + bytes(12) + rng.bytes(400)
    return {
        "empty.wav": (b"", "0 bytes"),
        "empty.mp3": (b"", "0 bytes"),
        "truncated header.wav": (wav[:6], "truncated WAV header"),
        "half header.wav": (wav[:30], "truncated WAV header"),
        "header only.wav": (wav[:44], "0 samples"),
        "data cut after header.wav": (wav[:40] + struct.pack("<I", 10**9) + wav[44:50], "too short"),
        "text.wav": (b"this is not audio, just some notes about the take\n", "contains text"),
        "text.flac": (b"lyrics: la la la\n", "contains text"),
        "random bytes.wav": (rng.bytes(5000), "not a valid WAV file"),
        "zeros.wav": (bytes(1024), "not a valid WAV file"),
        "random bytes.mp3": (rng.bytes(5000), "not a valid MP3"),
        "mp3 with junk.mp3": (b"ID3\x03\x00\x00\x00\x00\x00\x10" + rng.bytes(4000), "damaged MP3"),
        "truncated.mp3": (mp3[:300], "damaged MP3"),
        "truncated.flac": (flac[:100], "damaged FLAC"),
        "flac junk.flac": (b"fLaC" + rng.bytes(3000), "damaged FLAC"),
        "ogg junk.ogg": (b"OggS" + rng.bytes(3000), "Ogg"),
        "truncated.ogg": (ogg[:200], "Ogg"),
        "opus junk.opus": (b"OggS" + rng.bytes(300), "Ogg"),
        "aiff junk.aif": (b"FORM" + rng.bytes(3000), "damaged AIFF"),
        "song.m4a": (mp4_header, "unsupported format .m4a - convert to WAV/FLAC"),
        "song.aac": (rng.bytes(500), "unsupported format .aac"),
        "song.wma": (rng.bytes(500), "unsupported format .wma"),
        "mp4 renamed.wav": (mp4_header, "MP4/M4A"),
        "wav named.txt": (wav, "unsupported format .txt"),
        "no extension": (wav, "unsupported format (no extension)"),
        "folder.wav": (None, "is a folder"),
        "nan samples.wav": (encoded(nan_float, "WAV", "FLOAT"), "NaN or infinite"),
        "inf sample.wav": (encoded(inf_float, "WAV", "FLOAT"), "NaN or infinite"),
        "huge floats.wav": (encoded(tone() * 1e6, "WAV", "FLOAT"), "damaged float"),
        "one sample.wav": (encoded(np.array([0.5], np.float32), "WAV", "PCM_16"), "too short (1 sample(s),"),
        "ten samples.flac": (encoded(np.full(10, 0.1, np.float32), "FLAC"), "too short"),
        "eight channels.wav": (encoded(np.tile(tone()[:, None], (1, 8)), "WAV", "PCM_16"), "8 channels"),
        "zero channels.wav": (patched_wav(22, b"\x00\x00"), "0 channels"),
        "zero rate.wav": (patched_wav(24, b"\x00\x00\x00\x00"), "sample rate 0"),
        "100 Hz rate.wav": (patched_wav(24, struct.pack("<I", 100)), "implausible sample rate 100 Hz"),
        "zero bits.wav": (patched_wav(34, b"\x00\x00"), "bits per sample"),
        "not wave.wav": (patched_wav(8, b"AVI "), "damaged WAV header"),
        "png image.wav": (b"\x89PNG\r\n\x1a\n" + rng.bytes(200), "not a valid WAV"),
        "声音 unicode text.wav": ("音频".encode("utf-8") * 10, "not a valid WAV"),
    }


def digest(path) -> str:
    if path.is_dir():
        return "dir:" + ",".join(sorted(p.name for p in path.iterdir()))
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "broken files"
    folder.mkdir()
    expected = {}
    for name, (content, words) in malformed_corpus().items():
        path = folder / name
        if content is None:
            path.mkdir()
            (path / "inside.txt").write_text("a folder named like audio", encoding="utf-8")
        else:
            path.write_bytes(content)
        expected[path] = words
    return folder, expected


def test_corpus_is_large_enough():
    assert len(malformed_corpus()) >= 30


def test_every_malformed_file_gives_a_clear_error_and_stays_unchanged(corpus):
    folder, expected = corpus
    before = {path: digest(path) for path in expected}
    listing = sorted(p.name for p in folder.iterdir())
    for path, words in expected.items():
        with pytest.raises(AudioError) as caught:
            load_audio(path, sample_rate=40000)
        message = str(caught.value)
        assert words in message, f"{path.name}: {message!r} lacks {words!r}"
        assert path.name in message and "\n" not in message
    assert {path: digest(path) for path in expected} == before
    assert sorted(p.name for p in folder.iterdir()) == listing  # no temp files left behind


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(AudioError, match="file not found"):
        probe(tmp_path / "nope.wav")


@pytest.mark.parametrize(
    "name, data, sr, fmt, subtype",
    [
        ("8-bit.wav", tone(), SR, "WAV", "PCM_U8"),
        ("192k.wav", tone(sr=192000), 192000, "WAV", "PCM_24"),
        ("flac named.wav", tone(), SR, "FLAC", "PCM_16"),
        ("stereo.ogg", np.stack([tone(), tone() * 0.5], axis=1), SR, "OGG", "VORBIS"),
        ("mono.mp3", tone(), SR, "MP3", None),
        ("float.wav", tone(), SR, "WAV", "FLOAT"),
    ],
)
def test_unusual_but_valid_files_load(tmp_path, name, data, sr, fmt, subtype):
    path = tmp_path / name
    path.write_bytes(encoded(data, fmt, subtype, sr=sr))
    before = digest(path)
    audio, out_sr = load_audio(path, sample_rate=40000)
    assert out_sr == 40000 and audio.dtype == np.float32 and audio.ndim == 1
    expected_len = int(round(len(data) * 40000 / sr))
    assert abs(len(audio) - expected_len) <= 0.03 * expected_len + 2000  # mp3 adds encoder padding
    assert np.isfinite(audio).all() and 0.2 < np.max(np.abs(audio)) < 0.6
    assert digest(path) == before


def test_mp3_with_junk_before_the_frames_still_decodes(tmp_path):
    path = tmp_path / "junk first.mp3"
    path.write_bytes(b"\x00junk" * 200 + encoded(tone(), "MP3"))
    audio, _ = load_audio(path)
    assert np.max(np.abs(audio)) > 0.3


def test_mono_methods_pick_the_right_channel():
    left = tone(freq=200.0, amp=0.1)
    right = tone(freq=300.0, amp=0.6)
    stereo = np.stack([left, right], axis=1)
    np.testing.assert_allclose(to_mono(stereo, "left"), left)
    np.testing.assert_allclose(to_mono(stereo, "right"), right)
    np.testing.assert_allclose(to_mono(stereo, "loudest"), right)
    np.testing.assert_allclose(to_mono(stereo, "average"), (left + right) / 2, atol=1e-7)
    with pytest.raises(AudioError, match="unknown mono downmix"):
        to_mono(stereo, "sideways")


def test_load_keeps_channels_when_asked(tmp_path):
    path = tmp_path / "stereo.wav"
    save_audio(path, np.stack([tone(), -tone()], axis=1), SR, subtype="FLOAT")
    audio, sr = load_audio(path, mono=None)
    assert audio.shape == (SR, 2) and sr == SR
    np.testing.assert_allclose(audio[:, 1], -tone(), atol=1e-7)


def test_resample_preserves_a_tone():
    audio = resample(tone(1.0, SR, 440.0), SR, 40000)
    assert audio.shape == (40000,) and audio.dtype == np.float32
    spectrum = np.abs(np.fft.rfft(audio[4000:36000]))
    peak_hz = np.argmax(spectrum) * 40000 / 32000
    assert abs(peak_hz - 440.0) < 2.0


def test_save_is_atomic_and_round_trips(tmp_path):
    target = tmp_path / "ünïcode ök" / "out.wav"
    save_audio(target, tone(), SR)
    audio, sr = load_audio(target)
    assert sr == SR and np.max(np.abs(audio - tone())) < 1e-3
    assert [p.name for p in target.parent.iterdir()] == ["out.wav"]
    save_audio(target.with_suffix(".flac"), tone() * 3, SR)  # clipped, never wrapped around
    loud, _ = load_audio(target.with_suffix(".flac"))
    assert np.max(loud) <= 1.0 and np.min(loud) >= -1.0 and np.max(loud) > 0.99


def test_save_refuses_bad_audio(tmp_path):
    with pytest.raises(AudioError, match="NaN"):
        save_audio(tmp_path / "x.wav", np.array([np.nan, 0.0], np.float32), SR)
    with pytest.raises(AudioError, match="0 samples"):
        save_audio(tmp_path / "x.wav", np.zeros(0, np.float32), SR)
    with pytest.raises(AudioError, match="cannot write format"):
        save_audio(tmp_path / "x.m4a", tone(), SR)
    assert not any(tmp_path.iterdir())


def test_probe_reads_the_header_only(tmp_path):
    path = tmp_path / "p.flac"
    save_audio(path, tone(2.0), SR)
    info = probe(path)
    assert (info.format, info.sample_rate, info.channels, info.frames) == ("FLAC", SR, 1, 2 * SR)
    assert info.duration_s == pytest.approx(2.0)
