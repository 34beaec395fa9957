"""The Convert page: drop a source, see its pitch, convert with a tiny voice, play, switch, export."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from gui_fakes import FakePlayer  # noqa: E402
from gui_pages_helpers import RATE, PageContext, sung_clip, tiny_voice  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def project_with_voice(tmp_path):
    from svcdesk.project import Project

    project = Project.create(tmp_path / "Projekt ü")
    tiny_voice(project.exports_dir / "tiny.pth", seed=1)
    return project


def _drop_file(page, path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)


def _page(qtbot, project, player):
    from svcdesk.gui.pages.convert import ConvertPage

    page = ConvertPage(PageContext(project, player))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.f0_method.setCurrentText("pm")  # fast, and needs no weights
    return page


def test_convert_play_switch_and_export(qtbot, tmp_path, project_with_voice):
    # The fake output keeps the test free of the PulseAudio fixture: its device names would then show in
    # the i18n walk of later tests. Real output is covered by test_gui_widgets_transport (same controller).
    from svcdesk.audio.io import load_audio
    from svcdesk.gui.pages.convert import CONVERTED, SOURCE

    player = FakePlayer()
    page = _page(qtbot, project_with_voice, player)
    try:
        clip = sung_clip(tmp_path / "source vocal.wav", seconds=2.0)
        _drop_file(page, clip)
        qtbot.waitUntil(lambda: page._source_worker is None, timeout=60000)
        assert page.source_audio is not None and page.source_rate == RATE
        _, source_f0 = page.view.source_f0_curve.getData()
        assert np.nanmax(source_f0) > 80.0, "the source's pitch curve is drawn"
        page.transpose.setValue(12)
        _, target_f0 = page.view.target_f0_curve.getData()
        np.testing.assert_allclose(target_f0, source_f0 * 2.0, rtol=1e-6)

        assert page.model_combo.currentText() == "export · tiny"
        assert page.demo_encoder_box.isChecked(), "no ContentVec here: the demo encoder is offered"
        page.start_conversion()
        assert page.is_converting() and page.cancel_button.isEnabled()
        qtbot.waitUntil(lambda: not page.is_converting(), timeout=180000)
        assert page.converted is not None, page.status.text()
        audio, rate = page.converted
        assert rate == RATE and abs(audio.shape[0] - 2.0 * RATE) < 0.05 * RATE
        assert page.view.keys() == [SOURCE, CONVERTED] and page.controller.active() == CONVERTED

        # Playback, then A/B switching at the same position (a buffer swap, not a restart).
        page.controller.seek(0.3)
        assert page.controller.play(), page.status.text()
        qtbot.waitUntil(lambda: page.controller.position() > 0.45, timeout=10000)
        before = page.controller.position()
        page.hear(SOURCE)
        assert page.controller.active() == SOURCE and page.controller.is_playing()
        assert abs(page.controller.position() - before) < 0.1
        assert player.loads == 1 and player.swaps == 1
        page.view.set_selection(0.5, 1.5)
        assert page.transport.loop_box.isChecked() and page.controller.loop() == (0.5, 1.5)
        page.controller.pause()

        target = tmp_path / "out" / "converted.flac"
        page.export(str(target))
        qtbot.waitUntil(lambda: target.is_file() and page._export_worker is None, timeout=30000)
        written, written_rate = load_audio(target)
        assert written_rate == RATE and written.shape[0] == audio.shape[0]
    finally:
        page.shutdown()


def test_conversion_can_be_cancelled(qtbot, tmp_path, project_with_voice):
    page = _page(qtbot, project_with_voice, FakePlayer())
    page.load_source(str(sung_clip(tmp_path / "clip.wav", seconds=2.0)))
    qtbot.waitUntil(lambda: page._source_worker is None, timeout=60000)
    page.start_conversion()
    page.cancel_conversion()
    qtbot.waitUntil(lambda: not page.is_converting(), timeout=60000)
    assert page.converted is None and page.status.text() == "Cancelled."
    assert page.convert_button.isEnabled() and not page.export_wav.isEnabled()
