"""`svcdesk model info FILE.pth` and `svcdesk model export SOURCE OUT.pth`: inspect and convert voice models."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "model", help="inspect RVC voice models and checkpoints, or export a checkpoint as an RVC voice file",
        description="Reads RVC inference files (.pth), RVC G_*.pth / pretrained bases and svcdesk checkpoints. "
                    "Files are never executed: they are read weights-only and checked shape by shape.")
    commands = parser.add_subparsers(dest="model_command", metavar="ACTION")
    commands.required = True

    info = commands.add_parser("info", help="print version, sample rate, pitch, speakers, parameters and problems")
    info.add_argument("file", metavar="FILE", type=Path)
    info.set_defaults(handler=run_info)

    export = commands.add_parser("export", help="write a model or checkpoint as an RVC v2 inference file (fp16)")
    export.add_argument("source", metavar="SOURCE", type=Path, help="svcdesk checkpoint, RVC G_*.pth or voice .pth")
    export.add_argument("output", metavar="OUT", type=Path, help="the .pth file to write")
    export.add_argument("--info", default="", help="free text stored in the file's `info` field")
    export.set_defaults(handler=run_export)

    merge = commands.add_parser("merge", help="merge two voices: alpha * A + (1 - alpha) * B, weight by weight",
                                description="RVC's ckpt merge. A and B are .pth files or library voice names and must "
                                            "share sample rate, version and pitch setting.")
    merge.add_argument("a", metavar="A")
    merge.add_argument("b", metavar="B")
    merge.add_argument("--alpha", type=float, default=0.5, help="A's share, 0..1 (default %(default)s)")
    merge.add_argument("--out", type=Path, metavar="C.pth", help="write the result here (default: a new library voice)")
    merge.add_argument("--name", default="", help="also add the result to the library under this name")
    merge.set_defaults(handler=run_merge)


def describe_voice(voice) -> list[str]:
    """Human-readable lines about a loaded VoiceModel, problems last."""
    import torch

    config = voice.config
    kinds = {"inference": "RVC voice model (inference file)", "rvc-checkpoint": "RVC training checkpoint / base",
             "svcdesk-checkpoint": "svcdesk training checkpoint"}
    lines = [
        f"file:        {voice.path}",
        f"kind:        {kinds.get(voice.kind, voice.kind)}",
        f"version:     {config.version} ({config.feature_dim}-dim content features)",
        f"sample rate: {config.sample_rate} Hz ({config.sample_rate_tag})",
        f"pitch:       {'yes (NSF decoder)' if config.has_pitch else 'no (plain HiFi-GAN decoder)'}",
        f"speakers:    {voice.speakers}",
        f"parameters:  {voice.parameter_count:,}",
    ]
    if voice.info:
        lines.append(f"info:        {voice.info}")
    for key, value in sorted(voice.metadata.items()):
        lines.append(f"{key + ':':<12} {value}")
    problems = list(voice.notes)
    bad = [name for name, tensor in voice.synthesizer.state_dict().items() if not torch.isfinite(tensor).all()]
    if bad:
        problems.append(f"{len(bad)} weight tensors hold NaN or infinity (first: {bad[0]}); the model is broken")
    declared = voice.config_list[15] if len(voice.config_list) == 18 else None
    if isinstance(declared, int) and declared != voice.speakers and voice.kind == "inference":
        problems.append(f"the config declares {declared} speakers, the embedding has {voice.speakers} rows "
                        "(the rows are used)")
    lines.append("problems:    " + ("none" if not problems else problems[0]))
    lines.extend("             " + problem for problem in problems[1:])
    return lines


def run_info(args: argparse.Namespace) -> int:
    from svcdesk.errors import ModelFileError
    from svcdesk.models.rvcfile import inspect_discriminator_file, load_voice

    try:
        voice = load_voice(args.file)
    except ModelFileError as not_a_generator:
        # A discriminator checkpoint (D_*.pth, f0D40k.pth) still deserves a description.
        try:
            found = inspect_discriminator_file(args.file)
        except ModelFileError:
            found = None
        if found is None:
            raise not_a_generator
        count, problems = found
        if problems:
            raise ModelFileError(f"{args.file.name}: a discriminator checkpoint that does not fit RVC v2's "
                                 "discriminator: " + "; ".join(problems)) from None
        print(f"file:        {args.file}\nkind:        RVC discriminator checkpoint (MultiPeriodDiscriminator v2)\n"
              f"parameters:  {count:,}\nproblems:    none")
        return 0
    print("\n".join(describe_voice(voice)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from svcdesk.models.rvcfile import load_voice, save_voice

    voice = load_voice(args.source)
    metadata = {k: v for k, v in voice.metadata.items() if k in ("epoch", "step")}
    save_voice(args.output, voice.synthesizer, info=args.info or voice.info, metadata=metadata)
    print(f"wrote {args.output} ({voice.config.version} {voice.config.sample_rate_tag}, "
          f"{'pitch' if voice.has_pitch else 'no pitch'}, {voice.speakers} speakers)")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from svcdesk.errors import SvcdeskError
    from svcdesk.library.merge import VoicesMerged, merge_job
    from svcdesk.utils.jobs import run_job

    if not 0.0 <= args.alpha <= 1.0:
        raise SvcdeskError(f"--alpha must be between 0 and 1, got {args.alpha}")
    merged = next(e for e in run_job(merge_job(args.a, args.b, args.alpha, out=args.out, name=args.name))
                  if isinstance(e, VoicesMerged))
    where = f" (library voice '{merged.name}')" if merged.name else ""
    print(f"wrote {merged.path}{where}: {args.alpha:g} x {args.a} + {1 - args.alpha:g} x {args.b}")
    return 0
