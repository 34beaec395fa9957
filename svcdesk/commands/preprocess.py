"""`svcdesk preprocess PROJECT`: extract the training features of a project's segments into its cache."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    from svcdesk.commands.convert import add_pitch_method_option

    parser = subparsers.add_parser(
        "preprocess",
        help="extract training features (content, pitch, spectrogram) into the project's cache",
        description="Compute ContentVec features, f0 and coarse pitch, and linear spectrograms for every included "
                    "segment of PROJECT. Cached pieces are reused; an interrupted run resumes where it stopped, and "
                    "changing --f0 recomputes only the pitch.",
    )
    parser.add_argument("project", type=Path, metavar="PROJECT", help="project folder")
    add_pitch_method_option(parser)
    parser.add_argument("--device", default="cpu", help="torch device, e.g. cpu, cuda or cuda:1 (default cpu)")
    parser.add_argument("--demo-encoder", action="store_true",
                        help="use a random-weight content encoder instead of ContentVec (for trying the app only: "
                             "features are not meaningful and models trained on them do not convert)")
    parser.add_argument("--encoder", type=Path, metavar="FILE",
                        help="ContentVec weights (hubert_base.pt, .safetensors or a Transformers folder); "
                             "default: the installed asset")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="worker processes for harvest/dio/pm (default: CPU cores - 1)")
    parser.set_defaults(handler=run)


def _check_device(device: str) -> None:
    from svcdesk.errors import SvcdeskError

    if device.startswith("cuda"):
        import torch

        if not torch.cuda.is_available():
            raise SvcdeskError(f"--device {device}: no CUDA GPU is available to torch here. Fix: use --device cpu")
    elif device != "cpu":
        raise SvcdeskError(f"--device {device}: use cpu, cuda or cuda:N")


def run(args: argparse.Namespace) -> int:
    from svcdesk.commands.convert import resolve_pitch_method
    from svcdesk.config import FeatureConfig
    from svcdesk.errors import ProjectError
    from svcdesk.features.cache import FeatureCacheReady, build_feature_cache
    from svcdesk.project import Project
    from svcdesk.utils.jobs import run_job

    _check_device(args.device)
    project = Project.open(args.project)
    segments = project.segment_paths()
    if not segments:
        raise ProjectError(f"{project.name} has no included segments. Fix: svcdesk slice {args.project}")
    config = FeatureConfig(sample_rate=project.sample_rate, f0_method=resolve_pitch_method(args),
                           encoder_path=str(args.encoder) if args.encoder else "", demo_encoder=args.demo_encoder)
    others = run_job(build_feature_cache(project, config, device=args.device, workers=args.workers))
    ready = next(e for e in reversed(others) if isinstance(e, FeatureCacheReady))
    print(f"features ready: {ready.usable} usable segment(s), {ready.skipped} skipped, "
          f"{ready.computed} computed now, in {ready.seconds:.1f} s ({args.f0_method} pitch)")
    if ready.is_demo:
        print("note: features come from the random demo encoder; models trained on them will not convert. "
              "Fix: svcdesk assets download contentvec, then run preprocess again")
    if ready.usable == 0:
        raise ProjectError("no segment is usable for training (all silent, too short or unvoiced)")
    return 0
