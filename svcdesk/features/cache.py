"""Feature cache: per training segment, the content features, f0, coarse pitch and linear spectrogram.

Layout under the cache folder (safe to delete; everything is recomputed):

    features/<h[:2]>/<h>/content-<k>.npy   (T50, 768) float32   ContentVec layer 12, 50 Hz
                         f0-<k>.npz        f0 (T100,) float32 Hz, coarse (T100,) int64, 100 Hz
                         spec-<k>.npy      (F, Tspec) float32   linear magnitude at the model rate
    features/index-<config key>.json       the segments of the last build and their status

`h` is the sha256 of the segment file; each `k` hashes only what that piece depends on (content:
the encoder's weights and demo flag; f0: method and options; spec: the STFT settings of the model
rate), so changing the pitch method recomputes f0 alone. Every file is written atomically, so a
killed build leaves finished pieces (reused on the next run) and stray temporary files (ignored).

Frame alignment (spec section 3): for L samples at 16 kHz, content has floor((L-400)/320)+1 frames
at 50 Hz, f0 has L//160+1 at 100 Hz, and the spectrogram has L_sr//hop at the model rate (hop is
sr/100, so one spectrogram frame is one 100 Hz f0 frame). Content is repeated 2x in time, and all
three are truncated at the end to the shortest, aligned at the start: `align_item` does this.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from svcdesk.config import FeatureConfig, config_key, to_dict
from svcdesk.errors import AudioError, ProjectError
from svcdesk.events import Notice, Progress
from svcdesk.messages import Message
from svcdesk.utils.atomic import atomic_open, read_json, write_json_atomic

FORMAT_VERSION = 1
PARTS = ("content", "f0", "spec")
STALE_TEMP_SECONDS = 600
INDEX_SAVE_INTERVAL = 5.0


@dataclass(frozen=True)
class FeatureItemDone:
    """One segment handled. `computed` names the pieces computed now (empty: all reused);
    status 'ok' or 'skipped' (then `reason` says why)."""

    index: int
    total: int
    segment: str
    computed: tuple[str, ...]
    status: str
    reason: str = ""


@dataclass(frozen=True)
class FeatureCacheReady:
    """The build finished: `usable` segments can train; `is_demo` marks random-encoder features."""

    cache_dir: str
    usable: int
    skipped: int
    computed: int
    is_demo: bool
    seconds: float


@dataclass(frozen=True)
class CachedEntry:
    """A usable cached segment, as listed by `list_cached_items`."""

    segment: str
    segment_hash: str
    content_path: Path
    f0_path: Path
    spec_path: Path
    seconds: float
    frames: int  # aligned 100 Hz frame count (see align_item)
    is_demo: bool


@dataclass(frozen=True)
class CachedItem:
    content: np.ndarray  # (T50, 768) float32
    f0: np.ndarray  # (T100,) float32 Hz, 0 = unvoiced
    coarse: np.ndarray  # (T100,) int64 1..255
    spec: np.ndarray  # (F, Tspec) float32
    segment: str
    is_demo: bool


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def f0_settings(config: FeatureConfig) -> dict:
    """The f0 options with method defaults resolved, so that spelling a default out changes nothing."""
    from svcdesk.features.pitch import PITCH_METHODS

    method = PITCH_METHODS.get(config.f0_method)
    if method is None:
        raise ValueError(f"unknown pitch method {config.f0_method!r}; choose one of {', '.join(PITCH_METHODS)}")
    radius = method.median_radius if config.f0_median_radius is None else int(config.f0_median_radius)
    threshold = method.threshold if config.f0_voicing_threshold is None else float(config.f0_voicing_threshold)
    return {"method": config.f0_method, "f0_min": float(config.f0_min), "f0_max": float(config.f0_max),
            "median_radius": radius, "voicing_threshold": threshold}


def piece_keys(config: FeatureConfig, encoder_identity: str, is_demo: bool) -> dict[str, str]:
    from svcdesk.models.mel import params_for_rate

    spec = params_for_rate(config.sample_rate)
    return {
        "content": _short_hash(f"content|v{FORMAT_VERSION}|{encoder_identity}|demo={bool(is_demo)}"),
        "f0": _short_hash(f"f0|v{FORMAT_VERSION}|{json.dumps(f0_settings(config), sort_keys=True)}"),
        "spec": _short_hash(f"spec|v{FORMAT_VERSION}|{spec.sample_rate}|{spec.n_fft}|{spec.hop}|{spec.win}"),
    }


def encoder_identity(config: FeatureConfig) -> str:
    """The identity the content key uses, without building the network (raises WeightsMissing)."""
    from svcdesk.features.content import DEMO_IDENTITY, resolve_weights, weights_identity

    if config.demo_encoder:
        return DEMO_IDENTITY
    return weights_identity(resolve_weights(config.encoder_path or None))


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _features_dir(cache_dir: Path) -> Path:
    return Path(cache_dir) / "features"


def _index_path(cache_dir: Path, config: FeatureConfig) -> Path:
    return _features_dir(cache_dir) / f"index-{config_key(config)}.json"


def _piece_paths(cache_dir: Path, segment_hash: str, keys: dict[str, str]) -> dict[str, Path]:
    folder = _features_dir(cache_dir) / segment_hash[:2] / segment_hash
    return {
        "content": folder / f"content-{keys['content']}.npy",
        "f0": folder / f"f0-{keys['f0']}.npz",
        "spec": folder / f"spec-{keys['spec']}.npy",
    }


def _save_npy(path: Path, array: np.ndarray) -> None:
    with atomic_open(path, "wb") as handle:
        np.save(handle, array)


def _save_f0(path: Path, f0: np.ndarray, coarse: np.ndarray) -> None:
    with atomic_open(path, "wb") as handle:
        np.savez(handle, f0=f0.astype(np.float32), coarse=coarse.astype(np.int64))


def _remove_stale_temp_files(features_dir: Path) -> None:
    """Temporary files of a killed build: never read (their names differ), removed once old enough
    that no concurrent writer can still own them."""
    if not features_dir.is_dir():
        return
    cutoff = time.time() - STALE_TEMP_SECONDS
    for temp in features_dir.rglob(".*.tmp"):
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < cutoff:
                temp.unlink()


def estimated_bytes(todo: "list[_Todo]", spec_params) -> int:
    """What the missing pieces will take on disk, from each segment's length (its 16-bit file's size)."""
    per_second = {
        "content": 50 * 768 * 4,  # 768 float32 at 50 Hz
        "f0": 100 * (4 + 8),  # float32 f0 and int64 coarse at 100 Hz
        "spec": (spec_params.n_fft // 2 + 1) * 4 * spec_params.sample_rate / spec_params.hop,
    }
    total = 0.0
    for item in todo:
        if not item.missing:
            continue
        try:
            seconds = item.path.stat().st_size / (2 * spec_params.sample_rate)  # segments are 16-bit mono
        except OSError:
            continue
        total += sum(per_second[part] * seconds + 4096 for part in item.missing)
    return int(total)


def _segments_and_cache_dir(source, cache_dir) -> tuple[list[Path], Path]:
    if hasattr(source, "segment_paths") and hasattr(source, "cache_dir"):
        return list(source.segment_paths()), Path(cache_dir or source.cache_dir)
    if isinstance(source, (str, os.PathLike)):
        raise TypeError("build_feature_cache wants a Project or a list of segment paths, not one path")
    if cache_dir is None:
        raise ProjectError(Message("a cache folder is needed when features are built from a list of files"))
    return [Path(p) for p in source], Path(cache_dir)


def default_workers() -> int:
    """Worker processes for CPU pitch methods: all cores but the one the main process uses."""
    return max(1, (os.cpu_count() or 2) - 1)


def _pool_f0(path: str, settings: dict) -> np.ndarray:
    """Worker-process job: the segment's f0 (it reads the file itself, so only a path crosses)."""
    from svcdesk.audio.io import load_audio
    from svcdesk.features.pitch import extract_f0

    audio_16k, _ = load_audio(path, sample_rate=16000)
    return extract_f0(audio_16k, settings["method"], settings["f0_min"], settings["f0_max"],
                      voicing_threshold=settings["voicing_threshold"], median_radius=settings["median_radius"])


