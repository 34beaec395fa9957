"""Models of other singing-voice tools, recognised from a file's structure and its neighbours, so that a refusal
names what the file is ("G_1000.pth is a so-vits-svc model; svcdesk reads RVC v1/v2 voices") instead of
reporting missing keys. Nothing here loads weights or runs code from the file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from svcdesk.library.peek import ForeignObject, tensor_leaves
from svcdesk.messages import Message

_LIGHTNING_MODULES = ("pytorch_lightning", "lightning", "lightning_fabric")
_FAIRSEQ_MODULES = ("fairseq", "argparse", "omegaconf")


def _read_json(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_text(path: Path, limit: int = 200_000) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read(limit)
    except OSError:
        return ""


def _is_so_vits_config(config: dict) -> bool:
    model = config.get("model") if isinstance(config.get("model"), dict) else {}
    return "spk" in config or "ssl_dim" in model or "n_speakers" in model and "speech_encoder" in model


def _nested_keys(value: Any, depth: int = 2) -> list[str]:
    if not isinstance(value, dict) or depth < 0:
        return []
    keys = [str(k) for k in value]
    for item in value.values():
        keys += _nested_keys(item, depth - 1)
    return keys


def foreign_tool(path: Path, structure: Any) -> str:
    """The tool whose model `structure` (read by peek.read_structure) is, or "" when it may be RVC's."""
    folder = path.parent
    if not isinstance(structure, dict):
        return ""
    model = tensor_leaves(structure.get("model"))
    weight = tensor_leaves(structure.get("weight"))
    if model and (_is_so_vits_config(_read_json(folder / "config.json"))
                  or "pre.weight" in model and any(key.startswith("enc_p.f0_emb") for key in model)):
        return "so-vits-svc"
    if weight and (isinstance(structure.get("config"), dict)
                   or any(mark in key for key in weight for mark in ("ssl_proj", "ref_enc", "ar_text_embedding",
                                                                     "quantizer.vq"))):
        return "GPT-SoVITS"
    if "state_dict" in structure or "denoise_fn" in " ".join(_nested_keys(structure)):
        keys = " ".join(_nested_keys(structure.get("state_dict", structure)))
        if "denoise_fn" in keys or re.search(r"\bK_step\b|diff_decoder_type", _read_text(folder / "config.yaml")):
            return "Diff-SVC"
    return ""


def foreign_object_tool(error: ForeignObject) -> str:
    """The framework a pickle's foreign object belongs to, when it is a known one (not code of unknown intent)."""
    root = error.module.split(".")[0]
    if root in _LIGHTNING_MODULES:
        return "PyTorch Lightning"
    if root in _FAIRSEQ_MODULES:
        return "fairseq"
    return ""


def refusal(display: str, tool: str) -> Message:
    if tool == "ONNX":
        return Message("{name} is an ONNX export; svcdesk reads RVC v1/v2 voices (.pth)", name=display)
    if tool == "PyTorch Lightning":
        return Message("{name} is a PyTorch Lightning checkpoint (Diff-SVC or a similar tool), not an RVC voice; "
                       "svcdesk reads RVC v1/v2 voices", name=display)
    if tool == "fairseq":
        return Message("{name} is a fairseq model (such as the HuBERT/ContentVec encoder), not a voice; svcdesk reads "
                       "RVC v1/v2 voices (an encoder file goes in Tools > Weight files)", name=display)
    return Message("{name} is a {tool} model; svcdesk reads RVC v1/v2 voices", name=display, tool=tool)
