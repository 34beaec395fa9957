"""The Compare page's background jobs (plain generators, no Qt): render and score, load a render,
export the chosen checkpoint as an RVC voice file with its retrieval index."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from svcdesk.events import Progress
from svcdesk.gui.pages.convert_jobs import loaded
from svcdesk.messages import Message

REFERENCE_SEGMENTS = 12  # training recordings embedded for speaker similarity: enough for a stable mean


@dataclass(frozen=True)
class VoiceExported:
    pth: str
    index: str  # "" when no index was written
    index_note: str = ""  # how the index came (or why there is none), a Message


@dataclass(frozen=True)
class IndexPlan:
    """How an exported voice gets its retrieval index: copy an existing one, build one from the project's
    features, or none (with the reason)."""

    kind: str  # copy | build | none
    path: str = ""  # the index to copy
    reason: str = ""  # why none (a Message)


#: When the user answers No to building an index at export.
INDEX_DECLINED = IndexPlan("none", reason=Message("you chose not to build one"))


def export_index_plan(checkpoint: str, project, demo_encoder: bool = False) -> IndexPlan:
    """The index an export of `checkpoint` can carry: its run's (or one beside the voice file), else one built
    from the project's training features when it has them, else none and why. Cheap: no features are read."""
    from svcdesk.config import FeatureConfig
    from svcdesk.features.cache import latest_built_config, list_cached_items
    from svcdesk.gui.pages.model_files import index_for_model

    source = Path(checkpoint)
    folders = [source.parent.parent] if source.parent.name == "checkpoints" else [source.parent]
    for folder in folders:
        existing = sorted(folder.glob("*.index"), key=lambda path: path.stat().st_mtime)
        match = index_for_model(str(source), [str(path) for path in existing]) if existing else ""
        if match or existing:
            return IndexPlan("copy", match or str(existing[-1]))
    config = index_feature_config(project, demo_encoder)
    if list_cached_items(project, config):
        return IndexPlan("build")
    return IndexPlan("none", reason=Message("the run has no index, and the project has no training features to "
                                            "build one from (train or preprocess it first)"))


def index_feature_config(project, demo_encoder: bool):
    """The feature settings the project's cache was built with (the content features an index is made of)."""
    import dataclasses

    from svcdesk.config import FeatureConfig
    from svcdesk.features.cache import latest_built_config

    config = latest_built_config(project, project.sample_rate) or FeatureConfig(sample_rate=project.sample_rate)
    return dataclasses.replace(config, demo_encoder=demo_encoder or config.demo_encoder)


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
            yield loaded(event.model, audio, rate)


def load_clip_job(path: str) -> Iterator[object]:
    from svcdesk.audio.io import load_audio

    audio, rate = load_audio(path)
    yield loaded(path, audio, rate)


def export_voice_job(checkpoint: str, project_root: str, name: str, demo_encoder: bool = False,
                     index: IndexPlan | None = None) -> Iterator[object]:
    """Write exports/<name>.pth from a checkpoint, with the retrieval index `index` says (copied or built)."""
    from svcdesk.errors import SvcdeskError
    from svcdesk.inference.index import IndexBuilt, build_project_index
    from svcdesk.models.rvcfile import load_voice, save_voice
    from svcdesk.project import Project

    project = Project.open(project_root)
    index = index or export_index_plan(checkpoint, project, demo_encoder)
    target = Path(project.exports_dir) / f"{name}.pth"
    yield Progress(0, 0, Message("exporting {name}", name=target.name))
    voice = load_voice(checkpoint)
    metadata = {k: v for k, v in voice.metadata.items() if k in ("epoch", "step")}
    save_voice(target, voice.synthesizer, info=voice.info or name, metadata=metadata)
    if index.kind == "copy":
        copied = Path(project.exports_dir) / Path(index.path).name
        if copied.resolve() != Path(index.path).resolve():
            from svcdesk.utils.atomic import atomic_open

            with open(index.path, "rb") as source, atomic_open(copied, "wb") as out:
                shutil.copyfileobj(source, out, 1 << 20)
        yield VoiceExported(str(target), str(copied), Message("the run's index"))
        return
    if index.kind == "build":
        yield Progress(0, 0, Message("building the retrieval index"))
        built = ""
        try:
            for event in build_project_index(project, index_feature_config(project, demo_encoder), name):
                if isinstance(event, IndexBuilt):
                    built = str(event.path)
                else:
                    yield event
        except SvcdeskError as exc:
            yield VoiceExported(str(target), "", Message("the index could not be built: {exc}", exc=exc))
            return
        yield VoiceExported(str(target), built, Message("built now from the project's training features"))
        return
    yield VoiceExported(str(target), "", index.reason)


@dataclass(frozen=True)
class VoiceKept:
    """A checkpoint kept from Compare is in the voice library as `name` (`already`: it was there before)."""

    name: str
    already: bool = False


def _run_and_step(checkpoint: str) -> tuple[str, int]:
    """The run a checkpoint belongs to and its training step (read from the file's structure, not its weights)."""
    from svcdesk.library.peek import ForeignObject, NotATorchZip, read_structure

    path = Path(checkpoint)
    run = path.parent.parent.name if path.parent.name in ("checkpoints", "rvc") else ""
    match = re.match(r"^step_(\d+)$", path.stem)
    if match:
        return run, int(match.group(1))
    try:
        structure = read_structure(path)
    except (ForeignObject, NotATorchZip, OSError):
        return run, -1
    step = structure.get("step") if isinstance(structure, dict) else None
    return run, int(step) if isinstance(step, int) else -1


def keep_in_library(weights: str, index: str, checkpoint: str, project, name: str) -> Iterator[object]:
    """The voice joins the library with its project, run and step: VoiceKept (plus the import's notices)."""
    from svcdesk.library.importer import VoiceAlreadyThere, VoiceImported, add_own_voice

    run, step = _run_and_step(checkpoint)
    for event in add_own_voice(weights, index or None, name=name, project=str(project.root),
                               project_name=project.name, run=run, step=step):
        if isinstance(event, VoiceImported):
            yield VoiceKept(event.name)
        elif isinstance(event, VoiceAlreadyThere):
            yield VoiceKept(event.name, already=True)


def export_and_keep_job(checkpoint: str, project_root: str, name: str, demo_encoder: bool = False,
                        index: IndexPlan | None = None) -> Iterator[object]:
    """Export the chosen checkpoint to the project (export_voice_job); the exported voice joins the library."""
    from svcdesk.project import Project

    for event in export_voice_job(checkpoint, project_root, name, demo_encoder, index):
        yield event
        if isinstance(event, VoiceExported):
            yield from keep_in_library(event.pth, event.index, checkpoint, Project.open(project_root), name)


def add_to_library_job(checkpoint: str, project_root: str, name: str, demo_encoder: bool = False) -> Iterator[object]:
    """Add the chosen checkpoint to the voice library only (with its run's index when it has one)."""
    from svcdesk.project import Project

    project = Project.open(project_root)
    plan = export_index_plan(checkpoint, project, demo_encoder)
    yield Progress(0, 0, Message("adding {name} to the voice library", name=name))
    yield from keep_in_library(checkpoint, plan.path if plan.kind == "copy" else "", checkpoint, project, name)
