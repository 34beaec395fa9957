"""Every page and dialog, built in Chinese, shows no untranslated English; the language setting
chosen in Settings shows after a restart."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from gui_fakes import FakePlayer  # noqa: E402
from gui_i18n_walk import plain, untranslated, visible_strings  # noqa: E402

from svcdesk.gui import i18n  # noqa: E402

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parent.parent
SIDEBAR_DATASET = {"en": "Dataset", "zh_CN": "数据集", "zh_TW": "資料集"}


def english_sources() -> set[str]:
    root = ET.parse(REPO / "resources" / "i18n" / "svcdesk_zh_CN.ts").getroot()
    return {plain(message.findtext("source", "")) for message in root.iter("message")}


@pytest.fixture
def translated(qapp):
    """install(language) switches the app's translators; English again after the test."""
    yield lambda language: i18n.install_translators(qapp, language)
    i18n.install_translators(qapp, i18n.DEFAULT_LANGUAGE)


def build_window(qtbot, context):
    from svcdesk.gui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def wait_for_background_jobs(qtbot) -> None:
    """Jobs the pages started (the training advisor) stop at their next event; let them get there."""
    from superqt.utils._qthreading import WorkerBase

    qtbot.waitUntil(lambda: not WorkerBase._worker_set, timeout=60000)


def open_everything(window, qtbot, folder: Path) -> list:
    """Show every registered page and open every registered dialog; returns the dialogs."""
    from svcdesk.gui.dialogs import DIALOGS
    from svcdesk.gui.dialogs.new_project import NewProjectDialog
    from svcdesk.gui.pages import PAGES, target_available

    window.show()
    for key, _title, target in PAGES:
        if target_available(target):
            window.show_page(key)
            assert window.ensure_page(key) is not None
    dialogs = [window.open_dialog(key) for key, _title, target, _menu in DIALOGS if target_available(target)]
    new_project = NewProjectDialog(folder, window)
    qtbot.addWidget(new_project)
    return [d for d in dialogs if d is not None] + [new_project]


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_no_page_or_dialog_shows_untranslated_english(qtbot, gui_context, tmp_path, translated, language):
    translated(language)
    gui_context._player = FakePlayer()  # no sound device in tests
    gui_context.create_project(tmp_path / "2026", name="2026")
    window = build_window(qtbot, gui_context)
    dialogs = open_everything(window, qtbot, tmp_path)
    found = visible_strings(window)
    for dialog in dialogs:
        found.extend(visible_strings(dialog))
    missing = untranslated(found, english_sources())
    for dialog in dialogs:
        dialog.close()
    window.close()
    wait_for_background_jobs(qtbot)
    assert len(found) > 300, "the walk should reach every page's widgets"
    report = "\n".join(f"  {item.path}: {item.text!r}" for item in missing)
    assert not missing, (
        f"{len(missing)} visible string(s) are not translated to {language}. Wrap the literal in self.tr() "
        f"(or mark it with QT_TRANSLATE_NOOP), run tools/update_translations.py and translate it in "
        f"resources/i18n/svcdesk_{language}.ts:\n{report}")


def test_the_walk_catches_english_left_in_a_chinese_window(qtbot, translated):
    """The check itself: an unwrapped English label is reported with its widget path."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    translated("zh_CN")
    root = QWidget()
    root.setObjectName("Probe")
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Pitch method", root))
    layout.addWidget(QLabel("RMVPE · 44.1 kHz · -3 dB · voice_01.wav · Ctrl+S", root))
    button = QPushButton(root.tr("Train"), root)
    button.setToolTip("Loudness mix")
    layout.addWidget(button)
    missing = untranslated(visible_strings(root), english_sources())
    assert [(m.path, m.text) for m in missing] == [
        ("QWidget#Probe/QLabel.text", "Pitch method"),
        ("QWidget#Probe/QPushButton.toolTip", "Loudness mix"),
        ("QWidget#Probe/QPushButton.text", "Train"),  # root.tr uses the QWidget context: no translation there
    ]


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_language_chosen_in_settings_shows_after_restart(qtbot, gui_context, translated, monkeypatch, language):
    """Settings saves the language and asks to restart; the restarted window shows it in the sidebar."""
    from PySide6.QtWidgets import QApplication

    from svcdesk.gui.settings import AppSettings

    translated(i18n.DEFAULT_LANGUAGE)
    window = build_window(qtbot, gui_context)
    window.show()
    assert window.sidebar.item(0).text() == SIDEBAR_DATASET["en"]
    restarts = []
    monkeypatch.setattr(i18n, "restart_application", lambda win, project=None: restarts.append((win, project)))
    dialog = window.open_dialog("settings")
    monkeypatch.setattr(dialog, "confirm_restart", lambda: True)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.accept()
    assert restarts == [(window, None)], "a new language asks for a restart"
    window.close()

    # What the restarted process does: read the settings from disk, install, build the window.
    settings = AppSettings.default()
    assert i18n.language_setting(settings) == language
    assert i18n.install_from_settings(QApplication.instance(), settings) == language
    gui_context.settings = settings
    restarted = build_window(qtbot, gui_context)
    assert restarted.sidebar.item(0).text() == SIDEBAR_DATASET[language]
    assert restarted.menuBar().actions()[0].text() != "&File"
    restarted.close()


def test_choosing_the_language_in_use_needs_no_restart(qtbot, gui_context, translated, monkeypatch):
    translated(i18n.system_language())
    window = build_window(qtbot, gui_context)
    dialog = window.open_dialog("settings")
    monkeypatch.setattr(dialog, "confirm_restart", lambda: pytest.fail("no restart expected"))
    assert dialog.language.currentData() == i18n.SYSTEM
    dialog.accept()
    assert i18n.language_setting(gui_context.settings) == i18n.SYSTEM
    window.close()


def test_restart_application_closes_the_window_and_starts_the_app(qtbot, gui_context, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QProcess

    started, quits = [], []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, arguments: started.append((program, arguments)) or True)
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(1))
    window = build_window(qtbot, gui_context)
    window.show()
    assert i18n.restart_application(window, "/some/project") is True
    assert not window.isVisible() and quits == [1]
    assert started == [i18n.restart_command("/some/project")]
