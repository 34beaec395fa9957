"""Zip files as people share voices: unpacked safely into the library's staging folder, and written for export.

Unpacking refuses, before writing a byte, an archive with an entry that leaves its folder (`..`, an absolute
or drive path, a link) and one that would unpack to more than `MAX_UNPACKED_BYTES` or inflate any large entry
more than `MAX_RATIO` times (a zip bomb). macOS junk (`__MACOSX/`, `._*`, `.DS_Store`) and Windows' thumbnails
are left out. Names written by Windows tools in the local code page (no UTF-8 flag) are decoded as such.
"""

from __future__ import annotations

import re
import shutil
import stat
import struct
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Iterator

from svcdesk.errors import ImportRefused
from svcdesk.events import Progress
from svcdesk.messages import Message
from svcdesk.storage import ensure_free, human_size

MAX_UNPACKED_BYTES = 8 * 2**30  # a voice with a large index is well under 2 GB
MAX_RATIO = 200  # weights and indexes hardly compress; text compresses ~10x; a bomb compresses 1000x
RATIO_CHECKED_ABOVE = 2**20  # small entries (configs, readmes) may compress well
MAX_ENTRIES = 20000
_JUNK_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}
_UNICODE_PATH_EXTRA = 0x7075  # Info-ZIP's extra field holding the UTF-8 name


def is_plain_zip(path: Path) -> bool:
    """A zip archive that is not itself a torch file (a .pth is a zip too, holding `<name>/data.pkl`)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False
    return not any(re.fullmatch(r"[^/]+/data\.pkl", name) for name in names)


def entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's name as its author saw it: the UTF-8 extra field, the UTF-8 flag, else the likeliest code page
    (Windows' Chinese and Japanese zips carry GBK or Shift-JIS names without saying so)."""
    extra = info.extra
    while len(extra) >= 4:
        kind, length = struct.unpack("<HH", extra[:4])
        body = extra[4:4 + length]
        if kind == _UNICODE_PATH_EXTRA and len(body) > 5:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                break
        extra = extra[4 + length:]
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gbk", "shift_jis", "big5"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _is_junk(parts: tuple[str, ...]) -> bool:
    return (any(part == "__MACOSX" for part in parts) or parts[-1].startswith("._")
            or parts[-1].lower() in _JUNK_NAMES)


def _safe_parts(name: str) -> tuple[str, ...] | None:
    """The entry's path components, or None when it would land outside the folder it is unpacked into."""
    text = name.replace("\\", "/")
    if text.startswith("/") or re.match(r"^[A-Za-z]:", text) or "\x00" in text:
        return None
    parts = tuple(part for part in PurePosixPath(text).parts if part not in ("", "."))
    if any(part == ".." for part in parts):
        return None
    return parts


def check_archive(path: Path, archive: zipfile.ZipFile) -> list[tuple[zipfile.ZipInfo, tuple[str, ...]]]:
    """The entries to unpack (files, junk left out) with their safe paths; ImportRefused when the archive
    cannot be unpacked safely."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ImportRefused(Message("{zip} holds {count:,} entries; a shared voice has a handful, so it was not "
                                    "unpacked", zip=path.name, count=len(infos)), file=path.name)
    entries = []
    total = 0
    for info in infos:
        name = entry_name(info)
        parts = _safe_parts(name)
        mode = info.external_attr >> 16
        if parts is None or stat.S_ISLNK(mode):
            raise ImportRefused(Message("{zip} holds an entry that points outside its folder ({entry}); nothing "
                                        "was imported", zip=path.name, entry=name), file=path.name)
        if info.is_dir() or not parts or _is_junk(parts):
            continue
        total += info.file_size
        if info.file_size > RATIO_CHECKED_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportRefused(Message("{zip} looks like a zip bomb: {entry} would inflate {ratio:,.0f} times "
                                        "(to {size}); nothing was imported", zip=path.name, entry=name,
                                        ratio=info.file_size / max(info.compress_size, 1),
                                        size=human_size(info.file_size)), file=path.name)
        entries.append((info, parts))
    if total > MAX_UNPACKED_BYTES:
        raise ImportRefused(Message("{zip} would unpack to {size}, more than the {limit} a voice can need; nothing "
                                    "was imported", zip=path.name, size=human_size(total),
                                    limit=human_size(MAX_UNPACKED_BYTES)), file=path.name)
    return entries


def unpack(path: Path, into: Path) -> Iterator[Progress]:
    """Unpack the zip `path` into the folder `into` (inside the library's staging area), checked first."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise ImportRefused(Message("{zip} is a damaged or cut-short zip archive (download or copy it again)",
                                    zip=path.name), file=path.name) from None
    with archive:
        entries = check_archive(path, archive)
        total = sum(info.file_size for info, _ in entries)
        ensure_free(into, total, Message("unpacking {zip}", zip=path.name))
        done = 0
        for info, parts in entries:
            target = into.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            try:
                with archive.open(info) as source, open(target, "wb") as out:
                    while block := source.read(1 << 20):
                        written += len(block)
                        if written > info.file_size:  # the header lied about the size
                            raise ImportRefused(Message("{zip}: {entry} is larger than its header says; nothing was "
                                                        "imported", zip=path.name, entry="/".join(parts)),
                                                file=path.name)
                        out.write(block)
                        done += len(block)
                        yield Progress(done, total, Message("unpacking {zip}", zip=path.name))
            except (zipfile.BadZipFile, zlib.error, EOFError):
                raise ImportRefused(Message("{zip} is damaged: {entry} does not unpack (download or copy it again)",
                                            zip=path.name, entry="/".join(parts)), file=path.name) from None
            except NotImplementedError:
                raise ImportRefused(Message("{zip} uses a compression method svcdesk cannot unpack ({entry}); unpack "
                                            "it yourself and import the folder", zip=path.name,
                                            entry="/".join(parts)), file=path.name) from None
            except RuntimeError as exc:  # an encrypted entry
                if "encrypted" not in str(exc) and "password" not in str(exc):
                    raise
                raise ImportRefused(Message("{zip} is password-protected; unpack it yourself and import the folder",
                                            zip=path.name), file=path.name) from None


def write_zip(out: Path, members: list[tuple[Path, str]]) -> Iterator[Progress]:
    """A zip holding each (file, name in the zip) at the top level, written atomically. Stored, not deflated:
    weights and indexes do not compress, and every tool reads a stored zip."""
    from svcdesk.utils.atomic import atomic_open

    total = sum(path.stat().st_size for path, _ in members)
    ensure_free(out.parent if out.parent.exists() else Path.cwd(), total, Message("exporting {name}", name=out.name))
    done = 0
    with atomic_open(out, "wb", needed=total) as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
            for path, name in members:
                with open(path, "rb") as source, archive.open(name, "w", force_zip64=True) as target:
                    shutil.copyfileobj(source, target, 1 << 20)
                done += path.stat().st_size
                yield Progress(done, total, Message("exporting {name}", name=out.name))
