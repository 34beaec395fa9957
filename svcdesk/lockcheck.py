"""Is what is installed exactly what requirements.lock says? Names every package that differs.

`make test` runs this before pytest (and conftest runs it again), `make run` warns with it, and
`svcdesk doctor` prints its verdict. A version changed by hand (`pip install numpy==...`) or a
release that slipped in then fails loudly instead of breaking tests one by one.

`python -m svcdesk.lockcheck [--warn] [--lock FILE]`: exit 0 when the environment matches, 1 when
it does not (0 with --warn), 2 when no lock file is found.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Iterable, Mapping, Sequence

LOCK_NAME = "requirements.lock"
TORCH_BUILDS_NAME = "torch-builds.toml"
FIX = "Run `make sync` to install the locked versions (or `make lock` after changing pyproject.toml on purpose)."

_REQUIREMENT = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)\s*(?:;(?P<marker>[^\\]*))?")


@dataclass(frozen=True)
class LockedPackage:
    name: str  # normalised (PEP 503)
    version: str
    marker: str = ""


@dataclass(frozen=True)
class Difference:
    name: str
    installed: str | None  # None: not installed
    locked: str

    def __str__(self) -> str:
        if self.installed is None:
            return f"{self.name} is not installed; the lock says {self.locked}"
        return f"{self.name} {self.installed} is installed; the lock says {self.locked}"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_locations() -> list[Path]:
    """Where the lock may be: the source checkout's root, or inside an installed app (build.py copies it)."""
    package = Path(__file__).resolve().parent
    return [package.parent / LOCK_NAME, package / "resources" / LOCK_NAME]


def find_lock() -> Path | None:
    return next((path for path in lock_locations() if path.is_file()), None)


def parse_lock(text: str) -> list[LockedPackage]:
    """The `name==version ; marker` lines of a uv/pip-compile lock (hashes and comments skipped)."""
    packages = []
    for line in text.splitlines():
        match = _REQUIREMENT.match(line.strip())
        if match:
            packages.append(LockedPackage(normalise(match["name"]), match["version"], (match["marker"] or "").strip()))
    return packages


def torch_build_versions(path: Path | None) -> dict[str, set[str]]:
    """Per package, the versions the Windows installer may take from the PyTorch index (torch-builds.toml)."""
    if path is None or not path.is_file():
        return {}
    with open(path, "rb") as handle:
        builds = tomllib.load(handle).get("builds", {})
    allowed: dict[str, set[str]] = {}
    for packages in builds.values():
        for name, version in packages.items():
            allowed.setdefault(normalise(name), set()).add(str(version))
    return allowed


def applies_here(packages: Iterable[LockedPackage], environment: Mapping[str, str] | None = None) -> list[LockedPackage]:
    """The locked packages whose environment marker holds on this machine (or in `environment`)."""
    from packaging.markers import Marker

    return [package for package in packages
            if not package.marker or Marker(package.marker).evaluate(dict(environment) if environment else None)]


def installed_versions() -> dict[str, str]:
    versions = {}
    for distribution in metadata.distributions():
        name = distribution.metadata["Name"]
        if name:
            versions.setdefault(normalise(name), distribution.version)
    return versions


def differences(locked: Iterable[LockedPackage], installed: Mapping[str, str],
                also_allowed: Mapping[str, set[str]] | None = None) -> list[Difference]:
    """Each locked package that is missing or at another version, in lock order."""
    also_allowed = also_allowed or {}
    found = []
    for package in locked:
        version = installed.get(package.name)
        if version == package.version or version in also_allowed.get(package.name, ()):
            continue
        found.append(Difference(package.name, version, package.version))
    return found


def check(lock: Path) -> list[Difference]:
    """The differences between this environment and `lock` (and the torch builds file beside it)."""
    locked = applies_here(parse_lock(lock.read_text(encoding="utf-8")))
    return differences(locked, installed_versions(), torch_build_versions(lock.with_name(TORCH_BUILDS_NAME)))


def report(found: Sequence[Difference], lock: Path) -> str:
    if not found:
        return f"The installed packages match {lock.name}."
    lines = [f"The installed packages differ from {lock} in {len(found)} place{'s' if len(found) > 1 else ''}:"]
    lines += [f"  {difference}" for difference in found]
    lines.append(FIX)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m svcdesk.lockcheck", description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, help=f"default: the {LOCK_NAME} of this checkout or installation")
    parser.add_argument("--warn", action="store_true", help="print differences but exit 0")
    args = parser.parse_args(argv)
    lock = args.lock or find_lock()
    if lock is None or not lock.is_file():
        print(f"No {LOCK_NAME} found (looked in {', '.join(map(str, lock_locations()))}).", file=sys.stderr)
        return 2
    found = check(lock)
    if found:
        print(("warning: " if args.warn else "error: ") + report(found, lock), file=sys.stderr)
        return 0 if args.warn else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
