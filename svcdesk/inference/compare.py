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
from svcdesk.inference.events import RENDER_STEPS, ComparisonFinished, RenderFailed, RenderReady, ScoresReady
from svcdesk.inference.scores import (
    RenderScores, checkpoint_step, cosine, pitch_fidelity, recommend, reference_embedding, speaker_embedding,
    validation_mel_loss,
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


def _within_model(index: int, count: int, message: str):
    """A translation for `relay`: a render's Progress (the song's frames) as progress through the comparison,
    with the model's "rendering ..." message."""
    def translate(event):
        if isinstance(event, Progress) and event.total:
            return Progress(index * RENDER_STEPS + RENDER_STEPS * event.done // event.total, count * RENDER_STEPS,
                            message)
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
    from svcdesk.inference.pipeline import content_encoder, finish_output, render, resolve_index, resolve_voice
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
    analysis, _ = yield from SourceCache(out_dir / CACHE_DIR).analysis(source, options, encoder, device,
                                                                        source_hash=source_hash)
    plan = analysis.plan
    target_f0 = transpose(analysis.f0[plan.pad:plan.pad + plan.frames], options.transpose)
    reference_voice = None
    if reference:
        yield Progress(0, 0, Message("embedding the training voice"))
        reference_voice = reference_embedding([load_audio(path) for path in reference])
    labels = model_labels(models)
    results: list[RenderScores] = []
    for n, (model, label) in enumerate(zip(models, labels), start=1):
        rendering = Message("rendering {label}", label=label)
        yield Progress((n - 1) * RENDER_STEPS, len(models) * RENDER_STEPS, rendering)
        began = time.monotonic()
        try:
            key = render_key(file_sha256(model), source_hash, options, index_hash, encoder_identity(encoder))
        except OSError as exc:
            yield RenderFailed(str(model), f"cannot read {Path(model).name}: {exc.strerror or exc}")
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
                audio = yield from relay(render(analysis, voice, options, retrieval, device),
                                         _within_model(n - 1, len(models), rendering))
                audio, rate = finish_output(audio, voice.sample_rate, options)
            except SvcdeskError as exc:
                yield RenderFailed(str(model), error_message(exc))
                continue
            finally:
                voice = None
                gc.collect()  # one generator in memory at a time, however many checkpoints
            save_audio(path, audio, rate)
            # The step is kept beside the render so a cached render needs no checkpoint load.
            metadata = {"step": checkpoint_step(model, metadata)}
            write_json_atomic(sidecar, metadata)
        yield RenderReady(model=str(model), label=label, path=str(path), from_cache=cached,
                          elapsed=time.monotonic() - began)
        scores = score_render(model, label, audio, rate, target_f0, reference_voice, metadata)
        results.append(scores)
        yield ScoresReady(model=str(model), scores=scores)
    recommendation = recommend(results)
    write_json_atomic(out_dir / SCORES_FILE, {
        "source": str(source) if isinstance(source, (str, os.PathLike)) else "(audio)",
        "options": to_dict(options),
        "scores": [_plain_scores(s) for s in results],
        "recommendation": None if recommendation is None else {
            "model": recommendation.model, "label": recommendation.label, "mean_rank": recommendation.mean_rank,
            "criteria": list(recommendation.criteria), "reasons": list(recommendation.reasons)},
    })
    yield ComparisonFinished(scores=tuple(results), recommendation=recommendation)


def score_render(model, label: str, audio: np.ndarray, rate: int, target_f0: np.ndarray,
                 reference_voice: np.ndarray | None, metadata: dict) -> RenderScores:
    cents, agreement = pitch_fidelity(audio, rate, target_f0)
    similarity = cosine(speaker_embedding(audio, rate), reference_voice) if reference_voice is not None else math.nan
    step = checkpoint_step(model, metadata)
    return RenderScores(model=str(model), label=label, pitch_cents_rms=cents, voicing_agreement=agreement,
                        speaker_similarity=similarity, val_mel_loss=validation_mel_loss(model, step), step=step)


def _file_label(label: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in label)[:40] or "model"


def _plain_scores(scores: RenderScores) -> dict:
    """JSON has no NaN: unknown scores become null."""
    from dataclasses import asdict

    return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in asdict(scores).items()}
