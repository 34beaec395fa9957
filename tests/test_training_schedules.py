import math

import pytest

from svcdesk.training import schedules as s


def test_exponential_matches_rvc_per_epoch_gamma():
    assert s.exponential(0, 1e-4) == pytest.approx(1e-4)
    assert s.exponential(1, 1e-4) == pytest.approx(1e-4 * 0.999875)
    assert s.exponential(100, 1e-4) == pytest.approx(1e-4 * 0.999875 ** 100)
    # stepping within an epoch does not change it (RVC steps the scheduler per epoch)
    assert s.exponential(3, 1e-4, step=10) == s.exponential(3, 1e-4, step=999)


def test_warmup_is_linear_and_never_zero():
    assert s.exponential(0, 1e-4, step=0, warmup_steps=10) == pytest.approx(1e-5)
    assert s.exponential(0, 1e-4, step=4, warmup_steps=10) == pytest.approx(5e-5)
    assert s.exponential(0, 1e-4, step=10, warmup_steps=10) == pytest.approx(1e-4)


def test_warmup_cosine_known_points():
    kw = dict(base_lr=2e-4, total_steps=110, warmup_steps=10)
    assert s.warmup_cosine(0, **kw) == pytest.approx(2e-5)
    assert s.warmup_cosine(10, **kw) == pytest.approx(2e-4)
    assert s.warmup_cosine(60, **kw) == pytest.approx(1e-4)  # half-way down the cosine
    assert s.warmup_cosine(110, **kw) == s.LR_FLOOR  # would be 0: floored for log plots
    assert s.warmup_cosine(500, **kw) == s.LR_FLOOR
    assert s.warmup_cosine(110, min_lr_ratio=0.1, **kw) == pytest.approx(2e-5)


def test_cosine_restarts_cycles():
    assert s.cosine_restarts(0, 1e-3, 100) == pytest.approx(1e-3)
    assert s.cosine_restarts(50, 1e-3, 100) == pytest.approx(5e-4)
    assert s.cosine_restarts(100, 1e-3, 100) == pytest.approx(1e-3)  # restart
    assert s.cosine_restarts(150, 1e-3, 100) == pytest.approx(5e-4)
    # doubling cycles: 100, then 200 long
    assert s.cosine_restarts(200, 1e-3, 100, cycle_mult=2.0) == pytest.approx(5e-4)
    assert s.cosine_restarts(300, 1e-3, 100, cycle_mult=2.0) == pytest.approx(1e-3)
    assert s.cosine_restarts(5, 1e-3, 100, warmup_steps=5) == pytest.approx(1e-3)


@pytest.mark.parametrize("name", s.SCHEDULES)
def test_every_schedule_is_positive_and_finite(name):
    for step in range(0, 3000, 37):
        lr = s.learning_rate(name, step=step, epoch=step // 50, base_lr=1e-4, total_steps=2000, warmup_steps=20,
                             cycle_steps=300)
        assert math.isfinite(lr) and lr >= s.LR_FLOOR


def test_unknown_schedule_is_refused():
    with pytest.raises(ValueError, match="unknown"):
        s.learning_rate("linear-ish", step=0, epoch=0, base_lr=1e-4, total_steps=10)
