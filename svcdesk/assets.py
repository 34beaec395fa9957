"""Registry of the weight files svcdesk downloads or imports: where they live, whether they are intact.

ContentVec, RMVPE and the RVC v2 pretrained bases cannot ship with the app (size, licence terms of
redistribution), so they are fetched on the user's machine (`download`, see `assets_download.py`)
or imported from a file the user already has (`import_file`). Every file is checked against the
published sha256 once; the result is remembered in `verified.json` beside the files, keyed on size
and modification time, so later look-ups do not re-hash 190 MB on each start.

Facts and hashes: specs/rvc-v2.md section 8. This module imports nothing heavy: the CLI's `--help`
and the GUI's start-up read the registry.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Mapping

from svcdesk.errors import SvcdeskError, WeightsMissing
from svcdesk.events import Progress
from svcdesk.messages import Message
from svcdesk.storage import human_size  # noqa: F401 - part of this module's API
from svcdesk.utils.atomic import read_json, write_json_atomic

HUB_REPO_ID = "lj1995/VoiceConversionWebUI"
# A branch name, not a commit: no development machine reaches the hub, so no commit id could be looked
# up and checked here. The sha256 check guards the content either way; pinning is this one line.
HUB_REVISION = "main"
LICENCE = "MIT (model card of lj1995/VoiceConversionWebUI)"

ASSETS_DIR_ENV = "SVCDESK_ASSETS_DIR"
RECORDS_FILE = "verified.json"
PARTIAL_SUFFIX = ".part"

GOAL_DEMO = "demo"
GOAL_CONVERT = "convert"
GOAL_TRAIN = "train"  # training at the default 40 kHz
GOAL_TRAIN_32K = "train-32k"
GOAL_TRAIN_48K = "train-48k"
GOAL_SONGS = "songs"  # converting whole songs: the vocal is separated from the mix first
GOALS = (GOAL_DEMO, GOAL_CONVERT, GOAL_TRAIN, GOAL_TRAIN_32K, GOAL_TRAIN_48K, GOAL_SONGS)
GOAL_ALIASES = {"train-40k": GOAL_TRAIN}

_HASH_BLOCK = 1024 * 1024


class AssetError(SvcdeskError):
    """A weight file could not be downloaded, verified or imported."""


class UnknownWeights(AssetError):
    """A file does not match the published hash; importing it needs the user's explicit confirmation."""

    def __init__(self, message: str, asset: str, sha256: str):
        super().__init__(message)
        self.asset = asset
        self.sha256 = sha256


@dataclass(frozen=True)
class Asset:
    """One downloadable weight file. `size` is None where only an approximate size is published."""

    name: str
    purpose: str
    file_name: str
    size: int | None
    approx_size: int
    sha256: str
    repo_id: str
    repo_path: str
    revision: str
    licence: str
    required_for: tuple[str, ...]

    @property
    def display_size(self) -> int:
        return self.size if self.size is not None else self.approx_size

    @property
    def source_url(self) -> str:
        return f"https://huggingface.co/{self.repo_id}/resolve/{self.revision}/{self.repo_path}"


def _entry(name: str, purpose: str, repo_path: str, size: int | None, sha256: str, required_for: tuple[str, ...],
           approx_size: int | None = None) -> Asset:
    return Asset(
        name=name,
        purpose=purpose,
        file_name=repo_path.rsplit("/", 1)[-1],
        size=size,
        approx_size=approx_size if approx_size is not None else int(size or 0),
        sha256=sha256,
        repo_id=HUB_REPO_ID,
        repo_path=repo_path,
        revision=HUB_REVISION,
        licence=LICENCE,
        required_for=required_for,
    )


_CONTENT_GOALS = (GOAL_CONVERT, GOAL_TRAIN, GOAL_TRAIN_32K, GOAL_TRAIN_48K, GOAL_SONGS)


def _base_pair(rate: str, goal: str, sizes: tuple[int | None, int | None], hashes: tuple[str, str],
               approx: tuple[int | None, int | None] = (None, None)) -> list[Asset]:
    return [
        _entry(f"base-g{rate}", f"Pretrained generator to fine-tune from ({rate}Hz, with pitch)",
               f"pretrained_v2/f0G{rate}.pth", sizes[0], hashes[0], (goal,), approx[0]),
        _entry(f"base-d{rate}", f"Pretrained discriminator to fine-tune from ({rate}Hz)",
               f"pretrained_v2/f0D{rate}.pth", sizes[1], hashes[1], (goal,), approx[1]),
    ]


