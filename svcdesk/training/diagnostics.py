"""Detectors over the metric stream that explain, in plain language, what is going wrong and what to do.

The detectors are pure functions over numpy series (tested on synthetic curves); `Diagnostics`
keeps the recent history during a run, rate-limits repeats and tracks early stopping.
Handling NaN/Inf (roll back, halve the learning rate) is the trainer's job: this module only
recognises it and words the message.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import Mapping

import numpy as np

from svcdesk.messages import Message


@dataclass(frozen=True)
class Diagnosis:
    """kind: 'nonfinite' | 'exploding_gradients' | 'plateau' | 'oscillation' | 'overfitting' | 'early_stop'."""

    kind: str
    step: int
    message: str
    fix: str


@dataclass(frozen=True)
class DiagnosticsSettings:
    explode_factor: float = 10.0  # a norm this many times the recent median is an explosion
    explode_window: int = 50
    explode_absolute: float = 1e4
    plateau_window: int = 2000  # logged points
    plateau_min_improvement: float = 0.01  # relative
    oscillation_window: int = 300
    oscillation_threshold: float = 0.35  # residual std relative to the level
    overfit_patience: int = 3  # evaluations with rising validation loss
    overfit_margin: float = 0.02  # relative rise over the best validation loss
    early_stop_patience: int = 0  # evaluations without improvement; 0 = off


def find_nonfinite(values: Mapping[str, float]) -> list[str]:
    return [name for name, value in values.items() if not math.isfinite(value)]


def is_exploding(norms: np.ndarray, factor: float = 10.0, window: int = 50, absolute: float = 1e4) -> bool:
    """The last norm is `factor` x the median of the `window` before it (or above `absolute`)."""
    norms = np.asarray(norms, dtype=np.float64)
    if norms.size == 0 or not np.isfinite(norms[-1]):
        return False
    if norms[-1] > absolute:
        return True
    history = norms[-window - 1:-1]
    history = history[np.isfinite(history)]
    if history.size < max(10, window // 2):
        return False
    return bool(norms[-1] > factor * max(float(np.median(history)), 1e-12))


def is_plateau(values: np.ndarray, window: int, min_improvement: float = 0.01) -> bool:
    """Over the last `window` points the mean of the final quarter is not `min_improvement` below the first quarter."""
    values = np.asarray(values, dtype=np.float64)[-window:]
    if values.size < window or window < 8:
        return False
    quarter = window // 4
    first, last = np.nanmean(values[:quarter]), np.nanmean(values[-quarter:])
    return bool((first - last) / max(abs(first), 1e-12) < min_improvement)


def _moving_average(values: np.ndarray, width: int) -> np.ndarray:
    width = max(1, min(width, values.size))
    kernel = np.ones(width) / width
    padded = np.pad(values, (width // 2, width - 1 - width // 2), mode="edge")
    return np.convolve(padded, kernel, mode="valid")


def is_oscillating(values: np.ndarray, window: int, threshold: float = 0.35) -> bool:
    """Big see-saw swings: residual around a moving average is large relative to the level, and flips sign often."""
    values = np.asarray(values, dtype=np.float64)[-window:]
    if values.size < window or window < 16:
        return False
    trend = _moving_average(values, max(4, window // 8))
    residual = values - trend
    level = max(float(np.mean(np.abs(trend))), 1e-12)
    flips = np.mean(np.diff(np.sign(residual)) != 0)
    return bool(np.std(residual) / level > threshold and flips > 0.3)


def is_overfitting(
    val_values: np.ndarray, train_at_val: np.ndarray, patience: int = 3, margin: float = 0.02,
) -> bool:
    """The best validation loss is `patience` evaluations old and the latest is `margin` above it,
    while the training loss kept falling."""
    val = np.asarray(val_values, dtype=np.float64)
    train = np.asarray(train_at_val, dtype=np.float64)
    if val.size < patience + 2:
        return False
    best = int(np.nanargmin(val))
    if val.size - 1 - best < patience:
        return False
    return bool(val[-1] > val[best] * (1 + margin) and train[-1] < train[best])


class Diagnostics:
    """Feed it logged step metrics and evaluation results; it returns the diagnoses to show."""

    TRAIN_SERIES = "g/mel"

    def __init__(self, settings: DiagnosticsSettings | None = None):
        self.settings = settings or DiagnosticsSettings()
        keep = max(self.settings.plateau_window, self.settings.oscillation_window, self.settings.explode_window + 1)
        self._grad = deque(maxlen=keep)
        self._train = deque(maxlen=keep)
        self._val: list[float] = []
        self._train_at_val: list[float] = []
        self._last_said: dict[str, int] = {}
        self._best_val = math.inf
        self._evals_since_best = 0

    def _say(self, kind: str, step: int, cooldown: int, message: str, fix: str) -> list[Diagnosis]:
        last = self._last_said.get(kind)
        if last is not None and step - last < cooldown:
            return []
        self._last_said[kind] = step
        return [Diagnosis(kind, step, message, fix)]

    def observe_step(self, step: int, metrics: Mapping[str, float]) -> list[Diagnosis]:
        s = self.settings
        bad = find_nonfinite({k: v for k, v in metrics.items() if k.startswith(("g/", "d/"))})
        if bad:
            return [Diagnosis(
                "nonfinite", step, Message("The loss became NaN or infinite at step {step} ({losses}).",
                                           step=step, losses=', '.join(bad)),
                Message("Rolling back to the last good checkpoint with half the learning rate. If it repeats, lower "
                        "the learning rate, use bf16 or fp32 instead of fp16, or check the dataset for broken clips."),
            )]
        out: list[Diagnosis] = []
        grad = metrics.get("grad_norm/g")
        if grad is not None:
            self._grad.append(float(grad))
            if is_exploding(np.fromiter(self._grad, float), s.explode_factor, s.explode_window, s.explode_absolute):
                out += self._say(
                    "exploding_gradients", step, s.explode_window,
                    Message("The generator's gradient norm jumped to {grad:.3g}, far above its recent level.",
                            grad=grad),
                    Message("Turn on gradient clipping (e.g. 1000), or lower the learning rate. Occasional spikes are"
                            " harmless."),
                )
        value = metrics.get(self.TRAIN_SERIES)
        if value is not None:
            self._train.append(float(value))
            series = np.fromiter(self._train, float)
            if is_plateau(series, s.plateau_window, s.plateau_min_improvement):
                out += self._say(
                    "plateau", step, s.plateau_window,
                    Message("The mel loss has not improved by {improvement:.0%} over the last {window} logged steps.",
                            improvement=s.plateau_min_improvement, window=s.plateau_window),
                    Message("The model may be finished: compare the recent checkpoints by ear. Otherwise lower the "
                            "learning rate or switch to a cosine schedule."),
                )
            if is_oscillating(series, s.oscillation_window, s.oscillation_threshold):
                out += self._say(
                    "oscillation", step, s.oscillation_window,
                    Message("The mel loss swings up and down strongly instead of settling."),
                    Message("Lower the learning rate (try half) or raise the batch size."),
                )
        return out

    def observe_eval(self, step: int, val_loss: float) -> list[Diagnosis]:
        s = self.settings
        self._val.append(float(val_loss))
        recent_train = list(self._train)[-20:]
        self._train_at_val.append(float(np.mean(recent_train)) if recent_train else math.nan)
        if val_loss < self._best_val:
            self._best_val, self._evals_since_best = float(val_loss), 0
        else:
            self._evals_since_best += 1
        out: list[Diagnosis] = []
        if is_overfitting(np.array(self._val), np.array(self._train_at_val), s.overfit_patience, s.overfit_margin):
            out += self._say(
                "overfitting", step, 1,
                Message("The validation loss is rising while the training loss keeps falling: the model is memorising"
                        " the training clips (overfitting)."),
                Message("Use the best checkpoint (kept as 'best'), stop here, or add more audio or augmentation."),
            )
        if self.should_stop_early:
            out.append(Diagnosis(
                "early_stop", step,
                Message("The validation loss has not improved for {count} evaluations; stopping early.",
                        count=self._evals_since_best),
                Message("The best checkpoint is kept as 'best'. Raise the patience to train longer."),
            ))
        return out

    @property
    def should_stop_early(self) -> bool:
        patience = self.settings.early_stop_patience
        return patience > 0 and self._evals_since_best >= patience

    def state_dict(self) -> dict:
        return {"val": list(self._val), "train_at_val": list(self._train_at_val), "best_val": self._best_val,
                "evals_since_best": self._evals_since_best}

    def load_state_dict(self, state: dict) -> None:
        self._val = list(state.get("val", []))
        self._train_at_val = list(state.get("train_at_val", []))
        self._best_val = float(state.get("best_val", math.inf))
        self._evals_since_best = int(state.get("evals_since_best", 0))
