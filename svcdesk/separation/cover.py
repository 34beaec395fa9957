"""The one job from a finished song to a cover: separate (cached), convert the vocal, remix over the accompaniment.

One progress bar for all of it (`svcdesk.inference.progress.WorkPlan`, each stage weighted by its cost):
separating, converting (the conversion's own stages inside its share), mixing, writing. Every file goes through
a temporary sibling; a cancel at any point leaves no cover and no stem file behind.
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np

from svcdesk.config import ConversionConfig
from svcdesk.errors import SvcdeskError
from svcdesk.events import Progress
from svcdesk.inference.progress import Stage, WorkPlan
from svcdesk.messages import Message
from svcdesk.separation.cache import SeparationReady, SeparationSettings, SeparatorSource, separate_song, \
    separation_seconds
from svcdesk.separation.remix import RemixResult, RemixSettings, blocks_lufs, remix, should_shift, shift_pitch, \
    write_stream
from svcdesk.utils.jobs import relay

SILENT_VOCAL_LUFS = -60.0  # a separated "vocal" quieter than this is the bleed of an instrumental
STEM_FILES = {"vocal": "separated vocal", "converted": "converted vocal", "accompaniment": "accompaniment"}
STEM_LABELS = {"vocal": Message("separated vocal"), "converted": Message("converted vocal"),
               "accompaniment": Message("accompaniment")}


@dataclass(frozen=True)
class CoverSettings:
    separation: SeparationSettings = SeparationSettings()
    remix: RemixSettings = RemixSettings()


@dataclass(frozen=True)
class CoverFinished:
    """The cover is written. `stems`: the extra files asked for (kind -> path)."""

    path: str
    seconds: float
    sample_rate: int
    lufs: float
    target_lufs: float
    gain_db: float
    peak_dbtp: float
    elapsed: float
    separated_from_cache: bool
    stems: dict = field(default_factory=dict)


def stem_paths(output: Path, stems_dir: Path) -> dict[str, Path]:
    """Where the stems of `output` go: '<cover name> - separated vocal.wav' and so on, in `stems_dir`."""
    return {kind: stems_dir / f"{output.stem} - {name}{output.suffix if output.suffix.lower() != '.mp3' else '.wav'}"
            for kind, name in STEM_FILES.items()}


def load_stem(path: str, channels: int | None = None) -> np.ndarray:
    """A whole stem (frames, channels) float32."""
    from svcdesk.separation.engine import read_stem

    blocks = list(read_stem(Path(path), channels))
    return np.concatenate(blocks) if blocks else np.zeros((0, channels or 1), np.float32)


def cover_job(song: str | os.PathLike, voice, output: str | os.PathLike,
              options: ConversionConfig = ConversionConfig(), index=None, settings: CoverSettings = CoverSettings(),
              stems_dir: str | os.PathLike | None = None, cache_dir: str | os.PathLike | None = None,
              source_cache_dir: str | os.PathLike | None = None, demo_encoder: bool = False, encoder=None,
              device: str = "cpu", separators: SeparatorSource | None = None) -> Iterator[object]:
    """Yields Progress, SeparationReady, the conversion's events (ConvertStarted, ConvertFinished), then
    CoverFinished. `voice`: an RVC .pth, an svcdesk checkpoint or a loaded voice; `cache_dir`: the stems' cache."""
    from svcdesk.inference import progress as stages
    from svcdesk.inference.events import ConvertFinished
    from svcdesk.inference.pipeline import convert
    from svcdesk.separation.engine import SAMPLE_RATE, probe_song, read_song

    began = time.monotonic()
    song, output = Path(song), Path(output)
    if output.resolve() == song.resolve():
        raise SvcdeskError(Message("the cover would overwrite the song: choose another output file"))
    info = probe_song(song)
    duration = info.duration_s
    plan = WorkPlan([
        Stage("separate", separation_seconds(settings.separation, duration), Message("separating the vocal")),
        Stage("convert", stages.analysis_seconds(duration, options.f0_method) + stages.DECODER_SECONDS * duration,
              Message("converting")),
        Stage("remix", 0.05 * duration, Message("mixing the cover")),
    ])
    separated: SeparationReady = yield from relay(
        separate_song(song, settings.separation, cache_dir, device, separators),
        lambda event: plan.progress("separate", event.fraction, event.message))
    yield separated
    vocal_lufs = blocks_lufs(_stem_blocks(separated.vocal), SAMPLE_RATE, separated.channels)
    if not math.isfinite(vocal_lufs) or vocal_lufs < SILENT_VOCAL_LUFS:
        raise SvcdeskError(Message("no vocal was found in {name}: it sounds instrumental, so there is nothing to "
                                   "convert", name=song.name))
    converted = None
    for event in convert(separated.vocal, voice, options, index, encoder=encoder, demo_encoder=demo_encoder,
                         cache_dir=source_cache_dir, device=device):
        if isinstance(event, Progress):
            yield plan.progress("convert", event.fraction, event.message)
            continue
        if isinstance(event, ConvertFinished):
            converted = event
        yield event
    assert converted is not None  # convert ends with ConvertFinished or raises
    from svcdesk.audio.io import resample

    vocal = resample(converted.audio, converted.sample_rate, SAMPLE_RATE)
    target = blocks_lufs(read_song(info, SAMPLE_RATE, separated.channels), SAMPLE_RATE, separated.channels)
    accompaniment: np.ndarray | Path = Path(separated.accompaniment)
    if should_shift(settings.remix, options.transpose):
        yield plan.progress("remix", 0.0, Message("transposing the accompaniment"))
        accompaniment = shift_pitch(load_stem(separated.accompaniment), SAMPLE_RATE, options.transpose)
    written: dict[str, str] = {}
    new_files = [path for path in ([output] + (list(stem_paths(output, Path(stems_dir)).values()) if stems_dir
                                                 else [])) if not path.exists()]
    try:
        if stems_dir is not None:
            written = yield from _write_stems(separated, vocal, accompaniment, output, Path(stems_dir), plan)
        result: RemixResult = yield from relay(
            remix(vocal, accompaniment, SAMPLE_RATE, output, settings.remix, target, vocal_lufs),
            lambda event: plan.progress("remix", event.fraction, event.message))
    except BaseException:
        for path in new_files:  # a cancelled or failed cover leaves none of its files
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    yield plan.finished()
    yield CoverFinished(path=result.path, seconds=result.seconds, sample_rate=SAMPLE_RATE, lufs=result.lufs,
                        target_lufs=result.target_lufs, gain_db=result.gain_db, peak_dbtp=result.peak_dbtp,
                        elapsed=time.monotonic() - began, separated_from_cache=separated.from_cache, stems=written)


