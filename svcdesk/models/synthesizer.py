"""`Synthesizer`: RVC v2's SynthesizerTrnMs768NSFsid (and its no-pitch / v1 siblings), state-dict compatible.

Submodules (state-dict prefixes) as RVC: `enc_p`, `dec`, `enc_q`, `flow`, `emb_g` (spec 1).
"""

from __future__ import annotations

import contextlib

import torch
from torch import nn

from svcdesk.models.config import ModelConfig
from svcdesk.models.encoders import PosteriorEncoder, TextEncoder
from svcdesk.models.flow import ResidualCouplingBlock
from svcdesk.models.generator import Generator
from svcdesk.models.modules import skipped_random_init
from svcdesk.models.weightnorm import fold_weight_norm, unfold_weight_norm
from svcdesk.utils.jobs import run_to_end

PRIOR_NOISE_SCALE = 0.66666


def slice_segments(x: torch.Tensor, ids_start: torch.Tensor, segment_size: int) -> torch.Tensor:
    """Per-item windows [ids_start[b], ids_start[b] + segment_size) along the last axis; zero past the end."""
    if x.size(-1) < int(ids_start.max()) + segment_size:
        x = nn.functional.pad(x, (0, int(ids_start.max()) + segment_size - x.size(-1)))
    return torch.stack([x[b, ..., int(s): int(s) + segment_size] for b, s in enumerate(ids_start.tolist())])


