"""Frozen configuration dataclasses, one per concern, saved as JSON beside every run and checkpoint.

Caches are keyed on the whole config (`config_key`), never on a hand-picked subset of fields:
that is how hifi-gan's stale-cache bug happens.

Each concern appends its own dataclass below; keep them plain (numbers, strings, tuples, nested
config dataclasses) so `to_dict` / `from_dict` round-trip them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")


def to_dict(config: Any) -> dict:
    """A JSON-ready dict of a config dataclass (tuples become lists)."""
    return json.loads(json.dumps(dataclasses.asdict(config)))


def from_dict(cls: type[T], data: dict) -> T:
    """Rebuild `cls` from `to_dict` output; unknown keys are ignored so old files still load."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for field in dataclasses.fields(cls):
        if field.name not in data:
            continue
        kwargs[field.name] = _coerce(hints.get(field.name), data[field.name])
    return cls(**kwargs)


def _coerce(hint: Any, value: Any) -> Any:
    if value is None or hint is None:
        return value
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if arg is type(None):
                continue
            return _coerce(arg, value)
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return from_dict(hint, value)
    if origin is tuple and isinstance(value, list):
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_coerce(args[0], v) for v in value)
        return tuple(_coerce(a, v) for a, v in zip(args, value))
    if hint is tuple and isinstance(value, list):
        return tuple(value)
    return value


def config_key(*configs: Any, extra: str = "") -> str:
    """A short stable hash of whole configs, for cache keys."""
    payload = json.dumps([to_dict(c) if dataclasses.is_dataclass(c) else c for c in configs], sort_keys=True)
    return hashlib.sha256((payload + extra).encode("utf-8")).hexdigest()[:16]
