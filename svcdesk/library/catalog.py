"""The voice library on disk: one folder per voice, each with its weights, an optional index and `voice.json`.

```
<library>/
  Alice/                 the folder name is the voice's name made safe for every file system
    Alice.pth            RVC inference file (fp16, no enc_q)
    added_IVF..._v2.index  optional retrieval index
    voice.json           name, sample rate, version, pitch, parameters, sha256, source, date, tags, notes
  .incoming-<id>/        an import in progress (hidden; removed when it ends, however it ends)
```
The folders are the truth: listing reads each folder's `voice.json`, and a folder copied in by hand (no
`voice.json`, or weights that changed since) is described from its .pth's structure (`peek`), never by
loading weights. Every write of `voice.json` is atomic.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import shutil
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

from svcdesk.errors import LibraryError
from svcdesk.messages import Message
from svcdesk.storage import human_size
from svcdesk.utils.atomic import read_json, write_json_atomic

METADATA_FILE = "voice.json"
METADATA_FORMAT = 1
STAGING_PREFIX = ".incoming-"
REMOVING_PREFIX = ".removing-"
WEIGHT_SUFFIXES = (".pth", ".pt")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_FOLDER_NAME = 64


@dataclass(frozen=True)
class VoiceEntry:
    """One voice of the library, as its folder describes it."""

    folder: Path
    name: str
    weights: Path
    index: Path | None = None
    sample_rate: int = 0
    version: str = ""
    has_pitch: bool = True
    parameters: int = 0
    speakers: int = 1
    sha256: str = ""
    size_bytes: int = 0
    source: dict = field(default_factory=dict)
    imported: str = ""  # ISO 8601, UTC
    tags: tuple[str, ...] = ()
    notes: str = ""
    info: str = ""
    problem: str = ""  # why the folder's voice cannot be used ("" when it can)

    @property
    def index_size(self) -> int:
        try:
            return self.index.stat().st_size if self.index is not None else 0
        except OSError:
            return 0

    @property
    def total_size(self) -> int:
        return self.size_bytes + self.index_size

    @property
    def source_kind(self) -> str:
        return str(self.source.get("kind", "folder"))

    def source_text(self) -> Message:
        """Where the voice came from, in a few words (for the list and `library list`)."""
        kind = self.source_kind
        if kind == "run":
            return Message("{project} · {run} · step {step}", project=self.source.get("project_name", "?"),
                           run=self.source.get("run", "?"), step=self.source.get("step", "?"))
        if kind == "url":
            return Message("{url}", url=self.source.get("url", ""))
        if kind == "merge":
            parents = self.source.get("parents") or [{}, {}]
            return Message("merge: {alpha:.2f} × {a} + {rest:.2f} × {b}", alpha=float(self.source.get("alpha", 0.5)),
                           a=parents[0].get("name", "?"), rest=1 - float(self.source.get("alpha", 0.5)),
                           b=parents[-1].get("name", "?"))
        if kind == "file":
            return Message("{file}", file=self.source.get("file", ""))
        return Message("copied into the library folder")

    def to_json(self) -> dict:
        return {
            "format": METADATA_FORMAT, "name": self.name, "weights": self.weights.name,
            "index": self.index.name if self.index is not None else None, "sample_rate": self.sample_rate,
            "version": self.version, "pitch": self.has_pitch, "parameters": self.parameters,
            "speakers": self.speakers, "sha256": self.sha256, "size": self.size_bytes, "source": self.source,
            "imported": self.imported, "tags": list(self.tags), "notes": self.notes, "info": self.info,
        }

    def summary(self) -> dict:
        """What `library list --json` prints: the metadata plus paths and sizes."""
        data = self.to_json()
        data.update(folder=str(self.folder), weights=str(self.weights),
                    index=str(self.index) if self.index is not None else None, total_size=self.total_size,
                    source_text=str(self.source_text()), problem=self.problem)
        data.pop("format")
        return data


def now_iso() -> str:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def safe_folder_name(name: str) -> str:
    """`name` as a folder name every system accepts: no separators or characters Windows rejects, no trailing
    dots or spaces, no reserved device names, not too long. Letters of any script are kept."""
    text = unicodedata.normalize("NFC", name)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip().rstrip(". ")
    text = text.lstrip(".")  # a leading dot would hide the voice (and collide with our working folders)
    if text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"_{text}"
    return text[:MAX_FOLDER_NAME].rstrip(". ") or "voice"


def _casefold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


class Library:
    """The voices in `root` (created on first write)."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    @classmethod
    def default(cls) -> "Library":
        from svcdesk.library.location import library_dir

        return cls(library_dir())

    # ---- reading ----------------------------------------------------------------------------------------------
    def voice_folders(self) -> list[Path]:
        """Folders that may hold a voice (hidden working folders are skipped)."""
        try:
            children = list(os.scandir(self.root))
        except (FileNotFoundError, NotADirectoryError):
            return []
        return sorted((Path(child.path) for child in children
                       if not child.name.startswith(".") and child.is_dir(follow_symlinks=False)),
                      key=lambda path: _casefold(path.name))

    def voices(self) -> list[VoiceEntry]:
        """Every voice, sorted by name; reads metadata (or a hand-copied file's structure), never weights."""
        entries = [entry for folder in self.voice_folders() if (entry := read_entry(folder)) is not None]
        return sorted(entries, key=lambda entry: _casefold(entry.name))

    def find(self, name: str) -> VoiceEntry:
        """The voice called `name` (exact, then ignoring case, then its folder's name); LibraryError otherwise."""
        voices = self.voices()
        for matches in ([v for v in voices if v.name == name],
                        [v for v in voices if _casefold(v.name) == _casefold(name)],
                        [v for v in voices if _casefold(v.folder.name) == _casefold(name)]):
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise LibraryError(Message("{count} voices are called '{name}'; rename one (svcdesk library list "
                                           "shows their folders)", count=len(matches), name=name))
        raise LibraryError(Message("no voice called '{name}' in the library ({folder})", name=name, folder=self.root),
                           Message("svcdesk library list shows the names; svcdesk library import adds a voice"))

    def find_by_sha256(self, sha256: str) -> VoiceEntry | None:
        if not sha256:
            return None
        return next((voice for voice in self.voices() if voice.sha256 == sha256), None)

    def names(self) -> set[str]:
        return {_casefold(voice.name) for voice in self.voices()}

    def unique_name(self, wanted: str) -> str:
        """`wanted`, or `wanted (2)`, `(3)`... when a voice already has that name."""
        taken = self.names()
        wanted = wanted.strip() or "voice"
        if _casefold(wanted) not in taken:
            return wanted
        number = 2
        while _casefold(f"{wanted} ({number})") in taken:
            number += 1
        return f"{wanted} ({number})"

    def free_folder(self, name: str) -> Path:
        """A folder path for `name` that no voice uses yet."""
        base = safe_folder_name(name)
        candidate = self.root / base
        number = 2
        while candidate.exists():
            candidate = self.root / f"{base} ({number})"
            number += 1
        return candidate

    # ---- writing ----------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def staging(self) -> Iterator[Path]:
        """A hidden working folder inside the library, removed when the block ends, however it ends (a cancel
        closes the job's generator: GeneratorExit lands here too)."""
        self.root.mkdir(parents=True, exist_ok=True)
        folder = self.root / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
        folder.mkdir()
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def publish(self, prepared: Path, entry: VoiceEntry) -> VoiceEntry:
        """Move a voice folder assembled in the staging area into the library under a free name (a rename: the
        voice appears whole or not at all)."""
        target = self.free_folder(entry.name)
        os.replace(prepared, target)
        return rebased(entry, target)

    def update(self, name: str, new_name: str | None = None, notes: str | None = None,
               tags: list[str] | tuple[str, ...] | None = None) -> VoiceEntry:
        """Change a voice's name, notes or tags (its folder follows a new name)."""
        entry = self.find(name)
        if entry.problem:
            raise LibraryError(Message("{name} cannot be edited: {problem}", name=entry.name, problem=entry.problem))
        changes: dict = {}
        if new_name is not None and new_name.strip() and new_name.strip() != entry.name:
            wanted = new_name.strip()
            if _casefold(wanted) in self.names() and _casefold(wanted) != _casefold(entry.name):
                raise LibraryError(Message("a voice called '{name}' is already in the library", name=wanted),
                                   Message("choose another name"))
            changes["name"] = wanted
        if notes is not None:
            changes["notes"] = notes
        if tags is not None:
            changes["tags"] = tuple(dict.fromkeys(tag.strip() for tag in tags if tag.strip()))
        updated = replace(entry, **changes)
        write_metadata(updated)
        if "name" in changes and safe_folder_name(updated.name) != entry.folder.name:
            target = self.free_folder(updated.name)
            os.replace(entry.folder, target)
            updated = rebased(updated, target)
        return updated

    def remove(self, name: str) -> VoiceEntry:
        """Delete a voice for good: its folder is first renamed aside (atomic: the voice leaves the list whole),
        then deleted."""
        entry = self.find(name)
        aside = self.root / f"{REMOVING_PREFIX}{uuid.uuid4().hex[:12]}"
        os.replace(entry.folder, aside)
        shutil.rmtree(aside, ignore_errors=True)
        return entry

    def clean_leftovers(self, older_than_s: float = 3600.0) -> None:
        """Working folders an interrupted process left (a crash, a kill): removed once they are old."""
        import time

        try:
            children = list(os.scandir(self.root))
        except OSError:
            return
        for child in children:
            if child.name.startswith((STAGING_PREFIX, REMOVING_PREFIX)) and child.is_dir():
                with contextlib.suppress(OSError):
                    if time.time() - child.stat().st_mtime > older_than_s:
                        shutil.rmtree(child.path, ignore_errors=True)


