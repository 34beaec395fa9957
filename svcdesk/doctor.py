"""What users paste into a bug report: versions, whether the native libraries load, the GPU, the weight files.

`svcdesk doctor` prints it and Help > Diagnostics shows it. Each probe is guarded: a broken install
(torchaudio's library not loading, no GPU driver, a damaged weights folder) is reported as a line,
never raised, because that is exactly when the report is needed.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import metadata
from typing import Callable, Iterator

# The packages whose versions matter for bug reports, by distribution name (metadata only: no Qt import here).
REPORTED_PACKAGES = ("numpy", "scipy", "librosa", "soundfile", "soxr", "faiss-cpu", "torchfcpe", "torchcrepe",
                     "PySide6-Essentials", "pyqtgraph", "superqt", "sounddevice", "huggingface_hub", "safetensors")


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def _guarded(probe: Callable[[], list[tuple[str, str]]], label: str) -> list[tuple[str, str]]:
    try:
        return probe()
    except Exception as exc:  # noqa: BLE001 - the report must survive any broken component
        return [(label, f"could not be checked: {_one_line(exc)}")]


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[-1] if text else ''}".rstrip(": ")


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _system() -> list[tuple[str, str]]:
    from svcdesk import __version__

    rows = [("svcdesk", __version__), ("python", f"{platform.python_version()} ({sys.executable})"),
            ("system", f"{platform.platform()} {platform.machine()}")]
    import psutil

    memory = psutil.virtual_memory()
    rows.append(("cpu", f"{os.cpu_count()} logical cores ({psutil.cpu_count(logical=False)} physical)"))
    rows.append(("memory", f"{memory.total / 2**30:.1f} GiB ({memory.available / 2**30:.1f} GiB free)"))
    return rows


def _lock() -> list[tuple[str, str]]:
    from svcdesk import lockcheck

    lock = lockcheck.find_lock()
    if lock is None:
        return [("lock", "no requirements.lock found: versions cannot be compared")]
    found = lockcheck.check(lock)
    if not found:
        return [("lock", f"every package matches {lock}")]
    return [("lock", f"{len(found)} package(s) differ from {lock}; {lockcheck.FIX}")] + [
        ("  differs", str(difference)) for difference in found]


def _torch() -> list[tuple[str, str]]:
    import torch

    rows = [("torch", f"{torch.__version__} (CUDA {torch.version.cuda or 'none'} build; "
                      f"{torch.get_num_threads()} CPU threads)")]
    cudnn = torch.backends.cudnn.version() if torch.backends.cudnn.is_available() else None
    # cuDNN 9 reports major * 10000 + minor * 100 + patch (91900 is 9.19.0).
    rows.append(("cuDNN", f"{cudnn // 10000}.{cudnn % 10000 // 100}.{cudnn % 100}" if cudnn else "none"))
    return rows


def _torchaudio() -> list[tuple[str, str]]:
    version = _version("torchaudio")
    try:
        import torchaudio  # noqa: F401 - importing loads libtorchaudio; a mismatched torch fails right here
    except Exception as exc:  # noqa: BLE001
        return [("torchaudio", f"{version}: its native library does not load ({_one_line(exc)}); "
                               f"torch and torchaudio are not a matching pair. Run `make sync` or reinstall.")]
    return [("torchaudio", f"{version} (native library loads)")]


def _packages() -> list[tuple[str, str]]:
    rows = [(name, _version(name)) for name in REPORTED_PACKAGES]
    try:
        import soundfile

        rows = [(name, f"{value} (libsndfile {soundfile.__libsndfile_version__})" if name == "soundfile" else value)
                for name, value in rows]
    except Exception as exc:  # noqa: BLE001
        rows.append(("libsndfile", f"does not load: {_one_line(exc)}"))
    return rows


def _nvidia_driver() -> str | None:
    smi = shutil.which("nvidia-smi")
    if smi is None:
        return None
    try:
        result = subprocess.run([smi, "--query-gpu=driver_version", "--format=csv,noheader"], capture_output=True,
                                text=True, timeout=10, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, subprocess.SubprocessError):
        return None
    lines = result.stdout.strip().splitlines()
    return lines[0].strip() if result.returncode == 0 and lines else None


def _gpu() -> list[tuple[str, str]]:
    import torch

    rows = []
    driver = _nvidia_driver()
    if driver:
        rows.append(("NVIDIA driver", driver))
    if not torch.cuda.is_available():
        reason = "no CUDA device visible" if torch.version.cuda else "this torch has no CUDA support"
        return rows + [("GPU", f"none ({reason}): svcdesk runs on the CPU")]
    for index in range(torch.cuda.device_count()):
        props = torch.cuda.get_device_properties(index)
        free, total = torch.cuda.mem_get_info(index)
        rows.append((f"GPU {index}", f"{props.name}, compute capability {props.major}.{props.minor}, "
                                     f"{total / 2**30:.1f} GiB ({free / 2**30:.1f} GiB free)"))
    return rows


def _weights() -> list[tuple[str, str]]:
    from svcdesk import assets

    rows = [("folder", str(assets.assets_dir()))]
    for status in assets.status(check=True):
        if status.state == "missing":
            rows.append((status.asset.name, f"missing ({status.asset.file_name})"))
            continue
        digest = assets.recorded_sha256(status.asset.name)
        detail = f"{status.state}, {assets.human_size(status.bytes_on_disk)}, {status.path}"
        rows.append((status.asset.name, detail + (f", sha256 {digest}" if digest else "")))
    return rows


PROBES: tuple[tuple[str, tuple[tuple[Callable[[], list[tuple[str, str]]], str], ...]], ...] = (
    ("svcdesk", ((_system, "system"),)),
    ("packages", ((_lock, "lock"), (_torch, "torch"), (_torchaudio, "torchaudio"), (_packages, "packages"))),
    ("GPU", ((_gpu, "GPU"),)),
    ("weight files", ((_weights, "weight files"),)),
)


def iter_sections() -> Iterator[Section]:
    """The report one section at a time (a job: the GUI shows each as it comes; torch's import is the slow one)."""
    for title, probes in PROBES:
        yield Section(title, tuple(row for probe, label in probes for row in _guarded(probe, label)))


def collect() -> list[Section]:
    """The whole report. Imports torch; hashes weight files not hashed before (remembered afterwards)."""
    return list(iter_sections())


def format_text(sections: list[Section]) -> str:
    width = max((len(label) for section in sections for label, _ in section.rows), default=0) + 1
    lines = []
    for section in sections:
        lines.append(f"[{section.title}]")
        lines += [f"{label + ':':<{width + 1}}{value}" for label, value in section.rows]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_dict(sections: list[Section]) -> dict:
    """{section: [[label, value], ...]}: rows keep their order and repeated labels (several differences)."""
    return {section.title: [list(row) for row in section.rows] for section in sections}
