"""Tiny-model training runs on synthetic clips (CPU, one thread so the shared machine stays usable)."""

import math
import sys

import numpy as np
import pytest
import torch

from svcdesk.config import TrainingConfig
from svcdesk.training.events import CheckpointSaved, EvalResult, Finished, StepMetrics, TrainStarted, TrainWarning
from svcdesk.training.metrics import MetricsReader
from svcdesk.training.trainer import TrainHooks, train

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from training_helpers import synthetic_sources  # noqa: E402


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py


def tiny(**kw):
    base = dict(run="r", tiny_model=True, batch_size=2, steps=4, save_every_steps=1000, eval_every_steps=0,
                segment_frames=8)  # a short window: the decoder and discriminators dominate a step
    base.update(kw)
    return TrainingConfig(**base)


def run_all(gen):
    return list(gen)


def of(events, kind):
    return [e for e in events if isinstance(e, kind)]


def test_short_run_events_metrics_checkpoints_and_preview(tmp_path):
    events = run_all(train(tiny(steps=3, keep_last=1, export_rvc=True), sources=synthetic_sources(6),
                           runs_dir=tmp_path))
    (started,) = of(events, TrainStarted)
    assert started.train_clips == 4 and started.validation_clips == 2 and started.total_steps == 3
    steps = of(events, StepMetrics)
    assert [s.step for s in steps] == [1, 2, 3]
    for s in steps:
        assert set(s.metrics) >= {"g/total", "g/mel", "g/kl", "g/fm", "g/adv", "d/total", "lr/g", "lr/d",
                                  "grad_norm/g", "grad_norm/d"}
        assert all(math.isfinite(v) for v in s.metrics.values())
        assert s.memory_kind == "rss" and s.memory_mb > 0
    assert steps[0].metrics["lr/g"] == pytest.approx(1e-4)
    (result,) = of(events, EvalResult)
    assert math.isfinite(result.val_mel_l1) and result.is_best
    assert (tmp_path / "r" / "previews" / "step_3.wav").exists()
    (saved,) = of(events, CheckpointSaved)
    assert {"latest", "best"} <= set(saved.tags)
    assert (tmp_path / "r" / "checkpoints" / "latest.pt").exists()
    from svcdesk.models.rvcfile import load_voice

    voice = load_voice(saved.rvc_export)  # the RVC inference file written with the checkpoint
    assert voice.sample_rate == 40000 and voice.has_pitch
    assert of(events, Finished)[0].reason == "completed"
    with MetricsReader(tmp_path / "r") as reader:
        steps_logged, values = reader.read_series(["g/mel"])["g/mel"]
        assert steps_logged.tolist() == [1, 2, 3]
        np.testing.assert_allclose(values, [s.metrics["g/mel"] for s in steps], rtol=1e-6)
        assert any(e.kind == "checkpoint" for e in reader.read_events())


def test_mel_loss_falls_on_an_overfit_set(tmp_path):
    config = tiny(steps=20, learning_rate=2e-3, val_fraction=0.0, min_val_segments=0, schedule="constant")
    events = run_all(train(config, sources=synthetic_sources(4, seconds=0.8), runs_dir=tmp_path))
    mel = np.array([s.metrics["g/mel"] for s in of(events, StepMetrics)])
    assert np.isfinite(mel).all()
    assert mel[-5:].mean() < 0.8 * mel[:3].mean()


def test_close_stops_after_the_step_and_saves(tmp_path):
    gen = train(tiny(steps=50), sources=synthetic_sources(6), runs_dir=tmp_path)
    for event in gen:
        if isinstance(event, StepMetrics) and event.step == 2:
            break
    gen.close()
    from svcdesk.models.checkpoint import load_checkpoint

    assert load_checkpoint(tmp_path / "r" / "checkpoints" / "latest.pt").step == 2


