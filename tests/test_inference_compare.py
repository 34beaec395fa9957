"""Checkpoint comparison: render cache, scores on constructed cases, recommendation, CLI."""

from __future__ import annotations

import json
import math
import shutil

import numpy as np
import pytest
import soundfile as sf

from inference_fixtures import (
    SR16, LocalEncoder, pitch_following_voice_file, random_voice_file, sung_tone,
)
from svcdesk.config import ConversionConfig
from svcdesk.events import Progress
from svcdesk.inference.compare import compare, model_labels
from svcdesk.inference.events import ComparisonFinished, RenderFailed, RenderReady, ScoresReady
from svcdesk.inference.progress import SCALE
from svcdesk.inference.scores import (
    RenderScores, checkpoint_step, cosine, pitch_agreement, recommend, speaker_embedding, validation_mel_loss,
)

FCPE = ConversionConfig(f0_method="fcpe")

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py



@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("compare")
    source = folder / "clip.wav"
    sf.write(source, sung_tone(1.5, f0=200.0), SR16)
    reference = folder / "reference.wav"
    sf.write(reference, sung_tone(2.0, f0=180.0), SR16)
    return {"folder": folder, "source": source, "reference": reference,
            "random": random_voice_file(folder / "random.pth"),
            "pitch": pitch_following_voice_file(folder / "step_00000400.pt"),
            "random2": random_voice_file(folder / "other.pth", seed=5),
            "mute": pitch_following_voice_file(folder / "mute.pth", source_gain=0.0)}


def _run(models, setup, out, **kwargs):
    return list(compare(models, setup["source"], out, FCPE, encoder=LocalEncoder(), **kwargs))


def test_renders_are_cached_and_only_new_models_render(setup, tmp_path):
    first = _run([setup["random"], setup["pitch"]], setup, tmp_path)
    assert [e.from_cache for e in first if isinstance(e, RenderReady)] == [False, False]
    second = _run([setup["random"], setup["pitch"], setup["random2"]], setup, tmp_path)
    assert [e.from_cache for e in second if isinstance(e, RenderReady)] == [True, True, False]
    renders = {e.model: e.path for e in first + second if isinstance(e, RenderReady)}
    assert len(set(renders.values())) == 3 and all(sf.info(p).samplerate == 40000 for p in renders.values())
    assert len(list((tmp_path / "cache").glob("source_*.npz"))) == 1  # the clip was analysed once
    # another option is another render
    other = list(compare([setup["random"]], setup["source"], tmp_path, ConversionConfig(f0_method="fcpe", transpose=2),
                         encoder=LocalEncoder()))
    assert [e.from_cache for e in other if isinstance(e, RenderReady)] == [False]


def test_scores_and_recommendation_prefer_the_model_that_sings_the_pitch(setup, tmp_path):
    events = _run([setup["mute"], setup["pitch"]], setup, tmp_path, reference=[setup["reference"]])
    scores = {e.model: e.scores for e in events if isinstance(e, ScoresReady)}
    good, bad = scores[str(setup["pitch"])], scores[str(setup["mute"])]
    assert good.pitch_cents_rms < 30 and good.voicing_agreement > 0.9
    assert math.isnan(bad.pitch_cents_rms) and bad.voicing_agreement < 0.5
    assert -1.0 <= good.speaker_similarity <= 1.0 and good.step == 400 and math.isnan(good.val_mel_loss)
    finished = events[-1]
    assert isinstance(finished, ComparisonFinished)
    # One bar for the whole comparison (analysis, the training voice, then a slot per model, each render tile by
    # tile): it never runs backwards, and the second model starts where the first one's slot ends.
    progress = [e for e in events if isinstance(e, Progress)]
    assert {e.total for e in progress} == {SCALE}
    assert [e.done for e in progress] == sorted(e.done for e in progress) and progress[-1].done == SCALE
    first = [e.done for e in progress if e.message == "rendering step 0" or e.message.startswith("rendering mute")]
    second = [e.done for e in progress if e.message.startswith("rendering step 400")]
    assert first and second and max(first) <= min(second) < SCALE
    assert any(e.message == "embedding the training voice" for e in progress)
    assert finished.recommendation.model == str(setup["pitch"])
    assert len(finished.recommendation.criteria) >= 3
    saved = json.loads((tmp_path / "scores.json").read_text(encoding="utf-8"))
    assert saved["recommendation"]["label"] == "step 400" and saved["scores"][0]["val_mel_loss"] is None


def test_an_unloadable_model_is_reported_and_the_rest_compared(setup, tmp_path):
    broken = tmp_path / "broken.pth"
    broken.write_bytes(b"not a model")
    events = _run([broken, setup["pitch"]], setup, tmp_path / "out")
    failed = [e for e in events if isinstance(e, RenderFailed)]
    assert len(failed) == 1 and failed[0].model == str(broken)
    assert len(events[-1].scores) == 1


def test_pitch_agreement_on_constructed_tracks():
    target = np.array([200.0] * 50 + [0.0] * 50)
    sharp = target * 2 ** (50 / 1200)  # 50 cents sharp everywhere
    cents, agreement = pitch_agreement(sharp, target)
    assert cents == pytest.approx(50.0, abs=1e-6) and agreement == 1.0
    half_voiced = target.copy()
    half_voiced[:25] = 0.0
    cents, agreement = pitch_agreement(half_voiced, target)
    assert cents == pytest.approx(0.0) and agreement == pytest.approx(0.75)
    cents, agreement = pitch_agreement(np.zeros(100), target)
    assert math.isnan(cents) and agreement == 0.5


