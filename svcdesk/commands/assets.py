"""`svcdesk assets list|download|import|verify`: the weight files (ContentVec, RMVPE, pretrained bases)."""

from __future__ import annotations

import argparse

from svcdesk import assets


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "assets", help="list, download, import or verify the weight files (ContentVec, RMVPE, pretrained bases)",
        description=f"Weight files live in {assets.ASSETS_DIR_ENV} or the platform's user data folder.")
    commands = parser.add_subparsers(dest="assets_command", metavar="ACTION")
    commands.required = True

    listing = commands.add_parser("list", help="show each weight file, its size and whether it is ready")
    listing.add_argument("--goal", choices=assets.GOALS + tuple(assets.GOAL_ALIASES),
                         help="only what this goal needs, with the total size")
    listing.set_defaults(handler=run_list)

    download = commands.add_parser("download", help="download weight files from the hub (resumes, checks sha256)")
    download.add_argument("names", nargs="*", metavar="NAME", help="asset names (see 'list'), or 'all'")
    download.add_argument("--goal", choices=assets.GOALS + tuple(assets.GOAL_ALIASES),
                          help="download what this goal still needs (e.g. --goal train)")
    download.add_argument("--force", action="store_true", help="download again even if a verified file is present")
    download.set_defaults(handler=run_download)

    importing = commands.add_parser("import", help="import a weight file you already have (verified by sha256)")
    importing.add_argument("name", metavar="NAME")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--yes", action="store_true",
                           help="accept a file whose sha256 is not the published one (only if you trust it)")
    importing.set_defaults(handler=run_import)

    verify = commands.add_parser("verify", help="re-check the sha256 of the files present")
    verify.add_argument("names", nargs="*", metavar="NAME", help="asset names (default: all)")
    verify.set_defaults(handler=run_verify)


def _print_table(rows: list[assets.AssetStatus]) -> None:
    print(f"{'name':<12} {'file':<16} {'size':>9}  {'state':<10} purpose")
    for row in rows:
        approx = "~" if row.asset.size is None else ""
        size = approx + assets.human_size(row.asset.display_size)
        print(f"{row.asset.name:<12} {row.asset.file_name:<16} {size:>9}  {row.state:<10} {row.asset.purpose}")


def run_list(args: argparse.Namespace) -> int:
    print(f"folder: {assets.assets_dir()}")
    if args.goal:
        needs = assets.needed_for(args.goal)
        _print_table([assets.asset_status(asset.name) for asset in needs.assets])
        print(f"goal '{needs.goal}': {assets.human_size(needs.total_bytes)} in all, "
              f"{assets.human_size(needs.missing_bytes)} still to get")
    else:
        _print_table(assets.status())
    return 0


def run_download(args: argparse.Namespace) -> int:
    from svcdesk.assets_download import download_many
    from svcdesk.utils.jobs import run_job

    names = list(assets.ASSETS) if args.names == ["all"] else list(args.names)
    if args.goal:
        names += [asset.name for asset in assets.needed_for(args.goal).missing if asset.name not in names]
    if not names and not args.goal:
        raise assets.AssetError("Name the files to download (see 'svcdesk assets list') or give --goal.")
    if not names:
        print(f"everything '{args.goal}' needs is already here")
    for name in names:
        assets.get_asset(name)  # an unknown name fails before anything is downloaded
    for event in run_job(download_many(names, force=args.force)):
        if isinstance(event, assets.AssetReady):
            verb = "already present" if event.source == "present" else "downloaded and verified"
            print(f"{event.asset}: {verb}: {event.path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from svcdesk.utils.jobs import run_job

    for event in run_job(assets.import_file_job(args.name, args.file, confirm_unknown=args.yes)):
        if isinstance(event, assets.AssetReady):
            note = " (unknown hash, accepted with --yes)" if event.source == "import-unknown" else " (sha256 ok)"
            print(f"{event.asset}: imported{note}: {event.path}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from svcdesk.utils.jobs import run_job

    results = [e for e in run_job(assets.verify(args.names or None)) if isinstance(e, assets.AssetStatus)]
    _print_table(results)
    bad = [row.asset.name for row in results if row.state == "mismatch"]
    if bad:
        raise assets.AssetError(f"sha256 mismatch: {', '.join(bad)}; download again or import a good copy.")
    return 0
