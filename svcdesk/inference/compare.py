"""Checkpoint comparison: one clip rendered by N checkpoint/model FILES, scored, with a recommendation.

The source is analysed once (and kept in the source cache), so each further model costs the
generator alone. Renders are cached as WAV files keyed by (model file hash, source hash, options,
index file hash, encoder), so a comparison repeated while training goes on renders only the new
checkpoints. Models are always read from their files, never from a live training process.
"""

from __future__ import annotations

import gc
import math
import os
import time
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from svcdesk.config import ConversionConfig, config_key, to_dict
from svcdesk.errors import SvcdeskError
from svcdesk.events import Progress
from svcdesk.inference.analysis import file_sha256
from svcdesk.inference import progress as stages
from svcdesk.inference.events import ComparisonFinished, RenderFailed, RenderReady, ScoresReady
from svcdesk.inference.progress import Stage, WorkPlan
from svcdesk.inference.scores import (
    RenderScores, checkpoint_step, cosine, pitch_fidelity, recommend, reference_embedding, render_problem,
    speaker_embedding, validation_mel_loss, verdict,
)
from svcdesk.messages import Message, error_message
from svcdesk.utils.atomic import read_json, write_json_atomic
from svcdesk.utils.jobs import relay

RENDERS_DIR = "renders"
CACHE_DIR = "cache"
SCORES_FILE = "scores.json"


def model_labels(models: Sequence[str | os.PathLike]) -> list[str]:
    """Short display names: 'step 4000' for step_N.pt files, else the file stem; clashes get their folder."""
    labels = []
    for model in models:
        step = checkpoint_step(model)
        labels.append(f"step {step}" if step >= 0 else Path(model).stem)
    clashing = {label for label in labels if labels.count(label) > 1}
    return [f"{Path(model).parent.name}/{label}" if label in clashing else label
            for model, label in zip(models, labels)]


def render_key(model_hash: str, source_hash: str, options: ConversionConfig, index_hash: str, encoder_id: str) -> str:
    return config_key(options, extra=f"{model_hash}|{source_hash}|{index_hash}|{encoder_id}")


# Within one model's slot of the bar: loading, the render tile by tile, then its scores (pitch, speaker).
SLOT_LOAD, SLOT_RENDER = 0.1, 0.8
SPEAKER_SECONDS_PER_RECORDING = 0.3


def comparison_plan(duration_s: float, pitch_method: str, models: int, references: int) -> WorkPlan:
    """The clip's analysis, the training voice's embedding, then one slot per model. Every model of a comparison
    is taken to cost the same (they are checkpoints of one run, or voices of one architecture)."""
    per_model = (stages.VOICE_LOAD_SECONDS_PER_MB * 60 + stages.DECODER_SECONDS * duration_s
                 + stages.PITCH_SECONDS.get(pitch_method, 0.3) * duration_s + SPEAKER_SECONDS_PER_RECORDING)
    return WorkPlan([
        Stage("analysis", stages.analysis_seconds(duration_s, pitch_method), Message("analysing the clip")),
        Stage("reference", SPEAKER_SECONDS_PER_RECORDING * references, Message("embedding the training voice")),
        *[Stage(f"model{i}", per_model, Message("rendering")) for i in range(models)],
    ])


def _analysis_progress(plan: WorkPlan, duration_s: float, pitch_method: str):
    """A translation for `relay`: the analysis's own stages (read, pitch, content) as progress through its stage."""
    inner = stages.conversion_plan(duration_s, pitch_method, 0.0, content_separate=True)

    def translate(event):
        if not isinstance(event, Progress):
            return event
        stage, fraction = stages.analysis_stage(event)
        step = inner.progress(stage, fraction)
        return plan.progress("analysis", step.done / step.total, event.message)
    return translate


def _within_model(plan: WorkPlan, index: int, message: Message):
    """A translation for `relay`: a render's Progress as progress through the model's slot of the bar."""
    def translate(event):
        if isinstance(event, Progress) and event.total:
            return plan.progress(f"model{index}", SLOT_LOAD + SLOT_RENDER * event.done / event.total, message)
        return event
    return translate


