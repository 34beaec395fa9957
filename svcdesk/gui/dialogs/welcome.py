"""The first-run welcome dialog: open the demo, create a project from my vocals, or open a project.

It also shows which weight files the user's goal needs and their total size, and opens the
Weight files dialog to get them. The dialog only records the choice (`choice`, `goal`); the main
window carries it out with its own New/Open/Demo actions, so there is one code path for each.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from svcdesk import assets
from svcdesk.gui.dialogs.assets import AssetsDialog, goal_labels

CHOICE_DEMO = "demo"
CHOICE_NEW = "new"
CHOICE_OPEN = "open"


class WelcomeDialog(QDialog):
    """Accepted with `choice` in (demo, new, open); rejected when the user just closes it."""

    choice_made = Signal(str)

    def __init__(self, parent: QWidget | None = None, goal: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to svcdesk"))
        self.choice: str | None = None
        self._assets_dialog: AssetsDialog | None = None

        heading = QLabel(self.tr("<h2>Welcome to svcdesk</h2>"
                                 "<p>Record yourself singing, train a voice model, and sing any song in that "
                                 "voice. Where would you like to start?</p>"), self)
        heading.setWordWrap(True)

        self.demo_button = QCommandLinkButton(
            self.tr("Open the demo project"),
            self.tr("A synthetic singer, ready to train and convert on the CPU in a few minutes. Nothing to "
                    "download; its results are a demonstration only."), self)
        self.new_button = QCommandLinkButton(
            self.tr("Create a project from my vocals"),
            self.tr("Import your recordings (10 minutes at least, 20-60 minutes is good), slice them, train."),
            self)
        self.open_button = QCommandLinkButton(
            self.tr("Open a project..."), self.tr("Continue with a project folder you already have."), self)
        self.demo_button.clicked.connect(lambda: self.choose(CHOICE_DEMO))
        self.new_button.clicked.connect(lambda: self.choose(CHOICE_NEW))
        self.open_button.clicked.connect(lambda: self.choose(CHOICE_OPEN))

        weights = QGroupBox(self.tr("Weight files for your goal"), self)
        self.goal_combo = QComboBox(weights)
        for key, label in goal_labels().items():
            self.goal_combo.addItem(label, key)
        self.goal_combo.currentIndexChanged.connect(self.refresh_needs)
        self.needs_label = QLabel(weights)
        self.needs_label.setWordWrap(True)
        self.needs_label.setTextFormat(Qt.TextFormat.RichText)
        self.total_label = QLabel(weights)
        self.weights_button = QPushButton(self.tr("Get the weight files..."), weights)
        self.weights_button.clicked.connect(self.open_assets_dialog)
        form = QFormLayout(weights)
        form.addRow(self.tr("I want to:"), self.goal_combo)
        form.addRow(self.needs_label)
        form.addRow(self.total_label)
        form.addRow(self.weights_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for button in (self.demo_button, self.new_button, self.open_button):
            layout.addWidget(button)
        layout.addWidget(weights)
        hint = QLabel(self.tr("You can open this window again from Help > Welcome."), self)
        layout.addWidget(hint)
        # Each card shows the downloads of its own goal while the user looks at it (hover or keyboard focus).
        self._card_goals = {self.demo_button: assets.GOAL_DEMO, self.new_button: assets.GOAL_TRAIN}
        for card in self._card_goals:
            card.installEventFilter(self)
        self.set_goal(goal or self.initial_goal())

    def initial_goal(self) -> str:
        """The demo's goal when the dialog opens over the demo project or over no project, else training."""
        context = getattr(self.parentWidget(), "context", None)
        project = getattr(context, "project", None)
        if project is None or project.manifest.get("demo"):
            return assets.GOAL_DEMO
        return assets.GOAL_TRAIN

    def eventFilter(self, watched, event) -> bool:
        if watched in getattr(self, "_card_goals", {}) and self._user_looks_at(event):
            if self.goal != self._card_goals[watched]:
                self.set_goal(self._card_goals[watched])
        return super().eventFilter(watched, event)

    @staticmethod
    def _user_looks_at(event) -> bool:
        """The pointer entered the card, or the keyboard moved to it (not the focus a window gets when shown)."""
        if event.type() == QEvent.Type.Enter:
            return True
        return event.type() == QEvent.Type.FocusIn and event.reason() in (
            Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)

    @property
    def goal(self) -> str:
        return self.goal_combo.currentData()

    def set_goal(self, goal: str) -> None:
        index = self.goal_combo.findData(assets.GOAL_ALIASES.get(goal, goal))
        self.goal_combo.setCurrentIndex(max(index, 0))
        self.refresh_needs()

    def refresh_needs(self) -> None:
        needs = assets.needed_for(self.goal)
        if not needs.assets:
            self.needs_label.setText(self.tr("No weight files needed."))
            self.total_label.setText("")
            self.weights_button.setEnabled(False)
            return
        lines = []
        for asset in needs.assets:
            size = ("~" if asset.size is None else "") + assets.human_size(asset.display_size)
            state = self.tr("missing") if asset in needs.missing else self.tr("ready")
            lines.append(f"<li>{asset.file_name} ({size}) - {state}</li>")
        self.needs_label.setText("<ul>" + "".join(lines) + "</ul>")
        if needs.missing:
            self.total_label.setText(self.tr("%d files, %s in all; %s to download.") % (
                len(needs.assets), assets.human_size(needs.total_bytes), assets.human_size(needs.missing_bytes)))
        else:
            self.total_label.setText(self.tr("All %d files are ready (%s).") % (
                len(needs.assets), assets.human_size(needs.total_bytes)))
        self.weights_button.setEnabled(True)

    def open_assets_dialog(self) -> AssetsDialog:
        """The main window's Weight files dialog (one for the app) when there is one, else a child of this one."""
        opener = getattr(self.parentWidget(), "open_dialog", None)
        dialog = opener("assets") if callable(opener) else self._assets_dialog
        if not isinstance(dialog, AssetsDialog):
            dialog = AssetsDialog(self, goal=self.goal)
        if dialog is not self._assets_dialog:
            self._assets_dialog = dialog
            dialog.assets_changed.connect(self.refresh_needs)
        dialog.goal = self.goal
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.choice_made.emit(choice)
        self.accept()
