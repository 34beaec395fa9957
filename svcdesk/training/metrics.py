"""The metrics store of a run: `runs/<run>/metrics.sqlite` (stdlib sqlite3, WAL mode).

The trainer appends scalars (step, name, value, wall time) and events (warnings, checkpoints,
evaluations) in batched transactions; the GUI and the CLI read the same file while the trainer is
writing (WAL lets readers and one writer work at once) and after a restart.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np

METRICS_FILE = "metrics.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS scalars (step INTEGER NOT NULL, name TEXT NOT NULL, value REAL, wall REAL NOT NULL);
CREATE INDEX IF NOT EXISTS scalars_by_name ON scalars (name, step);
CREATE TABLE IF NOT EXISTS events (
    step INTEGER NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',
    wall REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_step ON events (step);
"""


@dataclass(frozen=True)
class MetricEvent:
    """A row of the events table: kind is e.g. 'warning', 'checkpoint', 'eval', 'rollback', 'info'."""

    step: int
    kind: str
    message: str
    detail: str
    wall: float


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=10.0, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=10.0, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode is still crash-safe for the database; only the last commits can be lost on power cut.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(_SCHEMA)
    return conn


class MetricsWriter:
    """Buffers rows and commits them in one transaction every `flush_every` seconds (or on flush/close)."""

    def __init__(self, path: str | Path, flush_every: float = 1.0):
        self.path = Path(path)
        try:
            self._conn = _connect(self.path, readonly=False)
        except (sqlite3.Error, OSError) as exc:
            self._raise_storage_failure(exc)
        self._scalars: list[tuple[int, str, float, float]] = []
        self._events: list[tuple[int, str, str, str, float]] = []
        self._flush_every = flush_every
        self._last_flush = time.monotonic()

    def add_scalars(self, step: int, values: Mapping[str, float], wall: float | None = None) -> None:
        wall = time.time() if wall is None else wall
        self._scalars.extend((int(step), name, float(value), wall) for name, value in values.items())
        self._maybe_flush()

    def add_event(self, step: int, kind: str, message: str, detail: str = "") -> None:
        self._events.append((int(step), kind, message, detail, time.time()))
        self._maybe_flush()

    def truncate_after(self, step: int) -> None:
        """Drop everything logged after `step` (a resumed or rolled-back run redoes those steps)."""
        self.flush()
        try:
            with self._conn:
                self._conn.execute("DELETE FROM scalars WHERE step > ?", (int(step),))
                self._conn.execute("DELETE FROM events WHERE step > ?", (int(step),))
        except sqlite3.Error as exc:
            self._raise_storage_failure(exc)

    def _maybe_flush(self) -> None:
        if time.monotonic() - self._last_flush >= self._flush_every:
            self.flush()

    def flush(self) -> None:
        self._last_flush = time.monotonic()
        if not self._scalars and not self._events:
            return
        try:
            with self._conn:
                if self._scalars:
                    self._conn.executemany("INSERT INTO scalars VALUES (?, ?, ?, ?)", self._scalars)
                if self._events:
                    self._conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?)", self._events)
        except sqlite3.Error as exc:
            # The rows stay buffered: a later flush (after space was freed) writes them.
            self._raise_storage_failure(exc)
        self._scalars.clear()
        self._events.clear()

    def _raise_storage_failure(self, exc: BaseException) -> None:
        from svcdesk.storage import storage_error

        failure = storage_error(exc, self.path)
        if failure is None:
            raise exc
        raise failure from exc

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._conn.close()

    def __enter__(self) -> "MetricsWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class MetricsReader:
    """Reads a run's metrics; safe while the trainer writes. Open one per thread."""

    def __init__(self, path: str | Path):
        path = Path(path)
        self.path = path / METRICS_FILE if path.is_dir() else path
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is None:
            if not self.path.exists():
                return None
            self._conn = _connect(self.path, readonly=True)
        return self._conn

    def names(self) -> list[str]:
        conn = self._connection()
        if conn is None:
            return []
        return [row[0] for row in conn.execute("SELECT DISTINCT name FROM scalars ORDER BY name")]

    def last_step(self) -> int:
        """The highest step logged, or -1 when nothing is logged yet."""
        conn = self._connection()
        if conn is None:
            return -1
        row = conn.execute("SELECT MAX(step) FROM scalars").fetchone()
        return -1 if row[0] is None else int(row[0])

    def read_series(self, names: Iterable[str] | None = None, since_step: int = -1) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """{name: (steps int64, values float64)} for steps > since_step, ordered by step (NaN kept as NaN)."""
        conn = self._connection()
        if conn is None:
            return {}
        wanted = list(names) if names is not None else self.names()
        series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for name in wanted:
            rows = conn.execute(
                "SELECT step, value FROM scalars WHERE name = ? AND step > ? ORDER BY step, rowid",
                (name, int(since_step)),
            ).fetchall()
            steps = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            values = np.fromiter((np.nan if r[1] is None else r[1] for r in rows), dtype=np.float64, count=len(rows))
            series[name] = (steps, values)
        return series

    def read_events(self, since_step: int = -1, kinds: Iterable[str] | None = None) -> list[MetricEvent]:
        conn = self._connection()
        if conn is None:
            return []
        rows = conn.execute(
            "SELECT step, kind, message, detail, wall FROM events WHERE step > ? ORDER BY step, rowid",
            (int(since_step),),
        ).fetchall()
        wanted = set(kinds) if kinds is not None else None
        return [MetricEvent(*row) for row in rows if wanted is None or row[1] in wanted]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "MetricsReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
