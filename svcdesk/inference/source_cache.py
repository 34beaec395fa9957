"""On-disk cache of source analyses (content features per chunk, f0, loudness), one .npz per source+settings.

The key is the source's content hash, every analysis setting of the ConversionConfig (not the
model-side ones such as transpose or index rate) and the content encoder's identity. Files are
written array by array into a zip through `atomic_open`, so memory stays at one chunk and a crash
leaves no half file; unreadable entries count as misses and are rebuilt.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from pathlib import Path
from typing import Generator

import numpy as np

from svcdesk.config import ConversionConfig, config_key
from svcdesk.events import Progress
from svcdesk.inference.analysis import SourceAnalysis, analyse, load_source, source_fingerprint
from svcdesk.inference.chunking import ChunkPlan
from svcdesk.messages import Message
from svcdesk.utils.atomic import atomic_open

CACHE_VERSION = 1
ANALYSIS_FIELDS = ("f0_method", "f0_min", "f0_max", "filter_radius", "x_pad", "x_query", "x_center", "x_max")


def encoder_identity(encoder) -> str:
    """What distinguishes one encoder's features from another's (weights file hash, or 'demo')."""
    for attribute in ("identity", "fingerprint", "name"):
        value = getattr(encoder, attribute, None)
        if isinstance(value, str) and value:
            return value
    return type(encoder).__qualname__


def analysis_key(source_hash: str, options: ConversionConfig, encoder) -> str:
    settings = {name: getattr(options, name) for name in ANALYSIS_FIELDS}
    return config_key(settings, extra=f"{CACHE_VERSION}|{source_hash}|{encoder_identity(encoder)}")


class StoredChunks:
    """Content features read back from a cache file one chunk at a time."""

    def __init__(self, path: Path, dim: int):
        self.path = path
        self.dim = dim

    def chunk(self, i: int) -> np.ndarray:
        with np.load(self.path) as data:
            return data[f"content_{i}"].astype(np.float32)


class SourceCache:
    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)

    def path_for(self, key: str) -> Path:
        return self.folder / f"source_{key}.npz"

    def analysis(self, source, options: ConversionConfig, encoder, device: str = "cpu",
                 source_hash: str | None = None) -> Generator[Progress, None, tuple[SourceAnalysis, bool]]:
        """(analysis, True) from the cache, or analyse, store and return (analysis, False)."""
        yield Progress(0, 0, Message("hashing source"))
        key = analysis_key(source_hash or source_fingerprint(source), options, encoder)
        path = self.path_for(key)
        stored = self.read(path)
        if stored is not None:
            return stored, True
        yield Progress(0, 0, Message("reading source"))
        fresh = yield from analyse(load_source(source), options, encoder, device)
        yield from self.write(path, fresh)
        stored = self.read(path)
        if stored is None:  # the folder is not readable back (e.g. removed under us): keep going uncached
            return fresh, False
        return stored, False

    def write(self, path: Path, analysis: SourceAnalysis) -> Generator[Progress, None, None]:
        plan = analysis.plan
        chunks = len(plan.bounds)
        with atomic_open(path, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as archive:
            def put(name: str, value) -> None:
                with archive.open(f"{name}.npy", "w", force_zip64=True) as member:
                    np.lib.format.write_array(member, np.asarray(value), allow_pickle=False)

            put("version", CACHE_VERSION)
            put("frames", plan.frames)
            put("pad", plan.pad)
            put("bounds", np.asarray(plan.bounds, dtype=np.int64).reshape(-1, 2))
            put("f0", analysis.f0)
            put("source_rms", analysis.source_rms)
            put("duration", analysis.duration)
            for i in range(chunks):
                content = analysis.content.chunk(i)
                put(f"content_{i}", content)
                yield Progress(i + 1, chunks, Message("content features"))
            put("dim", analysis.content.dim)

    @staticmethod
    def read(path: Path) -> SourceAnalysis | None:
        if not path.is_file():
            return None
        try:
            with np.load(path) as data:
                if int(data["version"]) != CACHE_VERSION:
                    return None
                bounds = tuple((int(a), int(b)) for a, b in data["bounds"])
                plan = ChunkPlan(frames=int(data["frames"]), pad=int(data["pad"]), bounds=bounds)
                names = set(data.files)
                if any(f"content_{i}" not in names for i in range(len(bounds))):
                    return None
                return SourceAnalysis(plan=plan, f0=data["f0"].astype(np.float32),
                                      source_rms=data["source_rms"].astype(np.float32),
                                      content=StoredChunks(path, int(data["dim"])),
                                      duration=float(data["duration"]))
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            with contextlib.suppress(OSError):
                path.unlink()
            return None
