import math

import pytest

from svcdesk.config import TrainingConfig
from svcdesk.training.advisor import DatasetStats, Hardware, advise, apply_suggestions, scaled_learning_rate

CPU = Hardware("cpu", None, 2, 24.0)


def by_name(suggestions):
    return {s.name: s for s in suggestions}


def test_small_dataset_on_cpu():
    stats = DatasetStats.from_lengths([3.7] * 60 + [0.3, 20.0])  # two clips outside the usable range
    assert stats.usable_segments == 60 and stats.minutes == pytest.approx(3.7)
    s = by_name(advise(stats, CPU))
    assert s["batch_size"].value == 4 and s["learning_rate"].value == pytest.approx(1e-4)
    assert s["schedule"].value == "exponential"
    assert s["augmentation"].value["pitch_shift_prob"] > 0 and s["augmentation"].value["time_stretch_prob"] > 0
    assert s["precision"].value == "fp32"
    assert s["segment_frames"].value == 32
    assert all(x.reason for x in s.values())
    # ~10k steps over 15 steps per epoch
    # The run's own count: 3 of the 60 clips are held out for validation, 57 make 15 batches of 4, and the two
    # silent clips the trainer adds fill one more (they fall in another length bucket).
    assert s["epochs"].value == round(10_000 / 16) and "(16 per epoch" in s["epochs"].reason


def test_large_dataset_on_big_gpu_estimates_batch_and_scales_lr():
    stats = DatasetStats.from_lengths([3.7] * 2000)
    gpu = Hardware("cuda", 24.0, 8, 64.0, bf16=True)
    s = by_name(advise(stats, gpu, lr_rule="sqrt"))
    batch = s["batch_size"].value
    assert batch == int((24.0 - 2.5) / 0.9)
    assert s["learning_rate"].value == pytest.approx(1e-4 * math.sqrt(batch / 4), rel=1e-2)
    assert s["augmentation"].value == {"pitch_shift_prob": 0.0, "time_stretch_prob": 0.0}
    assert s["precision"].value == "bf16"
    # 100 of the 2000 clips are held out; the two silent clips make one more batch.
    assert s["epochs"].value == round(10_000 / (math.ceil(1900 / batch) + 1))
    small_steps = by_name(advise(DatasetStats.from_lengths([3.7] * 20000), gpu))
    assert small_steps["epochs"].value == 20  # the floor: many steps per epoch


def test_probe_picks_largest_batch_that_fits():
    stats = DatasetStats.from_lengths([3.7] * 500)
    gpu = Hardware("cuda", 8.0, 4, 16.0)
    tried = []

    def probe(batch):
        tried.append(batch)
        return batch <= 6

    s = by_name(advise(stats, gpu, probe=probe))
    assert s["batch_size"].value == 6 and tried[:3] == [32, 24, 16]


def test_tiny_dataset_caps_batch_and_scratch_uses_warmup():
    stats = DatasetStats.from_lengths([2.0] * 5)
    s = by_name(advise(stats, CPU, fine_tune=False, lr_rule="linear"))
    assert s["batch_size"].value == 2
    assert s["learning_rate"].value == pytest.approx(5e-5)
    assert s["schedule"].value == "warmup_cosine" and s["warmup_steps"].value > 0


def test_lr_rules():
    assert scaled_learning_rate(16, "linear") == pytest.approx(4e-4)
    assert scaled_learning_rate(16, "sqrt") == pytest.approx(2e-4)
    with pytest.raises(ValueError):
        scaled_learning_rate(4, "cubic")


def test_apply_accepts_only_chosen():
    stats = DatasetStats.from_lengths([3.0] * 40)
    suggestions = advise(stats, CPU)
    config = apply_suggestions(TrainingConfig(batch_size=1), suggestions, accepted=["augmentation", "epochs"])
    assert config.batch_size == 1
    assert config.pitch_shift_prob == 0.3 and config.epochs == by_name(suggestions)["epochs"].value
    assert apply_suggestions(TrainingConfig(batch_size=1), suggestions).batch_size == 4


def test_hardware_detect_runs():
    hw = Hardware.detect()
    assert hw.cpu_cores >= 1 and hw.ram_gib > 0


def test_project_stats_from_segments_before_features(tmp_path):
    from svcdesk.audio.demo import create_demo_project
    from svcdesk.training.advisor import project_stats

    project = create_demo_project(tmp_path / "démo", seconds=30)
    stats = project_stats(project)
    assert len(stats.segment_seconds) == len([s for s in project.segments if s.included]) > 0
    assert stats.minutes == pytest.approx(sum(s for s in stats.segment_seconds if 0.75 <= s <= 15.5) / 60)
