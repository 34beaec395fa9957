"""The synthetic demo singer: deterministic, voice-like, labelled, and a ready demo project."""

from __future__ import annotations

import numpy as np

from svcdesk.audio.demo import DemoProjectReady, create_demo_project, demo_project_job, synthesize_demo_singer
from svcdesk.audio.slicer import plan_slices, preset_config
from svcdesk.project import Project


def test_same_seed_same_samples_other_seed_other_song():
    a, sr = synthesize_demo_singer(seed=3, seconds=6.0, sample_rate=16000)
    b, _ = synthesize_demo_singer(seed=3, seconds=6.0, sample_rate=16000)
    c, _ = synthesize_demo_singer(seed=4, seconds=6.0, sample_rate=16000)
    assert sr == 16000 and a.shape == (96000,) and a.dtype == np.float32
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    assert 0.5 < np.max(np.abs(a)) <= 1.0 and np.isfinite(a).all()


def test_it_sings_phrases_with_pauses_and_a_pitched_voice():
    audio, sr = synthesize_demo_singer(seed=0, seconds=30.0, sample_rate=16000)
    plan = plan_slices(audio, sr, preset_config("custom", min_length_s=1.0, max_length_s=15.0))
    assert len(plan.segments) >= 4  # several phrases separated by pauses
    pauses = sum(end - start for start, end in plan.silences)
    assert 0.1 < pauses / 30.0 < 0.5  # pauses are a real but minor part
    start, end = plan.segments[1]
    voiced = audio[int(start * sr) : int(end * sr)]
    spectrum = np.abs(np.fft.rfft(voiced * np.hanning(len(voiced))))
    freqs = np.fft.rfftfreq(len(voiced), 1 / sr)
    # A singing voice: the energy sits between 100 Hz and 4 kHz, not at DC and not as white noise.
    band = spectrum[(freqs > 100) & (freqs < 4000)] ** 2
    assert band.sum() / (spectrum**2).sum() > 0.9


def test_demo_project_is_imported_sliced_and_labelled(tmp_path):
    events = list(demo_project_job(tmp_path / "demo", seed=1, seconds=40.0))
    assert isinstance(events[-1], DemoProjectReady)
    project = Project.open(tmp_path / "demo")
    assert "synthetic demo" in project.name and project.manifest["demo"]["synthetic"] is True
    assert len(project.files) == 1 and "synthetic demo singer" in project.files[0].name
    assert "synthetic" in project.files[0].original_path
    paths = project.segment_paths()
    assert len(paths) >= 2 and all(p.is_file() for p in paths)
    seen = []
    again = create_demo_project(tmp_path / "demo 2", seed=1, seconds=40.0, on_event=seen.append)
    assert [s.path.name for s in again.segments] == [s.path.name for s in project.segments]
    assert [(s.start_s, s.end_s) for s in again.segments] == [(s.start_s, s.end_s) for s in project.segments]
    assert seen and isinstance(seen[-1], DemoProjectReady)
