"""Tools > Settings: the interface language (the system's, or one chosen), applied by a restart; the voice
library's folder (its voices move with it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
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

        from svcdesk.library.location import library_dir

        self.library_folder = QLineEdit(str(library_dir()), self)
        self.library_folder.setToolTip(self.tr("Where the voice library keeps its voices (one folder each)."))
        self.library_browse = QPushButton(self.tr("Change…"), self)
        self.library_browse.clicked.connect(self._choose_library_folder)
        library_row = QHBoxLayout()
        library_row.addWidget(self.library_folder, 1)
        library_row.addWidget(self.library_browse)

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Voice library:"), library_row)
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

    def _choose_library_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the voice library"),
                                                  self.library_folder.text())
        if folder:
            self.library_folder.setText(folder)

    def apply_library_folder(self, move: bool | None = None) -> bool:
        """Point the library at the chosen folder, moving its voices there when the user agrees (`move` answers
        for them). Returns True when the folder changed."""
        from pathlib import Path

        from svcdesk.library.catalog import Library
        from svcdesk.library.location import library_dir, move_library, set_library_dir

        chosen = Path(self.library_folder.text().strip()).expanduser()
        if not self.library_folder.text().strip() or chosen.absolute() == library_dir().absolute():
            return False
        count = len(Library(library_dir()).voice_folders())
        if count and move is None:
            move = QMessageBox.question(self, self.tr("Move the voice library"), self.tr(
                "Move the %n voice(s) of the library to %1?", "", count).replace("%1", str(chosen))) \
                == QMessageBox.StandardButton.Yes
        if not count or not move:
            set_library_dir(chosen)
            return True
        from svcdesk.gui.workers import start_job

        context = self.context
        # The dialog closes while the voices move: the callbacks keep only the context and these texts.
        failed = self.tr("The voice library could not be moved: %s")
        moved = self.tr("The voice library is in %s.")
        context.show_status(self.tr("Moving the voice library to %s…") % chosen, 0)
        self.move_worker = start_job(
            move_library, chosen, on_error=lambda message, _exc: context.report_error(failed % message),
            on_finished=lambda: context.show_status(moved % library_dir()), parent=context)
        return True

    def accept(self) -> None:
        self.apply_library_folder()
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
