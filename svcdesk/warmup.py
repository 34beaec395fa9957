"""Compile ahead the numba code librosa runs for training augmentation (pitch shift, time stretch).

numba compiles on first use (about 40 s on a 2-core CPU) and caches the result in NUMBA_CACHE_DIR, which
svcdesk points at the user's cache folder (svcdesk/__init__.py). Without this, the first augmented step of the
first training run would stall for that long. The installer runs `python -m svcdesk.warmup` after installing,
and the app starts it in the background, at low priority, on a start where the cache is still empty.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DISABLE_ENV = "SVCDESK_NO_WARMUP"  # tests set it: no background compile competing with them


def cache_dir() -> Path | None:
    folder = os.environ.get("NUMBA_CACHE_DIR")
    return Path(folder) if folder else None


def needs_warm_up() -> bool:
    folder = cache_dir()
    if folder is None or os.environ.get(DISABLE_ENV):
        return False
    return not any(folder.rglob("*.nbi")) if folder.is_dir() else True


def warm_up() -> None:
    """Run the augmentation's librosa calls once on a second of noise (compiling and caching what they use)."""
    import numpy as np

    from svcdesk.training.data import Augmentation, Clip, augment_clip

    rng = np.random.default_rng(0)
    frames = 100
    clip = Clip("warm-up", rng.standard_normal((frames, 768)).astype(np.float32), np.full(frames, 200.0, np.float32),
                (0.1 * rng.standard_normal(frames * 400)).astype(np.float32))
    augment_clip(clip, Augmentation(pitch_shift_prob=1.0, time_stretch_prob=1.0), rng, 40000, 400)


def start_in_background() -> subprocess.Popen | None:
    """Start `python -m svcdesk.warmup` detached and at low priority, when the cache is still empty."""
    if not needs_warm_up():
        return None
    flags = 0
    if sys.platform == "win32":
        flags = getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0) | getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        return subprocess.Popen([sys.executable, "-m", "svcdesk.warmup"], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, creationflags=flags)
    except OSError:
        return None


def main() -> int:
    if hasattr(os, "nice"):
        try:
            os.nice(15)  # background work: whatever the user does meanwhile comes first
        except OSError:
            pass
    warm_up()
    return 0


if __name__ == "__main__":
    sys.exit(main())
