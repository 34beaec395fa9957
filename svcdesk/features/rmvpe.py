"""RMVPE pitch network (spec section 5): our own module whose state dict matches `rmvpe.pt`.

A deep U-Net over a 128-bin log-mel spectrogram, a 3-channel conv, a BiGRU and a 360-bin sigmoid
salience per 10 ms frame, decoded to Hz by a salience-weighted mean of cents around the argmax.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
import torch
from torch import nn

from svcdesk.errors import ModelFileError, WeightsMissing
from svcdesk.features.weights import check_state_dict
from svcdesk.features.weights import registry_path as _registry_path
from svcdesk.messages import Message

SAMPLE_RATE = 16000
HOP = 160
N_FFT = 1024
N_MELS = 128
N_BINS = 360
BN_MOMENTUM = 0.01
CENTS_OFFSET = 1997.3794084376191
CENTS = 20.0 * np.arange(N_BINS) + CENTS_OFFSET
VOICING_THRESHOLD = 0.03


class ConvBlockRes(nn.Module):
    def __init__(self, in_channels: int, out_channels: int):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels, momentum=BN_MOMENTUM),
            nn.ReLU(),
            nn.Conv2d(out_channels, out_channels, 3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels, momentum=BN_MOMENTUM),
            nn.ReLU(),
        )
        self.shortcut = nn.Conv2d(in_channels, out_channels, 1) if in_channels != out_channels else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv(x) + (self.shortcut(x) if self.shortcut is not None else x)


class ResEncoderBlock(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, n_blocks: int, pool: tuple[int, int] | None):
        super().__init__()
        self.conv = nn.ModuleList(
            [ConvBlockRes(in_channels, out_channels)] + [ConvBlockRes(out_channels, out_channels) for _ in range(n_blocks - 1)]
        )
        self.pool = nn.AvgPool2d(pool) if pool is not None else None

    def forward(self, x: torch.Tensor):
        for block in self.conv:
            x = block(x)
        if self.pool is None:
            return x
        return x, self.pool(x)


class Encoder(nn.Module):
    def __init__(self, in_channels: int, n_encoders: int, pool: tuple[int, int], n_blocks: int, out_channels: int):
        super().__init__()
        self.bn = nn.BatchNorm2d(in_channels, momentum=BN_MOMENTUM)
        self.layers = nn.ModuleList()
        for _ in range(n_encoders):
            self.layers.append(ResEncoderBlock(in_channels, out_channels, n_blocks, pool))
            in_channels, out_channels = out_channels, out_channels * 2
        self.out_channels = out_channels  # twice the last block's width, as the reference counts it

    def forward(self, x: torch.Tensor):
        skips = []
        x = self.bn(x)
        for layer in self.layers:
            skip, x = layer(x)
            skips.append(skip)
        return x, skips


class Intermediate(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, n_inters: int, n_blocks: int):
        super().__init__()
        self.layers = nn.ModuleList(
            [ResEncoderBlock(in_channels, out_channels, n_blocks, None)]
            + [ResEncoderBlock(out_channels, out_channels, n_blocks, None) for _ in range(n_inters - 1)]
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x)
        return x


class ResDecoderBlock(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, stride: tuple[int, int], n_blocks: int):
        super().__init__()
        output_padding = (0, 1) if tuple(stride) == (1, 2) else (1, 1)
        self.conv1 = nn.Sequential(
            nn.ConvTranspose2d(in_channels, out_channels, 3, stride=stride, padding=1,
                               output_padding=output_padding, bias=False),
            nn.BatchNorm2d(out_channels, momentum=BN_MOMENTUM),
            nn.ReLU(),
        )
        self.conv2 = nn.ModuleList(
            [ConvBlockRes(out_channels * 2, out_channels)] + [ConvBlockRes(out_channels, out_channels) for _ in range(n_blocks - 1)]
        )

    def forward(self, x: torch.Tensor, skip: torch.Tensor) -> torch.Tensor:
        x = torch.cat((self.conv1(x), skip), dim=1)
        for block in self.conv2:
            x = block(x)
        return x


class Decoder(nn.Module):
    def __init__(self, in_channels: int, n_decoders: int, stride: tuple[int, int], n_blocks: int):
        super().__init__()
        self.layers = nn.ModuleList()
        for _ in range(n_decoders):
            self.layers.append(ResDecoderBlock(in_channels, in_channels // 2, stride, n_blocks))
            in_channels //= 2

    def forward(self, x: torch.Tensor, skips: list[torch.Tensor]) -> torch.Tensor:
        for layer, skip in zip(self.layers, reversed(skips)):
            x = layer(x, skip)
        return x


class DeepUnet(nn.Module):
    def __init__(self, kernel: tuple[int, int], n_blocks: int, en_de_layers: int = 5, inter_layers: int = 4,
                 in_channels: int = 1, en_out_channels: int = 16):
        super().__init__()
        self.encoder = Encoder(in_channels, en_de_layers, kernel, n_blocks, en_out_channels)
        self.intermediate = Intermediate(self.encoder.out_channels // 2, self.encoder.out_channels, inter_layers, n_blocks)
        self.decoder = Decoder(self.encoder.out_channels, en_de_layers, kernel, n_blocks)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x, skips = self.encoder(x)
        return self.decoder(self.intermediate(x), skips)


class BiGRU(nn.Module):
    def __init__(self, input_features: int, hidden_features: int, num_layers: int):
        super().__init__()
        self.gru = nn.GRU(input_features, hidden_features, num_layers=num_layers, batch_first=True, bidirectional=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.gru(x)[0]


class E2E(nn.Module):
    """RMVPE: log-mel (B, 128, T) with T a multiple of 32 -> salience (B, T, 360)."""

    def __init__(self, n_blocks: int = 4, n_gru: int = 1, kernel: tuple[int, int] = (2, 2), en_out_channels: int = 16):
        super().__init__()
        self.unet = DeepUnet(kernel, n_blocks, en_out_channels=en_out_channels)
        self.cnn = nn.Conv2d(en_out_channels, 3, 3, padding=1)
        self.fc = nn.Sequential(BiGRU(3 * N_MELS, 256, n_gru), nn.Linear(512, N_BINS), nn.Dropout(0.25), nn.Sigmoid())

    def forward(self, mel: torch.Tensor) -> torch.Tensor:
        x = mel.transpose(-1, -2).unsqueeze(1)  # (B, 1, T, mels)
        x = self.cnn(self.unet(x)).transpose(1, 2).flatten(-2)  # (B, T, 3*mels)
        return self.fc(x)


@functools.lru_cache(maxsize=4)
def _mel_basis(device: str) -> torch.Tensor:
    import torchaudio

    # librosa.filters.mel(sr=16000, n_fft=1024, n_mels=128, fmin=30, fmax=8000, htk=True) as the
    # reference builds it: HTK mel scale, librosa's default Slaney area normalisation.
    fb = torchaudio.functional.melscale_fbanks(
        n_freqs=N_FFT // 2 + 1, f_min=30.0, f_max=8000.0, n_mels=N_MELS, sample_rate=SAMPLE_RATE,
        norm="slaney", mel_scale="htk",
    )
    return fb.T.contiguous().to(device)


def log_mel(audio: torch.Tensor) -> torch.Tensor:
    """RMVPE input: log-mel (B, 128, L//160 + 1) of 16 kHz audio (B, L)."""
    window = torch.hann_window(N_FFT, device=audio.device)
    stft = torch.stft(audio, N_FFT, hop_length=HOP, win_length=N_FFT, window=window, center=True, return_complex=True)
    magnitude = stft.abs()
    return torch.log(torch.clamp(torch.matmul(_mel_basis(str(audio.device)), magnitude), min=1e-5))


def decode_salience(salience: np.ndarray, threshold: float = VOICING_THRESHOLD) -> np.ndarray:
    """f0 in Hz (T,) from salience (T, 360): weighted mean of cents over argmax +/- 4 bins;
    0 where the peak salience is <= threshold."""
    salience = np.asarray(salience, dtype=np.float64)
    center = np.argmax(salience, axis=1)
    padded = np.pad(salience, ((0, 0), (4, 4)))
    window_index = center[:, None] + np.arange(9)[None, :]  # argmax-4 .. argmax+4 in padded coordinates
    weights = np.take_along_axis(padded, window_index, axis=1)
    cents = np.pad(CENTS, (4, 4))[window_index]
    weight_sum = weights.sum(axis=1)
    voiced = (salience.max(axis=1) > threshold) & (weight_sum > 0)
    mean_cents = np.zeros(len(salience))
    mean_cents[voiced] = (weights[voiced] * cents[voiced]).sum(axis=1) / weight_sum[voiced]
    f0 = 10.0 * 2.0 ** (mean_cents / 1200.0)
    f0[~voiced] = 0.0
    return f0


class RMVPE:
    """A loaded RMVPE network on one device."""

    def __init__(self, network: E2E, device: str = "cpu"):
        self.device = torch.device(device)
        self.network = network.to(self.device).eval()

    def salience(self, audio_16k: np.ndarray) -> np.ndarray:
        """Salience (L//160 + 1, 360) of mono 16 kHz audio."""
        audio = torch.from_numpy(np.ascontiguousarray(audio_16k, dtype=np.float32)).to(self.device)[None]
        with torch.inference_mode():
            mel = log_mel(audio)
            n_frames = mel.shape[-1]
            n_pad = 32 * ((n_frames - 1) // 32 + 1) - n_frames  # the U-Net halves time five times
            if n_pad:
                mel = torch.nn.functional.pad(mel, (0, n_pad), mode="constant")
            hidden = self.network(mel)[0, :n_frames]
        return hidden.float().cpu().numpy()

    def infer(self, audio_16k: np.ndarray, threshold: float = VOICING_THRESHOLD) -> np.ndarray:
        return decode_salience(self.salience(audio_16k), threshold)


def rmvpe_weights_path() -> Path:
    """Path of rmvpe.pt from the asset registry, or WeightsMissing with the fix."""
    path = _registry_path("rmvpe")
    if path is None:
        raise WeightsMissing(
            Message("RMVPE weights missing: rmvpe.pt is needed for the rmvpe pitch method. Fix: svcdesk assets "
                    "download rmvpe (or import the file), or choose --f0 fcpe."),
            asset="rmvpe",
        )
    return path


@functools.lru_cache(maxsize=4)
def _load_cached(path: str, modified_ns: int, device: str) -> RMVPE:
    network = E2E()
    try:
        with open(path, "rb") as handle:
            state = torch.load(handle, map_location="cpu", weights_only=True)
    except FileNotFoundError:
        raise WeightsMissing(Message("RMVPE weights missing: {path} does not exist. Fix: svcdesk assets download "
                                     "rmvpe",
                                     path=path),
                             asset="rmvpe") from None
    except Exception as exc:  # a pickle that needs code to load, or a damaged file
        raise ModelFileError(Message("cannot read RMVPE weights {name}: {exc}",
                                     name=Path(path).name, exc=exc)) from exc
    if isinstance(state, dict) and "model" in state and isinstance(state["model"], dict):
        state = state["model"]
    if not isinstance(state, dict):
        raise ModelFileError(Message("{name} is not an RMVPE state dict", name=Path(path).name))
    network.load_state_dict(check_state_dict(network, state, Path(path).name))
    return RMVPE(network, device)


def load_rmvpe(path: str | Path, device: str = "cpu") -> RMVPE:
    """The RMVPE network from `rmvpe.pt` (fp16 state dict; strict keys and shapes), cached per file
    version and device."""
    path = Path(path).resolve()
    try:
        modified_ns = path.stat().st_mtime_ns
    except OSError:
        modified_ns = 0  # absent: _load_cached raises WeightsMissing
    return _load_cached(str(path), modified_ns, device)