def _stem_blocks(path: str):
    from svcdesk.separation.engine import read_stem

    return read_stem(Path(path))


def _write_stems(separated: SeparationReady, converted: np.ndarray, accompaniment, output: Path, folder: Path,
                 plan: WorkPlan) -> Iterator[Progress]:
    """The separated vocal, the converted vocal and the accompaniment (as it goes into the cover) as files."""
    from svcdesk.separation.engine import SAMPLE_RATE, read_stem

    paths = stem_paths(output, folder)
    folder.mkdir(parents=True, exist_ok=True)
    converted = converted.reshape(len(converted), 1)
    sources = {
        "vocal": (lambda: read_stem(Path(separated.vocal)), separated.channels),
        "converted": (lambda: iter([converted]), 1),
        "accompaniment": ((lambda: iter([accompaniment])) if isinstance(accompaniment, np.ndarray)
                          else (lambda: read_stem(Path(accompaniment))), separated.channels),
    }
    written = {}
    frames = int(separated.seconds * SAMPLE_RATE) + 1
    for kind, (blocks, channels) in sources.items():
        yield plan.progress("remix", 0.0, Message("writing the {stem}", stem=STEM_LABELS[kind]))
        for _ in write_stream(paths[kind], blocks(), SAMPLE_RATE, channels, frames, Message("writing stems")):
            pass
        written[kind] = str(paths[kind])
    return written