def _scores(label, cents, voicing, similarity, mel=math.nan):
    return RenderScores(model=label, label=label, pitch_cents_rms=cents, voicing_agreement=voicing,
                        speaker_similarity=similarity, val_mel_loss=mel)


def test_recommendation_aggregates_ranks_and_never_rests_on_one_score():
    candidates = [
        _scores("a", 20.0, 0.95, 0.70, 0.30),  # good everywhere
        _scores("b", 15.0, 0.80, 0.40, 0.45),  # best pitch only
        _scores("c", 40.0, 0.90, 0.65, 0.35),
    ]
    pick = recommend(candidates)
    assert pick.model == "a" and pick.criteria == ("pitch_cents_rms", "voicing_agreement", "speaker_similarity",
                                                  "val_mel_loss")
    assert any("speaker similarity" in reason for reason in pick.reasons)
    # only one score known for every model: no recommendation
    lonely = [_scores("a", math.nan, math.nan, 0.7), _scores("b", math.nan, math.nan, 0.6)]
    lonely = [RenderScores(s.model, s.label, math.nan, math.nan, s.speaker_similarity, math.nan) for s in lonely]
    assert recommend(lonely) is None
    # a render with no voiced output ranks last on pitch instead of dropping the pitch score
    muted = [_scores("a", 30.0, 0.9, 0.5), _scores("b", math.nan, 0.2, 0.6)]
    pick = recommend(muted)
    assert pick.model == "a" and "pitch_cents_rms" in pick.criteria
    assert recommend([]) is None


def test_speaker_similarity_is_one_for_the_same_recording_and_lower_for_another():
    voice = sung_tone(2.0, f0=180.0)
    other = np.random.default_rng(0).standard_normal(SR16 * 2).astype(np.float32) * 0.1
    same = cosine(speaker_embedding(voice, SR16), speaker_embedding(voice, SR16))
    different = cosine(speaker_embedding(voice, SR16), speaker_embedding(other, SR16))
    assert same == pytest.approx(1.0, abs=1e-5) and different < same - 0.05


def test_validation_mel_loss_comes_from_the_run_metrics(tmp_path):
    from svcdesk.training.metrics import MetricsWriter

    run = tmp_path / "runs" / "r1"
    (run / "checkpoints").mkdir(parents=True)
    with MetricsWriter(run / "metrics.sqlite") as writer:
        writer.add_scalars(100, {"val/mel_l1": 0.9})
        writer.add_scalars(200, {"val/mel_l1": 0.7})
        writer.add_scalars(300, {"val/mel_l1": 0.6})
    checkpoint = run / "checkpoints" / "step_00000250.pt"
    assert checkpoint_step(checkpoint) == 250
    assert validation_mel_loss(checkpoint, 250) == pytest.approx(0.7)
    assert math.isnan(validation_mel_loss(tmp_path / "x.pth", 250))
    assert model_labels([checkpoint, tmp_path / "a" / "v.pth", tmp_path / "b" / "v.pth"]) == ["step 250", "a/v", "b/v"]


def test_cli_compare_json(setup, tmp_path, capsys):
    from svcdesk.cli import main

    models = [str(setup["random"]), str(setup["pitch"])]
    code = main(["compare", "--models", *models, "--input", str(setup["source"]), "--out", str(tmp_path / "cmp"),
                 "--f0", "fcpe", "--demo-encoder", "--json", "--reference", str(setup["reference"])])
    assert code == 0
    table = json.loads(capsys.readouterr().out)
    assert [s["label"] for s in table["scores"]] == ["random", "step 400"]
    assert table["recommendation"]["reasons"]
    assert main(["compare", "--models", models[0], "--input", str(tmp_path / "missing.wav"),
                 "--out", str(tmp_path / "cmp2"), "--demo-encoder"]) == 1


def test_unusable_renders_never_rank_and_nothing_is_recommended_from_them():
    """Two renders without voiced output used to be 'recommended' on a missing pitch error counted as rank 1."""
    from svcdesk.inference.scores import RenderScores, recommend, render_problem, verdict

    target = np.full(300, 220.0)
    rng = np.random.default_rng(0)
    sung = (0.3 * np.sin(2 * np.pi * 220 * np.arange(48000) / 16000)).astype(np.float32)
    assert render_problem(sung, 12.0, target) == ""
    assert render_problem(np.zeros(48000, np.float32), math.nan, target) == "silent"
    assert render_problem(1e-5 * rng.standard_normal(48000), math.nan, target) == "silent"
    assert render_problem(0.2 * rng.standard_normal(48000), math.nan, target) == "no voiced output where the clip sings"
    clipped = np.clip(5 * sung, -0.99, 0.99)
    assert str(render_problem(clipped, 10.0, target)).startswith("clipped: ")
    assert render_problem(sung + 0.2, 10.0, target) == "DC offset +0.200"

    def scores(label, cents, voicing, problem=""):
        return RenderScores(label, label, cents, voicing, 0.5, math.nan, problem=problem)

    mute = [scores("tiny40k.pth", math.nan, 0.139, "no voiced output where the clip sings"),
            scores("other.pth", math.nan, 0.10, "no voiced output where the clip sings")]
    assert recommend(mute) is None
    assert str(verdict(mute)).startswith("No render is usable, so none is recommended (tiny40k.pth: no voiced "
                                         "output where the clip sings; other.pth: no voiced output")
    good = scores("step 400", 20.0, 0.95)
    pick = recommend([*mute, good, scores("step 200", 60.0, 0.90)])
    assert pick.model == "step 400" and all("of 2)" in str(reason) for reason in pick.reasons[:-1]), \
        "ranks are among the usable renders only"
    assert recommend([good]) is not None, "one usable render with two known scores is still recommended"
