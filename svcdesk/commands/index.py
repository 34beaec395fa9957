"""`svcdesk index PROJECT/RUN`: build the retrieval .index of a project's training features."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "index", help="build the retrieval index (.index) from a project's training features",
        description="Builds a faiss IVF index over the 50 Hz content features cached for the project's segments "
                    "(as RVC does) and saves it as exports/added_IVF<n>_Flat_nprobe_1_<run>_v2.index.")
    parser.add_argument("target", metavar="PROJECT/RUN", type=Path,
                        help="a run folder (PROJECT/runs/NAME) or a project folder")
    parser.add_argument("--name", help="name in the index file (default: the run's or project's name)")
    parser.add_argument("--out", type=Path, help="folder to write to (default: the project's exports folder)")
    parser.add_argument("--f0", dest="f0_method", default=None,
                        help="pitch method the features were extracted with (default: the feature cache's default)")
    parser.add_argument("--demo-encoder", action="store_true", help="the features came from the demo encoder")
    parser.set_defaults(handler=run)


def resolve_target(target: Path) -> tuple[Path, str | None]:
    """(project folder, run name or None) for a run folder, a project folder or PROJECT/RUN."""
    if (target / "project.json").is_file():
        return target, None
    if target.parent.name == "runs" and (target.parent.parent / "project.json").is_file():
        return target.parent.parent, target.name
    if (target.parent / "project.json").is_file() and (target.parent / "runs" / target.name).is_dir():
        return target.parent, target.name
    from svcdesk.errors import ProjectError

    raise ProjectError(f"{target} is neither a project folder nor a run folder inside one")


def run(args: argparse.Namespace) -> int:
    import dataclasses
    import sys

    from svcdesk.config import FeatureConfig
    from svcdesk.inference.index import IndexBuilt, build_project_index
    from svcdesk.project import Project
    from svcdesk.utils.jobs import run_job

    project_dir, run_name = resolve_target(args.target)
    project = Project.open(project_dir)
    config = FeatureConfig(sample_rate=project.sample_rate, demo_encoder=args.demo_encoder)
    if args.f0_method:
        config = dataclasses.replace(config, f0_method=args.f0_method)
    name = args.name or run_name or project.name
    events = run_job(build_project_index(project, config, name, args.out))
    built = next(e for e in events if isinstance(e, IndexBuilt))
    print(f"wrote {built.path} ({built.vectors} vectors, {built.n_ivf} lists)", file=sys.stderr)
    return 0
