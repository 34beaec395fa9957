"""Load, probe and save audio files (soundfile/libsndfile), resample (soxr), downmix to mono.

Every failure becomes one `AudioError` whose message names the file and says what is wrong in
words a singer understands ("truncated WAV header", "0 samples", "unsupported format .m4a -
convert to WAV/FLAC"). Reading never writes to the source file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np
import soundfile as sf
import soxr

from svcdesk.errors import AudioError
from svcdesk.messages import Message
from svcdesk.storage import StorageError
from svcdesk.utils.atomic import atomic_path

# Extensions we read; libsndfile also sniffs the content, so a FLAC named .wav still loads.
READ_EXTENSIONS = (".wav", ".wave", ".flac", ".ogg", ".oga", ".opus", ".mp3", ".aif", ".aiff")
WRITE_FORMATS = {".wav": "WAV", ".flac": "FLAC", ".ogg": "OGG", ".mp3": "MP3", ".aif": "AIFF", ".aiff": "AIFF"}
MONO_METHODS = ("average", "left", "right", "loudest")
MIN_DURATION_S = 0.02  # shorter than one pitch period of a low voice: nothing to learn from
MIN_SAMPLE_RATE = 4000
MAX_SAMPLE_RATE = 384000
MAX_CHANNELS = 2  # vocals are mono or stereo; more channels means a multitrack or surround export


# What to do about each cause of a refused file (AudioError.fix).
FIX_NOT_FOUND = Message("check that the file still exists (moved, renamed or on a drive that is not connected)")
FIX_PERMISSION = Message("give your account read access to the file, or copy it somewhere you own")
FIX_FOLDER = Message("import the folder itself to take the audio files inside it")
FIX_CONVERT = Message("convert or re-export the file as WAV or FLAC")
FIX_REEXPORT = Message("export the recording again from the program that made it")
FIX_TEXT = Message("choose an audio file: this one holds text")


def _fix_for(problem: Message) -> Message:
    if problem.template == "not an audio file (it contains text)":
        return FIX_TEXT
    if problem.template.startswith("unsupported format"):
        return FIX_CONVERT
    return FIX_REEXPORT


@dataclass(frozen=True)
class AudioInfo:
    """What the file header says, before decoding the samples."""

    path: str
    format: str  # libsndfile major format, e.g. "WAV", "FLAC", "MP3"
    subtype: str  # e.g. "PCM_16", "FLOAT", "MPEG_LAYER_III"
    sample_rate: int
    channels: int
    frames: int

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate if self.sample_rate else 0.0


def _name(path: Path) -> str:
    return path.name or str(path)


def _check_path(path: Path) -> None:
    """Reject what is not a readable, supported, non-empty file before libsndfile sees it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise AudioError(Message("{name}: file not found", name=_name(path)),
                         FIX_NOT_FOUND) from None
    except PermissionError:
        raise AudioError(Message("{name}: permission denied", name=_name(path)), FIX_PERMISSION) from None
    except OSError as exc:
        raise AudioError(Message("{name}: cannot be read ({strerror})",
                                 name=_name(path), strerror=exc.strerror or exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise AudioError(Message("{name}: is a folder, not an audio file", name=_name(path)), FIX_FOLDER)
    if not stat.S_ISREG(info.st_mode):
        raise AudioError(Message("{name}: is not a regular file", name=_name(path)))
    suffix = path.suffix.lower()
    if suffix not in READ_EXTENSIONS:
        shown = suffix or "(no extension)"
        raise AudioError(Message("{name}: unsupported format {format} - convert to WAV/FLAC",
                                 name=_name(path), format=shown), FIX_CONVERT)
    if info.st_size == 0:
        raise AudioError(Message("{name}: empty file (0 bytes)", name=_name(path)), FIX_REEXPORT)
    if not os.access(path, os.R_OK):
        raise AudioError(Message("{name}: permission denied", name=_name(path)), FIX_PERMISSION)


def _read_head(path: Path, size: int = 64) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def _riff_problem(path: Path, head: bytes) -> Message:
    """Say what is wrong with a RIFF/WAVE file that libsndfile refused."""
    file_size = path.stat().st_size
    if file_size < 44 or len(head) < 12 or head[8:12] != b"WAVE":
        return Message("truncated WAV header") if file_size < 44 else Message("damaged WAV header (not RIFF/WAVE)")
    if head[12:16] == b"fmt " and len(head) >= 36:
        channels = int.from_bytes(head[22:24], "little")
        rate = int.from_bytes(head[24:28], "little")
        bits = int.from_bytes(head[34:36], "little")
        if channels == 0:
            return Message("damaged WAV header (0 channels)")
        if rate == 0:
            return Message("damaged WAV header (sample rate 0)")
        if bits == 0 or bits > 64:
            return Message("damaged WAV header ({bits} bits per sample)", bits=bits)
    return Message("damaged or unsupported WAV file")


def _describe_unreadable(path: Path) -> Message:
    """Turn a libsndfile refusal into a reason, by looking at the first bytes ourselves."""
    head = _read_head(path)
    if head[:4] in (b"RIFF", b"RIFX", b"RF64"):
        return _riff_problem(path, head)
    if head[4:8] == b"ftyp":
        return Message("unsupported format: MP4/M4A/AAC audio - convert to WAV/FLAC")
    if head[:4] == b"fLaC":
        return Message("damaged FLAC file")
    if head[:4] == b"OggS":
        return Message("damaged or unsupported Ogg file (Vorbis and Opus are supported)")
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return Message("damaged MP3 file (no audio frames could be decoded)")
    if head[:4] == b"FORM":
        return Message("damaged AIFF file")
    if head[:4] == b"\x30\x26\xb2\x75":
        return Message("unsupported format: WMA - convert to WAV/FLAC")
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        return Message("not an audio file (it contains text)")
    # libsndfile's own wording ("File does not exist or is not a regular file") misleads here.
    kind = path.suffix.lower().lstrip(".").upper()
    if kind:
        return Message("not a valid {kind} file (unrecognised content)", kind=kind)
    return Message("not a recognised audio file")


def _open_info(path: Path):
    try:
        return sf.info(str(path))
    except (sf.LibsndfileError, RuntimeError, ValueError, OSError, EOFError):
        problem = _describe_unreadable(path)
        raise AudioError(Message("{name}: {problem}", name=_name(path), problem=problem), _fix_for(problem)) from None


def _validate_header(path: Path, info: AudioInfo) -> None:
    if info.channels < 1:
        raise AudioError(Message("{name}: damaged header (0 channels)", name=_name(path)))
    if info.channels > MAX_CHANNELS:
        raise AudioError(
            Message("{name}: {channels} channels - export the vocal as a mono or stereo file",
                    name=_name(path), channels=info.channels),
            Message("export the vocal alone as a mono or stereo file (not the surround or multitrack mix)"),
        )
    if not MIN_SAMPLE_RATE <= info.sample_rate <= MAX_SAMPLE_RATE:
        raise AudioError(Message("{name}: implausible sample rate {sample_rate} Hz",
                                 name=_name(path), sample_rate=info.sample_rate))
    if info.frames <= 0:
        raise AudioError(Message("{name}: 0 samples (the file holds no audio)", name=_name(path)))


def probe(path: str | os.PathLike) -> AudioInfo:
    """Read the header only: format, rate, channels, length. Raises AudioError."""
    path = Path(path)
    _check_path(path)
    raw = _open_info(path)
    info = AudioInfo(
        path=str(path),
        format=str(raw.format),
        subtype=str(raw.subtype),
        sample_rate=int(raw.samplerate),
        channels=int(raw.channels),
        frames=int(raw.frames),
    )
    _validate_header(path, info)
    return info


def _read_frames(path: Path) -> tuple[np.ndarray, int]:
    try:
        # always_2d keeps channel handling uniform; soundfile opens the file read-only.
        data, sr = sf.read(str(path), dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError, ValueError, OSError, EOFError, MemoryError) as exc:
        if isinstance(exc, MemoryError):
            raise AudioError(Message("{name}: too large to load into memory", name=_name(path))) from None
        problem = _describe_unreadable(path)
        raise AudioError(Message("{name}: {problem}", name=_name(path), problem=problem), _fix_for(problem)) from None
    return data, int(sr)


def read_channels(path: str | os.PathLike) -> tuple[np.ndarray, int]:
    """All channels as float32 (frames, channels) at the file's own rate, validated. Raises AudioError."""
    path = Path(path)
    info = probe(path)
    data, sr = _read_frames(path)
    if data.shape[0] == 0:
        raise AudioError(Message("{name}: 0 samples (the audio data is missing or cut off)", name=_name(path)))
    if data.shape[0] < MIN_DURATION_S * sr:
        raise AudioError(
            Message("{name}: too short ({samples} sample(s), {ms:.1f} ms); needs at least {minimum:.0f} ms",
                    name=_name(path), samples=data.shape[0], ms=data.shape[0] / sr * 1000,
                    minimum=MIN_DURATION_S * 1000)
        )
    if not np.isfinite(data).all():
        bad = int(np.count_nonzero(~np.isfinite(data)))
        raise AudioError(Message("{name}: contains {bad} NaN or infinite samples (a damaged float file)",
                                 name=_name(path), bad=bad))
    if info.subtype.startswith("FLOAT") or info.subtype == "DOUBLE":
        # Float files may exceed full scale legitimately, but values far beyond it mean garbage data.
        peak = float(np.max(np.abs(data)))
        if peak > 1000.0:
            raise AudioError(Message("{name}: sample values up to {peak:.3g} (a damaged float file)",
                                     name=_name(path), peak=peak))
    return data, sr


def to_mono(data: np.ndarray, method: str = "average") -> np.ndarray:
    """Downmix (frames, channels) to (frames,) float32.

    "average" is the mean of all channels, "left"/"right" pick channel 0/1 (right falls back to the
    only channel of a mono file), "loudest" picks the channel with the highest RMS - useful when one
    side of a stereo recording holds only bleed.
    """
    if data.ndim == 1:
        return data.astype(np.float32, copy=False)
    if method not in MONO_METHODS:
        raise AudioError(Message("unknown mono downmix '{method}' (choose one of: {choices})",
                                 method=method, choices=', '.join(MONO_METHODS)))
    channels = data.shape[1]
    if channels == 1:
        return np.ascontiguousarray(data[:, 0], dtype=np.float32)
    if method == "left":
        return np.ascontiguousarray(data[:, 0], dtype=np.float32)
    if method == "right":
        return np.ascontiguousarray(data[:, 1], dtype=np.float32)
    if method == "loudest":
        energy = np.einsum("ij,ij->j", data, data, dtype=np.float64)
        return np.ascontiguousarray(data[:, int(np.argmax(energy))], dtype=np.float32)
    return data.mean(axis=1, dtype=np.float32)


def resample(audio: np.ndarray, sr_in: int, sr_out: int, quality: str = "HQ") -> np.ndarray:
    """Band-limited resampling with soxr; (frames,) or (frames, channels) float32 in and out."""
    if sr_in == sr_out:
        return audio.astype(np.float32, copy=False)
    if sr_in <= 0 or sr_out <= 0:
        raise AudioError(Message("cannot resample from {sr_in} Hz to {sr_out} Hz", sr_in=sr_in, sr_out=sr_out))
    out = soxr.resample(np.ascontiguousarray(audio, dtype=np.float32), sr_in, sr_out, quality=quality)
    return out.astype(np.float32, copy=False)


def load_audio(
    path: str | os.PathLike, sample_rate: int | None = None, mono: str | None = "average"
) -> tuple[np.ndarray, int]:
    """Decode `path` to float32; mono (frames,) unless `mono` is None, then (frames, channels).

    `sample_rate` resamples with soxr; None keeps the file's rate. Raises AudioError.
    """
    data, sr = read_channels(path)
    audio = to_mono(data, mono) if mono else data
    if sample_rate and sample_rate != sr:
        audio = resample(audio, sr, int(sample_rate))
        sr = int(sample_rate)
    return audio, sr


def save_audio(
    path: str | os.PathLike,
    audio: np.ndarray,
    sr: int,
    format: str | None = None,
    subtype: str | None = None,
    intact: str = "",
) -> Path:
    """Write audio atomically (temporary sibling, then replace); format from the extension.

    WAV defaults to 16-bit PCM (ample for training data and half the size of float); integer
    formats are clipped to full scale first so loud peaks do not wrap around.
    """
    path = Path(path)
    fmt = (format or WRITE_FORMATS.get(path.suffix.lower(), "")).upper()
    if not fmt:
        raise AudioError(Message("{name}: cannot write format {suffix} - use .wav or .flac",
                                 name=_name(path), suffix=path.suffix or '(none)'))
    audio = np.asarray(audio, dtype=np.float32)
    if audio.size == 0:
        raise AudioError(Message("{name}: refusing to write 0 samples", name=_name(path)))
    if not np.isfinite(audio).all():
        raise AudioError(Message("{name}: refusing to write NaN or infinite samples", name=_name(path)))
    if subtype is None:
        subtype = {"WAV": "PCM_16", "FLAC": "PCM_16", "AIFF": "PCM_16"}.get(fmt)
    if subtype is None or not subtype.upper().startswith(("FLOAT", "DOUBLE")):
        audio = np.clip(audio, -1.0, 1.0)
    needed = estimated_size(audio.shape[0], audio.shape[1] if audio.ndim > 1 else 1, subtype)
    try:
        # By path, not through a Python file object: libsndfile's writes stay in native code, so a Ctrl+C
        # takes effect when sf.write returns instead of being lost in a callback (and a full disk is reported).
        with atomic_path(path, needed=needed, intact=intact) as temporary:
            sf.write(temporary, audio, int(sr), format=fmt, subtype=subtype)
    except StorageError:
        raise
    except (sf.LibsndfileError, RuntimeError, ValueError, TypeError) as exc:
        raise AudioError(Message("{name}: could not write audio ({exc})", name=_name(path), exc=exc)) from None
    return path


def estimated_size(frames: int, channels: int, subtype: str | None) -> int:
    """Bytes a file of `frames` x `channels` takes at most in `subtype` (FLAC is smaller; this is its bound)."""
    width = {"PCM_16": 2, "PCM_24": 3, "PCM_32": 4, "FLOAT": 4, "DOUBLE": 8, "PCM_S8": 1, "PCM_U8": 1}
    return int(frames) * int(channels) * width.get((subtype or "PCM_16").upper(), 4) + 4096


def _seconds_text(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    minutes = seconds / 60
    return f"{minutes:.1f} min" if minutes < 120 else f"{minutes / 60:.1f} h"


def header_length_problem(path: str | os.PathLike) -> Message | None:
    """For a RIFF/WAVE file: its header's data size against the bytes the file holds, when they disagree.

    libsndfile reads what is there, so a copy cut off halfway (or a header claiming 2 GB) loads without a word;
    the user should hear that the file is not what it claims to be.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            block_align, rate, offset = 0, 0, 12
            while offset + 8 <= size:
                handle.seek(offset)
                chunk = handle.read(8)
                if len(chunk) < 8:
                    return None
                chunk_id, chunk_size = chunk[:4], int.from_bytes(chunk[4:8], "little")
                if chunk_id == b"fmt ":
                    fmt = handle.read(16)
                    if len(fmt) == 16:
                        rate = int.from_bytes(fmt[4:8], "little")
                        block_align = int.from_bytes(fmt[12:14], "little")
                elif chunk_id == b"data":
                    if not (rate and block_align):
                        return None
                    available = size - offset - 8
                    declared = chunk_size
                    bytes_per_second = rate * block_align
                    if declared > available + block_align:
                        return Message("cut short: the header says {declared}, the file holds {actual}",
                                       declared=_seconds_text(declared / bytes_per_second),
                                       actual=_seconds_text(max(available, 0) / bytes_per_second))
                    trailing = available - declared - (declared & 1)
                    if trailing >= bytes_per_second and not _chunks_follow(handle, offset + 8 + declared
                                                                           + (declared & 1), size):
                        return Message("longer than its header says: the header says {declared}, the file holds "
                                       "{actual} (only {declared} is read)",
                                       declared=_seconds_text(declared / bytes_per_second),
                                       actual=_seconds_text(available / bytes_per_second))
                    return None
                offset += 8 + chunk_size + (chunk_size & 1)
    except OSError:
        return None
    return None


def _chunks_follow(handle, offset: int, size: int) -> bool:
    """Whether what follows the data chunk is a well-formed chain of chunks (LIST, id3 ...), not stray audio."""
    while offset + 8 <= size:
        handle.seek(offset)
        chunk = handle.read(8)
        if len(chunk) < 8 or not all(32 <= b < 127 for b in chunk[:4]):
            return False
        offset += 8 + int.from_bytes(chunk[4:8], "little")
        offset += offset & 1
    return offset == size or offset == size + 1


_native_stderr_lock = threading.Lock()


@contextlib.contextmanager
def native_stderr_captured() -> Iterator[list[str]]:
    """Collect what native code (libsndfile's mpg123, libogg) prints to the process's stderr meanwhile.

    Decoders complain on fd 2, naming no file; the importer attaches these lines to the file they were about.
    Yields the list the lines are added to when the block ends. Where stderr has no file descriptor (a
    windowed app on Windows) nothing is captured.
    """
    lines: list[str] = []
    with _native_stderr_lock:
        try:
            sys.stderr.flush()
            saved = os.dup(2)
        except (OSError, ValueError, AttributeError):
            yield lines
            return
        with tempfile.TemporaryFile() as sink:
            os.dup2(sink.fileno(), 2)
            try:
                yield lines
            finally:
                with contextlib.suppress(OSError, ValueError, AttributeError):
                    sys.stderr.flush()
                os.dup2(saved, 2)
                os.close(saved)
                sink.seek(0)
                text = sink.read().decode("utf-8", errors="replace")
                lines.extend(line.strip() for line in text.splitlines() if line.strip())


def is_audio_path(path: str | os.PathLike) -> bool:
    """True for a file whose extension we read (used when importing whole folders)."""
    path = Path(path)
    return path.suffix.lower() in READ_EXTENSIONS and path.is_file()
