"""A model argument that is a file path or the name of a library voice (convert, compare, model merge)."""

from __future__ import annotations

import os
from pathlib import Path

from svcdesk.errors import LibraryError
from svcdesk.messages import Message


def resolve_model(value: str | os.PathLike, library=None) -> tuple[Path, Path | None, str]:
    """(weights file, its library index or None, a display name). An existing file wins over a voice name."""
    from svcdesk.library.catalog import Library

    path = Path(value)
    if path.is_file():
        return path, None, path.stem
    library = library or Library.default()
    try:
        entry = library.find(str(value))
    except LibraryError:
        if path.suffix.lower() in (".pth", ".pt") or len(path.parts) > 1:
            raise LibraryError(Message("model file not found: {path} (and no library voice has that name)",
                                       path=path)) from None
        raise
    if entry.problem:
        raise LibraryError(Message("{name} cannot be used: {problem}", name=entry.name, problem=entry.problem))
    return entry.weights, entry.index, entry.name


def resolve_model_argument(value: str | os.PathLike, index: str | os.PathLike | None = None) -> tuple[Path, Path | None]:
    """For the CLI: the weights for `value` and the index to use (the one given, else the library voice's)."""
    weights, library_index, _name = resolve_model(value)
    return weights, Path(index) if index else library_index
