"""Objective scores of a render and a recommendation that weighs several of them.

- pitch fidelity: cents RMS between the output's f0 (re-extracted with fcpe) and the f0 that was
  asked for, on frames voiced in both, plus the share of frames whose voicing agrees;
- speaker similarity: cosine between the render's GE2E embedding and the training set's mean
  embedding (Resemblyzer ships its encoder weights inside the package, so this works offline);
- validation mel L1 of the checkpoint, read from its run's metrics when the run recorded it.

The recommendation ranks every model on each score that is known for all of them and picks the
best mean rank; it is refused when fewer than two scores are available, so it never rests on one.
"""

from __future__ import annotations

import contextlib
import functools
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from svcdesk.messages import Message

PITCH_METHOD = "fcpe"
SCORE_RATE = 16000
SILENT_PEAK = 1e-4
UNPITCHED = 1e9  # pitch error given to a render without any voiced frame


@dataclass(frozen=True)
class RenderScores:
    model: str
    label: str
    pitch_cents_rms: float  # lower is better; NaN when no frame is voiced in both
    voicing_agreement: float  # 0..1, higher is better
    speaker_similarity: float  # cosine -1..1, higher is better; NaN without reference audio
    val_mel_loss: float  # lower is better; NaN when the run did not record it
    step: int = -1  # training step of the checkpoint, -1 when unknown


@dataclass(frozen=True)
class Criterion:
    field: str
    title: str
    higher_is_better: bool
    unit: str


CRITERIA = (
    Criterion("pitch_cents_rms", Message("pitch error"), False, "cents"),
    Criterion("voicing_agreement", Message("voicing agreement"), True, ""),
    Criterion("speaker_similarity", Message("speaker similarity"), True, ""),
    Criterion("val_mel_loss", Message("validation mel loss"), False, ""),
)


@dataclass(frozen=True)
class Recommendation:
    model: str
    label: str
    mean_rank: float  # 1 = best on every score used
    criteria: tuple[str, ...]  # the score fields the ranking used
    reasons: tuple[str, ...]  # one line per score, for the user


def pitch_agreement(output_f0: np.ndarray, target_f0: np.ndarray) -> tuple[float, float]:
    """(cents RMS on frames voiced in both, share of frames whose voicing agrees); f0 arrays in Hz, 0 = unvoiced."""
    frames = min(len(output_f0), len(target_f0))
    if frames == 0:
        return math.nan, math.nan
    out = np.asarray(output_f0[:frames], dtype=np.float64)
    want = np.asarray(target_f0[:frames], dtype=np.float64)
    out_voiced, want_voiced = out > 0, want > 0
    agreement = float(np.mean(out_voiced == want_voiced))
    both = out_voiced & want_voiced
    if not both.any():
        return math.nan, agreement
    cents = 1200.0 * np.log2(out[both] / want[both])
    return float(np.sqrt(np.mean(cents * cents))), agreement


def pitch_fidelity(audio: np.ndarray, sample_rate: int, target_f0: np.ndarray) -> tuple[float, float]:
    """Re-extract the render's f0 with fcpe at 16 kHz and compare it with `target_f0` (100 fps)."""
    from svcdesk.audio.io import resample
    from svcdesk.features.pitch import extract_f0

    audio16 = resample(audio, sample_rate, SCORE_RATE) if sample_rate != SCORE_RATE else audio
    return pitch_agreement(extract_f0(np.asarray(audio16, dtype=np.float32), method=PITCH_METHOD), target_f0)


@functools.lru_cache(maxsize=1)
def _voice_encoder():
    from resemblyzer import VoiceEncoder

    with contextlib.redirect_stdout(io.StringIO()):
        return VoiceEncoder("cpu", verbose=False)


