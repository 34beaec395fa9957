"""Weight-file handling speed: download from a local fake hub, cancel latency, import (copy + sha256).

    .venv/bin/python benchmarks/bench_assets.py

Everything runs on 127.0.0.1 with a 64 MB payload in a temporary folder: the figures measure our
streaming loop, hashing and file handling, not the internet.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the tests' fake hub

SIZE = 64 * 1024 * 1024


def main() -> None:
    os.environ["HF_HUB_OFFLINE"] = "0"
    from huggingface_hub import constants

    constants.HF_HUB_OFFLINE = False
    from test_assets_download import FakeHub

    from svcdesk import assets
    from svcdesk.assets_download import DownloadProgress, download_asset

    payload = os.urandom(SIZE)
    asset = replace(assets.ASSETS["rmvpe"], size=SIZE, approx_size=SIZE, sha256=hashlib.sha256(payload).hexdigest())
    assets.ASSETS = {**assets.ASSETS, "rmvpe": asset}
    with tempfile.TemporaryDirectory() as tmp, FakeHub() as hub:
        os.environ["SVCDESK_ASSETS_DIR"] = str(Path(tmp) / "weights")
        os.environ["HF_ENDPOINT"] = hub.url
        hub.add(asset.repo_id, asset.repo_path, payload)

        start = time.perf_counter()
        events = list(download_asset("rmvpe"))
        seconds = time.perf_counter() - start
        progress = sum(isinstance(e, DownloadProgress) for e in events)
        print(f"download 64 MB from 127.0.0.1 (stream + sha256 + move): {seconds:.2f} s, "
              f"{SIZE / seconds / 1e6:.0f} MB/s, {progress / seconds:.1f} progress events/s")

        assets.file_path("rmvpe").unlink()
        hub.throttle = 0.002
        job = download_asset("rmvpe")
        for event in job:
            if isinstance(event, DownloadProgress) and event.done > 8 * 1024 * 1024:
                break
        start = time.perf_counter()
        job.close()
        print(f"cancel (generator.close) at {event.done / 1e6:.0f} MB: {1000 * (time.perf_counter() - start):.1f} ms")
        hub.throttle = 0.0
        start = time.perf_counter()
        list(download_asset("rmvpe"))
        print(f"resume from the partial file (re-hash kept bytes + rest): {time.perf_counter() - start:.2f} s")

        source = Path(tmp) / "copy.pt"
        source.write_bytes(payload)
        assets.file_path("rmvpe").unlink()
        start = time.perf_counter()
        assets.import_file("rmvpe", source)
        seconds = time.perf_counter() - start
        print(f"import 64 MB (copy + sha256 + fsync): {seconds:.2f} s, {SIZE / seconds / 1e6:.0f} MB/s")

        os.utime(assets.file_path("rmvpe"))  # invalidates the record: the next look-up hashes again
        start = time.perf_counter()
        assets.asset_path("rmvpe")
        first = time.perf_counter() - start
        start = time.perf_counter()
        assets.asset_path("rmvpe")
        print(f"asset_path: first look-up (hash) {1000 * first:.0f} ms, remembered {1e6 * (time.perf_counter() - start):.0f} us")


if __name__ == "__main__":
    main()