def _build_registry() -> dict[str, Asset]:
    entries = [
        _entry("contentvec", "ContentVec content encoder (what is sung, without who sings it)", "hubert_base.pt",
               189_507_909, "f54b40fd2802423a5643779c4861af1e9ee9c1564dc9d32f54f20b5ffba7db96", _CONTENT_GOALS),
        _entry("rmvpe", "RMVPE pitch extractor (the default pitch method; FCPE and CREPE work without it)",
               "rmvpe.pt", 181_184_272, "6d62215f4306e3ca278246188607209f09af3dc77ed4232efdd069798c4ec193",
               _CONTENT_GOALS),
        *_base_pair("32k", GOAL_TRAIN_32K, (73_950_049, 142_875_703),
                    ("2332611297b8d88c7436de8f17ef5f07a2119353e962cd93cda5806d59a1133d",
                     "bd7134e7793674c85474d5145d2d982e3c5d8124fc7bb6c20f710ed65808fa8a")),
        *_base_pair("40k", GOAL_TRAIN, (73_106_273, 142_875_703),
                    ("3b2c44035e782c4b14ddc0bede9e2f4a724d025cd073f736d4f43708453adfcb",
                     "6b6ab091e70801b28e3f41f335f2fc5f3f35c75b39ae2628d419644ec2b0fa09")),
        # The 48k sizes are published only approximately: these two are verified by hash alone.
        *_base_pair("48k", GOAL_TRAIN_48K, (None, None),
                    ("b5d51f589cc3632d4eae36a315b4179397695042edc01d15312e1bddc2b764a4",
                     "2269b73c7a4cf34da09aea99274dabf99b2ddb8a42cbfb065fb3c0aa9a2fc748"),
                    approx=(75_400_000, 142_900_000)),
    ]
    entries += _separation_entries()
    return {asset.name: asset for asset in entries}


def _separation_entries() -> list[Asset]:
    """Vocal separation (svcdesk.separation.models): RoFormer checkpoints of the music-source-separation community,
    with the sha256 published for each (the Kim and karaoke sizes are known only approximately)."""
    def separator(name: str, purpose: str, repo_id: str, repo_path: str, revision: str, size: int | None,
                  approx: int, sha256: str, licence: str, required_for: tuple[str, ...] = ()) -> Asset:
        return Asset(name=name, purpose=purpose, file_name=repo_path.rsplit("/", 1)[-1], size=size,
                     approx_size=approx, sha256=sha256, repo_id=repo_id, repo_path=repo_path, revision=revision,
                     licence=licence, required_for=required_for)

    return [
        separator("sep-vocals", "Vocal separator for whole songs (Mel-Band RoFormer by Kimberley Jensen)",
                  "KimberleyJSN/melbandroformer", "MelBandRoformer.ckpt", "main", None, 913_100_000,
                  "87201f4d31afb5bc79993230fc49446918425574db48c01c405e44f365c7559e",
                  "see the model card of KimberleyJSN/melbandroformer", (GOAL_SONGS,)),
        separator("sep-vocals-bs", "Vocal separator, larger and slower (BS-RoFormer 1297 by viperx)",
                  "baicai1145/pymss", "vocal/vocal_extraction/model_bs_roformer_ep_317_sdr_12.9755.ckpt", "main",
                  639_331_213, 639_331_213,
                  "5b84f37e8d444c8cb30c79d77f613a41c05868ff9c9ac6c7049c00aefae115aa",
                  "as published by viperx (UVR model repository)"),
        separator("sep-karaoke", "Lead vocal apart from the backing vocals (Mel-Band RoFormer karaoke, aufr33 & viperx)",
                  "jarredou/aufr33-viperx-karaoke-melroformer-model",
                  "mel_band_roformer_karaoke_aufr33_viperx_sdr_10.1956.ckpt", "main", None, 913_096_801,
                  "1de20d459332fe8869aeb01327a31df0032262706e1365114e852dc271779813",
                  "as published by aufr33 and viperx (UVR model repository)"),
        separator("sep-dereverb", "Reverb and echo taken off the vocal (Mel-Band RoFormer de-reverb by anvuew)",
                  "anvuew/dereverb_mel_band_roformer", "dereverb_mel_band_roformer_anvuew_sdr_19.1729.ckpt",
                  "cef05ad2b5b3145ea5c149d3ad5d1f8439b34d06", 913_107_578, 913_107_578,
                  "9262877b87e9ebb0fb808a456b0a411fa677f5df31c8383c1254af531c078970",
                  "see the model card of anvuew/dereverb_mel_band_roformer"),
    ]


