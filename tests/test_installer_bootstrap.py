"""installer/bootstrap.py: CUDA build choice from recorded nvidia-smi outputs, path rules, uv command lines."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

BOOTSTRAP = Path(__file__).resolve().parent.parent / "installer" / "bootstrap.py"


@pytest.fixture(scope="module")
def bootstrap():
    spec = importlib.util.spec_from_file_location("svcdesk_installer_bootstrap", BOOTSTRAP)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve string annotations through sys.modules
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def done(command, code=0, stdout="", stderr=""):
    return subprocess.CompletedProcess(list(command), code, stdout, stderr)


class RecordedSmi:
    """Answers nvidia-smi queries with recorded outputs; `outputs` maps the query field list to a result."""

    def __init__(self, with_cap=None, driver_only=None, missing=False):
        self.with_cap = with_cap
        self.driver_only = driver_only
        self.missing = missing
        self.calls = []

    def __call__(self, command):
        self.calls.append(list(command))
        if self.missing:
            raise FileNotFoundError(2, "The system cannot find the file specified", "nvidia-smi")
        if "--query-gpu=driver_version,compute_cap" in command:
            return self.with_cap
        return self.driver_only


# Recorded on real cards (formats as nvidia-smi prints them with --format=csv,noheader).
GTX_1060 = done([], 0, "566.36, 6.1\n")
RTX_3060_DRIVER_560 = done([], 0, "560.94, 8.6\n")
RTX_5090_DRIVER_581 = done([], 0, "581.57, 12.0\n")
NO_DEVICES = done([], 6, "No devices were found\n")
OLD_470_REJECTS_FIELD = done([], 2, 'Field "compute_cap" is not a valid field to query.\n\n')
OLD_470_DRIVER_ONLY = done([], 0, "470.141.03, NVIDIA GeForce GTX 1080\n")


@pytest.mark.parametrize("recorded, build", [
    (GTX_1060, "cu126"),
    (RTX_3060_DRIVER_560, "cu128"),
    (RTX_5090_DRIVER_581, "cu130"),
])
def test_build_for_recorded_cards(bootstrap, recorded, build):
    smi = RecordedSmi(with_cap=recorded)
    choice = bootstrap.choose_torch_build(bootstrap.detect_gpus(smi))
    assert choice.build == build
    assert choice.index_url == f"https://download.pytorch.org/whl/{build}"
    assert choice.warnings == ()
    assert smi.calls == [bootstrap.NVIDIA_SMI_QUERY]


def test_pascal_stays_on_cu126_even_with_a_new_driver(bootstrap):
    gpus = bootstrap.parse_nvidia_smi("581.57, 6.1")
    assert bootstrap.choose_torch_build(gpus).build == "cu126"
    assert bootstrap.choose_torch_build(bootstrap.parse_nvidia_smi("581.57, 7.0")).build == "cu126"  # Volta
    assert bootstrap.choose_torch_build(bootstrap.parse_nvidia_smi("560.70, 7.5")).build == "cu128"  # Turing


@pytest.mark.parametrize("smi", [RecordedSmi(missing=True), RecordedSmi(with_cap=NO_DEVICES)],
                         ids=["command-missing", "no-devices"])
def test_no_gpu_means_cpu_with_a_warning(bootstrap, smi):
    choice = bootstrap.choose_torch_build(bootstrap.detect_gpus(smi))
    assert choice.build == "cpu"
    assert choice.index_url.endswith("/whl/cpu")
    assert "No NVIDIA GPU" in choice.warnings[0]


def test_old_driver_470_falls_back_to_cpu_and_asks_for_an_update(bootstrap):
    smi = RecordedSmi(with_cap=OLD_470_REJECTS_FIELD, driver_only=OLD_470_DRIVER_ONLY)
    gpus = bootstrap.detect_gpus(smi)
    assert gpus == [bootstrap.Gpu((470, 141, 3), None, "NVIDIA GeForce GTX 1080")]
    assert smi.calls == [bootstrap.NVIDIA_SMI_QUERY, bootstrap.NVIDIA_SMI_DRIVER_ONLY]
    choice = bootstrap.choose_torch_build(gpus)
    assert choice.build == "cpu" and "470.141.3" in choice.warnings[0] and "Update the driver" in choice.warnings[0]


def test_driver_without_compute_cap_but_new_enough_gets_the_widest_cuda_build(bootstrap):
    assert bootstrap.choose_torch_build([bootstrap.Gpu((531, 0), None, "card")]).build == "cu126"


def test_kepler_is_too_old_for_any_wheel(bootstrap):
    choice = bootstrap.choose_torch_build(bootstrap.parse_nvidia_smi("531.18, 3.7"))
    assert choice.build == "cpu" and "3.7" in choice.warnings[0]


def test_the_best_of_several_gpus_decides(bootstrap):
    gpus = bootstrap.parse_nvidia_smi("560.94, 6.1\n560.94, 8.6\n")
    assert len(gpus) == 2
    assert bootstrap.choose_torch_build(gpus).build == "cu128"


@pytest.mark.parametrize("path", [r"C:\svcdesk", r"D:\Apps\svcdesk_2", r"E:\ai\voice-studio"])
def test_good_install_paths(bootstrap, path):
    assert bootstrap.install_path_problems(path) == []
    bootstrap.check_install_path(path)


@pytest.mark.parametrize("path, problem, suggestion", [
    (r"C:\Program Files\svcdesk", "spaces", r"C:\svcdesk"),
    ("D:\\音声\\svcdesk", "non-ASCII", r"D:\svcdesk"),
    ("C:\\Users\\José\\svcdesk", "non-ASCII", r"C:\svcdesk"),
    (r"C:\Users\bob\OneDrive\svcdesk", "OneDrive", r"C:\svcdesk"),
    (r"\\nas\share\svcdesk", "network", r"C:\svcdesk"),
    ("svcdesk", "full path", r"C:\svcdesk"),
    ("e:\\" + "x" * 90, "longer than", r"E:\svcdesk"),
])
def test_bad_install_paths_are_refused_with_a_suggestion(bootstrap, path, problem, suggestion):
    problems = bootstrap.install_path_problems(path)
    assert any(problem in text for text in problems), problems
    with pytest.raises(bootstrap.InstallError) as info:
        bootstrap.check_install_path(path)
    assert suggestion in str(info.value)


def test_check_path_command_line(bootstrap, capsys):
    assert bootstrap.main(["--install-dir", r"C:\My Apps\svcdesk", "--wheel", "w", "--uv", "uv", "--check-path"]) == 2
    assert r"suggested: C:\svcdesk" in capsys.readouterr().out
    assert bootstrap.main(["--install-dir", r"C:\svcdesk", "--wheel", "w", "--uv", "uv", "--check-path"]) == 0


ROOT = BOOTSTRAP.parent.parent


@pytest.fixture(scope="module")
def torch_builds(bootstrap):
    return bootstrap.read_torch_builds(ROOT / bootstrap.TORCH_BUILDS_FILE)


@pytest.mark.parametrize("build", ["cpu", "cu126", "cu128", "cu130"])
def test_uv_command_lines(bootstrap, torch_builds, build):
    layout = bootstrap.Layout(PureWindowsPath(r"C:\svcdesk"))
    uv = r"C:\svcdesk\bin\uv.exe"
    python = r"C:\svcdesk\env\Scripts\python.exe"
    wheel = r"C:\svcdesk\bin\svcdesk-0.1.0-py3-none-any.whl"
    torch = bootstrap.torch_requirements(torch_builds, build)
    assert torch == [f"torch==2.11.0+{build}", f"torchaudio==2.11.0+{build}"]
    commands = bootstrap.uv_commands(uv, layout, wheel, bootstrap.TorchChoice(build, "test"), torch)
    assert commands == [
        [uv, "venv", r"C:\svcdesk\env", "--python", "3.11", "--clear"],
        [uv, "pip", "install", "--python", python, "--require-hashes", "--no-deps", "-r",
         r"C:\svcdesk\bin\requirements-app.lock"],
        [uv, "pip", "install", "--python", python, "--no-deps", "--default-index",
         f"https://download.pytorch.org/whl/{build}", *torch],
        [uv, "pip", "install", "--python", python, "--no-deps", wheel],
        [uv, "pip", "check", "--python", python],
    ]
    env = bootstrap.uv_environment(layout)
    assert env["UV_PYTHON_INSTALL_DIR"] == r"C:\svcdesk\python" and env["UV_CACHE_DIR"] == r"C:\svcdesk\cache\uv"


def test_every_torch_build_is_the_locked_pair(bootstrap, torch_builds):
    from svcdesk import lockcheck

    locked = {package.name: package.version
              for package in lockcheck.parse_lock((ROOT / bootstrap.LOCK_FILE).read_text(encoding="utf-8"))}
    assert set(torch_builds) == {"cpu", "cu126", "cu128", "cu130"}
    for build, packages in torch_builds.items():
        for name in bootstrap.TORCH_PACKAGES:
            public, _, local = packages[name].partition("+")
            assert public == locked[name] and local == build, f"{build}: {name} {packages[name]} vs lock {locked[name]}"


def test_pre_turing_cards_get_a_cuda_build_of_the_locked_torch(bootstrap, torch_builds):
    for smi in ("566.36, 6.1\n", "581.57, 7.0\n", "528.33, 5.2\n"):  # GTX 1060, V100, GTX 980
        choice = bootstrap.choose_torch_build(bootstrap.parse_nvidia_smi(smi))
        assert choice.build == bootstrap.PRE_TURING_BUILD == "cu126"
        assert bootstrap.torch_requirements(torch_builds, choice.build)[0].startswith("torch==2.11.0+cu126")
    with pytest.raises(bootstrap.InstallError, match="no PyTorch cu999 build"):
        bootstrap.torch_requirements(torch_builds, "cu999")


def test_lock_without_torch_drops_only_the_torch_pair_and_their_hashes(bootstrap):
    text = (ROOT / bootstrap.LOCK_FILE).read_text(encoding="utf-8")
    filtered = bootstrap.lock_without_torch(text)
    from svcdesk import lockcheck

    names = [package.name for package in lockcheck.parse_lock(filtered)]
    assert "torch" not in names and "torchaudio" not in names
    assert "torch-einops-utils" in names and "torchfcpe" in names and "numpy" in names
    assert len(names) == len(lockcheck.parse_lock(text)) - 2
    torch_block = text[text.index("\ntorch==") + 1:].split("\n# via", 1)[0]
    first_torch_hash = next(line for line in torch_block.splitlines() if "--hash=" in line).strip()
    assert first_torch_hash not in filtered
    # What remains is still a well-formed hashed requirements file: every requirement keeps its hashes.
    assert filtered.count("--hash=sha256:") == text.count("--hash=sha256:") - text[
        text.index("\ntorch=="):].split("\n    # via")[0].count("--hash") - text[
        text.index("\ntorchaudio=="):].split("\n    # via")[0].count("--hash")


def test_vc_runtime_check_and_install(bootstrap, tmp_path):
    system32 = tmp_path / "System32"
    system32.mkdir()
    assert not bootstrap.vc_runtime_present(system32, registry=lambda: True)
    for dll in bootstrap.VC_RUNTIME_DLLS:
        (system32 / dll).write_bytes(b"MZ")
    assert bootstrap.vc_runtime_present(system32, registry=lambda: True)
    assert not bootstrap.vc_runtime_present(system32, registry=lambda: False)

    bundled = tmp_path / "bin"
    bundled.mkdir()
    (bundled / bootstrap.VC_REDIST_FILE).write_bytes(b"MZ")
    calls = []
    runner = lambda command: calls.append(command) or done(command, 3010)
    assert bootstrap.ensure_vc_runtime(bundled, runner, present=lambda: True) == "present" and calls == []
    assert bootstrap.ensure_vc_runtime(bundled, runner, present=lambda: False).startswith("installed")
    assert calls == [[str(bundled / bootstrap.VC_REDIST_FILE), "/install", "/quiet", "/norestart"]]

    downloads = []
    fetch = lambda url, target: downloads.append(url) or target.write_bytes(b"MZ")
    failing = lambda command: done(command, 1603)
    with pytest.raises(bootstrap.InstallError, match="code 1603"):
        bootstrap.ensure_vc_runtime(tmp_path / "empty", failing, present=lambda: False, download=fetch)
    assert downloads == [bootstrap.VC_REDIST_URL]


def test_install_runs_the_steps_in_order_and_reports_failures(bootstrap):
    ran, written = [], {}

    def runner(command, env=None):
        ran.append(command)
        assert env["UV_PYTHON_PREFERENCE"] == "only-managed"
        return done(command, 0, "2.11.0+cu128 True\n")

    smi = RecordedSmi(with_cap=RTX_3060_DRIVER_560)
    kwargs = dict(runner=runner, detect=lambda: bootstrap.detect_gpus(smi), vc_check=lambda: True,
                  exists=lambda path: path == r"C:\svcdesk\env\Scripts\svcdesk-gui.exe", versions_dir=ROOT,
                  write_lock=lambda path, text: written.update({path: text}))
    choice = bootstrap.install(r"C:\svcdesk", "app.whl", r"C:\svcdesk\bin\uv.exe", **kwargs)
    assert choice.build == "cu128"
    assert [c[1:3] for c in ran[:5]] == [["venv", r"C:\svcdesk\env"], ["pip", "install"], ["pip", "install"],
                                         ["pip", "install"], ["pip", "check"]]
    assert "torch==2.11.0+cu128" in ran[2] and "torchaudio==2.11.0+cu128" in ran[2]
    assert ran[5][0] == r"C:\svcdesk\env\Scripts\python.exe"
    assert "import sys, torch, torchaudio" in ran[5][2] and "lockcheck" in ran[5][2]
    lock = written[r"C:\svcdesk\bin\requirements-app.lock"]
    assert "\nnumpy==" in lock and "\ntorch==" not in lock and "\ntorchaudio==" not in lock

    def failing(command, env=None):
        return done(command, 1 if "--default-index" in command else 0)

    with pytest.raises(bootstrap.InstallError, match="Step failed"):
        bootstrap.install(r"C:\svcdesk", "app.whl", "uv.exe", **{**kwargs, "runner": failing})
    with pytest.raises(bootstrap.InstallError, match="cannot be used"):
        bootstrap.install(r"C:\Program Files\svcdesk", "app.whl", "uv.exe", **kwargs)
    assert bootstrap.install(r"C:\svcdesk", "app.whl", "uv.exe", gpu="cpu", dry_run=True, **kwargs).build == "cpu"


def test_install_refuses_without_its_version_files(bootstrap, tmp_path):
    kwargs = dict(runner=lambda command, env=None: done(command), detect=lambda: [], vc_check=lambda: True,
                  exists=lambda path: True, write_lock=lambda path, text: None)
    with pytest.raises(bootstrap.InstallError, match="torch-builds.toml is missing or damaged"):
        bootstrap.install(r"C:\svcdesk", "app.whl", "uv.exe", versions_dir=tmp_path, **kwargs)
    (tmp_path / bootstrap.TORCH_BUILDS_FILE).write_bytes((ROOT / bootstrap.TORCH_BUILDS_FILE).read_bytes())
    with pytest.raises(bootstrap.InstallError, match="requirements.lock is missing"):
        bootstrap.install(r"C:\svcdesk", "app.whl", "uv.exe", versions_dir=tmp_path, **kwargs)


def test_dry_run_from_the_command_line_writes_the_log(bootstrap, tmp_path):
    import logging

    log_file = tmp_path / "install.log"
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        code = bootstrap.main(["--install-dir", r"D:\svcdesk", "--wheel", "app.whl", "--uv", r"D:\svcdesk\bin\uv.exe",
                               "--gpu", "cu128", "--dry-run", "--log-file", str(log_file)])
    finally:
        for handler in root.handlers[:]:
            if handler not in saved[0]:
                handler.close()
                root.removeHandler(handler)
        root.handlers[:], root.level = saved
    assert code == 0
    text = log_file.read_text(encoding="utf-8")
    assert "torch build: cu128" in text
    assert "would run: " in text and "https://download.pytorch.org/whl/cu128" in text
    assert r"D:\svcdesk\env" in text