def compare(models: Sequence[str | os.PathLike], source, out_dir: str | os.PathLike,
            options: ConversionConfig = ConversionConfig(), index: str | os.PathLike | None = None, *,
            reference: Sequence[str | os.PathLike] = (), encoder=None, demo_encoder: bool = False,
            device: str = "cpu") -> Iterator[object]:
    """Render `source` with every model file, score each render and recommend one.

    Yields Progress, RenderReady / RenderFailed and ScoresReady per model, then ComparisonFinished.
    `reference` are recordings of the training set (e.g. the project's segments) for speaker similarity.
    Writes `out_dir/renders/*.wav` and `out_dir/scores.json`.
    """
    from svcdesk.audio.io import load_audio, save_audio
    from svcdesk.features.pitch import transpose
    from svcdesk.inference.analysis import source_fingerprint
    from svcdesk.inference.pipeline import (
        content_encoder,
        finish_output,
        render,
        resolve_index,
        resolve_voice,
        source_duration,
    )
    from svcdesk.inference.source_cache import SourceCache, encoder_identity

    out_dir = Path(out_dir)
    models = list(dict.fromkeys(Path(m) for m in models))  # the same file twice is one candidate
    if not models:
        raise SvcdeskError(Message("give at least one model or checkpoint to compare"))
    if encoder is None:
        encoder = content_encoder(demo_encoder, device)
    retrieval = resolve_index(index)
    index_hash = file_sha256(index) if index is not None else ""
    source_hash = source_fingerprint(source)
    duration = source_duration(source)
    progress = comparison_plan(duration, options.f0_method, len(models), len(reference))
    yield progress.progress("analysis")
    analysis, _ = yield from relay(
        SourceCache(out_dir / CACHE_DIR).analysis(source, options, encoder, device, source_hash=source_hash),
        _analysis_progress(progress, duration, options.f0_method))
    plan = analysis.plan
    target_f0 = transpose(analysis.f0[plan.pad:plan.pad + plan.frames], options.transpose)
    reference_voice = None
    if reference:
        yield progress.progress("reference")
        reference_voice = reference_embedding([load_audio(path) for path in reference])
    labels = model_labels(models)
    results: list[RenderScores] = []
    for n, (model, label) in enumerate(zip(models, labels)):
        rendering = Message("rendering {label}", label=label)
        yield progress.progress(f"model{n}", 0.0, rendering)
        began = time.monotonic()
        try:
            key = render_key(file_sha256(model), source_hash, options, index_hash, encoder_identity(encoder))
        except OSError as exc:
            yield RenderFailed(str(model), f"cannot read {Path(model).name}: {exc.strerror or exc}")
            yield progress.progress(f"model{n}", 1.0, rendering)
            continue
        path = out_dir / RENDERS_DIR / f"{_file_label(label)}_{key[:10]}.wav"
        sidecar = path.with_suffix(".json")
        cached = path.is_file() and sidecar.is_file()
        if cached:
            audio, rate = load_audio(path)
            metadata = read_json(sidecar)
        else:
            try:
                voice = resolve_voice(model, device)
                metadata = dict(getattr(voice, "metadata", {}) or {})
                yield progress.progress(f"model{n}", SLOT_LOAD, rendering)
                audio = yield from relay(render(analysis, voice, options, retrieval, device),
                                         _within_model(progress, n, rendering))
                audio, rate = finish_output(audio, voice.sample_rate, options)
            except SvcdeskError as exc:
                yield RenderFailed(str(model), error_message(exc))
                yield progress.progress(f"model{n}", 1.0, rendering)
                continue
            finally:
                # No gc.collect() here: a full collection holds the GIL for hundreds of milliseconds, and the GUI
                # stalls meanwhile. The loaded-voice cache (svcdesk.inference.pipeline) bounds memory instead.
                voice = None
            save_audio(path, audio, rate)
            # The step is kept beside the render so a cached render needs no checkpoint load.
            metadata = {"step": checkpoint_step(model, metadata)}
            write_json_atomic(sidecar, metadata)
        yield RenderReady(model=str(model), label=label, path=str(path), from_cache=cached,
                          elapsed=time.monotonic() - began)
        yield progress.progress(f"model{n}", SLOT_LOAD + SLOT_RENDER, Message("scoring {label}", label=label))
        scores = score_render(model, label, audio, rate, target_f0, reference_voice, metadata)
        results.append(scores)
        yield ScoresReady(model=str(model), scores=scores)
        yield progress.progress(f"model{n}", 1.0, rendering)
    recommendation = recommend(results)
    why_none = "" if recommendation is not None else verdict(results)
    write_json_atomic(out_dir / SCORES_FILE, {
        "source": str(source) if isinstance(source, (str, os.PathLike)) else "(audio)",
        "options": to_dict(options),
        "scores": [_plain_scores(s) for s in results],
        "recommendation": None if recommendation is None else {
            "model": recommendation.model, "label": recommendation.label, "mean_rank": recommendation.mean_rank,
            "criteria": list(recommendation.criteria), "reasons": list(recommendation.reasons)},
    })
    yield ComparisonFinished(scores=tuple(results), recommendation=recommendation, verdict=why_none)


def score_render(model, label: str, audio: np.ndarray, rate: int, target_f0: np.ndarray,
                 reference_voice: np.ndarray | None, metadata: dict) -> RenderScores:
    cents, agreement = pitch_fidelity(audio, rate, target_f0)
    similarity = cosine(speaker_embedding(audio, rate), reference_voice) if reference_voice is not None else math.nan
    step = checkpoint_step(model, metadata)
    return RenderScores(model=str(model), label=label, pitch_cents_rms=cents, voicing_agreement=agreement,
                        speaker_similarity=similarity, val_mel_loss=validation_mel_loss(model, step), step=step,
                        problem=render_problem(audio, cents, target_f0))


def _file_label(label: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in label)[:40] or "model"


def _plain_scores(scores: RenderScores) -> dict:
    """JSON has no NaN: unknown scores become null."""
    from dataclasses import asdict

    return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in asdict(scores).items()}
