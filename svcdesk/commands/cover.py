"""`svcdesk cover`: a finished song in, a cover out - separate the vocal, convert it, put the accompaniment back."""

from __future__ import annotations

import argparse
from pathlib import Path

from svcdesk.commands.convert import add_conversion_options, options_from_args

SEPARATOR_CHOICES = ("mel-kim", "bs-1297")  # svcdesk.separation.models.VOCAL_SEPARATORS, without importing torch


def add_separation_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--separator", choices=SEPARATOR_CHOICES, default=SEPARATOR_CHOICES[0],
                        help="vocal separation model: mel-kim (Mel-Band RoFormer, the default) or bs-1297 "
                             "(BS-RoFormer, larger and slower)")
    parser.add_argument("--karaoke", action="store_true",
                        help="convert only the lead vocal; the backing vocals stay in the accompaniment")
    parser.add_argument("--dereverb", action="store_true", help="take reverb and echo off the vocal before converting")
    parser.add_argument("--overlap", type=int, default=2, metavar="N",
                        help="chunks overlap so that each sample is separated N times, 1..8 (default %(default)s)")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="where separated songs are kept (default: the user cache folder)")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "cover", help="turn a full song into a cover: separate, convert the vocal, remix",
        description="Separates the vocal from a finished song (vocal and band), converts it with an RVC v2 voice, "
                    "and mixes it back over the accompaniment at the song's loudness, without clipping. The "
                    "separation is cached: the same song with another voice is separated once.")
    parser.add_argument("song", type=Path, help="the song (WAV, FLAC, MP3...)")
    parser.add_argument("--model", required=True, type=Path, help="RVC .pth voice file or svcdesk checkpoint")
    parser.add_argument("--output", required=True, type=Path, help="where to write the cover (.wav, .flac)")
    add_conversion_options(parser)
    add_separation_options(parser)
    parser.add_argument("--vocal-gain", type=float, default=0.0, metavar="DB", help="vocal level in dB (default 0)")
    parser.add_argument("--accompaniment-gain", type=float, default=0.0, metavar="DB",
                        help="accompaniment level in dB (default 0)")
    parser.add_argument("--shift-accompaniment", action="store_true",
                        help="transpose the accompaniment with the vocal when --transpose is not a whole number of "
                             "octaves, so the song stays in tune with the new key")
    parser.add_argument("--no-loudness-match", action="store_true",
                        help="keep the remix's own loudness instead of the original song's")
    parser.add_argument("--stems", type=Path, metavar="DIR",
                        help="also write the separated vocal, the converted vocal and the accompaniment there")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from svcdesk.separation.cache import SeparationSettings
    from svcdesk.separation.cover import CoverFinished, CoverSettings, cover_job, stem_paths
    from svcdesk.separation.remix import RemixSettings
    from svcdesk.utils.atomic import discarded_on_interrupt
    from svcdesk.utils.jobs import run_job

    options = options_from_args(args)
    settings = CoverSettings(
        separation=SeparationSettings(model=args.separator, karaoke=args.karaoke, dereverb=args.dereverb,
                                      overlap=args.overlap),
        remix=RemixSettings(vocal_gain_db=args.vocal_gain, accompaniment_gain_db=args.accompaniment_gain,
                            shift_accompaniment=args.shift_accompaniment, match_loudness=not args.no_loudness_match))
    outputs = [args.output] + (list(stem_paths(args.output, args.stems).values()) if args.stems else [])
    with discarded_on_interrupt(*outputs):
        events = run_job(cover_job(args.song, args.model, args.output, options, args.index, settings,
                                   stems_dir=args.stems, cache_dir=args.cache, demo_encoder=args.demo_encoder,
                                   device=args.device))
    finished = next(event for event in events if isinstance(event, CoverFinished))
    cached = ", separation from the cache" if finished.separated_from_cache else ""
    print(f"wrote {finished.path} ({finished.seconds:.1f} s, {finished.lufs:.1f} LUFS, peak {finished.peak_dbtp:.1f} "
          f"dBTP, {finished.elapsed:.1f} s{cached})", file=sys.stderr)
    for path in finished.stems.values():
        print(f"wrote {path}", file=sys.stderr)
    return 0
