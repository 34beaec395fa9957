"""Event types shared by every long job. Domain modules add their own frozen dataclasses.

Events are plain frozen data (floats, strings, small numpy arrays) so they can cross threads
into the GUI as signal payloads. Never put tensors or Qt objects in them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """`done` of `total` units of work finished; `total` 0 means unknown."""

    done: int
    total: int
    message: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


@dataclass(frozen=True)
class Notice:
    """Something the user should know, with the fix. level: 'info' | 'warning' | 'error'."""

    level: str
    message: str
    fix: str = ""
    subject: str = ""
