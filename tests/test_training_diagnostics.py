import numpy as np

from svcdesk.training import diagnostics as d

rng = np.random.default_rng(0)


def falling(n, noise=0.02):
    return 30 * np.exp(-np.arange(n) / (n / 3)) + 15 + rng.normal(0, noise, n)


def test_exploding_detects_spike_not_noise():
    norms = list(rng.uniform(50, 150, 60))
    assert not d.is_exploding(np.array(norms))
    assert d.is_exploding(np.array(norms + [5000.0]))
    assert d.is_exploding(np.array([1.0, 2e5]))  # absolute limit even without history
    assert not d.is_exploding(np.array([1.0, 50.0]))  # too little history to judge


def test_plateau_flat_vs_falling():
    flat = 20 + rng.normal(0, 0.05, 400)
    assert d.is_plateau(flat, 400)
    assert not d.is_plateau(falling(400), 400)
    assert not d.is_plateau(flat[:100], 400)  # not enough points yet


def test_oscillation_square_wave_vs_noisy_descent():
    t = np.arange(300)
    swing = 20 + 10 * np.sign(np.sin(t * np.pi / 3))
    assert d.is_oscillating(swing, 300)
    assert not d.is_oscillating(falling(300, noise=0.5), 300)


def test_overfitting_needs_val_up_and_train_down():
    val = np.array([10, 8, 7, 7.3, 7.6, 8.0])
    train_down = np.array([20, 18, 16, 15, 14, 13])
    assert d.is_overfitting(val, train_down, patience=3)
    assert not d.is_overfitting(val, np.array([20, 18, 16, 16.5, 17, 18]), patience=3)  # both rise: not overfitting
    assert not d.is_overfitting(np.array([10, 8, 7, 6.9, 6.5, 6.0]), train_down, patience=3)


def test_monitor_reports_nonfinite_with_fix_and_rate_limits():
    mon = d.Diagnostics(d.DiagnosticsSettings(explode_window=20, plateau_window=100))
    (nan,) = mon.observe_step(3, {"g/total": float("nan"), "g/mel": 1.0})
    assert nan.kind == "nonfinite" and "g/total" in nan.message and nan.fix
    kinds = []
    for step in range(200):
        grad = 1e6 if step in (150, 155) else 100.0
        kinds += [x.kind for x in mon.observe_step(step, {"grad_norm/g": grad, "g/mel": 20.0})]
    assert kinds.count("exploding_gradients") == 1  # second spike within the cooldown is not repeated
    assert "plateau" in kinds


def test_monitor_early_stopping_and_overfitting():
    mon = d.Diagnostics(d.DiagnosticsSettings(early_stop_patience=2, overfit_patience=2))
    out = []
    for i, (val, train) in enumerate([(10, 20), (8, 18), (8.5, 16), (9.0, 14)]):
        for _ in range(5):
            mon.observe_step(i * 10, {"g/mel": float(train)})
        out += mon.observe_eval(i * 10, val)
    kinds = [x.kind for x in out]
    assert "early_stop" in kinds and "overfitting" in kinds and mon.should_stop_early
    restored = d.Diagnostics(d.DiagnosticsSettings(early_stop_patience=2))
    restored.load_state_dict(mon.state_dict())
    assert restored.should_stop_early
