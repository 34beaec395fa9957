"""PlaybackController: A/B switching keeps the position, pause/seek/loop; one real device run."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from gui_fakes import FakePlayer  # noqa: E402
from svcdesk.gui.widgets.transport import PlaybackController, TransportBar, format_time  # noqa: E402

pytestmark = pytest.mark.gui
RATE = 16000


def _tone(seconds: float, hz: float) -> np.ndarray:
    return (0.2 * np.sin(2 * np.pi * hz * np.arange(int(seconds * RATE)) / RATE)).astype(np.float32)


def _controller(qtbot, player):
    controller = PlaybackController(lambda: player)
    bar = TransportBar(controller)
    controller.setParent(bar)  # as on a page: the controller (and its timer) goes with its widget
    qtbot.addWidget(bar)
    return controller, bar


def test_switching_tracks_swaps_at_the_same_position(qtbot):
    player = FakePlayer()
    controller, bar = _controller(qtbot, player)
    controller.set_track("a", _tone(3.0, 220), RATE)
    controller.set_track("b", _tone(6.0, 165), 2 * RATE)  # 3 s at 32 kHz, resampled to 16 kHz
    assert controller.track_audio("b").size == pytest.approx(3 * RATE, abs=2)
    controller.seek(1.0)
    assert controller.play() and controller.is_playing()
    qtbot.wait(120)
    before = controller.position()
    controller.set_active("b")
    after = controller.position()
    assert player.loads == 1 and player.swaps == 1, "switching must not reload (restart) the stream"
    assert after == pytest.approx(before, abs=0.05) and after > 1.05
    assert np.array_equal(player.audio, controller.track_audio("b"))
    with qtbot.waitSignal(controller.positionChanged, timeout=1000):
        pass
    assert bar.play_button.text() == "Pause"
    controller.pause()
    paused_at = controller.position()
    qtbot.wait(80)
    assert controller.position() == paused_at and not controller.is_playing()
    assert bar.play_button.text() == "Play"


def test_loop_restarts_at_its_start_and_natural_end_stops(qtbot):
    player = FakePlayer()
    controller, _bar = _controller(qtbot, player)
    controller.set_track("a", _tone(2.0, 220), RATE)
    controller.set_loop(0.5, 1.0)
    controller.play()
    assert player.position_s() == pytest.approx(0.5, abs=0.02)
    player.end_naturally()
    assert controller.is_playing() and player.position_s() == pytest.approx(0.5, abs=0.02)
    controller.set_loop(None)
    controller.seek(1.9)
    player.end_naturally()
    assert not controller.is_playing()
    assert controller.position() == pytest.approx(2.0)
    assert format_time(65.25) == "1:05.2"


def test_plays_through_a_real_device(qtbot, pulse_null_sink):
    """The pages' playback path (controller -> AudioPlayer -> PortAudio) on a real output stream."""
    from svcdesk.gui.playback import AudioPlayer

    player = AudioPlayer()
    controller, _bar = _controller(qtbot, player)
    try:
        controller.set_track("a", _tone(0.4, 440), RATE)
        controller.set_track("b", _tone(0.4, 660), RATE)
        assert controller.play(), "the null sink should accept a stream"
        controller.set_active("b")
        assert controller.is_playing() and controller.active() == "b"
        # The natural end of the stream reaches the controller as the player's `finished` signal.
        qtbot.waitUntil(lambda: not controller.is_playing(), timeout=10000)
        assert controller.position() == pytest.approx(0.4, abs=0.01)
    finally:
        controller.shutdown()
        player.close()
