"""Separators for the tests of svcdesk.separation: pymss-core RoFormers of the smallest size with random weights,
an installed tiny checkpoint that goes through the real registry and loader, and controlled splits."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import numpy as np
import soundfile as sf

TINY_MEL = dict(dim=16, depth=1, stereo=True, num_stems=1, time_transformer_depth=1, freq_transformer_depth=1,
                num_bands=8, dim_head=8, heads=2, attn_dropout=0.0, ff_dropout=0.0, flash_attn=True, sample_rate=44100,
                stft_n_fft=2048, stft_hop_length=441, stft_win_length=2048, stft_normalized=False,
                mask_estimator_depth=2)


def tiny_network(seed: int = 0, **changes):
    """A Mel-Band RoFormer of pymss-core with random weights: the class the real separator uses, 1/400 its size."""
    import torch

    from svcdesk.separation.models import build_network

    torch.manual_seed(seed)
    return build_network("mel_band_roformer", {**TINY_MEL, **changes})


class CountingSeparators:
    """A SeparatorSource that counts how often a network is loaded and how many chunks it separates."""

    def __init__(self, network=None, chunk: int = 44100, output: str = "vocals", identity: str = "tiny-roformer"):
        from svcdesk.separation.models import from_network

        self.loads = 0
        self.forwards = 0
        self._identity = identity
        separator = from_network(network if network is not None else tiny_network(), identity, output, chunk=chunk)
        inner = separator.run

        def counted(batch):
            self.forwards += 1
            return inner(batch)

        self.separator = replace(separator, run=counted)

    def identity(self, key: str) -> str:
        return f"{self._identity}:{key}"

    def load(self, key: str, device: str):
        self.loads += 1
        return self.separator


class ScaledSplit:
    """An identity split we control: the 'vocal' is `share` times the mix, so vocal + accompaniment = mix."""

    def __init__(self, share: float = 0.5, chunk: int = 44100):
        from svcdesk.separation.models import LoadedSeparator

        self.separator = LoadedSeparator(identity=f"scaled-{share}", output="vocals",
                                         run=lambda batch: (batch * share).astype(np.float32), chunk=chunk)

    def identity(self, key: str) -> str:
        return self.separator.identity

    def load(self, key: str, device: str):
        return self.separator


def install_tiny_separator(monkeypatch, tmp_path, key: str = "mel-kim", seed: int = 0):
    """A tiny checkpoint in the weights folder under the registry entry of `key`, with that entry's hash and the
    spec's hyperparameters set to match: `svcdesk cover` then runs the real registry, safe loading and shape
    checks. Returns the checkpoint's path."""
    import torch

    from svcdesk import assets
    from svcdesk.separation import models

    spec = models.SEPARATORS[key]
    folder = tmp_path / "weights 权重"
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("SVCDESK_ASSETS_DIR", str(folder))
    network = tiny_network(seed)
    path = folder / assets.ASSETS[spec.asset].file_name
    torch.save({"state_dict": network.state_dict()}, path)
    data = path.read_bytes()
    registry = dict(assets.ASSETS)
    registry[spec.asset] = replace(registry[spec.asset], size=len(data), approx_size=len(data),
                                   sha256=hashlib.sha256(data).hexdigest())
    monkeypatch.setattr(assets, "ASSETS", registry)
    tiny = {k: v for k, v in TINY_MEL.items()}
    monkeypatch.setitem(models.SEPARATORS, key, replace(spec, hyperparameters=tuple(sorted(tiny.items()))))
    monkeypatch.setattr(models, "CHUNK_SAMPLES", 44100)
    models._loaded.clear()
    return path


def write_song(path, seconds: float = 3.0, rate: int = 44100, channels: int = 2, seed: int = 0,
               level: float = 0.2) -> np.ndarray:
    """A 'song': a sung tone over a bass line and noise hats, written to `path`; returns the samples."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    voice = 0.5 * np.sin(2 * np.pi * 330 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.7 * t))
    bass = 0.4 * np.sin(2 * np.pi * 55 * t)
    hats = 0.05 * rng.standard_normal(len(t)) * (np.sin(2 * np.pi * 4 * t) > 0.8)
    left, right = voice + bass + hats, voice + 0.8 * bass - hats
    audio = np.stack([left, right], axis=1)[:, :channels] if channels <= 2 else \
        np.stack([left, right, voice, bass * 0.1, hats, -hats], axis=1)
    audio = (level * audio / np.max(np.abs(audio))).astype(np.float32)
    sf.write(str(path), audio, rate, subtype="FLOAT" if str(path).endswith(".wav") else None)
    return audio
