"""Separating a song once: the stems kept by (song hash, separator weights, settings), and the job that makes them.

Converting one song with five checkpoints, or comparing them, separates it once: the Convert page, the Compare
page and `svcdesk cover` all ask `separate_song` with the same cache folder. An entry is a folder holding
`vocal.wav` and `accompaniment.wav` (float, the model's 44.1 kHz) and `separation.json`, written last: a
folder without it (a crash, a cancel) is a miss and is made again. The folder is safe to delete.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generator, Iterator, Protocol

import numpy as np

from svcdesk.config import config_key, to_dict
from svcdesk.errors import AudioError
from svcdesk.events import Progress
from svcdesk.inference.progress import Stage, WorkPlan
from svcdesk.messages import Message
from svcdesk.separation import engine
from svcdesk.separation.models import (DEFAULT_SEPARATOR, OUTPUT_DRY, SAMPLE_RATE, LoadedSeparator, get_spec,
                                       load_separator)
from svcdesk.utils.atomic import read_json, write_json_atomic

CACHE_VERSION = 1
META_FILE = "separation.json"
# Seconds of CPU per second of song and pass at overlap 2 (2 threads, benchmarks/bench_separation.py); only
# their ratio to the conversion's costs matters, for one progress bar over a whole cover.
SEPARATION_SECONDS = {"mel_band_roformer": 17.0, "bs_roformer": 28.0}
MAX_OVERLAP = 8


@dataclass(frozen=True)
class SeparationSettings:
    """How a song is separated: the vocal model, the optional karaoke (lead apart from the backing vocals) and
    de-reverb passes on the vocal, and how much the chunks overlap (2: each sample is in two chunks)."""

    model: str = DEFAULT_SEPARATOR
    karaoke: bool = False
    dereverb: bool = False
    overlap: int = 2

    def passes(self) -> tuple[str, ...]:
        return (self.model,) + (("karaoke",) if self.karaoke else ()) + (("dereverb",) if self.dereverb else ())


@dataclass(frozen=True)
class SeparationReady:
    """A song's stems: `vocal` is what gets converted, `accompaniment` everything that goes back into the mix
    (with the backing vocals when karaoke was on). `music_share`: the accompaniment's share of the mix's energy,
    what the dataset QA reports as music removed."""

    song: str
    vocal: str
    accompaniment: str
    sample_rate: int
    channels: int
    seconds: float
    music_share: float
    from_cache: bool


class SeparatorSource(Protocol):
    def identity(self, key: str) -> str: ...

    def load(self, key: str, device: str) -> LoadedSeparator: ...


class RegistrySeparators:
    """The separators whose weights are in the asset registry (WeightsMissing with the fix when one is not)."""

    def identity(self, key: str) -> str:
        from svcdesk import assets

        asset = get_spec(key).asset
        path = assets.require(asset)
        stat = path.stat()
        return assets.recorded_sha256(asset) or f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}"

    def load(self, key: str, device: str) -> LoadedSeparator:
        return load_separator(key, device)


def default_cache_dir() -> Path:
    """Where stems are kept when no project is open: $SVCDESK_HOME/cache/separation, else the user cache folder."""
    home = os.environ.get("SVCDESK_HOME")
    if home:
        return Path(home) / "cache" / "separation"
    import platformdirs

    return Path(platformdirs.user_cache_dir("svcdesk", appauthor=False)) / "separation"


def separation_key(song_hash: str, settings: SeparationSettings, identities: list[str]) -> str:
    return config_key(to_dict(settings), extra=f"{CACHE_VERSION}|{song_hash}|{'|'.join(identities)}")


def separation_seconds(settings: SeparationSettings, duration_s: float) -> float:
    """Estimated seconds of the whole separation (for weighting progress against other stages)."""
    per_pass = [SEPARATION_SECONDS.get(get_spec(key).architecture, 20.0) for key in settings.passes()]
    return sum(per_pass) * duration_s * settings.overlap / 2.0


def _read_entry(folder: Path, song: str) -> SeparationReady | None:
    try:
        meta = read_json(folder / META_FILE)
        if meta.get("version") != CACHE_VERSION:
            return None
        vocal, accompaniment = folder / "vocal.wav", folder / "accompaniment.wav"
        if not (vocal.is_file() and accompaniment.is_file()):
            return None
        return SeparationReady(song=str(song), vocal=str(vocal), accompaniment=str(accompaniment),
                               sample_rate=int(meta["sample_rate"]), channels=int(meta["channels"]),
                               seconds=float(meta["seconds"]), music_share=float(meta["music_share"]),
                               from_cache=True)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def separate_song(song: str | os.PathLike, settings: SeparationSettings = SeparationSettings(),
                  cache_dir: str | os.PathLike | None = None, device: str = "cpu",
                  separators: SeparatorSource | None = None,
                  floor: int = 0) -> Generator[Progress, None, SeparationReady]:
    """The song's vocal and accompaniment, from the cache or separated now (Progress on one 0..SCALE bar, from
    `floor` on). Returns SeparationReady. The song is only read; a cancel leaves no stem behind."""
    from svcdesk.inference.analysis import source_fingerprint
    from svcdesk.storage import ensure_free

    if not 1 <= int(settings.overlap) <= MAX_OVERLAP:
        raise AudioError(Message("the chunk overlap must be between 1 and {most}, got {overlap}", most=MAX_OVERLAP,
                                 overlap=settings.overlap))
    separators = separators or RegistrySeparators()
    song = Path(song)
    info = engine.probe_song(song)
    name = song.name
    passes = settings.passes()
    plan = WorkPlan([Stage("hash", 0.002 * info.duration_s, Message("hashing {name}", name=name))]
                    + [Stage(key, 1.0, Message("separating the vocal ({label})", label=get_spec(key).label))
                       for key in passes]
                    + [Stage("measure", 0.02 * len(passes), Message("measuring the stems"))], floor=floor)
    yield plan.progress("hash")
    identities = [separators.identity(key) for key in passes]  # WeightsMissing here, before any work
    key = separation_key(source_fingerprint(song), settings, identities)
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    entry = folder / key
    cached = _read_entry(entry, str(song))
    if cached is not None:
        yield plan.finished()
        return cached
    channels = info.stem_channels
    frames = int(info.frames * SAMPLE_RATE / info.sample_rate) + SAMPLE_RATE
    ensure_free(folder, 3 * engine.estimated_stem_bytes(frames, channels), what=Message("the separated stems"))
    entry.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        (entry / META_FILE).unlink()  # an entry being made again is not complete until its record is written
    work = entry / ".work"
    work.mkdir(exist_ok=True)
    try:
        mix_energy, peak = yield from _run_passes(info, passes, settings, separators, device, work, entry, plan)
        if peak <= 0.0:
            raise AudioError(Message("{name} is digital silence: there is no vocal to separate", name=name),
                             Message("choose the song file itself; this one holds only zeros"))
        yield plan.progress("measure")
        music = _energy(engine.read_stem(entry / "accompaniment.wav"))
        write_json_atomic(entry / META_FILE, {
            "version": CACHE_VERSION, "song": name, "settings": to_dict(settings), "identities": identities,
            "sample_rate": SAMPLE_RATE, "channels": channels, "seconds": info.duration_s,
            "music_share": music / mix_energy if mix_energy > 0 else 0.0,
        })
    except BaseException:
        for stem in ("vocal.wav", "accompaniment.wav"):
            with contextlib.suppress(OSError):
                (entry / stem).unlink()
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ready = _read_entry(entry, str(song))
    if ready is None:
        raise AudioError(Message("the separated stems of {name} could not be read back from {folder}", name=name,
                                 folder=entry))
    yield plan.finished()
    return replace(ready, from_cache=False)


def _energy(blocks: Iterator[np.ndarray]) -> float:
    return float(sum(np.einsum("ij,ij->", block, block, dtype=np.float64) for block in blocks))


def _run_passes(info: engine.SongInfo, passes: tuple[str, ...], settings: SeparationSettings,
                separators: SeparatorSource, device: str, work: Path, entry: Path,
                plan: WorkPlan) -> Generator[Progress, None, tuple[float, float]]:
    """Each network in turn over the previous pass's vocal; the accompaniment gathers what each takes off that
    belongs to the music (the backing vocals of a karaoke pass; a de-reverb pass's reverb is dropped)."""
    channels = info.stem_channels
    expected = max(1, int(info.frames * SAMPLE_RATE / info.sample_rate))
    mix_energy = [0.0]
    vocal_source: Path | None = None
    accompaniments: list[Path] = []
    peak = 0.0
    for number, key in enumerate(passes):
        separator = separators.load(key, device)
        final = number == len(passes) - 1
        vocal_path = entry / "vocal.wav" if final else work / f"vocal_{number}.wav"
        accompaniment_path = work / f"accompaniment_{number}.wav"
        keeps_music = separator.output != OUTPUT_DRY
        stems = {"vocal": vocal_path, **({"accompaniment": accompaniment_path} if keeps_music else {})}
        writer = engine.StemWriter(stems, SAMPLE_RATE, channels)
        try:
            if vocal_source is None:
                blocks = _measured(engine.read_song(info, SAMPLE_RATE, separator.channels), mix_energy, channels)
            else:
                blocks = engine.network_channels(separator, engine.read_stem(vocal_source))

            def at(frames: int, within: float, key=key) -> Progress:
                step = separator.chunk / max(1, settings.overlap)
                return plan.progress(key, min(1.0, (frames + within * step) / expected))

            pass_peak = yield from engine.separation_pass(blocks, separator, writer, settings.overlap, at)
            writer.commit()
        except BaseException:
            writer.discard()
            raise
        if number == 0:
            peak = pass_peak
            if peak <= 0.0:
                return mix_energy[0], peak
        if keeps_music:
            accompaniments.append(accompaniment_path)
        vocal_source = vocal_path
    _sum_stems(accompaniments, entry / "accompaniment.wav", channels)
    return mix_energy[0], peak


def _measured(blocks: Iterator[np.ndarray], energy: list[float], channels: int) -> Iterator[np.ndarray]:
    """The mix passed through, its energy (as the stems' channels hold it) added up on the way."""
    for block in blocks:
        folded = engine.fold_channels(block, channels)
        energy[0] += float(np.einsum("ij,ij->", folded, folded, dtype=np.float64))
        yield block


def _sum_stems(paths: list[Path], target: Path, channels: int) -> None:
    """target = the sum of the stems in `paths` (one pass over them all, block by block)."""
    if len(paths) == 1:
        os.replace(paths[0], target)
        return
    writer = engine.StemWriter({"vocal": target}, SAMPLE_RATE, channels)
    try:
        readers = [engine.read_stem(path, channels) for path in paths]
        for blocks in zip(*readers):
            length = min(len(block) for block in blocks)
            writer.write("vocal", sum(block[:length] for block in blocks))
        writer.commit()
    except BaseException:
        writer.discard()
        raise

