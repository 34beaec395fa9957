"""The NSF harmonic source `dec.m_source` (spec 1.5): a sine at f0 plus noise, mixed by `l_linear`.

phase[n] = sum_{m<=n} f0[floor(m/upp)] / sr with no random initial phase. The running sum is split into a
per-frame offset (float64 cumulative sum, wrapped to [0, 1)) plus the within-frame ramp, so long songs keep
full phase precision in float32 instead of drifting as one float32 cumulative sum over millions of samples would.
"""

from __future__ import annotations

import math

import torch
from torch import nn

SINE_AMP = 0.1
NOISE_STD = 0.003
VOICED_THRESHOLD = 0.0


def sine_phase(f0: torch.Tensor, upp: int, sample_rate: int) -> torch.Tensor:
    """f0 (B, T) Hz at frame rate -> phase in cycles (B, T*upp), wrapped per frame to stay small."""
    f0 = f0.to(torch.float64)
    per_frame = f0 * (upp / sample_rate)
    frame_start = torch.remainder(torch.cumsum(per_frame, dim=1) - per_frame, 1.0).to(torch.float32)
    steps = torch.arange(1, upp + 1, device=f0.device, dtype=torch.float32)
    ramp = (f0.to(torch.float32) / sample_rate).unsqueeze(-1) * steps  # (B, T, upp)
    return (frame_start.unsqueeze(-1) + ramp).flatten(1)


class SourceModuleHnNSF(nn.Module):
    """Harmonic-plus-noise excitation; only `l_linear` (1 -> 1) has parameters."""

    def __init__(self, sample_rate: int):
        super().__init__()
        self.sample_rate = sample_rate
        self.l_linear = nn.Linear(1, 1)

    def forward(self, f0: torch.Tensor, upp: int, generator: torch.Generator | None = None) -> torch.Tensor:
        """f0 (B, T) in Hz -> har_source (B, 1, T*upp)."""
        phase = sine_phase(f0, upp, self.sample_rate)
        sine = SINE_AMP * torch.sin((2 * math.pi) * phase)
        voiced = (f0 > VOICED_THRESHOLD).to(torch.float32).repeat_interleave(upp, dim=1)
        noise_amp = voiced * NOISE_STD + (1.0 - voiced) * (SINE_AMP / 3)
        noise = torch.randn(sine.shape, generator=generator, device=sine.device, dtype=sine.dtype)
        excitation = sine * voiced + noise_amp * noise
        weight = self.l_linear.weight
        mixed = excitation.to(weight.dtype).unsqueeze(1) * weight[0, 0] + self.l_linear.bias[0]
        return torch.tanh(mixed)
