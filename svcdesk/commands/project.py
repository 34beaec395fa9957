"""`svcdesk project new|info`: create a voice project folder, or show what one holds."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    parser = subparsers.add_parser("project", help="create a voice project or show one",
                                   description="A project folder holds project.json, raw/, segments/, cache/, runs/ and exports/.")
    commands = parser.add_subparsers(dest="project_command", metavar="ACTION")
    commands.required = True

    new = commands.add_parser("new", help="create a new project folder")
    new.add_argument("path", metavar="PATH", help="a new or empty folder (any characters, spaces included)")
    new.add_argument("--name", help="project name (default: the folder name)")
    new.add_argument("--sample-rate", type=int, choices=(32000, 40000, 48000), default=40000,
                     help="model sample rate; segments are exported at it (default 40000)")
    new.add_argument("--demo", action="store_true",
                     help="fill it with the synthetic demo singer (imported and sliced)")
    new.set_defaults(handler=run_new)

    info = commands.add_parser("info", help="show a project's files, segments and settings")
    info.add_argument("path", metavar="PROJECT")
    info.set_defaults(handler=run_info)


def run_new(args: argparse.Namespace) -> int:
    if args.demo:
        from svcdesk.audio.demo import create_demo_project
        from svcdesk.utils.jobs import ProgressBar

        bar = ProgressBar()

        def show(event) -> None:
            from svcdesk.events import Progress

            if isinstance(event, Progress):
                bar.update(event.done, event.total, event.message)

        try:
            project = create_demo_project(args.path, on_event=show)
        finally:
            bar.clear()
    else:
        from svcdesk.project import Project

        project = Project.create(args.path, name=args.name, sample_rate=args.sample_rate)
    print(f"created project '{project.name}' at {project.root} ({project.sample_rate} Hz, "
          f"{len(project.files)} files, {len(project.segments)} segments)")
    return 0


def run_info(args: argparse.Namespace) -> int:
    from svcdesk.project import Project

    project = Project.open(args.path)
    config = project.slicing_config
    print(f"project:   {project.name}")
    print(f"folder:    {project.root}")
    print(f"rate:      {project.sample_rate} Hz")
    print(f"files:     {len(project.files)} ({len(project.included_files)} included)")
    print(f"segments:  {len(project.segments)} ({len(project.segment_paths())} used for training)")
    print(f"slicing:   preset {config.preset}, {config.min_length_s:g}-{config.max_length_s:g} s, "
          f"threshold {config.threshold_db:g} dB")
    return 0
