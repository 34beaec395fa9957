"""Edit a library voice's name, tags and notes (the Library page's Edit…)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget


class VoiceDetailsDialog(QDialog):
    def __init__(self, entry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit %s") % entry.name)
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(entry.name, self)
        self.tags_edit = QLineEdit(", ".join(entry.tags), self)
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. female, soft, 48k"))
        self.notes_edit = QPlainTextEdit(entry.notes, self)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def tags(self) -> list[str]:
        return [tag.strip() for tag in self.tags_edit.text().split(",") if tag.strip()]

    def notes(self) -> str:
        return self.notes_edit.toPlainText().strip()
