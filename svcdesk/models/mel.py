"""Linear and mel spectrograms exactly as the RVC v2 recipe computes them (spec section 3).

Written with torch (not librosa) so the training loss runs on the GPU; the mel filterbank comes
from torchaudio with librosa's defaults (Slaney scale and Slaney area normalisation).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import torch
import torch.nn.functional as F


@dataclass(frozen=True)
class SpectrogramParams:
    sample_rate: int
    n_fft: int
    hop: int
    win: int
    n_mels: int


RATE_PARAMS = {
    32000: SpectrogramParams(32000, 1024, 320, 1024, 80),
    40000: SpectrogramParams(40000, 2048, 400, 2048, 125),
    48000: SpectrogramParams(48000, 2048, 480, 2048, 128),
}


def params_for_rate(sample_rate: int) -> SpectrogramParams:
    try:
        return RATE_PARAMS[int(sample_rate)]
    except KeyError:
        raise ValueError(f"no RVC spectrogram settings for {sample_rate} Hz (use 32000, 40000 or 48000)") from None


@lru_cache(maxsize=16)
def _hann(win: int, device: str, dtype: torch.dtype) -> torch.Tensor:
    # Cached tensors must not be inference tensors: a first call under inference_mode (feature
    # extraction) would otherwise break every later training step that backpropagates through them.
    with torch.inference_mode(False):
        return torch.hann_window(win, device=device, dtype=dtype)


@lru_cache(maxsize=16)
def _mel_basis(sample_rate: int, n_fft: int, n_mels: int, device: str, dtype: torch.dtype) -> torch.Tensor:
    import torchaudio

    with torch.inference_mode(False):  # see _hann
        fb = torchaudio.functional.melscale_fbanks(
            n_freqs=n_fft // 2 + 1, f_min=0.0, f_max=sample_rate / 2, n_mels=n_mels,
            sample_rate=sample_rate, norm="slaney", mel_scale="slaney",
        )
        return fb.T.contiguous().to(device=device, dtype=dtype)  # (n_mels, n_freqs)


def spectrogram(audio: torch.Tensor, n_fft: int, hop: int, win: int) -> torch.Tensor:
    """Magnitude STFT (B, n_fft//2+1, L//hop) of audio (B, L) or (B, 1, L)."""
    if audio.dim() == 3:
        audio = audio.squeeze(1)
    dtype = audio.dtype if audio.dtype in (torch.float32, torch.float64) else torch.float32
    audio = audio.to(dtype)
    pad = (n_fft - hop) // 2
    padded = F.pad(audio.unsqueeze(1), (pad, pad), mode="reflect").squeeze(1)
    stft = torch.stft(
        padded, n_fft, hop_length=hop, win_length=win, window=_hann(win, str(audio.device), dtype),
        center=False, pad_mode="reflect", normalized=False, onesided=True, return_complex=True,
    )
    return torch.sqrt(stft.real.pow(2) + stft.imag.pow(2) + 1e-6)


def linear_to_mel(magnitude: torch.Tensor, sample_rate: int, n_fft: int, n_mels: int) -> torch.Tensor:
    """Log-mel (B, n_mels, T) from a magnitude spectrogram (B, F, T)."""
    basis = _mel_basis(sample_rate, n_fft, n_mels, str(magnitude.device), magnitude.dtype)
    return torch.log(torch.clamp(torch.matmul(basis, magnitude), min=1e-5))


def mel_spectrogram(audio: torch.Tensor, params: SpectrogramParams) -> torch.Tensor:
    magnitude = spectrogram(audio, params.n_fft, params.hop, params.win)
    return linear_to_mel(magnitude, params.sample_rate, params.n_fft, params.n_mels)
