"""A library voice as a zip that RVC WebUI and Applio take as it is: `<name>.pth` and
`added_IVF{n}_Flat_nprobe_1_<name>_{version}.index` at the top level (the names those tools look for)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from svcdesk.events import Progress
from svcdesk.messages import Message


@dataclass(frozen=True)
class VoiceExportedZip:
    path: str
    members: tuple[str, ...]


def export_members(entry) -> list[tuple[Path, str]]:
    from svcdesk.inference.index import _safe_name
    from svcdesk.library.indexes import export_index_name, read_index_file

    name = _safe_name(entry.name)
    members = [(entry.weights, f"{name}.pth")]
    if entry.index is not None:
        members.append((entry.index, export_index_name(read_index_file(entry.index), name, entry.version or "v2")))
    return members


def export_voice_zip(name: str, out: str | os.PathLike, library=None) -> Iterator[object]:
    """Write the voice `name` of the library to `out` (.zip), atomically: Progress, then VoiceExportedZip."""
    from svcdesk.library.archive import write_zip
    from svcdesk.library.catalog import Library

    library = library or Library.default()
    entry = library.find(name)
    out = Path(out)
    if out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    members = export_members(entry)
    yield Progress(0, 1, Message("exporting {name}", name=out.name))
    yield from write_zip(out, members)
    yield VoiceExportedZip(str(out), tuple(member for _, member in members))
