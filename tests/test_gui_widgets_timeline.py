"""StackedWaveforms and WaveformF0View: shared playhead, seeking, loop selection, order, f0 overlay."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from svcdesk.gui.widgets.timeline import StackedWaveforms, spectrogram_db, waveform_envelope  # noqa: E402
from svcdesk.gui.widgets.waveform_f0 import WaveformF0View, voiced_curve  # noqa: E402

pytestmark = pytest.mark.gui
RATE = 16000


def _tone(seconds: float, hz: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.5 * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def test_envelope_keeps_peaks_and_time_axis():
    audio = np.zeros(RATE, dtype=np.float32)
    audio[RATE // 2] = 0.9
    audio[RATE // 4] = -0.7
    times, values = waveform_envelope(audio, RATE)
    assert values.size == RATE and values.max() == pytest.approx(0.9)
    # Longer audio is reduced to min/max pairs that share one x and keep every peak.
    times, values = waveform_envelope(audio, RATE, max_points=1000)
    assert values.size <= 1000 and values.max() == pytest.approx(0.9) and values.min() == pytest.approx(-0.7)
    assert times[0] == 0.0 and times[-1] < 1.0 and np.all(times[0::2] == times[1::2])
    assert times[np.argmax(values)] == pytest.approx(0.5, abs=0.01)


def test_spectrogram_peak_bin_matches_tone():
    db = spectrogram_db(_tone(1.0, hz=1000.0), RATE, n_fft=1024)
    peak_bin = int(np.argmax(db.mean(axis=0)))
    assert peak_bin * RATE / 1024 == pytest.approx(1000.0, abs=RATE / 1024)


def test_stack_shares_playhead_selection_and_reorders(qtbot):
    stack = StackedWaveforms()
    qtbot.addWidget(stack)
    stack.resize(600, 400)
    stack.add_track("a", "epoch 10", _tone(2.0), RATE)
    stack.add_track("b", "epoch 20", status="rendering")
    stack.add_track("c", "epoch 30", _tone(1.5), RATE)
    stack.show()
    qtbot.waitExposed(stack)
    assert stack.duration() == pytest.approx(2.0)
    stack.set_playhead(1.25)
    assert {round(stack.row(k).playhead.value(), 3) for k in stack.keys()} == {1.25}
    with qtbot.waitSignal(stack.selectionChanged) as blocker:
        stack.set_selection(0.5, 1.0)
    assert blocker.args == [0.5, 1.0]
    assert all(stack.row(k).region.isVisible() for k in stack.keys())
    stack.set_row_audio("b", _tone(2.0, 330.0), RATE)
    stack.set_order(["c", "a", "b"])
    assert stack.track_at(0) == "c" and stack.track_at(2) == "b" and stack.track_at(5) is None
    assert stack.row_label_text("c").count("1. ") == 1
    stack.set_active("a")
    assert "bold" in stack.row_label_text("a") and "bold" not in stack.row_label_text("c")
    stack.set_view_mode("spectrogram")
    assert stack.row("a").image.isVisible() and not stack.row("a").curve.isVisible()
    stack.clear_selection()
    assert stack.selection() is None


def test_click_in_a_row_requests_a_seek(qtbot):
    stack = StackedWaveforms()
    qtbot.addWidget(stack)
    stack.resize(600, 300)
    stack.add_track("a", "render", _tone(2.0), RATE)
    stack.show()
    qtbot.waitExposed(stack)
    viewbox = stack.row("a").viewbox
    target = viewbox.mapViewToScene(pg_point(1.0, 0.0))
    view_pos = stack.row("a").widget.mapFromScene(target)
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(stack.seekRequested, timeout=2000) as blocker:
        qtbot.mouseClick(stack.row("a").widget.viewport(), Qt.MouseButton.LeftButton, pos=view_pos)
    assert blocker.args[0] == pytest.approx(1.0, abs=0.05)


def test_rows_built_ahead_are_taken_and_removed_rows_come_back_clean(qtbot):
    """Rows are built ahead (one per event-loop turn) so that adding one during a render only shows it; a
    removed row is emptied and kept for the next, and answers clicks with its new key."""
    stack = StackedWaveforms()
    qtbot.addWidget(stack)
    stack.resize(600, 400)
    stack.show()
    qtbot.waitExposed(stack)
    stack.reserve_rows(3)
    assert stack.spare_rows() == 1, "one row per turn of the event loop, not all at once"
    qtbot.waitUntil(lambda: stack.spare_rows() == 3, timeout=5000)
    spare_widgets = {id(stack._spares[i].widget) for i in range(3)}
    stack.add_track("a", "epoch 10", _tone(2.0), RATE)
    stack.set_selection(0.5, 1.0)
    stack.set_active("a")
    assert id(stack.row("a").widget) in spare_widgets and stack.spare_rows() == 2
    assert stack.row("a").container.isVisible()

    stack.remove_row("a")
    assert stack.spare_rows() == 3
    stack.clear_selection()
    stack.add_track("b", "epoch 20", status="rendering")
    row = stack.row("b")
    assert row.audio is None and (row.curve.xData is None or len(row.curve.xData) == 0)
    assert not row.region.isVisible() and "bold" not in stack.row_label_text("b") and "rendering" in row.label_item.text()
    qtbot.wait(50)
    stack.set_row_audio("b", _tone(1.0), RATE)
    qtbot.wait(50)
    target = row.viewbox.mapViewToScene(pg_point(0.5, 0.0))
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(stack.rowClicked, timeout=2000) as blocker:
        qtbot.mouseClick(row.widget.viewport(), Qt.MouseButton.LeftButton, pos=row.widget.mapFromScene(target))
    assert blocker.args == ["b"]


def pg_point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_f0_overlay_breaks_on_unvoiced_and_shows_transposed_target(qtbot):
    view = WaveformF0View()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.set_source(_tone(1.0), RATE)
    f0 = np.full(100, 220.0)
    f0[40:50] = 0.0
    view.set_f0(f0)
    view.set_transpose(12)
    view.show()
    qtbot.waitExposed(view)
    _, source = view.source_f0_curve.getData()
    _, target = view.target_f0_curve.getData()
    assert np.isnan(source[45]) and source[0] == pytest.approx(220.0)
    assert target[0] == pytest.approx(440.0)
    assert view.target_f0_curve.isVisible()
    # The pitch overlay sits on top of the waveform but clicks still reach the timeline.
    from PySide6.QtCore import Qt

    target = view.row("source").viewbox.mapViewToScene(pg_point(0.5, 0.0))
    with qtbot.waitSignal(view.seekRequested, timeout=2000) as blocker:
        plot_widget = view.row("source").widget
        qtbot.mouseClick(plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=plot_widget.mapFromScene(target))
    assert blocker.args[0] == pytest.approx(0.5, abs=0.05)
    view.set_converted(_tone(1.0, 440.0), RATE)
    assert view.keys() == ["source", "converted"]
    view.set_converted(None)
    assert view.keys() == ["source"]
    times, hz = voiced_curve(np.array([0.0, 100.0, np.nan]), 100.0, -12)
    assert np.isnan(hz[0]) and hz[1] == pytest.approx(50.0) and np.isnan(hz[2])
