"""Events of conversion and comparison jobs: plain frozen data that may cross into the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

@dataclass(frozen=True)
class ConvertStarted:
    """Analysis is done (or came from the cache); `chunks` generator passes follow."""

    seconds: float  # duration of the source
    chunks: int
    sample_rate: int  # rate of the output
    from_cache: bool = False


@dataclass(frozen=True)
class ConvertFinished:
    """The converted audio, mono float32, peak at most 0.99."""

    audio: np.ndarray = field(repr=False)
    sample_rate: int
    elapsed: float  # wall-clock seconds of the whole job


@dataclass(frozen=True)
class FileWritten:
    path: str


@dataclass(frozen=True)
class RenderReady:
    """One model's render of the comparison clip, saved as `path`."""

    model: str  # the checkpoint/model file as given
    label: str  # short display name
    path: str
    from_cache: bool
    elapsed: float


@dataclass(frozen=True)
class ScoresReady:
    """Objective scores of one render (see svcdesk.inference.scores.RenderScores)."""

    model: str
    scores: object  # RenderScores (frozen)


@dataclass(frozen=True)
class RenderFailed:
    """One model could not be rendered; the comparison goes on with the others."""

    model: str
    message: str


@dataclass(frozen=True)
class ComparisonFinished:
    """Every model rendered and scored; `recommendation` names the pick and why."""

    scores: tuple  # RenderScores per successful model, in input order
    recommendation: object  # Recommendation | None
    verdict: str = ""  # why nothing is recommended (a Message), "" when something is
