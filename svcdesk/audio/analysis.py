"""Per-file figures of a vocal dataset and the dataset report: totals, per-file status and
warnings that each carry the fix the user should make.

Figures are measured on the decoded original (all channels for peak, clipping and loudness; the
mono downmix for the frame-based ones). Near-duplicates come from `svcdesk.audio.fingerprint`.
"""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import numpy as np

from svcdesk.audio.fingerprint import Duplicate, audio_fingerprint, find_duplicates
from svcdesk.audio.io import read_channels, probe, to_mono
from svcdesk.errors import AudioError
from svcdesk.events import Notice, Progress
from svcdesk.messages import Message, error_message

if TYPE_CHECKING:  # pragma: no cover
    from svcdesk.project import Project

CLIP_LEVEL = 0.999  # |x| at or above this is a clipped sample (int16 full scale is 0.99997)
SILENCE_DBFS = -40.0  # frames quieter than this count as silence (the slicer's default threshold)
FRAME_S = 0.02
MIN_DATASET_MINUTES = 10.0
CLIPPING_WARN_RATIO = 0.0005
NOISY_SNR_DB = 30.0
DC_WARN = 0.01
QUIET_PEAK_DBFS = -20.0
LONG_FILE_S = 30.0
# A take with this much of its energy under BASS_HZ and almost no silence is a song with music, not a vocal:
# voices (even low ones, high-passed) put little below 120 Hz, bass and kick drum a great deal.
BASS_HZ = 120.0
MIX_BASS_SHARE = 0.15
MIX_SILENCE_RATIO = 0.1
COARSE_SUBTYPES = {  # the encoding, in words
    "PCM_S8": Message("8-bit"), "PCM_U8": Message("8-bit"),
    "ULAW": Message("8-bit mu-law"), "ALAW": Message("8-bit A-law"),
    "IMA_ADPCM": Message("4-bit ADPCM"), "MS_ADPCM": Message("4-bit ADPCM"), "G721_32": Message("4-bit G.721"),
}
_DB_FLOOR = -120.0


@dataclass(frozen=True)
class FileAnalysis:
    """What the Dataset page shows for one file. dB values are dBFS; `lufs` is None for silence."""

    path: str
    format: str
    subtype: str
    duration_s: float
    sample_rate: int
    channels: int
    peak_dbfs: float
    lufs: float | None
    clipped_ratio: float
    silence_ratio: float
    noise_floor_dbfs: float
    snr_db: float
    dc_offset: float
    bass_share: float = 0.0  # of the energy below BASS_HZ: music behind the voice shows here
    fingerprint: np.ndarray = field(repr=False, compare=False, default_factory=lambda: np.zeros((0, 2), np.uint32))

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("fingerprint")
        data.pop("path")  # the manifest stays valid when the project folder moves
        return {k: (round(v, 6) if isinstance(v, float) else v) for k, v in data.items()}


@dataclass(frozen=True)
class FileAnalysed:
    """Event: one file's figures are ready (the fingerprint stays in the core)."""

    path: str
    figures: dict


