"""Training-step throughput of the full 40k generator + discriminator at batch 4, 12,800-sample windows, on CPU.

Compares svcdesk's step (`svcdesk.training.trainer._Trainer.train_step`) with a plain implementation of the
reference step on the same models, weights and batch. "Plain" does what RVC's train loop does each step:
- the discriminator runs real and generated audio separately, every period as a 2-D convolution over the
  (B, 1, L / period, period) image (ours batches the halves and runs periods up to 7 as matrix products);
- the optimisers are `torch.optim.AdamW(params, lr, betas, eps)` as RVC creates them (ours are fused);
- the real mel is the mel of the whole clip's spectrogram, sliced afterwards (ours slices first);
- the discriminator keeps `requires_grad` during the generator's backward (its weight gradients are computed
  and thrown away);
- the gradient norm is summed in Python with one `.item()` per parameter (RVC's `clip_grad_value_`), and
  every loss is turned into a float (`.item()`) each step.
Then a torch.profiler summary of the top 10 ops of one svcdesk step (1 thread).

Run: .venv/bin/python benchmarks/bench_train_step.py [--steps N] [--threads 0,1] [--precision fp32,bf16]
(N timed steps for the first precision, 1 for the others: a full-size CPU step takes about a minute.)
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from svcdesk.config import TrainingConfig  # noqa: E402
from svcdesk.training import losses  # noqa: E402
from svcdesk.training.trainer import TrainHooks, _Trainer  # noqa: E402

CLIP_SECONDS = 3.7  # the reference slices training audio into 3.7 s pieces


def make_trainer(precision: str, runs_dir: Path) -> _Trainer:
    from training_helpers import synthetic_sources

    config = TrainingConfig(run=f"bench-{precision}", batch_size=4, steps=10**6, precision=precision,
                            val_fraction=0.0, min_val_segments=0, mute_clips=0, device="cpu")
    return _Trainer(config, synthetic_sources(4, seconds=CLIP_SECONDS), runs_dir, TrainHooks(), None)


def plain_discriminator(D, y, y_hat):
    """RVC's MultiPeriodDiscriminatorV2.forward on the same modules: each half on its own, every period 2-D."""
    import torch.nn.functional as F

    from svcdesk.models.discriminator import DiscriminatorP, _run_stack

    def run(disc, x):
        if not isinstance(disc, DiscriminatorP):
            return disc(x)
        b, c, t = x.shape
        if t % disc.period:
            x = F.pad(x, (0, disc.period - t % disc.period), "reflect")
        return _run_stack(disc.convs, disc.conv_post, x.view(b, c, -1, disc.period))

    y_d_rs, y_d_gs, fmap_rs, fmap_gs = [], [], [], []
    for disc in D.discriminators:
        for signal, logits, fmaps in ((y, y_d_rs, fmap_rs), (y_hat, y_d_gs, fmap_gs)):
            out = run(disc, signal)
            logits.append(out[0])
            fmaps.append(out[1])
    return y_d_rs, y_d_gs, fmap_rs, fmap_gs


def plain_step(t: _Trainer, G, D, opt_g, opt_d, batch, autocast) -> dict:
    """One reference-style step (see the module docstring) on a prepared batch."""
    from svcdesk.models.mel import linear_to_mel, mel_spectrogram, spectrogram
    from svcdesk.models.synthesizer import slice_segments

    p = t.spec_params
    spec = spectrogram(batch.audio, p.n_fft, p.hop, p.win)[..., : batch.content.shape[1]]
    with autocast():
        y_hat, ids, _, z_mask, (_, z_p, m_p, logs_p, _, logs_q) = G(
            batch.content, batch.lengths, batch.coarse, batch.f0, spec, batch.lengths, batch.speaker)
        mel = linear_to_mel(spec.float(), p.sample_rate, p.n_fft, p.n_mels)  # whole clip, then sliced
        y_mel = slice_segments(mel, ids, t.segment)
        y = slice_segments(batch.audio, ids * t.hop, t.segment * t.hop)
        real_d, fake_d, _, _ = plain_discriminator(D, y, y_hat.detach())
        loss_d = losses.discriminator_loss(real_d, fake_d)
    opt_d.zero_grad()
    loss_d.backward()
    norm_d = sum(p_.grad.data.norm(2).item() ** 2 for p_ in D.parameters() if p_.grad is not None) ** 0.5
    opt_d.step()
    with autocast():
        real_d, fake_d, fmap_r, fmap_g = plain_discriminator(D, y, y_hat)
        with torch.autocast("cpu", enabled=False):
            y_hat_mel = mel_spectrogram(y_hat.float(), p)
            loss_mel = losses.mel_loss(y_hat_mel, y_mel)
            loss_kl = losses.kl_loss(z_p, logs_q, m_p, logs_p, z_mask)
        loss_fm = losses.feature_matching_loss(fmap_r, fmap_g)
        loss_adv = losses.generator_adversarial_loss(fake_d)
        loss_g = loss_adv + loss_fm + loss_mel + loss_kl
    opt_g.zero_grad()
    loss_g.backward()
    norm_g = sum(p_.grad.data.norm(2).item() ** 2 for p_ in G.parameters() if p_.grad is not None) ** 0.5
    opt_g.step()
    return {"g/total": loss_g.item(), "g/mel": loss_mel.item(), "g/kl": loss_kl.item(), "g/fm": loss_fm.item(),
            "g/adv": loss_adv.item(), "d/total": loss_d.item(), "grad_norm/g": norm_g, "grad_norm/d": norm_d}


