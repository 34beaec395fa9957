"""The decoder `dec`: HiFi-GAN upsampling stack, with the NSF source branch when the model uses pitch (spec 1.5)."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from svcdesk.models.modules import LRELU_SLOPE, ResBlock1, ResBlock2
from svcdesk.models.nsf import SourceModuleHnNSF
from svcdesk.models.weightnorm import WNConvTranspose1d


class Generator(nn.Module):
    """Latent (B, C, T) -> audio (B, 1, T*upp). With `nsf=True` it is RVC's GeneratorNSF and takes f0 in Hz."""

    def __init__(self, initial_channel: int, resblock: str, resblock_kernel_sizes, resblock_dilation_sizes,
                 upsample_rates, upsample_initial_channel: int, upsample_kernel_sizes, gin_channels: int = 0,
                 sample_rate: int = 40000, nsf: bool = True):
        super().__init__()
        self.num_kernels = len(resblock_kernel_sizes)
        self.num_upsamples = len(upsample_rates)
        self.upp = 1
        for rate in upsample_rates:
            self.upp *= rate
        self.nsf = nsf
        if nsf:
            self.m_source = SourceModuleHnNSF(sample_rate)
            self.noise_convs = nn.ModuleList()
        self.conv_pre = nn.Conv1d(initial_channel, upsample_initial_channel, 7, 1, padding=3)
        block = ResBlock1 if str(resblock) == "1" else ResBlock2
        self.ups = nn.ModuleList()
        for i, (rate, kernel) in enumerate(zip(upsample_rates, upsample_kernel_sizes)):
            c_in = upsample_initial_channel // (2 ** i)
            c_out = upsample_initial_channel // (2 ** (i + 1))
            self.ups.append(WNConvTranspose1d(c_in, c_out, kernel, rate, padding=(kernel - rate) // 2))
            if nsf:
                remaining = 1
                for later in upsample_rates[i + 1:]:
                    remaining *= later
                if i + 1 < len(upsample_rates):
                    conv = nn.Conv1d(1, c_out, kernel_size=remaining * 2, stride=remaining, padding=remaining // 2)
                else:
                    conv = nn.Conv1d(1, c_out, kernel_size=1)
                self.noise_convs.append(conv)
        self.resblocks = nn.ModuleList()
        channels = upsample_initial_channel
        for i in range(len(self.ups)):
            channels = upsample_initial_channel // (2 ** (i + 1))
            for kernel, dilation in zip(resblock_kernel_sizes, resblock_dilation_sizes):
                self.resblocks.append(block(channels, kernel, tuple(dilation)))
        self.conv_post = nn.Conv1d(channels, 1, 7, 1, padding=3, bias=False)
        if gin_channels:
            self.cond = nn.Conv1d(gin_channels, upsample_initial_channel, 1)

    def forward(self, x: torch.Tensor, f0: torch.Tensor | None = None, g: torch.Tensor | None = None,
                generator: torch.Generator | None = None) -> torch.Tensor:
        har_source = None
        if self.nsf:
            if f0 is None:
                raise ValueError("this decoder needs f0 (it was built with the NSF source)")
            har_source = self.m_source(f0, self.upp, generator=generator).to(x.dtype)
        x = self.conv_pre(x)
        if g is not None and hasattr(self, "cond"):
            x = x + self.cond(g)
        for i, up in enumerate(self.ups):
            x = up(F.leaky_relu(x, LRELU_SLOPE))
            if har_source is not None:
                x = x + self.noise_convs[i](har_source)
            blocks = self.resblocks[i * self.num_kernels: (i + 1) * self.num_kernels]
            total = blocks[0](x)
            for block in blocks[1:]:
                total = total + block(x)
            x = total / self.num_kernels
        # RVC quirk kept for compatibility: the default LeakyReLU slope 0.01 here, not 0.1 (spec 9.1).
        x = self.conv_post(F.leaky_relu(x))
        return torch.tanh(x)