ASSETS: Mapping[str, Asset] = _build_registry()


# ---------------------------------------------------------------------------------------------- folders


def assets_dir() -> Path:
    """The folder holding the weight files: $SVCDESK_ASSETS_DIR; else $SVCDESK_HOME/data/weights (portable
    installs and tests move every app folder with SVCDESK_HOME); else the platform's user data folder."""
    override = os.environ.get(ASSETS_DIR_ENV)
    if override:
        return Path(override)
    home = os.environ.get("SVCDESK_HOME")
    if home:
        return Path(home) / "data" / "weights"
    import platformdirs

    return Path(platformdirs.user_data_dir("svcdesk", appauthor=False)) / "weights"


def get_asset(name: str) -> Asset:
    try:
        return ASSETS[name]
    except KeyError:
        known = ", ".join(ASSETS)
        raise AssetError(Message("Unknown weight file '{name}'. Known: {known}.", name=name, known=known)) from None


def file_path(name: str) -> Path:
    """Where the asset's file lives (whether or not it is there)."""
    return assets_dir() / get_asset(name).file_name


def partial_path(name: str) -> Path:
    return assets_dir() / (get_asset(name).file_name + PARTIAL_SUFFIX)


# ---------------------------------------------------------------------------------------------- hashing


def sha256_file(path: Path, on_bytes: Callable[[int], None] | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_HASH_BLOCK):
            digest.update(block)
            if on_bytes is not None:
                on_bytes(len(block))
    return digest.hexdigest()


def identify(sha256: str) -> Asset | None:
    """The registry entry whose published hash is `sha256`, if any (to name a file imported under the wrong name)."""
    return next((asset for asset in ASSETS.values() if asset.sha256 == sha256), None)


# ---------------------------------------------------------------------------------------------- records


def _records_path() -> Path:
    return assets_dir() / RECORDS_FILE


