"""The one background-work wrapper: events on the GUI thread, quit mid-job with cleanup, errors."""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QObject, QThread  # noqa: E402

from svcdesk.errors import AudioError  # noqa: E402
from svcdesk.events import Progress  # noqa: E402
from svcdesk.gui import workers  # noqa: E402


def qapp_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def counting_job(n: int, delay: float = 0.0, cleanup: list | None = None):
    try:
        for i in range(n):
            if delay:
                time.sleep(delay)
            yield Progress(i + 1, n, threading.current_thread().name)
    finally:
        if cleanup is not None:
            cleanup.append(threading.current_thread() is threading.main_thread())


def test_events_arrive_in_order_on_the_gui_thread(qtbot):
    received, threads = [], []

    def on_event(event):
        received.append(event.done)
        threads.append(QThread.currentThread())

    finished: list = []
    workers.start_job(counting_job, 20, on_event=on_event, on_finished=lambda: finished.append(1))
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert received == list(range(1, 21))
    assert all(t is qapp_thread() for t in threads)


def test_quit_mid_job_closes_the_generator_in_the_worker_thread(qtbot):
    cleanup: list = []
    seen: list = []
    worker = workers.start_job(counting_job, 10_000, 0.005, cleanup, on_event=seen.append)
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
    with qtbot.waitSignals([worker.aborted, worker.finished], timeout=5000):
        worker.quit()
    assert cleanup == [False], "the generator's finally must run once, off the GUI thread"
    assert len(seen) < 10_000


def test_pause_and_resume(qtbot):
    seen: list = []
    worker = workers.start_job(counting_job, 10_000, 0.002, on_event=seen.append)
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=5000)
    with qtbot.waitSignal(worker.paused, timeout=5000):
        worker.pause()
    qtbot.wait(50)
    count = len(seen)
    qtbot.wait(100)
    assert len(seen) == count, "no events while paused"
    with qtbot.waitSignal(worker.resumed, timeout=5000):
        worker.resume()
    qtbot.waitUntil(lambda: len(seen) > count, timeout=5000)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.quit()


def failing_job(exc: BaseException):
    yield Progress(1, 2)
    raise exc


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (AudioError("truncated WAV header: take.wav"), "truncated WAV header: take.wav"),
        (ValueError("boom"), "Unexpected error (ValueError: boom)"),
        # superqt alone would swallow a RuntimeError (torch's usual error type) and never finish.
        (RuntimeError("mat1 and mat2 shapes cannot be multiplied"), "Unexpected error (RuntimeError: mat1"),
    ],
)
def test_errors_become_messages_and_are_logged(qtbot, caplog, exc, expected):
    errors: list = []
    finished: list = []
    workers.start_job(
        failing_job, exc, on_error=lambda msg, e: errors.append((msg, e)), on_finished=lambda: finished.append(1)
    )
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert len(errors) == 1
    message, raised = errors[0]
    assert message.startswith(expected)
    assert raised is exc
    levels = {r.levelname for r in caplog.records if r.name.startswith("svcdesk.gui.jobs.")}
    assert levels == ({"WARNING"} if isinstance(exc, AudioError) else {"ERROR"})


def test_destroyed_parent_quits_the_job_and_drops_callbacks(qtbot):
    seen: list = []
    owner = QObject()
    worker = workers.start_job(counting_job, 10_000, 0.005, on_event=seen.append, parent=owner)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        owner.deleteLater()
    count = len(seen)
    qtbot.wait(50)
    assert len(seen) == count
    assert worker.abort_requested


def test_await_workers_stops_everything(qtbot):
    started = [workers.start_job(counting_job, 100_000, 0.002) for _ in range(2)]
    qtbot.waitUntil(lambda: all(w.is_running for w in started), timeout=5000)
    assert workers.await_workers(5000)
    assert all(w.abort_requested for w in started)
    qtbot.waitUntil(lambda: not workers.running_workers(), timeout=2000)


def test_any_iterable_factory_runs_in_the_worker(qtbot):
    calls: list = []

    def factory(x):
        calls.append(threading.current_thread() is threading.main_thread())
        return iter([x, x + 1])

    seen: list = []
    finished: list = []
    workers.start_job(factory, 5, on_event=seen.append, on_finished=lambda: finished.append(1))
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert seen == [5, 6]
    assert calls == [False]


