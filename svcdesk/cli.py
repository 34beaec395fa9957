"""`svcdesk ...` headless commands over the same core the GUI uses.

Each command lives in `svcdesk/commands/<name>.py` with `register(subparsers)`; registering is
cheap (no torch import) so that `--help` is instant. Exit codes: 0 success, 2 bad usage
(argparse), 1 failure with a one-line reason on stderr, 130 interrupted by Ctrl+C.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from svcdesk import __version__
from svcdesk.errors import Cancelled, SvcdeskError

COMMAND_MODULES = (
    "svcdesk.commands.project",
    "svcdesk.commands.dataset",
    "svcdesk.commands.slice",
    "svcdesk.commands.preprocess",
    "svcdesk.commands.model",
    "svcdesk.commands.train",
    "svcdesk.commands.convert",
    "svcdesk.commands.compare",
    "svcdesk.commands.index",
    "svcdesk.commands.assets",
    "svcdesk.commands.doctor",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="svcdesk", description="Singing-voice conversion studio (RVC v2 compatible).")
    parser.add_argument("--version", action="version", version=f"svcdesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            # A command whose module is not written yet must not break the others.
            if exc.name == module_name:
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result = args.handler(args)
    except KeyboardInterrupt:
        print("svcdesk: interrupted", file=sys.stderr)
        return 130
    except Cancelled as exc:
        print(f"svcdesk: cancelled: {exc}", file=sys.stderr)
        return 130
    except SvcdeskError as exc:
        print(f"svcdesk: error: {exc}", file=sys.stderr)
        return 1
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
