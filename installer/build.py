"""Build the Windows installer on Linux: uv.exe from PyPI, the svcdesk wheel, then makensis -WX.

    .venv/bin/python installer/build.py [--vc-redist PATH] [--out DIR]

Steps: `pip download uv --only-binary=:all: --platform win_amd64 --no-deps` fetches the pinned uv
wheel and uv.exe is taken out of it; `pip wheel --no-deps` builds the app wheel from a staged copy
whose resources/ sit inside the package (so the theme and the user guide ship); both go with
bootstrap.py, requirements.lock and torch-builds.toml (and vc_redist.x64.exe when given) into a payload folder that makensis packs.
Needs PyPI (pip) and Debian's `nsis`; produces dist/svcdesk-<version>-setup.exe.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

UV_VERSION = "0.13.9"  # bump deliberately: the installer's behaviour depends on uv's options
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NSI = HERE / "svcdesk.nsi"
# What bootstrap.py installs from (and what `svcdesk doctor` compares the installed app with).
VERSION_FILES = ("requirements.lock", "torch-builds.toml")


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("pyproject.toml has no version")
    return match.group(1)


def download_uv_exe(payload: Path, work: Path) -> Path:
    """uv.exe from the win_amd64 wheel of the pinned uv release."""
    subprocess.run([sys.executable, "-m", "pip", "download", f"uv=={UV_VERSION}", "--only-binary=:all:",
                    "--platform", "win_amd64", "--no-deps", "-d", str(work)], check=True)
    wheel = next(work.glob(f"uv-{UV_VERSION}-*win_amd64.whl"))
    with zipfile.ZipFile(wheel) as archive:
        member = next(name for name in archive.namelist() if name.endswith("/scripts/uv.exe"))
        target = payload / "uv.exe"
        with archive.open(member) as source, open(target, "wb") as out:
            shutil.copyfileobj(source, out)
    return target


def stage_source(work: Path) -> Path:
    """A copy of what the wheel is built from, with the top-level resources/ (theme, guide, translations)
    placed in svcdesk/resources/ so that the package data rule of pyproject.toml ships them.

    Building from the copy also keeps setuptools' build/ folder out of the work tree.
    """
    source = work / "source"
    source.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "svcdesk", source / "svcdesk", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    if (ROOT / "resources").is_dir():
        shutil.copytree(ROOT / "resources", source / "svcdesk" / "resources", dirs_exist_ok=True)
    for name in VERSION_FILES:
        (source / "svcdesk" / "resources").mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / "svcdesk" / "resources" / name)
    return source


def build_app_wheel(payload: Path, work: Path) -> Path:
    source = stage_source(work)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(payload), str(source)], check=True)
    wheel = next(payload.glob("svcdesk-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        if not any(name.startswith("svcdesk/resources/") for name in archive.namelist()):
            raise SystemExit(f"{wheel.name} has no svcdesk/resources/: check [tool.setuptools.package-data]")
    return wheel


def makensis_command(payload: Path, wheel_name: str, version: str, outfile: Path, vc_redist: bool) -> list[str]:
    command = ["makensis", "-WX", "-V2", f"-DVERSION={version}", f"-DPAYLOAD_DIR={payload}",
               f"-DWHEEL={wheel_name}", f"-DOUTFILE={outfile}"]
    if vc_redist:
        command.append("-DVC_REDIST")
    return [*command, str(NSI)]


def stage_payload(payload: Path, vc_redist: Path | None) -> None:
    shutil.copy2(HERE / "bootstrap.py", payload / "bootstrap.py")
    for name in VERSION_FILES:
        shutil.copy2(ROOT / name, payload / name)
    if vc_redist is not None:
        shutil.copy2(vc_redist, payload / "vc_redist.x64.exe")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the setup .exe")
    parser.add_argument("--vc-redist", type=Path, help="bundle this vc_redist.x64.exe (else downloaded on demand)")
    args = parser.parse_args(argv)
    if shutil.which("makensis") is None:
        raise SystemExit("makensis not found: apt-get install nsis")
    version = project_version()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="svcdesk-installer-") as tmp:
        payload = Path(tmp) / "payload"
        work = Path(tmp) / "downloads"
        payload.mkdir()
        work.mkdir()
        download_uv_exe(payload, work)
        wheel = build_app_wheel(payload, work)
        stage_payload(payload, args.vc_redist)
        outfile = args.out / f"svcdesk-{version}-setup.exe"
        subprocess.run(makensis_command(payload, wheel.name, version, outfile, args.vc_redist is not None),
                       check=True)
    print(f"built {outfile}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
