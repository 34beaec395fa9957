"""Fault injection for the write-failure tests: make the Nth write, the Nth os.replace or a SQLite commit fail.

Every writer of the core goes through svcdesk.utils.atomic (a temporary sibling, then a rename) or the metrics
store; the layer wraps those two places, so a test picks the writer by the file name it writes and the failure
by errno (ENOSPC, EACCES, EROFS...), without touching the writers themselves.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from svcdesk.training import metrics
from svcdesk.utils import atomic


def os_error(code: int, path: str = "") -> OSError:
    return OSError(code, os.strerror(code), path) if path else OSError(code, os.strerror(code))


class _FailingHandle:
    """A temporary file's handle whose k-th write raises (bytes before it were really written: a partial file)."""

    def __init__(self, handle, error: OSError, at_write: int):
        self._handle = handle
        self._error = error
        self._writes_left = at_write

    def write(self, data):
        self._writes_left -= 1
        if self._writes_left <= 0:
            raise self._error
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        self._handle.__enter__()
        return self

    def __exit__(self, *exc):
        return self._handle.__exit__(*exc)


class _FailingConnection:
    """A sqlite3 connection whose Nth commit (the `with conn:` block's exit) raises OperationalError."""

    def __init__(self, connection, faults: "Faults"):
        self._connection = connection
        self._faults = faults

    def __enter__(self):
        self._connection.__enter__()
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None and self._faults._sqlite_due():
            self._connection.rollback()
            raise sqlite3.OperationalError(self._faults.sqlite_message)
        return self._connection.__exit__(exc_type, exc, tb)

    def __getattr__(self, name):
        return getattr(self._connection, name)


class Faults:
    """Arm with fail_write / fail_replace / fail_sqlite_commit; `fired` counts the failures raised."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self.fired = 0
        self._targets: dict[int, Path] = {}  # temporary file descriptor -> the file it will become
        self._write_rules: list[dict] = []
        self._replace_rules: list[dict] = []
        self._sqlite_left: int | None = None
        self._sqlite_after_failure = False
        self.sqlite_message = "database or disk is full"
        sibling = atomic._temporary_sibling
        fdopen = atomic._fdopen
        commit = atomic._commit

        def remember(target, needed, intact):
            fd, name = sibling(target, needed, intact)
            self._targets[fd] = Path(target)
            return fd, name

        def opened(fd, *args, **kwargs):
            handle = fdopen(fd, *args, **kwargs)
            target = self._targets.pop(fd, None)
            rule = self._due(self._write_rules, target)
            return handle if rule is None else _FailingHandle(handle, os_error(rule["code"]), rule["at_write"])

        def committed(tmp_name, target):
            rule = self._due(self._replace_rules, Path(target))
            if rule is not None:
                raise os_error(rule["code"], str(target))
            commit(tmp_name, target)

        monkeypatch.setattr(atomic, "_temporary_sibling", remember)
        monkeypatch.setattr(atomic, "_fdopen", opened)
        monkeypatch.setattr(atomic, "_commit", committed)

    def _due(self, rules: list[dict], target: Path | None) -> dict | None:
        for rule in rules:
            if target is None or rule["match"] not in target.name:
                continue
            rule["seen"] += 1
            if rule["seen"] == rule["nth"]:
                self.fired += 1
                return rule
        return None

    def fail_write(self, match: str, nth: int = 1, code: int = errno.ENOSPC, at_write: int = 2) -> None:
        """The `nth` file written whose name contains `match` fails at its `at_write`-th write call."""
        self._write_rules.append({"match": match, "nth": nth, "code": code, "at_write": at_write, "seen": 0})

    def fail_replace(self, match: str, nth: int = 1, code: int = errno.ENOSPC) -> None:
        """The `nth` file whose name contains `match` is written whole, then its os.replace fails."""
        self._replace_rules.append({"match": match, "nth": nth, "code": code, "seen": 0})

    def fail_sqlite_commit(self, nth: int = 1, message: str = "database or disk is full",
                           after_first_failure: bool = False) -> None:
        """From the `nth` commit on, every commit of a metrics store opened after this call fails; with
        `after_first_failure`, only once a write or replace rule has fired (a disk that fills up)."""
        self._sqlite_left = nth
        self._sqlite_after_failure = after_first_failure
        self.sqlite_message = message
        connect = metrics._connect

        def failing(path, readonly):
            connection = connect(path, readonly)
            return connection if readonly else _FailingConnection(connection, self)

        self.monkeypatch.setattr(metrics, "_connect", failing)

    def _sqlite_due(self) -> bool:
        if self._sqlite_left is None or (self._sqlite_after_failure and not self.fired):
            return False
        self._sqlite_left -= 1
        if self._sqlite_left <= 0:
            self.fired += 1
            return True
        return False


def leftover_temporaries(folder: Path) -> list[Path]:
    """Temporary siblings (`.name.XXXX.tmp`) anywhere below `folder`: a failed write must leave none."""
    return [path for path in Path(folder).rglob(".*.tmp")]
