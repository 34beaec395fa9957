"""The Convert page's song job (a plain generator, no Qt): a full mix separated, converted and remixed, with each
stage's audio handed over for A/B playback - the separated vocal, the converted vocal and the cover."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from svcdesk.gui.pages.convert_jobs import CONVERTED_KEY, loaded

SEPARATED_KEY = "separated"
COVER_KEY = "cover"


def cover_output_path(cache_dir: str, song_path: str, model_path: str) -> Path:
    """Where the page keeps the cover it plays (Export copies it where the user wants it)."""
    return Path(cache_dir) / "covers" / f"{Path(song_path).stem} ({Path(model_path).stem}).wav"


def song_job(song_path: str, model_path: str, options, index_path: str, demo_encoder: bool, settings,
             cache_dir: str, source_cache_dir: str = "") -> Iterator[object]:
    from svcdesk.inference.events import ConvertFinished
    from svcdesk.separation.cache import SeparationReady
    from svcdesk.separation.cover import CoverFinished, cover_job, load_stem

    output = cover_output_path(cache_dir, song_path, model_path)
    output.parent.mkdir(parents=True, exist_ok=True)
    for event in cover_job(song_path, model_path, output, options, index_path or None, settings,
                           cache_dir=Path(cache_dir) / "separation", source_cache_dir=source_cache_dir or None,
                           demo_encoder=demo_encoder):
        if isinstance(event, SeparationReady):
            yield loaded(SEPARATED_KEY, load_stem(event.vocal, 1)[:, 0], event.sample_rate)
        elif isinstance(event, ConvertFinished):
            yield loaded(CONVERTED_KEY, event.audio, event.sample_rate)
        elif isinstance(event, CoverFinished):
            yield loaded(COVER_KEY, load_stem(event.path), event.sample_rate)
        yield event


def compare_song_job(models, song: str, out_dir: str, options, index_path: str = "", reference=(),
                     demo_encoder: bool = False, *, cache_dir: str, settings=None) -> Iterator[object]:
    """The Compare page's job for a whole song: its vocal separated (the cache the Convert page fills), then the
    checkpoints compared on that vocal, on one progress bar."""
    from svcdesk.gui.pages.compare_jobs import compare_job
    from svcdesk.separation.compare import compare_separated

    yield from compare_separated(
        lambda vocal: compare_job(models, vocal, out_dir, options, index_path, reference, demo_encoder),
        song, len(models), options, settings, cache_dir)
