"""What a .pth file holds, read from its pickle alone: no tensor data is loaded and no code from the file runs.

A torch file is a zip whose `data.pkl` describes the structure (dict keys, config lists, tensor shapes) and
whose other entries hold the tensor bytes. Unpickling `data.pkl` with an unpickler that knows only a few
names, each mapped to a harmless stand-in (a tensor becomes its shape), gives the structure in
milliseconds: the library lists 200 voices this way, and the importer tells another tool's model from an
RVC voice before loading anything. Why not torch's weights-only loader: it reads every tensor (55 MB for a
voice) to answer what the shapes alone answer.
"""

from __future__ import annotations

import collections
import math
import pickle
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_PICKLE_BYTES = 64 * 2**20  # a structure description larger than this is no voice file


@dataclass(frozen=True)
class TensorStub:
    """A tensor as the pickle describes it: its shape and storage type, never its data."""

    shape: tuple[int, ...]
    dtype: str = ""

    @property
    def numel(self) -> int:
        return math.prod(self.shape)

    def dim(self) -> int:
        return len(self.shape)


class ForeignObject(Exception):
    """The pickle names `module.name`, which no weights file needs (code, or another framework's objects)."""

    def __init__(self, module: str, name: str):
        super().__init__(f"{module}.{name}")
        self.module = module
        self.name = name


class NotATorchZip(Exception):
    """Not a zip-format torch file (an old-format pickle, another format, damaged)."""


class _StorageType:
    def __init__(self, name: str):
        self.name = name


def _rebuild_tensor(storage, _offset, size, *_rest):
    return TensorStub(tuple(int(v) for v in size), getattr(storage, "name", ""))


def _rebuild_parameter(data, *_rest):
    return data


def _rebuild_from_type(function, _new_type, args, _state):
    return function(*args)


def _encode(text, encoding="latin1"):
    return str(text).encode(encoding)


_STORAGE_NAMES = ("HalfStorage", "FloatStorage", "BFloat16Storage", "DoubleStorage", "LongStorage", "IntStorage",
                  "ShortStorage", "CharStorage", "ByteStorage", "BoolStorage", "UntypedStorage")
_ALLOWED: dict[tuple[str, str], Any] = {
    ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor,
    ("torch._utils", "_rebuild_tensor"): _rebuild_tensor,
    ("torch._utils", "_rebuild_parameter"): _rebuild_parameter,
    ("torch._utils", "_rebuild_parameter_with_state"): _rebuild_parameter,
    ("torch._tensor", "_rebuild_from_type_v2"): _rebuild_from_type,
    ("collections", "OrderedDict"): collections.OrderedDict,
    ("torch", "Size"): tuple,
    ("torch", "device"): str,
    ("_codecs", "encode"): _encode,
    ("builtins", "set"): set,
    ("builtins", "frozenset"): frozenset,
    **{("torch", name): _StorageType(name) for name in _STORAGE_NAMES},
}


class _StructureUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise ForeignObject(module, name) from None

    def persistent_load(self, pid):
        # ('storage', storage type, key, location, numel): the tensor bytes stay in the zip, unread.
        return pid[1] if isinstance(pid, tuple) and len(pid) > 1 else None


def read_structure(path: str | Path) -> Any:
    """The file's top-level object with every tensor replaced by a TensorStub.

    Raises NotATorchZip for files that are not zip-format torch files, ForeignObject when the pickle refers
    to anything but tensors and plain containers (nothing from it has run), OSError when unreadable.
    """
    path = Path(path)
    structure = _first_entry_structure(path)
    if structure is not _NOT_FIRST:
        return structure
    try:
        with zipfile.ZipFile(path) as archive:
            pickles = [info for info in archive.infolist() if info.filename.endswith("data.pkl")
                       and info.filename.count("/") == 1]
            if len(pickles) != 1 or pickles[0].file_size > MAX_PICKLE_BYTES:
                raise NotATorchZip(path.name)
            data = archive.read(pickles[0])
    except zipfile.BadZipFile:
        raise NotATorchZip(path.name) from None
    return _unpickle(data, path)


