"""Importing voices the way people share them: a .pth, a .pth with its .index, a folder, a zip, a link.

`import_voices` is a job generator (Progress, Notice, VoiceImported, then ImportFinished). Everything happens
in a hidden staging folder inside the library: zips are unpacked there, each voice is assembled there (its
weights copied, or a training checkpoint turned into a small inference voice as RVC's "extract small model"
does, its index copied, voice.json written) and checked with the real loader; only then is each voice folder
renamed into the library. A refusal, a failure or a cancel (closing the generator) removes the staging
folder: nothing is left behind.

What is refused, by name: other tools' models (so-vits-svc, Diff-SVC, GPT-SoVITS, ONNX exports), files that
are no model, and unsafe input - a pickle holding code, a zip entry leaving its folder, a zip bomb. Unsafe input
refuses the whole import; a foreign or unreadable file among good voices is left out with a notice.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

from svcdesk.assets import sha256_file as sha256_of
from svcdesk.errors import ImportRefused, LibraryError, ModelFileError
from svcdesk.events import Notice, Progress
from svcdesk.library import archive, foreign
from svcdesk.library.catalog import Library, VoiceEntry, now_iso, safe_folder_name, write_metadata
from svcdesk.library.indexes import FEATURE_DIMS, IndexFile, mismatch_message, name_score, read_index_file
from svcdesk.library.peek import ForeignObject, NotATorchZip, read_structure, tensor_leaves
from svcdesk.messages import Message
from svcdesk.utils import interrupts

MODEL_SUFFIXES = (".pth", ".pt", ".ckpt", ".onnx", ".safetensors", ".bin")
_CHECKPOINT_NAME = re.compile(r"^G_(\d+)$", re.IGNORECASE)
_DISCRIMINATOR_NAME = re.compile(r"^D_(\d+)$|^f0D\d+k$", re.IGNORECASE)
_GENERIC_STEMS = re.compile(r"^(?:G_\d+|model|weights?|voice|final|latest|best|checkpoint|step_\d+|net_g.*)$",
                            re.IGNORECASE)
_UNSAFE_TEMPLATE = "{name}: not a safe {what} ({reason})"


@dataclass(frozen=True)
class VoiceImported:
    """A voice joined the library."""

    name: str
    folder: str
    weights: str
    index: str = ""  # "" when it has none
    index_note: str = ""  # why it has none, when an index was offered (a Message)
    kind: str = "inference"  # what was offered: inference | rvc-checkpoint | svcdesk-checkpoint


@dataclass(frozen=True)
class ImportFinished:
    imported: tuple[str, ...]  # names of the voices that joined
    skipped: tuple[str, ...]  # one line per file left out, and why
    existing: tuple[str, ...] = ()  # names of voices that were already in the library


@dataclass(frozen=True)
class VoiceAlreadyThere:
    file: str
    name: str  # the library voice with the same weights


class ArchitectureNeeded(LibraryError):
    """A training checkpoint whose shapes fit several published models: the user says which (sample rate and
    pitch setting), then the import is run again with `sample_rate`/`has_pitch`."""

    def __init__(self, message: str, file: str, sample_rates: tuple[int, ...], pitch_options: tuple[bool, ...]):
        super().__init__(message, Message("say which: --sample-rate and --pitch/--no-pitch on the command line"))
        self.file = file
        self.sample_rates = sample_rates
        self.pitch_options = pitch_options


@dataclass
class _Offered:
    """A file found among what the user offered, with the name it is reported by."""

    path: Path
    display: str
    group: Path  # the folder it was found in (voices and indexes pair within one)
    container: str  # the zip or folder it came from ("" for a file offered on its own)


@dataclass
class _Voice:
    offered: _Offered
    kind: str  # inference | rvc-checkpoint | svcdesk-checkpoint
    version: str
    step: int = -1
    index: IndexFile | None = None
    index_note: str = ""
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- gathering


def _walk(folder: Path, display_root: str, container: str) -> list[_Offered]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__MACOSX" and not d.startswith("."))
        for file_name in sorted(files):
            if file_name.startswith("._") or file_name.lower() in (".ds_store", "thumbs.db", "desktop.ini"):
                continue
            path = Path(root) / file_name
            relative = path.relative_to(folder).as_posix()
            found.append(_Offered(path, f"{display_root}/{relative}" if display_root else relative, Path(root),
                                  container))
    return found


def _gather(sources: Sequence[Path], staging: Path, depth: int = 0) -> Iterator[object]:
    """Offered files (as _Offered events of a kind the caller collects) from files, folders and zips."""
    for number, source in enumerate(sources):
        if source.is_dir():
            yield from _walk(source, source.name, source.name)
        elif archive.is_plain_zip(source) or source.suffix.lower() == ".zip":
            into = staging / f"unpacked-{depth}-{number}"
            into.mkdir(parents=True)
            yield from archive.unpack(source, into)
            for offered in _walk(into, source.name, source.name):
                if depth < 1 and archive.is_plain_zip(offered.path):  # a zip inside the zip, as some share
                    yield from _gather([offered.path], staging / f"nested-{number}", depth + 1)
                else:
                    yield offered
        elif source.is_file():
            yield _Offered(source, source.name, source.parent, "")
        else:
            raise LibraryError(Message("{path} does not exist", path=source))


# ---------------------------------------------------------------------------------------------- classifying


def _unsafe(offered: _Offered) -> ImportRefused:
    return ImportRefused(Message("{name}: not a safe {what} ({reason})", name=offered.display, what=Message("voice model"),
                                 reason=Message("it contains code or objects other than weights, so it was refused "
                                                "unopened")), file=offered.display)


def _classify(offered: _Offered) -> _Voice | Message:
    """The voice a model file is, or the reason it is left out; raises ImportRefused for unsafe files."""
    path = offered.path
    stem = path.stem
    suffix = path.suffix.lower()
    if suffix == ".onnx":
        return foreign.refusal(offered.display, "ONNX")
    if suffix == ".safetensors":
        return Message("{name} is a safetensors file, not an RVC voice; svcdesk reads RVC v1/v2 voices (.pth)",
                       name=offered.display)
    if _DISCRIMINATOR_NAME.match(stem):
        return Message("{name} is a discriminator checkpoint, which conversion does not use; left out",
                       name=offered.display)
    try:
        structure = read_structure(path)
    except ForeignObject as exc:
        tool = foreign.foreign_object_tool(exc)
        if tool:
            return foreign.refusal(offered.display, tool)
        raise _unsafe(offered) from None
    except NotATorchZip:
        structure = None
    except OSError as exc:
        return Message("{name} cannot be read ({reason})", name=offered.display, reason=exc.strerror or exc)
    if structure is not None:
        tool = foreign.foreign_tool(path, structure)
        if tool:
            return foreign.refusal(offered.display, tool)
    if structure is None:
        # Not a zip-format torch file: an old-format pickle, another format, or not a model at all. torch's
        # weights-only loader (which never runs code) decides, and its refusal names what the file is.
        from svcdesk.models.rvcfile import load_voice

        if path.suffix.lower() not in (".pth", ".pt", ".ckpt"):
            return Message("{name} is not a voice model", name=offered.display)
        if not _starts_like_pickle(path):
            from svcdesk.models.safeload import describe_unreadable

            return Message("{name}: not a readable {what}: {reason}", name=offered.display,
                           what=Message("voice model"), reason=describe_unreadable(path))
        try:
            voice = load_voice(path)
        except ModelFileError as exc:
            if getattr(exc.args[0], "template", "") == _UNSAFE_TEMPLATE:
                raise _unsafe(offered) from None
            return _not_a_voice(offered, exc)
        return _Voice(offered, voice.kind, voice.version, int(voice.metadata.get("step", -1)))
    if not isinstance(structure, dict):
        return Message("{name} is not an RVC voice (it holds a {found}, not a dictionary)", name=offered.display,
                       found=type(structure).__name__)
    if "weight" in structure and "config" in structure:
        version = structure.get("version") if structure.get("version") in FEATURE_DIMS else ""
        emb = tensor_leaves(structure["weight"]).get("enc_p.emb_phone.weight")
        return _Voice(offered, "inference", version or ("v2" if emb is not None and emb.shape[-1] == 768 else "v1"))
    if "generator" in structure and "model_config" in structure:
        config = structure["model_config"] if isinstance(structure["model_config"], dict) else {}
        return _Voice(offered, "svcdesk-checkpoint", str(config.get("version", "v2")), int(structure.get("step", -1)))
    model = tensor_leaves(structure.get("model"))
    if model:
        if all(key.startswith("discriminators.") for key in model):
            return Message("{name} is a discriminator checkpoint, which conversion does not use; left out",
                           name=offered.display)
        if "emb_g.weight" not in model:
            return Message("{name} is not an RVC voice (no speaker embedding emb_g.weight)", name=offered.display)
        emb = model.get("enc_p.emb_phone.weight")
        match = _CHECKPOINT_NAME.match(stem)
        step = int(match.group(1)) if match else int(structure["iteration"]) if isinstance(
            structure.get("iteration"), int) else -1
        return _Voice(offered, "rvc-checkpoint", "v2" if emb is None or emb.shape[-1] == 768 else "v1", step)
    return Message("{name} is not an RVC voice (its entries are {keys})", name=offered.display,
                   keys=", ".join(sorted(str(k) for k in structure)[:6]))


def _starts_like_pickle(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(1) == b"\x80"
    except OSError:
        return False


def _not_a_voice(offered: _Offered, exc: ModelFileError) -> Message:
    text = str(exc)
    # The loader names the file by its own name; the user offered it under `display` (inside a zip, say).
    if text.startswith(offered.path.name + ":"):
        text = text[len(offered.path.name) + 1:].strip()
    return Message("{name}: {reason}", name=offered.display, reason=text)


def _choose(voices: list[_Voice]) -> tuple[list[_Voice], list[Message]]:
    """Per folder: inference voices first; a folder with none gives its newest training checkpoint."""
    chosen: list[_Voice] = []
    left: list[Message] = []
    groups: dict[Path, list[_Voice]] = {}
    for voice in voices:
        groups.setdefault(voice.offered.group, []).append(voice)
    for group in groups.values():
        inference = [v for v in group if v.kind == "inference"]
        checkpoints = sorted((v for v in group if v.kind != "inference"), key=lambda v: v.step)
        keep = inference or checkpoints[-1:]
        chosen += keep
        for voice in group:
            if voice in keep:
                continue
            reason = (Message("{name} left out: the folder already has the voice {voice}", name=voice.offered.display,
                              voice=inference[0].offered.path.name) if inference else
                      Message("{name} left out: {newest} is a later checkpoint of the same run",
                              name=voice.offered.display, newest=keep[0].offered.path.name))
            left.append(reason)
    return chosen, left


def _pair_indexes(voices: list[_Voice], indexes: list[_Offered]) -> list[Message]:
    """Give each voice the index that belongs to it: by name, in its folder (or the import's only index for its
    only voice); an index of the wrong width is named and left out. Returns notes on unused indexes."""
    notes: list[Message] = []
    files = [(offered, read_index_file(offered.path)) for offered in indexes]
    usable = []
    for offered, index in files:
        if index.vectorless and any(not other.vectorless and other.path.parent == index.path.parent
                                    for _, other in files):
            continue  # RVC's intermediate trained_ file beside the real added_ one: silently not needed
        if index.dim == 0:
            notes.append(Message("{name} is not a faiss index; left out", name=offered.display))
            continue
        usable.append((offered, index))
    taken: set[Path] = set()
    for voice in voices:
        best = None
        for offered, index in usable:
            if index.path in taken:
                continue
            score = name_score(voice.offered.path.stem, index)
            if score == 0 and voice.offered.container:
                score = name_score(Path(voice.offered.container).stem, index)
            same_place = offered.group == voice.offered.group or voice.offered.group in offered.group.parents \
                or offered.group in voice.offered.group.parents
            if score == 0 and len(voices) == 1 and (same_place or not voice.offered.container):
                score = 1  # the only voice takes the index offered with it
            if score and (best is None or score > best[0]):
                best = (score, offered, index)
        if best is None:
            continue
        _, offered, index = best
        taken.add(index.path)
        if index.vectorless:
            voice.index_note = Message("{index} is RVC's intermediate index without vectors; the voice was imported "
                                       "without it", index=offered.display)
        elif index.dim != FEATURE_DIMS.get(voice.version, 768):
            voice.index_note = mismatch_message(index, voice.offered.display, voice.version)
        else:
            voice.index = index
    for offered, index in usable:
        if index.path not in taken:
            notes.append(Message("{name} matches none of the voices by name; left out", name=offered.display))
    return notes


# ---------------------------------------------------------------------------------------------- assembling


def voice_name(voice_path: Path, container: str) -> str:
    """The name a voice gets: its file's, unless that is a generic one (G_2333, model, weights...), then its
    zip's or folder's."""
    stem = voice_path.stem
    if _GENERIC_STEMS.match(stem):
        parent = voice_path.parent.name
        if container and (not parent or parent.startswith(("unpacked-", "nested-"))):
            return Path(container).stem
        return Path(container).stem if container else (parent or stem)
    return stem


def _copy_hashed(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while block := reader.read(1 << 20):
            digest.update(block)
            writer.write(block)
            interrupts.check()
    return digest.hexdigest()


def _architecture(voice: _Voice, sample_rate: int | None, has_pitch: bool | None):
    """The published model a training checkpoint fits (None: let the loader recognise it); asks when several do."""
    from svcdesk.models.rvcfile import fitting_generators

    if voice.kind != "rvc-checkpoint":
        return None
    structure = read_structure(voice.offered.path)
    fits = fitting_generators(tensor_leaves(structure.get("model")))
    if sample_rate is not None:
        fits = [config for config in fits if config.sample_rate == int(sample_rate)]
    if has_pitch is not None:
        fits = [config for config in fits if config.has_pitch == bool(has_pitch)]
    if len(fits) <= 1:
        return fits[0] if fits else None
    raise ArchitectureNeeded(
        Message("{name} fits several RVC models; say its sample rate and pitch setting to import it",
                name=voice.offered.display), voice.offered.display,
        tuple(sorted({c.sample_rate for c in fits})), tuple(sorted({c.has_pitch for c in fits})))


def _assemble(voice: _Voice, into: Path, name: str, origin: dict, sample_rate: int | None,
              has_pitch: bool | None) -> VoiceEntry:
    """A complete voice folder at `into` (in the staging area), checked by loading it."""
    from svcdesk.models.rvcfile import load_voice, save_voice

    into.mkdir(parents=True)
    weights = into / f"{safe_folder_name(name)}.pth"
    offered = voice.offered.path
    try:
        if voice.kind == "inference":
            sha256 = _copy_hashed(offered, weights)
            loaded = load_voice(weights)  # the real check: every key and shape
        else:
            loaded = load_voice(offered, architecture=_architecture(voice, sample_rate, has_pitch))
            metadata = {k: v for k, v in loaded.metadata.items() if k in ("epoch", "step")}
            metadata.setdefault("model_name", name)
            save_voice(weights, loaded.synthesizer, info=loaded.info or name, metadata=metadata)
            sha256 = sha256_of(weights)
            loaded = load_voice(weights)
    except ModelFileError as exc:
        raise ImportRefused(_not_a_voice(voice.offered, exc), file=voice.offered.display) from None
    index = None
    if voice.index is not None:
        index = into / voice.index.path.name
        shutil.copyfile(voice.index.path, index)
    entry = VoiceEntry(folder=into, name=name, weights=weights, index=index, sample_rate=loaded.sample_rate,
                       version=loaded.version, has_pitch=loaded.has_pitch, parameters=loaded.parameter_count,
                       speakers=loaded.speakers, sha256=sha256, size_bytes=weights.stat().st_size, source=origin,
                       imported=now_iso(), info=loaded.info,
                       notes="" if voice.kind == "inference" else str(Message(
                           "made from the training checkpoint {file}", file=offered.name)))
    write_metadata(entry)
    return entry


# ---------------------------------------------------------------------------------------------- the job


def _origin(offered: _Offered, sources: Sequence[str], urls: dict[Path, str]) -> dict:
    for path, url in urls.items():
        if offered.path == path or path.name == offered.container:
            return {"kind": "url", "url": url, "file": offered.display}
    container = next((s for s in sources if Path(s).name == offered.container), None)
    return {"kind": "file", "file": offered.display,
            "path": str(Path(container).absolute() if container else offered.path.absolute())}


def import_voices(sources: Sequence[str | os.PathLike], library: Library | None = None, name: str | None = None,
                  sample_rate: int | None = None, has_pitch: bool | None = None,
                  origin: dict | None = None) -> Iterator[object]:
    """Import the voices in `sources` (files, folders, zips, http(s) links) into `library` (the user's by default).

    `name` names the voice (several voices: the first; the others get "(2)"...). `sample_rate`/`has_pitch`
    settle a training checkpoint that fits several models (ArchitectureNeeded says when). `origin` replaces the
    recorded source (a run's own voice says its project, run and step).
    """
    from svcdesk.library.fetch import download_voice_file, is_url

    library = library or Library.default()
    library.clean_leftovers()
    downloaded: dict[Path, str] = {}
    skipped: list[str] = []
    try:
        with library.staging() as staging:
            paths: list[Path] = []
            for source in sources:
                if is_url(str(source)):
                    path = yield from download_voice_file(str(source), library.root)
                    downloaded[path] = str(source)
                    paths.append(path)
                else:
                    paths.append(Path(source))
            offered: list[_Offered] = []
            for event in _gather(paths, staging):
                if isinstance(event, _Offered):
                    offered.append(event)
                else:
                    yield event
            indexes = [o for o in offered if o.path.suffix.lower() == ".index"]
            models = [o for o in offered if o.path.suffix.lower() in MODEL_SUFFIXES
                      or not o.container and o.path.suffix.lower() != ".index"]
            voices: list[_Voice] = []
            refusals: list[Message] = []
            for number, item in enumerate(models):
                yield Progress(number, len(models), Message("checking {name}", name=item.display))
                result = _classify(item)
                if isinstance(result, _Voice):
                    voices.append(result)
                else:
                    refusals.append(result)
            voices, left_out = _choose(voices)
            notes = _pair_indexes(voices, indexes)
            prepared: list[tuple[Path, VoiceEntry, _Voice]] = []
            existing: list[str] = []
            wanted = name
            for number, voice in enumerate(voices):
                yield Progress(number, len(voices), Message("importing {name}", name=voice.offered.display))
                if voice.kind == "inference":
                    twin = library.find_by_sha256(sha256_of(voice.offered.path))
                    if twin is not None:
                        existing.append(twin.name)
                        yield VoiceAlreadyThere(voice.offered.display, twin.name)
                        yield Notice("info", Message("{name} is already in the library as '{voice}'",
                                                     name=voice.offered.display, voice=twin.name))
                        continue
                taken = {entry.name.casefold() for _, entry, _ in prepared}
                chosen = library.unique_name(wanted or voice_name(voice.offered.path, voice.offered.container))
                while chosen.casefold() in taken:
                    chosen = library.unique_name(f"{chosen} (2)")
                wanted = None
                record = dict(origin) if origin else _origin(voice.offered, [str(s) for s in sources], downloaded)
                entry = _assemble(voice, staging / f"voice-{number}", chosen, record, sample_rate, has_pitch)
                prepared.append((entry.folder, entry, voice))
            for reason in [*refusals, *left_out, *notes]:
                skipped.append(str(reason))
                yield Notice("warning", reason)
            if not prepared and not existing:
                if refusals:
                    raise ImportRefused(refusals[0], file="")
                what = ", ".join(Path(str(s)).name or str(s) for s in sources)
                raise ImportRefused(Message("no RVC voice (.pth) found in {what}", what=what), file=what)
            interrupts.check()  # a Ctrl+C before publishing: nothing joins
            # Published together, with no yield between (a cancel lands before or after, never halfway).
            published = [(library.publish(folder, entry), voice) for folder, entry, voice in prepared]
    finally:
        for path in downloaded:  # a finished download is in the library now, or was refused: either way gone
            shutil.rmtree(path.parent, ignore_errors=True)
    for final, voice in published:
        yield VoiceImported(final.name, str(final.folder), str(final.weights),
                            str(final.index) if final.index is not None else "", voice.index_note, voice.kind)
    yield ImportFinished(tuple(final.name for final, _ in published), tuple(skipped), tuple(existing))


def add_own_voice(weights: str | os.PathLike, index: str | os.PathLike | None = None, *, name: str,
                  project: str = "", project_name: str = "", run: str = "", step: int = -1,
                  library: Library | None = None) -> Iterator[object]:
    """A voice of the user's own (a run's export, a checkpoint kept from Compare) joins the library with its
    project, run and step. A checkpoint is turned into an inference voice; the same weights join only once."""
    origin = {"kind": "run", "project": str(project), "project_name": project_name or Path(project).name,
              "run": run, "step": int(step)}
    sources = [str(weights)] + ([str(index)] if index else [])
    yield from import_voices(sources, library=library, name=name, origin=origin)


def imported_names(events: list) -> list[str]:
    finished = next((e for e in events if isinstance(e, ImportFinished)), None)
    return list(finished.imported + finished.existing) if finished is not None else []


__all__ = ["ArchitectureNeeded", "ImportFinished", "VoiceAlreadyThere", "VoiceImported", "add_own_voice",
           "import_voices", "imported_names", "voice_name"]
