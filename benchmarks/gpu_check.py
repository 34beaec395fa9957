"""The CUDA paths CPU tests cannot run, measured in one script of a few minutes on a lent GPU machine.

Sections (each prints its table; all figures also go to --json):
  1. training: samples/s and peak VRAM of svcdesk's step at batch 4, 8, 16 for fp32, fp16 + GradScaler and bf16,
     against the plain step with RVC's structure (benchmarks/bench_train_step.py) at the same batch and precision;
  2. options tried on the fastest precision at batch 8: cudnn.benchmark, torch.compile of G and D;
  3. the OOM back-off: a run started at a batch too large for the card halves until it fits (the real trainer loop);
  4. the advisor's batch suggestion (its trial-step probe) against the largest batch that fits (doubling probe);
  5. conversion RTF of 60 s: full 40k voice, HuBERT-Base (demo weights), fcpe when installed, else pm.
A --budget-s limit (default 420 s) skips what would not fit, saying so. `--smoke` runs every section on the CPU
with the tiny model, 1 step and a 2 s clip, without torch.compile (tests/test_gpu_check.py): the code paths stay
honest between loans.

On the device machine (torch and torchaudio installed there), carry the wheels of the other locked packages
svcdesk imports (numpy, scipy, soundfile, platformdirs, psutil, torchfcpe, ...; `pip download --no-deps -d
gpu_wheels` with versions from requirements.lock), then:
  pip install --no-index --no-deps gpu_wheels/*.whl && pip install --no-deps -e . &&
  python3 benchmarks/gpu_check.py --json "$OUT/gpu_check.json"
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

CLIP_SECONDS = 3.7


class Budget:
    def __init__(self, seconds: float):
        self.deadline = time.monotonic() + seconds

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def allows(self, seconds: float) -> bool:
        return self.left() > seconds


def synchronize(device) -> None:
    import torch

    if device.type == "cuda":
        torch.cuda.synchronize(device)


def reset_peak(device) -> None:
    import torch

    if device.type == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats(device)


def peak_gib(device) -> float | None:
    import torch

    return torch.cuda.max_memory_allocated(device) / 2**30 if device.type == "cuda" else None


def is_oom(exc: BaseException) -> bool:
    from svcdesk.training.trainer import _is_oom

    return _is_oom(exc)


def make_trainer(device: str, batch: int, precision: str, tiny: bool, runs_dir: Path):
    from training_helpers import synthetic_sources

    from svcdesk.config import TrainingConfig
    from svcdesk.training.trainer import TrainHooks, _Trainer

    extra = dict(tiny_model=True, segment_frames=8) if tiny else {}
    config = TrainingConfig(run=f"gpu-{precision}-{batch}", batch_size=batch, steps=10**6, precision=precision,
                            val_fraction=0.0, min_val_segments=0, mute_clips=0, device=device, **extra)
    seconds = 1.0 if tiny else CLIP_SECONDS
    return _Trainer(config, synthetic_sources(max(2 * batch, 4), seconds=seconds), runs_dir, TrainHooks(), None)


def time_steps(step, steps: int, device) -> float:
    """Seconds per step after one warm-up step (allocator, cuDNN autotuning, compile)."""
    step()
    synchronize(device)
    began = time.perf_counter()
    for _ in range(steps):
        step()
    synchronize(device)
    return (time.perf_counter() - began) / steps


def plain_variant(trainer):
    """The reference-structured step on its own copy of the same models, optimisers as RVC creates them."""
    import torch

    from bench_train_step import plain_step

    G, D = copy.deepcopy(trainer.G), copy.deepcopy(trainer.D)
    c = trainer.config
    kwargs = dict(lr=c.learning_rate, betas=tuple(c.adam_betas), eps=c.adam_eps)
    opt_g, opt_d = torch.optim.AdamW(G.parameters(), **kwargs), torch.optim.AdamW(D.parameters(), **kwargs)
    batch, _, _ = trainer.data.next_batch()
    batch = batch.to(trainer.device)
    return lambda: plain_step(trainer, G, D, opt_g, opt_d, batch, trainer.autocast)


def precisions_for(device) -> list[str]:
    import torch

    if device.type != "cuda":
        return ["fp32"]
    return ["fp32", "fp16"] + (["bf16"] if torch.cuda.is_bf16_supported() else [])


def training_section(args, device, budget: Budget, runs_dir: Path) -> list[dict]:
    rows = []
    for precision in precisions_for(device):
        for batch in args.batches:
            row = {"precision": precision, "batch": batch}
            if not budget.allows(args.step_budget_s):
                row["skipped"] = "time budget"
                rows.append(row)
                continue
            trainer = None
            try:
                reset_peak(device)
                trainer = make_trainer(str(device), batch, precision, args.tiny, runs_dir)
                ours = time_steps(lambda: trainer.train_step().tolist(), args.steps, device)
                row.update(ours_s=ours, ours_samples_s=batch / ours, ours_peak_gib=peak_gib(device))
                if budget.allows(args.step_budget_s):
                    reset_peak(device)
                    plain = time_steps(plain_variant(trainer), args.steps, device)
                    row.update(plain_s=plain, plain_samples_s=batch / plain, plain_peak_gib=peak_gib(device),
                               speedup=plain / ours)
            except Exception as exc:  # noqa: BLE001 - a size that does not fit is a result, not a failure
                if not is_oom(exc):
                    raise
                row["oom"] = True
            finally:
                if trainer is not None:
                    trainer.close()
                del trainer
            rows.append(row)
    print("\n1. training step (samples/s; peak GiB)")
    print(f"{'precision':<10}{'batch':>6}{'svcdesk':>10}{'GiB':>7}{'plain':>10}{'GiB':>7}{'speed-up':>10}")
    for row in rows:
        if "skipped" in row or row.get("oom"):
            print(f"{row['precision']:<10}{row['batch']:>6}   {'out of memory' if row.get('oom') else row['skipped']}")
            continue
        gib = lambda value: f"{value:7.2f}" if value is not None else f"{'-':>7}"  # noqa: E731
        plain = f"{row['plain_samples_s']:10.2f}{gib(row['plain_peak_gib'])}{row['speedup']:9.2f}x" \
            if "plain_s" in row else "   (not timed: budget)"
        print(f"{row['precision']:<10}{row['batch']:>6}{row['ours_samples_s']:10.2f}{gib(row['ours_peak_gib'])}{plain}")
    return rows


def options_section(args, device, budget: Budget, runs_dir: Path, training: list[dict]) -> list[dict]:
    """Each option against the same step without it, on the fastest precision that ran at batch 8 (or the
    smallest batch measured)."""
    import torch

    timed = [r for r in training if "ours_s" in r]
    if not timed:
        return []
    batch = 8 if any(r["batch"] == 8 for r in timed) else min(r["batch"] for r in timed)
    precision = min((r for r in timed if r["batch"] == batch), key=lambda r: r["ours_s"])["precision"]
    rows = []

    @contextlib.contextmanager
    def cudnn_benchmark():
        before = torch.backends.cudnn.benchmark
        torch.backends.cudnn.benchmark = True
        try:
            yield None
        finally:
            torch.backends.cudnn.benchmark = before

    @contextlib.contextmanager
    def compiled():
        yield "compile"

    options = [("cudnn.benchmark", cudnn_benchmark)] + ([("torch.compile G+D", compiled)] if args.compile else [])
    for name, option in options:
        if not budget.allows(2 * args.step_budget_s):
            rows.append({"option": name, "skipped": "time budget"})
            continue
        row = {"option": name, "precision": precision, "batch": batch}
        try:
            trainer = make_trainer(str(device), batch, precision, args.tiny, runs_dir)
            base = time_steps(lambda: trainer.train_step().tolist(), args.steps, device)
            with option() as mode:
                if mode == "compile":
                    trainer.G_train = torch.compile(trainer.G_train)
                    trainer.D_train = torch.compile(trainer.D_train)
                    # The first step compiles (a minute or more); what a long run gains is the steps after it.
                    began = time.perf_counter()
                    trainer.train_step().tolist()
                    row["compile_s"] = time.perf_counter() - began
                tried = time_steps(lambda: trainer.train_step().tolist(), args.steps, device)
            row.update(without_s=base, with_s=tried, speedup=base / tried)
            trainer.close()
        except Exception as exc:  # noqa: BLE001 - an option that fails to build is reported, not fatal
            row["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}"
        rows.append(row)
    print(f"\n2. options at batch {batch}, {precision} (seconds per step)")
    for row in rows:
        if "with_s" in row:
            compile_note = f"  (compiling took {row['compile_s']:.1f} s)" if "compile_s" in row else ""
            print(f"  {row['option']:<20} without {row['without_s']:.3f}  with {row['with_s']:.3f}  "
                  f"{row['speedup']:.2f}x{compile_note}")
        else:
            print(f"  {row['option']:<20} {row.get('error') or row.get('skipped')}")
    return rows


def oom_section(args, device, budget: Budget, runs_dir: Path) -> dict:
    """The trainer's own loop from a batch that cannot fit: it must warn and continue at a halved batch.
    On the CPU no batch runs out of memory, so the first step raises the CUDA OOM error instead."""
    import torch

    from training_helpers import synthetic_sources

    from svcdesk.config import TrainingConfig
    from svcdesk.training.events import Finished, TrainWarning
    from svcdesk.training.trainer import TrainHooks, train

    if not budget.allows(args.step_budget_s):
        print("\n3. OOM back-off: skipped (time budget)")
        return {"skipped": "time budget"}
    start_batch = args.oom_batch
    hooks = TrainHooks()
    if device.type != "cuda":
        raised = []

        def before_step(step: int) -> None:
            if not raised:
                raised.append(step)
                raise torch.cuda.OutOfMemoryError("CUDA out of memory (simulated on the CPU)")

        hooks = TrainHooks(before_step=before_step)
    extra = dict(tiny_model=True, segment_frames=8) if args.tiny else {}
    config = TrainingConfig(run="gpu-oom", batch_size=start_batch, steps=2, precision="auto", val_fraction=0.0,
                            min_val_segments=0, mute_clips=0, device=str(device), save_every_steps=10**6,
                            eval_every_steps=10**6, **extra)
    warnings, finished = [], None
    seconds = 1.0 if args.tiny else CLIP_SECONDS
    began = time.perf_counter()
    try:
        for event in train(config, sources=synthetic_sources(start_batch * 2, seconds=seconds), runs_dir=runs_dir,
                           hooks=hooks, save_on_close=False):
            if isinstance(event, TrainWarning) and event.kind == "oom":
                warnings.append(str(event.message))
            elif isinstance(event, Finished):
                finished = event
    except Exception as exc:  # noqa: BLE001 - reported as the section's result
        result = {"start_batch": start_batch, "error": f"{type(exc).__name__}: {exc}"}
    else:
        result = {"start_batch": start_batch, "warnings": warnings, "finished": finished is not None,
                  "seconds": time.perf_counter() - began}
    print(f"\n3. OOM back-off from batch {start_batch}: " + (
        result.get("error") or f"{len(warnings)} back-off(s): " + "; ".join(warnings) +
        (" - then trained to the end" if result["finished"] else " - did not finish")))
    return result


def advisor_section(args, device, budget: Budget) -> dict:
    from svcdesk.config import TrainingConfig
    from svcdesk.training.advisor import DatasetStats, Hardware, advise
    from svcdesk.training.trainer import cuda_batch_probe

    if device.type != "cuda":
        print("\n4. advisor: no GPU, the suggestion is the CPU rule (nothing to probe)")
        return {"skipped": "no GPU"}
    if not budget.allows(4 * args.step_budget_s):
        print("\n4. advisor: skipped (time budget)")
        return {"skipped": "time budget"}
    config = TrainingConfig(device=str(device))
    probe = cuda_batch_probe(config, str(device))
    stats = DatasetStats.from_lengths([CLIP_SECONDS] * 400)
    suggested = next(s.value for s in advise(stats, Hardware.detect(), probe=probe) if s.name == "batch_size")
    largest, candidate = 0, 1
    while candidate <= 256 and budget.allows(args.step_budget_s) and probe(candidate):
        largest, candidate = candidate, candidate * 2
    within = largest and suggested * 2 >= largest and suggested <= largest
    print(f"\n4. advisor suggests batch {suggested}; the largest power of two that fits is {largest} "
          f"({'within one power of two' if within else 'NOT within one power of two'})")
    return {"suggested": suggested, "largest_fitting_power_of_two": largest, "within_one_power_of_two": bool(within)}


def conversion_section(args, device, budget: Budget, folder: Path) -> dict:
    import numpy as np

    from bench_convert import full_size_voice, singer
    from svcdesk.config import ConversionConfig
    from svcdesk.features.pitch import BUNDLED_METHOD
    from svcdesk.inference.events import ConvertFinished
    from svcdesk.inference.pipeline import content_encoder, convert, resolve_voice

    if not budget.allows(args.step_budget_s):
        print("\n5. conversion: skipped (time budget)")
        return {"skipped": "time budget"}
    method = BUNDLED_METHOD  # its weights ship with torchfcpe, so the check needs no download
    voice = resolve_voice(full_size_voice(folder / "voice.pth", tiny=args.tiny), device=str(device))
    encoder = content_encoder(demo=True, device=str(device))
    audio, rate = singer(args.convert_seconds)
    options = ConversionConfig(f0_method=method)
    list(convert((audio[: rate * 2], rate), voice, options, encoder=encoder, device=str(device)))  # warm-up
    synchronize(device)
    began = time.perf_counter()
    finished = [e for e in convert((audio, rate), voice, options, encoder=encoder, device=str(device))
                if isinstance(e, ConvertFinished)]
    synchronize(device)
    elapsed = time.perf_counter() - began
    ok = bool(finished) and bool(np.isfinite(finished[0].audio).all())
    rtf = elapsed / args.convert_seconds
    print(f"\n5. conversion of {args.convert_seconds:.0f} s ({method}, 40k {'tiny' if args.tiny else 'full'} voice): "
          f"{elapsed:.2f} s, RTF {rtf:.3f}{'' if ok else ' (FAILED: no finite output)'}")
    return {"seconds": elapsed, "rtf": rtf, "method": method, "ok": ok}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="", help="cuda (default when available) or cpu")
    parser.add_argument("--batches", default="4,8,16")
    parser.add_argument("--steps", type=int, default=5, help="timed steps per measurement")
    parser.add_argument("--oom-batch", type=int, default=512, help="a batch that cannot fit (section 3)")
    parser.add_argument("--convert-seconds", type=float, default=60.0)
    parser.add_argument("--budget-s", type=float, default=420.0)
    parser.add_argument("--tiny", action="store_true", help="the tiny model (tests, smoke runs)")
    parser.add_argument("--smoke", action="store_true",
                        help="every section on the CPU, tiny model, 1 step, batch 2, a 2 s clip, no torch.compile")
    parser.add_argument("--no-compile", dest="compile", action="store_false",
                        help="leave torch.compile out of section 2 (it needs a C compiler and minutes)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args(argv)
    if args.smoke:
        args.device, args.tiny, args.steps, args.batches = "cpu", True, 1, "2"
        args.oom_batch, args.convert_seconds, args.compile = 4, 2.0, False
    import torch

    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    args.batches = [int(b) for b in str(args.batches).split(",")]
    # The budget a single measurement may need before it is started (a full-size step on a CPU is a minute).
    args.step_budget_s = 5.0 if args.tiny or device.type == "cuda" else 90.0
    budget = Budget(args.budget_s)
    info = {"torch": torch.__version__, "cuda": torch.version.cuda, "device": str(device)}
    if device.type == "cuda":
        props = torch.cuda.get_device_properties(device)
        info.update(name=props.name, vram_gib=props.total_memory / 2**30, capability=f"{props.major}.{props.minor}")
    print("svcdesk gpu_check: " + ", ".join(f"{k} {v}" for k, v in info.items()), flush=True)
    report: dict = {"environment": info}
    with tempfile.TemporaryDirectory(prefix="svcdesk-gpu-check-") as tmp:
        folder = Path(tmp)
        report["training"] = training_section(args, device, budget, folder)
        report["options"] = options_section(args, device, budget, folder, report["training"])
        report["oom_backoff"] = oom_section(args, device, budget, folder / "oom")
        report["advisor"] = advisor_section(args, device, budget)
        report["conversion"] = conversion_section(args, device, budget, folder)
    report["seconds_left_of_budget"] = budget.left()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
