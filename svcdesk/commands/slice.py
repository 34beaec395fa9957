"""`svcdesk slice`: cut recordings into training segments at their silences.

Two forms: `svcdesk slice INPUT... --out DIR` for loose files, `svcdesk slice --project PROJECT`
for every included file of a project (the options given are stored in the project).
"""

from __future__ import annotations

import argparse
import dataclasses

PRESET_CHOICES = ("voice_conversion", "long_context", "custom")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "slice", help="cut recordings into training segments at their silences",
        description="Silence slicing (RMS threshold, as RVC does) with segments packed into a length window. "
                    "Presets: voice_conversion = 5-15 s (default), long_context = about 30 s, custom = your values.")
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="audio files to slice (with --out)")
    parser.add_argument("--out", metavar="DIR", help="folder for <name>_NNNN.wav segments")
    parser.add_argument("--project", metavar="PROJECT", help="slice every included file of this project instead")
    parser.add_argument("--preset", choices=PRESET_CHOICES, help="segment length window (default voice_conversion)")
    parser.add_argument("--threshold-db", type=float, metavar="DB", help="silence threshold in dBFS (default -40)")
    parser.add_argument("--min-len", type=float, metavar="S", help="shortest segment in seconds")
    parser.add_argument("--max-len", type=float, metavar="S", help="longest segment in seconds")
    parser.add_argument("--target-len", type=float, metavar="S", help="preferred length when a long stretch is split")
    parser.add_argument("--min-interval", type=float, metavar="S", help="shortest silence that becomes a cut (0.3)")
    parser.add_argument("--normalize", choices=("none", "peak", "lufs"), help="segment loudness (default peak)")
    parser.add_argument("--no-high-pass", action="store_true", help="skip the 48 Hz rumble filter")
    parser.add_argument("--sample-rate", type=int, metavar="HZ",
                        help="with --out: export rate (default: each file's own rate)")
    parser.set_defaults(handler=run, slice_parser=parser)


def _config_from_args(args: argparse.Namespace, base):
    from svcdesk.audio.slicer import preset_config

    overrides = {
        "threshold_db": args.threshold_db,
        "min_length_s": args.min_len,
        "max_length_s": args.max_len,
        "target_length_s": args.target_len,
        "min_interval_s": args.min_interval,
        "normalize": args.normalize,
    }
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if args.no_high_pass:
        overrides["high_pass"] = False
    window_changed = any(k in overrides for k in ("min_length_s", "max_length_s", "target_length_s"))
    if args.preset:
        config = preset_config(args.preset)
        keep = {f.name: getattr(base, f.name) for f in dataclasses.fields(base)
                if f.name not in ("preset", "min_length_s", "max_length_s", "target_length_s")}
        config = dataclasses.replace(config, **keep)
    else:
        config = base
    if window_changed:
        config = dataclasses.replace(config, preset="custom")
        if "target_length_s" not in overrides:
            low = overrides.get("min_length_s", config.min_length_s)
            high = overrides.get("max_length_s", config.max_length_s)
            overrides["target_length_s"] = (low + high) / 2
    return dataclasses.replace(config, **overrides)


def run(args: argparse.Namespace) -> int:
    from svcdesk.audio.slicer import validate_config
    from svcdesk.config import SlicingConfig

    parser = args.slice_parser
    if args.project and (args.inputs or args.out):
        parser.error("use either INPUT... --out DIR or --project PROJECT, not both")
    if not args.project and not (args.inputs and args.out):
        parser.error("give INPUT files and --out DIR, or --project PROJECT")
    if args.project:
        return _slice_project(args)
    config = _config_from_args(args, SlicingConfig())
    validate_config(config)
    return _slice_files(args, config)


def _tally():
    from svcdesk.events import Notice

    counts = {"errors": 0, "segments": 0, "files": 0}

    def count(event) -> None:
        if isinstance(event, Notice) and event.level == "error":
            counts["errors"] += 1
        elif hasattr(event, "segment_count"):
            counts["files"] += 1
            counts["segments"] += event.segment_count
        elif hasattr(event, "paths"):
            counts["files"] += 1
            counts["segments"] += len(event.paths)

    return counts, count


def _slice_files(args: argparse.Namespace, config) -> int:
    from svcdesk.audio.export import slice_to_folder
    from svcdesk.utils.jobs import run_job

    counts, count = _tally()
    run_job(slice_to_folder(args.inputs, args.out, config, sample_rate=args.sample_rate), on_event=count)
    print(f"wrote {counts['segments']} segment(s) from {counts['files']} file(s) to {args.out}")
    return 1 if counts["errors"] else 0


def _slice_project(args: argparse.Namespace) -> int:
    from svcdesk.project import Project
    from svcdesk.utils.jobs import run_job

    if args.sample_rate:
        args.slice_parser.error("--sample-rate applies to --out; a project exports at its own rate")
    project = Project.open(args.project)
    config = _config_from_args(args, project.slicing_config)
    if config != project.slicing_config:
        project.set_slicing_config(config)
        project.save()
    counts, count = _tally()
    run_job(project.slice_files(), on_event=count)
    print(f"sliced {counts['files']} file(s) of '{project.name}' into {counts['segments']} segment(s)")
    return 1 if counts["errors"] else 0
