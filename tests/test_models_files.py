"""RVC model files and svcdesk checkpoints: formats, strict shape checks, hostile pickles, round trips, CLI."""

from __future__ import annotations

import dataclasses
import os
import pickle
import sys
from pathlib import Path

import pytest
import torch

from svcdesk.cli import main as cli_main
from svcdesk.errors import ModelFileError
from svcdesk.models.checkpoint import build_models, load_checkpoint, save_checkpoint
from svcdesk.models.config import ModelConfig
from svcdesk.models.discriminator import MultiPeriodDiscriminator
from svcdesk.models.rvcfile import (
    expected_shapes, load_discriminator_weights, load_generator_weights, load_voice, recognise_generator,
    save_rvc_checkpoint, save_voice,
)
from svcdesk.models.synthesizer import Synthesizer

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py


def _fp16_rounded(model: torch.nn.Module) -> torch.nn.Module:
    """Weights that survive fp16 storage unchanged, so a round trip can be compared exactly."""
    with torch.no_grad():
        for tensor in model.state_dict().values():
            tensor.copy_(tensor.half().float())
    return model


def _tiny(seed=0, **kwargs) -> Synthesizer:
    torch.manual_seed(seed)
    return _fp16_rounded(Synthesizer.from_model_config(ModelConfig.tiny(**kwargs))).eval()


def _render(model: Synthesizer, frames: int = 16, seed: int = 3) -> torch.Tensor:
    gen = torch.Generator().manual_seed(seed)
    cfg = model.config
    features = torch.randn(1, frames, cfg.feature_dim, generator=gen)
    pitch = torch.randint(1, 256, (1, frames), generator=gen)
    f0 = torch.rand(1, frames, generator=gen) * 300 + 80
    return model.infer(features, torch.tensor([frames]), pitch, f0, torch.tensor([1]),
                       generator=torch.Generator().manual_seed(seed))


def _raw(path):
    with open(path, "rb") as handle:
        return torch.load(handle, weights_only=True)


def test_save_voice_writes_rvc_inference_format(tmp_path):
    model = _tiny()
    path = save_voice(tmp_path / "Stimme ü.pth", model, info="20epoch", metadata={"model_name": "demo", "epoch": 20})
    data = _raw(path)
    assert set(data) == {"weight", "config", "info", "sr", "f0", "version", "model_name", "epoch"}
    assert data["sr"] == "40k" and data["f0"] == 1 and data["version"] == "v2" and data["info"] == "20epoch"
    assert data["config"][-1] == 40000 and isinstance(data["config"][-1], int)
    assert data["config"][1] == 32 and data["config"][15] == 4 and len(data["config"]) == 18
    assert not any("enc_q" in k for k in data["weight"])
    assert all(v.dtype == torch.float16 for v in data["weight"].values())
    assert set(data["weight"]) == {k for k in model.state_dict() if not k.startswith("enc_q.")}
    assert not list(tmp_path.glob(".*.tmp"))
    assert next(iter(model.parameters())).dtype == torch.float32  # the live model is untouched


def test_round_trip_gives_identical_audio(tmp_path):
    model = _tiny()
    expected = _render(model)
    voice = load_voice(save_voice(tmp_path / "v.pth", model))
    assert (voice.sample_rate, voice.version, voice.has_pitch, voice.speakers) == (40000, "v2", True, 4)
    assert voice.kind == "inference" and voice.config == model.config
    assert voice.config_list == model.config.rvc_config_list()
    assert torch.equal(_render(voice.synthesizer), expected)
    # The prepared CPU path reorders float sums (channels-last convs): equal to rounding, not bit for bit.
    torch.testing.assert_close(_render(voice.synthesizer.prepare_for_inference()), expected, rtol=0, atol=1e-5)


def test_loader_tolerates_ecosystem_variants(tmp_path):
    model = _tiny()
    path = save_voice(tmp_path / "v.pth", model)
    data = _raw(path)
    data["sr"] = 40000  # Applio writes an int
    data["config"][15] = 109  # RVC stores 109 whatever the rows are
    data.pop("f0")  # missing f0 means pitch
    data.update(model_hash="abc", speakers_id=0, vocoder="HiFi-GAN", creation_date="2024-01-01")
    data["weight"] = {k.replace(".weight_g", ".parametrizations.weight.original0")
                      .replace(".weight_v", ".parametrizations.weight.original1"): v for k, v in data["weight"].items()}
    torch.save(data, tmp_path / "applio.pth")
    voice = load_voice(tmp_path / "applio.pth")
    assert voice.has_pitch and voice.speakers == 4 and voice.metadata["model_hash"] == "abc"
    assert torch.equal(_render(voice.synthesizer), _render(model))