def _frame_db(mono: np.ndarray, sr: int) -> np.ndarray:
    """RMS of consecutive 20 ms frames in dBFS, floored at -120 dB."""
    hop = max(1, int(round(FRAME_S * sr)))
    usable = (mono.shape[0] // hop) * hop
    if usable == 0:
        usable, hop = mono.shape[0], mono.shape[0]
    frames = mono[:usable].reshape(-1, hop)
    mean_square = np.einsum("ij,ij->i", frames, frames, dtype=np.float64) / hop
    with np.errstate(divide="ignore"):
        return np.maximum(10.0 * np.log10(mean_square), _DB_FLOOR)


def noise_and_snr(frame_db: np.ndarray) -> tuple[float, float]:
    """(noise floor, SNR) in dB: the 10th and 95th percentiles of frame levels.

    Frames of digital silence (edited-out pauses) are left out so they do not hide the noise
    under the singing; a file that is all digital silence has no measurable noise.
    """
    live = frame_db[frame_db > _DB_FLOOR + 1.0]
    if live.size == 0:
        return _DB_FLOOR, 0.0
    floor = float(np.percentile(live, 10))
    signal = float(np.percentile(live, 95))
    return floor, signal - floor


def measure(data: np.ndarray, sr: int, mono_method: str = "average") -> dict:
    """The figures of decoded audio (frames, channels) as a dict (no I/O)."""
    from svcdesk.audio.processing import integrated_lufs

    peak = float(np.max(np.abs(data)))
    mono = to_mono(data, mono_method)
    dc = float(np.mean(mono, dtype=np.float64))
    # Levels are measured without the DC offset: it is reported on its own and is not "sound".
    frame_db = _frame_db(mono - np.float32(dc), sr)
    floor, snr = noise_and_snr(frame_db)
    # pyloudnorm weights at most 5 channels (BS.1770 layout); wider files are measured as a downmix.
    loudness = integrated_lufs(data if data.shape[1] <= 5 else mono, sr)
    return {
        "peak_dbfs": 20.0 * math.log10(peak) if peak > 0 else _DB_FLOOR,
        "lufs": loudness if math.isfinite(loudness) else None,
        "clipped_ratio": float(np.count_nonzero(np.abs(data) >= CLIP_LEVEL)) / data.size,
        "silence_ratio": float(np.mean(frame_db < SILENCE_DBFS)),
        "noise_floor_dbfs": floor,
        "snr_db": snr,
        "dc_offset": dc,
        "bass_share": bass_share(mono - np.float32(dc), sr),
    }


def bass_share(mono: np.ndarray, sr: int) -> float:
    """The share of the signal's energy below BASS_HZ (Welch spectrum: one pass, a few kB whatever the length)."""
    from scipy import signal

    if len(mono) < 256:
        return 0.0
    freqs, power = signal.welch(mono, fs=sr, nperseg=min(8192, len(mono)))
    total = float(power.sum())
    return float(power[freqs < BASS_HZ].sum() / total) if total > 0 else 0.0


def looks_like_mix(figures: dict) -> bool:
    """Whether a file's figures say it is a song with music rather than a solo vocal."""
    return figures.get("bass_share", 0.0) > MIX_BASS_SHARE and figures.get("silence_ratio", 1.0) < MIX_SILENCE_RATIO


def analyse_file(path: str | os.PathLike, mono: str = "average") -> FileAnalysis:
    """Decode `path` and measure it. Raises AudioError for unreadable files."""
    path = Path(path)
    info = probe(path)
    data, sr = read_channels(path)
    figures = measure(data, sr, mono)
    return FileAnalysis(
        path=str(path),
        format=info.format,
        subtype=info.subtype,
        duration_s=data.shape[0] / sr,
        sample_rate=sr,
        channels=data.shape[1],
        fingerprint=audio_fingerprint(to_mono(data, mono), sr),
        **figures,
    )


def analyse_paths(paths: Iterable[str | os.PathLike], mono: str = "average") -> Iterator[Progress | Notice | FileAnalysed]:
    """Analyse files outside a project, one event per file; broken files become error Notices."""
    paths = [Path(p) for p in paths]
    for done, path in enumerate(paths):
        yield Progress(done, len(paths), Message("analysing {name}", name=path.name))
        try:
            result = analyse_file(path, mono)
        except AudioError as exc:
            yield Notice("error", error_message(exc), subject=str(path))
            continue
        yield FileAnalysed(str(path), result.to_dict())
    yield Progress(len(paths), len(paths), Message("analysis finished"))


def save_fingerprint(path: Path, fingerprint: np.ndarray) -> None:
    from svcdesk.utils.atomic import atomic_open

    with atomic_open(path, "wb") as handle:
        np.save(handle, np.asarray(fingerprint, dtype=np.uint32), allow_pickle=False)


def load_fingerprint(path: Path) -> np.ndarray | None:
    try:
        with open(path, "rb") as handle:
            data = np.load(handle, allow_pickle=False)
    except (OSError, ValueError):
        return None
    return data.astype(np.uint32, copy=False) if data.ndim == 2 and data.shape[1] == 2 else None


# -- dataset report ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FileStatus:
    """One row of the dataset table: figures plus 'ok' | 'warning' | 'error' and the reasons."""

    file_id: str
    name: str
    included: bool
    status: str
    reasons: tuple[str, ...]
    figures: dict
    segment_count: int
    segment_seconds: float


@dataclass(frozen=True)
class DatasetReport:
    files: tuple[FileStatus, ...]
    warnings: tuple[Notice, ...]
    duplicates: tuple[Duplicate, ...]
    total_seconds: float  # every file
    included_seconds: float  # included files
    segment_count: int  # included segments of included files
    segment_seconds: float

    def to_dict(self) -> dict:
        return {
            "total_seconds": round(self.total_seconds, 3),
            "included_seconds": round(self.included_seconds, 3),
            "segment_count": self.segment_count,
            "segment_seconds": round(self.segment_seconds, 3),
            "files": [asdict(f) | {"reasons": list(f.reasons)} for f in self.files],
            "warnings": [asdict(w) for w in self.warnings],
            "duplicates": [asdict(d) for d in self.duplicates],
        }


#: The shortest piece training uses (TrainingConfig.min_clip_seconds): a file shorter than this adds nothing.
SHORTEST_USEFUL_SECONDS = 0.75


@dataclass(frozen=True)
class ImportProblem:
    """What an import says about a file it analysed: level "error" refuses it, "warning" keeps it."""

    level: str
    message: Message
    fix: Message


def import_problems(name: str, figures: dict) -> list[ImportProblem]:
    """Problems worth telling at import, from the file's figures (digital silence is refused)."""
    found: list[ImportProblem] = []
    peak = figures.get("peak_dbfs")
    if isinstance(peak, (int, float)) and peak <= _DB_FLOOR:
        found.append(ImportProblem(
            "error", Message("{name}: digital silence from start to end: nothing to learn from", name=name),
            Message("check the recording: a muted track, the wrong input, or an export of an empty range")))
        return found
    duration = figures.get("duration_s")
    if isinstance(duration, (int, float)) and duration < SHORTEST_USEFUL_SECONDS:
        found.append(ImportProblem(
            "warning", Message("{name}: only {seconds:.2f} s long; training uses pieces of at least {minimum:.2f} s, "
                               "so this file adds nothing", name=name, seconds=duration,
                               minimum=SHORTEST_USEFUL_SECONDS),
            Message("import a longer take, or remove this one")))
    return found


def file_warnings(figures: dict, model_rate: int, long_and_unsliced: bool) -> list[tuple[str, str]]:
    """(problem, fix) pairs for one analysed file."""
    found: list[tuple[str, str]] = []
    if figures.get("clipped_ratio", 0.0) > CLIPPING_WARN_RATIO:
        found.append((
            Message("clipping: {percent:.2f}% of samples at full scale", percent=figures["clipped_ratio"] * 100),
            Message("re-export or re-record at a lower level; clipped audio teaches the model distortion"),
        ))
    if figures.get("sample_rate", model_rate) < model_rate:
        found.append((
            Message("sample rate {rate} Hz is below the model's {model_rate} Hz",
                    rate=figures["sample_rate"], model_rate=model_rate),
            Message("use the original recording at {model_rate} Hz or higher, or a {lower_rate} Hz project",
                    model_rate=model_rate, lower_rate=32000 if model_rate > 32000 else model_rate),
        ))
    if figures.get("snr_db", 99.0) < NOISY_SNR_DB and figures.get("noise_floor_dbfs", _DB_FLOOR) > -70.0:
        found.append((
            Message("noisy: about {snr:.0f} dB between voice and noise floor", snr=figures["snr_db"]),
            Message("denoise the file (or record again in a quieter room), or exclude it"),
        ))
    if abs(figures.get("dc_offset", 0.0)) > DC_WARN:
        found.append((
            Message("DC offset {offset:+.3f}", offset=figures["dc_offset"]),
            Message("keep the 48 Hz high-pass on in the Slicer; it removes the offset"),
        ))
    if figures.get("subtype") in COARSE_SUBTYPES:
        found.append((
            Message("{encoding} audio: audible quantisation noise", encoding=COARSE_SUBTYPES[figures["subtype"]]),
            Message("export the recording again as 16- or 24-bit WAV/FLAC"),
        ))
    if figures.get("peak_dbfs", 0.0) < QUIET_PEAK_DBFS:
        found.append((
            Message("very quiet: peak {peak:.1f} dBFS", peak=figures["peak_dbfs"]),
            Message("use peak or LUFS normalisation in the Slicer"),
        ))
    if looks_like_mix(figures):
        found.append((
            Message("sounds like a song with music ({percent:.0f}% of its energy is bass, and it is never silent)",
                    percent=figures["bass_share"] * 100),
            Message("separate the vocal: select the file and press Separate vocal (the original stays in raw/)"),
        ))
    if long_and_unsliced:
        found.append((
            Message("long file ({minutes:.1f} min) is not sliced yet", minutes=figures.get("duration_s", 0.0) / 60),
            Message("run the Slicer: training needs segments of a few seconds"),
        ))
    return found


def build_dataset_report(project: "Project") -> DatasetReport:
    """Totals, per-file status and warnings (each with its fix) for a project."""
    fingerprints: dict[str, np.ndarray] = {}
    for entry in project.files:
        if entry.analysis and "error" not in entry.analysis:
            fp = load_fingerprint(project.fingerprint_path(entry.id))
            if fp is None:
                try:
                    data, sr = read_channels(entry.raw_path)
                except AudioError:
                    continue
                fp = audio_fingerprint(to_mono(data, project.slicing_config.mono), sr)
                save_fingerprint(project.fingerprint_path(entry.id), fp)
            if entry.included:
                fingerprints[entry.id] = fp
    duplicates = tuple(find_duplicates(fingerprints))
    duplicate_of: dict[str, list[str]] = {}
    names = {f.id: f.name for f in project.files}
    for dup in duplicates:
        duplicate_of.setdefault(dup.a, []).append(names.get(dup.b, dup.b))
        duplicate_of.setdefault(dup.b, []).append(names.get(dup.a, dup.a))

    max_len = project.slicing_config.max_length_s
    rows: list[FileStatus] = []
    warnings: list[Notice] = []
    for entry in project.files:
        segments = [s for s in project.segments_of(entry.id) if s.included]
        figures = dict(entry.analysis or {})
        if not entry.analysis:
            status, reasons = "warning", [Message("not analysed yet")]
        elif "error" in figures:
            problem = Message.from_json(figures.pop("error_message", None), figures["error"])
            status, reasons = "error", [problem]
            warnings.append(Notice("error", Message("{name}: {problem}", name=entry.name, problem=problem),
                                   Message("convert it to WAV/FLAC or remove it"), entry.id))
        else:
            long_unsliced = figures.get("duration_s", 0.0) > max(LONG_FILE_S, max_len) and not segments
            problems = file_warnings(figures, project.sample_rate, long_unsliced)
            for other in duplicate_of.get(entry.id, []):
                problems.append((Message("near-duplicate of {other}", other=other),
                                 Message("exclude one of the two so the model does not overfit it")))
            status = "warning" if problems else "ok"
            reasons = [p for p, _ in problems]
            if entry.separation:
                removed = separation_note(project, entry)
                reasons.append(removed)
                warnings.append(Notice("info", Message("{name}: {problem}", name=entry.name, problem=removed), "",
                                       entry.id))
            if entry.included:
                warnings.extend(Notice("warning", Message("{name}: {problem}",
                                                          name=entry.name, problem=p), fix, entry.id)
                                for p, fix in problems)
        rows.append(FileStatus(
            file_id=entry.id,
            name=entry.name,
            included=entry.included,
            status=status,
            reasons=tuple(reasons),
            figures=figures,
            segment_count=len(segments),
            segment_seconds=float(sum(s.duration_s for s in segments)),
        ))

    included_ids = {f.id for f in project.files if f.included}
    total = float(sum(f.duration_s for f in project.files))
    included = float(sum(f.duration_s for f in project.files if f.included))
    kept = [s for s in project.segments if s.included and s.file_id in included_ids]
    warnings[:0] = dataset_warnings(len(included_ids), included, demo=bool(project.manifest.get("demo")))
    return DatasetReport(
        files=tuple(rows),
        warnings=tuple(warnings),
        duplicates=duplicates,
        total_seconds=total,
        included_seconds=included,
        segment_count=len(kept),
        segment_seconds=float(sum(s.duration_s for s in kept)),
    )


def separation_note(project: "Project", entry) -> Message:
    """What the QA says of a separated vocal: which file it came from and how much music was taken out."""
    source = next((f.name for f in project.files if f.id == entry.separation.get("from")), "")
    return Message("vocal separated from {source}: {percent:.0f}% of that file's energy was music and was removed",
                   source=source or entry.separation.get("from", "?"),
                   percent=100.0 * min(1.0, float(entry.separation.get("music_share", 0.0))))


def dataset_warnings(included_files: int, included_seconds: float, demo: bool = False) -> list[Notice]:
    """Warnings about the dataset as a whole. The demo project is short on purpose: it is told, not warned."""
    if included_files == 0:
        return [Notice("error", Message("no audio is included in the dataset"),
                       Message("import vocal recordings (WAV or FLAC)"))]
    minutes = included_seconds / 60.0
    if demo:
        return [Notice(
            "info",
            Message("the demo singer has {minutes:.1f} min of synthetic audio: enough to show training, as "
                    "expected for the demo; a voice of your own needs at least {needed:.0f} min",
                    minutes=minutes, needed=MIN_DATASET_MINUTES),
            Message("nothing to fix for the demo; for your own voice, create a project from your vocals"),
        )]
    if minutes < MIN_DATASET_MINUTES:
        return [Notice(
            "warning",
            Message("only {minutes:.1f} min of audio; a voice model needs at least {needed:.0f} min",
                    minutes=minutes, needed=MIN_DATASET_MINUTES),
            Message("add more clean, dry vocal recordings (10-30 min of singing trains a good model)"),
        )]
    return []
