"""Content encoder: HuBERT-Base (torchaudio's architecture) carrying ContentVec weights (spec section 5).

The RVC v2 feature is the output of transformer layer 12: 768 dims at 50 Hz (hop 320 at 16 kHz),
no final projection, no waveform normalisation - Transformers' `last_hidden_state`. HuBERT-Base
is a post-LayerNorm model (fairseq `layer_norm_first=False`): the encoder LayerNorm runs once
before the layers and nothing runs after the last one. torchaudio builds it that way too (its
`Transformer.layer_norm_first` flag is the inverse of fairseq's), so layer 12's output is final.

Two weight layouts load without fairseq or transformers: fairseq's (`hubert_base.pt`, as the RVC
ecosystem ships ContentVec) and Transformers' (`model.safetensors` / `pytorch_model.bin`).
"""

from __future__ import annotations

import hashlib
import pickle
import re
import types
from pathlib import Path
from typing import Sequence

import numpy as np

from svcdesk.errors import ModelFileError, WeightsMissing
from svcdesk.features.weights import check_state_dict, registry_path
from svcdesk.messages import Message

SAMPLE_RATE = 16000
HOP = 320
RECEPTIVE_FIELD = 400
CONTENT_DIM = 768
CONTENT_LAYER = 12
DEMO_SEED = 20240611
HF_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


