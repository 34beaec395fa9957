"""Voices, indexes and zips as people share them, for the library tests (not collected: no test_ prefix).

Voices are RVC inference files of the real key layout with random weights (tiny widths unless the test needs
the published shapes, which training checkpoints are recognised by); indexes are written by faiss.
"""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import numpy as np


def voice_config(sample_rate: int = 40000, version: str = "v2", has_pitch: bool = True):
    from svcdesk.models.config import ModelConfig

    config = ModelConfig.tiny(sample_rate, has_pitch=has_pitch)
    return dataclasses.replace(config, version=version, feature_dim=768 if version == "v2" else 256)


def write_voice(path: Path, seed: int = 0, sample_rate: int = 40000, version: str = "v2", has_pitch: bool = True,
                info: str = "") -> Path:
    import torch

    from svcdesk.models.rvcfile import save_voice
    from svcdesk.models.synthesizer import Synthesizer

    torch.manual_seed(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    synthesizer = Synthesizer.from_model_config(voice_config(sample_rate, version, has_pitch))
    save_voice(path, synthesizer, info=info or f"test voice {seed}")
    return path


def write_index(path: Path, dim: int = 768, vectors: int = 120, seed: int = 0) -> Path:
    import faiss

    from svcdesk.inference.index import save_index

    data = np.random.default_rng(seed).standard_normal((vectors, dim)).astype(np.float32)
    index = faiss.index_factory(dim, "IVF2,Flat")
    index.train(data)
    index.add(data)
    save_index(index, path)
    return path


def rvc_index_name(name: str, version: str = "v2", n_ivf: int = 2) -> str:
    return f"added_IVF{n_ivf}_Flat_nprobe_1_{name}_{version}.index"


def write_zip(path: Path, files: dict[str, bytes | Path], windows_names: str = "") -> Path:
    """A zip of `files` (name in the zip -> bytes or a file). `windows_names` ("gbk") writes the names in that code
    page without the UTF-8 flag, as Windows tools in a Chinese locale do."""
    path.parent.mkdir(parents=True, exist_ok=True)
    encoded = {}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, (name, content) in enumerate(files.items()):
            data = content.read_bytes() if isinstance(content, Path) else content
            if windows_names and not name.isascii():
                # zipfile would write a non-ASCII name as UTF-8 with the flag: write an ASCII stand-in of the same
                # length, then put the code-page bytes in its place (local and central headers alike).
                raw_name = name.encode(windows_names)
                stand_in = f"{number:04d}".ljust(len(raw_name), "~")
                encoded[stand_in.encode("ascii")] = raw_name
                name = stand_in
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 5)), data,
                             compress_type=zipfile.ZIP_DEFLATED)
    if encoded:
        raw = path.read_bytes()
        for stand_in, raw_name in encoded.items():
            raw = raw.replace(stand_in, raw_name)
        path.write_bytes(raw)
    return path


def write_so_vits_model(folder: Path, step: int = 1000) -> Path:
    """A so-vits-svc 4.0 look-alike: G_<step>.pth with its keys, and the config.json that comes with it."""
    import torch

    folder.mkdir(parents=True, exist_ok=True)
    model = {"emb_g.weight": torch.zeros(1, 4), "pre.weight": torch.zeros(4, 256, 5),
             "enc_p.f0_emb.weight": torch.zeros(256, 4), "dec.conv_pre.weight": torch.zeros(4, 4, 7)}
    path = folder / f"G_{step}.pth"
    torch.save({"model": model, "iteration": step, "learning_rate": 1e-4}, path)
    with open(folder / "config.json", "w", encoding="utf-8") as handle:
        json.dump({"model": {"ssl_dim": 256, "n_speakers": 1}, "spk": {"singer": 0}}, handle)
    return path


def write_full_rvc_checkpoint(path: Path, sample_rate: int = 40000, seed: int = 0) -> Path:
    """An RVC training checkpoint G_*.pth with the published shapes (random fp16 weights incl. enc_q)."""
    import torch

    from svcdesk.models.config import ModelConfig
    from svcdesk.models.rvcfile import expected_shapes

    generator = torch.Generator().manual_seed(seed)
    shapes = expected_shapes(ModelConfig.rvc_v2(sample_rate))
    model = {key: (torch.randn(shape, generator=generator) * 0.05).half() for key, shape in shapes.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"model": model, "iteration": 12, "learning_rate": 1e-4, "optimizer": None}, path)
    return path


def voice_weights(path: Path) -> dict:
    import torch

    with open(path, "rb") as handle:
        return torch.load(handle, weights_only=True)["weight"]


def library_files(root: Path) -> list[str]:
    """Every file under the library, relative (what a refusal must leave unchanged)."""
    if not root.exists():
        return []
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
