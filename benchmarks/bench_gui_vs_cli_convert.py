"""Convert of one clip in the GUI and on the command line, alternating fresh processes: the GUI may not be slower.

A full-size RVC v2 40k voice (random weights), a --seconds synthetic sung clip, the demo encoder and fcpe.
Each run is a fresh process that first imports what the app imports at start (svcdesk.gui.preload), then times
  gui   the Convert page: the source dropped (its pitch traced, as the page does) -> the converted result shown
  cli   `svcdesk convert` (cli.main) from its arguments to the written file
Goal: GUI within 10% of the CLI (median of --runs each).
Usage: .venv/bin/python benchmarks/bench_gui_vs_cli_convert.py [--seconds 20] [--runs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))
GOAL = 1.10


def preload() -> None:
    from svcdesk.gui import preload as app_preload
    from svcdesk.utils.jobs import run_to_end

    app_preload.skip_feature_scan()
    run_to_end(app_preload.preload_job())


def time_cli(folder: Path) -> float:
    from svcdesk import cli

    out = folder / "cli.wav"
    argv = ["convert", "--input", str(folder / "clip.wav"), "--model", str(folder / "voice.pt"), "--output",
            str(out), "--f0", "fcpe", "--demo-encoder"]
    began = time.perf_counter()
    code = cli.main(argv)
    elapsed = time.perf_counter() - began
    if code != 0 or not out.is_file():
        raise SystemExit(f"svcdesk convert failed with exit code {code}")
    return elapsed


def time_gui(folder: Path) -> float:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from gui_fakes import FakePlayer
    from gui_pages_helpers import PageContext
    from svcdesk.gui.pages.convert import ConvertPage
    from svcdesk.project import Project

    def spin_until(condition) -> None:
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(5)
        check.timeout.connect(lambda: loop.quit() if condition() else None)
        check.start()
        loop.exec()
        check.stop()

    project = Project.create(folder / "project")
    page = ConvertPage(PageContext(project, FakePlayer()))
    page.resize(1400, 900)
    page.show()
    page.f0_method.setCurrentText("fcpe")
    page.demo_encoder_box.setChecked(True)
    page.select_model(str(folder / "voice.pt"))
    app.processEvents()
    began = time.perf_counter()
    page.load_source(str(folder / "clip.wav"))
    spin_until(lambda: page._source_worker is None)
    page.start_conversion()
    spin_until(lambda: not page.is_converting())
    elapsed = time.perf_counter() - began
    if page.converted is None:
        raise SystemExit(f"the GUI conversion failed: {page.status.text()}")
    page.shutdown()
    return elapsed


def child(kind: str, folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    preload()
    run_folder = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=folder))
    for name in ("clip.wav", "voice.pt"):
        os.link(folder / name, run_folder / name)
    elapsed = time_gui(run_folder) if kind == "gui" else time_cli(run_folder)
    import torch

    print(json.dumps({"seconds": elapsed, "threads": torch.get_num_threads()}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    import soundfile as sf

    from bench_compare import voice_file
    from bench_convert import singer

    with tempfile.TemporaryDirectory(prefix="svcdesk-bench-gui-cli-") as tmp:
        folder = Path(tmp)
        audio, rate = singer(args.seconds)
        sf.write(folder / "clip.wav", audio, rate)
        voice_file(folder / "voice.pt", 0)
        env = dict(os.environ, SVCDESK_HOME=str(folder / "home"), SVCDESK_NO_WARMUP="1")
        times: dict[str, list[float]] = {"gui": [], "cli": []}
        threads = 0
        for _ in range(args.runs):
            for kind in ("cli", "gui"):
                result = subprocess.run([sys.executable, __file__, "--child", kind, str(folder)], env=env,
                                        capture_output=True, text=True, encoding="utf-8", check=False)
                if result.returncode != 0:
                    raise SystemExit(f"the {kind} run failed:\n{result.stderr[-3000:]}")
                row = json.loads(result.stdout.strip().splitlines()[-1])
                times[kind].append(row["seconds"])
                threads = row["threads"]
                print(f"  {kind} {row['seconds']:.1f} s", flush=True)
    gui, cli = statistics.median(times["gui"]), statistics.median(times["cli"])
    print(f"Convert of a {args.seconds:.0f} s clip, full-size 40k voice, demo encoder, fcpe, torch threads "
          f"{threads}, fresh process per run, median of {args.runs}")
    print(f"  cli {cli:.1f} s   gui {gui:.1f} s   gui/cli {gui / cli:.2f}")
    print(f"goal gui <= {GOAL:.2f}x cli: {'PASS' if gui / cli <= GOAL else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