def _read_records() -> dict:
    path = _records_path()
    try:
        data = read_json(path)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _fingerprint(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _describe(name: str, sha256: str, source: str) -> dict:
    path = file_path(name)
    size, mtime_ns = _fingerprint(path)
    return {"file": path.name, "sha256": sha256, "size": size, "mtime_ns": mtime_ns, "source": source}


def record_verified(name: str, sha256: str, source: str) -> None:
    """Remember that the asset's current file has `sha256` (source: download | import | import-unknown | check)."""
    records = _read_records()
    records[name] = _describe(name, sha256, source)
    write_json_atomic(_records_path(), records)


def _current_record(name: str) -> dict | None:
    """The record for the asset's file if it still describes the file on disk (same size and mtime)."""
    path = file_path(name)
    record = _read_records().get(name)
    if not record or not path.is_file():
        return None
    if (record.get("size"), record.get("mtime_ns")) != _fingerprint(path) or record.get("file") != path.name:
        return None
    return record


def recorded_sha256(name: str) -> str | None:
    """The sha256 remembered for the asset's current file (None when it was never hashed or has changed)."""
    record = _current_record(name)
    return (record.get("sha256") or None) if record else None


def _record_is_trusted(asset: Asset, record: dict) -> bool:
    if record.get("sha256") == asset.sha256:
        return True
    # A file the user confirmed by hand is trusted under the hash it had when they confirmed it.
    return record.get("source") == "import-unknown"


# ---------------------------------------------------------------------------------------------- queries


def _check(name: str) -> dict:
    """Hash the asset's file and remember the result, good or bad, so it is hashed once per version of the file."""
    path = file_path(name)
    asset = get_asset(name)
    if asset.size is not None and path.stat().st_size != asset.size:
        digest = ""  # the wrong size already says it is not the published file
    else:
        digest = sha256_file(path)
    try:
        record_verified(name, digest, "check")
    except OSError:
        pass  # a read-only weights folder: the answer holds for this call, the file is hashed again next time
    return _describe(name, digest, "check")


def asset_path(name: str) -> Path | None:
    """The asset's file if it is present and verified (hashed once, then remembered), else None.

    A file found without a record (copied in by hand) is hashed on this first call.
    """
    asset = get_asset(name)
    path = file_path(name)
    if not path.is_file():
        return None
    record = _current_record(name) or _check(name)
    return path if _record_is_trusted(asset, record) else None


def missing_message(name: str) -> str:
    asset = get_asset(name)
    return (
        f"{asset.file_name} ({asset.name}: {asset.purpose}) is missing. Download it with "
        f"'svcdesk assets download {asset.name}' or Tools > Weight files, or import a copy you have with "
        f"'svcdesk assets import {asset.name} FILE'."
    )


def require(name: str) -> Path:
    """The asset's verified file, or WeightsMissing naming the file and how to get it."""
    path = asset_path(name)
    if path is None:
        raise WeightsMissing(missing_message(name), asset=name)
    return path


@dataclass(frozen=True)
class AssetStatus:
    """state: ready | imported (user-confirmed unknown hash) | unchecked (present, not yet hashed) |
    mismatch (present, wrong hash) | partial (interrupted download) | missing."""

    asset: Asset
    state: str
    path: Path
    bytes_on_disk: int

    @property
    def usable(self) -> bool:
        return self.state in ("ready", "imported")


def asset_status(name: str, check: bool = False) -> AssetStatus:
    """The asset's state without hashing, unless `check` (then an unchecked file is hashed once)."""
    asset = get_asset(name)
    path = file_path(name)
    if path.is_file():
        record = _current_record(name)
        if record is None and check:
            record = _check(name)
        if record is None:
            wrong_size = asset.size is not None and path.stat().st_size != asset.size
            state = "mismatch" if wrong_size else "unchecked"
        elif record.get("sha256") == asset.sha256:
            state = "ready"
        elif record.get("source") == "import-unknown":
            state = "imported"
        else:
            state = "mismatch"
        return AssetStatus(asset, state, path, path.stat().st_size)
    partial = partial_path(name)
    if partial.is_file():
        return AssetStatus(asset, "partial", partial, partial.stat().st_size)
    return AssetStatus(asset, "missing", path, 0)


def status(check: bool = False) -> list[AssetStatus]:
    return [asset_status(name, check=check) for name in ASSETS]


def verify(names: list[str] | None = None) -> Iterator[object]:
    """Re-hash the present files (ignoring remembered results): Progress events, then one AssetStatus per file."""
    selected = [get_asset(name) for name in (names or list(ASSETS))]
    present = [asset for asset in selected if file_path(asset.name).is_file()]
    total = sum(file_path(asset.name).stat().st_size for asset in present)
    done = 0
    for asset in selected:
        path = file_path(asset.name)
        if path.is_file():
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                while block := handle.read(_HASH_BLOCK):
                    digest.update(block)
                    done += len(block)
                    yield Progress(done, total, Message("checking {file_name}", file_name=asset.file_name))
            previous = _read_records().get(asset.name) or {}
            sha256 = digest.hexdigest()
            # Keep how the file came (download, import-unknown...) when its content is still the same.
            source = previous.get("source", "check") if previous.get("sha256") == sha256 else "check"
            record_verified(asset.name, sha256, source)
        yield asset_status(asset.name)


@dataclass(frozen=True)
class GoalNeeds:
    """What a goal needs: every asset, those not usable yet, and their sizes in bytes (approximate for 48k)."""

    goal: str
    assets: tuple[Asset, ...]
    missing: tuple[Asset, ...]

    @property
    def total_bytes(self) -> int:
        return sum(asset.display_size for asset in self.assets)

    @property
    def missing_bytes(self) -> int:
        return sum(asset.display_size for asset in self.missing)


def needed_for(goal: str) -> GoalNeeds:
    """The weights `goal` needs (demo | convert | train | train-32k | train-48k) and which are missing."""
    goal = GOAL_ALIASES.get(goal, goal)
    if goal not in GOALS:
        raise AssetError(Message("Unknown goal '{goal}'. Known: {known}.", goal=goal, known=', '.join(GOALS)))
    assets = tuple(asset for asset in ASSETS.values() if goal in asset.required_for)
    # check=True: a file copied in by hand is hashed once here rather than reported missing.
    missing = tuple(asset for asset in assets if not asset_status(asset.name, check=True).usable)
    return GoalNeeds(goal, assets, missing)



# ---------------------------------------------------------------------------------------------- import


@dataclass(frozen=True)
class AssetReady:
    """The asset's file is in place. source: download | import | import-unknown."""

    asset: str
    path: Path
    sha256: str
    source: str


def import_file_job(name: str, source: str | os.PathLike, confirm_unknown: bool = False) -> Iterator[object]:
    """Copy a file the user has into the assets folder, verified: Progress events, then AssetReady.

    The source is only read. The copy is hashed as it is written to a temporary file beside the
    target and moved into place only when accepted, so a crash or a refusal leaves no half file.
    A file whose hash is not the published one raises UnknownWeights unless `confirm_unknown`.
    """
    asset = get_asset(name)
    source = Path(source)
    if not source.is_file():
        raise AssetError(Message("Cannot import {file_name}: '{source}' is not a file.",
                                 file_name=asset.file_name, source=source))
    target = file_path(name)
    total = source.stat().st_size
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{asset.file_name}.", suffix=".import", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        done = 0
        with open(source, "rb") as reader, os.fdopen(fd, "wb") as writer:
            while block := reader.read(_HASH_BLOCK):
                writer.write(block)
                digest.update(block)
                done += len(block)
                yield Progress(done, total, Message("importing {file_name}", file_name=asset.file_name))
            writer.flush()
            os.fsync(writer.fileno())
        sha256 = digest.hexdigest()
        known = sha256 == asset.sha256
        if not known and not confirm_unknown:
            raise UnknownWeights(_unknown_message(asset, sha256, total), asset=name, sha256=sha256)
        os.replace(tmp, target)
        source_kind = "import" if known else "import-unknown"
        record_verified(name, sha256, source_kind)
        with contextlib.suppress(OSError):
            partial_path(name).unlink()  # a stale interrupted download of the same file is now useless
        yield AssetReady(name, target, sha256, source_kind)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _unknown_message(asset: Asset, sha256: str, size: int) -> Message:
    other = identify(sha256)
    if other is not None and other.name != asset.name:
        return Message("This file is {file_name} ({name}), not {expected_file} ({expected_name}): import it as "
                       "'{name}'.", file_name=other.file_name, name=other.name, expected_file=asset.file_name,
                       expected_name=asset.name)
    if asset.size and asset.size != size:
        return Message("This file does not match the published {file_name} ({size:,} bytes, expected {expected:,}): "
                       "its sha256 is {sha256}. Import it anyway only if you trust where it came from (confirm, or "
                       "--yes on the command line).", file_name=asset.file_name, size=size, expected=asset.size,
                       sha256=sha256)
    return Message("This file does not match the published {file_name}: its sha256 is {sha256}. Import it anyway "
                   "only if you trust where it came from (confirm, or --yes on the command line).",
                   file_name=asset.file_name, sha256=sha256)


def import_file(name: str, path: str | os.PathLike, confirm_unknown: bool = False) -> AssetReady:
    """Verify and copy `path` into the assets folder as `name` (see `import_file_job`)."""
    ready = None
    for event in import_file_job(name, path, confirm_unknown=confirm_unknown):
        if isinstance(event, AssetReady):
            ready = event
    assert ready is not None  # import_file_job ends with AssetReady or raises
    return ready


# ---------------------------------------------------------------------------------------------- download


def download(name: str, force: bool = False) -> Iterator[object]:
    """Download the asset from the hub: DownloadProgress / Notice events, then AssetReady (assets_download.py)."""
    from svcdesk.assets_download import download_asset

    return download_asset(name, force=force)
