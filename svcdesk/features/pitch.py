"""F0 extractors behind one registry and one signature (spec sections 1.8 and 5).

Every method takes 16 kHz mono float audio and returns f0 in Hz at hop 160 (100 frames per second),
0 for unvoiced frames. Frame i is centred on sample i*160, so a signal of L samples gives
`frame_count(L) = L // 160 + 1` frames (the centre=True convention RMVPE, FCPE, CREPE and WORLD
share); any method whose native grid differs is truncated or zero-padded at the end to that count.
Later stages reconcile f0 with content features and spectrograms by truncating at the end.

Heavy libraries (torch, torchcrepe, torchfcpe, pyworld, parselmouth) are imported inside the
extractors; networks are loaded once per device and kept.
"""

from __future__ import annotations

import contextlib
import functools
import io
import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

SAMPLE_RATE = 16000
HOP = 160
FRAME_RATE = SAMPLE_RATE // HOP

# Coarse pitch always quantises against RVC's fixed 50..1100 Hz range (spec 1.8), whatever range
# the extractor searched: the generator's 256-row pitch embedding was trained on these bins.
COARSE_F0_MIN = 50.0
COARSE_F0_MAX = 1100.0
_MEL_MIN = 1127.0 * math.log(1.0 + COARSE_F0_MIN / 700.0)
_MEL_MAX = 1127.0 * math.log(1.0 + COARSE_F0_MAX / 700.0)


def frame_count(n_samples: int) -> int:
    """Number of 100 fps pitch frames for `n_samples` of 16 kHz audio."""
    return int(n_samples) // HOP + 1


def fit_length(values: np.ndarray, n_frames: int) -> np.ndarray:
    """Truncate at the end, or zero-pad at the end, to exactly `n_frames`."""
    if len(values) >= n_frames:
        return values[:n_frames]
    return np.pad(values, (0, n_frames - len(values)))


def coarse_pitch(f0: np.ndarray) -> np.ndarray:
    """RVC's 1..255 pitch bins of f0 in Hz (spec 1.8); unvoiced (0) maps to 1. Returns int64."""
    f0 = np.nan_to_num(np.asarray(f0, dtype=np.float64), nan=0.0)
    mel = 1127.0 * np.log1p(np.maximum(f0, 0.0) / 700.0)
    voiced = mel > 0
    mel[voiced] = (mel[voiced] - _MEL_MIN) * 254.0 / (_MEL_MAX - _MEL_MIN) + 1.0
    mel[mel <= 1.0] = 1.0
    mel[mel > 255.0] = 255.0
    # np.rint (round half to even) as the reference does, so bins agree exactly at .5 boundaries.
    return np.rint(mel).astype(np.int64)


def transpose(f0: np.ndarray, semitones: float) -> np.ndarray:
    """f0 shifted by `semitones` (unvoiced frames stay 0)."""
    return np.asarray(f0, dtype=np.float32) * np.float32(2.0 ** (semitones / 12.0))


# ---------------------------------------------------------------------------------------------
# The extractors. Each returns float f0 of any length >= roughly frame_count; extract_f0 fits it.


def _torch_device(device: str):
    import torch

    return torch.device(device)


@functools.lru_cache(maxsize=4)
def _fcpe_model(device: str):
    import torchfcpe

    # torchfcpe prints its configuration on load; keep the CLI and logs clean.
    with contextlib.redirect_stdout(io.StringIO()):
        return torchfcpe.spawn_bundled_infer_model(device=device)


def _fcpe(audio: np.ndarray, f0_min: float, f0_max: float, threshold: float, device: str, **_) -> np.ndarray:
    import torch

    model = _fcpe_model(device)
    wav = torch.from_numpy(audio).float().to(device)[None, :, None]
    with torch.inference_mode():
        f0 = model.infer(
            wav, sr=SAMPLE_RATE, decoder_mode="local_argmax", threshold=threshold,
            f0_min=f0_min, f0_max=None, interp_uv=False, output_interp_target_length=frame_count(len(audio)),
        )
    return f0.squeeze().cpu().numpy()


@functools.lru_cache(maxsize=4)
def _crepe_model(capacity: str, device: str):
    import torch
    import torchcrepe

    # Our own cached instance per (capacity, device): torchcrepe's global slot holds one model only
    # and reloads whenever full and tiny alternate.
    model = torchcrepe.Crepe(capacity)
    weights = Path(torchcrepe.__file__).parent / "assets" / f"{capacity}.pth"
    with open(weights, "rb") as handle:
        model.load_state_dict(torch.load(handle, map_location="cpu", weights_only=True))
    return model.to(_torch_device(device)).eval()