def rebased(entry: VoiceEntry, folder: Path) -> VoiceEntry:
    return replace(entry, folder=folder, weights=folder / entry.weights.name,
                   index=folder / entry.index.name if entry.index is not None else None)


def write_metadata(entry: VoiceEntry) -> None:
    write_json_atomic(entry.folder / METADATA_FILE, entry.to_json())


def _weights_in(folder: Path) -> list[Path]:
    return sorted((p for p in folder.iterdir() if p.suffix.lower() in WEIGHT_SUFFIXES and p.is_file()),
                  key=lambda p: -p.stat().st_size)


def read_entry(folder: Path) -> VoiceEntry | None:
    """The voice in `folder` from its voice.json; from the .pth's structure when there is no (current) voice.json;
    None when the folder holds no weights file at all."""
    try:
        data = read_json(folder / METADATA_FILE)
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict) and isinstance(data.get("weights"), str):
        weights = folder / data["weights"]
        try:
            size = weights.stat().st_size
        except OSError:
            size = -1
        if size == data.get("size"):
            index = folder / data["index"] if isinstance(data.get("index"), str) else None
            return VoiceEntry(
                folder=folder, name=str(data.get("name") or folder.name), weights=weights,
                index=index if index is not None and index.is_file() else None,
                sample_rate=int(data.get("sample_rate") or 0), version=str(data.get("version") or ""),
                has_pitch=bool(data.get("pitch", True)), parameters=int(data.get("parameters") or 0),
                speakers=int(data.get("speakers") or 1), sha256=str(data.get("sha256") or ""), size_bytes=size,
                source=data.get("source") if isinstance(data.get("source"), dict) else {},
                imported=str(data.get("imported") or ""), tags=tuple(str(t) for t in data.get("tags") or ()),
                notes=str(data.get("notes") or ""), info=str(data.get("info") or ""))
    return _describe_by_hand(folder, data if isinstance(data, dict) else {})


