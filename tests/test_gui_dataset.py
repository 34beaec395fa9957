"""Dataset page: importing fills the table, include/exclude persists, cancel stops the import."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from svcdesk.project import Project

pytest.importorskip("pytestqt")


@pytest.fixture
def takes(tmp_path, sung_take):
    folder = tmp_path / "vocals ünïcode"
    folder.mkdir()
    paths = []
    for i, (freq, sr) in enumerate([(220.0, 44100), (330.0, 48000)]):
        path = folder / f"take {i}.wav"
        sf.write(path, sung_take(6.0, sr, freq, seed=i), sr)
        paths.append(path)
    clipped = folder / "clipped.wav"
    sf.write(clipped, np.clip(sung_take(6.0, 44100, 440.0, gain=3.0, seed=3), -1, 1), 44100)
    paths.append(clipped)
    (folder / "broken.wav").write_bytes(b"RIFF\x10\x00\x00\x00WAVE")
    return folder, paths


@pytest.fixture
def dataset_page(qtbot, gui_context, tmp_path):
    from svcdesk.gui.pages.dataset import DatasetPage

    gui_context.set_project(Project.create(tmp_path / "My Voice"))
    page = DatasetPage(gui_context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    return page


def wait_idle(qtbot, page):
    qtbot.waitUntil(lambda: page.job is None and page._report_job is None, timeout=30000)


def test_import_fills_the_table_with_figures_and_statuses(qtbot, dataset_page, takes):
    from svcdesk.gui.widgets.dataset_table import COLUMN_INDEX

    folder, paths = takes
    originals = {p: p.read_bytes() for p in folder.iterdir()}
    assert dataset_page.import_paths([folder]) is not None
    wait_idle(qtbot, dataset_page)
    model = dataset_page.model
    assert model.rowCount() == 3, "three readable files; the broken one becomes a warning"
    names = {model.value(r, "name"): r for r in range(model.rowCount())}
    assert set(names) == {"take 0.wav", "take 1.wav", "clipped.wav"}
    take0 = names["take 0.wav"]
    assert model.value(take0, "sample_rate") == 44100
    assert model.value(take0, "duration_s") == pytest.approx(6.0, abs=0.01)
    assert model.value(names["clipped.wav"], "status") == "warning"
    assert model.value(names["clipped.wav"], "clipped_ratio") > 0.01
    shown = model.index(take0, COLUMN_INDEX["duration_s"]).data()
    assert shown == "6.0 s"
    warnings = [dataset_page.warnings.topLevelItem(i).text(0) for i in range(dataset_page.warnings.topLevelItemCount())]
    assert any("broken.wav" in w for w in warnings)
    assert any("clipping" in w for w in warnings)
    assert {p: p.read_bytes() for p in folder.iterdir()} == originals, "originals are never modified"
    assert len(list((dataset_page.project.raw_dir).iterdir())) == 3


def test_sorting_uses_numbers_not_text(qtbot, dataset_page, takes):
    from PySide6.QtCore import Qt

    from svcdesk.gui.widgets.dataset_table import COLUMN_INDEX

    dataset_page.import_paths(takes[1])
    wait_idle(qtbot, dataset_page)
    column = COLUMN_INDEX["sample_rate"]
    dataset_page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    rates = [dataset_page.proxy.index(r, column).data() for r in range(dataset_page.proxy.rowCount())]
    assert rates == ["48 kHz", "44.1 kHz", "44.1 kHz"]


def test_excluding_a_file_is_saved_in_the_project(qtbot, dataset_page, takes):
    from PySide6.QtCore import Qt

    from svcdesk.gui.widgets.dataset_table import COLUMN_INDEX

    dataset_page.import_paths(takes[1][:2])
    wait_idle(qtbot, dataset_page)
    model = dataset_page.model
    index = model.index(0, COLUMN_INDEX["included"])
    file_id = model.file_id(0)
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    wait_idle(qtbot, dataset_page)
    assert Project.open(dataset_page.project.root).file(file_id).included is False
    assert "1 included" in dataset_page.totals.text()


def test_cancel_stops_a_long_import(qtbot, dataset_page, tmp_path, sung_take):
    folder = tmp_path / "many"
    folder.mkdir()
    audio = sung_take(3.0, 16000, 200.0)
    for i in range(40):
        sf.write(folder / f"t{i:02d}.wav", audio * (0.5 + i / 100), 16000)
    dataset_page.import_paths([folder])
    qtbot.waitUntil(lambda: dataset_page.progress.value() >= 1, timeout=10000)
    dataset_page.cancel()
    wait_idle(qtbot, dataset_page)
    imported = len(Project.open(dataset_page.project.root).files)
    assert 1 <= imported < 40
    assert not dataset_page.progress.isVisible()
    leftovers = [p.name for p in dataset_page.project.raw_dir.iterdir() if p.suffix == ".tmp"]
    assert leftovers == []
