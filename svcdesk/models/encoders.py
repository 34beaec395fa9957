"""The prior encoder `enc_p` (content + pitch -> mean/log-scale) and posterior encoder `enc_q` (spec 1.2, 1.4)."""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from svcdesk.models.attention import Encoder
from svcdesk.models.modules import WN, sequence_mask


class TextEncoder(nn.Module):
    """Content features (B, T, feature_dim) and coarse pitch (B, T) -> (m_p, logs_p, x_mask)."""

    def __init__(self, out_channels: int, hidden_channels: int, filter_channels: int, n_heads: int, n_layers: int,
                 kernel_size: int, p_dropout: float, feature_dim: int = 768, has_pitch: bool = True):
        super().__init__()
        self.out_channels = out_channels
        self.hidden_channels = hidden_channels
        self.emb_phone = nn.Linear(feature_dim, hidden_channels)
        if has_pitch:
            self.emb_pitch = nn.Embedding(256, hidden_channels)
        self.encoder = Encoder(hidden_channels, filter_channels, n_heads, n_layers, kernel_size, p_dropout)
        self.proj = nn.Conv1d(hidden_channels, out_channels * 2, 1)

    def forward(self, features: torch.Tensor, pitch: torch.Tensor | None, lengths: torch.Tensor):
        x = self.emb_phone(features)
        if pitch is not None and hasattr(self, "emb_pitch"):
            x = x + self.emb_pitch(pitch)
        x = F.leaky_relu(x * math.sqrt(self.hidden_channels), 0.1).transpose(1, 2)
        x_mask = sequence_mask(lengths, x.size(2)).unsqueeze(1).to(x.dtype)
        x = self.encoder(x * x_mask, x_mask)
        stats = self.proj(x) * x_mask
        m, logs = torch.split(stats, self.out_channels, dim=1)
        return m, logs, x_mask


class PosteriorEncoder(nn.Module):
    """Linear spectrogram (B, F, T) -> sampled latent z and its (m_q, logs_q), training only."""

    def __init__(self, in_channels: int, out_channels: int, hidden_channels: int, kernel_size: int = 5,
                 dilation_rate: int = 1, n_layers: int = 16, gin_channels: int = 0):
        super().__init__()
        self.out_channels = out_channels
        self.pre = nn.Conv1d(in_channels, hidden_channels, 1)
        self.enc = WN(hidden_channels, kernel_size, dilation_rate, n_layers, gin_channels=gin_channels)
        self.proj = nn.Conv1d(hidden_channels, out_channels * 2, 1)

    def forward(self, spec: torch.Tensor, lengths: torch.Tensor, g: torch.Tensor | None = None,
                generator: torch.Generator | None = None):
        y_mask = sequence_mask(lengths, spec.size(2)).unsqueeze(1).to(spec.dtype)
        x = self.pre(spec) * y_mask
        x = self.enc(x, y_mask, g=g)
        stats = self.proj(x) * y_mask
        m, logs = torch.split(stats, self.out_channels, dim=1)
        eps = torch.randn(m.shape, generator=generator, device=m.device, dtype=m.dtype)
        z = (m + eps * torch.exp(logs)) * y_mask
        return z, m, logs, y_mask
