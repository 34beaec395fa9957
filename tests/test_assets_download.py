"""Downloads against a fake hub on 127.0.0.1: progress, resume, hash check, cancel, offline mode.

The fake serves `/{repo}/resolve/{revision}/{path}` the way huggingface_hub expects (HEAD and GET,
ETag, X-Repo-Commit, Content-Length, Range), optionally redirecting to a "CDN" path as the real hub
does for large files. No test reaches the internet: HF_ENDPOINT points at the fake.
"""

from __future__ import annotations

import hashlib
import random
import socket
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from svcdesk import assets
from svcdesk.assets import AssetError, AssetReady
from svcdesk.assets_download import DownloadProgress, download_asset
from svcdesk.events import Notice

REVISION = "main"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
PAYLOAD_SIZE = 2 * 1024 * 1024 + 123


class FakeHub:
    """A tiny threaded hub. `cut_first_get_at`: the first full GET stops after that many bytes and the
    connection is dropped. `ignore_range`: answer 200 with the whole file even to a Range request.
    `throttle`: seconds to sleep between 64 KiB pieces. `redirect`: resolve URLs 302 to /cdn/<sha256>."""

    def __init__(self):
        self.files: dict[str, bytes] = {}
        self.requests: list[tuple[str, str, str | None]] = []
        self.cut_first_get_at: int | None = None
        self.ignore_range = False
        self.throttle = 0.0
        self.redirect = False
        self.hub_headers = True  # False: answer like a captive portal or plain web server
        self._lock = threading.Lock()
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_HEAD(self):
                hub._serve(self, body=False)

            def do_GET(self):
                hub._serve(self, body=True)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       name="fake-hub")

    def add(self, repo_id: str, repo_path: str, payload: bytes) -> None:
        self.files[f"/{repo_id}/resolve/{REVISION}/{repo_path}"] = payload
        self.files[f"/cdn/{hashlib.sha256(payload).hexdigest()}"] = payload

    def gets(self) -> list[tuple[str, str, str | None]]:
        return [r for r in self.requests if r[0] == "GET"]

    def _serve(self, handler: BaseHTTPRequestHandler, body: bool) -> None:
        range_header = handler.headers.get("Range")
        with self._lock:
            self.requests.append((handler.command, handler.path, range_header))
        payload = self.files.get(handler.path)
        if payload is None:
            handler.send_response(404)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        sha = hashlib.sha256(payload).hexdigest()
        if self.redirect and "/resolve/" in handler.path:
            handler.send_response(302)
            handler.send_header("Location", f"/cdn/{sha}")
            handler.send_header("X-Repo-Commit", COMMIT)
            handler.send_header("X-Linked-Etag", f'"{sha}"')
            handler.send_header("X-Linked-Size", str(len(payload)))
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        start = 0
        if range_header and not self.ignore_range:
            start = int(range_header.removeprefix("bytes=").split("-")[0])
        handler.send_response(206 if start else 200)
        if self.hub_headers:
            handler.send_header("ETag", f'"{sha}"')
            handler.send_header("X-Repo-Commit", COMMIT)
        handler.send_header("Accept-Ranges", "bytes")
        handler.send_header("Content-Length", str(len(payload) - start))
        if start:
            handler.send_header("Content-Range", f"bytes {start}-{len(payload) - 1}/{len(payload)}")
        handler.end_headers()
        if not body:
            return
        cut = None
        with self._lock:
            if self.cut_first_get_at is not None and not start:
                cut, self.cut_first_get_at = self.cut_first_get_at, None
        data = payload[start:cut] if cut is not None else payload[start:]
        try:
            for offset in range(0, len(data), 65536):
                handler.wfile.write(data[offset:offset + 65536])
                if self.throttle:
                    time.sleep(self.throttle)
            handler.wfile.flush()
            if cut is not None:
                handler.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # the client went away (a cancelled download)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def make_payload(seed: int = 1, size: int = PAYLOAD_SIZE) -> bytes:
    return random.Random(seed).randbytes(size)


@pytest.fixture
def payload():
    return make_payload()


@pytest.fixture
def registry(monkeypatch, tmp_path, payload):
    """The registry with 'contentvec' and 'rmvpe' replaced by small fake payloads with their real sha256."""
    monkeypatch.setenv("SVCDESK_ASSETS_DIR", str(tmp_path / "weights"))
    small = dict(assets.ASSETS)
    for seed, name in enumerate(("contentvec", "rmvpe"), start=1):
        data = make_payload(seed)
        small[name] = replace(assets.ASSETS[name], size=len(data), approx_size=len(data),
                              sha256=hashlib.sha256(data).hexdigest())
    monkeypatch.setattr(assets, "ASSETS", small)
    return small


@pytest.fixture
def hub(monkeypatch, registry):
    """The fake hub serving the small registry; online mode only inside this fixture."""
    from huggingface_hub import constants

    with FakeHub() as fake:
        for seed, name in enumerate(("contentvec", "rmvpe"), start=1):
            fake.add(registry[name].repo_id, registry[name].repo_path, make_payload(seed))
        monkeypatch.setenv("HF_ENDPOINT", fake.url)
        monkeypatch.setenv("HF_HUB_OFFLINE", "0")
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
        monkeypatch.setattr("svcdesk.assets_download.RETRY_BASE_SECONDS", 0.2)
        yield fake


def run(job):
    return list(job)


def started_download(hub, name):
    """A download slowed down by the hub and advanced until its first bytes arrived."""
    hub.throttle = 0.005
    job = download_asset(name)
    for event in job:
        if isinstance(event, DownloadProgress) and event.done > 0:
            return job
    raise AssertionError("the download finished before any progress event")