def test_nan_rolls_back_halves_lr_and_gives_up_after_three(tmp_path):
    fired = set()

    def poison_once(step, loss):
        if step == 3 and step not in fired:
            fired.add(step)
            return loss * float("nan")
        return loss

    config = tiny(steps=6, save_every_steps=2, eval_every_steps=1000, schedule="constant")
    events = run_all(train(config, sources=synthetic_sources(6), runs_dir=tmp_path,
                           hooks=TrainHooks(generator_loss=poison_once)))
    kinds = [w.kind for w in of(events, TrainWarning)]
    assert kinds.count("nonfinite") == 1 and kinds.count("rollback") == 1
    rollback = [w for w in of(events, TrainWarning) if w.kind == "rollback"][0]
    assert "step 2" in rollback.message
    steps = of(events, StepMetrics)
    assert steps[-1].step == 6 and all(math.isfinite(s.metrics["g/total"]) for s in steps)
    assert steps[-1].metrics["lr/g"] == pytest.approx(0.5e-4)
    assert of(events, Finished)[0].reason == "completed"
    with MetricsReader(tmp_path / "r") as reader:  # the redone steps are logged once
        logged = reader.read_series(["g/total"])["g/total"][0].tolist()
        assert logged == sorted(set(logged)) and logged[-1] == 6

    always = TrainHooks(generator_loss=lambda step, loss: loss * float("nan"))
    events = run_all(train(tiny(run="bad", steps=20), sources=synthetic_sources(6), runs_dir=tmp_path, hooks=always))
    finished = of(events, Finished)[0]
    assert finished.reason == "nonfinite" and "NaN" in finished.report
    assert [w.kind for w in of(events, TrainWarning)].count("rollback") == 3


def test_injected_oom_halves_the_batch_and_continues(tmp_path):
    raised = []

    def oom_at_two(step):
        if step == 2 and not raised:
            raised.append(step)
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    events = run_all(train(tiny(steps=4, batch_size=4), sources=synthetic_sources(10), runs_dir=tmp_path,
                           hooks=TrainHooks(before_step=oom_at_two)))
    (warning,) = [w for w in of(events, TrainWarning) if w.kind == "oom"]
    assert "batch size 2" in warning.message
    sizes = [s.batch_size for s in of(events, StepMetrics)]
    assert sizes[:2] == [4, 4] and sizes[2:] == [2, 2]


def test_resume_without_checkpoint_is_a_clear_error(tmp_path):
    from svcdesk.errors import SvcdeskError

    with pytest.raises(SvcdeskError, match="nothing to resume"):
        run_all(train(tiny(), sources=synthetic_sources(6), runs_dir=tmp_path, resume=True))


def test_fine_tune_from_bases_loads_strictly(tmp_path):
    from svcdesk.errors import ModelFileError
    from svcdesk.models.rvcfile import save_rvc_checkpoint
    from svcdesk.training.trainer import build_models

    G, D, _ = build_models(tiny())
    with torch.no_grad():
        G.emb_g.weight.fill_(0.25)
    save_rvc_checkpoint(tmp_path / "G.pth", G, iteration=1)
    save_rvc_checkpoint(tmp_path / "D.pth", D, iteration=1)
    seen = []

    def emb_mean(step, generator, discriminator):
        seen.append(float(generator.emb_g.weight.detach().mean()))

    run_all(train(tiny(steps=1, base_generator=str(tmp_path / "G.pth"), base_discriminator=str(tmp_path / "D.pth")),
                  sources=synthetic_sources(6), runs_dir=tmp_path, hooks=TrainHooks(after_step=emb_mean)))
    assert seen[-1] == pytest.approx(0.25, abs=1e-3)  # started from the base (one small step away)
    # an earlier checkpoint as the starting point: weights carried over, optimisers and step fresh
    events = run_all(train(tiny(run="from-ckpt", steps=1,
                                init_checkpoint=str(tmp_path / "r" / "checkpoints" / "latest.pt")),
                           sources=synthetic_sources(6), runs_dir=tmp_path, hooks=TrainHooks(after_step=emb_mean)))
    assert [s.step for s in of(events, StepMetrics)] == [1] and seen[-1] == pytest.approx(0.25, abs=2e-3)
    G48, _, _ = build_models(tiny(sample_rate=48000))  # another rate: different upsampling shapes
    save_rvc_checkpoint(tmp_path / "G48.pth", G48, iteration=1)
    wrong = tiny(run="x", steps=1, base_generator=str(tmp_path / "G48.pth"), base_discriminator=str(tmp_path / "D.pth"))
    with pytest.raises(ModelFileError, match="does not fit"):
        run_all(train(wrong, sources=synthetic_sources(6), runs_dir=tmp_path))
