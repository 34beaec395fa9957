"""`svcdesk train PROJECT`: extract features (cached) and train a voice, printing a live one-line status.

Works the same under `torchrun --nproc-per-node N -m svcdesk train ...` (DDP; rank 0 prints and saves).
"""

from __future__ import annotations

import argparse
import math
import sys
import time

SCHEDULE_CHOICES = ("exponential", "warmup_cosine", "cosine_restarts", "constant")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "train", help="train a voice model on a project's segments",
        description="Builds the feature cache if needed, then trains (RVC v2 recipe). Ctrl+C stops after the current "
                    "step and saves the run's 'latest' checkpoint; --resume continues exactly from it.")
    parser.add_argument("project", metavar="PROJECT", help="project folder")
    # --run-name too: under torchrun, "--run" is taken as an abbreviation of torchrun's own --run-path.
    parser.add_argument("--run", "--run-name", dest="run", default="run1", metavar="NAME",
                        help="run name under PROJECT/runs (default run1; use --run-name under torchrun)")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--steps", type=int, metavar="N", help="train for N optimiser steps")
    length.add_argument("--epochs", type=int, metavar="N", help="train for N epochs (default 200)")
    parser.add_argument("--batch-size", type=int, metavar="N", help="clips per step (default 4)")
    parser.add_argument("--lr", type=float, metavar="LR", help="learning rate (default 1e-4)")
    parser.add_argument("--schedule", choices=SCHEDULE_CHOICES, help="learning-rate schedule (default exponential)")
    parser.add_argument("--warmup-steps", type=int, metavar="N", help="linear warmup steps")
    parser.add_argument("--base", nargs=2, metavar=("G.pth", "D.pth"), help="fine-tune from these pretrained bases")
    parser.add_argument("--init-checkpoint", metavar="CKPT", help="start from the weights of an earlier checkpoint")
    parser.add_argument("--resume", action="store_true", help="continue the run exactly from its latest checkpoint")
    parser.add_argument("--precision", choices=("auto", "fp32", "fp16", "bf16"), help="default auto")
    parser.add_argument("--device", metavar="DEV", help="auto (default), cpu, cuda or cuda:N")
    parser.add_argument("--grad-clip", type=float, metavar="NORM", help="clip the gradient norm (default off)")
    parser.add_argument("--save-every-steps", type=int, metavar="N", help="checkpoint every N steps")
    parser.add_argument("--save-every-epochs", type=int, metavar="N", help="checkpoint every N epochs (default 10)")
    parser.add_argument("--eval-every-steps", type=int, metavar="N", help="evaluate every N steps (default: at saves)")
    parser.add_argument("--keep-last", type=int, metavar="K", help="step checkpoints kept (default 3)")
    parser.add_argument("--export-rvc", action="store_true", help="also write an RVC .pth at every save")
    parser.add_argument("--early-stop", type=int, metavar="EVALS", help="stop after EVALS evaluations without improvement")
    parser.add_argument("--advise", action="store_true",
                        help="use the advisor's suggestions for every option not given (they are printed)")
    from svcdesk.commands.convert import add_pitch_method_option

    add_pitch_method_option(parser, "pitch extractor for the features (default: the one the project's feature cache "
                                    "was built with, else rmvpe when rmvpe.pt is installed, else fcpe)",
                            aliases=("--f0-method",))  # the flag's earlier name keeps working
    parser.add_argument("--demo-encoder", action="store_true",
                        help="use a random content encoder (no ContentVec weights needed; results not meaningful)")
    parser.add_argument("--tiny", action="store_true", help="a tiny model (demos and tests)")
    parser.add_argument("--export-tensorboard", action="store_true",
                        help="only export the run's metrics to PROJECT/runs/NAME/tensorboard and exit")
    parser.set_defaults(handler=run)


