"""RVC model files (spec 1.10, 3): load and save voice models, import RVC training checkpoints and bases.

Kinds of file `load_voice` accepts:
- RVC inference files: {weight (fp16, no enc_q), config (18-list), info, sr, f0, version} (+ Applio's extras);
- RVC training checkpoints `G_*.pth` and the pretrained bases `f0G40k.pth`: {model (incl. enc_q), iteration, ...};
  they carry no config, so the architecture is recognised from the tensor shapes;
- svcdesk training checkpoints (`svcdesk.models.checkpoint`), which carry their ModelConfig.
Every file is read with weights_only=True and checked key by key and shape by shape before use.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from svcdesk.errors import ModelFileError
from svcdesk.messages import Message
from svcdesk.models.config import ModelConfig, rate_from_value
from svcdesk.models.safeload import parameter_count, safe_torch_load, state_dict_problems

# Top-level keys other tools add to inference files; kept as plain metadata, never required.
APPLIO_KEYS = ("epoch", "step", "model_hash", "embedder_model", "speakers_id", "vocoder", "author",
               "creation_date", "dataset_length", "model_name", "overtrain_info")
_PLAIN = (str, int, float, bool, type(None))


@dataclass
class VoiceModel:
    synthesizer: Any  # svcdesk.models.synthesizer.Synthesizer (torch is imported lazily)
    config: ModelConfig
    config_list: list
    kind: str  # "inference" | "rvc-checkpoint" | "svcdesk-checkpoint"
    info: str = ""
    path: Path | None = None
    metadata: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    parameter_count: int = 0

    @property
    def sample_rate(self) -> int:
        return self.config.sample_rate

    @property
    def version(self) -> str:
        return self.config.version

    @property
    def has_pitch(self) -> bool:
        return self.config.has_pitch

    @property
    def speakers(self) -> int:
        return self.config.spk_embed_dim


@functools.lru_cache(maxsize=32)
def expected_shapes(config: ModelConfig, with_posterior: bool = True) -> dict[str, tuple[int, ...]]:
    """Key -> shape of the generator `config` describes, built on the meta device (no memory, no init cost)."""
    import torch

    from svcdesk.models.synthesizer import Synthesizer

    with torch.device("meta"):
        model = Synthesizer.from_model_config(config)
    return {k: tuple(v.shape) for k, v in model.state_dict().items() if with_posterior or "enc_q" not in k}


def normalize_state_keys(state: dict, expected: dict[str, tuple]) -> dict:
    """Accept the spellings other tools write for the same weights, mapped onto RVC's legacy names.

    - `module.` prefixes from DataParallel/DDP wrappers;
    - torch's parametrization names `.parametrizations.weight.original0/1` (-> weight_g / weight_v);
    - a folded `.weight` where weight_g/weight_v are expected (g = per-row norm, v = weight: the same layer).
    """
    import torch

    if state and all(k.startswith("module.") for k in state):
        state = {k[len("module."):]: v for k, v in state.items()}
    renamed = {}
    for key, value in state.items():
        key = key.replace(".parametrizations.weight.original0", ".weight_g")
        key = key.replace(".parametrizations.weight.original1", ".weight_v")
        renamed[key] = value
    for key in list(renamed):
        base = key[: -len("weight")]
        if key.endswith(".weight") and key not in expected and base + "weight_v" in expected \
                and base + "weight_v" not in renamed and torch.is_tensor(renamed[key]):
            weight = renamed.pop(key)
            norm = weight.float().flatten(1).norm(dim=1).view(-1, *([1] * (weight.dim() - 1)))
            renamed[base + "weight_g"] = norm.to(weight.dtype)
            renamed[base + "weight_v"] = weight
    return renamed


def _check_tensors(state: Any, name: str) -> dict:
    import torch

    if not isinstance(state, dict) or not state:
        raise ModelFileError(Message("{name}: the weights are missing or not a dictionary of tensors", name=name))
    bad = [k for k, v in state.items() if not isinstance(k, str) or not torch.is_tensor(v)]
    if bad:
        raise ModelFileError(Message("{name}: {count} weight entries are not tensors (first: {first})",
                                     name=name, count=len(bad), first=str(bad[0])[:80]))
    return state


def _candidate_configs(state: dict):
    """Published architectures that fit the tell-tale tensors: emb_phone's width gives the version, emb_pitch's
    presence the pitch variant, the first upsampler's kernel the most likely rate (tried first)."""
    speakers = int(state["emb_g.weight"].shape[0])
    emb_phone = state.get("enc_p.emb_phone.weight")
    dims = [int(emb_phone.shape[1])] if emb_phone is not None and emb_phone.dim() == 2 else [768, 256]
    pitch_options = [True] if "enc_p.emb_pitch.weight" in state else [False]
    rates = [40000, 48000, 32000]
    first_up = state.get("dec.ups.0.weight_v")
    if first_up is not None and first_up.dim() == 3:
        rates.sort(key=lambda rate: ModelConfig.rvc_v2(rate).upsample_kernel_sizes[0] != first_up.shape[2])
    for feature_dim in dims:
        version = "v1" if feature_dim == 256 else "v2"
        for has_pitch in pitch_options:
            for sample_rate in rates:
                base = ModelConfig.rvc_v2(sample_rate, has_pitch=has_pitch)
                yield dataclasses.replace(base, version=version, feature_dim=feature_dim, spk_embed_dim=speakers)


