"""The prior encoder's transformer: relative-position multi-head attention (spec 1.2).

Scores = (q/sqrt(d))·k^T + (q/sqrt(d))·E_k[j-i+w] and output = P·v + sum_j P_ij·E_v[j-i+w] for |j-i| <= w,
with one embedding table shared by all heads. Only the 2w+1 band offsets are ever multiplied (an O(T·w)
product instead of RVC's O(T^2) one against a padded table); a pad-and-reshape skew moves them between
band (T, 2w+1) and absolute (T, T) layout.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn


class LayerNorm(nn.Module):
    """LayerNorm over the channel axis of (B, C, T), parameters named `gamma`/`beta` as in RVC files."""

    def __init__(self, channels: int, eps: float = 1e-5):
        super().__init__()
        self.channels = channels
        self.eps = eps
        self.gamma = nn.Parameter(torch.ones(channels))
        self.beta = nn.Parameter(torch.zeros(channels))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.transpose(1, -1)
        x = F.layer_norm(x, (self.channels,), self.gamma, self.beta, self.eps)
        return x.transpose(1, -1)


def band_to_absolute(band: torch.Tensor, window: int) -> torch.Tensor:
    """(..., T, 2w+1) indexed by offset r+w -> (..., T, T) with out[i, j] = band[i, j-i+w], 0 off the band."""
    *lead, length, width = band.shape
    padded = F.pad(band, (0, length))  # rows of T+2w+1
    flat = padded.reshape(*lead, length * (length + width))[..., : length * (length + width - 1)]
    shifted = flat.reshape(*lead, length, length + width - 1)  # row i starts i places further right
    return shifted[..., window: window + length]


def absolute_to_band(matrix: torch.Tensor, window: int) -> torch.Tensor:
    """(..., T, T) -> (..., T, 2w+1) with out[i, r+w] = matrix[i, i+r], 0 where i+r is outside 0..T-1."""
    *lead, length, _ = matrix.shape
    width = 2 * window + 1
    padded = F.pad(matrix, (window, window))  # column c holds j = c - w
    flat = F.pad(padded.reshape(*lead, length * (length + width - 1)), (0, length))
    shifted = flat.reshape(*lead, length, length + width)  # row i starts i places further left
    return shifted[..., :width]


class MultiHeadAttention(nn.Module):
    def __init__(self, channels: int, out_channels: int, n_heads: int, p_dropout: float = 0.0, window_size: int = 10):
        super().__init__()
        self.n_heads = n_heads
        self.k_channels = channels // n_heads
        self.window_size = window_size
        self.conv_q = nn.Conv1d(channels, channels, 1)
        self.conv_k = nn.Conv1d(channels, channels, 1)
        self.conv_v = nn.Conv1d(channels, channels, 1)
        self.conv_o = nn.Conv1d(channels, out_channels, 1)
        self.drop = nn.Dropout(p_dropout)
        rel_stddev = self.k_channels ** -0.5
        self.emb_rel_k = nn.Parameter(torch.randn(1, 2 * window_size + 1, self.k_channels) * rel_stddev)
        self.emb_rel_v = nn.Parameter(torch.randn(1, 2 * window_size + 1, self.k_channels) * rel_stddev)
        for conv in (self.conv_q, self.conv_k, self.conv_v):
            nn.init.xavier_uniform_(conv.weight)

    def forward(self, x: torch.Tensor, attn_mask: torch.Tensor | None) -> torch.Tensor:
        """x (B, C, T); attn_mask (B, 1, T, T) with 1 where query and key are both valid."""
        batch, channels, length = x.shape
        heads, dim = self.n_heads, self.k_channels

        def split_heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(batch, heads, dim, length).transpose(2, 3)  # (B, H, T, d)

        query = split_heads(self.conv_q(x)) * (1.0 / math.sqrt(dim))
        key = split_heads(self.conv_k(x))
        value = split_heads(self.conv_v(x))

        scores = torch.matmul(query, key.transpose(-2, -1))
        rel_logits = torch.matmul(query, self.emb_rel_k[0].transpose(0, 1))  # (B, H, T, 2w+1)
        scores = scores + band_to_absolute(rel_logits, self.window_size)
        if attn_mask is not None:
            scores = scores.masked_fill(attn_mask == 0, -1e4)
        p_attn = self.drop(torch.softmax(scores, dim=-1))
        output = torch.matmul(p_attn, value)
        output = output + torch.matmul(absolute_to_band(p_attn, self.window_size), self.emb_rel_v[0])
        output = output.transpose(2, 3).reshape(batch, channels, length)
        return self.conv_o(output)


class FFN(nn.Module):
    """Two k-wide convs with "same" padding applied by hand to x*mask (spec 1.2)."""

    def __init__(self, in_channels: int, out_channels: int, filter_channels: int, kernel_size: int,
                 p_dropout: float = 0.0):
        super().__init__()
        self.kernel_size = kernel_size
        self.conv_1 = nn.Conv1d(in_channels, filter_channels, kernel_size)
        self.conv_2 = nn.Conv1d(filter_channels, out_channels, kernel_size)
        self.drop = nn.Dropout(p_dropout)

    def _pad(self, x: torch.Tensor) -> torch.Tensor:
        if self.kernel_size == 1:
            return x
        return F.pad(x, ((self.kernel_size - 1) // 2, self.kernel_size // 2))

    def forward(self, x: torch.Tensor, x_mask: torch.Tensor) -> torch.Tensor:
        x = self.conv_1(self._pad(x * x_mask))
        x = self.drop(torch.relu(x))
        x = self.conv_2(self._pad(x * x_mask))
        return x * x_mask


class Encoder(nn.Module):
    """Post-LayerNorm transformer: x = LN1(x + attn(x)); x = LN2(x + ffn(x))."""

    def __init__(self, hidden_channels: int, filter_channels: int, n_heads: int, n_layers: int, kernel_size: int = 1,
                 p_dropout: float = 0.0, window_size: int = 10):
        super().__init__()
        self.n_layers = n_layers
        self.drop = nn.Dropout(p_dropout)
        self.attn_layers = nn.ModuleList()
        self.norm_layers_1 = nn.ModuleList()
        self.ffn_layers = nn.ModuleList()
        self.norm_layers_2 = nn.ModuleList()
        for _ in range(n_layers):
            self.attn_layers.append(MultiHeadAttention(hidden_channels, hidden_channels, n_heads, p_dropout,
                                                       window_size))
            self.norm_layers_1.append(LayerNorm(hidden_channels))
            self.ffn_layers.append(FFN(hidden_channels, hidden_channels, filter_channels, kernel_size, p_dropout))
            self.norm_layers_2.append(LayerNorm(hidden_channels))

    def forward(self, x: torch.Tensor, x_mask: torch.Tensor) -> torch.Tensor:
        attn_mask = x_mask.unsqueeze(2) * x_mask.unsqueeze(-1)
        x = x * x_mask
        for attn, norm_1, ffn, norm_2 in zip(self.attn_layers, self.norm_layers_1, self.ffn_layers,
                                             self.norm_layers_2):
            x = norm_1(x + self.drop(attn(x, attn_mask)))
            x = norm_2(x + self.drop(ffn(x, x_mask)))
        return x * x_mask
