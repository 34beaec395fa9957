"""Text the core writes (dataset warnings and fixes, the advisor's reasons, training diagnostics,
progress, errors) shows in Chinese in a populated project: the Dataset and Train pages, their
tables and lists, and the status bar hold no English sentence."""

from __future__ import annotations

import logging
import math
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

pytest.importorskip("pytestqt")

from gui_fakes import FakePlayer  # noqa: E402
from gui_i18n_walk import Found, untranslated, visible_strings  # noqa: E402
from test_gui_i18n_pages import english_sources, wait_for_background_jobs  # noqa: E402

from svcdesk.audio.io import probe  # noqa: E402
from svcdesk.errors import AudioError  # noqa: E402
from svcdesk.gui import i18n  # noqa: E402
from svcdesk.messages import Message  # noqa: E402

pytestmark = pytest.mark.gui
# A word each language's dataset warnings must use (clipping, loudness, near-duplicate).
EXPECTED = {"zh_CN": ("削波", "音量过低", "几乎重复"), "zh_TW": ("削波", "音量過低", "幾乎重複")}


@pytest.fixture
def translated(qapp):
    yield lambda language: i18n.install_translators(qapp, language)
    i18n.install_translators(qapp, i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def log_bridge():
    """Log records reach the window (log panel, status bar) as in the app."""
    from svcdesk.gui import logs

    bridge = logs.LogBridge()
    handler = logs.attach_bridge(bridge)
    yield bridge
    logging.getLogger().removeHandler(handler)


def problem_vocals(folder: Path, sung_take) -> Path:
    """Takes with one problem each, so the dataset report has many kinds of warnings."""
    folder.mkdir()
    take = sung_take(12.0, 44100, 220.0, seed=1)  # long enough for 5-15 s segments
    sf.write(folder / "take.wav", take, 44100)
    sf.write(folder / "take2.wav", take * 0.9, 44100)  # near-duplicate
    sf.write(folder / "clipped.wav", np.clip(sung_take(3.0, 44100, 330.0, gain=3.0, seed=2), -1, 1), 44100)
    sf.write(folder / "quiet.wav", sung_take(3.0, 44100, 262.0, gain=0.01, seed=3), 44100)
    noise = np.random.default_rng(4).standard_normal(3 * 44100).astype(np.float32)
    sf.write(folder / "noisy.wav", sung_take(3.0, 44100, 294.0, seed=4) + 0.05 * noise, 44100)
    sf.write(folder / "8bit.wav", sung_take(3.0, 44100, 349.0, seed=5), 44100, subtype="PCM_U8")
    sf.write(folder / "long.wav", sung_take(31.0, 16000, 196.0, seed=6), 16000)  # low rate, unsliced
    shutil.copy(folder / "take.wav", folder / "副本.wav")  # the same bytes: skipped on import
    (folder / "broken.wav").write_bytes(b"RIFF\x10\x00\x00\x00WAVE")  # an import error
    return folder


def training_events():
    """What a diverging run reports: real diagnoses from the core, as the trainer yields them."""
    from svcdesk.events import Progress
    from svcdesk.training.diagnostics import Diagnostics, DiagnosticsSettings
    from svcdesk.training.events import TrainWarning

    diagnostics = Diagnostics(DiagnosticsSettings(early_stop_patience=1))
    events = [TrainWarning(d.step, d.kind, d.message, d.fix)
              for d in diagnostics.observe_step(40, {"g/mel": math.nan, "g/total": 1.0})]
    for step, loss in ((50, 1.0), (60, 1.2)):
        events += [TrainWarning(d.step, d.kind, d.message, d.fix) for d in diagnostics.observe_eval(step, loss)]
    events.append(Progress(60, 100, Message("saving checkpoint")))
    return events


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_core_messages_show_translated_in_a_populated_project(qtbot, gui_context, tmp_path, sung_take,
                                                               translated, log_bridge, language):
    from svcdesk.gui.main_window import MainWindow

    translated(language)
    gui_context._player = FakePlayer()
    gui_context.log_bridge = log_bridge
    project = gui_context.create_project(tmp_path / "我的声音", name="声音")
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    window.show_page("dataset")
    dataset = window.ensure_page("dataset")
    qtbot.waitUntil(lambda: dataset.report is not None, timeout=20000)
    assert dataset.import_paths([problem_vocals(tmp_path / "vocals", sung_take)]) is not None
    qtbot.waitUntil(lambda: dataset.job is None and dataset._report_job is None, timeout=60000)
    import_status = window.statusBar().currentMessage()

    take = next(f for f in project.files if f.name in ("take.wav", "副本.wav"))
    list(project.slice_files([take.id]))
    window.show_page("train")
    train = window.ensure_page("train")
    qtbot.waitUntil(lambda: train._advice_worker is None, timeout=60000)
    train.request_advice()  # with the new segments
    qtbot.waitUntil(lambda: train._advice_worker is None, timeout=60000)
    for event in training_events():
        train._on_event(event)
    with pytest.raises(AudioError) as refused:
        probe(tmp_path / "vocals" / "broken.wav")
    error_text = i18n.translate_message(refused.value)

    found = visible_strings(window, items=True)
    found += [Found("status bar after import", import_status), Found("an AudioError", error_text),
              Found("train progress", train.dashboard.message_label.text())]
    warnings = [dataset.warnings.topLevelItem(i).text(0) for i in range(dataset.warnings.topLevelItemCount())]
    train_warnings = [train.warnings.item(i).text() for i in range(train.warnings.count())]
    sources = english_sources()
    missing = untranslated(found, sources)
    report = dataset.report
    window.close()
    wait_for_background_jobs(qtbot)

    assert len(warnings) >= 9, warnings  # dataset size, 7 file problems, duplicate, import notices
    joined = "\n".join(warnings)
    for word in EXPECTED[language]:
        assert word in joined, (word, joined)
    assert "0.0" not in train.advice_status.text(), "the advice saw the sliced segments"
    assert len(train_warnings) == 2, train_warnings  # the NaN loss and the early stop
    assert import_status, "the import's last warning reached the status bar"
    assert not missing, (f"{len(missing)} visible string(s) from the core are still English in {language}:\n"
                         + "\n".join(f"  {m.path}: {m.text!r}" for m in missing))
    # The walk reads these rows: the English text of the same warnings is caught.
    english = [Found("warning", str(notice.message)) for notice in report.warnings]
    assert len(untranslated(english, sources)) == len(english)


def test_translate_message_nests_parameters_and_keeps_plain_text(translated):
    translated("zh_TW")
    inner = Message("{name}: file not found", name="take.wav")
    assert i18n.translate_message(Message("cannot read {name}: {exc}", name="x.pt", exc=AudioError(inner))) == \
        "無法讀取 x.pt：take.wav：找不到檔案"
    assert i18n.translate_message(Message("step {step}", step=7)) == "第 7 步"
    assert i18n.translate_message("plain text from a file") == "plain text from a file"
    assert i18n.translate_message(None) == ""
    translated(i18n.DEFAULT_LANGUAGE)
    assert i18n.translate_message(Message("step {step}", step=7)) == "step 7"


def test_a_translation_that_breaks_its_placeholders_falls_back_to_english(translated, monkeypatch, caplog):
    from PySide6.QtCore import QCoreApplication

    translated("zh_CN")
    monkeypatch.setattr(QCoreApplication, "translate", lambda context, text, *args: "第 {steps} 步")
    assert i18n.translate_message(Message("step {step}", step=3)) == "step 3"
    assert "does not fit its parameters" in caplog.text


def test_log_lines_in_the_window_are_translated_and_the_file_keeps_english(translated):
    from svcdesk.gui import logs

    translated("zh_CN")
    notice = Message("near-duplicate of {other}", other="b.wav")
    record = logging.LogRecord("svcdesk.test", logging.WARNING, __file__, 1, "%s", (notice,), None)
    assert logs.display_message(record) == "与 b.wav 几乎重复"
    assert record.getMessage() == "near-duplicate of b.wav"
    direct = logging.LogRecord("svcdesk.test", logging.WARNING, __file__, 1, Message("analysis finished"), (), None)
    assert logs.display_message(direct) == "分析完成"


def test_job_errors_reach_the_user_translated(translated):
    from svcdesk.gui.workers import friendly_message

    translated("zh_CN")
    empty = AudioError(Message("{name}: empty file (0 bytes)", name="a.wav"))
    assert friendly_message(empty) == "a.wav：空文件（0 字节）"
    assert friendly_message(MemoryError()) == "内存不足：请关闭其他程序，或处理更短的文件。"


@pytest.mark.parametrize(("language", "heading"),
                         [("en", "What to record"), ("zh_CN", "录什么"), ("zh_TW", "錄什麼")])
def test_the_user_guide_opens_in_the_interface_language(qtbot, translated, language, heading):
    from svcdesk.gui.dialogs.guide import GuideDialog, guide_path

    translated(language)
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert heading in dialog.browser.toPlainText()
    assert guide_path("fr").name == "index.md", "a language without a guide gets the English one"


def test_english_read_back_from_a_file_is_recognised_and_translated(translated):
    """A run's metrics store and the feature cache keep plain English; the window still shows Chinese."""
    from svcdesk.training.diagnostics import Diagnostics

    translated("zh_CN")
    nonfinite = Diagnostics().observe_step(12, {"g/mel": math.inf})[0]
    quiet = Message("very quiet: peak {peak:.1f} dBFS", peak=-40.25)
    nested = Message("{name}: {problem}", name="a b.wav", problem=quiet)
    rolled = Message("Rolled back to {where} with the learning rate halved (x{scale:g}); attempt {attempt} of {limit}.",
                     where=Message("step {step}", step=300), scale=0.5, attempt=1, limit=3)
    for message in (nonfinite.message, nonfinite.fix, nested, rolled, Message("analysis finished")):
        assert i18n.translate_message(str(message)) == i18n.translate_message(message), str(message)
    assert i18n.translate_message(str(nested)) == "a b.wav：音量过低：峰值 -40.2 dBFS"
    assert i18n.translate_message("some text no template made") == "some text no template made"
    translated(i18n.DEFAULT_LANGUAGE)
    assert i18n.translate_message(str(nested)) == str(nested)