def test_folded_weights_are_accepted(tmp_path):
    model = _tiny()
    data = _raw(save_voice(tmp_path / "v.pth", model))
    weights = {}
    for key, value in data["weight"].items():
        if key.endswith(".weight_v"):
            g = data["weight"][key[:-1] + "g"].float()
            weights[key[: -len("_v")]] = torch._weight_norm(value.float(), g, 0)
        elif not key.endswith(".weight_g"):
            weights[key] = value
    data["weight"] = weights
    torch.save(data, tmp_path / "folded.pth")
    torch.testing.assert_close(_render(load_voice(tmp_path / "folded.pth").synthesizer), _render(model),
                               rtol=0, atol=1e-4)


def test_v1_and_no_pitch_files_are_recognised(tmp_path):
    no_pitch = _tiny(has_pitch=False)
    voice = load_voice(save_voice(tmp_path / "np.pth", no_pitch))
    assert not voice.has_pitch and not any("m_source" in k for k in voice.synthesizer.state_dict())
    v1 = Synthesizer.from_model_config(ModelConfig.from_rvc_config(ModelConfig.tiny().rvc_config_list(),
                                                                   version="v1"))
    data = _raw(save_voice(tmp_path / "v1.pth", v1))
    data.pop("version")  # the reference writes no version for v1
    torch.save(data, tmp_path / "v1_old.pth")
    voice = load_voice(tmp_path / "v1_old.pth")
    assert voice.version == "v1" and voice.config.feature_dim == 256
    data["version"] = "v2"  # a v1 body marked v2 must not load as v2
    torch.save(data, tmp_path / "liar.pth")
    with pytest.raises(ModelFileError, match="256-dim"):
        load_voice(tmp_path / "liar.pth")


def test_shape_and_key_problems_are_named(tmp_path):
    data = _raw(save_voice(tmp_path / "v.pth", _tiny()))
    broken = dict(data, weight=dict(data["weight"]))
    del broken["weight"]["dec.ups.0.weight_g"]
    broken["weight"]["dec.bogus.weight"] = torch.zeros(1)
    broken["weight"]["enc_p.proj.weight"] = torch.zeros(3, 3, 1)
    torch.save(broken, tmp_path / "broken.pth")
    with pytest.raises(ModelFileError) as info:
        load_voice(tmp_path / "broken.pth")
    message = str(info.value)
    assert "dec.ups.0.weight_g" in message and "dec.bogus.weight" in message and "enc_p.proj.weight (3, 3, 1)" in message
    for content, match in ((b"", "not a readable"), (b"not a pickle at all", "not"), (None, "not found")):
        target = tmp_path / "bad.pth"
        if content is None:
            target.unlink()
        else:
            target.write_bytes(content)
        with pytest.raises(ModelFileError, match=match):
            load_voice(target)
    huge = dict(data, config=list(data["config"]))
    huge["config"][0] = 10**9  # spec_channels sizes only enc_q, which inference files lack
    torch.save(huge, tmp_path / "huge.pth")
    with pytest.raises(ModelFileError, match="spec_channels"):
        load_voice(tmp_path / "huge.pth")
    huge["config"][0], huge["config"][3] = data["config"][0], 10**6  # hidden_channels: caught on the meta device
    torch.save(huge, tmp_path / "huge.pth")
    with pytest.raises(ModelFileError, match="wrong shape"):
        load_voice(tmp_path / "huge.pth")
    torch.save([1, 2, 3], tmp_path / "list.pth")
    with pytest.raises(ModelFileError, match="not a dict"):
        load_voice(tmp_path / "list.pth")


class _Hostile:
    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.system, (f"touch '{self.marker}'",))


class _HostileOpen:
    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


@pytest.mark.parametrize("writer", ["torch.save", "pickle"])
@pytest.mark.parametrize("payload", [_Hostile, _HostileOpen])
def test_hostile_pickle_is_refused_and_runs_nothing(tmp_path, writer, payload):
    marker = tmp_path / "pwned"
    evil = {"weight": {"emb_g.weight": torch.zeros(1, 1)}, "config": payload(marker), "f0": 1}
    path = tmp_path / "evil.pth"
    if writer == "torch.save":
        torch.save(evil, path)
    else:
        path.write_bytes(pickle.dumps(evil, protocol=2))
    with pytest.raises(ModelFileError, match="not a safe|not a readable"):
        load_voice(path)
    with pytest.raises(ModelFileError):
        load_checkpoint(path)
    assert not marker.exists()


