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


def test_a_bad_source_or_model_leaves_the_page_in_a_true_state(qtbot, tmp_path, project_with_voice):
    """A text file opened as the source keeps the old source and says so; no export or hearing of a result
    that is not there; a text file as the model fails with words a user reads, on the page only."""
    from svcdesk.gui.pages.convert import CONVERTED

    player = FakePlayer()
    page = _page(qtbot, project_with_voice, player)
    try:
        assert not page.convert_button.isEnabled() and "Open a vocal first" in page.convert_button.toolTip()
        assert not page.export_wav.isEnabled() and "nothing to export" in page.export_wav.toolTip()
        clip = sung_clip(tmp_path / "good take.wav", seconds=1.5)
        page.load_source(str(clip))
        qtbot.waitUntil(lambda: page._source_worker is None, timeout=60000)
        page.start_conversion()
        qtbot.waitUntil(lambda: not page.is_converting(), timeout=120000)
        assert page.converted is not None and page.export_wav.isEnabled() and page.hear_converted.isEnabled()

        text = tmp_path / "lyrics.wav"
        text.write_text("not audio at all\n", encoding="utf-8")
        page.load_source(str(text))
        assert not page.convert_button.isEnabled() and not page.export_wav.isEnabled(), "nothing acts mid-read"
        qtbot.waitUntil(lambda: page._source_worker is None, timeout=60000)
        label = page.source_label.text()
        assert "Could not read lyrics.wav" in label and "not an audio file (it contains text)" in label
        assert label.endswith("Still using good take.wav."), label
        assert page.source_path == str(clip) and page.converted is not None
        assert page.convert_button.isEnabled() and page.export_wav.isEnabled(), "the kept source and result act"
        assert CONVERTED in page.controller.tracks()

        bad_model = tmp_path / "notamodel.pth"
        bad_model.write_text("hello", encoding="utf-8")
        page.select_model(str(bad_model))
        page.start_conversion()
        qtbot.waitUntil(lambda: not page.is_converting(), timeout=60000)
        status = page.status.text()
        assert status == ("Conversion failed: notamodel.pth: not a readable voice model: it contains text, not model "
                          "weights"), status
        assert "(101)" not in status and "_job" not in status
    finally:
        page.shutdown()


def test_job_errors_a_page_shows_stay_out_of_the_status_bar(qtbot, gui_context, caplog):
    import logging

    from svcdesk.errors import AudioError
    from svcdesk.gui.logs import SHOWN_IN_PAGE, LogLine
    from svcdesk.gui.main_window import MainWindow
    from svcdesk.gui.workers import _log_job_error

    caplog.set_level(logging.INFO)
    _log_job_error("source_job", AudioError("bad.wav: not an audio file (it contains text)"), shown_in_page=True)
    _log_job_error("download_job", AudioError("weights.pt: could not be written"))
    shown, other = caplog.records[-2:]
    assert shown.getMessage() == "bad.wav: not an audio file (it contains text)", "no job name in the text"
    assert shown.name == "svcdesk.gui.jobs.source_job", "the log file still names the job"
    assert getattr(shown, SHOWN_IN_PAGE) is True and getattr(other, SHOWN_IN_PAGE) is False

    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.statusBar().clearMessage()
    window._log_line(LogLine(0.0, logging.WARNING, shown.name, shown.getMessage(), True))
    assert window.statusBar().currentMessage() == ""
    window._log_line(LogLine(0.0, logging.WARNING, other.name, other.getMessage(), False))
    assert window.statusBar().currentMessage() == "weights.pt: could not be written"


def test_the_page_remembers_what_a_user_chose(qtbot, tmp_path, gui_context, project_with_voice):
    """The length shows before Play; dialogs open in the project's folders, then where the user last went;
    the output rate and the last voice used stay chosen in a new page and in another project."""
    from svcdesk.gui.pages.convert import ConvertPage
    from svcdesk.project import Project

    gui_context.set_project(project_with_voice)
    page = ConvertPage(gui_context)
    qtbot.addWidget(page)
    page.f0_method.setCurrentText("pm")
    try:
        root = project_with_voice.root
        assert page.dialog_folder("models") == str(root / "exports")
        assert page.dialog_folder("audio") == str(root), "no converted/ folder yet: the project itself"
        (root / "converted").mkdir()
        assert page.dialog_folder("audio") == str(root / "converted")
        elsewhere = tmp_path / "Takes ü"
        elsewhere.mkdir()
        page.remember_folder("audio", str(elsewhere / "take 1.wav"))
        assert page.dialog_folder("audio") == str(elsewhere)

        page.load_source(str(sung_clip(tmp_path / "clip.wav", seconds=2.0)))
        qtbot.waitUntil(lambda: page._source_worker is None, timeout=60000)
        assert page.transport.time_label.text() == "0:00.0 / 0:02.0", "the length shows before Play"

        page.output_rate.setCurrentIndex(page.output_rate.findData(44100))
        assert page.options().output_sample_rate == 44100
        page.start_conversion()
        qtbot.waitUntil(lambda: not page.is_converting(), timeout=180000)
        assert page.converted is not None and page.converted[1] == 44100, page.status.text()
    finally:
        page.shutdown()

    gui_context.set_project(Project.create(tmp_path / "another"))
    fresh = ConvertPage(gui_context)
    qtbot.addWidget(fresh)
    try:
        assert fresh.output_rate.currentData() == 44100
        assert fresh.model_combo.currentText() == "last used · tiny.pth"
        assert fresh.model_combo.currentData() == str(project_with_voice.exports_dir / "tiny.pth")
    finally:
        fresh.shutdown()
