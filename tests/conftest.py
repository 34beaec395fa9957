"""Shared fixtures. GUI tests use pytest-qt on the offscreen platform; a fixture fails any test
that leaves a thread or a Qt timer running."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the network: the hub client runs offline unless a test points it at a local fake.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


@pytest.fixture
def espeak_phrases():
    """The shared espeak-ng recording and its phrase boundaries; skipped when ../shared is absent."""
    import json

    audio = SHARED_DATA / "espeak_phrases_16k.flac"
    labels = SHARED_DATA / "espeak_phrases_16k.json"
    if not audio.exists() or not labels.exists():
        pytest.skip(f"shared test audio not found at {SHARED_DATA}")
    with open(labels, encoding="utf-8") as handle:
        return audio, json.load(handle)


@pytest.fixture(autouse=True)
def no_leaked_threads(request):
    """Fail a test that leaves a Python thread running (workers must be awaited or quit)."""
    before = {t.ident for t in threading.enumerate()}
    yield
    if request.node.get_closest_marker("allow_threads"):
        return
    deadline = 5.0
    import time

    start = time.monotonic()
    while True:
        leaked = [
            t for t in threading.enumerate()
            if t.ident not in before and t.is_alive() and not t.daemon and t is not threading.current_thread()
        ]
        if not leaked or time.monotonic() - start > deadline:
            break
        time.sleep(0.05)
    assert not leaked, f"test left threads running: {[t.name for t in leaked]}"
