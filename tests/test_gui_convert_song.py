"""The Convert page with a whole song: Song (mix) input separates, converts and remixes in one job with one
progress bar; the original, the separated vocal, the converted vocal and the cover play from the same position;
Cancel stops it and leaves no cover."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from gui_fakes import FakePlayer  # noqa: E402
from gui_pages_helpers import PageContext, tiny_voice  # noqa: E402
from separation_helpers import install_tiny_separator, write_song  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def song_page(qtbot, tmp_path, monkeypatch):
    from svcdesk.gui.pages.convert import ConvertPage
    from svcdesk.project import Project

    install_tiny_separator(monkeypatch, tmp_path)
    project = Project.create(tmp_path / "Projekt ü")
    tiny_voice(project.exports_dir / "tiny.pth", seed=1)
    player = FakePlayer()
    page = ConvertPage(PageContext(project, player))
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.f0_method.setCurrentText("pm")
    song = tmp_path / "whole song.wav"
    write_song(song, seconds=2.5)
    page.load_source(str(song))
    qtbot.waitUntil(lambda: page._source_worker is None, timeout=60000)
    page.song_options.mode.setCurrentIndex(page.song_options.mode.findData("song"))
    yield page, player, project
    page.shutdown()


def test_a_song_becomes_a_cover_with_four_way_ab(qtbot, tmp_path, song_page):
    from svcdesk.gui.pages.convert import CONVERTED, SOURCE
    from svcdesk.gui.pages.song_jobs import COVER_KEY, SEPARATED_KEY

    page, player, project = song_page
    assert page.song_options.hear_cover.isVisible() and page.song_options.karaoke.isEnabled()
    seen = []
    page.progress.valueChanged.connect(lambda value: page.is_converting() and seen.append(value))
    page.start_conversion()
    qtbot.waitUntil(lambda: not page.is_converting(), timeout=180000)
    assert set(page.controller.tracks()) == {SOURCE, SEPARATED_KEY, CONVERTED, COVER_KEY}, page.status.text()
    assert page.controller.active() == COVER_KEY and "cover is ready" in page.status.text()
    assert seen == sorted(seen) and len(set(seen)) > 3  # one bar over all stages, only forwards
    cover, rate = page.converted
    assert cover.ndim == 2 and cover.shape[1] == 2 and abs(len(cover) / rate - 2.5) < 0.05

    page.controller.seek(0.4)
    assert page.controller.play()
    qtbot.waitUntil(lambda: page.controller.position() > 0.5, timeout=10000)
    for key, button in ((SEPARATED_KEY, page.song_options.hear_separated), (SOURCE, page.hear_source),
                        (CONVERTED, page.hear_converted), (COVER_KEY, page.song_options.hear_cover)):
        before = page.controller.position()
        button.click()
        assert page.controller.active() == key and page.controller.is_playing()
        assert abs(page.controller.position() - before) < 0.15
    assert player.loads == 1  # every switch swapped the buffer in place
    page.controller.pause()

    target = tmp_path / "exported" / "cover.flac"
    page.export(str(target))
    qtbot.waitUntil(lambda: target.is_file() and page._export_worker is None, timeout=30000)
    assert list((project.cache_dir / "separation").iterdir()), "the stems are kept for the next voice"


def test_a_song_job_can_be_cancelled_and_leaves_no_cover(qtbot, song_page):
    page, _player, project = song_page
    page.start_conversion()
    qtbot.waitUntil(lambda: page.progress.maximum() > 0 and page.progress.value() > 0, timeout=60000)
    page.cancel_conversion()
    qtbot.waitUntil(lambda: not page.is_converting(), timeout=60000)
    assert page.status.text() == "Cancelled." and page.converted is None
    covers = project.cache_dir / "covers"
    assert not covers.exists() or not [p for p in covers.iterdir() if p.is_file()]
    assert page.convert_button.isEnabled()
