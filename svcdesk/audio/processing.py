"""Sample-level clean-up applied when segments are exported: rumble high-pass and loudness."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from svcdesk.config import SlicingConfig
from svcdesk.errors import AudioError
from svcdesk.messages import Message

HIGH_PASS_HZ = 48.0
HIGH_PASS_ORDER = 5
_FILTER_CHUNK = 1 << 20
NORMALIZE_MODES = ("none", "peak", "lufs")
_LUFS_MIN_SECONDS = 0.4  # one gating block of BS.1770: shorter audio has no integrated loudness


@lru_cache(maxsize=8)
def _high_pass_sos(sr: int, cutoff_hz: float, order: int) -> np.ndarray:
    from scipy.signal import butter

    return butter(order, cutoff_hz, btype="highpass", fs=sr, output="sos")


def high_pass(audio: np.ndarray, sr: int, cutoff_hz: float = HIGH_PASS_HZ, order: int = HIGH_PASS_ORDER) -> np.ndarray:
    """Causal Butterworth high-pass (the RVC reference's 48 Hz, 5th order) as float32.

    Filtered in float64 chunks with the state carried over: the poles sit close to 1 at 40 kHz,
    where float32 would be unstable, and a whole-file float64 copy would double the memory.
    """
    from scipy.signal import sosfilt, sosfilt_zi

    sos = _high_pass_sos(int(sr), float(cutoff_hz), int(order))
    out = np.empty(audio.shape[0], dtype=np.float32)
    if audio.shape[0] == 0:
        return out
    # Start from the steady state for the first sample so a DC offset does not ring at the start.
    state = sosfilt_zi(sos) * float(audio[0])
    for start in range(0, audio.shape[0], _FILTER_CHUNK):
        chunk = audio[start : start + _FILTER_CHUNK].astype(np.float64)
        filtered, state = sosfilt(sos, chunk, zi=state)
        out[start : start + chunk.shape[0]] = filtered
    return out


def peak_dbfs(audio: np.ndarray) -> float:
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    return 20.0 * math.log10(peak) if peak > 0 else -math.inf


def normalize_peak(audio: np.ndarray, target_dbfs: float = -1.0) -> np.ndarray:
    """Scale so the highest absolute sample sits at `target_dbfs`; silence is returned unchanged."""
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    if peak <= 0:
        return audio.astype(np.float32, copy=True)
    return (audio * np.float32(10 ** (target_dbfs / 20.0) / peak)).astype(np.float32)


def integrated_lufs(audio: np.ndarray, sr: int) -> float:
    """BS.1770-4 integrated loudness via pyloudnorm; -inf for silence or audio under 0.4 s."""
    import pyloudnorm

    if audio.shape[0] < _LUFS_MIN_SECONDS * sr:
        return -math.inf
    with np.errstate(divide="ignore"):
        return float(pyloudnorm.Meter(int(sr)).integrated_loudness(np.asarray(audio, dtype=np.float64)))


def normalize_lufs(audio: np.ndarray, sr: int, target_lufs: float = -20.0, ceiling_dbfs: float = -1.0) -> np.ndarray:
    """Gain to `target_lufs`, lowered if needed so the peak stays under `ceiling_dbfs` (no clipping).

    Audio too short or too quiet to measure falls back to peak normalisation at the ceiling.
    """
    loudness = integrated_lufs(audio, sr)
    if not math.isfinite(loudness):
        return normalize_peak(audio, ceiling_dbfs)
    gain_db = target_lufs - loudness
    peak = peak_dbfs(audio)
    if math.isfinite(peak):
        gain_db = min(gain_db, ceiling_dbfs - peak)
    return (audio * np.float32(10 ** (gain_db / 20.0))).astype(np.float32)


def normalize(audio: np.ndarray, sr: int, config: SlicingConfig) -> np.ndarray:
    """The segment loudness treatment chosen in `config.normalize`."""
    if config.normalize == "none":
        return audio.astype(np.float32, copy=True)
    if config.normalize == "peak":
        return normalize_peak(audio, config.peak_dbfs)
    if config.normalize == "lufs":
        return normalize_lufs(audio, sr, config.target_lufs, config.peak_dbfs)
    raise AudioError(Message("unknown normalisation '{normalize}' (choose one of: {choices})",
                             normalize=config.normalize, choices=', '.join(NORMALIZE_MODES)))
