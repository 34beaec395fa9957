"""Speaker embeddings for the Compare page's similarity score: Resemblyzer's GE2E encoder, without librosa.

Resemblyzer computes its mel spectrogram and resamples with librosa, whose numba functions compile on first
use: the first comparison on a machine stalled for minutes ("embedding the training voice"), and the compiled
cache was written into site-packages, where an installed app may not be allowed to write. The same steps are
done here with torchaudio and soxr (same windows, filters, padding and resampler), and the encoder's weights are
read from Resemblyzer's package, weights-only. tests/test_inference_speaker.py checks the embeddings equal
Resemblyzer's.

Resemblyzer's preprocessing: resample to 16 kHz, raise (never lower) the level to -30 dBFS, shorten silences
with webrtcvad (30 ms windows, an 8-window moving average, voiced regions dilated by 6 windows); then the
utterance is cut into 1.6 s partials at 1.3 a second and their embeddings are averaged.
"""

from __future__ import annotations

import functools
import importlib.util
import threading
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16000
WINDOW = 400  # 25 ms
HOP = 160  # 10 ms
MELS = 40
PARTIAL_FRAMES = 160  # 1.6 s
PARTIALS_PER_SECOND = 1.3
MIN_COVERAGE = 0.75  # a last partial shorter than this share of its length is dropped
VAD_WINDOW = 480  # 30 ms
VAD_AVERAGE = 8
VAD_MAX_SILENCE = 6
TARGET_DBFS = -30.0
INT16_MAX = 2**15 - 1
EMBEDDING_SIZE = 256

_load_lock = threading.Lock()


def _weights_path() -> Path:
    spec = importlib.util.find_spec("resemblyzer")
    if spec is None or not spec.submodule_search_locations:
        from svcdesk.errors import WeightsMissing
        from svcdesk.messages import Message

        raise WeightsMissing(Message("the speaker encoder (the Resemblyzer package) is not installed"))
    return Path(next(iter(spec.submodule_search_locations))) / "pretrained.pt"


def _network():
    import torch
    from torch import nn

    class GE2E(nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = nn.LSTM(MELS, 256, 3, batch_first=True)
            self.linear = nn.Linear(256, EMBEDDING_SIZE)

        def forward(self, mels: torch.Tensor) -> torch.Tensor:
            _, (hidden, _) = self.lstm(mels)
            raw = torch.relu(self.linear(hidden[-1]))
            return raw / torch.norm(raw, dim=1, keepdim=True)

    return GE2E()


@functools.lru_cache(maxsize=1)
def _encoder_unlocked():
    from svcdesk.models.modules import skipped_random_init
    from svcdesk.models.safeload import safe_torch_load

    checkpoint = safe_torch_load(_weights_path(), "speaker encoder")
    state = {k: v for k, v in checkpoint["model_state"].items() if k.startswith(("lstm.", "linear."))}
    with skipped_random_init():
        network = _network()
    network.load_state_dict(state, strict=True)
    return network.eval()


def encoder():
    """The GE2E network, loaded once (shared between threads: inference only reads it)."""
    with _load_lock:
        return _encoder_unlocked()


@functools.lru_cache(maxsize=1)
def _mel_transform():
    import torchaudio

    # librosa.feature.melspectrogram's defaults: a periodic Hann window, centred frames padded with zeros
    # (librosa >= 0.10), power 2, Slaney mel scale and Slaney area normalisation.
    return torchaudio.transforms.MelSpectrogram(
        sample_rate=SAMPLE_RATE, n_fft=WINDOW, win_length=WINDOW, hop_length=HOP, n_mels=MELS, power=2.0,
        center=True, pad_mode="constant", norm="slaney", mel_scale="slaney", f_min=0.0, f_max=SAMPLE_RATE / 2)


def mel_frames(wav: np.ndarray) -> np.ndarray:
    """(frames, 40) power mel spectrogram of 16 kHz audio, as Resemblyzer's wav_to_mel_spectrogram."""
    import torch

    with torch.inference_mode():
        mel = _mel_transform()(torch.from_numpy(np.ascontiguousarray(wav, dtype=np.float32)))
    return mel.numpy().astype(np.float32).T


def _raise_level(wav: np.ndarray) -> np.ndarray:
    rms = np.sqrt(np.mean((wav * INT16_MAX) ** 2))
    change = TARGET_DBFS - 20 * np.log10(rms / INT16_MAX) if rms > 0 else 0.0
    return wav if change < 0 else wav * (10 ** (change / 20))


def _shorten_silences(wav: np.ndarray) -> np.ndarray:
    import webrtcvad
    from scipy.ndimage import binary_dilation

    wav = wav[:len(wav) - len(wav) % VAD_WINDOW]
    pcm = np.round(wav * INT16_MAX).astype("<i2").tobytes()
    vad = webrtcvad.Vad(3)
    voiced = np.array([vad.is_speech(pcm[start * 2:(start + VAD_WINDOW) * 2], sample_rate=SAMPLE_RATE)
                       for start in range(0, len(wav), VAD_WINDOW)], dtype=np.float64)
    # A moving average of VAD_AVERAGE windows, centred as Resemblyzer pads it, then rounded.
    padded = np.concatenate((np.zeros((VAD_AVERAGE - 1) // 2), voiced, np.zeros(VAD_AVERAGE // 2)))
    running = np.cumsum(padded)
    running[VAD_AVERAGE:] = running[VAD_AVERAGE:] - running[:-VAD_AVERAGE]
    mask = np.round(running[VAD_AVERAGE - 1:] / VAD_AVERAGE).astype(bool)
    mask = binary_dilation(mask, np.ones(VAD_MAX_SILENCE + 1))
    return wav[np.repeat(mask, VAD_WINDOW)]


def preprocess(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """16 kHz, level raised to -30 dBFS, long silences shortened."""
    from svcdesk.audio.io import resample

    wav = np.asarray(audio, dtype=np.float32)
    if sample_rate != SAMPLE_RATE:
        wav = resample(wav, sample_rate, SAMPLE_RATE)
    return _shorten_silences(_raise_level(wav))


def partial_slices(n_samples: int) -> list[tuple[int, int]]:
    """Mel frame ranges of the 1.6 s partials an utterance of `n_samples` is cut into (at least one)."""
    n_frames = int(np.ceil((n_samples + 1) / HOP))
    step = int(np.round((SAMPLE_RATE / PARTIALS_PER_SECOND) / HOP))
    starts = range(0, max(1, n_frames - PARTIAL_FRAMES + step + 1), step)
    slices = [(start, start + PARTIAL_FRAMES) for start in starts]
    last = slices[-1]
    coverage = (n_samples - last[0] * HOP) / ((last[1] - last[0]) * HOP)
    if coverage < MIN_COVERAGE and len(slices) > 1:
        slices = slices[:-1]
    return slices


def embed(wav16: np.ndarray) -> np.ndarray:
    """Unit-length embedding (256,) of a preprocessed 16 kHz utterance: the normalised mean of its partials'."""
    import torch

    slices = partial_slices(len(wav16))
    needed = slices[-1][1] * HOP
    if needed >= len(wav16):
        wav16 = np.pad(wav16, (0, needed - len(wav16)))
    mel = mel_frames(wav16)
    batch = np.stack([mel[start:end] for start, end in slices])
    with torch.inference_mode():
        partials = encoder()(torch.from_numpy(batch)).numpy()
    mean = partials.mean(axis=0)
    return (mean / np.linalg.norm(mean)).astype(np.float32)