def _describe_by_hand(folder: Path, old: dict) -> VoiceEntry | None:
    """A folder the user filled by hand (or whose weights they replaced): described from the file's structure.
    Name, tags and notes of an old voice.json are kept."""
    from svcdesk.library.peek import ForeignObject, NotATorchZip, read_structure, summarise_voice

    try:
        candidates = _weights_in(folder)
    except OSError:
        return None
    if not candidates:
        return None
    weights = candidates[0]
    indexes = sorted(folder.glob("*.index"))
    added = [p for p in indexes if p.name.startswith("added_")] or indexes
    stat = weights.stat()
    imported = datetime.datetime.fromtimestamp(stat.st_mtime, datetime.timezone.utc).replace(microsecond=0)
    entry = VoiceEntry(folder=folder, name=str(old.get("name") or folder.name), weights=weights,
                       index=added[0] if added else None, size_bytes=stat.st_size,
                       source={"kind": "folder"}, imported=imported.isoformat().replace("+00:00", "Z"),
                       tags=tuple(str(t) for t in old.get("tags") or ()), notes=str(old.get("notes") or ""))
    try:
        summary = summarise_voice(read_structure(weights))
    except ForeignObject:
        return replace(entry, problem=Message("{file} holds code or objects other than weights; it is never opened",
                                              file=weights.name))
    except (NotATorchZip, OSError):
        summary = None
    if summary is None:
        return replace(entry, problem=Message("{file} is not an RVC voice file; import it with svcdesk library "
                                              "import to have it checked and converted", file=weights.name))
    entry = replace(entry, sample_rate=summary.sample_rate, version=summary.version, has_pitch=summary.has_pitch,
                    parameters=summary.parameters, speakers=summary.speakers, info=summary.info)
    with contextlib.suppress(OSError):
        write_metadata(entry)  # described once: the next listing reads it (a read-only folder is described again)
    return entry


def describe_size(entry: VoiceEntry) -> str:
    return human_size(entry.total_size)
