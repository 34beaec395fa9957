"""svcdesk's Windows install logic: GPU detection, torch build choice, path rules, VC++ runtime, uv env.

The NSIS installer (svcdesk.nsi) only unpacks uv.exe, the app wheel and this script, then runs
`uv run --no-project --python 3.11 bootstrap.py --install-dir ... --wheel ... --uv ...`. Everything
that can go wrong on a gaming PC (the wrong CUDA build for the card, a path torch cannot load from,
a missing VC++ runtime) is decided here, in plain standard-library Python, so that it is unit-tested
on Linux with recorded `nvidia-smi` outputs. Shortcuts are made by NSIS (`CreateShortcut`, removed by
its uninstaller); this script checks that their target, the GUI launcher, exists.

Versions: every package but torch and torchaudio is installed from requirements.lock, hash-checked and
without resolution (`--no-deps`), so a PC gets exactly what the tests passed on. torch and torchaudio come
from the PyTorch index of the chosen build at the exact versions in torch-builds.toml; both files ship
beside this script. Builds (PyTorch 2.11): the cu126 wheels are the only ones still built for Maxwell,
Pascal and Volta (sm_50/60/70; sm_61 cards such as the GTX 1060 run the sm_60 code); cu128 and cu130 start
at Turing (sm_75). cu130 needs a driver >= 580. Every CUDA 12 build runs on drivers >= 528.33 through CUDA
minor-version compatibility; older drivers get the CPU build and a message to update the driver.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Callable, Sequence

LOCK_FILE = "requirements.lock"  # the whole dependency tree, exact versions and hashes
TORCH_BUILDS_FILE = "torch-builds.toml"  # torch and torchaudio per build, from the PyTorch index
TORCH_PACKAGES = ("torch", "torchaudio")
PYTHON_VERSION = "3.11"
TORCH_INDEX = "https://download.pytorch.org/whl/{build}"

MIN_CUDA12_DRIVER = (528, 33)  # CUDA 12.x minor-version compatibility on Windows
MIN_CUDA13_DRIVER = (580, 0)
MIN_COMPUTE_CAP = (5, 0)  # Maxwell: the oldest architecture in any 2.11 wheel (cu126)
PRE_TURING_BUILD = "cu126"  # the one build for compute capability < 7.5
TURING = (7, 5)  # cu128 and cu130 start here

NVIDIA_SMI_QUERY = ["nvidia-smi", "--query-gpu=driver_version,compute_cap", "--format=csv,noheader"]
NVIDIA_SMI_DRIVER_ONLY = ["nvidia-smi", "--query-gpu=driver_version,name", "--format=csv,noheader"]

VC_REDIST_URL = "https://aka.ms/vs/17/release/vc_redist.x64.exe"
VC_REDIST_FILE = "vc_redist.x64.exe"
VC_RUNTIME_KEY = r"SOFTWARE\Microsoft\VisualStudio\14.0\VC\Runtimes\x64"
VC_RUNTIME_DLLS = ("vcruntime140.dll", "vcruntime140_1.dll", "msvcp140.dll")
VC_REDIST_OK_CODES = (0, 1638, 3010)  # installed; a newer one is already there; installed, reboot pending

SUGGESTED_DIR = r"C:\svcdesk"
MAX_PATH_CHARS = 80  # site-packages adds ~150 characters below the install folder; MAX_PATH is 260
GUI_LAUNCHER = r"env\Scripts\svcdesk-gui.exe"

log = logging.getLogger("svcdesk.bootstrap")


class InstallError(Exception):
    """A step failed; the message says what to do."""


# ------------------------------------------------------------------------------------------------ GPU


@dataclass(frozen=True)
class Gpu:
    driver: tuple[int, ...]
    compute_cap: tuple[int, int] | None  # None when the driver is too old to report it
    name: str = ""


@dataclass(frozen=True)
class TorchChoice:
    """`build` is cpu | cu126 | cu128 | cu130; `warnings` are shown to the user and logged."""

    build: str
    reason: str
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def index_url(self) -> str:
        return TORCH_INDEX.format(build=self.build)


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text))


def parse_nvidia_smi(output: str, with_compute_cap: bool = True) -> list[Gpu]:
    """GPUs from `nvidia-smi --query-gpu=driver_version,compute_cap|name --format=csv,noheader` output."""
    gpus = []
    for line in output.splitlines():
        fields = [part.strip() for part in line.split(",")]
        if len(fields) < 2 or not re.fullmatch(r"\d+(\.\d+)*", fields[0]):
            continue
        if with_compute_cap:
            cap = _version(fields[1])
            gpus.append(Gpu(_version(fields[0]), (cap[0], cap[1]) if len(cap) >= 2 else None))
        else:
            gpus.append(Gpu(_version(fields[0]), None, fields[1]))
    return gpus


Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def run_captured(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=30,
                          creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))


def detect_gpus(runner: Runner = run_captured) -> list[Gpu]:
    """The NVIDIA GPUs nvidia-smi reports; [] when there is none or nvidia-smi is missing.

    Drivers before ~510 reject the compute_cap field; then the driver version alone is read.
    """
    try:
        result = runner(NVIDIA_SMI_QUERY)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("nvidia-smi not usable: %s", exc)
        return []
    log.info("nvidia-smi exit %s: %s %s", result.returncode, result.stdout.strip(), result.stderr.strip())
    if result.returncode == 0:
        return parse_nvidia_smi(result.stdout)
    if "compute_cap" in (result.stdout + result.stderr):
        try:
            fallback = runner(NVIDIA_SMI_DRIVER_ONLY)
        except (OSError, subprocess.SubprocessError):
            return []
        log.info("nvidia-smi (driver only) exit %s: %s", fallback.returncode, fallback.stdout.strip())
        if fallback.returncode == 0:
            return parse_nvidia_smi(fallback.stdout, with_compute_cap=False)
    return []


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in version)


def choose_torch_build(gpus: Sequence[Gpu]) -> TorchChoice:
    """The torch wheel build for the best NVIDIA GPU present (see the module docstring for the rules)."""
    if not gpus:
        return TorchChoice("cpu", "no NVIDIA GPU found", (
            "No NVIDIA GPU was found: svcdesk will run on the CPU. Training a voice will take many hours; "
            "conversion works but slowly.",))
    best = max(gpus, key=lambda gpu: (gpu.compute_cap or (0, 0), gpu.driver))
    driver = _dotted(best.driver)
    if best.driver[:2] < MIN_CUDA12_DRIVER:
        return TorchChoice("cpu", f"NVIDIA driver {driver} is too old for CUDA 12", (
            f"Your NVIDIA driver ({driver}) is too old for the GPU build of PyTorch: svcdesk will run on the CPU. "
            f"Update the driver (580 or newer recommended) from nvidia.com, then run this installer again.",))
    if best.compute_cap is not None and best.compute_cap < MIN_COMPUTE_CAP:
        cap = _dotted(best.compute_cap)
        return TorchChoice("cpu", f"compute capability {cap} is below 5.0", (
            f"Your GPU (compute capability {cap}) is too old for PyTorch 2.11: svcdesk will run on the CPU.",))
    if best.compute_cap is None or best.compute_cap < TURING:
        cap = _dotted(best.compute_cap) if best.compute_cap else "unknown"
        return TorchChoice(PRE_TURING_BUILD, f"compute capability {cap} < 7.5: only the CUDA 12.6 build supports it")
    if best.driver[:2] >= MIN_CUDA13_DRIVER:
        return TorchChoice("cu130", f"driver {driver} >= 580 and compute capability {_dotted(best.compute_cap)}")
    return TorchChoice("cu128", f"driver {driver} < 580 and compute capability {_dotted(best.compute_cap)}")


# ------------------------------------------------------------------------------------------------ path


def install_path_problems(path: str) -> list[str]:
    """Why `path` is a bad install folder (empty list: it is fine). Windows path syntax."""
    problems = []
    win = PureWindowsPath(path)
    if not path.isascii():
        problems.append("it contains non-ASCII characters (some native libraries cannot load from such paths)")
    if " " in path:
        problems.append("it contains spaces (some build and launch tools split such paths)")
    if not win.drive or not win.root:
        problems.append("it is not a full path with a drive letter")
    elif win.drive.startswith("\\\\"):
        problems.append("it is a network path")
    if "onedrive" in path.lower():
        problems.append("it is inside OneDrive (syncing locks and evicts files while they are in use)")
    if len(path) > MAX_PATH_CHARS:
        problems.append(f"it is longer than {MAX_PATH_CHARS} characters (deep package folders would pass "
                        f"Windows' 260-character limit)")
    return problems


def suggest_install_path(path: str) -> str:
    """A safe folder on the same drive as `path` when it has a drive letter, else C:\\svcdesk."""
    drive = PureWindowsPath(path).drive
    if re.fullmatch(r"[A-Za-z]:", drive or ""):
        return f"{drive.upper()}\\svcdesk"
    return SUGGESTED_DIR


def check_install_path(path: str) -> None:
    problems = install_path_problems(path)
    if problems:
        raise InstallError(f"The install folder '{path}' cannot be used: {'; '.join(problems)}. "
                           f"Choose a short folder such as {suggest_install_path(path)}.")


# ------------------------------------------------------------------------------------------------ VC++


def _registry_says_vc_installed() -> bool:
    try:
        import winreg
    except ImportError:
        return False
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, VC_RUNTIME_KEY, 0,
                            winreg.KEY_READ | getattr(winreg, "KEY_WOW64_64KEY", 0)) as key:
            installed, _ = winreg.QueryValueEx(key, "Installed")
            return int(installed) == 1
    except OSError:
        return False


def vc_runtime_present(system32: Path | None = None, registry: Callable[[], bool] = _registry_says_vc_installed) -> bool:
    """The VC++ 2015-2022 x64 runtime is there: the registry says so and torch's DLLs are in System32."""
    if system32 is None:
        system32 = Path(os.environ.get("SystemRoot", r"C:\Windows")) / "System32"
    return registry() and all((system32 / dll).is_file() for dll in VC_RUNTIME_DLLS)


