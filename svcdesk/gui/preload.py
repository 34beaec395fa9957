"""Things the GUI does once, at start, so that they never happen while the user works.

- PySide's import hook reads the source of every module imported after Qt, to see whether it uses
  `from __feature__ import ...` (svcdesk never does). A job importing torch's modules held the GIL for that,
  and the window stalled for hundreds of milliseconds during a render. `skip_feature_scan` answers "no"
  without reading the source.
- Importing torch loads its native libraries while holding the GIL. `preload_job` imports the inference
  stack in a worker a moment after the window is up, while the user is still looking at it, instead of at
  the first conversion, when playback and the progress bar would stutter.
- Two threads importing torch, torchaudio and their extensions at once is not safe: a job started while the
  preload ran (a source traced a second after start) met "partially initialized module
  torchaudio.transforms", and later crashed (double free, a segfault in torch.load) or hung with no thread
  holding the GIL. So `start_preload` runs it only while no other job runs, and every job started while it
  runs waits for it to end (`wait_for_preload`) before running.
- Python's full garbage collections scan every object the process holds, and torch, Qt and pyqtgraph hold
  millions after import: one ran in a render's worker for 168 ms with the GIL held, the longest stall of a
  Compare. Once the stack is imported, `preload_job` moves what exists to the collector's permanent
  generation (`gc.freeze`): later full collections scan only what was made since, and long-lived import-time
  objects are what would never be collected anyway.
"""

from __future__ import annotations

import gc
import logging
import threading
from typing import Iterator

log = logging.getLogger("svcdesk.gui")

#: Set while no preload is scheduled or running: jobs started meanwhile wait for it.
_preloaded = threading.Event()
_preloaded.set()
#: The longest a job waits for the preload (a preload that never ran must not hold work back for ever).
PRELOAD_WAIT_S = 300.0

#: Imported by `preload_job`: what the first conversion, comparison or training would import.
#: torchfcpe (the default pitch method) brings librosa, numba and llvmlite: loading llvmlite's native library
#: held the GIL for about 100 ms in the middle of a first Compare.
PRELOADED = ("torch", "torchaudio", "svcdesk.inference.pipeline", "svcdesk.inference.compare",
             "svcdesk.inference.source_cache", "svcdesk.features.pitch", "svcdesk.features.content",
             "torchfcpe", "svcdesk.training.trainer")


def skip_feature_scan() -> bool:
    """Make PySide's per-import `__feature__` check free; False when this PySide has no such hook."""
    try:
        import PySide6.QtCore  # noqa: F401 - installs the hook being tamed
        import shibokensupport.feature as feature
    except ImportError:
        return False
    if not hasattr(feature, "_mod_uses_pyside"):
        return False
    feature._mod_uses_pyside = lambda module: False
    return True


def start_preload(parent=None):
    """Start `preload_job` on the GUI thread unless a job already runs (that job imports what it needs, and
    a preload beside it would import the same libraries at the same time); returns its worker or None."""
    from svcdesk.gui.workers import running_workers, start_job

    if running_workers():
        log.info("a job is running: no start-up preload")
        return None
    _preloaded.clear()  # on the GUI thread, as every start_job: a job started after this line waits
    return start_job(preload_job, parent=parent)


def wait_for_preload(timeout: float = PRELOAD_WAIT_S) -> bool:
    """Block (in a worker thread) until no preload is scheduled or running; False when it timed out."""
    return _preloaded.wait(timeout)


def preload_job() -> Iterator[object]:
    """Import the inference stack (a job: run it in a worker)."""
    import importlib

    try:
        for name in PRELOADED:
            try:
                importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001 - a missing optional piece shows up again where it is used
                log.info("preloading %s failed: %s", name, exc)
            yield name
        gc.freeze()
        log.info("preloaded; %d objects moved out of the collector's way", gc.get_freeze_count())
    finally:
        _preloaded.set()
