"""requirements.lock: the whole tree pinned with hashes, matching pyproject's ranges, and the guard that names drift."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from svcdesk import lockcheck

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
LINUX = {"python_version": "3.11", "python_full_version": "3.11.7", "sys_platform": "linux",
         "platform_system": "Linux", "platform_machine": "x86_64", "implementation_name": "cpython",
         "platform_python_implementation": "CPython", "os_name": "posix"}
WINDOWS = {**LINUX, "sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64",
           "os_name": "nt"}


@pytest.fixture(scope="module")
def locked():
    return lockcheck.parse_lock(LOCK.read_text(encoding="utf-8"))


def pyproject_requirements() -> list[Requirement]:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    return [Requirement(text) for text in project["dependencies"] + project["optional-dependencies"]["dev"]]


def test_every_requirement_in_the_lock_is_exact_and_hashed():
    text = LOCK.read_text(encoding="utf-8")
    blocks = [block for block in text.split("\n") if block and not block[0].isspace() and not block.startswith("#")]
    assert len(blocks) > 80, "the lock should hold the whole tree, not only the direct dependencies"
    for line in blocks:
        assert "==" in line, f"not an exact pin: {line}"
    requirement_count = len(blocks)
    assert text.count("--hash=sha256:") >= requirement_count


@pytest.mark.parametrize("environment", [LINUX, WINDOWS], ids=["linux", "windows"])
def test_the_lock_satisfies_pyproject_on_both_platforms(locked, environment):
    here = {package.name: package.version for package in lockcheck.applies_here(locked, environment)}
    for requirement in pyproject_requirements():
        name = lockcheck.normalise(requirement.name)
        assert name in here, f"{name} is in pyproject.toml but not locked for {environment['sys_platform']}"
        assert requirement.specifier.contains(here[name], prereleases=True), (
            f"{name} {here[name]} is locked, outside pyproject's range {requirement.specifier}")


def test_platform_markers_split_the_cuda_libraries(locked):
    linux = {package.name for package in lockcheck.applies_here(locked, LINUX)}
    windows = {package.name for package in lockcheck.applies_here(locked, WINDOWS)}
    assert "nvidia-cublas" in linux and "triton" in linux
    assert not any(name.startswith("nvidia-") or name == "triton" for name in windows)
    assert {"torch", "torchaudio", "numpy", "pyside6-essentials"} <= linux & windows


def test_torch_and_torchaudio_are_locked_as_the_tested_pair(locked):
    versions = {package.name: package.version for package in locked}
    assert versions["torch"] == "2.11.0" and versions["torchaudio"] == "2.11.0"


def test_differences_name_each_package_that_drifted():
    locked = [lockcheck.LockedPackage("numpy", "2.4.6"), lockcheck.LockedPackage("torch", "2.11.0"),
              lockcheck.LockedPackage("soxr", "1.1.0")]
    installed = {"numpy": "2.4.5", "torch": "2.11.0+cu126"}
    found = lockcheck.differences(locked, installed, {"torch": {"2.11.0+cu126"}})
    assert [str(item) for item in found] == ["numpy 2.4.5 is installed; the lock says 2.4.6",
                                             "soxr is not installed; the lock says 1.1.0"]
    # Without the torch builds file, a CUDA build's local version is a difference too.
    assert [item.name for item in lockcheck.differences(locked, installed)] == ["numpy", "torch", "soxr"]
    assert lockcheck.differences(locked, {"numpy": "2.4.6", "torch": "2.11.0", "soxr": "1.1.0"}) == []


def test_this_environment_matches_the_lock():
    found = lockcheck.check(LOCK)
    assert found == [], lockcheck.report(found, LOCK)


def test_the_guard_fails_naming_a_changed_version(tmp_path):
    text = LOCK.read_text(encoding="utf-8")
    numpy = next(package for package in lockcheck.parse_lock(text) if package.name == "numpy")
    changed = tmp_path / "requirements.lock"
    changed.write_text(text.replace(f"numpy=={numpy.version} ", "numpy==1.0.0 ", 1), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "svcdesk.lockcheck", "--lock", str(changed)],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1
    assert f"numpy {numpy.version} is installed; the lock says 1.0.0" in result.stderr
    assert "make sync" in result.stderr
    warned = subprocess.run([sys.executable, "-m", "svcdesk.lockcheck", "--warn", "--lock", str(changed)],
                            capture_output=True, text=True, encoding="utf-8")
    assert warned.returncode == 0 and "warning:" in warned.stderr


def test_the_makefile_installs_from_the_lock_alone():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes --no-deps -r $(LOCK)" in makefile
    assert "-m pip check" in makefile
    assert "test: check-env" in makefile
    assert "--upgrade pip" not in makefile, "an unpinned pip upgrade would bypass the lock"