@dataclass
class _Todo:
    index: int
    path: Path
    segment_hash: str
    paths: dict[str, Path]
    missing: tuple[str, ...]


def build_feature_cache(
    project_or_paths,
    config: FeatureConfig,
    *,
    cache_dir: str | os.PathLike | None = None,
    device: str = "cpu",
    workers: int | None = None,
    encoder=None,
    batch_size: int | None = None,
) -> Iterator[Progress | Notice | FeatureItemDone | FeatureCacheReady]:
    """Compute whatever is missing from the cache for every segment, yielding progress.

    `project_or_paths` is a Project (its included segments and cache folder) or a list of segment
    wav paths with `cache_dir`. `encoder` may pass an already loaded ContentEncoder (its identity
    keys the content; the config's encoder fields are then unused). CPU pitch methods (harvest,
    dio, pm) run in `workers` processes (default: cores - 1) while the main process encodes
    `batch_size` segments per call (default 1 on CPU, where batching gains nothing, 8 on CUDA).
    Raises WeightsMissing before any work when ContentVec (or rmvpe.pt) is needed and absent.
    Closing the generator stops it; finished pieces stay cached for the next run.
    """
    from svcdesk.audio.io import load_audio, resample
    from svcdesk.features.content import load_content_encoder
    from svcdesk.features.pitch import PITCH_METHODS, coarse_pitch, extract_f0
    from svcdesk.models.mel import params_for_rate

    started = time.monotonic()
    segments, cache_root = _segments_and_cache_dir(project_or_paths, cache_dir)
    settings = f0_settings(config)
    spec_params = params_for_rate(config.sample_rate)
    identity = encoder.identity if encoder is not None else encoder_identity(config)
    is_demo = bool(encoder.is_demo) if encoder is not None else config.demo_encoder
    keys = piece_keys(config, identity, is_demo)
    features_dir = _features_dir(cache_root)
    features_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_temp_files(features_dir)
    index_path = _index_path(cache_root, config)
    previous: dict = {}
    if index_path.exists():
        with contextlib.suppress(OSError, ValueError):
            previous = read_json(index_path).get("items", {})

    total = len(segments)
    yield Progress(0, total, Message("checking the feature cache"))
    todo: list[_Todo] = []
    for i, path in enumerate(segments):
        segment_hash = _file_sha256(path)
        paths = _piece_paths(cache_root, segment_hash, keys)
        missing = tuple(part for part in PARTS if not paths[part].exists())
        todo.append(_Todo(i, path, segment_hash, paths, missing))
        if i % 50 == 49:
            yield Progress(0, total, Message("checking the feature cache"))

    from svcdesk.storage import ensure_free

    ensure_free(features_dir, estimated_bytes(todo, spec_params),
                what=Message("the features of {count} segments", count=sum(1 for item in todo if item.missing)))

    def needs_audio_check(item: _Todo) -> bool:
        # An item skipped for its audio alone (silence, too short) stays skipped without work.
        old = previous.get(item.segment_hash)
        return not (old and old.get("status") == "skipped" and old.get("reason_kind") == "audio")

    if config.f0_method == "rmvpe" and any("f0" in t.missing for t in todo):
        from svcdesk.features.rmvpe import rmvpe_weights_path

        rmvpe_weights_path()  # fail now, with the fix, rather than after the first segment
    if any("content" in t.missing and needs_audio_check(t) for t in todo) and encoder is None:
        encoder = load_content_encoder(config.encoder_path or None, demo=config.demo_encoder, device=device)

    method = PITCH_METHODS[config.f0_method]
    worker_count = default_workers() if workers is None else max(0, int(workers))
    pool = None
    futures: dict[int, object] = {}
    pending = deque(t for t in todo if "f0" in t.missing and needs_audio_check(t))
    if method.in_process_pool and worker_count >= 1 and len(pending) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn: the same start method on every platform, and safe with torch loaded in this process.
        pool = ProcessPoolExecutor(max_workers=worker_count, mp_context=multiprocessing.get_context("spawn"))
    torch_threads = _share_cores_with_pool(worker_count) if pool is not None and device == "cpu" else None

    def top_up() -> None:
        while pool is not None and pending and len(futures) < 2 * worker_count:
            item = pending.popleft()
            futures[item.index] = pool.submit(_pool_f0, str(item.path), settings)

    items: dict[str, dict] = {}
    last_index_save = time.monotonic()
    counts = {"usable": 0, "skipped": 0, "computed": 0}

    def write_index() -> None:
        write_json_atomic(index_path, {
            "format": FORMAT_VERSION, "config": to_dict(config), "encoder": identity, "is_demo": is_demo,
            "keys": keys, "items": items,
        })

    def finish(item: _Todo, record: dict, computed: list[str]) -> Iterator:
        if record["status"] != "ok":  # no f0 needed for a segment that turned out unusable
            with contextlib.suppress(ValueError):
                pending.remove(item)
            if item.index in futures:
                futures.pop(item.index).cancel()
                top_up()
        else:
            record.update(_usable_record(item.paths, config))
            record.setdefault("seconds", round(record["frames"] / 100.0, 4))
        items[item.segment_hash] = record
        if record["status"] == "ok":
            counts["usable"] += 1
        else:
            counts["skipped"] += 1
            yield Notice("warning", Message("{name} skipped: {reason}", name=item.path.name, reason=record['reason']),
                         fix=Message("remove or re-slice it; the other segments are used"), subject=str(item.path))
        counts["computed"] += bool(computed)
        yield FeatureItemDone(item.index, total, str(item.path), tuple(computed), record["status"], record["reason"])

    batch = batch_size or (8 if str(device).startswith("cuda") else 1)
    try:
        top_up()
        for first in range(0, total, batch):
            chunk = todo[first:first + batch]
            records: dict[int, dict] = {}
            computed: dict[int, list[str]] = {item.index: [] for item in chunk}
            audio_16k: dict[int, np.ndarray] = {}
            for item in chunk:
                yield Progress(item.index, total, Message("features: {name}", name=item.path.name))
                record = records[item.index] = {"segment": str(item.path), "status": "ok", "reason": "", "reason_kind": ""}
                if not needs_audio_check(item):
                    old = previous[item.segment_hash]
                    record.update({k: old.get(k, "") for k in ("status", "reason", "reason_kind")},
                                  seconds=old.get("seconds"))
                    continue
                if not item.missing:
                    continue
                try:
                    audio, sr = load_audio(item.path)
                except AudioError as exc:
                    record.update(status="skipped", reason_kind="audio", reason=f"unreadable ({exc})")
                    continue
                record["seconds"] = round(len(audio) / sr, 4)
                problem = _audio_problem(audio, sr, config)
                if problem:
                    record.update(status="skipped", reason_kind="audio", reason=problem)
                    continue
                audio_16k[item.index] = resample(audio, sr, 16000)
                if "spec" in item.missing:
                    _save_npy(item.paths["spec"], _spectrogram(resample(audio, sr, config.sample_rate), spec_params))
                    computed[item.index].append("spec")
            # Content for the whole chunk in one call: equal-length segments share a forward pass.
            needs_content = [item for item in chunk if item.index in audio_16k and "content" in item.missing]
            if needs_content:
                features = encoder.encode_batch([audio_16k[item.index] for item in needs_content])
                for item, feature in zip(needs_content, features):
                    _save_npy(item.paths["content"], feature)
                    computed[item.index].append("content")
                yield Progress(chunk[-1].index, total, Message("features: {name}", name=chunk[-1].path.name))
            for item in chunk:
                if item.index in audio_16k and "f0" in item.missing:
                    if item.index in futures:
                        f0 = futures.pop(item.index).result()
                        top_up()
                    else:
                        f0 = extract_f0(audio_16k[item.index], config.f0_method, config.f0_min, config.f0_max,
                                        voicing_threshold=settings["voicing_threshold"],
                                        median_radius=settings["median_radius"], device=device)
                    _save_f0(item.paths["f0"], f0, coarse_pitch(f0))
                    computed[item.index].append("f0")
                yield from finish(item, records[item.index], computed[item.index])
            if time.monotonic() - last_index_save > INDEX_SAVE_INTERVAL:
                write_index()
                last_index_save = time.monotonic()
        write_index()
        yield Progress(total, total, Message("features ready"))
        yield FeatureCacheReady(str(cache_root), counts["usable"], counts["skipped"], counts["computed"], is_demo,
                                round(time.monotonic() - started, 3))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if torch_threads is not None:
            import torch

            torch.set_num_threads(torch_threads)


