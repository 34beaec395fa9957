"""Feature cache: contents and alignment, per-piece invalidation, resume after a kill, bad segments,
the process pool, Project input, the demo flag and missing weights."""

from __future__ import annotations

import dataclasses
import os

import numpy as np
import pytest

from svcdesk.config import FeatureConfig
from svcdesk.errors import WeightsMissing
from svcdesk.events import Notice, Progress
from svcdesk.features import content
from svcdesk.features.cache import (
    FeatureCacheReady,
    FeatureItemDone,
    align_item,
    build_feature_cache,
    list_cached_items,
    load_cached_item,
)
from svcdesk.features.content import content_frame_count
from svcdesk.features.pitch import coarse_pitch, frame_count

from features_helpers import tiny_encoder, tiny_hubert, write_tone


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py

CONFIG = FeatureConfig(sample_rate=40000, f0_method="dio")


@pytest.fixture(scope="module")
def encoder():
    return tiny_encoder()


@pytest.fixture
def segments(tmp_path):
    folder = tmp_path / "ségments"
    return [write_tone(folder / f"seg{i}.wav", 0.8 + 0.1 * i, hz=150 + 40 * i) for i in range(4)]


def run(job) -> list:
    return list(job)


def done_events(events) -> list[FeatureItemDone]:
    return [e for e in events if isinstance(e, FeatureItemDone)]


def piece_mtimes(cache_dir) -> dict[str, int]:
    root = cache_dir / "features"
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*") if p.suffix in (".npy", ".npz")}


