"""The one background-work pattern: a core job generator run by superqt's GeneratorWorker.

Every long job in the GUI goes through `start_job`. Events the generator yields reach the GUI
thread through the worker's `yielded` signal; quit/pause/resume are superqt's. Two things are
added to superqt's worker:

- on quit the generator is closed *in the worker thread*, so its `finally` blocks (temporary
  files, open streams) run at once instead of whenever the garbage collector gets to it;
- errors are logged once, and `SvcdeskError`s become one-line messages a user understands.

The app awaits all workers on `aboutToQuit` (`await_workers`).
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Iterable, Iterator

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from superqt.utils._qthreading import GeneratorWorker, WorkerBase

from svcdesk.errors import Cancelled, SvcdeskError
from svcdesk.gui.i18n import translate_message

log = logging.getLogger("svcdesk.gui.jobs")

__all__ = ["JobFailed", "JobWorker", "start_job", "friendly_message", "running_workers", "await_workers"]


class JobFailed(Exception):
    """A RuntimeError raised by a job, carried under another type.

    superqt's worker takes any RuntimeError for "the worker was deleted": it only warns, and emits
    neither `errored` nor `finished`. torch reports most failures as RuntimeError, so a job's own
    RuntimeError must not reach superqt as one, or the failure would be silent and the page stuck.
    """


def friendly_message(exc: BaseException) -> str:
    """A one-line message for the user: SvcdeskError messages as written, anything else as a bug."""
    if isinstance(exc, SvcdeskError):
        return translate_message(exc) or type(exc).__name__
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("JobErrors",
                                          "Out of memory - close other programs or work with shorter files.")
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return QCoreApplication.translate("JobErrors", "Unexpected error ({0}: {1}). Details are in the log file.").format(
        type(exc).__name__, exc)


def _run_factory(job_factory: Callable[..., Iterable[Any]], args: tuple, kwargs: dict) -> Iterator[Any]:
    # A generator function of our own, so that any callable returning an iterable (a generator
    # method, a partial, a class) can be a job, and the factory itself runs in the worker thread.
    from svcdesk.gui import preload

    if job_factory is not preload.preload_job and not preload.wait_for_preload():
        log.warning("the start-up preload did not end within %.0f s; running %s anyway",
                    preload.PRELOAD_WAIT_S, getattr(job_factory, "__qualname__", job_factory))
    try:
        yield from job_factory(*args, **kwargs)
    except RuntimeError as exc:
        raise JobFailed(str(exc)) from exc


class JobWorker(GeneratorWorker):
    """A GeneratorWorker that closes its generator when it stops, in its own thread."""

    def __init__(self, job_factory: Callable[..., Iterable[Any]], *args: Any, **kwargs: Any):
        super().__init__(_run_factory, job_factory, args, kwargs)
        self.name = getattr(job_factory, "__qualname__", repr(job_factory))

    def start(self) -> None:
        """Start now, never deferred by a timer (superqt defers when an event loop runs): all callbacks
        are connected before start_job starts the worker, and a start queued behind app.quit() would
        run after its signals object is gone."""
        if self in self._worker_set:
            raise RuntimeError("This worker is already started!")
        self._worker_set.add(self)
        self._finished.connect(self._set_discard)
        job_pool().start(self)

    def work(self):
        try:
            return super().work()
        finally:
            # GeneratorExit at the generator's current yield: its cleanup runs here, off the GUI thread.
            self._gen.close()


def job_pool() -> QThreadPool:
    """Qt's global thread pool, set to end each thread when its job ends.

    Reused pool threads hung the app inside torch: a Convert after an fcpe source trace, 5 runs out of 5 in a
    real window. The GUI thread and the job both waited for the GIL, and no thread held it; the job was in
    torch's pybind11 GIL acquire (a tensor's incref). Other runs crashed with a double free. With one fresh
    thread per job, the same runs finished and cancelled cleanly. The likely cause is the per-thread Python
    thread state that pybind11 caches, outliving the one PySide creates and deletes for each job on that
    thread. A new thread costs well under a millisecond.
    """
    pool = QThreadPool.globalInstance()
    pool.setExpiryTimeout(0)
    return pool


def running_workers() -> set[WorkerBase]:
    """Workers that have been started and have not finished yet (superqt's own registry)."""
    return set(WorkerBase._worker_set)


def await_workers(timeout_ms: int = 10000) -> bool:
    """Ask every running worker to quit and wait for the thread pool; True when all stopped in time."""
    for worker in running_workers():
        worker.quit()
        if isinstance(worker, GeneratorWorker) and worker.is_paused:
            worker.resume()
    finished = job_pool().waitForDone(timeout_ms)
    if not finished:
        log.error("background jobs did not stop within %.1f s", timeout_ms / 1000)
    return finished


def _log_job_error(name: str, exc: BaseException, shown_in_page: bool = False) -> None:
    """Logged under the job's own logger (svcdesk.gui.jobs.<job>), so the log file names the job while the
    window shows only the message, in the user's words; not in the status bar when the page shows it."""
    from svcdesk.gui.logs import SHOWN_IN_PAGE

    job_log = log.getChild(name.replace(".", "_"))
    extra = {SHOWN_IN_PAGE: shown_in_page}
    if isinstance(exc, Cancelled):
        job_log.info("%s", friendly_message(exc), extra=extra)
    elif isinstance(exc, SvcdeskError):
        job_log.warning("%s", friendly_message(exc), extra=extra)
    else:
        job_log.error("the job failed", exc_info=(type(exc), exc, exc.__traceback__), extra=extra)


def start_job(
    job_factory: Callable[..., Iterable[Any]],
    *args: Any,
    on_event: Callable[[Any], None] | None = None,
    on_error: Callable[[str, BaseException], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    parent: QObject | None = None,
    **kwargs: Any,
) -> JobWorker:
    """Run `job_factory(*args, **kwargs)` (a generator of events) in the thread pool and return the worker.

    - `on_event(event)` is called on the GUI thread for every yielded event.
    - `on_error(message, exception)` is called on the GUI thread when the job raises; the error is
      logged either way (a SvcdeskError as a warning, anything else with its traceback).
    - `on_finished()` is called on the GUI thread when the job ends for any reason (done, error, quit).
    - `parent`: when that QObject is destroyed the job is asked to quit and the callbacks are dropped,
      so a closed page never receives events.

    The worker offers `quit()`, `pause()`, `resume()`, `is_paused`, `is_running` and superqt's
    signals (`yielded`, `errored`, `finished`, `aborted`, `paused`, `resumed`, `returned`).
    """
    worker = JobWorker(job_factory, *args, **kwargs)
    alive = [True]

    def guarded(callback: Callable[..., None] | None) -> Callable[..., None] | None:
        if callback is None:
            return None

        def call(*values: Any) -> None:
            if alive[0]:
                callback(*values)

        return call

    def errored(exc: BaseException) -> None:
        if isinstance(exc, JobFailed) and exc.__cause__ is not None:
            exc = exc.__cause__
        _log_job_error(worker.name, exc, shown_in_page=on_error is not None)
        if on_error is not None and alive[0]:
            on_error(friendly_message(exc), exc)

    worker.errored.connect(errored)
    if on_event is not None:
        worker.yielded.connect(guarded(on_event))
    if on_finished is not None:
        worker.finished.connect(guarded(on_finished))
    if parent is not None:

        def parent_gone(*_: Any) -> None:
            alive[0] = False
            worker.quit()

        parent.destroyed.connect(parent_gone)
        # Drop the connection once the job is over, so a long-lived parent does not collect closures.
        worker.finished.connect(lambda: _disconnect_quietly(parent, parent_gone))
    worker.start()
    return worker


def _disconnect_quietly(parent: QObject, slot: Callable[..., Any]) -> None:
    try:
        parent.destroyed.disconnect(slot)
    except (RuntimeError, TypeError):
        pass  # the parent is already gone, or the slot was never connected
