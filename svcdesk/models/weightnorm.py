"""Weight-normalised convolutions whose parameters are named `weight_g` / `weight_v` natively.

Why not torch's helpers: the legacy `torch.nn.utils.weight_norm` raises a FutureWarning in torch 2.11, and
`parametrizations.weight_norm` names its tensors `parametrizations.weight.original0/1`, which would need
rename hooks on every state_dict path (including sub-module ones the trainer may take). Owning the two
parameters gives RVC's exact key names everywhere, and folding for inference is one cached tensor.

The effective weight is `torch._weight_norm(v, g, 0)`, the very kernel the legacy helper used: norm over
all dimensions but 0, so a ConvTranspose1d's g is (in_channels, 1, 1) as in RVC files (spec 1.9).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


def _norm_except_dim0(weight: torch.Tensor) -> torch.Tensor:
    return weight.detach().flatten(1).norm(dim=1).view(-1, *([1] * (weight.dim() - 1)))


class WeightNormMixin:
    """Replaces a conv's `weight` parameter by `weight_g` and `weight_v` and computes it per call.

    `fold_weight_norm()` caches the product in a non-persistent buffer (not saved, moved by `.to()`),
    so inference skips the norm; `train()` and `load_state_dict` drop the cache so it never goes stale.
    """

    def _setup_weight_norm(self) -> None:
        weight = self.weight
        del self._parameters["weight"]
        self.weight_g = nn.Parameter(_norm_except_dim0(weight).clone())
        self.weight_v = nn.Parameter(weight.detach().clone())
        self.register_buffer("folded_weight", None, persistent=False)

    def effective_weight(self) -> torch.Tensor:
        if self.folded_weight is not None:
            return self.folded_weight
        return torch._weight_norm(self.weight_v, self.weight_g, 0)

    def fold_weight_norm(self) -> None:
        with torch.no_grad():
            self.folded_weight = torch._weight_norm(self.weight_v, self.weight_g, 0).detach().clone()

    def unfold_weight_norm(self) -> None:
        self.folded_weight = None

    def _load_from_state_dict(self, *args, **kwargs):
        self.unfold_weight_norm()
        return super()._load_from_state_dict(*args, **kwargs)

    def train(self, mode: bool = True):
        if mode:
            self.unfold_weight_norm()
        return super().train(mode)


class WNConv1d(WeightNormMixin, nn.Conv1d):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_weight_norm()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self._conv_forward(x, self.effective_weight(), self.bias)


class WNConv2d(WeightNormMixin, nn.Conv2d):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_weight_norm()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self._conv_forward(x, self.effective_weight(), self.bias)


class WNConvTranspose1d(WeightNormMixin, nn.ConvTranspose1d):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_weight_norm()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.conv_transpose1d(x, self.effective_weight(), self.bias, self.stride, self.padding,
                                  self.output_padding, self.groups, self.dilation)


def fold_weight_norm(module: nn.Module) -> None:
    """Cache every weight-normalised layer's weight (inference speed); files keep the g/v form."""
    for sub in module.modules():
        if isinstance(sub, WeightNormMixin):
            sub.fold_weight_norm()


def unfold_weight_norm(module: nn.Module) -> None:
    for sub in module.modules():
        if isinstance(sub, WeightNormMixin):
            sub.unfold_weight_norm()
