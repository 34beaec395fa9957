"""Ctrl+C on the command line, taken at safe points.

Python raises KeyboardInterrupt wherever the main thread happens to be when SIGINT arrives: inside a
soundfile callback (where cffi prints "Exception ignored" and drops it, so the command carries on and
writes its output), inside a pybind11 call (torch, parselmouth: `terminate called after throwing
pybind11::error_already_set`, the process aborts), or during interpreter shutdown. While `deferred()` is
active, SIGINT only raises a flag; `check()` turns it into KeyboardInterrupt between events (the job
loops call it), before a file is published, and when a command's outputs are final. A second Ctrl+C
stops at once, for a user who will not wait for the next safe point.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator

_requested = False


def _on_sigint(signum, frame) -> None:
    global _requested
    if _requested:
        raise KeyboardInterrupt  # the second Ctrl+C: now
    _requested = True


def requested() -> bool:
    return _requested


def check() -> None:
    """A safe point: raise KeyboardInterrupt when Ctrl+C was pressed since `deferred()` began."""
    if _requested:
        raise KeyboardInterrupt


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """SIGINT raises a flag instead of an exception while the block runs (main thread only; an ignored SIGINT,
    as under nohup, stays ignored). The previous handler comes back afterwards."""
    global _requested
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if previous == signal.SIG_IGN:
        yield
        return
    _requested = False
    signal.signal(signal.SIGINT, _on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        _requested = False
