"""LivePlot: buffers, the paint timer, NaN cleaning, log mode, smoothing (display only), overlays."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from svcdesk.gui.widgets.live_plot import GrowingSeries, LivePlot, display_arrays, ema_smooth  # noqa: E402

pytestmark = pytest.mark.gui


def _shown_plot(qtbot, **kwargs) -> LivePlot:
    plot = LivePlot("loss", **kwargs)
    qtbot.addWidget(plot)
    plot.resize(500, 300)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


def _displayed(plot: LivePlot, name: str) -> tuple[np.ndarray, np.ndarray]:
    x, y = plot.curve(name).getData()
    return (np.array([]), np.array([])) if x is None else (np.asarray(x), np.asarray(y))


def test_growing_series_doubles_and_keeps_every_value():
    series = GrowingSeries(capacity=2)
    for i in range(1000):
        series.append(i, i * 0.5)
    series.extend(np.arange(1000, 1010), np.zeros(10))
    assert len(series) == 1010
    assert series.x[999] == 999 and series.y[999] == 499.5
    series.truncate_after(500)
    assert len(series) == 501 and series.x[-1] == 500


def test_appended_values_appear_after_the_timer_tick(qtbot):
    plot = _shown_plot(qtbot)
    for step in range(50):
        plot.append("g/total", step, 10.0 - step * 0.1)
    # Nothing is painted per event: the curve is still empty until the timer fires.
    assert _displayed(plot, "g/total")[0].size == 0
    assert plot.is_painting()
    qtbot.waitUntil(lambda: _displayed(plot, "g/total")[0].size == 50, timeout=2000)
    x, y = _displayed(plot, "g/total")
    np.testing.assert_allclose(y, 10.0 - np.arange(50) * 0.1)
    # With nothing new the timer goes back to sleep.
    qtbot.waitUntil(lambda: not plot.is_painting(), timeout=2000)


def test_nan_and_inf_are_removed_from_the_display_but_kept_in_storage(qtbot):
    plot = _shown_plot(qtbot)
    plot.extend("g/mel", [0, 1, 2, 3, 4], [1.0, np.nan, 2.0, np.inf, 3.0])
    qtbot.waitUntil(lambda: _displayed(plot, "g/mel")[0].size > 0, timeout=2000)
    x, y = _displayed(plot, "g/mel")
    assert list(x) == [0, 2, 4] and np.all(np.isfinite(y))
    assert np.isnan(plot.stored("g/mel")[1][1])


def test_log_mode_never_holds_zero_or_negative(qtbot):
    plot = _shown_plot(qtbot, force_log_y=True, smoothing=False)
    plot.extend("lr/g", [0, 1, 2, 3], [0.0, 1e-4, -1.0, 1e-5])
    qtbot.waitUntil(lambda: _displayed(plot, "lr/g")[0].size > 0, timeout=2000)
    x, y = _displayed(plot, "lr/g")
    assert list(x) == [1, 3]
    # getData returns log10 values in log mode: finite means no zero reached the log.
    np.testing.assert_allclose(y, [-4.0, -5.0])
    plot.set_log_y(False)  # a forced-log plot stays logarithmic
    assert plot.log_y()


def test_smoothing_changes_display_not_storage(qtbot):
    plot = _shown_plot(qtbot)
    rng = np.random.default_rng(0)
    values = 5.0 + rng.normal(0, 1, 200)
    plot.extend("g/total", np.arange(200), values)
    qtbot.waitUntil(lambda: _displayed(plot, "g/total")[0].size == 200, timeout=2000)
    raw_std = np.std(np.diff(_displayed(plot, "g/total")[1]))
    plot.smoothing_slider.setValue(90)
    assert plot.smoothing() == pytest.approx(0.9)
    qtbot.waitUntil(lambda: np.std(np.diff(_displayed(plot, "g/total")[1])) < raw_std / 3, timeout=2000)
    np.testing.assert_array_equal(plot.stored("g/total")[1], values)


def test_ema_is_debiased_and_identity_at_zero():
    values = np.full(10, 3.0)
    np.testing.assert_allclose(ema_smooth(values, 0.9), values)
    ramp = np.arange(5.0)
    assert ema_smooth(ramp, 0.0) is ramp
    x, y = display_arrays(np.arange(3.0), np.array([1.0, np.nan, 2.0]), 0.0, False)
    assert list(x) == [0.0, 2.0]


def test_series_toggle_hides_curve_and_overlay(qtbot):
    plot = _shown_plot(qtbot)
    plot.extend("g/total", [0, 1, 2], [3.0, 2.0, 1.0])
    plot.set_overlay("earlier run", {"g/total": (np.arange(3), np.array([4.0, 3.5, 3.0]))})
    qtbot.waitUntil(lambda: plot.overlay_curve("earlier run", "g/total").getData()[0] is not None
                    and len(plot.overlay_curve("earlier run", "g/total").getData()[0]) == 3, timeout=2000)
    plot._series["g/total"].toggle.setChecked(False)
    assert not plot.is_series_visible("g/total")
    assert not plot.overlay_curve("earlier run", "g/total").isVisible()
    plot.remove_overlay("earlier run")
    assert plot.overlay_labels() == []


def test_markers_and_rollback_truncation(qtbot):
    plot = _shown_plot(qtbot)
    plot.extend("g/total", np.arange(10), np.ones(10))
    plot.add_marker(4, "Loss became NaN", kind="rollback")
    plot.add_marker(8, "Gradient norm exploded")
    assert [m[0] for m in plot.markers()] == [4.0, 8.0]
    plot.truncate_after(5)
    assert [m[0] for m in plot.markers()] == [4.0]
    assert plot.stored("g/total")[0][-1] == 5


def test_timer_stops_when_hidden(qtbot):
    plot = _shown_plot(qtbot)
    plot.append("g/total", 0, 1.0)
    assert plot.is_painting()
    plot.hide()
    assert not plot.is_painting()
    plot.append("g/total", 1, 1.0)
    assert not plot.is_painting()
    plot.show()
    assert plot.is_painting()
    plot.close()
    assert not plot.is_painting()
