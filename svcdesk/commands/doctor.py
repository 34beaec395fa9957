"""`svcdesk doctor`: versions, native libraries, GPU and weight files, for bug reports."""

from __future__ import annotations

import argparse
import json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "doctor", help="print versions, GPU, and weight files for a bug report",
        description="Checks that the installed packages match requirements.lock, that torchaudio's native "
                    "library loads, which GPU torch sees and how much memory it has, and which weight files "
                    "are present with their sha256. Paste the output into a bug report.")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from svcdesk import doctor

    sections = doctor.collect()
    if args.json:
        print(json.dumps(doctor.to_dict(sections), indent=2, ensure_ascii=False))
    else:
        print(doctor.format_text(sections), end="")
    return 0
