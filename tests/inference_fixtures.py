"""Voices, encoders and sounds shared by the tests/test_inference_*.py files."""

from __future__ import annotations

import types

import numpy as np
import pytest

SR16 = 16000


def sung_tone(seconds: float = 2.0, f0: float = 220.0, rate: int = SR16, gaps: tuple[float, ...] = ()) -> np.ndarray:
    """A harmonic 'vowel' with light vibrato; `gaps` are centres of 150 ms silences (breaths between notes)."""
    t = np.arange(int(seconds * rate)) / rate
    freq = f0 * (1.0 + 0.01 * np.sin(2 * np.pi * 5.0 * t))
    phase = 2 * np.pi * np.cumsum(freq) / rate
    audio = sum((0.5 / k) * np.sin(k * phase) for k in range(1, 8))
    envelope = np.ones_like(t)
    for centre in gaps:
        envelope *= 1.0 - np.exp(-0.5 * ((t - centre) / 0.04) ** 2)
    return (0.4 * audio * envelope / np.max(np.abs(audio))).astype(np.float32)


class LocalEncoder:
    """A stand-in content encoder whose frame j depends only on samples [320j, 320j+400) (like HuBERT's
    front end, unlike its global attention): with it, chunked conversion must equal unchunked exactly."""

    identity = "test-local-encoder"
    dim = 768

    def __init__(self):
        self.basis = np.random.default_rng(7).standard_normal(768).astype(np.float32)

    def encode(self, audio: np.ndarray) -> np.ndarray:
        frames = max(0, (len(audio) - 400) // 320 + 1)
        starts = np.arange(frames) * 320
        windows = np.stack([audio[s:s + 400] for s in starts]) if frames else np.zeros((0, 400), np.float32)
        level = np.sqrt(np.mean(windows.astype(np.float64) ** 2, axis=1)).astype(np.float32)
        return level[:, None] * self.basis[None, :]


class LocalSynthesizer:
    """A stand-in generator that maps each frame to `upp` samples from that frame's features and f0 only,
    smoothed by a short FIR: local, deterministic, pitch-aware."""

    def __init__(self, upp: int, speakers: int = 1):
        import torch

        self.upp = upp
        self.emb_g = types.SimpleNamespace(weight=torch.zeros(speakers, 4))

    def infer(self, features, lengths, pitch, f0, speaker, noise_scale=0.66666, generator=None):
        import torch

        frame_value = features[..., 0] * 0.1 + f0 / 2000.0
        samples = frame_value.repeat_interleave(self.upp, dim=1)[:, None, :]
        kernel = torch.ones(1, 1, 9) / 9.0
        return torch.nn.functional.conv1d(samples, kernel, padding=4)

    def iter_infer(self, *args, keep=None, **kwargs):
        """Synthesizer.iter_infer's shape: a generator that returns the audio of the `keep` frames (this one
        reports nothing)."""
        audio = self.infer(*args, **kwargs)
        return audio[..., keep[0] * self.upp: keep[1] * self.upp] if keep is not None else audio
        yield


def local_voice(sample_rate: int = 40000, upp: int = 400):
    config = types.SimpleNamespace(feature_dim=768, upsample_factor=upp, version="v2")
    return types.SimpleNamespace(synthesizer=LocalSynthesizer(upp), config=config, sample_rate=sample_rate,
                                 has_pitch=True)


def random_voice_file(path, sample_rate: int = 40000, seed: int = 0):
    """A tiny RVC v2 voice with random weights, written in the RVC inference format."""
    import torch

    from svcdesk.models.config import ModelConfig
    from svcdesk.models.rvcfile import save_voice
    from svcdesk.models.synthesizer import Synthesizer

    torch.manual_seed(seed)
    return save_voice(path, Synthesizer.from_model_config(ModelConfig.tiny(sample_rate)))


def pitch_following_voice_file(path, sample_rate: int = 40000, source_gain: float = 3.0):
    """A tiny RVC v2 voice whose decoder passes only the NSF harmonic source to the output.

    Every decoder weight is zero except the source mixer, the last noise conv (source -> channel 0,
    plus a constant +0.5 on both channels so the LeakyReLU before conv_post stays linear) and a
    centre-tap conv_post computing channel0 - channel1. The output is then tanh(har_source): a sine at
    exactly the f0 the pipeline feeds the NSF branch. That is what a trained RVC model does with pitch,
    built deterministically instead of by a training run whose outcome could vary, and the weights go
    through the real file format, loader and generator code. `source_gain` 0 gives a mute voice."""
    import torch

    from svcdesk.models.config import ModelConfig
    from svcdesk.models.rvcfile import save_voice
    from svcdesk.models.synthesizer import Synthesizer

    torch.manual_seed(0)
    synth = Synthesizer.from_model_config(ModelConfig.tiny(sample_rate))
    state = synth.state_dict()
    last = len(synth.config.upsample_rates) - 1
    with torch.no_grad():
        for key, value in state.items():
            if not key.startswith("dec.") or key.endswith("weight_v"):
                continue
            value.zero_()
        state["dec.m_source.l_linear.weight"].fill_(source_gain)
        weight = state[f"dec.noise_convs.{last}.weight"]
        weight[0, 0, 0] = 1.0
        state[f"dec.noise_convs.{last}.bias"][:2] = 0.5
        centre = state["dec.conv_post.weight"].shape[-1] // 2
        state["dec.conv_post.weight"][0, 0, centre] = 1.0
        state["dec.conv_post.weight"][0, 1, centre] = -1.0
    synth.load_state_dict(state)
    return save_voice(path, synth)


