"""`svcdesk convert`: convert a song's vocal with an RVC .pth voice or an svcdesk checkpoint."""

from __future__ import annotations

import argparse
from pathlib import Path

from svcdesk.config import ConversionConfig

_DEFAULTS = ConversionConfig()


def add_pitch_method_option(parser: argparse.ArgumentParser, help_text: str = "", aliases: tuple[str, ...] = ()) -> None:
    """`--f0 METHOD`, the same flag in preprocess, train, convert and compare. Left unset it is resolved when the
    command runs (`resolve_pitch_method`), so --help stays instant and the default follows what is installed."""
    from svcdesk.features.pitch import PITCH_METHODS, pitch_method_option_help

    parser.add_argument("--f0", *aliases, dest="f0_method", default=None, choices=sorted(PITCH_METHODS),
                        metavar="METHOD",
                        help=f"{help_text or pitch_method_option_help()}; one of {', '.join(sorted(PITCH_METHODS))}")


def resolve_pitch_method(args: argparse.Namespace) -> str:
    from svcdesk.features.pitch import best_available_method

    if args.f0_method is None:
        args.f0_method = best_available_method()[0]
    return args.f0_method


def add_conversion_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by convert and compare (spec 7 plus formant shift)."""
    parser.add_argument("--index", type=Path, help="retrieval .index file (added_IVF..._v2.index)")
    parser.add_argument("--transpose", type=float, default=_DEFAULTS.transpose, metavar="N",
                        help="shift the pitch by N semitones (12 = one octave up)")
    add_pitch_method_option(parser)
    parser.add_argument("--index-rate", type=float, default=_DEFAULTS.index_rate, metavar="R",
                        help="share of retrieved training features, 0..1 (default %(default)s)")
    parser.add_argument("--protect", type=float, default=_DEFAULTS.protect, metavar="P",
                        help="protect breaths and consonants from retrieval, 0..0.5; 0.5 disables (default %(default)s)")
    parser.add_argument("--rms-mix", type=float, default=_DEFAULTS.rms_mix_rate, metavar="R",
                        help="1 keeps the output's loudness, 0 follows the source's (default %(default)s)")
    parser.add_argument("--filter-radius", type=int, default=_DEFAULTS.filter_radius, metavar="N",
                        help="median filter radius on the pitch curve in frames; 0 = the method's default")
    parser.add_argument("--formant", type=float, default=_DEFAULTS.formant_shift, metavar="N",
                        help="move the formants (timbre) by N semitones without changing the pitch")
    parser.add_argument("--speaker", type=int, default=_DEFAULTS.speaker_id, metavar="N",
                        help="speaker id of a multi-speaker model (default 0)")
    parser.add_argument("--output-rate", type=int, default=0, metavar="HZ",
                        help="resample the result to this rate (default: the model's rate)")
    parser.add_argument("--seed", type=int, default=_DEFAULTS.seed, help="noise seed (renders are reproducible)")
    parser.add_argument("--device", default="cpu", help="torch device, e.g. cpu or cuda (default cpu)")
    parser.add_argument("--demo-encoder", action="store_true",
                        help="use a random-weight content encoder (no ContentVec download; output is not a real "
                             "conversion, for trying the tool out)")


def options_from_args(args: argparse.Namespace) -> ConversionConfig:
    from svcdesk.errors import SvcdeskError

    if not 0.0 <= args.index_rate <= 1.0:
        raise SvcdeskError(f"--index-rate must be between 0 and 1, got {args.index_rate}")
    if not 0.0 <= args.protect <= 0.5:
        raise SvcdeskError(f"--protect must be between 0 and 0.5, got {args.protect}")
    if not 0.0 <= args.rms_mix <= 1.0:
        raise SvcdeskError(f"--rms-mix must be between 0 and 1, got {args.rms_mix}")
    return ConversionConfig(
        transpose=args.transpose, f0_method=resolve_pitch_method(args), filter_radius=args.filter_radius,
        index_rate=args.index_rate, protect=args.protect, rms_mix_rate=args.rms_mix,
        output_sample_rate=args.output_rate, speaker_id=args.speaker, formant_shift=args.formant, seed=args.seed,
    )


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "convert", help="convert a vocal with a voice model (.pth) and optional retrieval index",
        description="Converts a (dry, solo) vocal into the voice of an RVC v2 model or svcdesk checkpoint. "
                    "Long songs run in chunks; the output is written only when the conversion succeeded.")
    parser.add_argument("--model", required=True, type=Path,
                        help="RVC .pth voice file, svcdesk checkpoint, or the name of a library voice")
    parser.add_argument("--input", required=True, type=Path, help="the vocal to convert")
    parser.add_argument("--output", required=True, type=Path, help="where to write the result (.wav, .flac)")
    add_conversion_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from svcdesk.inference.events import ConvertFinished, FileWritten
    from svcdesk.inference.pipeline import convert_file
    from svcdesk.utils.atomic import discarded_on_interrupt
    from svcdesk.utils.jobs import run_job

    from svcdesk.library.resolve import resolve_model_argument

    options = options_from_args(args)
    model, index = resolve_model_argument(args.model, args.index)
    with discarded_on_interrupt(args.output):
        events = run_job(convert_file(args.input, args.output, model, options, index,
                                      demo_encoder=args.demo_encoder, device=args.device))
        finished = next(e for e in events if isinstance(e, ConvertFinished))
        written = next(e for e in events if isinstance(e, FileWritten))
        print(f"wrote {written.path} ({len(finished.audio) / finished.sample_rate:.1f} s at {finished.sample_rate} "
              f"Hz, {finished.elapsed:.1f} s)", file=sys.stderr)
    return 0