def _share_cores_with_pool(worker_count: int) -> int:
    """Give torch in this process only the cores the pitch workers leave free; returns the old count.
    Oversubscribed cores make torch's OpenMP barriers stall (measured 3-15x slower encoding)."""
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(max(1, min(previous, (os.cpu_count() or 1) - worker_count)))
    return previous


def _audio_problem(audio: np.ndarray, sr: int, config: FeatureConfig) -> Message | str:
    """Why a segment cannot train, judged from its audio alone ('' when it can)."""
    seconds = len(audio) / sr
    if seconds < config.min_seconds:
        return Message("too short ({seconds:.2f} s, at least {minimum:g} s needed)",
                       seconds=seconds, minimum=config.min_seconds)
    peak = float(np.max(np.abs(audio))) if len(audio) else 0.0
    if peak <= 10 ** (config.silence_dbfs / 20):
        return Message("silent (peak below {threshold:g} dBFS)", threshold=config.silence_dbfs)
    return ""


def _spectrogram(audio: np.ndarray, params) -> np.ndarray:
    import torch

    from svcdesk.models.mel import spectrogram

    with torch.inference_mode():
        magnitude = spectrogram(torch.from_numpy(np.ascontiguousarray(audio, dtype=np.float32))[None],
                                params.n_fft, params.hop, params.win)
    return magnitude[0].numpy()


