"""The Dataset side of separation: a take with music is recognised, its vocal separated into the dataset, the take
left untouched in raw/ and out of training, and the QA says how much music was removed."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
import soundfile as sf

from separation_helpers import CountingSeparators, ScaledSplit, write_song
from svcdesk.audio.analysis import analyse_file, looks_like_mix
from svcdesk.project import FileImported, Project
from svcdesk.separation.dataset import import_separating_mixes, separate_files


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_song_is_told_from_a_solo_vocal(tmp_path, espeak_phrases):
    song = tmp_path / "song.wav"
    write_song(song, seconds=4.0)
    assert looks_like_mix(analyse_file(song).to_dict())
    assert not looks_like_mix(analyse_file(espeak_phrases[0]).to_dict())


def test_the_vocal_joins_the_dataset_and_the_take_stays_untouched(tmp_path, one_torch_thread):
    from svcdesk.audio.analysis import build_dataset_report

    project = Project.create(tmp_path / "Stimme ü")
    take = tmp_path / "phone take.wav"
    write_song(take, seconds=3.0)
    list(project.import_files([take]))
    original = project.files[0]
    before = _digest(original.raw_path)
    report = build_dataset_report(project)
    assert any("sounds like a song with music" in str(reason) for reason in report.files[0].reasons)

    events = list(separate_files(project, [original.id], separators=ScaledSplit(0.25)))
    vocal = next(e for e in events if isinstance(e, FileImported))
    assert _digest(original.raw_path) == before and original.raw_path.is_file()
    reopened = Project.open(project.root)
    take_entry, vocal_entry = reopened.file(original.id), reopened.file(vocal.file_id)
    assert not take_entry.included and vocal_entry.included
    assert vocal_entry.raw_path.parent == reopened.raw_dir and vocal_entry.name == "phone take (vocal).flac"
    assert vocal_entry.separation["from"] == original.id
    assert vocal_entry.separation["music_share"] == pytest.approx(0.75 ** 2 / 1.0, abs=0.02)
    audio, rate = sf.read(vocal_entry.raw_path)
    mix, _ = sf.read(take)
    assert rate == 44100 and audio.shape == mix.shape and np.allclose(audio, 0.25 * mix, atol=1e-4)
    notice = next(e for e in events if getattr(e, "level", "") == "info")
    assert "56% of the take's energy was music" in str(notice.message)
    row = next(r for r in build_dataset_report(reopened).files if r.file_id == vocal.file_id)
    assert any("was music and was removed" in str(reason) for reason in row.reasons)


def test_import_separates_only_the_takes_that_sound_like_songs(tmp_path, espeak_phrases, one_torch_thread):
    project = Project.create(tmp_path / "project")
    song = tmp_path / "karaoke night.wav"
    write_song(song, seconds=3.0)
    separators = CountingSeparators()
    events = list(import_separating_mixes(project, [song, espeak_phrases[0]], separators=separators))
    names = sorted(f.name for f in project.files)
    assert names == sorted(["karaoke night.wav", "karaoke night (vocal).flac", espeak_phrases[0].name])
    assert separators.loads == 1 and sum(isinstance(e, FileImported) for e in events) == 3
    included = {f.name for f in project.files if f.included}
    assert "karaoke night.wav" not in included and espeak_phrases[0].name in included


def test_a_cancelled_separation_leaves_the_project_as_it_was(tmp_path, one_torch_thread):
    project = Project.create(tmp_path / "project")
    take = tmp_path / "take.wav"
    write_song(take, seconds=4.0)
    list(project.import_files([take]))
    job = separate_files(project, [project.files[0].id], separators=CountingSeparators())
    for _ in range(4):
        next(job)
    job.close()
    reopened = Project.open(project.root)
    assert [f.name for f in reopened.files] == ["take.wav"] and reopened.files[0].included
    assert sorted(p.name for p in reopened.raw_dir.iterdir()) == ["take.wav"]
