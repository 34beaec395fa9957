"""Voices shared as a link: downloaded into the library's hidden `.downloads/` folder by the same transfer the
weight files use (progress with speed and ETA, HTTP Range resume, retries, cancel between reads).

A download that is cancelled or cut keeps its `.part` file, keyed on the URL, so the next import of the same
link continues where it stopped; a finished one is handed to the importer, which removes it afterwards.
"""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from email.message import Message as MimeHeader
from pathlib import Path
from typing import Generator

from svcdesk import __version__
from svcdesk.assets import AssetError
from svcdesk.events import Progress
from svcdesk.messages import Message

DOWNLOADS_FOLDER = ".downloads"


def is_url(text: str) -> bool:
    return bool(re.match(r"^https?://", str(text).strip(), re.IGNORECASE))


def _file_name(url: str, disposition: str | None) -> str:
    if disposition:
        header = MimeHeader()
        header["content-disposition"] = disposition
        name = header.get_filename()
        if name:
            return Path(name).name
    path = urllib.parse.unquote(urllib.parse.urlparse(url).path)
    return Path(path).name or "download"


def _unreachable(url: str, reason: object) -> Message:
    if isinstance(reason, int) or reason == "?":
        reason = Message("the server answered {status}", status=reason)
    return Message("Could not download {url}: {reason}. Check the link and the internet connection and try again "
                   "(the download resumes).", url=url, reason=reason)


def _offline(url: str) -> Message:
    return Message("Cannot download {url}: offline mode is on (HF_HUB_OFFLINE). Unset HF_HUB_OFFLINE, or download "
                   "the file yourself and import it.", url=url)


def download_voice_file(url: str, library_root: Path) -> Generator[object, None, Path]:
    """Download `url` into `<library>/.downloads/`: DownloadProgress and Notice events; returns the file."""
    import httpx2
    from huggingface_hub.utils import get_session

    from svcdesk.assets_download import _discard_partial, hub_offline, stream_to_part

    url = url.strip()
    if hub_offline():
        raise AssetError(_offline(url))
    headers = {"Accept-Encoding": "identity", "User-Agent": f"svcdesk/{__version__}"}
    yield Progress(0, 0, Message("contacting {host}", host=urllib.parse.urlparse(url).netloc))
    try:
        answer = get_session().head(url, headers=headers, follow_redirects=True, timeout=20)
    except (httpx2.HTTPError, OSError) as exc:
        raise AssetError(_unreachable(url, exc)) from None
    except Exception as exc:  # noqa: BLE001 - huggingface_hub's offline guard and friends
        raise AssetError(_unreachable(url, exc)) from None
    location = str(answer.url)
    if answer.status_code == 405:  # a server without HEAD: the GET tells the size
        location, size, etag, disposition = url, None, None, None
    elif answer.status_code >= 400:
        raise AssetError(_unreachable(url, answer.status_code))
    else:
        length = answer.headers.get("content-length")
        size = int(length) if length and length.isdigit() else None
        etag = answer.headers.get("etag")
        disposition = answer.headers.get("content-disposition")
    name = _file_name(location, disposition)
    folder = library_root / DOWNLOADS_FOLDER
    key = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
    part = folder / f"{key}.part"
    # Without an ETag the server cannot say whether a kept part is of the same file: the URL and size must do.
    sha256 = yield from stream_to_part(location, part, etag or f"size:{size}", size, headers, label=name,
                                       subject=url, offline=lambda: _offline(url),
                                       unreachable=lambda reason: _unreachable(url, reason), state={"url": url})
    target = folder / key / name
    target.parent.mkdir(parents=True, exist_ok=True)
    part.replace(target)
    _discard_partial(part)
    yield Progress(1, 1, Message("downloaded {name} (sha256 {sha}...)", name=name, sha=sha256[:12]))
    return target