def _crepe(audio: np.ndarray, f0_min: float, f0_max: float, threshold: float, device: str,
           capacity: str = "full", **_) -> np.ndarray:
    import torch
    import torchcrepe

    model = _crepe_model(capacity, device)
    wav = torch.from_numpy(audio).float()[None]
    pitches, periodicities = [], []
    with torch.inference_mode():
        for frames in torchcrepe.preprocess(wav, SAMPLE_RATE, HOP, batch_size=512, device=device, pad=True):
            probabilities = model(frames).reshape(1, -1, torchcrepe.PITCH_BINS).transpose(1, 2)
            # Viterbi decoding, as torchcrepe.predict (and so the reference) uses by default.
            pitch, periodicity = torchcrepe.postprocess(probabilities, f0_min, f0_max, return_periodicity=True)
            pitches.append(pitch.cpu())
            periodicities.append(periodicity.cpu())
    pitch = torch.cat(pitches, 1)
    periodicity = torch.cat(periodicities, 1)
    periodicity = torchcrepe.filter.median(periodicity, 3)
    pitch = torchcrepe.filter.mean(pitch, 3)
    pitch[periodicity < threshold] = 0
    return pitch.squeeze(0).numpy()


def _crepe_tiny(audio: np.ndarray, f0_min: float, f0_max: float, threshold: float, device: str, **_) -> np.ndarray:
    return _crepe(audio, f0_min, f0_max, threshold, device, capacity="tiny")


def _world(audio: np.ndarray, f0_min: float, f0_max: float, estimator: str) -> np.ndarray:
    import pyworld

    x = audio.astype(np.float64)
    estimate = pyworld.harvest if estimator == "harvest" else pyworld.dio
    f0, times = estimate(x, fs=SAMPLE_RATE, f0_floor=f0_min, f0_ceil=f0_max, frame_period=1000.0 * HOP / SAMPLE_RATE)
    return pyworld.stonemask(x, f0, times, SAMPLE_RATE)


def _harvest(audio: np.ndarray, f0_min: float, f0_max: float, **_) -> np.ndarray:
    return _world(audio, f0_min, f0_max, "harvest")


def _dio(audio: np.ndarray, f0_min: float, f0_max: float, **_) -> np.ndarray:
    return _world(audio, f0_min, f0_max, "dio")


def _pm(audio: np.ndarray, f0_min: float, f0_max: float, threshold: float, **_) -> np.ndarray:
    import parselmouth

    if len(audio) < 3.0 * SAMPLE_RATE / f0_min:
        # Praat's autocorrelation needs three periods of the lowest pitch; nothing shorter is voiced.
        return np.zeros(frame_count(len(audio)))
    pitch = parselmouth.Sound(audio.astype(np.float64), SAMPLE_RATE).to_pitch_ac(
        time_step=HOP / SAMPLE_RATE, voicing_threshold=threshold, pitch_floor=f0_min, pitch_ceiling=f0_max,
    )
    # Praat starts its frames where the first analysis window fits, often half a hop off our grid;
    # interpolate its estimates onto our frame times (by time stamp, not by symmetric padding) so pm
    # lines up with the other methods. A frame is voiced only where both Praat neighbours are.
    praat_times = np.asarray(pitch.xs())
    praat_f0 = pitch.selected_array["frequency"]
    times = np.arange(frame_count(len(audio))) / FRAME_RATE
    position = np.interp(times, praat_times, np.arange(len(praat_times)))
    low = np.floor(position).astype(np.int64)
    high = np.minimum(low + 1, len(praat_times) - 1)
    weight = position - low
    f0 = praat_f0[low] * (1.0 - weight) + praat_f0[high] * weight
    voiced = (praat_f0[low] > 0) & (praat_f0[high] > 0)
    half_hop = 0.5 / FRAME_RATE
    inside = (times >= praat_times[0] - half_hop) & (times <= praat_times[-1] + half_hop)
    return np.where(voiced & inside, f0, 0.0)


def _rmvpe(audio: np.ndarray, f0_min: float, f0_max: float, threshold: float, device: str,
           model_path: str | Path | None = None, **_) -> np.ndarray:
    from svcdesk.features.rmvpe import load_rmvpe, rmvpe_weights_path

    path = Path(model_path) if model_path else rmvpe_weights_path()
    return load_rmvpe(path, device).infer(audio, threshold=threshold)


@dataclass(frozen=True)
class PitchMethod:
    """One registered extractor. `threshold` is its voicing threshold (None: the method has none);
    `median_radius` its default median filter; `in_process_pool` marks CPU-bound methods worth
    running in worker processes (the torch ones already use every core)."""

    name: str
    extract: Callable[..., np.ndarray]
    threshold: float | None
    median_radius: int
    in_process_pool: bool
    description: str


