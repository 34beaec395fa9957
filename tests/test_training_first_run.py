"""What a new user meets first on the Train page: one steps-per-epoch count for the advice and the run, an ETA that
ignores paused time, when the first validation comes, the demo's short run, and the pitch method that follows
the feature cache."""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import time

import numpy as np
import pytest

from svcdesk.config import FeatureConfig, TrainingConfig
from svcdesk.training import advisor
from svcdesk.training.data import BucketSampler, batches_per_epoch, planned_steps_per_epoch
from svcdesk.training.events import StepMetrics, TrainStarted
from svcdesk.training.sources import mute_clip_frames
from svcdesk.training.trainer import ActiveClock, StepPace, next_evaluation_step, train
from training_helpers import _tiny_config, synthetic_sources

CPU = advisor.Hardware("cpu", None, 2, 16.0)


@pytest.mark.parametrize("world", [1, 2, 3])
def test_batches_per_epoch_equals_the_drawn_plan(world):
    rng = np.random.default_rng(0)
    lengths = rng.integers(60, 1500, size=57)
    for batch in (1, 3, 4, 8):
        for rank in range(world):
            sampler = BucketSampler(lengths, batch, seed=5, rank=rank, world=world)
            assert len(sampler._make_plan(0)) == batches_per_epoch(lengths, batch, world) == len(sampler)