def fitting_generators(state: dict) -> list[ModelConfig]:
    """Every published RVC architecture whose shapes these weights (or their stand-ins) fit exactly."""
    if "emb_g.weight" not in state or len(getattr(state["emb_g.weight"], "shape", ())) != 2:
        return []
    with_posterior = any(k.startswith("enc_q.") for k in state)
    return [config for config in _candidate_configs(state)
            if not state_dict_problems(expected_shapes(config, with_posterior), state)]


def recognise_generator(state: dict, name: str = "file") -> ModelConfig:
    """The published RVC architecture (32k/40k/48k, v1/v2, with or without pitch) these weights fit exactly."""
    emb = state.get("emb_g.weight")
    if emb is None or emb.dim() != 2:
        raise ModelFileError(Message("{name}: no speaker embedding (emb_g.weight): not an RVC generator", name=name))
    with_posterior = any(k.startswith("enc_q.") for k in state)
    best = None
    for config in _candidate_configs(state):
        problems = state_dict_problems(expected_shapes(config, with_posterior), state)
        if not problems:
            return config
        if best is None or len(problems) < len(best[1]):
            best = (config, problems)
    config, problems = best
    raise ModelFileError(f"{name}: does not fit any RVC generator (closest: {_describe(config)}; "
                         + "; ".join(problems) + ")")


def _describe(config: ModelConfig) -> str:
    pitch = "pitch" if config.has_pitch else "no pitch"
    return f"{config.version} {config.sample_rate_tag} {pitch}"


def _build(config: ModelConfig, state: dict, name: str, device="cpu"):
    """A Synthesizer for `config` holding `state`, after every key and shape is checked (enc_q optional).

    The check runs against a meta-device model first, so a file whose config claims absurd sizes is refused
    before any memory is allocated for it.
    """
    from svcdesk.models.synthesizer import Synthesizer

    with_posterior = any(k.split(".", 2)[:2].count("enc_q") for k in state)
    synthesizer = None
    if within_common_sizes(config):
        # Built once, without the random init the file's weights replace: its own state gives the shapes.
        synthesizer = Synthesizer.from_model_config(config, init="none" if with_posterior else "posterior")
        expected = {k: tuple(v.shape) for k, v in synthesizer.state_dict().items()}
    else:
        expected = expected_shapes(config)  # sizes no shared model has: checked on the meta device first
    state = normalize_state_keys(state, expected)
    with_posterior = any(k.startswith("enc_q.") for k in state)
    problems = state_dict_problems({k: v for k, v in expected.items() if with_posterior or "enc_q" not in k}, state)
    if problems:
        raise ModelFileError(f"{name}: weights do not fit the {_describe(config)} model it declares: "
                             + "; ".join(problems))
    if synthesizer is None:
        synthesizer = Synthesizer.from_model_config(config, init="none" if with_posterior else "posterior")
    synthesizer.load_state_dict(state, strict=with_posterior)
    return synthesizer.to(device).eval(), state


#: The largest sizes RVC's shared v1/v2 models use (twice over, for variants): a config within them builds
#: directly; a larger one is checked against the file on the meta device before any memory is allocated.
_COMMON_LIMITS = {"spec_channels": 2 * 1025, "inter_channels": 2 * 192, "hidden_channels": 2 * 192,
                  "filter_channels": 2 * 768, "n_heads": 2 * 2, "n_layers": 2 * 6, "kernel_size": 2 * 3,
                  "upsample_initial_channel": 2 * 512, "spk_embed_dim": 4096, "gin_channels": 2 * 256}


def within_common_sizes(config: ModelConfig) -> bool:
    return (all(int(getattr(config, name)) <= limit for name, limit in _COMMON_LIMITS.items())
            and len(config.upsample_rates) <= 6 and all(int(r) <= 16 for r in config.upsample_rates))


