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
QUIET_RMS_DBFS = -60.0  # a render quieter than this is silence with noise in it
SATURATED_SHARE = 0.01  # more samples than this pinned at the peak: the render is clipped
DC_LIMIT = 0.05  # a mean this far from zero is an offset, not sound


@dataclass(frozen=True)
class RenderScores:
    model: str
    label: str
    pitch_cents_rms: float  # lower is better; NaN when no frame is voiced in both
    voicing_agreement: float  # 0..1, higher is better
    speaker_similarity: float  # cosine -1..1, higher is better; NaN without reference audio
    val_mel_loss: float  # lower is better; NaN when the run did not record it
    step: int = -1  # training step of the checkpoint, -1 when unknown
    problem: str = ""  # why the render is not usable (a Message), "" when it is: an unusable render never ranks

    @property
    def usable(self) -> bool:
        return not self.problem


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


def speaker_embedding(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """Unit-length GE2E embedding (256,) of one recording; a silent one gets the zero vector (similarity 0)."""
    from svcdesk.inference import speaker

    if len(audio) == 0 or float(np.max(np.abs(audio))) < SILENT_PEAK:
        return np.zeros(speaker.EMBEDDING_SIZE, dtype=np.float32)
    wav = speaker.preprocess(audio, sample_rate)
    if len(wav) < SCORE_RATE // 4:  # all silence after trimming: embed what there is
        from svcdesk.audio.io import resample

        wav = resample(np.asarray(audio, dtype=np.float32), sample_rate, speaker.SAMPLE_RATE)
    return speaker.embed(wav)


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


def render_problem(audio: np.ndarray, pitch_cents: float, target_f0: np.ndarray) -> Message | str:
    """Why a render is not usable, "" when it is: silence, no voiced output where the clip sings, clipping, an
    offset. These would otherwise rank (a silent render has no pitch error to count against it)."""
    audio = np.asarray(audio, dtype=np.float64)
    if len(audio) == 0:
        return Message("empty")
    peak = float(np.max(np.abs(audio)))
    rms = float(np.sqrt(np.mean(audio * audio)))
    if peak < SILENT_PEAK or 20 * math.log10(max(rms, 1e-12)) < QUIET_RMS_DBFS:
        return Message("silent")
    if np.any(np.asarray(target_f0) > 0) and math.isnan(pitch_cents):
        return Message("no voiced output where the clip sings")
    saturated = float(np.mean(np.abs(audio) >= 0.995 * peak)) if peak >= 0.95 else 0.0
    if saturated > SATURATED_SHARE:
        return Message("clipped: {percent:.1f}% of samples at the peak", percent=100 * saturated)
    offset = float(np.mean(audio))
    if abs(offset) > DC_LIMIT:
        return Message("DC offset {offset:+.3f}", offset=offset)
    return ""


def verdict(scores: Sequence[RenderScores]) -> Message:
    """What to tell the user when `recommend` names no render."""
    if scores and not any(s.usable for s in scores):
        problems = [Message("{label}: {problem}", label=s.label, problem=s.problem) for s in scores]
        listed = problems[0]
        for problem in problems[1:]:
            listed = Message("{first}; {rest}", first=listed, rest=problem)
        return Message("No render is usable, so none is recommended ({problems}). Train longer, or check the "
                       "model and the clip.", problems=listed)
    return Message("Not enough scores to recommend a render: pitch and voicing need a sung clip, speaker similarity "
                   "needs the project's recordings.")


def recommend(scores: Sequence[RenderScores]) -> Recommendation | None:
    """Best mean rank, among the usable renders, over every score known for all of them; None when no render is
    usable or fewer than two scores are known (a missing score never counts as a rank)."""
    scores = [s for s in scores if s.usable]
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