def _overrides(args: argparse.Namespace) -> dict:
    values = {
        "steps": args.steps, "epochs": args.epochs, "batch_size": args.batch_size, "learning_rate": args.lr,
        "schedule": args.schedule, "warmup_steps": args.warmup_steps, "precision": args.precision,
        "device": args.device, "grad_clip": args.grad_clip, "save_every_steps": args.save_every_steps,
        "save_every_epochs": args.save_every_epochs, "eval_every_steps": args.eval_every_steps,
        "keep_last": args.keep_last, "early_stop_patience": args.early_stop,
        "init_checkpoint": args.init_checkpoint,
    }
    values = {k: v for k, v in values.items() if v is not None}
    if args.epochs is not None:
        values["steps"] = 0
    if args.base:
        values["base_generator"], values["base_discriminator"] = args.base
    if args.export_rvc:
        values["export_rvc"] = True
    return values


def _advised(config, project, args, feature_config):
    from svcdesk.training.advisor import Hardware, advise, apply_suggestions, demo_suggestions, project_stats

    stats = project_stats(project, feature_config, config)
    if project.manifest.get("demo"):
        suggestions = demo_suggestions(stats, Hardware.detect(), config)
    else:
        suggestions = advise(stats, Hardware.detect(), fine_tune=bool(args.base), sample_rate=project.sample_rate,
                             config=config)
    for s in suggestions:
        print(f"advisor: {s.name} = {s.value}  ({s.reason})", file=sys.stderr)
    return apply_suggestions(config, suggestions)


def training_feature_config(project, args: argparse.Namespace):
    """The features to train on: the pitch settings the project's cache was last built with (preprocess), unless
    --f0 says otherwise; without a cache, the best installed method (svcdesk.features.pitch)."""
    import dataclasses

    from svcdesk.config import FeatureConfig
    from svcdesk.features.cache import latest_built_config
    from svcdesk.features.pitch import best_available_method

    built = latest_built_config(project, project.sample_rate)
    config = FeatureConfig(sample_rate=project.sample_rate)
    if built is not None:
        config = dataclasses.replace(config, f0_method=built.f0_method, f0_min=built.f0_min, f0_max=built.f0_max,
                                     f0_median_radius=built.f0_median_radius,
                                     f0_voicing_threshold=built.f0_voicing_threshold)
    if args.f0_method:
        config = dataclasses.replace(config, f0_method=args.f0_method)
    elif built is None:
        config = dataclasses.replace(config, f0_method=best_available_method()[0])
    if args.demo_encoder:
        config = dataclasses.replace(config, demo_encoder=True)
    return config


