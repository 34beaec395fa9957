"""Reading .pth files without ever running code from them, and checking state dicts against a model.

`torch.load(weights_only=True)` only rebuilds tensors and plain containers, so a hostile pickle (one whose
`__reduce__` would call os.system) is refused before anything runs. Files are read through an open handle,
which also avoids torch's trouble with non-ASCII paths on Windows.
"""

from __future__ import annotations

import math
import pickle
import zipfile
from pathlib import Path
from typing import Any, Mapping

from svcdesk.errors import ModelFileError
from svcdesk.messages import Message

MAX_NAMED = 4


def safe_torch_load(path: str | Path, what: str = Message("model file")) -> Any:
    import torch

    path = Path(path)
    try:
        with open(path, "rb") as handle:
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
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ModelFileError(Message("{name}: not a readable {what} ({reason})",
                                     name=path.name, what=what, reason=first[:160])) from None


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