def _load_inference_file(data: dict, name: str, notes: list[str]):
    config_list = data["config"]
    if not isinstance(config_list, (list, tuple)):
        raise ModelFileError(Message("{name}: `config` is not a list", name=name))
    config_list = list(config_list)
    state = _check_tensors(data["weight"], name)
    f0 = data.get("f0", 1)
    try:
        has_pitch = bool(int(f0))
    except (TypeError, ValueError):
        raise ModelFileError(Message("{name}: `f0` should be 0 or 1, not {f0!r}", name=name, f0=f0)) from None
    version = data.get("version")
    emb_phone = state.get("enc_p.emb_phone.weight")
    feature_dim = int(emb_phone.shape[1]) if emb_phone is not None and emb_phone.dim() == 2 else None
    if version is None:
        version = "v1"
        if feature_dim == 768:
            version = "v2"
            notes.append("the file names no version; its 768-dim content weights make it v2")
    if version not in ("v1", "v2"):
        raise ModelFileError(Message("{name}: unknown model version {version!r} (svcdesk reads v1 and v2)",
                                     name=name, version=version))
    if "sr" in data and len(config_list) == 18:
        try:
            if rate_from_value(data["sr"]) != rate_from_value(config_list[-1]):
                notes.append(f"`sr` says {data['sr']} but the config says {config_list[-1]}; using the config")
        except (TypeError, ValueError):
            notes.append(f"`sr` {data['sr']!r} is not a sample rate; using the config")
    try:
        config = ModelConfig.from_rvc_config(config_list, has_pitch=has_pitch, version=version)
    except (ValueError, TypeError) as exc:
        raise ModelFileError(Message("{name}: the config list is not RVC's 18-element list ({exc})",
                                     name=name, exc=exc)) from None
    speakers = state.get("emb_g.weight")
    if speakers is not None and speakers.dim() == 2 and int(speakers.shape[0]) != config.spk_embed_dim:
        config = config.with_speakers(int(speakers.shape[0]))
    if feature_dim is not None and feature_dim != config.feature_dim:
        raise ModelFileError(Message("{name}: marked {version} but its content weights are {feature_dim}-dim (v1 uses"
                                     " 256, v2 768)",
                                     name=name, version=version, feature_dim=feature_dim))
    return config, config_list, state


def load_voice(path: str | Path, device: str = "cpu", architecture: ModelConfig | None = None) -> VoiceModel:
    """A voice model from an RVC inference file, an RVC G_*.pth / base, or an svcdesk training checkpoint.

    `architecture` is for an RVC training checkpoint whose shapes fit more than one published model (the
    user said which); it is still checked shape by shape."""
    path = Path(path)
    name = path.name
    data = safe_torch_load(path, Message("voice model"))
    if not isinstance(data, dict):
        raise ModelFileError(Message("{name}: not an RVC model file (top level is {found}, not a dict)",
                                     name=name, found=type(data).__name__))
    notes: list[str] = []
    info = data.get("info", "")
    metadata = {k: v for k, v in data.items() if k in APPLIO_KEYS and isinstance(v, _PLAIN)}
    if "weight" in data and "config" in data:
        kind = "inference"
        config, config_list, state = _load_inference_file(data, name, notes)
    elif "generator" in data and "model_config" in data:
        from svcdesk.models.checkpoint import checkpoint_from_state

        kind = "svcdesk-checkpoint"
        checkpoint = checkpoint_from_state(data, name)
        config = checkpoint.model_config
        state = _check_tensors(checkpoint.generator, name)
        config_list = config.rvc_config_list()
        info = f"step {checkpoint.step}, epoch {checkpoint.epoch}"
        metadata.update(step=checkpoint.step, epoch=checkpoint.epoch)
    elif "model" in data:
        kind = "rvc-checkpoint"
        state = _check_tensors(data["model"], name)
        config = architecture or recognise_generator(normalize_state_keys(state, expected_shapes(ModelConfig.rvc_v2())),
                                                     name)
        config_list = config.rvc_config_list()
        if isinstance(data.get("iteration"), int):
            info = f"epoch {data['iteration']}"
            metadata["epoch"] = data["iteration"]
    else:
        raise ModelFileError(Message("{name}: not an RVC model (no `weight`+`config`, no `model` entry)", name=name))
    synthesizer, state = _build(config, state, name, device)
    return VoiceModel(synthesizer=synthesizer, config=config, config_list=config_list, kind=kind,
                      info=str(info) if isinstance(info, _PLAIN) else "", path=path, metadata=metadata, notes=notes,
                      parameter_count=parameter_count(state))


