"""Running a separator over a whole song in overlapping chunks, with memory flat in the song's length.

The song is read block by block (soundfile), resampled as a stream to the model's 44.1 kHz (soxr), cut
into chunks of the model's training length that overlap by 1/overlap, and put back by overlap-add with
linear cross-fades: a sample is final once the last chunk covering it is in, so it is written out at once
and only about one chunk of input and output is ever held. Each stem goes to a float WAV through a
temporary file. Progress moves within a chunk (per network layer) and a cancel stops there too: the forward
runs on a helper thread whose layers check a stop flag, while the generator yields ten times a second.
"""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Generator, Iterator

import numpy as np

from svcdesk.errors import AudioError
from svcdesk.events import Progress
from svcdesk.messages import Message
from svcdesk.separation.models import OUTPUT_BACKING, OUTPUT_DRY, SAMPLE_RATE, LoadedSeparator  # noqa: F401

READ_BLOCK = 1 << 16  # frames per read: 1.5 s at 44.1 kHz
FADE_SHARE = 10  # cross-fades are a tenth of a chunk (MSST's demix uses the same)
POLL_SECONDS = 0.1
STEM_SUBTYPE = "FLOAT"  # exact: the remix of the stems gives the mix back
MAX_CHANNELS = 8
# ITU-R BS.775 downmix of a 5.1 file (L R C LFE Ls Rs) to stereo; the LFE is dropped, as that standard does.
_DOWNMIX_51 = np.array([[1.0, 0.0], [0.0, 1.0], [0.7071, 0.7071], [0.0, 0.0], [0.7071, 0.0], [0.0, 0.7071]],
                       dtype=np.float32)


@dataclass(frozen=True)
class SongInfo:
    path: str
    sample_rate: int
    channels: int  # as stored
    frames: int

    @property
    def duration_s(self) -> float:
        return self.frames / float(self.sample_rate)

    @property
    def stem_channels(self) -> int:
        """Stems keep a mono song mono and make anything wider stereo."""
        return 1 if self.channels == 1 else 2


def probe_song(path: str | os.PathLike) -> SongInfo:
    """A song's header, with the checks of `svcdesk.audio.io.probe` except that 3 to 8 channels are allowed (a
    surround mix is folded to stereo while it is read)."""
    from svcdesk.audio import io

    path = Path(path)
    io._check_path(path)
    raw = io._open_info(path)
    info = SongInfo(str(path), int(raw.samplerate), int(raw.channels), int(raw.frames))
    if info.channels > MAX_CHANNELS:
        raise AudioError(Message("{name}: {channels} channels - export the song as a stereo or 5.1 file",
                                 name=path.name, channels=info.channels),
                         Message("export the song as a stereo file"))
    if not io.MIN_SAMPLE_RATE <= info.sample_rate <= io.MAX_SAMPLE_RATE:
        raise AudioError(Message("{name}: implausible sample rate {sample_rate} Hz", name=path.name,
                                 sample_rate=info.sample_rate))
    if info.frames <= 0:
        raise AudioError(Message("{name}: 0 samples (the file holds no audio)", name=path.name))
    return info


def fold_channels(block: np.ndarray, target: int) -> np.ndarray:
    """(frames, channels) to (frames, target): mono stays mono or is doubled, 5.1 and wider fold to stereo."""
    channels = block.shape[1]
    if channels == target:
        return block
    if target == 1:
        return block.mean(axis=1, keepdims=True, dtype=np.float32)
    if channels == 1:
        return np.repeat(block, 2, axis=1)
    if channels == 6:
        return block @ _DOWNMIX_51
    # Other layouts have no standard fold: odd channels to the left, even to the right, at equal power.
    left = block[:, 0::2].sum(axis=1) / np.sqrt(max(1, len(range(0, channels, 2))))
    right = block[:, 1::2].sum(axis=1) / np.sqrt(max(1, len(range(1, channels, 2))))
    return np.stack([left, right], axis=1).astype(np.float32)


def read_song(info: SongInfo, rate: int, channels: int) -> Iterator[np.ndarray]:
    """The song as float32 (frames, channels) blocks at `rate`, resampled as a stream. Raises AudioError for
    damaged or invalid samples, naming the file."""
    import soundfile as sf
    import soxr

    from svcdesk.audio import io

    name = Path(info.path).name
    resampler = soxr.ResampleStream(info.sample_rate, rate, channels, dtype="float32", quality="HQ") \
        if info.sample_rate != rate else None
    try:
        with sf.SoundFile(info.path) as handle:
            while True:
                block = handle.read(READ_BLOCK, dtype="float32", always_2d=True)
                last = len(block) < READ_BLOCK
                if len(block) and not np.isfinite(block).all():
                    raise AudioError(Message("{name}: contains NaN or infinite samples (a damaged float file)",
                                             name=name), io.FIX_REEXPORT)
                block = fold_channels(block, channels)
                if resampler is not None:
                    block = resampler.resample_chunk(block, last=last)
                if len(block):
                    yield np.ascontiguousarray(block, dtype=np.float32)
                if last:
                    return
    except (sf.LibsndfileError, RuntimeError) as exc:
        problem = io._describe_unreadable(Path(info.path))
        raise AudioError(Message("{name}: {problem}", name=name, problem=problem), io._fix_for(problem)) from exc