@pytest.mark.parametrize("redirect", [False, True], ids=["direct", "cdn-redirect"])
def test_download_verifies_and_records(hub, payload, redirect):
    hub.redirect = redirect
    events = run(download_asset("contentvec"))
    ready = events[-1]
    assert isinstance(ready, AssetReady) and ready.source == "download"
    assert ready.path.read_bytes() == payload
    assert assets.asset_path("contentvec") == ready.path
    assert assets.asset_status("contentvec").state == "ready"
    assert not assets.partial_path("contentvec").exists()
    progress = [e for e in events if isinstance(e, DownloadProgress)]
    assert progress and progress[-1].done == len(payload) and progress[-1].total == len(payload)
    # A second call finds the verified file and asks the hub nothing.
    before = len(hub.requests)
    again = run(download_asset("contentvec"))
    assert again[-1].source == "present" and len(hub.requests) == before


def test_progress_reports_speed_and_eta(hub, payload):
    hub.throttle = 0.01
    events = run(download_asset("contentvec"))
    moving = [e for e in events if isinstance(e, DownloadProgress) and 0 < e.done < e.total]
    assert moving, "no intermediate progress events"
    assert any(e.speed > 0 and e.eta is not None and e.eta >= 0 for e in moving)
    assert all("MB" in e.message or "KB" in e.message for e in moving)


def test_resume_after_cut_connection(hub, payload):
    cut = len(payload) // 2
    hub.cut_first_get_at = cut
    events = run(download_asset("contentvec"))
    assert isinstance(events[-1], AssetReady)
    assert events[-1].path.read_bytes() == payload
    assert any(isinstance(e, Notice) and e.level == "warning" and "Connection lost" in e.message for e in events)
    ranges = [r for _, _, r in hub.gets()]
    assert ranges[0] is None and ranges[1] == f"bytes={cut}-"


def test_server_ignoring_range_restarts_cleanly(hub, payload):
    hub.cut_first_get_at = len(payload) // 3
    hub.ignore_range = True
    events = run(download_asset("contentvec"))
    assert events[-1].path.read_bytes() == payload  # not the first third twice


def test_cancel_keeps_a_resumable_partial(hub, payload):
    job = started_download(hub, "contentvec")
    job.close()
    part = assets.partial_path("contentvec")
    assert not assets.file_path("contentvec").exists()
    assert part.exists() and 0 < part.stat().st_size < len(payload)
    assert assets.asset_status("contentvec").state == "partial"
    kept = part.stat().st_size

    hub.throttle = 0.0
    events = run(download_asset("contentvec"))
    assert events[-1].path.read_bytes() == payload
    assert hub.gets()[-1][2] == f"bytes={kept}-"
    assert any(isinstance(e, Notice) and "Resuming" in e.message for e in events)


def test_hash_mismatch_removes_the_bad_file(hub, payload):
    corrupted = bytearray(payload)
    corrupted[1000] ^= 0xFF
    asset = assets.ASSETS["contentvec"]
    hub.add(asset.repo_id, asset.repo_path, bytes(corrupted))
    with pytest.raises(AssetError, match="does not match its published checksum"):
        run(download_asset("contentvec"))
    assert not assets.file_path("contentvec").exists()
    assert not assets.partial_path("contentvec").exists()
    assert assets.asset_path("contentvec") is None


def test_size_change_on_the_hub_downloads_nothing(hub, payload):
    asset = assets.ASSETS["rmvpe"]
    hub.add(asset.repo_id, asset.repo_path, payload + b"extra")
    with pytest.raises(AssetError, match="different rmvpe.pt"):
        run(download_asset("rmvpe"))
    assert hub.gets() == []


def test_missing_file_on_the_hub_is_a_clear_error(hub):
    hub.files.clear()
    with pytest.raises(AssetError, match="answered 404"):
        run(download_asset("rmvpe"))


def test_offline_mode_explains_itself(hub, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(AssetError, match="offline mode is on") as info:
        run(download_asset("rmvpe"))
    assert "svcdesk assets import rmvpe" in str(info.value)
    assert hub.requests == []


def test_cli_download_then_verify(hub, payload, capsys):
    from svcdesk.cli import main

    assert main(["assets", "download", "contentvec"]) == 0
    assert assets.file_path("contentvec").read_bytes() == payload
    assert main(["assets", "verify", "contentvec"]) == 0
    out = capsys.readouterr().out
    assert "contentvec" in out and "ready" in out
    assert main(["assets", "download", "--goal", "convert"]) == 0  # only rmvpe was still missing
    out = capsys.readouterr().out
    assert "rmvpe: downloaded and verified" in out and "contentvec" not in out
    assert main(["assets", "download", "--goal", "convert"]) == 0
    assert "already here" in capsys.readouterr().out
    assert main(["assets", "download"]) == 1


def test_a_second_download_of_the_same_file_is_refused_while_one_runs(hub, payload):
    first = started_download(hub, "contentvec")
    try:
        with pytest.raises(AssetError, match="already being downloaded"):
            run(download_asset("contentvec"))
        other = run(download_asset("rmvpe"))  # another file is not blocked
        assert isinstance(other[-1], AssetReady)
    finally:
        first.close()
    hub.throttle = 0.0
    assert run(download_asset("contentvec"))[-1].path.read_bytes() == payload  # the lock was released on close


def test_a_server_that_is_not_a_hub_is_named_as_such(hub):
    hub.hub_headers = False
    with pytest.raises(AssetError, match="not from a Hugging Face hub"):
        run(download_asset("rmvpe"))
    assert hub.gets() == [] and not assets.partial_path("rmvpe").exists()
