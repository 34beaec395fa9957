"""A take with music behind the voice made into training material: its vocal separated into the dataset.

The separated vocal is a new file of the project (in raw/, named after the take), analysed like any import and
included; the take itself stays untouched in raw/ and is excluded from training. The new file remembers where
it came from and how much of the take's energy was music, which the dataset QA reports.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from svcdesk.events import Notice, Progress
from svcdesk.messages import Message
from svcdesk.separation.cache import SeparationSettings, SeparatorSource, separate_song
from svcdesk.separation.engine import read_stem
from svcdesk.separation.remix import write_stream
from svcdesk.utils.jobs import relay


def separate_into_dataset(project, file_id: str, settings: SeparationSettings = SeparationSettings(),
                          separators: SeparatorSource | None = None, device: str = "cpu") -> Iterator[object]:
    """Separate file `file_id` of `project`: Progress, then FileImported for the vocal and a Notice saying how
    much music was removed. A cancel leaves the project as it was."""
    from svcdesk.project import FileEntry, FileImported, _now, _sha256

    entry = project.file(file_id)
    ready = yield from relay(separate_song(entry.raw_path, settings, project.cache_dir / "separation", device,
                                           separators),
                             lambda event: Progress(event.done, event.total, event.message))
    target = project._raw_target(Path(f"{entry.raw_path.stem} (vocal).flac"))
    frames = int(ready.seconds * ready.sample_rate) + 1
    for _ in write_stream(target, read_stem(Path(ready.vocal)), ready.sample_rate, ready.channels, frames,
                          Message("writing the separated vocal")):
        pass
    try:
        vocal = FileEntry(id=project._new_file_id(), raw_path=target, original_path=entry.original_path,
                          sha256=_sha256(target), size=target.stat().st_size, imported_at=_now(),
                          separation={"from": entry.id, "music_share": round(ready.music_share, 4),
                                      "model": settings.model, "karaoke": settings.karaoke,
                                      "dereverb": settings.dereverb})
        project._analyse_entry(vocal)
        project.files.append(vocal)
        entry.included = False  # the take with its music would teach the model the band
        project.save()
    except BaseException:
        if not any(f.raw_path == target for f in project.files):
            project._discard_copy(target)
        raise
    yield FileImported(vocal.id, vocal.name, vocal.original_path)
    yield Notice("info", Message("{name}: vocal separated into {vocal}; {percent:.0f}% of the take's energy was music "
                                 "and was removed", name=entry.name, vocal=vocal.name,
                                 percent=100.0 * min(1.0, ready.music_share)), "", vocal.id)


def separate_files(project, file_ids: Iterable[str], settings: SeparationSettings = SeparationSettings(),
                   separators: SeparatorSource | None = None, device: str = "cpu") -> Iterator[object]:
    """`separate_into_dataset` for each file in turn, on one progress bar."""
    file_ids = list(file_ids)
    for number, file_id in enumerate(file_ids):
        def scaled(event: object, number=number) -> object:
            if isinstance(event, Progress) and event.total:
                return Progress(number * event.total + event.done, len(file_ids) * event.total, event.message)
            return event

        yield from relay(separate_into_dataset(project, file_id, settings, separators, device), scaled)


def import_separating_mixes(project, paths: Iterable[str | os.PathLike],
                            settings: SeparationSettings = SeparationSettings(),
                            separators: SeparatorSource | None = None, device: str = "cpu") -> Iterator[object]:
    """Import as usual, then separate the vocal of every imported file that sounds like a song with music."""
    from svcdesk.audio.analysis import looks_like_mix
    from svcdesk.project import FileImported

    imported: list[str] = []
    for event in project.import_files(paths):
        if isinstance(event, FileImported):
            imported.append(event.file_id)
        yield event
    mixes = [file_id for file_id in imported if looks_like_mix(project.file(file_id).analysis or {})]
    if mixes:
        yield from separate_files(project, mixes, settings, separators, device)
