"""`svcdesk dataset import|report|include|exclude`: the vocal files of a project."""

from __future__ import annotations

import argparse
import json


def register(subparsers) -> None:
    parser = subparsers.add_parser("dataset", help="import vocal files into a project and report on them")
    commands = parser.add_subparsers(dest="dataset_command", metavar="ACTION")
    commands.required = True

    importing = commands.add_parser("import", help="copy audio files or folders into the project and analyse them")
    importing.add_argument("project", metavar="PROJECT")
    importing.add_argument("files", nargs="+", metavar="FILE", help="audio files or folders (searched recursively)")
    importing.add_argument("--no-analyse", action="store_true", help="copy only; analyse later with 'report --analyse'")
    importing.set_defaults(handler=run_import)

    report = commands.add_parser("report", help="per-file figures, totals and warnings with fixes")
    report.add_argument("project", metavar="PROJECT")
    report.add_argument("--json", action="store_true", help="print the report as JSON")
    report.add_argument("--analyse", action="store_true", help="analyse every file again first")
    report.set_defaults(handler=run_report)

    for action, included in (("include", True), ("exclude", False)):
        toggle = commands.add_parser(action, help=f"{action} files (by id, see 'report') in training")
        toggle.add_argument("project", metavar="PROJECT")
        toggle.add_argument("file_ids", nargs="+", metavar="FILE_ID")
        toggle.set_defaults(handler=run_toggle, included=included)


def run_import(args: argparse.Namespace) -> int:
    from svcdesk.events import Notice
    from svcdesk.project import FileImported, Project
    from svcdesk.utils.jobs import run_job

    project = Project.open(args.project)
    errors = 0
    imported = 0

    def count(event) -> None:
        nonlocal errors, imported
        if isinstance(event, Notice) and event.level == "error":
            errors += 1
        elif isinstance(event, FileImported):
            imported += 1

    run_job(project.import_files(args.files, analyse=not args.no_analyse), on_event=count)
    print(f"imported {imported} file(s) into '{project.name}'" + (f"; {errors} could not be read" if errors else ""))
    return 1 if errors else 0


def _fmt(value, spec: str, missing: str = "-") -> str:
    return missing if value is None else format(value, spec)


def print_report_table(report) -> None:
    header = f"{'id':<6} {'name':<28} {'dur s':>7} {'rate':>6} {'ch':>2} {'peak':>6} {'LUFS':>6} {'clip%':>6} " \
             f"{'sil%':>5} {'SNR':>5} {'seg':>4} {'use':>3}  status"
    print(header)
    for row in report.files:
        f = row.figures
        clip = None if "clipped_ratio" not in f else f["clipped_ratio"] * 100
        silence = None if "silence_ratio" not in f else f["silence_ratio"] * 100
        status = row.status + (": " + "; ".join(row.reasons) if row.reasons else "")
        print(f"{row.file_id:<6} {row.name[:28]:<28} {_fmt(f.get('duration_s'), '7.1f'):>7} "
              f"{_fmt(f.get('sample_rate'), 'd'):>6} {_fmt(f.get('channels'), 'd'):>2} "
              f"{_fmt(f.get('peak_dbfs'), '6.1f'):>6} {_fmt(f.get('lufs'), '6.1f'):>6} {_fmt(clip, '6.2f'):>6} "
              f"{_fmt(silence, '5.0f'):>5} {_fmt(f.get('snr_db'), '5.0f'):>5} {row.segment_count:>4} "
              f"{'yes' if row.included else 'no':>3}  {status}")
    print(f"total {report.total_seconds / 60:.1f} min, included {report.included_seconds / 60:.1f} min, "
          f"{report.segment_count} segments ({report.segment_seconds / 60:.1f} min)")
    for notice in report.warnings:
        print(f"{notice.level}: {notice.message}" + (f"\n    fix: {notice.fix}" if notice.fix else ""))


def run_report(args: argparse.Namespace) -> int:
    from svcdesk.project import Project
    from svcdesk.utils.jobs import run_job

    project = Project.open(args.project)
    if args.analyse:
        run_job(project.analyse_files())
    report = project.dataset_report()
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print_report_table(report)
    return 0


def run_toggle(args: argparse.Namespace) -> int:
    from svcdesk.project import Project

    project = Project.open(args.project)
    for file_id in args.file_ids:
        project.set_file_included(file_id, args.included)
    print(f"{'included' if args.included else 'excluded'} {len(args.file_ids)} file(s)")
    return 0