def vc_redist_command(installer: Path) -> list[str]:
    return [str(installer), "/install", "/quiet", "/norestart"]


def ensure_vc_runtime(bundled_dir: Path, runner: Runner, present: Callable[[], bool] = vc_runtime_present,
                      download: Callable[[str, Path], None] | None = None) -> str:
    """Install the VC++ runtime if missing, from a bundled vc_redist.x64.exe or a download. Returns what it did."""
    if present():
        return "present"
    installer = bundled_dir / VC_REDIST_FILE
    if not installer.is_file():
        installer = Path(tempfile.mkdtemp(prefix="svcdesk-vc-")) / VC_REDIST_FILE
        log.info("downloading %s", VC_REDIST_URL)
        (download or _download)(VC_REDIST_URL, installer)
    result = runner(vc_redist_command(installer))
    log.info("vc_redist exit %s", result.returncode)
    if result.returncode not in VC_REDIST_OK_CODES:
        raise InstallError(f"The Microsoft Visual C++ runtime could not be installed (code {result.returncode}). "
                           f"Install it from {VC_REDIST_URL} and run this installer again.")
    return "installed (restart Windows if svcdesk does not start)" if result.returncode == 3010 else "installed"


def _download(url: str, target: Path) -> None:
    with urllib.request.urlopen(url, timeout=60) as response, open(target, "wb") as out:
        shutil.copyfileobj(response, out)


