"""A voice project on disk: `project.json` (schema-versioned, written atomically) and its folders.

    MyVoice/  project.json  raw/  segments/  cache/  runs/<run>/  exports/

Originals are copied into raw/ and never written again. Keys of the manifest this module does
not know (other parts of the app may add theirs) are kept when saving.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import hashlib
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from svcdesk.audio import segment_edits
from svcdesk.audio.io import READ_EXTENSIONS, probe
from svcdesk.audio.segment_edits import Plan, Region
from svcdesk.config import SlicingConfig, from_dict, to_dict
from svcdesk.errors import AudioError, ProjectError
from svcdesk.events import Notice, Progress
from svcdesk.messages import Message, error_message
from svcdesk.utils.atomic import atomic_open, read_json, write_json_atomic

log = logging.getLogger("svcdesk.project")

SCHEMA_VERSION = 1
MANIFEST_NAME = "project.json"
SAMPLE_RATES = (32000, 40000, 48000)
FOLDERS = ("raw", "segments", "cache", "runs", "exports")


def _inside(root: Path, relative: str) -> Path:
    """`root / relative`, refusing manifest paths that point outside the project: a shared
    project.json must not be able to make remove_file() delete files elsewhere."""
    candidate = Path(relative)
    if candidate.is_absolute() or candidate.drive or ".." in candidate.parts:
        raise ProjectError(Message("project.json names a file outside the project: {relative}", relative=relative))
    return root / candidate


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class FileEntry:
    """An imported original. `raw_path` is the copy in raw/ (absolute); `analysis` holds the
    figures of svcdesk.audio.analysis.FileAnalysis as a dict (None until analysed)."""

    id: str
    raw_path: Path
    original_path: str
    sha256: str
    size: int
    included: bool = True
    imported_at: str = ""
    analysis: dict | None = None
    plan: Plan | None = None  # hand-edited slice plan; None means "as the slicer proposes"
    sliced_with: str = ""  # config key of the slicing settings of the last export
    # A vocal separated from another file of the project: {"from": file id, "music_share": 0..1, "model": key}.
    separation: dict | None = None

    @property
    def name(self) -> str:
        return self.raw_path.name

    @property
    def duration_s(self) -> float:
        return float((self.analysis or {}).get("duration_s", 0.0))

    def to_json(self, root: Path) -> dict:
        return {
            "id": self.id,
            "raw": self.raw_path.relative_to(root).as_posix(),
            "original_path": self.original_path,
            "sha256": self.sha256,
            "size": self.size,
            "included": self.included,
            "imported_at": self.imported_at,
            "analysis": self.analysis,
            "plan": None if self.plan is None else [r.to_dict() for r in self.plan],
            "sliced_with": self.sliced_with,
            **({"separation": self.separation} if self.separation else {}),
        }

    @classmethod
    def from_json(cls, root: Path, data: dict) -> "FileEntry":
        plan = data.get("plan")
        return cls(
            id=str(data["id"]),
            raw_path=_inside(root, data["raw"]),
            original_path=str(data.get("original_path", "")),
            sha256=str(data.get("sha256", "")),
            size=int(data.get("size", 0)),
            included=bool(data.get("included", True)),
            imported_at=str(data.get("imported_at", "")),
            analysis=data.get("analysis"),
            plan=None if plan is None else tuple(Region.from_dict(r) for r in plan),
            sliced_with=str(data.get("sliced_with", "")),
            separation=data.get("separation") if isinstance(data.get("separation"), dict) else None,
        )


@dataclass
class SegmentEntry:
    """An exported training segment (project rate, mono) cut from file `file_id`."""

    id: str
    file_id: str
    index: int
    start_s: float
    end_s: float
    path: Path
    included: bool = True

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s

    def to_json(self, root: Path) -> dict:
        return {
            "id": self.id,
            "file_id": self.file_id,
            "index": self.index,
            "start_s": round(self.start_s, 6),
            "end_s": round(self.end_s, 6),
            "path": self.path.relative_to(root).as_posix(),
            "included": self.included,
        }

    @classmethod
    def from_json(cls, root: Path, data: dict) -> "SegmentEntry":
        return cls(
            id=str(data["id"]),
            file_id=str(data["file_id"]),
            index=int(data["index"]),
            start_s=float(data["start_s"]),
            end_s=float(data["end_s"]),
            path=_inside(root, data["path"]),
            included=bool(data.get("included", True)),
        )


@dataclass(frozen=True)
class FileImported:
    """One original is in raw/ (and analysed when asked)."""

    file_id: str
    name: str
    original_path: str


@dataclass(frozen=True)
class FileSliced:
    """All segments of one file are exported and the manifest is saved."""

    file_id: str
    name: str
    segment_count: int
    kept_seconds: float
    dropped_seconds: float


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: Files systems and tools leave in folders; never the user's audio, so skipped without counting.
SYSTEM_FILES = (".ds_store", "thumbs.db", "desktop.ini", ".directory")
TEXT_EXTENSIONS = (".txt", ".md", ".json", ".csv", ".lab", ".srt", ".lrc", ".ini", ".cfg", ".log", ".xml", ".yaml")
#: Why a folder import passed over a path, for the summary line: kind -> its phrase for a count.
SKIP_KINDS = {
    "text": lambda n: Message("{count} text file", count=n) if n == 1 else Message("{count} text files", count=n),
    "other": lambda n: (Message("{count} file that is not audio", count=n) if n == 1
                        else Message("{count} files that are not audio", count=n)),
    "broken-link": lambda n: (Message("{count} broken link", count=n) if n == 1
                              else Message("{count} broken links", count=n)),
    "link-loop": lambda n: (Message("{count} link loop", count=n) if n == 1
                            else Message("{count} link loops", count=n)),
    "audio-named-folder": lambda n: (Message("{count} folder named like an audio file", count=n) if n == 1
                                     else Message("{count} folders named like audio files", count=n)),
    "unreadable-folder": lambda n: (Message("{count} folder that cannot be read", count=n) if n == 1
                                    else Message("{count} folders that cannot be read", count=n)),
}


@dataclass(frozen=True)
class ScannedInputs:
    """What an import was given: the files to try, and what the folder walk passed over (path, SKIP_KINDS key)."""

    files: tuple[Path, ...]
    skipped: tuple[tuple[Path, str], ...] = ()


def _skip_kind(path: Path) -> str | None:
    """Why a path found inside a folder is not imported (None: it is an audio file to try)."""
    if path.is_symlink():
        try:
            path.stat()
        except FileNotFoundError:
            return "broken-link"
        except OSError as exc:
            return "link-loop" if exc.errno == errno.ELOOP else "broken-link"
    if path.is_dir():
        return "audio-named-folder" if path.suffix.lower() in READ_EXTENSIONS else None
    if path.suffix.lower() in READ_EXTENSIONS:
        return None
    if path.name.lower() in SYSTEM_FILES or path.name.startswith("._"):
        return "system"
    return "text" if path.suffix.lower() in TEXT_EXTENSIONS else "other"


def scan_inputs(paths: Iterable[str | os.PathLike]) -> ScannedInputs:
    """Files as given (each is tried, so a wrong one is named with its reason) plus the audio files inside given
    folders, sorted by path; what a folder walk passes over is kept with the reason for the summary."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if not (path.is_dir() and path.suffix.lower() not in READ_EXTENSIONS):
            # A folder that merely looks like audio ("take.wav/") is passed on so probe can say so.
            files.append(path)
            continue
        found: list[Path] = []

        def unreadable(error: OSError, top=path) -> None:
            skipped.append((Path(error.filename or top), "unreadable-folder"))

        # followlinks=False: a linked folder could loop or leave the folder the user chose.
        for folder, folders, names in os.walk(path, onerror=unreadable, followlinks=False):
            here = Path(folder)
            for name in folders:
                kind = _skip_kind(here / name)
                if kind is not None:
                    skipped.append((here / name, kind))
            for name in names:
                kind = _skip_kind(here / name)
                if kind is None:
                    found.append(here / name)
                elif kind != "system":
                    skipped.append((here / name, kind))
        files.extend(sorted(found, key=lambda p: str(p).lower()))
    return ScannedInputs(tuple(files), tuple(skipped))


