"""First vs second Compare in a fresh process: what a user waits for the first time, against every later time.

Two full-size RVC v2 40k voices (random weights), a --seconds synthetic sung clip, three reference segments
(the "embedding the training voice" step), the demo encoder and fcpe, as the Compare page runs it. Each child
process runs the comparison twice into fresh folders (no render or analysis cache shared between the two),
so the second differs from the first only by what a process keeps: imports, loaded models, compiled code.
The first child starts with an empty user cache (SVCDESK_HOME, numba's cache under it): a first install.
The second child reuses that cache: a later start of the app. Goal: first within 1.3x of second.
Usage: .venv/bin/python benchmarks/bench_first_compare.py [--seconds 20] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
GOAL = 1.3


def prepare(folder: Path, seconds: float) -> dict:
    import soundfile as sf

    from bench_compare import voice_file
    from bench_convert import singer

    audio, rate = singer(seconds)
    clip = folder / "clip.wav"
    sf.write(clip, audio, rate)
    reference = []
    for index in range(3):
        path = folder / f"segment_{index}.wav"
        start = index * 4 * rate
        sf.write(path, audio[start: start + 4 * rate], rate)
        reference.append(str(path))
    models = [str(voice_file(folder / f"step_{step}.pt", seed)) for seed, step in enumerate((1000, 2000))]
    return {"clip": str(clip), "reference": reference, "models": models}


def child(folder: Path, threads: int) -> None:
    """Two comparisons in this (fresh) process; prints one JSON line with their times."""
    began = time.perf_counter()
    import torch

    from svcdesk.config import ConversionConfig
    from svcdesk.inference.compare import compare

    if threads:
        torch.set_num_threads(threads)
    imports = time.perf_counter() - began
    plan = json.loads((folder / "plan.json").read_text(encoding="utf-8"))
    times = []
    for attempt in range(2):
        out = Path(tempfile.mkdtemp(prefix=f"compare{attempt}-", dir=folder))
        started = time.perf_counter()
        for _event in compare(plan["models"], plan["clip"], out, ConversionConfig(f0_method="fcpe"),
                              reference=plan["reference"], demo_encoder=True):
            pass
        times.append(time.perf_counter() - started)
    print(json.dumps({"imports": imports, "first": times[0], "second": times[1],
                      "threads": torch.get_num_threads()}), flush=True)


def run_child(folder: Path, home: Path, threads: int) -> dict:
    env = dict(os.environ, SVCDESK_HOME=str(home), SVCDESK_NO_WARMUP="1")
    env.pop("NUMBA_CACHE_DIR", None)
    result = subprocess.run([sys.executable, __file__, "--child", str(folder), "--threads", str(threads)],
                            env=env, capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        raise SystemExit(f"the child process failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child), args.threads)
        return 0
    with tempfile.TemporaryDirectory(prefix="svcdesk-bench-first-") as tmp:
        folder = Path(tmp)
        (folder / "plan.json").write_text(json.dumps(prepare(folder, args.seconds)), encoding="utf-8")
        home = folder / "home"
        rows = [("first install", run_child(folder, home, args.threads)),
                ("later start", run_child(folder, home, args.threads))]
    print(f"Compare of 2 full-size 40k voices on a {args.seconds:.0f} s clip (demo encoder, fcpe, 3 reference "
          f"segments), torch threads {rows[0][1]['threads']}, fresh process each")
    print(f"{'process':<15}{'imports s':>11}{'1st s':>9}{'2nd s':>9}{'1st/2nd':>10}")
    worst = 0.0
    for name, row in rows:
        ratio = row["first"] / row["second"]
        worst = max(worst, ratio)
        print(f"{name:<15}{row['imports']:>11.1f}{row['first']:>9.1f}{row['second']:>9.1f}{ratio:>10.2f}")
    print(f"goal first <= {GOAL}x second: {'PASS' if worst <= GOAL else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
