"""The decoder `dec`: HiFi-GAN upsampling stack, with the NSF source branch when the model uses pitch (spec 1.5).

CPU inference has a planned fast path (`build_inference_plan`): every conv runs as a 2-D convolution over
(B, C, 1, T) channels-last tensors with its weight-norm product folded in once, and activations and sums
are updated in place. oneDNN then skips the per-call layout reorders it does for plain 1-D (NCW) tensors;
measured about 1.5x faster on the decoder alone (benchmarks/bench_generator.py), equal within 1e-6.
The plan is used only without autograd, and is dropped by train(), load_state_dict() and .to()/.half().

Long inputs run through the plan in tiles of latent frames, each with enough context either side to cover the
stack's receptive field, so every output sample is computed exactly as in one pass. A tile keeps the largest
activation near PLANNED_TILE_BYTES: whole-chunk activations of hundreds of MB went through mmap and page faults
on every op (a third of the CPU time was the kernel's); 30 s of audio decodes about 1.2x faster tiled.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Generator as GeneratorType

import torch
import torch.nn.functional as F
from torch import nn

from svcdesk.models.modules import LRELU_SLOPE, ResBlock1, ResBlock2
from svcdesk.models.nsf import SourceModuleHnNSF
from svcdesk.models.weightnorm import WeightNormMixin, WNConvTranspose1d
from svcdesk.utils.jobs import relay, run_to_end


class _PlannedConv:
    """A decoder Conv1d / ConvTranspose1d replayed as a 2-D convolution over channels-last (B, C, 1, T)."""

    def __init__(self, module: nn.Module):
        weight = module.effective_weight() if isinstance(module, WeightNormMixin) else module.weight
        self.weight = weight.detach().unsqueeze(2).contiguous(memory_format=torch.channels_last)
        self.bias = module.bias.detach() if module.bias is not None else None
        self.transposed = isinstance(module, nn.ConvTranspose1d)
        self.stride = (1, module.stride[0])
        self.padding = (0, module.padding[0])
        self.dilation = (1, module.dilation[0])
        self.output_padding = (0, module.output_padding[0]) if self.transposed else None
        self.groups = module.groups

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        if self.transposed:
            return F.conv_transpose2d(x, self.weight, self.bias, self.stride, self.padding, self.output_padding,
                                      self.groups, self.dilation)
        return F.conv2d(x, self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups)


class _DecoderPlan:
    def __init__(self, dec: "Generator"):
        self.conv_pre = _PlannedConv(dec.conv_pre)
        self.cond = _PlannedConv(dec.cond) if hasattr(dec, "cond") else None
        self.ups = [_PlannedConv(up) for up in dec.ups]
        self.noise_convs = [_PlannedConv(conv) for conv in dec.noise_convs] if dec.nsf else None
        self.resblocks = []
        for block in dec.resblocks:
            if isinstance(block, ResBlock1):
                steps = [(_PlannedConv(c1), _PlannedConv(c2)) for c1, c2 in zip(block.convs1, block.convs2)]
            else:
                steps = [(_PlannedConv(c), None) for c in block.convs]
            self.resblocks.append(steps)
        self.conv_post = _PlannedConv(dec.conv_post)
        self.device = dec.conv_pre.weight.device
        self.dtype = dec.conv_pre.weight.dtype
        self.halo_frames, self.floats_per_frame = _reach_and_width(dec)
        # How much of a tile's work is done after each residual block, by the blocks' multiply-adds: a block
        # runs at its stage's output rate, and the stages differ about 4x in cost.
        rate, costs = 1, []
        for i, up in enumerate(self.ups):
            rate *= up.stride[1]
            for steps in self.resblocks[i * dec.num_kernels: (i + 1) * dec.num_kernels]:
                costs.append(rate * sum(conv.weight.numel() for pair in steps for conv in pair if conv is not None))
        done = list(itertools.accumulate(costs))
        self.block_shares = tuple(cost / done[-1] for cost in done)  # the last is exactly 1: a tile's end


# The largest activation of one planned tile, for batch 1 (see the module docstring).
PLANNED_TILE_BYTES = 16 * 2**20


def _reach_and_width(dec: "Generator") -> tuple[int, int]:
    """(latent frames either side that can influence an output sample, the widest stage's floats per frame).

    The reach adds, stage by stage and converted to latent frames, what each conv can see: a same-padded conv
    sees its padding, a transposed conv ceil(kernel / stride) input positions; parallel residual blocks count
    their widest. One frame more covers the rounding.
    """
    reach = dec.conv_pre.padding[0]
    rate, widest = 1, 0
    for i, up in enumerate(dec.ups):
        reach += math.ceil(up.kernel_size[0] / up.stride[0]) / rate
        rate *= up.stride[0]
        widest = max(widest, up.out_channels * rate)
        blocks = dec.resblocks[i * dec.num_kernels: (i + 1) * dec.num_kernels]
        reach += max(sum(conv.padding[0] for conv in block.modules() if isinstance(conv, nn.Conv1d))
                     for block in blocks) / rate
    reach += dec.conv_post.padding[0] / rate
    return math.ceil(reach) + 1, widest


def _to_planar(x: torch.Tensor) -> torch.Tensor:
    return x.unsqueeze(2).contiguous(memory_format=torch.channels_last)


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

        self._plan: _DecoderPlan | None = None

    def build_inference_plan(self) -> bool:
        """Prepare the CPU fast path from the current weights (see the module docstring); False off the CPU."""
        self._plan = _DecoderPlan(self) if self.conv_pre.weight.device.type == "cpu" else None
        return self._plan is not None

    def drop_inference_plan(self) -> None:
        self._plan = None

    def train(self, mode: bool = True):
        if mode:
            self._plan = None
        return super().train(mode)

    def _load_from_state_dict(self, *args, **kwargs):
        self._plan = None
        return super()._load_from_state_dict(*args, **kwargs)

    def _apply(self, fn, recurse=True):
        self._plan = None
        return super()._apply(fn, recurse)

    def _source(self, x: torch.Tensor, f0: torch.Tensor | None, generator) -> torch.Tensor | None:
        if not self.nsf:
            return None
        if f0 is None:
            raise ValueError("this decoder needs f0 (it was built with the NSF source)")
        return self.m_source(f0, self.upp, generator=generator).to(x.dtype)

    def forward(self, x: torch.Tensor, f0: torch.Tensor | None = None, g: torch.Tensor | None = None,
                generator: torch.Generator | None = None) -> torch.Tensor:
        if self._plan_applies(x):
            return run_to_end(self.iter_decode(x, f0, g, generator))
        har_source = self._source(x, f0, generator)
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

    def _plan_applies(self, x: torch.Tensor) -> bool:
        plan = self._plan
        return plan is not None and not torch.is_grad_enabled() and x.device == plan.device and x.dtype == plan.dtype

    def iter_decode(self, x: torch.Tensor, f0: torch.Tensor | None = None, g: torch.Tensor | None = None,
                    generator: torch.Generator | None = None,
                    keep: tuple[int, int] | None = None) -> GeneratorType[tuple[int, int], None, torch.Tensor]:
        """forward() as a generator that returns the audio. On the planned path long inputs run in tiles with
        context (see the module docstring), and it yields (frames done, frames) after each residual block of
        each tile (a tile of a full-size voice takes seconds on a CPU): a chance for the caller to report
        progress or stop.

        `keep=(first, last)` asks only for the audio of latent frames [first, last), returned alone: the
        planned path then decodes just those frames and their context, every sample as in the whole pass.
        """
        first, last = keep if keep is not None else (0, x.shape[-1])
        if not 0 <= first < last <= x.shape[-1]:
            raise ValueError(f"keep={keep} is not a frame range of an input of {x.shape[-1]} frames")
        upp = self.upp
        if not self._plan_applies(x):
            return self(x, f0, g, generator)[..., first * upp: last * upp]
        plan = self._plan
        har_source = self._source(x, f0, generator)  # once for the whole input: its phase runs across tiles
        frames = x.shape[-1]
        tile = max(1, PLANNED_TILE_BYTES // (4 * plan.floats_per_frame * x.shape[0]))
        halo = plan.halo_frames

        def tile_steps(x_tile, har, done, size):
            return relay(self._planned_steps(plan, x_tile, har, g),
                         lambda share: (done + int(share * size), last - first))

        if keep is None and frames <= tile + 2 * halo:
            return (yield from tile_steps(x, har_source, 0, frames))
        out = x.new_empty(x.shape[0], 1, (last - first) * upp)
        for start in range(first, last, tile):
            end = min(last, start + tile)
            lo, hi = max(0, start - halo), min(frames, end + halo)
            har = har_source[..., lo * upp: hi * upp] if har_source is not None else None
            piece = yield from tile_steps(x[..., lo:hi], har, start - first, end - start)
            out[..., (start - first) * upp: (end - first) * upp] = piece[..., (start - lo) * upp: (end - lo) * upp]
        return out

    def _planned_steps(self, plan: _DecoderPlan, x: torch.Tensor, har_source, g):
        """forward() after the source, in channels-last 2-D layout with in-place updates (no autograd), as a
        generator that yields the share of the work done after each residual block and returns the audio."""
        har_planar = _to_planar(har_source) if har_source is not None else None
        x = plan.conv_pre(_to_planar(x))
        if g is not None and plan.cond is not None:
            x.add_(plan.cond(g.unsqueeze(2)))
        block = 0
        for i, up in enumerate(plan.ups):
            x = up(F.leaky_relu_(x, LRELU_SLOPE))
            if har_planar is not None:
                x.add_(plan.noise_convs[i](har_planar))
            total = None
            for steps in plan.resblocks[i * self.num_kernels: (i + 1) * self.num_kernels]:
                y = x
                for conv1, conv2 in steps:
                    yt = conv1(F.leaky_relu(y, LRELU_SLOPE))
                    if conv2 is not None:
                        yt = conv2(F.leaky_relu_(yt, LRELU_SLOPE))
                    y = yt.add_(y)  # yt is fresh, so the block input x is never modified
                total = y if total is None else total.add_(y)
                yield plan.block_shares[block]
                block += 1
            x = total.div_(self.num_kernels)
        x = plan.conv_post(F.leaky_relu_(x))
        return torch.tanh_(x).squeeze(2).contiguous()
