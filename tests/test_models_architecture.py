"""Generator and discriminator: RVC v2 state-dict compatibility, formulas of spec 1, tiny forward/backward."""

from __future__ import annotations

import math

import pytest
import torch

from svcdesk.models.attention import MultiHeadAttention, absolute_to_band, band_to_absolute
from svcdesk.models.config import ModelConfig
from svcdesk.models.discriminator import MultiPeriodDiscriminator
from svcdesk.models.nsf import SourceModuleHnNSF, sine_phase
from svcdesk.models.synthesizer import Synthesizer

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py

# Size checks published with the reference implementation (spec header).
FULL_SIZES = {
    40000: (560, 36_458_818, 457, 27_537_346),
    48000: (560, 37_638_466, 457, 28_716_994),
    32000: (560, 36_880_706, 457, 28_057_538),
}


def _shapes(module: torch.nn.Module) -> dict[str, tuple[int, ...]]:
    return {k: tuple(v.shape) for k, v in module.state_dict().items()}


@pytest.mark.parametrize("sample_rate", sorted(FULL_SIZES))
def test_full_generator_matches_rvc_sizes(sample_rate):
    shapes = _shapes(Synthesizer.from_model_config(ModelConfig.rvc_v2(sample_rate)))
    entries, params, inf_entries, inf_params = FULL_SIZES[sample_rate]
    assert len(shapes) == entries
    assert sum(math.prod(s) for s in shapes.values()) == params
    inference = {k: s for k, s in shapes.items() if "enc_q" not in k}
    assert len(inference) == inf_entries
    assert sum(math.prod(s) for s in inference.values()) == inf_params
    assert sum(k.endswith(".weight_g") for k in shapes) == 137
    assert not any("parametrizations" in k for k in shapes)
    assert {k.split(".")[0] for k in shapes} == {"enc_p", "dec", "enc_q", "flow", "emb_g"}


def test_full_generator_spot_shapes_40k():
    shapes = _shapes(Synthesizer.from_rvc_config(ModelConfig.rvc_v2(40000).rvc_config_list()))
    expected = {
        "dec.ups.0.weight_g": (512, 1, 1),
        "dec.ups.0.weight_v": (512, 256, 16),
        "dec.ups.3.weight_v": (64, 32, 4),
        "enc_p.encoder.attn_layers.0.emb_rel_k": (1, 21, 96),
        "enc_p.encoder.attn_layers.5.emb_rel_v": (1, 21, 96),
        "enc_p.encoder.norm_layers_1.0.gamma": (192,),
        "enc_p.encoder.norm_layers_2.5.beta": (192,),
        "enc_p.encoder.ffn_layers.0.conv_1.weight": (768, 192, 3),
        "enc_p.emb_phone.weight": (192, 768),
        "enc_p.emb_pitch.weight": (256, 192),
        "enc_p.proj.weight": (384, 192, 1),
        "dec.m_source.l_linear.weight": (1, 1),
        "dec.m_source.l_linear.bias": (1,),
        "dec.noise_convs.0.weight": (256, 1, 80),
        "dec.noise_convs.1.weight": (128, 1, 8),
        "dec.noise_convs.2.weight": (64, 1, 4),
        "dec.noise_convs.3.weight": (32, 1, 1),
        "dec.conv_pre.weight": (512, 192, 7),
        "dec.cond.weight": (512, 256, 1),
        "dec.conv_post.weight": (1, 32, 7),
        "dec.resblocks.11.convs1.2.weight_v": (32, 32, 11),
        "enc_q.enc.cond_layer.weight_v": (6144, 256, 1),
        "enc_q.pre.weight": (192, 1025, 1),
        "enc_q.enc.res_skip_layers.15.weight_v": (192, 192, 1),
        "enc_q.enc.res_skip_layers.14.weight_v": (384, 192, 1),
        "flow.flows.6.enc.cond_layer.weight_g": (1152, 1, 1),
        "flow.flows.0.post.weight": (96, 192, 1),
        "emb_g.weight": (109, 256),
    }
    for key, shape in expected.items():
        assert shapes[key] == shape, key
    assert "dec.conv_post.bias" not in shapes
    assert not any(k.startswith("flow.flows.1.") for k in shapes)


