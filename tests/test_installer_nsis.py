"""The NSIS script compiles with warnings as errors (makensis -WX), from a dummy payload: fast and offline."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

INSTALLER = Path(__file__).resolve().parent.parent / "installer"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("svcdesk_installer_build", INSTALLER / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


@pytest.fixture
def makensis():
    if shutil.which("makensis") is None:
        if os.environ.get("CI"):
            pytest.fail("makensis is missing in CI: .ci/run installs Debian's nsis")
        pytest.skip("makensis not installed (apt-get install nsis)")


def dummy_payload(tmp_path: Path, build, vc_redist: bool) -> Path:
    payload = tmp_path / "payload"
    payload.mkdir()
    (payload / "uv.exe").write_bytes(b"MZ dummy uv")
    (payload / "svcdesk-0.1.0-py3-none-any.whl").write_bytes(b"PK dummy wheel")
    source = tmp_path / "vc_redist.x64.exe"
    source.write_bytes(b"MZ dummy redist")
    build.stage_payload(payload, source if vc_redist else None)
    return payload


@pytest.mark.parametrize("vc_redist", [False, True], ids=["download-vc-redist", "bundled-vc-redist"])
def test_nsi_compiles_without_warnings(build, makensis, tmp_path, vc_redist):
    payload = dummy_payload(tmp_path, build, vc_redist)
    outfile = tmp_path / "out" / "svcdesk-setup.exe"
    outfile.parent.mkdir()
    command = build.makensis_command(payload, "svcdesk-0.1.0-py3-none-any.whl", build.project_version(), outfile,
                                     vc_redist)
    assert "-WX" in command
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    data = outfile.read_bytes()
    assert data[:2] == b"MZ" and len(data) > 10_000  # a Windows executable


def test_nsi_refuses_to_build_without_its_payload(makensis, tmp_path):
    result = subprocess.run(["makensis", "-WX", "-V2", f"-DOUTFILE={tmp_path / 'x.exe'}", str(INSTALLER / "svcdesk.nsi")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "PAYLOAD_DIR" in result.stdout + result.stderr


def test_nsi_runs_bootstrap_through_uv_with_the_pinned_python(build):
    script = (INSTALLER / "svcdesk.nsi").read_text(encoding="utf-8")
    assert '"$INSTDIR\\bin\\uv.exe" run --no-project --python ${PYTHON_VERSION} "$INSTDIR\\bin\\bootstrap.py"' in script
    assert '!define PYTHON_VERSION "3.11"' in script
    spec = importlib.util.spec_from_file_location("svcdesk_installer_bootstrap_nsi", INSTALLER / "bootstrap.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        # The shortcuts NSIS makes point at the launcher bootstrap.py checks for.
        assert module.GUI_LAUNCHER in script.replace("$INSTDIR\\", "")
    finally:
        sys.modules.pop(spec.name, None)
    assert build.project_version() in (INSTALLER.parent / "pyproject.toml").read_text(encoding="utf-8")


def test_wheel_source_carries_the_resources_inside_the_package(build, tmp_path):
    source = build.stage_source(tmp_path)
    assert (source / "pyproject.toml").is_file() and (source / "svcdesk" / "__init__.py").is_file()
    assert (source / "svcdesk" / "resources" / "guide" / "index.md").is_file()
    assert 'svcdesk = ["resources/**/*"]' in (source / "pyproject.toml").read_text(encoding="utf-8")
    assert not list(source.rglob("__pycache__"))