def expand_inputs(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The files an import of `paths` tries (see scan_inputs)."""
    return list(scan_inputs(paths).files)


def _joined(parts: Sequence[Message], semicolons: bool = False) -> Message:
    """"a, b, c" (or "a; b; c") as nested Messages, so each part is translated on its own."""
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = (Message("{first}; {rest}", first=part, rest=result) if semicolons
                  else Message("{first}, {rest}", first=part, rest=result))
    return result


def import_summary(imported: int, refused: int, already: int, skipped: Sequence[tuple[Path, str]]) -> Message:
    """"imported 12 files; 2 refused; skipped 4: 1 text file, 2 broken links, 1 link loop"."""
    parts = [Message("imported {count} file", count=imported) if imported == 1
             else Message("imported {count} files", count=imported)]
    if refused:
        parts.append(Message("{count} refused (see above)", count=refused))
    if already:
        parts.append(Message("{count} already in the project", count=already))
    if skipped:
        kinds = [kind for _, kind in skipped]
        reasons = [phrase(kinds.count(kind)) for kind, phrase in SKIP_KINDS.items() if kind in kinds]
        parts.append(Message("skipped {count}: {reasons}", count=len(skipped), reasons=_joined(reasons)))
    return _joined(parts, semicolons=True)


class Project:
    """A project folder. Use `Project.create(path)` or `Project.open(path)`; call `save()` after
    changing entries (the import and slicing generators save by themselves)."""

    def __init__(self, root: Path, manifest: dict):
        # Absolute, so a later change of working folder (the GUI's file dialogs) cannot break paths.
        self.root = Path(root).expanduser().absolute()
        self.manifest = manifest
        self.files: list[FileEntry] = [FileEntry.from_json(self.root, f) for f in manifest.get("files", [])]
        self.segments: list[SegmentEntry] = [SegmentEntry.from_json(self.root, s) for s in manifest.get("segments", [])]

    # -- creating and opening -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, name: str | None = None, sample_rate: int = 40000) -> "Project":
        root = Path(path)
        if sample_rate not in SAMPLE_RATES:
            raise ProjectError(Message("sample rate {rate} Hz is not one RVC models use ({rates})",
                                       rate=sample_rate, rates=', '.join(map(str, SAMPLE_RATES))))
        if (root / MANIFEST_NAME).exists():
            raise ProjectError(Message("{root} already holds a project; open it instead", root=root))
        if root.exists() and not root.is_dir():
            raise ProjectError(Message("{root} is a file, not a folder", root=root))
        if root.is_dir() and any(root.iterdir()):
            raise ProjectError(Message("{root} is not empty; choose a new or empty folder for the project",
                                       root=root))
        try:
            for folder in FOLDERS:
                (root / folder).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectError(Message("cannot create the project folder {root}: {strerror}",
                                       root=root, strerror=exc.strerror or exc)) from None
        manifest = {
            "schema_version": SCHEMA_VERSION,
            "app": "svcdesk",
            "name": name or root.name,
            "sample_rate": int(sample_rate),
            "created": _now(),
            "next_file_number": 1,
            "settings": {"slicing": to_dict(SlicingConfig())},
            "files": [],
            "segments": [],
        }
        project = cls(root, manifest)
        project.save()
        return project

    @classmethod
    def open(cls, path: str | os.PathLike) -> "Project":
        root = Path(path)
        if root.name == MANIFEST_NAME and root.is_file():
            root = root.parent
        manifest_path = root / MANIFEST_NAME
        if not manifest_path.is_file():
            raise ProjectError(Message("{root} is not an svcdesk project (no {manifest})",
                                       root=root, manifest=MANIFEST_NAME))
        try:
            manifest = read_json(manifest_path)
        except (OSError, ValueError) as exc:
            raise ProjectError(Message("{manifest_path} is damaged and cannot be read ({exc})",
                                       manifest_path=manifest_path, exc=exc)) from None
        if not isinstance(manifest, dict) or "schema_version" not in manifest:
            raise ProjectError(Message("{manifest_path} is not an svcdesk project file", manifest_path=manifest_path))
        version = manifest["schema_version"]
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise ProjectError(Message("{name} was made by a newer svcdesk (project format {version}); update svcdesk",
                                       name=root.name, version=version))
        for folder in FOLDERS:
            (root / folder).mkdir(exist_ok=True)
        try:
            return cls(root, manifest)
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectError(Message("{manifest_path} has a damaged entry ({exc})",
                                       manifest_path=manifest_path, exc=exc)) from None

    def save(self) -> None:
        """Write project.json atomically; unknown manifest keys are preserved."""
        self.manifest["schema_version"] = SCHEMA_VERSION
        self.manifest["files"] = [f.to_json(self.root) for f in self.files]
        self.manifest["segments"] = [s.to_json(self.root) for s in self.segments]
        self.manifest["modified"] = _now()
        write_json_atomic(self.root / MANIFEST_NAME, self.manifest)

    # -- folders and simple properties ----------------------------------------------------------
    @property
    def name(self) -> str:
        return str(self.manifest.get("name", self.root.name))

    @property
    def sample_rate(self) -> int:
        return int(self.manifest["sample_rate"])

    @property
    def raw_dir(self) -> Path:
        return self.root / "raw"

    @property
    def segments_dir(self) -> Path:
        return self.root / "segments"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def runs_dir(self) -> Path:
        return self.root / "runs"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    @property
    def settings(self) -> dict:
        return self.manifest.setdefault("settings", {})

    @property
    def slicing_config(self) -> SlicingConfig:
        return from_dict(SlicingConfig, self.settings.get("slicing", {}))

    def set_slicing_config(self, config: SlicingConfig) -> None:
        """Store the slicing settings (call save() to persist)."""
        from svcdesk.audio.slicer import validate_config

        validate_config(config)
        self.settings["slicing"] = to_dict(config)

    # -- files ----------------------------------------------------------------------------------
    def file(self, file_id: str) -> FileEntry:
        for entry in self.files:
            if entry.id == file_id:
                return entry
        raise ProjectError(Message("no file with id {file_id} in project {name}", file_id=file_id, name=self.name))

    @property
    def included_files(self) -> list[FileEntry]:
        return [f for f in self.files if f.included]

    def set_file_included(self, file_id: str, included: bool) -> None:
        """Include or exclude a file (and its segments) from training; saves."""
        self.file(file_id).included = bool(included)
        self.save()

    def remove_file(self, file_id: str) -> None:
        """Forget a file: its raw copy and segments are deleted (the user's original is not touched)."""
        entry = self.file(file_id)
        for segment in self.segments_of(file_id):
            with contextlib.suppress(FileNotFoundError):
                segment.path.unlink()
        self.segments = [s for s in self.segments if s.file_id != file_id]
        self.files.remove(entry)
        self.save()
        with contextlib.suppress(FileNotFoundError):
            entry.raw_path.unlink()

    def _new_file_id(self) -> str:
        number = int(self.manifest.get("next_file_number", len(self.files) + 1))
        self.manifest["next_file_number"] = number + 1
        return f"f{number:04d}"

    def _raw_target(self, original: Path) -> Path:
        target = self.raw_dir / original.name
        counter = 2
        while target.exists():
            target = self.raw_dir / f"{original.stem} ({counter}){original.suffix}"
            counter += 1
        return target

    def _copy_original(self, source: Path) -> Path:
        """Copy into raw/ atomically, so a cancel never leaves half a file there."""
        target = self._raw_target(source)
        with open(source, "rb") as src, atomic_open(target, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        return target

    def import_files(
        self, paths: Iterable[str | os.PathLike], analyse: bool = True
    ) -> Iterator[Progress | Notice | FileImported]:
        """Copy originals (files or folders of audio) into raw/, analyse them, save after each.

        A broken or unsupported file becomes a Notice("error") with the fix for its cause and the import goes
        on; a file kept with a problem (very short, cut short, decoder complaints) gets a warning; a file
        whose content is already in the project is skipped. The last event is a summary Notice that also
        counts what a folder walk passed over and why.
        """
        from svcdesk.audio.io import native_stderr_captured

        scanned = scan_inputs(paths)
        sources = list(scanned.files)
        known = {f.sha256: f for f in self.files}
        total = len(sources)
        counts = {"imported": 0, "refused": 0, "already": 0}
        for done, source in enumerate(sources):
            yield Progress(done, total, Message("importing {name}", name=source.name))
            notes: list[Notice] = []
            with native_stderr_captured() as decoder_lines:
                outcome = yield from self._import_one(source, known, analyse, done, total, notes)
            if decoder_lines:
                log.info("decoder messages for %s: %s", source, " | ".join(decoder_lines))
                yield Notice("warning", Message("{name}: the decoder reported: {text}", name=source.name,
                                                text="; ".join(decoder_lines[:3])[:300]),
                             Message("if it sounds wrong, export the file again as WAV or FLAC"), str(source))
            yield from notes
            counts[outcome] += 1
        summary = import_summary(counts["imported"], counts["refused"], counts["already"], scanned.skipped)
        if scanned.skipped:
            log.info("import skipped: %s", "; ".join(f"{path} ({kind})" for path, kind in scanned.skipped))
        yield Notice("info" if not (counts["refused"] or scanned.skipped) else "warning", summary, "", "import")
        yield Progress(total, total, Message("import finished"))

    def _import_one(self, source: Path, known: dict, analyse: bool, done: int, total: int,
                    notes: list[Notice]) -> Iterator[object]:
        """Import one file; returns imported | refused | already. Refusals and warnings go to `notes`."""
        from svcdesk.audio.analysis import import_problems
        from svcdesk.audio.io import FIX_CONVERT, header_length_problem

        try:
            probe(source)
            digest = _sha256(source)
        except AudioError as exc:
            notes.append(Notice("error", error_message(exc), getattr(exc, "fix", "") or FIX_CONVERT, str(source)))
            return "refused"
        except OSError as exc:
            notes.append(Notice("error", Message("{name}: cannot be read ({strerror})", name=source.name,
                                                 strerror=exc.strerror or exc),
                                Message("check that the drive is connected and the file can be opened"),
                                str(source)))
            return "refused"
        if digest in known:
            notes.append(Notice("warning", Message("{name} is already in the project as {existing}; skipped",
                                                   name=source.name, existing=known[digest].name), "", str(source)))
            return "already"
        length_problem = header_length_problem(source)
        raw_path: Path | None = None
        try:
            raw_path = self._copy_original(source)
            entry = FileEntry(
                id=self._new_file_id(),
                raw_path=raw_path,
                original_path=str(source.resolve()),
                sha256=digest,
                size=raw_path.stat().st_size,
                imported_at=_now(),
            )
            if analyse:
                yield Progress(done, total, Message("analysing {name}", name=source.name))
                self._analyse_entry(entry)
                problems = import_problems(entry.name, entry.analysis or {})
                refusal = next((problem for problem in problems if problem.level == "error"), None)
                if refusal is not None:
                    self._discard_copy(raw_path)
                    notes.append(Notice("error", refusal.message, refusal.fix, str(source)))
                    return "refused"
                notes.extend(Notice(problem.level, problem.message, problem.fix, str(source))
                             for problem in problems)
            if length_problem is not None:
                notes.append(Notice("warning", Message("{name}: {problem}", name=source.name, problem=length_problem),
                                    Message("export the recording again (the copy was probably interrupted); "
                                            "the part that is there is imported"), str(source)))
            self.files.append(entry)
            self.save()
        except AudioError as exc:
            # The header was fine but the samples are not (NaN, cut off): keep nothing.
            self._discard_copy(raw_path)
            notes.append(Notice("error", error_message(exc),
                                getattr(exc, "fix", "") or Message("re-export the file as WAV or FLAC"),
                                str(source)))
            return "refused"
        except BaseException:
            # Cancelled (generator closed), Ctrl+C or a full disk mid-file: no orphan copy stays in raw/.
            if raw_path is not None and not any(f.raw_path == raw_path for f in self.files):
                self._discard_copy(raw_path)
            raise
        known[digest] = entry
        yield FileImported(entry.id, entry.name, entry.original_path)
        return "imported"

    def _discard_copy(self, raw_path: Path | None) -> None:
        if raw_path is not None:
            with contextlib.suppress(OSError):
                raw_path.unlink()

    def _analyse_entry(self, entry: FileEntry) -> None:
        from svcdesk.audio.analysis import analyse_file, save_fingerprint

        result = analyse_file(entry.raw_path, mono=self.slicing_config.mono)
        entry.analysis = result.to_dict()
        save_fingerprint(self.fingerprint_path(entry.id), result.fingerprint)

    def fingerprint_path(self, file_id: str) -> Path:
        return self.cache_dir / "fingerprints" / f"{file_id}.npy"

    def analyse_files(self, file_ids: Iterable[str] | None = None) -> Iterator[Progress | Notice]:
        """(Re-)analyse files: figures into the manifest, fingerprints into cache/."""
        entries = [self.file(i) for i in file_ids] if file_ids is not None else list(self.files)
        for done, entry in enumerate(entries):
            yield Progress(done, len(entries), Message("analysing {name}", name=entry.name))
            try:
                self._analyse_entry(entry)
            except AudioError as exc:
                reason = error_message(exc)
                entry.analysis = {"error": str(reason)}
                if isinstance(reason, Message):  # so a translated window can still show it in its language
                    entry.analysis["error_message"] = reason.to_json()
                yield Notice("error", error_message(exc), subject=entry.id)
            self.save()
        yield Progress(len(entries), len(entries), Message("analysis finished"))

    def dataset_report(self):
        """Totals, per-file status and warnings with fixes (svcdesk.audio.analysis.DatasetReport)."""
        from svcdesk.audio.analysis import build_dataset_report

        return build_dataset_report(self)

    # -- slicing --------------------------------------------------------------------------------
    def load_file_audio(self, file_id: str):
        """The file's audio as the slicer sees it: mono float32 at the project rate, high-passed
        when the slicing settings ask for it. Returns (audio, sr)."""
        from svcdesk.audio.export import prepare_source

        return prepare_source(self.file(file_id).raw_path, self.sample_rate, self.slicing_config)

    def proposed_plan(self, file_id: str, audio=None) -> Plan:
        """The slicer's plan for a file under the current settings (pass `audio` from
        load_file_audio to avoid decoding again)."""
        from svcdesk.audio.slicer import propose_segments

        if audio is None:
            audio, _ = self.load_file_audio(file_id)
        return segment_edits.plan_from_spans(propose_segments(audio, self.sample_rate, self.slicing_config))

    def plan(self, file_id: str, audio=None) -> Plan:
        """The hand-edited plan of a file if there is one, else the slicer's proposal."""
        entry = self.file(file_id)
        return entry.plan if entry.plan is not None else self.proposed_plan(file_id, audio)

    def set_plan(self, file_id: str, plan: Iterable[Region]) -> None:
        """Store a hand-edited plan (validated); saves. Export it with slice_files()."""
        plan = tuple(plan)
        entry = self.file(file_id)
        segment_edits.validate_plan(plan, entry.duration_s or None)
        entry.plan = plan
        self.save()

    def clear_plan(self, file_id: str) -> None:
        """Forget hand edits: the file follows the slicer settings again; saves."""
        self.file(file_id).plan = None
        self.save()

    def _edit(self, file_id: str, edit, *args) -> Plan:
        plan = edit(self.plan(file_id), *args)
        self.set_plan(file_id, plan)
        self._sync_segment_flags(file_id)
        return plan

    def add_boundary(self, file_id: str, t: float) -> Plan:
        return self._edit(file_id, segment_edits.add_boundary, t)

    def move_boundary(self, file_id: str, index: int, edge: str, t: float) -> Plan:
        return self._edit(file_id, segment_edits.move_boundary, index, edge, t)

    def delete_boundary(self, file_id: str, index: int) -> Plan:
        return self._edit(file_id, segment_edits.delete_boundary, index)

    def merge_segments(self, file_id: str, first: int, last: int) -> Plan:
        return self._edit(file_id, segment_edits.merge_segments, first, last)

    def split_segment(self, file_id: str, index: int, t: float) -> Plan:
        return self._edit(file_id, segment_edits.split_segment, index, t)

    def add_segment(self, file_id: str, start_s: float, end_s: float) -> Plan:
        return self._edit(file_id, segment_edits.add_segment, start_s, end_s)

    def set_segment_included(self, file_id: str, index: int, included: bool) -> Plan:
        """Exclude (or include again) segment `index` of a file; exported files stay on disk but
        leave segment_paths(), so no re-export is needed."""
        return self._edit(file_id, segment_edits.set_included, index, included)

    def _sync_segment_flags(self, file_id: str) -> None:
        """Mirror the plan's include flags onto exported segments that still match it."""
        plan = self.file(file_id).plan or ()
        flags = {(round(r.start_s, 3), round(r.end_s, 3)): r.included for r in plan}
        changed = False
        for segment in self.segments_of(file_id):
            key = (round(segment.start_s, 3), round(segment.end_s, 3))
            if key in flags and segment.included != flags[key]:
                segment.included = flags[key]
                changed = True
        if changed:
            self.save()

    def segments_of(self, file_id: str) -> list[SegmentEntry]:
        return [s for s in self.segments if s.file_id == file_id]

    def needs_slicing(self, file_id: str) -> bool:
        """True when the file has no exported segments or they were cut with other settings."""
        from svcdesk.config import config_key

        entry = self.file(file_id)
        return not self.segments_of(file_id) or entry.sliced_with != config_key(
            self.slicing_config, extra=repr(entry.plan)
        )

    def slice_files(self, file_ids: Iterable[str] | None = None) -> Iterator[Progress | Notice | FileSliced]:
        """Export segments of the given (default: all included) files at the project rate.

        Each file's segments are staged and swapped in as a whole, then the manifest is saved,
        so closing the generator leaves every file either fully re-sliced or as it was.
        """
        from svcdesk.audio.export import StagedWrite, plan_notices, prepare_source, write_spans
        from svcdesk.audio.slicer import plan_slices
        from svcdesk.config import config_key

        config = self.slicing_config
        entries = [self.file(i) for i in file_ids] if file_ids is not None else self.included_files
        total = max(1, int(round(sum(max(e.duration_s, 1.0) for e in entries))))
        done = 0.0
        for entry in entries:
            weight = max(entry.duration_s, 1.0)
            yield Progress(int(done), total, Message("decoding {name}", name=entry.name))
            try:
                audio, sr = prepare_source(entry.raw_path, self.sample_rate, config)
            except AudioError as exc:
                yield Notice("error", error_message(exc), subject=entry.id)
                done += weight
                continue
            if entry.plan is not None:
                regions = entry.plan
                dropped = 0.0
            else:
                slice_plan = plan_slices(audio, sr, config)
                yield from plan_notices(entry.name, slice_plan, config)
                regions = segment_edits.plan_from_spans(slice_plan.segments)
                dropped = slice_plan.dropped_seconds
            spans = [(r.start_s, r.end_s) for r in regions]
            names = [f"{entry.id}_{i:04d}.wav" for i in range(len(regions))]
            with StagedWrite(self.segments_dir) as stage:
                for i in write_spans(stage, audio, sr, spans, names, config):
                    yield Progress(int(done + weight * (i + 1) / max(1, len(spans))), total, entry.name)
                old = [s.path for s in self.segments_of(entry.id)]
                written = stage.commit(replaced=[p for p in old if p.name not in names])
            self.segments = [s for s in self.segments if s.file_id != entry.id] + [
                SegmentEntry(
                    id=path.stem,
                    file_id=entry.id,
                    index=i,
                    start_s=region.start_s,
                    end_s=region.end_s,
                    path=path,
                    included=region.included,
                )
                for i, (path, region) in enumerate(zip(written, regions))
            ]
            entry.sliced_with = config_key(config, extra=repr(entry.plan))
            self.save()
            done += weight
            yield FileSliced(entry.id, entry.name, len(written), sum(r.duration_s for r in regions), dropped)
        yield Progress(total, total, Message("slicing finished"))

    def segment_paths(self, included_only: bool = True) -> list[Path]:
        """Exported segment files (project rate, mono) that exist; by default only segments that
        are included and whose file is included."""
        included_files = {f.id for f in self.files if f.included}
        return [
            s.path
            for s in self.segments
            if s.path.is_file() and (not included_only or (s.included and s.file_id in included_files))
        ]

    def __repr__(self) -> str:
        return f"Project({str(self.root)!r}, files={len(self.files)}, segments={len(self.segments)})"