def test_full_discriminator_matches_rvc_sizes():
    shapes = _shapes(MultiPeriodDiscriminator())
    assert len(shapes) == 165
    assert sum(math.prod(s) for s in shapes.values()) == 71_410_594
    assert shapes["discriminators.0.convs.1.weight_v"] == (64, 4, 41)
    assert shapes["discriminators.0.conv_post.weight_g"] == (1, 1, 1)
    assert shapes["discriminators.8.convs.0.weight_v"] == (32, 1, 5, 1)
    assert shapes["discriminators.8.conv_post.weight_v"] == (1, 1024, 3, 1)
    tiny = _shapes(MultiPeriodDiscriminator.tiny())
    assert tiny.keys() == shapes.keys()


def test_config_list_round_trip_matches_spec_40k():
    spec_list = [1025, 32, 192, 192, 768, 2, 6, 3, 0, "1", [3, 7, 11], [[1, 3, 5]] * 3, [10, 10, 2, 2], 512,
                 [16, 16, 4, 4], 109, 256, 40000]
    assert ModelConfig.rvc_v2(40000).rvc_config_list() == spec_list
    assert ModelConfig.from_rvc_config(spec_list) == ModelConfig.rvc_v2(40000)
    with_tag = spec_list[:-1] + ["48k"]
    assert ModelConfig.from_rvc_config(with_tag).sample_rate == 48000
    assert ModelConfig.from_rvc_config(ModelConfig.rvc_v2(48000).rvc_config_list()).segment_size == 36
    assert ModelConfig.from_rvc_config(spec_list, version="v1").feature_dim == 256
    with pytest.raises(ValueError):
        ModelConfig.from_rvc_config(spec_list[:-1])


