"""Training clips of a project: its feature cache (built or topped up first) plus the segment audio.

A generator, so that feature extraction's progress flows through the trainer's event stream; it
returns (clip sources, content features of silence for the reference's "mute" clips or None).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Generator

import numpy as np

from svcdesk.errors import SvcdeskError
from svcdesk.events import Notice
from svcdesk.messages import Message
from svcdesk.training.data import ClipSource, align_clip

MUTE_SECONDS = 3.0


def mute_clip_frames() -> int:
    """Frames (100 Hz) of each silent clip: the encoder's 50 Hz frames on MUTE_SECONDS of silence, doubled."""
    from svcdesk.features.content import content_frame_count

    return 2 * content_frame_count(int(16000 * MUTE_SECONDS))


def _load_entry(entry, key: str, sample_rate: int, hop: int):
    from svcdesk.audio.io import load_audio
    from svcdesk.features.cache import load_cached_item

    item = load_cached_item(entry)
    audio, _ = load_audio(entry.segment, sample_rate=sample_rate)
    return align_clip(key, item.content, item.f0, audio, hop)


def silence_content(feature_config, cache_dir: Path) -> np.ndarray:
    """The content encoder's output on MUTE_SECONDS of silence, cached beside the features."""
    from svcdesk.features.cache import encoder_identity
    from svcdesk.features.content import load_content_encoder
    from svcdesk.utils.atomic import atomic_open

    identity = encoder_identity(feature_config)
    name = "".join(ch if ch.isalnum() else "_" for ch in identity)[-80:]
    path = Path(cache_dir) / f"mute_content_{name}.npy"
    if path.exists():
        return np.load(path)
    encoder = load_content_encoder(feature_config.encoder_path or None, demo=feature_config.demo_encoder)
    content = np.asarray(encoder.encode(np.zeros(int(16000 * MUTE_SECONDS), np.float32)), dtype=np.float32)
    with atomic_open(path, "wb") as handle:
        np.save(handle, content)
    return content


def project_sources(project, feature_config=None, build: bool = True) -> Generator[object, None, tuple[list[ClipSource], np.ndarray | None]]:
    from svcdesk.config import FeatureConfig
    from svcdesk.features.cache import build_feature_cache, list_cached_items
    from svcdesk.models.mel import params_for_rate

    config = feature_config or FeatureConfig(sample_rate=project.sample_rate)
    if config.sample_rate != project.sample_rate:
        raise SvcdeskError(Message("the features are for {feature_rate} Hz but the project is {project_rate} Hz",
                                   feature_rate=config.sample_rate, project_rate=project.sample_rate))
    if build:
        yield from build_feature_cache(project, config)
    current = {str(Path(p)) for p in project.segment_paths()}
    entries = [e for e in list_cached_items(project, config) if str(Path(e.segment)) in current]
    if not entries:
        raise SvcdeskError(Message("no usable segments with features: import and slice some vocals first"))
    hop = params_for_rate(project.sample_rate).hop
    sources = []
    for entry in entries:
        key = Path(entry.segment).stem
        sources.append(ClipSource(key, entry.frames, partial(_load_entry, entry, key, project.sample_rate, hop)))
    try:
        silence = silence_content(config, project.cache_dir)
    except SvcdeskError as exc:
        yield Notice("info", Message("training without the reference's silent clips: {exc}", exc=exc))
        silence = None
    return sources, silence
