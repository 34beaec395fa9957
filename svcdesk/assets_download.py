"""Download a registry asset from the hub: progress with speed and ETA, resume, sha256 check, cancel.

Why not `hf_hub_download` itself: in huggingface_hub 2.4.0 it tells its `tqdm_class` about progress
once per 10 MiB chunk, it can only be stopped by raising from that callback on another thread, and
it deletes its process-unique partial file on any failure, so a cancelled or crashed 190 MB download
starts again from zero. We use its lower-level pieces instead - `hf_hub_url` (endpoint and pinned
revision), `get_hf_file_metadata` (HEAD: size, ETag, CDN location, offline guard),
`http_stream_backoff` (the library's session: headers, proxies, retries while opening) and
`hf_raise_for_status` - and stream the body here into `<file>.part` with HTTP Range resume. The
generator yields between network reads, so closing it stops the transfer at once and leaves a
partial file that the next download continues; the final file appears only after its sha256 matched.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Generator, Iterator

from tqdm import tqdm

from svcdesk import __version__
from svcdesk.assets import (
    Asset,
    AssetError,
    AssetReady,
    asset_path,
    file_path,
    get_asset,
    human_size,
    partial_path,
    record_verified,
)
from svcdesk.events import Notice, Progress
from svcdesk.messages import Message
from svcdesk.utils.atomic import read_json, write_json_atomic

log = logging.getLogger("svcdesk.assets")

EVENT_INTERVAL = 0.1  # seconds between progress events: 10 per second
MAX_RETRIES = 5  # consecutive connection failures without a byte received before giving up
RETRY_BASE_SECONDS = 0.5
RETRY_MAX_SECONDS = 8.0


@dataclass(frozen=True)
class DownloadProgress(Progress):
    """Bytes `done` of `total` for `asset`; `speed` in bytes/s (smoothed), `eta` in seconds (None: unknown)."""

    asset: str = ""
    speed: float = 0.0
    eta: float | None = None


class TransferMeter(tqdm):
    """A silent tqdm used for its smoothed rate: the bridge from byte counts to DownloadProgress events."""

    monitor_interval = 0  # no tqdm monitor thread

    def __init__(self, total: int | None, initial: int, asset: str):
        super().__init__(total=total, initial=initial, unit="B", unit_scale=True, mininterval=EVENT_INTERVAL,
                         miniters=1, smoothing=0.3, leave=False, disable=False)
        self.asset = asset

    def display(self, msg=None, pos=None):  # nothing is printed: events carry the figures
        return None

    def event(self, message: str = "") -> DownloadProgress:
        rate = self.format_dict.get("rate") or 0.0
        total = int(self.total or 0)
        eta = (total - self.n) / rate if rate > 0 and total else None
        text = message or _progress_text(self.n, total, rate, eta)
        return DownloadProgress(done=int(self.n), total=total, message=text, asset=self.asset, speed=float(rate),
                                eta=eta)


def _progress_text(done: int, total: int, rate: float, eta: float | None) -> str:
    parts = [human_size(done) + (f" of {human_size(total)}" if total else "")]
    if rate > 0:
        parts.append(f"{human_size(rate)}/s")
    if eta is not None:
        minutes, seconds = divmod(int(eta + 0.5), 60)
        parts.append(f"ETA {minutes}:{seconds:02d}")
    return ", ".join(parts)


def hub_offline() -> bool:
    """HF_HUB_OFFLINE as the environment says now, or as huggingface_hub read it at import."""
    from huggingface_hub import constants

    value = os.environ.get("HF_HUB_OFFLINE")
    if value is not None:
        return value.strip().upper() in ("1", "ON", "YES", "TRUE") or constants.is_offline_mode()
    return constants.is_offline_mode()


def hub_endpoint() -> str | None:
    endpoint = os.environ.get("HF_ENDPOINT", "").strip().rstrip("/")
    return endpoint or None


def _offline_message(asset: Asset) -> Message:
    return Message("Cannot download {file_name}: offline mode is on (HF_HUB_OFFLINE). Unset HF_HUB_OFFLINE to "
                   "download, or import a copy you have: svcdesk assets import {name} FILE.",
                   file_name=asset.file_name, name=asset.name)


def _unreachable_message(asset: Asset, endpoint: str | None, reason: object) -> Message:
    host = endpoint or "https://huggingface.co"
    if isinstance(reason, int) or reason == "?":  # an HTTP status
        reason = Message("the server answered {status}", status=reason)
    return Message("Could not download {file_name} from {host}: {reason}. Check the internet connection and try again "
                   "(the download resumes), or import a copy you have: svcdesk assets import {name} FILE.",
                   file_name=asset.file_name, host=host, reason=reason, name=asset.name)


def _state_path(part: Path) -> Path:
    return part.with_name(part.name + ".json")


def _resumable_bytes(part: Path, etag: str | None, size: int | None) -> int:
    """How much of an earlier partial download can be kept: all of it if it came from the same remote file."""
    if not part.is_file():
        return 0
    try:
        state = read_json(_state_path(part))
    except (OSError, ValueError):
        return 0
    have = part.stat().st_size
    if not etag or state.get("etag") != etag or (size is not None and have > size):
        return 0
    return have


def _discard_partial(part: Path) -> None:
    for path in (part, _state_path(part)):
        with contextlib.suppress(OSError):
            path.unlink()


def download_asset(name: str, force: bool = False) -> Iterator[object]:
    """Generator: DownloadProgress and Notice events, then AssetReady; raises AssetError with the fix.

    Closing the generator stops the transfer and keeps `<file>.part` for the next call to resume.
    """
    asset = get_asset(name)
    if not force:
        present = asset_path(name)
        if present is not None:
            yield AssetReady(name, present, asset.sha256, "present")
            return
    if hub_offline():
        raise AssetError(_offline_message(asset))

    import httpx2
    from huggingface_hub import get_hf_file_metadata, hf_hub_url
    from huggingface_hub.errors import HfHubHTTPError, OfflineModeIsEnabled
    from huggingface_hub.utils import build_hf_headers

    endpoint = hub_endpoint()
    url = hf_hub_url(asset.repo_id, asset.repo_path, revision=asset.revision, endpoint=endpoint)
    # A public repository: no token is sent, so a user's token never reaches a CDN host.
    headers = build_hf_headers(token=False, library_name="svcdesk", library_version=__version__)
    headers["Accept-Encoding"] = "identity"  # byte offsets must be those of the file for Range to work
    yield Progress(0, 0, Message("contacting the hub for {file_name}", file_name=asset.file_name))
    try:
        meta = get_hf_file_metadata(url, token=False, headers=headers, endpoint=endpoint)
    except OfflineModeIsEnabled:
        raise AssetError(_offline_message(asset)) from None
    except HfHubHTTPError as exc:
        status = exc.response.status_code if exc.response is not None else "?"
        raise AssetError(_unreachable_message(asset, endpoint, status)) from None
    except (httpx2.HTTPError, OSError) as exc:
        raise AssetError(_unreachable_message(asset, endpoint, exc)) from None

    if meta.commit_hash is None or meta.etag is None:
        raise AssetError(_unreachable_message(
            asset, endpoint, Message("the answer is not from a Hugging Face hub (no X-Repo-Commit or ETag header); "
                                     "check HF_ENDPOINT, the proxy or a firewall/login page")))
    log.info("%s: revision %s is commit %s", asset.file_name, asset.revision, meta.commit_hash)
    # As hf_hub_download does: a plain LFS file is fetched from the CDN location the HEAD pointed to; a
    # Xet-backed one (no hf_xet transfer here) through the resolve URL, which redirects to a byte server.
    location = url if meta.xet_file_data is not None else meta.location
    size = meta.size
    if asset.size is not None and size is not None and size != asset.size:
        raise AssetError(
            Message("The hub serves a different {file_name} ({size:,} bytes, expected {expected:,}) at revision "
                    "'{revision}'. Nothing was downloaded; import a copy you trust instead.",
                    file_name=asset.file_name, size=size, expected=asset.size, revision=asset.revision))
    with _exclusive(asset):
        if force:
            _discard_partial(partial_path(name))
        yield from _transfer(asset, location, meta.etag, size, headers, endpoint)


@contextlib.contextmanager
def _exclusive(asset: Asset) -> Iterator[None]:
    """One download of a file at a time across windows and processes: two would append to one .part."""
    from filelock import Timeout  # huggingface_hub's own dependency, raised by its WeakFileLock
    from huggingface_hub.utils import WeakFileLock

    lock_path = partial_path(asset.name).parent / ".locks" / f"{asset.file_name}.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    held = contextlib.ExitStack()
    try:
        held.enter_context(WeakFileLock(lock_path, timeout=0.2))
    except Timeout:
        raise AssetError(Message("{file_name} is already being downloaded by another svcdesk window or command; wait "
                                 "for it or cancel it there.",
                                 file_name=asset.file_name)) from None
    with held:
        yield


def _transfer(asset: Asset, location: str, etag: str | None, size: int | None, headers: dict,
              endpoint: str | None) -> Iterator[object]:
    part = partial_path(asset.name)
    sha256 = yield from stream_to_part(
        location, part, etag, size, headers, label=asset.file_name, subject=asset.name,
        expected_bytes=asset.display_size, state={"revision": asset.revision, "repo_path": asset.repo_path},
        offline=lambda: _offline_message(asset), unreachable=lambda reason: _unreachable_message(asset, endpoint, reason))
    if sha256 != asset.sha256:
        _discard_partial(part)
        raise AssetError(
            Message("The downloaded {file_name} does not match its published checksum (sha256 {actual}..., expected "
                    "{expected}...); the bad file was removed. Try again later, or import a copy you trust: svcdesk "
                    "assets import {name} FILE.",
                    file_name=asset.file_name, actual=sha256[:16], expected=asset.sha256[:16], name=asset.name))
    target = file_path(asset.name)
    os.replace(part, target)
    _discard_partial(part)
    record_verified(asset.name, sha256, "download")
    yield AssetReady(asset.name, target, sha256, "download")


def stream_to_part(location: str, part: Path, etag: str | None, size: int | None, headers: dict, *, label: str,
                   subject: str, offline: Callable[[], Message], unreachable: Callable[[object], Message],
                   expected_bytes: int = 0, state: dict | None = None) -> Generator[object, None, str]:
    """Stream `location` into `part` (resuming what an earlier attempt from the same remote file left), with
    DownloadProgress and Notice events; returns the sha256 of the whole file. Used for registry assets and for
    the voices users download from a URL. `label` names the file in messages, `subject` in events; `offline`
    and `unreachable(reason)` give the messages for those failures. Closing the generator keeps `part`."""
    import httpx2
    from huggingface_hub import constants
    from huggingface_hub.errors import HfHubHTTPError, OfflineModeIsEnabled
    from huggingface_hub.utils import hf_raise_for_status, http_stream_backoff

    part.parent.mkdir(parents=True, exist_ok=True)
    done = _resumable_bytes(part, etag, size)
    if done == 0:
        _discard_partial(part)
    write_json_atomic(_state_path(part), {"etag": etag, "size": size, **(state or {})})
    needed = (size or expected_bytes) - done
    free = shutil.disk_usage(part.parent).free
    if needed > free:
        raise AssetError(Message("Not enough disk space for {file_name}: {needed} needed, {free} free in {folder}.",
                                 file_name=label, needed=human_size(needed), free=human_size(free),
                                 folder=part.parent))

    digest = hashlib.sha256()
    if done:
        yield Notice("info", Message("Resuming {file_name} at {size}.",
                                     file_name=label, size=human_size(done)), subject=subject)
        yield from _hash_prefix(part, done, digest)

    meter = TransferMeter(total=size, initial=done, asset=subject)
    failures = 0
    last_event = 0.0
    try:
        with open(part, "ab") as out:
            while size is None or done < size:
                request_headers = dict(headers)
                if done:
                    request_headers["Range"] = f"bytes={done}-"
                try:
                    # Connection errors are retried by this loop (which yields, so cancel answers), not inside.
                    with http_stream_backoff("GET", location, headers=request_headers, retry_on_exceptions=(),
                                             timeout=constants.HF_HUB_DOWNLOAD_TIMEOUT) as response:
                        hf_raise_for_status(response)
                        if done and response.status_code != 206:
                            # The server ignored the Range: start over rather than append a second copy.
                            out.seek(0)
                            out.truncate()
                            digest = hashlib.sha256()
                            done = 0
                            meter.reset(total=size)
                        for chunk in response.iter_bytes():
                            out.write(chunk)
                            digest.update(chunk)
                            done += len(chunk)
                            meter.update(len(chunk))
                            failures = 0
                            now = time.monotonic()
                            if now - last_event >= EVENT_INTERVAL:
                                last_event = now
                                yield meter.event()
                    if size is None:
                        size = done  # no announced size: one complete response is the whole file
                except OfflineModeIsEnabled:
                    raise AssetError(offline()) from None
                except HfHubHTTPError as exc:
                    status = exc.response.status_code if exc.response is not None else "?"
                    raise AssetError(unreachable(status)) from None
                except httpx2.TransportError as exc:
                    failures += 1
                    if failures > MAX_RETRIES:
                        raise AssetError(unreachable(exc)) from None
                    out.flush()
                    yield Notice("warning", Message("Connection lost at {size}; resuming (attempt {failures} of "
                                                    "{max_retries}).",
                                                    size=human_size(done), failures=failures, max_retries=MAX_RETRIES),
                                 subject=subject)
                    yield from _wait(min(RETRY_BASE_SECONDS * 2 ** (failures - 1), RETRY_MAX_SECONDS), meter)
            out.flush()
            os.fsync(out.fileno())
        yield meter.event(f"{human_size(done)} received, checking")
    finally:
        meter.close()

    if size is not None and done != size:
        _discard_partial(part)
        raise AssetError(Message("The download of {file_name} ended at {done:,} of {size:,} bytes; the partial file "
                                 "was removed. Try again.",
                                 file_name=label, done=done, size=size))
    return digest.hexdigest()


def _hash_prefix(part: Path, length: int, digest) -> Iterator[Progress]:
    """Feed the kept bytes of a partial download to the running hash, so the result covers the whole file."""
    done = 0
    with open(part, "rb") as handle:
        while done < length:
            block = handle.read(min(1024 * 1024, length - done))
            if not block:
                break
            digest.update(block)
            done += len(block)
            yield Progress(done, length, Message("checking the partial download of {name}", name=part.name))


def _wait(seconds: float, meter: TransferMeter) -> Iterator[DownloadProgress]:
    """Sleep in short slices, yielding, so a cancel during a retry pause answers at once."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        time.sleep(min(EVENT_INTERVAL, left))
        yield meter.event()


def download_many(names: list[str], force: bool = False) -> Iterator[object]:
    """Download several assets one after the other (e.g. what a goal needs)."""
    for name in names:
        yield from download_asset(name, force=force)
