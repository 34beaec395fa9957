"""Helpers for the features tests: a tiny HuBERT with HuBERT-Base's module tree, and segment files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

# HuBERT-Base's conv kernels and strides (hop 320, receptive field 400), narrow channels.
TINY_CONV_LAYERS = [(24, 10, 5)] + [(24, 3, 2)] * 4 + [(24, 2, 2)] * 2


def tiny_hubert():
    """Same key names as torchaudio's hubert_base (12 post-LN layers), 32-dim: fast in tests."""
    import torchaudio

    return torchaudio.models.wav2vec2_model(
        extractor_mode="group_norm", extractor_conv_layer_config=TINY_CONV_LAYERS, extractor_conv_bias=False,
        encoder_embed_dim=32, encoder_projection_dropout=0.1, encoder_pos_conv_kernel=16, encoder_pos_conv_groups=4,
        encoder_num_layers=12, encoder_num_heads=2, encoder_attention_dropout=0.1, encoder_ff_interm_features=48,
        encoder_ff_interm_dropout=0.1, encoder_dropout=0.1, encoder_layer_norm_first=False, encoder_layer_drop=0.05,
        aux_num_out=None,
    )


def tiny_encoder(seed: int = 0, identity: str = "tiny-test-encoder"):
    import torch

    from svcdesk.features.content import ContentEncoder

    torch.manual_seed(seed)
    return ContentEncoder(tiny_hubert(), identity=identity)


def write_tone(path: Path, seconds: float, hz: float = 220.0, sr: int = 40000, amplitude: float = 0.3) -> Path:
    """A harmonic tone with vibrato, as a 16-bit wav segment."""
    t = np.arange(int(seconds * sr)) / sr
    f = hz * 2.0 ** (0.3 * np.sin(2 * np.pi * 5 * t) / 12)
    phase = 2 * np.pi * np.cumsum(f) / sr
    audio = sum(amplitude / k * np.sin(k * phase) for k in range(1, 6))
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, audio.astype(np.float32), sr, subtype="PCM_16")
    return path


