"""Shared pieces of the Convert/Compare page tests (not collected: no test_ prefix)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

RATE = 40000


class PageContext(QObject):
    """The part of AppContext the pages use: the project, its signals and the player."""

    project_changed = Signal(object)
    project_edited = Signal(str)

    def __init__(self, project, player):
        super().__init__()
        self.project = project
        self.player = player


def tiny_voice(path: Path, seed: int) -> Path:
    """A random tiny RVC voice file (real format, real shapes, meaningless voice)."""
    import torch

    from svcdesk.models.config import ModelConfig
    from svcdesk.models.rvcfile import save_voice
    from svcdesk.models.synthesizer import Synthesizer

    torch.manual_seed(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_voice(path, Synthesizer.from_model_config(ModelConfig.tiny(RATE)), info=f"test voice {seed}")
    return path


def sung_clip(path: Path, seconds: float = 2.0) -> Path:
    from svcdesk.audio.demo import synthesize_demo_singer
    from svcdesk.audio.io import save_audio

    audio, rate = synthesize_demo_singer(seed=3, seconds=seconds, sample_rate=RATE)
    save_audio(path, audio, rate)
    return path
