"""Content encoder: layer-12 features, the fairseq and Transformers loaders (synthetic checkpoints
renamed from a random model), the restricted unpickler, missing weights and the demo encoder.

Loader tests swap HuBERT-Base for a tiny network with the same module tree (so the same key
names, 12 layers) to stay fast; the demo test runs the real-size architecture once."""

from __future__ import annotations

import pickle
import re
import sys
import types

import numpy as np
import pytest
import torch

from svcdesk.errors import ModelFileError, WeightsMissing
from svcdesk.features import content
from svcdesk.features.content import ContentEncoder, content_frame_count, load_content_encoder

from features_helpers import tiny_hubert


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py

@pytest.fixture
def tiny_arch(monkeypatch):
    monkeypatch.setattr(content, "build_hubert_base", tiny_hubert)


@pytest.fixture(scope="module")
def source_model():
    torch.manual_seed(3)
    model = tiny_hubert().eval()
    # Non-trivial norms and biases, so a mix-up of two LayerNorms would show.
    with torch.no_grad():
        for name, value in model.state_dict().items():
            if name.endswith(("layer_norm.weight", "layer_norm.bias", ".bias")):
                value.copy_(torch.randn_like(value) * 0.5 + (1.0 if name.endswith("weight") else 0.0))
    return model


@pytest.fixture(scope="module")
def audio():
    return np.random.default_rng(0).normal(0, 0.1, 8000).astype(np.float32)


def to_fairseq(state: dict) -> dict:
    """torchaudio key names -> fairseq HuBERT names, as hubert_base.pt stores them."""
    out = {}
    for key, value in state.items():
        key = re.sub(r"^feature_extractor\.conv_layers\.0\.layer_norm\.", "feature_extractor.conv_layers.0.2.", key)
        key = re.sub(r"^feature_extractor\.conv_layers\.(\d+)\.conv\.", r"feature_extractor.conv_layers.\1.0.", key)
        key = key.replace("encoder.feature_projection.projection.", "post_extract_proj.")
        key = key.replace("encoder.feature_projection.layer_norm.", "layer_norm.")
        key = key.replace("encoder.transformer.pos_conv_embed.conv.parametrizations.weight.original0", "encoder.pos_conv.0.weight_g")
        key = key.replace("encoder.transformer.pos_conv_embed.conv.parametrizations.weight.original1", "encoder.pos_conv.0.weight_v")
        key = key.replace("encoder.transformer.pos_conv_embed.conv.bias", "encoder.pos_conv.0.bias")
        key = key.replace("encoder.transformer.layer_norm.", "encoder.layer_norm.")
        key = key.replace("encoder.transformer.layers.", "encoder.layers.")
        key = key.replace(".attention.", ".self_attn.")
        key = re.sub(r"^(encoder\.layers\.\d+)\.layer_norm\.", r"\1.self_attn_layer_norm.", key)
        key = key.replace(".feed_forward.intermediate_dense.", ".fc1.").replace(".feed_forward.output_dense.", ".fc2.")
        out[key] = value.clone()
    out["mask_emb"] = torch.zeros(32)
    out["label_embs_concat"] = torch.zeros(504, 16)
    out["final_proj.weight"] = torch.zeros(16, 32)
    out["final_proj.bias"] = torch.zeros(16)
    return out


def to_transformers(state: dict, prefix: str = "", legacy_weight_norm: bool = True) -> dict:
    """torchaudio key names -> Transformers HubertModel names."""
    out = {}
    for key, value in state.items():
        key = key.replace("encoder.feature_projection.", "feature_projection.")
        key = key.replace("encoder.transformer.", "encoder.")
        if legacy_weight_norm:
            key = key.replace("pos_conv_embed.conv.parametrizations.weight.original0", "pos_conv_embed.conv.weight_g")
            key = key.replace("pos_conv_embed.conv.parametrizations.weight.original1", "pos_conv_embed.conv.weight_v")
        out[prefix + key] = value.clone().contiguous()
    out[prefix + "masked_spec_embed"] = torch.zeros(32)
    return out


class Hostile:
    def __reduce__(self):
        import os

        return (os.system, ("echo pwned > hostile_ran.txt",))


def fake_namespace_class():
    """An argparse.Namespace look-alike living in a module that will not exist when the file is
    read back, as fairseq's classes do not on a machine without fairseq."""
    module = types.ModuleType("fairseq_not_installed")

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    module.Namespace = type("Namespace", (), {"__init__": __init__, "__module__": module.__name__})
    return module


def save_with_missing_module_class(build_checkpoint, path, zip_format: bool = True) -> None:
    module = fake_namespace_class()
    sys.modules[module.__name__] = module
    try:
        with open(path, "wb") as handle:
            torch.save(build_checkpoint(module.Namespace), handle, _use_new_zipfile_serialization=zip_format)
    finally:
        del sys.modules[module.__name__]


def reference_features(model, audio) -> np.ndarray:
    return ContentEncoder(model, identity="reference").encode(audio)


def test_features_are_the_last_layer_with_no_final_norm(source_model, audio):
    features = reference_features(source_model, audio)
    assert features.shape == (content_frame_count(len(audio)), 32) == (24, 32)
    with torch.no_grad():
        full, _ = source_model(torch.from_numpy(audio)[None])
        layers, _ = source_model.extract_features(torch.from_numpy(audio)[None])
    np.testing.assert_allclose(features, full[0].numpy(), atol=1e-6)
    np.testing.assert_allclose(features, layers[11][0].numpy(), atol=1e-6)
    assert not np.allclose(features, layers[10][0].numpy(), atol=1e-3)


