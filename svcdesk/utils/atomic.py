"""Crash-safe writes: a temporary file in the same folder, flushed, then os.replace.

A crash (or kill -9) leaves either the old file or the new one, never half of one. Writing
through an open handle also sidesteps libraries that mishandle non-ASCII paths on Windows.

A failed write (a full disk, a read-only folder, a locked file...) leaves the old file and no
temporary one, and raises svcdesk.storage.StorageError naming the file and the fix; `needed` (the
size about to be written) and `intact` (what is still safe, "the last checkpoint, step 2, is intact")
make that message precise. New files get the mode of the user's umask, as any program's would.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Iterator

from svcdesk.storage import apply_umask, storage_error
from svcdesk.utils import interrupts


def _storage_failure(exc: BaseException, target: Path, needed: int | None, intact: str) -> BaseException:
    """The exception to raise for a failed write: a StorageError when storage failed, else `exc` itself."""
    if not isinstance(exc, Exception):
        return exc  # KeyboardInterrupt, GeneratorExit: not a failure of the disk
    return storage_error(exc, target, needed, intact) or exc


def _temporary_sibling(target: Path, needed: int | None, intact: str) -> tuple[int, str]:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _storage_failure(exc, target, needed, intact) from exc
    apply_umask(fd)
    return fd, name


#: Test-only fault injection: seconds to wait before each commit, so a test can land a Ctrl+C inside a write.
_COMMIT_DELAY_S = float(os.environ.get("SVCDESK_FAULT_COMMIT_DELAY_S", "0") or 0)
_fdopen = os.fdopen  # the tests' fault layer wraps the temporary file's handle here


def _commit(tmp_name: str, target: Path) -> None:
    if _COMMIT_DELAY_S > 0:
        import time

        time.sleep(_COMMIT_DELAY_S)
    interrupts.check()  # a Ctrl+C during the write: the temporary file goes, nothing is published
    os.replace(tmp_name, target)


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "wb", needed: int | None = None,
                intact: str = "") -> Iterator[IO]:
    """Open a temporary sibling of `path` for writing; replace `path` with it on success."""
    if mode not in ("wb", "w"):
        raise ValueError("atomic_open writes only: mode 'wb' or 'w'")
    target = Path(path)
    fd, tmp_name = _temporary_sibling(target, needed, intact)
    try:
        encoding = "utf-8" if mode == "w" else None
        with _fdopen(fd, mode, encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _commit(tmp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        failure = _storage_failure(exc, target, needed, intact)
        if failure is exc:
            raise
        raise failure from exc


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, needed: int | None = None, intact: str = "") -> Iterator[str]:
    """A temporary sibling's path for a writer that opens files itself (libsndfile); replaces `path` on success.

    Writing by path keeps the library's writes in native code: a Ctrl+C lands after it returns, and is
    not swallowed inside a Python file callback (which is what writing through a handle would run).
    """
    target = Path(path)
    fd, tmp_name = _temporary_sibling(target, needed, intact)
    os.close(fd)
    try:
        yield tmp_name
        with open(tmp_name, "rb+") as handle:
            os.fsync(handle.fileno())
        _commit(tmp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        failure = _storage_failure(exc, target, needed, intact)
        if failure is exc:
            raise
        raise failure from exc


@contextlib.contextmanager
def discarded_on_interrupt(*paths: str | os.PathLike) -> Iterator[None]:
    """A command's outputs that did not exist before it are removed when it is interrupted (Ctrl+C, Cancel), so
    an interrupted command never leaves its output behind, even when the interrupt lands just after the write."""
    new_files = [Path(path) for path in paths if not Path(path).exists()]
    try:
        yield
        interrupts.check()  # pressed after the last write: the command still counts as interrupted
    except BaseException as exc:
        from svcdesk.errors import Cancelled

        if isinstance(exc, (KeyboardInterrupt, Cancelled)):
            for path in new_files:
                with contextlib.suppress(OSError):
                    path.unlink()
        raise


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    with atomic_open(path, "w") as handle:
        handle.write(text)


def write_json_atomic(path: str | os.PathLike, data: Any) -> None:
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n")


def read_json(path: str | os.PathLike) -> Any:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def torch_save_atomic(obj: Any, path: str | os.PathLike, needed: int | None = None, intact: str = "") -> None:
    """torch.save through an open handle, atomically (torch is imported lazily: it is heavy)."""
    import torch

    with atomic_open(path, "wb", needed=needed, intact=intact) as handle:
        torch.save(obj, handle)