def test_the_advice_counts_the_steps_the_run_takes(tmp_path, one_torch_thread):
    # Clips of mixed lengths in several buckets, two held out for validation, two silent clips added:
    # dividing the clip count by the batch size (the old advice) says 4 per epoch, the run takes 6.
    lengths = [1.2, 1.3, 2.4, 2.5, 3.6, 4.1, 5.2, 6.3, 7.4, 1.9, 2.2, 3.3, 4.4, 6.6]
    sources = []
    for i, seconds in enumerate(lengths):
        source = synthetic_sources(1, seconds)[0]
        sources.append(dataclasses.replace(source, key=f"seg{i:03d}"))
    config = _tiny_config("count", 1, batch_size=4, mute_clips=2)
    stats = advisor.DatasetStats.from_lengths([s.frames / 100 for s in sources], keys=[s.key for s in sources])
    silence = np.zeros((mute_clip_frames() // 2, 768), np.float32)
    started = next(e for e in train(config, sources=sources, runs_dir=tmp_path, mute_content=silence)
                   if isinstance(e, TrainStarted))
    assert advisor.steps_per_epoch(stats, config) == started.steps_per_epoch
    assert started.steps_per_epoch != math.ceil(len(lengths) / 4), "the case must tell the two counts apart"
    epochs_hint = next(s for s in advisor.advise(stats, CPU, config=config) if s.name == "epochs")
    assert f"({started.steps_per_epoch} per epoch" in epochs_hint.reason


def test_planned_steps_skip_clips_outside_the_usable_range():
    config = TrainingConfig(batch_size=2, val_fraction=0.0, min_val_segments=0, mute_clips=0)
    clips = [("a", 50), ("b", 120), ("c", 130), ("d", 2000)]  # a is too short, d too long
    assert planned_steps_per_epoch(clips, config) == 1
    assert planned_steps_per_epoch(clips, dataclasses.replace(config, mute_clips=2), mute_frames=298) == 2


def test_pace_ignores_time_the_consumer_held_the_generator():
    clock = ActiveClock()
    start = clock.now()
    clock.exclude(3600.0)  # an hour paused
    assert clock.now() - start < 1.0
    pace = StepPace()
    assert math.isnan(pace.steps_per_second)
    for _ in range(60):
        pace.add(2.0, 1, 4)
    assert pace.steps_per_second == pytest.approx(0.5) and pace.samples_per_second == pytest.approx(2.0)
    pace.add(20.0, 1, 4)  # one slow window (a checkpoint save) counts at its share of the recent windows
    assert pace.steps_per_second == pytest.approx(50 / (49 * 2.0 + 20.0))


def test_eta_after_a_pause_keeps_the_measured_pace(tmp_path, one_torch_thread):
    config = _tiny_config("pause", 12, log_every_steps=1)
    rates = []
    for event in train(config, sources=synthetic_sources(6), runs_dir=tmp_path):
        if isinstance(event, StepMetrics):
            rates.append((event.step, event.samples_per_second, event.eta_seconds))
            if event.step == 6:
                time.sleep(3.0)  # the user pressed Pause here: the worker held the generator for 3 s
    before = np.median([rate for step, rate, _ in rates if 3 <= step <= 6])
    after = rates[6][1]  # step 7, the first window after the pause
    assert after > 0.5 * before, f"paused time counted as training: {before:.2f} -> {after:.2f} samples/s"
    assert math.isfinite(rates[6][2]) and rates[6][2] < 60


def test_next_evaluation_step_follows_each_schedule():
    assert next_evaluation_step(TrainingConfig(eval_every_steps=25), 0, 6, 1000) == 25
    assert next_evaluation_step(TrainingConfig(save_every_steps=50), 60, 6, 1000) == 100
    assert next_evaluation_step(TrainingConfig(save_every_epochs=10), 0, 6, 1000) == 60
    assert next_evaluation_step(TrainingConfig(save_every_steps=50), 0, 6, 30) == 30


def test_train_started_says_when_the_first_validation_comes(tmp_path, one_torch_thread):
    config = _tiny_config("first-eval", 2, save_every_steps=2)
    started = next(e for e in train(config, sources=synthetic_sources(6), runs_dir=tmp_path)
                   if isinstance(e, TrainStarted))
    assert started.first_eval_step == 2 and started.validation_clips >= 2


def test_demo_suggestions_are_a_short_run_by_steps_with_every_checkpoint_kept():
    stats = advisor.DatasetStats.from_lengths([6.0] * 24)
    suggestions = {s.name: s for s in advisor.demo_suggestions(stats, CPU)}
    config = advisor.apply_suggestions(TrainingConfig(tiny_model=True), suggestions.values())
    assert config.steps == advisor.DEMO_STEPS and config.save_every_steps == advisor.DEMO_SAVE_EVERY_STEPS
    assert config.keep_last == advisor.DEMO_STEPS // advisor.DEMO_SAVE_EVERY_STEPS >= 3
    assert config.eval_every_steps == 0, "a validation and a preview at every checkpoint"
    assert config.pitch_shift_prob == 0 and config.time_stretch_prob == 0
    assert "checkpoints to compare" in suggestions["save_every_steps"].reason


def _write_index(cache_dir, config: FeatureConfig, name: str):
    from svcdesk.config import to_dict

    folder = cache_dir / "features"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"index-{name}.json").write_text(json.dumps({"config": to_dict(config), "items": {}}),
                                               encoding="utf-8")


def test_train_uses_the_pitch_method_the_cache_was_built_with(tmp_path, monkeypatch):
    from svcdesk import assets
    from svcdesk.commands.train import training_feature_config
    from svcdesk.project import Project

    monkeypatch.setenv(assets.ASSETS_DIR_ENV, str(tmp_path / "weights"))  # no rmvpe.pt
    project = Project.create(tmp_path / "voice")
    args = argparse.Namespace(f0_method=None, demo_encoder=False)
    assert training_feature_config(project, args).f0_method == "fcpe", "no cache, no rmvpe.pt: the bundled method"
    _write_index(project.cache_dir, FeatureConfig(sample_rate=project.sample_rate, f0_method="crepe", f0_max=900.0),
                 "older")
    time.sleep(0.01)
    _write_index(project.cache_dir, FeatureConfig(sample_rate=project.sample_rate, f0_method="harvest"), "newer")
    chosen = training_feature_config(project, args)
    assert chosen.f0_method == "harvest", "the most recent build wins"
    args.f0_method = "pm"
    assert training_feature_config(project, args).f0_method == "pm", "--f0 overrides the cache"


def test_every_command_spells_the_pitch_flag_the_same(capsys):
    from svcdesk.cli import build_parser

    parser = build_parser()
    for command in ("preprocess", "train", "convert", "compare"):
        action = next(a for a in parser._subparsers._group_actions[0].choices[command]._actions
                      if a.dest == "f0_method")
        assert "--f0" in action.option_strings and action.default is None, command