@pytest.mark.parametrize("sample_rate,has_pitch,version", [(32000, True, "v2"), (48000, True, "v1"),
                                                            (40000, False, "v2")])
def test_rvc_generator_architecture_recognised_from_shapes(sample_rate, has_pitch, version):
    config = dataclasses.replace(ModelConfig.rvc_v2(sample_rate, has_pitch), version=version,
                                 feature_dim=768 if version == "v2" else 256, spk_embed_dim=7)
    state = {k: torch.empty(shape, device="meta") for k, shape in expected_shapes(config).items()}
    assert recognise_generator(state) == config
    state["dec.conv_pre.weight"] = torch.empty(5, 5, 5, device="meta")
    with pytest.raises(ModelFileError, match="dec.conv_pre.weight"):
        recognise_generator(state)


def test_pretrained_base_layout_loads_strictly(tmp_path):
    """A file laid out like f0G40k.pth (fp16 state dict incl. enc_q under `model`); full size, never run."""
    torch.manual_seed(0)
    base = Synthesizer.from_model_config(ModelConfig.rvc_v2(40000))
    torch.save({"model": {k: v.half() for k, v in base.state_dict().items()}, "iteration": 0,
                "learning_rate": 1e-4}, tmp_path / "f0G40k.pth")
    voice = load_voice(tmp_path / "f0G40k.pth")
    assert voice.kind == "rvc-checkpoint" and voice.config == ModelConfig.rvc_v2(40000)
    assert voice.parameter_count == 36_458_818
    loaded = voice.synthesizer.state_dict()
    for key in ("enc_q.pre.weight", "dec.ups.0.weight_v", "emb_g.weight"):
        assert torch.equal(loaded[key], base.state_dict()[key].half().float())


def test_rvc_training_checkpoints_round_trip(tmp_path):
    generator, disc = _tiny(), MultiPeriodDiscriminator.tiny()
    opt = torch.optim.AdamW(disc.parameters(), lr=1e-4, betas=(0.8, 0.99), eps=1e-9)
    save_rvc_checkpoint(tmp_path / "G_100.pth", generator, iteration=5)
    save_rvc_checkpoint(tmp_path / "D_100.pth", disc, iteration=5, optimizer=opt)
    other_g, other_d = _tiny(seed=1), MultiPeriodDiscriminator.tiny()
    meta = load_generator_weights(tmp_path / "G_100.pth", other_g)
    load_discriminator_weights(tmp_path / "D_100.pth", other_d)
    assert meta.iteration == 5 and meta.learning_rate == pytest.approx(1e-4)
    assert torch.equal(_render(other_g), _render(generator))
    for a, b in zip(other_d.state_dict().values(), disc.state_dict().values()):
        assert torch.equal(a, b)
    with pytest.raises(ModelFileError, match="does not fit the discriminator"):
        load_discriminator_weights(tmp_path / "G_100.pth", other_d)
    with pytest.raises(ModelFileError, match="dec.ups.0.weight_v"):
        load_generator_weights(tmp_path / "G_100.pth", _tiny(sample_rate=48000))


def test_training_checkpoint_round_trip(tmp_path):
    generator, disc = _tiny(), MultiPeriodDiscriminator.tiny()
    opt_g = torch.optim.AdamW(generator.parameters(), lr=1e-4)
    opt_d = torch.optim.AdamW(disc.parameters(), lr=1e-4)
    sched_g = torch.optim.lr_scheduler.ExponentialLR(opt_g, 0.999875)
    generator.train()
    y_hat = generator.dec(torch.randn(1, 32, 4), torch.full((1, 4), 200.0), g=torch.zeros(1, 16, 1))
    y_hat.pow(2).mean().backward()
    opt_g.step()
    sched_g.step()
    scaler = torch.amp.GradScaler("cpu", enabled=False)
    extra = {"rng": torch.get_rng_state(), "best_score": 1.5, "sampler": [3, 1, 2]}
    path = save_checkpoint(tmp_path / "ckpt.pt", generator, generator.config, step=7, epoch=2, discriminator=disc,
                           optimizer_g=opt_g, optimizer_d=opt_d, scheduler_g=sched_g, scaler=scaler,
                           config={"batch_size": 4}, extra=extra)
    loaded = load_checkpoint(path)
    assert (loaded.step, loaded.epoch, loaded.config, loaded.model_config) == (7, 2, {"batch_size": 4},
                                                                               generator.config)
    assert torch.equal(loaded.extra["rng"], extra["rng"]) and loaded.extra["sampler"] == [3, 1, 2]
    new_opt = torch.optim.AdamW(generator.parameters(), lr=1e-4)
    new_opt.load_state_dict(loaded.optimizer_g)
    restored, original = new_opt.state_dict()["state"], opt_g.state_dict()["state"]
    assert restored and restored.keys() == original.keys()
    index = next(iter(original))
    assert torch.equal(restored[index]["exp_avg"], original[index]["exp_avg"])
    assert loaded.scheduler_g["last_epoch"] == 1
    g2, d2 = build_models(loaded)
    assert torch.equal(_render(g2.eval()), _render(generator.eval()))
    assert d2.state_dict().keys() == disc.state_dict().keys()
    assert load_voice(path).kind == "svcdesk-checkpoint"