def test_build_stores_aligned_pieces_and_lists_them(segments, tmp_path, encoder):
    cache_dir = tmp_path / "cache"
    events = run(build_feature_cache(segments, CONFIG, cache_dir=cache_dir, encoder=encoder, workers=0))
    assert any(isinstance(e, Progress) for e in events)
    done = done_events(events)
    assert [d.computed for d in done] == [("spec", "content", "f0")] * 4
    ready = events[-1]
    assert isinstance(ready, FeatureCacheReady) and ready.usable == 4 and ready.skipped == 0 and not ready.is_demo

    entries = list_cached_items(cache_dir, CONFIG)
    assert [e.segment for e in entries] == [str(p) for p in segments]
    for entry, path in zip(entries, segments):
        item = load_cached_item(entry)
        n40 = int(round((0.8 + 0.1 * segments.index(path)) * 40000))
        n16 = n40 * 16000 // 40000
        assert item.content.shape == (content_frame_count(n16), 32) and item.content.dtype == np.float32
        assert item.f0.shape == (frame_count(n16),) and item.f0.dtype == np.float32
        assert item.coarse.dtype == np.int64 and np.array_equal(item.coarse, coarse_pitch(item.f0))
        assert item.spec.shape == (1025, n40 // 400) and item.spec.dtype == np.float32
        np.testing.assert_allclose(np.median(item.f0[item.f0 > 0]), 150 + 40 * segments.index(path), rtol=0.03)
        content100, f0, coarse, spec = align_item(item)
        n = min(2 * item.content.shape[0], len(item.f0), item.spec.shape[1])
        assert content100.shape == (n, 32) and f0.shape == coarse.shape == (n,) and spec.shape == (1025, n)
        assert entry.frames == n
        np.testing.assert_array_equal(content100[1::2], item.content[: (n + 1) // 2][: len(content100[1::2])])


def test_changing_the_f0_method_recomputes_only_f0(segments, tmp_path, encoder):
    cache_dir = tmp_path / "cache"
    run(build_feature_cache(segments, CONFIG, cache_dir=cache_dir, encoder=encoder, workers=0))
    before = piece_mtimes(cache_dir)

    again = done_events(run(build_feature_cache(segments, CONFIG, cache_dir=cache_dir, encoder=encoder, workers=0)))
    assert [d.computed for d in again] == [()] * 4
    assert piece_mtimes(cache_dir) == before

    pm_config = dataclasses.replace(CONFIG, f0_method="pm")
    changed = done_events(run(build_feature_cache(segments, pm_config, cache_dir=cache_dir, encoder=encoder, workers=0)))
    assert [d.computed for d in changed] == [("f0",)] * 4
    after = piece_mtimes(cache_dir)
    assert {k: v for k, v in after.items() if k in before} == before  # nothing rewritten
    new = set(after) - set(before)
    assert len(new) == 4 and all(name.split("/")[-1].startswith("f0-") for name in new)

    rate_config = dataclasses.replace(pm_config, sample_rate=48000)
    respec = done_events(run(build_feature_cache(segments, rate_config, cache_dir=cache_dir, encoder=encoder, workers=0)))
    assert [d.computed for d in respec] == [("spec",)] * 4
    item = load_cached_item(list_cached_items(cache_dir, rate_config)[0])
    assert item.spec.shape[0] == 1025 and item.spec.shape[1] == int(0.8 * 48000) // 480

    # A different encoder identity recomputes content only.
    other = tiny_encoder(seed=1, identity="another-encoder")
    recontent = done_events(run(build_feature_cache(segments, rate_config, cache_dir=cache_dir, encoder=other, workers=0)))
    assert [d.computed for d in recontent] == [("content",)] * 4
    # Spelling a method's default out is the same setting.
    explicit = dataclasses.replace(rate_config, f0_voicing_threshold=0.6, f0_median_radius=0)
    same = done_events(run(build_feature_cache(segments, explicit, cache_dir=cache_dir, encoder=other, workers=0)))
    assert [d.computed for d in same] == [()] * 4


def test_resume_after_a_kill_computes_only_the_remainder(segments, tmp_path, encoder):
    cache_dir = tmp_path / "cache"
    job = build_feature_cache(segments, CONFIG, cache_dir=cache_dir, encoder=encoder, workers=0)
    finished = 0
    for event in job:
        if isinstance(event, FeatureItemDone):
            finished += 1
            if finished == 2:
                break
    job.close()
    assert list_cached_items(cache_dir, CONFIG) == []  # no index until a build completes
    # A temporary file left by a writer that died mid-write is never mistaken for a piece.
    first_item_dir = next((cache_dir / "features").rglob("content-*.npy")).parent
    stray = first_item_dir / ".content-deadbeef.npy.x1y2.tmp"
    stray.write_bytes(b"\x93NUMPY partial")

    resumed = done_events(run(build_feature_cache(segments, CONFIG, cache_dir=cache_dir, encoder=encoder, workers=0)))
    assert [d.computed for d in resumed] == [(), (), ("spec", "content", "f0"), ("spec", "content", "f0")]
    assert len(list_cached_items(cache_dir, CONFIG)) == 4


def test_closing_the_job_midway_leaves_no_temporary_files(segments, tmp_path, encoder):
    cache_dir = tmp_path / "cache"
    job = build_feature_cache(segments, CONFIG, cache_dir=cache_dir, encoder=encoder, workers=0)
    for event in job:
        if isinstance(event, Progress) and event.message.startswith("features: seg1"):
            break
    job.close()
    assert not list((cache_dir / "features").rglob("*.tmp"))


def test_bad_segments_are_reported_and_skipped(tmp_path, encoder):
    import soundfile as sf

    folder = tmp_path / "segments"
    good = write_tone(folder / "good.wav", 1.0)
    short = write_tone(folder / "short.wav", 0.3)
    silent = folder / "silent.wav"
    sf.write(silent, np.zeros(40000, dtype=np.float32), 40000)
    noise = folder / "noise.wav"
    sf.write(noise, np.random.default_rng(0).normal(0, 0.1, 40000).astype(np.float32), 40000)
    broken = folder / "broken.wav"
    broken.write_bytes(b"RIFF\x10\x00\x00\x00WAVEnot really")
    segments = [good, short, silent, noise, broken]
    cache_dir = tmp_path / "cache"

    events = run(build_feature_cache(segments, CONFIG, cache_dir=cache_dir, encoder=encoder, workers=0))
    notices = [e for e in events if isinstance(e, Notice)]
    assert {os.path.basename(n.subject) for n in notices} == {"short.wav", "silent.wav", "noise.wav", "broken.wav"}
    reasons = {os.path.basename(d.segment): d.reason for d in done_events(events) if d.status == "skipped"}
    assert "too short" in reasons["short.wav"] and "silent" in reasons["silent.wav"] and "unvoiced" in reasons["noise.wav"]
    assert "unreadable" in reasons["broken.wav"]
    assert events[-1].usable == 1 and events[-1].skipped == 4
    assert [e.segment for e in list_cached_items(cache_dir, CONFIG)] == [str(good)]
    # Rerun: audio-only rejects cost nothing, and are still reported.
    rerun = run(build_feature_cache(segments, CONFIG, cache_dir=cache_dir, encoder=encoder, workers=0))
    assert [d.computed for d in done_events(rerun)] == [()] * 5
    assert len([e for e in rerun if isinstance(e, Notice)]) == 4


def test_process_pool_gives_the_same_f0(segments, tmp_path, encoder):
    serial_dir, pool_dir = tmp_path / "serial", tmp_path / "pool"
    run(build_feature_cache(segments, CONFIG, cache_dir=serial_dir, encoder=encoder, workers=0))
    events = run(build_feature_cache(segments, CONFIG, cache_dir=pool_dir, encoder=encoder, workers=2))
    assert events[-1].usable == 4
    for a, b in zip(list_cached_items(serial_dir, CONFIG), list_cached_items(pool_dir, CONFIG)):
        np.testing.assert_array_equal(load_cached_item(a).f0, load_cached_item(b).f0)


def test_project_input_and_demo_flag(tmp_path, monkeypatch):
    from svcdesk.audio.demo import demo_project_job
    from svcdesk.project import Project

    run(demo_project_job(tmp_path / "Démo project", seconds=12.0))
    project = Project.open(tmp_path / "Démo project")
    assert project.segment_paths()
    monkeypatch.setattr(content, "build_hubert_base", tiny_hubert)
    config = FeatureConfig(sample_rate=project.sample_rate, f0_method="dio", demo_encoder=True)
    events = run(build_feature_cache(project, config, workers=0))
    ready = events[-1]
    assert ready.is_demo and ready.usable == len(project.segment_paths())
    entries = list_cached_items(project, config)
    assert entries and all(e.is_demo for e in entries)
    assert all(project.cache_dir in e.content_path.parents for e in entries)
    assert load_cached_item(entries[0]).is_demo


def test_missing_content_weights_fail_before_any_work(segments, tmp_path, monkeypatch):
    monkeypatch.setattr(content, "registry_path", lambda name: None)
    with pytest.raises(WeightsMissing, match="ContentVec weights missing") as info:
        run(build_feature_cache(segments, CONFIG, cache_dir=tmp_path / "cache", workers=0))
    assert info.value.asset == "contentvec"
    assert not list((tmp_path / "cache").rglob("*.np*"))


def test_batched_encoding_matches_one_by_one(tmp_path, encoder):
    folder = tmp_path / "segments"
    paths = [write_tone(folder / "a.wav", 1.0, hz=150), write_tone(folder / "b.wav", 1.0, hz=210),
             write_tone(folder / "c.wav", 0.9, hz=180)]
    one, many = tmp_path / "one", tmp_path / "many"
    run(build_feature_cache(paths, CONFIG, cache_dir=one, encoder=encoder, workers=0, batch_size=1))
    events = run(build_feature_cache(paths, CONFIG, cache_dir=many, encoder=encoder, workers=0, batch_size=3))
    assert [d.computed for d in done_events(events)] == [("spec", "content", "f0")] * 3
    for a, b in zip(list_cached_items(one, CONFIG), list_cached_items(many, CONFIG)):
        np.testing.assert_allclose(load_cached_item(a).content, load_cached_item(b).content, atol=1e-5)


def test_preprocess_refuses_before_any_work_when_the_features_will_not_fit(segments, tmp_path, encoder,
                                                                            monkeypatch):
    """A drive with too little room: one line with the figures and the fix, and no piece written."""
    from svcdesk import storage

    monkeypatch.setattr(storage, "free_bytes", lambda path: 3 * 2**20)
    cache_dir = tmp_path / "cache"
    with pytest.raises(storage.StorageError) as caught:
        run(build_feature_cache(segments, CONFIG, cache_dir=cache_dir, encoder=encoder, workers=0))
    message = str(caught.value)
    assert message.startswith("not enough space for the features of 4 segments in ") and "\n" not in message
    assert "has 3.1 MB free. Free " in message and message.endswith("or choose another folder.")
    assert not any(p.is_file() for p in cache_dir.rglob("*.npy"))