def save_voice(path: str | Path, synthesizer, info: str = "", metadata: dict | None = None) -> Path:
    """Write the RVC inference format (spec 1.10): fp16 weights without enc_q, config list, sr, f0, version, info.

    `metadata` adds plain top-level values (Applio's keys such as epoch, step, model_name), which RVC ignores.
    Written atomically; the synthesizer itself is not changed.
    """
    import torch

    from svcdesk.utils.atomic import torch_save_atomic

    config: ModelConfig = synthesizer.config
    rows = int(synthesizer.emb_g.weight.shape[0])
    config_list = config.with_speakers(rows).rvc_config_list()
    weight = {k: v.detach().to("cpu", torch.float16).clone() for k, v in synthesizer.inference_state_dict().items()}
    data: dict = {}
    for key, value in (metadata or {}).items():
        if not isinstance(value, _PLAIN):
            raise TypeError(f"voice metadata {key!r} must be a plain string or number")
        data[key] = value
    data.update({"weight": weight, "config": config_list, "info": str(info), "sr": config.sample_rate_tag,
                 "f0": int(config.has_pitch), "version": config.version})
    torch_save_atomic(data, path)
    return Path(path)


@dataclass
class RvcCheckpoint:
    """An RVC `G_*.pth`/`D_*.pth` or pretrained base: the state dict plus what the reference stores beside it."""

    model: dict
    iteration: int | None = None
    learning_rate: float | None = None
    optimizer: dict | None = None


def read_rvc_checkpoint(path: str | Path) -> RvcCheckpoint:
    data = safe_torch_load(path, Message("RVC checkpoint"))
    name = Path(path).name
    if not isinstance(data, dict) or "model" not in data:
        raise ModelFileError(Message("{name}: not an RVC training checkpoint (no `model` entry)", name=name))
    optimizer = data.get("optimizer")
    return RvcCheckpoint(
        model=_check_tensors(data["model"], name),
        iteration=data.get("iteration") if isinstance(data.get("iteration"), int) else None,
        learning_rate=float(data["learning_rate"]) if isinstance(data.get("learning_rate"), (int, float)) else None,
        optimizer=optimizer if isinstance(optimizer, dict) else None,
    )


def inspect_discriminator_file(path: str | Path) -> tuple[int, list[str]] | None:
    """(parameter count, problems) when the file is an RVC discriminator checkpoint (D_*.pth, f0D40k.pth);
    None when it holds something else. Shapes are compared with RVC v2's MultiPeriodDiscriminator."""
    import torch

    from svcdesk.models.discriminator import MultiPeriodDiscriminator

    data = safe_torch_load(path, Message("RVC checkpoint"))
    state = data.get("model") if isinstance(data, dict) else None
    if not isinstance(state, dict) or not state or not all(str(k).startswith("discriminators.") for k in state):
        return None
    with torch.device("meta"):
        expected = {k: tuple(v.shape) for k, v in MultiPeriodDiscriminator().state_dict().items()}
    state = normalize_state_keys(_check_tensors(state, Path(path).name), expected)
    return parameter_count(state), state_dict_problems(expected, state)


def load_state_strict(module, state: dict, label: str) -> dict:
    """Load `state` into `module` after normalising key spellings; every key and shape must fit.

    Raises ModelFileError "<label> ...: 2 missing: ...; 1 with the wrong shape: ..." otherwise.
    Returns the normalised state that was loaded.
    """
    expected = {k: tuple(v.shape) for k, v in module.state_dict().items()}
    state = normalize_state_keys(state, expected)
    problems = state_dict_problems(expected, state)
    if problems:
        raise ModelFileError(f"{label}: " + "; ".join(problems))
    module.load_state_dict(state, strict=True)
    return state


def load_generator_weights(path: str | Path, synthesizer) -> RvcCheckpoint:
    """Load an RVC `G_*.pth` or base (e.g. f0G40k.pth, fp16) into `synthesizer`, strictly (spec 3)."""
    checkpoint = read_rvc_checkpoint(path)
    checkpoint.model = load_state_strict(synthesizer, checkpoint.model,
                                         f"{Path(path).name} does not fit this generator")
    return checkpoint


def load_discriminator_weights(path: str | Path, discriminator) -> RvcCheckpoint:
    """Load an RVC `D_*.pth` or base (e.g. f0D40k.pth) into `discriminator`, strictly."""
    checkpoint = read_rvc_checkpoint(path)
    checkpoint.model = load_state_strict(discriminator, checkpoint.model,
                                         f"{Path(path).name} does not fit the discriminator")
    return checkpoint


def save_rvc_checkpoint(path: str | Path, model, iteration: int, learning_rate: float = 1e-4,
                        optimizer=None) -> Path:
    """Write RVC's own `G_*.pth`/`D_*.pth` layout (fp32 state dict incl. enc_q) so RVC tools can resume it."""
    from svcdesk.utils.atomic import torch_save_atomic

    data = {
        "model": {k: v.detach().cpu().clone() for k, v in model.state_dict().items()},
        "iteration": int(iteration),
        "optimizer": optimizer.state_dict() if optimizer is not None else None,
        "learning_rate": float(learning_rate),
    }
    torch_save_atomic(data, path)
    return Path(path)
