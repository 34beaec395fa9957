"""Generator inference speed and memory on CPU: a straightforward run against svcdesk's prepared path.

Full-size RVC v2 generator with random weights, one clip of --seconds audio (default 10 s at 40 kHz).
Variants, each in its own process so peak memory is its own:
  straightforward  weight norm recomputed every call, autograd on (what a direct port does)
  inference_mode   the same under torch.inference_mode
  folded           + weight norm folded once
  prepared         + channels-last 2-D decoder plan with in-place activations (Synthesizer.prepare_for_inference)
Prints wall time, RTF (time / audio length; < 1 is faster than real time), speed-up, peak RSS and the largest
output difference to the straightforward run (same noise seeds).

    .venv/bin/python benchmarks/bench_generator.py [--seconds 10] [--sample-rate 40000] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VARIANTS = ("straightforward", "inference_mode", "folded", "prepared")


def _inputs(frames: int, feature_dim: int):
    import torch

    gen = torch.Generator().manual_seed(0)
    features = torch.randn(1, frames, feature_dim, generator=gen)
    pitch = torch.randint(1, 256, (1, frames), generator=gen)
    f0 = 120.0 + 100.0 * torch.rand(1, frames, generator=gen)
    f0[:, : frames // 10] = 0.0  # some unvoiced frames, as in real singing
    return features, torch.tensor([frames]), pitch, f0, torch.tensor([0])


def run_child(variant: str, seconds: float, sample_rate: int, threads: int, repeats: int, out_path: Path) -> dict:
    import psutil
    import torch

    from svcdesk.models.config import ModelConfig
    from svcdesk.models.synthesizer import Synthesizer
    from svcdesk.models.weightnorm import fold_weight_norm

    if threads:
        torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = Synthesizer.from_model_config(ModelConfig.rvc_v2(sample_rate)).eval()
    frames = int(round(seconds * 100))
    args = _inputs(frames, model.config.feature_dim)

    if variant == "straightforward":
        def call():
            # infer() without its inference_mode decorator: autograd records the whole graph.
            return Synthesizer.infer.__wrapped__(model, *args, generator=torch.Generator().manual_seed(1)).detach()
    else:
        if variant == "folded":
            fold_weight_norm(model)
        elif variant == "prepared":
            model.prepare_for_inference()

        def call():
            return model.infer(*args, generator=torch.Generator().manual_seed(1))

    rss_before = psutil.Process().memory_info().rss
    times, cpu_times = [], []
    out = None
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        out = call()
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu_start)
    torch.save(out.clone(), out_path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB
    return {"variant": variant, "time": min(times), "cpu": min(cpu_times), "threads": torch.get_num_threads(),
            "peak_rss": peak, "rss_before": rss_before, "samples": int(out.shape[-1])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--sample-rate", type=int, default=40000, choices=(32000, 40000, 48000))
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument("--repeats", type=int, default=2, help="runs per variant; the fastest counts")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        result = run_child(args.child, args.seconds, args.sample_rate, args.threads, args.repeats, Path(args.out))
        print(json.dumps(result))
        return 0

    import torch

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for variant in args.variants.split(","):
            out_path = Path(tmp) / f"{variant}.pt"
            command = [sys.executable, __file__, "--child", variant, "--out", str(out_path),
                       "--seconds", str(args.seconds), "--sample-rate", str(args.sample_rate),
                       "--threads", str(args.threads), "--repeats", str(args.repeats)]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            results[variant] = json.loads(done.stdout.strip().splitlines()[-1])
            results[variant]["output"] = torch.load(out_path, weights_only=True)

    first = next(iter(results.values()))
    reference = results.get("straightforward", first)
    print(f"generator RVC v2 {args.sample_rate // 1000}k, {args.seconds:g} s of audio "
          f"({first['samples']} samples), {first['threads']} torch threads, best of {args.repeats}")
    print(f"{'variant':<16} {'wall s':>8} {'RTF':>7} {'speed-up':>9} {'cpu s':>8} {'peak RSS':>10} "
          f"{'+ during run':>13} {'max |diff|':>11}")
    for variant, r in results.items():
        diff = (r["output"] - reference["output"]).abs().max().item()
        print(f"{variant:<16} {r['time']:>8.2f} {r['time'] / args.seconds:>7.3f} {reference['time'] / r['time']:>8.2f}x "
              f"{r['cpu']:>8.2f} {r['peak_rss'] / 2**20:>8.0f} MB {(r['peak_rss'] - r['rss_before']) / 2**20:>10.0f} MB "
              f"{diff:>11.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