def _format_eta(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "--:--"
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def status_line(event) -> str:
    m = event.metrics
    memory = f"{event.memory_mb / 1024:.1f} GB {'VRAM' if event.memory_kind == 'cuda' else 'RAM'}"
    return (f"step {event.step}/{event.total_steps} ep {event.epoch + 1} | g {m['g/total']:.2f} mel {m['g/mel']:.2f} "
            f"kl {m['g/kl']:.2f} fm {m['g/fm']:.2f} d {m['d/total']:.2f} | lr {m['lr/g']:.2e} | "
            f"{event.samples_per_second:.1f} samples/s | ETA {_format_eta(event.eta_seconds)} | {memory}")


class StatusPrinter:
    """One line redrawn in place on a terminal; elsewhere (logs, cloud consoles) a line every 10 s."""

    def __init__(self, stream=None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.quiet = quiet
        self._last = 0.0
        self._drawn = False

    def status(self, text: str) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        if self.tty:
            if now - self._last >= 0.1:
                self.stream.write("\r" + text[:160].ljust(160))
                self.stream.flush()
                self._drawn = True
                self._last = now
        elif now - self._last >= 10.0:
            self.stream.write(text + "\n")
            self.stream.flush()
            self._last = now

    def line(self, text: str) -> None:
        if self.quiet:
            return
        if self._drawn:
            self.stream.write("\r" + " " * 160 + "\r")
            self._drawn = False
        self.stream.write(text + "\n")
        self.stream.flush()


def run(args: argparse.Namespace) -> int:
    import dataclasses
    import os
    from pathlib import Path

    from svcdesk.config import FeatureConfig, TrainingConfig, from_dict
    from svcdesk.errors import SvcdeskError
    from svcdesk.project import Project

    project = Project.open(args.project)
    run_dir = project.runs_dir / args.run
    if args.export_tensorboard:
        from svcdesk.training.tbexport import export_tensorboard

        if not (run_dir / "metrics.sqlite").exists():
            raise SvcdeskError(f"no metrics for run {args.run!r} in {project.runs_dir}")
        for event in export_tensorboard(run_dir):
            last = event
        print(last.message)
        return 0

    feature_config = training_feature_config(project, args)

    if args.resume:
        saved = run_dir / "config.json"
        if not saved.exists():
            raise SvcdeskError(f"nothing to resume: run {args.run!r} has no config.json")
        from svcdesk.utils.atomic import read_json

        config = from_dict(TrainingConfig, read_json(saved)["training"])
    else:
        config = TrainingConfig(run=args.run, sample_rate=project.sample_rate, tiny_model=args.tiny)
        if args.advise:
            config = _advised(config, project, args, feature_config)
    config = dataclasses.replace(config, **_overrides(args))

    from svcdesk.events import Notice, Progress
    from svcdesk.training.events import (
        CheckpointSaved,
        DiskSpaceLow,
        EvalResult,
        Finished,
        StepMetrics,
        TrainStarted,
        TrainWarning,
    )
    from svcdesk.training.trainer import train
    from svcdesk.utils import interrupts

    quiet = int(os.environ.get("RANK", "0")) != 0
    printer = StatusPrinter(quiet=quiet)
    job = train(config, project=project, feature_config=feature_config, resume=args.resume)
    finished = None
    try:
        for event in job:
            if isinstance(event, StepMetrics):
                printer.status(status_line(event))
            elif isinstance(event, Progress):
                printer.status(f"{event.message} {event.done}/{event.total}" if event.total else event.message)
            elif isinstance(event, TrainStarted):
                printer.line(f"training {Path(event.run_dir).name} on {event.device} ({event.precision}), "
                             f"{event.train_clips} clips (+{event.validation_clips} validation), batch "
                             f"{event.batch_size}, {event.total_steps} steps" +
                             (f", resumed at step {event.start_step}" if event.start_step else ""))
            elif isinstance(event, EvalResult):
                best = " (best)" if event.is_best else ""
                printer.line(f"step {event.step}: validation mel L1 {event.val_mel_l1:.4f}{best}")
            elif isinstance(event, CheckpointSaved):
                printer.line(f"step {event.step}: saved {', '.join(event.tags)} -> {event.path}")
            elif isinstance(event, TrainWarning):
                printer.line(f"warning: {event.message}" + (f" Fix: {event.fix}" if event.fix else ""))
            elif isinstance(event, Notice) and event.level != "info":
                printer.line(f"{event.level}: {event.message}" + (f" Fix: {event.fix}" if event.fix else ""))
            elif isinstance(event, Finished):
                finished = event
            elif isinstance(event, DiskSpaceLow):
                job.close()  # stops without the save that would not fit; what was saved stays intact
                raise SvcdeskError(f"{event.message} Then: svcdesk train {args.project} --run {args.run} --resume")
            interrupts.check()  # Ctrl+C takes effect between events: the step in progress finishes
    except KeyboardInterrupt:
        job.close()  # saves 'latest' after the current step
        printer.line(f"stopped; resume with: svcdesk train {args.project} --run {args.run} --resume")
        raise
    if finished is not None:
        printer.line(finished.report)
        if finished.reason == "nonfinite":
            raise SvcdeskError("training stopped: the loss kept becoming NaN (see the report above)")
    return 0