def _usable_record(paths: dict[str, Path], config: FeatureConfig) -> dict:
    """Frame counts, and the all-unvoiced check (it depends on the f0 piece, so on the f0 key)."""
    with np.load(paths["f0"]) as data:
        f0 = data["f0"]
    content_frames = np.load(paths["content"], mmap_mode="r").shape[0]
    spec_frames = np.load(paths["spec"], mmap_mode="r").shape[1]
    frames = min(2 * content_frames, len(f0), spec_frames)
    voiced = float(np.mean(f0[:frames] > 0)) if frames else 0.0
    record = {"frames": int(frames), "voiced_ratio": round(voiced, 4),
              "pieces": {part: paths[part].name for part in PARTS}}
    if frames == 0 or voiced < config.min_voiced_ratio:
        record.update(status="skipped", reason_kind="f0",
                      reason=f"unvoiced ({voiced:.0%} of frames have pitch, {config.min_voiced_ratio:.0%} needed)")
    return record


def latest_built_config(project_or_cache_dir, sample_rate: int | None = None) -> FeatureConfig | None:
    """The FeatureConfig of the most recent cache build (for `sample_rate` when given), None when none was built.

    `svcdesk train` follows it, so features built with `preprocess --f0 fcpe` train without asking for rmvpe.
    """
    from svcdesk.config import from_dict

    features = _features_dir(Path(getattr(project_or_cache_dir, "cache_dir", project_or_cache_dir)))
    indexes = sorted(features.glob("index-*.json"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
    for path in indexes:
        try:
            config = from_dict(FeatureConfig, read_json(path)["config"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged or foreign index is ignored here, as list_cached_items would
        if sample_rate is None or config.sample_rate == sample_rate:
            return config
    return None


def list_cached_items(project_or_cache_dir, config: FeatureConfig) -> list[CachedEntry]:
    """The usable segments of the last `build_feature_cache` run with `config`, in segment order."""
    cache_root = Path(getattr(project_or_cache_dir, "cache_dir", project_or_cache_dir))
    index_path = _index_path(cache_root, config)
    if not index_path.exists():
        return []
    index = read_json(index_path)
    entries = []
    for segment_hash, record in index.get("items", {}).items():
        if record.get("status") != "ok":
            continue
        folder = _features_dir(cache_root) / segment_hash[:2] / segment_hash
        pieces = {part: folder / record["pieces"][part] for part in PARTS}
        if not all(p.exists() for p in pieces.values()):
            continue  # deleted by hand since the build
        entries.append(CachedEntry(record["segment"], segment_hash, pieces["content"], pieces["f0"], pieces["spec"],
                                   float(record.get("seconds", 0.0)), int(record["frames"]), bool(index.get("is_demo"))))
    return entries


def load_cached_item(entry: CachedEntry) -> CachedItem:
    """Arrays of one cached segment: content (T50, 768), f0 (T100,), coarse (T100,), spec (F, Tspec)."""
    with np.load(entry.f0_path) as data:
        f0, coarse = data["f0"], data["coarse"]
    return CachedItem(np.load(entry.content_path), f0, coarse, np.load(entry.spec_path), entry.segment, entry.is_demo)


def align_item(item: CachedItem) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(content (N, 768) at 100 Hz, f0 (N,), coarse (N,), spec (F, N)): content repeated 2x in time,
    everything truncated at the end to the shortest (spec section 3)."""
    content = np.repeat(item.content, 2, axis=0)
    n = min(len(content), len(item.f0), item.spec.shape[1])
    return content[:n], item.f0[:n], item.coarse[:n], item.spec[:, :n]

