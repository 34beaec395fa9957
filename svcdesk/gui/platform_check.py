"""Before `make run` opens a window on Linux: are the system libraries Qt's xcb platform needs installed?

PySide6's wheels carry Qt but not the X11 client libraries (libxcb-cursor0, libxcb-icccm4, ...), which a
fresh Debian or Ubuntu lacks. Without them Qt aborts naming one library at a time. This check lists every
missing one at once (`ldd` on the xcb plugin), then installs them when run as root with apt-get (as
.ci/run does), or prints the one `apt-get install` line that fixes it.

`python -m svcdesk.gui.platform_check [--no-install]`: exit 0 when a window can open (or the check does not
apply: another OS, another Qt platform), 1 with the fix printed otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable, Sequence

#: The Debian/Ubuntu package of each library the xcb plugin links (Qt's documented X11 requirements).
LIBRARY_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=60)


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, found without importing Qt's modules."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(plugin: Path, runner: Runner = _run) -> list[str]:
    """The libraries `ldd` cannot find for the plugin (and what it links), each once, in ldd's order."""
    result = runner(["ldd", str(plugin)])
    return list(dict.fromkeys(_NOT_FOUND.findall(result.stdout + result.stderr)))


def packages_for(libraries: Sequence[str]) -> tuple[list[str], list[str]]:
    """(Debian packages that provide `libraries`, libraries of no known package)."""
    known = [LIBRARY_PACKAGES[name] for name in libraries if name in LIBRARY_PACKAGES]
    unknown = [name for name in libraries if name not in LIBRARY_PACKAGES]
    return list(dict.fromkeys(known)), unknown


def install_line(packages: Sequence[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def applies(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why the check does not apply here (None: it does)."""
    environ = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return "not Linux"
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return f"QT_QPA_PLATFORM={chosen}"
    if not environ.get("DISPLAY") and environ.get("WAYLAND_DISPLAY") and not chosen:
        return "a Wayland session (Qt uses its Wayland platform)"
    return None


def check(install: bool = True, runner: Runner = _run, environ: dict[str, str] | None = None,
          out=None, err=None, plugin: Path | None = None, is_root: bool | None = None) -> int:
    environ = os.environ if environ is None else environ
    out, err = out or sys.stdout, err or sys.stderr
    if applies(environ) is not None:
        return 0
    if not environ.get("DISPLAY"):
        print("svcdesk: no screen to open a window on (DISPLAY is not set). Start it from a desktop session, "
              "or on a server with a virtual screen: xvfb-run make run", file=err)
        return 1
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return 0  # no PySide6 wheel layout to inspect; Qt will say what is wrong itself
    missing = missing_libraries(plugin, runner)
    if not missing:
        return 0
    packages, unknown = packages_for(missing)
    root = (os.geteuid() == 0) if is_root is None else is_root
    if install and root and packages and shutil.which("apt-get") is not None:
        print(f"svcdesk: installing the libraries Qt needs to open a window: {' '.join(packages)}", file=out)
        command = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]
        result = runner(command)
        if result.returncode == 0 and not missing_libraries(plugin, runner):
            return 0
        print(f"svcdesk: apt-get could not install them (exit {result.returncode}): "
              f"{(result.stderr or result.stdout).strip()[-300:]}", file=err)
    lines = [f"svcdesk cannot open a window: Qt's X11 platform needs {len(missing)} missing "
             f"librar{'y' if len(missing) == 1 else 'ies'} ({', '.join(missing)})."]
    if packages:
        lines.append(f"Fix (Debian/Ubuntu): {install_line(packages)}")
    if unknown:
        lines.append(f"Also install the packages that provide: {', '.join(unknown)}")
    print("\n".join(lines), file=err)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m svcdesk.gui.platform_check", description=__doc__.splitlines()[0])
    parser.add_argument("--no-install", action="store_true", help="only say what is missing, even as root")
    args = parser.parse_args(argv)
    return check(install=not args.no_install)


if __name__ == "__main__":
    sys.exit(main())