def _naive_relative_attention(attn: MultiHeadAttention, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Spec 1.2 written out element by element, O(T^2) loops."""
    batch, channels, length = x.shape
    heads, dim, window = attn.n_heads, attn.k_channels, attn.window_size
    q, k, v = attn.conv_q(x), attn.conv_k(x), attn.conv_v(x)
    ek, ev = attn.emb_rel_k[0], attn.emb_rel_v[0]
    out = torch.zeros(batch, channels, length, dtype=x.dtype)
    for b in range(batch):
        for h in range(heads):
            qs = q[b, h * dim:(h + 1) * dim] / math.sqrt(dim)
            ks = k[b, h * dim:(h + 1) * dim]
            vs = v[b, h * dim:(h + 1) * dim]
            for i in range(length):
                scores = torch.empty(length, dtype=x.dtype)
                for j in range(length):
                    s = qs[:, i] @ ks[:, j]
                    if abs(j - i) <= window:
                        s = s + qs[:, i] @ ek[j - i + window]
                    scores[j] = s if mask[b, i] and mask[b, j] else -1e4
                p = torch.softmax(scores, 0)
                o = vs @ p
                for j in range(length):
                    if abs(j - i) <= window:
                        o = o + p[j] * ev[j - i + window]
                out[b, h * dim:(h + 1) * dim, i] = o
    return attn.conv_o(out)


@pytest.mark.parametrize("length", [5, 27])
def test_relative_attention_equals_naive_formula(length):
    torch.manual_seed(1)
    attn = MultiHeadAttention(8, 8, n_heads=2, window_size=10).double()
    with torch.no_grad():
        attn.emb_rel_k.normal_()
        attn.emb_rel_v.normal_()
    x = torch.randn(2, 8, length, dtype=torch.float64)
    valid = torch.ones(2, length, dtype=torch.bool)
    valid[1, length - 2:] = False
    attn_mask = (valid[:, None, :, None] & valid[:, None, None, :]).double()
    with torch.no_grad():
        fast = attn(x, attn_mask)
        slow = _naive_relative_attention(attn, x, valid)
    torch.testing.assert_close(fast, slow, rtol=1e-9, atol=1e-9)


def test_band_absolute_skews_are_inverse_on_the_band():
    torch.manual_seed(2)
    band = torch.randn(3, 7, 9)  # T=7, window 4
    absolute = band_to_absolute(band, 4)
    for i in range(7):
        for j in range(7):
            expected = band[:, i, j - i + 4] if abs(j - i) <= 4 else torch.zeros(3)
            assert torch.equal(absolute[:, i, j], expected)
    back = absolute_to_band(absolute, 4)
    for i in range(7):
        for r in range(-4, 5):
            expected = band[:, i, r + 4] if 0 <= i + r < 7 else torch.zeros(3)
            assert torch.equal(back[:, i, r + 4], expected)


def test_nsf_phase_is_running_sum_of_frame_f0():
    f0 = torch.tensor([[0.0, 110.0, 220.5, 440.0, 0.0, 1000.0] * 50])
    upp, sr = 40, 16000
    phase = sine_phase(f0, upp, sr)
    held = f0.to(torch.float64).repeat_interleave(upp, dim=1)
    reference = torch.cumsum(held / sr, dim=1)
    # Same angle: equal modulo whole cycles.
    diff = torch.remainder(phase.to(torch.float64) - reference + 0.5, 1.0) - 0.5
    assert diff.abs().max() < 1e-5
    assert phase.abs().max() <= 1.0 + upp * 1000.0 / sr  # wrapped per frame, never a growing float32 sum


def test_nsf_source_voiced_sine_and_unvoiced_noise():
    source = SourceModuleHnNSF(sample_rate=8000)
    with torch.no_grad():
        source.l_linear.weight.fill_(1.0)
        source.l_linear.bias.zero_()
    upp, frames = 80, 200
    f0 = torch.zeros(1, frames)
    f0[0, :100] = 200.0
    with torch.no_grad():
        out = source(f0, upp, generator=torch.Generator().manual_seed(0))
    assert out.shape == (1, 1, frames * upp)
    excitation = torch.atanh(out[0, 0].double())
    n = torch.arange(1, 100 * upp + 1, dtype=torch.float64)
    sine = 0.1 * torch.sin(2 * math.pi * 200.0 * n / 8000)
    voiced_noise = excitation[: 100 * upp] - sine
    assert float(voiced_noise.std()) == pytest.approx(0.003, rel=0.05)
    assert float(excitation[100 * upp:].std()) == pytest.approx(0.1 / 3, rel=0.05)


def _tiny_batch(cfg: ModelConfig, frames=(48, 40), seed=0):
    gen = torch.Generator().manual_seed(seed)
    batch, length = len(frames), max(frames)
    return dict(
        features=torch.randn(batch, length, cfg.feature_dim, generator=gen),
        lengths=torch.tensor(frames),
        pitch=torch.randint(1, 256, (batch, length), generator=gen),
        f0=torch.rand(batch, length, generator=gen) * 300 + 80,
        spec=torch.rand(batch, cfg.spec_channels, length, generator=gen),
        speaker=torch.tensor([0, 1][:batch]),
    )


def test_tiny_forward_backward_reaches_every_submodule():
    torch.manual_seed(0)
    cfg = ModelConfig.tiny()
    model = Synthesizer.from_model_config(cfg)
    b = _tiny_batch(cfg)
    y_hat, ids_slice, x_mask, z_mask, (z, z_p, m_p, logs_p, m_q, logs_q) = model(
        b["features"], b["lengths"], b["pitch"], b["f0"], b["spec"], b["lengths"], b["speaker"])
    assert y_hat.shape == (2, 1, cfg.segment_size * cfg.upsample_factor)
    assert ids_slice.dtype == torch.long and ((ids_slice >= 0) & (ids_slice <= b["lengths"] - cfg.segment_size)).all()
    assert x_mask.shape == z_mask.shape == (2, 1, 48)
    assert x_mask[1, 0, 40:].sum() == 0 and x_mask[1, 0, :40].all()
    for t in (z, z_p, m_p, logs_p, m_q, logs_q):
        assert t.shape == (2, cfg.inter_channels, 48)
    loss = y_hat.abs().mean() + ((z_p - m_p) ** 2 * z_mask).mean() + logs_q.mean() + m_q.mean()
    loss.backward()
    for prefix in ("enc_p.emb_phone", "enc_p.emb_pitch", "enc_p.encoder.attn_layers.0.emb_rel_k", "dec.ups.0.weight_g",
                   "dec.m_source.l_linear", "dec.noise_convs.0", "enc_q.enc.in_layers.0", "flow.flows.0.post",  # enc sits behind the zero-initialised post
                   "emb_g"):
        grads = [p.grad for n, p in model.named_parameters() if n.startswith(prefix)]
        assert grads and all(g is not None and torch.isfinite(g).all() for g in grads), prefix
        assert any(g.abs().sum() > 0 for g in grads), prefix


def test_tiny_infer_is_reproducible_and_folding_changes_nothing():
    torch.manual_seed(0)
    cfg = ModelConfig.tiny(32000)
    model = Synthesizer.from_model_config(cfg).eval()
    b = _tiny_batch(cfg)
    args = (b["features"], b["lengths"], b["pitch"], b["f0"], b["speaker"])
    plain = model.infer(*args, generator=torch.Generator().manual_seed(5))
    assert plain.shape == (2, 1, 48 * 320)
    assert plain.abs().max() <= 1.0 and plain.abs().max() > 0
    keys_before = _shapes(model)
    model.prepare_for_inference()
    assert model.dec._plan is not None  # the channels-last CPU fast path is in use
    folded = model.infer(*args, generator=torch.Generator().manual_seed(5))
    torch.testing.assert_close(folded, plain, rtol=0, atol=1e-5)
    other_noise = model.infer(*args, generator=torch.Generator().manual_seed(6))
    assert not torch.allclose(other_noise, plain)
    assert _shapes(model) == keys_before  # saving a folded model still writes weight_g / weight_v
    model.train()
    assert model.dec._plan is None and model.flow.flows[0].enc.in_layers[0].folded_weight is None
    model.prepare_for_inference()
    # A loaded state must not be shadowed by a stale folded weight or plan.
    donor = Synthesizer.from_model_config(cfg)
    model.load_state_dict(donor.state_dict())
    torch.testing.assert_close(model.infer(*args, generator=torch.Generator().manual_seed(5)),
                               donor.eval().infer(*args, generator=torch.Generator().manual_seed(5)))


def test_planned_decoder_in_tiles_equals_one_pass(monkeypatch):
    """Long inputs decode in tiles with context; the seams must be invisible, and the context must matter."""
    import svcdesk.models.generator as generator_module

    torch.manual_seed(3)
    cfg = ModelConfig.tiny()
    dec = Synthesizer.from_model_config(cfg).eval().dec
    dec.build_inference_plan()
    frames = 150
    x = torch.randn(1, cfg.inter_channels, frames)
    f0 = torch.rand(1, frames) * 300 + 80
    f0[:, 40:70] = 0  # an unvoiced stretch across a seam
    g = torch.randn(1, cfg.gin_channels, 1)

    def decode():
        with torch.no_grad():
            return dec(x, f0, g, generator=torch.Generator().manual_seed(7))

    one_pass = decode()
    monkeypatch.setattr(generator_module, "PLANNED_TILE_BYTES", 4 * dec._plan.floats_per_frame * 20)
    tiled = decode()  # tiles of 20 frames: 8 seams
    assert tiled.shape == one_pass.shape == (1, 1, frames * dec.upp)
    scale = one_pass.abs().max().item()  # a random tiny decoder is quiet: compare relative to its level
    torch.testing.assert_close(tiled, one_pass, rtol=0, atol=1e-5 * scale)
    dec._plan.halo_frames = 1  # too little context: the seams show, so the comparison above has teeth
    assert (decode() - one_pass).abs().max() > 1e-2 * scale


@pytest.mark.parametrize("planned", [True, False])
def test_decoding_only_the_kept_frames_equals_that_part_of_the_whole(monkeypatch, planned):
    """Conversion decodes only the frames it keeps of a chunk's context: those samples are as in the whole decode
    (the NSF phase and noise included), tiled or not, planned or not."""
    import svcdesk.models.generator as generator_module
    from svcdesk.utils.jobs import run_to_end

    torch.manual_seed(4)
    cfg = ModelConfig.tiny()
    dec = Synthesizer.from_model_config(cfg).eval().dec
    if planned:
        dec.build_inference_plan()
        monkeypatch.setattr(generator_module, "PLANNED_TILE_BYTES", 4 * dec._plan.floats_per_frame * 20)
    frames, keep = 150, (37, 121)
    x = torch.randn(1, cfg.inter_channels, frames)
    f0 = torch.rand(1, frames) * 300 + 80
    g = torch.randn(1, cfg.gin_channels, 1)

    def decode(**kwargs):
        with torch.no_grad():
            return run_to_end(dec.iter_decode(x, f0, g, generator=torch.Generator().manual_seed(7), **kwargs))

    whole = decode()
    kept = decode(keep=keep)
    assert kept.shape == (1, 1, (keep[1] - keep[0]) * dec.upp)
    scale = whole.abs().max().item()
    torch.testing.assert_close(kept, whole[..., keep[0] * dec.upp: keep[1] * dec.upp], rtol=0, atol=1e-5 * scale)
    with pytest.raises(ValueError):
        decode(keep=(10, frames + 1))


def test_planned_decoding_reports_within_each_tile():
    """A tile of a full-size voice takes seconds on a CPU: the planned decoder yields after each residual block
    (what conversion's progress and its Cancel wait for), rising by the blocks' cost and ending at the total."""
    from svcdesk.utils.jobs import run_to_end

    torch.manual_seed(5)
    cfg = ModelConfig.tiny()
    dec = Synthesizer.from_model_config(cfg).eval().dec
    dec.build_inference_plan()
    frames = 40  # one tile
    x = torch.randn(1, cfg.inter_channels, frames)
    f0 = torch.rand(1, frames) * 300 + 80
    g = torch.randn(1, cfg.gin_channels, 1)
    with torch.no_grad():
        steps = dec.iter_decode(x, f0, g, generator=torch.Generator().manual_seed(1))
        reports = []
        while True:
            try:
                reports.append(next(steps))
            except StopIteration as finished:
                audio = finished.value
                break
        whole = run_to_end(dec.iter_decode(x, f0, g, generator=torch.Generator().manual_seed(1)))
    assert len(reports) == len(dec.resblocks)
    done = [d for d, total in reports]
    assert all(total == frames for _, total in reports) and done == sorted(done) and done[-1] == frames
    # Each block's share is its multiply-adds at its stage's rate: not an even split per block.
    shares = dec._plan.block_shares
    assert done == [int(share * frames) for share in shares] and shares[-1] == pytest.approx(1.0)
    even = [(n + 1) / len(shares) for n in range(len(shares))]
    assert max(abs(a - b) for a, b in zip(shares, even)) > 0.05
    torch.testing.assert_close(audio, whole, rtol=0, atol=0)


@pytest.mark.parametrize("variant", ["no-pitch", "v1", "resblock2"])
def test_variants_build_run_and_have_rvc_keys(variant):
    import dataclasses

    cfg = ModelConfig.tiny(has_pitch=variant != "no-pitch")
    if variant == "v1":
        cfg = ModelConfig.from_rvc_config(cfg.rvc_config_list(), version="v1")
    if variant == "resblock2":
        cfg = dataclasses.replace(cfg, resblock="2", resblock_dilation_sizes=((1, 3),) * 3)
    model = Synthesizer.from_model_config(cfg).eval()
    keys = model.state_dict().keys()
    if variant == "no-pitch":
        assert not any("emb_pitch" in k or "m_source" in k or "noise_convs" in k for k in keys)
    elif variant == "v1":
        assert model.state_dict()["enc_p.emb_phone.weight"].shape == (32, 256)
    else:
        assert "dec.resblocks.0.convs.1.weight_v" in keys and not any("convs1" in k for k in keys)
    b = _tiny_batch(cfg, frames=(30,))
    args = (b["features"], b["lengths"], b["pitch"], b["f0"], b["speaker"])
    out = model.infer(*args, generator=torch.Generator().manual_seed(0))
    assert out.shape == (1, 1, 30 * 400)
    prepared = model.prepare_for_inference().infer(*args, generator=torch.Generator().manual_seed(0))
    torch.testing.assert_close(prepared, out, rtol=0, atol=1e-5)
    model.train()
    pitch, f0 = (None, None) if variant == "no-pitch" else (b["pitch"], b["f0"])
    y_hat = model(b["features"], b["lengths"], pitch, f0, b["spec"], b["lengths"], b["speaker"])[0]
    assert y_hat.shape == (1, 1, cfg.segment_size * 400)


def test_tiny_discriminator_outputs():
    disc = MultiPeriodDiscriminator.tiny()
    y, y_hat = torch.randn(2, 1, 4001), torch.randn(2, 1, 4001, requires_grad=True)
    y_d_rs, y_d_gs, fmap_rs, fmap_gs = disc(y, y_hat)
    assert len(y_d_rs) == len(y_d_gs) == len(fmap_rs) == len(fmap_gs) == 9
    assert [len(f) for f in fmap_rs] == [7] + [6] * 8
    for real, fake in zip(y_d_rs, y_d_gs):
        assert real.shape == fake.shape and real.shape[0] == 2
    # Real and generated halves are independent: the real logits do not depend on y_hat.
    y_d_rs[0].sum().backward(retain_graph=True)
    assert y_hat.grad is None or y_hat.grad.abs().sum() == 0
    sum(g.sum() for g in y_d_gs).backward()
    assert y_hat.grad.abs().sum() > 0


@pytest.mark.parametrize("period", [2, 3, 7])
def test_folded_period_discriminator_equals_the_2d_reference(period):
    """Short periods run as matrix products on the CPU, their outputs in column order: the same values as
    RVC's (B, C, H, period) layout once permuted, and every loss gradient unchanged."""
    from svcdesk.models.discriminator import DiscriminatorP, _run_stack

    torch.manual_seed(period)
    disc = DiscriminatorP(period, channel_divisor=8)
    x = torch.randn(3, 1, 1001)

    def reference(x):  # RVC's formulation: reflect-pad to a multiple of the period, view as an image, 2-D convs
        if x.shape[-1] % period:
            x = torch.nn.functional.pad(x, (0, period - x.shape[-1] % period), "reflect")
        return _run_stack(disc.convs, disc.conv_post, x.view(3, 1, -1, period))

    results = []
    for forward in (disc, reference):
        disc.zero_grad()
        x_in = x.clone().requires_grad_()
        logits, fmap = forward(x_in)
        (logits.square().mean() + sum(f.abs().mean() for f in fmap)).backward()
        grads = [p.grad.clone() for p in disc.parameters()]
        results.append((logits, fmap, x_in.grad, grads))
    (logits, fmap, x_grad, grads), (ref_logits, ref_fmap, ref_x_grad, ref_grads) = results
    fmap = [f.permute(0, 3, 2, 1) for f in fmap]  # (B, period, H, C) -> RVC's (B, C, H, period)
    assert [f.shape for f in fmap] == [f.shape for f in ref_fmap]
    torch.testing.assert_close(logits.view(3, period, -1).transpose(1, 2).reshape(3, -1), ref_logits,
                               rtol=1e-5, atol=1e-6)
    for ours, ref in zip(fmap, ref_fmap):
        torch.testing.assert_close(ours, ref, rtol=1e-5, atol=1e-6)
    torch.testing.assert_close(x_grad, ref_x_grad, rtol=1e-4, atol=1e-7)
    for ours, ref in zip(grads, ref_grads):
        torch.testing.assert_close(ours, ref, rtol=1e-4, atol=1e-6)


def test_weight_norm_layers_match_torch_weight_norm():
    from svcdesk.models.weightnorm import WNConv1d, WNConvTranspose1d

    torch.manual_seed(4)
    for ours, theirs, x in (
        (WNConv1d(6, 8, 5, dilation=3, padding=6), torch.nn.Conv1d(6, 8, 5, dilation=3, padding=6),
         torch.randn(2, 6, 40)),
        (WNConvTranspose1d(8, 4, 16, 10, padding=3), torch.nn.ConvTranspose1d(8, 4, 16, 10, padding=3),
         torch.randn(2, 8, 7)),
    ):
        theirs = torch.nn.utils.parametrizations.weight_norm(theirs)
        with torch.no_grad():
            theirs.parametrizations.weight.original0.mul_(1.7)  # g no longer equal to |v|
        state = {k.replace("parametrizations.weight.original0", "weight_g")
                 .replace("parametrizations.weight.original1", "weight_v"): v for k, v in theirs.state_dict().items()}
        ours.load_state_dict(state)
        assert ours.weight_g.shape == theirs.parametrizations.weight.original0.shape
        torch.testing.assert_close(ours(x), theirs(x))
