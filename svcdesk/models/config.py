"""`ModelConfig`: our own frozen description of a generator, convertible to and from RVC's 18-element list.

The list order is RVC's constructor order (spec 1.1); RVC files store it under `config`. Element 2
(segment size) is written as the constant 32 the reference writes; the real training window in
frames depends on the rate and lives in `segment_size` here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

RVC_CONFIG_FIELDS = (
    "spec_channels", "segment_size", "inter_channels", "hidden_channels", "filter_channels", "n_heads",
    "n_layers", "kernel_size", "p_dropout", "resblock", "resblock_kernel_sizes", "resblock_dilation_sizes",
    "upsample_rates", "upsample_initial_channel", "upsample_kernel_sizes", "spk_embed_dim", "gin_channels",
    "sample_rate",
)

# Rate-dependent parts of the v2 presets: (spec_channels, segment frames, upsample rates, kernel sizes).
_RATE_PRESETS = {
    32000: (513, 40, (10, 8, 2, 2), (20, 16, 4, 4)),
    40000: (1025, 32, (10, 10, 2, 2), (16, 16, 4, 4)),
    48000: (1025, 36, (12, 10, 2, 2), (24, 20, 4, 4)),
}

STORED_SEGMENT_SIZE = 32
MAX_SPEC_CHANNELS = 8193  # n_fft 16384


def rate_from_value(value) -> int:
    """`sr` may be an int or a string such as "40k" (Applio writes ints, RVC strings)."""
    if isinstance(value, str):
        text = value.strip().lower()
        if text.endswith("k"):
            return int(float(text[:-1]) * 1000)
        return int(float(text))
    return int(value)


def _plain(value):
    """Tuples (nested) to lists, as RVC's JSON-born config lists hold them."""
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class ModelConfig:
    spec_channels: int = 1025
    segment_size: int = 32
    inter_channels: int = 192
    hidden_channels: int = 192
    filter_channels: int = 768
    n_heads: int = 2
    n_layers: int = 6
    kernel_size: int = 3
    p_dropout: float = 0.0
    resblock: str = "1"
    resblock_kernel_sizes: tuple[int, ...] = (3, 7, 11)
    resblock_dilation_sizes: tuple[tuple[int, ...], ...] = ((1, 3, 5), (1, 3, 5), (1, 3, 5))
    upsample_rates: tuple[int, ...] = (10, 10, 2, 2)
    upsample_initial_channel: int = 512
    upsample_kernel_sizes: tuple[int, ...] = (16, 16, 4, 4)
    spk_embed_dim: int = 109
    gin_channels: int = 256
    sample_rate: int = 40000
    has_pitch: bool = True
    version: str = "v2"
    feature_dim: int = 768

    def __post_init__(self):
        if self.version not in ("v1", "v2"):
            raise ValueError(f"unknown model version {self.version!r} (expected 'v1' or 'v2')")
        if self.resblock not in ("1", "2"):
            raise ValueError(f"unknown resblock type {self.resblock!r} (expected '1' or '2')")
        if len(self.upsample_rates) != len(self.upsample_kernel_sizes):
            raise ValueError("upsample_rates and upsample_kernel_sizes differ in length")
        if len(self.resblock_kernel_sizes) != len(self.resblock_dilation_sizes):
            raise ValueError("resblock_kernel_sizes and resblock_dilation_sizes differ in length")
        if self.hidden_channels % self.n_heads:
            raise ValueError("hidden_channels must be divisible by n_heads")
        # spec_channels sizes only the posterior encoder, which inference files omit: bound it here so a
        # hostile config cannot make the loader allocate gigabytes (every other size is checked against weights).
        if not 1 <= self.spec_channels <= MAX_SPEC_CHANNELS:
            raise ValueError(f"spec_channels {self.spec_channels} is outside 1..{MAX_SPEC_CHANNELS}")
        sizes = (self.inter_channels, self.hidden_channels, self.filter_channels, self.n_heads, self.n_layers,
                 self.kernel_size, self.upsample_initial_channel, self.spk_embed_dim, self.gin_channels,
                 self.sample_rate, *self.upsample_rates, *self.upsample_kernel_sizes, *self.resblock_kernel_sizes)
        if any(int(v) < 0 for v in sizes) or min(self.inter_channels, self.hidden_channels, self.n_heads) < 1:
            raise ValueError("model sizes must be positive")

    @property
    def upsample_factor(self) -> int:
        """Output samples per frame (the hop length): the product of the upsample rates."""
        factor = 1
        for rate in self.upsample_rates:
            factor *= rate
        return factor

    @property
    def sample_rate_tag(self) -> str:
        """"40k" style name used by RVC files for the standard rates."""
        return f"{self.sample_rate // 1000}k" if self.sample_rate % 1000 == 0 else str(self.sample_rate)

    @classmethod
    def rvc_v2(cls, sample_rate: int = 40000, has_pitch: bool = True) -> "ModelConfig":
        """The published RVC v2 architecture at 32000, 40000 or 48000 Hz."""
        try:
            spec_channels, segment, rates, kernels = _RATE_PRESETS[int(sample_rate)]
        except KeyError:
            raise ValueError(f"no RVC v2 preset for {sample_rate} Hz (use 32000, 40000 or 48000)") from None
        return cls(spec_channels=spec_channels, segment_size=segment, upsample_rates=rates,
                   upsample_kernel_sizes=kernels, sample_rate=int(sample_rate), has_pitch=has_pitch)

    @classmethod
    def tiny(cls, sample_rate: int = 40000, has_pitch: bool = True) -> "ModelConfig":
        """A small model with the real rate plumbing (same hop, spectrogram and upsampling) for tests and the demo."""
        base = cls.rvc_v2(sample_rate, has_pitch=has_pitch)
        return dataclasses.replace(
            base, inter_channels=32, hidden_channels=32, filter_channels=64, n_layers=2,
            upsample_initial_channel=32, spk_embed_dim=4, gin_channels=16,
        )

    @classmethod
    def from_rvc_config(cls, config: list | tuple, has_pitch: bool = True, version: str = "v2",
                        feature_dim: int | None = None) -> "ModelConfig":
        """Build from RVC's 18-element list (spec 1.1); `sr` may be an int or "40k"."""
        if len(config) != len(RVC_CONFIG_FIELDS):
            raise ValueError(f"an RVC config list has {len(RVC_CONFIG_FIELDS)} elements, this one has {len(config)}")
        values = dict(zip(RVC_CONFIG_FIELDS, config))
        values["sample_rate"] = rate_from_value(values["sample_rate"])
        # The stored segment size is a constant; use the rate's real training window where we know it.
        preset = _RATE_PRESETS.get(values["sample_rate"])
        values["segment_size"] = preset[1] if preset else int(values["segment_size"])
        values["resblock"] = str(values["resblock"])
        values["p_dropout"] = float(values["p_dropout"])
        for name in ("resblock_kernel_sizes", "upsample_rates", "upsample_kernel_sizes"):
            values[name] = tuple(int(v) for v in values[name])
        values["resblock_dilation_sizes"] = tuple(tuple(int(v) for v in d) for d in values["resblock_dilation_sizes"])
        for name in ("spec_channels", "inter_channels", "hidden_channels", "filter_channels", "n_heads", "n_layers",
                     "kernel_size", "upsample_initial_channel", "spk_embed_dim", "gin_channels"):
            values[name] = int(values[name])
        if feature_dim is None:
            feature_dim = 768 if version == "v2" else 256
        return cls(**values, has_pitch=has_pitch, version=version, feature_dim=feature_dim)

    def rvc_config_list(self) -> list:
        """RVC's 18-element list as inference files store it (element 2 the constant 32, int rate last)."""
        values = [getattr(self, name) for name in RVC_CONFIG_FIELDS]
        values[1] = STORED_SEGMENT_SIZE
        return [_plain(value) for value in values]

    def with_speakers(self, count: int) -> "ModelConfig":
        return dataclasses.replace(self, spk_embed_dim=int(count))
