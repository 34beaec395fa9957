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
# No background numba compile (svcdesk.warmup) competing with the tests for the CPU.
os.environ.setdefault("SVCDESK_NO_WARMUP", "1")
# A run's exported voice joins the voice library by itself: no test may write to the user's real library.
if not os.environ.get("SVCDESK_LIBRARY_DIR"):
    import tempfile

    os.environ["SVCDESK_LIBRARY_DIR"] = tempfile.mkdtemp(prefix="svcdesk-test-library-")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


def pytest_sessionstart(session):
    """Stop before the first test when the environment is not the lock's (`make test` checks this too): a drifted
    package otherwise shows up as dozens of unrelated failures."""
    from svcdesk import lockcheck

    lock = REPO_ROOT / lockcheck.LOCK_NAME
    found = lockcheck.check(lock) if lock.is_file() else []
    if found:
        pytest.exit(lockcheck.report(found, lock), returncode=1)


@pytest.fixture(autouse=True)
def own_voice_library(tmp_path_factory, monkeypatch):
    """Each test starts with an empty voice library: a voice one test's export added must not show up (or be
    missing) in the next test's lists."""
    monkeypatch.setenv("SVCDESK_LIBRARY_DIR", str(tmp_path_factory.mktemp("library")))


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


@pytest.fixture
def one_torch_thread():
    """One torch thread during a test, restored afterwards. Tests use tiny models, and the test
    machine has 2 shared cores: idle OpenMP threads spinning under load made small passes 3-15x
    slower than a single thread."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


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


@pytest.fixture(scope="session")
def pulse_null_sink(tmp_path_factory):
    """A PulseAudio daemon with a null sink, so playback tests drive a real PortAudio stream.

    Started per test session as a user daemon in a private runtime dir; skipped with a reason
    when pulseaudio is not installed (CI installs it in .ci/run).
    """
    import shutil
    import subprocess

    if shutil.which("pulseaudio") is None:
        pytest.skip("pulseaudio is not installed (apt-get install pulseaudio libasound2-plugins)")
    runtime = tmp_path_factory.mktemp("pulse-runtime")
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime))
    started = subprocess.run(
        ["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "--disallow-exit", "-n",
         "--load=module-null-sink sink_name=svcdesk_null", "--load=module-native-protocol-unix"],
        env=env, capture_output=True, text=True, timeout=30,
    )
    if started.returncode != 0:
        pytest.skip(f"pulseaudio did not start: {started.stderr.strip()[-200:]}")
    saved = {key: os.environ.get(key) for key in ("XDG_RUNTIME_DIR", "PULSE_SERVER")}
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    os.environ["PULSE_SERVER"] = f"unix:{runtime}/pulse/native"
    try:
        import sounddevice

        # PortAudio enumerates devices once at initialisation: re-initialise to see the new server.
        sounddevice._terminate()
        sounddevice._initialize()
    except (ImportError, OSError) as exc:
        subprocess.run(["pulseaudio", "--kill"], env=env, timeout=30)
        pytest.skip(f"PortAudio is not usable: {exc}")
    yield "svcdesk_null"
    subprocess.run(["pulseaudio", "--kill"], env=env, timeout=30)
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def _is_live_qt_work(obj, kinds, shiboken6) -> bool:
    # gc also returns weakref proxies whose referent died: isinstance() on them raises.
    try:
        return isinstance(obj, kinds) and shiboken6.isValid(obj)
    except ReferenceError:
        return False


@pytest.fixture(autouse=True)
def no_leaked_qt_work(request):
    """Fail a GUI test that leaves a worker, a thread-pool thread, a QThread or an active QTimer behind.

    pytest-qt has closed and deleted the widgets registered with qtbot by now, so whatever timer or
    thread is still alive outlives the test: a page that forgot to stop it in closeEvent, an
    unparented timer, a worker nobody quit.
    """
    yield
    import gc

    # The GUI's start-up preload freezes what exists (gc.freeze): frozen objects are hidden from gc.get_objects(),
    # which this check scans, and from collection, which later tests rely on.
    gc.unfreeze()
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    import time

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QThread, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication
    from superqt.utils._qthreading import WorkerBase

    pool = QThreadPool.globalInstance()
    start = time.monotonic()
    while (pool.activeThreadCount() or WorkerBase._worker_set) and time.monotonic() - start < 5.0:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    workers = [getattr(w, "name", repr(w)) for w in WorkerBase._worker_set]
    threads = pool.activeThreadCount()
    app = QApplication.instance()
    live = [o for o in gc.get_objects() if _is_live_qt_work(o, (QTimer, QThread), shiboken6)]
    if app is not None:
        for owner in [app, *QApplication.allWidgets()]:
            live.extend(owner.findChildren(QTimer))
    timers = sorted({
        f"{type(t.parent()).__name__ if t.parent() else 'unparented'}.{t.objectName() or 'QTimer'}"
        for t in live if isinstance(t, QTimer) and t.isActive()
    })
    qthreads = [type(t).__name__ for t in live if isinstance(t, QThread) and t.isRunning()
                and app is not None and t is not app.thread()]
    assert not workers and not threads, f"test left background jobs running: {workers or threads}"
    assert not qthreads, f"test left QThreads running: {qthreads}"
    assert not timers, f"test left timers running: {timers}"


@pytest.fixture
def gui_context(qtbot, tmp_path, monkeypatch):
    """An AppContext with settings, logs and app data under tmp_path (never the user's profile)."""
    monkeypatch.setenv("SVCDESK_HOME", str(tmp_path / "svcdesk-home"))
    from svcdesk.gui.context import AppContext
    from svcdesk.gui.settings import AppSettings

    context = AppContext(AppSettings.default())
    yield context
    context.shutdown()


def _sung_take(seconds: float, sr: int, freq: float, gain: float = 0.3, seed: int = 0):
    """A voiced tone with vibrato and a 0.5 s pause every 2 s, plus faint noise (float32 mono)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * sr)) / sr
    tone = gain * np.sin(2 * np.pi * freq * t + 3 * np.sin(2 * np.pi * 5 * t))
    tone[(t % 2.0) > 1.5] = 0.0
    return (tone + 1e-4 * rng.standard_normal(t.size)).astype(np.float32)


@pytest.fixture
def sung_take():
    """Factory of synthetic sung takes with known pauses: sung_take(seconds, sr, freq, gain=0.3, seed=0)."""
    return _sung_take
