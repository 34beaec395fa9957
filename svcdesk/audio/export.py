"""Writing slice segments to disk all-or-nothing per source file, and slicing files to a folder.

Segments of one source are written into a hidden staging folder first and moved into place only
when all of them exist, so a cancel or a crash never leaves a half-written file or half a set.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np

from svcdesk.audio.io import load_audio, probe, save_audio
from svcdesk.audio.processing import high_pass, normalize
from svcdesk.audio.slicer import SlicePlan, plan_slices, validate_config
from svcdesk.config import SlicingConfig
from svcdesk.errors import AudioError
from svcdesk.events import Notice, Progress
from svcdesk.messages import Message, error_message


@dataclass(frozen=True)
class SegmentsWritten:
    """All segments of one source file are on disk."""

    source: str
    paths: tuple[str, ...]
    spans: tuple[tuple[float, float], ...]
    kept_seconds: float
    dropped_seconds: float
    file_id: str = ""


class StagedWrite:
    """A hidden staging folder inside `out_dir`; `commit` moves its files into `out_dir`.

    Used as a context manager: leaving without commit (error, cancel) deletes the staging folder.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.out_dir))
        self.names: list[str] = []

    def write(self, name: str, audio: np.ndarray, sr: int) -> None:
        save_audio(self.staging / name, audio, sr)
        self.names.append(name)

    def commit(self, replaced: Iterable[Path] = ()) -> list[Path]:
        """Delete `replaced` (the previous set), then move the new files into place."""
        final = []
        try:
            for old in replaced:
                with contextlib.suppress(FileNotFoundError):
                    Path(old).unlink()
            for name in self.names:
                target = self.out_dir / name
                os.replace(self.staging / name, target)
                final.append(target)
        except OSError as exc:
            # On Windows a segment that is playing elsewhere cannot be replaced.
            raise AudioError(Message("cannot replace {filename}: {strerror} (is it open in another program?)",
                                     filename=exc.filename or self.out_dir, strerror=exc.strerror or exc)) from None
        finally:
            self.discard()
        return final

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self) -> "StagedWrite":
        return self

    def __exit__(self, *exc) -> None:
        self.discard()


def prepare_source(path: Path, sample_rate: int | None, config: SlicingConfig) -> tuple[np.ndarray, int]:
    """Decode to mono at `sample_rate` (None keeps the file's rate) and high-pass if asked."""
    audio, sr = load_audio(path, sample_rate=sample_rate, mono=config.mono)
    if config.high_pass:
        audio = high_pass(audio, sr)
    return audio, sr


def write_spans(
    stage: StagedWrite,
    audio: np.ndarray,
    sr: int,
    spans: Sequence[tuple[float, float]],
    names: Sequence[str],
    config: SlicingConfig,
) -> Iterator[int]:
    """Normalise and stage each span; yields after each one (the caller turns it into progress)."""
    for i, ((start_s, end_s), name) in enumerate(zip(spans, names)):
        start, end = int(round(start_s * sr)), min(int(round(end_s * sr)), audio.shape[0])
        piece = audio[start:end]
        if piece.shape[0] == 0:
            raise AudioError(Message("segment {number} ({start_s:.2f}-{end_s:.2f} s) is outside the audio",
                                     number=i + 1, start_s=start_s, end_s=end_s))
        stage.write(name, normalize(piece, sr, config), sr)
        yield i


def _stale_outputs(out_dir: Path, stem: str) -> list[Path]:
    """Segments an earlier run wrote for the same source (`<stem>_NNNN.wav`) - ours by name."""
    pattern = re.compile(re.escape(stem) + r"_\d{4}\.wav")
    if not out_dir.is_dir():
        return []
    return sorted(p for p in out_dir.iterdir() if p.is_file() and pattern.fullmatch(p.name))


def slice_to_folder(
    inputs: Sequence[str | os.PathLike],
    out_dir: str | os.PathLike,
    config: SlicingConfig | None = None,
    sample_rate: int | None = None,
) -> Iterator[Progress | Notice | SegmentsWritten]:
    """Slice each input file into `out_dir/<stem>_NNNN.wav`; a broken input is reported and skipped.

    Progress counts seconds of source audio. Closing the generator leaves every source either
    fully written or untouched.
    """
    config = config or SlicingConfig()
    validate_config(config)
    out_dir = Path(out_dir)
    sources: list[tuple[Path, float]] = []
    for raw in inputs:
        path = Path(raw)
        try:
            sources.append((path, probe(path).duration_s))
        except AudioError as exc:
            yield Notice("error", error_message(exc), subject=str(path))
    total = max(1, int(round(sum(d for _, d in sources))))
    done = 0.0
    for path, duration in sources:
        yield Progress(int(done), total, Message("decoding {name}", name=path.name))
        try:
            audio, sr = prepare_source(path, sample_rate, config)
        except AudioError as exc:
            yield Notice("error", error_message(exc), subject=str(path))
            done += duration
            continue
        plan = plan_slices(audio, sr, config)
        names = [f"{path.stem}_{i:04d}.wav" for i in range(len(plan.segments))]
        with StagedWrite(out_dir) as stage:
            for i in write_spans(stage, audio, sr, plan.segments, names, config):
                fraction = (i + 1) / max(1, len(plan.segments))
                yield Progress(int(done + duration * fraction), total, path.name)
            written = stage.commit(replaced=_stale_outputs(out_dir, path.stem))
        done += duration
        yield from plan_notices(path.name, plan, config)
        yield SegmentsWritten(
            source=str(path),
            paths=tuple(str(p) for p in written),
            spans=plan.segments,
            kept_seconds=plan.kept_seconds,
            dropped_seconds=plan.dropped_seconds,
        )
    yield Progress(total, total, Message("done"))


def plan_notices(name: str, plan: SlicePlan, config: SlicingConfig) -> Iterator[Notice]:
    if not plan.segments:
        yield Notice(
            "warning",
            Message("{name}: no segment fits {minimum:g}-{maximum:g} s",
                    name=name, minimum=config.min_length_s, maximum=config.max_length_s),
            fix=Message("lower the silence threshold or choose the Custom preset with a shorter minimum length"),
            subject=name,
        )
    elif plan.dropped_seconds >= 0.5:
        yield Notice(
            "info",
            Message("{name}: {seconds:.1f} s in {count} short piece(s) left out (under {minimum:g} s)",
                    name=name, seconds=plan.dropped_seconds, count=len(plan.dropped), minimum=config.min_length_s),
            fix=Message("choose the Custom preset with a shorter minimum length to keep them"),
            subject=name,
        )

