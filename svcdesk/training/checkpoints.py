"""A run's checkpoint folder: `latest.pt` always, the last K `step_N.pt`, and `best.pt` by validation loss.

Each file is written once, atomically (temporary file, fsync, os.replace), then hard-linked under its
other names, so a kill -9 at any moment leaves every name pointing at a complete file and a 400 MB
checkpoint is not written three times. The file layout is `svcdesk.models.checkpoint`'s (load it there).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from pathlib import Path

from svcdesk.utils.atomic import atomic_open, torch_save_atomic

LATEST = "latest.pt"
BEST = "best.pt"
_STEP_FILE = re.compile(r"^step_(\d+)\.pt$")


def step_file_name(step: int) -> str:
    return f"step_{step:08d}.pt"


def _link_atomic(source: Path, target: Path) -> None:
    """Make `target` another name of `source`, replacing it atomically (copy where links are refused)."""
    tmp = target.with_name(f".{target.name}.link.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        os.link(source, tmp)
    except OSError:
        with open(source, "rb") as src, atomic_open(tmp, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
    os.replace(tmp, target)


class CheckpointFolder:
    def __init__(self, folder: str | Path, keep_last: int = 3):
        self.folder = Path(folder)
        self.keep_last = int(keep_last)

    @property
    def latest(self) -> Path:
        return self.folder / LATEST

    @property
    def best(self) -> Path:
        return self.folder / BEST

    def step_files(self) -> list[tuple[int, Path]]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _STEP_FILE.match(path.name)
            if match:
                found.append((int(match.group(1)), path))
        return sorted(found)

    def save(self, state: dict, step: int, keep_step: bool = True, best: bool = False, intact: str = "") -> Path:
        """Write `state` as latest (and step_N / best); prune step files beyond keep_last. Returns latest.

        A failed write (svcdesk.storage.StorageError, whose message ends with `intact`) leaves the previous latest.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        needed = self.latest.stat().st_size if self.latest.exists() else None
        torch_save_atomic(state, self.latest, needed=needed, intact=intact)
        if keep_step and self.keep_last > 0:
            _link_atomic(self.latest, self.folder / step_file_name(step))
            for _, old in self.step_files()[: -self.keep_last]:
                with contextlib.suppress(FileNotFoundError):
                    old.unlink()
        if best:
            _link_atomic(self.latest, self.best)
        return self.latest
