"""Translations: every message in the GUI code has a finished zh_CN and zh_TW translation, the
committed .qm files match their .ts sources, and the language follows the setting or the system."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from i18n_tool import load_update_tool

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator  # noqa: E402

from svcdesk.gui import i18n  # noqa: E402
from svcdesk.gui.settings import AppSettings  # noqa: E402

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN", "zh_TW")


@pytest.fixture(scope="module")
def tool():
    return load_update_tool()


@pytest.fixture
def english_afterwards(qapp):
    """Whatever a test installs, the next test starts in English again."""
    yield qapp
    i18n.install_translators(qapp, i18n.DEFAULT_LANGUAGE)


def test_runtime_strings_file_is_current(tool):
    """Config form labels/tooltips and slicing presets come from core data; their marks must follow it."""
    assert tool.RUNTIME_MARKS.read_text(encoding="utf-8") == tool.runtime_marks_source(), (
        "resources/i18n/runtime_strings.py is stale: run `.venv/bin/python tools/update_translations.py`")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_extracted_message_is_translated(tool, tmp_path, language):
    """lupdate over the current GUI code adds nothing unfinished to the committed .ts file."""
    ts_copy = tmp_path / tool.ts_path(language).name
    shutil.copy(tool.ts_path(language), ts_copy)
    tool.lupdate([ts_copy])
    missing = tool.unfinished_messages(ts_copy)
    listing = "\n".join(f"  [{context}] {source!r}" for context, source in missing)
    assert not missing, (f"{len(missing)} message(s) have no {language} translation; run "
                         f"tools/update_translations.py and translate them in resources/i18n/:\n{listing}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_matches_its_ts_source(tool, tmp_path, language):
    """The .qm the app loads is exactly what lrelease builds from the .ts today (no drift)."""
    rebuilt = tmp_path / f"svcdesk_{language}.qm"
    tool.lrelease(tool.ts_path(language), rebuilt)
    committed = tool.qm_path(language)
    assert committed.is_file(), f"{committed} is missing: run tools/update_translations.py --release"
    committed_translator, rebuilt_translator = QTranslator(), QTranslator()
    assert committed_translator.load(str(committed)) and rebuilt_translator.load(str(rebuilt))
    differences = []
    for context, source, numerus in tool.ts_messages(tool.ts_path(language)):
        n = 1 if numerus else -1
        expected = rebuilt_translator.translate(context, source, None, n)
        if not expected or committed_translator.translate(context, source, None, n) != expected:
            differences.append(f"[{context}] {source!r}")
    assert not differences, "the .qm differs from its .ts; run tools/update_translations.py --release:\n" + \
        "\n".join(differences[:20])
    assert committed.read_bytes() == rebuilt.read_bytes()


@pytest.mark.parametrize(("name", "expected"), [
    ("zh_CN", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh-SG", "zh_CN"), ("zh", "zh_CN"),
    ("zh_TW", "zh_TW"), ("zh-Hant", "zh_TW"), ("zh-HK", "zh_TW"), ("zh-Hant-MO", "zh_TW"),
    ("en-GB", "en"), ("de-DE", None), ("ja", None),
])
def test_locale_names_map_to_our_languages(name, expected):
    assert i18n.language_for_locale_name(name) == expected


@pytest.mark.parametrize(("locale", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("en_US", "en"), ("de_DE", "en"),
])
def test_system_language_follows_the_locale(locale, expected):
    assert i18n.system_language(QLocale(locale)) == expected


def test_language_setting_round_trip_and_unknown_values(tmp_path):
    path = tmp_path / "settings.ini"
    settings = AppSettings.from_file(path)
    assert i18n.language_setting(settings) == i18n.SYSTEM
    assert i18n.effective_language(settings) == i18n.system_language()
    i18n.set_language_setting(settings, "zh_TW")
    again = AppSettings.from_file(path)
    assert i18n.language_setting(again) == "zh_TW" and i18n.effective_language(again) == "zh_TW"
    again.set_value(i18n.SETTING_KEY, "klingon")
    assert i18n.language_setting(again) == i18n.SYSTEM
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language_setting(again, "klingon")


def test_installing_a_language_translates_and_english_removes_it(english_afterwards):
    app = english_afterwards
    installed = i18n.install_translators(app, "zh_CN")
    assert len(installed) == 2, "Qt's own qtbase translation and ours"
    assert QCoreApplication.translate("MainWindow", "Dataset") == "数据集"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消", "Qt's standard buttons too"
    i18n.install_translators(app, "zh_TW")
    assert QCoreApplication.translate("MainWindow", "Dataset") == "資料集"
    assert i18n.current_language() == "zh_TW"
    assert i18n.install_translators(app, "en") == []
    assert QCoreApplication.translate("MainWindow", "Dataset") == "Dataset"


def test_a_missing_qm_file_leaves_the_app_in_english(english_afterwards, monkeypatch, caplog):
    monkeypatch.setattr(i18n, "qm_path", lambda language: None)
    i18n.install_translators(english_afterwards, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "Dataset") == "Dataset"
    assert "no translation file" in caplog.text


def test_restart_command_reopens_the_project():
    program, arguments = i18n.restart_command("/projects/我的声音")
    assert program == sys.executable
    assert arguments[0] == "-c" and "launch()" in arguments[1] and arguments[2:] == ["/projects/我的声音"]
    assert i18n.restart_command(None)[1][2:] == []


def test_restarted_app_starts_in_the_saved_language(tmp_path):
    """The restart command really starts the app, which reads the language from the settings."""
    home = tmp_path / "home ü"
    settings = AppSettings.from_file(home / "settings.ini")
    i18n.set_language_setting(settings, "zh_TW")
    settings.mark_first_launch_done()
    settings.sync()
    program, arguments = i18n.restart_command()
    env = dict(os.environ, SVCDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([program, *arguments, "--exit-after-show"], capture_output=True, text=True,
                            encoding="utf-8", env=env, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    log_text = (home / "logs" / "svcdesk.log").read_text(encoding="utf-8")
    assert "interface language: zh_TW (setting: zh_TW)" in log_text
