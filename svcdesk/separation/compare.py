"""Comparing checkpoints on a whole song: its vocal separated once (the stems cache Convert uses too), then the
comparison renders that vocal with every checkpoint, on one progress bar."""

from __future__ import annotations

import os
from typing import Callable, Iterator

from svcdesk.config import ConversionConfig
from svcdesk.events import Progress
from svcdesk.inference.progress import DECODER_SECONDS, Stage, WorkPlan, analysis_seconds
from svcdesk.messages import Message
from svcdesk.separation.cache import SeparationSettings, SeparatorSource, separate_song, separation_seconds
from svcdesk.separation.engine import probe_song
from svcdesk.utils.jobs import relay


def compare_separated(comparison: Callable[[str], Iterator[object]], song: str | os.PathLike, models: int,
                      options: ConversionConfig, settings: SeparationSettings | None = None,
                      cache_dir: str | os.PathLike | None = None, device: str = "cpu",
                      separators: SeparatorSource | None = None) -> Iterator[object]:
    """Separate `song`, yield its SeparationReady, then run `comparison(vocal_path)` (a comparison job over one
    source, e.g. svcdesk.inference.compare.compare) with its progress placed after the separation's."""
    settings = settings or SeparationSettings()
    duration = probe_song(song).duration_s
    plan = WorkPlan([
        Stage("separate", separation_seconds(settings, duration), Message("separating the vocal")),
        Stage("compare", analysis_seconds(duration, options.f0_method) + models * DECODER_SECONDS * duration,
              Message("rendering")),
    ])
    separated = yield from relay(separate_song(song, settings, cache_dir, device, separators),
                                 lambda event: plan.progress("separate", event.fraction, event.message))
    yield separated
    yield from relay(comparison(separated.vocal), lambda event: plan.progress(
        "compare", event.fraction, event.message) if isinstance(event, Progress) else event)
