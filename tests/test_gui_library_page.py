"""The Library page: a zip dropped on it joins the library, the Convert page converts with it from its searchable
combo; edit, delete, export, merge with a cached preview; the window's sixth page on Ctrl+6."""

from __future__ import annotations

import zipfile

import pytest

pytest.importorskip("pytestqt")

from gui_fakes import FakePlayer  # noqa: E402
from gui_pages_helpers import PageContext, sung_clip  # noqa: E402
from library_helpers import rvc_index_name, write_index, write_voice, write_zip  # noqa: E402

pytestmark = [pytest.mark.gui]


@pytest.fixture
def library_root(tmp_path, monkeypatch):
    root = tmp_path / "Bibliothek"
    monkeypatch.setenv("SVCDESK_LIBRARY_DIR", str(root))
    return root


def _drop(widget, *targets) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(t)) for t in targets])
    widget.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


def _library_page(qtbot, player=None):
    from svcdesk.gui.pages.library import LibraryPage

    page = LibraryPage(PageContext(None, player or FakePlayer()))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_drop_a_zip_then_convert_with_it_from_the_convert_page(qtbot, tmp_path, library_root):
    from svcdesk.gui.pages.convert import ConvertPage
    from svcdesk.project import Project

    shared = write_zip(tmp_path / "Kira RVC.zip", {
        "Kira/Kira.pth": write_voice(tmp_path / "src" / "Kira.pth"),
        f"Kira/{rvc_index_name('Kira')}": write_index(tmp_path / "src" / "k.index"),
        "__MACOSX/Kira/._Kira.pth": b"junk"})
    page = _library_page(qtbot)
    assert page.names() == [] and page.empty_hint.isVisible()
    with qtbot.waitSignal(page.importFinished, timeout=60000) as imported:
        _drop(page, shared)
    assert imported.args == [["Kira"]], page.status.text()
    assert page.names() == ["Kira"] and not page.empty_hint.isVisible()
    assert page.table.item(0, 1).text() == "40k" and page.table.item(0, 2).text() == "v2"
    assert "Kira RVC.zip/Kira/Kira.pth" in page.table.item(0, 5).text()
    assert page.selected_names() == ["Kira"] and "Index" in page.details.text()

    project = Project.create(tmp_path / "Projekt")
    convert = ConvertPage(PageContext(project, FakePlayer()))
    qtbot.addWidget(convert)
    convert.show()
    convert.f0_method.setCurrentText("pm")
    assert convert.library_combo.choose("Kira")
    assert convert.model_combo.currentText() == "library · Kira"
    assert convert.index_combo.currentData().endswith(rvc_index_name("Kira"))
    convert.load_source(str(sung_clip(tmp_path / "vocal.wav", seconds=1.0)))
    qtbot.waitUntil(lambda: convert._source_worker is None and convert.source_audio is not None, timeout=60000)
    convert.demo_encoder_box.setChecked(True)
    with qtbot.waitSignal(convert.convertedReady, timeout=120000):
        convert.start_conversion()
    audio, rate = convert.converted
    assert rate == 40000 and audio.shape[0] > 0.9 * rate
    qtbot.waitUntil(lambda: not convert.is_converting(), timeout=10000)
    convert.shutdown()


def test_refused_drop_says_why_and_adds_nothing(qtbot, tmp_path, library_root):
    from library_helpers import write_so_vits_model

    page = _library_page(qtbot)
    sovits = write_so_vits_model(tmp_path / "sovits")
    page.import_sources([str(sovits)])
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30000)
    assert "G_1000.pth is a so-vits-svc model; svcdesk reads RVC v1/v2 voices" in page.status.text()
    assert page.names() == [] and not [p for p in library_root.rglob("*") if p.is_file()]


def test_search_edit_export_delete(qtbot, tmp_path, library_root):
    page = _library_page(qtbot)
    for name, rate in (("Alpha", 40000), ("Beta", 48000)):
        page.import_sources([str(write_voice(tmp_path / f"{name}.pth", seed=len(name), sample_rate=rate))])
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=30000)
    assert page.names() == ["Alpha", "Beta"]
    page.search.setText("48k")
    assert page.visible_names() == ["Beta"]
    page.search.clear()
    assert page.apply_edit("Alpha", "Alpha Prime", ["warm", "alto"], "from a friend")
    assert page.selected_names() == ["Alpha Prime"]
    page.search.setText("warm")
    assert page.visible_names() == ["Alpha Prime"]
    page.search.clear()

    out = tmp_path / "export" / "Alpha.zip"
    out.parent.mkdir()
    page.export("Alpha Prime", str(out))
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30000)
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["Alpha_Prime.pth"]

    gone = page.delete(["Beta"], permanently_if_no_trash=True)
    assert gone == ["Beta"] and page.names() == ["Alpha Prime"]
    assert not (library_root / "Beta").exists()


def test_merge_dialog_previews_once_per_share_and_adds_the_merge(qtbot, tmp_path, library_root):
    player = FakePlayer()
    page = _library_page(qtbot, player)
    for seed, name in enumerate(("Ann", "Bo"), start=1):
        page.import_sources([str(write_voice(tmp_path / f"{name}.pth", seed=seed))])
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=30000)
    page.import_sources([str(write_voice(tmp_path / "Cy.pth", seed=9, sample_rate=32000))])
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30000)
    dialog = page.open_merge()
    qtbot.addWidget(dialog)
    dialog.voice_a.setCurrentIndex(dialog.voice_a.findData("Ann"))
    dialog.voice_b.setCurrentIndex(dialog.voice_b.findData("Cy"))
    assert not dialog.merge_button.isEnabled() and "cannot be merged" in dialog.status.text()
    dialog.voice_b.setCurrentIndex(dialog.voice_b.findData("Bo"))
    dialog.slider.setValue(70)
    assert dialog.merge_button.isEnabled() and dialog.name_edit.text() == "Ann × Bo"
    with qtbot.waitSignal(dialog.previewReady, timeout=120000):
        dialog.render_preview()
    first = dialog.preview
    assert not first.from_cache and first.alpha == 0.7 and player.loads == 1 and player.is_playing
    qtbot.waitUntil(lambda: dialog._job is None, timeout=10000)
    with qtbot.waitSignal(dialog.previewReady, timeout=30000):
        dialog.render_preview()
    assert dialog.preview.from_cache and dialog.preview.path == first.path
    qtbot.waitUntil(lambda: dialog._job is None, timeout=10000)
    with qtbot.waitSignal(dialog.merged, timeout=60000) as merged:
        dialog.merge()
    assert merged.args == ["Ann × Bo"]
    qtbot.waitUntil(lambda: dialog._job is None, timeout=10000)
    dialog.close()
    assert "Ann × Bo" in page.names()


def test_library_is_the_sixth_page_on_ctrl_6(qtbot, library_root, gui_context):
    from PySide6.QtGui import QKeySequence

    from svcdesk.gui.main_window import MainWindow
    from svcdesk.gui.pages.library import LibraryPage

    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    action = window.page_actions["library"]
    assert action.shortcut() == QKeySequence("Ctrl+6") and window.sidebar.item(5).data(0x0100) == "library"
    action.trigger()
    assert isinstance(window.pages.get("library"), LibraryPage) and window.current_page_key == "library"
    window.close()
