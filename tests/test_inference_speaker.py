"""The speaker-similarity embedding equals Resemblyzer's, computed without librosa (no numba compile on first use)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import soundfile as sf

from svcdesk.inference import speaker


@pytest.fixture
def speech(espeak_phrases):
    path, _ = espeak_phrases
    audio, rate = sf.read(path, dtype="float32")
    return audio[: rate * 8], rate


def test_preprocessing_and_mel_equal_resemblyzers(speech):
    from resemblyzer import audio as reference

    wav, rate = speech
    theirs = reference.preprocess_wav(wav, source_sr=rate)
    ours = speaker.preprocess(wav, rate)
    assert len(ours) == len(theirs)
    np.testing.assert_allclose(ours, theirs, atol=2e-4)
    np.testing.assert_allclose(speaker.mel_frames(theirs), reference.wav_to_mel_spectrogram(theirs),
                               rtol=1e-3, atol=1e-6)


@pytest.mark.parametrize("seconds", [0.5, 1.6, 3.7, 8.0])
def test_partials_and_embedding_equal_resemblyzers(speech, seconds):
    from resemblyzer import VoiceEncoder, preprocess_wav

    wav, rate = speech
    clip = preprocess_wav(wav[: int(rate * seconds)], source_sr=rate)
    theirs_slices, _ = VoiceEncoder.compute_partial_slices(len(clip), 1.3, 0.75)
    assert [(s.start // 160, s.stop // 160) for s in theirs_slices] == speaker.partial_slices(len(clip))
    expected = VoiceEncoder("cpu", verbose=False).embed_utterance(clip)
    got = speaker.embed(clip)
    assert got.shape == (256,) and abs(np.linalg.norm(got) - 1) < 1e-5
    assert float(np.dot(got, expected)) > 0.99999


def test_the_similarity_path_never_imports_librosa(tmp_path):
    probe = ("import sys, numpy as np; from svcdesk.inference.scores import reference_embedding; "
             "x = (0.3 * np.sin(2 * np.pi * 200 * np.arange(48000) / 16000)).astype(np.float32); "
             "reference_embedding([(x, 16000)]); print('librosa' in sys.modules, 'numba' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_numba_caches_in_the_users_folder(tmp_path):
    """librosa's numba code (training augmentation) caches in svcdesk's own cache folder, never in site-packages."""
    import os

    env = {**os.environ, "SVCDESK_HOME": str(tmp_path / "home"), "NUMBA_CACHE_DIR": ""}
    probe = "import svcdesk, numba; print(numba.config.CACHE_DIR)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "home" / "cache" / "numba")
    from svcdesk import warmup

    assert warmup.needs_warm_up() is False, "the tests switch the background compile off"
