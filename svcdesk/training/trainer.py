"""The training loop: `train(config, ...) -> Iterator[TrainEvent]`, the RVC v2 recipe (spec section 3).

A plain generator: the CLI iterates it and prints, the GUI runs it in its one worker thread. It
yields at every step (StepMetrics at log points, Progress otherwise) and before every checkpoint,
so closing it stops after the current step; by default it then saves `latest` (the GUI's Stop).

Where it departs from the reference, on purpose:
- resume restores optimisers, GradScaler, step, RNG states and the sampler position (RVC repeats an epoch);
- the learning rate is a pure function of (step, epoch), set every step (nothing to drift on resume);
- the real mel comes from the sliced spectrogram, not a mel of the whole clip sliced afterwards;
- in the generator's step the discriminator sees the real audio without a graph and the fake audio with
  frozen weights (the reference back-propagated through both halves and threw the D gradients away);
- losses reach Python (`.item()`) only at log points.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import logging
import math
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np
import torch

from svcdesk.config import TrainingConfig, to_dict
from svcdesk.errors import SvcdeskError
from svcdesk.events import Notice, Progress
from svcdesk.training import ddp, losses, schedules
from svcdesk.models.checkpoint import load_checkpoint
from svcdesk.training.checkpoints import CheckpointFolder
from svcdesk.training.data import (
    Augmentation, BucketSampler, ClipSource, ClipStore, TrainingData, collate, split_sources,
)
from svcdesk.messages import Message
from svcdesk.training.diagnostics import Diagnostics, DiagnosticsSettings
from svcdesk.training.events import CheckpointSaved, EvalResult, Finished, StepMetrics, TrainStarted, TrainWarning
from svcdesk.training.metrics import METRICS_FILE, MetricsWriter
from svcdesk.utils.atomic import write_json_atomic

log = logging.getLogger("svcdesk.training")

LOSS_NAMES = ("g/total", "g/mel", "g/kl", "g/fm", "g/adv", "d/total", "grad_norm/g", "grad_norm/d")
PREVIEW_SECONDS = 4.0


@dataclass
class TrainHooks:
    """Fault injection and instrumentation for tests and benchmarks.

    before_step(step) may raise (e.g. torch.cuda.OutOfMemoryError) to exercise the back-off;
    generator_loss(step, loss) may replace the generator's total loss (e.g. with NaN);
    after_step(step, generator, discriminator) sees the (unwrapped) models after each update.
    """

    before_step: Callable[[int], None] | None = None
    generator_loss: Callable[[int, torch.Tensor], torch.Tensor] | None = None
    after_step: Callable[[int, torch.nn.Module, torch.nn.Module], None] | None = None


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(name)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise SvcdeskError(Message("CUDA was requested but no CUDA GPU is available; use --device cpu"))
    return device


def _device_type(config: TrainingConfig) -> str:
    return "cuda" if torch.cuda.is_available() and not config.device.startswith("cpu") else "cpu"


def resolve_precision(name: str, device: torch.device) -> str:
    if name == "auto":
        if device.type == "cuda":
            return "bf16" if torch.cuda.is_bf16_supported() else "fp16"
        return "fp32"
    if name not in ("fp32", "fp16", "bf16"):
        raise SvcdeskError(Message("unknown precision {name!r} (fp32, fp16 or bf16)", name=name))
    return name


def _is_oom(exc: BaseException) -> bool:
    return isinstance(exc, torch.cuda.OutOfMemoryError) or (
        isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower())


def build_models(config: TrainingConfig):
    """(Synthesizer, MultiPeriodDiscriminator, ModelConfig) for the run's sample rate and size."""
    from svcdesk.models.config import ModelConfig
    from svcdesk.models.discriminator import MultiPeriodDiscriminator
    from svcdesk.models.synthesizer import Synthesizer

    model_config = ModelConfig.tiny(config.sample_rate) if config.tiny_model else ModelConfig.rvc_v2(config.sample_rate)
    if config.segment_frames > 0:
        model_config = dataclasses.replace(model_config, segment_size=int(config.segment_frames))
    disc = MultiPeriodDiscriminator.tiny() if config.tiny_model else MultiPeriodDiscriminator()
    return Synthesizer.from_model_config(model_config), disc, model_config


def _rng_state() -> dict:
    np_state = np.random.get_state()
    state = {
        "python": random.getstate(),
        "numpy": (np_state[0], torch.from_numpy(np_state[1].astype(np.int64)), int(np_state[2]), int(np_state[3]),
                  float(np_state[4])),
        "torch": torch.get_rng_state(),
    }
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def _set_rng_state(state: dict) -> None:
    random.setstate(_as_tuple(state["python"]))
    name, keys, pos, has_gauss, cached = state["numpy"]
    np.random.set_state((name, keys.numpy().astype(np.uint32), pos, has_gauss, cached))
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def _as_tuple(value):
    return tuple(_as_tuple(v) for v in value) if isinstance(value, (list, tuple)) else value


