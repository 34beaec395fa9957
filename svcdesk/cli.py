"""`svcdesk ...` headless commands over the same core the GUI uses.

Each command lives in `svcdesk/commands/<name>.py` with `register(subparsers)`; registering is
cheap (no torch import) so that `--help` is instant. Exit codes: 0 success, 2 bad usage
(argparse), 1 failure with a one-line reason on stderr, 130 interrupted by Ctrl+C.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
from typing import Sequence

from svcdesk import __version__
from svcdesk.errors import Cancelled, SvcdeskError
from svcdesk.utils import interrupts

COMMAND_MODULES = (
    "svcdesk.commands.project",
    "svcdesk.commands.dataset",
    "svcdesk.commands.slice",
    "svcdesk.commands.preprocess",
    "svcdesk.commands.model",
    "svcdesk.commands.train",
    "svcdesk.commands.convert",
    "svcdesk.commands.cover",
    "svcdesk.commands.compare",
    "svcdesk.commands.index",
    "svcdesk.commands.assets",
    "svcdesk.commands.doctor",
    "svcdesk.commands.library",
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
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        with interrupts.deferred():
            result = args.handler(args)
        if argv is None:
            # The program is done, its output committed: a Ctrl+C from here to the exit must not become a
            # traceback. (Called with arguments, as tests do, the caller's own handler stays.)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
    except KeyboardInterrupt:
        print("svcdesk: interrupted", file=sys.stderr)
        return 130
    except Cancelled as exc:
        print(f"svcdesk: cancelled: {exc}", file=sys.stderr)
        return 130
    except SvcdeskError as exc:
        print(f"svcdesk: error: {one_line(exc)}", file=sys.stderr)
        return 1
    except SystemExit:
        raise  # argparse: --help (0) and bad usage (2), already printed
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line for the user, the details logged
        print(f"svcdesk: error: {unexpected_error(exc)}", file=sys.stderr)
        return 1
    return int(result or 0)


def one_line(exc: BaseException) -> str:
    """A message on one line (library texts sometimes carry newlines)."""
    return " ".join(str(exc).split()) or type(exc).__name__


def unexpected_error(exc: Exception) -> str:
    """A failure no command turned into a SvcdeskError: a failed write still gets its cause and fix; anything
    else is a bug, reported in one line with the traceback written to the log file for the bug report."""
    from svcdesk.storage import storage_error

    filename = getattr(exc, "filename", None)
    failure = storage_error(exc, filename) if filename else None
    if failure is not None:
        return one_line(failure)
    log_file = write_crash_log(exc)
    where = f"; the details are in {log_file}" if log_file else ""
    return f"unexpected error ({type(exc).__name__}: {one_line(exc)}){where}. Please report it with `svcdesk doctor`."


def write_crash_log(exc: BaseException) -> str:
    """Append the traceback to the CLI's log file in the user log folder; '' when even that fails."""
    import datetime
    import os
    import traceback

    try:
        import platformdirs

        folder = os.environ.get("SVCDESK_LOG_DIR") or platformdirs.user_log_dir("svcdesk", appauthor=False)
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "svcdesk-cli.log")
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')} svcdesk "
                         f"{' '.join(sys.argv[1:])}\n")
            handle.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
        return path
    except Exception:  # noqa: BLE001 - a full disk may be why we are here
        return ""


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