# ------------------------------------------------------------------------------------------------ versions


def read_torch_builds(path: Path) -> dict[str, dict[str, str]]:
    """{build: {"torch": "2.11.0+cu126", "torchaudio": ...}} from torch-builds.toml."""
    try:
        with open(path, "rb") as handle:
            builds = tomllib.load(handle)["builds"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise InstallError(f"The installer's {path.name} is missing or damaged ({exc}). Download the installer "
                           f"again.") from exc
    return {build: {name: str(version) for name, version in packages.items()} for build, packages in builds.items()}


def torch_requirements(builds: dict[str, dict[str, str]], build: str) -> list[str]:
    """`torch==2.11.0+cu126`-style requirements for one build."""
    packages = builds.get(build)
    if not packages or any(name not in packages for name in TORCH_PACKAGES):
        raise InstallError(f"This installer has no PyTorch {build} build. Choose another with --gpu "
                           f"({', '.join(sorted(builds))}).")
    return [f"{name}=={packages[name]}" for name in TORCH_PACKAGES]


def _requirement_name(line: str) -> str | None:
    match = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==", line)
    return re.sub(r"[-_.]+", "-", match.group(1)).lower() if match else None


def lock_without_torch(text: str) -> str:
    """The lock minus torch and torchaudio (their hashes included), which come from the build's own index."""
    kept, skipping = [], False
    for line in text.splitlines(keepends=True):
        name = _requirement_name(line)
        if name is not None:
            skipping = name in TORCH_PACKAGES
        elif not line[:1].isspace():
            skipping = False  # a comment or blank line ends a requirement's block
        if not skipping:
            kept.append(line)
    return "".join(kept)


# ------------------------------------------------------------------------------------------------ uv


@dataclass(frozen=True)
class Layout:
    """The folders of an installation, all below the install folder so that uninstalling removes them."""

    install_dir: PureWindowsPath

    @property
    def env(self) -> PureWindowsPath:
        return self.install_dir / "env"

    @property
    def env_python(self) -> PureWindowsPath:
        return self.env / "Scripts" / "python.exe"

    @property
    def python_dir(self) -> PureWindowsPath:
        return self.install_dir / "python"

    @property
    def uv_cache(self) -> PureWindowsPath:
        return self.install_dir / "cache" / "uv"

    @property
    def launcher(self) -> PureWindowsPath:
        return self.install_dir / GUI_LAUNCHER

    @property
    def log_file(self) -> PureWindowsPath:
        return self.install_dir / "install.log"

    @property
    def app_lock(self) -> PureWindowsPath:
        """requirements.lock without torch and torchaudio, written by the install."""
        return self.install_dir / "bin" / "requirements-app.lock"


def uv_environment(layout: Layout) -> dict[str, str]:
    """uv settings that keep its managed Python and cache inside the install folder."""
    return {
        "UV_PYTHON_INSTALL_DIR": str(layout.python_dir),
        "UV_CACHE_DIR": str(layout.uv_cache),
        "UV_PYTHON_PREFERENCE": "only-managed",  # never a Store or system Python with an unknown layout
        "UV_LINK_MODE": "copy",  # the cache may be on another volume than the install folder
    }


def uv_commands(uv: str, layout: Layout, wheel: str, choice: TorchChoice, torch: Sequence[str]) -> list[list[str]]:
    """The uv command lines that build the environment: a venv, the lock, torch from its build's index, the app.

    Nothing is resolved: every step is `--no-deps`, so the environment holds exactly the lock plus the build's
    torch pair; `uv pip check` then proves the set consistent. torch comes from the PyTorch index alone
    (`--default-index`), so PyPI's CPU-only wheel of the same version can never win.
    """
    python = str(layout.env_python)
    return [
        # --clear: a re-run (repair, upgrade, a new driver) rebuilds the environment for today's choice;
        # uv 0.13 refuses to reuse an existing one silently. The cache makes the rebuild quick.
        [uv, "venv", str(layout.env), "--python", PYTHON_VERSION, "--clear"],
        [uv, "pip", "install", "--python", python, "--require-hashes", "--no-deps", "-r", str(layout.app_lock)],
        [uv, "pip", "install", "--python", python, "--no-deps", "--default-index", choice.index_url, *torch],
        [uv, "pip", "install", "--python", python, "--no-deps", wheel],
        [uv, "pip", "check", "--python", python],
    ]


def verify_command(layout: Layout) -> list[str]:
    """A check that torch and torchaudio load (a mismatched pair fails on torchaudio's native library), that the
    environment equals the lock (svcdesk.lockcheck exits 1 naming what differs) and whether torch sees the GPU."""
    probe = ("import sys, torch, torchaudio, svcdesk.lockcheck as lock; code = lock.main([]); "
             "print(torch.__version__, torch.cuda.is_available()); sys.exit(code)")
    return [str(layout.env_python), "-c", probe]


# ------------------------------------------------------------------------------------------------ main


def run_logged(command: Sequence[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a step with its output streamed to the log (and the NSIS details view through stdout)."""
    log.info("$ %s", subprocess.list2cmdline(list(command)))
    full_env = {**os.environ, **(env or {})}
    process = subprocess.Popen(list(command), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               encoding="utf-8", errors="replace", env=full_env,
                               creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    lines = []
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        log.info("  %s", line.rstrip())
    code = process.wait()
    return subprocess.CompletedProcess(list(command), code, "".join(lines), "")


def setup_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    # The installer reads our stdout through a pipe in the ANSI code page: never fail on a character.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    handlers = [logging.FileHandler(log_file, encoding="utf-8"), logging.StreamHandler(sys.stdout)]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", handlers=handlers,
                        force=True)


def install(install_dir: str, wheel: str, uv: str, gpu: str = "auto", dry_run: bool = False,
            runner: Callable[..., subprocess.CompletedProcess[str]] = run_logged,
            detect: Callable[[], list[Gpu]] = detect_gpus,
            vc_check: Callable[[], bool] = vc_runtime_present, vc_runner: Runner = run_captured,
            exists: Callable[[str], bool] = os.path.isfile, versions_dir: Path | None = None,
            write_lock: Callable[[str, str], None] | None = None) -> TorchChoice:
    """The whole install after NSIS unpacked its files. Raises InstallError with the fix.

    `versions_dir` holds requirements.lock and torch-builds.toml (default: beside this script).
    """
    check_install_path(install_dir)
    layout = Layout(PureWindowsPath(install_dir))
    versions_dir = versions_dir or default_versions_dir()
    builds = read_torch_builds(versions_dir / TORCH_BUILDS_FILE)
    try:
        lock_text = (versions_dir / LOCK_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise InstallError(f"The installer's {LOCK_FILE} is missing ({exc}). Download the installer again.") from exc
    choice = TorchChoice(gpu, "chosen on the command line") if gpu != "auto" else choose_torch_build(detect())
    torch = torch_requirements(builds, choice.build)
    log.info("torch build: %s (%s): %s", choice.build, choice.reason, " ".join(torch))
    for warning in choice.warnings:
        log.warning("%s", warning)
    commands = uv_commands(uv, layout, wheel, choice, torch)
    if dry_run:
        for command in commands:
            log.info("would run: %s", subprocess.list2cmdline(command))
        return choice
    log.info("VC++ runtime: %s", ensure_vc_runtime(Path(uv).parent, vc_runner, present=vc_check))
    (write_lock or _write_text)(str(layout.app_lock), lock_without_torch(lock_text))
    env = uv_environment(layout)
    for command in commands:
        result = runner(command, env=env)
        if result.returncode != 0:
            raise InstallError(f"Step failed (exit {result.returncode}): {subprocess.list2cmdline(command)}. "
                               f"See {layout.log_file}; check the internet connection and run the installer again.")
    result = runner(verify_command(layout), env=env)
    if result.returncode != 0:
        raise InstallError(f"svcdesk was installed but does not start (exit {result.returncode}). See {layout.log_file}.")
    if choice.build != "cpu" and result.stdout.strip().endswith("False"):
        log.warning("PyTorch does not see the GPU; svcdesk will use the CPU. Updating the NVIDIA driver may help.")
    if not exists(str(layout.launcher)):
        raise InstallError(f"The launcher {layout.launcher} was not created. See {layout.log_file}.")
    # Compile librosa's numba code now (about a minute), into the user's cache folder, so that the first
    # training run does not stall on it; a failure here costs only that stall later, so it does not fail the install.
    warmed = runner(warmup_command(layout), env=env)
    log.info("numba warm-up: %s", "done" if warmed.returncode == 0 else f"skipped (exit {warmed.returncode})")
    return choice


def warmup_command(layout: Layout) -> list[str]:
    return [str(layout.env_python), "-m", "svcdesk.warmup"]


def default_versions_dir() -> Path:
    """Beside this script (the installer unpacks them there), else the source checkout's root above installer/."""
    here = Path(__file__).resolve().parent
    return here if (here / LOCK_FILE).is_file() else here.parent


def _write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install svcdesk into a uv environment (run by the installer).")
    parser.add_argument("--install-dir", required=True)
    parser.add_argument("--wheel", required=True, help="the svcdesk wheel to install")
    parser.add_argument("--uv", required=True, help="path to uv.exe")
    parser.add_argument("--gpu", default="auto", choices=("auto", "cpu", "cu126", "cu128", "cu130"))
    parser.add_argument("--check-path", action="store_true", help="only check the install folder")
    parser.add_argument("--dry-run", action="store_true", help="decide and log, install nothing")
    parser.add_argument("--log-file", help="default: INSTALL_DIR\\install.log")
    parser.add_argument("--versions-dir", type=Path,
                        help=f"folder with {LOCK_FILE} and {TORCH_BUILDS_FILE} (default: beside this script)")
    args = parser.parse_args(argv)
    if args.check_path:
        problems = install_path_problems(args.install_dir)
        for problem in problems:
            print(problem)
        if problems:
            print(f"suggested: {suggest_install_path(args.install_dir)}")
        return 2 if problems else 0
    try:
        check_install_path(args.install_dir)
        setup_logging(Path(args.log_file or str(Layout(PureWindowsPath(args.install_dir)).log_file)))
        choice = install(args.install_dir, args.wheel, args.uv, gpu=args.gpu, dry_run=args.dry_run,
                         versions_dir=args.versions_dir)
    except InstallError as exc:
        logging.getLogger("svcdesk.bootstrap").error("%s", exc)
        print(f"error: {exc}", file=sys.stderr)
        return 1
    log.info("done: torch build %s", choice.build)
    return 0


if __name__ == "__main__":
    sys.exit(main())
