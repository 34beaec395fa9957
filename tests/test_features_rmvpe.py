"""RMVPE: state-dict layout of the published file, shapes with a random network, salience decoding,
the mel front end, and strict loading of rmvpe.pt-style files."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from svcdesk.errors import ModelFileError, WeightsMissing
from svcdesk.features import rmvpe
from svcdesk.features.pitch import extract_f0, frame_count



pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py


@pytest.fixture(scope="module")
def network():
    torch.manual_seed(0)
    return rmvpe.E2E().eval()


def test_state_dict_matches_the_published_file_layout(network):
    state = network.state_dict()
    # rmvpe.pt holds 741 entries, BatchNorm running stats and num_batches_tracked included.
    assert len(state) == 741
    assert round(sum(v.numel() for v in state.values()) / 1e6, 2) == 90.47
    assert state["unet.encoder.bn.weight"].shape == (1,)
    assert state["unet.intermediate.layers.0.conv.0.shortcut.weight"].shape == (512, 256, 1, 1)
    assert state["unet.decoder.layers.0.conv1.0.weight"].shape == (512, 256, 3, 3)
    assert state["unet.decoder.layers.4.conv2.0.conv.0.weight"].shape == (16, 32, 3, 3)
    assert state["cnn.weight"].shape == (3, 16, 3, 3)
    assert state["fc.0.gru.weight_ih_l0"].shape == (768, 384)
    assert state["fc.0.gru.weight_ih_l0_reverse"].shape == (768, 384)
    assert state["fc.1.weight"].shape == (360, 512)


@pytest.mark.parametrize("n_samples", [3200, 3200 + 77])
def test_random_network_shapes(network, n_samples):
    audio = np.random.default_rng(1).normal(0, 0.1, n_samples).astype(np.float32)
    model = rmvpe.RMVPE(network)
    salience = model.salience(audio)
    assert salience.shape == (frame_count(n_samples), 360)
    assert np.all((salience >= 0) & (salience <= 1))
    f0 = model.infer(audio)
    assert f0.shape == (frame_count(n_samples),)
    assert np.all((f0 == 0) | ((f0 > 30) & (f0 < 2100)))  # the 360 bins span about 32..1975 Hz


def cents_to_hz(cents):
    return 10.0 * 2.0 ** (np.asarray(cents) / 1200.0)


def test_decode_recovers_fractional_bins_from_a_constructed_salience():
    bins = np.arange(360)
    true_bins = np.array([3.0, 100.25, 180.5, 250.0, 356.7])
    salience = np.stack([0.9 * np.exp(-0.5 * ((bins - b) / 1.2) ** 2) for b in true_bins])
    f0 = rmvpe.decode_salience(salience)
    # A symmetric bump away from the edges decodes to its centre (cents = 20*bin + offset).
    interior = [1, 2, 3]
    expected = cents_to_hz(20.0 * true_bins[interior] + rmvpe.CENTS_OFFSET)
    assert f0[interior] == pytest.approx(expected, rel=2e-3)
    # Near the edges only the bins that exist count; check against the weighted mean by hand.
    for row in (0, 4):
        center = int(np.argmax(salience[row]))
        window = np.arange(max(center - 4, 0), min(center + 5, 360))
        weights = salience[row, window]
        cents = (weights * (20.0 * window + rmvpe.CENTS_OFFSET)).sum() / weights.sum()
        assert f0[row] == pytest.approx(cents_to_hz(cents), rel=1e-9)


def test_decode_uses_only_argmax_plus_minus_four_bins():
    salience = np.zeros((1, 360))
    salience[0, 200] = 0.8
    salience[0, 204] = 0.4  # inside the window: pulls the estimate up
    salience[0, 205] = 0.8 * 0.99  # outside the window: ignored
    f0 = rmvpe.decode_salience(salience)
    cents = (0.8 * (20 * 200) + 0.4 * (20 * 204)) / 1.2 + rmvpe.CENTS_OFFSET
    assert f0[0] == pytest.approx(cents_to_hz(cents), rel=1e-12)


def test_decode_voicing_threshold_is_exclusive_at_0_03():
    salience = np.zeros((4, 360))
    salience[0, 50] = 0.03
    salience[1, 50] = 0.0301
    salience[3, 50] = 0.5
    f0 = rmvpe.decode_salience(salience)
    assert f0[0] == 0 and f0[2] == 0
    assert f0[1] == pytest.approx(cents_to_hz(20 * 50 + rmvpe.CENTS_OFFSET))
    assert rmvpe.decode_salience(salience, threshold=0.6)[3] == 0


def test_mel_filterbank_equals_librosa_htk():
    import librosa

    reference = librosa.filters.mel(sr=16000, n_fft=1024, n_mels=128, fmin=30, fmax=8000, htk=True)
    ours = rmvpe._mel_basis("cpu").numpy()
    assert ours.shape == reference.shape
    np.testing.assert_allclose(ours, reference, atol=1e-6, rtol=1e-4)


def test_loads_fp16_file_strictly_and_runs_through_extract_f0(network, tmp_path):
    path = tmp_path / "rmvpé weights" / "rmvpe.pt"
    path.parent.mkdir()
    with open(path, "wb") as handle:
        torch.save({k: (v.half() if v.is_floating_point() else v) for k, v in network.state_dict().items()}, handle)
    loaded = rmvpe.load_rmvpe(path)
    original = network.state_dict()
    for key, value in loaded.network.state_dict().items():
        assert value.dtype == original[key].dtype
        expected = original[key].half().to(value.dtype) if value.is_floating_point() else original[key]
        assert torch.equal(value, expected), key
    audio = np.random.default_rng(2).normal(0, 0.1, 3200).astype(np.float32)
    f0 = extract_f0(audio, "rmvpe", model_path=path, voicing_threshold=0.0)
    assert f0.shape == (frame_count(3200),)
    reference = loaded.infer(audio, threshold=0.0)
    np.testing.assert_array_equal(f0, np.where((reference >= 50) & (reference <= 1100), reference, 0).astype(np.float32))


def test_wrong_shapes_and_missing_keys_are_named(network, tmp_path):
    state = dict(network.state_dict())
    state["cnn.weight"] = torch.zeros(4, 16, 3, 3)
    del state["fc.1.bias"]
    path = tmp_path / "bad.pt"
    with open(path, "wb") as handle:
        torch.save(state, handle)
    with pytest.raises(ModelFileError, match=r"1 missing: fc.1.bias.*1 with the wrong shape: cnn.weight"):
        rmvpe.load_rmvpe(path)


def test_missing_weights_raise_weights_missing(tmp_path, monkeypatch):
    with pytest.raises(WeightsMissing) as info:
        rmvpe.load_rmvpe(tmp_path / "nowhere.pt")
    assert info.value.asset == "rmvpe"
    monkeypatch.setattr(rmvpe, "_registry_path", lambda name: None)
    with pytest.raises(WeightsMissing, match="RMVPE weights missing") as info:
        extract_f0(np.zeros(16000, dtype=np.float32), "rmvpe")
    assert info.value.asset == "rmvpe" and "svcdesk assets download rmvpe" in str(info.value)