PITCH_METHODS: dict[str, PitchMethod] = {
    method.name: method
    for method in (
        PitchMethod("rmvpe", _rmvpe, 0.03, 0, False, "RMVPE network (needs rmvpe.pt); the reference default"),
        PitchMethod("fcpe", _fcpe, 0.006, 0, False, "FCPE (torchfcpe, bundled weights); fast and robust"),
        PitchMethod("crepe", _crepe, 0.1, 0, False, "CREPE full (torchcrepe, bundled); accurate, slow on CPU"),
        PitchMethod("crepe-tiny", _crepe_tiny, 0.1, 0, False, "CREPE tiny (torchcrepe, bundled)"),
        # Reference harvest applies a 3-tap median filter at its default filter_radius.
        PitchMethod("harvest", _harvest, None, 1, True, "WORLD Harvest + StoneMask (pyworld); slow, CPU"),
        PitchMethod("dio", _dio, None, 0, True, "WORLD DIO + StoneMask (pyworld); fast, rough"),
        PitchMethod("pm", _pm, 0.6, 0, True, "Praat autocorrelation (parselmouth); fast"),
    )
}

_torch_lock = threading.Lock()

#: What `best_available_method` picks when rmvpe.pt is absent: its weights ship inside torchfcpe.
BUNDLED_METHOD = "fcpe"


def best_available_method() -> tuple[str, "Message"]:
    """The pitch method every page and command starts on, and why: RMVPE (the reference's) when its weights are
    installed, else FCPE, whose weights ship with the package, so a first conversion never fails on a download."""
    from svcdesk import assets
    from svcdesk.messages import Message

    if assets.asset_path("rmvpe") is not None:
        return "rmvpe", Message("rmvpe: the reference's pitch method (rmvpe.pt is installed)")
    return BUNDLED_METHOD, Message("fcpe: rmvpe.pt is not installed, and FCPE needs no download (nearly as accurate)")


def pitch_method_option_help() -> str:
    return "pitch extractor (default: rmvpe when rmvpe.pt is installed, else fcpe, which needs no download)"


def extract_f0(
    audio_16k: np.ndarray,
    method: str = "rmvpe",
    f0_min: float = 50.0,
    f0_max: float = 1100.0,
    *,
    voicing_threshold: float | None = None,
    median_radius: int | None = None,
    device: str = "cpu",
    model_path: str | Path | None = None,
) -> np.ndarray:
    """f0 in Hz (float32, 0 = unvoiced) at 100 fps, exactly `frame_count(len(audio_16k))` frames.

    `voicing_threshold` / `median_radius` None use the method's default (see PITCH_METHODS);
    a median radius r filters with a 2r+1 window. Estimates outside [f0_min, f0_max], and frames
    in near-silence (see `silent_frames`), count as unvoiced. `model_path` overrides the rmvpe.pt
    lookup through svcdesk.assets (WeightsMissing when neither is there)."""
    try:
        spec = PITCH_METHODS[method]
    except KeyError:
        raise ValueError(f"unknown pitch method {method!r}; choose one of {', '.join(PITCH_METHODS)}") from None
    if not 0 < f0_min < f0_max:
        raise ValueError(f"pitch range must satisfy 0 < f0_min < f0_max, got {f0_min}..{f0_max}")
    audio = np.ascontiguousarray(audio_16k, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(f"extract_f0 wants mono audio of shape (samples,), got {audio.shape}")
    n_frames = frame_count(len(audio))
    if len(audio) < HOP:
        return np.zeros(n_frames, dtype=np.float32)
    threshold = spec.threshold if voicing_threshold is None else float(voicing_threshold)
    lock = contextlib.nullcontext() if spec.in_process_pool else _torch_lock
    with lock:  # one network pass at a time: torch already spreads a pass over every core
        f0 = spec.extract(audio, f0_min=float(f0_min), f0_max=float(f0_max), threshold=threshold,
                          device=device, model_path=model_path)
    f0 = fit_length(np.nan_to_num(np.asarray(f0, dtype=np.float64).reshape(-1), nan=0.0), n_frames)
    radius = spec.median_radius if median_radius is None else int(median_radius)
    if radius > 0:
        from scipy.signal import medfilt

        f0 = medfilt(f0, 2 * radius + 1)
    f0[(f0 < f0_min) | (f0 > f0_max)] = 0.0
    f0[silent_frames(audio)] = 0.0
    return f0.astype(np.float32)


def silent_frames(audio_16k: np.ndarray, window: int = 1024, floor_dbfs: float = -70.0) -> np.ndarray:
    """Frames whose surrounding `window` samples never exceed `floor_dbfs`: nothing there can be
    voiced. CREPE normalises each frame by its own level, so it hears pitch in digital silence, and
    Harvest smooths voicing into the pauses; this gate removes both for every method alike."""
    from scipy.ndimage import maximum_filter1d

    n_frames = frame_count(len(audio_16k))
    if len(audio_16k) == 0:
        return np.ones(n_frames, dtype=bool)
    peak = maximum_filter1d(np.abs(audio_16k), size=window, mode="constant")
    centres = np.minimum(np.arange(n_frames) * HOP, len(audio_16k) - 1)
    return peak[centres] < 10.0 ** (floor_dbfs / 20.0)
