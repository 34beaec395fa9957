"""`svcdesk library list|import|export|remove|edit`: the voice library from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "library", help="list, import, export and remove the voices of the library",
        description="The voice library keeps every voice in one folder each (see `svcdesk library list` for where). "
                    "Imports take .pth files (with their .index), folders, zips and http(s) links; foreign or "
                    "unsafe files are refused with nothing written.")
    commands = parser.add_subparsers(dest="library_command", metavar="ACTION")
    commands.required = True

    listing = commands.add_parser("list", help="the voices with sample rate, version, pitch, size, source and date")
    listing.add_argument("--json", action="store_true", help="print the voices as JSON")
    listing.set_defaults(handler=run_list)

    add = commands.add_parser("import", help="import voices from files, folders, zips or a URL")
    add.add_argument("sources", nargs="+", metavar="PATH|URL", help="a .pth (and its .index), a folder, a .zip or a link")
    add.add_argument("--name", help="the voice's name (default: from the file)")
    add.add_argument("--sample-rate", type=int, choices=(32000, 40000, 48000), metavar="HZ",
                     help="for a training checkpoint that fits several models: its sample rate")
    pitch = add.add_mutually_exclusive_group()
    pitch.add_argument("--pitch", dest="has_pitch", action="store_const", const=True, default=None,
                       help="for such a checkpoint: the model follows pitch")
    pitch.add_argument("--no-pitch", dest="has_pitch", action="store_const", const=False,
                       help="for such a checkpoint: the model has no pitch input")
    add.add_argument("--json", action="store_true", help="print the imported voices as JSON")
    add.set_defaults(handler=run_import)

    export = commands.add_parser("export", help="write a voice as a zip RVC WebUI and Applio import")
    export.add_argument("name", metavar="NAME")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.zip")
    export.set_defaults(handler=run_export)

    remove = commands.add_parser("remove", help="delete a voice from the library (permanently)")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=run_remove)

    edit = commands.add_parser("edit", help="rename a voice, or change its notes or tags")
    edit.add_argument("name", metavar="NAME")
    edit.add_argument("--rename", metavar="NEW")
    edit.add_argument("--notes")
    edit.add_argument("--tags", help="comma-separated")
    edit.set_defaults(handler=run_edit)


def _row(entry) -> tuple[str, ...]:
    from svcdesk.storage import human_size

    if entry.problem:
        return (entry.name, "-", "-", "-", human_size(entry.total_size), f"not usable: {entry.problem}", "")
    return (entry.name, f"{entry.sample_rate // 1000}k", entry.version, "yes" if entry.has_pitch else "no",
            human_size(entry.total_size), str(entry.source_text()), entry.imported[:10])


def run_list(args: argparse.Namespace) -> int:
    from svcdesk.library.catalog import Library

    library = Library.default()
    voices = library.voices()
    if args.json:
        print(json.dumps({"library": str(library.root), "voices": [v.summary() for v in voices]}, indent=2,
                         ensure_ascii=False))
        return 0
    print(f"library: {library.root} ({len(voices)} voices)")
    if voices:
        rows = [("name", "rate", "version", "pitch", "size", "source", "date")] + [_row(v) for v in voices]
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0


def run_import(args: argparse.Namespace) -> int:
    from svcdesk.library.catalog import Library
    from svcdesk.library.importer import ImportFinished, VoiceImported, import_voices
    from svcdesk.utils.jobs import run_job

    library = Library.default()
    events = run_job(import_voices(args.sources, library=library, name=args.name, sample_rate=args.sample_rate,
                                   has_pitch=args.has_pitch))
    imported = [e for e in events if isinstance(e, VoiceImported)]
    finished = next(e for e in events if isinstance(e, ImportFinished))
    if args.json:
        voices = {v.name: v for v in library.voices()}
        print(json.dumps({"imported": [voices[e.name].summary() for e in imported if e.name in voices],
                          "already_there": list(finished.existing), "skipped": list(finished.skipped)},
                         indent=2, ensure_ascii=False))
        return 0
    for event in imported:
        index = f" with {Path(event.index).name}" if event.index else " without an index"
        note = f" ({event.index_note})" if event.index_note else ""
        print(f"imported '{event.name}'{index}{note} -> {event.folder}")
    for name in finished.existing:
        print(f"already in the library: '{name}'")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from svcdesk.library.export import VoiceExportedZip, export_voice_zip
    from svcdesk.utils.atomic import discarded_on_interrupt
    from svcdesk.utils.jobs import run_job

    with discarded_on_interrupt(args.out):
        events = run_job(export_voice_zip(args.name, args.out))
    written = next(e for e in events if isinstance(e, VoiceExportedZip))
    print(f"wrote {written.path} ({', '.join(written.members)})")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from svcdesk.library.catalog import Library

    entry = Library.default().remove(args.name)
    print(f"removed '{entry.name}' ({entry.folder})", file=sys.stderr)
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from svcdesk.library.catalog import Library

    tags = [t for t in args.tags.split(",")] if args.tags is not None else None
    entry = Library.default().update(args.name, new_name=args.rename, notes=args.notes, tags=tags)
    print(f"'{entry.name}': tags {', '.join(entry.tags) or '-'}; notes {entry.notes or '-'}")
    return 0
