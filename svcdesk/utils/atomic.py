"""Crash-safe writes: a temporary file in the same folder, flushed, then os.replace.

A crash (or kill -9) leaves either the old file or the new one, never half of one. Writing
through an open handle also sidesteps libraries that mishandle non-ASCII paths on Windows.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Iterator


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "wb") -> Iterator[IO]:
    """Open a temporary sibling of `path` for writing; replace `path` with it on success."""
    if mode not in ("wb", "w"):
        raise ValueError("atomic_open writes only: mode 'wb' or 'w'")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=target.parent)
    try:
        encoding = "utf-8" if mode == "w" else None
        with os.fdopen(fd, mode, encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    with atomic_open(path, "w") as handle:
        handle.write(text)


def write_json_atomic(path: str | os.PathLike, data: Any) -> None:
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n")


def read_json(path: str | os.PathLike) -> Any:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def torch_save_atomic(obj: Any, path: str | os.PathLike) -> None:
    """torch.save through an open handle, atomically (torch is imported lazily: it is heavy)."""
    import torch

    with atomic_open(path, "wb") as handle:
        torch.save(obj, handle)
