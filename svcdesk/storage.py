"""Writing files where things go wrong: a full disk, a read-only folder, a locked file, a path too long.

Every writer in the core (checkpoints, previews, the metrics store, the feature cache, conversions,
exports, project manifests, imported copies) reports a failed write as one `StorageError`: it names the
file or folder, says what happened in words, and gives the fix that fits the cause. The libraries
below us rarely say "disk full" themselves (numpy: "721600 requested and 359392 written"; torch:
"[enforce fail at inline_container.cc:672] unexpected pos"; libsndfile: "System error"), so a failure
without a clear errno is classified by looking at the free space left.

Also here: free space (`free_bytes`, `ensure_free`) for the checks made before a write, and the mode of
new files (`apply_umask`): temporary files are created 0600 and would otherwise keep it after the rename.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
from pathlib import Path, PureWindowsPath

from svcdesk.errors import SvcdeskError
from svcdesk.messages import Message

#: Below this much free space, a write that failed without a clear reason is taken for a full disk.
NEARLY_FULL_BYTES = 16 * 2**20
#: Windows' path limit when long paths are not enabled (MAX_PATH, including the drive and the terminator).
WINDOWS_MAX_PATH = 260
#: Headroom kept free beyond what a write needs (file system metadata, the temporary copy's rounding).
SAFETY_MARGIN_BYTES = 8 * 2**20

DISK_FULL = "disk-full"
PERMISSION = "permission"
READ_ONLY = "read-only"
TOO_LONG = "too-long"
LOCKED = "locked"
MISSING = "missing"
IO_ERROR = "io"
OTHER = "other"

_WINERROR_SHARING_VIOLATION = 32
_WINERROR_LOCK_VIOLATION = 33
_WINERROR_FILENAME_EXCED_RANGE = 206
_WINERROR_DISK_FULL = 112
_WINERROR_NOT_READY = 21


class StorageError(SvcdeskError):
    """A file could not be written (or created, or replaced): `kind` is the cause, `path` the file."""

    def __init__(self, message: str, kind: str = OTHER, path: str = ""):
        super().__init__(message)
        self.kind = kind
        self.path = path


def human_size(n_bytes: float) -> str:
    """Sizes as the app shows them everywhere: decimal units (586.7 MB), as drives and downloads count."""
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n_bytes) < 1000 or unit == "GB":
            return f"{n_bytes:.0f} {unit}" if unit == "B" else f"{n_bytes:.1f} {unit}"
        n_bytes /= 1000
    return f"{n_bytes:.1f} GB"


def existing_ancestor(path: str | os.PathLike) -> Path:
    """The nearest folder of `path` that exists (a path about to be created has none of its own yet)."""
    current = Path(os.path.abspath(path))
    while not current.exists() and current.parent != current:
        current = current.parent
    return current


def drive_of(path: str | os.PathLike) -> str:
    """What the user calls the place: the drive letter on Windows (D:\\), the mount point elsewhere."""
    absolute = os.path.abspath(path)
    if sys.platform == "win32":
        drive = PureWindowsPath(absolute).drive
        return f"{drive}\\" if drive else absolute
    current = existing_ancestor(absolute)
    while not os.path.ismount(current) and current.parent != current:
        current = current.parent
    return str(current)


def free_bytes(path: str | os.PathLike) -> int | None:
    """Free space for the user on the drive of `path` (None when it cannot be measured)."""
    try:
        return int(shutil.disk_usage(existing_ancestor(path)).free)
    except OSError:
        return None


def _errno_of(exc: BaseException) -> int | None:
    return getattr(exc, "errno", None) if isinstance(exc, OSError) else None


def classify(exc: BaseException, path: str | os.PathLike) -> str | None:
    """The cause of a failed write of `path`, or None when `exc` is not a storage failure (a bug, bad data).

    A library that wraps the OSError of a failed write (torch.save raises RuntimeError from it) is seen through.
    """
    for link in _chain(exc):
        if link is not exc and isinstance(link, OSError) and link.errno is not None:
            return _classify_one(link, path)
    return _classify_one(exc, path)


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _classify_one(exc: BaseException, path: str | os.PathLike) -> str | None:
    winerror = getattr(exc, "winerror", None)
    if winerror in (_WINERROR_SHARING_VIOLATION, _WINERROR_LOCK_VIOLATION):
        return LOCKED
    if winerror == _WINERROR_FILENAME_EXCED_RANGE:
        return TOO_LONG
    if winerror == _WINERROR_DISK_FULL:
        return DISK_FULL
    if winerror == _WINERROR_NOT_READY:
        return MISSING
    code = _errno_of(exc)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DISK_FULL
    if code == errno.EROFS:
        return READ_ONLY
    if code in (errno.EACCES, errno.EPERM):
        return READ_ONLY if _folder_is_read_only(path) else PERMISSION
    if code == errno.ENAMETOOLONG:
        return TOO_LONG
    if code in (errno.ENOENT, errno.ENOTDIR, getattr(errno, "ENODEV", -1), getattr(errno, "ENXIO", -1)):
        if sys.platform == "win32" and len(os.path.abspath(path)) >= WINDOWS_MAX_PATH:
            return TOO_LONG
        return MISSING
    if code == errno.EIO:
        return IO_ERROR
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        if "disk is full" in text or "database or disk is full" in text:
            return DISK_FULL
        if "readonly" in text or "read-only" in text:
            return READ_ONLY
        if "unable to open" in text or "disk i/o" in text:
            return _by_free_space(path, IO_ERROR)
        return None
    if isinstance(exc, OSError):
        return _by_free_space(path, OTHER)
    text = str(exc)
    # torch.save's writer and libsndfile report a short write without an errno.
    if isinstance(exc, RuntimeError) and any(mark in text for mark in (
            "inline_container", "PytorchStreamWriter", "file write failed", "unexpected pos")):
        return _by_free_space(path, IO_ERROR)
    if type(exc).__name__ == "LibsndfileError" and ("System error" in text or "Error writing" in text):
        return _by_free_space(path, IO_ERROR)
    return None


def _by_free_space(path: str | os.PathLike, otherwise: str) -> str:
    free = free_bytes(path)
    return DISK_FULL if free is not None and free < NEARLY_FULL_BYTES else otherwise


def _folder_is_read_only(path: str | os.PathLike) -> bool:
    folder = existing_ancestor(Path(path).parent)
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):
        return False


def storage_message(kind: str, path: str | os.PathLike, needed: int | None = None, intact: str = "",
                    detail: str = "") -> Message:
    """One line in the user's words: what happened to which file, and the fix for that cause."""
    path = Path(path)
    name = str(path)
    folder = str(path.parent)
    keep = f" {intact}" if intact else ""
    if kind == DISK_FULL:
        drive = drive_of(path)
        free = free_bytes(path)
        amount = human_size(needed + SAFETY_MARGIN_BYTES) if needed else "some space"
        return Message("{name}: the disk is full ({free} free on {drive}). Free {amount} on {drive} or move the "
                       "project to another drive.{keep}", name=name, free=human_size(free or 0), drive=drive,
                       amount=amount, keep=keep)
    if kind == READ_ONLY:
        return Message("{folder} is read-only, so {file} cannot be written. Move the project to a folder you can "
                       "write to (or make this one writable).{keep}", folder=folder, file=path.name, keep=keep)
    if kind == PERMISSION:
        return Message("{name}: permission denied. Choose a folder you can write to, or give your account write "
                       "access to {folder}.{keep}", name=name, folder=folder, keep=keep)
    if kind == TOO_LONG:
        return Message("{name}: the path is too long ({length} characters; Windows allows {limit} unless long "
                       "paths are enabled). Move the project to a shorter folder such as C:\\svcdesk-projects.{keep}",
                       name=name, length=len(os.path.abspath(path)), limit=WINDOWS_MAX_PATH, keep=keep)
    if kind == LOCKED:
        return Message("{name} is open in another program, which locks it. Close that program (a player, an "
                       "editor, a sync client) and try again.{keep}", name=name, keep=keep)
    if kind == MISSING:
        return Message("{folder} is not there any more (a drive removed, or the folder deleted or renamed). "
                       "Reconnect the drive or choose another folder.{keep}", folder=folder, keep=keep)
    if kind == IO_ERROR:
        return Message("{name}: the drive reported a read/write error ({detail}). Check the drive, and copy the "
                       "project to another one.{keep}", name=name, detail=detail or "I/O error", keep=keep)
    return Message("{name}: could not be written ({detail}).{keep}", name=name, detail=detail or "unknown error",
                   keep=keep)


