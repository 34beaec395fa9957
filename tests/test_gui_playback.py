"""The player: the callback copies from the prepared buffer, A/B swap keeps the position, device
failures become a message instead of an exception."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")
sounddevice = pytest.importorskip("sounddevice")

from svcdesk.gui.playback import AudioPlayer, prepare_buffer  # noqa: E402


def test_prepare_buffer_lays_out_channels():
    mono = np.linspace(-1, 1, 10, dtype=np.float32)
    stereo = prepare_buffer(mono, 2)
    assert stereo.shape == (10, 2) and stereo.flags.c_contiguous
    assert np.array_equal(stereo[:, 0], mono) and np.array_equal(stereo[:, 1], mono)
    wide = np.stack([mono, -mono, mono * 0], axis=1)
    assert np.array_equal(prepare_buffer(wide, 2), wide[:, :2])
    assert np.all(np.isfinite(prepare_buffer(np.array([np.nan, 2.0, -3.0]), 1)))


def run_callback(player, frames, blocks):
    out = []
    for _ in range(blocks):
        block = np.full((frames, player._channels), 9.0, dtype=np.float32)
        try:
            player._callback(block, frames, None, None)
        except sounddevice.CallbackStop:
            out.append(block)
            return np.concatenate(out), True
        out.append(block)
    return np.concatenate(out), False


def test_callback_copies_the_requested_range_then_stops(qtbot):
    player = AudioPlayer()
    player._callback_stop = sounddevice.CallbackStop
    audio = np.sin(np.arange(5000) / 10).astype(np.float32)
    player.load(audio, 8000)
    player.seek(1000 / 8000)
    player._end = 4000
    played, stopped = run_callback(player, 512, 20)
    assert stopped
    assert np.array_equal(played[:3000, 0], audio[1000:4000])
    assert np.all(played[3000:] == 0.0), "the rest of the last block is silence, not stale memory"
    assert player.position_s() == pytest.approx(4000 / 8000)


def test_swap_keeps_the_position_for_ab_listening(qtbot):
    player = AudioPlayer()
    player._callback_stop = sounddevice.CallbackStop
    a = np.zeros(8000, dtype=np.float32)
    b = np.ones(8000, dtype=np.float32) * 0.5
    player.load(a, 8000)
    run_callback(player, 1000, 3)
    assert player.position_s() == pytest.approx(3000 / 8000)
    player.swap(b, 8000)
    played, _ = run_callback(player, 1000, 1)
    assert player.position_s() == pytest.approx(4000 / 8000)
    assert np.all(played == 0.5)
    with pytest.raises(ValueError):
        player.swap(b, 16000)


def test_a_missing_device_becomes_a_message(qtbot):
    player = AudioPlayer(device="no such output device 1234")
    player.load(np.zeros(800, dtype=np.float32), 8000)
    with qtbot.waitSignal(player.error, timeout=5000) as blocker:
        assert player.play() is False
    message = blocker.args[0]
    assert message.startswith(("The chosen sound output (no such output device 1234) is not available",
                               "No sound output device was found"))
    assert "Tools > Audio output device" in message and "-1" not in message and "PortAudio" not in message
    assert not player.is_playing


class PortAudioError(Exception):
    """Stands in for sounddevice.PortAudioError (the classification reads the text, as PortAudio gives no codes
    that survive sounddevice's wrapping)."""


@pytest.mark.parametrize("exc, device, devices, kind", [
    (OSError("PortAudio library not found"), None, [], "no-library"),
    (PortAudioError("Error querying device -1"), None, [], "no-device"),
    (PortAudioError("Error querying device -1"), None, [(0, "speakers")], "no-device"),
    (ValueError("No output device matching 'USB headset'"), "USB headset", [(0, "speakers")], "device-gone"),
    (PortAudioError("Error opening OutputStream: Invalid sample rate [PaErrorCode -9997]"), None, [(0, "x")], "rate"),
    (PortAudioError("Unanticipated host error [PaErrorCode -9999]"), None, [(0, "speakers")], "other"),
])
def test_playback_failures_are_classified_by_cause(exc, device, devices, kind):
    from svcdesk.gui.playback import failure_kind

    assert failure_kind(exc, device, devices) == kind


def test_no_device_message_names_the_fix(qtbot, monkeypatch):
    from svcdesk.gui import playback

    monkeypatch.setattr(playback, "output_devices", lambda: [])
    player = AudioPlayer()
    message = player.failure_message(PortAudioError("Error querying device -1"))
    assert message.startswith("No sound output device was found.") and "Tools > Audio output device" in message


def test_plays_through_a_real_device_and_signals_the_end(qtbot, pulse_null_sink):
    player = AudioPlayer()
    clip = (0.1 * np.sin(2 * np.pi * 440 * np.arange(4000) / 16000)).astype(np.float32)
    player.load(clip, 16000)
    with qtbot.waitSignal(player.finished, timeout=20000):
        assert player.play(), "the null sink must accept the stream"
        qtbot.waitUntil(lambda: player.position_s() > 0, timeout=10000)
    assert player.position_s() == pytest.approx(0.25)
    player.close()