LEAKY_TESTS = '''
import time

from PySide6.QtCore import QTimer
from svcdesk.gui.workers import start_job

KEEP = []


def for_six_seconds():
    end = time.monotonic() + 6.0  # outlives the fixture's 5 s grace, then ends so the process can exit
    while time.monotonic() < end:
        time.sleep(0.01)
        yield 1


def test_clean(qtbot):
    timer = QTimer()
    timer.start(1000)
    timer.stop()


def test_leaves_a_timer(qtbot):
    timer = QTimer()
    timer.start(1000)
    KEEP.append(timer)


def test_leaves_a_worker(qtbot):
    KEEP[0].stop()
    KEEP.append(start_job(for_six_seconds))
'''

CONFTEST_BRIDGE = '''
import importlib.util
spec = importlib.util.spec_from_file_location("svcdesk_tests_conftest", {path!r})
shared = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shared)
no_leaked_qt_work = shared.no_leaked_qt_work
'''


def test_the_leak_fixture_fails_tests_that_leave_timers_or_jobs(tmp_path):
    """The conftest fixture really fails a leaking test (run in a separate pytest process)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    conftest = Path(__file__).resolve().parent / "conftest.py"
    (tmp_path / "conftest.py").write_text(CONFTEST_BRIDGE.format(path=str(conftest)), encoding="utf-8")
    (tmp_path / "test_leaky.py").write_text(LEAKY_TESTS, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_leaky.py"],
                            cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    report = result.stdout + result.stderr
    assert "test left timers running" in report
    assert "test left background jobs running" in report
    assert "ERROR test_leaky.py::test_leaves_a_timer" in report
    assert "ERROR test_leaky.py::test_leaves_a_worker" in report
    assert "ERROR test_leaky.py::test_clean" not in report and "2 errors" in report, report[-2000:]


def test_a_job_started_during_the_start_up_preload_runs_after_it(qtbot, monkeypatch):
    """Two threads importing torch and its extensions at once crashed the app: a job waits for the preload,
    and no preload starts beside a running job."""
    from svcdesk.gui import preload

    order: list[str] = []
    release = threading.Event()
    real_preload = preload.preload_job

    def preload_job():
        release.wait(10)
        order.append("preload")
        yield from real_preload()  # sets the event when it ends, as the real one does

    monkeypatch.setattr(preload, "PRELOADED", ())
    monkeypatch.setattr(preload, "preload_job", preload_job)

    def job():
        order.append("job")
        yield Progress(1, 1, "")

    finished: list = []
    assert preload.start_preload() is not None
    workers.start_job(job, on_finished=lambda: finished.append("job"))
    qtbot.wait(300)
    assert order == [], "the job waits while the preload runs"
    assert preload.start_preload() is None, "no second preload beside a running job"
    release.set()
    qtbot.waitUntil(lambda: bool(finished) and not workers.running_workers(), timeout=5000)
    assert order == ["preload", "job"]
    assert preload.wait_for_preload(0)


def test_every_job_gets_a_thread_of_its_own(qtbot):
    """A pool thread reused for a second torch job hung the app (see workers.job_pool): no thread outlives its job."""
    from PySide6.QtCore import QThreadPool

    finished: list = []
    workers.start_job(counting_job, 3, on_finished=lambda: finished.append(1))
    assert QThreadPool.globalInstance().expiryTimeout() == 0
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=5000)
    workers.start_job(counting_job, 3, on_finished=lambda: finished.append(2))
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=5000)


def test_the_preload_moves_what_exists_out_of_the_collectors_way(monkeypatch):
    """A full collection in a render's worker scanned every import-time object with the GIL held (168 ms, the
    longest stall of a Compare): after the preload, what existed is frozen and later collections skip it."""
    import gc

    from svcdesk.gui import preload
    from svcdesk.utils.jobs import run_to_end

    monkeypatch.setattr(preload, "PRELOADED", ("json",))
    long_lived = ["made before the preload"]  # a list: tracked by the collector
    gc.unfreeze()
    try:
        assert gc.get_freeze_count() == 0
        run_to_end(preload.preload_job())
        assert gc.get_freeze_count() > 1000
        assert not any(o is long_lived for o in gc.get_objects()), "frozen objects are not scanned again"
    finally:
        gc.unfreeze()
