"""Help > Diagnostics: `svcdesk doctor`'s report in a window, with a button that copies it for a bug report."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from svcdesk import doctor
from svcdesk.gui.settings import app_log_dir
from svcdesk.gui.workers import start_job


class DiagnosticsDialog(QDialog):
    """Collects the report in the background (importing torch and hashing weight files take seconds)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Diagnostics"))
        self.resize(860, 620)
        self.sections: list[doctor.Section] = []
        self._worker = None
        self.state = QLabel(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"), self)
        self.copy_button.setToolTip(self.tr("Copy the whole report, to paste into a bug report"))
        self.refresh_button = QPushButton(self.tr("&Check again"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.refresh()

    def report_text(self) -> str:
        log_row = doctor.Section("log", ((self.tr("log folder"), str(app_log_dir())),))
        return doctor.format_text([*self.sections, log_row])

    def refresh(self) -> None:
        if self._worker is not None:
            return
        self.sections = []
        self.text.setPlainText("")
        self.state.setText(self.tr("Checking versions, libraries, the GPU and the weight files..."))
        self.copy_button.setEnabled(False)
        self.refresh_button.setEnabled(False)
        self._worker = start_job(doctor.iter_sections, on_event=self._add_section, on_error=self._failed,
                                 on_finished=self._done, parent=self)

    def _add_section(self, section: doctor.Section) -> None:
        self.sections.append(section)
        self.text.setPlainText(self.report_text())

    def _failed(self, message: str, _exc: BaseException) -> None:
        self.state.setText(self.tr("The check stopped: %s") % message)

    def _done(self) -> None:
        self._worker = None
        self.copy_button.setEnabled(True)
        self.refresh_button.setEnabled(True)
        if self.sections and len(self.sections) == len(doctor.PROBES):
            self.state.setText(self.tr("Paste this report into a bug report (Copy to clipboard)."))

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.state.setText(self.tr("Copied to the clipboard."))

    def closeEvent(self, event) -> None:
        if self._worker is not None:
            self._worker.quit()
        super().closeEvent(event)
