"""`svcdesk compare`: render one clip with several checkpoints/models and print scores and a recommendation."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".mp3", ".m4a", ".aiff", ".aif")


def register(subparsers) -> None:
    from svcdesk.commands.convert import add_conversion_options
    from svcdesk.commands.cover import add_separation_options

    parser = subparsers.add_parser(
        "compare", help="render one clip with several checkpoints and score them side by side",
        description="Renders the clip with every model file (cached: repeating the command renders only new "
                    "checkpoints), writes the renders and scores.json to --out, prints a score table and a "
                    "recommended checkpoint with its reasons.")
    parser.add_argument("--models", required=True, nargs="+", type=Path, metavar="MODEL",
                        help="checkpoint or .pth files (or library voice names) to compare")
    parser.add_argument("--input", required=True, type=Path, help="the clip to render")
    parser.add_argument("--out", required=True, type=Path, help="folder for the renders and scores.json")
    parser.add_argument("--reference", nargs="+", type=Path, default=(), metavar="AUDIO",
                        help="training recordings (files or folders) for the speaker-similarity score")
    parser.add_argument("--project", type=Path, help="take the reference recordings from this project's segments")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON on stdout")
    add_conversion_options(parser)
    parser.add_argument("--song", action="store_true",
                        help="--input is a whole song: separate its vocal first (cached, as svcdesk cover does)")
    add_separation_options(parser)
    parser.set_defaults(handler=run)


def reference_files(args: argparse.Namespace) -> list[Path]:
    files: list[Path] = []
    for item in args.reference:
        if item.is_dir():
            files.extend(sorted(p for p in item.rglob("*") if p.suffix.lower() in AUDIO_SUFFIXES))
        else:
            files.append(item)
    if args.project is not None:
        from svcdesk.project import Project

        files.extend(Project.open(args.project).segment_paths(included_only=True))
    return files


def format_table(scores, recommendation, verdict: str = "") -> str:
    def number(value: float, fmt: str) -> str:
        return format(value, fmt) if math.isfinite(value) else "-"

    rows = [("model", "pitch err (cents)", "voicing", "speaker sim", "val mel", "")]
    for s in scores:
        mark = "<- recommended" if recommendation is not None and recommendation.model == s.model else ""
        if not s.usable:
            mark = f"not usable: {s.problem}"
        rows.append((s.label, number(s.pitch_cents_rms, ".1f"), number(s.voicing_agreement, ".3f"),
                     number(s.speaker_similarity, ".3f"), number(s.val_mel_loss, ".4f"), mark))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    if recommendation is None:
        lines.append(f"no recommendation: {verdict or 'fewer than two scores are known for every model'}")
    else:
        lines.append(f"recommended: {recommendation.label}")
        lines.extend(f"  - {reason}" for reason in recommendation.reasons)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    import sys

    from svcdesk.commands.convert import options_from_args
    from svcdesk.errors import SvcdeskError
    from svcdesk.inference.compare import SCORES_FILE, compare
    from svcdesk.inference.events import ComparisonFinished, RenderFailed
    from svcdesk.utils.jobs import ProgressBar, run_job

    from svcdesk.library.resolve import resolve_model

    options = options_from_args(args)
    args.models = [resolve_model(model)[0] for model in args.models]
    bar = ProgressBar()

    def report(event) -> None:
        if isinstance(event, RenderFailed):
            bar.print_line(f"warning: {Path(event.model).name}: {event.message}")

    def comparison(source):
        return compare(args.models, source, args.out, options, args.index, reference=reference_files(args),
                       demo_encoder=args.demo_encoder, device=args.device)

    if args.song:
        from svcdesk.separation.cache import SeparationSettings
        from svcdesk.separation.compare import compare_separated

        settings = SeparationSettings(model=args.separator, karaoke=args.karaoke, dereverb=args.dereverb,
                                      overlap=args.overlap)
        job = compare_separated(comparison, args.input, len(args.models), options, settings, args.cache,
                                args.device)
    else:
        job = comparison(args.input)
    events = run_job(job, on_event=report, bar=bar)
    finished = next(e for e in events if isinstance(e, ComparisonFinished))
    if not finished.scores:
        raise SvcdeskError("no model could be rendered")
    if args.json:
        print((args.out / SCORES_FILE).read_text(encoding="utf-8"), end="")
    else:
        print(format_table(finished.scores, finished.recommendation, finished.verdict))
    failed = [e for e in events if isinstance(e, RenderFailed)]
    return 1 if failed else 0
