"""Dataset import says what is wrong with each file, with the fix for its cause, and sums up a folder import.

Real files of each kind the issue names: digital silence, a 50 ms clip, a WAV cut at half its data, a WAV whose
header claims 2 GB, a 6-channel export, an MP3 the decoder complains about, and a folder holding a text file,
broken links, a link loop and a folder named like audio."""

from __future__ import annotations

import os
import struct

import numpy as np
import pytest
import soundfile as sf

from svcdesk.events import Notice
from svcdesk.project import FileImported, Project

SR = 16000


def tone(seconds: float, sr: int = SR) -> np.ndarray:
    t = np.arange(int(seconds * sr)) / sr
    return (0.3 * np.sin(2 * np.pi * 220 * t) * (1 + 0.2 * np.sin(2 * np.pi * 3 * t))).astype(np.float32)


def wav_with_data_size(path, audio, declared_bytes: int | None = None, cut_to_fraction: float | None = None):
    sf.write(path, audio, SR, subtype="PCM_16")
    data = bytearray(path.read_bytes())
    start = data.index(b"data")
    if declared_bytes is not None:
        data[start + 4:start + 8] = struct.pack("<I", declared_bytes)
    if cut_to_fraction is not None:
        size = struct.unpack("<I", data[start + 4:start + 8])[0]
        data = data[:start + 8 + int(size * cut_to_fraction)]
    path.write_bytes(bytes(data))
    return path


def run_import(project: Project, paths):
    events = list(project.import_files(paths))
    notices = [e for e in events if isinstance(e, Notice)]
    imported = [e for e in events if isinstance(e, FileImported)]
    return notices, imported


@pytest.fixture
def project(tmp_path):
    return Project.create(tmp_path / "Voice ü")


def test_digital_silence_is_refused_and_leaves_nothing(project, tmp_path):
    silent = tmp_path / "ten minutes of nothing.wav"
    sf.write(silent, np.zeros(10 * 60 * 8000, np.int16), 8000, subtype="PCM_16")
    notices, imported = run_import(project, [silent])
    assert not imported and not list(project.raw_dir.iterdir())
    error = next(n for n in notices if n.level == "error")
    assert str(error.message) == ("ten minutes of nothing.wav: digital silence from start to end: nothing to learn "
                                  "from")
    assert str(error.fix).startswith("check the recording: a muted track")
    assert str(notices[-1].message) == "imported 0 files; 1 refused (see above)"


def test_a_50_ms_clip_is_kept_with_the_figure(project, tmp_path):
    clip = tmp_path / "blip.wav"
    sf.write(clip, tone(0.05), SR)
    notices, imported = run_import(project, [clip])
    assert len(imported) == 1
    warning = next(n for n in notices if n.level == "warning")
    assert str(warning.message) == ("blip.wav: only 0.05 s long; training uses pieces of at least 0.75 s, so this "
                                    "file adds nothing")
    assert str(warning.fix) == "import a longer take, or remove this one"


def test_a_wav_cut_at_half_its_data_says_so(project, tmp_path):
    cut = wav_with_data_size(tmp_path / "cut.wav", tone(7.0), cut_to_fraction=0.5)
    notices, imported = run_import(project, [cut])
    assert len(imported) == 1
    warning = next(n for n in notices if "cut short" in str(n.message))
    assert str(warning.message) == "cut.wav: cut short: the header says 7.0 s, the file holds 3.5 s"
    assert "export the recording again" in str(warning.fix)


def test_a_header_claiming_2_gb_says_what_the_file_holds(project, tmp_path):
    claim = wav_with_data_size(tmp_path / "claims.wav", tone(3.0), declared_bytes=0x7FFFFFF0)
    notices, _ = run_import(project, [claim])
    warning = next(n for n in notices if "cut short" in str(n.message))
    assert str(warning.message) == "claims.wav: cut short: the header says 18.6 h, the file holds 3.0 s"


def test_six_channels_get_a_fix_of_their_own(project, tmp_path):
    surround = tmp_path / "mix 5.1.wav"
    sf.write(surround, np.tile(tone(1.0)[:, None], (1, 6)), SR)
    notices, _ = run_import(project, [surround])
    error = next(n for n in notices if n.level == "error")
    assert str(error.message) == "mix 5.1.wav: 6 channels - export the vocal as a mono or stereo file"
    assert str(error.fix) == "export the vocal alone as a mono or stereo file (not the surround or multitrack mix)"


def test_each_refusal_names_its_own_fix(project, tmp_path):
    text = tmp_path / "lyrics.wav"
    text.write_text("Verse one\nla la la\n", encoding="utf-8")
    folder = tmp_path / "take.wav"
    folder.mkdir()
    notices, _ = run_import(project, [text, folder, tmp_path / "gone.wav"])
    fixes = {str(n.message): str(n.fix) for n in notices if n.level == "error"}
    assert fixes["lyrics.wav: not an audio file (it contains text)"] == "choose an audio file: this one holds text"
    assert fixes["take.wav: is a folder, not an audio file"] == "import the folder itself to take the audio files inside it"
    assert fixes["gone.wav: file not found"].startswith("check that the file still exists")


def test_decoder_complaints_are_attached_to_their_file(project, tmp_path, capfd):
    good = tmp_path / "song.mp3"
    sf.write(good, tone(3.0), SR, format="MP3")
    data = bytearray(good.read_bytes())
    for i in range(len(data) // 3, len(data) // 3 + 600):
        data[i] = 0x55
    good.write_bytes(bytes(data))
    capfd.readouterr()
    notices, imported = run_import(project, [good])
    printed = capfd.readouterr().err
    assert "Illegal Audio-MPEG-Header" not in printed, "decoder noise must not reach the terminal bare"
    complaint = next(n for n in notices if "the decoder reported" in str(n.message))
    assert str(complaint.message).startswith("song.mp3: the decoder reported: Note: Illegal Audio-MPEG-Header")
    assert len(imported) == 1


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_folder_import_counts_what_it_skipped_and_why(project, tmp_path):
    folder = tmp_path / "takes"
    (folder / "nested").mkdir(parents=True)
    sf.write(folder / "a.wav", tone(2.0), SR)
    sf.write(folder / "nested" / "b.flac", tone(2.5), SR)
    (folder / "notes.txt").write_text("mic: sm58\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    os.symlink(folder / "missing.wav", folder / "dead link.wav")
    os.symlink(folder / "elsewhere", folder / "dead folder link")
    os.symlink(folder / "loop b", folder / "loop a")
    os.symlink(folder / "loop a", folder / "loop b")
    (folder / "x.wav").mkdir()
    notices, imported = run_import(project, [folder])
    assert sorted(e.name for e in imported) == ["a.wav", "b.flac"]
    summary = notices[-1]
    assert summary.level == "warning"
    assert str(summary.message) == ("imported 2 files; skipped 6: 1 text file, 2 broken links, 2 link loops, "
                                    "1 folder named like an audio file")
