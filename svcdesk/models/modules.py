"""Convolutional building blocks shared by the encoders, the flow and the decoder: WaveNet (WN) and the
HiFi-GAN residual blocks (spec 1.3, 1.5). Weight-normalised layers carry RVC's `weight_g`/`weight_v` keys."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from svcdesk.models.weightnorm import WNConv1d

LRELU_SLOPE = 0.1


def get_padding(kernel_size: int, dilation: int = 1) -> int:
    return (kernel_size * dilation - dilation) // 2


def sequence_mask(lengths: torch.Tensor, max_length: int | None = None) -> torch.Tensor:
    """(B,) lengths -> (B, T) boolean mask of valid frames."""
    if max_length is None:
        max_length = int(lengths.max())
    positions = torch.arange(max_length, dtype=lengths.dtype, device=lengths.device)
    return positions.unsqueeze(0) < lengths.unsqueeze(1)


class WN(nn.Module):
    """Gated WaveNet stack with global conditioning; output is the masked skip sum."""

    def __init__(self, hidden_channels: int, kernel_size: int, dilation_rate: int, n_layers: int,
                 gin_channels: int = 0, p_dropout: float = 0.0):
        super().__init__()
        self.hidden_channels = hidden_channels
        self.n_layers = n_layers
        self.in_layers = nn.ModuleList()
        self.res_skip_layers = nn.ModuleList()
        self.drop = nn.Dropout(p_dropout)
        if gin_channels:
            self.cond_layer = WNConv1d(gin_channels, 2 * hidden_channels * n_layers, 1)
        for i in range(n_layers):
            dilation = dilation_rate ** i
            self.in_layers.append(WNConv1d(hidden_channels, 2 * hidden_channels, kernel_size, dilation=dilation,
                                           padding=get_padding(kernel_size, dilation)))
            res_skip_channels = 2 * hidden_channels if i < n_layers - 1 else hidden_channels
            self.res_skip_layers.append(WNConv1d(hidden_channels, res_skip_channels, 1))

    def forward(self, x: torch.Tensor, x_mask: torch.Tensor, g: torch.Tensor | None = None) -> torch.Tensor:
        hidden = self.hidden_channels
        output = None
        cond = self.cond_layer(g) if g is not None and hasattr(self, "cond_layer") else None
        for i, (in_layer, res_skip_layer) in enumerate(zip(self.in_layers, self.res_skip_layers)):
            x_in = in_layer(x)
            if cond is not None:
                x_in = x_in + cond[:, 2 * hidden * i: 2 * hidden * (i + 1)]
            acts = self.drop(torch.tanh(x_in[:, :hidden]) * torch.sigmoid(x_in[:, hidden:]))
            res_skip = res_skip_layer(acts)
            if i < self.n_layers - 1:
                x = (x + res_skip[:, :hidden]) * x_mask
                skip = res_skip[:, hidden:]
            else:
                skip = res_skip
            output = skip if output is None else output + skip
        return output * x_mask


class ResBlock1(nn.Module):
    """Three (dilated conv, conv) pairs with residuals; dilations e.g. (1, 3, 5)."""

    def __init__(self, channels: int, kernel_size: int = 3, dilation: tuple[int, ...] = (1, 3, 5)):
        super().__init__()
        self.convs1 = nn.ModuleList(
            WNConv1d(channels, channels, kernel_size, 1, dilation=d, padding=get_padding(kernel_size, d))
            for d in dilation
        )
        self.convs2 = nn.ModuleList(
            WNConv1d(channels, channels, kernel_size, 1, dilation=1, padding=get_padding(kernel_size, 1))
            for _ in dilation
        )

    def forward(self, x: torch.Tensor, x_mask: torch.Tensor | None = None) -> torch.Tensor:
        for conv1, conv2 in zip(self.convs1, self.convs2):
            xt = F.leaky_relu(x, LRELU_SLOPE)
            if x_mask is not None:
                xt = xt * x_mask
            xt = F.leaky_relu(conv1(xt), LRELU_SLOPE)
            if x_mask is not None:
                xt = xt * x_mask
            x = x + conv2(xt)
        if x_mask is not None:
            x = x * x_mask
        return x


class ResBlock2(nn.Module):
    """The lighter HiFi-GAN block (config resblock "2"): one dilated conv per residual step."""

    def __init__(self, channels: int, kernel_size: int = 3, dilation: tuple[int, ...] = (1, 3)):
        super().__init__()
        self.convs = nn.ModuleList(
            WNConv1d(channels, channels, kernel_size, 1, dilation=d, padding=get_padding(kernel_size, d))
            for d in dilation
        )

    def forward(self, x: torch.Tensor, x_mask: torch.Tensor | None = None) -> torch.Tensor:
        for conv in self.convs:
            xt = F.leaky_relu(x, LRELU_SLOPE)
            if x_mask is not None:
                xt = xt * x_mask
            x = x + conv(xt)
        if x_mask is not None:
            x = x * x_mask
        return x


class _SkipRandomInit(torch.overrides.TorchFunctionMode):
    SKIPPED = frozenset({torch.Tensor.uniform_, torch.Tensor.normal_})

    def __torch_function__(self, func, types, args=(), kwargs=None):
        if func in self.SKIPPED:
            return args[0]
        return func(*args, **(kwargs or {}))


def skipped_random_init():
    """A context in which the random fills modules initialise their parameters with (uniform_, normal_) do
    nothing: for weights about to be loaded from a file, whose random init is most of the build time.

    A TorchFunctionMode is per thread, so a model built meanwhile elsewhere (a training job) is initialised as
    usual; zero_/fill_ still run, so no buffer a module computes is left unset."""
    return _SkipRandomInit()
