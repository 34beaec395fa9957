"""Tools > Settings: the interface language (the system's, or one chosen), applied by a restart."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from svcdesk.gui import i18n


class SettingsDialog(QDialog):
    """Edits the app settings of `parent.context`; a language change offers to restart the app."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = parent.context
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)

        self.language = QComboBox(self)
        system_name = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("System language (%s)") % system_name, i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.language_setting(self.context.settings)))
        note = QLabel(self.tr("A new language applies when svcdesk restarts."), self)
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def apply(self) -> bool:
        """Save the choice; True when the app has to restart to show it."""
        settings = self.context.settings
        i18n.set_language_setting(settings, self.chosen_language())
        return i18n.effective_language(settings) != i18n.current_language()

    def accept(self) -> None:
        super().accept()
        if self.apply() and self.confirm_restart():
            project = self.context.project
            i18n.restart_application(self.parentWidget(), str(project.root) if project is not None else None)

    def confirm_restart(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restart svcdesk"),
            self.tr("Restart svcdesk now to use the new language? Running jobs are stopped; "
                    "otherwise the language changes the next time svcdesk starts."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes
