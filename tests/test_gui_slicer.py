"""Slicer page: live preview of cuts, hand edits saved to the project, slicing to disk, waveform data."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from svcdesk.project import Project

pytest.importorskip("pytestqt")


@pytest.fixture
def slicer_page(qtbot, gui_context, tmp_path, sung_take):
    from svcdesk.gui.pages.slicer import SlicerPage

    source = tmp_path / "take.wav"
    sf.write(source, sung_take(40.0, 40000, 220.0), 40000)
    project = Project.create(tmp_path / "Voice ü")
    list(project.import_files([source]))
    gui_context.set_project(project)
    page = SlicerPage(gui_context)
    page.resize(1200, 700)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.audio is not None and page.load_job is None, timeout=20000)
    return page


def settle(qtbot, page):
    qtbot.waitUntil(lambda: page.slice_job is None and page.curve_job is None, timeout=30000)
    qtbot.wait(650)  # the debounced config save and the throttled preview have fired


def test_loaded_file_shows_the_slicers_plan(qtbot, slicer_page):
    page = slicer_page
    proposed = page.project.proposed_plan(page.file_id)
    assert page.plan == proposed and len(proposed) >= 2
    drawn = [value for item in page._regions for value in item.getRegion()]
    assert drawn == pytest.approx([value for r in proposed for value in (r.start_s, r.end_s)])
    times, values = page.waveform.curve.getData()
    t0, t1 = page.waveform.visible_range()
    assert times.size > 0 and times.min() >= t0 - 0.01 and times.max() <= t1 + 0.01
    assert np.abs(values).max() == pytest.approx(np.abs(page.audio).max(), rel=1e-6)
    _, counts = page.histogram_data()
    assert counts.sum() == len(proposed)
    rms_times, rms_db = page.rms_curve.getData()
    assert rms_db.size == page.curve.db.size
    settle(qtbot, page)


def test_parameter_change_moves_the_cuts_and_is_saved(qtbot, slicer_page):
    page = slicer_page
    before = page.plan
    with qtbot.waitSignal(page.preview_updated, timeout=5000):
        page.controls.spins["min_length_s"].setValue(1.0)
    with qtbot.waitSignal(page.preview_updated, timeout=5000):
        page.controls.spins["max_length_s"].setValue(4.0)
    settle(qtbot, page)
    assert page.controls.config().preset == "custom"
    assert page.plan != before
    assert all(1.0 - 1e-6 <= r.duration_s <= 4.0 + 1e-6 for r in page.plan)
    saved = Project.open(page.project.root).slicing_config
    assert (saved.min_length_s, saved.max_length_s, saved.preset) == (1.0, 4.0, "custom")


def test_threshold_line_and_min_silence_recompute_the_preview(qtbot, slicer_page):
    page = slicer_page
    page.threshold_line.setValue(-20.0)
    with qtbot.waitSignal(page.preview_updated, timeout=5000):
        page.threshold_line.sigPositionChangeFinished.emit(page.threshold_line)
    assert page.controls.config().threshold_db == -20.0
    old_curve = page.curve
    with qtbot.waitSignal(page.preview_updated, timeout=10000):
        page.controls.spins["min_interval_s"].setValue(0.6)
    assert page.curve is not old_curve and page.curve_settings[1] == 0.6
    settle(qtbot, page)


def test_hand_edits_are_saved_to_the_project(qtbot, slicer_page):
    page = slicer_page
    first = page.plan[0]
    item = page._regions[0]
    item.setRegion((first.start_s + 0.25, first.end_s))
    item.sigRegionChangeFinished.emit(item)
    saved = Project.open(page.project.root).file(page.file_id).plan
    assert saved is not None and saved[0].start_s == pytest.approx(first.start_s + 0.25, abs=1e-3)
    assert page.hand_edited and page.reset_button.isEnabled()

    page.select_segment(1)
    page.toggle_selected_included()
    assert Project.open(page.project.root).file(page.file_id).plan[1].included is False
    assert "excluded" in page.preview_label.text()

    count = len(page.plan)
    page._waveform_clicked((page.plan[0].start_s + page.plan[0].end_s) / 2)
    page.split_at_cursor()
    assert len(Project.open(page.project.root).file(page.file_id).plan) == count + 1

    page.reset_edits()
    assert Project.open(page.project.root).file(page.file_id).plan is None
    assert page.plan == page.project.proposed_plan(page.file_id)
    settle(qtbot, page)


def test_slice_all_writes_the_segments(qtbot, slicer_page):
    page = slicer_page
    page.select_segment(0)
    page.toggle_selected_included()
    expected = page.plan
    worker = page.slice_files(None)
    assert worker is not None and not page.slice_all_button.isEnabled()
    settle(qtbot, page)
    project = Project.open(page.project.root)
    written = sorted(project.segments_dir.glob("*.wav"))
    assert len(written) == len(expected) == len(project.segments)
    for segment, region in zip(sorted(project.segments, key=lambda s: s.index), expected):
        info = sf.info(segment.path)
        assert info.samplerate == project.sample_rate and info.channels == 1
        assert info.duration == pytest.approx(region.duration_s, abs=0.02)
    assert len(project.segment_paths()) == len(expected) - 1, "the excluded segment stays out of training"
    assert page.slice_all_button.isEnabled() and not page.progress.isVisible()


def test_pyramid_envelope_is_exact_and_bounded():
    from svcdesk.gui.widgets.long_waveform import MinMaxPyramid

    rng = np.random.default_rng(1)
    audio = rng.standard_normal(3_000_000).astype(np.float32) * 0.1
    audio[1_234_567] = 0.99
    pyramid = MinMaxPyramid(audio, 8000)
    for t0, t1 in [(0.0, 375.0), (100.0, 200.0), (154.0, 154.5), (154.3, 154.31)]:
        times, values = pyramid.envelope(t0, t1, 1000)
        s0, s1 = int(np.floor(t0 * 8000)), int(np.ceil(t1 * 8000)) + 1
        if s1 - s0 > 32 * 1000:  # zoomed out: min/max columns, never more than two values per point
            assert values.size <= 2 * 1000 + 2
        else:  # zoomed in: the samples themselves
            assert np.array_equal(values, audio[s0:s1])
        assert values.max() == audio[s0:s1].max() and values.min() == audio[s0:s1].min()
        assert times.min() >= t0 - 0.05 and times.max() <= t1 + 0.05


def test_time_axis_reads_like_a_clock(qtbot):
    from svcdesk.gui.widgets.long_waveform import TimeAxis, format_clock

    assert format_clock(3725.0, 60) == "1:02:05"
    assert format_clock(65.25, 0.5) == "1:05.2"
    assert format_clock(5.0, 1) == "0:05"
    axis = TimeAxis("bottom")
    (major, _), (minor, _) = axis.tickSpacing(0.0, 3600.0, 900)
    assert major == 600 and minor == 100


def test_space_plays_the_selected_segment_with_a_moving_cursor(qtbot, slicer_page, pulse_null_sink):
    from PySide6.QtCore import Qt

    page = slicer_page
    page.select_segment(0)
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page._playing and page.play_button.text() == "Stop"
    start = page.plan[0].start_s
    qtbot.waitUntil(lambda: page.play_cursor.value() > start + 0.2, timeout=10000)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert not page._playing and not page.cursor_timer.isActive()
    assert not page.context.player.is_playing
    settle(qtbot, page)
