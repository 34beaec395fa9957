"""Things the GUI does once, at start, so that they never happen while the user works.

- PySide's import hook reads the source of every module imported after Qt, to see whether it uses
  `from __feature__ import ...` (svcdesk never does). A job importing torch's modules held the GIL for that,
  and the window stalled for hundreds of milliseconds during a render. `skip_feature_scan` answers "no"
  without reading the source.
- Importing torch loads its native libraries while holding the GIL. `preload_job` imports the inference
  stack in a worker a moment after the window is up, while the user is still looking at it, instead of at
  the first conversion, when playback and the progress bar would stutter.
"""

from __future__ import annotations

import logging
from typing import Iterator

log = logging.getLogger("svcdesk.gui")

#: Imported by `preload_job`: what the first conversion, comparison or training would import.
PRELOADED = ("torch", "torchaudio", "svcdesk.inference.pipeline", "svcdesk.inference.compare",
             "svcdesk.features.pitch", "svcdesk.features.content", "svcdesk.training.trainer")


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


def preload_job() -> Iterator[object]:
    """Import the inference stack (a job: run it in a worker)."""
    import importlib

    for name in PRELOADED:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - a missing optional piece shows up again where it is used
            log.info("preloading %s failed: %s", name, exc)
        yield name
