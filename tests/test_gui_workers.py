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
    levels = {r.levelname for r in caplog.records if r.name == "svcdesk.gui.jobs"}
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