def _memory(device: torch.device) -> tuple[float, str]:
    if device.type == "cuda":
        return torch.cuda.max_memory_allocated(device) / 2**20, "cuda"
    import psutil

    return psutil.Process().memory_info().rss / 2**20, "rss"


class _Trainer:
    """State of one run; `train()` drives it. Split into methods so each phase reads on its own."""

    def __init__(self, config: TrainingConfig, sources: Sequence[ClipSource], runs_dir: Path, hooks: TrainHooks,
                 mute_content: np.ndarray | None):
        from svcdesk.features.pitch import coarse_pitch
        from svcdesk.models.mel import params_for_rate

        self.config = config
        self.hooks = hooks
        self.dist = ddp.init_from_env(_device_type(config))
        device = resolve_device(config.device)
        if device.type == "cuda" and self.dist.enabled:
            device = torch.device("cuda", self.dist.local_rank)
            torch.cuda.set_device(device)
        self.device = device
        self.precision = resolve_precision(config.precision, device)
        self.main = self.dist.is_main
        self.run_dir = Path(runs_dir) / config.run
        self.checkpoints = CheckpointFolder(self.run_dir / "checkpoints", config.keep_last)
        self.spec_params = params_for_rate(config.sample_rate)
        self.hop = self.spec_params.hop
        self.coarse_fn = coarse_pitch

        random.seed(config.seed)
        np.random.seed(config.seed)
        torch.manual_seed(config.seed)
        self.G, self.D, self.model_config = build_models(config)
        self.segment = self.model_config.segment_size
        self.split = split_sources(
            sources, min_frames=int(config.min_clip_seconds * 100), max_frames=int(config.max_clip_seconds * 100),
            val_fraction=config.val_fraction, min_val=config.min_val_segments, seed=config.seed,
        )
        if not self.split.train:
            raise SvcdeskError(
                Message("no usable training clips ({count} outside {minimum:g}-{maximum:g} s); slice the audio into "
                        "segments first",
                        count=len(self.split.excluded), minimum=config.min_clip_seconds,
                        maximum=config.max_clip_seconds))
        bytes_per_frame = self.hop * 4 + 768 * 4 + 8
        budget = config.ram_cache_mb * 2**20
        self.train_store = ClipStore(self.split.train, budget, bytes_per_frame)
        if mute_content is not None and config.mute_clips > 0:
            from svcdesk.training.data import mute_clip

            self.train_store.extra = [mute_clip(mute_content, self.hop, f"mute{i}") for i in range(config.mute_clips)]
        self.val_store = ClipStore(self.split.validation, budget, bytes_per_frame)
        lengths = [self.train_store.frames(i) for i in range(len(self.train_store))]
        self.sampler = BucketSampler(lengths, config.batch_size, config.seed, self.dist.rank, self.dist.world_size)
        augmentation = Augmentation(config.pitch_shift_prob, config.pitch_shift_semitones,
                                    config.time_stretch_prob, config.time_stretch_max)
        self.data = TrainingData(self.train_store, self.sampler, hop=self.hop, sample_rate=config.sample_rate,
                                 speaker_id=config.speaker_id, coarse_fn=coarse_pitch, augmentation=augmentation,
                                 seed=config.seed)
        self.steps_per_epoch = len(self.sampler)
        self.total_steps = config.steps if config.steps > 0 else config.epochs * self.steps_per_epoch

        self.step = 0
        self.epoch = 0
        self.clock = ActiveClock()
        self.last_saved_step: int | None = None
        self.last_rvc_export = ""  # the voice file of the last save, which joins the library when the run ends
        self.waiting_for_space = False  # a save-on-close would fail: the last checkpoint stays as it is
        self.lr_scale = 1.0
        self.best_val = math.inf
        self.rollbacks = 0
        self.diagnostics = Diagnostics(DiagnosticsSettings(early_stop_patience=config.early_stop_patience))
        self._initial_weights()
        self.G.to(device)
        self.D.to(device)
        self.G_train = ddp.wrap(self.G, self.dist, device)
        self.D_train = ddp.wrap(self.D, self.dist, device)
        self._make_optimisers()
        self.metrics: MetricsWriter | None = MetricsWriter(self.run_dir / METRICS_FILE) if self.main else None
        self._step_times: list[float] = []

    # ----- set-up -------------------------------------------------------------------------------------------------
    def _initial_weights(self) -> None:
        c = self.config
        if c.base_generator or c.base_discriminator:
            if not (c.base_generator and c.base_discriminator):
                raise SvcdeskError(Message("fine-tuning needs both base files: the generator (G) and the "
                                           "discriminator (D)"))
            from svcdesk.models.rvcfile import load_discriminator_weights, load_generator_weights

            load_generator_weights(c.base_generator, self.G)
            load_discriminator_weights(c.base_discriminator, self.D)
        elif c.init_checkpoint:
            checkpoint = load_checkpoint(c.init_checkpoint)
            self.G.load_state_dict(checkpoint.generator, strict=True)
            if checkpoint.discriminator is not None:
                self.D.load_state_dict(checkpoint.discriminator, strict=True)

    def _make_optimisers(self) -> None:
        c = self.config
        kwargs = dict(lr=c.learning_rate, betas=tuple(c.adam_betas), eps=c.adam_eps, weight_decay=c.weight_decay)
        # The fused kernel is one pass over each parameter instead of a dozen: on the CPU the two updates of the
        # 40k model drop from 0.71 s to 0.12 s a step. Same formula and state, so checkpoints stay compatible.
        kwargs["fused"] = self.device.type in ("cpu", "cuda")
        self.opt_g = torch.optim.AdamW(self.G.parameters(), **kwargs)
        self.opt_d = torch.optim.AdamW(self.D.parameters(), **kwargs)
        self.scaler = torch.amp.GradScaler(self.device.type, enabled=self.precision == "fp16")

    def learning_rate(self) -> float:
        c = self.config
        return self.lr_scale * schedules.learning_rate(
            c.schedule, step=self.step, epoch=self.epoch, base_lr=c.learning_rate, total_steps=self.total_steps,
            warmup_steps=c.warmup_steps, gamma=c.lr_gamma, cycle_steps=c.cycle_steps, min_lr_ratio=c.min_lr_ratio)

    # ----- checkpoints --------------------------------------------------------------------------------------------
    def state(self) -> dict:
        from svcdesk.models.checkpoint import checkpoint_state

        extra = {"lr_scale": self.lr_scale, "best_val": self.best_val, "sampler": self.sampler.state_dict(),
                 "rng": _rng_state(), "diagnostics": self.diagnostics.state_dict()}
        return checkpoint_state(self.G, self.model_config, self.step, self.epoch, discriminator=self.D,
                                optimizer_g=self.opt_g, optimizer_d=self.opt_d, scaler=self.scaler,
                                config=to_dict(self.config), extra=extra)

    def load_state(self, checkpoint) -> None:
        """Restore everything from a models.checkpoint.TrainingCheckpoint (weights, optimisers, RNG, position)."""
        self.G.load_state_dict(checkpoint.generator, strict=True)
        self.D.load_state_dict(checkpoint.discriminator, strict=True)
        self.opt_g.load_state_dict(checkpoint.optimizer_g)
        self.opt_d.load_state_dict(checkpoint.optimizer_d)
        if checkpoint.scaler:
            self.scaler.load_state_dict(checkpoint.scaler)
        self.step, self.epoch = checkpoint.step, checkpoint.epoch
        self.last_saved_step = checkpoint.step
        extra = checkpoint.extra
        self.lr_scale = float(extra.get("lr_scale", 1.0))
        self.best_val = float(extra.get("best_val", math.inf))
        self.sampler.load_state_dict(extra["sampler"])
        self.diagnostics.load_state_dict(extra.get("diagnostics", {}))
        _set_rng_state(extra["rng"])

    def save(self, tags: tuple[str, ...]) -> CheckpointSaved | None:
        path = ""
        export = ""
        size = 0
        if self.main:
            intact = self.intact_message()
            path = str(self.checkpoints.save(self.state(), self.step, keep_step="step" in tags, best="best" in tags,
                                             intact=intact))
            size = Path(path).stat().st_size
            if self.config.export_rvc:
                export = self.last_rvc_export = self._export_rvc()
            self.metrics.add_event(self.step, "checkpoint", f"saved {', '.join(tags)}", path)
            self.metrics.flush()
        ddp.barrier(self.dist)
        return CheckpointSaved(self.step, self.epoch, path, tags, export, size) if self.main else None

    def checkpoint_bytes(self) -> int:
        """What the next checkpoint takes: the last one's size, else the state's tensors (models, optimisers)."""
        if self.checkpoints.latest.exists():
            return self.checkpoints.latest.stat().st_size
        total = 0
        for module in (self.G, self.D):
            total += sum(t.numel() * t.element_size() for t in module.state_dict().values())
        # AdamW keeps two moments per parameter: the optimisers triple the weights' size.
        return 3 * total + (1 << 20)

    def intact_message(self) -> str:
        """What a failed save leaves safe, for the error message ("the last checkpoint, step 2, is intact")."""
        if self.last_saved_step is None:
            return ""
        return str(Message("The last checkpoint, step {step}, is intact.", step=self.last_saved_step))

    def space_shortage(self):
        """A DiskSpaceLow event when the next checkpoint (and its RVC export) will not fit, else None."""
        from svcdesk import storage
        from svcdesk.training.events import DiskSpaceLow

        needed = self.checkpoint_bytes() + (60 * 2**20 if self.config.export_rvc else 0)
        free = storage.free_bytes(self.checkpoints.folder)
        if free is None or free >= needed + storage.SAFETY_MARGIN_BYTES:
            return None
        drive = storage.drive_of(self.checkpoints.folder)
        message = Message("Not enough space for the next checkpoint: it needs {needed}, {drive} has {free} free. Free "
                          "{missing} on {drive} or move the project, then resume. {intact}",
                          needed=storage.human_size(needed), drive=drive, free=storage.human_size(free),
                          missing=storage.human_size(needed + storage.SAFETY_MARGIN_BYTES - free),
                          intact=self.intact_message() or Message("Nothing of this run is saved yet."))
        return DiskSpaceLow(self.step, needed, free, str(self.checkpoints.folder), message)

    def _export_rvc(self) -> str:
        from svcdesk.models.rvcfile import save_voice

        target = self.run_dir / "rvc" / f"{self.config.run}_e{self.epoch}_s{self.step}.pth"
        target.parent.mkdir(parents=True, exist_ok=True)
        save_voice(target, self.G, info=f"{self.epoch}epoch",
                   metadata={"epoch": self.epoch, "step": self.step, "model_name": self.config.run})
        return str(target)

    # ----- one step -----------------------------------------------------------------------------------------------
    def autocast(self):
        dtype = {"fp16": torch.float16, "bf16": torch.bfloat16}.get(self.precision)
        return torch.autocast(self.device.type, dtype=dtype or torch.float32, enabled=dtype is not None)

    def _grad_norm(self, params, optimizer) -> torch.Tensor:
        self.scaler.unscale_(optimizer)
        limit = self.config.grad_clip if self.config.grad_clip > 0 else math.inf
        # clip_grad_norm_ with an infinite limit only measures: the norm is logged even when clipping is off.
        return torch.nn.utils.clip_grad_norm_(params, limit)

    def train_step(self) -> torch.Tensor:
        """One D and one G update; returns the stacked LOSS_NAMES values (on the device, unsynchronised)."""
        from svcdesk.models.mel import linear_to_mel, mel_spectrogram, spectrogram
        from svcdesk.models.synthesizer import slice_segments

        batch, epoch, ends_epoch = self.data.next_batch()
        self.epoch = epoch
        self._ends_epoch = ends_epoch
        self._batch_size = batch.size
        batch = batch.to(self.device)
        lr = self.learning_rate()
        for optimizer in (self.opt_g, self.opt_d):
            for group in optimizer.param_groups:
                group["lr"] = lr
        p = self.spec_params
        with torch.no_grad():
            spec = spectrogram(batch.audio, p.n_fft, p.hop, p.win)[..., : batch.content.shape[1]]
        with self.autocast():
            y_hat, ids, _, z_mask, (_, z_p, m_p, logs_p, _, logs_q) = self.G_train(
                batch.content, batch.lengths, batch.coarse, batch.f0, spec, batch.lengths, batch.speaker)
            y = slice_segments(batch.audio, ids * self.hop, self.segment * self.hop)
            real_d, fake_d, _, _ = self.D_train(y, y_hat.detach())
            loss_d = losses.discriminator_loss(real_d, fake_d)
        self.opt_d.zero_grad(set_to_none=True)
        self.scaler.scale(loss_d).backward()
        norm_d = self._grad_norm(self.D.parameters(), self.opt_d)
        self.scaler.step(self.opt_d)

        # Generator side of the discriminator: the real half only supplies detached feature maps, so it runs
        # without a graph, and the fake half needs input gradients only - the D weights are frozen. The
        # reference ran both halves with full gradients (4x the backward work); the numbers are identical.
        self.D.requires_grad_(False)
        try:
            with self.autocast():
                with torch.no_grad():
                    fmap_real = [disc(y)[1] for disc in self.D.discriminators]
                fake = [disc(y_hat) for disc in self.D.discriminators]
                fake_d, fmap_fake = [f[0] for f in fake], [f[1] for f in fake]
                with torch.autocast(self.device.type, enabled=False):
                    mel_real = linear_to_mel(slice_segments(spec, ids, self.segment), p.sample_rate, p.n_fft, p.n_mels)
                    mel_fake = mel_spectrogram(y_hat.float(), p)
                    loss_mel = losses.mel_loss(mel_fake, mel_real)
                    loss_kl = losses.kl_loss(z_p, logs_q, m_p, logs_p, z_mask)
                loss_fm = losses.feature_matching_loss(fmap_real, fmap_fake)
                loss_adv = losses.generator_adversarial_loss(fake_d)
                loss_g = loss_adv + loss_fm + loss_mel + loss_kl
            if self.hooks.generator_loss is not None:
                loss_g = self.hooks.generator_loss(self.step, loss_g)
            self.opt_g.zero_grad(set_to_none=True)
            self.scaler.scale(loss_g).backward()
        finally:
            self.D.requires_grad_(True)
        norm_g = self._grad_norm(self.G.parameters(), self.opt_g)
        self.scaler.step(self.opt_g)
        self.scaler.update()
        self.step += 1
        return torch.stack([t.detach().float() for t in (loss_g, loss_mel, loss_kl, loss_fm, loss_adv, loss_d,
                                                        norm_g, norm_d)])

    # ----- evaluation ---------------------------------------------------------------------------------------------
    def evaluate(self) -> EvalResult:
        from svcdesk.models.mel import mel_spectrogram

        G = self.G
        G.eval()
        errors = []
        preview_path = ""
        try:
            generator = torch.Generator(device=self.device).manual_seed(self.config.seed)
            for i in range(len(self.val_store)):
                clip = self.val_store.get(i)
                batch = collate([clip], self.hop, self.config.speaker_id, self.coarse_fn).to(self.device)
                audio = G.infer(batch.content, batch.lengths, batch.coarse, batch.f0, batch.speaker, generator=generator)
                real = mel_spectrogram(batch.audio, self.spec_params)
                fake = mel_spectrogram(audio.float()[..., : batch.audio.shape[-1]], self.spec_params)
                frames = min(real.shape[-1], fake.shape[-1])
                errors.append(torch.nn.functional.l1_loss(fake[..., :frames], real[..., :frames]))
            preview_path = self._render_preview(generator)
        finally:
            G.train()
        val = float(torch.stack(errors).mean().item()) if errors else math.nan
        is_best = bool(errors) and val < self.best_val
        if is_best:
            self.best_val = val
        return EvalResult(self.step, self.epoch, val, self.best_val if math.isfinite(self.best_val) else math.nan,
                          is_best, preview_path)

    def _preview_clip(self):
        store = self.val_store if len(self.val_store) else self.train_store
        clip = store.get(0)
        frames = min(clip.frames, int(PREVIEW_SECONDS * 100))
        return dataclasses.replace(clip, content=clip.content[:frames], f0=clip.f0[:frames],
                                   audio=clip.audio[: frames * self.hop])

    def _render_preview(self, generator: torch.Generator) -> str:
        from svcdesk.audio.io import save_audio

        batch = collate([self._preview_clip()], self.hop, self.config.speaker_id, self.coarse_fn).to(self.device)
        audio = self.G.infer(batch.content, batch.lengths, batch.coarse, batch.f0, batch.speaker, generator=generator)
        samples = audio[0, 0].float().cpu().numpy()
        if not np.isfinite(samples).all():
            return ""
        path = self.run_dir / "previews" / f"step_{self.step}.wav"
        save_audio(path, samples, self.config.sample_rate)
        return str(path)

    # ----- faults -------------------------------------------------------------------------------------------------
    def rollback(self) -> Message:
        """Reload `latest` (or the initial weights) and halve the learning rate; returns where it went back to."""
        scale = self.lr_scale / 2.0
        if self.checkpoints.latest.exists():
            self.load_state(load_checkpoint(self.checkpoints.latest))
            where = Message("step {step}", step=self.step)
        else:
            torch.manual_seed(self.config.seed)
            self.G, self.D, _ = build_models(self.config)
            self._initial_weights()
            self.G.to(self.device)
            self.D.to(self.device)
            self.G_train = ddp.wrap(self.G, self.dist, self.device)
            self.D_train = ddp.wrap(self.D, self.dist, self.device)
            self._make_optimisers()
            self.sampler.load_state_dict({"epoch": 0, "index": 0, "batch_size": self.sampler.batch_size,
                                          "seed": self.config.seed})
            self.step, self.epoch = 0, 0
            where = Message("the start")
        self.lr_scale = scale
        if self.metrics is not None:
            self.metrics.truncate_after(self.step)
        return where

    def back_off_batch(self) -> int:
        """Free cached GPU memory and halve the batch; returns the new batch size."""
        self.opt_g.zero_grad(set_to_none=True)
        self.opt_d.zero_grad(set_to_none=True)
        if self.device.type == "cuda":
            torch.cuda.empty_cache()
        if self.sampler.batch_size <= 1:
            raise SvcdeskError(Message("out of GPU memory even at batch size 1: close other GPU programs or train on "
                                       "the CPU"))
        new_size = max(1, self.sampler.batch_size // 2)
        self.sampler.set_batch_size(new_size)
        self.steps_per_epoch = len(self.sampler)
        if self.config.steps <= 0:
            self.total_steps = self.step + (self.config.epochs - self.sampler.epoch) * self.steps_per_epoch \
                - self.sampler.index
        return new_size

    def close(self) -> None:
        if self.metrics is not None:
            self.metrics.close()
            self.metrics = None


def next_evaluation_step(config: TrainingConfig, step: int, steps_per_epoch: int, total_steps: int) -> int:
    """The step after `step` at which `_run` evaluates next (validation loss and preview); the last step at the
    latest. Epoch-based saves fall on epoch ends, `save_every_epochs * steps_per_epoch` steps apart."""
    if config.eval_every_steps > 0:
        interval = config.eval_every_steps
    elif config.save_every_steps > 0:
        interval = config.save_every_steps
    else:
        interval = max(config.save_every_epochs, 1) * max(steps_per_epoch, 1)
    return min((step // interval + 1) * interval, total_steps)


class ActiveClock:
    """perf_counter() minus the time the generator spent handed over to its consumer (paused, or drawing)."""

    def __init__(self) -> None:
        self._excluded = 0.0

    def now(self) -> float:
        return time.perf_counter() - self._excluded

    def exclude(self, seconds: float) -> None:
        self._excluded += max(0.0, seconds)


class StepPace:
    """Throughput over the last WINDOWS log windows of active time: an evaluation or a checkpoint save counts at its
    amortised cost instead of making the ETA jump, and the first windows already give a figure."""

    WINDOWS = 50

    def __init__(self) -> None:
        self._windows: collections.deque[tuple[float, int, int]] = collections.deque(maxlen=self.WINDOWS)

    def add(self, seconds: float, steps: int, samples: int) -> None:
        if seconds > 0 and steps > 0:
            self._windows.append((seconds, steps, samples))

    def _rate(self, index: int) -> float:
        seconds = sum(window[0] for window in self._windows)
        count = sum(window[index] for window in self._windows)
        return count / seconds if seconds > 0 and count > 0 else math.nan

    @property
    def steps_per_second(self) -> float:
        return self._rate(1)

    @property
    def samples_per_second(self) -> float:
        return self._rate(2)


def train(
    config: TrainingConfig, *, project=None, sources: Sequence[ClipSource] | None = None,
    runs_dir: str | Path | None = None, feature_config=None, hooks: TrainHooks | None = None,
    save_on_close: bool = True, mute_content: np.ndarray | None = None, resume: bool = False,
) -> Iterator:
    """Train and yield TrainEvents: from the bases, an earlier checkpoint or scratch, or (`resume`) continue
    the run `config.run` exactly from its `latest` checkpoint (config.steps/epochs may be raised).

    Data comes from `sources` (ClipSource list) or from the project's feature cache (built first when
    needed, with `feature_config`); the run folder is `<runs_dir or project.runs_dir>/<config.run>`.
    Closing the generator stops after the current step and, with `save_on_close`, saves `latest`.
    """
    return _train(config, project=project, sources=sources, runs_dir=runs_dir, feature_config=feature_config,
                  hooks=hooks or TrainHooks(), save_on_close=save_on_close, mute_content=mute_content, resume=resume)


def resume(config: TrainingConfig, **kwargs) -> Iterator:
    """`train(config, resume=True, ...)`: continue the run `config.run` exactly from its `latest` checkpoint."""
    return train(config, resume=True, **kwargs)


def _train(config, *, project, sources, runs_dir, feature_config, hooks, save_on_close, mute_content, resume):
    if sources is None:
        if project is None:
            raise SvcdeskError(Message("train() needs a project or a list of clip sources"))
        from svcdesk.training.sources import project_sources

        # Under torchrun, rank 0 alone builds the feature cache; the others wait, then read it.
        dist = ddp.init_from_env(_device_type(config))
        if dist.is_main:
            found, silence = yield from project_sources(project, feature_config)
        ddp.barrier(dist)
        if not dist.is_main:
            found, silence = yield from project_sources(project, feature_config, build=False)
        sources = found
        mute_content = silence if mute_content is None else mute_content
    if runs_dir is None:
        if project is None:
            raise SvcdeskError(Message("train() needs runs_dir when no project is given"))
        runs_dir = project.runs_dir
    trainer = _Trainer(config, sources, Path(runs_dir), hooks, mute_content)
    run = _run(trainer, resume)
    try:
        for event in run:
            # Time spent away from the generator (a paused GUI worker, a slow terminal) is not training time.
            handed_over = time.perf_counter()
            yield event
            trainer.clock.exclude(time.perf_counter() - handed_over)
    except GeneratorExit:
        run.close()
        # Closed between steps (GUI Stop, Ctrl+C): keep the work done so far, unless the disk has no room for it.
        try:
            if save_on_close and trainer.step > 0 and not trainer.waiting_for_space:
                trainer.save(("latest", "stop"))
        except BaseException:
            _close_after_failure(trainer)
            raise
        trainer.close()
        raise
    except BaseException:
        _close_after_failure(trainer)
        raise
    else:
        trainer.close()
    finally:
        ddp.shutdown(trainer.dist)


def _close_after_failure(trainer: _Trainer) -> None:
    """Close the run after an error without hiding it: a second failure in clean-up (SQLite's "database or disk
    is full" on the last commit) is logged, and the first error is the one raised."""
    try:
        trainer.close()
    except Exception:  # noqa: BLE001
        log.warning("closing the run after an error failed too", exc_info=True)


def _run(t: _Trainer, resume: bool) -> Iterator:
    c = t.config
    if resume:
        if not t.checkpoints.latest.exists():
            raise SvcdeskError(Message("nothing to resume: no checkpoint in {folder}", folder=t.checkpoints.folder))
        checkpoint = load_checkpoint(t.checkpoints.latest)
        if checkpoint.model_config != t.model_config:
            raise SvcdeskError(Message("this run was trained with a different model size, window or sample rate"))
        t.load_state(checkpoint)
        t.steps_per_epoch = len(t.sampler)  # the batch size may have been lowered by an OOM back-off
        if c.steps <= 0:
            t.total_steps = c.epochs * t.steps_per_epoch
    if t.main:
        t.metrics.truncate_after(t.step)
        t.run_dir.mkdir(parents=True, exist_ok=True)
        write_json_atomic(t.run_dir / "config.json", {"training": to_dict(c), "model": to_dict(t.model_config)})
    for key, reason in t.split.excluded:
        yield Notice("warning", Message("clip {key} left out: {reason}", key=key, reason=reason), "", key)
    yield TrainStarted(str(t.run_dir), str(t.device), t.precision, t.sampler.batch_size, t.total_steps,
                       t.steps_per_epoch, len(t.train_store), len(t.val_store), t.split.excluded, t.step,
                       t.dist.world_size, next_evaluation_step(c, t.step, t.steps_per_epoch, t.total_steps),
                       t.checkpoint_bytes(), str(t.checkpoints.folder))
    if t.split.validation == () and t.main:
        yield TrainWarning(t.step, "data", Message("Too few clips to hold any out for validation; no validation loss."),
                           Message("Add more audio (at least a few dozen segments)."))

    window_start, window_steps, window_samples = t.clock.now(), 0, 0
    pace = StepPace()
    while t.step < t.total_steps:
        try:
            if t.hooks.before_step is not None:
                t.hooks.before_step(t.step)
            values = t.train_step()
            if t.hooks.after_step is not None:
                t.hooks.after_step(t.step, t.G, t.D)
        except Exception as exc:  # noqa: BLE001 - only OOM is handled; everything else re-raised
            if not _is_oom(exc) or t.dist.enabled:
                raise
            new_size = t.back_off_batch()
            warning = TrainWarning(t.step, "oom", Message("Out of GPU memory: continuing with batch size {new_size}.",
                                                          new_size=new_size),
                                   Message("Close other programs using the GPU, or lower the batch size."))
            if t.main:
                t.metrics.add_event(t.step, "warning", warning.message, warning.fix)
            yield warning
            continue
        window_steps += 1
        window_samples += t._batch_size * t.dist.world_size
        log_now = t.step % max(c.log_every_steps, 1) == 0 or t.step == t.total_steps
        if not log_now:
            yield Progress(t.step, t.total_steps, Message("step {step}", step=t.step))
        else:
            numbers = values.tolist()  # the one synchronisation point of this step
            lr = t.opt_g.param_groups[0]["lr"]
            metrics = dict(zip(LOSS_NAMES, numbers))
            metrics["lr/g"] = metrics["lr/d"] = lr
            now = t.clock.now()
            pace.add(now - window_start, window_steps, window_samples)
            window_start, window_steps, window_samples = now, 0, 0
            rate, samples_rate = pace.steps_per_second, pace.samples_per_second
            diagnoses = t.diagnostics.observe_step(t.step, metrics)
            nonfinite = ddp.any_flag(t.dist, any(d.kind == "nonfinite" for d in diagnoses), t.device)
            if nonfinite:
                yield from _handle_nonfinite(t, diagnoses)
                if t.rollbacks > c.max_nan_rollbacks:
                    return
                continue
            memory, kind = _memory(t.device)
            eta = (t.total_steps - t.step) / rate if rate and rate > 0 else math.nan
            if t.main:
                t.metrics.add_scalars(t.step, {**metrics, "perf/samples_per_second": samples_rate})
            yield StepMetrics(t.step, t.epoch, metrics, samples_rate, rate, eta, memory, kind, t._batch_size,
                              t.total_steps)
            for diagnosis in diagnoses:
                if t.main:
                    t.metrics.add_event(t.step, "warning", diagnosis.message, diagnosis.fix)
                yield TrainWarning(t.step, diagnosis.kind, diagnosis.message, diagnosis.fix)
        due_save = (c.save_every_steps > 0 and t.step % c.save_every_steps == 0) or (
            c.save_every_steps <= 0 and t._ends_epoch and (t.epoch + 1) % max(c.save_every_epochs, 1) == 0)
        due_eval = (c.eval_every_steps > 0 and t.step % c.eval_every_steps == 0) or (c.eval_every_steps <= 0 and due_save)
        last = t.step >= t.total_steps
        stop_early = False
        is_best = False
        if due_eval or last:
            result = None
            if t.main:
                result = t.evaluate()
                is_best = result.is_best
                t.metrics.add_scalars(t.step, {"val/mel_l1": result.val_mel_l1})
                t.metrics.add_event(t.step, "eval", f"validation mel L1 {result.val_mel_l1:.4f}", result.preview_path)
                for diagnosis in t.diagnostics.observe_eval(t.step, result.val_mel_l1) if len(t.val_store) else []:
                    stop_early = stop_early or diagnosis.kind == "early_stop"
                    t.metrics.add_event(t.step, "warning", diagnosis.message, diagnosis.fix)
                    yield TrainWarning(t.step, diagnosis.kind, diagnosis.message, diagnosis.fix)
            ddp.barrier(t.dist)
            stop_early = ddp.any_flag(t.dist, stop_early, t.device)
            if result is not None:
                yield result
        if due_save or last or stop_early or is_best:
            if t.main:
                yield from _wait_for_space(t)
            yield Progress(t.step, t.total_steps, Message("saving checkpoint"))
            tags = ("latest", "step") + (("best",) if is_best else ())
            saved = t.save(tags)
            if saved is not None:
                t.last_saved_step = saved.step
                yield saved
        if stop_early:
            yield from _join_library(t)
            yield _finished(t, "early_stop")
            return
    yield from _join_library(t)
    yield _finished(t, "completed")


def _join_library(t: _Trainer):
    """A finished run's exported voice joins the voice library, with its project, run and step. A library that
    cannot take it (a full disk, say) is a warning: the run itself succeeded."""
    if not (t.main and t.last_rvc_export and Path(t.last_rvc_export).is_file()):
        return
    from svcdesk.errors import SvcdeskError
    from svcdesk.library.importer import add_own_voice

    project = t.run_dir.parent.parent if t.run_dir.parent.name == "runs" else t.run_dir.parent
    try:
        for event in add_own_voice(t.last_rvc_export, name=t.config.run, project=str(project), run=t.config.run,
                                   step=t.step):
            if isinstance(event, Notice):
                yield event
    except (SvcdeskError, OSError) as exc:
        yield Notice("warning", Message("The run's voice could not join the voice library: {reason}", reason=exc))


def _wait_for_space(t: _Trainer, recheck_s: float = 1.0) -> Iterator:
    """Before a save: while the checkpoint will not fit, yield DiskSpaceLow and check again when resumed.

    A consumer that stops here (the CLI, the GUI's Stop) closes the run without the save-on-close, which would
    fail the same way; the re-check waits a moment so that a consumer still pausing is not flooded with events.
    """
    shortage = t.space_shortage()
    while shortage is not None:
        t.waiting_for_space = True
        if t.metrics is not None:
            with contextlib.suppress(Exception):
                t.metrics.add_event(t.step, "warning", shortage.message)
        yield shortage
        time.sleep(recheck_s)
        shortage = t.space_shortage()
    t.waiting_for_space = False


def _handle_nonfinite(t: _Trainer, diagnoses) -> Iterator:
    for diagnosis in diagnoses:
        if diagnosis.kind == "nonfinite":
            yield TrainWarning(diagnosis.step, diagnosis.kind, diagnosis.message, diagnosis.fix)
            if t.main:
                t.metrics.add_event(diagnosis.step, "warning", diagnosis.message, diagnosis.fix)
    t.rollbacks += 1
    if t.rollbacks > t.config.max_nan_rollbacks:
        report = Message("The loss became NaN/Inf {count} times; training stopped at step {step}. Lower the learning "
                         "rate, prefer bf16 or fp32 to fp16, and check the dataset for broken clips (silence-only, "
                         "clipped or very short segments).", count=t.rollbacks, step=t.step)
        yield _finished(t, "nonfinite", report)
        return
    where = t.rollback()
    message = Message("Rolled back to {where} with the learning rate halved (x{scale:g}); attempt {attempt} of "
                      "{limit}.", where=where, scale=t.lr_scale, attempt=t.rollbacks, limit=t.config.max_nan_rollbacks)
    if t.main:
        t.metrics.add_event(t.step, "rollback", message)
    yield TrainWarning(t.step, "rollback", message, "")


def _finished(t: _Trainer, reason: str, report: str = "") -> Finished:
    best = str(t.checkpoints.best) if t.checkpoints.best.exists() else ""
    best_val = t.best_val if math.isfinite(t.best_val) else math.nan
    if not report:
        report = Message("Trained {steps} steps ({epochs} epochs).", steps=t.step, epochs=t.epoch + 1)
        if math.isfinite(best_val):
            report = Message("Trained {steps} steps ({epochs} epochs). Best validation mel L1 {best:.4f}.",
                             steps=t.step, epochs=t.epoch + 1, best=best_val)
    if t.main:
        t.metrics.add_event(t.step, "finished", reason, report)
        t.metrics.flush()
    return Finished(t.step, t.epoch, reason, best_val, best, report)


def cuda_batch_probe(config: TrainingConfig, device: str = "cuda") -> Callable[[int], bool]:
    """For the advisor: probe(batch) runs one full G+D step on random data and says whether it fitted in memory."""
    def probe(batch_size: int) -> bool:
        G, D, model_config = build_models(config)
        dev = torch.device(device)
        try:
            G.to(dev)
            D.to(dev)
            frames = model_config.segment_size * 3
            hop = model_config.upsample_factor
            content = torch.randn(batch_size, frames, model_config.feature_dim, device=dev)
            lengths = torch.full((batch_size,), frames, device=dev)
            coarse = torch.randint(1, 256, (batch_size, frames), device=dev)
            f0 = torch.full((batch_size, frames), 200.0, device=dev)
            spec = torch.rand(batch_size, model_config.spec_channels, frames, device=dev)
            speaker = torch.zeros(batch_size, dtype=torch.long, device=dev)
            dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
            with torch.autocast("cuda", dtype=dtype):
                y_hat, *_ = G(content, lengths, coarse, f0, spec, lengths, speaker)
                y = torch.randn(batch_size, 1, model_config.segment_size * hop, device=dev)
                out = D(y, y_hat)
                loss = sum(o.float().mean() for o in out[1])
            loss.backward()
            torch.cuda.synchronize(dev)
            return True
        except Exception as exc:  # noqa: BLE001
            if _is_oom(exc):
                return False
            raise
        finally:
            del G, D
            torch.cuda.empty_cache()

    return probe