def rand_slice_segments(x: torch.Tensor, lengths: torch.Tensor, segment_size: int,
                        generator: torch.Generator | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """A random window of `segment_size` frames inside each item's valid length; returns (slices, ids_start)."""
    max_start = (lengths - segment_size + 1).clamp(min=1)
    uniform = torch.rand(lengths.shape, generator=generator, device=lengths.device)
    ids_start = (uniform * max_start).to(torch.long)
    return slice_segments(x, ids_start, segment_size), ids_start


class Synthesizer(nn.Module):
    def __init__(self, config: ModelConfig, init: str = "all"):
        """`init`: "all" (a new model), "posterior" (every part but enc_q will be loaded: inference files carry
        no enc_q), "none" (everything will be loaded). Parts not initialised hold arbitrary values."""
        super().__init__()
        if init not in ("all", "posterior", "none"):
            raise ValueError(f"init must be all, posterior or none, not {init!r}")
        self.config = config
        c = config
        self.segment_size = c.segment_size
        with skipped_random_init() if init != "all" else contextlib.nullcontext():
            self.enc_p = TextEncoder(c.inter_channels, c.hidden_channels, c.filter_channels, c.n_heads, c.n_layers,
                                     c.kernel_size, c.p_dropout, feature_dim=c.feature_dim, has_pitch=c.has_pitch)
            self.dec = Generator(c.inter_channels, c.resblock, c.resblock_kernel_sizes, c.resblock_dilation_sizes,
                                 c.upsample_rates, c.upsample_initial_channel, c.upsample_kernel_sizes,
                                 gin_channels=c.gin_channels, sample_rate=c.sample_rate, nsf=c.has_pitch)
        with skipped_random_init() if init == "none" else contextlib.nullcontext():
            self.enc_q = PosteriorEncoder(c.spec_channels, c.inter_channels, c.hidden_channels, 5, 1, 16,
                                          gin_channels=c.gin_channels)
        with skipped_random_init() if init != "all" else contextlib.nullcontext():
            self.flow = ResidualCouplingBlock(c.inter_channels, c.hidden_channels, 5, 1, 3,
                                              gin_channels=c.gin_channels)
            self.emb_g = nn.Embedding(c.spk_embed_dim, c.gin_channels)

    @classmethod
    def from_model_config(cls, config: ModelConfig, init: str = "all") -> "Synthesizer":
        return cls(config, init=init)

    @classmethod
    def from_rvc_config(cls, config_list: list, has_pitch: bool = True, version: str = "v2") -> "Synthesizer":
        return cls(ModelConfig.from_rvc_config(config_list, has_pitch=has_pitch, version=version))

    @property
    def has_pitch(self) -> bool:
        return self.config.has_pitch

    @property
    def upsample_factor(self) -> int:
        return self.config.upsample_factor

    def speaker_embedding(self, speaker: torch.Tensor) -> torch.Tensor:
        return self.emb_g(speaker).unsqueeze(-1)  # (B, gin, 1)

    def forward(self, features: torch.Tensor, lengths: torch.Tensor, pitch: torch.Tensor | None,
                f0: torch.Tensor | None, spec: torch.Tensor, spec_lengths: torch.Tensor, speaker: torch.Tensor,
                generator: torch.Generator | None = None):
        """Training pass (spec 1.7).

        features (B,T,D) float, lengths (B,), pitch (B,T) long coarse, f0 (B,T) Hz, spec (B,F,T), spec_lengths (B,),
        speaker (B,) long. Returns (y_hat (B,1,segment*upp), ids_slice (B,) start frames, x_mask (B,1,T),
        z_mask (B,1,T), (z, z_p, m_p, logs_p, m_q, logs_q)).
        """
        g = self.speaker_embedding(speaker)
        m_p, logs_p, x_mask = self.enc_p(features, pitch if self.has_pitch else None, lengths)
        z, m_q, logs_q, z_mask = self.enc_q(spec, spec_lengths, g=g, generator=generator)
        z_p = self.flow(z, z_mask, g=g)
        z_slice, ids_slice = rand_slice_segments(z, spec_lengths, self.segment_size, generator=generator)
        f0_slice = slice_segments(f0, ids_slice, self.segment_size) if self.has_pitch else None
        y_hat = self.dec(z_slice, f0_slice, g=g, generator=generator)
        return y_hat, ids_slice, x_mask, z_mask, (z, z_p, m_p, logs_p, m_q, logs_q)

    @torch.inference_mode()
    def infer(self, features: torch.Tensor, lengths: torch.Tensor, pitch: torch.Tensor | None,
              f0: torch.Tensor | None, speaker: torch.Tensor, noise_scale: float = PRIOR_NOISE_SCALE,
              generator: torch.Generator | None = None) -> torch.Tensor:
        """features (B,T,D) float, lengths (B,), pitch (B,T) long coarse, f0 (B,T) Hz, speaker (B,) long
        -> audio (B, 1, T*upp). `generator` makes the prior and NSF noise reproducible.

        Runs under torch.inference_mode (nothing differentiates through conversion); call
        `prepare_for_inference()` first to skip the per-call weight-norm products."""
        return run_to_end(self.iter_infer(features, lengths, pitch, f0, speaker, noise_scale, generator))

    @torch.inference_mode()
    def iter_infer(self, features: torch.Tensor, lengths: torch.Tensor, pitch: torch.Tensor | None,
                   f0: torch.Tensor | None, speaker: torch.Tensor, noise_scale: float = PRIOR_NOISE_SCALE,
                   generator: torch.Generator | None = None, keep: tuple[int, int] | None = None):
        """infer() as a generator that returns the audio, yielding (frames decoded, frames) while the decoder
        works in tiles (Generator.iter_decode): conversion reports progress and can stop within a chunk.
        `keep=(first, last)`: only the audio of those frames is decoded and returned (Generator.iter_decode)."""
        g = self.speaker_embedding(speaker)
        m_p, logs_p, x_mask = self.enc_p(features, pitch if self.has_pitch else None, lengths)
        eps = torch.randn(m_p.shape, generator=generator, device=m_p.device, dtype=m_p.dtype)
        z_p = (m_p + torch.exp(logs_p) * eps * noise_scale) * x_mask
        z = self.flow(z_p, x_mask, g=g, reverse=True)
        return (yield from self.dec.iter_decode(z * x_mask, f0 if self.has_pitch else None, g=g, generator=generator,
                                                keep=keep))

    def prepare_for_inference(self) -> "Synthesizer":
        """eval(), fold weight norm into cached weights and plan the CPU decoder fast path.

        Saving still writes weight_g/weight_v. Call again after moving the model (.to/.half drop the plan).
        """
        self.eval()
        fold_weight_norm(self)
        if self.dec.build_inference_plan():
            unfold_weight_norm(self.dec)  # the plan holds its own folded copy; a third one would only cost memory
        return self

    def unprepare(self) -> "Synthesizer":
        unfold_weight_norm(self)
        self.dec.drop_inference_plan()
        return self

    def inference_state_dict(self) -> dict[str, torch.Tensor]:
        """Every key except the training-only posterior encoder, as RVC inference files hold them."""
        return {k: v for k, v in self.state_dict().items() if "enc_q" not in k}
