"""Reading .pth files without ever running code from them, and checking state dicts against a model.

`torch.load(weights_only=True)` only rebuilds tensors and plain containers, so a hostile pickle (one whose
`__reduce__` would call os.system) is refused before anything runs. Files are read through an open handle,
which also avoids torch's trouble with non-ASCII paths on Windows.
"""

from __future__ import annotations

import logging
import math
import pickle
import threading
import zipfile
from pathlib import Path
from typing import Any, Mapping

from svcdesk.errors import ModelFileError
from svcdesk.messages import Message

MAX_NAMED = 4

log = logging.getLogger("svcdesk.models")
# One file read at a time: two threads inside torch.load at once (the Convert page's jobs) were seen to hang.
# Reading is disk-bound and short; inference, which takes the time, runs in parallel as before.
_load_lock = threading.Lock()


def safe_torch_load(path: str | Path, what: str = Message("model file")) -> Any:
    import torch

    path = Path(path)
    try:
        with open(path, "rb") as handle, _load_lock:
            return torch.load(handle, map_location="cpu", weights_only=True)
    except FileNotFoundError:
        raise ModelFileError(Message("{what} not found: {path}", what=what, path=path)) from None
    except IsADirectoryError:
        raise ModelFileError(Message("{path} is a folder, not a {what}", path=path, what=what)) from None
    except pickle.UnpicklingError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "unsupported content"
        if "weights_only" in str(exc) or "Unsupported global" in str(exc) or "GLOBAL" in str(exc):
            reason = "it contains code or objects other than weights, so it was refused unopened"
        raise ModelFileError(Message("{name}: not a safe {what} ({reason})",
                                     name=path.name, what=what, reason=reason[:160])) from None
    except (RuntimeError, EOFError, ValueError, zipfile.BadZipFile, OSError, AttributeError, TypeError,
            KeyError, IndexError, UnicodeDecodeError) as exc:
        # torch's own words ("(101)", "invalid load key") describe its internals; the file's first bytes say
        # what it is in the user's terms. The original error goes to the log.
        log.info("torch.load refused %s: %s: %s", path, type(exc).__name__, exc)
        raise ModelFileError(Message("{name}: not a readable {what}: {reason}", name=path.name, what=what,
                                     reason=describe_unreadable(path))) from None


def describe_unreadable(path: Path) -> Message:
    """What a file that torch cannot read is, from its first bytes."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(512)
    except OSError as exc:
        return Message("it cannot be read ({strerror})", strerror=exc.strerror or exc)
    if size == 0:
        return Message("it is empty (0 bytes)")
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError):
            return Message("it is a damaged or cut-short zip archive")
        if not any(name.endswith("data.pkl") for name in names):
            return Message("it is a zip archive, not a PyTorch file: unpack it and choose the .pth inside")
        return Message("it is a damaged or cut-short PyTorch file (download or copy it again)")
    if b"onnx" in head.lower() or head[:2] in (b"\x08\x03", b"\x08\x06", b"\x08\x07", b"\x08\x08"):
        return Message("it is an ONNX export; svcdesk reads RVC .pth files")
    if len(head) > 8 and head[8:10] == b'{"':
        return Message("it is a safetensors file, not an RVC .pth file")
    if all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        return Message("it contains text, not model weights")
    if head[:1] == b"\x80":
        return Message("it is a damaged or cut-short PyTorch file (download or copy it again)")
    return Message("it is not a PyTorch file (damaged, or another format)")


def _names(items: list[str]) -> str:
    shown = ", ".join(items[:MAX_NAMED])
    return shown + (f" and {len(items) - MAX_NAMED} more" if len(items) > MAX_NAMED else "")


def state_dict_problems(expected: Mapping[str, tuple], actual: Mapping[str, Any]) -> list[str]:
    """One line per kind of mismatch (missing keys, extra keys, wrong shapes), naming the first few."""
    missing = [k for k in expected if k not in actual]
    extra = [k for k in actual if k not in expected]
    wrong = [
        f"{k} {tuple(getattr(actual[k], 'shape', ()))} instead of {tuple(shape)}"
        for k, shape in expected.items()
        if k in actual and tuple(getattr(actual[k], "shape", ())) != tuple(shape)
    ]
    problems = []
    if missing:
        problems.append(f"{len(missing)} missing: {_names(missing)}")
    if extra:
        problems.append(f"{len(extra)} unexpected: {_names(extra)}")
    if wrong:
        problems.append(f"{len(wrong)} with the wrong shape: {_names(wrong)}")
    return problems


def parameter_count(state: Mapping[str, Any]) -> int:
    return sum(math.prod(getattr(v, "shape", ())) for v in state.values())
