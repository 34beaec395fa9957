"""Learning-rate schedules as pure functions of (step, epoch).

The trainer sets the optimiser's learning rate from these every step, so a resumed run only
needs the step and epoch to land on exactly the same value (no scheduler object to restore).

Every schedule returns at least `LR_FLOOR`: learning-rate curves are plotted on a log axis and
a 0 there is unplottable (log 0) - the floor is far below any rate that still trains.
"""

from __future__ import annotations

import math

#: Smallest value any schedule returns (keeps log-scale plots finite; 1e-10 never trains anything).
LR_FLOOR = 1e-10

#: RVC's ExponentialLR gamma, applied once per epoch.
RVC_GAMMA = 0.999875

SCHEDULES = ("exponential", "warmup_cosine", "cosine_restarts", "constant")


def warmup_factor(step: int, warmup_steps: int) -> float:
    """Linear ramp (step+1)/warmup over the first `warmup_steps` steps, then 1 (never 0)."""
    if warmup_steps <= 0 or step >= warmup_steps:
        return 1.0
    return (max(step, 0) + 1) / warmup_steps


def _floored(value: float) -> float:
    return max(value, LR_FLOOR)


def exponential(epoch: int, base_lr: float, gamma: float = RVC_GAMMA, step: int = 0, warmup_steps: int = 0) -> float:
    """RVC's schedule: base_lr * gamma**epoch, stepped once per epoch; optional warmup by step."""
    return _floored(base_lr * gamma ** max(epoch, 0) * warmup_factor(step, warmup_steps))


def warmup_cosine(step: int, base_lr: float, total_steps: int, warmup_steps: int = 0, min_lr_ratio: float = 0.0) -> float:
    """Linear warmup, then half a cosine from base_lr down to base_lr*min_lr_ratio at `total_steps`."""
    if step < warmup_steps:
        return _floored(base_lr * warmup_factor(step, warmup_steps))
    span = max(total_steps - warmup_steps, 1)
    progress = min(max(step - warmup_steps, 0) / span, 1.0)
    low = base_lr * min_lr_ratio
    return _floored(low + (base_lr - low) * 0.5 * (1.0 + math.cos(math.pi * progress)))


def cosine_restarts(
    step: int, base_lr: float, cycle_steps: int, warmup_steps: int = 0, cycle_mult: float = 1.0,
    min_lr_ratio: float = 0.0,
) -> float:
    """SGDR: cosine cycles of `cycle_steps` (each `cycle_mult` times longer), restarting at base_lr."""
    if step < warmup_steps:
        return _floored(base_lr * warmup_factor(step, warmup_steps))
    t = step - warmup_steps
    length = max(int(cycle_steps), 1)
    if cycle_mult == 1.0:
        t = t % length
    else:
        while t >= length:
            t -= length
            length = max(int(round(length * cycle_mult)), 1)
    low = base_lr * min_lr_ratio
    return _floored(low + (base_lr - low) * 0.5 * (1.0 + math.cos(math.pi * t / length)))


def learning_rate(
    schedule: str, *, step: int, epoch: int, base_lr: float, total_steps: int, warmup_steps: int = 0,
    gamma: float = RVC_GAMMA, cycle_steps: int = 1000, cycle_mult: float = 1.0, min_lr_ratio: float = 0.0,
) -> float:
    """The learning rate of `schedule` (one of SCHEDULES) at this step and epoch."""
    if schedule == "exponential":
        return exponential(epoch, base_lr, gamma, step=step, warmup_steps=warmup_steps)
    if schedule == "warmup_cosine":
        return warmup_cosine(step, base_lr, total_steps, warmup_steps, min_lr_ratio)
    if schedule == "cosine_restarts":
        return cosine_restarts(step, base_lr, cycle_steps, warmup_steps, cycle_mult, min_lr_ratio)
    if schedule == "constant":
        return _floored(base_lr * warmup_factor(step, warmup_steps))
    raise ValueError(f"unknown learning-rate schedule {schedule!r} (choose one of {', '.join(SCHEDULES)})")