_NOT_FIRST = object()


def _first_entry_structure(path: Path) -> Any:
    """The structure, when `data.pkl` is the zip's first entry and stored (as torch writes it): unpickled straight
    from its local header, without parsing the central directory, which lists every tensor (the slow part, for
    400 of them). torch streams its entries (the size follows the data), and the unpickler stops at the pickle's
    STOP anyway. `_NOT_FIRST` when the file is laid out otherwise."""
    import struct

    with open(path, "rb") as handle:
        header = handle.read(30)
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            return _NOT_FIRST
        method = struct.unpack("<H", header[8:10])[0]
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        name = handle.read(name_length)
        if method != 0 or not name.endswith(b"/data.pkl") or name.count(b"/") != 1:
            return _NOT_FIRST
        handle.seek(extra_length, 1)
        try:
            return _StructureUnpickler(handle).load()
        except ForeignObject:
            raise
        except Exception as exc:  # noqa: BLE001 - a malformed pickle is "not a torch file" to the caller
            raise NotATorchZip(f"{path.name}: {type(exc).__name__}") from None


def _unpickle(data: bytes, path: Path) -> Any:
    try:
        import io

        return _StructureUnpickler(io.BytesIO(data)).load()
    except ForeignObject:
        raise
    except Exception as exc:  # noqa: BLE001 - any malformed pickle is "not a torch file" to the caller
        raise NotATorchZip(f"{path.name}: {type(exc).__name__}") from None


def tensor_leaves(value: Any) -> dict[str, TensorStub]:
    """`value`'s TensorStubs when it is a flat {key: tensor} dict (a state dict), else {}."""
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, TensorStub)}


def parameter_total(state: dict[str, TensorStub]) -> int:
    return sum(stub.numel for stub in state.values())


@dataclass(frozen=True)
class VoiceSummary:
    """What the library shows about a voice file, from its structure only."""

    kind: str  # inference | rvc-checkpoint | svcdesk-checkpoint
    sample_rate: int
    version: str
    has_pitch: bool
    parameters: int
    speakers: int
    info: str = ""


def summarise_voice(structure: Any) -> VoiceSummary | None:
    """The voice an RVC inference file (or a training checkpoint carrying its config) describes; None for
    anything else. Shapes are not checked here: importing does that with the real loader."""
    from svcdesk.models.config import rate_from_value

    if not isinstance(structure, dict):
        return None
    if "weight" in structure and isinstance(structure.get("config"), (list, tuple)):
        state = tensor_leaves(structure["weight"])
        config = list(structure["config"])
        if not state or len(config) != 18:
            return None
        try:
            rate = rate_from_value(config[-1])
        except (TypeError, ValueError):
            return None
        emb_phone = state.get("enc_p.emb_phone.weight")
        version = structure.get("version")
        if version not in ("v1", "v2"):
            version = "v2" if emb_phone is not None and emb_phone.shape[-1] == 768 else "v1"
        speakers = state.get("emb_g.weight")
        try:
            has_pitch = bool(int(structure.get("f0", 1)))
        except (TypeError, ValueError):
            return None
        info = structure.get("info", "")
        return VoiceSummary("inference", rate, version, has_pitch, parameter_total(state),
                            speakers.shape[0] if speakers is not None and speakers.dim() == 2 else 1,
                            info if isinstance(info, str) else "")
    if "generator" in structure and isinstance(structure.get("model_config"), dict):
        state = tensor_leaves(structure["generator"])
        model = structure["model_config"]
        try:
            return VoiceSummary("svcdesk-checkpoint", int(model.get("sample_rate", 0)), str(model.get("version", "v2")),
                                bool(model.get("has_pitch", True)),
                                parameter_total({k: v for k, v in state.items() if not k.startswith("enc_q.")}),
                                int(model.get("spk_embed_dim", 1)), f"step {structure.get('step', '?')}")
        except (TypeError, ValueError):
            return None
    return None
