"""`make run` on Linux: the platform check before the window, and the real xcb platform under Xvfb.

The rest of the suite runs offscreen; this test opens the main window through X11 as a user's desktop does,
so the system libraries Qt's xcb plugin links (which .ci/run installs) are checked for real."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from svcdesk.gui import platform_check

REPO = Path(__file__).resolve().parent.parent


def ldd_saying(*missing: str):
    def runner(command):
        lines = [f"\t{name} => not found" for name in missing] + ["\tlibc.so.6 => /lib/libc.so.6 (0x0)"]
        return subprocess.CompletedProcess(command, 0, "\n".join(lines), "")

    return runner


def test_missing_xcb_libraries_are_named_with_one_install_line(capsys, tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    runner = ldd_saying("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-cursor.so.0", "libweird.so.9")
    code = platform_check.check(install=False, runner=runner, environ={"DISPLAY": ":0"}, plugin=plugin)
    err = capsys.readouterr().err
    assert code == 1
    assert "3 missing libraries (libxcb-cursor.so.0, libxcb-icccm.so.4, libweird.so.9)" in err
    assert "Fix (Debian/Ubuntu): sudo apt-get install -y libxcb-cursor0 libxcb-icccm4" in err
    assert "libweird.so.9" in err.splitlines()[-1]


def test_as_root_the_check_installs_them(capsys, tmp_path, monkeypatch):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    calls = []
    state = {"installed": False}

    def runner(command):
        calls.append(command)
        if command[0] == "apt-get":
            state["installed"] = True
            return subprocess.CompletedProcess(command, 0, "", "")
        return ldd_saying(*(() if state["installed"] else ("libxcb-icccm.so.4",)))(command)

    monkeypatch.setattr(platform_check.shutil, "which", lambda name: "/usr/bin/apt-get")
    code = platform_check.check(runner=runner, environ={"DISPLAY": ":0"}, plugin=plugin, is_root=True)
    assert code == 0
    assert ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "libxcb-icccm4"] in calls


def test_no_display_and_other_platforms(capsys):
    assert platform_check.check(environ={}, plugin=Path("/nonexistent")) == 1
    assert "xvfb-run make run" in capsys.readouterr().err
    assert platform_check.applies({"QT_QPA_PLATFORM": "offscreen"}) == "QT_QPA_PLATFORM=offscreen"
    assert platform_check.applies({}, platform="win32") == "not Linux"
    assert platform_check.applies({"WAYLAND_DISPLAY": "wayland-0"}) is not None
    assert platform_check.applies({"DISPLAY": ":0"}) is None


@pytest.fixture
def xvfb_display(tmp_path):
    """A virtual X screen for this test; skipped (failed on CI) without Xvfb."""
    binary = shutil.which("Xvfb")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing on CI: .ci/run installs Debian's xvfb")
        pytest.skip("Xvfb not installed (apt-get install xvfb)")
    for number in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    process = subprocess.Popen([binary, f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"Xvfb :{number} did not start")
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_main_window_opens_on_the_real_xcb_platform(xvfb_display, tmp_path):
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "SVCDESK_HOME": str(tmp_path / "home")}
    check = subprocess.run([sys.executable, "-m", "svcdesk.gui.platform_check", "--no-install"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, f"the platform check says a window cannot open:\n{check.stderr}"
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--exit-after-show"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb" and report["exposed"] is True
    assert report["torch_imported"] is False
