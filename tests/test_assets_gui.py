"""The Weight files dialog and the first-run welcome dialog (pytest-qt, offscreen, fake hub on 127.0.0.1)."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("pytestqt")

from svcdesk import assets  # noqa: E402
# The fake hub and the small registry are shared with the download tests.
from test_assets_download import hub, make_payload, payload, registry  # noqa: E402,F401

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, registry):
    from svcdesk.gui.dialogs.assets import AssetsDialog

    widget = AssetsDialog()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()
    qtbot.waitUntil(lambda: not widget.busy, timeout=5000)


def row_texts(dialog, name):
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).data(0x0100) == name:
            return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]
    raise AssertionError(f"{name} not listed")


def source_file(tmp_path, data, name="copy.pt"):
    path = tmp_path / "mine" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def test_dialog_lists_each_file_with_its_state(dialog, tmp_path):
    assert dialog.table.rowCount() == len(assets.ASSETS)
    assert row_texts(dialog, "rmvpe")[3] == "Missing"
    assert not dialog.download_button.isEnabled()
    assets.import_file("contentvec", source_file(tmp_path, make_payload(1)))
    dialog.refresh()
    assert row_texts(dialog, "contentvec")[0] == "hubert_base.pt"
    assert row_texts(dialog, "contentvec")[3] == "Ready"
    dialog.select("rmvpe")
    assert dialog.download_button.isEnabled() and dialog.import_button.isEnabled()


def test_download_shows_speed_and_eta_then_ready(qtbot, dialog, hub):
    hub.throttle = 0.01
    dialog.select("rmvpe")
    with qtbot.waitSignal(dialog.assets_changed, timeout=20000):
        dialog.download_button.click()
        assert dialog.busy and dialog.cancel_button.isEnabled()
        qtbot.waitUntil(lambda: "/s" in dialog.progress_label.text() and "ETA" in dialog.progress_label.text(),
                        timeout=10000)
        assert dialog.progress.value() > 0
        assert row_texts(dialog, "rmvpe")[3].startswith("Downloading, ")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert row_texts(dialog, "rmvpe")[3] == "Ready"
    assert assets.asset_path("rmvpe").read_bytes() == make_payload(2)


def test_cancel_keeps_a_partial_that_resumes(qtbot, dialog, hub):
    hub.throttle = 0.01
    dialog.select("contentvec")
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert assets.asset_status("contentvec").state == "partial"
    assert "resumes" in row_texts(dialog, "contentvec")[3]
    assert dialog.progress_label.text() == "Download stopped."

    hub.throttle = 0.0
    dialog.goal = "convert"  # what converting needs: the two files the fake hub serves
    dialog.refresh()
    dialog.download_missing_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert row_texts(dialog, "contentvec")[3] == "Ready" and row_texts(dialog, "rmvpe")[3] == "Ready"
    assert any(r and r.startswith("bytes=") for _, _, r in hub.gets())


def test_download_error_is_shown_in_the_dialog(qtbot, dialog, hub):
    hub.files.clear()
    dialog.select("rmvpe")
    dialog.download_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "answered 404" in dialog.message.text()
    assert row_texts(dialog, "rmvpe")[3] == "Missing"


def test_import_of_an_unknown_file_asks_first(qtbot, dialog, tmp_path, monkeypatch):
    unknown = source_file(tmp_path, random.Random(5).randbytes(5000), "rmvpe (from a forum).pt")
    questions = []
    answers = iter([False, True])
    monkeypatch.setattr(dialog, "ask_confirm_unknown", lambda message: questions.append(message) or next(answers))
    monkeypatch.setattr(dialog, "choose_import_file", lambda name: unknown)
    dialog.select("rmvpe")

    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and bool(questions), timeout=10000)
    assert "does not match" in questions[0]
    assert dialog.message.text() == "Not imported."
    assert row_texts(dialog, "rmvpe")[3] == "Missing"

    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(questions) == 2, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)  # the confirmed import runs as a second job
    assert row_texts(dialog, "rmvpe")[3].startswith("Imported")
    assert assets.asset_status("rmvpe").state == "imported"


def test_welcome_shows_what_a_goal_needs_and_records_the_choice(qtbot, registry, tmp_path):
    from svcdesk.gui.dialogs.welcome import CHOICE_NEW, WelcomeDialog

    welcome = WelcomeDialog(goal="train")
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.goal == "train"
    assert "4 files" in welcome.total_label.text() and "to download" in welcome.total_label.text()
    assert "hubert_base.pt" in welcome.needs_label.text() and "f0G40k.pth" in welcome.needs_label.text()

    welcome.set_goal("demo")
    assert welcome.needs_label.text() == "No weight files needed." and not welcome.weights_button.isEnabled()

    welcome.set_goal("convert")
    assets_dialog = welcome.open_assets_dialog()
    assert assets_dialog.goal == "convert"
    assets_dialog.import_from_file("contentvec", source_file(tmp_path, make_payload(1)))
    qtbot.waitUntil(lambda: not assets_dialog.busy, timeout=10000)
    assert "rmvpe.pt" in welcome.needs_label.text()
    assert welcome.total_label.text().startswith("2 files")
    needs = assets.needed_for("convert")
    assert assets.human_size(needs.missing_bytes) in welcome.total_label.text()  # only rmvpe is left

    with qtbot.waitSignal(welcome.choice_made) as signal:
        welcome.new_button.click()
    assert signal.args == [CHOICE_NEW] and welcome.choice == CHOICE_NEW
    assert welcome.result() == welcome.DialogCode.Accepted


def test_user_guide_dialog_renders_the_guide(qtbot):
    from svcdesk.gui.dialogs import DIALOGS
    from svcdesk.gui.dialogs.guide import GuideDialog

    assert ("guide", "User guide", "svcdesk.gui.dialogs.guide:GuideDialog", "Help") in DIALOGS
    guide = GuideDialog()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    for topic in ("What to record", "How much", "5–15 s", "mel loss", "Overfitting signs", "Compare"):
        assert topic in text, topic


def test_main_window_menus_open_the_dialogs_and_carry_out_the_choice(qtbot, registry, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from svcdesk.gui.context import AppContext
    from svcdesk.gui.dialogs.assets import AssetsDialog
    from svcdesk.gui.dialogs.welcome import WelcomeDialog
    from svcdesk.gui.main_window import MainWindow
    from svcdesk.gui.settings import AppSettings

    context = AppContext(AppSettings.from_file(tmp_path / "settings.ini"))
    demo_requests = []
    monkeypatch.setattr(context, "open_demo_project", lambda: demo_requests.append(True))
    window = MainWindow(context)
    qtbot.addWidget(window)
    titles = {action.text() for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()}
    assert {"Weight files...", "Welcome...", "User guide"} <= titles

    assert isinstance(window.open_dialog("assets"), AssetsDialog)
    welcome = window.open_dialog("welcome")
    assert isinstance(welcome, WelcomeDialog)
    assert welcome.open_assets_dialog() is window.open_dialog("assets")  # one Weight files dialog for the app
    welcome.demo_button.click()
    assert demo_requests == [True]
    window.close()


def test_a_page_can_offer_the_missing_file(qtbot, registry, tmp_path):
    from PySide6.QtWidgets import QWidget

    from svcdesk.errors import WeightsMissing
    from svcdesk.gui.dialogs.assets import offer_weights

    page = QWidget()
    qtbot.addWidget(page)
    with pytest.raises(WeightsMissing) as info:
        assets.require("rmvpe")
    dialog = offer_weights(page, info.value.asset, str(info.value))
    qtbot.addWidget(dialog)
    assert dialog.selected_names() == ["rmvpe"] and dialog.download_button.isEnabled()
    assert "rmvpe.pt" in dialog.message.text()
