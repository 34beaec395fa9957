"""Project folders: round trip, non-ASCII paths, imports, include/exclude, slicing and cancel."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from svcdesk.audio.io import load_audio, probe, save_audio
from svcdesk.audio.slicer import preset_config
from svcdesk.errors import ProjectError
from svcdesk.events import Notice, Progress
from svcdesk.project import SCHEMA_VERSION, FileImported, FileSliced, Project

SR = 44100


def phrases(seed: int, count: int = 4, sr: int = SR) -> np.ndarray:
    """`count` sung-ish phrases of 2-3 s with 1 s pauses."""
    rng = np.random.default_rng(seed)
    parts = []
    for _ in range(count):
        n = int(rng.uniform(2.0, 3.0) * sr)
        t = np.arange(n) / sr
        f0 = rng.uniform(180, 320)
        parts.append(0.3 * np.sin(2 * np.pi * f0 * t) * np.hanning(n) ** 0.2)
        parts.append(np.zeros(sr))
    return np.concatenate(parts).astype(np.float32)


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def originals(tmp_path):
    folder = tmp_path / "my vocals — take ünï"
    (folder / "nested").mkdir(parents=True)
    paths = [folder / "verse 1.wav", folder / "nested" / "chorus 声音.flac"]
    save_audio(paths[0], phrases(1), SR)
    save_audio(paths[1], np.stack([phrases(2), phrases(2) * 0.5], axis=1), SR)
    (folder / "notes.txt").write_text("not audio", encoding="utf-8")
    return paths


@pytest.fixture
def project(tmp_path):
    return Project.create(tmp_path / "Ünïcode 声音 project", sample_rate=40000)


def custom_slicing(project):
    project.set_slicing_config(preset_config("custom", min_length_s=1.0, max_length_s=6.0))
    project.save()


def test_create_makes_the_layout_and_a_versioned_manifest(project):
    for folder in ("raw", "segments", "cache", "runs", "exports"):
        assert (project.root / folder).is_dir()
    manifest = json.loads((project.root / "project.json").read_text(encoding="utf-8"))
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["name"] == "Ünïcode 声音 project" and manifest["sample_rate"] == 40000
    assert project.raw_dir == project.root / "raw" and project.exports_dir == project.root / "exports"
    assert not [p for p in project.root.iterdir() if p.name.endswith(".tmp")]


def test_round_trip_keeps_everything(project, originals):
    custom_slicing(project)
    list(project.import_files(originals))
    list(project.slice_files())
    project.manifest["training"] = {"last_run": "run-1"}  # another part of the app adds its key
    project.set_file_included(project.files[1].id, False)
    again = Project.open(project.root)
    assert again.manifest["training"] == {"last_run": "run-1"}
    assert [(f.id, f.raw_path, f.included, f.analysis) for f in again.files] == [
        (f.id, f.raw_path, f.included, f.analysis) for f in project.files
    ]
    assert [(s.id, s.path, s.start_s, s.end_s) for s in again.segments] == [
        (s.id, s.path, s.start_s, s.end_s) for s in project.segments
    ]
    assert again.slicing_config == project.slicing_config
    assert Project.open(project.root / "project.json").name == project.name


def test_import_copies_originals_untouched(project, originals):
    before = [sha(p) for p in originals]
    events = list(project.import_files([originals[0].parent]))  # the folder, recursively
    imported = [e for e in events if isinstance(e, FileImported)]
    assert [e.name for e in imported] == ["chorus 声音.flac", "verse 1.wav"]
    assert [sha(p) for p in originals] == before
    for entry in project.files:
        assert sha(entry.raw_path) == entry.sha256 == sha(type(originals[0])(entry.original_path))
        assert entry.raw_path.parent == project.raw_dir
        assert entry.analysis["sample_rate"] == SR and entry.analysis["duration_s"] > 8
    stereo = next(f for f in project.files if f.name.endswith(".flac"))
    assert stereo.analysis["channels"] == 2
    assert isinstance(events[-1], Progress) and events[-1].done == events[-1].total


def test_import_reports_broken_files_and_skips_exact_copies(project, originals, tmp_path):
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00")
    copy = tmp_path / "same again.wav"
    copy.write_bytes(originals[0].read_bytes())
    nan_samples = tmp_path / "nan.wav"
    damaged = phrases(3, 1)
    damaged[1000] = np.nan
    save_audio(nan_samples, np.nan_to_num(damaged), SR, subtype="FLOAT")
    raw = bytearray(nan_samples.read_bytes())
    raw[-4:] = np.array([np.nan], np.float32).tobytes()  # NaN past the header: probe cannot see it
    nan_samples.write_bytes(bytes(raw))
    events = list(project.import_files([originals[0], broken, copy, tmp_path / "missing.flac", nan_samples]))
    notices = [e for e in events if isinstance(e, Notice)]
    *per_file, summary = notices
    assert [n.level for n in per_file] == ["error", "warning", "error", "error"]
    assert str(summary.message) == "imported 1 file; 3 refused (see above); 1 already in the project"
    assert "truncated WAV header" in notices[0].message and notices[0].fix
    assert "already in the project" in notices[1].message
    assert "file not found" in notices[2].message
    assert "NaN" in notices[3].message
    assert len(project.files) == 1 and [p.name for p in project.raw_dir.iterdir()] == ["verse 1.wav"]


def test_cancelled_import_leaves_no_orphan_copy(project, originals):
    job = project.import_files(originals)
    for event in job:
        if isinstance(event, Progress) and event.message.startswith("analysing chorus"):
            job.close()  # cancel while the second file is being analysed
            break
    assert [f.name for f in Project.open(project.root).files] == ["verse 1.wav"]
    assert [p.name for p in project.raw_dir.iterdir()] == ["verse 1.wav"]


def test_same_name_from_two_folders_gets_a_new_raw_name(project, tmp_path):
    for folder, seed in (("a", 1), ("b", 2)):
        (tmp_path / folder).mkdir()
        save_audio(tmp_path / folder / "take.wav", phrases(seed, 2), SR)
    list(project.import_files([tmp_path / "a" / "take.wav", tmp_path / "b" / "take.wav"]))
    assert [f.raw_path.name for f in project.files] == ["take.wav", "take (2).wav"]


def test_create_and_open_refuse_what_they_should(tmp_path, project):
    with pytest.raises(ProjectError, match="already holds a project"):
        Project.create(project.root)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "something.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ProjectError, match="not empty"):
        Project.create(busy)
    with pytest.raises(ProjectError, match="sample rate"):
        Project.create(tmp_path / "odd", sample_rate=44100)
    with pytest.raises(ProjectError, match="not an svcdesk project"):
        Project.open(busy)
    (busy / "project.json").write_text("{ half a manif", encoding="utf-8")
    with pytest.raises(ProjectError, match="damaged"):
        Project.open(busy)
    hostile = json.loads((project.root / "project.json").read_text(encoding="utf-8"))
    hostile["files"] = [{"id": "f0001", "raw": "../../home/someone/precious.wav"}]
    (busy / "project.json").write_text(json.dumps(hostile), encoding="utf-8")
    with pytest.raises(ProjectError, match="outside the project"):
        Project.open(busy)
    (busy / "project.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}), encoding="utf-8")
    with pytest.raises(ProjectError, match="newer svcdesk"):
        Project.open(busy)


def test_slicing_exports_mono_segments_at_the_project_rate(project, originals):
    custom_slicing(project)
    list(project.import_files(originals))
    events = list(project.slice_files())
    sliced = [e for e in events if isinstance(e, FileSliced)]
    assert [e.segment_count for e in sliced] == [4, 4]
    paths = project.segment_paths()
    assert len(paths) == 8 and all(p.parent == project.segments_dir for p in paths)
    for path in paths:
        info = probe(path)
        assert info.sample_rate == 40000 and info.channels == 1
        assert 1.0 <= info.duration_s <= 6.0 + 1e-3
    assert not [p for p in project.segments_dir.iterdir() if p.name.startswith(".")]


def test_excluded_files_and_segments_leave_the_training_set(project, originals):
    custom_slicing(project)
    list(project.import_files(originals))
    list(project.slice_files())
    first, second = project.files
    project.set_file_included(second.id, False)
    assert len(project.segment_paths()) == 4 and len(project.segment_paths(included_only=False)) == 8
    project.set_segment_included(first.id, 1, False)
    reopened = Project.open(project.root)
    paths = reopened.segment_paths()
    assert len(paths) == 3 and project.segments_of(first.id)[1].path not in paths
    assert reopened.file(first.id).plan[1].included is False


def test_hand_edits_are_stored_and_exported(project, originals):
    custom_slicing(project)
    list(project.import_files(originals[:1]))
    file_id = project.files[0].id
    audio, sr = project.load_file_audio(file_id)
    assert sr == 40000
    proposed = project.plan(file_id, audio)
    assert len(proposed) == 4
    middle = (proposed[0].start_s + proposed[0].end_s) / 2
    project.add_boundary(file_id, middle)
    project.move_boundary(file_id, 2, "end", proposed[1].end_s - 0.25)
    project.merge_segments(file_id, 3, 4)
    project.set_segment_included(file_id, 0, False)
    plan = Project.open(project.root).file(file_id).plan
    assert len(plan) == 4
    assert plan[0].end_s == pytest.approx(middle) and plan[1].start_s == pytest.approx(middle)
    assert plan[2].end_s == pytest.approx(proposed[1].end_s - 0.25)
    assert plan[3].start_s == proposed[2].start_s and plan[3].end_s == proposed[3].end_s
    assert [r.included for r in plan] == [False, True, True, True]
    list(project.slice_files())
    segments = project.segments_of(file_id)
    assert [(s.start_s, s.end_s) for s in segments] == [(r.start_s, r.end_s) for r in plan]
    assert len(project.segment_paths()) == 3
    exported, _ = load_audio(segments[3].path)
    assert len(exported) == pytest.approx((plan[3].end_s - plan[3].start_s) * 40000, abs=2)
    project.clear_plan(file_id)
    assert project.plan(file_id, audio) == proposed


def test_reslicing_replaces_the_old_segments(project, originals):
    custom_slicing(project)
    list(project.import_files(originals[:1]))
    list(project.slice_files())
    assert len(list(project.segments_dir.iterdir())) == 4
    project.set_slicing_config(preset_config("custom", min_length_s=5.0, max_length_s=15.0))
    list(project.slice_files())
    files = sorted(p.name for p in project.segments_dir.iterdir())
    assert files == sorted(s.path.name for s in project.segments) and len(files) < 4


def test_cancelled_slicing_leaves_a_consistent_project(project, originals):
    custom_slicing(project)
    list(project.import_files(originals))
    job = project.slice_files()
    for event in job:
        if isinstance(event, Progress) and event.message == project.files[1].name:
            job.close()  # while the second file's segments are being written
            break
    reopened = Project.open(project.root)
    on_disk = sorted(p.name for p in project.segments_dir.iterdir())
    assert on_disk == sorted(s.path.name for s in reopened.segments)
    assert {s.file_id for s in reopened.segments} == {project.files[0].id}


def test_remove_file_deletes_the_copy_but_not_the_original(project, originals):
    custom_slicing(project)
    list(project.import_files(originals[:1]))
    list(project.slice_files())
    entry = project.files[0]
    project.remove_file(entry.id)
    assert not entry.raw_path.exists() and originals[0].exists()
    assert Project.open(project.root).files == [] and not list(project.segments_dir.iterdir())


def test_dataset_report_flags_duplicates_and_short_datasets(project, originals, tmp_path):
    audio, sr = load_audio(originals[0])
    quieter = tmp_path / "verse 1 quieter.wav"
    save_audio(quieter, audio[int(0.7 * sr) :] * 0.4, sr)
    list(project.import_files([originals[0], originals[1], quieter]))
    report = project.dataset_report()
    ids = {f.name: f.id for f in project.files}
    assert [(d.a, d.b) for d in report.duplicates] == [(ids["verse 1.wav"], ids["verse 1 quieter.wav"])]
    rows = {r.name: r for r in report.files}
    assert rows["verse 1 quieter.wav"].status == "warning"
    assert any("near-duplicate" in reason for reason in rows["verse 1.wav"].reasons)
    assert rows["chorus 声音.flac"].status == "ok"
    assert "min of audio" in report.warnings[0].message
    assert json.loads(json.dumps(report.to_dict()))["files"][0]["file_id"] == project.files[0].id