def test_checkpoint_refuses_values_weights_only_cannot_read(tmp_path):
    import numpy as np

    generator = _tiny()
    with pytest.raises(TypeError, match=r"\['extra'\]\['np'\]"):
        save_checkpoint(tmp_path / "c.pt", generator, generator.config, 1, 0, extra={"np": np.zeros(3)})
    assert not (tmp_path / "c.pt").exists()
    state = _raw(save_checkpoint(tmp_path / "c.pt", generator, generator.config, 1, 0))
    state["format_version"] = 99
    torch.save(state, tmp_path / "future.pt")
    with pytest.raises(ModelFileError, match="newer"):
        load_checkpoint(tmp_path / "future.pt")


def test_cli_model_info_and_export(tmp_path, capsys):
    generator = _tiny()
    save_checkpoint(tmp_path / "c.pt", generator, generator.config, 1, 0)
    assert cli_main(["model", "export", str(tmp_path / "c.pt"), str(tmp_path / "voice.pth")]) == 0
    capsys.readouterr()
    assert cli_main(["model", "info", str(tmp_path / "voice.pth")]) == 0
    out = capsys.readouterr().out
    for expected in ("v2", "40000 Hz", "pitch:       yes", "speakers:    4",
                     f"{sum(v.numel() for k, v in generator.state_dict().items() if 'enc_q' not in k):,}",
                     "problems:    none"):
        assert expected in out
    data = _raw(tmp_path / "voice.pth")
    data["weight"]["dec.conv_post.weight"][0, 0, 0] = float("nan")
    torch.save(data, tmp_path / "nan.pth")
    assert cli_main(["model", "info", str(tmp_path / "nan.pth")]) == 0
    assert "NaN" in capsys.readouterr().out
    save_rvc_checkpoint(tmp_path / "D_1.pth", MultiPeriodDiscriminator.tiny(), iteration=1)
    assert cli_main(["model", "info", str(tmp_path / "D_1.pth")]) == 1  # narrower than RVC's discriminator
    err = capsys.readouterr().err
    assert "discriminator" in err and "wrong shape" in err
    (tmp_path / "junk.pth").write_bytes(b"\x00" * 10)
    assert cli_main(["model", "info", str(tmp_path / "junk.pth")]) == 1
    assert "junk.pth" in capsys.readouterr().err


@pytest.mark.parametrize("init", ["none", "posterior"])
def test_loading_without_random_init_gives_the_same_model(tmp_path, init):
    """A voice built without the random fills its file overwrites equals one built the usual way and loaded:
    every parameter and every buffer (non-persistent ones included), and the audio it renders."""
    import torch

    from svcdesk.models.config import ModelConfig
    from svcdesk.models.synthesizer import Synthesizer

    config = ModelConfig.tiny(40000)
    torch.manual_seed(3)
    source = Synthesizer.from_model_config(config)
    state = source.state_dict()
    if init == "posterior":
        state = {k: v for k, v in state.items() if not k.startswith("enc_q.")}
    usual = Synthesizer.from_model_config(config)
    usual.load_state_dict(state, strict=init == "none")
    fast = Synthesizer.from_model_config(config, init=init)
    fast.load_state_dict(state, strict=init == "none")
    for (name, a), (_, b) in zip(usual.named_buffers(), fast.named_buffers()):
        assert torch.equal(a, b), name
    for name, tensor in usual.state_dict().items():
        if not name.startswith("enc_q.") or init == "none":
            assert torch.equal(tensor, fast.state_dict()[name]), name
    if init == "posterior":
        assert all(torch.isfinite(p).all() for p in fast.enc_q.parameters()), "enc_q is initialised, not garbage"
    frames = 20
    inputs = (torch.randn(1, frames, 768), torch.tensor([frames]), torch.randint(1, 255, (1, frames)),
              torch.full((1, frames), 200.0), torch.tensor([0]))
    torch.manual_seed(0)
    expected = usual.eval().infer(*inputs)
    torch.manual_seed(0)
    assert torch.equal(fast.eval().infer(*inputs), expected)
