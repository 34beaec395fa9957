"""The voice models a project holds, for the Convert and Compare pages' pickers (no Qt).

A run keeps training checkpoints in `runs/<run>/checkpoints/` (latest.pt, best.pt, step_N.pt) and,
when asked, RVC inference exports in `runs/<run>/rvc/`; finished voices live in `exports/`.
Retrieval indexes are `.index` files in `exports/` or a run folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_STEP = re.compile(r"^step_(\d+)\.pt$")


@dataclass(frozen=True)
class ModelFile:
    label: str
    path: str
    run: str = ""  # the run it belongs to ("" for exports and files from elsewhere)
    step: int = -1  # training step when known (checkpoints), else -1
    kind: str = "checkpoint"  # checkpoint | rvc


def run_checkpoints(run_dir: Path) -> list[ModelFile]:
    """A run's step checkpoints in step order, then best and latest (the files the Compare page renders)."""
    run_dir = Path(run_dir)
    folder = run_dir / "checkpoints"
    if not folder.is_dir():
        return []
    steps = sorted((int(m.group(1)), p) for p in folder.iterdir() if (m := _STEP.match(p.name)))
    models = [ModelFile(f"{run_dir.name} · step {step:,}", str(path), run_dir.name, step) for step, path in steps]
    for name, label in (("best.pt", "best"), ("latest.pt", "latest")):
        path = folder / name
        if path.exists():
            models.append(ModelFile(f"{run_dir.name} · {label}", str(path), run_dir.name))
    return models


def project_models(project) -> list[ModelFile]:
    """Every voice model of the project: exports first, then each run's RVC exports and checkpoints."""
    models: list[ModelFile] = []
    if project is None:
        return models
    exports = Path(project.exports_dir)
    if exports.is_dir():
        models += [ModelFile(f"export · {p.stem}", str(p), kind="rvc") for p in sorted(exports.glob("*.pth"))]
    runs = Path(project.runs_dir)
    if runs.is_dir():
        for run_dir in sorted((p for p in runs.iterdir() if p.is_dir()), key=lambda p: p.name):
            rvc = run_dir / "rvc"
            if rvc.is_dir():
                models += [ModelFile(f"{run_dir.name} · {p.stem}", str(p), run_dir.name, kind="rvc")
                           for p in sorted(rvc.glob("*.pth"))]
            models += list(reversed(run_checkpoints(run_dir)))  # latest first: the usual choice
    return models


def project_indexes(project) -> list[str]:
    if project is None:
        return []
    found: list[Path] = []
    for folder in (Path(project.exports_dir), Path(project.runs_dir)):
        if folder.is_dir():
            found += sorted(folder.rglob("*.index"))
    return [str(p) for p in found]


def index_for_model(model_path: str, indexes: list[str]) -> str:
    """The index that belongs with a model: same run folder or same export name; "" when none."""
    model = Path(model_path)
    run_dir = model.parent.parent if model.parent.name in ("checkpoints", "rvc") else model.parent
    for candidate in indexes:
        path = Path(candidate)
        if path.parent == run_dir or (path.parent == model.parent and model.stem.split("_")[0] in path.stem):
            return candidate
    return ""


def asset_available(name: str) -> bool:
    """True when the weight file `name` (svcdesk.assets) is installed."""
    from svcdesk.assets import asset_path

    try:
        return asset_path(name) is not None
    except Exception:  # a damaged record file must not stop a page from opening
        return False


def content_encoder_available() -> bool:
    """ContentVec installed? Without it pages offer the demonstration encoder."""
    return asset_available("contentvec")
