"""New project: a name, a parent folder and the model sample rate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

SAMPLE_RATES = (32000, 40000, 48000)  # the rates RVC v2 models exist for


class NewProjectDialog(QDialog):
    def __init__(self, default_parent: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.name = QLineEdit(self.tr("My voice"), self)
        self.location = QLineEdit(str(default_parent), self)
        browse = QPushButton(self.tr("Browse..."), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        self.rate = QComboBox(self)
        for rate in SAMPLE_RATES:
            self.rate.addItem(f"{rate // 1000} kHz", rate)
        self.rate.setCurrentIndex(SAMPLE_RATES.index(40000))
        self.rate.setToolTip(self.tr("The model's sample rate. 40 kHz is the usual choice; use 48 kHz only "
                                     "when all your recordings are 48 kHz or higher."))
        self.target = QLabel(self)
        self.target.setObjectName("Muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Location"), row)
        form.addRow(self.tr("Sample rate"), self.rate)
        form.addRow("", self.target)
        form.addRow(buttons)
        self.name.textChanged.connect(self._update_target)
        self.location.textChanged.connect(self._update_target)
        self._update_target()
        self.resize(520, self.sizeHint().height())

    def project_path(self) -> Path:
        return Path(self.location.text().strip()) / self.name.text().strip()

    def sample_rate(self) -> int:
        return int(self.rate.currentData())

    def _update_target(self) -> None:
        valid = bool(self.name.text().strip()) and bool(self.location.text().strip())
        path = self.project_path()
        exists = valid and path.is_dir() and any(path.iterdir())
        self.ok_button.setEnabled(valid and not exists)
        if exists:
            self.target.setText(self.tr("%s already exists and is not empty") % path)
        else:
            self.target.setText(self.tr("Creates %s") % path if valid else "")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to create the project"), self.location.text())
        if folder:
            self.location.setText(folder)