def test_content_frame_count_matches_spec():
    assert content_frame_count(48000) == 149
    assert content_frame_count(400) == 1 and content_frame_count(399) == 0


@pytest.mark.parametrize("zip_format", [True, False], ids=["zip", "legacy-pickle"])
def test_fairseq_checkpoint_with_foreign_classes_loads_through_the_restricted_unpickler(
        tiny_arch, source_model, audio, tmp_path, monkeypatch, zip_format):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "hubert_base ünïcode.pt"
    save_with_missing_module_class(lambda namespace: {
        "args": namespace(label_rate=50, layer_norm_first=False),
        "cfg": {"model": {"_name": "hubert"}, "task": namespace(sample_rate=16000)},
        "hostile": Hostile(),
        "model": to_fairseq(source_model.state_dict()),
        "optimizer_history": [{"criterion_name": "HubertCriterion"}],
    }, path, zip_format)
    assert "fairseq_not_installed" not in sys.modules
    with open(path, "rb") as handle, pytest.raises(pickle.UnpicklingError):
        torch.load(handle, weights_only=True)  # proves the fallback path is the one exercised

    encoder = load_content_encoder(path)
    assert not (tmp_path / "hostile_ran.txt").exists(), "a global from the file was executed"
    assert not encoder.is_demo and encoder.identity.startswith("hubert-base:")
    np.testing.assert_array_equal(encoder.encode(audio), reference_features(source_model, audio))


def test_fairseq_fp16_checkpoint_is_cast_to_float(tiny_arch, source_model, audio, tmp_path):
    path = tmp_path / "hubert_base.pt"
    with open(path, "wb") as handle:
        torch.save({"model": {k: v.half() for k, v in to_fairseq(source_model.state_dict()).items()}}, handle)
    encoder = load_content_encoder(path)
    assert all(p.dtype == torch.float32 for p in encoder.model.parameters())
    np.testing.assert_allclose(encoder.encode(audio), reference_features(source_model, audio), atol=0.05)


@pytest.mark.parametrize("layout", ["safetensors-folder", "bin-with-prefix-and-parametrizations"])
def test_transformers_layout_loads(tiny_arch, source_model, audio, tmp_path, layout):
    folder = tmp_path / "content-vec-best"
    folder.mkdir()
    if layout == "safetensors-folder":
        from safetensors.torch import save_file

        save_file(to_transformers(source_model.state_dict()), str(folder / "model.safetensors"))
        target = folder
    else:
        state = to_transformers(source_model.state_dict(), prefix="hubert.", legacy_weight_norm=False)
        state["final_proj.weight"] = torch.zeros(16, 32)
        target = folder / "pytorch_model.bin"
        with open(target, "wb") as handle:
            torch.save(state, handle)
    encoder = load_content_encoder(target)
    np.testing.assert_array_equal(encoder.encode(audio), reference_features(source_model, audio))


def test_wrong_shapes_and_unknown_keys_are_named(tiny_arch, source_model, tmp_path):
    state = to_fairseq(source_model.state_dict())
    state["encoder.layers.3.fc1.weight"] = torch.zeros(7, 32)
    state["encoder.speaker_adapter.weight"] = torch.zeros(3)
    del state["encoder.layers.0.fc2.bias"]
    path = tmp_path / "odd.pt"
    with open(path, "wb") as handle:
        torch.save({"model": state}, handle)
    with pytest.raises(ModelFileError) as info:
        load_content_encoder(path)
    message = str(info.value)
    assert "layers.0.feed_forward.output_dense.bias" in message
    assert "encoder.speaker_adapter.weight" in message
    assert "layers.3.feed_forward.intermediate_dense.weight (7, 32)" in message


def test_not_a_hubert_file_is_refused(tmp_path):
    path = tmp_path / "other.pt"
    with open(path, "wb") as handle:
        torch.save({"weight": torch.zeros(2)}, handle)
    with pytest.raises(ModelFileError, match="not a HuBERT"):
        load_content_encoder(path)


def test_missing_weights_explain_the_fix(monkeypatch, tmp_path):
    monkeypatch.setattr(content, "registry_path", lambda name: None)
    with pytest.raises(WeightsMissing) as info:
        load_content_encoder()
    assert info.value.asset == "contentvec"
    message = str(info.value)
    assert message.startswith("ContentVec weights missing")
    assert "hubert_base.pt" in message and "svcdesk assets download contentvec" in message
    with pytest.raises(WeightsMissing):
        load_content_encoder(tmp_path / "absent.pt")


def test_batches_of_equal_and_unequal_lengths_match_single_clips(source_model):
    rng = np.random.default_rng(5)
    clips = [rng.normal(0, 0.1, n).astype(np.float32) for n in (4000, 4000, 5600, 300)]
    encoder = ContentEncoder(source_model, identity="reference")
    batched = encoder.encode_batch(clips)
    for clip, features in zip(clips, batched):
        np.testing.assert_allclose(features, encoder.encode(clip), atol=1e-5)
    assert batched[3].shape[0] == 0


def test_demo_encoder_is_seeded_flagged_and_leaves_the_global_rng_alone(audio):
    torch.manual_seed(11)
    expected_next = torch.rand(1)
    torch.manual_seed(11)
    demo = load_content_encoder(demo=True)
    assert torch.rand(1) == expected_next
    assert demo.is_demo and demo.identity.startswith("demo-")
    assert sum(p.numel() for p in demo.model.parameters()) > 90_000_000  # real HuBERT-Base size
    features = demo.encode(audio)
    assert features.shape == (24, 768) and np.isfinite(features).all()
    again = load_content_encoder(demo=True)
    np.testing.assert_array_equal(again.encode(audio), features)