def _detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    lines = str(exc).strip().splitlines()
    return lines[-1] if lines else type(exc).__name__


def storage_error(exc: BaseException, path: str | os.PathLike, needed: int | None = None,
                  intact: str = "") -> StorageError | None:
    """A StorageError for a failed write of `path`, or None when `exc` is no storage failure."""
    if isinstance(exc, StorageError):
        return exc
    kind = classify(exc, path)
    if kind is None:
        return None
    return StorageError(storage_message(kind, path, needed, intact, _detail(exc)), kind, str(path))


def ensure_free(path: str | os.PathLike, needed: int, what: Message | str = "", intact: str = "") -> None:
    """Refuse early, with the figure, when `needed` bytes (plus a margin) will not fit on the drive of `path`."""
    free = free_bytes(path)
    if free is None or free >= needed + SAFETY_MARGIN_BYTES:
        return
    drive = drive_of(path)
    keep = f" {intact}" if intact else ""
    raise StorageError(Message("not enough space for {what} in {folder}: it needs about {needed}, {drive} has "
                               "{free} free. Free {missing} on {drive} or choose another folder.{keep}",
                               what=what or Path(path).name, folder=str(existing_ancestor(path)),
                               needed=human_size(needed), drive=drive, free=human_size(free),
                               missing=human_size(needed + SAFETY_MARGIN_BYTES - free), keep=keep),
                       DISK_FULL, str(path))


def _read_umask() -> int:
    # os.umask can only be read by setting it; done once, at import, before any worker thread exists.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = _read_umask()


def apply_umask(fd: int) -> None:
    """Give a file made by mkstemp (mode 0600) the mode any program's new file gets: 0666 minus the umask."""
    if hasattr(os, "fchmod"):
        try:
            os.fchmod(fd, 0o666 & ~UMASK)
        except OSError:
            pass  # a file system without modes (FAT, some network shares): nothing to give
