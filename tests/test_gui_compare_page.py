"""The Compare page: a run's checkpoints render one clip; switching renders keeps the playhead;
blind mode hides the names until the reveal; the chosen checkpoint exports as an RVC voice."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from gui_fakes import FakePlayer  # noqa: E402
from gui_pages_helpers import PageContext, sung_clip, tiny_voice  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_renders_switch_blind_reveal_and_export(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from svcdesk.gui.pages.compare import SOURCE_KEY, ComparePage
    from svcdesk.project import Project

    project = Project.create(tmp_path / "project")
    checkpoints = project.runs_dir / "run1" / "checkpoints"
    first = tiny_voice(checkpoints / "step_00000010.pt", seed=1)
    second = tiny_voice(checkpoints / "step_00000020.pt", seed=2)
    clip = sung_clip(tmp_path / "clip.wav", seconds=1.5)
    player = FakePlayer()
    page = ComparePage(PageContext(project, player))
    qtbot.addWidget(page)
    page.resize(1200, 850)
    page.show()
    page.select_run(str(project.runs_dir / "run1"))
    assert page.chosen_models() == [str(first), str(second)]
    page.f0_method.setCurrentText("pm")
    page.set_clip(str(clip))
    qtbot.waitUntil(lambda: page._clip_worker is None, timeout=30000)
    assert page.render_keys() == [SOURCE_KEY]
    # A row for each ticked model is built ahead, while nothing renders: Render then only shows them.
    qtbot.waitUntil(lambda: page.stack.spare_rows() == 2, timeout=5000)
    page.models.item(1).setCheckState(Qt.CheckState.Unchecked)
    page.models.item(1).setCheckState(Qt.CheckState.Checked)
    assert page.stack.spare_rows() == 2, "no more than the ticks need"

    # A cancel while the rows are still being built (before any job ran) leaves nothing waiting.
    page.start_comparison()
    assert page.is_rendering() and page._job is None
    page.cancel_comparison()
    assert not page.is_rendering() and page.status.text() == "Cancelled."
    qtbot.wait(100)
    assert page._job is None, "a cancelled comparison does not start later"
    assert all("not rendered (cancelled)" in page.stack.row_label_text(key) for key in page.render_keys()[1:])

    page.start_comparison()
    assert page.is_rendering()
    # The rows are built one per turn of the event loop (each takes tens of ms of the GUI thread), then the job
    # starts: built while a worker held the interpreter, a row took over 100 ms.
    qtbot.waitUntil(lambda: page.render_keys() == [SOURCE_KEY, str(first), str(second)], timeout=5000)
    qtbot.waitUntil(lambda: not page.is_rendering(), timeout=240000)
    assert set(page.controller.tracks()) == {SOURCE_KEY, str(first), str(second)}, page.status.text()
    assert page.table.rowCount() == 2 and page.table.item(0, 1).text() == "10"
    assert "step 10" in page.stack.row_label_text(str(first))
    # Each row says how its render went, not "rendering…" once the comparison is done.
    assert all("rendered in" in page.stack.row_label_text(key) for key in (str(first), str(second)))

    # Switching renders while playing keeps the position: a buffer swap, not a restart.
    page.hear(str(first))
    page.controller.seek(0.5)
    assert page.controller.play()
    qtbot.wait(150)
    before = page.controller.position()
    qtbot.keyClick(page, Qt.Key.Key_3)
    assert page.controller.active() == str(second) == page.stack.active()
    assert abs(page.controller.position() - before) < 0.1
    assert player.loads == 1 and player.swaps == 1
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert page.controller.active() == SOURCE_KEY and player.loads == 1
    page.controller.pause()

    # Blind: no names, no scores, shuffled; ratings survive the reveal.
    page.blind_box.setChecked(True)
    assert page.is_blind()
    labels = [page.stack.row_label_text(key) for key in page.render_keys()[1:]]
    assert all("step" not in label and "Render " in label for label in labels)
    assert sorted(page.table.item(r, 0).text() for r in range(2)) == ["Render A", "Render B"]
    assert all(page.table.isColumnHidden(c) for c in range(1, 6)) and not page.export_button.isEnabled()
    page.rate(str(second), 4)
    page.reveal()
    assert not page.is_blind() and not page.table.isColumnHidden(2)
    assert "step 20" in page.stack.row_label_text(str(second))
    assert page.ratings() == {str(second): 4}

    page.export(str(second), "my voice")
    target = project.exports_dir / "my voice.pth"
    qtbot.waitUntil(lambda: page._export_worker is None and target.is_file(), timeout=60000)
    from svcdesk.models.rvcfile import load_voice

    assert load_voice(target).has_pitch
    # The export says what happened to the index: this project has no features, so none could be built.
    assert page.status.text() == ("Exported my voice.pth to the project's exports folder, without a retrieval index: "
                                  "the run has no index, and the project has no training features to build one "
                                  "from (train or preprocess it first). It joined the voice library as my voice.")
    index = second.parent.parent / "added_IVF8_Flat_nprobe_1_run1_v2.index"
    index.write_bytes(b"an index of the run")
    page.export(str(second), "with index")
    qtbot.waitUntil(lambda: page._export_worker is None and (project.exports_dir / "with index.pth").is_file(),
                    timeout=60000)
    assert (project.exports_dir / index.name).read_bytes() == b"an index of the run"
    assert page.status.text() == (f"Exported with index.pth and its index {index.name} (the run's index) to the "
                                  "project's exports folder. It was in the voice library already, as my voice.")


def test_checkpoints_saved_while_training_join_the_list(qtbot, tmp_path):
    """A checkpoint written into the chosen run after it was picked joins the list ticked; the user's
    ticks stay; a rotated-away unrendered one leaves; after the project changes nothing is followed."""
    from PySide6.QtCore import Qt

    from svcdesk.gui.pages.compare import ComparePage
    from svcdesk.project import Project

    project = Project.create(tmp_path / "project")
    run = project.runs_dir / "run1"
    first = tiny_voice(run / "checkpoints" / "step_00000010.pt", seed=1)
    page = ComparePage(PageContext(project, FakePlayer()))
    qtbot.addWidget(page)
    page.select_run(str(run))
    listed = lambda: [page.models.item(r).data(Qt.ItemDataRole.UserRole) for r in range(page.models.count())]  # noqa: E731
    assert listed() == [str(first)]
    page.models.item(0).setCheckState(Qt.CheckState.Unchecked)

    second = tiny_voice(run / "checkpoints" / "step_00000020.pt", seed=2)  # atomic: temp file, then os.replace
    qtbot.waitUntil(lambda: str(second) in listed(), timeout=5000)
    assert listed() == [str(first), str(second)]
    assert page.chosen_models() == [str(second)]
    assert page.models.item(1).text() == "run1 · step 20"

    first.unlink()
    qtbot.waitUntil(lambda: listed() == [str(second)], timeout=5000)

    page.context.project_changed.emit(project)
    tiny_voice(run / "checkpoints" / "step_00000030.pt", seed=3)
    qtbot.wait(1000)
    assert listed() == [str(second)]
