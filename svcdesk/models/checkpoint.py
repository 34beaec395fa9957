"""svcdesk's own training checkpoint: everything needed to resume a run exactly, in one weights-only file.

Layout (a plain dict, so `torch.load(weights_only=True)` reads it back without running code):
  format_version, generator, discriminator, optimizer_g, optimizer_d, scheduler_g, scheduler_d, scaler,
  step, epoch, model_config (ModelConfig as a dict), config (free-form run settings), extra (RNG states,
  sampler position, best score, ...).
Only tensors, numbers, strings, booleans, None and lists/tuples/dicts of them may go in: `save_checkpoint`
checks that up front, so a file that could not be loaded safely is never written.
`svcdesk.training.checkpoints.CheckpointFolder` handles latest/step/best names around these states.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from svcdesk.errors import ModelFileError
from svcdesk.messages import Message
from svcdesk.models.config import ModelConfig
from svcdesk.models.safeload import safe_torch_load

FORMAT_VERSION = 1
_SCALARS = (str, int, float, bool, type(None))


@dataclass
class TrainingCheckpoint:
    generator: dict
    model_config: ModelConfig
    step: int = 0
    epoch: int = 0
    discriminator: dict | None = None
    optimizer_g: dict | None = None
    optimizer_d: dict | None = None
    scheduler_g: dict | None = None
    scheduler_d: dict | None = None
    scaler: dict | None = None
    config: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    format_version: int = FORMAT_VERSION


def check_plain(value: Any, where: str = "checkpoint") -> None:
    """Raise TypeError naming the first value weights-only loading would refuse (e.g. a numpy array)."""
    import torch

    if isinstance(value, _SCALARS) or torch.is_tensor(value) or isinstance(value, torch.Size):
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, (str, int)):
                raise TypeError(f"{where}: key {key!r} is not a string or int")
            check_plain(item, f"{where}[{key!r}]")
        return
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            check_plain(item, f"{where}[{index}]")
        return
    raise TypeError(f"{where} is a {type(value).__name__}; convert it to a tensor, list or number "
                    "(checkpoints are loaded weights-only)")


def _state(obj: Any) -> dict | None:
    """A module/optimiser/scheduler/scaler or an existing state dict -> its state dict."""
    if obj is None:
        return None
    if hasattr(obj, "state_dict"):
        return obj.state_dict()
    if isinstance(obj, dict):
        return obj
    raise TypeError(f"expected an object with state_dict() or a dict, got {type(obj).__name__}")


def checkpoint_state(generator, model_config: ModelConfig, step: int, epoch: int, discriminator=None,
                     optimizer_g=None, optimizer_d=None, scheduler_g=None, scheduler_d=None, scaler=None,
                     config: dict | None = None, extra: dict | None = None) -> dict:
    """The plain dict `save_checkpoint` writes (useful with CheckpointFolder.save). Tensors are moved to CPU."""
    import dataclasses

    import torch

    def cpu(state):
        if state is None:
            return None
        return {k: (v.detach().cpu() if torch.is_tensor(v) else v) for k, v in state.items()}

    state = {
        "format_version": FORMAT_VERSION,
        "generator": cpu(_state(generator)),
        "discriminator": cpu(_state(discriminator)),
        "optimizer_g": _state(optimizer_g),
        "optimizer_d": _state(optimizer_d),
        "scheduler_g": _state(scheduler_g),
        "scheduler_d": _state(scheduler_d),
        "scaler": _state(scaler),
        "step": int(step),
        "epoch": int(epoch),
        "model_config": dataclasses.asdict(model_config),
        "config": dict(config or {}),
        "extra": dict(extra or {}),
    }
    check_plain(state)
    return state


def save_checkpoint(path: str | Path, generator, model_config: ModelConfig, step: int, epoch: int,
                    **parts: Any) -> Path:
    """Atomically write a checkpoint; `parts` are checkpoint_state's optional keyword arguments."""
    from svcdesk.utils.atomic import torch_save_atomic

    torch_save_atomic(checkpoint_state(generator, model_config, step, epoch, **parts), path)
    return Path(path)


def checkpoint_from_state(state: Any, name: str = "checkpoint") -> TrainingCheckpoint:
    from svcdesk.config import from_dict

    if not isinstance(state, dict) or "generator" not in state or "model_config" not in state:
        raise ModelFileError(Message("{name}: not an svcdesk training checkpoint", name=name))
    version = state.get("format_version", 0)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ModelFileError(Message("{name}: written by a newer svcdesk (checkpoint format {version})",
                                     name=name, version=version))
    try:
        model_config = from_dict(ModelConfig, state["model_config"])
    except (TypeError, ValueError) as exc:
        raise ModelFileError(Message("{name}: its model configuration is unusable ({exc})",
                                     name=name, exc=exc)) from None
    return TrainingCheckpoint(
        generator=state["generator"], model_config=model_config,
        step=int(state.get("step", 0)), epoch=int(state.get("epoch", 0)),
        discriminator=state.get("discriminator"), optimizer_g=state.get("optimizer_g"),
        optimizer_d=state.get("optimizer_d"), scheduler_g=state.get("scheduler_g"),
        scheduler_d=state.get("scheduler_d"), scaler=state.get("scaler"),
        config=state.get("config") or {}, extra=state.get("extra") or {}, format_version=version,
    )


def load_checkpoint(path: str | Path) -> TrainingCheckpoint:
    """Read a checkpoint weights-only; ModelFileError when unreadable, hostile or not ours."""
    return checkpoint_from_state(safe_torch_load(path, Message("training checkpoint")), Path(path).name)


def build_models(checkpoint: TrainingCheckpoint, device: str = "cpu"):
    """(Synthesizer, MultiPeriodDiscriminator or None) with the checkpoint's weights, strictly checked."""
    from svcdesk.models.discriminator import MultiPeriodDiscriminator
    from svcdesk.models.synthesizer import Synthesizer

    from svcdesk.models.rvcfile import load_state_strict

    generator = Synthesizer.from_model_config(checkpoint.model_config)
    load_state_strict(generator, checkpoint.generator, "the checkpoint's generator does not fit its configuration")
    discriminator = None
    if checkpoint.discriminator is not None:
        # The first conv's width tells the full discriminator (16 channels) from a narrowed one (same keys).
        first = checkpoint.discriminator.get("discriminators.0.convs.0.weight_v")
        width = int(first.shape[0]) if first is not None and first.dim() == 3 else 16
        discriminator = MultiPeriodDiscriminator(channel_divisor=max(1, 16 // max(width, 1)))
        load_state_strict(discriminator, checkpoint.discriminator, "the checkpoint's discriminator does not fit")
    return generator.to(device), (discriminator.to(device) if discriminator is not None else None)
