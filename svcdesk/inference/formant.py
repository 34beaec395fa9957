"""Formant shift: move the spectral envelope along frequency while the harmonics stay where they are.

Per STFT frame the log-magnitude envelope is estimated by cepstral liftering (keeping quefrencies
below 1 ms, far below a singing voice's pitch period), warped by the factor 2**(semitones/12), and
the frame is multiplied by warped/original envelope. Phases and the harmonic fine structure are
untouched, so pitch is kept and only the timbre (vocal-tract size) changes - the same idea as the
cepstral "formant" mode Applio gets from stftpitchshift, written here with torch.stft because it
runs per chunk inside the conversion and needs nothing beyond torch.
"""

from __future__ import annotations

import numpy as np

LIFTER_SECONDS = 0.001
N_FFT = 2048
HOP = 512


def shift_formants(audio: np.ndarray, sample_rate: int, semitones: float) -> np.ndarray:
    """`audio` with its formants moved by `semitones` (positive = brighter/smaller, negative = darker)."""
    if semitones == 0 or len(audio) < N_FFT:
        return audio
    import torch

    factor = 2.0 ** (semitones / 12.0)
    signal = torch.from_numpy(np.ascontiguousarray(audio, dtype=np.float32))
    window = torch.hann_window(N_FFT)
    spec = torch.stft(signal, N_FFT, HOP, window=window, center=True, return_complex=True)  # (F, T)
    log_mag = torch.log(spec.abs() + 1e-7)
    envelope = _cepstral_envelope(log_mag, max(1, int(sample_rate * LIFTER_SECONDS)))
    warped = _warp_frequency(envelope, factor)
    spec = spec * torch.exp(warped - envelope)
    out = torch.istft(spec, N_FFT, HOP, window=window, center=True, length=len(audio))
    return out.numpy().astype(np.float32)


def _cepstral_envelope(log_mag, lifter: int):
    """Smooth log-magnitude per frame: keep the first `lifter` cepstral coefficients (and their mirror)."""
    import torch

    cepstrum = torch.fft.irfft(log_mag, n=N_FFT, dim=0)
    cepstrum[lifter:N_FFT - lifter + 1] = 0.0
    return torch.fft.rfft(cepstrum, dim=0).real


def _warp_frequency(envelope, factor: float):
    """E'(f) = E(f / factor), linearly interpolated between bins; beyond the top bin the last value holds."""
    import torch

    bins = envelope.shape[0]
    source = torch.arange(bins, dtype=torch.float32) / factor
    source = source.clamp(max=bins - 1)
    lower = source.floor().long()
    upper = (lower + 1).clamp(max=bins - 1)
    frac = (source - lower.float()).unsqueeze(1)
    return envelope[lower] * (1 - frac) + envelope[upper] * frac