def speaker_embedding(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """Unit-length GE2E embedding (256,) of one recording; a silent one gets the zero vector (similarity 0)."""
    from resemblyzer import preprocess_wav

    if len(audio) == 0 or float(np.max(np.abs(audio))) < SILENT_PEAK:
        return np.zeros(256, dtype=np.float32)
    wav = preprocess_wav(np.asarray(audio, dtype=np.float32), source_sr=sample_rate)
    if len(wav) < SCORE_RATE // 4:  # all silence after trimming: embed what there is
        wav = np.asarray(audio, dtype=np.float32)
    return _voice_encoder().embed_utterance(wav)


def reference_embedding(recordings: Sequence[tuple[np.ndarray, int]]) -> np.ndarray:
    """The training set's voice: the normalised mean of its recordings' embeddings."""
    if not recordings:
        raise ValueError("no reference recordings")
    mean = np.mean([speaker_embedding(audio, rate) for audio, rate in recordings], axis=0)
    return mean / max(float(np.linalg.norm(mean)), 1e-9)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-12))


_STEP_NAME = re.compile(r"step_0*(\d+)\.pt$")


def checkpoint_step(path: str | Path, metadata: dict | None = None) -> int:
    """The training step of a checkpoint file: from the loaded file's metadata or its step_N.pt name."""
    if metadata and isinstance(metadata.get("step"), int):
        return int(metadata["step"])
    match = _STEP_NAME.search(Path(path).name)
    return int(match.group(1)) if match else -1


def validation_mel_loss(path: str | Path, step: int) -> float:
    """The run's last `val/mel_l1` at or before `step`, when the checkpoint sits in a run folder."""
    from svcdesk.training.metrics import METRICS_FILE, MetricsReader

    if step < 0:
        return math.nan
    path = Path(path)
    for folder in (path.parent, path.parent.parent):
        metrics = folder / METRICS_FILE
        if metrics.is_file():
            with MetricsReader(metrics) as reader:
                series = reader.read_series(["val/mel_l1"]).get("val/mel_l1")
            if series is None:
                return math.nan
            steps, values = series
            eligible = np.nonzero(np.asarray(steps) <= step)[0]
            return float(np.asarray(values)[eligible[-1]]) if len(eligible) else math.nan
    return math.nan


def _format(value: float, criterion: Criterion) -> str:  # a Message, or digits
    if criterion.field == "pitch_cents_rms" and value >= UNPITCHED:
        return Message("(no voiced output)")
    if criterion.unit == "cents":
        return Message("{cents:.0f} cents", cents=value)
    return f"{value:.3f}"


def _rank_value(scores: RenderScores, criterion: Criterion) -> float:
    """A render with no voiced frame at all has no pitch error to measure: it ranks last on pitch."""
    value = getattr(scores, criterion.field)
    if criterion.field == "pitch_cents_rms" and math.isnan(value) and math.isfinite(scores.voicing_agreement):
        return UNPITCHED
    return value


def recommend(scores: Sequence[RenderScores]) -> Recommendation | None:
    """Best mean rank over every score known for all models; None when fewer than two scores are known."""
    if not scores:
        return None
    usable = [c for c in CRITERIA if all(math.isfinite(_rank_value(s, c)) for s in scores)]
    if len(usable) < 2:
        return None
    ranks = np.zeros((len(scores), len(usable)))
    for j, criterion in enumerate(usable):
        values = np.array([_rank_value(s, criterion) for s in scores], dtype=np.float64)
        keyed = -values if criterion.higher_is_better else values
        # Competition ranking (1, 2, 2, 4): equal values share a rank.
        ranks[:, j] = [1 + int(np.sum(keyed < v)) for v in keyed]
    mean_ranks = ranks.mean(axis=1)
    # Ties on mean rank go to the better worst rank: a model that is never bad beats an uneven one.
    order = sorted(range(len(scores)), key=lambda i: (mean_ranks[i], ranks[i].max(), i))
    best = order[0]
    n = len(scores)
    reasons = [Message("{criterion} {value} (rank {rank} of {count})", criterion=c.title,
                       value=_format(_rank_value(scores[best], c), c), rank=int(ranks[best, j]), count=n)
               for j, c in enumerate(usable)]
    reasons.append(Message("best mean rank {rank:.2f} over {count} scores", rank=mean_ranks[best], count=len(usable)))
    return Recommendation(model=scores[best].model, label=scores[best].label, mean_rank=float(mean_ranks[best]),
                          criteria=tuple(c.field for c in usable), reasons=tuple(reasons))
