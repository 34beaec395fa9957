"""Running a core job generator from the command line: a progress bar on stderr and clean Ctrl+C.

The GUI runs the same generators through `svcdesk/gui/workers.py`; this is the CLI's twin.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Callable, Generator, Iterable

from svcdesk.events import Notice, Progress
from svcdesk.utils import interrupts


class ProgressBar:
    """A one-line progress bar redrawn at most 10 times a second; silent when stderr is not a TTY."""

    def __init__(self, stream=None, width: int = 30):
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self._last_draw = 0.0
        self._drawn = False
        self.enabled = bool(self.stream) and hasattr(self.stream, "isatty") and self.stream.isatty()

    def update(self, done: int, total: int, message: str = "", force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < 0.1 and done < total:
            return
        self._last_draw = now
        if total:
            filled = int(self.width * min(done, total) / total)
            bar = "#" * filled + "-" * (self.width - filled)
            line = f"\r[{bar}] {done}/{total} {message}"
        else:
            line = f"\r{done} {message}"
        self.stream.write(line[:120].ljust(120))
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r" + " " * 120 + "\r")
            self.stream.flush()
            self._drawn = False

    def print_line(self, text: str) -> None:
        self.clear()
        print(text, file=sys.stderr if self.stream is None else self.stream)


def run_to_end(steps: Generator[Any, Any, Any]) -> Any:
    """Exhaust a generator that reports as it works and return what it returns."""
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value


def relay(steps: Generator[Any, Any, Any], translate: Callable[[Any], Any]) -> Generator[Any, None, Any]:
    """`yield from steps` with every yielded value passed through `translate`; returns what `steps` returns.
    Closing the relay (a cancel) closes `steps` at once."""
    try:
        while True:
            try:
                value = next(steps)
            except StopIteration as finished:
                return finished.value
            yield translate(value)
    finally:
        steps.close()


def run_job(job: Iterable[Any], on_event: Callable[[Any], None] | None = None, bar: ProgressBar | None = None) -> list:
    """Iterate `job`, drawing Progress and printing Notices; returns the other events.

    On Ctrl+C the generator is closed (so it cleans up its temporary files) and the
    KeyboardInterrupt propagates to the CLI, which exits with 130.
    """
    bar = bar or ProgressBar()
    others: list = []
    try:
        for event in job:
            if isinstance(event, Progress):
                bar.update(event.done, event.total, event.message)
            elif isinstance(event, Notice):
                prefix = {"error": "error", "warning": "warning"}.get(event.level, "note")
                fix = f" Fix: {event.fix}" if event.fix else ""
                bar.print_line(f"{prefix}: {event.message}{fix}")
            else:
                others.append(event)
            if on_event is not None:
                on_event(event)
            interrupts.check()  # a Ctrl+C takes effect here, between events, never inside native code
    except KeyboardInterrupt:
        if isinstance(job, Generator):
            job.close()
        raise
    finally:
        bar.clear()
    return others
