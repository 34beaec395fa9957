"""The Compare page's background jobs (plain generators, no Qt): render and score, load a render,
export the chosen checkpoint as an RVC voice file with its retrieval index."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from svcdesk.events import Notice, Progress
from svcdesk.gui.pages.convert_jobs import AudioLoaded
from svcdesk.messages import Message

REFERENCE_SEGMENTS = 12  # training recordings embedded for speaker similarity: enough for a stable mean


@dataclass(frozen=True)
class VoiceExported:
    pth: str
    index: str  # "" when no index could be written


def comparison_folder(project, run_name: str) -> Path:
    name = re.sub(r"[^\w.-]+", "_", run_name) or "models"
    return Path(project.root) / "compare" / name


def compare_job(models: Sequence[str], source: str, out_dir: str, options, index_path: str = "",
                reference: Sequence[str] = (), demo_encoder: bool = False) -> Iterator[object]:
    """The inference comparison, plus each finished render's audio (read from its file) for the page."""
    from svcdesk.audio.io import load_audio
    from svcdesk.inference.compare import compare
    from svcdesk.inference.events import RenderReady

    for event in compare(models, source, out_dir, options, index_path or None,
                         reference=list(reference)[:REFERENCE_SEGMENTS], demo_encoder=demo_encoder):
        yield event
        if isinstance(event, RenderReady):
            audio, rate = load_audio(event.path)
            yield AudioLoaded(event.model, audio, rate)


def load_clip_job(path: str) -> Iterator[object]:
    from svcdesk.audio.io import load_audio

    audio, rate = load_audio(path)
    yield AudioLoaded(path, audio, rate)


def export_voice_job(checkpoint: str, project_root: str, name: str, demo_encoder: bool = False) -> Iterator[object]:
    """Write exports/<name>.pth from a checkpoint, and the run's retrieval index beside it."""
    from svcdesk.config import FeatureConfig
    from svcdesk.errors import SvcdeskError
    from svcdesk.inference.index import IndexBuilt, build_project_index
    from svcdesk.models.rvcfile import load_voice, save_voice
    from svcdesk.project import Project

    project = Project.open(project_root)
    target = Path(project.exports_dir) / f"{name}.pth"
    yield Progress(0, 0, Message("exporting {name}", name=target.name))
    voice = load_voice(checkpoint)
    metadata = {k: v for k, v in voice.metadata.items() if k in ("epoch", "step")}
    save_voice(target, voice.synthesizer, info=voice.info or name, metadata=metadata)
    index_path = ""
    existing = sorted(Path(checkpoint).parent.parent.glob("*.index"))
    if existing:
        index_path = str(Path(project.exports_dir) / existing[-1].name)
        shutil.copyfile(existing[-1], index_path)
    else:
        yield Progress(0, 0, Message("building the retrieval index"))
        config = FeatureConfig(sample_rate=project.sample_rate, demo_encoder=demo_encoder)
        try:
            for event in build_project_index(project, config, name):
                if isinstance(event, IndexBuilt):
                    index_path = str(event.path)
                else:
                    yield event
        except SvcdeskError as exc:
            yield Notice("warning", Message("The voice is exported, but no index was written: {exc}", exc=exc))
    yield VoiceExported(str(target), index_path)