def chunk_window(length: int, fade: int, fade_in: bool, fade_out: bool) -> np.ndarray:
    """Overlap-add weights: linear ramps that never reach 0 (a sample covered once keeps its value)."""
    window = np.ones(length, dtype=np.float32)
    fade = min(fade, length // 2)
    if fade > 0:
        ramp = np.arange(1, fade + 1, dtype=np.float32) / (fade + 1)
        if fade_in:
            window[:fade] = ramp
        if fade_out:
            window[length - fade:] = ramp[::-1]
    return window


@dataclass(frozen=True)
class ChunkDone:
    """Inside `overlap_add`: how far the separation is, in input frames (`within` 0..1 of the current chunk)."""

    frames: int
    within: float = 0.0


def overlap_add(blocks: Iterator[np.ndarray], separator: LoadedSeparator, overlap: int = 2,
                batch_size: int = 1) -> Generator[object, None, None]:
    """Separate a stream of (frames, channels) blocks: yields (mix, estimate) pairs of final, aligned blocks and
    ChunkDone progress. Chunks start every chunk/overlap frames; the last one is zero-padded to full length."""
    chunk = int(separator.chunk)
    step = max(1, chunk // max(1, int(overlap)))
    fade = chunk // FADE_SHARE
    source = iter(blocks)
    pending: np.ndarray | None = None  # input from `base` on
    accumulated: np.ndarray | None = None  # weighted estimates from `base` on
    weights = np.zeros(0, np.float32)
    base = 0  # absolute frame of pending[0]
    start = 0  # absolute frame where the next chunk starts
    ended = False
    queue: list[tuple[int, int, np.ndarray, bool]] = []  # (start, length, chunk, is_last) waiting for a batch

    def fill(until: int) -> None:
        nonlocal pending, accumulated, ended
        while not ended and (pending is None or base + len(pending) < until):
            try:
                block = next(source)
            except StopIteration:
                ended = True
                return
            if pending is None:
                pending, accumulated = block, np.zeros((0, block.shape[1]), np.float32)
            else:
                pending = np.concatenate([pending, block])

    while True:
        fill(start + chunk + 1)  # one frame beyond says whether this chunk is the last
        available = base + (0 if pending is None else len(pending))
        if start >= available:
            break
        length = min(chunk, available - start)
        last = ended and start + chunk >= available
        piece = np.zeros((chunk, pending.shape[1]), np.float32)
        piece[:length] = pending[start - base:start - base + length]
        queue.append((start, length, piece, last))
        if len(queue) < batch_size and not last:
            start += step
            continue
        batch = np.stack([np.ascontiguousarray(item[2].T) for item in queue])
        estimates = yield from forward_in_steps(separator, batch, queue[0][0])
        for (chunk_start, chunk_length, _piece, is_last), estimate in zip(queue, estimates):
            window = chunk_window(chunk_length, fade, chunk_start > 0, not is_last)
            offset = chunk_start - base
            needed = offset + chunk_length
            if len(weights) < needed:
                grow = needed - len(weights)
                accumulated = np.concatenate([accumulated, np.zeros((grow, accumulated.shape[1]), np.float32)])
                weights = np.concatenate([weights, np.zeros(grow, np.float32)])
            accumulated[offset:needed] += estimate.T[:chunk_length] * window[:, None]
            weights[offset:needed] += window
        final_until = available if last else queue[-1][0] + step  # no later chunk reaches before this
        queue = []
        emit = final_until - base
        if emit > 0:
            yield pending[:emit].copy(), accumulated[:emit] / weights[:emit, None]
            pending, accumulated, weights = pending[emit:], accumulated[emit:], weights[emit:]
            base = final_until
        yield ChunkDone(base)
        if last:
            break
        start += step


class _Stopped(Exception):
    """Raised inside the network when the job was cancelled: the forward ends at the next layer."""


def forward_in_steps(separator: LoadedSeparator, batch: np.ndarray, at_frame: int) -> Generator[ChunkDone, None, np.ndarray]:
    """`separator.run(batch)` on a helper thread, yielding ChunkDone ten times a second with the share of the
    network's layers done; closing this generator stops the forward at the next layer."""
    layers = separator.layers
    stop = threading.Event()
    reached = [0]
    outcome: dict[str, object] = {}

    def entering(index: int) -> Callable:
        def hook(_module, _inputs):
            if stop.is_set():
                raise _Stopped()
            reached[0] = index
        return hook

    handles = [layer.register_forward_pre_hook(entering(i)) for i, layer in enumerate(layers)]

    def work() -> None:
        try:
            outcome["result"] = separator.run(batch)
        except BaseException as exc:  # noqa: BLE001 - handed to the generator's thread
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="svcdesk-separate", daemon=True)
    try:
        thread.start()
        while thread.is_alive():
            thread.join(POLL_SECONDS)
            if thread.is_alive():
                yield ChunkDone(at_frame, reached[0] / max(1, len(layers)))
    finally:
        stop.set()
        thread.join()
        for handle in handles:
            handle.remove()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    result = np.asarray(outcome["result"], dtype=np.float32)
    if result.ndim == 4:  # (B, stems, channels, samples) from a several-stem network: its first stem
        result = result[:, 0]
    if result.ndim == 3 and result.shape[:2] == batch.shape[:2] and result.shape[2] != batch.shape[2]:
        # A Mel-Band RoFormer's inverse STFT ends on a hop boundary: pad or trim to the chunk it was given.
        result = result[..., :batch.shape[2]] if result.shape[2] > batch.shape[2] else \
            np.pad(result, ((0, 0), (0, 0), (0, batch.shape[2] - result.shape[2])))
    if result.shape != batch.shape:
        raise AudioError(Message("the separation model returned audio of shape {got} for {sent}",
                                 got=tuple(result.shape), sent=tuple(batch.shape)))
    return result


def estimated_stem_bytes(frames: int, channels: int) -> int:
    from svcdesk.audio.io import estimated_size

    return estimated_size(frames, channels, STEM_SUBTYPE)


class StemWriter:
    """Float WAV stems written through temporary siblings, published together by `commit`."""

    def __init__(self, paths: dict[str, Path], rate: int, channels: int):
        import soundfile as sf

        self.paths = paths
        self.temporary = {name: path.with_name(f".{path.name}.{os.getpid()}.part") for name, path in paths.items()}
        for path in paths.values():
            path.parent.mkdir(parents=True, exist_ok=True)
        self.files = {name: sf.SoundFile(str(tmp), "w", samplerate=rate, channels=channels, format="WAV",
                                         subtype=STEM_SUBTYPE) for name, tmp in self.temporary.items()}

    def write(self, name: str, block: np.ndarray) -> None:
        self.files[name].write(block)

    def close(self) -> None:
        for handle in self.files.values():
            with contextlib.suppress(Exception):
                handle.close()

    def commit(self) -> None:
        self.close()
        for name, tmp in self.temporary.items():
            os.replace(tmp, self.paths[name])

    def discard(self) -> None:
        self.close()
        for tmp in self.temporary.values():
            with contextlib.suppress(OSError):
                tmp.unlink()


def separation_pass(blocks: Iterator[np.ndarray], separator: LoadedSeparator, writer: StemWriter,
                    overlap: int, on_frames: Callable[[int, float], Progress]) -> Generator[Progress, None, float]:
    """One network over a stream, writing its two stems: what the network outputs and the rest of the input,
    named by the network's kind. Returns the input's peak (0 means digital silence)."""
    kept, rest = {OUTPUT_BACKING: ("rest", "kept"), OUTPUT_DRY: ("kept", None)}.get(separator.output,
                                                                                      ("kept", "rest"))
    peak = 0.0
    for item in overlap_add(blocks, separator, overlap):
        if isinstance(item, ChunkDone):
            yield on_frames(item.frames, item.within)
            continue
        mix, estimate = item
        peak = max(peak, float(np.max(np.abs(mix))) if mix.size else 0.0)
        stems = {"kept": estimate, "rest": mix - estimate}
        channels = writer.files["vocal"].channels
        writer.write("vocal", fold_channels(stems[kept], channels))
        if rest is not None and "accompaniment" in writer.files:
            writer.write("accompaniment", fold_channels(stems[rest], channels))
    return peak


def read_stem(path: Path, channels: int | None = None) -> Iterator[np.ndarray]:
    """A stem written by StemWriter, block by block (frames, channels)."""
    import soundfile as sf

    with sf.SoundFile(str(path)) as handle:
        while True:
            block = handle.read(READ_BLOCK, dtype="float32", always_2d=True)
            if len(block):
                yield fold_channels(block, channels or block.shape[1])
            if len(block) < READ_BLOCK:
                return


def network_channels(separator: LoadedSeparator, blocks: Iterator[np.ndarray]) -> Iterator[np.ndarray]:
    """Blocks shaped for the network (a stereo network gets a mono stem doubled)."""
    for block in blocks:
        yield fold_channels(block, separator.channels)
