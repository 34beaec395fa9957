"""Help > Diagnostics: the doctor report collected in the background, copyable."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")


def test_diagnostics_dialog_fills_in_and_copies(qtbot, gui_context, monkeypatch, tmp_path):
    from PySide6.QtGui import QGuiApplication

    from svcdesk import assets
    from svcdesk.gui.main_window import MainWindow

    monkeypatch.setenv(assets.ASSETS_DIR_ENV, str(tmp_path / "weights"))
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    help_titles = [action.text() for action in window.menuBar().actions()[-1].menu().actions()]
    assert "Diagnostics..." in help_titles
    dialog = window.open_dialog("diagnostics")
    assert not dialog.copy_button.isEnabled(), "nothing to copy before the report is in"
    qtbot.waitUntil(lambda: dialog.copy_button.isEnabled(), timeout=60000)
    text = dialog.text.toPlainText()
    for heading in ("[svcdesk]", "[packages]", "[GPU]", "[weight files]", "[log]"):
        assert heading in text
    assert "torchaudio:" in text and "every package matches" in text
    dialog.copy_report()
    assert QGuiApplication.clipboard().text() == dialog.report_text()
    assert dialog.state.text() == "Copied to the clipboard."
    dialog.refresh()
    assert not dialog.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=60000)
    assert len(dialog.sections) == 4
    dialog.close()
