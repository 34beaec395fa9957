"""The separation networks: which RoFormer each registry asset holds, built from pymss-core's model classes.

pymss-core (the model half of pymss, used by rvc-next) carries BS-RoFormer and Mel-Band RoFormer with the
state-dict layout of the MSST training code the community's checkpoints come from. Its runner is not used:
chunking, overlap-add, progress, cancel and caching are svcdesk's (`engine`), so memory stays flat and a
cancel lands within a chunk. The hyperparameters are the published configs of each checkpoint, written here
so no config file needs downloading; a checkpoint that does not fit its config is refused with its shapes named.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from svcdesk.errors import ModelFileError
from svcdesk.messages import Message

SAMPLE_RATE = 44100
CHUNK_SAMPLES = 352_800  # 8 s: the length these models were trained on

# What a network's output is, and so what the rest of its input is.
OUTPUT_VOCALS = "vocals"  # mix -> all vocals; the rest is the accompaniment
OUTPUT_BACKING = "backing"  # vocals -> backing vocals (a karaoke model); the rest is the lead
OUTPUT_DRY = "dry"  # vocals -> the dry vocal; the rest is reverb and echo

_MEL_KIM = dict(dim=384, depth=6, stereo=True, num_stems=1, time_transformer_depth=1, freq_transformer_depth=1,
                num_bands=60, dim_head=64, heads=8, attn_dropout=0.0, ff_dropout=0.0, flash_attn=True,
                sample_rate=SAMPLE_RATE, stft_n_fft=2048, stft_hop_length=441, stft_win_length=2048,
                stft_normalized=False, mask_estimator_depth=2)
_BS_VIPERX = dict(dim=512, depth=12, stereo=True, num_stems=1, time_transformer_depth=1, freq_transformer_depth=1,
                  dim_head=64, heads=8, attn_dropout=0.0, ff_dropout=0.0, flash_attn=True, stft_n_fft=2048,
                  stft_hop_length=441, stft_win_length=2048, stft_normalized=False, mask_estimator_depth=2)


@dataclass(frozen=True)
class SeparatorSpec:
    """One separation network: its registry asset, architecture, hyperparameters and what it outputs."""

    key: str
    asset: str
    architecture: str  # "mel_band_roformer" | "bs_roformer"
    hyperparameters: tuple[tuple[str, object], ...]
    output: str  # OUTPUT_VOCALS | OUTPUT_BACKING | OUTPUT_DRY
    label: str

    @property
    def config(self) -> dict:
        return dict(self.hyperparameters)


def _spec(key: str, asset: str, architecture: str, hyper: dict, output: str, label: str) -> SeparatorSpec:
    return SeparatorSpec(key, asset, architecture, tuple(sorted(hyper.items())), output, label)


SEPARATORS: dict[str, SeparatorSpec] = {spec.key: spec for spec in (
    _spec("mel-kim", "sep-vocals", "mel_band_roformer", _MEL_KIM, OUTPUT_VOCALS, "Mel-Band RoFormer (Kim)"),
    _spec("bs-1297", "sep-vocals-bs", "bs_roformer", _BS_VIPERX, OUTPUT_VOCALS, "BS-RoFormer 1297 (viperx)"),
    _spec("karaoke", "sep-karaoke", "mel_band_roformer", _MEL_KIM, OUTPUT_BACKING, "Karaoke (aufr33 & viperx)"),
    _spec("dereverb", "sep-dereverb", "mel_band_roformer", _MEL_KIM, OUTPUT_DRY, "De-reverb (anvuew)"),
)}
DEFAULT_SEPARATOR = "mel-kim"
VOCAL_SEPARATORS = tuple(key for key, spec in SEPARATORS.items() if spec.output == OUTPUT_VOCALS)


def get_spec(key: str) -> SeparatorSpec:
    try:
        return SEPARATORS[key]
    except KeyError:
        raise ModelFileError(Message("unknown separation model '{key}' (choose one of: {known})", key=key,
                                     known=", ".join(SEPARATORS))) from None


def build_network(architecture: str, config: dict):
    """A pymss-core RoFormer with random weights, in eval mode."""
    from pymss_core.modules.bs_roformer import BSRoformer, MelBandRoformer

    classes = {"mel_band_roformer": MelBandRoformer, "bs_roformer": BSRoformer}
    if architecture not in classes:
        raise ModelFileError(Message("unknown separation architecture '{architecture}'", architecture=architecture))
    return classes[architecture](**config).eval()


_HIDDEN_LAYER = re.compile(r"(?:^|\.)mask_estimators\.0\.to_freqs\.0\.0\.(\d+)\.weight$")


def mask_hidden_layers(state: dict) -> int | None:
    """The mask estimators' hidden layers a checkpoint holds: MSST's Mel-Band code gave them `depth` layers where
    BS-RoFormer's gives `depth - 1`, and the community's checkpoints come in both."""
    linear_layers = {int(match.group(1)) for key in state for match in [_HIDDEN_LAYER.search(key)] if match}
    return len(linear_layers) - 1 if linear_layers else None


@dataclass
class LoadedSeparator:
    """A network ready to run: `run(batch)` maps (B, channels, samples) float32 to the same shape.

    `identity` names the weights for cache keys (the file's sha256, or what a test calls its model);
    `channels` is what the network takes (2 for these stereo models); `layers` the blocks a forward goes
    through in order, for progress and cancel within one forward (empty when the network has none)."""

    identity: str
    output: str
    run: Callable
    channels: int = 2
    sample_rate: int = SAMPLE_RATE
    chunk: int = CHUNK_SAMPLES
    layers: tuple = field(default=())
    device: str = "cpu"


def from_network(network, identity: str, output: str = OUTPUT_VOCALS, device: str = "cpu",
                 chunk: int = CHUNK_SAMPLES) -> LoadedSeparator:
    """Wrap a torch separation network (pymss-core's, or one a test builds) for the engine."""
    import torch

    network = network.to(device).eval()

    def run(batch):
        with torch.inference_mode():
            result = network(torch.from_numpy(batch).to(device))
        return result.float().cpu().numpy()

    channels = 2 if getattr(network, "stereo", True) else 1
    # RoFormer layers are (time, frequency) transformer pairs that are iterated, never called: hook the first.
    layers = tuple(layer[0] if isinstance(layer, torch.nn.ModuleList) else layer
                   for layer in (getattr(network, "layers", ()) or ()))
    return LoadedSeparator(identity=identity, output=output, run=run, channels=channels, chunk=chunk,
                           layers=layers, device=device)


_cache_lock = threading.Lock()
_loaded: dict[tuple, LoadedSeparator] = {}


def load_separator(key: str, device: str = "cpu") -> LoadedSeparator:
    """The separator `key` with its verified weights (WeightsMissing with the fix when they are not installed),
    loaded once per process and file version."""
    from svcdesk import assets

    spec = get_spec(key)
    path = assets.require(spec.asset)
    stat = path.stat()
    cache_key = (key, str(path), stat.st_size, stat.st_mtime_ns, device)
    with _cache_lock:
        if cache_key in _loaded:
            return _loaded[cache_key]
    identity = assets.recorded_sha256(spec.asset) or f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}"
    network = load_network(spec, path)
    loaded = from_network(network, identity, spec.output, device)
    with _cache_lock:
        _loaded.clear()  # one separator in memory at a time: each is 350-900 MB
        _loaded[cache_key] = loaded
    return loaded


def load_network(spec: SeparatorSpec, path: Path):
    """Build `spec`'s network and load `path` into it, refusing a checkpoint of another shape by name."""
    from svcdesk.models.safeload import safe_torch_load, state_dict_problems

    checkpoint = safe_torch_load(path, Message("separation model"))
    state = checkpoint
    if isinstance(checkpoint, dict):
        for wrapper in ("state", "state_dict", "model_state_dict"):
            if isinstance(checkpoint.get(wrapper), dict):
                state = checkpoint[wrapper]
                break
    if not isinstance(state, dict):
        raise ModelFileError(Message("{name}: not a separation model (no weights inside)", name=path.name))
    state = {key.removeprefix("module."): value for key, value in state.items()}
    config = spec.config
    hidden = mask_hidden_layers(state)
    if spec.architecture == "mel_band_roformer" and hidden is not None:
        config["mlp_hidden_layers"] = hidden
    network = build_network(spec.architecture, config)
    expected = {key: tuple(value.shape) for key, value in network.state_dict().items()}
    problems = state_dict_problems(expected, state)
    if problems:
        raise ModelFileError(Message("{name} is not the {label} model: {problems}", name=path.name, label=spec.label,
                                     problems="; ".join(problems)))
    network.load_state_dict(state, strict=True)
    return network.eval()