def content_frame_count(n_samples: int) -> int:
    """Frames HuBERT gives for `n_samples` of 16 kHz audio: floor((L - 400) / 320) + 1, at least 0."""
    return max(0, (int(n_samples) - RECEPTIVE_FIELD) // HOP + 1)


class ContentEncoder:
    """HuBERT-Base on one device. `identity` names the weights (for cache keys); `is_demo` marks a
    random-init encoder whose features carry no meaning."""

    def __init__(self, model, identity: str, is_demo: bool = False, device: str = "cpu"):
        import torch

        self.device = torch.device(device)
        self.model = model.to(self.device).eval()
        self.identity = identity
        self.is_demo = is_demo

    def encode(self, audio_16k: np.ndarray) -> np.ndarray:
        """Layer-12 features (T, 768) float32 at 50 Hz of mono 16 kHz audio; T = content_frame_count."""
        return self.encode_batch([audio_16k])[0]

    def encode_batch(self, batch: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Features of several clips. Clips of equal length share one forward pass; unequal ones run
        alone, because padding would change the first conv layer's GroupNorm statistics."""
        import torch

        results: list[np.ndarray | None] = [None] * len(batch)
        by_length: dict[int, list[int]] = {}
        for index, audio in enumerate(batch):
            if np.ndim(audio) != 1:
                raise ValueError(f"content encoder wants mono audio of shape (samples,), got {np.shape(audio)}")
            if len(audio) < RECEPTIVE_FIELD:
                results[index] = np.zeros((0, CONTENT_DIM), dtype=np.float32)
            else:
                by_length.setdefault(len(audio), []).append(index)
        with torch.inference_mode():
            for indices in by_length.values():
                wav = torch.from_numpy(np.stack([np.asarray(batch[i], dtype=np.float32) for i in indices]))
                layers, _ = self.model.extract_features(wav.to(self.device), num_layers=CONTENT_LAYER)
                features = layers[-1].float().cpu().numpy()
                for row, index in enumerate(indices):
                    results[index] = features[row]
        return results  # type: ignore[return-value]


def build_hubert_base():
    """An untrained HuBERT-Base (torchaudio), the architecture ContentVec uses."""
    import torchaudio

    return torchaudio.models.hubert_base()


# ---------------------------------------------------------------------------------------------
# Reading checkpoint files safely.


class _Inert:
    """Stands in for any class a checkpoint names that is not a tensor or a plain container
    (fairseq's argparse.Namespace, omegaconf configs, task objects...). Constructing, filling or
    restoring it does nothing, so no code from the file runs."""

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        pass

    def __setstate__(self, state):
        pass

    def __setitem__(self, key, value):
        pass

    def append(self, value):
        pass

    def extend(self, values):
        pass


def _allowed_global(module: str, name: str):
    import collections

    import torch

    if module == "torch._utils" and name in ("_rebuild_tensor_v2", "_rebuild_tensor", "_rebuild_parameter"):
        return getattr(torch._utils, name)
    if module == "collections" and name == "OrderedDict":
        return collections.OrderedDict
    if module == "torch" and (name == "Size" or isinstance(getattr(torch, name, None), torch.dtype)):
        return getattr(torch, name)
    if module == "builtins" and name in ("set", "frozenset", "complex", "slice"):
        return {"set": set, "frozenset": frozenset, "complex": complex, "slice": slice}[name]
    return None


class _RestrictedUnpickler(pickle.Unpickler):
    """Resolves only tensor-rebuilding functions, dtypes and plain containers; every other global
    becomes an inert placeholder class. torch.load wraps this class and resolves storage types
    itself before asking it, so tensors come back intact while nothing else can execute."""

    def find_class(self, module: str, name: str):
        allowed = _allowed_global(module, name)
        if allowed is not None:
            return allowed
        return type(name, (_Inert,), {"__module__": f"svcdesk.inert.{module}"})


_RESTRICTED_PICKLE = types.SimpleNamespace(
    __name__="svcdesk_restricted_pickle",
    Unpickler=_RestrictedUnpickler,
    load=lambda handle, **kwargs: _RestrictedUnpickler(handle, **kwargs).load(),
)


def _torch_load(path: Path) -> object:
    """torch.load with weights_only=True; files it refuses (fairseq checkpoints pickle an
    argparse.Namespace or omegaconf config beside the weights, from modules that need not even be
    installed) are read again through the restricted unpickler above, keeping only the tensors."""
    import torch

    try:
        with open(path, "rb") as handle:
            return torch.load(handle, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError:
        pass
    # weights_only=False here only because torch accepts a custom pickle_module on that path; the
    # module's unpickler is the restricted one, so the file still cannot run code.
    with open(path, "rb") as handle:
        return torch.load(handle, map_location="cpu", weights_only=False, pickle_module=_RESTRICTED_PICKLE)


def _read_weight_file(path: Path) -> dict:
    if path.is_dir():
        for name in HF_WEIGHT_FILES:
            if (path / name).is_file():
                return _read_weight_file(path / name)
        raise ModelFileError(Message("{name} holds no {files}", name=path.name, files=' or '.join(HF_WEIGHT_FILES)))
    if path.suffix == ".safetensors":
        from safetensors.torch import load

        # Through a handle rather than a path: non-ASCII paths on Windows.
        with open(path, "rb") as handle:
            return load(handle.read())
    try:
        data = _torch_load(path)
    except Exception as exc:
        raise ModelFileError(Message("cannot read {name}: {exc}", name=path.name, exc=exc)) from exc
    if isinstance(data, dict) and isinstance(data.get("model"), dict):
        data = data["model"]  # fairseq keeps the state dict under "model"
    if not isinstance(data, dict):
        raise ModelFileError(Message("{name} holds no state dict", name=path.name))
    return data


# ---------------------------------------------------------------------------------------------
# Key layouts -> torchaudio's.

_FAIRSEQ_IGNORED = re.compile(r"^(mask_emb|label_embs_concat|final_proj\.|label_embs\.)")
_HF_IGNORED = re.compile(r"^(masked_spec_embed|final_proj\.)")
_LAYER_PARTS_FAIRSEQ = {
    "self_attn.k_proj": "attention.k_proj",
    "self_attn.v_proj": "attention.v_proj",
    "self_attn.q_proj": "attention.q_proj",
    "self_attn.out_proj": "attention.out_proj",
    "self_attn_layer_norm": "layer_norm",
    "fc1": "feed_forward.intermediate_dense",
    "fc2": "feed_forward.output_dense",
    "final_layer_norm": "final_layer_norm",
}
_WEIGHT_NORM = {"weight_g": "parametrizations.weight.original0", "weight_v": "parametrizations.weight.original1"}
_POS_CONV = "encoder.transformer.pos_conv_embed.conv."


def _fairseq_key(key: str) -> str | None:
    if _FAIRSEQ_IGNORED.match(key):
        return None
    if m := re.fullmatch(r"feature_extractor\.conv_layers\.0\.2\.(weight|bias)", key):
        return f"feature_extractor.conv_layers.0.layer_norm.{m[1]}"
    if m := re.fullmatch(r"feature_extractor\.conv_layers\.(\d+)\.0\.weight", key):
        return f"feature_extractor.conv_layers.{m[1]}.conv.weight"
    if m := re.fullmatch(r"post_extract_proj\.(weight|bias)", key):
        return f"encoder.feature_projection.projection.{m[1]}"
    if m := re.fullmatch(r"layer_norm\.(weight|bias)", key):
        return f"encoder.feature_projection.layer_norm.{m[1]}"
    if m := re.fullmatch(r"encoder\.pos_conv\.0\.(bias|weight_g|weight_v|parametrizations\.weight\.original[01])", key):
        return _POS_CONV + _WEIGHT_NORM.get(m[1], m[1])
    if m := re.fullmatch(r"encoder\.layer_norm\.(weight|bias)", key):
        return f"encoder.transformer.layer_norm.{m[1]}"
    if m := re.fullmatch(r"encoder\.layers\.(\d+)\.([a-z_0-9.]+)\.(weight|bias)", key):
        part = _LAYER_PARTS_FAIRSEQ.get(m[2])
        if part is not None:
            return f"encoder.transformer.layers.{m[1]}.{part}.{m[3]}"
    return key  # unknown: kept under its own name so the shape check reports it


def _transformers_key(key: str) -> str | None:
    key = key.removeprefix("hubert.")
    if _HF_IGNORED.match(key):
        return None
    if key.startswith("feature_projection."):
        return "encoder." + key
    if key.startswith("encoder.pos_conv_embed.conv."):
        name = key.removeprefix("encoder.pos_conv_embed.conv.")
        return _POS_CONV + _WEIGHT_NORM.get(name, name)
    if key.startswith(("encoder.layer_norm.", "encoder.layers.")):
        return "encoder.transformer." + key.removeprefix("encoder.")
    return key


def detect_layout(state: dict) -> str:
    """'fairseq', 'transformers' or 'torchaudio' from the key names."""
    keys = [k.removeprefix("hubert.") for k in state]
    if any(k.startswith(("post_extract_proj.", "encoder.pos_conv.")) for k in keys):
        return "fairseq"
    if any(k.startswith(("feature_projection.", "encoder.pos_conv_embed.")) for k in keys):
        return "transformers"
    if any(k.startswith("encoder.transformer.") for k in keys):
        return "torchaudio"
    raise ModelFileError(Message("the file is not a HuBERT/ContentVec checkpoint (no known key layout)"))


def to_torchaudio_state(state: dict) -> dict:
    """A fairseq, Transformers or torchaudio HuBERT state dict renamed to torchaudio's keys."""
    rename = {"fairseq": _fairseq_key, "transformers": _transformers_key, "torchaudio": lambda k: k}[detect_layout(state)]
    converted = {}
    for key, value in state.items():
        new_key = rename(key)
        if new_key is not None:
            converted[new_key] = value
    return converted


# ---------------------------------------------------------------------------------------------


_identity_memo: dict[tuple[str, int, int], str] = {}


def weights_identity(path: Path) -> str:
    """A name for the weights' content (sha256 of the file), remembered per (path, size, mtime) so
    that cache look-ups need not re-hash 190 MB."""
    weights = path
    if path.is_dir():
        weights = next((path / n for n in HF_WEIGHT_FILES if (path / n).is_file()), path)
    stat = weights.stat()
    memo_key = (str(weights.resolve()), stat.st_size, stat.st_mtime_ns)
    if memo_key not in _identity_memo:
        digest = hashlib.sha256()
        with open(weights, "rb") as handle:
            while chunk := handle.read(1 << 22):
                digest.update(chunk)
        _identity_memo[memo_key] = f"hubert-base:{digest.hexdigest()[:20]}"
    return _identity_memo[memo_key]


DEMO_IDENTITY = f"demo-random-hubert-base:{DEMO_SEED}"


def resolve_weights(path: str | Path | None = None) -> Path:
    """`path`, else ContentVec from the asset registry; WeightsMissing (with the fix) when absent."""
    weights = Path(path) if path else registry_path("contentvec")
    if weights is None or not weights.exists():
        raise missing_weights_error()
    return weights


def missing_weights_error() -> WeightsMissing:
    return WeightsMissing(
        Message("ContentVec weights missing: hubert_base.pt is needed to extract content features. Fix: svcdesk "
                "assets download contentvec or import the file (svcdesk assets import contentvec FILE); "
                "--demo-encoder runs a random encoder for trying the app only."),
        asset="contentvec",
    )


def load_content_encoder(path: str | Path | None = None, demo: bool = False, device: str = "cpu") -> ContentEncoder:
    """The ContentVec encoder from `path` (a fairseq .pt, a .safetensors/.bin, or a Transformers folder),
    else from the asset registry; `demo=True` gives a seeded random-init encoder flagged `is_demo`.
    Raises WeightsMissing when no weights exist and demo was not asked for, ModelFileError when the
    file does not fit HuBERT-Base."""
    import torch

    if demo:
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(DEMO_SEED)
            model = build_hubert_base()
        return ContentEncoder(model, identity=DEMO_IDENTITY, is_demo=True, device=device)
    from svcdesk.models.modules import skipped_random_init

    weights = resolve_weights(path)
    state = to_torchaudio_state(_read_weight_file(weights))
    with skipped_random_init():  # every weight comes from the file (check_state_dict insists on all of them)
        model = build_hubert_base()
    model.load_state_dict(check_state_dict(model, state, weights.name))
    return ContentEncoder(model, identity=weights_identity(weights), is_demo=False, device=device)