def time_alternating(variants: dict, count: int) -> dict[str, tuple[float, float]]:
    """{name: (wall seconds, process CPU seconds) per step}, after one warm-up step each (allocator, oneDNN caches).

    The variants take turns step by step, so a machine that speeds up or slows down during the run (a shared
    host, turbo) shifts both alike instead of skewing the ratio. CPU time is the fairer figure on a shared
    machine: other processes stretch the wall clock, not it.
    """
    for step in variants.values():
        step()
    totals = {name: [0.0, 0.0] for name in variants}
    for _ in range(count):
        for name, step in variants.items():
            wall, cpu = time.perf_counter(), time.process_time()
            step()
            totals[name][0] += time.perf_counter() - wall
            totals[name][1] += time.process_time() - cpu
    return {name: (wall / count, cpu / count) for name, (wall, cpu) in totals.items()}


def bench(precision: str, steps: int, runs_dir: Path, profile: bool) -> tuple[float, float]:
    torch.manual_seed(0)
    t = make_trainer(precision, runs_dir)
    # The plain step trains its own copy of the same initial weights (one more copy of the 107 M parameters).
    G, D = copy.deepcopy(t.G), copy.deepcopy(t.D)
    c = t.config
    kwargs = dict(lr=c.learning_rate, betas=tuple(c.adam_betas), eps=c.adam_eps)  # RVC's optimiser call
    opt_g, opt_d = torch.optim.AdamW(G.parameters(), **kwargs), torch.optim.AdamW(D.parameters(), **kwargs)
    batch, _, _ = t.data.next_batch()
    t.sampler.load_state_dict({"epoch": 0, "index": 0, "batch_size": 4, "seed": c.seed})

    def ours():
        t.train_step().tolist()  # one log point per step: the same synchronisation as the plain step's .item()s

    timings = time_alternating(
        {"svcdesk": ours, "plain": lambda: plain_step(t, G, D, opt_g, opt_d, batch, t.autocast)}, steps)
    ours_s, plain_s = timings["svcdesk"], timings["plain"]
    samples = t.sampler.batch_size
    for label, (wall, cpu) in (("svcdesk", ours_s), ("plain", plain_s)):
        print(f"{precision} {label:8s}: {1 / wall:.4f} steps/s, {samples / wall:.3f} samples/s ({wall:.1f} s/step wall, "
              f"{cpu:.1f} CPU-s/step)", flush=True)
    print(f"{precision} speed-up: {plain_s[0] / ours_s[0]:.2f}x wall, {plain_s[1] / ours_s[1]:.2f}x CPU time", flush=True)
    if profile:
        from torch.profiler import ProfilerActivity, profile as torch_profile

        with torch_profile(activities=[ProfilerActivity.CPU]) as prof:
            ours()
        print(f"\ntop 10 ops of one svcdesk {precision} step (self CPU time):")
        print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=10, max_name_column_width=40))
    t.close()
    return ours_s, plain_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=2, help="timed steps per variant (after one warm-up)")
    parser.add_argument("--threads", default="0,1",
                        help="comma-separated torch thread counts to measure; 0 = torch's default, every core, "
                             "which is how the app trains (default: 0,1)")
    parser.add_argument("--precision", default="fp32,bf16")
    args = parser.parse_args()
    all_cores = torch.get_num_threads()
    for threads in (int(n) for n in args.threads.split(",")):
        torch.set_num_threads(threads or all_cores)
        print(f"\ntorch {torch.__version__}, {torch.get_num_threads()} threads, batch 4, 12,800-sample windows, "
              f"{CLIP_SECONDS} s clips, full 40k G + D, CPU", flush=True)
        np.random.seed(0)
        with tempfile.TemporaryDirectory() as tmp:
            for i, precision in enumerate(args.precision.split(",")):
                bench(precision.strip(), args.steps if i == 0 else 1, Path(tmp), profile=i == 0 and threads == 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
