"""Start-up time: process start to main window shown (offscreen), in fresh processes.

Each run is a new interpreter (`main.py --exit-after-show`) with its own empty app folder, so no
cache or settings from an earlier run helps; a tiny project is opened so the first page does its
real work. "shown" is when the window is visible; "ready" adds building the first page and opening
the project. Target: shown <= 1.5 s.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 7
TARGET_S = 1.5


def make_project(folder: Path) -> Path:
    sys.path.insert(0, str(REPO))
    import numpy as np

    from svcdesk.audio.io import save_audio
    from svcdesk.project import Project

    project = Project.create(folder / "Bench project")
    source = folder / "take.wav"
    t = np.arange(40000 * 5) / 40000
    save_audio(source, (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), 40000)
    list(project.import_files([source]))
    return project.root


def one_run(project: Path, home: Path) -> dict:
    env = dict(os.environ, SVCDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    started = time.time()
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--exit-after-show", str(project)],
                            capture_output=True, text=True, encoding="utf-8", env=env, cwd=REPO, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"start-up failed (exit code {result.returncode}):\n{result.stderr}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return {"shown": report["shown"] - started, "ready": report["ready"] - started,
            "torch": report["torch_imported"]}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="svcdesk-bench-") as tmp:
        tmp_path = Path(tmp)
        project = make_project(tmp_path)
        one_run(project, tmp_path / "warm-up")  # fills the OS file cache, as any second launch would
        runs = [one_run(project, tmp_path / f"home{i}") for i in range(RUNS)]
    shown = [r["shown"] for r in runs]
    ready = [r["ready"] for r in runs]
    print(f"start-up over {RUNS} fresh processes (offscreen, {os.cpu_count()} CPUs)")
    print(f"  window shown : median {statistics.median(shown):.3f} s  min {min(shown):.3f} s  max {max(shown):.3f} s")
    print(f"  first page + project ready : median {statistics.median(ready):.3f} s  max {max(ready):.3f} s")
    print(f"  torch imported on the start-up path: {any(r['torch'] for r in runs)}")
    verdict = "OK" if statistics.median(shown) <= TARGET_S else "SLOW"
    print(f"  target <= {TARGET_S:.1f} s to the window: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
